//! Coordinators keep the directory: organisations, venues, programmes, sessions and
//! their translations; stale listings and reports of wrong information. Every
//! route is under `/api/directory` and open to coordinators and admins only.
//!
//! Each edit commits in one transaction and then reloads this process's search
//! index, so `GET /api/sessions` shows it at once (other processes within
//! [`crate::directory::WATCH_INTERVAL`]).

use crate::auth::extract::{Authorized, policy::Coordinators};
use crate::auth::scope::Viewer;
use crate::error::{AppError, AppJson, AppPath};
use crate::service::listings_admin::{self as admin, Editor, Owners};
use crate::service::screening_schedule as schedule;
use crate::state::AppState;
use axum::Json;
use axum::extract::State;
use axum::http::StatusCode;
use perilink_shared::directory_admin::{
    HostList, ListingKind, ListingReports, MessageHealth, Organisation, OrganisationInput, OrganisationList,
    Programme, ProgrammeInput, ProgrammeList, ProgrammeTextInput, Session, SessionInput, SessionList,
    SessionTextInput, StaleListings, Venue, VenueInput, VenueList,
};
use perilink_shared::error::ErrorBody;
use perilink_shared::screening_schedule::ScreeningSchedule;
use sea_orm::EntityTrait;
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

type Coordinator = Authorized<Coordinators>;

pub fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .routes(routes!(list_organisations, create_organisation))
        .routes(routes!(update_organisation))
        .routes(routes!(list_venues, create_venue))
        .routes(routes!(update_venue))
        .routes(routes!(check_venue))
        .routes(routes!(list_programmes, create_programme))
        .routes(routes!(update_programme))
        .routes(routes!(save_programme_translation))
        .routes(routes!(check_programme))
        .routes(routes!(list_sessions, create_session))
        .routes(routes!(update_session))
        .routes(routes!(save_session_translation))
        .routes(routes!(check_session))
        .routes(routes!(get_screening_schedule, save_screening_schedule))
        .routes(routes!(list_hosts))
        .routes(routes!(list_stale))
        .routes(routes!(list_reports))
        .routes(routes!(resolve_report))
        .routes(routes!(message_health))
}

/// Reloads this process's search index after an edit. The edit is committed
/// either way; if the reload fails, the watcher retries within seconds.
async fn reload(state: &AppState) {
    if let Err(error) = state.directory.refresh(&state.db).await {
        tracing::warn!(%error, "the directory was edited but could not be reloaded yet");
    }
}

// ------------------------------------------------------------ organisations

/// Every organisation, by name.
#[utoipa::path(
    get,
    path = "/api/directory/organisations",
    tag = "directory-admin",
    security(("bearer" = [])),
    responses(
        (status = 200, description = "Every organisation", body = OrganisationList),
        (status = 401, description = "Not signed in", body = ErrorBody),
        (status = 403, description = "Not a coordinator or admin", body = ErrorBody)
    )
)]
pub async fn list_organisations(
    State(state): State<AppState>,
    _caller: Coordinator,
) -> Result<Json<OrganisationList>, AppError> {
    Ok(Json(OrganisationList {
        organisations: admin::list_organisations(&state.db).await?,
    }))
}

/// Adds an organisation.
#[utoipa::path(
    post,
    path = "/api/directory/organisations",
    tag = "directory-admin",
    security(("bearer" = [])),
    request_body = OrganisationInput,
    responses(
        (status = 201, description = "Added", body = Organisation),
        (status = 401, description = "Not signed in", body = ErrorBody),
        (status = 403, description = "Not a coordinator or admin", body = ErrorBody),
        (status = 422, description = "A field is missing or not valid", body = ErrorBody)
    )
)]
pub async fn create_organisation(
    State(state): State<AppState>,
    caller: Coordinator,
    AppJson(input): AppJson<OrganisationInput>,
) -> Result<(StatusCode, Json<Organisation>), AppError> {
    let viewer = Viewer::of(caller.user());
    let editor = Editor::of(&viewer);
    let organisation = admin::create_organisation(&state.db, &editor, input).await?;
    reload(&state).await;
    Ok((StatusCode::CREATED, Json(organisation)))
}

/// Changes an organisation's name, kind and website.
#[utoipa::path(
    put,
    path = "/api/directory/organisations/{id}",
    tag = "directory-admin",
    security(("bearer" = [])),
    params(("id" = String, Path, description = "The organisation's id")),
    request_body = OrganisationInput,
    responses(
        (status = 200, description = "Changed", body = Organisation),
        (status = 401, description = "Not signed in", body = ErrorBody),
        (status = 403, description = "Not a coordinator or admin", body = ErrorBody),
        (status = 404, description = "No such organisation", body = ErrorBody),
        (status = 422, description = "A field is missing or not valid", body = ErrorBody)
    )
)]
pub async fn update_organisation(
    State(state): State<AppState>,
    caller: Coordinator,
    AppPath(id): AppPath<String>,
    AppJson(input): AppJson<OrganisationInput>,
) -> Result<Json<Organisation>, AppError> {
    let viewer = Viewer::of(caller.user());
    let editor = Editor::of(&viewer);
    let organisation = admin::update_organisation(&state.db, &editor, &id, input).await?;
    reload(&state).await;
    Ok(Json(organisation))
}

// ------------------------------------------------------------------- venues

/// Every venue, by name, with who checks it and when they last did.
#[utoipa::path(
    get,
    path = "/api/directory/venues",
    tag = "directory-admin",
    security(("bearer" = [])),
    responses(
        (status = 200, description = "Every venue", body = VenueList),
        (status = 401, description = "Not signed in", body = ErrorBody),
        (status = 403, description = "Not a coordinator or admin", body = ErrorBody)
    )
)]
pub async fn list_venues(
    State(state): State<AppState>,
    caller: Coordinator,
) -> Result<Json<VenueList>, AppError> {
    let viewer = Viewer::of(caller.user());
    let editor = Editor::of(&viewer);
    let owners = Owners::load(&state.db, &editor).await?;
    Ok(Json(VenueList {
        venues: admin::list_venues(&state.db, &owners, None).await?,
    }))
}

/// Adds a venue, owned by the caller. Without `lat` and `lon`, its place is found
/// from the postcode.
#[utoipa::path(
    post,
    path = "/api/directory/venues",
    tag = "directory-admin",
    security(("bearer" = [])),
    request_body = VenueInput,
    responses(
        (status = 201, description = "Added", body = Venue),
        (status = 401, description = "Not signed in", body = ErrorBody),
        (status = 403, description = "Not a coordinator or admin", body = ErrorBody),
        (status = 422, description = "A field is not valid (`validation_failed`), or the postcode is not one we know (`unknown_place`)", body = ErrorBody)
    )
)]
pub async fn create_venue(
    State(state): State<AppState>,
    caller: Coordinator,
    AppJson(input): AppJson<VenueInput>,
) -> Result<(StatusCode, Json<Venue>), AppError> {
    let viewer = Viewer::of(caller.user());
    let editor = Editor::of(&viewer);
    let venue = admin::create_venue(&state.db, &editor, input).await?;
    reload(&state).await;
    Ok((StatusCode::CREATED, Json(venue)))
}

/// Changes a venue and marks it checked.
#[utoipa::path(
    put,
    path = "/api/directory/venues/{id}",
    tag = "directory-admin",
    security(("bearer" = [])),
    params(("id" = String, Path, description = "The venue's id")),
    request_body = VenueInput,
    responses(
        (status = 200, description = "Changed", body = Venue),
        (status = 401, description = "Not signed in", body = ErrorBody),
        (status = 403, description = "Not a coordinator or admin", body = ErrorBody),
        (status = 404, description = "No such venue", body = ErrorBody),
        (status = 422, description = "A field is not valid, or the postcode is not one we know", body = ErrorBody)
    )
)]
pub async fn update_venue(
    State(state): State<AppState>,
    caller: Coordinator,
    AppPath(id): AppPath<String>,
    AppJson(input): AppJson<VenueInput>,
) -> Result<Json<Venue>, AppError> {
    let viewer = Viewer::of(caller.user());
    let editor = Editor::of(&viewer);
    let venue = admin::update_venue(&state.db, &editor, &id, input).await?;
    reload(&state).await;
    Ok(Json(venue))
}

async fn checked(
    state: &AppState,
    caller: &Coordinator,
    kind: ListingKind,
    id: &str,
) -> Result<StatusCode, AppError> {
    let viewer = Viewer::of(caller.user());
    let editor = Editor::of(&viewer);
    admin::mark_checked(&state.db, &editor, kind, id).await?;
    reload(state).await;
    Ok(StatusCode::NO_CONTENT)
}

/// Marks a venue checked today, with no other change.
#[utoipa::path(
    post,
    path = "/api/directory/venues/{id}/checked",
    tag = "directory-admin",
    security(("bearer" = [])),
    params(("id" = String, Path, description = "The venue's id")),
    responses(
        (status = 204, description = "Marked checked"),
        (status = 401, description = "Not signed in", body = ErrorBody),
        (status = 403, description = "Not a coordinator or admin", body = ErrorBody),
        (status = 404, description = "No such venue", body = ErrorBody)
    )
)]
pub async fn check_venue(
    State(state): State<AppState>,
    caller: Coordinator,
    AppPath(id): AppPath<String>,
) -> Result<StatusCode, AppError> {
    checked(&state, &caller, ListingKind::Venue, &id).await
}

// --------------------------------------------------------------- programmes

/// Every programme with its words in each language, by English title.
#[utoipa::path(
    get,
    path = "/api/directory/programmes",
    tag = "directory-admin",
    security(("bearer" = [])),
    responses(
        (status = 200, description = "Every programme", body = ProgrammeList),
        (status = 401, description = "Not signed in", body = ErrorBody),
        (status = 403, description = "Not a coordinator or admin", body = ErrorBody)
    )
)]
pub async fn list_programmes(
    State(state): State<AppState>,
    caller: Coordinator,
) -> Result<Json<ProgrammeList>, AppError> {
    let viewer = Viewer::of(caller.user());
    let editor = Editor::of(&viewer);
    let owners = Owners::load(&state.db, &editor).await?;
    Ok(Json(ProgrammeList {
        programmes: admin::list_programmes(&state.db, &owners, None).await?,
    }))
}

/// Adds a programme, owned by the caller. Its English title and description are
/// required; other languages may come with it or later.
#[utoipa::path(
    post,
    path = "/api/directory/programmes",
    tag = "directory-admin",
    security(("bearer" = [])),
    request_body = ProgrammeInput,
    responses(
        (status = 201, description = "Added", body = Programme),
        (status = 401, description = "Not signed in", body = ErrorBody),
        (status = 403, description = "Not a coordinator or admin", body = ErrorBody),
        (status = 422, description = "A field is missing or not valid, or English is missing", body = ErrorBody)
    )
)]
pub async fn create_programme(
    State(state): State<AppState>,
    caller: Coordinator,
    AppJson(input): AppJson<ProgrammeInput>,
) -> Result<(StatusCode, Json<Programme>), AppError> {
    let viewer = Viewer::of(caller.user());
    let editor = Editor::of(&viewer);
    let programme = admin::create_programme(&state.db, &editor, input).await?;
    reload(&state).await;
    Ok((StatusCode::CREATED, Json(programme)))
}

/// Changes a programme (saving any translations sent) and marks it checked.
#[utoipa::path(
    put,
    path = "/api/directory/programmes/{id}",
    tag = "directory-admin",
    security(("bearer" = [])),
    params(("id" = String, Path, description = "The programme's id")),
    request_body = ProgrammeInput,
    responses(
        (status = 200, description = "Changed", body = Programme),
        (status = 401, description = "Not signed in", body = ErrorBody),
        (status = 403, description = "Not a coordinator or admin", body = ErrorBody),
        (status = 404, description = "No such programme", body = ErrorBody),
        (status = 422, description = "A field is missing or not valid", body = ErrorBody)
    )
)]
pub async fn update_programme(
    State(state): State<AppState>,
    caller: Coordinator,
    AppPath(id): AppPath<String>,
    AppJson(input): AppJson<ProgrammeInput>,
) -> Result<Json<Programme>, AppError> {
    let viewer = Viewer::of(caller.user());
    let editor = Editor::of(&viewer);
    let programme = admin::update_programme(&state.db, &editor, &id, input).await?;
    reload(&state).await;
    Ok(Json(programme))
}

/// Adds or replaces a programme's title, description and what to bring in one
/// language, and marks it checked.
#[utoipa::path(
    put,
    path = "/api/directory/programmes/{id}/translations/{language}",
    tag = "directory-admin",
    security(("bearer" = [])),
    params(
        ("id" = String, Path, description = "The programme's id"),
        ("language" = String, Path, description = "An interface language's BCP 47 tag, such as `ar`")
    ),
    request_body = ProgrammeTextInput,
    responses(
        (status = 200, description = "Saved", body = Programme),
        (status = 401, description = "Not signed in", body = ErrorBody),
        (status = 403, description = "Not a coordinator or admin", body = ErrorBody),
        (status = 404, description = "No such programme", body = ErrorBody),
        (status = 422, description = "Not an interface language, or a field is missing", body = ErrorBody)
    )
)]
pub async fn save_programme_translation(
    State(state): State<AppState>,
    caller: Coordinator,
    AppPath((id, language)): AppPath<(String, String)>,
    AppJson(input): AppJson<ProgrammeTextInput>,
) -> Result<Json<Programme>, AppError> {
    let viewer = Viewer::of(caller.user());
    let editor = Editor::of(&viewer);
    let programme = admin::save_programme_text(&state.db, &editor, &id, &language, input).await?;
    reload(&state).await;
    Ok(Json(programme))
}

/// Marks a programme checked today, with no other change.
#[utoipa::path(
    post,
    path = "/api/directory/programmes/{id}/checked",
    tag = "directory-admin",
    security(("bearer" = [])),
    params(("id" = String, Path, description = "The programme's id")),
    responses(
        (status = 204, description = "Marked checked"),
        (status = 401, description = "Not signed in", body = ErrorBody),
        (status = 403, description = "Not a coordinator or admin", body = ErrorBody),
        (status = 404, description = "No such programme", body = ErrorBody)
    )
)]
pub async fn check_programme(
    State(state): State<AppState>,
    caller: Coordinator,
    AppPath(id): AppPath<String>,
) -> Result<StatusCode, AppError> {
    checked(&state, &caller, ListingKind::Programme, &id).await
}

// ----------------------------------------------------------------- sessions

/// Every session with its schedule, cancelled dates and own translations.
#[utoipa::path(
    get,
    path = "/api/directory/sessions",
    tag = "directory-admin",
    security(("bearer" = [])),
    responses(
        (status = 200, description = "Every session", body = SessionList),
        (status = 401, description = "Not signed in", body = ErrorBody),
        (status = 403, description = "Not a coordinator or admin", body = ErrorBody)
    )
)]
pub async fn list_sessions(
    State(state): State<AppState>,
    caller: Coordinator,
) -> Result<Json<SessionList>, AppError> {
    let viewer = Viewer::of(caller.user());
    let editor = Editor::of(&viewer);
    let owners = Owners::load(&state.db, &editor).await?;
    Ok(Json(SessionList {
        sessions: admin::list_sessions(&state.db, &owners, None).await?,
    }))
}

/// Adds a session, owned by the caller, and makes its dates: every week or
/// fortnight from the start of term to its end (a year ahead when it has none),
/// with the cancelled dates marked.
#[utoipa::path(
    post,
    path = "/api/directory/sessions",
    tag = "directory-admin",
    security(("bearer" = [])),
    request_body = SessionInput,
    responses(
        (status = 201, description = "Added, with its dates", body = Session),
        (status = 401, description = "Not signed in", body = ErrorBody),
        (status = 403, description = "Not a coordinator or admin", body = ErrorBody),
        (status = 422, description = "A field is missing or not valid", body = ErrorBody)
    )
)]
pub async fn create_session(
    State(state): State<AppState>,
    caller: Coordinator,
    AppJson(input): AppJson<SessionInput>,
) -> Result<(StatusCode, Json<Session>), AppError> {
    let viewer = Viewer::of(caller.user());
    let editor = Editor::of(&viewer);
    let session = admin::create_session(&state.db, &editor, input).await?;
    reload(&state).await;
    Ok((StatusCode::CREATED, Json(session)))
}

/// Changes a session and marks it checked. A new schedule re-makes its dates from
/// today on, keeping any date someone has booked; the cancelled dates sent are
/// exactly the ones cancelled.
#[utoipa::path(
    put,
    path = "/api/directory/sessions/{id}",
    tag = "directory-admin",
    security(("bearer" = [])),
    params(("id" = String, Path, description = "The session's id")),
    request_body = SessionInput,
    responses(
        (status = 200, description = "Changed", body = Session),
        (status = 401, description = "Not signed in", body = ErrorBody),
        (status = 403, description = "Not a coordinator or admin", body = ErrorBody),
        (status = 404, description = "No such session", body = ErrorBody),
        (status = 422, description = "A field is missing or not valid", body = ErrorBody)
    )
)]
pub async fn update_session(
    State(state): State<AppState>,
    caller: Coordinator,
    AppPath(id): AppPath<String>,
    AppJson(input): AppJson<SessionInput>,
) -> Result<Json<Session>, AppError> {
    let viewer = Viewer::of(caller.user());
    let editor = Editor::of(&viewer);
    let session = admin::update_session(&state.db, &editor, &id, input).await?;
    reload(&state).await;
    Ok(Json(session))
}

/// Adds or replaces a session's own title and description in one language, and
/// marks it checked.
#[utoipa::path(
    put,
    path = "/api/directory/sessions/{id}/translations/{language}",
    tag = "directory-admin",
    security(("bearer" = [])),
    params(
        ("id" = String, Path, description = "The session's id"),
        ("language" = String, Path, description = "An interface language's BCP 47 tag, such as `pl`")
    ),
    request_body = SessionTextInput,
    responses(
        (status = 200, description = "Saved", body = Session),
        (status = 401, description = "Not signed in", body = ErrorBody),
        (status = 403, description = "Not a coordinator or admin", body = ErrorBody),
        (status = 404, description = "No such session", body = ErrorBody),
        (status = 422, description = "Not an interface language, or the title is missing", body = ErrorBody)
    )
)]
pub async fn save_session_translation(
    State(state): State<AppState>,
    caller: Coordinator,
    AppPath((id, language)): AppPath<(String, String)>,
    AppJson(input): AppJson<SessionTextInput>,
) -> Result<Json<Session>, AppError> {
    let viewer = Viewer::of(caller.user());
    let editor = Editor::of(&viewer);
    let session = admin::save_session_text(&state.db, &editor, &id, &language, input).await?;
    reload(&state).await;
    Ok(Json(session))
}

/// Marks a session checked today, with no other change (an ongoing session's
/// dates are topped up to a year ahead).
#[utoipa::path(
    post,
    path = "/api/directory/sessions/{id}/checked",
    tag = "directory-admin",
    security(("bearer" = [])),
    params(("id" = String, Path, description = "The session's id")),
    responses(
        (status = 204, description = "Marked checked"),
        (status = 401, description = "Not signed in", body = ErrorBody),
        (status = 403, description = "Not a coordinator or admin", body = ErrorBody),
        (status = 404, description = "No such session", body = ErrorBody)
    )
)]
pub async fn check_session(
    State(state): State<AppState>,
    caller: Coordinator,
    AppPath(id): AppPath<String>,
) -> Result<StatusCode, AppError> {
    checked(&state, &caller, ListingKind::Session, &id).await
}

/// Everyone who may host a session: hosts and coordinators, by name.
#[utoipa::path(
    get,
    path = "/api/directory/hosts",
    tag = "directory-admin",
    security(("bearer" = [])),
    responses(
        (status = 200, description = "Everyone who may host", body = HostList),
        (status = 401, description = "Not signed in", body = ErrorBody),
        (status = 403, description = "Not a coordinator or admin", body = ErrorBody)
    )
)]
pub async fn list_hosts(
    State(state): State<AppState>,
    caller: Coordinator,
) -> Result<Json<HostList>, AppError> {
    let viewer = Viewer::of(caller.user());
    Ok(Json(HostList {
        hosts: admin::list_hosts(&state.db, &Editor::of(&viewer)).await?,
    }))
}

// ---------------------------------------------------- stale listings, reports

/// Every venue, programme and session not checked for 90 days or more, longest
/// first, with its owner and whether it is hidden from mothers (120 days or
/// more). Owners are told of newly stale listings in the app as this is read.
#[utoipa::path(
    get,
    path = "/api/directory/stale",
    tag = "directory-admin",
    security(("bearer" = [])),
    responses(
        (status = 200, description = "Listings to check", body = StaleListings),
        (status = 401, description = "Not signed in", body = ErrorBody),
        (status = 403, description = "Not a coordinator or admin", body = ErrorBody)
    )
)]
pub async fn list_stale(
    State(state): State<AppState>,
    caller: Coordinator,
) -> Result<Json<StaleListings>, AppError> {
    let viewer = Viewer::of(caller.user());
    let editor = Editor::of(&viewer);
    admin::notify_stale(&state.db, editor.now).await?;
    let owners = Owners::load(&state.db, &editor).await?;
    Ok(Json(StaleListings {
        listings: admin::stale_listings(&state.db, &owners).await?,
    }))
}

/// Open "this information is wrong" reports, oldest first, with each session's
/// title.
#[utoipa::path(
    get,
    path = "/api/directory/reports",
    tag = "directory-admin",
    security(("bearer" = [])),
    responses(
        (status = 200, description = "Open reports", body = ListingReports),
        (status = 401, description = "Not signed in", body = ErrorBody),
        (status = 403, description = "Not a coordinator or admin", body = ErrorBody)
    )
)]
pub async fn list_reports(
    State(state): State<AppState>,
    caller: Coordinator,
) -> Result<Json<ListingReports>, AppError> {
    let viewer = Viewer::of(caller.user());
    let editor = Editor::of(&viewer);
    Ok(Json(ListingReports {
        reports: admin::open_reports(&state.db, &editor).await?,
    }))
}

/// Closes a report once the listing has been put right (or was right).
#[utoipa::path(
    post,
    path = "/api/directory/reports/{id}/resolve",
    tag = "directory-admin",
    security(("bearer" = [])),
    params(("id" = String, Path, description = "The report's id")),
    responses(
        (status = 204, description = "Closed"),
        (status = 401, description = "Not signed in", body = ErrorBody),
        (status = 403, description = "Not a coordinator or admin", body = ErrorBody),
        (status = 404, description = "No such report", body = ErrorBody)
    )
)]
pub async fn resolve_report(
    State(state): State<AppState>,
    caller: Coordinator,
    AppPath(id): AppPath<String>,
) -> Result<StatusCode, AppError> {
    let viewer = Viewer::of(caller.user());
    let editor = Editor::of(&viewer);
    admin::resolve_report(&state.db, &editor, &id).await?;
    Ok(StatusCode::NO_CONTENT)
}

// ------------------------------------------------------- screening schedules

/// A course's screening schedule: the instrument and the points (baseline, week 6,
/// end) at which mothers enrolled on it are asked to do it. No points: none.
#[utoipa::path(
    get,
    path = "/api/directory/sessions/{id}/screening-schedule",
    tag = "directory-admin",
    security(("bearer" = [])),
    params(("id" = String, Path, description = "The session's id")),
    responses(
        (status = 200, description = "Its schedule", body = ScreeningSchedule),
        (status = 401, description = "Not signed in", body = ErrorBody),
        (status = 403, description = "Not a coordinator or admin", body = ErrorBody),
        (status = 404, description = "No such session", body = ErrorBody)
    )
)]
pub async fn get_screening_schedule(
    State(state): State<AppState>,
    _caller: Coordinator,
    AppPath(id): AppPath<String>,
) -> Result<Json<ScreeningSchedule>, AppError> {
    if crate::entity::session::Entity::find_by_id(id.as_str())
        .one(&state.db)
        .await?
        .is_none()
    {
        return Err(AppError::NotFound);
    }
    Ok(Json(schedule::schedule_of(&state.db, &id).await?))
}

/// Sets a course's screening schedule (EPDS by default; PHQ-9, GAD-2 or Whooley)
/// and works out at once what each mother enrolled on it has due: baseline at its
/// first date, week 6 six weeks on, the end at its last date. Only a course may
/// have one.
#[utoipa::path(
    put,
    path = "/api/directory/sessions/{id}/screening-schedule",
    tag = "directory-admin",
    security(("bearer" = [])),
    params(("id" = String, Path, description = "The session's id")),
    request_body = ScreeningSchedule,
    responses(
        (status = 200, description = "Saved", body = ScreeningSchedule),
        (status = 401, description = "Not signed in", body = ErrorBody),
        (status = 403, description = "Not a coordinator or admin", body = ErrorBody),
        (status = 404, description = "No such session", body = ErrorBody),
        (status = 422, description = "Not a course, or not a known instrument or point", body = ErrorBody)
    )
)]
pub async fn save_screening_schedule(
    State(state): State<AppState>,
    caller: Coordinator,
    AppPath(id): AppPath<String>,
    AppJson(input): AppJson<ScreeningSchedule>,
) -> Result<Json<ScreeningSchedule>, AppError> {
    let today = crate::clock::london_today();
    let viewer = Viewer::of(caller.user());
    admin::may_edit_listing(&state.db, &Editor::of(&viewer), ListingKind::Session, &id).await?;
    Ok(Json(
        schedule::save_schedule(&state.db, &caller.user().id, &id, input, today).await?,
    ))
}

/// How messages are going: how many could not be delivered in the last 7 days and
/// how many are stuck in the queue. Counts only, never who or what.
#[utoipa::path(
    get,
    path = "/api/directory/messages",
    tag = "directory-admin",
    security(("bearer" = [])),
    responses(
        (status = 200, description = "Undelivered and stuck messages", body = MessageHealth),
        (status = 401, description = "Not signed in", body = ErrorBody),
        (status = 403, description = "Not a coordinator or admin", body = ErrorBody)
    )
)]
pub async fn message_health(
    State(state): State<AppState>,
    _caller: Coordinator,
) -> Result<Json<MessageHealth>, AppError> {
    Ok(Json(
        crate::service::outbox::health(&state.db, chrono::Utc::now()).await?,
    ))
}
