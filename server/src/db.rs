//! Connecting to the database that `DATABASE_URL` names, SQLite or PostgreSQL.

use crate::config::Config;
use perilink_shared::health::DatabaseKind;
use sea_orm::sqlx::sqlite::{SqliteJournalMode, SqliteSynchronous};
use sea_orm::{ConnectOptions, Database, DatabaseConnection, DbErr};
use std::time::Duration;

/// The longest a request waits for a database connection, including opening a
/// new one while the database is down or restarting, before it is answered 503
/// (`service_unavailable`, with `Retry-After`) rather than left hanging.
pub const ACQUIRE_TIMEOUT: Duration = Duration::from_secs(3);

/// Which engine a URL names, or `None` if PeriLink does not support it.
pub fn kind_of(url: &str) -> Option<DatabaseKind> {
    if url.starts_with("sqlite:") {
        Some(DatabaseKind::Sqlite)
    } else if url.starts_with("postgres://") || url.starts_with("postgresql://") {
        Some(DatabaseKind::Postgres)
    } else {
        None
    }
}

/// Opens a pool to the configured database and brings its schema up to date.
///
/// SQLite files (and their folder) are created on first run and opened in WAL mode
/// with full fsync, so an acknowledged write survives a crash, and with
/// `secure_delete`, so what is wiped is gone from the file too.
pub async fn connect(config: &Config) -> Result<(DatabaseConnection, DatabaseKind), DbErr> {
    let url = &config.database_url;
    let kind = kind_of(url)
        .ok_or_else(|| DbErr::Custom("DATABASE_URL must start with sqlite: or postgres://".into()))?;
    if kind == DatabaseKind::Sqlite {
        create_sqlite_folder(url)?;
    }
    let mut options = ConnectOptions::new(url.clone());
    options
        .max_connections(config.db_max_connections)
        .min_connections(1)
        .connect_timeout(ACQUIRE_TIMEOUT)
        .acquire_timeout(ACQUIRE_TIMEOUT)
        .sqlx_logging(false)
        .map_sqlx_sqlite_opts(|o| {
            o.create_if_missing(true)
                .journal_mode(SqliteJournalMode::Wal)
                .synchronous(SqliteSynchronous::Full)
                .busy_timeout(Duration::from_secs(5))
                .foreign_keys(true)
                // Deleted and overwritten content (a wiped link or code) is zeroed
                // in the file, not left in free space.
                .pragma("secure_delete", "ON")
        });
    let db = Database::connect(options).await?;
    crate::migration::migrate_up(&db).await?;
    Ok((db, kind))
}

/// Creates the folder an SQLite URL's file lives in, so a first run just works.
fn create_sqlite_folder(url: &str) -> Result<(), DbErr> {
    let path = url.trim_start_matches("sqlite://").trim_start_matches("sqlite:");
    let path = path.split('?').next().unwrap_or_default();
    if path.is_empty() || path == ":memory:" {
        return Ok(());
    }
    if let Some(parent) = std::path::Path::new(path).parent()
        && !parent.as_os_str().is_empty()
    {
        std::fs::create_dir_all(parent)
            .map_err(|e| DbErr::Custom(format!("cannot create {}: {e}", parent.display())))?;
    }
    Ok(())
}
