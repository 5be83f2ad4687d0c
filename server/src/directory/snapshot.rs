//! One immutable picture of the directory, built from the database a page of rows
//! at a time and kept compact: every string once, dates as chrono's four-byte day
//! numbers, times as minutes beside their text, a date's id as a 16-byte UUID.

use super::index::Index;
use super::places::Point;
use crate::entity::{occurrence, programme, programme_translation, session, session_translation, venue};
use chrono::{DateTime, Datelike, Duration, NaiveDate, Utc};
use perilink_shared::directory::{
    BookingMode, Format, LocalisedText, ProgrammeKind, TimeOfDay, VenueSummary,
};
use sea_orm::{
    ColumnTrait, Condition, DatabaseConnection, DbErr, EntityTrait, FromQueryResult, QueryFilter, QueryOrder,
    QuerySelect,
};
use std::collections::HashMap;
use std::hash::BuildHasher;
use std::sync::atomic::{AtomicU32, Ordering};

/// How far ahead the snapshot holds dates.
pub const HORIZON_DAYS: i64 = 400;
/// How many rows one query of a load reads.
const PAGE_ROWS: u64 = 10_000;

/// A string held in [`Strings`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Sym(u32);

/// Every string of a snapshot, each once, end to end.
#[derive(Default)]
pub struct Strings {
    text: String,
    ends: Vec<u32>,
}

impl Strings {
    /// The string `sym` stands for.
    pub fn get(&self, sym: Sym) -> &str {
        let i = sym.0 as usize;
        let start = if i == 0 {
            0
        } else {
            self.ends.get(i - 1).copied().unwrap_or(0) as usize
        };
        let end = self.ends.get(i).copied().unwrap_or(0) as usize;
        self.text.get(start..end).unwrap_or_default()
    }

    fn bytes(&self) -> usize {
        self.text.capacity() + self.ends.capacity() * 4
    }
}

/// Hands out one [`Sym`] per distinct string while a snapshot is built; only
/// hashes are kept beside the text, so no string is held twice.
#[derive(Default)]
pub(super) struct Interner {
    strings: Strings,
    seen: HashMap<u64, Vec<Sym>>,
    hasher: std::collections::hash_map::RandomState,
}

impl Interner {
    fn find(&self, s: &str) -> Option<Sym> {
        let hash = self.hasher.hash_one(s);
        self.seen
            .get(&hash)?
            .iter()
            .copied()
            .find(|&sym| self.strings.get(sym) == s)
    }

    pub(super) fn intern(&mut self, s: &str) -> Sym {
        if let Some(sym) = self.find(s) {
            return sym;
        }
        let sym = Sym(self.strings.ends.len() as u32);
        self.strings.text.push_str(s);
        self.strings.ends.push(self.strings.text.len() as u32);
        self.seen.entry(self.hasher.hash_one(s)).or_default().push(sym);
        sym
    }

    pub(super) fn finish(mut self) -> Strings {
        self.strings.text.shrink_to_fit();
        self.strings.ends.shrink_to_fit();
        self.strings
    }
}

/// A venue as search lists it.
pub struct VenueEntry {
    pub id: Sym,
    pub name: Sym,
    pub town: Sym,
    pub postcode: Sym,
}

/// A session as search needs it.
pub struct SessionEntry {
    pub id: Sym,
    pub kind: ProgrammeKind,
    /// Index into [`Snapshot::venues`].
    pub venue: u32,
    pub location: Point,
    /// Titles by language: the session's own where it has one, else its
    /// programme's; one per language.
    pub titles: Box<[(Sym, Sym)]>,
    /// Space-separated language tags, as the listing gives them.
    pub languages: Sym,
    pub interpreter_languages: Sym,
    pub booking: BookingMode,
    pub format: Format,
    pub cost_pence: u32,
    pub capacity: Option<u32>,
    /// Places taken on the course, for courses.
    pub enrolled: AtomicU32,
    pub for_pregnant: bool,
    pub baby_months: Option<(u32, u32)>,
    pub weekday: u8,
    pub start_time: Sym,
    pub end_time: Sym,
    /// Minutes after midnight, London time.
    pub end_minute: u16,
    pub time_of_day: TimeOfDay,
    /// The oldest "last checked" time of the session, its programme and its venue.
    pub assured_at: i64,
}

impl SessionEntry {
    /// The title in `language`, else in English (else the first it has) marked
    /// untranslated.
    pub fn title(&self, strings: &Strings, language: &str) -> LocalisedText {
        let text = |&(l, t): &(Sym, Sym)| (strings.get(l), strings.get(t));
        if let Some((_, title)) = self.titles.iter().map(text).find(|(l, _)| *l == language) {
            return LocalisedText {
                text: title.to_owned(),
                language: language.to_owned(),
                translated: true,
            };
        }
        let (fallback_language, title) = self
            .titles
            .iter()
            .map(text)
            .find(|(l, _)| *l == "en")
            .or_else(|| self.titles.first().map(text))
            .unwrap_or_default();
        LocalisedText {
            text: title.to_owned(),
            language: fallback_language.to_owned(),
            translated: false,
        }
    }

    /// The tags it is delivered in, then those it has an interpreter for.
    pub fn tags<'s>(&self, strings: &'s Strings) -> impl Iterator<Item = &'s str> {
        strings
            .get(self.languages)
            .split_whitespace()
            .chain(strings.get(self.interpreter_languages).split_whitespace())
    }

    /// Whether a search in `language` finds it: delivered in it, with an
    /// interpreter for it, or meant for every language (ESOL).
    pub fn speaks(&self, strings: &Strings, language: &str) -> bool {
        self.kind.for_every_language()
            || self.tags(strings).any(|l| {
                l.eq_ignore_ascii_case(language)
                    || l.split('-')
                        .next()
                        .is_some_and(|primary| primary.eq_ignore_ascii_case(language))
            })
    }

    /// Places left on the course, or on a date with `booked` places taken.
    pub fn places_left(&self, booked: u32) -> Option<u32> {
        let capacity = self.capacity?;
        match (self.booking, self.format) {
            (BookingMode::DropIn, _) => None,
            (BookingMode::Booking, Format::Course) => {
                Some(capacity.saturating_sub(self.enrolled.load(Ordering::Relaxed)))
            }
            (BookingMode::Booking, Format::Ongoing) => Some(capacity.saturating_sub(booked)),
        }
    }
}

/// One upcoming date of a session.
pub struct OccurrenceEntry {
    pub id: uuid::Uuid,
    /// Index into [`Snapshot::sessions`].
    pub session: u32,
    /// A day number in four bytes (chrono keeps year and day of the year).
    pub date: NaiveDate,
    pub booked: AtomicU32,
}

impl OccurrenceEntry {
    /// The date as a day number (days from the common era, as chrono counts).
    pub fn day(&self) -> i32 {
        self.date.num_days_from_ce()
    }
}

/// The directory at one version.
pub struct Snapshot {
    pub version: i64,
    pub strings: Strings,
    pub venues: Vec<VenueEntry>,
    pub sessions: Vec<SessionEntry>,
    /// Every date from yesterday to [`HORIZON_DAYS`] ahead that is not cancelled,
    /// in order of date, then start time, then id.
    pub occurrences: Vec<OccurrenceEntry>,
    /// Sessions in order of id, and dates in order of id, to find them by id.
    sessions_by_id: Vec<u32>,
    occurrences_by_id: Vec<u32>,
    pub(super) index: Index,
}

/// What a load reads of each table: only the columns the snapshot keeps.
#[derive(FromQueryResult)]
struct VenueRow {
    id: String,
    name: String,
    town: String,
    postcode: String,
    lat: f64,
    lon: f64,
    assured_at: DateTime<Utc>,
}

#[derive(FromQueryResult)]
struct ProgrammeRow {
    id: String,
    kind: String,
    for_pregnant: bool,
    baby_min_months: Option<i32>,
    baby_max_months: Option<i32>,
    cost_pence: i32,
    booking: String,
    format: String,
    assured_at: DateTime<Utc>,
}

#[derive(FromQueryResult)]
struct TitleRow {
    owner: String,
    language: String,
    title: String,
}

#[derive(FromQueryResult)]
struct SessionRow {
    id: String,
    programme_id: String,
    venue_id: String,
    weekday: i32,
    start_time: String,
    end_time: String,
    capacity: Option<i32>,
    languages: String,
    interpreter_languages: String,
    enrolled: i32,
    assured_at: DateTime<Utc>,
}

#[derive(FromQueryResult)]
struct OccurrenceRow {
    id: String,
    session_id: String,
    date: NaiveDate,
    booked: i32,
}

/// A programme as its sessions need it.
struct ProgrammeTerms {
    kind: ProgrammeKind,
    booking: BookingMode,
    format: Format,
    row: ProgrammeRow,
    titles: Vec<(Sym, Sym)>,
}

fn minutes(time: &str) -> u16 {
    let mut parts = time.split(':');
    let hours: u32 = parts.next().and_then(|h| h.parse().ok()).unwrap_or(0);
    let minutes: u32 = parts.next().and_then(|m| m.parse().ok()).unwrap_or(0);
    u16::try_from(hours.saturating_mul(60).saturating_add(minutes)).unwrap_or(u16::MAX)
}

impl Snapshot {
    /// Reads the directory. The version is read first, so an edit racing the load
    /// is picked up by the next refresh rather than lost.
    pub async fn load(db: &DatabaseConnection) -> Result<Snapshot, DbErr> {
        let version = super::current_version(db).await?;
        let (today, _) = super::search::london_now();
        let mut strings = Interner::default();

        let mut venue_ids: HashMap<String, u32> = HashMap::new();
        let mut venues = Vec::new();
        let mut venue_places: Vec<(Point, i64)> = Vec::new();
        for v in venue::Entity::find()
            .select_only()
            .columns([
                venue::Column::Id,
                venue::Column::Name,
                venue::Column::Town,
                venue::Column::Postcode,
                venue::Column::Lat,
                venue::Column::Lon,
                venue::Column::AssuredAt,
            ])
            .into_model::<VenueRow>()
            .all(db)
            .await?
        {
            venue_ids.insert(v.id.clone(), venues.len() as u32);
            venues.push(VenueEntry {
                id: strings.intern(&v.id),
                name: strings.intern(&v.name),
                town: strings.intern(&v.town),
                postcode: strings.intern(&v.postcode),
            });
            venue_places.push((
                Point {
                    lat: v.lat,
                    lon: v.lon,
                },
                v.assured_at.timestamp(),
            ));
        }

        let mut programmes: HashMap<String, ProgrammeTerms> = HashMap::new();
        for p in programme::Entity::find()
            .select_only()
            .columns([
                programme::Column::Id,
                programme::Column::Kind,
                programme::Column::ForPregnant,
                programme::Column::BabyMinMonths,
                programme::Column::BabyMaxMonths,
                programme::Column::CostPence,
                programme::Column::Booking,
                programme::Column::Format,
                programme::Column::AssuredAt,
            ])
            .into_model::<ProgrammeRow>()
            .all(db)
            .await?
        {
            let (Ok(kind), Ok(booking), Ok(format)) = (p.kind.parse(), p.booking.parse(), p.format.parse())
            else {
                tracing::warn!(programme.id = %p.id, "programme skipped: unknown kind, booking or format");
                continue;
            };
            programmes.insert(
                p.id.clone(),
                ProgrammeTerms {
                    kind,
                    booking,
                    format,
                    row: p,
                    titles: Vec::new(),
                },
            );
        }
        for t in programme_translation::Entity::find()
            .select_only()
            .column_as(programme_translation::Column::ProgrammeId, "owner")
            .columns([
                programme_translation::Column::Language,
                programme_translation::Column::Title,
            ])
            .into_model::<TitleRow>()
            .all(db)
            .await?
        {
            if let Some(p) = programmes.get_mut(&t.owner) {
                p.titles
                    .push((strings.intern(&t.language), strings.intern(&t.title)));
            }
        }
        let mut session_titles: HashMap<String, Vec<(Sym, Sym)>> = HashMap::new();
        for t in session_translation::Entity::find()
            .select_only()
            .column_as(session_translation::Column::SessionId, "owner")
            .columns([
                session_translation::Column::Language,
                session_translation::Column::Title,
            ])
            .into_model::<TitleRow>()
            .all(db)
            .await?
        {
            let entry = (strings.intern(&t.language), strings.intern(&t.title));
            session_titles.entry(t.owner).or_default().push(entry);
        }

        let mut sessions = Vec::new();
        let mut session_of: HashMap<Sym, u32> = HashMap::new();
        let mut after: Option<String> = None;
        loop {
            let mut query = session::Entity::find()
                .select_only()
                .columns([
                    session::Column::Id,
                    session::Column::ProgrammeId,
                    session::Column::VenueId,
                    session::Column::Weekday,
                    session::Column::StartTime,
                    session::Column::EndTime,
                    session::Column::Capacity,
                    session::Column::Languages,
                    session::Column::InterpreterLanguages,
                    session::Column::Enrolled,
                    session::Column::AssuredAt,
                ])
                .order_by_asc(session::Column::Id)
                .limit(PAGE_ROWS);
            if let Some(last) = after.take() {
                query = query.filter(session::Column::Id.gt(last));
            }
            let rows = query.into_model::<SessionRow>().all(db).await?;
            let full = rows.len() as u64 == PAGE_ROWS;
            after = rows.last().map(|s| s.id.clone());
            for s in rows {
                let (Some(p), Some(&v)) = (programmes.get(&s.programme_id), venue_ids.get(&s.venue_id))
                else {
                    continue;
                };
                let (location, venue_assured_at) = venue_places[v as usize];
                let mut titles = session_titles.remove(&s.id).unwrap_or_default();
                for &(language, title) in &p.titles {
                    if !titles.iter().any(|&(l, _)| l == language) {
                        titles.push((language, title));
                    }
                }
                let id = strings.intern(&s.id);
                session_of.insert(id, sessions.len() as u32);
                sessions.push(SessionEntry {
                    id,
                    kind: p.kind,
                    venue: v,
                    location,
                    titles: titles.into_boxed_slice(),
                    languages: strings.intern(&s.languages),
                    interpreter_languages: strings.intern(&s.interpreter_languages),
                    booking: p.booking,
                    format: p.format,
                    cost_pence: p.row.cost_pence.max(0) as u32,
                    capacity: s.capacity.map(|c| c.max(0) as u32),
                    enrolled: AtomicU32::new(s.enrolled.max(0) as u32),
                    for_pregnant: p.row.for_pregnant,
                    baby_months: p
                        .row
                        .baby_min_months
                        .zip(p.row.baby_max_months)
                        .map(|(lo, hi)| (lo.max(0) as u32, hi.max(0) as u32)),
                    weekday: s.weekday.clamp(1, 7) as u8,
                    time_of_day: TimeOfDay::of(&s.start_time).unwrap_or(TimeOfDay::Morning),
                    end_minute: minutes(&s.end_time),
                    start_time: strings.intern(&s.start_time),
                    end_time: strings.intern(&s.end_time),
                    assured_at: s
                        .assured_at
                        .timestamp()
                        .min(p.row.assured_at.timestamp())
                        .min(venue_assured_at),
                });
            }
            if !full {
                break;
            }
        }
        drop((programmes, session_titles, venue_ids, venue_places));

        let mut occurrences = Vec::new();
        let mut after: Option<(NaiveDate, String)> = None;
        loop {
            let mut query = occurrence::Entity::find()
                .select_only()
                .columns([
                    occurrence::Column::Id,
                    occurrence::Column::SessionId,
                    occurrence::Column::Date,
                    occurrence::Column::Booked,
                ])
                .filter(occurrence::Column::Date.gte(today - Duration::days(1)))
                .filter(occurrence::Column::Date.lte(today + Duration::days(HORIZON_DAYS)))
                .filter(occurrence::Column::Cancelled.eq(false))
                .order_by_asc(occurrence::Column::Date)
                .order_by_asc(occurrence::Column::Id)
                .limit(PAGE_ROWS);
            if let Some((date, id)) = after.take() {
                query = query.filter(
                    Condition::any().add(occurrence::Column::Date.gt(date)).add(
                        Condition::all()
                            .add(occurrence::Column::Date.eq(date))
                            .add(occurrence::Column::Id.gt(id)),
                    ),
                );
            }
            let rows = query.into_model::<OccurrenceRow>().all(db).await?;
            let full = rows.len() as u64 == PAGE_ROWS;
            after = rows.last().map(|o| (o.date, o.id.clone()));
            occurrences.extend(rows.into_iter().filter_map(|o| {
                let session = *session_of.get(&strings.find(&o.session_id)?)?;
                let id = uuid::Uuid::parse_str(&o.id).ok()?;
                Some(OccurrenceEntry {
                    id,
                    session,
                    date: o.date,
                    booked: AtomicU32::new(o.booked.max(0) as u32),
                })
            }));
            if !full {
                break;
            }
        }
        drop(session_of);
        Ok(Snapshot::assemble(
            version,
            strings.finish(),
            venues,
            sessions,
            occurrences,
            Snapshot::now(),
        ))
    }

    /// Puts the dates in order of date, start time and id, and indexes them, with
    /// `now` as the time the index is built.
    pub fn assemble(
        version: i64,
        strings: Strings,
        mut venues: Vec<VenueEntry>,
        mut sessions: Vec<SessionEntry>,
        mut occurrences: Vec<OccurrenceEntry>,
        now: i64,
    ) -> Snapshot {
        venues.shrink_to_fit();
        sessions.shrink_to_fit();
        occurrences.shrink_to_fit();
        let start_time = |o: &OccurrenceEntry| {
            sessions
                .get(o.session as usize)
                .map_or("", |s| strings.get(s.start_time))
        };
        occurrences.sort_by(|a, b| (a.date, start_time(a), a.id).cmp(&(b.date, start_time(b), b.id)));
        let mut sessions_by_id: Vec<u32> = (0..sessions.len() as u32).collect();
        sessions_by_id.sort_by(|&a, &b| {
            strings
                .get(sessions[a as usize].id)
                .cmp(strings.get(sessions[b as usize].id))
        });
        let mut occurrences_by_id: Vec<u32> = (0..occurrences.len() as u32).collect();
        occurrences_by_id.sort_by_key(|&p| occurrences[p as usize].id);
        let index = Index::new(&strings, &sessions, &occurrences, now);
        Snapshot {
            version,
            strings,
            venues,
            sessions,
            occurrences,
            sessions_by_id,
            occurrences_by_id,
            index,
        }
    }

    /// A session by id, with its index.
    pub fn session(&self, id: &str) -> Option<(u32, &SessionEntry)> {
        let found = self
            .sessions_by_id
            .binary_search_by(|&i| self.strings.get(self.sessions[i as usize].id).cmp(id))
            .ok()?;
        let i = self.sessions_by_id[found];
        Some((i, &self.sessions[i as usize]))
    }

    /// An upcoming date by id.
    pub fn occurrence(&self, id: &str) -> Option<&OccurrenceEntry> {
        let id = uuid::Uuid::parse_str(id).ok()?;
        let found = self
            .occurrences_by_id
            .binary_search_by_key(&id, |&p| self.occurrences[p as usize].id)
            .ok()?;
        self.occurrences.get(self.occurrences_by_id[found] as usize)
    }

    /// A venue as search lists it.
    pub fn venue(&self, s: &SessionEntry) -> VenueSummary {
        let text = |sym| self.strings.get(sym).to_owned();
        self.venues
            .get(s.venue as usize)
            .map(|v| VenueSummary {
                id: text(v.id),
                name: text(v.name),
                town: text(v.town),
                postcode: text(v.postcode),
            })
            .unwrap_or_else(|| VenueSummary {
                id: String::new(),
                name: String::new(),
                town: String::new(),
                postcode: String::new(),
            })
    }

    /// Counts a place taken (or given back) on a date, after the database agreed.
    pub fn booked_changed(&self, occurrence_id: &str, delta: i32) {
        if let Some(o) = self.occurrence(occurrence_id) {
            adjust(&o.booked, delta);
        }
    }

    /// Counts a place taken (or given back) on a course, after the database agreed.
    pub fn enrolled_changed(&self, session_id: &str, delta: i32) {
        if let Some((_, s)) = self.session(session_id) {
            adjust(&s.enrolled, delta);
        }
    }

    /// The memory the snapshot holds, in bytes: every vector's and string's
    /// capacity, counted.
    pub fn bytes(&self) -> usize {
        std::mem::size_of::<Snapshot>()
            + self.strings.bytes()
            + self.venues.capacity() * std::mem::size_of::<VenueEntry>()
            + self.sessions.capacity() * std::mem::size_of::<SessionEntry>()
            + self
                .sessions
                .iter()
                .map(|s| s.titles.len() * std::mem::size_of::<(Sym, Sym)>())
                .sum::<usize>()
            + self.occurrences.capacity() * std::mem::size_of::<OccurrenceEntry>()
            + (self.sessions_by_id.capacity() + self.occurrences_by_id.capacity()) * 4
            + self.index.bytes()
    }

    /// Whether a listing last checked at `assured_at` is still shown to mothers.
    pub fn is_current(assured_at: i64, now: i64) -> bool {
        now - assured_at < super::HIDE_AFTER_DAYS * 86_400
    }

    /// Now, in the seconds [`SessionEntry::assured_at`] is counted in.
    pub fn now() -> i64 {
        Utc::now().timestamp()
    }
}

fn adjust(counter: &AtomicU32, delta: i32) {
    let _ = counter.fetch_update(Ordering::Relaxed, Ordering::Relaxed, |n| {
        Some(n.saturating_add_signed(delta))
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_string_interned_twice_is_held_once() {
        let mut strings = Interner::default();
        let en = strings.intern("en");
        let title = strings.intern("Rhyme time");
        assert_eq!(strings.intern("en"), en);
        assert_ne!(title, en);
        let empty = strings.intern("");
        let strings = strings.finish();
        assert_eq!(strings.get(en), "en");
        assert_eq!(strings.get(title), "Rhyme time");
        assert_eq!(strings.get(empty), "");
        assert_eq!(strings.text, "enRhyme time");
        // A symbol from elsewhere reads as nothing rather than panicking.
        assert_eq!(strings.get(Sym(99)), "");
    }

    #[test]
    fn end_times_become_minutes_and_nonsense_does_not_overflow() {
        assert_eq!(minutes("11:30"), 690);
        assert_eq!(minutes("9:05"), 545);
        assert_eq!(minutes("noon"), 0);
        assert_eq!(minutes("99999:00"), u16::MAX);
    }
}
