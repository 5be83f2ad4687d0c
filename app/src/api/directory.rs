//! The coordinator's calls to `/api/directory`.

use crate::api::{self, ApiError, Token, id_path};
use perilink_shared::calendar_import::{CalendarInput, SessionCalendar, SessionCalendarState};
use perilink_shared::directory::encode_query_value;
use perilink_shared::directory_admin::{
    Host, HostList, ListingKind, ListingReport, ListingReports, MessageHealth, Organisation,
    OrganisationList, Programme, ProgrammeList, Session, SessionList, StaleListing, StaleListings, Venue,
    VenueList,
};
use perilink_shared::screening_schedule::ScreeningSchedule;
use serde::Serialize;
use serde::de::DeserializeOwned;

/// Everything the coordinator's screen shows, loaded together.
#[derive(Clone, Debug, PartialEq)]
pub struct Directory {
    pub organisations: Vec<Organisation>,
    pub venues: Vec<Venue>,
    pub programmes: Vec<Programme>,
    pub sessions: Vec<Session>,
    pub hosts: Vec<Host>,
    pub stale: Vec<StaleListing>,
    pub reports: Vec<ListingReport>,
    /// How messages to mothers and staff are going.
    pub messages: MessageHealth,
}

async fn get<T: DeserializeOwned>(token: &Token, what: &str) -> Result<T, ApiError> {
    api::signed_in_call(token, "GET", &format!("/api/directory/{what}"), None::<&()>).await
}

/// Loads every list at once.
pub async fn load(token: Token) -> Result<Directory, ApiError> {
    let t = &token;
    let (organisations, venues, programmes, sessions, hosts, stale, reports, messages) = futures::join!(
        get::<OrganisationList>(t, "organisations"),
        get::<VenueList>(t, "venues"),
        get::<ProgrammeList>(t, "programmes"),
        get::<SessionList>(t, "sessions"),
        get::<HostList>(t, "hosts"),
        get::<StaleListings>(t, "stale"),
        get::<ListingReports>(t, "reports"),
        get::<MessageHealth>(t, "messages"),
    );
    Ok(Directory {
        organisations: organisations?.organisations,
        venues: venues?.venues,
        programmes: programmes?.programmes,
        sessions: sessions?.sessions,
        hosts: hosts?.hosts,
        stale: stale?.listings,
        reports: reports?.reports,
        messages: messages?,
    })
}

/// Adds a record to `collection` (no `id`) or replaces one (with its `id`).
pub async fn save<B: Serialize, T: DeserializeOwned>(
    token: Token,
    collection: &'static str,
    id: Option<String>,
    body: B,
) -> Result<T, ApiError> {
    match id {
        None => {
            api::signed_in_call(
                &token,
                "POST",
                &format!("/api/directory/{collection}"),
                Some(&body),
            )
            .await
        }
        Some(id) => {
            let path = format!("/api/directory/{collection}/{}", encode_query_value(&id));
            api::signed_in_call(&token, "PUT", &path, Some(&body)).await
        }
    }
}

/// Saves a programme's or session's words in one language.
pub async fn save_words<B: Serialize, T: DeserializeOwned>(
    token: Token,
    collection: &'static str,
    id: String,
    language: String,
    body: B,
) -> Result<T, ApiError> {
    let path = format!(
        "/api/directory/{collection}/{}/translations/{}",
        encode_query_value(&id),
        encode_query_value(&language)
    );
    api::signed_in_call(&token, "PUT", &path, Some(&body)).await
}

/// Marks a venue, programme or session checked today.
pub async fn mark_checked(token: Token, kind: ListingKind, id: String) -> Result<(), ApiError> {
    let path = format!(
        "/api/directory/{}s/{}/checked",
        kind.as_str(),
        encode_query_value(&id)
    );
    api::signed_in_call_no_content(&token, "POST", &path).await
}

/// Closes a report of wrong information.
pub async fn resolve_report(token: Token, id: String) -> Result<(), ApiError> {
    let path = format!("/api/directory/reports/{}/resolve", encode_query_value(&id));
    api::signed_in_call_no_content(&token, "POST", &path).await
}

fn session_path(session_id: &str, rest: &str) -> String {
    id_path("/api/directory/sessions", session_id, rest)
}

/// `GET /api/directory/sessions/{id}/calendar`: the partner's calendar a session
/// takes its dates from, if any.
pub async fn session_calendar(token: Token, session_id: String) -> Result<Option<SessionCalendar>, ApiError> {
    let path = session_path(&session_id, "/calendar");
    api::signed_in_call::<SessionCalendarState>(&token, "GET", &path, None::<&()>)
        .await
        .map(|s| s.calendar)
}

/// `PUT /api/directory/sessions/{id}/calendar`.
pub async fn save_session_calendar(
    token: Token,
    session_id: String,
    body: CalendarInput,
) -> Result<SessionCalendar, ApiError> {
    api::signed_in_call(
        &token,
        "PUT",
        &session_path(&session_id, "/calendar"),
        Some(&body),
    )
    .await
}

/// `POST /api/directory/sessions/{id}/calendar/read`: read it now.
pub async fn read_session_calendar(token: Token, session_id: String) -> Result<SessionCalendar, ApiError> {
    api::signed_in_call(
        &token,
        "POST",
        &session_path(&session_id, "/calendar/read"),
        None::<&()>,
    )
    .await
}

/// `GET /api/directory/sessions/{id}/screening-schedule`.
pub async fn screening_schedule(token: Token, session_id: String) -> Result<ScreeningSchedule, ApiError> {
    api::signed_in_call(
        &token,
        "GET",
        &session_path(&session_id, "/screening-schedule"),
        None::<&()>,
    )
    .await
}

/// `PUT /api/directory/sessions/{id}/screening-schedule`.
pub async fn save_screening_schedule(
    token: Token,
    session_id: String,
    body: ScreeningSchedule,
) -> Result<ScreeningSchedule, ApiError> {
    let path = session_path(&session_id, "/screening-schedule");
    api::signed_in_call(&token, "PUT", &path, Some(&body)).await
}
