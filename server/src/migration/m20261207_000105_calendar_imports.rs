//! Sessions that take their dates from a partner's iCalendar (`.ics`) address
//! (issue 21). One row a session: the address, the words an event's SUMMARY must
//! contain to count (none: every event), the last answer's ETag, the dates the
//! calendar itself cancelled (so that only those come back when it lists them
//! again, never a date a coordinator cancelled by hand), and the last reading's
//! outcome. `full_read_at` is when the calendar was last read in full: an
//! unchanged calendar (`304`) is read in full again after a week, so dates coming
//! into the year ahead are added. `reading_since` is set while a reading holds
//! the row, as for feeds.

use super::Migration;

pub const MIGRATION: Migration = Migration {
    version: "20261207_000105_calendar_imports",
    up: &[
        "CREATE TABLE calendar_imports (
            id TEXT PRIMARY KEY,
            session_id TEXT NOT NULL REFERENCES sessions (id),
            organisation_id TEXT NOT NULL REFERENCES organisations (id),
            created_by TEXT NOT NULL REFERENCES users (id),
            url TEXT NOT NULL,
            words TEXT,
            etag TEXT,
            cancelled_dates TEXT NOT NULL,
            every_hours INTEGER NOT NULL,
            next_run_at TIMESTAMPTZ NOT NULL,
            reading_since TIMESTAMPTZ,
            full_read_at TIMESTAMPTZ,
            last_read_at TIMESTAMPTZ,
            last_problem TEXT,
            last_detail TEXT,
            last_dates INTEGER NOT NULL,
            last_added INTEGER NOT NULL,
            last_cancelled INTEGER NOT NULL,
            last_told INTEGER NOT NULL,
            created_at TIMESTAMPTZ NOT NULL
        )",
        "CREATE UNIQUE INDEX calendar_imports_session ON calendar_imports (session_id)",
        "CREATE INDEX calendar_imports_due ON calendar_imports (next_run_at)",
    ],
    down: &[
        "DROP INDEX calendar_imports_due",
        "DROP INDEX calendar_imports_session",
        "DROP TABLE calendar_imports",
    ],
};
