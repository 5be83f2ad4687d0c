//! Logging. Spans and events carry ids, methods, route templates and statuses:
//! never names, contact details, postcodes, NHS numbers or scores, which is why
//! requests are logged by their matched route, not their URI (a query string can
//! hold a postcode). `PERILINK_LOG_FORMAT=json` writes one JSON object per line.

use crate::config::LogFormat;
use axum::extract::MatchedPath;
use axum::http::Request;
use tracing_subscriber::EnvFilter;

/// Installs the global subscriber; safe to call more than once.
pub fn init(format: LogFormat) {
    let filter =
        EnvFilter::try_from_default_env().unwrap_or_else(|_| EnvFilter::new("info,sqlx=warn,sea_orm=warn"));
    let builder = tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_target(false);
    let _ = match format {
        LogFormat::Text => builder.try_init(),
        LogFormat::Json => builder
            .json()
            .with_current_span(true)
            .with_span_list(false)
            .try_init(),
    };
}

/// The route template a request matched (`/api/sessions/{id}`), never the path it
/// was sent to, which holds ids and, in a query, perhaps a postcode.
pub fn route_of<B>(request: &Request<B>) -> &str {
    request
        .extensions()
        .get::<MatchedPath>()
        .map(MatchedPath::as_str)
        .unwrap_or(if request.uri().path().starts_with("/api/") {
            "/api/<unmatched>"
        } else {
            "<app>"
        })
}

/// The span for one request: its method and route template, nothing the caller typed.
pub fn request_span<B>(request: &Request<B>) -> tracing::Span {
    tracing::info_span!("request", method = %request.method(), route = route_of(request))
}
