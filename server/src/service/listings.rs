//! A session's page, read from the database so its places are exact, and reports
//! that a listing is wrong.

use crate::directory::Snapshot;
use crate::entity::{
    listing_report, occurrence, programme, programme_translation, session, session_translation, venue,
};
use chrono::{NaiveDate, Utc};
use perilink_shared::directory::{
    BookingMode, Format, LocalisedText, OccurrenceDate, SessionDetail, VenueDetail,
};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DbErr, EntityTrait, QueryFilter, QueryOrder, QuerySelect,
    Set,
};

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
fn localised(language: &str, text_in: impl Fn(&str) -> Option<String>) -> LocalisedText {
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
    let Some(session) = session::Entity::find_by_id(session_id).one(db).await? else {
        return Ok(None);
    };
    let (Some(programme), Some(venue)) = (
        programme::Entity::find_by_id(&session.programme_id)
            .one(db)
            .await?,
        venue::Entity::find_by_id(&session.venue_id).one(db).await?,
    ) else {
        return Ok(None);
    };
    let programme_texts = programme_translation::Entity::find()
        .filter(programme_translation::Column::ProgrammeId.eq(&programme.id))
        .all(db)
        .await?;
    let session_texts = session_translation::Entity::find()
        .filter(session_translation::Column::SessionId.eq(&session.id))
        .all(db)
        .await?;
    Ok(Some(Listing {
        session,
        programme,
        venue,
        programme_texts,
        session_texts,
    }))
}

fn tags(text: &str) -> Vec<String> {
    text.split_whitespace().map(str::to_owned).collect()
}

/// A session's page in `language`, with its dates from `today`.
pub async fn detail(
    db: &impl ConnectionTrait,
    listing: &Listing,
    language: &str,
    today: NaiveDate,
) -> Result<SessionDetail, DbErr> {
    let (s, p, v) = (&listing.session, &listing.programme, &listing.venue);
    let booking: BookingMode = p.booking.parse().unwrap_or(BookingMode::DropIn);
    let format: Format = p.format.parse().unwrap_or(Format::Ongoing);
    let capacity = s.capacity.map(|c| c.max(0) as u32);
    let dates = occurrence::Entity::find()
        .filter(occurrence::Column::SessionId.eq(&s.id))
        .filter(occurrence::Column::Date.gte(today))
        .order_by_asc(occurrence::Column::Date)
        .limit(NEXT_DATES)
        .all(db)
        .await?;
    let course_places_left = match (booking, format, capacity) {
        (BookingMode::Booking, Format::Course, Some(c)) => Some(c.saturating_sub(s.enrolled.max(0) as u32)),
        _ => None,
    };
    let next_dates = dates
        .into_iter()
        .map(|o| OccurrenceDate {
            places_left: match (booking, format, capacity) {
                (BookingMode::Booking, Format::Ongoing, Some(c)) => {
                    Some(c.saturating_sub(o.booked.max(0) as u32))
                }
                (BookingMode::Booking, Format::Course, Some(_)) => course_places_left,
                _ => None,
            },
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
