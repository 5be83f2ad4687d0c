//! Supported referral: caseloads, consent, referrals with every move kept, wellbeing
//! plans; and registers: every attendance mark received, and the latest per mother
//! per date (which closes the loop back to the referrer).

use super::Migration;

pub const MIGRATION: Migration = Migration {
    version: "20261122_000003_referrals",
    up: &[
        // Which mothers each referrer cares for.
        "CREATE TABLE caseload (
            mother_id TEXT NOT NULL REFERENCES mothers (id),
            user_id TEXT NOT NULL REFERENCES users (id),
            added_at TIMESTAMPTZ NOT NULL,
            PRIMARY KEY (user_id, mother_id)
        )",
        "CREATE INDEX caseload_mother ON caseload (mother_id)",
        "CREATE UNIQUE INDEX mothers_nhs_number ON mothers (nhs_number)",
        "CREATE INDEX mothers_phone ON mothers (phone)",
        "CREATE TABLE consents (
            id TEXT PRIMARY KEY,
            mother_id TEXT NOT NULL REFERENCES mothers (id),
            scopes TEXT NOT NULL,
            shared_with TEXT NOT NULL,
            contact TEXT NOT NULL,
            recorded_at TIMESTAMPTZ NOT NULL,
            recorded_by TEXT NOT NULL REFERENCES users (id),
            withdrawn_at TIMESTAMPTZ,
            withdrawn_by TEXT REFERENCES users (id)
        )",
        "CREATE INDEX consents_mother ON consents (mother_id, recorded_at)",
        "CREATE TABLE referrals (
            id TEXT PRIMARY KEY,
            mother_id TEXT NOT NULL REFERENCES mothers (id),
            referrer_id TEXT NOT NULL REFERENCES users (id),
            programme_id TEXT NOT NULL REFERENCES programmes (id),
            session_id TEXT REFERENCES sessions (id),
            consent_id TEXT NOT NULL REFERENCES consents (id),
            status TEXT NOT NULL,
            reasons TEXT NOT NULL,
            what_matters TEXT,
            note TEXT,
            booking_id TEXT REFERENCES bookings (id),
            decline_reason TEXT,
            declined_by TEXT,
            created_at TIMESTAMPTZ NOT NULL,
            updated_at TIMESTAMPTZ NOT NULL,
            replied_at TIMESTAMPTZ,
            first_attended_at TIMESTAMPTZ
        )",
        "CREATE INDEX referrals_referrer ON referrals (referrer_id, created_at)",
        "CREATE INDEX referrals_mother ON referrals (mother_id)",
        "CREATE INDEX referrals_programme ON referrals (programme_id, status)",
        "CREATE INDEX referrals_session ON referrals (session_id)",
        "CREATE TABLE referral_events (
            id TEXT PRIMARY KEY,
            referral_id TEXT NOT NULL REFERENCES referrals (id),
            from_status TEXT,
            to_status TEXT NOT NULL,
            actor TEXT NOT NULL,
            by_user_id TEXT REFERENCES users (id),
            at TIMESTAMPTZ NOT NULL,
            reason TEXT
        )",
        "CREATE INDEX referral_events_referral ON referral_events (referral_id, at)",
        "CREATE TABLE wellbeing_plans (
            mother_id TEXT PRIMARY KEY REFERENCES mothers (id),
            goals TEXT NOT NULL,
            support TEXT NOT NULL,
            review_on DATE,
            updated_by TEXT NOT NULL REFERENCES users (id),
            updated_at TIMESTAMPTZ NOT NULL
        )",
        // One mark per mother per date: the latest recorded wins. `id` is the
        // client's UUID of the mark that set it, so a replayed batch changes nothing.
        "CREATE TABLE attendance (
            id TEXT PRIMARY KEY,
            occurrence_id TEXT NOT NULL REFERENCES occurrences (id),
            mother_id TEXT NOT NULL REFERENCES mothers (id),
            status TEXT NOT NULL,
            recorded_at TIMESTAMPTZ NOT NULL,
            recorded_by TEXT NOT NULL REFERENCES users (id),
            received_at TIMESTAMPTZ NOT NULL,
            UNIQUE (occurrence_id, mother_id)
        )",
        "CREATE INDEX attendance_mother ON attendance (mother_id, occurrence_id)",
        // Every mark a device sent, by its UUID: a replayed mark is recognised here.
        "CREATE TABLE attendance_marks (
            id TEXT PRIMARY KEY,
            occurrence_id TEXT NOT NULL REFERENCES occurrences (id),
            mother_id TEXT NOT NULL REFERENCES mothers (id),
            status TEXT NOT NULL,
            babies INTEGER,
            children INTEGER,
            recorded_at TIMESTAMPTZ NOT NULL,
            recorded_by TEXT NOT NULL REFERENCES users (id),
            received_at TIMESTAMPTZ NOT NULL
        )",
        "CREATE INDEX attendance_marks_occurrence ON attendance_marks (occurrence_id)",
        "ALTER TABLE attendance ADD COLUMN babies INTEGER",
        "ALTER TABLE attendance ADD COLUMN children INTEGER",
        "ALTER TABLE mothers ADD COLUMN baby_name TEXT",
        "CREATE INDEX notifications_unread ON notifications (user_id, read_at)",
    ],
    down: &[
        "DROP INDEX notifications_unread",
        "ALTER TABLE mothers DROP COLUMN baby_name",
        "DROP TABLE attendance_marks",
        "DROP TABLE attendance",
        "DROP TABLE wellbeing_plans",
        "DROP TABLE referral_events",
        "DROP TABLE referrals",
        "DROP TABLE consents",
        "DROP INDEX mothers_phone",
        "DROP INDEX mothers_nhs_number",
        "DROP TABLE caseload",
    ],
};
