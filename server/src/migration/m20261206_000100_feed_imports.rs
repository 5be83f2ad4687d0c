//! Importing other directories' Open Referral UK feeds (issue 21): the feeds a
//! coordinator adds for her organisation, each reading of one and what came of it,
//! and where each imported listing came from.
//!
//! `feed_listings` ties a remote object (a `service`, a `location`, or a
//! `service_at_location` on one weekday) to the local listing it became. A service's
//! row keeps the hash of what the feed last said (`remote_hash`) and of the local
//! listing just after it was written (`local_hash`): when the listing no longer
//! matches `local_hash`, a coordinator has edited it, and the feed's next change
//! waits in `pending` for her approval. `gone_at` flags a service the feed no
//! longer lists; nothing is deleted. `reading_since` is set while a reading
//! holds the feed (the daily job's or a "read now"), so no two read it at once.

use super::Migration;

pub const MIGRATION: Migration = Migration {
    version: "20261206_000100_feed_imports",
    up: &[
        "CREATE TABLE directory_feeds (
            id TEXT PRIMARY KEY,
            organisation_id TEXT NOT NULL REFERENCES organisations (id),
            created_by TEXT NOT NULL REFERENCES users (id),
            base_url TEXT NOT NULL,
            take TEXT NOT NULL,
            take_value TEXT,
            every_hours INTEGER NOT NULL,
            page_etags TEXT,
            last_success_at TIMESTAMPTZ,
            next_run_at TIMESTAMPTZ NOT NULL,
            reading_since TIMESTAMPTZ,
            created_at TIMESTAMPTZ NOT NULL
        )",
        "CREATE INDEX directory_feeds_organisation ON directory_feeds (organisation_id)",
        "CREATE TABLE directory_feed_runs (
            id TEXT PRIMARY KEY,
            feed_id TEXT NOT NULL REFERENCES directory_feeds (id),
            started_at TIMESTAMPTZ NOT NULL,
            finished_at TIMESTAMPTZ NOT NULL,
            problem TEXT,
            detail TEXT NOT NULL,
            pages INTEGER NOT NULL,
            created INTEGER NOT NULL,
            updated INTEGER NOT NULL,
            waiting INTEGER NOT NULL,
            gone INTEGER NOT NULL,
            skipped INTEGER NOT NULL
        )",
        "CREATE INDEX directory_feed_runs_feed ON directory_feed_runs (feed_id, started_at)",
        "CREATE TABLE feed_listings (
            id TEXT PRIMARY KEY,
            feed_id TEXT NOT NULL REFERENCES directory_feeds (id),
            kind TEXT NOT NULL,
            remote_id TEXT NOT NULL,
            local_id TEXT NOT NULL,
            remote_hash TEXT,
            local_hash TEXT,
            edited_locally BOOLEAN NOT NULL,
            pending TEXT,
            pending_since TIMESTAMPTZ,
            gone_at TIMESTAMPTZ,
            updated_at TIMESTAMPTZ NOT NULL
        )",
        "CREATE UNIQUE INDEX feed_listings_remote ON feed_listings (feed_id, kind, remote_id)",
        "CREATE INDEX feed_listings_local ON feed_listings (local_id)",
    ],
    down: &[
        "DROP INDEX feed_listings_local",
        "DROP INDEX feed_listings_remote",
        "DROP TABLE feed_listings",
        "DROP INDEX directory_feed_runs_feed",
        "DROP TABLE directory_feed_runs",
        "DROP INDEX directory_feeds_organisation",
        "DROP TABLE directory_feeds",
    ],
};
