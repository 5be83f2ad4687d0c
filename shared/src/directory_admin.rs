//! Keeping the directory right, as coordinators do under `/api/directory`:
//! organisations, venues, programmes and sessions with their translations, "last
//! checked" dates, stale listings and reports of wrong information.
//!
//! Requests are whole records: a create and an edit (`PUT`) send the same body.
//! Dates are `YYYY-MM-DD`, times of day `HH:MM` (London), instants RFC 3339 (UTC).

use crate::directory::{BookingMode, Format, ProgrammeKind};
use serde::{Deserialize, Serialize};
use std::fmt;

/// What kind of body an organisation is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum OrganisationKind {
    NhsTrust,
    LibraryService,
    Charity,
    Council,
    Other,
}

impl OrganisationKind {
    /// Every kind, in the order a form lists them.
    pub const ALL: [OrganisationKind; 5] = [
        OrganisationKind::NhsTrust,
        OrganisationKind::LibraryService,
        OrganisationKind::Charity,
        OrganisationKind::Council,
        OrganisationKind::Other,
    ];

    /// The stable name used in the API and the database.
    pub fn as_str(self) -> &'static str {
        match self {
            OrganisationKind::NhsTrust => "nhs_trust",
            OrganisationKind::LibraryService => "library_service",
            OrganisationKind::Charity => "charity",
            OrganisationKind::Council => "council",
            OrganisationKind::Other => "other",
        }
    }

    /// The kind a stored name stands for.
    pub fn parse(s: &str) -> Option<OrganisationKind> {
        OrganisationKind::ALL.into_iter().find(|k| k.as_str() == s)
    }
}

/// How often a session meets.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum Frequency {
    Weekly,
    Fortnightly,
}

impl Frequency {
    /// The stable name used in the API and the database.
    pub fn as_str(self) -> &'static str {
        match self {
            Frequency::Weekly => "weekly",
            Frequency::Fortnightly => "fortnightly",
        }
    }

    /// Days between two meetings.
    pub fn days(self) -> i64 {
        match self {
            Frequency::Weekly => 7,
            Frequency::Fortnightly => 14,
        }
    }

    /// The frequency a form's choice stands for (anything unknown is weekly).
    /// A stored name is read strictly, with [`str::parse`].
    pub fn parse(s: &str) -> Frequency {
        if s == "fortnightly" {
            Frequency::Fortnightly
        } else {
            Frequency::Weekly
        }
    }
}

impl std::str::FromStr for Frequency {
    type Err = String;

    /// `weekly` or `fortnightly`, and nothing else.
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s {
            "weekly" => Ok(Frequency::Weekly),
            "fortnightly" => Ok(Frequency::Fortnightly),
            other => Err(format!("`{other}` is not a Frequency")),
        }
    }
}

/// Which table a listing lives in.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum ListingKind {
    Venue,
    Programme,
    Session,
}

impl ListingKind {
    /// The stable name used in the API (and the path segment, plural).
    pub fn as_str(self) -> &'static str {
        match self {
            ListingKind::Venue => "venue",
            ListingKind::Programme => "programme",
            ListingKind::Session => "session",
        }
    }
}

/// Who keeps a listing right and when they last checked it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ListingCheck {
    /// The owner's user id.
    pub owner_id: String,
    /// The owner's name.
    pub owner_name: String,
    /// Whether the caller owns it.
    pub owned_by_me: bool,
    /// When it was last checked (RFC 3339).
    pub assured_at: String,
    /// Whole days since then.
    pub days_since_checked: i64,
    /// Not checked for 90 days or more: flagged to its owner.
    pub flagged: bool,
    /// Not checked for 120 days or more: hidden from mothers.
    pub hidden: bool,
}

// ---------------------------------------------------------------- organisations

/// An organisation, to create or edit.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct OrganisationInput {
    pub name: String,
    pub kind: OrganisationKind,
    /// An `https://` or `http://` address.
    #[serde(default)]
    pub website: Option<String>,
}

/// An organisation.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Organisation {
    pub id: String,
    pub name: String,
    pub kind: OrganisationKind,
    pub website: Option<String>,
}

/// Every organisation, by name.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct OrganisationList {
    pub organisations: Vec<Organisation>,
}

// ---------------------------------------------------------------------- venues

/// A venue, to create or edit. Without `lat` and `lon` its place is found from
/// the postcode.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct VenueInput {
    pub organisation_id: String,
    pub name: String,
    pub address: String,
    pub town: String,
    /// A full UK postcode, such as `L8 1XF`.
    pub postcode: String,
    #[serde(default)]
    pub lat: Option<f64>,
    #[serde(default)]
    pub lon: Option<f64>,
    #[serde(default)]
    pub step_free: bool,
    #[serde(default)]
    pub buggy_space: bool,
    #[serde(default)]
    pub baby_change: bool,
    #[serde(default)]
    pub breastfeeding_welcome: bool,
    /// Which buses stop nearby, in plain words.
    #[serde(default)]
    pub bus_routes: Option<String>,
}

/// A venue, with who checks it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Venue {
    pub id: String,
    pub organisation_id: String,
    pub name: String,
    pub address: String,
    pub town: String,
    pub postcode: String,
    pub lat: f64,
    pub lon: f64,
    pub step_free: bool,
    pub buggy_space: bool,
    pub baby_change: bool,
    pub breastfeeding_welcome: bool,
    pub bus_routes: Option<String>,
    pub check: ListingCheck,
}

/// Every venue, by name.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct VenueList {
    pub venues: Vec<Venue>,
}

// ------------------------------------------------------------------ programmes

/// A programme's words in one language.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct ProgrammeText {
    /// The BCP 47 tag of an interface language, such as `en` or `ckb`.
    pub language: String,
    pub title: String,
    pub description: String,
    #[serde(default)]
    pub what_to_bring: Option<String>,
}

/// A programme's words in the language its path names.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct ProgrammeTextInput {
    pub title: String,
    pub description: String,
    #[serde(default)]
    pub what_to_bring: Option<String>,
}

/// A programme, to create or edit. A new programme needs its English words in
/// `translations`; on an edit, any translations sent are saved too.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct ProgrammeInput {
    pub organisation_id: String,
    pub kind: ProgrammeKind,
    #[serde(default)]
    pub for_pregnant: bool,
    /// Youngest baby welcome, in months (0 to 60); with `baby_max_months`, or neither.
    #[serde(default)]
    pub baby_min_months: Option<u32>,
    #[serde(default)]
    pub baby_max_months: Option<u32>,
    /// Price per session in pence; 0 is free.
    #[serde(default)]
    pub cost_pence: u32,
    pub booking: BookingMode,
    pub format: Format,
    #[serde(default)]
    pub translations: Vec<ProgrammeText>,
}

/// A programme with its words in every language it has.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Programme {
    pub id: String,
    pub organisation_id: String,
    pub kind: ProgrammeKind,
    pub for_pregnant: bool,
    pub baby_min_months: Option<u32>,
    pub baby_max_months: Option<u32>,
    pub cost_pence: u32,
    pub booking: BookingMode,
    pub format: Format,
    /// The English title.
    pub title: String,
    pub translations: Vec<ProgrammeText>,
    pub check: ListingCheck,
}

/// Every programme.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ProgrammeList {
    pub programmes: Vec<Programme>,
}

// -------------------------------------------------------------------- sessions

/// A session's own title and description in one language, where it differs from
/// its programme's.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct SessionText {
    /// The BCP 47 tag of an interface language.
    pub language: String,
    pub title: String,
    #[serde(default)]
    pub description: Option<String>,
}

/// A session's words in the language its path names.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct SessionTextInput {
    pub title: String,
    #[serde(default)]
    pub description: Option<String>,
}

/// A session, to create or edit. Its dates follow from the schedule: every week or
/// fortnight on `weekday` from `starts_on` to `ends_on` (or for a year when open).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct SessionInput {
    pub programme_id: String,
    pub venue_id: String,
    /// The user who runs it and takes the register.
    pub host_id: String,
    pub frequency: Frequency,
    /// ISO weekday, 1 (Monday) to 7 (Sunday).
    pub weekday: u8,
    /// `HH:MM`, London time.
    pub start_time: String,
    /// `HH:MM`, after `start_time`.
    pub end_time: String,
    /// The first day of term, `YYYY-MM-DD`.
    pub starts_on: String,
    /// The last day of term; none for an ongoing session.
    #[serde(default)]
    pub ends_on: Option<String>,
    /// Places per date (or on the course); none for no limit.
    #[serde(default)]
    pub capacity: Option<u32>,
    /// BCP 47 tags of the languages it is delivered in.
    pub languages: Vec<String>,
    /// BCP 47 tags of the languages an interpreter or bilingual facilitator covers.
    #[serde(default)]
    pub interpreter_languages: Vec<String>,
    /// Dates it does not meet (bank holidays, half term), `YYYY-MM-DD`.
    #[serde(default)]
    pub cancelled_dates: Vec<String>,
    /// Its own words, where they differ from the programme's.
    #[serde(default)]
    pub translations: Vec<SessionText>,
}

/// A session as coordinators see it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Session {
    pub id: String,
    pub programme_id: String,
    pub venue_id: String,
    pub host_id: String,
    pub frequency: Frequency,
    pub weekday: u8,
    pub start_time: String,
    pub end_time: String,
    pub starts_on: String,
    pub ends_on: Option<String>,
    pub capacity: Option<u32>,
    pub languages: Vec<String>,
    pub interpreter_languages: Vec<String>,
    /// Every cancelled date, in order.
    pub cancelled_dates: Vec<String>,
    /// The English title: the session's own, else its programme's.
    pub title: String,
    pub venue_name: String,
    pub translations: Vec<SessionText>,
    pub check: ListingCheck,
}

/// Every session.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct SessionList {
    pub sessions: Vec<Session>,
}

/// Someone who can host a session.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Host {
    pub id: String,
    pub name: String,
}

/// Everyone who can host a session, by name.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct HostList {
    pub hosts: Vec<Host>,
}

// ----------------------------------------------------- stale listings, reports

/// A listing not checked for 90 days or more.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct StaleListing {
    pub kind: ListingKind,
    pub id: String,
    /// The venue's name, or the English title.
    pub title: String,
    /// For a session: its venue's name.
    pub venue_name: Option<String>,
    /// For a session: its ISO weekday.
    pub weekday: Option<u8>,
    /// For a session: its start time.
    pub start_time: Option<String>,
    pub check: ListingCheck,
}

/// Every stale listing, longest unchecked first.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct StaleListings {
    pub listings: Vec<StaleListing>,
}

/// How messages to mothers and staff are going, for coordinators: counts only.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct MessageHealth {
    /// Messages given up on, or reported undelivered by the provider, in the last
    /// 7 days.
    pub undelivered: u64,
    /// Messages due more than 30 minutes ago and still not sent: no sender for
    /// their channel, or the provider down.
    pub stuck: u64,
}

/// An open "this information is wrong" report.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ListingReport {
    pub id: String,
    pub session_id: String,
    /// The session's English title.
    pub title: String,
    pub venue_name: String,
    pub weekday: u8,
    pub start_time: String,
    /// What the reporter said is wrong, if anything.
    pub note: Option<String>,
    /// What the reporter picked as wrong, if anything.
    pub reason: Option<crate::booking::ReportReason>,
    /// When it was reported (RFC 3339).
    pub created_at: String,
    /// Whether the caller owns the session.
    pub owned_by_me: bool,
}

/// Open reports, oldest first.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ListingReports {
    pub reports: Vec<ListingReport>,
}

// ------------------------------------------------------------------- parsing

/// A time of day, parsed from `HH:MM` (24-hour).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct ClockTime {
    /// Minutes after midnight.
    pub minutes: u16,
}

impl ClockTime {
    /// Parses `HH:MM`, `00:00` to `23:59`.
    pub fn parse(text: &str) -> Option<ClockTime> {
        let (h, m) = text.trim().split_once(':')?;
        if h.len() != 2 || m.len() != 2 || !h.bytes().chain(m.bytes()).all(|b| b.is_ascii_digit()) {
            return None;
        }
        let (h, m): (u16, u16) = (h.parse().ok()?, m.parse().ok()?);
        (h < 24 && m < 60).then_some(ClockTime { minutes: h * 60 + m })
    }
}

impl fmt::Display for ClockTime {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:02}:{:02}", self.minutes / 60, self.minutes % 60)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn clock_times_are_24_hour_hh_mm() {
        assert_eq!(ClockTime::parse("09:30"), Some(ClockTime { minutes: 570 }));
        assert_eq!(
            ClockTime::parse("23:59").map(|t| t.to_string()).as_deref(),
            Some("23:59")
        );
        assert_eq!(ClockTime::parse("24:00"), None);
        assert_eq!(ClockTime::parse("9:30"), None);
        assert_eq!(ClockTime::parse("09:60"), None);
        assert_eq!(ClockTime::parse("noon"), None);
        assert!(ClockTime::parse("10:00") < ClockTime::parse("10:01"));
    }

    #[test]
    fn kinds_use_their_stable_names() {
        for kind in OrganisationKind::ALL {
            assert_eq!(OrganisationKind::parse(kind.as_str()), Some(kind));
            assert_eq!(
                serde_json::to_string(&kind).unwrap(),
                format!("\"{}\"", kind.as_str())
            );
        }
        assert_eq!(Frequency::parse("fortnightly"), Frequency::Fortnightly);
        assert_eq!("fortnightly".parse(), Ok(Frequency::Fortnightly));
        assert_eq!("weekly".parse(), Ok(Frequency::Weekly));
        assert!("monthly".parse::<Frequency>().is_err());
        assert_eq!(
            serde_json::to_string(&ListingKind::Programme).unwrap(),
            "\"programme\""
        );
    }
}
