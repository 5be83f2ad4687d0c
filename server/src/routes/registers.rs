//! Registers: a host's dates with who is expected, attendance marks synced in
//! batches from phones that may have been offline, and a mother's own history.

use crate::auth::extract::{Authorized, policy};
use crate::auth::scope::Viewer;
use crate::error::{AppError, AppJson, AppQuery};
use crate::service::{attendance, bookings, registers};
use crate::state::AppState;
use axum::extract::State;
use chrono::NaiveDate;
use perilink_shared::auth::Role;
use perilink_shared::register::{AttendanceHistory, BatchResult, MarkBatch, Registers};
use serde::Deserialize;
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

pub fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .routes(routes!(get_registers))
        .routes(routes!(post_batch))
        .routes(routes!(my_attendance))
}

/// Those who take registers: hosts, and coordinators and admins for cover.
pub struct RegisterTakers;
impl crate::auth::Policy for RegisterTakers {
    const ROLES: &'static [Role] = &[Role::Host, Role::Coordinator, Role::Admin];
}

/// The date of a register.
#[derive(Debug, Deserialize, utoipa::IntoParams)]
#[into_params(parameter_in = Query)]
pub struct RegisterDate {
    /// `YYYY-MM-DD`.
    date: String,
}

/// The caller's sessions on a date, each with the mothers expected (booked,
/// enrolled, referred) and any walk-ins: first name, baby's name, language,
/// interpreter need, and the mark held. Nothing clinical.
#[utoipa::path(get, path = "/api/registers", tag = "registers", security(("bearer" = [])), params(RegisterDate),
    responses((status = 200, description = "The day's registers", body = Registers),
        (status = 422, description = "The date is not YYYY-MM-DD", body = perilink_shared::error::ErrorBody)))]
pub async fn get_registers(
    State(state): State<AppState>,
    caller: Authorized<RegisterTakers>,
    AppQuery(query): AppQuery<RegisterDate>,
) -> Result<axum::Json<Registers>, AppError> {
    let date = NaiveDate::parse_from_str(&query.date, "%Y-%m-%d")
        .map_err(|_| AppError::Validation(format!("date must be YYYY-MM-DD, not `{}`", query.date)))?;
    let viewer = Viewer::of(caller.user());
    let language = crate::service::users::language_of(&state.db, &viewer.id)
        .await?
        .unwrap_or_else(|| "en".into());
    Ok(axum::Json(
        registers::for_date(&state.db, &viewer, date, &language).await?,
    ))
}

/// Takes a batch of marks, each with a device-made UUID and the time recorded.
/// Replaying a batch, whole or in part, changes nothing; for one mother on one date
/// the latest recorded mark stands. Says, per mark, `applied`, `already_had` or
/// `superseded`. The answer comes only after the marks are stored.
#[utoipa::path(post, path = "/api/attendance/batch", tag = "registers", security(("bearer" = [])), request_body = MarkBatch,
    responses((status = 200, description = "What became of each mark", body = BatchResult),
        (status = 422, description = "A mark is malformed or not for your registers", body = perilink_shared::error::ErrorBody)))]
pub async fn post_batch(
    State(state): State<AppState>,
    caller: Authorized<RegisterTakers>,
    AppJson(batch): AppJson<MarkBatch>,
) -> Result<axum::Json<BatchResult>, AppError> {
    let viewer = Viewer::of(caller.user());
    let result = registers::apply(&state.writer, &state.db, &viewer, batch).await?;
    for outcome in perilink_shared::register::MarkOutcome::ALL {
        let n = result.results.iter().filter(|r| r.outcome == *outcome).count();
        if n > 0 {
            crate::metrics::marks_synced(outcome.as_str(), n as u64);
        }
    }
    tracing::info!(user.id = %viewer.id, marks = result.results.len(), "attendance batch stored");
    Ok(axum::Json(result))
}

/// A mother's own attendance history.
#[utoipa::path(get, path = "/api/me/attendance", tag = "registers", security(("bearer" = [])),
    params(crate::routes::sessions::UiLanguage),
    responses((status = 200, description = "Newest first, titled in the language `ui` (else her account's)", body = AttendanceHistory)))]
pub async fn my_attendance(
    State(state): State<AppState>,
    caller: Authorized<policy::Mothers>,
    AppQuery(ui): AppQuery<crate::routes::sessions::UiLanguage>,
) -> Result<axum::Json<AttendanceHistory>, AppError> {
    let m = bookings::mother_of_user(&state.db, &caller.user().id)
        .await?
        .ok_or(AppError::Forbidden)?;
    let language = ui.or_account(&state.db, &caller.user().id, &m.language).await?;
    Ok(axum::Json(
        attendance::history(&state.db, &m.id, &language).await?,
    ))
}
