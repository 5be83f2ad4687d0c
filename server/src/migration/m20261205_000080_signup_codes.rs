//! Codes that confirm a sign-up (issue 14): a sign-up answers the same whether or
//! not its number or email is taken, so a new account waits for the code sent to
//! the contact. Only the code's hash and a hash of the contact are kept; her other
//! details come again with the code.

use super::Migration;

pub const MIGRATION: Migration = Migration {
    version: "20261205_000080_signup_codes",
    up: &[
        "CREATE TABLE signup_codes (
            id TEXT PRIMARY KEY,
            contact_key TEXT NOT NULL,
            code_hash TEXT NOT NULL,
            created_at TIMESTAMPTZ NOT NULL,
            expires_at TIMESTAMPTZ NOT NULL,
            attempts INTEGER NOT NULL DEFAULT 0,
            used_at TIMESTAMPTZ
        )",
        "CREATE INDEX signup_codes_contact ON signup_codes (contact_key, created_at)",
    ],
    down: &["DROP TABLE signup_codes"],
};
