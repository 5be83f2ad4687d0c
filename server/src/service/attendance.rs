//! A mother's attendance as the screens show it: her own history, and the marks
//! beside each of her referrals. Read by the registers' routes and by the
//! referrals' views, so neither journey reads the other's internals for it.

use crate::db::column::column;
use crate::error::AppError;
use crate::service::{listings, sql};
use chrono::NaiveDate;
use perilink_shared::register::{AttendanceEntry, AttendanceHistory, AttendanceStatus};
use sea_orm::{ConnectionTrait, FromQueryResult};

/// A mother's attendance history, newest first.
pub async fn history(
    db: &impl ConnectionTrait,
    mother_id: &str,
    language: &str,
) -> Result<AttendanceHistory, AppError> {
    let wanted = MarksOf {
        mother_id,
        programme: None,
    };
    let entries = attendance_of(db, &[wanted], language).await?.remove(0);
    Ok(AttendanceHistory { entries })
}

/// Whose marks to read: all hers, or hers at one programme's dates from a day on.
#[derive(Clone, Copy)]
pub struct MarksOf<'a> {
    pub mother_id: &'a str,
    pub programme: Option<(&'a str, NaiveDate)>,
}

#[derive(FromQueryResult)]
struct MarkRow {
    id: String,
    mother_id: String,
    programme_id: String,
    occurrence_id: String,
    session_id: String,
    date: NaiveDate,
    status: String,
}

/// The most marks one answer lists for one mother.
const MARKS_LISTED: usize = 200;

/// Each one's marks, newest first (at most 200 each), in the order asked: one
/// query for the marks and five for their sessions, however many are asked.
pub async fn attendance_of(
    db: &impl ConnectionTrait,
    wanted: &[MarksOf<'_>],
    language: &str,
) -> Result<Vec<Vec<AttendanceEntry>>, AppError> {
    if wanted.is_empty() {
        return Ok(Vec::new());
    }
    let (mothers, mut values) = sql::in_list(&wanted.iter().map(|w| w.mother_id).collect::<Vec<_>>());
    let mut only = String::new();
    if let Some(programmes) = wanted.iter().map(|w| w.programme).collect::<Option<Vec<_>>>() {
        let since = programmes.iter().map(|&(_, since)| since).min();
        let (list, ids) = sql::in_list(&programmes.iter().map(|&(id, _)| id).collect::<Vec<_>>());
        only = format!(" AND o.date >= ? AND s.programme_id IN ({list})");
        values.push(since.into());
        values.extend(ids);
    }
    // One mother's own history stops at the page; many are cut after sorting.
    let limit = if wanted.len() == 1 {
        format!(" LIMIT {MARKS_LISTED}")
    } else {
        String::new()
    };
    let rows = MarkRow::find_by_statement(sql::statement(
        db,
        &format!(
            "SELECT a.id, a.mother_id, s.programme_id, a.occurrence_id, o.session_id, o.date, a.status \
             FROM attendance a JOIN occurrences o ON o.id = a.occurrence_id JOIN sessions s ON s.id = o.session_id \
             WHERE a.mother_id IN ({mothers}){only} ORDER BY o.date DESC{limit}"
        ),
        values,
    ))
    .all(db)
    .await?;
    // A mother comes to the same few sessions week after week: each is read once.
    let sessions: Vec<&str> = rows.iter().map(|r| r.session_id.as_str()).collect();
    let listings = listings::load_many(db, &sessions).await?;
    let statuses = rows
        .iter()
        .map(|r| column::<AttendanceStatus>(&r.status, "attendance", "status", &r.id))
        .collect::<Result<Vec<_>, _>>()?;
    Ok(wanted
        .iter()
        .map(|w| {
            rows.iter()
                .zip(&statuses)
                .filter(|(r, _)| r.mother_id == w.mother_id)
                .filter(|(r, _)| {
                    w.programme
                        .is_none_or(|(programme, since)| r.programme_id == programme && r.date >= since)
                })
                .filter_map(|(r, &status)| {
                    let listing = listings.get(&r.session_id)?;
                    Some(AttendanceEntry {
                        occurrence_id: r.occurrence_id.clone(),
                        session_id: r.session_id.clone(),
                        date: r.date.to_string(),
                        title: listing.title(language),
                        venue_name: listing.venue.name.clone(),
                        status,
                    })
                })
                .take(MARKS_LISTED)
                .collect()
        })
        .collect())
}
