//! What every handler can reach: the database, the token keys, the built app.

use crate::auth::jwt::JwtKeys;
use crate::config::Config;
use crate::directory::Directory;
use crate::service::fetch::FeedClient;
use crate::service::outbox::Heartbeat;
use crate::web::Assets;
use perilink_shared::health::DatabaseKind;
use sea_orm::DatabaseConnection;
use std::sync::{Arc, OnceLock};

/// Shared, cheaply cloned state.
#[derive(Clone)]
pub struct AppState {
    /// The connection pool.
    pub db: DatabaseConnection,
    /// Where the hot writes go (bookings, attendance): on SQLite a writer task that
    /// commits them in groups, on PostgreSQL the pool.
    pub writer: crate::db::writer::Writer,
    /// Which engine the pool talks to.
    pub database: DatabaseKind,
    /// Signs and checks access tokens.
    pub keys: Arc<JwtKeys>,
    /// The configuration the server started with.
    pub config: Arc<Config>,
    /// The directory, in memory, for searches.
    pub directory: Arc<Directory>,
    /// The built app's files.
    pub assets: Arc<Assets>,
    /// The OpenAPI document, generated from the routes once they are assembled.
    pub openapi: Arc<OnceLock<String>>,
    /// How the outbox worker is doing, for readiness and metrics.
    pub outbox_heartbeat: Arc<Heartbeat>,
    /// Reads other directories' Open Referral feeds.
    pub feeds: FeedClient,
}
