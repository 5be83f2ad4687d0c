//! Scheduled screenings: what a mother has due now, and how each point of her
//! courses' schedules stands for the staff caring for her. Coordinators set a
//! course's schedule under `/api/directory` (see `listings_admin`).

use crate::auth::AuthUser;
use crate::auth::extract::{Authorized, policy::Mothers};
use crate::auth::scope::Viewer;
use crate::error::{AppError, AppQuery};
use crate::service::screening as screen;
use crate::service::screening_schedule as schedule;
use crate::state::AppState;
use axum::Json;
use axum::extract::State;
use perilink_shared::error::ErrorBody;
use perilink_shared::language::LanguageTag;
use perilink_shared::screening_schedule::{DueScreening, MotherSchedule};
use serde::Deserialize;
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

pub fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .routes(routes!(list_due_screenings))
        .routes(routes!(get_screening_schedule))
}

/// The language to show course titles in.
#[derive(Debug, Deserialize, utoipa::IntoParams)]
#[into_params(parameter_in = Query)]
pub struct DueQuery {
    /// A BCP 47 tag (default: her own language).
    ui: Option<String>,
}

/// The signed-in mother's screenings to do now: a course she is enrolled on
/// scheduled one and its window is open. A screening she records with that
/// instrument inside the window does it.
#[utoipa::path(get, path = "/api/me/screenings/due", tag = "screening", security(("bearer" = [])), params(DueQuery),
    responses((status = 200, description = "Soonest to close first", body = [DueScreening]),
        (status = 401, description = "Not signed in", body = ErrorBody),
        (status = 403, description = "Not a mother", body = ErrorBody)))]
pub async fn list_due_screenings(
    State(state): State<AppState>,
    caller: Authorized<Mothers>,
    AppQuery(query): AppQuery<DueQuery>,
) -> Result<Json<Vec<DueScreening>>, AppError> {
    let mother = crate::service::bookings::mother_of_user(&state.db, &caller.user().id)
        .await?
        .ok_or(AppError::Forbidden)?;
    let language = query
        .ui
        .and_then(|l| LanguageTag::parse(&l))
        .map_or(mother.language, String::from);
    let today = crate::clock::london_today();
    Ok(Json(
        schedule::due_for(&state.db, &mother.id, &language, today).await?,
    ))
}

/// Whose schedule.
#[derive(Debug, Deserialize, utoipa::IntoParams)]
#[into_params(parameter_in = Query)]
pub struct ScheduleQuery {
    /// The mother; a mother may leave it out for her own.
    mother_id: Option<String>,
}

/// A mother's scheduled screenings with how each stands (upcoming, due, done,
/// overdue), for her referrers beside her chart. Read by the same rule as her
/// results: she, her referrers and coordinators; never hosts. Every read is audited.
#[utoipa::path(get, path = "/api/screenings/schedule", tag = "screening", security(("bearer" = [])), params(ScheduleQuery),
    responses((status = 200, description = "By date", body = MotherSchedule),
        (status = 403, description = "Hosts may not", body = ErrorBody),
        (status = 404, description = "Not a mother you may see", body = ErrorBody),
        (status = 422, description = "Staff must say whose", body = ErrorBody)))]
pub async fn get_screening_schedule(
    State(state): State<AppState>,
    caller: AuthUser,
    AppQuery(query): AppQuery<ScheduleQuery>,
) -> Result<Json<MotherSchedule>, AppError> {
    let viewer = Viewer::of(&caller);
    let mother_id = super::screenings::readable_mother(&state, &viewer, query.mother_id).await?;
    screen::audit_read(&state.db, &viewer, "mother", &mother_id, "screening schedule").await?;
    let today = crate::clock::london_today();
    Ok(Json(schedule::schedule_for(&state.db, &mother_id, today).await?))
}
