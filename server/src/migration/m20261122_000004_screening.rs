//! Perinatal mental health screening: every screening with its answers and the
//! scores the server computed, safety alerts until a referrer acts on them, the
//! screenings a course schedules, and requests to erase a mother's data.

use super::Migration;

pub const MIGRATION: Migration = Migration {
    version: "20261122_000004_screening",
    up: &[
        "CREATE TABLE screenings (
            id TEXT PRIMARY KEY,
            mother_id TEXT NOT NULL REFERENCES mothers (id),
            instrument TEXT NOT NULL,
            instrument_version TEXT NOT NULL,
            language TEXT NOT NULL,
            language_validated BOOLEAN NOT NULL,
            answers TEXT NOT NULL,
            item_scores TEXT NOT NULL,
            total INTEGER NOT NULL,
            band TEXT NOT NULL,
            urgent BOOLEAN NOT NULL,
            administered_by TEXT NOT NULL REFERENCES users (id),
            administered_as TEXT NOT NULL,
            session_id TEXT REFERENCES sessions (id),
            timepoint TEXT,
            taken_at TIMESTAMPTZ NOT NULL
        )",
        "CREATE INDEX screenings_mother ON screenings (mother_id, taken_at)",
        "CREATE INDEX screenings_session ON screenings (session_id, timepoint)",
        "CREATE TABLE alerts (
            id TEXT PRIMARY KEY,
            screening_id TEXT NOT NULL REFERENCES screenings (id),
            mother_id TEXT NOT NULL REFERENCES mothers (id),
            reason TEXT NOT NULL,
            raised_at TIMESTAMPTZ NOT NULL,
            escalated_at TIMESTAMPTZ,
            acknowledged_at TIMESTAMPTZ,
            acknowledged_by TEXT REFERENCES users (id),
            action_note TEXT
        )",
        "CREATE INDEX alerts_open ON alerts (acknowledged_at, raised_at)",
        "CREATE INDEX alerts_mother ON alerts (mother_id)",
        "CREATE TABLE erasure_requests (
            id TEXT PRIMARY KEY,
            mother_id TEXT NOT NULL,
            requested_at TIMESTAMPTZ NOT NULL,
            done_at TIMESTAMPTZ
        )",
    ],
    down: &[
        "DROP TABLE erasure_requests",
        "DROP TABLE alerts",
        "DROP TABLE screenings",
    ],
};
