//! `GET /api/health`.

use crate::error::AppError;
use crate::state::AppState;
use axum::Json;
use axum::extract::State;
use perilink_shared::health::HealthResponse;
use sea_orm::ConnectionTrait;
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

pub fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new().routes(routes!(get_health))
}

/// Whether the server is up and can reach its database.
#[utoipa::path(
    get,
    path = "/api/health",
    tag = "health",
    responses(
        (status = 200, description = "The server and its database are up", body = HealthResponse),
        (status = 503, description = "The database cannot be reached", body = perilink_shared::error::ErrorBody)
    )
)]
pub async fn get_health(State(state): State<AppState>) -> Result<Json<HealthResponse>, AppError> {
    state
        .db
        .execute_unprepared("SELECT 1")
        .await
        .map_err(AppError::Unavailable)?;
    Ok(Json(HealthResponse {
        status: "ok".into(),
        database: state.database,
    }))
}
