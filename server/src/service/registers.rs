//! Registers and attendance: who is expected, marks synced in batches without
//! doubles (every mark is kept by its device-made UUID; the latest recorded mark per
//! mother per date stands), and what attendance means for her referrals.

use crate::auth::scope::Viewer;
use crate::db::column::column;
use crate::db::writer::Writer;
use crate::entity::{mother, occurrence, programme, referral, session};
use crate::error::AppError;
use crate::service::referrals::move_referral;
use crate::service::{listings, sql};
use chrono::{DateTime, Duration, NaiveDate, Utc};
use perilink_shared::contact::PhoneNumber;
use perilink_shared::language::LanguageTag;
use perilink_shared::referral::{Actor, ReferralStatus};
use perilink_shared::register::{
    AttendanceStatus, BatchResult, COURSE_COMPLETION_SHARE, ExpectedBecause, ExpectedMother, MAX_BATCH, Mark,
    MarkBatch, MarkOutcome, MarkResult, RegisterOccurrence, Registers, TextReply,
};
use sea_orm::{
    ConnectionTrait, DatabaseConnection, DatabaseTransaction, DbErr, EntityTrait, FromQueryResult,
    TransactionTrait, Value,
};
use std::collections::HashMap;

/// The sessions a viewer takes registers for, as a SQL condition on `s`.
fn session_scope(viewer: &Viewer) -> (String, Vec<Value>) {
    viewer.register_condition()
}

/// The viewer's registers for one date.
/// A date of a session.
#[derive(FromQueryResult)]
struct DateRow {
    id: String,
    session_id: String,
    cancelled: bool,
}

/// A mother's text back about a date.
#[derive(FromQueryResult)]
struct ReplyRow {
    mother_id: String,
    given_name: String,
    body: String,
    received_at: DateTime<Utc>,
}

/// A register mark, as `expected` reads it.
#[derive(FromQueryResult)]
struct ExpectedMarkRow {
    id: String,
    mother_id: String,
    status: String,
    babies: Option<i32>,
    children: Option<i32>,
}

pub async fn for_date(
    db: &impl ConnectionTrait,
    viewer: &Viewer,
    date: NaiveDate,
    language: &str,
) -> Result<Registers, AppError> {
    let (scope, mut values) = session_scope(viewer);
    values.insert(0, date.into());
    let rows: Vec<DateRow> = sql::rows(
        db,
        &format!(
            "SELECT o.id, o.session_id, o.cancelled FROM occurrences o JOIN sessions s ON s.id = o.session_id \
             WHERE o.date = ? AND {scope} ORDER BY s.start_time, o.id"
        ),
        values,
    )
    .await?;
    let mut occurrences = Vec::new();
    for DateRow {
        id: occurrence_id,
        session_id,
        cancelled,
    } in rows
    {
        let Some(listing) = listings::load(db, &session_id).await? else {
            continue;
        };
        let expected = expected(db, &occurrence_id, &session_id).await?;
        let replies = replies(db, &occurrence_id).await?;
        occurrences.push(RegisterOccurrence {
            occurrence_id,
            session_id,
            date: date.to_string(),
            start_time: listing.session.start_time.clone(),
            end_time: listing.session.end_time.clone(),
            title: listing.title(language),
            venue_name: listing.venue.name.clone(),
            cancelled,
            expected,
            replies,
        });
    }
    Ok(Registers {
        date: date.to_string(),
        occurrences,
    })
}

/// What mothers texted back about a date for its host, oldest first.
async fn replies(db: &impl ConnectionTrait, occurrence_id: &str) -> Result<Vec<TextReply>, DbErr> {
    let rows: Vec<ReplyRow> = sql::rows(
        db,
        "SELECT t.mother_id, m.given_name, t.body, t.received_at FROM inbound_texts t \
         JOIN mothers m ON m.id = t.mother_id \
         WHERE t.occurrence_id = ? AND t.outcome = 'message' AND t.body IS NOT NULL \
         ORDER BY t.received_at, t.id",
        vec![occurrence_id.into()],
    )
    .await?;
    let mut out = Vec::with_capacity(rows.len());
    for row in rows {
        out.push(TextReply {
            mother_id: row.mother_id,
            given_name: row.given_name,
            text: row.body,
            received_at: row.received_at.to_rfc3339(),
        });
    }
    Ok(out)
}

async fn expected(
    db: &impl ConnectionTrait,
    occurrence_id: &str,
    session_id: &str,
) -> Result<Vec<ExpectedMother>, DbErr> {
    let mut because: Vec<(String, ExpectedBecause)> = Vec::new();
    let mut add = |ids: Vec<String>, why: ExpectedBecause| {
        for id in ids {
            if !because.iter().any(|(m, _)| *m == id) {
                because.push((id, why));
            }
        }
    };
    add(
        sql::ids(db, "SELECT mother_id FROM bookings WHERE occurrence_id = ? AND kind = 'occurrence' AND status = 'booked'", vec![occurrence_id.into()]).await?,
        ExpectedBecause::Booked,
    );
    // Booked until she texted that she cannot come: her apologies stand, and she is
    // still shown as booked on the register, not as a walk-in.
    add(
        sql::ids(
            db,
            "SELECT b.mother_id FROM bookings b JOIN attendance a ON a.occurrence_id = b.occurrence_id AND a.mother_id = b.mother_id \
             WHERE b.occurrence_id = ? AND b.kind = 'occurrence' AND b.status = 'cancelled' AND a.status = 'apologies'",
            vec![occurrence_id.into()],
        )
        .await?,
        ExpectedBecause::Booked,
    );
    add(
        sql::ids(db, "SELECT mother_id FROM bookings WHERE session_id = ? AND kind = 'enrolment' AND status = 'booked'", vec![session_id.into()]).await?,
        ExpectedBecause::Enrolled,
    );
    add(
        sql::ids(
            db,
            "SELECT mother_id FROM referrals WHERE session_id = ? AND status IN ('accepted', 'booked', 'attending', 'did_not_attend')",
            vec![session_id.into()],
        )
        .await?,
        ExpectedBecause::Referred,
    );
    let marks: Vec<ExpectedMarkRow> = sql::rows(
        db,
        "SELECT id, mother_id, status, babies, children FROM attendance WHERE occurrence_id = ?",
        vec![occurrence_id.into()],
    )
    .await?;
    let mut marked: HashMap<String, (AttendanceStatus, Option<u8>, Option<u8>)> = HashMap::new();
    for row in marks {
        marked.insert(
            row.mother_id,
            (
                column(&row.status, "attendance", "status", &row.id)?,
                row.babies.map(|b| b.clamp(0, 255) as u8),
                row.children.map(|c| c.clamp(0, 255) as u8),
            ),
        );
    }
    add(marked.keys().cloned().collect(), ExpectedBecause::WalkIn);
    let mut out = Vec::with_capacity(because.len());
    for (mother_id, why) in because {
        let Some(m) = mother::Entity::find_by_id(mother_id.as_str()).one(db).await? else {
            continue;
        };
        let mark = marked.get(&mother_id);
        out.push(ExpectedMother {
            mother_id,
            given_name: m.given_name,
            baby_name: m.baby_name,
            language: m.language,
            interpreter_needed: m.interpreter_needed,
            because: why,
            status: mark.map(|m| m.0),
            babies: mark.and_then(|m| m.1),
            children: mark.and_then(|m| m.2),
        });
    }
    out.sort_by_key(|m| m.given_name.to_lowercase());
    Ok(out)
}

/// The mothers a host may mark by id at an occurrence: booked on it, enrolled on
/// its session, referred to its session and accepted, or already marked there.
async fn expected_mother_ids(db: &impl ConnectionTrait, occurrence_id: &str) -> Result<Vec<String>, DbErr> {
    sql::ids(
        db,
        "SELECT mother_id FROM bookings WHERE occurrence_id = ? AND kind = 'occurrence' AND status = 'booked' \
         UNION SELECT b.mother_id FROM bookings b JOIN occurrences o ON o.session_id = b.session_id \
           WHERE o.id = ? AND b.kind = 'enrolment' AND b.status = 'booked' \
         UNION SELECT r.mother_id FROM referrals r JOIN occurrences o ON o.session_id = r.session_id \
           WHERE o.id = ? AND r.status IN ('accepted', 'booked', 'attending', 'did_not_attend') \
         UNION SELECT mother_id FROM attendance WHERE occurrence_id = ?",
        vec![
            occurrence_id.into(),
            occurrence_id.into(),
            occurrence_id.into(),
            occurrence_id.into(),
        ],
    )
    .await
}

struct CheckedMark {
    index: usize,
    mark: Mark,
    recorded_at: DateTime<Utc>,
}

/// Checks a batch before anything is written: every mark well formed, for a date the
/// viewer takes the register of, for a mother who exists.
async fn check(
    db: &impl ConnectionTrait,
    viewer: &Viewer,
    batch: MarkBatch,
) -> Result<Vec<CheckedMark>, AppError> {
    if batch.marks.len() > MAX_BATCH {
        return Err(AppError::Validation(format!(
            "send at most {MAX_BATCH} marks at a time"
        )));
    }
    let (scope, scope_values) = session_scope(viewer);
    let mut allowed: HashMap<String, bool> = HashMap::new();
    let mut expected_ids: HashMap<String, Vec<String>> = HashMap::new();
    let latest = Utc::now() + Duration::hours(24);
    let mut out = Vec::with_capacity(batch.marks.len());
    for (index, mark) in batch.marks.into_iter().enumerate() {
        let fail = |why: String| AppError::Validation(format!("mark {index}: {why}"));
        if uuid::Uuid::parse_str(&mark.id).is_err() {
            return Err(fail("id must be a UUID".into()));
        }
        let recorded_at = DateTime::parse_from_rfc3339(&mark.recorded_at)
            .map_err(|_| fail("recorded_at must be an RFC 3339 time".into()))?
            .with_timezone(&Utc);
        if recorded_at > latest {
            return Err(fail("recorded_at is in the future".into()));
        }
        match (&mark.mother_id, &mark.walk_in) {
            (Some(_), None) => {}
            (None, Some(w)) => {
                let name = w.given_name.trim();
                if name.is_empty() || name.chars().count() > 100 {
                    return Err(fail("a walk-in needs a first name of 1 to 100 characters".into()));
                }
                if LanguageTag::parse(&w.language).is_none() {
                    return Err(fail("a walk-in needs a language tag".into()));
                }
                if let Some(phone) = w.phone.as_deref().filter(|p| !p.trim().is_empty()) {
                    PhoneNumber::parse(phone).map_err(fail)?;
                }
            }
            _ => return Err(fail("give mother_id or walk_in, not both".into())),
        }
        if !allowed.contains_key(&mark.occurrence_id) {
            let mut values = vec![Value::from(mark.occurrence_id.clone())];
            values.extend(scope_values.iter().cloned());
            let ok = !sql::ids(
                db,
                &format!("SELECT o.id FROM occurrences o JOIN sessions s ON s.id = o.session_id WHERE o.id = ? AND {scope}"),
                values,
            )
            .await?
            .is_empty();
            allowed.insert(mark.occurrence_id.clone(), ok);
        }
        if !allowed[&mark.occurrence_id] {
            return Err(fail("no such date on your registers".into()));
        }
        // Only a mother expected at that date (or already marked there) is marked by
        // her id; anyone else is the same 404, whether or not she exists.
        if let Some(mother_id) = &mark.mother_id {
            if !expected_ids.contains_key(&mark.occurrence_id) {
                let ids = expected_mother_ids(db, &mark.occurrence_id).await?;
                expected_ids.insert(mark.occurrence_id.clone(), ids);
            }
            if !expected_ids[&mark.occurrence_id].contains(mother_id) {
                return Err(AppError::NotFound);
            }
        }
        out.push(CheckedMark {
            index,
            mark,
            recorded_at,
        });
    }
    Ok(out)
}

/// Applies a batch in one write (checked on the pool `db` first, written through
/// `writer`) and answers per mark. Replays change nothing.
pub async fn apply(
    writer: &Writer,
    db: &DatabaseConnection,
    viewer: &Viewer,
    batch: MarkBatch,
) -> Result<BatchResult, AppError> {
    let mut marks = check(db, viewer, batch).await?;
    if let Some(replayed) = all_kept_already(db, &marks).await? {
        return Ok(replayed);
    }
    // Effects follow the order the host recorded, not the order they arrived.
    marks.sort_by_key(|m| m.recorded_at);
    let viewer_id = viewer.id.clone();
    writer
        .write(move |txn| Box::pin(async move { write_marks(txn, marks, &viewer_id).await }))
        .await
}

/// The answer to a batch whose every mark is kept already (a phone sending its
/// batch again): `already_had` for each, read on the pool, with nothing to write.
async fn all_kept_already(
    db: &DatabaseConnection,
    marks: &[CheckedMark],
) -> Result<Option<BatchResult>, DbErr> {
    let mut results = Vec::with_capacity(marks.len());
    for checked in marks {
        match recorded_mother(db, &checked.mark.id).await? {
            Some(mother_id) => results.push(already_had(checked.mark.id.clone(), mother_id)),
            None => return Ok(None),
        }
    }
    Ok(Some(BatchResult { results }))
}

/// Stores checked marks, in the order given, inside a write.
async fn write_marks(
    txn: &DatabaseTransaction,
    marks: Vec<CheckedMark>,
    viewer_id: &str,
) -> Result<BatchResult, AppError> {
    let now = Utc::now();
    let mut results: Vec<Option<MarkResult>> = vec![None; marks.len()];
    for checked in marks {
        let CheckedMark {
            index,
            mark,
            recorded_at,
        } = checked;
        if let Some(mother_id) = recorded_mother(txn, &mark.id).await? {
            results[index] = Some(already_had(mark.id, mother_id));
            continue;
        }
        // A twin of this batch (a phone retrying while its first request is still in
        // flight) may be writing the same mark now: the mark's insert keeps only the
        // first, and the walk-in made for a mark that loses is undone with it.
        let attempt = txn.begin().await?;
        let mother_id = match (&mark.mother_id, &mark.walk_in) {
            (Some(id), _) => id.clone(),
            (None, Some(walk_in)) => walk_in_mother(&attempt, walk_in).await?,
            (None, None) => return Err(AppError::Validation("give mother_id or walk_in".into())),
        };
        let (babies, children) = (mark.babies.map(i32::from), mark.children.map(i32::from));
        let kept = sql::exec(
            &attempt,
            "INSERT INTO attendance_marks (id, occurrence_id, mother_id, status, babies, children, recorded_at, recorded_by, received_at) \
             VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO NOTHING",
            vec![
                mark.id.clone().into(),
                mark.occurrence_id.clone().into(),
                mother_id.clone().into(),
                mark.status.as_str().into(),
                babies.into(),
                children.into(),
                recorded_at.into(),
                viewer_id.into(),
                now.into(),
            ],
        )
        .await?
            == 1;
        if !kept {
            attempt.rollback().await?;
            let mother_id = recorded_mother(txn, &mark.id).await?.ok_or_else(|| {
                AppError::Conflict(format!("mark {index} changed meanwhile; send it again"))
            })?;
            results[index] = Some(already_had(mark.id, mother_id));
            continue;
        }
        attempt.commit().await?;
        let stands = Stands {
            id: &mark.id,
            occurrence_id: &mark.occurrence_id,
            mother_id: &mother_id,
            status: mark.status,
            babies,
            children,
            recorded_at,
            recorded_by: viewer_id,
        };
        let applied = keep_if_latest(txn, stands, now).await?;
        results[index] = Some(MarkResult {
            id: mark.id,
            outcome: if applied {
                MarkOutcome::Applied
            } else {
                MarkOutcome::Superseded
            },
            mother_id,
        });
    }
    Ok(BatchResult {
        results: results.into_iter().flatten().collect(),
    })
}

/// A mark to keep as her attendance at a date if it is the latest recorded there.
struct Stands<'a> {
    id: &'a str,
    occurrence_id: &'a str,
    mother_id: &'a str,
    status: AttendanceStatus,
    babies: Option<i32>,
    children: Option<i32>,
    recorded_at: DateTime<Utc>,
    recorded_by: &'a str,
}

/// Makes `mark` her attendance at its date if it was recorded after the one
/// standing there (the latest recorded mark stands, whatever order they arrive in),
/// and follows through on her referrals; says whether it now stands.
async fn keep_if_latest(
    db: &impl ConnectionTrait,
    mark: Stands<'_>,
    now: DateTime<Utc>,
) -> Result<bool, DbErr> {
    let applied = sql::exec(
        db,
        "INSERT INTO attendance (id, occurrence_id, mother_id, status, babies, children, recorded_at, recorded_by, received_at) \
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) \
         ON CONFLICT (occurrence_id, mother_id) DO UPDATE SET id = excluded.id, status = excluded.status, \
         babies = excluded.babies, children = excluded.children, recorded_at = excluded.recorded_at, \
         recorded_by = excluded.recorded_by, received_at = excluded.received_at \
         WHERE excluded.recorded_at > attendance.recorded_at \
         OR (excluded.recorded_at = attendance.recorded_at AND excluded.id > attendance.id)",
        vec![
            mark.id.into(),
            mark.occurrence_id.into(),
            mark.mother_id.into(),
            mark.status.as_str().into(),
            mark.babies.into(),
            mark.children.into(),
            mark.recorded_at.into(),
            mark.recorded_by.into(),
            now.into(),
        ],
    )
    .await?
        == 1;
    if applied {
        keep_last_attended(db, Some(mark.mother_id)).await?;
        effects(db, mark.mother_id, mark.occurrence_id).await?;
    }
    Ok(applied)
}

/// Works out again the latest date she was marked present (every mother's when
/// `mother_id` is `None`, after a seeder writes attendance in bulk) and keeps it on
/// her row, where a caseload page reads it. Worked out, not compared with the new
/// mark: a later mark can turn "present" into "absent" on her latest date.
pub async fn keep_last_attended(db: &impl ConnectionTrait, mother_id: Option<&str>) -> Result<(), DbErr> {
    let (only, values) = match mother_id {
        Some(id) => (" WHERE id = ?", vec![id.into()]),
        None => ("", vec![]),
    };
    sql::exec(
        db,
        &format!(
            "UPDATE mothers SET last_attended_on = (SELECT MAX(o.date) FROM attendance a \
             JOIN occurrences o ON o.id = a.occurrence_id \
             WHERE a.mother_id = mothers.id AND a.status = 'present'){only}"
        ),
        values,
    )
    .await?;
    Ok(())
}

/// Records her apologies for a date, sent by herself (a reply to her reminder):
/// a mark like a host's, recorded by her own account, kept in the marks received
/// and standing unless the host marks her later. Nothing is recorded for a mother
/// with no account (an erased one).
pub async fn record_apologies(
    db: &impl ConnectionTrait,
    occurrence_id: &str,
    mother: &mother::Model,
    at: DateTime<Utc>,
) -> Result<bool, DbErr> {
    let Some(user_id) = mother.user_id.as_deref() else {
        return Ok(false);
    };
    let id = uuid::Uuid::new_v4().to_string();
    sql::exec(
        db,
        "INSERT INTO attendance_marks (id, occurrence_id, mother_id, status, babies, children, recorded_at, recorded_by, received_at) \
         VALUES (?, ?, ?, ?, NULL, NULL, ?, ?, ?)",
        vec![
            id.clone().into(),
            occurrence_id.into(),
            mother.id.clone().into(),
            AttendanceStatus::Apologies.as_str().into(),
            at.into(),
            user_id.into(),
            at.into(),
        ],
    )
    .await?;
    let stands = Stands {
        id: &id,
        occurrence_id,
        mother_id: &mother.id,
        status: AttendanceStatus::Apologies,
        babies: None,
        children: None,
        recorded_at: at,
        recorded_by: user_id,
    };
    keep_if_latest(db, stands, at).await
}

/// The answer for a mark kept before.
fn already_had(id: String, mother_id: String) -> MarkResult {
    MarkResult {
        id,
        outcome: MarkOutcome::AlreadyHad,
        mother_id,
    }
}

/// The mother a mark with this id was recorded for, if it is kept already.
async fn recorded_mother(db: &impl ConnectionTrait, mark_id: &str) -> Result<Option<String>, DbErr> {
    Ok(sql::ids(
        db,
        "SELECT mother_id FROM attendance_marks WHERE id = ?",
        vec![mark_id.into()],
    )
    .await?
    .into_iter()
    .next())
}

/// A walk-in's record: the mother with that phone number if one is known, else new.
/// Her phone number and language were checked with the batch; they are stored as
/// they parse.
async fn walk_in_mother(
    db: &impl ConnectionTrait,
    walk_in: &perilink_shared::register::WalkIn,
) -> Result<String, DbErr> {
    let phone = walk_in
        .phone
        .as_deref()
        .filter(|p| !p.trim().is_empty())
        .and_then(|p| PhoneNumber::parse(p).ok())
        .map(|p| p.as_str().to_owned());
    if let Some(phone) = &phone
        && let Some(id) = sql::ids(
            db,
            "SELECT id FROM mothers WHERE phone = ? ORDER BY created_at LIMIT 1",
            vec![phone.clone().into()],
        )
        .await?
        .into_iter()
        .next()
    {
        return Ok(id);
    }
    let id = uuid::Uuid::new_v4().to_string();
    sql::exec(
        db,
        "INSERT INTO mothers (id, given_name, phone, language, interpreter_needed, created_at) VALUES (?, ?, ?, ?, ?, ?)",
        vec![
            id.clone().into(),
            walk_in.given_name.trim().to_owned().into(),
            phone.into(),
            LanguageTag::parse(&walk_in.language)
                .map_or_else(|| walk_in.language.trim().to_owned(), String::from)
                .into(),
            false.into(),
            Utc::now().into(),
        ],
    )
    .await?;
    Ok(id)
}

/// What a mark that now stands means for her referrals to that programme: the first
/// time she comes she is attending; two absences in a row and her referrer is told;
/// enough of a course attended by its last date and it is completed.
async fn effects(db: &impl ConnectionTrait, mother_id: &str, occurrence_id: &str) -> Result<(), DbErr> {
    let Some(o) = occurrence::Entity::find_by_id(occurrence_id).one(db).await? else {
        return Ok(());
    };
    let Some(s) = session::Entity::find_by_id(o.session_id.as_str()).one(db).await? else {
        return Ok(());
    };
    let Some(p) = programme::Entity::find_by_id(s.programme_id.as_str())
        .one(db)
        .await?
    else {
        return Ok(());
    };
    let open = sql::ids(
        db,
        "SELECT id FROM referrals WHERE mother_id = ? AND programme_id = ? AND status IN ('accepted', 'booked', 'attending', 'did_not_attend')",
        vec![mother_id.into(), p.id.clone().into()],
    )
    .await?;
    if open.is_empty() {
        return Ok(());
    }
    // Her marks at this programme, latest date first.
    let statuses: Vec<String> = sql::ids(
        db,
        "SELECT a.status FROM attendance a JOIN occurrences o ON o.id = a.occurrence_id \
         JOIN sessions s ON s.id = o.session_id WHERE a.mother_id = ? AND s.programme_id = ? ORDER BY o.date DESC",
        vec![mother_id.into(), p.id.clone().into()],
    )
    .await?;
    let this: Option<String> = sql::ids(
        db,
        "SELECT status FROM attendance WHERE occurrence_id = ? AND mother_id = ?",
        vec![occurrence_id.into(), mother_id.into()],
    )
    .await?
    .into_iter()
    .next();
    let present_count = statuses.iter().filter(|s| *s == "present").count();
    let missed_twice = statuses.len() >= 2 && statuses[..2].iter().all(|s| s == "absent");
    let course_done = if p.format == "course" {
        let dates = sql::ids(
            db,
            // This term's dates only: a session may keep past terms' dates.
            "SELECT id FROM occurrences WHERE session_id = ? AND cancelled = FALSE AND date >= ? AND date <= ? ORDER BY date",
            vec![
                s.id.clone().into(),
                s.starts_on.into(),
                s.ends_on.unwrap_or(NaiveDate::MAX).min(s.starts_on + Duration::days(3660)).into(),
            ],
        )
        .await?;
        let last = dates.last().is_some_and(|last| last == occurrence_id);
        last && present_count as f64 >= (dates.len() as f64 * COURSE_COMPLETION_SHARE).ceil()
    } else {
        false
    };
    for id in open {
        let Some(mut r) = referral::Entity::find_by_id(id.as_str()).one(db).await? else {
            continue;
        };
        let mut status: ReferralStatus = column(&r.status, "referrals", "status", &r.id)?;
        if this.as_deref() == Some("present") {
            if status == ReferralStatus::Accepted {
                r = move_referral(
                    db,
                    r,
                    ReferralStatus::Booked,
                    Actor::System,
                    None,
                    Some("came without a booking"),
                )
                .await?;
                status = ReferralStatus::Booked;
            }
            if matches!(status, ReferralStatus::Booked | ReferralStatus::DidNotAttend) {
                r = move_referral(db, r, ReferralStatus::Attending, Actor::System, None, None).await?;
                status = ReferralStatus::Attending;
            }
        } else if missed_twice && matches!(status, ReferralStatus::Booked | ReferralStatus::Attending) {
            move_referral(
                db,
                r,
                ReferralStatus::DidNotAttend,
                Actor::System,
                None,
                Some("missed two sessions in a row"),
            )
            .await?;
            continue;
        }
        if course_done && status == ReferralStatus::Attending {
            move_referral(
                db,
                r,
                ReferralStatus::Completed,
                Actor::System,
                None,
                Some("finished the course"),
            )
            .await?;
        }
    }
    Ok(())
}
