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
//! The schemas are in `tests/standards/oruk-v3/`; `tests/integration/oruk.rs`
//! checks every response against them.

use crate::directory::Snapshot;
use crate::entity::{occurrence, organisation, programme, programme_translation, session, venue};
use chrono::{DateTime, Datelike, Duration, NaiveDate, Utc};
use perilink_shared::calendar;
use perilink_shared::directory::{BookingMode, Format, ProgrammeKind};
use sea_orm::{ColumnTrait, ConnectionTrait, DbErr, EntityTrait, QueryFilter};
use serde::Serialize;
use sha2::{Digest, Sha256};
use std::collections::{BTreeMap, HashMap, HashSet};
use utoipa::ToSchema;

/// The largest page a list returns.
pub const MAX_PER_PAGE: u32 = 100;
/// The page size when none is asked for.
pub const DEFAULT_PER_PAGE: u32 = 50;
/// How far ahead a session with no end date has its schedule worked out.
const OPEN_ENDED_HORIZON_DAYS: i64 = 366;

// ---------------------------------------------------------------------------------
// The published shapes. Optional fields are left out rather than sent as `null`:
// the schemas type them as strings or numbers, which `null` is not. Fields HSDS 3
// defines but the UK profile leaves out (`eligibility_description`, a language's
// `name` and `code`, an attribute's `value`, ...) are sent too: the profile's schemas
// allow them, and they say what the profile has no field for.
// ---------------------------------------------------------------------------------

/// ORUK's page envelope around a list.
#[derive(Clone, Debug, Serialize, ToSchema)]
#[schema(as = OrukPage)]
pub struct Page<T> {
    /// How many items there are across all pages.
    pub total_items: u64,
    /// How many pages there are.
    pub total_pages: u64,
    /// This page's number, from 1.
    pub page_number: u64,
    /// How many items this page holds.
    pub size: u64,
    pub first_page: bool,
    pub last_page: bool,
    /// True when this page holds nothing.
    pub empty: bool,
    pub contents: Vec<T>,
}

impl<T> Page<T> {
    /// Cuts one page out of `items`.
    pub fn of(items: Vec<T>, window: Window) -> Page<T> {
        let total = items.len() as u64;
        let per_page = u64::from(window.per_page);
        let total_pages = total.div_ceil(per_page);
        let page_number = u64::from(window.page);
        let skip = (page_number - 1).saturating_mul(per_page);
        let contents: Vec<T> = items
            .into_iter()
            .skip(usize::try_from(skip).unwrap_or(usize::MAX))
            .take(window.per_page as usize)
            .collect();
        Page {
            total_items: total,
            total_pages,
            page_number,
            size: contents.len() as u64,
            first_page: page_number == 1,
            last_page: page_number >= total_pages,
            empty: contents.is_empty(),
            contents,
        }
    }
}

/// Which page of a list, checked.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Window {
    /// From 1.
    pub page: u32,
    /// 1 to [`MAX_PER_PAGE`].
    pub per_page: u32,
}

impl Window {
    /// The page asked for, or why it cannot be served.
    pub fn parse(page: Option<u32>, per_page: Option<u32>) -> Result<Window, String> {
        let per_page = per_page.unwrap_or(DEFAULT_PER_PAGE);
        if !(1..=MAX_PER_PAGE).contains(&per_page) {
            return Err(format!("per_page must be 1 to {MAX_PER_PAGE}"));
        }
        let page = page.unwrap_or(1);
        if page == 0 {
            return Err("page must be 1 or more".into());
        }
        Ok(Window { page, per_page })
    }
}

/// A service: one PeriLink programme, with where and when it runs.
#[derive(Clone, Debug, Serialize, ToSchema)]
#[schema(as = OrukService)]
pub struct Service {
    pub id: String,
    pub organization_id: String,
    /// The English title.
    pub name: String,
    /// The English description.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// Always `active`: hidden programmes are not published.
    pub status: String,
    /// Who it is for, in words (HSDS 3).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub eligibility_description: Option<String>,
    /// Which languages an interpreter or bilingual facilitator covers (HSDS 3).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub interpretation_services: Option<String>,
    /// When the programme was last checked, `YYYY-MM-DD`.
    pub assured_date: String,
    /// One or more per session, linked by `service_at_location_id`.
    pub schedules: Vec<Schedule>,
    /// One per session.
    pub service_at_locations: Vec<ServiceAtLocation>,
    pub languages: Vec<Language>,
    pub organization: Organization,
    pub cost_options: Vec<CostOption>,
    /// Its kind and who it is for, as terms of PeriLink's taxonomies.
    pub attributes: Vec<Attribute>,
}

/// A service's one-to-one fields, as a list of places shows it.
#[derive(Clone, Debug, Serialize, ToSchema)]
#[schema(as = OrukServiceSummary)]
pub struct ServiceSummary {
    pub id: String,
    pub organization_id: String,
    pub name: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    pub status: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub eligibility_description: Option<String>,
    pub assured_date: String,
    pub organization: Organization,
}

/// The organisation that runs a programme.
#[derive(Clone, Debug, Serialize, ToSchema)]
#[schema(as = OrukOrganization)]
pub struct Organization {
    pub id: String,
    pub name: String,
    /// What kind of organisation it is, in words.
    pub description: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub website: Option<String>,
}

/// A session: a service at a venue. Nested in a service it carries only its
/// location (the service's schedules point at it); listed on its own it also
/// carries its service and its schedules.
#[derive(Clone, Debug, Serialize, ToSchema)]
#[schema(as = OrukServiceAtLocation)]
pub struct ServiceAtLocation {
    /// The session's id.
    pub id: String,
    pub service_id: String,
    pub location_id: String,
    pub location: Location,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub service: Option<ServiceSummary>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub schedules: Option<Vec<Schedule>>,
}

/// A venue.
#[derive(Clone, Debug, Serialize, ToSchema)]
#[schema(as = OrukLocation)]
pub struct Location {
    pub id: String,
    /// Always `physical`.
    pub location_type: String,
    pub name: String,
    pub latitude: f64,
    pub longitude: f64,
    /// Buses and trains nearby, in words (HSDS 3).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub transportation: Option<String>,
    pub addresses: Vec<Address>,
    /// What the venue offers: step-free access, buggy space, baby change,
    /// breastfeeding welcome. Only what it has is listed.
    pub accessibility: Vec<Accessibility>,
}

/// A venue's street address.
#[derive(Clone, Debug, Serialize, ToSchema)]
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
#[derive(Clone, Debug, Serialize, ToSchema)]
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
#[derive(Clone, Debug, Serialize, ToSchema)]
#[schema(as = OrukSchedule)]
pub struct Schedule {
    pub id: String,
    pub service_id: String,
    pub service_at_location_id: String,
    /// `YYYY-MM-DD`.
    pub valid_from: String,
    /// `YYYY-MM-DD`; left out while the session has no end date.
    #[serde(skip_serializing_if = "Option::is_none")]
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
    #[serde(skip_serializing_if = "Option::is_none")]
    pub notes: Option<String>,
}

/// A language a programme is delivered in, or that an interpreter covers.
#[derive(Clone, Debug, Serialize, ToSchema)]
#[schema(as = OrukLanguage)]
pub struct Language {
    pub id: String,
    pub service_id: String,
    /// The English name (HSDS 3).
    pub name: String,
    /// The ISO 639 code (HSDS 3): `ar`, `pl`, `ckb`...
    pub code: String,
    /// How it is offered, when not spoken at every session (HSDS 3).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
}

/// What a session costs.
#[derive(Clone, Debug, Serialize, ToSchema)]
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
#[derive(Clone, Debug, Serialize, ToSchema)]
#[schema(as = OrukAttribute)]
pub struct Attribute {
    pub id: String,
    pub link_id: String,
    /// `service_type` (the programme's kind) or `eligibility` (who it is for).
    pub link_type: String,
    pub taxonomy_term_id: String,
    /// A qualifier, such as a baby's age range (HSDS 3).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub value: Option<String>,
    pub taxonomy_term: TaxonomyTerm,
}

/// A term of one of PeriLink's taxonomies.
#[derive(Clone, Debug, Serialize, ToSchema)]
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
#[derive(Clone, Debug, Serialize, ToSchema)]
#[schema(as = OrukTaxonomy)]
pub struct Taxonomy {
    pub id: String,
    pub name: String,
    pub description: String,
    pub version: String,
    pub taxonomy_terms: Vec<TaxonomyTerm>,
}

// ---------------------------------------------------------------------------------
// Taxonomies: fixed, so built from constants.
// ---------------------------------------------------------------------------------

/// A taxonomy's code, name and description, and its terms' codes, names and
/// descriptions.
type TaxonomySeed = (
    &'static str,
    &'static str,
    &'static str,
    &'static [(&'static str, &'static str, &'static str)],
);

const PROGRAMME_KINDS: &str = "programme_kind";
const ELIGIBILITY: &str = "eligibility";
const PREGNANT: &str = "pregnant";
const WITH_BABY: &str = "with_baby";

const TAXONOMIES: [TaxonomySeed; 2] = [
    (
        PROGRAMME_KINDS,
        "PeriLink programme kinds",
        "What a PeriLink maternity social prescribing programme offers.",
        &[
            (
                "esol",
                "ESOL (English classes)",
                "English classes for mothers with a bump or a baby, teaching everyday English for health and baby care.",
            ),
            (
                "rhyme_time",
                "Rhyme time",
                "Songs and rhymes for parent and baby, supporting bonding and language.",
            ),
            (
                "singing",
                "Singing",
                "Group singing for mothers, such as singing for postnatal depression.",
            ),
            (
                "breastfeeding_support",
                "Breastfeeding support",
                "Peer support from trained mothers to start and keep breastfeeding.",
            ),
            (
                "advice",
                "Money and work advice",
                "Advice on benefits, maternity pay, housing and problems at work.",
            ),
            (
                "other",
                "Other support",
                "Other community support for mothers and babies.",
            ),
        ],
    ),
    (
        ELIGIBILITY,
        "PeriLink eligibility",
        "Who a PeriLink programme is for.",
        &[
            (PREGNANT, "Pregnant", "Open to women who are pregnant."),
            (
                WITH_BABY,
                "With a baby",
                "Open to mothers with a baby; the attribute's value gives the baby's age range.",
            ),
        ],
    ),
];

/// Every taxonomy PeriLink publishes, with its terms.
pub fn taxonomies() -> Vec<Taxonomy> {
    TAXONOMIES
        .iter()
        .map(|(code, name, description, terms)| Taxonomy {
            id: taxonomy_id(code),
            name: (*name).into(),
            description: (*description).into(),
            version: "1".into(),
            taxonomy_terms: terms
                .iter()
                .map(|(term, _, _)| taxonomy_term(code, term))
                .collect(),
        })
        .collect()
}

/// Every term of every taxonomy, in order.
pub fn taxonomy_terms() -> Vec<TaxonomyTerm> {
    taxonomies().into_iter().flat_map(|t| t.taxonomy_terms).collect()
}

fn taxonomy_id(code: &str) -> String {
    derived_id("taxonomy", &[code])
}

/// A term by its taxonomy's code and its own; an unknown kind is `other`.
fn taxonomy_term(taxonomy: &str, term: &str) -> TaxonomyTerm {
    let (code, taxonomy_name, _, terms) = TAXONOMIES
        .iter()
        .find(|t| t.0 == taxonomy)
        .unwrap_or(&TAXONOMIES[0]);
    let (term, name, description) = terms
        .iter()
        .find(|t| t.0 == term)
        .or_else(|| terms.last())
        .copied()
        .unwrap_or(("other", "Other", "Other."));
    TaxonomyTerm {
        id: derived_id("taxonomy_term", &[code, term]),
        name: name.into(),
        description: description.into(),
        taxonomy: (*taxonomy_name).into(),
        taxonomy_id: taxonomy_id(code),
        term: term.into(),
    }
}

// ---------------------------------------------------------------------------------
// Reading the directory.
// ---------------------------------------------------------------------------------

/// A published programme and its published sessions.
struct Listed {
    programme: programme::Model,
    name: String,
    description: Option<String>,
    /// In order of weekday, start time and venue.
    sessions: Vec<session::Model>,
}

/// The published part of the directory, read in a few queries.
pub struct Catalogue {
    organisations: HashMap<String, organisation::Model>,
    venues: HashMap<String, venue::Model>,
    /// In order of name.
    listed: Vec<Listed>,
    /// Cancelled dates from today on, by session.
    cancelled: HashMap<String, Vec<NaiveDate>>,
    today: NaiveDate,
}

impl Catalogue {
    /// Reads every published programme, or only `programme_id` when given.
    pub async fn load(
        db: &impl ConnectionTrait,
        programme_id: Option<&str>,
        now: DateTime<Utc>,
    ) -> Result<Catalogue, DbErr> {
        let today = london_date(now.timestamp());
        let mut programmes = programme::Entity::find();
        let mut texts = programme_translation::Entity::find();
        let mut sessions = session::Entity::find();
        if let Some(id) = programme_id {
            programmes = programmes.filter(programme::Column::Id.eq(id));
            texts = texts.filter(programme_translation::Column::ProgrammeId.eq(id));
            sessions = sessions.filter(session::Column::ProgrammeId.eq(id));
        }
        let programmes = programmes.all(db).await?;
        let texts = texts.all(db).await?;
        let sessions = sessions.all(db).await?;
        let venues: HashMap<String, venue::Model> = venue::Entity::find()
            .all(db)
            .await?
            .into_iter()
            .map(|v| (v.id.clone(), v))
            .collect();
        let organisations: HashMap<String, organisation::Model> = organisation::Entity::find()
            .all(db)
            .await?
            .into_iter()
            .map(|o| (o.id.clone(), o))
            .collect();

        let now = now.timestamp();
        let mut by_programme: HashMap<String, Vec<session::Model>> = HashMap::new();
        for s in sessions {
            by_programme.entry(s.programme_id.clone()).or_default().push(s);
        }
        let mut listed = Vec::new();
        for p in programmes {
            if !organisations.contains_key(&p.organisation_id) {
                continue;
            }
            let mut shown: Vec<session::Model> = by_programme
                .remove(&p.id)
                .unwrap_or_default()
                .into_iter()
                .filter(|s| {
                    venues.get(&s.venue_id).is_some_and(|v| {
                        Snapshot::is_current(
                            s.assured_at.min(p.assured_at).min(v.assured_at).timestamp(),
                            now,
                        )
                    })
                })
                .collect();
            // A programme is hidden when all its sessions are and it is stale itself.
            if shown.is_empty() && !Snapshot::is_current(p.assured_at.timestamp(), now) {
                continue;
            }
            shown.sort_by(|a, b| {
                let venue_name = |s: &session::Model| venues.get(&s.venue_id).map(|v| v.name.clone());
                (a.weekday, &a.start_time, venue_name(a), &a.id).cmp(&(
                    b.weekday,
                    &b.start_time,
                    venue_name(b),
                    &b.id,
                ))
            });
            let own: Vec<&programme_translation::Model> =
                texts.iter().filter(|t| t.programme_id == p.id).collect();
            let text = own
                .iter()
                .find(|t| t.language == "en")
                .or_else(|| own.iter().min_by(|a, b| a.language.cmp(&b.language)));
            listed.push(Listed {
                name: text.map(|t| t.title.clone()).unwrap_or_default(),
                description: text
                    .map(|t| t.description.clone())
                    .filter(|d| !d.trim().is_empty()),
                programme: p,
                sessions: shown,
            });
        }
        listed.sort_by(|a, b| (&a.name, &a.programme.id).cmp(&(&b.name, &b.programme.id)));

        let shown_ids: Vec<String> = listed
            .iter()
            .flat_map(|l| l.sessions.iter().map(|s| s.id.clone()))
            .collect();
        let mut cancelled: HashMap<String, Vec<NaiveDate>> = HashMap::new();
        if !shown_ids.is_empty() {
            let mut query = occurrence::Entity::find()
                .filter(occurrence::Column::Cancelled.eq(true))
                .filter(occurrence::Column::Date.gte(today));
            if programme_id.is_some() {
                query = query.filter(occurrence::Column::SessionId.is_in(shown_ids.clone()));
            }
            let shown: HashSet<&String> = shown_ids.iter().collect();
            for o in query.all(db).await? {
                if shown.contains(&o.session_id) {
                    cancelled.entry(o.session_id).or_default().push(o.date);
                }
            }
            for dates in cancelled.values_mut() {
                dates.sort();
                dates.dedup();
            }
        }
        Ok(Catalogue {
            organisations,
            venues,
            listed,
            cancelled,
            today,
        })
    }

    /// Every published service, in order of name.
    pub fn services(&self) -> Vec<Service> {
        self.listed.iter().map(|l| self.service(l)).collect()
    }

    /// A published service by id.
    pub fn service_by_id(&self, id: &str) -> Option<Service> {
        self.listed
            .iter()
            .find(|l| l.programme.id == id)
            .map(|l| self.service(l))
    }

    /// Every published session, in order of service name, weekday, time and venue.
    pub fn service_at_locations(&self) -> Vec<ServiceAtLocation> {
        self.listed
            .iter()
            .flat_map(|l| l.sessions.iter().filter_map(move |s| self.listing(l, s)))
            .collect()
    }

    /// A published session by id.
    pub fn service_at_location_by_id(&self, id: &str) -> Option<ServiceAtLocation> {
        self.listed.iter().find_map(|l| {
            l.sessions
                .iter()
                .find(|s| s.id == id)
                .and_then(|s| self.listing(l, s))
        })
    }

    fn organization(&self, l: &Listed) -> Organization {
        let o = self.organisations.get(&l.programme.organisation_id);
        Organization {
            id: l.programme.organisation_id.clone(),
            name: o.map(|o| o.name.clone()).unwrap_or_default(),
            description: o
                .map(|o| organisation_kind(&o.kind))
                .unwrap_or("An organisation")
                .into(),
            website: o
                .and_then(|o| o.website.clone())
                .filter(|w| w.starts_with("https://") || w.starts_with("http://")),
        }
    }

    fn summary(&self, l: &Listed) -> ServiceSummary {
        let p = &l.programme;
        ServiceSummary {
            id: p.id.clone(),
            organization_id: p.organisation_id.clone(),
            name: l.name.clone(),
            description: l.description.clone(),
            status: "active".into(),
            eligibility_description: eligibility(p),
            assured_date: iso(london_date(p.assured_at.timestamp())),
            organization: self.organization(l),
        }
    }

    fn service(&self, l: &Listed) -> Service {
        let p = &l.programme;
        let summary = self.summary(l);
        let schedules = l.sessions.iter().flat_map(|s| self.schedules(p, s)).collect();
        let service_at_locations = l
            .sessions
            .iter()
            .filter_map(|s| {
                Some(ServiceAtLocation {
                    id: s.id.clone(),
                    service_id: p.id.clone(),
                    location_id: s.venue_id.clone(),
                    location: location(self.venues.get(&s.venue_id)?),
                    service: None,
                    schedules: None,
                })
            })
            .collect();
        Service {
            id: summary.id,
            organization_id: summary.organization_id,
            name: summary.name,
            description: summary.description,
            status: summary.status,
            eligibility_description: summary.eligibility_description,
            interpretation_services: interpretation(&l.sessions),
            assured_date: summary.assured_date,
            schedules,
            service_at_locations,
            languages: languages(&p.id, &l.sessions),
            organization: summary.organization,
            cost_options: vec![cost_option(p)],
            attributes: attributes(p),
        }
    }

    fn listing(&self, l: &Listed, s: &session::Model) -> Option<ServiceAtLocation> {
        Some(ServiceAtLocation {
            id: s.id.clone(),
            service_id: l.programme.id.clone(),
            location_id: s.venue_id.clone(),
            location: location(self.venues.get(&s.venue_id)?),
            service: Some(self.summary(l)),
            schedules: Some(self.schedules(&l.programme, s)),
        })
    }

    fn schedules(&self, p: &programme::Model, s: &session::Model) -> Vec<Schedule> {
        let cancelled = self.cancelled.get(&s.id).map(Vec::as_slice).unwrap_or_default();
        schedules(p, s, cancelled, self.today)
    }
}

// ---------------------------------------------------------------------------------
// Mapping, one piece at a time.
// ---------------------------------------------------------------------------------

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

fn organisation_kind(kind: &str) -> &'static str {
    match kind {
        "nhs_trust" => "An NHS trust.",
        "library_service" => "A library service.",
        "charity" => "A charity.",
        "council" => "A council.",
        _ => "An organisation.",
    }
}

/// Who a programme is for, in words.
fn eligibility(p: &programme::Model) -> Option<String> {
    let baby = match (p.baby_min_months, p.baby_max_months) {
        (Some(lo), Some(hi)) => Some(format!("a baby aged {lo} to {hi} months")),
        (Some(lo), None) => Some(format!("a baby aged {lo} months or more")),
        (None, Some(hi)) => Some(format!("a baby aged up to {hi} months")),
        (None, None) => None,
    };
    match (p.for_pregnant, baby) {
        (true, Some(baby)) => Some(format!("For women who are pregnant, and mothers with {baby}.")),
        (false, Some(baby)) => Some(format!("For mothers with {baby}.")),
        (true, None) => Some("For women who are pregnant.".into()),
        (false, None) => None,
    }
}

/// The baby's age range, as an attribute's value.
fn baby_months(p: &programme::Model) -> Option<String> {
    match (p.baby_min_months, p.baby_max_months) {
        (Some(lo), Some(hi)) => Some(format!("{lo}-{hi} months")),
        (Some(lo), None) => Some(format!("{lo}+ months")),
        (None, Some(hi)) => Some(format!("0-{hi} months")),
        (None, None) => None,
    }
}

fn attributes(p: &programme::Model) -> Vec<Attribute> {
    let kind = p.kind.parse::<ProgrammeKind>().unwrap_or(ProgrammeKind::Other);
    let mut links = vec![(
        "service_type",
        taxonomy_term(PROGRAMME_KINDS, kind.as_str()),
        None,
    )];
    if p.for_pregnant {
        links.push(("eligibility", taxonomy_term(ELIGIBILITY, PREGNANT), None));
    }
    if let Some(months) = baby_months(p) {
        links.push(("eligibility", taxonomy_term(ELIGIBILITY, WITH_BABY), Some(months)));
    }
    links
        .into_iter()
        .map(|(link_type, term, value)| Attribute {
            id: derived_id("attribute", &[&p.id, &term.id]),
            link_id: p.id.clone(),
            link_type: link_type.into(),
            taxonomy_term_id: term.id.clone(),
            value,
            taxonomy_term: term,
        })
        .collect()
}

fn cost_option(p: &programme::Model) -> CostOption {
    let pence = p.cost_pence.max(0);
    let (option, description) = if pence == 0 {
        ("Free".to_owned(), "Free".to_owned())
    } else {
        (
            "Per session".to_owned(),
            format!("£{}.{:02} per session", pence / 100, pence % 100),
        )
    };
    CostOption {
        id: derived_id("cost_option", &[&p.id]),
        service_id: p.id.clone(),
        option,
        amount: f64::from(pence) / 100.0,
        amount_description: description,
    }
}

fn location(v: &venue::Model) -> Location {
    let offers = [
        (v.step_free, "step_free", "Step-free access"),
        (v.buggy_space, "buggy_space", "Space for buggies and pushchairs"),
        (v.baby_change, "baby_change", "Baby changing facilities"),
        (
            v.breastfeeding_welcome,
            "breastfeeding_welcome",
            "Breastfeeding welcome",
        ),
    ];
    Location {
        id: v.id.clone(),
        location_type: "physical".into(),
        name: v.name.clone(),
        latitude: v.lat,
        longitude: v.lon,
        transportation: v.bus_routes.clone().filter(|b| !b.trim().is_empty()),
        addresses: vec![Address {
            id: derived_id("address", &[&v.id]),
            location_id: v.id.clone(),
            address_1: v.address.clone(),
            city: v.town.clone(),
            state_province: String::new(),
            postal_code: v.postcode.clone(),
            country: "GB".into(),
            address_type: "physical".into(),
        }],
        accessibility: offers
            .into_iter()
            .filter(|(has, _, _)| *has)
            .map(|(_, code, words)| Accessibility {
                id: derived_id("accessibility", &[&v.id, code]),
                location_id: v.id.clone(),
                description: words.into(),
                accessibility: words.into(),
            })
            .collect(),
    }
}

fn split_tags(tags: &str) -> impl Iterator<Item = &str> {
    tags.split_whitespace()
}

/// A BCP 47 tag's ISO 639 code: its primary subtag, lower case (`zh-Hans` is `zh`).
fn iso639(tag: &str) -> String {
    tag.split('-').next().unwrap_or(tag).to_ascii_lowercase()
}

/// The English name of a language by its ISO 639 code, or the code itself.
fn language_name(code: &str) -> String {
    let name = match code {
        "en" => "English",
        "ar" => "Arabic",
        "pl" => "Polish",
        "pt" => "Portuguese",
        "ro" => "Romanian",
        "ckb" => "Kurdish (Sorani)",
        "kmr" => "Kurdish (Kurmanji)",
        "ku" => "Kurdish",
        "fa" => "Persian (Farsi)",
        "prs" => "Dari",
        "ps" => "Pashto",
        "ur" => "Urdu",
        "bn" => "Bengali",
        "pa" => "Punjabi",
        "gu" => "Gujarati",
        "hi" => "Hindi",
        "so" => "Somali",
        "ti" => "Tigrinya",
        "am" => "Amharic",
        "zh" => "Chinese",
        "yue" => "Cantonese",
        "cmn" => "Mandarin",
        "fr" => "French",
        "es" => "Spanish",
        "it" => "Italian",
        "de" => "German",
        "lt" => "Lithuanian",
        "lv" => "Latvian",
        "sk" => "Slovak",
        "cs" => "Czech",
        "bg" => "Bulgarian",
        "hu" => "Hungarian",
        "uk" => "Ukrainian",
        "ru" => "Russian",
        "tr" => "Turkish",
        "sq" => "Albanian",
        "sw" => "Swahili",
        "yo" => "Yoruba",
        "ig" => "Igbo",
        "cy" => "Welsh",
        "bsl" | "sgn" => "British Sign Language",
        _ => return code.to_owned(),
    };
    name.to_owned()
}

/// The languages a programme's sessions are delivered in, then those only an
/// interpreter or bilingual facilitator covers.
fn languages(programme_id: &str, sessions: &[session::Model]) -> Vec<Language> {
    // code -> (sessions delivered in it, sessions with an interpreter for it)
    let mut seen: BTreeMap<String, (usize, usize)> = BTreeMap::new();
    let mut order: Vec<String> = Vec::new();
    for s in sessions {
        let delivered: HashSet<String> = split_tags(&s.languages).map(iso639).collect();
        let interpreted: HashSet<String> = split_tags(&s.interpreter_languages)
            .map(iso639)
            .filter(|c| !delivered.contains(c))
            .collect();
        for code in split_tags(&s.languages).map(iso639) {
            if !order.contains(&code) {
                order.push(code.clone());
            }
        }
        for code in &delivered {
            seen.entry(code.clone()).or_default().0 += 1;
        }
        for code in &interpreted {
            seen.entry(code.clone()).or_default().1 += 1;
        }
    }
    // Delivered languages in the order sessions list them, then interpreted ones.
    let mut interpreted_only: Vec<&String> = seen
        .iter()
        .filter(|(_, (d, _))| *d == 0)
        .map(|(c, _)| c)
        .collect();
    interpreted_only.sort();
    let codes: Vec<String> = order
        .into_iter()
        .chain(interpreted_only.into_iter().cloned())
        .collect();
    let all = sessions.len();
    codes
        .into_iter()
        .map(|code| {
            let (delivered, interpreted) = seen.get(&code).copied().unwrap_or_default();
            let note = if delivered == all {
                None
            } else if delivered > 0 {
                Some(if interpreted > 0 {
                    "Spoken at some sessions; an interpreter or bilingual facilitator covers it at others."
                } else {
                    "Spoken at some sessions."
                })
            } else if interpreted == all {
                Some("Through an interpreter or bilingual facilitator.")
            } else {
                Some("Through an interpreter or bilingual facilitator at some sessions.")
            };
            Language {
                id: derived_id("language", &[programme_id, &code]),
                service_id: programme_id.into(),
                name: language_name(&code),
                note: note.map(Into::into),
                code,
            }
        })
        .collect()
}

/// Which languages interpreters or bilingual facilitators cover, in words.
fn interpretation(sessions: &[session::Model]) -> Option<String> {
    let mut names: Vec<String> = Vec::new();
    for s in sessions.iter().filter(|s| s.interpreter) {
        for name in split_tags(&s.interpreter_languages).map(|t| language_name(&iso639(t))) {
            if !names.contains(&name) {
                names.push(name);
            }
        }
    }
    (!names.is_empty()).then(|| {
        format!(
            "An interpreter or bilingual facilitator at some sessions, for {}.",
            names.join(", ")
        )
    })
}

const BYDAY: [&str; 7] = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"];
const DAY_NAMES: [&str; 7] = [
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
];

/// `HH:MM` as minutes after midnight, if it is one.
fn parse_minutes(time: &str) -> Option<u32> {
    let (h, m) = time.trim().split_once(':')?;
    let (h, m): (u32, u32) = (h.parse().ok()?, m.get(..2).unwrap_or(m).parse().ok()?);
    (h < 24 && m < 60).then_some(h * 60 + m)
}

fn day_number(date: NaiveDate) -> i64 {
    calendar::days_from_civil(date.year(), date.month(), date.day())
}

/// London's UTC offset, in seconds, at a London wall-clock time.
fn london_offset_at(date: NaiveDate, minute: u32) -> i64 {
    let local = day_number(date) * 86_400 + i64::from(minute) * 60;
    if calendar::london_offset_seconds(local - 3_600) == 3_600 {
        3_600
    } else {
        0
    }
}

/// `HH:MM:SS+01:00`.
fn time_with_offset(minute: u32, offset_seconds: i64) -> String {
    format!(
        "{:02}:{:02}:00+{:02}:{:02}",
        minute / 60,
        minute % 60,
        offset_seconds / 3_600,
        offset_seconds % 3_600 / 60
    )
}

/// A run of meetings with the same UTC offsets.
struct Stretch {
    offsets: (i64, i64),
    first: NaiveDate,
    last: NaiveDate,
}

/// A session's schedules: one for each stretch between clock changes, from the one
/// that covers today (or its last, when it has ended) on.
fn schedules(
    p: &programme::Model,
    s: &session::Model,
    cancelled: &[NaiveDate],
    today: NaiveDate,
) -> Vec<Schedule> {
    let weekday = s.weekday.clamp(1, 7) as usize;
    let interval: u32 = if s.frequency == "fortnightly" { 2 } else { 1 };
    let (opens, closes) = (
        parse_minutes(&s.start_time).unwrap_or(0),
        parse_minutes(&s.end_time).unwrap_or(0),
    );
    let mut first = s.starts_on;
    while first.weekday().number_from_monday() as usize != weekday {
        first += Duration::days(1);
    }
    let until = s
        .ends_on
        .unwrap_or_else(|| today.max(s.starts_on) + Duration::days(OPEN_ENDED_HORIZON_DAYS));
    let offsets = |d: NaiveDate| (london_offset_at(d, opens), london_offset_at(d, closes));

    let mut stretches: Vec<Stretch> = Vec::new();
    let mut date = first;
    while date <= until {
        let o = offsets(date);
        match stretches.last_mut() {
            Some(last) if last.offsets == o => last.last = date,
            _ => stretches.push(Stretch {
                offsets: o,
                first: date,
                last: date,
            }),
        }
        date += Duration::weeks(i64::from(interval));
    }
    if stretches.is_empty() {
        // No meeting falls between its dates: still say when it would have run.
        stretches.push(Stretch {
            offsets: offsets(first),
            first,
            last: first,
        });
    }

    let count = stretches.len();
    let mut out: Vec<(NaiveDate, Option<NaiveDate>, &Stretch)> = Vec::with_capacity(count);
    for (i, stretch) in stretches.iter().enumerate() {
        let valid_from = match i {
            0 => s.starts_on,
            _ => stretches[i - 1].last + Duration::days(1),
        };
        let valid_to = if i + 1 == count {
            s.ends_on
        } else {
            Some(stretch.last)
        };
        out.push((valid_from, valid_to, stretch));
    }
    // Stretches wholly in the past are of no use to anyone importing; keep the last.
    while out.len() > 1 && out[0].1.is_some_and(|to| to < today) {
        out.remove(0);
    }

    let day = DAY_NAMES[weekday - 1];
    let every = if interval == 2 { "Every other" } else { "Every" };
    let description = format!(
        "{every} {day}, {} to {} (UK time).",
        s.start_time.trim(),
        s.end_time.trim()
    );
    let attending = attending_type(p);
    out.into_iter()
        .map(|(valid_from, valid_to, stretch)| {
            let skipped: Vec<String> = cancelled
                .iter()
                .filter(|d| **d >= valid_from && valid_to.is_none_or(|to| **d <= to))
                .map(|d| iso(*d))
                .collect();
            Schedule {
                id: derived_id("schedule", &[&s.id, &iso(stretch.first)]),
                service_id: p.id.clone(),
                service_at_location_id: s.id.clone(),
                valid_from: iso(valid_from),
                valid_to: valid_to.map(iso),
                dtstart: iso(stretch.first),
                freq: "WEEKLY".into(),
                interval,
                byday: BYDAY[weekday - 1].into(),
                opens_at: time_with_offset(opens, stretch.offsets.0),
                closes_at: time_with_offset(closes, stretch.offsets.1),
                description: description.clone(),
                attending_type: attending.into(),
                notes: (!skipped.is_empty()).then(|| format!("Not running on {}.", skipped.join(", "))),
            }
        })
        .collect()
}

fn attending_type(p: &programme::Model) -> &'static str {
    match (
        p.booking.parse().unwrap_or(BookingMode::DropIn),
        p.format.parse().unwrap_or(Format::Ongoing),
    ) {
        (BookingMode::DropIn, _) => "In person. Drop in: no need to book.",
        (BookingMode::Booking, Format::Course) => "In person. A course: book a place for the whole course.",
        (BookingMode::Booking, Format::Ongoing) => "In person. Book a place for each session.",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn date(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    fn at(y: i32, m: u32, d: u32) -> DateTime<Utc> {
        date(y, m, d).and_hms_opt(12, 0, 0).unwrap().and_utc()
    }

    fn programme() -> programme::Model {
        programme::Model {
            id: "p1".into(),
            organisation_id: "o1".into(),
            kind: "rhyme_time".into(),
            for_pregnant: true,
            baby_min_months: Some(0),
            baby_max_months: Some(12),
            cost_pence: 0,
            booking: "drop_in".into(),
            format: "ongoing".into(),
            owner_id: "u1".into(),
            assured_at: at(2026, 10, 1),
            created_at: at(2026, 1, 1),
        }
    }

    fn session(frequency: &str, starts_on: NaiveDate, ends_on: Option<NaiveDate>) -> session::Model {
        session::Model {
            id: "s1".into(),
            programme_id: "p1".into(),
            venue_id: "v1".into(),
            host_id: "h1".into(),
            frequency: frequency.into(),
            weekday: 1,
            start_time: "10:30".into(),
            end_time: "11:00".into(),
            starts_on,
            ends_on,
            capacity: None,
            languages: "en ar".into(),
            interpreter: true,
            interpreter_languages: "fa ar".into(),
            enrolled: 0,
            owner_id: "u1".into(),
            assured_at: at(2026, 10, 1),
            created_at: at(2026, 1, 1),
        }
    }

    #[test]
    fn a_winter_term_is_one_weekly_schedule_in_utc() {
        let s = session("weekly", date(2026, 11, 2), Some(date(2026, 12, 14)));
        let out = schedules(&programme(), &s, &[date(2026, 11, 30)], date(2026, 11, 10));
        assert_eq!(out.len(), 1);
        let only = &out[0];
        assert_eq!(
            (only.freq.as_str(), only.interval, only.byday.as_str()),
            ("WEEKLY", 1, "MO")
        );
        assert_eq!(only.opens_at, "10:30:00+00:00");
        assert_eq!(only.closes_at, "11:00:00+00:00");
        assert_eq!(only.valid_from, "2026-11-02");
        assert_eq!(only.valid_to.as_deref(), Some("2026-12-14"));
        assert_eq!(only.dtstart, "2026-11-02");
        assert_eq!(only.notes.as_deref(), Some("Not running on 2026-11-30."));
    }

    #[test]
    fn a_term_across_the_clock_change_splits_at_it() {
        // Clocks go forward on Sunday 28 March 2027.
        let s = session("fortnightly", date(2027, 3, 1), Some(date(2027, 4, 30)));
        let out = schedules(&programme(), &s, &[], date(2027, 2, 1));
        assert_eq!(out.len(), 2, "{out:?}");
        assert_eq!(
            (
                out[0].valid_from.as_str(),
                out[0].valid_to.as_deref(),
                out[0].dtstart.as_str()
            ),
            ("2027-03-01", Some("2027-03-15"), "2027-03-01")
        );
        assert_eq!(out[0].opens_at, "10:30:00+00:00");
        assert_eq!(
            (
                out[1].valid_from.as_str(),
                out[1].valid_to.as_deref(),
                out[1].dtstart.as_str()
            ),
            ("2027-03-16", Some("2027-04-30"), "2027-03-29")
        );
        assert_eq!(out[1].opens_at, "10:30:00+01:00");
        assert!(out.iter().all(|s| s.interval == 2));
        assert_ne!(out[0].id, out[1].id);
    }

    #[test]
    fn an_open_ended_session_keeps_its_last_schedule_open() {
        let s = session("weekly", date(2026, 6, 1), None);
        let out = schedules(&programme(), &s, &[], date(2026, 7, 1));
        let last = out.last().unwrap();
        assert!(last.valid_to.is_none());
        assert_eq!(out[0].valid_from, "2026-06-01");
        assert_eq!(out[0].opens_at, "10:30:00+01:00");
    }

    #[test]
    fn stretches_already_over_are_dropped() {
        let s = session("weekly", date(2026, 6, 1), Some(date(2027, 1, 25)));
        let out = schedules(&programme(), &s, &[], date(2026, 12, 1));
        assert_eq!(out.len(), 1);
        assert_eq!(out[0].valid_from, "2026-10-20");
        assert_eq!(out[0].dtstart, "2026-10-26");
        assert_eq!(out[0].valid_to.as_deref(), Some("2027-01-25"));
        assert_eq!(out[0].opens_at, "10:30:00+00:00");
    }

    #[test]
    fn languages_are_iso_639_codes_with_interpreted_ones_noted() {
        let mut zh = session("weekly", date(2026, 6, 1), None);
        zh.id = "s2".into();
        zh.languages = "en zh-Hans".into();
        zh.interpreter = false;
        zh.interpreter_languages = String::new();
        let out = languages("p1", &[session("weekly", date(2026, 6, 1), None), zh]);
        let codes: Vec<&str> = out.iter().map(|l| l.code.as_str()).collect();
        assert_eq!(codes, ["en", "ar", "zh", "fa"]);
        assert_eq!(out[0].note, None);
        assert_eq!(out[1].note.as_deref(), Some("Spoken at some sessions."));
        assert_eq!(out[2].name, "Chinese");
        assert_eq!(
            out[3].note.as_deref(),
            Some("Through an interpreter or bilingual facilitator at some sessions.")
        );
    }

    #[test]
    fn a_free_programme_has_a_free_cost_option_and_a_priced_one_says_its_price() {
        let mut p = programme();
        assert_eq!(cost_option(&p).amount, 0.0);
        assert_eq!(cost_option(&p).option, "Free");
        p.cost_pence = 250;
        let priced = cost_option(&p);
        assert_eq!(priced.amount, 2.5);
        assert_eq!(priced.amount_description, "£2.50 per session");
    }

    #[test]
    fn eligibility_names_pregnancy_and_the_babys_age() {
        let p = programme();
        assert_eq!(
            eligibility(&p).as_deref(),
            Some("For women who are pregnant, and mothers with a baby aged 0 to 12 months.")
        );
        let attributes = attributes(&p);
        let terms: Vec<&str> = attributes.iter().map(|a| a.taxonomy_term.term.as_str()).collect();
        assert_eq!(terms, ["rhyme_time", "pregnant", "with_baby"]);
        assert_eq!(attributes[2].value.as_deref(), Some("0-12 months"));
    }

    #[test]
    fn derived_ids_are_stable_uuids() {
        let a = derived_id("schedule", &["s1", "2026-11-02"]);
        assert_eq!(a, derived_id("schedule", &["s1", "2026-11-02"]));
        assert_ne!(a, derived_id("schedule", &["s1", "2026-11-09"]));
        assert_ne!(derived_id("x", &["ab", "c"]), derived_id("x", &["a", "bc"]));
        assert!(uuid::Uuid::parse_str(&a).is_ok());
    }

    #[test]
    fn pages_count_from_one_and_say_where_they_are() {
        let window = Window::parse(Some(2), Some(2)).unwrap();
        let page = Page::of(vec![1, 2, 3, 4, 5], window);
        assert_eq!(page.contents, [3, 4]);
        assert_eq!((page.total_items, page.total_pages, page.size), (5, 3, 2));
        assert!(!page.first_page && !page.last_page && !page.empty);
        let past = Page::of(vec![1], Window::parse(Some(3), None).unwrap());
        assert!(past.empty && past.last_page);
        assert!(Window::parse(Some(0), None).is_err());
        assert!(Window::parse(None, Some(101)).is_err());
        assert_eq!(Window::parse(None, None).unwrap().per_page, DEFAULT_PER_PAGE);
    }

    #[test]
    fn every_term_belongs_to_its_taxonomy() {
        for taxonomy in taxonomies() {
            for term in &taxonomy.taxonomy_terms {
                assert_eq!(term.taxonomy_id, taxonomy.id);
            }
        }
        assert_eq!(taxonomy_terms().len(), 8);
        assert_eq!(taxonomy_term(PROGRAMME_KINDS, "nonsense").term, "other");
    }
}
