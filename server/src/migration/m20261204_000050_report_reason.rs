//! What is wrong with a listing, as the person reporting it picked in one tap:
//! `time`, `place`, `cancelled` or `other` (issue 15).

use super::Migration;

pub const MIGRATION: Migration = Migration {
    version: "20261204_000050_report_reason",
    up: &["ALTER TABLE listing_reports ADD COLUMN reason TEXT"],
    down: &["ALTER TABLE listing_reports DROP COLUMN reason"],
};
