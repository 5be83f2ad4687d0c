//! Session search over a [`Snapshot`]: check the filters once, then intersect the
//! snapshot's index over the dates in range and read the page off it.

use super::Snapshot;
use super::places::{self, PlaceError, Point};
use crate::error::AppError;
use chrono::{Datelike, Duration, NaiveDate};
use perilink_shared::directory::{
    BookingMode, OccurrenceSummary, ProgrammeKind, SessionQuery, SessionSearchResponse, Stage, TimeOfDay,
};
use perilink_shared::language::{Language, LanguageTag};
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
                LanguageTag::parse(l)
                    .map(String::from)
                    .ok_or_else(|| AppError::Validation(format!("`{l}` is not a BCP 47 language tag")))
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
    #[cfg(test)]
    fn admits(&self, strings: &super::Strings, s: &super::SessionEntry, now: i64) -> Option<Option<f64>> {
        if !Snapshot::is_current(s.assured_at, now) {
            return None;
        }
        if self.kinds.as_ref().is_some_and(|k| !k.contains(&s.kind)) {
            return None;
        }
        if self.language.as_ref().is_some_and(|l| !s.speaks(strings, l)) {
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
    let index = &snapshot.index;
    let (start, end) = index.days(filters.from.num_days_from_ce(), filters.to.num_days_from_ce());
    let mut window = index.current(start, end, now);
    if let Some(kinds) = &filters.kinds {
        index.keep_kinds(&mut window, kinds);
    }
    if let Some(language) = &filters.language {
        index.keep_language(&mut window, language);
    }
    if filters.free {
        index.keep_free(&mut window);
    }
    if let Some(weekdays) = &filters.weekdays {
        index.keep_weekdays(&mut window, weekdays);
    }
    if let Some(times) = &filters.times {
        index.keep_times(&mut window, times);
    }
    match filters.stage {
        Some(Stage::Pregnant) => index.keep_pregnant(&mut window),
        Some(Stage::BabyMonths(months)) => index.keep_baby_months(&mut window, u32::from(months)),
        None => {}
    }
    index.drop_ended(
        &mut window,
        today.num_days_from_ce(),
        &snapshot.occurrences,
        |s| u32::from(snapshot.sessions[s as usize].end_minute) <= minute_now,
    );

    let skip = u64::from(filters.page.saturating_sub(1)) * u64::from(filters.per_page);
    let per_page = filters.per_page as usize;
    let (total, page): (u64, Vec<(u32, Option<f32>)>) = match filters.near {
        None => (
            window.count(),
            window
                .positions_after(skip)
                .take(per_page)
                .map(|p| (p, None))
                .collect(),
        ),
        Some(near) => {
            let (total, page) = index.nearest(&window, near, skip, per_page);
            (total, page.into_iter().map(|(p, d)| (p, Some(d))).collect())
        }
    };
    respond(snapshot, filters, total, page)
}

/// The answer: `total`, and the dates at the positions (with distances) of `page`.
fn respond(
    snapshot: &Snapshot,
    filters: &Filters,
    total: u64,
    page: impl IntoIterator<Item = (u32, Option<f32>)>,
) -> SessionSearchResponse {
    let results = page
        .into_iter()
        .filter_map(|(p, distance)| summary(snapshot, p, &filters.ui, distance))
        .collect();
    SessionSearchResponse {
        total,
        page: filters.page,
        per_page: filters.per_page,
        results,
    }
}

/// The date at `position`, as a search lists it.
fn summary(snapshot: &Snapshot, position: u32, ui: &str, distance: Option<f32>) -> Option<OccurrenceSummary> {
    let o = snapshot.occurrences.get(position as usize)?;
    let s = snapshot.sessions.get(o.session as usize)?;
    let (date, booked) = (o.date, o.booked.load(Ordering::Relaxed));
    let text = |sym| snapshot.strings.get(sym).to_owned();
    let tags = |sym| {
        snapshot
            .strings
            .get(sym)
            .split_whitespace()
            .map(str::to_owned)
            .collect()
    };
    Some(OccurrenceSummary {
        occurrence_id: o.id.to_string(),
        session_id: text(s.id),
        date: date.format("%Y-%m-%d").to_string(),
        weekday: date.weekday().number_from_monday() as u8,
        start_time: text(s.start_time),
        end_time: text(s.end_time),
        kind: s.kind,
        title: s.title(&snapshot.strings, ui),
        venue: snapshot.venue(s),
        distance_km: distance.map(|d| (f64::from(d) * 10.0).round() / 10.0),
        languages: tags(s.languages),
        interpreter_languages: tags(s.interpreter_languages),
        booking: s.booking,
        format: s.format,
        cost_pence: s.cost_pence,
        places_left: if s.booking == BookingMode::Booking {
            s.places_left(booked)
        } else {
            None
        },
    })
}

/// The search as it was before the index: one pass over the dates in range,
/// deciding each session once. The indexed search must answer exactly as this does.
#[cfg(test)]
pub(super) fn scan(
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
            decided[s] = match filters.admits(&snapshot.strings, &snapshot.sessions[s], now) {
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
        if o.date == today && u32::from(snapshot.sessions[s].end_minute) <= minute_now {
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
    let page = matches
        .iter()
        .skip(skip)
        .take(filters.per_page as usize)
        .map(|&i| {
            let distance = filters
                .near
                .map(|_| distances[occurrences[i as usize].session as usize]);
            (i, distance)
        });
    respond(snapshot, filters, total, page)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::directory::snapshot::{Interner, VenueEntry};
    use crate::directory::{OccurrenceEntry, SessionEntry};
    use perilink_shared::directory::Format;
    use proptest::collection::vec;
    use proptest::option;
    use proptest::prelude::*;
    use proptest::sample::select;
    use std::sync::atomic::AtomicU32;

    const LANGUAGES: &[&str] = &[
        "en", "ar", "ar-SA", "AR", "so", "pl", "ur-PK", "fa", "zh-Hant", "ti",
    ];
    const STARTS: &[&str] = &[
        "09:30", "9:30", "10:00", "11:59", "12:00", "13:15", "16:59", "18:00",
    ];
    /// Where sessions meet: some close together, one twice, one with no valid
    /// coordinates, one far away, two either side of the date line.
    const PLACES: &[(f64, f64)] = &[
        (53.3900, -2.9600),
        (53.3900, -2.9600),
        (53.4084, -2.9916),
        (53.4150, -2.9500),
        (53.3500, -3.0500),
        (53.5500, -2.7000),
        (200.0, 0.0),
        (51.5000, -0.1000),
        (53.4000, 179.9900),
        (53.4000, -179.9900),
    ];
    const BASE_NOW: i64 = 1_796_000_000;

    fn base_day() -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 12, 1).unwrap_or_default()
    }

    /// A session with plain values, to change field by field.
    fn entry(strings: &mut Interner, i: usize, location: Point) -> SessionEntry {
        let title = (strings.intern("en"), strings.intern(&format!("Session {i}")));
        SessionEntry {
            id: strings.intern(&format!("s{i}")),
            kind: ProgrammeKind::Singing,
            venue: 0,
            location,
            titles: vec![title].into_boxed_slice(),
            languages: strings.intern("en"),
            interpreter_languages: strings.intern(""),
            booking: BookingMode::DropIn,
            format: Format::Ongoing,
            cost_pence: 0,
            capacity: None,
            enrolled: AtomicU32::new(0),
            for_pregnant: false,
            baby_months: None,
            weekday: 1,
            start_time: strings.intern("10:00"),
            end_time: strings.intern("11:00"),
            end_minute: 660,
            time_of_day: TimeOfDay::Morning,
            assured_at: BASE_NOW,
        }
    }

    fn date(i: usize, session: u32, day: i64) -> OccurrenceEntry {
        OccurrenceEntry {
            id: uuid::Uuid::from_u64_pair(u64::from(session), i as u64),
            session,
            date: base_day() + Duration::days(day),
            booked: AtomicU32::new((i % 7) as u32),
        }
    }

    type Who = (ProgrammeKind, usize, Vec<&'static str>, Vec<&'static str>);
    type Terms = (bool, bool, u32, Option<u32>, u32);
    type When = (bool, Option<(u32, u32)>, u8, &'static str, u16, i64);

    fn a_session() -> impl Strategy<Value = (Who, Terms, When)> {
        (
            (
                select(ProgrammeKind::ALL),
                0..PLACES.len(),
                vec(select(LANGUAGES), 0..4),
                vec(select(LANGUAGES), 0..2),
            ),
            (
                any::<bool>(),
                any::<bool>(),
                prop_oneof![Just(0u32), 1..500u32],
                option::of(0..20u32),
                0..20u32,
            ),
            (
                any::<bool>(),
                option::of((0..20u32, 0..24u32)),
                1..=7u8,
                select(STARTS),
                0..1440u16,
                0..200 * 86_400i64,
            ),
        )
    }

    /// A snapshot of `sessions` (made with `strings`) and `dates` at one venue.
    fn snapshot(
        mut strings: Interner,
        sessions: Vec<SessionEntry>,
        dates: Vec<OccurrenceEntry>,
        built_at: i64,
    ) -> Snapshot {
        let venue = VenueEntry {
            id: strings.intern("v"),
            name: strings.intern("Toxteth Library"),
            town: strings.intern("Liverpool"),
            postcode: strings.intern("L8 2TF"),
        };
        Snapshot::assemble(1, strings.finish(), vec![venue], sessions, dates, built_at)
    }

    fn session(strings: &mut Interner, i: usize, spec: &(Who, Terms, When)) -> SessionEntry {
        let ((kind, place, languages, interpreters), terms, when) = spec;
        let (booking, course, cost_pence, capacity, enrolled) = *terms;
        let (for_pregnant, baby_months, weekday, start, end_minute, age) = *when;
        let (lat, lon) = PLACES[*place];
        SessionEntry {
            kind: *kind,
            languages: strings.intern(&languages.join(" ")),
            interpreter_languages: strings.intern(&interpreters.join(" ")),
            booking: if booking {
                BookingMode::Booking
            } else {
                BookingMode::DropIn
            },
            format: if course { Format::Course } else { Format::Ongoing },
            cost_pence,
            capacity,
            enrolled: AtomicU32::new(enrolled),
            for_pregnant,
            // Some ranges are upside down, as a bad row could be.
            baby_months: baby_months.map(|(lo, span)| (lo, (lo + span).saturating_sub(3))),
            weekday,
            start_time: strings.intern(start),
            time_of_day: TimeOfDay::of(start).unwrap_or(TimeOfDay::Morning),
            end_minute,
            assured_at: BASE_NOW - age,
            ..entry(strings, i, Point { lat, lon })
        }
    }

    fn a_query() -> impl Strategy<Value = SessionQuery> {
        let kinds: Vec<&'static str> = ProgrammeKind::ALL.iter().map(|k| k.as_str()).collect();
        let day = || (-5..55i64).prop_map(|d| (base_day() + Duration::days(d)).to_string());
        let listed = |items: Vec<&'static str>, most: usize| {
            vec(select(items), 1..=most).prop_map(|chosen| chosen.join(","))
        };
        (
            (
                option::of(listed(kinds, 3)),
                option::of(select(vec![
                    "ar", "AR", "ar-sa", "ur", "en", "zh-hant", "xx", "pl",
                ])),
                option::of(day()),
                option::of(day()),
                option::of(prop_oneof![
                    Just("pregnant".to_owned()),
                    (0..25u8).prop_map(|m| m.to_string())
                ]),
            ),
            (
                option::of((0..4000u32, 0..4000u32).prop_map(|(lat, lon)| {
                    format!(
                        "{:.4},{:.4}",
                        53.2 + f64::from(lat) / 1e4,
                        -3.2 + f64::from(lon) / 1e4
                    )
                })),
                option::of(select(vec![0.5, 2.0, 5.0, 12.5, 40.0, 200.0])),
                option::of(any::<bool>()),
                option::of(listed(vec!["1", "2", "3", "4", "5", "6", "7"], 3)),
                option::of(listed(vec!["morning", "afternoon", "evening"], 2)),
            ),
            (any::<bool>(), option::of(1..5u32), option::of(1..30u32)),
        )
            .prop_map(
                |(
                    (kind, lang, from, to, stage),
                    (near, radius_km, free, weekday, time),
                    (arabic, page, per_page),
                )| {
                    SessionQuery {
                        kind,
                        lang: lang.map(str::to_owned),
                        from,
                        to,
                        stage,
                        near,
                        radius_km,
                        free,
                        weekday,
                        time,
                        ui: arabic.then(|| "ar".to_owned()),
                        page,
                        per_page,
                    }
                },
            )
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(300))]

        #[test]
        fn the_index_answers_exactly_as_a_plain_scan(
            sessions in vec(a_session(), 1..40),
            dates in vec((any::<prop::sample::Index>(), -2..50i64), 0..400),
            built_at in -20 * 86_400..20 * 86_400i64,
            searches in vec((a_query(), -1..5i64, 0..1440u32, -30 * 86_400..30 * 86_400i64), 1..12),
        ) {
            let mut strings = Interner::default();
            let sessions: Vec<SessionEntry> =
                sessions.iter().enumerate().map(|(i, s)| session(&mut strings, i, s)).collect();
            let dates = dates
                .iter()
                .enumerate()
                .map(|(i, (s, day))| date(i, s.index(sessions.len()) as u32, *day))
                .collect();
            let snapshot = snapshot(strings, sessions, dates, BASE_NOW + built_at);
            for (query, today, minute, now) in searches {
                let today = base_day() + Duration::days(today);
                let Ok(filters) = Filters::parse(&query, today) else {
                    continue;
                };
                let now = BASE_NOW + now;
                prop_assert_eq!(
                    run(&snapshot, &filters, today, minute, now),
                    scan(&snapshot, &filters, today, minute, now),
                    "query {:?}, today {}, minute {}, now {}", query, today, minute, now
                );
            }
        }
    }

    #[test]
    fn near_the_date_line_finds_places_on_both_sides_and_pages_nearest_first() {
        let east = Point {
            lat: 53.4,
            lon: 179.99,
        };
        let west = Point {
            lat: 53.4,
            lon: -179.995,
        };
        let far = Point {
            lat: 53.4,
            lon: 170.0,
        };
        let mut strings = Interner::default();
        let sessions = vec![
            entry(&mut strings, 0, east),
            entry(&mut strings, 1, west),
            entry(&mut strings, 2, far),
        ];
        let dates = (0..9)
            .map(|i| date(i, (i % 3) as u32, 2 + (i / 3) as i64))
            .collect();
        let snapshot = snapshot(strings, sessions, dates, BASE_NOW);
        let query = SessionQuery {
            near: Some("53.4,180".into()),
            radius_km: Some(5.0),
            per_page: Some(2),
            page: Some(2),
            ..SessionQuery::default()
        };
        let filters = Filters::parse(&query, base_day()).unwrap_or_else(|e| panic!("{e:?}"));
        let found = run(&snapshot, &filters, base_day(), 0, BASE_NOW);
        assert_eq!(found.total, 6);
        let ids: Vec<&str> = found.results.iter().map(|r| r.session_id.as_str()).collect();
        // West (0.36 km) before east (0.66 km), three dates each: page two is
        // west's last and east's first.
        assert_eq!(ids, ["s1", "s0"]);
        assert_eq!(found, scan(&snapshot, &filters, base_day(), 0, BASE_NOW));
    }

    #[test]
    fn a_page_past_the_end_is_empty_and_keeps_the_total() {
        let mut strings = Interner::default();
        let sessions = vec![entry(&mut strings, 0, Point { lat: 53.4, lon: -2.9 })];
        let dates = (0..5).map(|i| date(i, 0, i as i64)).collect();
        let snapshot = snapshot(strings, sessions, dates, BASE_NOW);
        let query = SessionQuery {
            page: Some(4),
            per_page: Some(2),
            ..SessionQuery::default()
        };
        let filters = Filters::parse(&query, base_day()).unwrap_or_else(|e| panic!("{e:?}"));
        let found = run(&snapshot, &filters, base_day(), 0, BASE_NOW);
        assert_eq!((found.total, found.results.len()), (5, 0));
    }
}
