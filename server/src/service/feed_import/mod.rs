//! Importing listings from other directories' Open Referral UK v3 feeds (issue 21).
//!
//! A coordinator adds a feed for her organisation: its address, and which of its
//! services to take (all, those under one taxonomy term, or those matching words).
//! Each reading ([`run_feed`]) goes in three steps, and the first two write nothing:
//!
//! 1. **Read** ([`fetch`]). The first reading pages through every service. Later
//!    ones page through the list again with each page's ETag, so an unchanged
//!    page costs a `304` and no body, and only if something changed ask for the
//!    services `modified_after` the last good reading. A feed that is not JSON, not
//!    ORUK v3, answers with an error or pages without end is refused here, in plain
//!    words, and nothing changes.
//! 2. **Check** ([`content`]). Each service becomes a programme with its sessions
//!    and venues, checked as a coordinator's edit is checked. A service PeriLink
//!    cannot list (no venue with a full UK postcode...) is skipped and named.
//! 3. **Write**, through the same functions a coordinator's edits use
//!    ([`crate::service::listings_admin`]), as the coordinator who added the feed,
//!    into listings owned by her organisation. `feed_listings` records where each
//!    came from. A listing someone has edited here since the feed last wrote it is
//!    not overwritten: the feed's change waits for approval. A service the feed no
//!    longer lists is flagged, never deleted. A new service that looks like a
//!    listing her organisation already has (same venue, overlapping times, a
//!    similar title: [`duplicates`]) is not written but waits for her to say
//!    whether it is the same ([`merging`]).
//!
//! [`spawn_job`] reads each feed again when it is due (every 24 hours by default).

mod approving;
pub mod content;
pub mod duplicates;
pub mod merging;
mod schedule;

pub use approving::{approve, list_listings, reject};
pub use schedule::{run_due, run_now, spawn_job};

use crate::auth::scope::Viewer;
use crate::directory::Directory;
use crate::entity::{directory_feed, directory_feed_run, feed_listing, user};
use crate::error::AppError;
use crate::service::audit::{self, AuditEntry};
use crate::service::fetch::{self, FeedClient, KnownPage, Pass, Refusal};
use crate::service::listings_admin::{self as admin, Editor};
use chrono::{DateTime, Duration, SecondsFormat, Utc};
use content::{content_of, hash, local_content};
use perilink_shared::auth::Role;
use perilink_shared::directory_admin::{ProgrammeInput, ProgrammeText, SessionInput, VenueInput};
use perilink_shared::feeds::{
    Feed, FeedInput, FeedProblem, FeedRun, FeedTake, ImportedContent, ImportedListing, ImportedSession,
    ImportedVenue,
};
use sea_orm::sea_query::Expr;
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DatabaseConnection, EntityTrait, IntoActiveModel,
    QueryFilter, QueryOrder, QuerySelect, Set,
};
use std::collections::{HashMap, HashSet};
use std::sync::Arc;

/// How often a feed is read again, unless it says otherwise.
pub const DEFAULT_EVERY_HOURS: i32 = 24;
/// How often the job looks for feeds that are due.
pub const JOB_INTERVAL: std::time::Duration = std::time::Duration::from_secs(60);
/// How far before the last good reading `modified_after` reaches, for clocks that
/// disagree.
const CLOCK_SLACK_MINUTES: i64 = 10;
/// How many readings of a feed are listed.
const RUNS_LISTED: u64 = 20;
/// How many skipped services a reading names.
const SKIPS_NAMED: usize = 5;

const SERVICE: &str = "service";
const LOCATION: &str = "location";
const SESSION: &str = "session";

fn new_id() -> String {
    uuid::Uuid::new_v4().to_string()
}

fn iso(at: DateTime<Utc>) -> String {
    at.to_rfc3339_opts(SecondsFormat::Secs, true)
}

fn take_of(m: &directory_feed::Model) -> Result<FeedTake, sea_orm::DbErr> {
    crate::db::column::column(&m.take, "directory_feeds", "take", &m.id)
}

// ------------------------------------------------------------------ feeds

/// The caller's organisation, which feeds belong to: only a coordinator has one.
fn organisation_of(viewer: &Viewer) -> Result<&str, AppError> {
    match (viewer.role, viewer.organisation_id.as_deref()) {
        (Role::Coordinator, Some(org)) => Ok(org),
        _ => Err(AppError::Forbidden),
    }
}

/// A feed of the caller's organisation: 404 when there is none (another
/// organisation's feed is not hers to know of).
pub async fn feed_of(
    db: &impl ConnectionTrait,
    viewer: &Viewer,
    id: &str,
) -> Result<directory_feed::Model, AppError> {
    let org = organisation_of(viewer)?;
    directory_feed::Entity::find_by_id(id)
        .filter(directory_feed::Column::OrganisationId.eq(org))
        .one(db)
        .await?
        .ok_or(AppError::NotFound)
}

/// Adds a feed for the caller's organisation, to be read within a minute. A feed
/// on a private or local network address is refused (`feed_address_refused`).
pub async fn add_feed(
    db: &DatabaseConnection,
    client: &FeedClient,
    viewer: &Viewer,
    input: FeedInput,
) -> Result<Feed, AppError> {
    let org = organisation_of(viewer)?.to_owned();
    let base = fetch::parse_base(&input.base_url).map_err(AppError::Validation)?;
    client
        .check_address(&base)
        .await
        .map_err(|why| AppError::FeedAddressRefused(why.0))?;
    let value = input
        .take_value
        .as_deref()
        .map(str::trim)
        .filter(|v| !v.is_empty())
        .map(str::to_owned);
    let value = match (input.take, value) {
        (FeedTake::All, _) => None,
        (_, None) => {
            return Err(AppError::Validation(
                "take_value is required: the taxonomy term's id, or the words to match".into(),
            ));
        }
        (_, Some(v)) if v.chars().count() > 200 => {
            return Err(AppError::Validation(
                "take_value may be at most 200 characters".into(),
            ));
        }
        (_, Some(v)) => Some(v),
    };
    let base_url = base.as_str().trim_end_matches('/').to_owned();
    let taken = directory_feed::Entity::find()
        .filter(directory_feed::Column::OrganisationId.eq(org.as_str()))
        .filter(directory_feed::Column::BaseUrl.eq(base_url.as_str()))
        .filter(directory_feed::Column::Take.eq(input.take.as_str()))
        .all(db)
        .await?
        .into_iter()
        .any(|f| f.take_value == value);
    if taken {
        return Err(AppError::Conflict(
            "your organisation already reads this feed".into(),
        ));
    }
    let now = Utc::now();
    let model = directory_feed::ActiveModel {
        id: Set(new_id()),
        organisation_id: Set(org),
        created_by: Set(viewer.id.clone()),
        base_url: Set(base_url),
        take: Set(input.take.as_str().into()),
        take_value: Set(value),
        every_hours: Set(DEFAULT_EVERY_HOURS),
        page_etags: Set(None),
        last_success_at: Set(None),
        next_run_at: Set(now),
        reading_since: Set(None),
        created_at: Set(now),
    }
    .insert(db)
    .await?;
    audit::record(
        db,
        AuditEntry {
            actor_id: Some(&viewer.id),
            action: "directory.feed_added",
            subject_type: Some("directory_feed"),
            subject_id: Some(&model.id),
            detail: None,
        },
    )
    .await?;
    feed_view(db, model).await
}

fn run_view(r: directory_feed_run::Model) -> FeedRun {
    let n = |v: i32| v.max(0) as u32;
    FeedRun {
        problem: r.problem.as_deref().and_then(|p| p.parse().ok()),
        id: r.id,
        started_at: iso(r.started_at),
        finished_at: iso(r.finished_at),
        detail: r.detail,
        pages: n(r.pages),
        created: n(r.created),
        updated: n(r.updated),
        waiting: n(r.waiting),
        gone: n(r.gone),
        skipped: n(r.skipped),
    }
}

async fn feed_view(db: &impl ConnectionTrait, f: directory_feed::Model) -> Result<Feed, AppError> {
    let last_run = directory_feed_run::Entity::find()
        .filter(directory_feed_run::Column::FeedId.eq(f.id.as_str()))
        .order_by_desc(directory_feed_run::Column::StartedAt)
        .one(db)
        .await?
        .map(run_view);
    let services = feed_listing::Entity::find()
        .filter(feed_listing::Column::FeedId.eq(f.id.as_str()))
        .filter(feed_listing::Column::Kind.eq(SERVICE))
        .all(db)
        .await?;
    let duplicates = merging::waiting_count(db, &f.id).await?;
    Ok(Feed {
        take: take_of(&f)?,
        id: f.id,
        base_url: f.base_url,
        take_value: f.take_value,
        every_hours: f.every_hours.max(1) as u32,
        next_run_at: iso(f.next_run_at),
        last_run,
        services: services.len() as u32,
        waiting: services.iter().filter(|s| s.pending.is_some()).count() as u32,
        gone: services.iter().filter(|s| s.gone_at.is_some()).count() as u32,
        duplicates,
    })
}

/// The feeds of the caller's organisation, newest first.
pub async fn list_feeds(db: &impl ConnectionTrait, viewer: &Viewer) -> Result<Vec<Feed>, AppError> {
    let org = organisation_of(viewer)?;
    let mut out = Vec::new();
    for f in directory_feed::Entity::find()
        .filter(directory_feed::Column::OrganisationId.eq(org))
        .order_by_desc(directory_feed::Column::CreatedAt)
        .all(db)
        .await?
    {
        out.push(feed_view(db, f).await?);
    }
    Ok(out)
}

/// A feed of the caller's organisation.
pub async fn get_feed(db: &impl ConnectionTrait, viewer: &Viewer, id: &str) -> Result<Feed, AppError> {
    let f = feed_of(db, viewer, id).await?;
    feed_view(db, f).await
}

/// A feed's latest readings, newest first.
pub async fn list_runs(
    db: &impl ConnectionTrait,
    viewer: &Viewer,
    id: &str,
) -> Result<Vec<FeedRun>, AppError> {
    feed_of(db, viewer, id).await?;
    Ok(directory_feed_run::Entity::find()
        .filter(directory_feed_run::Column::FeedId.eq(id))
        .order_by_desc(directory_feed_run::Column::StartedAt)
        .limit(RUNS_LISTED)
        .all(db)
        .await?
        .into_iter()
        .map(run_view)
        .collect())
}

// ------------------------------------------------------------ provenance

/// Where a feed's listings are here: each remote id of one kind to its row.
async fn provenance(
    db: &impl ConnectionTrait,
    feed_id: &str,
    kind: &str,
) -> Result<HashMap<String, feed_listing::Model>, AppError> {
    Ok(feed_listing::Entity::find()
        .filter(feed_listing::Column::FeedId.eq(feed_id))
        .filter(feed_listing::Column::Kind.eq(kind))
        .all(db)
        .await?
        .into_iter()
        .map(|m| (m.remote_id.clone(), m))
        .collect())
}

async fn remember(
    db: &impl ConnectionTrait,
    feed_id: &str,
    kind: &str,
    remote_id: &str,
    local_id: &str,
    now: DateTime<Utc>,
) -> Result<feed_listing::Model, AppError> {
    Ok(feed_listing::ActiveModel {
        id: Set(new_id()),
        feed_id: Set(feed_id.to_owned()),
        kind: Set(kind.to_owned()),
        remote_id: Set(remote_id.to_owned()),
        local_id: Set(local_id.to_owned()),
        remote_hash: Set(None),
        local_hash: Set(None),
        edited_locally: Set(false),
        pending: Set(None),
        pending_since: Set(None),
        gone_at: Set(None),
        updated_at: Set(now),
    }
    .insert(db)
    .await?)
}

/// What a feed's service is here now, in the feed's shape.
async fn local_of(
    db: &impl ConnectionTrait,
    feed_id: &str,
    service: &feed_listing::Model,
    sessions: &HashMap<String, feed_listing::Model>,
    venues: &HashMap<String, String>,
) -> Result<Option<ImportedContent>, AppError> {
    let prefix = format!("{}/", service.remote_id);
    let mine: Vec<(String, String)> = sessions
        .values()
        .filter(|s| s.feed_id == feed_id && s.remote_id.starts_with(&prefix))
        .map(|s| (s.remote_id[prefix.len()..].to_owned(), s.local_id.clone()))
        .collect();
    Ok(local_content(db, &service.local_id, &mine, venues).await?)
}

/// Each local venue's remote id, for a feed.
fn venue_ids(locations: &HashMap<String, feed_listing::Model>) -> HashMap<String, String> {
    locations
        .values()
        .map(|l| (l.local_id.clone(), l.remote_id.clone()))
        .collect()
}

// ------------------------------------------------------------------ writing

fn venue_input(org: &str, v: &ImportedVenue) -> VenueInput {
    VenueInput {
        organisation_id: org.to_owned(),
        name: v.name.clone(),
        address: v.address.clone(),
        town: v.town.clone(),
        postcode: v.postcode.clone(),
        lat: Some(v.lat),
        lon: Some(v.lon),
        step_free: v.step_free,
        buggy_space: v.buggy_space,
        baby_change: v.baby_change,
        breastfeeding_welcome: v.breastfeeding_welcome,
        bus_routes: v.bus_routes.clone(),
    }
}

fn programme_input(org: &str, c: &ImportedContent) -> ProgrammeInput {
    ProgrammeInput {
        organisation_id: org.to_owned(),
        kind: c.kind,
        for_pregnant: c.for_pregnant,
        baby_min_months: c.baby_min_months,
        baby_max_months: c.baby_max_months,
        cost_pence: c.cost_pence,
        booking: c.booking,
        format: c.format,
        translations: vec![ProgrammeText {
            language: "en".into(),
            title: c.title.clone(),
            description: c.description.clone(),
            what_to_bring: None,
        }],
    }
}

fn session_input(
    s: &ImportedSession,
    programme_id: &str,
    venue_id: &str,
    host_id: &str,
    capacity: Option<u32>,
    today: chrono::NaiveDate,
) -> SessionInput {
    SessionInput {
        programme_id: programme_id.to_owned(),
        venue_id: venue_id.to_owned(),
        host_id: host_id.to_owned(),
        frequency: s.frequency,
        weekday: s.weekday,
        start_time: s.start_time.clone(),
        end_time: s.end_time.clone(),
        starts_on: s.starts_on.clone(),
        ends_on: s.ends_on.clone(),
        capacity,
        languages: s.languages.clone(),
        interpreter_languages: s.interpreter_languages.clone(),
        // Only dates ahead: the past is not the feed's to change.
        cancelled_dates: s
            .cancelled_dates
            .iter()
            .filter(|d| d.as_str() >= content::ymd_of(today).as_str())
            .cloned()
            .collect(),
        translations: vec![],
    }
}

/// Checks a service as an edit would, without writing.
fn check(org: &str, c: &ImportedContent, today: chrono::NaiveDate) -> Result<(), AppError> {
    admin::check_listing(
        c.sessions.iter().map(|s| venue_input(org, &s.venue)).collect(),
        programme_input(org, c),
        c.sessions
            .iter()
            .map(|s| session_input(s, "-", "-", "-", None, today))
            .collect(),
        today,
    )
}

/// What one reading wrote, and the ids it keeps.
struct Writer<'a> {
    db: &'a DatabaseConnection,
    editor: &'a Editor<'a>,
    feed: &'a directory_feed::Model,
    locations: HashMap<String, feed_listing::Model>,
    sessions: HashMap<String, feed_listing::Model>,
    /// Venues written in this reading, so one shared by several services is
    /// written once.
    written: HashSet<String>,
    /// Sessions flagged in this reading: their service is still in the feed, but
    /// not their place and time.
    dropped: u32,
}

impl<'a> Writer<'a> {
    /// A writer for `feed`'s listings, with where they are here.
    async fn new(
        db: &'a DatabaseConnection,
        editor: &'a Editor<'a>,
        feed: &'a directory_feed::Model,
    ) -> Result<Writer<'a>, AppError> {
        Ok(Writer {
            db,
            editor,
            feed,
            locations: provenance(db, &feed.id, LOCATION).await?,
            sessions: provenance(db, &feed.id, SESSION).await?,
            written: HashSet::new(),
            dropped: 0,
        })
    }

    /// Writes a service's programme, venues and sessions: new ones created, known
    /// ones changed. Returns the programme's id.
    async fn write(
        &mut self,
        remote_id: &str,
        known: Option<&str>,
        c: &ImportedContent,
    ) -> Result<String, AppError> {
        let org = self.feed.organisation_id.as_str();
        let (db, editor) = (self.db, self.editor);
        let programme_id = match known {
            Some(id) => {
                admin::update_programme(db, editor, id, programme_input(org, c))
                    .await?
                    .id
            }
            None => {
                admin::create_programme(db, editor, programme_input(org, c))
                    .await?
                    .id
            }
        };
        for s in &c.sessions {
            let remote_venue = &s.venue.remote_id;
            let venue_id = match self.locations.get(remote_venue) {
                Some(row) => {
                    // A venue of hers the feed's place was tied to ("the same",
                    // [`merging`]) stays as she keeps it.
                    if !row.edited_locally && self.written.insert(remote_venue.clone()) {
                        admin::update_venue(db, editor, &row.local_id, venue_input(org, &s.venue)).await?;
                    }
                    row.local_id.clone()
                }
                None => {
                    let venue = admin::create_venue(db, editor, venue_input(org, &s.venue)).await?;
                    let row =
                        remember(db, &self.feed.id, LOCATION, remote_venue, &venue.id, editor.now).await?;
                    self.written.insert(remote_venue.clone());
                    self.locations.insert(remote_venue.clone(), row);
                    venue.id
                }
            };
            let key = format!("{remote_id}/{}", s.remote_id);
            match self.sessions.get(&key) {
                Some(row) => {
                    let stored = crate::entity::session::Entity::find_by_id(row.local_id.as_str())
                        .one(db)
                        .await?
                        .ok_or(AppError::NotFound)?;
                    let mut input = session_input(
                        s,
                        &programme_id,
                        &venue_id,
                        &stored.host_id,
                        stored.capacity.map(|c| c.max(0) as u32),
                        editor.today,
                    );
                    // Dates already past that did not run stay so: the feed only
                    // lists those ahead.
                    let past = crate::entity::occurrence::Entity::find()
                        .filter(crate::entity::occurrence::Column::SessionId.eq(row.local_id.as_str()))
                        .filter(crate::entity::occurrence::Column::Cancelled.eq(true))
                        .filter(crate::entity::occurrence::Column::Date.lt(editor.today))
                        .all(db)
                        .await?;
                    input
                        .cancelled_dates
                        .extend(past.into_iter().map(|o| content::ymd_of(o.date)));
                    admin::update_session(db, editor, &row.local_id, input).await?;
                }
                None => {
                    let input =
                        session_input(s, &programme_id, &venue_id, editor.user_id, None, editor.today);
                    let session = admin::create_session(db, editor, input).await?;
                    let row = remember(db, &self.feed.id, SESSION, &key, &session.id, editor.now).await?;
                    self.sessions.insert(key, row);
                }
            }
        }
        self.flag_dropped_sessions(remote_id, c).await?;
        Ok(programme_id)
    }

    /// Flags the service's sessions the feed no longer lists (as a service it no
    /// longer lists is flagged, never deleted), and unflags those it lists again.
    async fn flag_dropped_sessions(&mut self, remote_id: &str, c: &ImportedContent) -> Result<(), AppError> {
        let prefix = format!("{remote_id}/");
        let listed: HashSet<String> = c
            .sessions
            .iter()
            .map(|s| format!("{prefix}{}", s.remote_id))
            .collect();
        let now = self.editor.now;
        for (key, row) in self.sessions.iter_mut() {
            if !key.starts_with(&prefix) {
                continue;
            }
            let gone_at = match (listed.contains(key), row.gone_at) {
                (false, None) => Some(now),
                (true, Some(_)) => None,
                _ => continue,
            };
            if gone_at.is_some() {
                self.dropped += 1;
            }
            let mut active = row.clone().into_active_model();
            active.gone_at = Set(gone_at);
            active.updated_at = Set(now);
            *row = active.update(self.db).await?;
        }
        Ok(())
    }

    /// Records that the feed wrote a service: what it said, and the listing as it
    /// now is here.
    async fn settle(&self, row: feed_listing::Model, remote_hash: String) -> Result<(), AppError> {
        let venues = venue_ids(&self.locations);
        let local = local_of(self.db, &self.feed.id, &row, &self.sessions, &venues).await?;
        settle(self.db, row, remote_hash, local.as_ref(), self.editor.now).await
    }
}

/// Sets a service's row after the feed wrote it: the hashes of what the feed said
/// and of the listing now, nothing waiting.
async fn settle(
    db: &DatabaseConnection,
    row: feed_listing::Model,
    remote_hash: String,
    local: Option<&ImportedContent>,
    now: DateTime<Utc>,
) -> Result<(), AppError> {
    let mut row = row.into_active_model();
    row.remote_hash = Set(Some(remote_hash));
    row.local_hash = Set(local.map(hash));
    row.edited_locally = Set(false);
    row.pending = Set(None);
    row.pending_since = Set(None);
    row.gone_at = Set(None);
    row.updated_at = Set(now);
    row.update(db).await?;
    Ok(())
}

// ------------------------------------------------------------------ reading

/// What a reading found and did.
#[derive(Default)]
struct Tally {
    pages: u32,
    created: u32,
    updated: u32,
    waiting: u32,
    gone: u32,
    /// Sessions of services still in the feed that it no longer lists.
    gone_sessions: u32,
    /// New services that look like listings she has, waiting for her decision.
    duplicates: u32,
    /// Look-alikes that waited for her decision and the feed no longer lists.
    withdrawn: u32,
    skipped: Vec<String>,
}

/// Reads the feed: all of it the first time, then what changed since the last good
/// reading, with the full list's ETags to see what is still there.
async fn read(
    client: &FeedClient,
    feed: &directory_feed::Model,
    take: FeedTake,
) -> Result<(Pass, Pass), Refusal> {
    let base = fetch::parse_base(&feed.base_url).map_err(|why| Refusal {
        problem: FeedProblem::Unreachable,
        detail: why,
    })?;
    let value = feed.take_value.as_deref();
    let known: Vec<KnownPage> = feed
        .page_etags
        .as_deref()
        .and_then(|j| serde_json::from_str(j).ok())
        .unwrap_or_default();
    let Some(last) = feed.last_success_at else {
        let all = client.pass(&base, take, value, None, &[]).await?;
        return Ok((Pass::default(), all));
    };
    let inventory = client.pass(&base, take, value, None, &known).await?;
    if inventory.unchanged {
        return Ok((Pass::default(), inventory));
    }
    tokio::time::sleep(fetch::PAUSE).await;
    let since = iso(last - Duration::minutes(CLOCK_SLACK_MINUTES));
    let changes = client.pass(&base, take, value, Some(&since), &[]).await?;
    Ok((changes, inventory))
}

/// The member of staff a scheduled reading writes as: the coordinator who added
/// the feed, else another active coordinator of its organisation.
async fn writer_for(
    db: &impl ConnectionTrait,
    feed: &directory_feed::Model,
) -> Result<Option<Viewer>, AppError> {
    let coordinators = user::Entity::find()
        .filter(user::Column::OrganisationId.eq(feed.organisation_id.as_str()))
        .filter(user::Column::Role.eq(Role::Coordinator.as_str()))
        .filter(user::Column::Active.eq(true))
        .order_by_asc(user::Column::CreatedAt)
        .all(db)
        .await?;
    let chosen = coordinators
        .iter()
        .find(|u| u.id == feed.created_by)
        .or(coordinators.first());
    Ok(chosen.map(|u| Viewer {
        id: u.id.clone(),
        role: Role::Coordinator,
        organisation_id: Some(feed.organisation_id.clone()),
        cares: false,
        receives_unassigned_alerts: false,
    }))
}

/// Reads a feed now and brings its listings up to date, as `viewer` (a
/// coordinator of the feed's organisation). A feed that cannot be read changes
/// nothing; either way the reading is recorded and returned.
pub async fn run_feed(
    db: &DatabaseConnection,
    directory: &Directory,
    client: &FeedClient,
    viewer: &Viewer,
    feed: directory_feed::Model,
) -> Result<FeedRun, AppError> {
    // Her edits in the audit log say they came from the feed, not from her hand.
    let via = format!("imported from feed {}", feed.id);
    let editor = Editor {
        via: Some(&via),
        ..Editor::of(viewer)
    };
    let started = editor.now;
    let mut tally = Tally::default();
    let take = take_of(&feed)?;
    let outcome = match read(client, &feed, take).await {
        Err(refusal) => Err(refusal),
        Ok((changes, inventory)) => {
            tally.pages = changes.requests + inventory.requests;
            write_all(db, &editor, &feed, changes, inventory, &mut tally).await?;
            Ok(())
        }
    };
    let (problem, detail) = match &outcome {
        Err(refusal) => (
            Some(refusal.problem),
            format!("Nothing was changed: {}.", refusal.detail),
        ),
        Ok(()) => (None, summary(&tally)),
    };
    let run = directory_feed_run::ActiveModel {
        id: Set(new_id()),
        feed_id: Set(feed.id.clone()),
        started_at: Set(started),
        finished_at: Set(Utc::now()),
        problem: Set(problem.map(|p| p.as_str().to_owned())),
        detail: Set(detail),
        pages: Set(tally.pages as i32),
        created: Set(tally.created as i32),
        updated: Set(tally.updated as i32),
        waiting: Set(tally.waiting as i32),
        gone: Set(tally.gone as i32),
        skipped: Set(tally.skipped.len() as i32),
    }
    .insert(db)
    .await?;
    tracing::info!(
        feed.id = %feed.id,
        problem = ?problem,
        created = tally.created,
        updated = tally.updated,
        waiting = tally.waiting,
        gone = tally.gone,
        withdrawn = tally.withdrawn,
        skipped = tally.skipped.len(),
        "feed read"
    );
    if let Err(error) = directory.refresh(db).await {
        tracing::warn!(%error, "a feed was imported but the directory could not be reloaded yet");
    }
    Ok(run_view(run))
}

fn summary(t: &Tally) -> String {
    let mut out = format!(
        "Read {} page{}: {} new, {} brought up to date, {} waiting for your approval, {} no longer in the feed.",
        t.pages,
        if t.pages == 1 { "" } else { "s" },
        t.created,
        t.updated,
        t.waiting,
        t.gone
    );
    if t.duplicates > 0 {
        out.push_str(&format!(
            " {} look{} like listings you already have and wait for you to say whether they are the same.",
            t.duplicates,
            if t.duplicates == 1 { "s" } else { "" }
        ));
    }
    if t.withdrawn > 0 {
        out.push_str(&format!(
            " {} that looked like listings you have {} no longer in the feed and {} not asked about.",
            t.withdrawn,
            if t.withdrawn == 1 { "is" } else { "are" },
            if t.withdrawn == 1 { "is" } else { "are" }
        ));
    }
    if t.gone_sessions > 0 {
        out.push_str(&format!(
            " {} session{} of services still in the feed no longer listed there (flagged, not removed).",
            t.gone_sessions,
            if t.gone_sessions == 1 { "" } else { "s" }
        ));
    }
    if !t.skipped.is_empty() {
        out.push_str(&format!(" {} could not be imported: ", t.skipped.len()));
        let named: Vec<&str> = t.skipped.iter().take(SKIPS_NAMED).map(String::as_str).collect();
        out.push_str(&named.join("; "));
        if t.skipped.len() > SKIPS_NAMED {
            out.push_str("; and others");
        }
        out.push('.');
    }
    out
}

/// Steps 2 and 3: check what was read, then write it.
async fn write_all(
    db: &DatabaseConnection,
    editor: &Editor<'_>,
    feed: &directory_feed::Model,
    changes: Pass,
    inventory: Pass,
    tally: &mut Tally,
) -> Result<(), AppError> {
    let org = feed.organisation_id.as_str();
    // The services to look at: those changed, then any on a changed page of the
    // full list (a clock that disagrees should not lose a change).
    let mut seen: HashSet<String> = HashSet::new();
    let mut checked: Vec<(String, ImportedContent)> = Vec::new();
    for service in changes.services.iter().chain(&inventory.services) {
        if !seen.insert(service.id.clone()) {
            continue;
        }
        match content_of(service) {
            Err(why) => tally.skipped.push(why),
            Ok((content, _)) if content.sessions.is_empty() && !service.service_at_locations.is_empty() => {
                tally.skipped.push(format!(
                    "\"{}\": none of its places and times could be kept",
                    content.title
                ));
            }
            Ok((content, _)) => match check(org, &content, editor.today) {
                Err(why) => tally.skipped.push(format!("\"{}\": {why}", content.title)),
                Ok(()) => checked.push((service.id.clone(), content)),
            },
        }
    }

    let mut services = provenance(db, &feed.id, SERVICE).await?;
    let mut writer = Writer::new(db, editor, feed).await?;
    // Her listings a new service may look like, read when one is met.
    let mut candidates: Option<merging::Candidates> = None;
    // Which listings someone has edited here, before this reading writes any.
    let venues = venue_ids(&writer.locations);
    for row in services.values_mut() {
        if row.edited_locally {
            continue;
        }
        let now = local_of(db, &feed.id, row, &writer.sessions, &venues).await?;
        if now.as_ref().map(hash) != row.local_hash {
            let mut active = row.clone().into_active_model();
            active.edited_locally = Set(true);
            *row = active.update(db).await?;
        }
    }

    for (remote_id, content) in checked {
        let incoming = hash(&content);
        match services.get(&remote_id).cloned() {
            Some(row) if row.remote_hash.as_deref() == Some(incoming.as_str()) => {
                if row.gone_at.is_some() || row.pending.is_some() {
                    let mut active = row.into_active_model();
                    active.gone_at = Set(None);
                    active.pending = Set(None);
                    active.pending_since = Set(None);
                    active.update(db).await?;
                }
            }
            Some(row) if row.edited_locally => {
                let json = serde_json::to_string(&content).unwrap_or_default();
                if row.pending.as_deref() != Some(json.as_str()) {
                    let mut active = row.into_active_model();
                    active.pending = Set(Some(json));
                    active.pending_since = Set(Some(editor.now));
                    active.gone_at = Set(None);
                    active.update(db).await?;
                }
                tally.waiting += 1;
            }
            Some(row) => match writer.write(&remote_id, Some(&row.local_id), &content).await {
                Ok(_) => {
                    writer.settle(row, incoming).await?;
                    tally.updated += 1;
                }
                Err(why) => tally.skipped.push(format!("\"{}\": {why}", content.title)),
            },
            None => {
                if candidates.is_none() {
                    candidates = Some(merging::candidates(db, feed).await?);
                }
                let mine = candidates.as_ref().map_or(&[][..], Vec::as_slice);
                if let Some(waits) = merging::hold(db, feed, &remote_id, &content, mine, editor.now).await? {
                    tally.duplicates += u32::from(waits);
                    continue;
                }
                match writer.write(&remote_id, None, &content).await {
                    Ok(programme_id) => {
                        let row =
                            remember(db, &feed.id, SERVICE, &remote_id, &programme_id, editor.now).await?;
                        writer.settle(row.clone(), incoming).await?;
                        services.insert(remote_id, row);
                        tally.created += 1;
                    }
                    Err(why) => tally.skipped.push(format!("\"{}\": {why}", content.title)),
                }
            }
        }
    }

    tally.gone_sessions = writer.dropped;

    // Flagged, never deleted: services the full list no longer has.
    let listed: HashSet<&String> = inventory.ids.iter().collect();
    for row in services.values() {
        if row.gone_at.is_none() && !listed.contains(&row.remote_id) {
            feed_listing::Entity::update_many()
                .col_expr(feed_listing::Column::GoneAt, Expr::value(editor.now))
                .filter(feed_listing::Column::Id.eq(row.id.as_str()))
                .exec(db)
                .await?;
            tally.gone += 1;
        }
    }
    // A look-alike still waiting for her that the feed has dropped is not asked about.
    tally.withdrawn = merging::withdraw_unlisted(db, &feed.id, &listed).await?;

    // A venue shared by several services changes them all: what the feed wrote is
    // the new baseline of every listing nobody has edited here.
    refresh_baselines(db, &feed.id).await?;

    let mut active = feed.clone().into_active_model();
    active.page_etags = Set(Some(serde_json::to_string(&inventory.pages).unwrap_or_default()));
    active.last_success_at = Set(Some(editor.now));
    active.update(db).await?;
    Ok(())
}

/// Sets the local hash of every service of the feed nobody has edited here.
async fn refresh_baselines(db: &DatabaseConnection, feed_id: &str) -> Result<(), AppError> {
    let sessions = provenance(db, feed_id, SESSION).await?;
    let venues = venue_ids(&provenance(db, feed_id, LOCATION).await?);
    for row in provenance(db, feed_id, SERVICE).await?.into_values() {
        if row.edited_locally {
            continue;
        }
        let local = local_of(db, feed_id, &row, &sessions, &venues).await?;
        let fresh = local.as_ref().map(hash);
        if fresh != row.local_hash {
            let mut active = row.into_active_model();
            active.local_hash = Set(fresh);
            active.update(db).await?;
        }
    }
    Ok(())
}
