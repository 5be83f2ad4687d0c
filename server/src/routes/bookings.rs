//! A mother's own bookings: book or enrol, cancel, My sessions, and her private
//! calendar feed.

use crate::auth::extract::{Authorized, policy::Mothers};
use crate::entity::{booking, mother};
use crate::error::{AppError, AppJson, AppPath, AppQuery};
use crate::routes::sessions::{UiLanguage, calendar_response, schedule_event};
use crate::service::{bookings, ical, listings};
use crate::state::AppState;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use chrono::Utc;
use perilink_shared::booking::{BookingRequest, BookingStatus, CalendarFeed, MyBooking, MyBookings};
use sea_orm::{ActiveModelTrait, ColumnTrait, EntityTrait, IntoActiveModel, QueryFilter, Set};
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

pub fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .routes(routes!(create_booking))
        .routes(routes!(cancel_booking))
        .routes(routes!(my_bookings))
        .routes(routes!(my_calendar))
        .routes(routes!(calendar_feed))
}

async fn the_mother(state: &AppState, user_id: &str) -> Result<mother::Model, AppError> {
    bookings::mother_of_user(&state.db, user_id)
        .await?
        .ok_or(AppError::Forbidden)
}

/// Books a date of an ongoing session (`occurrence_id`) or enrols on a course
/// (`session_id`). When it is full: 409 `full`, or with `waiting_list: true` a place
/// on the waiting list. Asking again for what she has changes nothing (200).
#[utoipa::path(
    post,
    path = "/api/bookings",
    tag = "bookings",
    security(("bearer" = [])),
    request_body = BookingRequest,
    responses(
        (status = 201, description = "Booked, or on the waiting list", body = MyBooking),
        (status = 200, description = "She already had this place", body = MyBooking),
        (status = 404, description = "No such date or session", body = perilink_shared::error::ErrorBody),
        (status = 409, description = "Full (`full`), cancelled or past", body = perilink_shared::error::ErrorBody),
        (status = 422, description = "Drop-in, or a course booked by date", body = perilink_shared::error::ErrorBody)
    )
)]
pub async fn create_booking(
    State(state): State<AppState>,
    caller: Authorized<Mothers>,
    AppJson(request): AppJson<BookingRequest>,
) -> Result<Response, AppError> {
    let mother = the_mother(&state, &caller.user().id).await?;
    let today = crate::clock::london_today();
    let snapshot = state.directory.snapshot();
    let booked =
        bookings::book_through(&state.writer, &state.db, &snapshot, &mother, &request, today).await?;
    let described = booked.describe(&state.db, &mother.language, today).await?;
    let status = if booked.created {
        StatusCode::CREATED
    } else {
        StatusCode::OK
    };
    Ok((status, axum::Json(described)).into_response())
}

/// Cancels a booking or leaves the waiting list. A place given up goes to the next
/// mother waiting, who is told.
#[utoipa::path(
    post,
    path = "/api/bookings/{id}/cancel",
    tag = "bookings",
    security(("bearer" = [])),
    params(("id" = String, Path, description = "The booking's id")),
    responses(
        (status = 204, description = "Cancelled"),
        (status = 404, description = "No such booking of hers", body = perilink_shared::error::ErrorBody)
    )
)]
pub async fn cancel_booking(
    State(state): State<AppState>,
    caller: Authorized<Mothers>,
    AppPath(id): AppPath<String>,
) -> Result<StatusCode, AppError> {
    let mother = the_mother(&state, &caller.user().id).await?;
    let snapshot = state.directory.snapshot();
    bookings::cancel_through(&state.writer, &state.db, &snapshot, &mother.id, &id).await?;
    Ok(StatusCode::NO_CONTENT)
}

/// My sessions: her upcoming bookings, enrolments and waiting-list places.
#[utoipa::path(
    get,
    path = "/api/me/bookings",
    tag = "bookings",
    security(("bearer" = [])),
    params(UiLanguage),
    responses((status = 200, description = "Her upcoming places, titled in the language `ui` (else her account's)", body = MyBookings))
)]
pub async fn my_bookings(
    State(state): State<AppState>,
    caller: Authorized<Mothers>,
    AppQuery(ui): AppQuery<UiLanguage>,
) -> Result<axum::Json<MyBookings>, AppError> {
    let mother = the_mother(&state, &caller.user().id).await?;
    let today = crate::clock::london_today();
    let language = ui
        .or_account(&state.db, &caller.user().id, &mother.language)
        .await?;
    Ok(axum::Json(MyBookings {
        bookings: bookings::upcoming(&state.db, &mother.id, &language, today).await?,
    }))
}

fn new_calendar_token() -> Result<String, AppError> {
    let mut bytes = [0u8; 24];
    getrandom::fill(&mut bytes).map_err(|e| AppError::Internal(e.to_string().into()))?;
    Ok(bytes.iter().map(|b| format!("{b:02x}")).collect())
}

/// The private address of her calendar feed, made on first asking.
#[utoipa::path(
    get,
    path = "/api/me/calendar",
    tag = "bookings",
    security(("bearer" = [])),
    responses((status = 200, description = "Her feed's address", body = CalendarFeed))
)]
pub async fn my_calendar(
    State(state): State<AppState>,
    caller: Authorized<Mothers>,
) -> Result<axum::Json<CalendarFeed>, AppError> {
    let mother = the_mother(&state, &caller.user().id).await?;
    let token = match mother.calendar_token.clone() {
        Some(token) => token,
        None => {
            let token = new_calendar_token()?;
            let mut active = mother.into_active_model();
            active.calendar_token = Set(Some(token.clone()));
            active.update(&state.db).await?;
            token
        }
    };
    Ok(axum::Json(CalendarFeed {
        path: format!("/api/calendar/{token}.ics"),
    }))
}

/// A mother's calendar feed: every date she has a place on, and her courses as
/// repeating events. The address is the secret; there is no sign-in.
#[utoipa::path(
    get,
    path = "/api/calendar/{token}",
    tag = "bookings",
    params(("token" = String, Path, description = "The feed's secret, ending `.ics`")),
    responses(
        (status = 200, description = "An RFC 5545 calendar", content_type = "text/calendar"),
        (status = 404, description = "No such feed", body = perilink_shared::error::ErrorBody)
    )
)]
pub async fn calendar_feed(
    State(state): State<AppState>,
    AppPath(file): AppPath<String>,
) -> Result<Response, AppError> {
    let token = file.strip_suffix(".ics").unwrap_or(&file);
    if token.len() != 48 || !token.chars().all(|c| c.is_ascii_hexdigit()) {
        return Err(AppError::NotFound);
    }
    let mother = mother::Entity::find()
        .filter(mother::Column::CalendarToken.eq(token))
        .one(&state.db)
        .await?
        .ok_or(AppError::NotFound)?;
    let places = booking::Entity::find()
        .filter(booking::Column::MotherId.eq(mother.id.as_str()))
        .filter(booking::Column::Status.eq(BookingStatus::Booked.as_str()))
        .all(&state.db)
        .await?;
    let mut events = Vec::new();
    for place in places {
        let Some(listing) = listings::load(&state.db, &place.session_id).await? else {
            continue;
        };
        let mut event = schedule_event(&state, &listing, &mother.language).await?;
        if let Some(occurrence_id) = &place.occurrence_id {
            let Some(date) = crate::entity::occurrence::Entity::find_by_id(occurrence_id.as_str())
                .one(&state.db)
                .await?
            else {
                continue;
            };
            event.uid = format!("booking-{}@perilink", place.id);
            event.date = date.date;
            event.weekly = None;
            event.cancelled.clear();
        } else {
            event.uid = format!("enrolment-{}@perilink", place.id);
        }
        events.push(event);
    }
    Ok(calendar_response(ical::calendar("PeriLink", &events, Utc::now())))
}
