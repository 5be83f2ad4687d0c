//! Screenings a course schedules, and the ones each mother enrolled on it has due.
//!
//! A coordinator gives a course an instrument and points (baseline, week 6, end).
//! Every mother with a booked enrolment on it then has one `screening_due` row per
//! point, with its date and window ([`perilink_shared::screening_schedule`]):
//! derived when she enrols, when the schedule is saved, and by the job every minute
//! (which also follows changes to the course's dates). A screening recorded for
//! her with that instrument inside the window does the point; the screening is
//! stamped with the course and point, so outcome reports pair it.
//!
//! When a window opens the job reminds her once, through the outbox, by the
//! channel she chose. The claim is a conditional update of `reminded_at`: of two
//! servers on one database exactly one queues the message. Reminders carry no
//! health details.

use crate::clock::london_date;
use crate::db::column::column;
use crate::entity::{occurrence, programme, screening, screening_due, session};
use crate::error::AppError;
use crate::service::audit::{self, AuditEntry};
use crate::service::referrals::message_mother;
use crate::service::{listings, sql};
use chrono::{DateTime, Duration, NaiveDate, Utc};
use perilink_shared::directory::Format;
use perilink_shared::screening::Instrument;
use perilink_shared::screening_schedule::{
    CLOSES_AFTER_DAYS, DueScreening, MotherSchedule, OPENS_BEFORE_DAYS, PointStatus, ScheduledScreening,
    ScreeningPoint, ScreeningSchedule, WEEK_6_DAYS,
};
use sea_orm::{
    ColumnTrait, ConnectionTrait, DatabaseConnection, DbErr, EntityTrait, FromQueryResult, QueryFilter,
    QueryOrder,
};
use std::collections::HashMap;

/// The outbox template of a reminder.
pub const REMINDER_TEMPLATE: &str = "screening_due";

/// A booked enrolment on the course the row belongs to, for SQL over `screening_due d`.
const ENROLLED: &str = "EXISTS (SELECT 1 FROM bookings b WHERE b.mother_id = d.mother_id AND b.session_id = d.session_id \
     AND b.kind = 'enrolment' AND b.status = 'booked')";

fn ymd(date: NaiveDate) -> String {
    date.format("%Y-%m-%d").to_string()
}

/// The date a point falls on in a course meeting from `first` to `last`; none for
/// week 6 of a course that ends before it.
pub fn point_date(point: ScreeningPoint, first: NaiveDate, last: NaiveDate) -> Option<NaiveDate> {
    match point {
        ScreeningPoint::Baseline => Some(first),
        ScreeningPoint::Week6 => Some(first + Duration::days(WEEK_6_DAYS)).filter(|d| *d < last),
        ScreeningPoint::End => Some(last),
    }
}

/// The window in which a point falling on `on` can be done.
pub fn window(on: NaiveDate) -> (NaiveDate, NaiveDate) {
    (
        on - Duration::days(OPENS_BEFORE_DAYS),
        on + Duration::days(CLOSES_AFTER_DAYS),
    )
}

/// A point of a course's schedule.
#[derive(FromQueryResult)]
struct SchedulePoint {
    point: String,
    instrument: String,
}

/// A point of the schedule of a course a mother is enrolled on.
#[derive(FromQueryResult)]
struct EnrolledPoint {
    mother_id: String,
    session_id: String,
    point: String,
    instrument: String,
}

/// A screening due, and whose.
#[derive(FromQueryResult)]
struct DueRow {
    id: String,
    mother_id: String,
}

/// A course's schedule; an empty one when it has none.
pub async fn schedule_of(db: &impl ConnectionTrait, session_id: &str) -> Result<ScreeningSchedule, DbErr> {
    let rows: Vec<SchedulePoint> = sql::rows(
        db,
        "SELECT point, instrument FROM screening_schedules WHERE session_id = ?",
        vec![session_id.into()],
    )
    .await?;
    let mut schedule = ScreeningSchedule::default();
    for row in rows {
        // A schedule's rows are named by their course.
        schedule
            .points
            .push(column(&row.point, "screening_schedules", "point", session_id)?);
        schedule.instrument = column(&row.instrument, "screening_schedules", "instrument", session_id)?;
    }
    schedule.points.sort();
    Ok(schedule)
}

/// Sets a course's schedule (no points removes it), then derives what its enrolled
/// mothers have due. Only a course can have one: an ongoing session has no start
/// or end to screen at.
pub async fn save_schedule(
    db: &DatabaseConnection,
    editor_id: &str,
    session_id: &str,
    input: ScreeningSchedule,
    today: NaiveDate,
) -> Result<ScreeningSchedule, AppError> {
    let s = session::Entity::find_by_id(session_id)
        .one(db)
        .await?
        .ok_or(AppError::NotFound)?;
    let format = programme::Entity::find_by_id(s.programme_id.as_str())
        .one(db)
        .await?
        .and_then(|p| p.format.parse::<Format>().ok());
    if format != Some(Format::Course) {
        return Err(AppError::Validation(
            "only a course can schedule screenings: this session is ongoing".into(),
        ));
    }
    let mut points = input.points.clone();
    points.sort();
    points.dedup();
    let now = Utc::now();
    let txn = sql::begin_write(db).await?;
    sql::exec(
        &txn,
        "DELETE FROM screening_schedules WHERE session_id = ?",
        vec![session_id.into()],
    )
    .await?;
    for point in &points {
        sql::exec(
            &txn,
            "INSERT INTO screening_schedules (session_id, point, instrument, updated_by, updated_at) VALUES (?, ?, ?, ?, ?)",
            vec![
                session_id.into(),
                point.as_str().into(),
                input.instrument.as_str().into(),
                editor_id.into(),
                now.into(),
            ],
        )
        .await?;
    }
    // Points no longer scheduled and not done go; done ones stay on her record.
    let kept: Vec<&str> = points.iter().map(|p| p.as_str()).collect();
    for point in ScreeningPoint::ALL {
        if !kept.contains(&point.as_str()) {
            sql::exec(
                &txn,
                "DELETE FROM screening_due WHERE session_id = ? AND point = ? AND screening_id IS NULL",
                vec![session_id.into(), point.as_str().into()],
            )
            .await?;
        }
    }
    audit::record(
        &txn,
        AuditEntry {
            actor_id: Some(editor_id),
            action: "screening_schedule.save",
            subject_type: Some("session"),
            subject_id: Some(session_id),
            detail: None,
        },
    )
    .await?;
    txn.commit().await?;
    derive(db, Scope::Session(session_id), today).await?;
    tracing::info!(session.id = %session_id, points = points.len(), "screening schedule saved");
    Ok(ScreeningSchedule {
        instrument: input.instrument,
        points,
    })
}

/// Whose scheduled screenings to derive.
#[derive(Clone, Copy, Debug)]
pub enum Scope<'a> {
    /// Every booked enrolment (the job).
    All,
    /// Everyone enrolled on one course (after its schedule changed).
    Session(&'a str),
    /// One mother on one course (after she enrolled).
    Enrolment { mother_id: &'a str, session_id: &'a str },
}

/// The first and last dates a course meets this term (from its `starts_on` to its
/// `ends_on`; earlier terms' dates stay in the register but are not this course's).
async fn course_dates(
    db: &impl ConnectionTrait,
    session_id: &str,
) -> Result<Option<(NaiveDate, NaiveDate)>, DbErr> {
    let Some(s) = session::Entity::find_by_id(session_id).one(db).await? else {
        return Ok(None);
    };
    let mut term = occurrence::Entity::find()
        .filter(occurrence::Column::SessionId.eq(session_id))
        .filter(occurrence::Column::Cancelled.eq(false))
        .filter(occurrence::Column::Date.gte(s.starts_on));
    if let Some(end) = s.ends_on {
        term = term.filter(occurrence::Column::Date.lte(end));
    }
    let dates: Vec<NaiveDate> = term
        .order_by_asc(occurrence::Column::Date)
        .all(db)
        .await?
        .into_iter()
        .map(|o| o.date)
        .collect();
    Ok(dates.first().copied().zip(dates.last().copied()))
}

/// Makes sure every booked enrolment in scope has a row per scheduled point, with
/// the dates the course now has; a row not yet done follows a change of dates or
/// instrument. A screening already recorded in a new row's window does it. Safe to
/// run from two servers at once: rows are inserted with `ON CONFLICT DO NOTHING`.
/// Returns how many rows it added.
pub async fn derive(db: &impl ConnectionTrait, scope: Scope<'_>, today: NaiveDate) -> Result<usize, DbErr> {
    let (filter, values): (&str, Vec<sea_orm::Value>) = match scope {
        Scope::All => ("", vec![]),
        Scope::Session(id) => (" AND b.session_id = ?", vec![id.into()]),
        Scope::Enrolment {
            mother_id,
            session_id,
        } => (
            " AND b.mother_id = ? AND b.session_id = ?",
            vec![mother_id.into(), session_id.into()],
        ),
    };
    let rows: Vec<EnrolledPoint> = sql::rows(
        db,
        &format!(
            "SELECT b.mother_id, b.session_id, s.point, s.instrument FROM bookings b \
             JOIN screening_schedules s ON s.session_id = b.session_id \
             WHERE b.kind = 'enrolment' AND b.status = 'booked'{filter}"
        ),
        values,
    )
    .await?;
    let mut dates: HashMap<String, Option<(NaiveDate, NaiveDate)>> = HashMap::new();
    let mut added = 0;
    for EnrolledPoint {
        mother_id,
        session_id,
        point,
        instrument,
    } in rows
    {
        let parsed: ScreeningPoint = column(&point, "screening_schedules", "point", &session_id)?;
        if !dates.contains_key(&session_id) {
            dates.insert(session_id.clone(), course_dates(db, &session_id).await?);
        }
        let Some(on) = dates[&session_id].and_then(|(first, last)| point_date(parsed, first, last)) else {
            continue;
        };
        let (from, until) = window(on);
        let existing = screening_due::Entity::find()
            .filter(screening_due::Column::MotherId.eq(mother_id.as_str()))
            .filter(screening_due::Column::SessionId.eq(session_id.as_str()))
            .filter(screening_due::Column::Point.eq(point.as_str()))
            .one(db)
            .await?;
        let id = match existing {
            Some(d) if d.screening_id.is_some() => continue,
            Some(d) if d.due_on == on && d.instrument == instrument => continue,
            Some(d) => {
                sql::exec(
                    db,
                    "UPDATE screening_due SET due_on = ?, due_from = ?, due_until = ?, instrument = ? WHERE id = ? AND screening_id IS NULL",
                    vec![on.into(), from.into(), until.into(), instrument.clone().into(), d.id.clone().into()],
                )
                .await?;
                d.id
            }
            None => {
                let id = uuid::Uuid::new_v4().to_string();
                let inserted = sql::exec(
                    db,
                    "INSERT INTO screening_due (id, mother_id, session_id, point, instrument, due_on, due_from, due_until, created_at) \
                     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING",
                    vec![
                        id.clone().into(),
                        mother_id.clone().into(),
                        session_id.clone().into(),
                        point.clone().into(),
                        instrument.clone().into(),
                        on.into(),
                        from.into(),
                        until.into(),
                        Utc::now().into(),
                    ],
                )
                .await?;
                if inserted != 1 {
                    continue;
                }
                added += 1;
                id
            }
        };
        if from <= today {
            satisfy_from_earlier(db, &id, &mother_id, &instrument, from, until).await?;
        }
    }
    Ok(added)
}

/// Does a point with a screening already recorded in its window, if one is there
/// and no other point used it.
async fn satisfy_from_earlier(
    db: &impl ConnectionTrait,
    due_id: &str,
    mother_id: &str,
    instrument: &str,
    from: NaiveDate,
    until: NaiveDate,
) -> Result<(), DbErr> {
    // A day either side in UTC, then the London date decides.
    let start = from.and_hms_opt(0, 0, 0).map(|t| t.and_utc() - Duration::days(1));
    let end = until
        .and_hms_opt(0, 0, 0)
        .map(|t| t.and_utc() + Duration::days(2));
    let (Some(start), Some(end)) = (start, end) else {
        return Ok(());
    };
    let candidates = screening::Entity::find()
        .filter(screening::Column::MotherId.eq(mother_id))
        .filter(screening::Column::Instrument.eq(instrument))
        .filter(screening::Column::TakenAt.gte(start))
        .filter(screening::Column::TakenAt.lt(end))
        .order_by_asc(screening::Column::TakenAt)
        .all(db)
        .await?;
    for s in candidates {
        let day = london_date(s.taken_at);
        if day < from || day > until {
            continue;
        }
        let used = sql::ids(
            db,
            "SELECT id FROM screening_due WHERE screening_id = ?",
            vec![s.id.clone().into()],
        )
        .await?;
        if used.is_empty() {
            sql::exec(
                db,
                "UPDATE screening_due SET screening_id = ? WHERE id = ? AND screening_id IS NULL",
                vec![s.id.into(), due_id.into()],
            )
            .await?;
            return Ok(());
        }
    }
    Ok(())
}

/// Does the point a just-recorded screening is for: one of hers not yet done, with
/// its instrument, whose window holds the day it was taken (the course and point
/// the request named, if it named one that fits). Runs in the screening's
/// transaction. Returns the course and point done.
pub async fn satisfy(
    txn: &impl ConnectionTrait,
    s: &screening::Model,
) -> Result<Option<(String, ScreeningPoint)>, DbErr> {
    let day = london_date(s.taken_at);
    let open = screening_due::Entity::find()
        .filter(screening_due::Column::MotherId.eq(s.mother_id.as_str()))
        .filter(screening_due::Column::Instrument.eq(s.instrument.as_str()))
        .filter(screening_due::Column::ScreeningId.is_null())
        .filter(screening_due::Column::DueFrom.lte(day))
        .filter(screening_due::Column::DueUntil.gte(day))
        .order_by_asc(screening_due::Column::DueOn)
        .all(txn)
        .await?;
    let named = |d: &&screening_due::Model| {
        Some(d.session_id.as_str()) == s.session_id.as_deref()
            && Some(d.point.as_str()) == s.timepoint.as_deref()
    };
    let Some(due) = open.iter().find(named).or(open.first()) else {
        return Ok(None);
    };
    let done = sql::exec(
        txn,
        "UPDATE screening_due SET screening_id = ? WHERE id = ? AND screening_id IS NULL",
        vec![s.id.clone().into(), due.id.clone().into()],
    )
    .await?;
    if done != 1 {
        return Ok(None);
    }
    sql::exec(
        txn,
        "UPDATE screenings SET session_id = ?, timepoint = ? WHERE id = ?",
        vec![
            due.session_id.clone().into(),
            due.point.clone().into(),
            s.id.clone().into(),
        ],
    )
    .await?;
    tracing::info!(screening.id = %s.id, due.id = %due.id, "scheduled screening done");
    Ok(Some((due.session_id.clone(), point_of(due)?)))
}

/// Queues one reminder for each screening whose window is open today, not done,
/// not yet reminded, for a mother still enrolled. Each is claimed by a conditional
/// update in the transaction that queues the message, so running this twice, or
/// on two servers at once, reminds her once. A mother who asked not to be
/// contacted gets no message, but the claim is kept: she sees the check-in in the
/// app. Returns how many were claimed.
pub async fn remind_due(db: &DatabaseConnection, today: NaiveDate) -> Result<usize, DbErr> {
    let due: Vec<DueRow> = sql::rows(
        db,
        &format!(
            "SELECT d.id, d.mother_id FROM screening_due d WHERE d.reminded_at IS NULL AND d.screening_id IS NULL \
             AND d.due_from <= ? AND d.due_until >= ? AND {ENROLLED}"
        ),
        vec![today.into(), today.into()],
    )
    .await?;
    let mut claimed = 0;
    for DueRow { id, mother_id } in due {
        let txn = sql::begin_write(db).await?;
        let won = sql::exec(
            &txn,
            "UPDATE screening_due SET reminded_at = ? WHERE id = ? AND reminded_at IS NULL AND screening_id IS NULL",
            vec![Utc::now().into(), id.clone().into()],
        )
        .await?;
        if won != 1 {
            txn.rollback().await?;
            continue;
        }
        message_mother(&txn, &mother_id, REMINDER_TEMPLATE, &id).await?;
        txn.commit().await?;
        claimed += 1;
        tracing::info!(due.id = %id, mother.id = %mother_id, "screening reminder queued");
    }
    Ok(claimed)
}

fn instrument_of(d: &screening_due::Model) -> Result<Instrument, DbErr> {
    column(&d.instrument, "screening_due", "instrument", &d.id)
}

fn point_of(d: &screening_due::Model) -> Result<ScreeningPoint, DbErr> {
    column(&d.point, "screening_due", "point", &d.id)
}

async fn course_title(
    db: &impl ConnectionTrait,
    titles: &mut HashMap<String, String>,
    session_id: &str,
    language: &str,
) -> Result<String, DbErr> {
    if let Some(title) = titles.get(session_id) {
        return Ok(title.clone());
    }
    let title = listings::load(db, session_id)
        .await?
        .map(|l| l.title(language).text)
        .unwrap_or_default();
    titles.insert(session_id.to_owned(), title.clone());
    Ok(title)
}

/// Her screenings to do now: windows open today, not done, on courses she is still
/// enrolled on; titles in `language`.
pub async fn due_for(
    db: &impl ConnectionTrait,
    mother_id: &str,
    language: &str,
    today: NaiveDate,
) -> Result<Vec<DueScreening>, DbErr> {
    let ids = sql::ids(
        db,
        &format!(
            "SELECT d.id FROM screening_due d WHERE d.mother_id = ? AND d.screening_id IS NULL \
             AND d.due_from <= ? AND d.due_until >= ? AND {ENROLLED} ORDER BY d.due_until, d.id"
        ),
        vec![mother_id.into(), today.into(), today.into()],
    )
    .await?;
    let rows = screening_due::Entity::find()
        .filter(screening_due::Column::Id.is_in(ids))
        .order_by_asc(screening_due::Column::DueUntil)
        .all(db)
        .await?;
    let mut titles = HashMap::new();
    let mut out = Vec::new();
    for d in rows {
        out.push(DueScreening {
            course_title: course_title(db, &mut titles, &d.session_id, language).await?,
            instrument: instrument_of(&d)?,
            point: point_of(&d)?,
            due_from: ymd(d.due_from),
            due_until: ymd(d.due_until),
            session_id: d.session_id,
            id: d.id,
        });
    }
    Ok(out)
}

/// Every scheduled screening of hers, by date, with how each stands: those of
/// courses she is enrolled on, and any done.
pub async fn schedule_for(
    db: &impl ConnectionTrait,
    mother_id: &str,
    today: NaiveDate,
) -> Result<MotherSchedule, DbErr> {
    let ids = sql::ids(
        db,
        &format!("SELECT d.id FROM screening_due d WHERE d.mother_id = ? AND (d.screening_id IS NOT NULL OR {ENROLLED})"),
        vec![mother_id.into()],
    )
    .await?;
    let rows = screening_due::Entity::find()
        .filter(screening_due::Column::Id.is_in(ids))
        .order_by_asc(screening_due::Column::DueOn)
        .order_by_asc(screening_due::Column::SessionId)
        .all(db)
        .await?;
    let today = ymd(today);
    let mut titles = HashMap::new();
    let mut points = Vec::new();
    for d in rows {
        let (due_from, due_until) = (ymd(d.due_from), ymd(d.due_until));
        points.push(ScheduledScreening {
            course_title: course_title(db, &mut titles, &d.session_id, "en").await?,
            instrument: instrument_of(&d)?,
            point: point_of(&d)?,
            due_on: ymd(d.due_on),
            status: PointStatus::on(&today, &due_from, &due_until, d.screening_id.is_some()),
            due_from,
            due_until,
            screening_id: d.screening_id,
            reminded: d.reminded_at.is_some(),
            session_id: d.session_id,
            id: d.id,
        });
    }
    Ok(MotherSchedule { points })
}

/// Derives what is due and sends the reminders: one run of the job, which
/// [`crate::service::screening::spawn_jobs`] starts every minute.
pub async fn run_jobs(db: &DatabaseConnection, now: DateTime<Utc>) {
    let today = london_date(now);
    if let Err(error) = derive(db, Scope::All, today).await {
        tracing::warn!(%error, "could not derive scheduled screenings");
    }
    if let Err(error) = remind_due(db, today).await {
        tracing::warn!(%error, "could not send screening reminders");
    }
}

/// Derives one enrolment's scheduled screenings at once, after she enrolled; on
/// failure the job derives them within a minute.
pub async fn derive_after_enrolment(db: &DatabaseConnection, mother_id: &str, session_id: &str) {
    let scope = Scope::Enrolment {
        mother_id,
        session_id,
    };
    if let Err(error) = derive(db, scope, london_date(Utc::now())).await {
        tracing::warn!(%error, session.id = %session_id, "could not derive scheduled screenings yet");
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn date(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    #[test]
    fn points_fall_on_the_first_date_six_weeks_on_and_the_last_date() {
        let (first, last) = (date(2027, 1, 6), date(2027, 3, 10));
        assert_eq!(point_date(ScreeningPoint::Baseline, first, last), Some(first));
        assert_eq!(
            point_date(ScreeningPoint::Week6, first, last),
            Some(date(2027, 2, 17))
        );
        assert_eq!(point_date(ScreeningPoint::End, first, last), Some(last));
    }

    #[test]
    fn a_course_shorter_than_six_weeks_has_no_week_6() {
        let (first, last) = (date(2027, 1, 6), date(2027, 2, 10));
        assert_eq!(point_date(ScreeningPoint::Week6, first, last), None);
    }

    #[test]
    fn a_window_opens_three_days_before_and_closes_two_weeks_after() {
        assert_eq!(window(date(2027, 1, 6)), (date(2027, 1, 3), date(2027, 1, 20)));
    }
}
