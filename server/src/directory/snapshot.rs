//! One immutable picture of the directory, built by [`super::load`] and kept
//! compact: every string once, dates as chrono's four-byte day numbers, times as
//! minutes beside their text, a date's id as a 16-byte UUID.

use super::feed::Feed;
use super::index::Index;
use super::page::Pages;
use super::places::Point;
pub(super) use super::strings::Interner;
pub use super::strings::{Strings, Sym};
use chrono::{Datelike, NaiveDate, Utc};
use perilink_shared::directory::{
    BookingMode, Format, LocalisedText, ProgrammeKind, TimeOfDay, VenueSummary,
};
use std::sync::atomic::{AtomicU32, Ordering};

/// How far ahead the snapshot holds dates.
pub const HORIZON_DAYS: i64 = 400;

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
    /// What the Open Referral feed reads beyond search.
    pub feed: Feed,
    /// What a session's page reads beyond search and the feed.
    pub pages: Pages,
}

impl Snapshot {
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
            feed: Feed::default(),
            pages: Pages::default(),
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
            + self.feed.bytes()
            + self.pages.bytes()
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
