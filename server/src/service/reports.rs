//! Outcome reports: aggregated in the database, small numbers suppressed.
//!
//! Each aggregate report is a few `GROUP BY` queries over the records, grouped by
//! an expression chosen from [`GroupBy`] (a programme, its kind, the venue, the
//! mother's language or her interpreter need), run once per group and once more for
//! the totals (grouped by a constant, so a mother in two groups counts once there).
//! The database returns one row per group; Rust only puts the groups' figures side
//! by side and applies the small-number rule ([`Count`]).
//!
//! What is counted, for a range of London dates `from..=to`:
//!
//! - **referrals**: referrals made in the range; how far each got, from its moves
//!   (`referral_events`); the median days from sent to first attendance.
//! - **attendance**: register marks at dates in the range that were not cancelled.
//!   A date is *held* when it has at least one mark (in a group by the mother's
//!   language or interpreter need: a mark by a mother of that group). The waiting
//!   list is places asked for in the range that are still waiting.
//! - **screening**: a mother's first EPDS at a course's baseline paired with her
//!   latest at week 6, and at its end, for the same course (`session_id`), counted in
//!   the range when the follow-up was taken in it.
//! - **prsb**: one record per referral made in the range that the caller may see.

use crate::auth::scope::Viewer;
use crate::db::column::column;
use crate::error::AppError;
use crate::service::fhir::{REFERRAL_TO_SOCIAL_PRESCRIBING, SNOMED};
use crate::service::sql;
use chrono::{DateTime, Duration, NaiveDate, SecondsFormat, Utc};
use perilink_shared::calendar;
use perilink_shared::referral::ReferralStatus;
use perilink_shared::register::AttendanceStatus;
use perilink_shared::report::{
    ColumnKind, Count, Csv, EPDS_MEANINGFUL_FALL, EPDS_PROBABLE_FROM, Figure, FollowUp, GroupBy, ReportId,
    ReportRow, ReportTable, TOTAL_KEY, csv_text, derived, percent,
};
use perilink_shared::screening::Instrument;
use perilink_shared::screening_schedule::ScreeningPoint;
use sea_orm::{ConnectionTrait, DatabaseBackend, FromQueryResult, Value};
use serde_json::{Value as Json, json};
use std::collections::{BTreeMap, HashMap};

/// How far back a report looks when no `from` is given.
pub const DEFAULT_DAYS: i64 = 182;

/// The longest range a report covers: ten years.
pub const MAX_DAYS: i64 = 3660;

/// The London dates a report covers, and the instants they start and end at.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Range {
    /// The first day counted.
    pub from: NaiveDate,
    /// The last day counted.
    pub to: NaiveDate,
    /// London midnight at the start of `from`.
    start: DateTime<Utc>,
    /// London midnight at the end of `to`.
    end: DateTime<Utc>,
}

impl Range {
    /// The range `from..=to` (`YYYY-MM-DD`), by default the last [`DEFAULT_DAYS`]
    /// days up to `today`.
    pub fn parse(from: Option<&str>, to: Option<&str>, today: NaiveDate) -> Result<Range, AppError> {
        let date = |name: &str, value: &str| {
            NaiveDate::parse_from_str(value.trim(), "%Y-%m-%d").map_err(|_| {
                AppError::Validation(format!("{name} must be a date, YYYY-MM-DD, not `{value}`"))
            })
        };
        let to = match to.filter(|s| !s.trim().is_empty()) {
            Some(value) => date("to", value)?,
            None => today,
        };
        let from = match from.filter(|s| !s.trim().is_empty()) {
            Some(value) => date("from", value)?,
            None => to - Duration::days(DEFAULT_DAYS),
        };
        if from > to {
            return Err(AppError::Validation("from must not be after to".into()));
        }
        if (to - from).num_days() > MAX_DAYS {
            return Err(AppError::Validation("a report covers at most ten years".into()));
        }
        Ok(Range::new(from, to))
    }

    /// The range `from..=to`.
    pub fn new(from: NaiveDate, to: NaiveDate) -> Range {
        Range {
            from,
            to,
            start: london_midnight(from),
            end: london_midnight(to + Duration::days(1)),
        }
    }

    fn instants(&self) -> Vec<Value> {
        vec![self.start.into(), self.end.into()]
    }
}

/// The instant a London date begins. Clocks change at 01:00 UTC, never near
/// midnight, so the offset at 00:00 UTC that day is the offset at London midnight.
fn london_midnight(date: NaiveDate) -> DateTime<Utc> {
    let utc_midnight = date.and_hms_opt(0, 0, 0).unwrap_or_default().and_utc();
    utc_midnight - Duration::seconds(calendar::london_offset_seconds(utc_midnight.timestamp()))
}

/// The SQL expression a report's rows are grouped by, over `p` (programmes), `s`
/// (sessions, null for a referral not yet placed), and `m` (mothers); `None` for
/// the totals.
fn group_expr(group_by: Option<GroupBy>) -> &'static str {
    match group_by {
        None => "'all'",
        Some(GroupBy::Programme) => "p.id",
        Some(GroupBy::Kind) => "p.kind",
        Some(GroupBy::Venue) => "COALESCE(s.venue_id, 'unplaced')",
        Some(GroupBy::Language) => "m.language",
        Some(GroupBy::Interpreter) => "CASE WHEN m.interpreter_needed THEN 'yes' ELSE 'no' END",
    }
}

/// Days between two timestamps, as a double on either engine.
fn days_between(backend: DatabaseBackend, from: &str, to: &str) -> String {
    match backend {
        DatabaseBackend::Postgres => {
            format!("CAST(EXTRACT(EPOCH FROM ({to} - {from})) / 86400.0 AS DOUBLE PRECISION)")
        }
        _ => format!("CAST(julianday({to}) - julianday({from}) AS DOUBLE PRECISION)"),
    }
}

/// A count a query returned, as a `u64`.
fn count(n: Option<i64>) -> u64 {
    n.unwrap_or(0).max(0) as u64
}

/// A group's name and what it is called.
#[derive(FromQueryResult)]
struct Label {
    id: String,
    label: String,
}

/// Builds one aggregate report.
pub async fn table(
    db: &impl ConnectionTrait,
    viewer: &Viewer,
    report: ReportId,
    group_by: GroupBy,
    range: &Range,
    language: &str,
) -> Result<ReportTable, AppError> {
    // Which rows the viewer's reports count: the policy decides.
    let scope = viewer.report_condition();
    let mut rows = match report {
        ReportId::Referrals => referral_rows(db, &scope, Some(group_by), range).await?,
        ReportId::Attendance => attendance_rows(db, &scope, Some(group_by), range).await?,
        ReportId::Screening => screening_rows(db, &scope, Some(group_by), range).await?,
        ReportId::Prsb => return Err(AppError::NotFound),
    };
    let mut totals = match report {
        ReportId::Referrals => referral_rows(db, &scope, None, range).await?,
        ReportId::Attendance => attendance_rows(db, &scope, None, range).await?,
        _ => screening_rows(db, &scope, None, range).await?,
    };
    if totals.is_empty() {
        totals.push(row(TOTAL_KEY.into(), None, nothing(report)));
    }
    let labels = labels(db, group_by, language).await?;
    for row in &mut rows {
        if let Some(label) = labels.get(&row.key) {
            row.label = label.clone();
        }
    }
    rows.sort_by(|a, b| {
        (a.label.to_lowercase(), &a.key, a.follow_up).cmp(&(b.label.to_lowercase(), &b.key, b.follow_up))
    });
    Ok(ReportTable {
        report,
        title: report.title().to_owned(),
        from: range.from.to_string(),
        to: range.to.to_string(),
        group_by,
        columns: report.columns().to_vec(),
        rows,
        totals,
    })
}

/// The names of programmes (in `language`, else English) or venues, by id.
async fn labels(
    db: &impl ConnectionTrait,
    group_by: GroupBy,
    language: &str,
) -> Result<HashMap<String, String>, AppError> {
    let (query, values): (&str, Vec<Value>) = match group_by {
        GroupBy::Programme => (
            "SELECT p.id AS id, COALESCE(ui.title, en.title, p.id) AS label FROM programmes p \
             LEFT JOIN programme_translations ui ON ui.programme_id = p.id AND ui.language = ? \
             LEFT JOIN programme_translations en ON en.programme_id = p.id AND en.language = 'en'",
            vec![language.into()],
        ),
        GroupBy::Venue => ("SELECT id, name AS label FROM venues", vec![]),
        _ => return Ok(HashMap::new()),
    };
    Ok(sql::rows::<Label>(db, query, values)
        .await?
        .into_iter()
        .map(|l| (l.id, l.label))
        .collect())
}

/// The figures of a group with no records: counts of 0, nothing worked out.
fn nothing(report: ReportId) -> Vec<Figure> {
    report
        .columns()
        .iter()
        .map(|c| match c.kind() {
            ColumnKind::Count => Figure::Count(Count::of(0)),
            _ => Figure::Value(None),
        })
        .collect()
}

fn row(key: String, follow_up: Option<FollowUp>, figures: Vec<Figure>) -> ReportRow {
    ReportRow {
        label: if key == TOTAL_KEY {
            "All".into()
        } else {
            key.clone()
        },
        key,
        follow_up,
        figures,
    }
}

/// A referral reached a stage when one of its moves went there or further: the
/// statuses are bound, added to `values`.
fn reached(statuses: &[ReferralStatus], values: &mut Vec<Value>) -> String {
    values.extend(statuses.iter().map(|s| Value::from(s.as_str())));
    let list = vec!["?"; statuses.len()].join(", ");
    format!(
        "CASE WHEN EXISTS (SELECT 1 FROM referral_events e WHERE e.referral_id = r.id \
         AND e.to_status IN ({list})) THEN 1 ELSE 0 END"
    )
}

/// A group's referrals, how far they got and how they ended.
#[derive(FromQueryResult)]
struct FunnelRow {
    g: String,
    referred: Option<i64>,
    n_accepted: Option<i64>,
    n_booked: Option<i64>,
    n_attended: Option<i64>,
    n_completed: Option<i64>,
    n_declined: Option<i64>,
    n_withdrawn: Option<i64>,
    n_did_not_attend: Option<i64>,
}

/// A group's median days from sent to first attendance, over how many attended.
#[derive(FromQueryResult)]
struct MedianRow {
    g: String,
    median_days: Option<f64>,
    attended: Option<i64>,
}

async fn referral_rows(
    db: &impl ConnectionTrait,
    scope: &(String, Vec<Value>),
    group_by: Option<GroupBy>,
    range: &Range,
) -> Result<Vec<ReportRow>, AppError> {
    let g = group_expr(group_by);
    let (condition, scope_values) = scope;
    let from_referrals = format!(
        "FROM referrals r JOIN programmes p ON p.id = r.programme_id \
         JOIN mothers m ON m.id = r.mother_id LEFT JOIN sessions s ON s.id = r.session_id \
         WHERE r.created_at >= ? AND r.created_at < ? AND {condition}"
    );
    let values = || {
        range
            .instants()
            .into_iter()
            .chain(scope_values.iter().cloned())
            .collect::<Vec<_>>()
    };
    // Bound in the order they come in the statement: the outcomes counted, then
    // the stages reached, then the range and the scope.
    use ReferralStatus::{Accepted, Attending, Booked, Completed, Declined, DidNotAttend, Withdrawn};
    let mut funnel_values: Vec<Value> = [Completed, Declined, Withdrawn, DidNotAttend]
        .iter()
        .map(|s| Value::from(s.as_str()))
        .collect();
    let accepted = reached(
        &[Accepted, Booked, Attending, DidNotAttend, Completed],
        &mut funnel_values,
    );
    let booked = reached(&[Booked, Attending, DidNotAttend, Completed], &mut funnel_values);
    let attending = reached(&[Attending, Completed], &mut funnel_values);
    funnel_values.extend(values());
    let funnel = format!(
        "SELECT g, CAST(COUNT(*) AS BIGINT) AS referred, \
           CAST(SUM(accepted) AS BIGINT) AS n_accepted, CAST(SUM(booked) AS BIGINT) AS n_booked, \
           CAST(SUM(CASE WHEN attending = 1 OR first_attended_at IS NOT NULL THEN 1 ELSE 0 END) AS BIGINT) AS n_attended, \
           CAST(SUM(CASE WHEN status = ? THEN 1 ELSE 0 END) AS BIGINT) AS n_completed, \
           CAST(SUM(CASE WHEN status = ? THEN 1 ELSE 0 END) AS BIGINT) AS n_declined, \
           CAST(SUM(CASE WHEN status = ? THEN 1 ELSE 0 END) AS BIGINT) AS n_withdrawn, \
           CAST(SUM(CASE WHEN status = ? THEN 1 ELSE 0 END) AS BIGINT) AS n_did_not_attend \
         FROM (SELECT {g} AS g, r.status AS status, r.first_attended_at AS first_attended_at, \
             {accepted} AS accepted, {booked} AS booked, {attending} AS attending \
           {from_referrals}) t \
         GROUP BY g"
    );
    // The median of each group's days from sent to first attendance: the middle
    // one, or the mean of the middle two.
    let median = format!(
        "WITH d AS (SELECT {g} AS g, {days} AS days {from_referrals} AND r.first_attended_at IS NOT NULL), \
         ranked AS (SELECT g, days, ROW_NUMBER() OVER (PARTITION BY g ORDER BY days) AS rn, \
             COUNT(*) OVER (PARTITION BY g) AS n FROM d) \
         SELECT g, CAST(AVG(days) AS DOUBLE PRECISION) AS median_days, CAST(MAX(n) AS BIGINT) AS attended FROM ranked \
         WHERE rn IN ((n + 1) / 2, (n + 2) / 2) GROUP BY g",
        days = days_between(db.get_database_backend(), "r.created_at", "r.first_attended_at"),
    );
    let mut medians: HashMap<String, (Option<f64>, u64)> = HashMap::new();
    for r in sql::rows::<MedianRow>(db, &median, values()).await? {
        medians.insert(r.g, (r.median_days, count(r.attended)));
    }
    let mut out = Vec::new();
    for r in sql::rows::<FunnelRow>(db, &funnel, funnel_values).await? {
        let counts: Vec<Count> = [
            r.referred,
            r.n_accepted,
            r.n_booked,
            r.n_attended,
            r.n_completed,
            r.n_declined,
            r.n_withdrawn,
            r.n_did_not_attend,
        ]
        .into_iter()
        .map(|n| Count::of(count(n)))
        .collect();
        let key = r.g;
        let (median_days, attended) = medians.get(&key).copied().unwrap_or((None, 0));
        let mut figures: Vec<Figure> = counts.iter().copied().map(Figure::Count).collect();
        figures.push(Figure::Value(percent(counts[3], counts[0])));
        figures.push(Figure::Value(derived(Count::of(attended), median_days)));
        out.push(row(key, None, figures));
    }
    Ok(out)
}

/// A group's register marks: dates held, marks present, mothers who came, and
/// who came three times or more.
#[derive(FromQueryResult)]
struct MarksRow {
    g: String,
    dates_held: Option<i64>,
    marks_present: Option<i64>,
    came: Option<i64>,
    came_three: Option<i64>,
}

/// A group's count.
#[derive(FromQueryResult)]
struct GroupCount {
    g: String,
    n: Option<i64>,
}

async fn attendance_rows(
    db: &impl ConnectionTrait,
    scope: &(String, Vec<Value>),
    group_by: Option<GroupBy>,
    range: &Range,
) -> Result<Vec<ReportRow>, AppError> {
    let g = group_expr(group_by);
    let (condition, scope_values) = scope;
    let marks = format!(
        "WITH marks AS ( \
           SELECT {g} AS g, a.mother_id AS mother_id, a.occurrence_id AS occurrence_id, a.status AS status \
           FROM attendance a JOIN occurrences o ON o.id = a.occurrence_id \
           JOIN sessions s ON s.id = o.session_id JOIN programmes p ON p.id = s.programme_id \
           JOIN mothers m ON m.id = a.mother_id \
           WHERE o.date >= ? AND o.date <= ? AND o.cancelled = FALSE AND {condition}), \
         per_mother AS (SELECT g, mother_id, SUM(CASE WHEN status = 'present' THEN 1 ELSE 0 END) AS present \
           FROM marks GROUP BY g, mother_id), \
         held AS (SELECT g, COUNT(DISTINCT occurrence_id) AS held FROM marks GROUP BY g) \
         SELECT h.g AS g, CAST(MAX(h.held) AS BIGINT) AS dates_held, CAST(SUM(pm.present) AS BIGINT) AS marks_present, \
           CAST(SUM(CASE WHEN pm.present > 0 THEN 1 ELSE 0 END) AS BIGINT) AS came, \
           CAST(SUM(CASE WHEN pm.present >= 3 THEN 1 ELSE 0 END) AS BIGINT) AS came_three \
         FROM held h JOIN per_mother pm ON pm.g = h.g GROUP BY h.g"
    );
    let waiting = format!(
        "SELECT g, CAST(COUNT(*) AS BIGINT) AS n FROM ( \
           SELECT {g} AS g FROM bookings b JOIN sessions s ON s.id = b.session_id \
           JOIN programmes p ON p.id = s.programme_id JOIN mothers m ON m.id = b.mother_id \
           WHERE b.status = 'waiting' AND b.created_at >= ? AND b.created_at < ? AND {condition}) t \
         GROUP BY g"
    );
    let mut groups: BTreeMap<String, [u64; 5]> = BTreeMap::new();
    let mut values: Vec<Value> = vec![range.from.into(), range.to.into()];
    values.extend(scope_values.iter().cloned());
    for r in sql::rows::<MarksRow>(db, &marks, values).await? {
        let figures = groups.entry(r.g).or_default();
        figures[..4].copy_from_slice(&[r.dates_held, r.marks_present, r.came, r.came_three].map(count));
    }
    let mut values = range.instants();
    values.extend(scope_values.iter().cloned());
    for r in sql::rows::<GroupCount>(db, &waiting, values).await? {
        groups.entry(r.g).or_default()[4] = count(r.n);
    }
    Ok(groups
        .into_iter()
        .map(|(key, counts)| {
            let figures = counts.into_iter().map(|n| Figure::Count(Count::of(n))).collect();
            row(key, None, figures)
        })
        .collect())
}

/// A group's EPDS pairs at one follow-up: how many, their means, and how many fell,
/// started probable, left probable, or were in a wording not validated.
#[derive(FromQueryResult)]
struct ScreeningRow {
    g: String,
    follow_up: String,
    paired: Option<i64>,
    mean_baseline: Option<f64>,
    mean_later: Option<f64>,
    mean_change: Option<f64>,
    fell: Option<i64>,
    probable: Option<i64>,
    left_probable: Option<i64>,
    n_unvalidated: Option<i64>,
}

async fn screening_rows(
    db: &impl ConnectionTrait,
    scope: &(String, Vec<Value>),
    group_by: Option<GroupBy>,
    range: &Range,
) -> Result<Vec<ReportRow>, AppError> {
    let g = group_expr(group_by);
    let (condition, scope_values) = scope;
    // Per mother, course and timepoint: the first baseline, and the latest of each
    // follow-up.
    let query = format!(
        "WITH ranked AS ( \
           SELECT sc.mother_id AS mother_id, sc.session_id AS session_id, sc.timepoint AS timepoint, \
             sc.total AS total, sc.taken_at AS taken_at, sc.language_validated AS validated, \
             ROW_NUMBER() OVER (PARTITION BY sc.mother_id, sc.session_id, sc.timepoint \
               ORDER BY CASE WHEN sc.timepoint = 'baseline' THEN sc.taken_at END ASC, sc.taken_at DESC) AS rn \
           FROM screenings sc \
           WHERE sc.instrument = 'epds' AND sc.session_id IS NOT NULL \
             AND sc.timepoint IN ('baseline', 'week6', 'end') AND sc.taken_at < ?), \
         pairs AS ( \
           SELECT b.mother_id AS mother_id, b.session_id AS session_id, f.timepoint AS follow_up, \
             b.total AS baseline, f.total AS later, \
             CASE WHEN b.validated AND f.validated THEN 0 ELSE 1 END AS unvalidated \
           FROM ranked b JOIN ranked f ON f.mother_id = b.mother_id AND f.session_id = b.session_id \
           WHERE b.timepoint = 'baseline' AND b.rn = 1 AND f.timepoint IN ('week6', 'end') AND f.rn = 1 \
             AND f.taken_at >= ? AND f.taken_at >= b.taken_at) \
         SELECT g, follow_up, CAST(COUNT(*) AS BIGINT) AS paired, \
           CAST(AVG(baseline) AS DOUBLE PRECISION) AS mean_baseline, CAST(AVG(later) AS DOUBLE PRECISION) AS mean_later, \
           CAST(AVG(later - baseline) AS DOUBLE PRECISION) AS mean_change, \
           CAST(SUM(CASE WHEN baseline - later >= {fall} THEN 1 ELSE 0 END) AS BIGINT) AS fell, \
           CAST(SUM(CASE WHEN baseline >= {probable} THEN 1 ELSE 0 END) AS BIGINT) AS probable, \
           CAST(SUM(CASE WHEN baseline >= {probable} AND later < {probable} THEN 1 ELSE 0 END) AS BIGINT) AS left_probable, \
           CAST(SUM(unvalidated) AS BIGINT) AS n_unvalidated \
         FROM (SELECT {g} AS g, pr.follow_up AS follow_up, pr.baseline AS baseline, pr.later AS later, \
           pr.unvalidated AS unvalidated \
           FROM pairs pr JOIN sessions s ON s.id = pr.session_id \
           JOIN programmes p ON p.id = s.programme_id JOIN mothers m ON m.id = pr.mother_id WHERE {condition}) t \
         GROUP BY g, follow_up",
        fall = EPDS_MEANINGFUL_FALL,
        probable = EPDS_PROBABLE_FROM,
    );
    let mut found: BTreeMap<(String, FollowUp), Vec<Figure>> = BTreeMap::new();
    let mut values: Vec<Value> = vec![range.end.into(), range.start.into()];
    values.extend(scope_values.iter().cloned());
    for r in sql::rows::<ScreeningRow>(db, &query, values).await? {
        // The query asks only for follow-ups this server knows.
        let Ok(follow_up) = r.follow_up.parse::<FollowUp>() else {
            continue;
        };
        let paired = Count::of(count(r.paired));
        let fell = Count::of(count(r.fell));
        let probable = Count::of(count(r.probable));
        let left = Count::of(count(r.left_probable));
        let unvalidated = Count::of(count(r.n_unvalidated));
        let figures = vec![
            Figure::Count(paired),
            Figure::Value(derived(paired, r.mean_baseline)),
            Figure::Value(derived(paired, r.mean_later)),
            Figure::Value(derived(paired, r.mean_change)),
            Figure::Count(fell),
            Figure::Value(percent(fell, paired)),
            Figure::Count(probable),
            Figure::Count(left),
            Figure::Value(percent(left, probable)),
            Figure::Count(unvalidated),
        ];
        found.insert((r.g, follow_up), figures);
    }
    if group_by.is_none() {
        // The totals always have a row for each follow-up, even with nobody paired.
        for follow_up in FollowUp::ALL {
            found
                .entry((TOTAL_KEY.into(), *follow_up))
                .or_insert_with(|| nothing(ReportId::Screening));
        }
    }
    Ok(found
        .into_iter()
        .map(|((key, follow_up), figures)| row(key, Some(follow_up), figures))
        .collect())
}

// ------------------------------------------------------------------------ PRSB

/// One referral as the PRSB Social Prescribing Information Standard shapes it, with
/// what PeriLink holds: no name, address, date of birth or NHS number.
#[derive(Clone, Debug, PartialEq)]
pub struct PrsbRecord {
    pub referral_id: String,
    /// When the referral was sent.
    pub referred_at: DateTime<Utc>,
    /// The referrer's organisation.
    pub referrer_organisation: Option<String>,
    /// Demographics: her language (BCP 47) and whether she needs an interpreter.
    pub language: String,
    pub interpreter_needed: bool,
    /// Pregnant, or her baby's age, when she was referred.
    pub perinatal_stage: Option<&'static str>,
    /// Needs and concerns: the reasons (codes) and what matters to her.
    pub reasons: Vec<String>,
    pub what_matters: Option<String>,
    /// Support offered.
    pub programme: String,
    pub programme_kind: String,
    pub venue: Option<String>,
    /// Outcomes.
    pub status: ReferralStatus,
    pub first_attended_at: Option<DateTime<Utc>>,
    pub attendances: u64,
    pub epds_baseline: Option<i64>,
    pub epds_follow_up: Option<i64>,
    pub epds_follow_up_timepoint: Option<String>,
    /// The message back to the referrer: the latest move.
    pub status_changed_at: DateTime<Utc>,
}

impl PrsbRecord {
    /// Follow-up minus baseline: below 0 is better.
    pub fn epds_change(&self) -> Option<i64> {
        Some(self.epds_follow_up? - self.epds_baseline?)
    }
}

/// The referrals made in the range that `viewer` may see, oldest first, each with
/// her attendances at the programme since the referral and her EPDS change at its
/// courses, worked out in the query.
/// One referral's row for its PRSB record, before the viewer's rules are applied.
#[derive(FromQueryResult)]
struct PrsbRow {
    referral_id: String,
    referred_at: DateTime<Utc>,
    referrer_organisation: Option<String>,
    language: String,
    interpreter_needed: bool,
    due_date: Option<NaiveDate>,
    baby_birth_date: Option<NaiveDate>,
    reasons: String,
    what_matters: Option<String>,
    programme: String,
    programme_kind: String,
    venue: Option<String>,
    status: String,
    first_attended_at: Option<DateTime<Utc>>,
    attendances: Option<i64>,
    epds_baseline: Option<i32>,
    epds_follow_up: Option<i32>,
    epds_follow_up_timepoint: Option<String>,
    status_changed_at: DateTime<Utc>,
    /// 1 when the viewer cares for her.
    in_care: Option<i64>,
    /// The scopes of her consent in force.
    scopes: Option<String>,
}

pub async fn prsb_records(
    db: &impl ConnectionTrait,
    viewer: &Viewer,
    range: &Range,
) -> Result<Vec<PrsbRecord>, AppError> {
    // Each record carries whether the viewer cares for her (else they see it as
    // her referral's provider: her screening totals never, her reasons only under
    // her consent), and the scopes of her consent in force.
    // Bound in the order they come in the statement: the mark counted, the EPDS
    // timepoints, then the care team, the export's condition and the range.
    let mut values: Vec<Value> = vec![AttendanceStatus::Present.as_str().into()];
    let mut epds = |points: &[ScreeningPoint], order: &str, column: &str| {
        values.push(Instrument::Epds.as_str().into());
        values.extend(points.iter().map(|p| Value::from(p.as_str())));
        let list = vec!["?"; points.len()].join(", ");
        format!(
            "(SELECT sc.{column} FROM screenings sc JOIN sessions ss ON ss.id = sc.session_id \
             WHERE sc.mother_id = r.mother_id AND ss.programme_id = r.programme_id \
             AND sc.instrument = ? AND sc.timepoint IN ({list}) AND sc.taken_at >= r.created_at \
             ORDER BY sc.taken_at {order} LIMIT 1)"
        )
    };
    let baseline = epds(&[ScreeningPoint::Baseline], "ASC", "total");
    let follow_up = epds(&[ScreeningPoint::Week6, ScreeningPoint::End], "DESC", "total");
    let follow_up_timepoint = epds(&[ScreeningPoint::Week6, ScreeningPoint::End], "DESC", "timepoint");
    let (care, care_values) = viewer.care_subquery();
    let (condition, condition_values) = viewer.export_condition();
    values.extend(care_values);
    values.extend(condition_values);
    values.extend(range.instants());
    let query = format!(
        "SELECT r.id AS referral_id, r.created_at AS referred_at, o.name AS referrer_organisation, m.language AS language, \
           m.interpreter_needed AS interpreter_needed, m.due_date AS due_date, m.baby_birth_date AS baby_birth_date, \
           r.reasons AS reasons, r.what_matters AS what_matters, COALESCE(pt.title, p.id) AS programme, \
           p.kind AS programme_kind, v.name AS venue, r.status AS status, r.first_attended_at AS first_attended_at, \
           (SELECT COUNT(*) FROM attendance a JOIN occurrences oc ON oc.id = a.occurrence_id \
              JOIN sessions sa ON sa.id = oc.session_id \
              WHERE a.mother_id = r.mother_id AND sa.programme_id = r.programme_id AND a.status = ? \
              AND oc.cancelled = FALSE AND oc.date >= date(r.created_at)) AS attendances, \
           {baseline} AS epds_baseline, {follow_up} AS epds_follow_up, {follow_up_timepoint} AS epds_follow_up_timepoint, \
           COALESCE((SELECT MAX(e.at) FROM referral_events e WHERE e.referral_id = r.id), r.updated_at) AS status_changed_at, \
           CAST(CASE WHEN m.id IN ({care}) THEN 1 ELSE 0 END AS BIGINT) AS in_care, \
           (SELECT c.scopes FROM consents c WHERE c.mother_id = m.id AND c.withdrawn_at IS NULL \
              ORDER BY c.recorded_at DESC LIMIT 1) AS scopes \
         FROM referrals r JOIN programmes p ON p.id = r.programme_id JOIN mothers m ON m.id = r.mother_id \
         JOIN users u ON u.id = r.referrer_id LEFT JOIN organisations o ON o.id = u.organisation_id \
         LEFT JOIN programme_translations pt ON pt.programme_id = p.id AND pt.language = 'en' \
         LEFT JOIN sessions s ON s.id = r.session_id LEFT JOIN venues v ON v.id = s.venue_id \
         WHERE {condition} AND r.created_at >= ? AND r.created_at < ? \
         ORDER BY r.created_at, r.id"
    );
    let mut out = Vec::new();
    for r in sql::rows::<PrsbRow>(db, &query, values).await? {
        let scopes: Vec<&str> = r
            .scopes
            .as_deref()
            .unwrap_or_default()
            .split_whitespace()
            .collect();
        let (reasons_shared, screening_shared) = viewer.export_fields(r.in_care == Some(1), &scopes);
        let (reasons, what_matters): (String, Option<String>) = if reasons_shared {
            (r.reasons, r.what_matters)
        } else {
            (String::new(), None)
        };
        let epds = |total: Option<i32>| total.map(i64::from).filter(|_| screening_shared);
        out.push(PrsbRecord {
            status: column(&r.status, "referrals", "status", &r.referral_id)?,
            perinatal_stage: perinatal_stage(r.due_date, r.baby_birth_date, r.referred_at.date_naive()),
            referral_id: r.referral_id,
            referred_at: r.referred_at,
            referrer_organisation: r.referrer_organisation,
            language: r.language,
            interpreter_needed: r.interpreter_needed,
            reasons: reasons.split_whitespace().map(str::to_owned).collect(),
            what_matters,
            programme: r.programme,
            programme_kind: r.programme_kind,
            venue: r.venue,
            first_attended_at: r.first_attended_at,
            attendances: count(r.attendances),
            epds_baseline: epds(r.epds_baseline),
            epds_follow_up: epds(r.epds_follow_up),
            epds_follow_up_timepoint: r.epds_follow_up_timepoint.filter(|_| screening_shared),
            status_changed_at: r.status_changed_at,
        });
    }
    Ok(out)
}

/// Where she was on her way through pregnancy and her baby's first year, on `on`.
pub fn perinatal_stage(
    due: Option<NaiveDate>,
    born: Option<NaiveDate>,
    on: NaiveDate,
) -> Option<&'static str> {
    match born.filter(|b| *b <= on) {
        Some(born) => Some(match (on - born).num_days() {
            0..=90 => "baby_0_3_months",
            91..=182 => "baby_3_6_months",
            183..=365 => "baby_6_12_months",
            _ => "baby_over_12_months",
        }),
        None if due.is_some() || born.is_some() => Some("pregnant"),
        None => None,
    }
}

/// The CSV header of the PRSB export.
pub const PRSB_COLUMNS: [&str; 21] = [
    "referral_id",
    "referred_on",
    "referrer_organisation",
    "language",
    "interpreter_needed",
    "age_band",
    "perinatal_stage",
    "reasons",
    "what_matters",
    "programme",
    "programme_kind",
    "venue",
    "status",
    "status_changed_on",
    "first_attended_on",
    "attendances",
    "epds_baseline",
    "epds_follow_up",
    "epds_follow_up_timepoint",
    "epds_change",
    "snomed_code",
];

fn day(at: DateTime<Utc>) -> String {
    let day = calendar::london_day(at.timestamp());
    let (y, m, d) = calendar::civil_from_days(day);
    format!("{y:04}-{m:02}-{d:02}")
}

/// The PRSB export as CSV. PeriLink keeps no date of birth, so `age_band` says
/// `not_recorded`; reasons are separated by `;`.
pub fn prsb_csv(records: &[PrsbRecord]) -> String {
    let mut file = Csv::with_header(PRSB_COLUMNS);
    let number = |n: Option<i64>| n.map(|n| n.to_string()).unwrap_or_default();
    for r in records {
        let cells = [
            r.referral_id.clone(),
            day(r.referred_at),
            csv_text(r.referrer_organisation.as_deref().unwrap_or_default()),
            r.language.clone(),
            if r.interpreter_needed { "yes" } else { "no" }.to_owned(),
            "not_recorded".to_owned(),
            r.perinatal_stage.unwrap_or_default().to_owned(),
            r.reasons.join(";"),
            csv_text(r.what_matters.as_deref().unwrap_or_default()),
            csv_text(&r.programme),
            r.programme_kind.clone(),
            csv_text(r.venue.as_deref().unwrap_or_default()),
            r.status.as_str().to_owned(),
            day(r.status_changed_at),
            r.first_attended_at.map(day).unwrap_or_default(),
            r.attendances.to_string(),
            number(r.epds_baseline),
            number(r.epds_follow_up),
            r.epds_follow_up_timepoint.clone().unwrap_or_default(),
            number(r.epds_change()),
            REFERRAL_TO_SOCIAL_PRESCRIBING.to_owned(),
        ];
        file.record(cells);
    }
    file.finish()
}

const NHS_COMMUNICATION: &str =
    "https://fhir.hl7.org.uk/StructureDefinition/Extension-UKCore-NHSCommunication";
const PERINATAL_STAGE: &str = "https://perilink.example/fhir/StructureDefinition/perinatal-stage";

fn service_request_status(status: ReferralStatus) -> &'static str {
    match status {
        ReferralStatus::Completed => "completed",
        ReferralStatus::Declined | ReferralStatus::Withdrawn => "revoked",
        _ => "active",
    }
}

/// The PRSB export as a FHIR R4 `collection` Bundle: per referral, a ServiceRequest
/// (SNOMED CT 871731000000106) holding her demographics in a contained Patient
/// without a name, and the Task that tracks it, whose outputs are the outcomes.
pub fn prsb_bundle(records: &[PrsbRecord], now: DateTime<Utc>) -> Json {
    let at = |t: DateTime<Utc>| t.to_rfc3339_opts(SecondsFormat::Secs, true);
    let mut entries = Vec::with_capacity(records.len() * 2);
    for r in records {
        let language = json!({"coding": [{"system": "urn:ietf:bcp:47", "code": r.language}]});
        let mut patient = json!({
            "resourceType": "Patient",
            "id": "mother",
            "communication": [{
                "language": language,
                "preferred": true,
                "extension": [{
                    "url": NHS_COMMUNICATION,
                    "extension": [
                        {"url": "language", "valueCodeableConcept": language},
                        {"url": "preferred", "valueBoolean": true},
                        {"url": "interpreterRequired", "valueBoolean": r.interpreter_needed}
                    ]
                }]
            }]
        });
        if let Some(stage) = r.perinatal_stage {
            patient["extension"] = json!([{"url": PERINATAL_STAGE, "valueCode": stage}]);
        }
        let mut request = json!({
            "resourceType": "ServiceRequest",
            "id": r.referral_id,
            "contained": [patient],
            "status": service_request_status(r.status),
            "intent": "order",
            "category": [{"text": r.programme_kind}],
            "code": {"coding": [{"system": SNOMED, "code": REFERRAL_TO_SOCIAL_PRESCRIBING, "display": "Referral to social prescribing service"}]},
            "subject": {"reference": "#mother"},
            "authoredOn": at(r.referred_at),
            "performer": [{"display": r.programme}],
            "reasonCode": r.reasons.iter().map(|reason| json!({"text": reason.replace('_', " ")})).collect::<Vec<_>>()
        });
        if let Some(organisation) = &r.referrer_organisation {
            request["requester"] = json!({"display": organisation});
        }
        if let Some(venue) = &r.venue {
            request["locationCode"] = json!([{"text": venue}]);
        }
        if let Some(what_matters) = &r.what_matters {
            request["note"] = json!([{"text": format!("What matters to her: {what_matters}")}]);
        }
        let mut outputs = vec![json!({"type": {"text": "attendances"}, "valueInteger": r.attendances})];
        if let (Some(change), Some(timepoint)) = (r.epds_change(), &r.epds_follow_up_timepoint) {
            outputs.push(json!({
                "type": {"text": format!("EPDS change from baseline to {timepoint}")},
                "valueInteger": change
            }));
        }
        let task = json!({
            "resourceType": "Task",
            "id": format!("{}-outcome", r.referral_id),
            "status": r.status.fhir_task_status(),
            "intent": "order",
            "businessStatus": {"text": r.status.as_str()},
            "focus": {"reference": format!("ServiceRequest/{}", r.referral_id)},
            "authoredOn": at(r.referred_at),
            "lastModified": at(r.status_changed_at),
            "output": outputs
        });
        entries.push(json!({"resource": request}));
        entries.push(json!({"resource": task}));
    }
    json!({
        "resourceType": "Bundle",
        "type": "collection",
        "timestamp": at(now),
        "entry": entries
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn date(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    #[test]
    fn a_range_runs_from_london_midnight_to_london_midnight() {
        // Winter: London is on UTC.
        let winter = Range::new(date(2026, 1, 5), date(2026, 1, 5));
        assert_eq!(winter.start.to_rfc3339(), "2026-01-05T00:00:00+00:00");
        assert_eq!(winter.end.to_rfc3339(), "2026-01-06T00:00:00+00:00");
        // Summer: London midnight is 23:00 UTC the day before.
        let summer = Range::new(date(2026, 7, 1), date(2026, 7, 31));
        assert_eq!(summer.start.to_rfc3339(), "2026-06-30T23:00:00+00:00");
        assert_eq!(summer.end.to_rfc3339(), "2026-07-31T23:00:00+00:00");
    }

    #[test]
    fn a_range_defaults_to_the_last_half_year_and_refuses_nonsense() {
        let today = date(2026, 11, 22);
        let range = Range::parse(None, None, today).unwrap();
        assert_eq!(
            (range.from, range.to),
            (today - Duration::days(DEFAULT_DAYS), today)
        );
        assert!(Range::parse(Some("2026-13-01"), None, today).is_err());
        assert!(Range::parse(Some("yesterday"), None, today).is_err());
        assert!(Range::parse(Some("2026-11-02"), Some("2026-11-01"), today).is_err());
        assert!(Range::parse(Some("1990-01-01"), Some("2026-01-01"), today).is_err());
        let one_day = Range::parse(Some("2026-11-01"), Some("2026-11-01"), today).unwrap();
        assert_eq!(one_day.from, one_day.to);
    }

    #[test]
    fn the_perinatal_stage_is_worked_out_on_the_day_she_was_referred() {
        let on = date(2026, 6, 1);
        assert_eq!(
            perinatal_stage(Some(date(2026, 8, 1)), None, on),
            Some("pregnant")
        );
        assert_eq!(
            perinatal_stage(None, Some(date(2026, 5, 1)), on),
            Some("baby_0_3_months")
        );
        assert_eq!(
            perinatal_stage(None, Some(date(2026, 1, 1)), on),
            Some("baby_3_6_months")
        );
        assert_eq!(
            perinatal_stage(None, Some(date(2025, 9, 1)), on),
            Some("baby_6_12_months")
        );
        assert_eq!(
            perinatal_stage(None, Some(date(2024, 9, 1)), on),
            Some("baby_over_12_months")
        );
        // Born after the referral: she was pregnant then.
        assert_eq!(
            perinatal_stage(None, Some(date(2026, 7, 1)), on),
            Some("pregnant")
        );
        assert_eq!(perinatal_stage(None, None, on), None);
    }
}
