//! What each organisation is for, which the privacy policy ([`crate::auth::scope`])
//! reads: a care organisation's staff keep caseloads and may see health data of the
//! mothers in their care; a provider runs programmes and sees referrals to them; an
//! organisation may be both. Care organisations marked to do so hear of safety
//! alerts for mothers nobody cares for yet. Caseload entries keep why someone added
//! a mother they found, which she sees in her account.
//!
//! Existing NHS trusts become care organisations that receive unassigned alerts (so
//! no alert goes unheard after the upgrade); everything else becomes a provider.

use super::Migration;

pub const MIGRATION: Migration = Migration {
    version: "20261204_000010_care_and_providers",
    up: &[
        "ALTER TABLE organisations ADD COLUMN provides_care BOOLEAN NOT NULL DEFAULT FALSE",
        "ALTER TABLE organisations ADD COLUMN provides_sessions BOOLEAN NOT NULL DEFAULT FALSE",
        "ALTER TABLE organisations ADD COLUMN receives_unassigned_alerts BOOLEAN NOT NULL DEFAULT FALSE",
        "UPDATE organisations SET provides_care = TRUE, receives_unassigned_alerts = TRUE WHERE kind = 'nhs_trust'",
        "UPDATE organisations SET provides_sessions = TRUE WHERE kind <> 'nhs_trust'",
        "ALTER TABLE caseload ADD COLUMN reason TEXT",
    ],
    down: &[
        "ALTER TABLE caseload DROP COLUMN reason",
        "ALTER TABLE organisations DROP COLUMN receives_unassigned_alerts",
        "ALTER TABLE organisations DROP COLUMN provides_sessions",
        "ALTER TABLE organisations DROP COLUMN provides_care",
    ],
};
