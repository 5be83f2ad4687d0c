//! When she was last added to anyone's caseload, kept on the mother (issue 18). A
//! caseload page is ordered newest on it first; the order was worked out for every
//! mother in the viewer's care, as the latest `added_at` of her caseload rows, before
//! a page could be taken: 5 of the 5.5 ms of a page for a referrer with 2,035
//! mothers. Kept on her row by every write to the caseload
//! (`referrals::add_to_caseload`; the seeders by `referrals::rank_caseloads`), it is
//! read with the mother, one lookup each and a sort. The index holds the page's
//! whole order, for a planner that finds reading in order and stopping when the page
//! is full cheaper (when most mothers it ranks are in the viewer's care); SQLite,
//! without statistics, keeps to the lookups (BENCHMARKS.md).

use super::Migration;

pub const MIGRATION: Migration = Migration {
    version: "20261208_000115_caseload_rank",
    up: &[
        "ALTER TABLE mothers ADD COLUMN caseload_added_at TIMESTAMPTZ",
        "UPDATE mothers SET caseload_added_at = (SELECT MAX(c.added_at) FROM caseload c WHERE c.mother_id = mothers.id)",
        "CREATE INDEX mothers_caseload_rank ON mothers (caseload_added_at DESC, given_name, id)",
    ],
    down: &[
        "DROP INDEX mothers_caseload_rank",
        "ALTER TABLE mothers DROP COLUMN caseload_added_at",
    ],
};
