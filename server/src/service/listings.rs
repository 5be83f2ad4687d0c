//! A session's page, from the directory snapshot with its dates and places read
//! from the database so the places are exact, and reports that a listing is wrong.

use crate::db::column::column;
use crate::directory::Snapshot;
use crate::directory::page::text_in;
use crate::entity::{
    listing_report, occurrence, programme, programme_translation, session, session_translation, venue,
};
use chrono::{NaiveDate, Utc};
use perilink_shared::directory::{
    BookingMode, Format, LocalisedText, OccurrenceDate, SessionDetail, VenueDetail,
};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DbErr, EntityTrait, FromQueryResult, QueryFilter,
    QueryOrder, QuerySelect, Set,
};
use std::collections::{BTreeSet, HashMap};

/// How many dates a session's page lists.
pub const NEXT_DATES: u64 = 8;

/// Everything a session is, loaded together.
pub struct Listing {
    pub session: session::Model,
    pub programme: programme::Model,
    pub venue: venue::Model,
    pub programme_texts: Vec<programme_translation::Model>,
    pub session_texts: Vec<session_translation::Model>,
}

impl Listing {
    /// Whether mothers may see it: every part checked within the last 120 days.
    pub fn is_current(&self) -> bool {
        let assured = self
            .session
            .assured_at
            .min(self.programme.assured_at)
            .min(self.venue.assured_at);
        Snapshot::is_current(assured.timestamp(), Utc::now().timestamp())
    }

    /// The title in `language`: the session's own, else its programme's; else English.
    pub fn title(&self, language: &str) -> LocalisedText {
        let own = |lang: &str| {
            self.session_texts
                .iter()
                .find(|t| t.language == lang)
                .map(|t| t.title.clone())
                .or_else(|| {
                    self.programme_texts
                        .iter()
                        .find(|t| t.language == lang)
                        .map(|t| t.title.clone())
                })
        };
        localised(language, own)
    }

    /// The description in `language`, with the same fallbacks as the title.
    pub fn description(&self, language: &str) -> LocalisedText {
        let own = |lang: &str| {
            self.session_texts
                .iter()
                .find(|t| t.language == lang)
                .and_then(|t| t.description.clone())
                .or_else(|| {
                    self.programme_texts
                        .iter()
                        .find(|t| t.language == lang)
                        .map(|t| t.description.clone())
                })
        };
        localised(language, own)
    }

    fn what_to_bring(&self, language: &str) -> Option<LocalisedText> {
        let own = |lang: &str| {
            self.programme_texts
                .iter()
                .find(|t| t.language == lang)
                .and_then(|t| t.what_to_bring.clone())
        };
        own("en")?;
        Some(localised(language, own))
    }
}

/// Text in `language`, else English marked as not yet translated.
pub fn localised(language: &str, text_in: impl Fn(&str) -> Option<String>) -> LocalisedText {
    match text_in(language) {
        Some(text) => LocalisedText {
            text,
            language: language.to_owned(),
            translated: true,
        },
        None => LocalisedText {
            text: text_in("en").unwrap_or_default(),
            language: "en".into(),
            translated: false,
        },
    }
}

/// Loads a session with its programme, venue and texts.
pub async fn load(db: &impl ConnectionTrait, session_id: &str) -> Result<Option<Listing>, DbErr> {
    Ok(load_many(db, &[session_id]).await?.remove(session_id))
}

/// Loads sessions with their programmes, venues and texts, by session id: five
/// queries however many. Sessions that are gone are left out.
pub async fn load_many(
    db: &impl ConnectionTrait,
    session_ids: &[&str],
) -> Result<HashMap<String, Listing>, DbErr> {
    let sessions = session::Entity::find()
        .filter(session::Column::Id.is_in(session_ids.iter().copied()))
        .all(db)
        .await?;
    let programme_ids: BTreeSet<&str> = sessions.iter().map(|s| s.programme_id.as_str()).collect();
    let venue_ids: BTreeSet<&str> = sessions.iter().map(|s| s.venue_id.as_str()).collect();
    let programmes: HashMap<String, programme::Model> = programme::Entity::find()
        .filter(programme::Column::Id.is_in(programme_ids.iter().copied()))
        .all(db)
        .await?
        .into_iter()
        .map(|p| (p.id.clone(), p))
        .collect();
    let venues: HashMap<String, venue::Model> = venue::Entity::find()
        .filter(venue::Column::Id.is_in(venue_ids))
        .all(db)
        .await?
        .into_iter()
        .map(|v| (v.id.clone(), v))
        .collect();
    let mut programme_texts: HashMap<String, Vec<programme_translation::Model>> = HashMap::new();
    for t in programme_translation::Entity::find()
        .filter(programme_translation::Column::ProgrammeId.is_in(programme_ids))
        .all(db)
        .await?
    {
        programme_texts.entry(t.programme_id.clone()).or_default().push(t);
    }
    let mut session_texts: HashMap<String, Vec<session_translation::Model>> = HashMap::new();
    for t in session_translation::Entity::find()
        .filter(session_translation::Column::SessionId.is_in(session_ids.iter().copied()))
        .all(db)
        .await?
    {
        session_texts.entry(t.session_id.clone()).or_default().push(t);
    }
    let mut listings = HashMap::with_capacity(sessions.len());
    for session in sessions {
        // A programme with several sessions is copied to each.
        let (Some(programme), Some(venue)) = (
            programmes.get(&session.programme_id).cloned(),
            venues.get(&session.venue_id).cloned(),
        ) else {
            continue;
        };
        let listing = Listing {
            programme_texts: programme_texts.get(&programme.id).cloned().unwrap_or_default(),
            session_texts: session_texts.remove(&session.id).unwrap_or_default(),
            session,
            programme,
            venue,
        };
        listings.insert(listing.session.id.clone(), listing);
    }
    Ok(listings)
}

fn tags(text: &str) -> Vec<String> {
    text.split_whitespace().map(str::to_owned).collect()
}

/// How many places a session has left: on the course, or on a date.
struct Places {
    booking: BookingMode,
    format: Format,
    capacity: Option<u32>,
    enrolled: i32,
}

impl Places {
    /// Places left on a course that is booked; `None` for anything else.
    fn on_course(&self) -> Option<u32> {
        match (self.booking, self.format, self.capacity) {
            (BookingMode::Booking, Format::Course, Some(c)) => {
                Some(c.saturating_sub(self.enrolled.max(0) as u32))
            }
            _ => None,
        }
    }

    /// Places left on a date with `booked` places taken: a course's own, or the
    /// date's.
    fn on(&self, booked: i32) -> Option<u32> {
        match (self.booking, self.format, self.capacity) {
            (BookingMode::Booking, Format::Ongoing, Some(c)) => Some(c.saturating_sub(booked.max(0) as u32)),
            (BookingMode::Booking, Format::Course, Some(_)) => self.on_course(),
            _ => None,
        }
    }
}

/// One of a session's next dates, with the session's enrolment beside it; all but
/// `enrolled` empty when it has no date ahead.
#[derive(FromQueryResult)]
struct NextDateRow {
    enrolled: i32,
    id: Option<String>,
    date: Option<NaiveDate>,
    booked: Option<i32>,
    cancelled: Option<bool>,
}

/// A session's page in `language`, with its dates from `today`: everything but the
/// dates from the directory snapshot, the dates and places left from the database
/// in one query. `None` when the snapshot has no such session or its listing is
/// out of date. It equals [`detail`] (the tests compare them on every session).
pub async fn page(
    db: &impl ConnectionTrait,
    snapshot: &Snapshot,
    session_id: &str,
    language: &str,
    today: NaiveDate,
) -> Result<Option<SessionDetail>, DbErr> {
    let Some((i, s)) = snapshot.session(session_id) else {
        return Ok(None);
    };
    let strings = &snapshot.strings;
    let (Some(own), Some(terms), Some(v), Some(place)) = (
        snapshot.pages.sessions.get(i as usize),
        snapshot.feed.sessions.get(i as usize),
        snapshot.venues.get(s.venue as usize),
        snapshot.feed.places.get(s.venue as usize),
    ) else {
        return Ok(None);
    };
    let Some(p) = snapshot.pages.programmes.get(own.programme as usize) else {
        return Ok(None);
    };
    if !Snapshot::is_current(s.assured_at, Snapshot::now()) {
        return Ok(None);
    }
    let rows = NextDateRow::find_by_statement(crate::service::sql::statement(
        db,
        "SELECT s.enrolled, o.id, o.date, o.booked, o.cancelled FROM sessions s \
         LEFT JOIN occurrences o ON o.session_id = s.id AND o.date >= ? \
         WHERE s.id = ? ORDER BY o.date LIMIT ?",
        vec![today.into(), session_id.into(), (NEXT_DATES as i64).into()],
    ))
    .all(db)
    .await?;
    let Some(enrolled) = rows.first().map(|r| r.enrolled) else {
        return Ok(None);
    };
    let places = Places {
        booking: s.booking,
        format: s.format,
        capacity: s.capacity,
        enrolled,
    };
    let next_dates = rows
        .into_iter()
        .filter_map(|r| {
            Some(OccurrenceDate {
                places_left: places.on(r.booked.unwrap_or(0)),
                date: r.date?.format("%Y-%m-%d").to_string(),
                occurrence_id: r.id?,
                cancelled: r.cancelled.unwrap_or(false),
            })
        })
        .collect();
    let text = |sym| strings.get(sym).to_owned();
    let description = |lang: &str| {
        text_in(strings, &own.descriptions, lang)
            .or_else(|| text_in(strings, &p.descriptions, lang))
            .map(str::to_owned)
    };
    let what_to_bring = |lang: &str| text_in(strings, &p.what_to_bring, lang).map(str::to_owned);
    let title = |lang: &str| text_in(strings, &s.titles, lang).map(str::to_owned);
    let has = |bit| place.access & bit != 0;
    use crate::directory::feed::access;
    Ok(Some(SessionDetail {
        session_id: session_id.to_owned(),
        programme_id: text(p.id),
        kind: s.kind,
        title: localised(language, title),
        description: localised(language, description),
        what_to_bring: what_to_bring("en").map(|_| localised(language, what_to_bring)),
        venue: VenueDetail {
            id: text(v.id),
            name: text(v.name),
            address: text(place.address),
            town: text(v.town),
            postcode: text(v.postcode),
            lat: place.lat,
            lon: place.lon,
            step_free: has(access::STEP_FREE),
            buggy_space: has(access::BUGGY_SPACE),
            baby_change: has(access::BABY_CHANGE),
            breastfeeding_welcome: has(access::BREASTFEEDING_WELCOME),
            bus_routes: Some(strings.get(place.bus_routes))
                .filter(|b| !b.is_empty())
                .map(str::to_owned),
        },
        for_pregnant: s.for_pregnant,
        baby_min_months: p.baby_months.0,
        baby_max_months: p.baby_months.1,
        weekday: s.weekday,
        start_time: text(s.start_time),
        end_time: text(s.end_time),
        frequency: text(own.frequency),
        starts_on: terms.starts_on.format("%Y-%m-%d").to_string(),
        ends_on: terms.ends_on.map(|d| d.format("%Y-%m-%d").to_string()),
        languages: tags(strings.get(s.languages)),
        interpreter_languages: tags(strings.get(s.interpreter_languages)),
        booking: s.booking,
        format: s.format,
        cost_pence: s.cost_pence,
        capacity: s.capacity,
        course_places_left: places.on_course(),
        next_dates,
    }))
}

/// A session's page in `language`, with its dates from `today`, read wholly from
/// the database: what [`page`] must equal.
pub async fn detail(
    db: &impl ConnectionTrait,
    listing: &Listing,
    language: &str,
    today: NaiveDate,
) -> Result<SessionDetail, DbErr> {
    let (s, p, v) = (&listing.session, &listing.programme, &listing.venue);
    let booking: BookingMode = column(&p.booking, "programmes", "booking", &p.id)?;
    let format: Format = column(&p.format, "programmes", "format", &p.id)?;
    let capacity = s.capacity.map(|c| c.max(0) as u32);
    let dates = occurrence::Entity::find()
        .filter(occurrence::Column::SessionId.eq(&s.id))
        .filter(occurrence::Column::Date.gte(today))
        .order_by_asc(occurrence::Column::Date)
        .limit(NEXT_DATES)
        .all(db)
        .await?;
    let places = Places {
        booking,
        format,
        capacity,
        enrolled: s.enrolled,
    };
    let course_places_left = places.on_course();
    let next_dates = dates
        .into_iter()
        .map(|o| OccurrenceDate {
            places_left: places.on(o.booked),
            occurrence_id: o.id,
            date: o.date.format("%Y-%m-%d").to_string(),
            cancelled: o.cancelled,
        })
        .collect();
    Ok(SessionDetail {
        session_id: s.id.clone(),
        programme_id: p.id.clone(),
        kind: p
            .kind
            .parse()
            .unwrap_or(perilink_shared::directory::ProgrammeKind::Other),
        title: listing.title(language),
        description: listing.description(language),
        what_to_bring: listing.what_to_bring(language),
        venue: VenueDetail {
            id: v.id.clone(),
            name: v.name.clone(),
            address: v.address.clone(),
            town: v.town.clone(),
            postcode: v.postcode.clone(),
            lat: v.lat,
            lon: v.lon,
            step_free: v.step_free,
            buggy_space: v.buggy_space,
            baby_change: v.baby_change,
            breastfeeding_welcome: v.breastfeeding_welcome,
            bus_routes: v.bus_routes.clone(),
        },
        for_pregnant: p.for_pregnant,
        baby_min_months: p.baby_min_months.map(|m| m.max(0) as u32),
        baby_max_months: p.baby_max_months.map(|m| m.max(0) as u32),
        weekday: s.weekday.clamp(1, 7) as u8,
        start_time: s.start_time.clone(),
        end_time: s.end_time.clone(),
        frequency: s.frequency.clone(),
        starts_on: s.starts_on.format("%Y-%m-%d").to_string(),
        ends_on: s.ends_on.map(|d| d.format("%Y-%m-%d").to_string()),
        languages: tags(&s.languages),
        interpreter_languages: tags(&s.interpreter_languages),
        booking,
        format,
        cost_pence: p.cost_pence.max(0) as u32,
        capacity,
        course_places_left,
        next_dates,
    })
}

/// Records that someone says a session's information is wrong; its owner sees it.
pub async fn report_wrong(
    db: &impl ConnectionTrait,
    session_id: &str,
    reporter_id: Option<&str>,
    note: Option<String>,
    reason: Option<perilink_shared::booking::ReportReason>,
) -> Result<String, DbErr> {
    let id = uuid::Uuid::new_v4().to_string();
    listing_report::ActiveModel {
        id: Set(id.clone()),
        session_id: Set(session_id.to_owned()),
        reporter_id: Set(reporter_id.map(str::to_owned)),
        note: Set(note),
        reason: Set(reason.map(|r| r.as_str().to_owned())),
        created_at: Set(Utc::now()),
        resolved_at: Set(None),
    }
    .insert(db)
    .await?;
    Ok(id)
}
