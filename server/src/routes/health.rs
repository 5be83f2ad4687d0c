//! `GET /api/health`.

use crate::error::AppError;
use crate::state::AppState;
use axum::Json;
use axum::extract::State;
use perilink_shared::health::{AboutResponse, HealthResponse};
use sea_orm::{ConnAcquireErr, ConnectionTrait, DbErr};
use std::time::Duration;
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

/// How long the health check waits for the database.
const HEALTH_TIMEOUT: Duration = Duration::from_secs(2);

pub fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .routes(routes!(get_health))
        .routes(routes!(get_about))
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
    // A load balancer's probe gives up after a few seconds: answer within two,
    // even while the pool is still trying to reach a database that is down.
    tokio::time::timeout(HEALTH_TIMEOUT, state.db.execute_unprepared("SELECT 1"))
        .await
        .map_err(|_| AppError::Unavailable(DbErr::ConnectionAcquire(ConnAcquireErr::Timeout)))?
        .map_err(AppError::Unavailable)?;
    Ok(Json(HealthResponse {
        status: "ok".into(),
        database: state.database,
    }))
}

/// What the app needs to know before anyone signs in: whether this is the demo,
/// so every page can say so. Reads no database.
#[utoipa::path(
    get,
    path = "/api/about",
    tag = "health",
    responses((status = 200, description = "About this server", body = AboutResponse))
)]
pub async fn get_about(State(state): State<AppState>) -> Json<AboutResponse> {
    Json(AboutResponse {
        demo: state.config.demo,
        quick_exits: state.config.quick_exits.clone(),
    })
}
