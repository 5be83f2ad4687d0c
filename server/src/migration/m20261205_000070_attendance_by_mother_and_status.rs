//! "Last attended" on a caseload page reads each mother's attendance for the
//! `present` rows and their dates (issue 18): with the status in the index those
//! rows are found in it, not read from the table one by one (a page of 100 took
//! 19–27 ms of SQLite alone on the scale-0.1 bench data, 8–9 ms with it). It
//! replaces the index on (mother_id, occurrence_id), which nothing needed in that
//! order, so writing a mark costs no more than before.

use super::Migration;

pub const MIGRATION: Migration = Migration {
    version: "20261205_000070_attendance_by_mother_and_status",
    up: &[
        "DROP INDEX attendance_mother",
        "CREATE INDEX attendance_mother ON attendance (mother_id, status, occurrence_id)",
    ],
    down: &[
        "DROP INDEX attendance_mother",
        "CREATE INDEX attendance_mother ON attendance (mother_id, occurrence_id)",
    ],
};
