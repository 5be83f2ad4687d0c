//! The shapes the feed publishes, as the UK profile's schemas describe them. They
//! read back as well as they are written, so importing another directory's feed can
//! use the same types: lists a feed leaves out read as empty.

use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

// ---------------------------------------------------------------------------------
// The published shapes. Optional fields are left out rather than sent as `null`:
// the schemas type them as strings or numbers, which `null` is not. Fields HSDS 3
// defines but the UK profile leaves out (`eligibility_description`, a language's
// `name` and `code`, an attribute's `value`, ...) are sent too: the profile's schemas
// allow them, and they say what the profile has no field for.
// ---------------------------------------------------------------------------------

/// A service: one PeriLink programme, with where and when it runs.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, ToSchema)]
#[schema(as = OrukService)]
pub struct Service {
    pub id: String,
    pub organization_id: String,
    /// The English title.
    pub name: String,
    /// The English description.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// Always `active`: hidden programmes are not published.
    pub status: String,
    /// Who it is for, in words (HSDS 3).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub eligibility_description: Option<String>,
    /// Which languages an interpreter or bilingual facilitator covers (HSDS 3).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub interpretation_services: Option<String>,
    /// When the programme was last checked, `YYYY-MM-DD`.
    pub assured_date: String,
    /// One or more per session, linked by `service_at_location_id`.
    #[serde(default)]
    pub schedules: Vec<Schedule>,
    /// One per session.
    #[serde(default)]
    pub service_at_locations: Vec<ServiceAtLocation>,
    #[serde(default)]
    pub languages: Vec<Language>,
    pub organization: Organization,
    #[serde(default)]
    pub cost_options: Vec<CostOption>,
    /// Its kind and who it is for, as terms of PeriLink's taxonomies.
    #[serde(default)]
    pub attributes: Vec<Attribute>,
}

/// A service's one-to-one fields, as a list of places shows it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, ToSchema)]
#[schema(as = OrukServiceSummary)]
pub struct ServiceSummary {
    pub id: String,
    pub organization_id: String,
    pub name: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    pub status: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub eligibility_description: Option<String>,
    pub assured_date: String,
    pub organization: Organization,
}

/// The organisation that runs a programme.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, ToSchema)]
#[schema(as = OrukOrganization)]
pub struct Organization {
    pub id: String,
    pub name: String,
    /// What kind of organisation it is, in words.
    pub description: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub website: Option<String>,
}

/// A session: a service at a venue. Nested in a service it carries only its
/// location (the service's schedules point at it); listed on its own it also
/// carries its service and its schedules.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, ToSchema)]
#[schema(as = OrukServiceAtLocation)]
pub struct ServiceAtLocation {
    /// The session's id.
    pub id: String,
    pub service_id: String,
    pub location_id: String,
    pub location: Location,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub service: Option<ServiceSummary>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub schedules: Option<Vec<Schedule>>,
}

/// A venue.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, ToSchema)]
#[schema(as = OrukLocation)]
pub struct Location {
    pub id: String,
    /// Always `physical`.
    pub location_type: String,
    pub name: String,
    pub latitude: f64,
    pub longitude: f64,
    /// Buses and trains nearby, in words (HSDS 3).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub transportation: Option<String>,
    #[serde(default)]
    pub addresses: Vec<Address>,
    /// What the venue offers: step-free access, buggy space, baby change,
    /// breastfeeding welcome. Only what it has is listed.
    #[serde(default)]
    pub accessibility: Vec<Accessibility>,
}

/// A venue's street address.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, ToSchema)]
#[schema(as = OrukAddress)]
pub struct Address {
    pub id: String,
    pub location_id: String,
    pub address_1: String,
    pub city: String,
    /// PeriLink does not record counties: always empty.
    pub state_province: String,
    pub postal_code: String,
    /// `GB`.
    pub country: String,
    /// Always `physical`.
    pub address_type: String,
}

/// One thing a venue offers for access.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, ToSchema)]
#[schema(as = OrukAccessibility)]
pub struct Accessibility {
    pub id: String,
    pub location_id: String,
    pub description: String,
    /// The same words: the UK profile's own field for them.
    pub accessibility: String,
}

/// When a session meets, as RFC 5545 RRULE parts. Times carry London's UTC offset,
/// as the schema asks, so a session that runs across a clock change has one
/// schedule for each side of it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, ToSchema)]
#[schema(as = OrukSchedule)]
pub struct Schedule {
    pub id: String,
    pub service_id: String,
    pub service_at_location_id: String,
    /// `YYYY-MM-DD`.
    pub valid_from: String,
    /// `YYYY-MM-DD`; left out while the session has no end date.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub valid_to: Option<String>,
    /// The first meeting this schedule covers, `YYYY-MM-DD`: fortnightly sessions
    /// count their weeks from it.
    pub dtstart: String,
    /// Always `WEEKLY`.
    pub freq: String,
    /// 1 for weekly, 2 for fortnightly.
    pub interval: u32,
    /// `MO` to `SU`.
    pub byday: String,
    /// `HH:MM:SS+01:00` in summer, `+00:00` in winter.
    pub opens_at: String,
    pub closes_at: String,
    pub description: String,
    pub attending_type: String,
    /// Dates ahead on which it does not meet.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub notes: Option<String>,
}

/// A language a programme is delivered in, or that an interpreter covers.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, ToSchema)]
#[schema(as = OrukLanguage)]
pub struct Language {
    pub id: String,
    pub service_id: String,
    /// The English name (HSDS 3).
    pub name: String,
    /// The ISO 639 code (HSDS 3): `ar`, `pl`, `ckb`...
    pub code: String,
    /// How it is offered, when not spoken at every session (HSDS 3).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
}

/// What a session costs.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, ToSchema)]
#[schema(as = OrukCostOption)]
pub struct CostOption {
    pub id: String,
    pub service_id: String,
    pub option: String,
    /// Pounds.
    pub amount: f64,
    pub amount_description: String,
}

/// A link from a service to a taxonomy term.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, ToSchema)]
#[schema(as = OrukAttribute)]
pub struct Attribute {
    pub id: String,
    pub link_id: String,
    /// `service_type` (the programme's kind) or `eligibility` (who it is for).
    pub link_type: String,
    pub taxonomy_term_id: String,
    /// A qualifier, such as a baby's age range (HSDS 3).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub value: Option<String>,
    pub taxonomy_term: TaxonomyTerm,
}

/// A term of one of PeriLink's taxonomies.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, ToSchema)]
#[schema(as = OrukTaxonomyTerm)]
pub struct TaxonomyTerm {
    pub id: String,
    /// The term in words.
    pub name: String,
    pub description: String,
    /// The taxonomy's name.
    pub taxonomy: String,
    pub taxonomy_id: String,
    /// The code PeriLink stores, such as `rhyme_time`.
    pub term: String,
}

/// One of PeriLink's taxonomies, with its terms.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, ToSchema)]
#[schema(as = OrukTaxonomy)]
pub struct Taxonomy {
    pub id: String,
    pub name: String,
    pub description: String,
    pub version: String,
    #[serde(default)]
    pub taxonomy_terms: Vec<TaxonomyTerm>,
}

/// What a feed is: its HSDS version, its profile and where its OpenAPI document
/// is, the first thing a validator or an importing directory reads (`GET /`).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, ToSchema)]
#[schema(as = OrukDetails)]
pub struct Details {
    /// The HSDS version.
    pub version: String,
    /// The profile's address.
    pub profile: String,
    /// The OpenAPI document of the feed's routes.
    pub openapi_url: String,
}
