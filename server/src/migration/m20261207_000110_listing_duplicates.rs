//! A feed's service that looks like a listing the organisation already has
//! (issue 21, item 5): not imported, but kept here for a coordinator to decide
//! whether it is the same (`same`: tied to hers through `feed_listings`) or
//! different (`different`: imported as a listing of its own). `decision` is
//! empty while she has not decided; once she has, the next reading does not ask
//! again. `content` is what the feed said, as JSON, to show beside hers.

use super::Migration;

pub const MIGRATION: Migration = Migration {
    version: "20261207_000110_listing_duplicates",
    up: &[
        "CREATE TABLE listing_duplicates (
            id TEXT PRIMARY KEY,
            feed_id TEXT NOT NULL REFERENCES directory_feeds (id),
            remote_id TEXT NOT NULL,
            programme_id TEXT NOT NULL REFERENCES programmes (id),
            content TEXT NOT NULL,
            similarity DOUBLE PRECISION NOT NULL,
            found_at TIMESTAMPTZ NOT NULL,
            decision TEXT,
            decided_by TEXT REFERENCES users (id),
            decided_at TIMESTAMPTZ
        )",
        "CREATE UNIQUE INDEX listing_duplicates_remote ON listing_duplicates (feed_id, remote_id)",
    ],
    down: &[
        "DROP INDEX listing_duplicates_remote",
        "DROP TABLE listing_duplicates",
    ],
};
