//! The directory as mothers see it: `GET /api/sessions` (search), a session's page,
//! its calendar file, and "this information is wrong".

use crate::auth::AuthUser;
use crate::directory::search::{self, Filters};
use crate::error::{AppError, AppJson, AppPath, AppQuery};
use crate::service::{ical, listings};
use crate::state::AppState;
use axum::extract::State;
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Response};
use chrono::{Datelike, Duration, Utc};
use perilink_shared::booking::ListingReportRequest;
use perilink_shared::directory::{SessionDetail, SessionQuery, SessionSearchResponse};
use perilink_shared::language::Language;
use serde::Deserialize;
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

pub fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .routes(routes!(search_sessions))
        .routes(routes!(get_session))
        .routes(routes!(session_calendar))
        .routes(routes!(report_wrong))
}

/// Upcoming dates of sessions, filtered, nearest first when `near` is given, else
/// soonest first; paginated with the total count. Served from memory.
#[utoipa::path(
    get,
    path = "/api/sessions",
    tag = "directory",
    params(SessionQuery),
    responses(
        (status = 200, description = "A page of matching dates", body = SessionSearchResponse),
        (status = 400, description = "The query string is malformed", body = perilink_shared::error::ErrorBody),
        (status = 422, description = "A filter has a bad value, or `near` is not a place we know (`unknown_place`)", body = perilink_shared::error::ErrorBody)
    )
)]
pub async fn search_sessions(
    State(state): State<AppState>,
    AppQuery(query): AppQuery<SessionQuery>,
) -> Result<axum::Json<SessionSearchResponse>, AppError> {
    let (today, minute) = crate::clock::london_now();
    let filters = Filters::parse(&query, today)?;
    let snapshot = state.directory.snapshot();
    Ok(axum::Json(search::run(
        &snapshot,
        &filters,
        today,
        minute,
        Utc::now().timestamp(),
    )))
}

/// The language a page is shown in.
#[derive(Debug, Default, Deserialize, utoipa::IntoParams)]
#[into_params(parameter_in = Query)]
pub struct UiLanguage {
    /// A BCP 47 tag of an interface language (default English).
    ui: Option<String>,
}

impl UiLanguage {
    fn tag(&self) -> &'static str {
        self.asked().unwrap_or(Language::English.tag())
    }

    /// The interface language asked for, if it is one PeriLink speaks.
    pub fn asked(&self) -> Option<&'static str> {
        self.ui
            .as_deref()
            .and_then(|tag| Language::ALL.into_iter().find(|l| l.tag() == tag))
            .map(Language::tag)
    }

    /// The language asked for, else the one kept on the caller's account, else
    /// `fallback`: lists a person reads follow the language the app shows.
    pub async fn or_account(
        &self,
        db: &impl sea_orm::ConnectionTrait,
        user_id: &str,
        fallback: &str,
    ) -> Result<String, AppError> {
        if let Some(tag) = self.asked() {
            return Ok(tag.to_owned());
        }
        Ok(crate::service::users::language_of(db, user_id)
            .await?
            .unwrap_or_else(|| fallback.to_owned()))
    }
}

/// A session's page: texts in the asked-for language (else English, marked), venue
/// and access, who it is for, languages, the next dates and places left.
#[utoipa::path(
    get,
    path = "/api/sessions/{id}",
    tag = "directory",
    params(("id" = String, Path, description = "The session's id"), UiLanguage),
    responses(
        (status = 200, description = "The session", body = SessionDetail),
        (status = 404, description = "No such session, or its listing is out of date", body = perilink_shared::error::ErrorBody)
    )
)]
pub async fn get_session(
    State(state): State<AppState>,
    AppPath(id): AppPath<String>,
    AppQuery(ui): AppQuery<UiLanguage>,
) -> Result<axum::Json<SessionDetail>, AppError> {
    let today = crate::clock::london_today();
    let snapshot = state.directory.snapshot();
    let page = listings::page(&state.db, &snapshot, &id, ui.tag(), today).await?;
    Ok(axum::Json(page.ok_or(AppError::NotFound)?))
}

/// The session's schedule as an iCalendar file, with cancelled dates as `EXDATE`s.
#[utoipa::path(
    get,
    path = "/api/sessions/{id}/calendar.ics",
    tag = "directory",
    params(("id" = String, Path, description = "The session's id"), UiLanguage),
    responses(
        (status = 200, description = "An RFC 5545 calendar", content_type = "text/calendar"),
        (status = 404, description = "No such session", body = perilink_shared::error::ErrorBody)
    )
)]
pub async fn session_calendar(
    State(state): State<AppState>,
    AppPath(id): AppPath<String>,
    AppQuery(ui): AppQuery<UiLanguage>,
) -> Result<Response, AppError> {
    let listing = listings::load(&state.db, &id)
        .await?
        .filter(listings::Listing::is_current)
        .ok_or(AppError::NotFound)?;
    let event = schedule_event(&state, &listing, ui.tag()).await?;
    let title = event.summary.clone();
    Ok(calendar_response(ical::calendar(&title, &[event], Utc::now())))
}

/// A session's whole schedule as one repeating event.
pub async fn schedule_event(
    state: &AppState,
    listing: &listings::Listing,
    language: &str,
) -> Result<ical::Event, AppError> {
    use crate::entity::occurrence;
    use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};
    let s = &listing.session;
    let cancelled = occurrence::Entity::find()
        .filter(occurrence::Column::SessionId.eq(s.id.as_str()))
        .filter(occurrence::Column::Cancelled.eq(true))
        .all(&state.db)
        .await?
        .into_iter()
        .map(|o| o.date)
        .collect();
    // The first date on the session's weekday, on or after it starts.
    let mut first = s.starts_on;
    for _ in 0..7 {
        if first.weekday().number_from_monday() == s.weekday.clamp(1, 7) as u32 {
            break;
        }
        first += Duration::days(1);
    }
    let v = &listing.venue;
    Ok(ical::Event {
        uid: format!("session-{}@perilink", s.id),
        summary: listing.title(language).text,
        description: Some(listing.description(language).text),
        location: format!("{}, {}, {} {}", v.name, v.address, v.town, v.postcode),
        geo: Some((v.lat, v.lon)),
        url: Some(format!("/sessions/{}", s.id)),
        date: first,
        start: s.start_time.clone(),
        end: s.end_time.clone(),
        weekly: Some((if s.frequency == "fortnightly" { 2 } else { 1 }, s.ends_on)),
        cancelled,
    })
}

/// An iCalendar body with its headers.
pub fn calendar_response(body: String) -> Response {
    (
        [
            (header::CONTENT_TYPE, "text/calendar; charset=utf-8"),
            (header::CONTENT_DISPOSITION, "inline; filename=\"perilink.ics\""),
        ],
        body,
    )
        .into_response()
}

/// Says a session's information is wrong. Anyone may, signed in or not; the
/// listing's owner sees it among their flagged listings.
#[utoipa::path(
    post,
    path = "/api/sessions/{id}/reports",
    tag = "directory",
    params(("id" = String, Path, description = "The session's id")),
    request_body = ListingReportRequest,
    responses(
        (status = 201, description = "Thank you: the owner will check it"),
        (status = 404, description = "No such session", body = perilink_shared::error::ErrorBody),
        (status = 422, description = "The note is too long", body = perilink_shared::error::ErrorBody)
    )
)]
pub async fn report_wrong(
    State(state): State<AppState>,
    user: Option<AuthUser>,
    AppPath(id): AppPath<String>,
    AppJson(request): AppJson<ListingReportRequest>,
) -> Result<StatusCode, AppError> {
    let note = request
        .note
        .map(|n| n.trim().to_owned())
        .filter(|n| !n.is_empty());
    if note.as_ref().is_some_and(|n| n.chars().count() > 1000) {
        return Err(AppError::Validation(
            "the note may be at most 1,000 characters".into(),
        ));
    }
    if listings::load(&state.db, &id).await?.is_none() {
        return Err(AppError::NotFound);
    }
    let report = listings::report_wrong(
        &state.db,
        &id,
        user.as_ref().map(|u| u.id.as_str()),
        note,
        request.reason,
    )
    .await?;
    tracing::info!(report.id = %report, session.id = %id, "listing reported wrong");
    Ok(StatusCode::CREATED)
}
