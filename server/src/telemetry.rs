//! Logging. Spans and events carry ids, methods, route templates and statuses:
//! never names, contact details, postcodes, NHS numbers or scores, which is why
//! requests are logged by their matched route, not their URI (a query string can
//! hold a postcode).

use axum::extract::MatchedPath;
use axum::http::Request;
use tracing_subscriber::EnvFilter;

/// Installs the global subscriber; safe to call more than once.
pub fn init() {
    let filter =
        EnvFilter::try_from_default_env().unwrap_or_else(|_| EnvFilter::new("info,sqlx=warn,sea_orm=warn"));
    let _ = tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_target(false)
        .try_init();
}

/// The span for one request: its method and route template, nothing the caller typed.
pub fn request_span<B>(request: &Request<B>) -> tracing::Span {
    let route = request
        .extensions()
        .get::<MatchedPath>()
        .map(MatchedPath::as_str)
        .unwrap_or(if request.uri().path().starts_with("/api/") {
            "/api/<unmatched>"
        } else {
            "<app>"
        });
    tracing::info_span!("request", method = %request.method(), route)
}
