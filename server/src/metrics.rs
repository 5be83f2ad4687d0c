//! Prometheus metrics at `GET /metrics` on `PERILINK_METRICS_ADDR` (off unless set),
//! through the `metrics` facade and `metrics-exporter-prometheus`.
//!
//! Requests are counted by method, matched route template and status, with a
//! latency histogram: never the raw path, which carries ids. Everything else is
//! read when scraped: the pool, the outbox, unacknowledged safety alerts, the
//! directory snapshot, the outbox worker. Labels hold no personal data: routes,
//! statuses, channels and outcomes only.

use crate::service::sql;
use crate::state::AppState;
use axum::Router;
use axum::extract::{Request, State};
use axum::http::{StatusCode, header};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use chrono::{DateTime, Utc};
use metrics_exporter_prometheus::{Matcher, PrometheusBuilder, PrometheusHandle};
use sea_orm::{DatabaseBackend, DatabaseConnection, DbErr, FromQueryResult, Value};
use std::sync::OnceLock;
use std::time::Instant;

/// Request latency: the histogram's name.
pub const REQUEST_DURATION: &str = "perilink_http_request_duration_seconds";
/// Requests answered: the counter's name.
pub const REQUESTS: &str = "perilink_http_requests_total";
/// Register marks received from devices, by outcome.
pub const MARKS_SYNCED: &str = "perilink_register_marks_synced_total";

/// Latency buckets, in seconds: from a cached search to a slow screening.
const BUCKETS: &[f64] = &[0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0];

static HANDLE: OnceLock<Option<PrometheusHandle>> = OnceLock::new();

/// Installs the process-wide recorder once; `None` if another recorder was
/// installed first (then nothing is recorded).
pub fn install() -> Option<PrometheusHandle> {
    HANDLE
        .get_or_init(|| {
            let builder = PrometheusBuilder::new()
                .set_buckets_for_metric(Matcher::Full(REQUEST_DURATION.into()), BUCKETS)
                .ok()?;
            match builder.install_recorder() {
                Ok(handle) => {
                    metrics::describe_counter!(
                        REQUESTS,
                        "HTTP requests answered, by method, route template and status"
                    );
                    metrics::describe_histogram!(
                        REQUEST_DURATION,
                        metrics::Unit::Seconds,
                        "Time to answer an HTTP request, by method and route template"
                    );
                    metrics::describe_counter!(
                        MARKS_SYNCED,
                        "Register marks received from devices, by outcome"
                    );
                    Some(handle)
                }
                Err(error) => {
                    tracing::warn!(%error, "metrics recorder not installed");
                    None
                }
            }
        })
        .clone()
}

/// Middleware: counts and times every request by its route template.
pub async fn track(request: Request, next: Next) -> Response {
    let method = request.method().as_str().to_owned();
    let route = crate::telemetry::route_of(&request).to_owned();
    let started = Instant::now();
    let response = next.run(request).await;
    let status = response.status().as_u16().to_string();
    metrics::histogram!(REQUEST_DURATION, "method" => method.clone(), "route" => route.clone())
        .record(started.elapsed().as_secs_f64());
    metrics::counter!(REQUESTS, "method" => method, "route" => route, "status" => status).increment(1);
    response
}

/// Counts register marks by what became of them.
pub fn marks_synced(outcome: &'static str, n: u64) {
    metrics::counter!(MARKS_SYNCED, "outcome" => outcome).increment(n);
}

/// The metrics listener's routes.
pub fn router(state: AppState) -> Router {
    Router::new().route("/metrics", get(scrape)).with_state(state)
}

async fn scrape(State(state): State<AppState>) -> Response {
    let Some(handle) = install() else {
        return (StatusCode::SERVICE_UNAVAILABLE, "metrics recorder unavailable\n").into_response();
    };
    if let Err(error) = observe(&state).await {
        // The request metrics still help while the database is down; the gauges
        // read from it keep their last values, and this says they are stale.
        tracing::warn!(%error, "metrics: could not read the database");
        metrics::gauge!("perilink_metrics_database_up").set(0.0);
    } else {
        metrics::gauge!("perilink_metrics_database_up").set(1.0);
    }
    handle.run_upkeep();
    (
        [(header::CONTENT_TYPE, "text/plain; version=0.0.4; charset=utf-8")],
        handle.render(),
    )
        .into_response()
}

/// Reads the gauges that describe the service's state.
async fn observe(state: &AppState) -> Result<(), DbErr> {
    let now = Utc::now();
    metrics::gauge!("perilink_build_info", "version" => env!("CARGO_PKG_VERSION"), "commit" => env!("PERILINK_COMMIT"))
        .set(1.0);
    let (in_use, idle) = pool(&state.db);
    metrics::gauge!("perilink_db_pool_connections", "state" => "in_use").set(in_use as f64);
    metrics::gauge!("perilink_db_pool_connections", "state" => "idle").set(idle as f64);
    metrics::gauge!("perilink_db_pool_max_connections").set(f64::from(state.config.db_max_connections));
    if let Some(age) = state.outbox_heartbeat.age() {
        metrics::gauge!("perilink_outbox_worker_last_run_age_seconds").set(age.as_secs_f64());
    }
    let snapshot = state.directory.ages();
    metrics::gauge!("perilink_directory_snapshot_age_seconds").set(snapshot.built.as_secs_f64());
    metrics::gauge!("perilink_directory_snapshot_checked_age_seconds").set(snapshot.checked.as_secs_f64());

    for status in ["pending", "sending", "failed"] {
        let n = number(
            &state.db,
            "SELECT COUNT(*) AS n FROM outbox WHERE status = ?",
            vec![status.into()],
        )
        .await?;
        metrics::gauge!("perilink_outbox_messages", "status" => status).set(n);
    }
    let oldest = time(
        &state.db,
        "SELECT MIN(created_at) AS at FROM outbox WHERE status IN (?, ?)",
        vec!["pending".into(), "sending".into()],
    )
    .await?;
    metrics::gauge!("perilink_outbox_oldest_pending_age_seconds").set(age_secs(now, oldest));

    let open = number(
        &state.db,
        "SELECT COUNT(*) AS n FROM alerts WHERE acknowledged_at IS NULL",
        Vec::new(),
    )
    .await?;
    metrics::gauge!("perilink_safety_alerts_unacknowledged").set(open);
    let oldest = time(
        &state.db,
        "SELECT MIN(raised_at) AS at FROM alerts WHERE acknowledged_at IS NULL",
        Vec::new(),
    )
    .await?;
    metrics::gauge!("perilink_safety_alert_oldest_unacknowledged_age_seconds").set(age_secs(now, oldest));
    Ok(())
}

fn age_secs(now: DateTime<Utc>, then: Option<DateTime<Utc>>) -> f64 {
    then.map(|t| (now - t).num_milliseconds().max(0) as f64 / 1000.0)
        .unwrap_or(0.0)
}

/// Connections in use and idle.
fn pool(db: &DatabaseConnection) -> (u32, u32) {
    let (size, idle) = match db.get_database_backend() {
        DatabaseBackend::Sqlite => {
            let pool = db.get_sqlite_connection_pool();
            (pool.size(), pool.num_idle())
        }
        DatabaseBackend::Postgres => {
            let pool = db.get_postgres_connection_pool();
            (pool.size(), pool.num_idle())
        }
        _ => (0, 0),
    };
    let idle = u32::try_from(idle).unwrap_or(u32::MAX);
    (size.saturating_sub(idle), idle)
}

/// A moment, as `at`.
#[derive(FromQueryResult)]
struct Moment {
    at: Option<DateTime<Utc>>,
}

async fn number(db: &DatabaseConnection, query: &str, values: Vec<Value>) -> Result<f64, DbErr> {
    Ok(sql::count(db, query, values).await? as f64)
}

async fn time(
    db: &DatabaseConnection,
    query: &str,
    values: Vec<Value>,
) -> Result<Option<DateTime<Utc>>, DbErr> {
    Ok(sql::row::<Moment>(db, query, values).await?.and_then(|r| r.at))
}
