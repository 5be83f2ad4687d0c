//! `GET /api/health` (liveness: cheap), `GET /api/health/ready` (readiness: the
//! database, the migrations, the outbox worker) and `GET /api/about`.

use crate::error::AppError;
use crate::state::AppState;
use axum::Json;
use axum::extract::State;
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use perilink_shared::health::{AboutResponse, HealthResponse, ReadyCheck, ReadyResponse};
use sea_orm::{ConnAcquireErr, ConnectionTrait, DbErr};
use std::time::Duration;
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

/// How long the health check waits for the database.
const HEALTH_TIMEOUT: Duration = Duration::from_secs(2);

pub fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .routes(routes!(get_health))
        .routes(routes!(get_ready))
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

/// The outbox worker counts as dead when it has not gone round its loop for this
/// long (it goes round every two seconds; a batch to a slow provider takes longer).
pub const WORKER_STALE_AFTER: Duration = Duration::from_secs(300);

/// Whether this server should get traffic: its database answers, every migration
/// it knows is applied, and its outbox worker runs. 503 says which is not.
#[utoipa::path(
    get,
    path = "/api/health/ready",
    tag = "health",
    responses(
        (status = 200, description = "Ready for traffic", body = ReadyResponse),
        (status = 503, description = "Not ready: the failed checks say why", body = ReadyResponse)
    )
)]
pub async fn get_ready(State(state): State<AppState>) -> Response {
    let database = tokio::time::timeout(HEALTH_TIMEOUT, state.db.execute_unprepared("SELECT 1")).await;
    let database = match database {
        Err(_) => Err(format!("no answer within {} s", HEALTH_TIMEOUT.as_secs())),
        Ok(Err(error)) => Err(error.to_string()),
        Ok(Ok(_)) => Ok(()),
    };
    let migrations = match &database {
        Err(_) => Err("unknown while the database is unreachable".to_owned()),
        Ok(()) => missing_migrations(&state).await,
    };
    let worker = if state.outbox_heartbeat.stopped() {
        Err("the outbox worker has stopped".to_owned())
    } else {
        match state.outbox_heartbeat.age() {
            None => Err("the outbox worker has not started".to_owned()),
            Some(age) if age > WORKER_STALE_AFTER => {
                Err(format!("the outbox worker has not run for {} s", age.as_secs()))
            }
            Some(_) => Ok(()),
        }
    };
    let checks: Vec<ReadyCheck> = [
        ("database", database),
        ("migrations", migrations),
        ("outbox_worker", worker),
    ]
    .into_iter()
    .map(|(name, result)| ReadyCheck {
        name: name.into(),
        ok: result.is_ok(),
        reason: result.err(),
    })
    .collect();
    let ready = checks.iter().all(|c| c.ok);
    let body = Json(ReadyResponse {
        status: if ready { "ready" } else { "not_ready" }.into(),
        checks,
    });
    if ready {
        body.into_response()
    } else {
        (
            StatusCode::SERVICE_UNAVAILABLE,
            [(header::RETRY_AFTER, HeaderValue::from_static("5"))],
            body,
        )
            .into_response()
    }
}

/// Every migration this server knows that the database has not recorded.
async fn missing_migrations(state: &AppState) -> Result<(), String> {
    let applied = crate::migration::applied(&state.db)
        .await
        .map_err(|e| e.to_string())?;
    let missing: Vec<&str> = crate::migration::MIGRATIONS
        .iter()
        .map(|m| m.version)
        .filter(|v| !applied.iter().any(|a| a == v))
        .collect();
    if missing.is_empty() {
        Ok(())
    } else {
        Err(format!("not applied: {}", missing.join(", ")))
    }
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
