//! A session's dates from a partner's iCalendar (`.ics`) address, under
//! `/api/directory/sessions/{id}/calendar`: attach one, see what its last reading
//! did, read it now, or stop. Coordinators of the session's organisation (and
//! admins) only: another organisation's session is 403, as its other edits are.

use crate::auth::extract::{Authorized, policy::Coordinators};
use crate::auth::scope::Viewer;
use crate::error::{AppError, AppJson, AppPath};
use crate::service::calendar_import as calendars;
use crate::state::AppState;
use axum::Json;
use axum::extract::State;
use axum::http::StatusCode;
use perilink_shared::calendar_import::{CalendarInput, SessionCalendar, SessionCalendarState};
use perilink_shared::error::ErrorBody;
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

type Coordinator = Authorized<Coordinators>;

pub fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .routes(routes!(get_calendar, put_calendar, delete_calendar))
        .routes(routes!(read_calendar))
}

/// The calendar a session takes its dates from, with what its last reading did;
/// `calendar` is null when its dates are its own.
#[utoipa::path(
    get,
    path = "/api/directory/sessions/{id}/calendar",
    tag = "directory-admin",
    security(("bearer" = [])),
    params(("id" = String, Path, description = "The session's id")),
    responses(
        (status = 200, description = "The session's calendar, if any", body = SessionCalendarState),
        (status = 401, description = "Not signed in", body = ErrorBody),
        (status = 403, description = "Not a coordinator of the session's organisation", body = ErrorBody),
        (status = 404, description = "No such session", body = ErrorBody)
    )
)]
pub async fn get_calendar(
    State(state): State<AppState>,
    caller: Coordinator,
    AppPath(id): AppPath<String>,
) -> Result<Json<SessionCalendarState>, AppError> {
    let viewer = Viewer::of(caller.user());
    Ok(Json(SessionCalendarState {
        calendar: calendars::get(&state.db, &viewer, &id).await?,
    }))
}

/// Takes a session's dates from a calendar's address from now on (or changes
/// the address or the words): it is read within a minute, then every day. Each
/// event (whose title has `words`, when given) gives its dates, with `RRULE`,
/// `EXDATE`, `RDATE` and time zones; cancelled events cancel their dates.
#[utoipa::path(
    put,
    path = "/api/directory/sessions/{id}/calendar",
    tag = "directory-admin",
    security(("bearer" = [])),
    params(("id" = String, Path, description = "The session's id")),
    request_body = CalendarInput,
    responses(
        (status = 200, description = "Attached", body = SessionCalendar),
        (status = 401, description = "Not signed in", body = ErrorBody),
        (status = 403, description = "Not a coordinator of the session's organisation", body = ErrorBody),
        (status = 404, description = "No such session", body = ErrorBody),
        (status = 422, description = "Not a web address (`validation_failed`), or an address on a private or local network (`feed_address_refused`)", body = ErrorBody)
    )
)]
pub async fn put_calendar(
    State(state): State<AppState>,
    caller: Coordinator,
    AppPath(id): AppPath<String>,
    AppJson(input): AppJson<CalendarInput>,
) -> Result<Json<SessionCalendar>, AppError> {
    let viewer = Viewer::of(caller.user());
    Ok(Json(
        calendars::attach(&state.db, &state.feeds, &viewer, &id, input).await?,
    ))
}

/// Stops taking a session's dates from its calendar; its dates stay as they are.
#[utoipa::path(
    delete,
    path = "/api/directory/sessions/{id}/calendar",
    tag = "directory-admin",
    security(("bearer" = [])),
    params(("id" = String, Path, description = "The session's id")),
    responses(
        (status = 204, description = "Its dates are its own again"),
        (status = 401, description = "Not signed in", body = ErrorBody),
        (status = 403, description = "Not a coordinator of the session's organisation", body = ErrorBody),
        (status = 404, description = "No such session, or it has no calendar", body = ErrorBody)
    )
)]
pub async fn delete_calendar(
    State(state): State<AppState>,
    caller: Coordinator,
    AppPath(id): AppPath<String>,
) -> Result<StatusCode, AppError> {
    let viewer = Viewer::of(caller.user());
    calendars::detach(&state.db, &viewer, &id).await?;
    Ok(StatusCode::NO_CONTENT)
}

/// Reads a session's calendar now and brings its dates in line. A calendar that
/// cannot be read changes nothing: the answer says why, in `last_reading`.
#[utoipa::path(
    post,
    path = "/api/directory/sessions/{id}/calendar/read",
    tag = "directory-admin",
    security(("bearer" = [])),
    params(("id" = String, Path, description = "The session's id")),
    responses(
        (status = 200, description = "Read; `last_reading` says what it did", body = SessionCalendar),
        (status = 401, description = "Not signed in", body = ErrorBody),
        (status = 403, description = "Not a coordinator of the session's organisation", body = ErrorBody),
        (status = 404, description = "No such session, or it has no calendar", body = ErrorBody),
        (status = 409, description = "It is being read already (`feed_busy`)", body = ErrorBody)
    )
)]
pub async fn read_calendar(
    State(state): State<AppState>,
    caller: Coordinator,
    AppPath(id): AppPath<String>,
) -> Result<Json<SessionCalendar>, AppError> {
    let viewer = Viewer::of(caller.user());
    Ok(Json(
        calendars::read_now(&state.db, &state.directory, &state.feeds, &viewer, &id).await?,
    ))
}
