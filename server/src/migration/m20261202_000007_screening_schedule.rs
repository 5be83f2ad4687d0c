//! Screenings a course schedules (an instrument at baseline, week 6 and the end),
//! and the ones each mother enrolled on it has due: when, whether a screening did
//! it, and whether she was reminded. `reminded_at` is the claim: a reminder is sent
//! only by the worker whose conditional update set it.

use super::Migration;

pub const MIGRATION: Migration = Migration {
    version: "20261202_000007_screening_schedule",
    up: &[
        "CREATE TABLE screening_schedules (
            session_id TEXT NOT NULL REFERENCES sessions (id),
            point TEXT NOT NULL,
            instrument TEXT NOT NULL,
            updated_by TEXT REFERENCES users (id),
            updated_at TIMESTAMPTZ NOT NULL,
            PRIMARY KEY (session_id, point)
        )",
        "CREATE TABLE screening_due (
            id TEXT PRIMARY KEY,
            mother_id TEXT NOT NULL REFERENCES mothers (id),
            session_id TEXT NOT NULL REFERENCES sessions (id),
            point TEXT NOT NULL,
            instrument TEXT NOT NULL,
            due_on DATE NOT NULL,
            due_from DATE NOT NULL,
            due_until DATE NOT NULL,
            screening_id TEXT REFERENCES screenings (id),
            reminded_at TIMESTAMPTZ,
            created_at TIMESTAMPTZ NOT NULL,
            UNIQUE (mother_id, session_id, point)
        )",
        "CREATE INDEX screening_due_reminders ON screening_due (reminded_at, due_from)",
    ],
    down: &[
        "DROP INDEX screening_due_reminders",
        "DROP TABLE screening_due",
        "DROP TABLE screening_schedules",
    ],
};
