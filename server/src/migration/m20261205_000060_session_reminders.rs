//! The day-before reminders claimed (issue 16): one row per booking and date, so
//! that however many servers run the reminder job, each place is reminded once.

use super::Migration;

pub const MIGRATION: Migration = Migration {
    version: "20261205_000060_session_reminders",
    up: &["CREATE TABLE session_reminders (
            booking_id TEXT NOT NULL REFERENCES bookings (id),
            occurrence_id TEXT NOT NULL REFERENCES occurrences (id),
            queued_at TIMESTAMPTZ NOT NULL,
            PRIMARY KEY (booking_id, occurrence_id)
        )"],
    down: &["DROP TABLE session_reminders"],
};
