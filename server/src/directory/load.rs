//! Building a [`Snapshot`] from the database: each table read once, sessions and
//! dates a page of rows at a time, only the columns the snapshot keeps, each string
//! interned as it arrives so no row is held twice.

use super::feed::{FeedBuilder, Offer, PlaceEntry, SessionTerms, access};
use super::page::{Pages, ProgrammePage, SessionPage};
use super::places::Point;
use super::snapshot::{HORIZON_DAYS, Interner, OccurrenceEntry, SessionEntry, Snapshot, Sym, VenueEntry};
use crate::entity::{occurrence, programme, programme_translation, session, session_translation, venue};
use chrono::{DateTime, Duration, NaiveDate, Utc};
use perilink_shared::directory::{BookingMode, Format, ProgrammeKind, TimeOfDay};
use sea_orm::{
    ColumnTrait, Condition, DatabaseConnection, DbErr, EntityTrait, FromQueryResult, QueryFilter, QueryOrder,
    QuerySelect,
};
use std::collections::HashMap;
use std::sync::atomic::AtomicU32;

/// How many rows one query of a load reads.
const PAGE_ROWS: u64 = 10_000;

#[derive(FromQueryResult)]
struct VenueRow {
    id: String,
    name: String,
    address: String,
    town: String,
    postcode: String,
    lat: f64,
    lon: f64,
    bus_routes: Option<String>,
    step_free: bool,
    buggy_space: bool,
    baby_change: bool,
    breastfeeding_welcome: bool,
    assured_at: DateTime<Utc>,
}

#[derive(FromQueryResult)]
struct ProgrammeRow {
    id: String,
    organisation_id: String,
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
struct ProgrammeTextRow {
    programme_id: String,
    language: String,
    title: String,
    description: String,
    what_to_bring: Option<String>,
}

#[derive(FromQueryResult)]
struct TitleRow {
    session_id: String,
    language: String,
    title: String,
    description: Option<String>,
}

#[derive(FromQueryResult)]
struct SessionRow {
    id: String,
    programme_id: String,
    venue_id: String,
    frequency: String,
    weekday: i32,
    start_time: String,
    end_time: String,
    starts_on: NaiveDate,
    ends_on: Option<NaiveDate>,
    capacity: Option<i32>,
    languages: String,
    interpreter: bool,
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
    /// Its index in the feed, when its organisation is known.
    published: Option<u32>,
    /// Its index in [`Pages::programmes`].
    page: u32,
}

/// Venues by id, with where each is and when it was last checked.
struct Venues {
    entries: Vec<VenueEntry>,
    index_of: HashMap<String, u32>,
    places: Vec<(Point, i64)>,
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
        let today = crate::clock::london_today();
        let mut strings = Interner::default();
        let mut feed = FeedBuilder::new(db, &mut strings).await?;
        let venues = load_venues(db, &mut strings, &mut feed).await?;
        let mut pages = Pages::default();
        let programmes = load_programmes(db, &mut strings, &mut feed, &mut pages).await?;
        let (sessions, session_of) =
            load_sessions(db, &mut strings, &mut feed, &mut pages, &programmes, &venues).await?;
        drop(programmes);
        let find = |id: &str| session_of.get(&strings.find(id)?).copied();
        feed.cancelled(db, today, find).await?;
        let occurrences =
            load_occurrences(db, today, |id| session_of.get(&strings.find(id)?).copied()).await?;
        drop(session_of);
        let feed = feed.finish(&mut strings, &venues.entries, &sessions);
        let mut snapshot = Snapshot::assemble(
            version,
            strings.finish(),
            venues.entries,
            sessions,
            occurrences,
            Snapshot::now(),
        );
        snapshot.feed = feed;
        pages.programmes.shrink_to_fit();
        pages.sessions.shrink_to_fit();
        snapshot.pages = pages;
        Ok(snapshot)
    }
}

async fn load_venues(
    db: &DatabaseConnection,
    strings: &mut Interner,
    feed: &mut FeedBuilder,
) -> Result<Venues, DbErr> {
    let mut venues = Venues {
        entries: Vec::new(),
        index_of: HashMap::new(),
        places: Vec::new(),
    };
    for v in venue::Entity::find().into_model::<VenueRow>().all(db).await? {
        venues.index_of.insert(v.id.clone(), venues.entries.len() as u32);
        venues.entries.push(VenueEntry {
            id: strings.intern(&v.id),
            name: strings.intern(&v.name),
            town: strings.intern(&v.town),
            postcode: strings.intern(&v.postcode),
        });
        let assured_at = v.assured_at.timestamp();
        venues.places.push((
            Point {
                lat: v.lat,
                lon: v.lon,
            },
            assured_at,
        ));
        let flags = [
            (v.step_free, access::STEP_FREE),
            (v.buggy_space, access::BUGGY_SPACE),
            (v.baby_change, access::BABY_CHANGE),
            (v.breastfeeding_welcome, access::BREASTFEEDING_WELCOME),
        ];
        feed.place(PlaceEntry {
            address: strings.intern(&v.address),
            lat: v.lat,
            lon: v.lon,
            bus_routes: strings.intern(v.bus_routes.as_deref().unwrap_or_default().trim()),
            access: flags
                .iter()
                .filter(|(has, _)| *has)
                .fold(0, |bits, (_, bit)| bits | bit),
            assured_at,
        });
    }
    Ok(venues)
}

async fn load_programmes(
    db: &DatabaseConnection,
    strings: &mut Interner,
    feed: &mut FeedBuilder,
    pages: &mut Pages,
) -> Result<HashMap<String, ProgrammeTerms>, DbErr> {
    // Texts for pages, by programme, until every translation is read: descriptions
    // and what to bring, each as (language, text).
    type Texts = Vec<(Sym, Sym)>;
    let mut page_texts: Vec<(Texts, Texts)> = Vec::new();
    let mut programmes: HashMap<String, ProgrammeTerms> = HashMap::new();
    for p in programme::Entity::find()
        .into_model::<ProgrammeRow>()
        .all(db)
        .await?
    {
        let (Ok(kind), Ok(booking), Ok(format)) = (p.kind.parse(), p.booking.parse(), p.format.parse())
        else {
            tracing::warn!(programme.id = %p.id, "programme skipped: unknown kind, booking or format");
            continue;
        };
        let months = |m: Option<i32>| m.map(|m| m.clamp(0, i32::from(u16::MAX)) as u16);
        let offer = Offer {
            kind,
            booking,
            format,
            for_pregnant: p.for_pregnant,
            baby_months: (months(p.baby_min_months), months(p.baby_max_months)),
            cost_pence: p.cost_pence.max(0) as u32,
        };
        let published = feed.programme(
            strings,
            &p.id,
            &p.organisation_id,
            offer,
            p.assured_at.timestamp(),
        );
        pages.programmes.push(ProgrammePage {
            id: strings.intern(&p.id),
            descriptions: Box::default(),
            what_to_bring: Box::default(),
            baby_months: (
                p.baby_min_months.map(|m| m.max(0) as u32),
                p.baby_max_months.map(|m| m.max(0) as u32),
            ),
        });
        page_texts.push(Default::default());
        programmes.insert(
            p.id.clone(),
            ProgrammeTerms {
                kind,
                booking,
                format,
                row: p,
                titles: Vec::new(),
                published,
                page: pages.programmes.len() as u32 - 1,
            },
        );
    }
    for t in programme_translation::Entity::find()
        .into_model::<ProgrammeTextRow>()
        .all(db)
        .await?
    {
        if let Some(p) = programmes.get_mut(&t.programme_id) {
            let language = strings.intern(&t.language);
            let title = (language, strings.intern(&t.title));
            p.titles.push(title);
            if let Some(published) = p.published {
                feed.text(published, &t.language, title.1, &t.description);
            }
            let (descriptions, what_to_bring) = &mut page_texts[p.page as usize];
            descriptions.push((language, strings.intern(&t.description)));
            if let Some(bring) = &t.what_to_bring {
                what_to_bring.push((language, strings.intern(bring)));
            }
        }
    }
    for (page, (descriptions, what_to_bring)) in pages.programmes.iter_mut().zip(page_texts) {
        page.descriptions = descriptions.into_boxed_slice();
        page.what_to_bring = what_to_bring.into_boxed_slice();
    }
    Ok(programmes)
}

async fn load_sessions(
    db: &DatabaseConnection,
    strings: &mut Interner,
    feed: &mut FeedBuilder,
    pages: &mut Pages,
    programmes: &HashMap<String, ProgrammeTerms>,
    venues: &Venues,
) -> Result<(Vec<SessionEntry>, HashMap<Sym, u32>), DbErr> {
    let mut session_titles: HashMap<String, Vec<(Sym, Sym)>> = HashMap::new();
    let mut session_descriptions: HashMap<String, Vec<(Sym, Sym)>> = HashMap::new();
    for t in session_translation::Entity::find()
        .select_only()
        .columns([
            session_translation::Column::SessionId,
            session_translation::Column::Language,
            session_translation::Column::Title,
            session_translation::Column::Description,
        ])
        .into_model::<TitleRow>()
        .all(db)
        .await?
    {
        let language = strings.intern(&t.language);
        if let Some(description) = &t.description {
            let entry = (language, strings.intern(description));
            session_descriptions
                .entry(t.session_id.clone())
                .or_default()
                .push(entry);
        }
        let entry = (language, strings.intern(&t.title));
        session_titles.entry(t.session_id).or_default().push(entry);
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
                session::Column::Frequency,
                session::Column::Weekday,
                session::Column::StartTime,
                session::Column::EndTime,
                session::Column::StartsOn,
                session::Column::EndsOn,
                session::Column::Capacity,
                session::Column::Languages,
                session::Column::Interpreter,
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
            let (Some(p), Some(&v)) = (programmes.get(&s.programme_id), venues.index_of.get(&s.venue_id))
            else {
                continue;
            };
            let titles = session_titles.remove(&s.id).unwrap_or_default();
            let entry = session_entry(strings, &s, p, v, venues.places[v as usize], titles);
            session_of.insert(entry.id, sessions.len() as u32);
            sessions.push(entry);
            pages.sessions.push(SessionPage {
                programme: p.page,
                frequency: strings.intern(&s.frequency),
                descriptions: session_descriptions
                    .remove(&s.id)
                    .unwrap_or_default()
                    .into_boxed_slice(),
            });
            feed.session(SessionTerms {
                programme: p.published,
                starts_on: s.starts_on,
                ends_on: s.ends_on,
                fortnightly: s.frequency == "fortnightly",
                interpreter: s.interpreter,
                assured_at: s.assured_at.timestamp(),
            });
        }
        if !full {
            break;
        }
    }
    Ok((sessions, session_of))
}

/// A session as search needs it: its own titles, then its programme's in the
/// languages it has none of.
fn session_entry(
    strings: &mut Interner,
    s: &SessionRow,
    p: &ProgrammeTerms,
    venue: u32,
    (location, venue_assured_at): (Point, i64),
    mut titles: Vec<(Sym, Sym)>,
) -> SessionEntry {
    for &(language, title) in &p.titles {
        if !titles.iter().any(|&(l, _)| l == language) {
            titles.push((language, title));
        }
    }
    SessionEntry {
        id: strings.intern(&s.id),
        kind: p.kind,
        venue,
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
    }
}

/// Every date from yesterday to the horizon that is not cancelled, of the sessions
/// `session_of` knows.
async fn load_occurrences(
    db: &DatabaseConnection,
    today: NaiveDate,
    session_of: impl Fn(&str) -> Option<u32>,
) -> Result<Vec<OccurrenceEntry>, DbErr> {
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
            Some(OccurrenceEntry {
                id: uuid::Uuid::parse_str(&o.id).ok()?,
                session: session_of(&o.session_id)?,
                date: o.date,
                booked: AtomicU32::new(o.booked.max(0) as u32),
            })
        }));
        if !full {
            break;
        }
    }
    Ok(occurrences)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn end_times_become_minutes_and_nonsense_does_not_overflow() {
        assert_eq!(minutes("11:30"), 690);
        assert_eq!(minutes("9:05"), 545);
        assert_eq!(minutes("noon"), 0);
        assert_eq!(minutes("99999:00"), u16::MAX);
    }
}
