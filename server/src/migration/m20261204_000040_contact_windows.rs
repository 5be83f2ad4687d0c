//! How and when each mother says she may be contacted (issue 22): her
//! `ContactWindow` as JSON (see `perilink_shared::contact_window`), one row per
//! mother, absent until she chooses. Keyed on the mother, so messages to her and
//! her care team's calls can both look it up.

use super::Migration;

pub const MIGRATION: Migration = Migration {
    version: "20261204_000040_contact_windows",
    up: &["CREATE TABLE contact_windows (
            mother_id TEXT PRIMARY KEY REFERENCES mothers (id),
            rule TEXT NOT NULL,
            updated_at TIMESTAMPTZ NOT NULL
        )"],
    down: &["DROP TABLE contact_windows"],
};
