//! Indexes for the outcome reports, which select by date range and status and then
//! group: referrals by when they were made, their moves by status, waiting-list
//! places by when they were asked for, register marks by status, and screenings by
//! instrument and timepoint.

use super::Migration;

pub const MIGRATION: Migration = Migration {
    version: "20261122_000005_report_indexes",
    up: &[
        "CREATE INDEX referrals_created ON referrals (created_at)",
        "CREATE INDEX referral_events_status ON referral_events (referral_id, to_status)",
        "CREATE INDEX bookings_status_created ON bookings (status, created_at)",
        "CREATE INDEX attendance_occurrence_status ON attendance (occurrence_id, status)",
        "CREATE INDEX screenings_instrument_timepoint ON screenings (instrument, timepoint, taken_at)",
    ],
    down: &[
        "DROP INDEX screenings_instrument_timepoint",
        "DROP INDEX attendance_occurrence_status",
        "DROP INDEX bookings_status_created",
        "DROP INDEX referral_events_status",
        "DROP INDEX referrals_created",
    ],
};
