//! Listings imported from other directories' Open Referral UK feeds, as
//! coordinators manage them under `/api/directory/feeds`: the feeds of her
//! organisation, each reading and what came of it, and changes from a feed to a
//! listing she has edited, waiting for her approval beside what she has now.
//!
//! Instants are RFC 3339 (UTC), dates `YYYY-MM-DD`, times of day `HH:MM` (London).

use crate::directory::{BookingMode, Format, ProgrammeKind};
use crate::directory_admin::Frequency;
use serde::{Deserialize, Serialize};

string_enum! {
    /// Which of a feed's services to import.
    FeedTake {
        /// Every service it lists.
        All = "all",
        /// Those tagged with one taxonomy term (`take_value` is the term's id).
        TaxonomyTerm = "taxonomy_term",
        /// Those whose words match (`take_value` is the words).
        Text = "text",
    }
}

string_enum! {
    /// Why a feed could not be read. Nothing is changed when one is.
    FeedProblem {
        /// No answer from its address, or not in time.
        Unreachable = "unreachable",
        /// It answered with an error (a 4xx or 5xx status).
        ServerError = "server_error",
        /// What it sent is not JSON.
        NotJson = "not_json",
        /// JSON, but not Open Referral UK services as version 3 describes them.
        WrongSchema = "wrong_schema",
        /// Its pages never end: more than it said it had, the same again, or too many.
        EndlessPages = "endless_pages",
        /// More than PeriLink reads from one feed, or a page too large.
        TooBig = "too_big",
    }
}

/// A feed to add.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct FeedInput {
    /// The feed's address, the one its `/services` is under, such as
    /// `https://example.org/openreferral`.
    pub base_url: String,
    pub take: FeedTake,
    /// The taxonomy term's id, or the words, for `taxonomy_term` and `text`.
    #[serde(default)]
    pub take_value: Option<String>,
}

/// A feed of the caller's organisation.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Feed {
    pub id: String,
    pub base_url: String,
    pub take: FeedTake,
    pub take_value: Option<String>,
    /// How often it is read again.
    pub every_hours: u32,
    pub next_run_at: String,
    /// Its latest reading, if it has been read.
    pub last_run: Option<FeedRun>,
    /// How many of its services are listed here.
    pub services: u32,
    /// How many changes wait for approval.
    pub waiting: u32,
    /// How many services it no longer lists.
    pub gone: u32,
    /// How many of its services look like listings the organisation already has,
    /// waiting for her to say whether they are the same.
    #[serde(default)]
    pub duplicates: u32,
}

/// Every feed of the caller's organisation, newest first.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct FeedList {
    pub feeds: Vec<Feed>,
}

/// One reading of a feed.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct FeedRun {
    pub id: String,
    pub started_at: String,
    pub finished_at: String,
    /// Why it could not be read; none when it was.
    pub problem: Option<FeedProblem>,
    /// What happened, in plain English.
    pub detail: String,
    pub pages: u32,
    /// Services listed here for the first time.
    pub created: u32,
    /// Listings brought up to date.
    pub updated: u32,
    /// Changes to listings edited here, waiting for approval.
    pub waiting: u32,
    /// Services the feed no longer lists (flagged, not deleted).
    pub gone: u32,
    /// Services it lists that could not be imported (no venue with a full UK
    /// postcode, a schedule PeriLink cannot keep...).
    pub skipped: u32,
}

/// A feed's readings, newest first.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct FeedRuns {
    pub runs: Vec<FeedRun>,
}

/// A venue as a feed describes it, or as it is here.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ImportedVenue {
    /// The feed's id for it (a `location`).
    pub remote_id: String,
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
}

/// A session as a feed describes it, or as it is here.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ImportedSession {
    /// The feed's id for it: its `service_at_location`, and the weekday when it
    /// meets on several.
    pub remote_id: String,
    pub venue: ImportedVenue,
    pub frequency: Frequency,
    /// 1 (Monday) to 7.
    pub weekday: u8,
    pub start_time: String,
    pub end_time: String,
    pub starts_on: String,
    pub ends_on: Option<String>,
    pub languages: Vec<String>,
    pub interpreter_languages: Vec<String>,
    pub cancelled_dates: Vec<String>,
}

/// A programme with its sessions, as a feed describes it or as it is here: the
/// two sides of a change waiting for approval.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ImportedContent {
    /// The English title.
    pub title: String,
    pub description: String,
    pub kind: ProgrammeKind,
    pub for_pregnant: bool,
    pub baby_min_months: Option<u32>,
    pub baby_max_months: Option<u32>,
    pub cost_pence: u32,
    pub booking: BookingMode,
    pub format: Format,
    pub sessions: Vec<ImportedSession>,
}

/// A service a feed brought in, and where it stands.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ImportedListing {
    /// This record's id, for approving or turning down its change.
    pub id: String,
    /// The feed's id for the service.
    pub remote_id: String,
    /// The programme it became here.
    pub programme_id: String,
    pub title: String,
    /// Whether a coordinator has changed it here since the feed last wrote it.
    pub edited_locally: bool,
    /// When the feed stopped listing it: flagged, not deleted.
    pub gone_at: Option<String>,
    /// Its sessions here (their ids) whose place and time the feed no longer
    /// lists while still listing the service: flagged, not deleted.
    #[serde(default)]
    pub gone_sessions: Vec<String>,
    /// The listing as it is here, when a change waits.
    pub current: Option<ImportedContent>,
    /// What the feed says now, waiting for approval.
    pub pending: Option<ImportedContent>,
    pub pending_since: Option<String>,
}

/// A feed's services, those waiting for approval first.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ImportedListings {
    pub listings: Vec<ImportedListing>,
}

string_enum! {
    /// What a coordinator decided about a feed's service that looks like a
    /// listing her organisation already has.
    DuplicateDecision {
        /// The same: the feed's service is tied to her listing, whose texts stay
        /// hers; the feed's later changes wait for her approval.
        Same = "same",
        /// Different: the feed's service is listed as a listing of its own.
        Different = "different",
    }
}

/// A feed's service that looks like a listing her organisation already has (a
/// session at a venue within 50 m, at overlapping times, with a similar title):
/// not imported until she decides, shown beside hers.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ImportedDuplicate {
    /// This record's id, for deciding.
    pub id: String,
    /// The feed's id for the service.
    pub remote_id: String,
    /// Her listing (a programme) it looks like.
    pub programme_id: String,
    /// How alike the titles are, from 0 to 1.
    pub similarity: f64,
    /// When a reading first found it.
    pub found_at: String,
    /// What she decided; none while it waits for her.
    pub decision: Option<DuplicateDecision>,
    pub decided_at: Option<String>,
    /// Her listing as it is here (none if it has since been removed).
    pub mine: Option<ImportedContent>,
    /// The service as the feed describes it.
    pub theirs: ImportedContent,
}

/// A feed's services that look like listings her organisation already has,
/// those waiting for her first.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ImportedDuplicates {
    pub duplicates: Vec<ImportedDuplicate>,
}
