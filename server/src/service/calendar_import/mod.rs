//! Sessions that take their dates from a partner's iCalendar (`.ics`) address
//! (issue 21): a library's or children's centre's calendar of the same group.
//!
//! A coordinator attaches the address to a session of her organisation, with,
//! if the calendar holds other things too, words an event's title must contain.
//! Each reading ([`read_claimed`]) fetches the file as a feed is fetched (the
//! same polite client, address check, time limit and size limit, and its ETag),
//! works out the London dates it gives for the year ahead ([`expand`]), and
//! brings the session's dates in line ([`sync`]), telling mothers of a date they
//! booked that is cancelled. A file that cannot be read changes nothing; what
//! each reading did is kept on the row and in the audit log. [`spawn_job`] reads
//! each calendar again when it is due (daily).

pub mod expand;
pub mod sync;

use crate::auth::scope::Viewer;
use crate::directory::{Directory, bump_version};
use crate::entity::{calendar_import, programme, session};
use crate::error::AppError;
use crate::service::audit::{self, AuditEntry};
use crate::service::fetch::{FeedClient, Refusal};
use crate::service::readings::Schedule;
use axum::http::StatusCode;
use chrono::{DateTime, Duration, NaiveDate, SecondsFormat, Utc};
use expand::{Dates, Unusable};
use perilink_shared::calendar_import::{CalendarInput, CalendarProblem, CalendarReading, SessionCalendar};
use perilink_shared::feeds::FeedProblem;
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DatabaseConnection, DbErr, EntityTrait, IntoActiveModel,
    QueryFilter, Set, TransactionTrait,
};
use std::collections::BTreeSet;
use std::sync::Arc;

/// How often a calendar is read again.
pub const EVERY_HOURS: i32 = 24;
/// How often the job looks for calendars that are due.
pub const JOB_INTERVAL: std::time::Duration = std::time::Duration::from_secs(60);
/// How far ahead dates are taken: a year, as a session with no end has.
const AHEAD_DAYS: i64 = 364;
/// An unchanged calendar is read in full again after this long.
const FULL_READ_DAYS: i64 = 7;
/// How long a claim holds: far longer than one request's time limit.
const CLAIM_HOLDS_MINUTES: i64 = 10;
const WORDS_MAX: usize = 200;
const URL_MAX: usize = 2000;

fn iso(at: DateTime<Utc>) -> String {
    at.to_rfc3339_opts(SecondsFormat::Secs, true)
}

fn ymds(dates: &BTreeSet<NaiveDate>) -> String {
    let all: Vec<String> = dates.iter().map(|d| d.format("%Y-%m-%d").to_string()).collect();
    all.join(" ")
}

fn parse_ymds(text: &str) -> BTreeSet<NaiveDate> {
    text.split_whitespace()
        .filter_map(|d| NaiveDate::parse_from_str(d, "%Y-%m-%d").ok())
        .collect()
}

/// Checks a calendar's address: `https`, `http` or `webcal` (read as `https`),
/// with a host and no user name.
pub fn parse_url(text: &str) -> Result<url::Url, String> {
    let text = text.trim();
    if text.chars().count() > URL_MAX {
        return Err(format!("url may be at most {URL_MAX} characters"));
    }
    let text = match text.strip_prefix("webcal://") {
        Some(rest) => format!("https://{rest}"),
        None => text.to_owned(),
    };
    let url = url::Url::parse(&text).map_err(|_| format!("`{text}` is not a web address"))?;
    if !matches!(url.scheme(), "http" | "https") || url.host_str().is_none_or(str::is_empty) {
        return Err("url must start https:// (or http:// or webcal://)".into());
    }
    if !url.username().is_empty() || url.password().is_some() {
        return Err("url must not carry a user name or password".into());
    }
    Ok(url)
}

/// The session, if the caller may edit it: 404 when there is none, 403 when it
/// is another organisation's. Returns the session's organisation.
async fn session_of(
    db: &impl ConnectionTrait,
    viewer: &Viewer,
    session_id: &str,
) -> Result<String, AppError> {
    let s = session::Entity::find_by_id(session_id)
        .one(db)
        .await?
        .ok_or(AppError::NotFound)?;
    let org = programme::Entity::find_by_id(s.programme_id.as_str())
        .one(db)
        .await?
        .map(|p| p.organisation_id)
        .ok_or(AppError::NotFound)?;
    if !viewer.may_edit_listing_of(&org) {
        return Err(AppError::Forbidden);
    }
    Ok(org)
}

async fn row_of(
    db: &impl ConnectionTrait,
    session_id: &str,
) -> Result<Option<calendar_import::Model>, AppError> {
    Ok(calendar_import::Entity::find()
        .filter(calendar_import::Column::SessionId.eq(session_id))
        .one(db)
        .await?)
}

/// Whether a session takes its dates from a calendar.
pub async fn takes_dates(db: &impl ConnectionTrait, session_id: &str) -> Result<bool, DbErr> {
    Ok(calendar_import::Entity::find()
        .filter(calendar_import::Column::SessionId.eq(session_id))
        .one(db)
        .await?
        .is_some())
}

fn view(m: calendar_import::Model) -> SessionCalendar {
    let n = |v: i32| v.max(0) as u32;
    let last_reading = m.last_read_at.map(|at| CalendarReading {
        read_at: iso(at),
        problem: m.last_problem.as_deref().and_then(|p| p.parse().ok()),
        detail: m.last_detail.clone(),
        dates: n(m.last_dates),
        added: n(m.last_added),
        cancelled: n(m.last_cancelled),
        told: n(m.last_told),
    });
    SessionCalendar {
        session_id: m.session_id,
        url: m.url,
        words: m.words,
        next_read_at: iso(m.next_run_at),
        last_reading,
    }
}

/// The calendar a session takes its dates from, if any.
pub async fn get(
    db: &impl ConnectionTrait,
    viewer: &Viewer,
    session_id: &str,
) -> Result<Option<SessionCalendar>, AppError> {
    session_of(db, viewer, session_id).await?;
    Ok(row_of(db, session_id).await?.map(view))
}

/// Attaches a calendar to a session (or changes its address or words), to be
/// read within a minute. An address on a private or local network is refused
/// (`feed_address_refused`).
pub async fn attach(
    db: &DatabaseConnection,
    client: &FeedClient,
    viewer: &Viewer,
    session_id: &str,
    input: CalendarInput,
) -> Result<SessionCalendar, AppError> {
    let org = session_of(db, viewer, session_id).await?;
    let url = parse_url(&input.url).map_err(AppError::Validation)?;
    client
        .check_address(&url)
        .await
        .map_err(|why| AppError::FeedAddressRefused(why.0))?;
    let words = input
        .words
        .as_deref()
        .map(str::trim)
        .filter(|w| !w.is_empty())
        .map(str::to_owned);
    if words.as_ref().is_some_and(|w| w.chars().count() > WORDS_MAX) {
        return Err(AppError::Validation(format!(
            "words may be at most {WORDS_MAX} characters"
        )));
    }
    let now = Utc::now();
    let model = match row_of(db, session_id).await? {
        Some(row) => {
            let mut row = row.into_active_model();
            row.url = Set(url.to_string());
            row.words = Set(words);
            row.etag = Set(None);
            row.next_run_at = Set(now);
            row.update(db).await?
        }
        None => {
            calendar_import::ActiveModel {
                id: Set(uuid::Uuid::new_v4().to_string()),
                session_id: Set(session_id.to_owned()),
                organisation_id: Set(org),
                created_by: Set(viewer.id.clone()),
                url: Set(url.to_string()),
                words: Set(words),
                etag: Set(None),
                cancelled_dates: Set(String::new()),
                every_hours: Set(EVERY_HOURS),
                next_run_at: Set(now),
                reading_since: Set(None),
                full_read_at: Set(None),
                last_read_at: Set(None),
                last_problem: Set(None),
                last_detail: Set(None),
                last_dates: Set(0),
                last_added: Set(0),
                last_cancelled: Set(0),
                last_told: Set(0),
                created_at: Set(now),
            }
            .insert(db)
            .await?
        }
    };
    record(
        db,
        &viewer.id,
        "directory.calendar_attached",
        session_id,
        Some(&model.url),
    )
    .await?;
    Ok(view(model))
}

/// Stops taking a session's dates from its calendar; the dates stay as they are.
pub async fn detach(db: &DatabaseConnection, viewer: &Viewer, session_id: &str) -> Result<(), AppError> {
    session_of(db, viewer, session_id).await?;
    let row = row_of(db, session_id).await?.ok_or(AppError::NotFound)?;
    calendar_import::Entity::delete_by_id(row.id.as_str())
        .exec(db)
        .await?;
    record(
        db,
        &viewer.id,
        "directory.calendar_detached",
        session_id,
        Some(&row.url),
    )
    .await?;
    Ok(())
}

async fn record(
    db: &impl ConnectionTrait,
    actor: &str,
    action: &str,
    session_id: &str,
    detail: Option<&str>,
) -> Result<(), DbErr> {
    audit::record(
        db,
        AuditEntry {
            actor_id: Some(actor),
            action,
            subject_type: Some("session"),
            subject_id: Some(session_id),
            detail,
        },
    )
    .await
}

// ------------------------------------------------------------------ reading

fn from_refusal(r: Refusal) -> Unusable {
    let problem = match r.problem {
        FeedProblem::Unreachable => CalendarProblem::Unreachable,
        FeedProblem::ServerError => CalendarProblem::ServerError,
        FeedProblem::TooBig => CalendarProblem::TooBig,
        _ => CalendarProblem::NotCalendar,
    };
    Unusable {
        problem,
        detail: r.detail,
    }
}

/// What fetching found: the dates and the answer's ETag, or nothing new (`304`).
enum Fetched {
    Dates(Dates, Option<String>),
    Unchanged,
}

async fn fetch(
    client: &FeedClient,
    row: &calendar_import::Model,
    today: NaiveDate,
) -> Result<Fetched, Unusable> {
    let url = parse_url(&row.url).map_err(|why| Unusable {
        problem: CalendarProblem::Unreachable,
        detail: why,
    })?;
    let fresh = row
        .full_read_at
        .is_some_and(|at| Utc::now() - at < Duration::days(FULL_READ_DAYS));
    let etag = row.etag.as_deref().filter(|_| fresh);
    let (status, etag, body) = client
        .get_as(url.as_str(), "text/calendar", etag)
        .await
        .map_err(from_refusal)?;
    if status == StatusCode::NOT_MODIFIED {
        return Ok(Fetched::Unchanged);
    }
    if !status.is_success() {
        return Err(Unusable {
            problem: CalendarProblem::ServerError,
            detail: format!("{url} answered {status} instead of a calendar"),
        });
    }
    let text = String::from_utf8_lossy(&body);
    let until = today + Duration::days(AHEAD_DAYS);
    let dates = expand::dates_of(&text, row.words.as_deref(), today, until)?;
    Ok(Fetched::Dates(dates, etag))
}

/// Reads a calendar now and brings its session's dates in line, as `actor`. A
/// calendar that cannot be read changes nothing; either way the reading is kept.
async fn read(
    db: &DatabaseConnection,
    directory: &Directory,
    client: &FeedClient,
    actor: &str,
    row: calendar_import::Model,
) -> Result<calendar_import::Model, AppError> {
    let today = crate::clock::london_today();
    let now = Utc::now();
    let fetched = fetch(client, &row, today).await;
    let txn = db.begin().await?;
    let mut model = row.clone().into_active_model();
    model.last_read_at = Set(Some(now));
    let detail = match fetched {
        Err(why) => {
            model.last_problem = Set(Some(why.problem.as_str().to_owned()));
            model.last_detail = Set(Some(why.detail.clone()));
            format!("nothing was changed: {}", why.detail)
        }
        Ok(Fetched::Unchanged) => {
            model.last_problem = Set(None);
            model.last_detail = Set(None);
            model.last_added = Set(0);
            model.last_cancelled = Set(0);
            model.last_told = Set(0);
            "unchanged since the last reading".to_owned()
        }
        Ok(Fetched::Dates(dates, etag)) => {
            let before = parse_ymds(&row.cancelled_dates);
            let changes = sync::apply(&txn, &row.session_id, &dates, &before, today).await?;
            model.etag = Set(etag);
            model.full_read_at = Set(Some(now));
            model.cancelled_dates = Set(ymds(&changes.calendar_cancelled));
            model.last_problem = Set(None);
            model.last_detail = Set(None);
            model.last_dates = Set(dates.meets.len() as i32);
            model.last_added = Set(changes.added as i32);
            model.last_cancelled = Set(changes.cancelled as i32);
            model.last_told = Set(changes.told as i32);
            if changes.added + changes.cancelled > 0 {
                bump_version(&txn).await?;
            }
            format!(
                "{} dates ahead: {} added, {} cancelled or taken away, {} mothers told",
                dates.meets.len(),
                changes.added,
                changes.cancelled,
                changes.told
            )
        }
    };
    let saved = model.update(&txn).await?;
    let via = format!("read from calendar {}: {detail}", row.url);
    record(
        &txn,
        actor,
        "directory.calendar_read",
        &row.session_id,
        Some(&via),
    )
    .await?;
    txn.commit().await?;
    tracing::info!(session.id = %row.session_id, problem = ?saved.last_problem, "calendar read");
    if let Err(error) = directory.refresh(db).await {
        tracing::warn!(%error, "a calendar was read but the directory could not be reloaded yet");
    }
    Ok(saved)
}

/// When calendars are read, and the claim each reading takes first.
const SCHEDULE: Schedule<calendar_import::Entity> = Schedule {
    id: calendar_import::Column::Id,
    next_run_at: calendar_import::Column::NextRunAt,
    reading_since: calendar_import::Column::ReadingSince,
    holds: Duration::minutes(CLAIM_HOLDS_MINUTES),
};

/// Reads a claimed calendar as it is now, then lets it go, whatever came of it.
async fn read_claimed(
    db: &DatabaseConnection,
    directory: &Directory,
    client: &FeedClient,
    actor: &str,
    id: &str,
) -> Result<calendar_import::Model, AppError> {
    SCHEDULE
        .read_claimed(db, id, |row| read(db, directory, client, actor, row))
        .await
}

/// Reads a session's calendar now, as the caller: `feed_busy` (409) while
/// another reading holds it.
pub async fn read_now(
    db: &DatabaseConnection,
    directory: &Directory,
    client: &FeedClient,
    viewer: &Viewer,
    session_id: &str,
) -> Result<SessionCalendar, AppError> {
    session_of(db, viewer, session_id).await?;
    let row = row_of(db, session_id).await?.ok_or(AppError::NotFound)?;
    if !SCHEDULE.claim(db, &row.id, row.every_hours, false).await? {
        return Err(AppError::FeedBusy);
    }
    Ok(view(
        read_claimed(db, directory, client, &viewer.id, &row.id).await?,
    ))
}

/// Reads every calendar that is due, each claimed first so that of several
/// server processes only one reads it. Returns how many it read.
pub async fn run_due(
    db: &DatabaseConnection,
    directory: &Directory,
    client: &FeedClient,
) -> Result<usize, AppError> {
    let due = calendar_import::Entity::find()
        .filter(calendar_import::Column::NextRunAt.lte(Utc::now()))
        .all(db)
        .await?;
    let mut read = 0;
    for row in due {
        if SCHEDULE.claim(db, &row.id, row.every_hours, true).await? {
            read_claimed(db, directory, client, &row.created_by, &row.id).await?;
            read += 1;
        }
    }
    Ok(read)
}

/// Reads due calendars every [`JOB_INTERVAL`], for as long as the server runs.
pub fn spawn_job(db: DatabaseConnection, directory: Arc<Directory>, client: FeedClient) {
    tokio::spawn(async move {
        let mut ticker = tokio::time::interval(JOB_INTERVAL);
        ticker.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
        loop {
            ticker.tick().await;
            if let Err(error) = run_due(&db, &directory, &client).await {
                tracing::warn!(%error, "could not read the calendars that are due");
            }
        }
    });
}
