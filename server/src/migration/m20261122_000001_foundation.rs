//! Accounts, sign-in, the audit log, and the directory the demo needs: organisations,
//! venues, programmes with their translations, sessions and their occurrences, and
//! mothers.

use super::Migration;

pub const MIGRATION: Migration = Migration {
    version: "20261122_000001_foundation",
    up: &[
        "CREATE TABLE organisations (
            id TEXT PRIMARY KEY,
            name TEXT NOT NULL,
            kind TEXT NOT NULL,
            website TEXT,
            created_at TIMESTAMPTZ NOT NULL
        )",
        "CREATE TABLE users (
            id TEXT PRIMARY KEY,
            email TEXT UNIQUE,
            phone TEXT UNIQUE,
            password_hash TEXT NOT NULL,
            role TEXT NOT NULL,
            display_name TEXT NOT NULL,
            job_title TEXT,
            organisation_id TEXT REFERENCES organisations (id),
            language TEXT NOT NULL,
            active BOOLEAN NOT NULL,
            created_at TIMESTAMPTZ NOT NULL
        )",
        "CREATE TABLE refresh_tokens (
            id TEXT PRIMARY KEY,
            user_id TEXT NOT NULL REFERENCES users (id),
            family_id TEXT NOT NULL,
            token_hash TEXT NOT NULL UNIQUE,
            created_at TIMESTAMPTZ NOT NULL,
            expires_at TIMESTAMPTZ NOT NULL,
            used_at TIMESTAMPTZ,
            revoked_at TIMESTAMPTZ
        )",
        "CREATE INDEX refresh_tokens_family ON refresh_tokens (family_id)",
        "CREATE INDEX refresh_tokens_user ON refresh_tokens (user_id)",
        "CREATE TABLE login_failures (
            id TEXT PRIMARY KEY,
            key TEXT NOT NULL,
            at TIMESTAMPTZ NOT NULL
        )",
        "CREATE INDEX login_failures_key_at ON login_failures (key, at)",
        "CREATE TABLE audit_events (
            id TEXT PRIMARY KEY,
            at TIMESTAMPTZ NOT NULL,
            actor_id TEXT,
            action TEXT NOT NULL,
            subject_type TEXT,
            subject_id TEXT,
            detail TEXT
        )",
        "CREATE INDEX audit_events_at ON audit_events (at)",
        "CREATE INDEX audit_events_subject ON audit_events (subject_type, subject_id)",
        "CREATE TABLE venues (
            id TEXT PRIMARY KEY,
            organisation_id TEXT NOT NULL REFERENCES organisations (id),
            name TEXT NOT NULL,
            address TEXT NOT NULL,
            town TEXT NOT NULL,
            postcode TEXT NOT NULL,
            lat DOUBLE PRECISION NOT NULL,
            lon DOUBLE PRECISION NOT NULL,
            step_free BOOLEAN NOT NULL,
            buggy_space BOOLEAN NOT NULL,
            baby_change BOOLEAN NOT NULL,
            breastfeeding_welcome BOOLEAN NOT NULL,
            bus_routes TEXT,
            owner_id TEXT NOT NULL REFERENCES users (id),
            assured_at TIMESTAMPTZ NOT NULL,
            created_at TIMESTAMPTZ NOT NULL
        )",
        "CREATE TABLE programmes (
            id TEXT PRIMARY KEY,
            organisation_id TEXT NOT NULL REFERENCES organisations (id),
            kind TEXT NOT NULL,
            for_pregnant BOOLEAN NOT NULL,
            baby_min_months INTEGER,
            baby_max_months INTEGER,
            cost_pence INTEGER NOT NULL,
            booking TEXT NOT NULL,
            format TEXT NOT NULL,
            owner_id TEXT NOT NULL REFERENCES users (id),
            assured_at TIMESTAMPTZ NOT NULL,
            created_at TIMESTAMPTZ NOT NULL
        )",
        "CREATE INDEX programmes_kind ON programmes (kind)",
        "CREATE TABLE programme_translations (
            programme_id TEXT NOT NULL REFERENCES programmes (id),
            language TEXT NOT NULL,
            title TEXT NOT NULL,
            description TEXT NOT NULL,
            PRIMARY KEY (programme_id, language)
        )",
        "CREATE TABLE sessions (
            id TEXT PRIMARY KEY,
            programme_id TEXT NOT NULL REFERENCES programmes (id),
            venue_id TEXT NOT NULL REFERENCES venues (id),
            host_id TEXT NOT NULL REFERENCES users (id),
            frequency TEXT NOT NULL,
            weekday INTEGER NOT NULL,
            start_time TEXT NOT NULL,
            end_time TEXT NOT NULL,
            starts_on DATE NOT NULL,
            ends_on DATE,
            capacity INTEGER,
            languages TEXT NOT NULL,
            interpreter BOOLEAN NOT NULL,
            owner_id TEXT NOT NULL REFERENCES users (id),
            assured_at TIMESTAMPTZ NOT NULL,
            created_at TIMESTAMPTZ NOT NULL
        )",
        "CREATE INDEX sessions_programme ON sessions (programme_id)",
        "CREATE INDEX sessions_venue ON sessions (venue_id)",
        "CREATE INDEX sessions_host ON sessions (host_id)",
        "CREATE TABLE occurrences (
            id TEXT PRIMARY KEY,
            session_id TEXT NOT NULL REFERENCES sessions (id),
            date DATE NOT NULL,
            cancelled BOOLEAN NOT NULL,
            UNIQUE (session_id, date)
        )",
        "CREATE INDEX occurrences_date ON occurrences (date)",
        "CREATE TABLE mothers (
            id TEXT PRIMARY KEY,
            user_id TEXT UNIQUE REFERENCES users (id),
            given_name TEXT NOT NULL,
            family_name TEXT,
            phone TEXT,
            email TEXT,
            language TEXT NOT NULL,
            dialect TEXT,
            interpreter_needed BOOLEAN NOT NULL,
            due_date DATE,
            baby_birth_date DATE,
            postcode TEXT,
            nhs_number TEXT,
            created_at TIMESTAMPTZ NOT NULL
        )",
    ],
    down: &[
        "DROP TABLE mothers",
        "DROP TABLE occurrences",
        "DROP TABLE sessions",
        "DROP TABLE programme_translations",
        "DROP TABLE programmes",
        "DROP TABLE venues",
        "DROP TABLE audit_events",
        "DROP TABLE login_failures",
        "DROP TABLE refresh_tokens",
        "DROP TABLE users",
        "DROP TABLE organisations",
    ],
};
