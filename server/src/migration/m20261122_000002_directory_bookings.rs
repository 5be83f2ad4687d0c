//! The directory's remaining details and booking: what to bring, interpreters'
//! languages, place counters that make "the last place" safe under concurrency,
//! bookings with waiting lists, a calendar feed per mother, reports of wrong
//! information, in-app notifications and the outbox for messages.

use super::Migration;

pub const MIGRATION: Migration = Migration {
    version: "20261122_000002_directory_bookings",
    up: &[
        "ALTER TABLE programme_translations ADD COLUMN what_to_bring TEXT",
        // The languages an interpreter or bilingual facilitator covers, space-separated.
        "ALTER TABLE sessions ADD COLUMN interpreter_languages TEXT NOT NULL DEFAULT ''",
        // Places taken. Booking is one conditional UPDATE of these counters
        // (`... WHERE booked < capacity`), which both engines run atomically.
        "ALTER TABLE sessions ADD COLUMN enrolled INTEGER NOT NULL DEFAULT 0",
        "ALTER TABLE occurrences ADD COLUMN booked INTEGER NOT NULL DEFAULT 0",
        "ALTER TABLE mothers ADD COLUMN calendar_token TEXT",
        "CREATE UNIQUE INDEX mothers_calendar_token ON mothers (calendar_token)",
        "CREATE INDEX mothers_user ON mothers (user_id)",
        // A session's own title and description, where it differs from its
        // programme's (an Arabic-language rhyme time, say); per language.
        "CREATE TABLE session_translations (
            session_id TEXT NOT NULL REFERENCES sessions (id),
            language TEXT NOT NULL,
            title TEXT NOT NULL,
            description TEXT,
            PRIMARY KEY (session_id, language)
        )",
        "CREATE TABLE bookings (
            id TEXT PRIMARY KEY,
            mother_id TEXT NOT NULL REFERENCES mothers (id),
            session_id TEXT NOT NULL REFERENCES sessions (id),
            occurrence_id TEXT REFERENCES occurrences (id),
            kind TEXT NOT NULL,
            status TEXT NOT NULL,
            created_at TIMESTAMPTZ NOT NULL,
            updated_at TIMESTAMPTZ NOT NULL
        )",
        // One live booking per mother per occurrence, and one enrolment per course.
        "CREATE UNIQUE INDEX bookings_one_per_occurrence ON bookings (mother_id, occurrence_id)
            WHERE status <> 'cancelled' AND kind = 'occurrence'",
        "CREATE UNIQUE INDEX bookings_one_enrolment ON bookings (mother_id, session_id)
            WHERE status <> 'cancelled' AND kind = 'enrolment'",
        "CREATE INDEX bookings_mother ON bookings (mother_id, status)",
        "CREATE INDEX bookings_waiting ON bookings (occurrence_id, status, created_at)",
        "CREATE INDEX bookings_session ON bookings (session_id, status, created_at)",
        "CREATE TABLE listing_reports (
            id TEXT PRIMARY KEY,
            session_id TEXT NOT NULL REFERENCES sessions (id),
            reporter_id TEXT,
            note TEXT,
            created_at TIMESTAMPTZ NOT NULL,
            resolved_at TIMESTAMPTZ
        )",
        "CREATE INDEX listing_reports_session ON listing_reports (session_id, resolved_at)",
        "CREATE TABLE notifications (
            id TEXT PRIMARY KEY,
            user_id TEXT NOT NULL REFERENCES users (id),
            kind TEXT NOT NULL,
            subject_id TEXT,
            created_at TIMESTAMPTZ NOT NULL,
            read_at TIMESTAMPTZ
        )",
        "CREATE INDEX notifications_user ON notifications (user_id, created_at)",
        "CREATE TABLE outbox (
            id TEXT PRIMARY KEY,
            channel TEXT NOT NULL,
            recipient_user_id TEXT,
            recipient_mother_id TEXT,
            template TEXT NOT NULL,
            language TEXT NOT NULL,
            subject_id TEXT,
            status TEXT NOT NULL,
            attempts INTEGER NOT NULL DEFAULT 0,
            available_at TIMESTAMPTZ NOT NULL,
            created_at TIMESTAMPTZ NOT NULL,
            sent_at TIMESTAMPTZ
        )",
        "CREATE INDEX outbox_pending ON outbox (status, available_at)",
        // Bumped by every directory edit, so each server process knows to rebuild
        // its in-memory search index.
        "CREATE TABLE directory_state (
            id INTEGER PRIMARY KEY,
            version BIGINT NOT NULL
        )",
        "INSERT INTO directory_state (id, version) VALUES (1, 1)",
        "CREATE INDEX sessions_assured ON sessions (assured_at)",
        "CREATE INDEX venues_postcode ON venues (postcode)",
    ],
    down: &[
        "DROP INDEX venues_postcode",
        "DROP INDEX sessions_assured",
        "DROP TABLE directory_state",
        "DROP TABLE outbox",
        "DROP TABLE notifications",
        "DROP TABLE listing_reports",
        "DROP TABLE bookings",
        "DROP TABLE session_translations",
        "DROP INDEX mothers_user",
        "DROP INDEX mothers_calendar_token",
        "ALTER TABLE mothers DROP COLUMN calendar_token",
        "ALTER TABLE occurrences DROP COLUMN booked",
        "ALTER TABLE sessions DROP COLUMN enrolled",
        "ALTER TABLE sessions DROP COLUMN interpreter_languages",
        "ALTER TABLE programme_translations DROP COLUMN what_to_bring",
    ],
};
