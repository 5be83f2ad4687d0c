//! Creating and editing the directory, and finding what needs checking.
//!
//! Every edit runs in one transaction that also bumps the directory's version (so
//! every server process reloads its search index), records who did it in the audit
//! log, and marks the listing checked now. The caller reloads this process's index
//! after the commit.
//!
//! A session's dates (`occurrences`) follow its schedule: creating one makes every
//! date from the start of term to its end (a year ahead when it has no end);
//! editing one re-makes future dates that nobody has booked, and sets which dates
//! are cancelled.

use crate::auth::scope::{Viewer, may_host};
use crate::db::column::column;
use crate::directory::places::{self, PlaceError};
use crate::directory::{FLAG_AFTER_DAYS, HIDE_AFTER_DAYS, bump_version};
use crate::entity::{
    booking, listing_report, notification, occurrence, organisation, programme, programme_translation,
    session, session_translation, user, venue,
};
use crate::error::AppError;
use crate::service::audit::{self, AuditEntry};
use crate::service::listings;
use chrono::{DateTime, Datelike, Duration, NaiveDate, SecondsFormat, Utc};
use perilink_shared::auth::Role;
use perilink_shared::directory::{BookingMode, Format, ProgrammeKind};
use perilink_shared::directory_admin::{
    ClockTime, Frequency, Host, ListingCheck, ListingKind, ListingReport, Organisation, OrganisationInput,
    OrganisationKind, Programme, ProgrammeInput, ProgrammeText, ProgrammeTextInput, Session, SessionInput,
    SessionText, SessionTextInput, StaleListing, Venue, VenueInput,
};
use perilink_shared::language::{Language, LanguageTag};
use sea_orm::sea_query::Expr;
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DatabaseConnection, DbErr, EntityTrait, IntoActiveModel,
    QueryFilter, QueryOrder, Set, TransactionTrait,
};
use std::collections::{BTreeSet, HashMap, HashSet};

/// The kind of in-app notice an owner gets when a listing of theirs goes stale.
pub const STALE_NOTICE: &str = "listing_stale";

const NAME_MAX: usize = 200;
const TEXT_MAX: usize = 4000;
const NOTE_MAX: usize = 1000;
/// The longest term, start to end.
const MAX_TERM_DAYS: i64 = 731;
/// How far back a new session's term may start.
const MAX_PAST_START_DAYS: i64 = 366;
/// How far ahead a session with no end has dates.
const OPEN_ENDED_WEEKS: i64 = 52;
const MAX_COST_PENCE: u32 = 100_000;
const MAX_CAPACITY: u32 = 1000;
const MAX_BABY_MONTHS: u32 = 60;
const MAX_TAGS: usize = 20;
const MAX_CANCELLED: usize = 200;

/// Who is editing, and when.
pub struct Editor<'a> {
    /// The caller's user id.
    pub user_id: &'a str,
    /// The caller as the privacy policy sees them: whose listings they may edit.
    pub viewer: &'a Viewer,
    pub now: DateTime<Utc>,
    /// Today in London.
    pub today: NaiveDate,
    /// What made the edit when it was not her own hand (an import from a feed,
    /// made in her name): kept in the audit entry's detail.
    pub via: Option<&'a str>,
}

impl<'a> Editor<'a> {
    /// The caller, now.
    pub fn of(viewer: &'a Viewer) -> Editor<'a> {
        Editor {
            user_id: &viewer.id,
            viewer,
            now: Utc::now(),
            today: crate::clock::london_today(),
            via: None,
        }
    }

    /// Refuses an edit of a listing of `organisation_id` unless the policy lets this
    /// editor make it.
    fn may_edit(&self, organisation_id: &str) -> Result<(), AppError> {
        if self.viewer.may_edit_listing_of(organisation_id) {
            Ok(())
        } else {
            Err(AppError::Forbidden)
        }
    }

    /// Checks an edit that may move a listing from `from` to `to`: the editor must
    /// edit the listing's organisation, and only an admin moves it. Says whether it
    /// moves.
    fn may_move(&self, from: &str, to: &str) -> Result<bool, AppError> {
        self.may_edit(from)?;
        if from == to {
            return Ok(false);
        }
        if self.viewer.may_move_listings() {
            Ok(true)
        } else {
            Err(AppError::Forbidden)
        }
    }
}

/// The organisation a programme belongs to.
async fn programme_organisation(
    db: &impl ConnectionTrait,
    programme_id: &str,
) -> Result<Option<String>, DbErr> {
    Ok(programme::Entity::find_by_id(programme_id)
        .one(db)
        .await?
        .map(|p| p.organisation_id))
}

/// The organisation a listing belongs to (a session: its programme's); `None` when
/// there is no such listing.
async fn listing_organisation(
    db: &impl ConnectionTrait,
    kind: ListingKind,
    id: &str,
) -> Result<Option<String>, DbErr> {
    Ok(match kind {
        ListingKind::Venue => venue::Entity::find_by_id(id)
            .one(db)
            .await?
            .map(|v| v.organisation_id),
        ListingKind::Programme => programme_organisation(db, id).await?,
        ListingKind::Session => match session::Entity::find_by_id(id).one(db).await? {
            Some(s) => programme_organisation(db, &s.programme_id).await?,
            None => None,
        },
    })
}

/// Checks that the editor may edit an existing listing: 404 when there is none,
/// 403 when it is another organisation's.
async fn editable(
    db: &impl ConnectionTrait,
    editor: &Editor<'_>,
    kind: ListingKind,
    id: &str,
) -> Result<String, AppError> {
    let organisation = listing_organisation(db, kind, id)
        .await?
        .ok_or(AppError::NotFound)?;
    editor.may_edit(&organisation)?;
    Ok(organisation)
}

/// Checks, for an edit made elsewhere (a course's screening schedule), that the
/// listing exists and the editor may edit it.
pub async fn may_edit_listing(
    db: &impl ConnectionTrait,
    editor: &Editor<'_>,
    kind: ListingKind,
    id: &str,
) -> Result<(), AppError> {
    editable(db, editor, kind, id).await.map(|_| ())
}

/// Records that an admin moved a listing from one organisation to another, naming
/// both.
async fn audit_move(
    db: &impl ConnectionTrait,
    editor: &Editor<'_>,
    kind: ListingKind,
    id: &str,
    from: &str,
    to: &str,
) -> Result<(), DbErr> {
    let detail = format!("moved from organisation {from} to organisation {to}");
    audit::record(
        db,
        AuditEntry {
            actor_id: Some(editor.user_id),
            action: "directory.listing_moved",
            subject_type: Some(kind.as_str()),
            subject_id: Some(id),
            detail: Some(&detail),
        },
    )
    .await
}

fn new_id() -> String {
    uuid::Uuid::new_v4().to_string()
}

fn invalid(message: impl Into<String>) -> AppError {
    AppError::Validation(message.into())
}

/// A required text field, trimmed.
fn required(field: &str, value: &str, max: usize) -> Result<String, AppError> {
    let value = value.trim();
    if value.is_empty() {
        return Err(invalid(format!("{field} is required")));
    }
    if value.chars().count() > max {
        return Err(invalid(format!("{field} may be at most {max} characters")));
    }
    Ok(value.to_owned())
}

/// An optional text field, trimmed; blank is none.
fn optional(field: &str, value: Option<&str>, max: usize) -> Result<Option<String>, AppError> {
    match value.map(str::trim).filter(|v| !v.is_empty()) {
        None => Ok(None),
        Some(v) => required(field, v, max).map(Some),
    }
}

fn parse_date(field: &str, value: &str) -> Result<NaiveDate, AppError> {
    NaiveDate::parse_from_str(value.trim(), "%Y-%m-%d")
        .map_err(|_| invalid(format!("{field} must be a date as YYYY-MM-DD, not `{value}`")))
}

/// One of the twelve interface languages, which titles and descriptions are shown in.
fn interface_language(value: &str) -> Result<&'static str, AppError> {
    value.trim().parse::<Language>().map(Language::tag).map_err(|_| {
        let known: Vec<&str> = Language::ALL.iter().map(|l| l.tag()).collect();
        invalid(format!(
            "`{value}` is not an interface language; use one of {}",
            known.join(", ")
        ))
    })
}

/// BCP 47 tags, checked, in their usual case, without repeats.
fn language_tags(field: &str, values: &[String]) -> Result<Vec<String>, AppError> {
    if values.len() > MAX_TAGS {
        return Err(invalid(format!("{field} may list at most {MAX_TAGS} languages")));
    }
    let mut out: Vec<String> = Vec::new();
    for value in values {
        let tag = LanguageTag::parse(value).map(String::from).ok_or_else(|| {
            invalid(format!(
                "`{value}` in {field} is not a BCP 47 language tag such as `ar`, `ckb` or `zh-Hans`"
            ))
        })?;
        if !out.contains(&tag) {
            out.push(tag);
        }
    }
    Ok(out)
}

fn iso(at: DateTime<Utc>) -> String {
    at.to_rfc3339_opts(SecondsFormat::Secs, true)
}

fn ymd(date: NaiveDate) -> String {
    date.format("%Y-%m-%d").to_string()
}

fn stored_u32(value: i32) -> u32 {
    value.max(0) as u32
}

/// What every edit does besides its own change: bump the directory's version,
/// settle the owner's "please check" notices and write the audit log.
async fn finish(
    db: &impl ConnectionTrait,
    editor: &Editor<'_>,
    action: &str,
    subject_type: &str,
    subject_id: &str,
) -> Result<(), AppError> {
    bump_version(db).await?;
    notification::Entity::update_many()
        .col_expr(notification::Column::ReadAt, Expr::value(editor.now))
        .filter(notification::Column::Kind.eq(STALE_NOTICE))
        .filter(notification::Column::SubjectId.eq(subject_id))
        .filter(notification::Column::ReadAt.is_null())
        .exec(db)
        .await?;
    audit::record(
        db,
        AuditEntry {
            actor_id: Some(editor.user_id),
            action,
            subject_type: Some(subject_type),
            subject_id: Some(subject_id),
            detail: editor.via,
        },
    )
    .await?;
    Ok(())
}

// ------------------------------------------------------------------- owners

/// Staff names, for saying who owns each listing.
pub struct Owners {
    names: HashMap<String, String>,
    caller: String,
    now: DateTime<Utc>,
}

impl Owners {
    /// Every staff member's name, seen by `editor`.
    pub async fn load(db: &impl ConnectionTrait, editor: &Editor<'_>) -> Result<Owners, DbErr> {
        let names = user::Entity::find()
            .filter(user::Column::Role.ne(Role::Mother.as_str()))
            .all(db)
            .await?
            .into_iter()
            .map(|u| (u.id, u.display_name))
            .collect();
        Ok(Owners {
            names,
            caller: editor.user_id.to_owned(),
            now: editor.now,
        })
    }

    fn check(&self, owner_id: &str, assured_at: DateTime<Utc>) -> ListingCheck {
        let days = (self.now - assured_at).num_days();
        ListingCheck {
            owner_id: owner_id.to_owned(),
            owner_name: self.names.get(owner_id).cloned().unwrap_or_default(),
            owned_by_me: owner_id == self.caller,
            assured_at: iso(assured_at),
            days_since_checked: days,
            flagged: days >= FLAG_AFTER_DAYS,
            hidden: days >= HIDE_AFTER_DAYS,
        }
    }
}

// ------------------------------------------------------------ organisations

struct OrganisationFields {
    name: String,
    kind: OrganisationKind,
    website: Option<String>,
}

fn check_organisation(input: OrganisationInput) -> Result<OrganisationFields, AppError> {
    let name = required("name", &input.name, NAME_MAX)?;
    let website = optional("website", input.website.as_deref(), 300)?;
    if let Some(w) = &website
        && (!(w.starts_with("https://") || w.starts_with("http://")) || w.contains(char::is_whitespace))
    {
        return Err(invalid("website must be an address starting https://"));
    }
    Ok(OrganisationFields {
        name,
        kind: input.kind,
        website,
    })
}

fn organisation_view(m: organisation::Model) -> Organisation {
    Organisation {
        kind: OrganisationKind::parse(&m.kind).unwrap_or(OrganisationKind::Other),
        id: m.id,
        name: m.name,
        website: m.website,
    }
}

/// Every organisation, by name.
pub async fn list_organisations(db: &impl ConnectionTrait) -> Result<Vec<Organisation>, AppError> {
    Ok(organisation::Entity::find()
        .order_by_asc(organisation::Column::Name)
        .all(db)
        .await?
        .into_iter()
        .map(organisation_view)
        .collect())
}

/// Adds an organisation.
pub async fn create_organisation(
    db: &DatabaseConnection,
    editor: &Editor<'_>,
    input: OrganisationInput,
) -> Result<Organisation, AppError> {
    let f = check_organisation(input)?;
    if !editor.viewer.may_move_listings() {
        return Err(AppError::Forbidden);
    }
    let txn = db.begin().await?;
    let model = organisation::ActiveModel {
        id: Set(new_id()),
        name: Set(f.name),
        kind: Set(f.kind.as_str().into()),
        website: Set(f.website),
        created_at: Set(editor.now),
    }
    .insert(&txn)
    .await?;
    finish(
        &txn,
        editor,
        "directory.organisation_created",
        "organisation",
        &model.id,
    )
    .await?;
    txn.commit().await?;
    Ok(organisation_view(model))
}

/// Changes an organisation.
pub async fn update_organisation(
    db: &DatabaseConnection,
    editor: &Editor<'_>,
    id: &str,
    input: OrganisationInput,
) -> Result<Organisation, AppError> {
    let f = check_organisation(input)?;
    editor.may_edit(id)?;
    let txn = db.begin().await?;
    let mut model = organisation::Entity::find_by_id(id)
        .one(&txn)
        .await?
        .ok_or(AppError::NotFound)?
        .into_active_model();
    model.name = Set(f.name);
    model.kind = Set(f.kind.as_str().into());
    model.website = Set(f.website);
    let model = model.update(&txn).await?;
    finish(&txn, editor, "directory.organisation_updated", "organisation", id).await?;
    txn.commit().await?;
    Ok(organisation_view(model))
}

async fn organisation_exists(db: &impl ConnectionTrait, id: &str) -> Result<(), AppError> {
    match organisation::Entity::find_by_id(id).one(db).await? {
        Some(_) => Ok(()),
        None => Err(invalid(format!("organisation_id `{id}` is not an organisation"))),
    }
}

// ------------------------------------------------------------------- venues

struct VenueFields {
    organisation_id: String,
    name: String,
    address: String,
    town: String,
    postcode: String,
    lat: f64,
    lon: f64,
    step_free: bool,
    buggy_space: bool,
    baby_change: bool,
    breastfeeding_welcome: bool,
    bus_routes: Option<String>,
}

/// A full UK postcode in its usual form (`L8 1XF`).
fn full_postcode(value: &str) -> Result<String, AppError> {
    let compact: String = value
        .chars()
        .filter(|c| !c.is_whitespace())
        .collect::<String>()
        .to_ascii_uppercase();
    let bytes = compact.as_bytes();
    let shaped = (5..=7).contains(&bytes.len())
        && bytes.iter().all(u8::is_ascii_alphanumeric)
        && bytes[0].is_ascii_alphabetic()
        && bytes[bytes.len() - 3].is_ascii_digit()
        && bytes[bytes.len() - 2..].iter().all(u8::is_ascii_alphabetic);
    if !shaped {
        return Err(invalid(format!(
            "postcode must be a full UK postcode such as `L8 1XF`, not `{}`",
            value.trim()
        )));
    }
    let (outward, inward) = compact.split_at(compact.len() - 3);
    Ok(format!("{outward} {inward}"))
}

fn round5(degrees: f64) -> f64 {
    (degrees * 1e5).round() / 1e5
}

fn check_venue(input: VenueInput) -> Result<VenueFields, AppError> {
    let postcode = full_postcode(&input.postcode)?;
    let (lat, lon) = match (input.lat, input.lon) {
        (Some(lat), Some(lon)) => {
            if !(lat.is_finite()
                && lon.is_finite()
                && (-90.0..=90.0).contains(&lat)
                && (-180.0..=180.0).contains(&lon))
            {
                return Err(invalid("lat must be -90 to 90 and lon -180 to 180"));
            }
            (lat, lon)
        }
        (None, None) => match places::resolve(&postcode) {
            // The postcode files hold single precision; five places is about a metre.
            Ok(point) => (round5(point.lat), round5(point.lon)),
            Err(PlaceError::Unknown(message)) => return Err(AppError::UnknownPlace(message)),
            Err(PlaceError::Malformed(message)) => return Err(invalid(message)),
        },
        _ => {
            return Err(invalid(
                "send both lat and lon, or neither to find them from the postcode",
            ));
        }
    };
    Ok(VenueFields {
        organisation_id: input.organisation_id.trim().to_owned(),
        name: required("name", &input.name, NAME_MAX)?,
        address: required("address", &input.address, NAME_MAX)?,
        town: required("town", &input.town, 100)?,
        postcode,
        lat,
        lon,
        step_free: input.step_free,
        buggy_space: input.buggy_space,
        baby_change: input.baby_change,
        breastfeeding_welcome: input.breastfeeding_welcome,
        bus_routes: optional("bus_routes", input.bus_routes.as_deref(), NOTE_MAX)?,
    })
}

fn venue_view(v: venue::Model, owners: &Owners) -> Venue {
    Venue {
        check: owners.check(&v.owner_id, v.assured_at),
        id: v.id,
        organisation_id: v.organisation_id,
        name: v.name,
        address: v.address,
        town: v.town,
        postcode: v.postcode,
        lat: v.lat,
        lon: v.lon,
        step_free: v.step_free,
        buggy_space: v.buggy_space,
        baby_change: v.baby_change,
        breastfeeding_welcome: v.breastfeeding_welcome,
        bus_routes: v.bus_routes,
    }
}

/// Every venue (or the one with `only` as its id), by name.
pub async fn list_venues(
    db: &impl ConnectionTrait,
    owners: &Owners,
    only: Option<&str>,
) -> Result<Vec<Venue>, AppError> {
    let mut query = venue::Entity::find().order_by_asc(venue::Column::Name);
    if let Some(id) = only {
        query = query.filter(venue::Column::Id.eq(id));
    }
    Ok(query
        .all(db)
        .await?
        .into_iter()
        .map(|v| venue_view(v, owners))
        .collect())
}

async fn one_venue(db: &DatabaseConnection, editor: &Editor<'_>, id: &str) -> Result<Venue, AppError> {
    let owners = Owners::load(db, editor).await?;
    list_venues(db, &owners, Some(id))
        .await?
        .pop()
        .ok_or(AppError::NotFound)
}

/// Adds a venue, owned by the editor.
pub async fn create_venue(
    db: &DatabaseConnection,
    editor: &Editor<'_>,
    input: VenueInput,
) -> Result<Venue, AppError> {
    let f = check_venue(input)?;
    let txn = db.begin().await?;
    organisation_exists(&txn, &f.organisation_id).await?;
    editor.may_edit(&f.organisation_id)?;
    let id = new_id();
    venue::ActiveModel {
        id: Set(id.clone()),
        organisation_id: Set(f.organisation_id),
        name: Set(f.name),
        address: Set(f.address),
        town: Set(f.town),
        postcode: Set(f.postcode),
        lat: Set(f.lat),
        lon: Set(f.lon),
        step_free: Set(f.step_free),
        buggy_space: Set(f.buggy_space),
        baby_change: Set(f.baby_change),
        breastfeeding_welcome: Set(f.breastfeeding_welcome),
        bus_routes: Set(f.bus_routes),
        owner_id: Set(editor.user_id.to_owned()),
        assured_at: Set(editor.now),
        created_at: Set(editor.now),
    }
    .insert(&txn)
    .await?;
    finish(&txn, editor, "directory.venue_created", "venue", &id).await?;
    txn.commit().await?;
    one_venue(db, editor, &id).await
}

/// Changes a venue and marks it checked.
pub async fn update_venue(
    db: &DatabaseConnection,
    editor: &Editor<'_>,
    id: &str,
    input: VenueInput,
) -> Result<Venue, AppError> {
    let f = check_venue(input)?;
    let txn = db.begin().await?;
    let stored = venue::Entity::find_by_id(id)
        .one(&txn)
        .await?
        .ok_or(AppError::NotFound)?;
    organisation_exists(&txn, &f.organisation_id).await?;
    if editor.may_move(&stored.organisation_id, &f.organisation_id)? {
        audit_move(
            &txn,
            editor,
            ListingKind::Venue,
            id,
            &stored.organisation_id,
            &f.organisation_id,
        )
        .await?;
    }
    let mut model = stored.into_active_model();
    model.organisation_id = Set(f.organisation_id);
    model.name = Set(f.name);
    model.address = Set(f.address);
    model.town = Set(f.town);
    model.postcode = Set(f.postcode);
    model.lat = Set(f.lat);
    model.lon = Set(f.lon);
    model.step_free = Set(f.step_free);
    model.buggy_space = Set(f.buggy_space);
    model.baby_change = Set(f.baby_change);
    model.breastfeeding_welcome = Set(f.breastfeeding_welcome);
    model.bus_routes = Set(f.bus_routes);
    model.assured_at = Set(editor.now);
    model.update(&txn).await?;
    finish(&txn, editor, "directory.venue_updated", "venue", id).await?;
    txn.commit().await?;
    one_venue(db, editor, id).await
}

// --------------------------------------------------------------- programmes

struct ProgrammeWords {
    language: &'static str,
    title: String,
    description: String,
    what_to_bring: Option<String>,
}

fn check_programme_words(
    language: &str,
    title: &str,
    description: &str,
    what_to_bring: Option<&str>,
) -> Result<ProgrammeWords, AppError> {
    Ok(ProgrammeWords {
        language: interface_language(language)?,
        title: required("title", title, NAME_MAX)?,
        description: required("description", description, TEXT_MAX)?,
        what_to_bring: optional("what_to_bring", what_to_bring, NOTE_MAX)?,
    })
}

struct ProgrammeFields {
    organisation_id: String,
    kind: ProgrammeKind,
    for_pregnant: bool,
    baby_months: Option<(i32, i32)>,
    cost_pence: i32,
    booking: BookingMode,
    format: Format,
    words: Vec<ProgrammeWords>,
}

fn check_programme(input: ProgrammeInput) -> Result<ProgrammeFields, AppError> {
    let baby_months = match (input.baby_min_months, input.baby_max_months) {
        (None, None) => None,
        (Some(lo), Some(hi)) if lo <= hi && hi <= MAX_BABY_MONTHS => Some((lo as i32, hi as i32)),
        (Some(_), Some(_)) => {
            return Err(invalid(format!(
                "baby months must run from the youngest to the oldest, 0 to {MAX_BABY_MONTHS}"
            )));
        }
        _ => {
            return Err(invalid(
                "send both baby_min_months and baby_max_months, or neither",
            ));
        }
    };
    if input.cost_pence > MAX_COST_PENCE {
        return Err(invalid(format!("cost_pence may be at most {MAX_COST_PENCE}")));
    }
    let mut words: Vec<ProgrammeWords> = Vec::new();
    for t in &input.translations {
        let w = check_programme_words(&t.language, &t.title, &t.description, t.what_to_bring.as_deref())?;
        if words.iter().any(|x| x.language == w.language) {
            return Err(invalid(format!("translations has `{}` twice", w.language)));
        }
        words.push(w);
    }
    Ok(ProgrammeFields {
        organisation_id: input.organisation_id.trim().to_owned(),
        kind: input.kind,
        for_pregnant: input.for_pregnant,
        baby_months,
        cost_pence: input.cost_pence as i32,
        booking: input.booking,
        format: input.format,
        words,
    })
}

async fn save_programme_words(
    db: &impl ConnectionTrait,
    programme_id: &str,
    w: ProgrammeWords,
) -> Result<(), DbErr> {
    let existing =
        programme_translation::Entity::find_by_id((programme_id.to_owned(), w.language.to_owned()))
            .one(db)
            .await?;
    match existing {
        Some(row) => {
            let mut row = row.into_active_model();
            row.title = Set(w.title);
            row.description = Set(w.description);
            row.what_to_bring = Set(w.what_to_bring);
            row.update(db).await?;
        }
        None => {
            programme_translation::ActiveModel {
                programme_id: Set(programme_id.to_owned()),
                language: Set(w.language.to_owned()),
                title: Set(w.title),
                description: Set(w.description),
                what_to_bring: Set(w.what_to_bring),
            }
            .insert(db)
            .await?;
        }
    }
    Ok(())
}

/// Every programme (or the one with `only` as its id), by English title.
pub async fn list_programmes(
    db: &impl ConnectionTrait,
    owners: &Owners,
    only: Option<&str>,
) -> Result<Vec<Programme>, AppError> {
    let mut query = programme::Entity::find();
    let mut texts_query =
        programme_translation::Entity::find().order_by_asc(programme_translation::Column::Language);
    if let Some(id) = only {
        query = query.filter(programme::Column::Id.eq(id));
        texts_query = texts_query.filter(programme_translation::Column::ProgrammeId.eq(id));
    }
    let mut texts: HashMap<String, Vec<ProgrammeText>> = HashMap::new();
    for t in texts_query.all(db).await? {
        texts.entry(t.programme_id).or_default().push(ProgrammeText {
            language: t.language,
            title: t.title,
            description: t.description,
            what_to_bring: t.what_to_bring,
        });
    }
    let mut out: Vec<Programme> = query
        .all(db)
        .await?
        .into_iter()
        .map(|p| {
            let mut translations = texts.remove(&p.id).unwrap_or_default();
            translations.sort_by_key(|t| t.language != "en");
            Ok::<_, DbErr>(Programme {
                check: owners.check(&p.owner_id, p.assured_at),
                title: translations.first().map(|t| t.title.clone()).unwrap_or_default(),
                kind: column(&p.kind, "programmes", "kind", &p.id)?,
                booking: column(&p.booking, "programmes", "booking", &p.id)?,
                format: column(&p.format, "programmes", "format", &p.id)?,
                id: p.id,
                organisation_id: p.organisation_id,
                for_pregnant: p.for_pregnant,
                baby_min_months: p.baby_min_months.map(stored_u32),
                baby_max_months: p.baby_max_months.map(stored_u32),
                cost_pence: stored_u32(p.cost_pence),
                translations,
            })
        })
        .collect::<Result<_, _>>()?;
    out.sort_by_key(|p| p.title.to_lowercase());
    Ok(out)
}

async fn one_programme(
    db: &DatabaseConnection,
    editor: &Editor<'_>,
    id: &str,
) -> Result<Programme, AppError> {
    let owners = Owners::load(db, editor).await?;
    list_programmes(db, &owners, Some(id))
        .await?
        .pop()
        .ok_or(AppError::NotFound)
}

/// Adds a programme with its words; English is required.
pub async fn create_programme(
    db: &DatabaseConnection,
    editor: &Editor<'_>,
    input: ProgrammeInput,
) -> Result<Programme, AppError> {
    let f = check_programme(input)?;
    if !f.words.iter().any(|w| w.language == "en") {
        return Err(invalid(
            "a new programme needs its English title and description: a translation with language `en`",
        ));
    }
    let txn = db.begin().await?;
    organisation_exists(&txn, &f.organisation_id).await?;
    editor.may_edit(&f.organisation_id)?;
    let id = new_id();
    programme::ActiveModel {
        id: Set(id.clone()),
        organisation_id: Set(f.organisation_id),
        kind: Set(f.kind.as_str().into()),
        for_pregnant: Set(f.for_pregnant),
        baby_min_months: Set(f.baby_months.map(|m| m.0)),
        baby_max_months: Set(f.baby_months.map(|m| m.1)),
        cost_pence: Set(f.cost_pence),
        booking: Set(f.booking.as_str().into()),
        format: Set(f.format.as_str().into()),
        owner_id: Set(editor.user_id.to_owned()),
        assured_at: Set(editor.now),
        created_at: Set(editor.now),
    }
    .insert(&txn)
    .await?;
    for w in f.words {
        save_programme_words(&txn, &id, w).await?;
    }
    finish(&txn, editor, "directory.programme_created", "programme", &id).await?;
    txn.commit().await?;
    one_programme(db, editor, &id).await
}

/// Changes a programme (and saves any words sent) and marks it checked.
pub async fn update_programme(
    db: &DatabaseConnection,
    editor: &Editor<'_>,
    id: &str,
    input: ProgrammeInput,
) -> Result<Programme, AppError> {
    let f = check_programme(input)?;
    let txn = db.begin().await?;
    let stored = programme::Entity::find_by_id(id)
        .one(&txn)
        .await?
        .ok_or(AppError::NotFound)?;
    organisation_exists(&txn, &f.organisation_id).await?;
    if editor.may_move(&stored.organisation_id, &f.organisation_id)? {
        // Its sessions' hosts stay as they are: the admin moving it reassigns them.
        audit_move(
            &txn,
            editor,
            ListingKind::Programme,
            id,
            &stored.organisation_id,
            &f.organisation_id,
        )
        .await?;
    }
    let mut model = stored.into_active_model();
    model.organisation_id = Set(f.organisation_id);
    model.kind = Set(f.kind.as_str().into());
    model.for_pregnant = Set(f.for_pregnant);
    model.baby_min_months = Set(f.baby_months.map(|m| m.0));
    model.baby_max_months = Set(f.baby_months.map(|m| m.1));
    model.cost_pence = Set(f.cost_pence);
    model.booking = Set(f.booking.as_str().into());
    model.format = Set(f.format.as_str().into());
    model.assured_at = Set(editor.now);
    model.update(&txn).await?;
    for w in f.words {
        save_programme_words(&txn, id, w).await?;
    }
    finish(&txn, editor, "directory.programme_updated", "programme", id).await?;
    txn.commit().await?;
    one_programme(db, editor, id).await
}

/// Saves a programme's words in one language and marks it checked.
pub async fn save_programme_text(
    db: &DatabaseConnection,
    editor: &Editor<'_>,
    id: &str,
    language: &str,
    input: ProgrammeTextInput,
) -> Result<Programme, AppError> {
    let w = check_programme_words(
        language,
        &input.title,
        &input.description,
        input.what_to_bring.as_deref(),
    )?;
    let txn = db.begin().await?;
    editable(&txn, editor, ListingKind::Programme, id).await?;
    let updated = programme::Entity::update_many()
        .col_expr(programme::Column::AssuredAt, Expr::value(editor.now))
        .filter(programme::Column::Id.eq(id))
        .exec(&txn)
        .await?;
    if updated.rows_affected == 0 {
        return Err(AppError::NotFound);
    }
    save_programme_words(&txn, id, w).await?;
    finish(&txn, editor, "directory.programme_translated", "programme", id).await?;
    txn.commit().await?;
    one_programme(db, editor, id).await
}

// ----------------------------------------------------------------- sessions

/// When a session meets.
#[derive(Clone, Copy, Debug, PartialEq)]
struct Schedule {
    frequency: Frequency,
    /// ISO weekday, 1 to 7.
    weekday: u32,
    starts_on: NaiveDate,
    ends_on: Option<NaiveDate>,
}

impl Schedule {
    fn of(s: &session::Model) -> Result<Schedule, DbErr> {
        Ok(Schedule {
            frequency: column(&s.frequency, "sessions", "frequency", &s.id)?,
            weekday: s.weekday.clamp(1, 7) as u32,
            starts_on: s.starts_on,
            ends_on: s.ends_on,
        })
    }

    /// The first meeting: the first day on its weekday from the start of term.
    fn first(self) -> NaiveDate {
        let ahead = (self.weekday + 7 - self.starts_on.weekday().number_from_monday()) % 7;
        self.starts_on + Duration::days(i64::from(ahead))
    }

    /// The last day it may meet: the end of term, else a year from now.
    fn last(self, today: NaiveDate) -> NaiveDate {
        self.ends_on.unwrap_or_else(|| {
            self.first().max(today) + Duration::weeks(OPEN_ENDED_WEEKS) - Duration::days(1)
        })
    }

    /// Every meeting from `from` on.
    fn dates(self, from: NaiveDate, today: NaiveDate) -> Vec<NaiveDate> {
        let (last, step) = (self.last(today), Duration::days(self.frequency.days()));
        let mut out = Vec::new();
        let mut date = self.first();
        while date <= last {
            if date >= from {
                out.push(date);
            }
            date += step;
        }
        out
    }
}

struct SessionWords {
    language: &'static str,
    title: String,
    description: Option<String>,
}

fn check_session_words(
    language: &str,
    title: &str,
    description: Option<&str>,
) -> Result<SessionWords, AppError> {
    Ok(SessionWords {
        language: interface_language(language)?,
        title: required("title", title, NAME_MAX)?,
        description: optional("description", description, TEXT_MAX)?,
    })
}

struct SessionFields {
    programme_id: String,
    venue_id: String,
    host_id: String,
    schedule: Schedule,
    start_time: String,
    end_time: String,
    capacity: Option<i32>,
    languages: Vec<String>,
    interpreter_languages: Vec<String>,
    cancelled: BTreeSet<NaiveDate>,
    words: Vec<SessionWords>,
}

/// Checks a session; `stored_start` is the start of term it had before, if any: a
/// term may start at most a year ago unless it already did.
fn check_session(
    input: SessionInput,
    today: NaiveDate,
    stored_start: Option<NaiveDate>,
) -> Result<SessionFields, AppError> {
    if !(1..=7).contains(&input.weekday) {
        return Err(invalid(format!(
            "weekday must be 1 (Monday) to 7 (Sunday), not {}",
            input.weekday
        )));
    }
    let start = ClockTime::parse(&input.start_time).ok_or_else(|| {
        invalid(format!(
            "start_time must be a time as HH:MM, such as 10:30, not `{}`",
            input.start_time
        ))
    })?;
    let end = ClockTime::parse(&input.end_time).ok_or_else(|| {
        invalid(format!(
            "end_time must be a time as HH:MM, such as 11:30, not `{}`",
            input.end_time
        ))
    })?;
    if end <= start {
        return Err(invalid("end_time must be after start_time"));
    }
    let starts_on = parse_date("starts_on", &input.starts_on)?;
    if stored_start != Some(starts_on) && starts_on < today - Duration::days(MAX_PAST_START_DAYS) {
        return Err(invalid("starts_on may be at most a year ago"));
    }
    let ends_on = input
        .ends_on
        .as_deref()
        .map(str::trim)
        .filter(|d| !d.is_empty())
        .map(|d| parse_date("ends_on", d))
        .transpose()?;
    let schedule = Schedule {
        frequency: input.frequency,
        weekday: u32::from(input.weekday),
        starts_on,
        ends_on,
    };
    if let Some(ends_on) = ends_on {
        if ends_on < starts_on {
            return Err(invalid("ends_on must not be before starts_on"));
        }
        if (ends_on - starts_on).num_days() > MAX_TERM_DAYS {
            return Err(invalid(
                "a term may last at most two years; leave ends_on empty for an ongoing session",
            ));
        }
        if schedule.first() > ends_on {
            return Err(invalid("no meeting day falls between starts_on and ends_on"));
        }
    }
    let capacity = match input.capacity {
        None => None,
        Some(c) if (1..=MAX_CAPACITY).contains(&c) => Some(c as i32),
        Some(c) => {
            return Err(invalid(format!(
                "capacity must be 1 to {MAX_CAPACITY}, or left out for no limit, not {c}"
            )));
        }
    };
    let languages = language_tags("languages", &input.languages)?;
    if languages.is_empty() {
        return Err(invalid(
            "languages must name at least one language the session is delivered in",
        ));
    }
    let interpreter_languages = language_tags("interpreter_languages", &input.interpreter_languages)?;
    if input.cancelled_dates.len() > MAX_CANCELLED {
        return Err(invalid(format!(
            "cancelled_dates may list at most {MAX_CANCELLED} dates"
        )));
    }
    let cancelled = input
        .cancelled_dates
        .iter()
        .map(|d| parse_date("cancelled_dates", d))
        .collect::<Result<BTreeSet<_>, _>>()?;
    let mut words: Vec<SessionWords> = Vec::new();
    for t in &input.translations {
        let w = check_session_words(&t.language, &t.title, t.description.as_deref())?;
        if words.iter().any(|x| x.language == w.language) {
            return Err(invalid(format!("translations has `{}` twice", w.language)));
        }
        words.push(w);
    }
    Ok(SessionFields {
        programme_id: input.programme_id.trim().to_owned(),
        venue_id: input.venue_id.trim().to_owned(),
        host_id: input.host_id.trim().to_owned(),
        schedule,
        start_time: start.to_string(),
        end_time: end.to_string(),
        capacity,
        languages,
        interpreter_languages,
        cancelled,
        words,
    })
}

/// Checks a venue, a programme and its sessions as creating them would, without
/// writing anything: an import checks a whole feed before it changes a listing.
/// The ids the inputs name are not looked up.
pub(crate) fn check_listing(
    venues: Vec<VenueInput>,
    programme: ProgrammeInput,
    sessions: Vec<SessionInput>,
    today: NaiveDate,
) -> Result<(), AppError> {
    for v in venues {
        check_venue(v)?;
    }
    check_programme(programme)?;
    for s in sessions {
        check_session(s, today, None)?;
    }
    Ok(())
}

/// The roles who may host a session.
const HOST_ROLES: [Role; 2] = [Role::Host, Role::Coordinator];

/// Checks that a session's programme, venue and host exist, that the editor may
/// edit the programme's listings, and that the host is one of its organisation's
/// staff.
async fn check_session_links(
    db: &impl ConnectionTrait,
    editor: &Editor<'_>,
    f: &SessionFields,
) -> Result<(), AppError> {
    let Some(organisation) = programme_organisation(db, &f.programme_id).await? else {
        return Err(invalid(format!(
            "programme_id `{}` is not a programme",
            f.programme_id
        )));
    };
    editor.may_edit(&organisation)?;
    if venue::Entity::find_by_id(f.venue_id.as_str())
        .one(db)
        .await?
        .is_none()
    {
        return Err(invalid(format!("venue_id `{}` is not a venue", f.venue_id)));
    }
    let host = user::Entity::find_by_id(f.host_id.as_str()).one(db).await?;
    let hosts = host.is_some_and(|u| {
        u.role
            .parse::<Role>()
            .is_ok_and(|role| may_host(role, u.active, u.organisation_id.as_deref(), &organisation))
    });
    if !hosts {
        return Err(invalid(format!(
            "host_id `{}` is not an active host or coordinator of the programme's organisation",
            f.host_id
        )));
    }
    Ok(())
}

/// Brings a session's dates in line with its schedule from `from` on: adds missing
/// dates, removes dates off the schedule that nobody has booked, and marks exactly
/// `cancelled` as cancelled. With `strict`, every cancelled date must be one the
/// session meets on.
async fn sync_dates(
    db: &impl ConnectionTrait,
    session_id: &str,
    schedule: Schedule,
    from: NaiveDate,
    today: NaiveDate,
    cancelled: &BTreeSet<NaiveDate>,
    strict: bool,
) -> Result<(), AppError> {
    let wanted: BTreeSet<NaiveDate> = schedule.dates(from, today).into_iter().collect();
    let existing = occurrence::Entity::find()
        .filter(occurrence::Column::SessionId.eq(session_id))
        .all(db)
        .await?;
    let booked: HashSet<String> = booking::Entity::find()
        .filter(booking::Column::SessionId.eq(session_id))
        .all(db)
        .await?
        .into_iter()
        .filter_map(|b| b.occurrence_id)
        .collect();
    let mut kept = BTreeSet::new();
    let mut removed = Vec::new();
    for o in existing {
        if o.date >= from && !wanted.contains(&o.date) && o.booked == 0 && !booked.contains(&o.id) {
            removed.push(o.id);
            continue;
        }
        kept.insert(o.date);
        let cancel = cancelled.contains(&o.date);
        if o.cancelled != cancel {
            let mut row = o.into_active_model();
            row.cancelled = Set(cancel);
            row.update(db).await?;
        }
    }
    if strict
        && let Some(date) = cancelled
            .iter()
            .find(|d| !kept.contains(d) && !wanted.contains(d))
    {
        return Err(invalid(format!(
            "{} in cancelled_dates is not a date this session meets on",
            ymd(*date)
        )));
    }
    if !removed.is_empty() {
        occurrence::Entity::delete_many()
            .filter(occurrence::Column::Id.is_in(removed))
            .exec(db)
            .await?;
    }
    for date in wanted.into_iter().filter(|d| !kept.contains(d)) {
        occurrence::ActiveModel {
            id: Set(new_id()),
            session_id: Set(session_id.to_owned()),
            date: Set(date),
            cancelled: Set(cancelled.contains(&date)),
            booked: Set(0),
        }
        .insert(db)
        .await?;
    }
    Ok(())
}

/// Marks exactly `cancelled` of a session's dates as cancelled, for a session
/// whose dates come from a calendar: every cancelled date must be one of them.
async fn mark_cancelled(
    db: &impl ConnectionTrait,
    session_id: &str,
    cancelled: &BTreeSet<NaiveDate>,
) -> Result<(), AppError> {
    let existing = occurrence::Entity::find()
        .filter(occurrence::Column::SessionId.eq(session_id))
        .all(db)
        .await?;
    if let Some(date) = cancelled.iter().find(|d| !existing.iter().any(|o| o.date == **d)) {
        return Err(invalid(format!(
            "{} in cancelled_dates is not a date this session meets on",
            ymd(*date)
        )));
    }
    for o in existing {
        let cancel = cancelled.contains(&o.date);
        if o.cancelled != cancel {
            let mut row = o.into_active_model();
            row.cancelled = Set(cancel);
            row.update(db).await?;
        }
    }
    Ok(())
}

async fn save_session_words(
    db: &impl ConnectionTrait,
    session_id: &str,
    w: SessionWords,
) -> Result<(), DbErr> {
    let existing = session_translation::Entity::find_by_id((session_id.to_owned(), w.language.to_owned()))
        .one(db)
        .await?;
    match existing {
        Some(row) => {
            let mut row = row.into_active_model();
            row.title = Set(w.title);
            row.description = Set(w.description);
            row.update(db).await?;
        }
        None => {
            session_translation::ActiveModel {
                session_id: Set(session_id.to_owned()),
                language: Set(w.language.to_owned()),
                title: Set(w.title),
                description: Set(w.description),
            }
            .insert(db)
            .await?;
        }
    }
    Ok(())
}

/// Every session (or the one with `only` as its id), by title, day and time.
pub async fn list_sessions(
    db: &impl ConnectionTrait,
    owners: &Owners,
    only: Option<&str>,
) -> Result<Vec<Session>, AppError> {
    let mut query = session::Entity::find();
    let mut texts_query =
        session_translation::Entity::find().order_by_asc(session_translation::Column::Language);
    let mut cancelled_query = occurrence::Entity::find()
        .filter(occurrence::Column::Cancelled.eq(true))
        .order_by_asc(occurrence::Column::Date);
    if let Some(id) = only {
        query = query.filter(session::Column::Id.eq(id));
        texts_query = texts_query.filter(session_translation::Column::SessionId.eq(id));
        cancelled_query = cancelled_query.filter(occurrence::Column::SessionId.eq(id));
    }
    let programme_titles: HashMap<String, String> = programme_translation::Entity::find()
        .filter(programme_translation::Column::Language.eq("en"))
        .all(db)
        .await?
        .into_iter()
        .map(|t| (t.programme_id, t.title))
        .collect();
    let venue_names: HashMap<String, String> = venue::Entity::find()
        .all(db)
        .await?
        .into_iter()
        .map(|v| (v.id, v.name))
        .collect();
    let mut texts: HashMap<String, Vec<SessionText>> = HashMap::new();
    for t in texts_query.all(db).await? {
        texts.entry(t.session_id).or_default().push(SessionText {
            language: t.language,
            title: t.title,
            description: t.description,
        });
    }
    let mut cancelled: HashMap<String, Vec<String>> = HashMap::new();
    for o in cancelled_query.all(db).await? {
        cancelled.entry(o.session_id).or_default().push(ymd(o.date));
    }
    let split = |tags: &str| tags.split_whitespace().map(str::to_owned).collect::<Vec<_>>();
    let mut out: Vec<Session> = query
        .all(db)
        .await?
        .into_iter()
        .map(|s| {
            let mut translations = texts.remove(&s.id).unwrap_or_default();
            translations.sort_by_key(|t| t.language != "en");
            let title = translations
                .iter()
                .find(|t| t.language == "en")
                .map(|t| t.title.clone())
                .or_else(|| programme_titles.get(&s.programme_id).cloned())
                .unwrap_or_default();
            Ok::<_, DbErr>(Session {
                check: owners.check(&s.owner_id, s.assured_at),
                title,
                venue_name: venue_names.get(&s.venue_id).cloned().unwrap_or_default(),
                frequency: column(&s.frequency, "sessions", "frequency", &s.id)?,
                weekday: s.weekday.clamp(1, 7) as u8,
                starts_on: ymd(s.starts_on),
                ends_on: s.ends_on.map(ymd),
                capacity: s.capacity.map(stored_u32),
                languages: split(&s.languages),
                interpreter_languages: split(&s.interpreter_languages),
                cancelled_dates: cancelled.remove(&s.id).unwrap_or_default(),
                translations,
                id: s.id,
                programme_id: s.programme_id,
                venue_id: s.venue_id,
                host_id: s.host_id,
                start_time: s.start_time,
                end_time: s.end_time,
            })
        })
        .collect::<Result<_, _>>()?;
    out.sort_by(|a, b| {
        a.title
            .to_lowercase()
            .cmp(&b.title.to_lowercase())
            .then(a.weekday.cmp(&b.weekday))
            .then_with(|| a.start_time.cmp(&b.start_time))
    });
    Ok(out)
}

async fn one_session(db: &DatabaseConnection, editor: &Editor<'_>, id: &str) -> Result<Session, AppError> {
    let owners = Owners::load(db, editor).await?;
    list_sessions(db, &owners, Some(id))
        .await?
        .pop()
        .ok_or(AppError::NotFound)
}

/// Adds a session, owned by the editor, with all its dates.
pub async fn create_session(
    db: &DatabaseConnection,
    editor: &Editor<'_>,
    input: SessionInput,
) -> Result<Session, AppError> {
    let f = check_session(input, editor.today, None)?;
    let txn = db.begin().await?;
    check_session_links(&txn, editor, &f).await?;
    let id = new_id();
    session::ActiveModel {
        id: Set(id.clone()),
        programme_id: Set(f.programme_id),
        venue_id: Set(f.venue_id),
        host_id: Set(f.host_id),
        frequency: Set(f.schedule.frequency.as_str().into()),
        weekday: Set(f.schedule.weekday as i32),
        start_time: Set(f.start_time),
        end_time: Set(f.end_time),
        starts_on: Set(f.schedule.starts_on),
        ends_on: Set(f.schedule.ends_on),
        capacity: Set(f.capacity),
        languages: Set(f.languages.join(" ")),
        interpreter: Set(!f.interpreter_languages.is_empty()),
        interpreter_languages: Set(f.interpreter_languages.join(" ")),
        enrolled: Set(0),
        owner_id: Set(editor.user_id.to_owned()),
        assured_at: Set(editor.now),
        created_at: Set(editor.now),
    }
    .insert(&txn)
    .await?;
    let first = f.schedule.first();
    sync_dates(&txn, &id, f.schedule, first, editor.today, &f.cancelled, true).await?;
    for w in f.words {
        save_session_words(&txn, &id, w).await?;
    }
    finish(&txn, editor, "directory.session_created", "session", &id).await?;
    txn.commit().await?;
    one_session(db, editor, &id).await
}

/// Changes a session and marks it checked. A changed schedule re-makes the dates
/// from today on, keeping any date someone has booked.
pub async fn update_session(
    db: &DatabaseConnection,
    editor: &Editor<'_>,
    id: &str,
    input: SessionInput,
) -> Result<Session, AppError> {
    let txn = db.begin().await?;
    let stored = session::Entity::find_by_id(id)
        .one(&txn)
        .await?
        .ok_or(AppError::NotFound)?;
    let f = check_session(input, editor.today, Some(stored.starts_on))?;
    let from = editable(&txn, editor, ListingKind::Session, id).await?;
    check_session_links(&txn, editor, &f).await?;
    let to = programme_organisation(&txn, &f.programme_id)
        .await?
        .unwrap_or_default();
    if editor.may_move(&from, &to)? {
        audit_move(&txn, editor, ListingKind::Session, id, &from, &to).await?;
    }
    let mut model = stored.into_active_model();
    model.programme_id = Set(f.programme_id);
    model.venue_id = Set(f.venue_id);
    model.host_id = Set(f.host_id);
    model.frequency = Set(f.schedule.frequency.as_str().into());
    model.weekday = Set(f.schedule.weekday as i32);
    model.start_time = Set(f.start_time);
    model.end_time = Set(f.end_time);
    model.starts_on = Set(f.schedule.starts_on);
    model.ends_on = Set(f.schedule.ends_on);
    model.capacity = Set(f.capacity);
    model.languages = Set(f.languages.join(" "));
    model.interpreter = Set(!f.interpreter_languages.is_empty());
    model.interpreter_languages = Set(f.interpreter_languages.join(" "));
    model.assured_at = Set(editor.now);
    model.update(&txn).await?;
    if crate::service::calendar_import::takes_dates(&txn, id).await? {
        // Its dates come from its calendar: only which are cancelled is hers.
        mark_cancelled(&txn, id, &f.cancelled).await?;
    } else {
        sync_dates(
            &txn,
            id,
            f.schedule,
            editor.today,
            editor.today,
            &f.cancelled,
            true,
        )
        .await?;
    }
    for w in f.words {
        save_session_words(&txn, id, w).await?;
    }
    finish(&txn, editor, "directory.session_updated", "session", id).await?;
    txn.commit().await?;
    one_session(db, editor, id).await
}

/// Saves a session's own words in one language and marks it checked.
pub async fn save_session_text(
    db: &DatabaseConnection,
    editor: &Editor<'_>,
    id: &str,
    language: &str,
    input: SessionTextInput,
) -> Result<Session, AppError> {
    let w = check_session_words(language, &input.title, input.description.as_deref())?;
    let txn = db.begin().await?;
    editable(&txn, editor, ListingKind::Session, id).await?;
    let updated = session::Entity::update_many()
        .col_expr(session::Column::AssuredAt, Expr::value(editor.now))
        .filter(session::Column::Id.eq(id))
        .exec(&txn)
        .await?;
    if updated.rows_affected == 0 {
        return Err(AppError::NotFound);
    }
    save_session_words(&txn, id, w).await?;
    finish(&txn, editor, "directory.session_translated", "session", id).await?;
    txn.commit().await?;
    one_session(db, editor, id).await
}

/// Everyone who may host a session of the editor's organisation (an admin: of any),
/// by name.
pub async fn list_hosts(db: &impl ConnectionTrait, editor: &Editor<'_>) -> Result<Vec<Host>, AppError> {
    let mut query = user::Entity::find()
        .filter(user::Column::Role.is_in(HOST_ROLES.map(Role::as_str)))
        .filter(user::Column::Active.eq(true));
    if !editor.viewer.may_move_listings() {
        query = query.filter(
            user::Column::OrganisationId.eq(editor.viewer.organisation_id.clone().unwrap_or_default()),
        );
    }
    Ok(query
        .order_by_asc(user::Column::DisplayName)
        .all(db)
        .await?
        .into_iter()
        .map(|u| Host {
            id: u.id,
            name: u.display_name,
        })
        .collect())
}

// ------------------------------------------------------------ checking

/// Marks a listing checked now, with no other change. A session's dates are
/// topped up to a year ahead when it has no end.
pub async fn mark_checked(
    db: &DatabaseConnection,
    editor: &Editor<'_>,
    kind: ListingKind,
    id: &str,
) -> Result<(), AppError> {
    let txn = db.begin().await?;
    editable(&txn, editor, kind, id).await?;
    let updated = match kind {
        ListingKind::Venue => {
            venue::Entity::update_many()
                .col_expr(venue::Column::AssuredAt, Expr::value(editor.now))
                .filter(venue::Column::Id.eq(id))
                .exec(&txn)
                .await?
        }
        ListingKind::Programme => {
            programme::Entity::update_many()
                .col_expr(programme::Column::AssuredAt, Expr::value(editor.now))
                .filter(programme::Column::Id.eq(id))
                .exec(&txn)
                .await?
        }
        ListingKind::Session => {
            session::Entity::update_many()
                .col_expr(session::Column::AssuredAt, Expr::value(editor.now))
                .filter(session::Column::Id.eq(id))
                .exec(&txn)
                .await?
        }
    };
    if updated.rows_affected == 0 {
        return Err(AppError::NotFound);
    }
    if kind == ListingKind::Session
        && let Some(s) = session::Entity::find_by_id(id).one(&txn).await?
        && s.ends_on.is_none()
    {
        let cancelled = occurrence::Entity::find()
            .filter(occurrence::Column::SessionId.eq(id))
            .filter(occurrence::Column::Cancelled.eq(true))
            .all(&txn)
            .await?
            .into_iter()
            .map(|o| o.date)
            .collect();
        sync_dates(
            &txn,
            id,
            Schedule::of(&s)?,
            editor.today,
            editor.today,
            &cancelled,
            false,
        )
        .await?;
    }
    finish(&txn, editor, "directory.checked", kind.as_str(), id).await?;
    txn.commit().await?;
    Ok(())
}

/// Every venue, programme and session not checked for [`FLAG_AFTER_DAYS`] or
/// more, longest unchecked first.
pub async fn stale_listings(
    db: &impl ConnectionTrait,
    owners: &Owners,
) -> Result<Vec<StaleListing>, AppError> {
    let mut out: Vec<StaleListing> = Vec::new();
    for v in list_venues(db, owners, None).await? {
        if v.check.flagged {
            out.push(StaleListing {
                kind: ListingKind::Venue,
                id: v.id,
                title: v.name,
                venue_name: None,
                weekday: None,
                start_time: None,
                check: v.check,
            });
        }
    }
    for p in list_programmes(db, owners, None).await? {
        if p.check.flagged {
            out.push(StaleListing {
                kind: ListingKind::Programme,
                id: p.id,
                title: p.title,
                venue_name: None,
                weekday: None,
                start_time: None,
                check: p.check,
            });
        }
    }
    for s in list_sessions(db, owners, None).await? {
        if s.check.flagged {
            out.push(StaleListing {
                kind: ListingKind::Session,
                id: s.id,
                title: s.title,
                venue_name: Some(s.venue_name),
                weekday: Some(s.weekday),
                start_time: Some(s.start_time),
                check: s.check,
            });
        }
    }
    out.sort_by_key(|l| std::cmp::Reverse(l.check.days_since_checked));
    Ok(out)
}

/// Tells each owner, in the app, about each listing of theirs that has gone
/// unchecked for [`FLAG_AFTER_DAYS`]: once per listing each time it goes stale.
/// Returns how many notices it made. Cheap enough to run hourly.
///
/// One run at a time in this server: the hourly job and a coordinator reading the
/// stale list each run it, and two runs each finding no notice would both write one
/// (seen as three notices for two listings when the list was read as the server
/// started).
pub async fn notify_stale(db: &impl ConnectionTrait, now: DateTime<Utc>) -> Result<usize, DbErr> {
    static ONE_RUN: tokio::sync::Mutex<()> = tokio::sync::Mutex::const_new(());
    let _alone = ONE_RUN.lock().await;
    let cutoff = now - Duration::days(FLAG_AFTER_DAYS);
    let mut due: Vec<(String, String, DateTime<Utc>)> = Vec::new();
    for v in venue::Entity::find()
        .filter(venue::Column::AssuredAt.lte(cutoff))
        .all(db)
        .await?
    {
        due.push((v.id, v.owner_id, v.assured_at));
    }
    for p in programme::Entity::find()
        .filter(programme::Column::AssuredAt.lte(cutoff))
        .all(db)
        .await?
    {
        due.push((p.id, p.owner_id, p.assured_at));
    }
    for s in session::Entity::find()
        .filter(session::Column::AssuredAt.lte(cutoff))
        .all(db)
        .await?
    {
        due.push((s.id, s.owner_id, s.assured_at));
    }
    let mut made = 0;
    for (id, owner, assured_at) in due {
        let told = notification::Entity::find()
            .filter(notification::Column::Kind.eq(STALE_NOTICE))
            .filter(notification::Column::SubjectId.eq(id.as_str()))
            .filter(notification::Column::CreatedAt.gte(assured_at))
            .one(db)
            .await?
            .is_some();
        if told {
            continue;
        }
        notification::ActiveModel {
            id: Set(new_id()),
            user_id: Set(owner),
            kind: Set(STALE_NOTICE.into()),
            subject_id: Set(Some(id)),
            created_at: Set(now),
            read_at: Set(None),
        }
        .insert(db)
        .await?;
        made += 1;
    }
    if made > 0 {
        tracing::info!(notices = made, "owners told of stale listings");
    }
    Ok(made)
}

/// Runs [`notify_stale`] now and then every hour, for as long as the server runs.
pub fn watch_stale(db: DatabaseConnection) {
    tokio::spawn(async move {
        let mut ticker = tokio::time::interval(std::time::Duration::from_secs(3600));
        ticker.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
        loop {
            ticker.tick().await;
            if let Err(error) = notify_stale(&db, Utc::now()).await {
                tracing::warn!(%error, "could not check for stale listings");
            }
        }
    });
}

// ------------------------------------------------------------------ reports

/// Open "this information is wrong" reports, oldest first.
pub async fn open_reports(
    db: &impl ConnectionTrait,
    editor: &Editor<'_>,
) -> Result<Vec<ListingReport>, AppError> {
    let reports = listing_report::Entity::find()
        .filter(listing_report::Column::ResolvedAt.is_null())
        .order_by_asc(listing_report::Column::CreatedAt)
        .all(db)
        .await?;
    let mut out = Vec::new();
    for r in reports {
        let Some(listing) = listings::load(db, &r.session_id).await? else {
            continue;
        };
        let reason = crate::db::column::optional(r.reason.as_deref(), "listing_reports", "reason", &r.id)?;
        out.push(ListingReport {
            id: r.id,
            title: listing.title("en").text,
            venue_name: listing.venue.name.clone(),
            weekday: listing.session.weekday.clamp(1, 7) as u8,
            start_time: listing.session.start_time.clone(),
            owned_by_me: listing.session.owner_id == editor.user_id,
            session_id: r.session_id,
            note: r.note,
            reason,
            created_at: iso(r.created_at),
        });
    }
    Ok(out)
}

/// Closes a report. Closing a closed report changes nothing.
pub async fn resolve_report(db: &DatabaseConnection, editor: &Editor<'_>, id: &str) -> Result<(), AppError> {
    let report = listing_report::Entity::find_by_id(id)
        .one(db)
        .await?
        .ok_or(AppError::NotFound)?;
    if report.resolved_at.is_some() {
        return Ok(());
    }
    let txn = db.begin().await?;
    let mut row = report.into_active_model();
    row.resolved_at = Set(Some(editor.now));
    row.update(&txn).await?;
    audit::record(
        &txn,
        AuditEntry {
            actor_id: Some(editor.user_id),
            action: "directory.report_resolved",
            subject_type: Some("listing_report"),
            subject_id: Some(id),
            detail: None,
        },
    )
    .await?;
    txn.commit().await?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn date(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    #[test]
    fn a_schedule_meets_from_the_first_weekday_of_term() {
        // 2026-11-02 is a Monday; Thursdays from then.
        let weekly = Schedule {
            frequency: Frequency::Weekly,
            weekday: 4,
            starts_on: date(2026, 11, 2),
            ends_on: Some(date(2026, 11, 26)),
        };
        assert_eq!(weekly.first(), date(2026, 11, 5));
        assert_eq!(
            weekly.dates(weekly.first(), date(2026, 11, 1)),
            [
                date(2026, 11, 5),
                date(2026, 11, 12),
                date(2026, 11, 19),
                date(2026, 11, 26)
            ]
        );
        let fortnightly = Schedule {
            frequency: Frequency::Fortnightly,
            ..weekly
        };
        assert_eq!(
            fortnightly.dates(date(2026, 11, 10), date(2026, 11, 1)),
            [date(2026, 11, 19)]
        );
    }

    #[test]
    fn an_open_ended_schedule_runs_a_year_ahead() {
        let open = Schedule {
            frequency: Frequency::Weekly,
            weekday: 1,
            starts_on: date(2026, 11, 2),
            ends_on: None,
        };
        let dates = open.dates(open.first(), date(2026, 11, 2));
        assert_eq!(dates.len(), 52);
        assert_eq!(dates[0], date(2026, 11, 2));
    }

    #[test]
    fn postcodes_must_be_full_and_come_out_in_their_usual_form() {
        assert_eq!(full_postcode("l81xf").unwrap(), "L8 1XF");
        assert_eq!(full_postcode(" WA10 1DY ").unwrap(), "WA10 1DY");
        assert!(full_postcode("L8").is_err());
        assert!(full_postcode("not a postcode").is_err());
    }

    #[test]
    fn sessions_end_after_they_start_on_a_real_weekday() {
        let input = SessionInput {
            programme_id: "p".into(),
            venue_id: "v".into(),
            host_id: "h".into(),
            frequency: Frequency::Weekly,
            weekday: 2,
            start_time: "10:00".into(),
            end_time: "11:00".into(),
            starts_on: "2026-11-02".into(),
            ends_on: None,
            capacity: None,
            languages: vec!["en".into(), "AR".into(), "en".into()],
            interpreter_languages: vec![],
            cancelled_dates: vec![],
            translations: vec![],
        };
        let today = date(2026, 11, 1);
        let f = check_session(input.clone(), today, None).unwrap();
        assert_eq!(f.languages, ["en", "ar"]);
        let bad = |change: fn(&mut SessionInput)| {
            let mut i = input.clone();
            change(&mut i);
            check_session(i, today, None).is_err()
        };
        assert!(bad(|i| i.weekday = 8));
        assert!(bad(|i| i.weekday = 0));
        assert!(bad(|i| i.end_time = "09:00".into()));
        assert!(bad(|i| i.end_time = "10:00".into()));
        assert!(bad(|i| i.start_time = "25:00".into()));
        assert!(bad(|i| i.languages.clear()));
        assert!(bad(|i| i.languages = vec!["english please".into()]));
        assert!(bad(|i| i.capacity = Some(0)));
        assert!(bad(|i| i.ends_on = Some("2026-10-01".into())));
        assert!(bad(|i| i.starts_on = "2020-01-01".into()));
        assert!(bad(|i| i.cancelled_dates = vec!["25/12/2026".into()]));
    }
}
