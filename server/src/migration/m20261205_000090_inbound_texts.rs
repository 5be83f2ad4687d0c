//! Text messages mothers send back (issue 16, "replies count"): one row per text
//! Notify passes on, keyed by Notify's own id so a callback sent again changes
//! nothing twice. A reply saying she cannot come keeps no words, only what it did;
//! anything else is kept for the host of the date it is about, and shown on that
//! register. The sender's number is never kept: `mother_id` says whose it was.

use super::Migration;

pub const MIGRATION: Migration = Migration {
    version: "20261205_000090_inbound_texts",
    up: &[
        "CREATE TABLE inbound_texts (
            id TEXT PRIMARY KEY,
            mother_id TEXT NOT NULL REFERENCES mothers (id),
            occurrence_id TEXT REFERENCES occurrences (id),
            outcome TEXT NOT NULL,
            body TEXT,
            received_at TIMESTAMPTZ NOT NULL
        )",
        "CREATE INDEX inbound_texts_occurrence ON inbound_texts (occurrence_id)",
    ],
    down: &["DROP INDEX inbound_texts_occurrence", "DROP TABLE inbound_texts"],
};
