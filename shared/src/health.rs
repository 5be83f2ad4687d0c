//! `GET /api/health`: is the server up, and which database is it using.

use serde::{Deserialize, Serialize};

/// The database engine behind the server, chosen by `DATABASE_URL`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum DatabaseKind {
    /// Embedded SQLite: the default, for a single server.
    Sqlite,
    /// PostgreSQL: production and scale-out.
    Postgres,
}

/// The health check's answer.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct HealthResponse {
    /// `ok` when the server can reach its database.
    pub status: String,
    /// Which database the server is using.
    pub database: DatabaseKind,
}

/// `GET /api/about`: what the app needs to know of this server before anyone
/// signs in.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct AboutResponse {
    /// Whether the server runs the demo (made-up people; the demo's own accounts
    /// need no two-factor sign-in).
    pub demo: bool,
}

/// `GET /api/health/ready`: whether this server should be sent traffic. Answered
/// 200 when every check passes and 503 (with this body) when any fails.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ReadyResponse {
    /// `ready`, or `not_ready` when a check failed.
    pub status: String,
    /// Each check: `database`, `migrations`, `outbox_worker`.
    pub checks: Vec<ReadyCheck>,
}

/// One readiness check.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ReadyCheck {
    /// What was checked.
    pub name: String,
    /// Whether it passed.
    pub ok: bool,
    /// Why it failed, in words for an operator; absent when it passed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reason: Option<String>,
}
