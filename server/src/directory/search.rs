//! Session search over a [`Snapshot`]: check the filters once, then one pass over the
//! dates in range, deciding each session at most once.

use super::places::{self, PlaceError, Point};
use super::{SessionEntry, Snapshot};
use crate::error::AppError;
use chrono::{Datelike, Duration, NaiveDate, Utc};
use perilink_shared::calendar;
use perilink_shared::directory::{
    BookingMode, OccurrenceSummary, ProgrammeKind, SessionQuery, SessionSearchResponse, Stage, TimeOfDay,
};
use perilink_shared::language::Language;
use std::sync::atomic::Ordering;

/// The default and largest page sizes.
pub const DEFAULT_PER_PAGE: u32 = 20;
pub const MAX_PER_PAGE: u32 = 100;
/// The default search radius, and the largest allowed.
pub const DEFAULT_RADIUS_KM: f64 = 5.0;
pub const MAX_RADIUS_KM: f64 = 200.0;
/// The longest date range one search may cover.
pub const MAX_RANGE_DAYS: i64 = 366;

/// Filters, checked.
#[derive(Debug)]
pub struct Filters {
    kinds: Option<Vec<ProgrammeKind>>,
    language: Option<String>,
    from: NaiveDate,
    to: NaiveDate,
    stage: Option<Stage>,
    near: Option<(Point, f64)>,
    free: bool,
    weekdays: Option<Vec<u8>>,
    times: Option<Vec<TimeOfDay>>,
    ui: String,
    page: u32,
    per_page: u32,
}

fn list<T>(
    value: &Option<String>,
    field: &str,
    parse: impl Fn(&str) -> Option<T>,
) -> Result<Option<Vec<T>>, AppError> {
    let Some(value) = value.as_deref().map(str::trim).filter(|v| !v.is_empty()) else {
        return Ok(None);
    };
    value
        .split(',')
        .map(|item| {
            parse(item.trim())
                .ok_or_else(|| AppError::Validation(format!("`{}` is not a valid {field}", item.trim())))
        })
        .collect::<Result<Vec<T>, _>>()
        .map(Some)
}

fn date(value: &Option<String>, field: &str) -> Result<Option<NaiveDate>, AppError> {
    value
        .as_deref()
        .filter(|v| !v.is_empty())
        .map(|v| {
            NaiveDate::parse_from_str(v, "%Y-%m-%d")
                .map_err(|_| AppError::Validation(format!("{field} must be a date as YYYY-MM-DD, not `{v}`")))
        })
        .transpose()
}

impl Filters {
    /// Checks a query, with `today` as the default start.
    pub fn parse(query: &SessionQuery, today: NaiveDate) -> Result<Filters, AppError> {
        let from = date(&query.from, "from")?.unwrap_or(today).max(today);
        let to = date(&query.to, "to")?.unwrap_or(from + Duration::days(13));
        if to < from {
            return Err(AppError::Validation("`to` is before `from`".into()));
        }
        if to - from > Duration::days(MAX_RANGE_DAYS) {
            return Err(AppError::Validation(format!(
                "search at most {MAX_RANGE_DAYS} days at a time"
            )));
        }
        let language = query
            .lang
            .as_deref()
            .map(str::trim)
            .filter(|l| !l.is_empty())
            .map(|l| {
                let valid = l.len() <= 35
                    && l.split('-')
                        .all(|p| !p.is_empty() && p.chars().all(|c| c.is_ascii_alphanumeric()));
                if valid {
                    Ok(l.to_owned())
                } else {
                    Err(AppError::Validation(format!(
                        "`{l}` is not a BCP 47 language tag"
                    )))
                }
            })
            .transpose()?;
        let stage = query
            .stage
            .as_deref()
            .filter(|s| !s.is_empty())
            .map(|s| s.parse::<Stage>().map_err(AppError::Validation))
            .transpose()?;
        let radius = match query.radius_km {
            None => DEFAULT_RADIUS_KM,
            Some(r) if r.is_finite() && r > 0.0 && r <= MAX_RADIUS_KM => r,
            Some(r) => {
                return Err(AppError::Validation(format!(
                    "radius_km must be more than 0 and at most {MAX_RADIUS_KM}, not {r}"
                )));
            }
        };
        let near = query
            .near
            .as_deref()
            .map(str::trim)
            .filter(|n| !n.is_empty())
            .map(|n| match places::resolve(n) {
                Ok(point) => Ok((point, radius)),
                Err(PlaceError::Unknown(message)) => Err(AppError::UnknownPlace(message)),
                Err(PlaceError::Malformed(message)) => Err(AppError::Validation(message)),
            })
            .transpose()?;
        let per_page = query.per_page.unwrap_or(DEFAULT_PER_PAGE);
        if per_page == 0 || per_page > MAX_PER_PAGE {
            return Err(AppError::Validation(format!(
                "per_page must be 1 to {MAX_PER_PAGE}"
            )));
        }
        let page = query.page.unwrap_or(1);
        if page == 0 || page > 100_000 {
            return Err(AppError::Validation("page must be 1 or more".into()));
        }
        let ui = query
            .ui
            .as_deref()
            .and_then(|tag| Language::ALL.into_iter().find(|l| l.tag() == tag))
            .unwrap_or(Language::English)
            .tag()
            .to_owned();
        Ok(Filters {
            kinds: list(&query.kind, "kind", |k| k.parse().ok())?,
            language,
            from,
            to,
            stage,
            near,
            free: query.free.unwrap_or(false),
            weekdays: list(&query.weekday, "weekday (1 to 7)", |d| {
                d.parse().ok().filter(|d| (1..=7).contains(d))
            })?,
            times: list(&query.time, "time of day", |t| t.parse().ok())?,
            ui,
            page,
            per_page,
        })
    }

    /// Whether a session passes every filter that does not depend on the date; with
    /// `near`, the distance.
    fn admits(&self, s: &SessionEntry, now: i64) -> Option<Option<f64>> {
        if !Snapshot::is_current(s.assured_at, now) {
            return None;
        }
        if self.kinds.as_ref().is_some_and(|k| !k.contains(&s.kind)) {
            return None;
        }
        if self.language.as_ref().is_some_and(|l| !s.speaks(l)) {
            return None;
        }
        if self.free && s.cost_pence > 0 {
            return None;
        }
        if self.weekdays.as_ref().is_some_and(|d| !d.contains(&s.weekday)) {
            return None;
        }
        if self.times.as_ref().is_some_and(|t| !t.contains(&s.time_of_day)) {
            return None;
        }
        match self.stage {
            Some(Stage::Pregnant) if !s.for_pregnant => return None,
            Some(Stage::BabyMonths(m)) => {
                let m = u32::from(m);
                if !s.baby_months.is_some_and(|(lo, hi)| lo <= m && m <= hi) {
                    return None;
                }
            }
            _ => {}
        }
        match self.near {
            None => Some(None),
            Some((point, radius)) => {
                let d = point.distance_km(s.location);
                (d <= radius).then_some(Some(d))
            }
        }
    }
}

/// Runs a search. `today` and `minute_now` are London time; a date today that has
/// already ended is not upcoming.
pub fn run(
    snapshot: &Snapshot,
    filters: &Filters,
    today: NaiveDate,
    minute_now: u32,
    now: i64,
) -> SessionSearchResponse {
    const UNDECIDED: u8 = 0;
    const ADMITTED: u8 = 1;
    const REFUSED: u8 = 2;
    let mut decided = vec![UNDECIDED; snapshot.sessions.len()];
    let mut distances = vec![
        0f32;
        if filters.near.is_some() {
            snapshot.sessions.len()
        } else {
            0
        }
    ];

    let occurrences = &snapshot.occurrences;
    let start = occurrences.partition_point(|o| o.date < filters.from);
    let end = occurrences.partition_point(|o| o.date <= filters.to);
    let mut matches: Vec<u32> = Vec::new();
    for (offset, o) in occurrences[start..end].iter().enumerate() {
        let s = o.session as usize;
        if decided[s] == UNDECIDED {
            decided[s] = match filters.admits(&snapshot.sessions[s], now) {
                Some(distance) => {
                    if let Some(d) = distance {
                        distances[s] = d as f32;
                    }
                    ADMITTED
                }
                None => REFUSED,
            };
        }
        if decided[s] != ADMITTED {
            continue;
        }
        if o.date == today && snapshot.sessions[s].end_minute <= minute_now {
            continue;
        }
        matches.push((start + offset) as u32);
    }
    if filters.near.is_some() {
        // Stable: equally near dates stay in date order.
        matches.sort_by(|a, b| {
            let (da, db) = (
                distances[occurrences[*a as usize].session as usize],
                distances[occurrences[*b as usize].session as usize],
            );
            da.total_cmp(&db)
        });
    }
    let total = matches.len() as u64;
    let skip = (filters.page as usize - 1).saturating_mul(filters.per_page as usize);
    let results = matches
        .iter()
        .skip(skip)
        .take(filters.per_page as usize)
        .map(|&i| {
            let o = &occurrences[i as usize];
            let s = &snapshot.sessions[o.session as usize];
            summary(
                s,
                o.id,
                o.date,
                o.booked.load(Ordering::Relaxed),
                &filters.ui,
                filters.near.map(|_| distances[o.session as usize]),
            )
        })
        .collect();
    SessionSearchResponse {
        total,
        page: filters.page,
        per_page: filters.per_page,
        results,
    }
}

fn summary(
    s: &SessionEntry,
    occurrence_id: uuid::Uuid,
    date: NaiveDate,
    booked: u32,
    ui: &str,
    distance: Option<f32>,
) -> OccurrenceSummary {
    OccurrenceSummary {
        occurrence_id: occurrence_id.to_string(),
        session_id: s.id.clone(),
        date: date.format("%Y-%m-%d").to_string(),
        weekday: date.weekday().number_from_monday() as u8,
        start_time: s.start_time.clone(),
        end_time: s.end_time.clone(),
        kind: s.kind,
        title: s.title(ui),
        venue: s.venue.clone(),
        distance_km: distance.map(|d| (f64::from(d) * 10.0).round() / 10.0),
        languages: s.languages.clone(),
        interpreter_languages: s.interpreter_languages.clone(),
        booking: s.booking,
        format: s.format,
        cost_pence: s.cost_pence,
        places_left: if s.booking == BookingMode::Booking {
            s.places_left(booked)
        } else {
            None
        },
    }
}

/// Today's date and the minute of the day now, London time.
pub fn london_now() -> (NaiveDate, u32) {
    let unix = Utc::now().timestamp();
    let local = unix + calendar::london_offset_seconds(unix);
    let (y, m, d) = calendar::civil_from_days(local.div_euclid(86_400));
    let today = NaiveDate::from_ymd_opt(y, m, d).unwrap_or_else(|| Utc::now().date_naive());
    (today, (local.rem_euclid(86_400) / 60) as u32)
}
