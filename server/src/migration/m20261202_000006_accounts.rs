//! Accounts for a real deployment: teams within organisations, invitations, links
//! and one-time codes (all stored as hashes), two-factor credentials and recovery
//! codes, sign-ins as devices, the demo's two-factor exemption, and outbox messages
//! that carry a link or code to an address that has no account yet.

use super::Migration;

pub const MIGRATION: Migration = Migration {
    version: "20261202_000006_accounts",
    up: &[
        "CREATE TABLE teams (
            id TEXT PRIMARY KEY,
            organisation_id TEXT NOT NULL REFERENCES organisations (id),
            name TEXT NOT NULL,
            kind TEXT NOT NULL,
            created_at TIMESTAMPTZ NOT NULL
        )",
        "CREATE INDEX teams_organisation ON teams (organisation_id)",
        "CREATE TABLE team_members (
            team_id TEXT NOT NULL REFERENCES teams (id),
            user_id TEXT NOT NULL REFERENCES users (id),
            PRIMARY KEY (team_id, user_id)
        )",
        "CREATE INDEX team_members_user ON team_members (user_id)",
        "ALTER TABLE users ADD COLUMN mfa_exempt BOOLEAN NOT NULL DEFAULT FALSE",
        "CREATE TABLE invitations (
            id TEXT PRIMARY KEY,
            email TEXT NOT NULL,
            role TEXT NOT NULL,
            organisation_id TEXT REFERENCES organisations (id),
            team_id TEXT REFERENCES teams (id),
            token_hash TEXT NOT NULL UNIQUE,
            invited_by TEXT NOT NULL REFERENCES users (id),
            created_at TIMESTAMPTZ NOT NULL,
            expires_at TIMESTAMPTZ NOT NULL,
            accepted_at TIMESTAMPTZ,
            accepted_user_id TEXT REFERENCES users (id),
            revoked_at TIMESTAMPTZ
        )",
        "CREATE TABLE account_links (
            id TEXT PRIMARY KEY,
            purpose TEXT NOT NULL,
            user_id TEXT REFERENCES users (id),
            mother_id TEXT REFERENCES mothers (id),
            token_hash TEXT NOT NULL UNIQUE,
            created_at TIMESTAMPTZ NOT NULL,
            expires_at TIMESTAMPTZ NOT NULL,
            used_at TIMESTAMPTZ
        )",
        "CREATE TABLE login_codes (
            id TEXT PRIMARY KEY,
            user_id TEXT NOT NULL REFERENCES users (id),
            code_hash TEXT NOT NULL,
            created_at TIMESTAMPTZ NOT NULL,
            expires_at TIMESTAMPTZ NOT NULL,
            attempts INTEGER NOT NULL DEFAULT 0,
            used_at TIMESTAMPTZ
        )",
        "CREATE INDEX login_codes_user ON login_codes (user_id, created_at)",
        "CREATE TABLE totp_credentials (
            user_id TEXT PRIMARY KEY REFERENCES users (id),
            secret TEXT NOT NULL,
            created_at TIMESTAMPTZ NOT NULL,
            confirmed_at TIMESTAMPTZ,
            last_step BIGINT
        )",
        "CREATE TABLE recovery_codes (
            id TEXT PRIMARY KEY,
            user_id TEXT NOT NULL REFERENCES users (id),
            code_hash TEXT NOT NULL,
            used_at TIMESTAMPTZ
        )",
        "CREATE INDEX recovery_codes_user ON recovery_codes (user_id)",
        "CREATE TABLE sign_ins (
            id TEXT PRIMARY KEY,
            user_id TEXT NOT NULL REFERENCES users (id),
            created_at TIMESTAMPTZ NOT NULL,
            last_used_at TIMESTAMPTZ NOT NULL,
            user_agent TEXT,
            mfa BOOLEAN NOT NULL,
            ended_at TIMESTAMPTZ
        )",
        "CREATE INDEX sign_ins_user ON sign_ins (user_id)",
        "ALTER TABLE outbox ADD COLUMN to_address TEXT",
        "ALTER TABLE outbox ADD COLUMN payload TEXT",
    ],
    down: &[
        "ALTER TABLE outbox DROP COLUMN payload",
        "ALTER TABLE outbox DROP COLUMN to_address",
        "DROP TABLE sign_ins",
        "DROP TABLE recovery_codes",
        "DROP TABLE totp_credentials",
        "DROP TABLE login_codes",
        "DROP TABLE account_links",
        "DROP TABLE invitations",
        "ALTER TABLE users DROP COLUMN mfa_exempt",
        "DROP TABLE team_members",
        "DROP TABLE teams",
    ],
};
