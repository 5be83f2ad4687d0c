//! "Last attended" kept on the mother (issue 18). A caseload page showed each
//! mother's latest date marked present by reading all her attendance and its dates
//! (about forty rows a mother, four thousand a page): most of a page's time, and
//! 2 s a page under 64 connections at a tenth of the bench's scale. The register
//! now keeps the date on her row as it writes her marks (`registers::keep_if_latest`),
//! so a page reads one column. The column is filled here from the attendance
//! already recorded.
//!
//! A page is ordered by when each mother in the viewer's care was last added to a
//! caseload: with `added_at` in the index by mother, that is read from the index
//! alone. It replaces the index on `mother_id`, its prefix.

use super::Migration;

pub const MIGRATION: Migration = Migration {
    version: "20261205_000095_last_attended",
    up: &[
        "ALTER TABLE mothers ADD COLUMN last_attended_on DATE",
        "UPDATE mothers SET last_attended_on = (SELECT MAX(o.date) FROM attendance a \
         JOIN occurrences o ON o.id = a.occurrence_id \
         WHERE a.mother_id = mothers.id AND a.status = 'present')",
        "DROP INDEX caseload_mother",
        "CREATE INDEX caseload_mother ON caseload (mother_id, added_at)",
    ],
    down: &[
        "DROP INDEX caseload_mother",
        "CREATE INDEX caseload_mother ON caseload (mother_id)",
        "ALTER TABLE mothers DROP COLUMN last_attended_on",
    ],
};
