//! One immutable picture of the directory, built from the database in a few queries.

use super::index::Index;
use super::places::Point;
use crate::entity::{occurrence, programme, programme_translation, session, session_translation, venue};
use chrono::{Datelike, Duration, NaiveDate, Utc};
use perilink_shared::directory::{
    BookingMode, Format, LocalisedText, ProgrammeKind, TimeOfDay, VenueSummary,
};
use sea_orm::{ColumnTrait, DatabaseConnection, DbErr, EntityTrait, QueryFilter, QueryOrder};
use std::collections::HashMap;
use std::sync::atomic::{AtomicU32, Ordering};

/// How far ahead the snapshot holds dates.
pub const HORIZON_DAYS: i64 = 400;

/// A session as search needs it.
pub struct SessionEntry {
    pub id: String,
    pub programme_id: String,
    pub kind: ProgrammeKind,
    pub venue: VenueSummary,
    pub location: Point,
    /// Titles by language: the session's own where it has one, else its programme's.
    pub titles: HashMap<String, String>,
    pub languages: Vec<String>,
    pub interpreter_languages: Vec<String>,
    pub booking: BookingMode,
    pub format: Format,
    pub cost_pence: u32,
    pub capacity: Option<u32>,
    /// Places taken on the course, for courses.
    pub enrolled: AtomicU32,
    pub for_pregnant: bool,
    pub baby_months: Option<(u32, u32)>,
    pub weekday: u8,
    pub start_time: String,
    pub end_time: String,
    /// Minutes after midnight, London time.
    pub end_minute: u32,
    pub time_of_day: TimeOfDay,
    /// The oldest "last checked" time of the session, its programme and its venue.
    pub assured_at: i64,
}

impl SessionEntry {
    /// The title in `language`, else in English marked untranslated.
    pub fn title(&self, language: &str) -> LocalisedText {
        if let Some(text) = self.titles.get(language) {
            return LocalisedText {
                text: text.clone(),
                language: language.to_owned(),
                translated: true,
            };
        }
        let (fallback_language, text) = self
            .titles
            .get_key_value("en")
            .or_else(|| self.titles.iter().next())
            .map(|(l, t)| (l.clone(), t.clone()))
            .unwrap_or_default();
        LocalisedText {
            text,
            language: fallback_language,
            translated: false,
        }
    }

    /// Whether it is delivered in `language`, or has an interpreter for it.
    pub fn speaks(&self, language: &str) -> bool {
        self.languages.iter().chain(&self.interpreter_languages).any(|l| {
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
    pub sessions: Vec<SessionEntry>,
    /// Every date from yesterday to [`HORIZON_DAYS`] ahead that is not cancelled,
    /// in order of date and then start time.
    pub occurrences: Vec<OccurrenceEntry>,
    session_index: HashMap<String, u32>,
    occurrence_index: HashMap<uuid::Uuid, u32>,
    pub(super) index: Index,
}

fn split_tags(tags: &str) -> Vec<String> {
    tags.split_whitespace().map(str::to_owned).collect()
}

fn minutes(time: &str) -> u32 {
    let mut parts = time.split(':');
    let hours: u32 = parts.next().and_then(|h| h.parse().ok()).unwrap_or(0);
    let minutes: u32 = parts.next().and_then(|m| m.parse().ok()).unwrap_or(0);
    hours * 60 + minutes
}

impl Snapshot {
    /// Reads the directory. The version is read first, so an edit racing the load
    /// is picked up by the next refresh rather than lost.
    pub async fn load(db: &DatabaseConnection) -> Result<Snapshot, DbErr> {
        let version = super::current_version(db).await?;
        let (today, _) = super::search::london_now();
        let venues: HashMap<String, venue::Model> = venue::Entity::find()
            .all(db)
            .await?
            .into_iter()
            .map(|v| (v.id.clone(), v))
            .collect();
        let programmes: HashMap<String, programme::Model> = programme::Entity::find()
            .all(db)
            .await?
            .into_iter()
            .map(|p| (p.id.clone(), p))
            .collect();
        let mut programme_titles: HashMap<String, HashMap<String, String>> = HashMap::new();
        for t in programme_translation::Entity::find().all(db).await? {
            programme_titles
                .entry(t.programme_id)
                .or_default()
                .insert(t.language, t.title);
        }
        let mut session_titles: HashMap<String, HashMap<String, String>> = HashMap::new();
        for t in session_translation::Entity::find().all(db).await? {
            session_titles
                .entry(t.session_id)
                .or_default()
                .insert(t.language, t.title);
        }

        let mut sessions = Vec::new();
        let mut session_index = HashMap::new();
        for s in session::Entity::find().all(db).await? {
            let (Some(p), Some(v)) = (programmes.get(&s.programme_id), venues.get(&s.venue_id)) else {
                continue;
            };
            let (Ok(kind), Ok(booking), Ok(format)) = (p.kind.parse(), p.booking.parse(), p.format.parse())
            else {
                tracing::warn!(session.id = %s.id, "session skipped: its programme has an unknown kind, booking or format");
                continue;
            };
            let mut titles = programme_titles.get(&p.id).cloned().unwrap_or_default();
            titles.extend(session_titles.remove(&s.id).unwrap_or_default());
            let assured_at = s.assured_at.min(p.assured_at).min(v.assured_at).timestamp();
            session_index.insert(s.id.clone(), sessions.len() as u32);
            sessions.push(SessionEntry {
                programme_id: p.id.clone(),
                kind,
                venue: VenueSummary {
                    id: v.id.clone(),
                    name: v.name.clone(),
                    town: v.town.clone(),
                    postcode: v.postcode.clone(),
                },
                location: Point {
                    lat: v.lat,
                    lon: v.lon,
                },
                titles,
                languages: split_tags(&s.languages),
                interpreter_languages: split_tags(&s.interpreter_languages),
                booking,
                format,
                cost_pence: p.cost_pence.max(0) as u32,
                capacity: s.capacity.map(|c| c.max(0) as u32),
                enrolled: AtomicU32::new(s.enrolled.max(0) as u32),
                for_pregnant: p.for_pregnant,
                baby_months: p
                    .baby_min_months
                    .zip(p.baby_max_months)
                    .map(|(lo, hi)| (lo.max(0) as u32, hi.max(0) as u32)),
                weekday: s.weekday.clamp(1, 7) as u8,
                time_of_day: TimeOfDay::of(&s.start_time).unwrap_or(TimeOfDay::Morning),
                end_minute: minutes(&s.end_time),
                start_time: s.start_time,
                end_time: s.end_time,
                assured_at,
                id: s.id,
            });
        }

        let occurrences: Vec<OccurrenceEntry> = occurrence::Entity::find()
            .filter(occurrence::Column::Date.gte(today - Duration::days(1)))
            .filter(occurrence::Column::Date.lte(today + Duration::days(HORIZON_DAYS)))
            .filter(occurrence::Column::Cancelled.eq(false))
            .order_by_asc(occurrence::Column::Date)
            .all(db)
            .await?
            .into_iter()
            .filter_map(|o| {
                let session = *session_index.get(&o.session_id)?;
                let id = uuid::Uuid::parse_str(&o.id).ok()?;
                Some(OccurrenceEntry {
                    id,
                    session,
                    date: o.date,
                    booked: AtomicU32::new(o.booked.max(0) as u32),
                })
            })
            .collect();
        Ok(Snapshot::assemble(
            version,
            sessions,
            occurrences,
            Snapshot::now(),
        ))
    }

    /// Puts the dates in order of date and start time (keeping the order they came
    /// in otherwise) and indexes them, with `now` as the time the index is built.
    pub fn assemble(
        version: i64,
        sessions: Vec<SessionEntry>,
        mut occurrences: Vec<OccurrenceEntry>,
        now: i64,
    ) -> Snapshot {
        occurrences.sort_by(|a, b| {
            a.date.cmp(&b.date).then_with(|| {
                sessions[a.session as usize]
                    .start_time
                    .cmp(&sessions[b.session as usize].start_time)
            })
        });
        let session_index = sessions
            .iter()
            .enumerate()
            .map(|(i, s)| (s.id.clone(), i as u32))
            .collect();
        let occurrence_index = occurrences
            .iter()
            .enumerate()
            .map(|(i, o)| (o.id, i as u32))
            .collect();
        let index = Index::new(&sessions, &occurrences, now);
        Snapshot {
            version,
            sessions,
            occurrences,
            session_index,
            occurrence_index,
            index,
        }
    }

    /// A session by id.
    pub fn session(&self, id: &str) -> Option<&SessionEntry> {
        self.session_index.get(id).map(|&i| &self.sessions[i as usize])
    }

    /// An upcoming date by id.
    pub fn occurrence(&self, id: &str) -> Option<&OccurrenceEntry> {
        let id = uuid::Uuid::parse_str(id).ok()?;
        self.occurrence_index
            .get(&id)
            .map(|&i| &self.occurrences[i as usize])
    }

    /// Counts a place taken (or given back) on a date, after the database agreed.
    pub fn booked_changed(&self, occurrence_id: &str, delta: i32) {
        if let Some(o) = self.occurrence(occurrence_id) {
            adjust(&o.booked, delta);
        }
    }

    /// Counts a place taken (or given back) on a course, after the database agreed.
    pub fn enrolled_changed(&self, session_id: &str, delta: i32) {
        if let Some(s) = self.session(session_id) {
            adjust(&s.enrolled, delta);
        }
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
