//! Open Referral UK v3 (HSDS 3): PeriLink's directory as other directories import it.
//!
//! A programme is an ORUK `service`, a venue a `location`, and a session a
//! `service_at_location` with its `schedule`. Listings hidden from mothers (not
//! checked for [`HIDE_AFTER_DAYS`](crate::directory::HIDE_AFTER_DAYS)) are left out,
//! as the app leaves them out. Objects PeriLink keeps no row for (schedules,
//! addresses, languages, cost options, attributes, taxonomy terms) get ids derived
//! from what they describe, so the same thing keeps the same id from one read to the
//! next.
//!
//! - [`types`]: the published shapes, which read back too (for importing a feed).
//! - [`paging`]: the page envelope and which page was asked for.
//! - [`taxonomy`]: PeriLink's two fixed taxonomies.
//! - [`catalogue`]: the feed read from the directory snapshot; no request reads the
//!   database. `filters`: the profile's filters of `/services`.
//! - `mapping` and `schedule`: one piece of a service at a time.
//!
//! The schemas are in `tests/standards/oruk-v3/`; `tests/integration/oruk.rs`
//! checks every response against them and replays the official validator's checks.

pub mod catalogue;
mod filters;
mod mapping;
pub mod paging;
mod schedule;
pub mod taxonomy;
pub mod types;

pub use catalogue::{Catalogue, ServiceFilters, ServiceQuery};
pub use paging::{DEFAULT_PER_PAGE, MAX_PER_PAGE, Page, Window};
pub use taxonomy::{taxonomies, taxonomy_terms};
pub use types::*;

use chrono::NaiveDate;
use perilink_shared::calendar;
use sha2::{Digest, Sha256};

/// A stable UUID for something PeriLink keeps no row for: the first 16 bytes of a
/// SHA-256 of what it is, marked as a custom (version 8) UUID.
fn derived_id(kind: &str, parts: &[&str]) -> String {
    let mut hash = Sha256::new();
    hash.update(b"perilink/openreferral/");
    hash.update(kind.as_bytes());
    for part in parts {
        hash.update([0]);
        hash.update(part.as_bytes());
    }
    let digest = hash.finalize();
    let mut bytes = [0u8; 16];
    bytes.copy_from_slice(&digest[..16]);
    uuid::Builder::from_custom_bytes(bytes).into_uuid().to_string()
}

fn iso(date: NaiveDate) -> String {
    date.format("%Y-%m-%d").to_string()
}

/// The London calendar date at a Unix time.
fn london_date(unix_seconds: i64) -> NaiveDate {
    let (y, m, d) = calendar::civil_from_days(calendar::london_day(unix_seconds));
    NaiveDate::from_ymd_opt(y, m, d).unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn derived_ids_are_stable_uuids() {
        let a = derived_id("schedule", &["s1", "2026-11-02"]);
        assert_eq!(a, derived_id("schedule", &["s1", "2026-11-02"]));
        assert_ne!(a, derived_id("schedule", &["s1", "2026-11-09"]));
        assert_ne!(derived_id("x", &["ab", "c"]), derived_id("x", &["a", "bc"]));
        assert!(uuid::Uuid::parse_str(&a).is_ok());
    }
}
