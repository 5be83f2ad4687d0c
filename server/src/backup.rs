//! `perilink-server backup FILE` and `restore FILE` for SQLite.
//!
//! A backup is `VACUUM INTO`: one read transaction, so the copy is consistent and
//! holds every write committed before it began, while the server goes on serving.
//! It is written owner-only (it holds health data) and checked before it is
//! reported. A restore takes the database's [`DatabaseLock`] first, so it refuses
//! while a server is using the database and no server starts while it works; it
//! checks the backup, keeps the database it replaces beside it, and swaps the file
//! in with a rename. PostgreSQL is backed up with `pg_dump` and point-in-time
//! recovery (docs/operations.md).

use crate::db::{DatabaseLock, kind_of, sqlite_path};
use perilink_shared::health::DatabaseKind;
use sea_orm::sqlx::sqlite::SqliteConnectOptions;
use sea_orm::sqlx::{ConnectOptions, Connection, Row, SqliteConnection};
use std::fmt;
use std::path::{Path, PathBuf};
use std::time::Duration;

/// Why a backup or restore did not happen.
#[derive(Debug, thiserror::Error)]
pub enum BackupError {
    #[error(
        "DATABASE_URL names PostgreSQL: back it up with pg_dump and restore with pg_restore \
         (docs/operations.md, \"Backups\")"
    )]
    Postgres,
    #[error("DATABASE_URL must name an SQLite file (sqlite://path/to/perilink.db)")]
    NotAFile,
    #[error("{0} already exists; choose a new file name")]
    Exists(PathBuf),
    #[error("{0} does not exist")]
    Missing(PathBuf),
    #[error("{0} is in use by a running perilink-server (it holds {1}); stop the server, then restore")]
    InUse(PathBuf, PathBuf),
    #[error("{0} is not a usable PeriLink backup: {1}")]
    NotABackup(PathBuf, String),
    #[error("{0}")]
    Io(String),
    #[error("database: {0}")]
    Database(String),
}

fn io(context: impl fmt::Display) -> impl FnOnce(std::io::Error) -> BackupError {
    move |e| BackupError::Io(format!("{context}: {e}"))
}

fn database(e: impl fmt::Display) -> BackupError {
    BackupError::Database(e.to_string())
}

/// What a backup or restore did.
#[derive(Clone, Debug)]
pub struct Report {
    pub action: &'static str,
    pub file: PathBuf,
    pub bytes: u64,
    /// The newest migration the copy holds.
    pub schema: String,
    /// Where the database that was replaced is kept, for a restore.
    pub kept: Option<PathBuf>,
}

impl fmt::Display for Report {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{} {} ({} bytes, schema {})",
            self.action,
            self.file.display(),
            self.bytes,
            self.schema
        )?;
        if let Some(kept) = &self.kept {
            write!(f, "; the database it replaced is kept at {}", kept.display())?;
        }
        Ok(())
    }
}

fn sqlite_file(database_url: &str) -> Result<PathBuf, BackupError> {
    match kind_of(database_url) {
        Some(DatabaseKind::Postgres) => Err(BackupError::Postgres),
        Some(DatabaseKind::Sqlite) => sqlite_path(database_url).ok_or(BackupError::NotAFile),
        None => Err(BackupError::NotAFile),
    }
}

async fn open(path: &Path) -> Result<SqliteConnection, BackupError> {
    SqliteConnectOptions::new()
        .filename(path)
        .create_if_missing(false)
        .busy_timeout(Duration::from_secs(30))
        .connect()
        .await
        .map_err(database)
}

/// Checks that `path` is a whole PeriLink database and says its newest migration.
async fn verify(path: &Path) -> Result<String, BackupError> {
    let not_a_backup = |reason: String| BackupError::NotABackup(path.to_owned(), reason);
    let mut conn = SqliteConnectOptions::new()
        .filename(path)
        .read_only(true)
        .connect()
        .await
        .map_err(|e| not_a_backup(e.to_string()))?;
    let integrity: String = sea_orm::sqlx::query("PRAGMA integrity_check")
        .fetch_one(&mut conn)
        .await
        .and_then(|row| row.try_get(0))
        .map_err(|e| not_a_backup(e.to_string()))?;
    if integrity != "ok" {
        return Err(not_a_backup(format!("integrity check: {integrity}")));
    }
    let schema: Option<String> = sea_orm::sqlx::query("SELECT MAX(version) FROM schema_migrations")
        .fetch_one(&mut conn)
        .await
        .and_then(|row| row.try_get(0))
        .map_err(|_| not_a_backup("it has no schema_migrations table".into()))?;
    let _ = conn.close().await;
    schema.ok_or_else(|| not_a_backup("no migration was ever applied to it".into()))
}

/// Creates `path` empty and owner-only, failing if it exists.
fn create_private(path: &Path) -> Result<(), BackupError> {
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
    match options.open(path) {
        Ok(_) => Ok(()),
        Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => Err(BackupError::Exists(path.to_owned())),
        Err(e) => Err(io(path.display())(e)),
    }
}

/// Copies the database consistently into a new file `to`, while servers use it.
pub async fn backup(database_url: &str, to: &Path) -> Result<Report, BackupError> {
    let from = sqlite_file(database_url)?;
    if !from.exists() {
        return Err(BackupError::Missing(from));
    }
    vacuum_into(&from, to).await?;
    let schema = verify(to).await?;
    let bytes = std::fs::metadata(to).map_err(io(to.display()))?.len();
    Ok(Report {
        action: "backed up to",
        file: to.to_owned(),
        bytes,
        schema,
        kept: None,
    })
}

async fn vacuum_into(from: &Path, to: &Path) -> Result<(), BackupError> {
    create_private(to)?;
    let result = async {
        let mut conn = open(from).await?;
        sea_orm::sqlx::query("VACUUM INTO ?")
            .bind(to.to_string_lossy().into_owned())
            .execute(&mut conn)
            .await
            .map_err(database)?;
        let _ = conn.close().await;
        Ok(())
    }
    .await;
    if result.is_err() {
        let _ = std::fs::remove_file(to);
    }
    result
}

/// Replaces the database with the backup `from`, keeping the one it replaces.
/// Refused while a server holds the database's lock.
pub async fn restore(database_url: &str, from: &Path) -> Result<Report, BackupError> {
    let target = sqlite_file(database_url)?;
    if !from.exists() {
        return Err(BackupError::Missing(from.to_owned()));
    }
    let schema = verify(from).await?;
    if let Some(parent) = target.parent().filter(|p| !p.as_os_str().is_empty()) {
        std::fs::create_dir_all(parent).map_err(io(parent.display()))?;
    }
    let _lock = DatabaseLock::acquire(&target)
        .map_err(database)?
        .ok_or_else(|| BackupError::InUse(target.clone(), DatabaseLock::path_for(&target)))?;
    let kept = if target.exists() {
        let stamp = chrono::Utc::now().format("%Y%m%dT%H%M%SZ");
        let mut name = target.as_os_str().to_owned();
        name.push(format!(".before-restore-{stamp}"));
        let kept = PathBuf::from(name);
        vacuum_into(&target, &kept).await?;
        Some(kept)
    } else {
        None
    };
    // Copy beside the target, flush, then rename over it: a crash leaves either the
    // old database or the restored one, never half of each.
    let mut staging = target.as_os_str().to_owned();
    staging.push(".restoring");
    let staging = PathBuf::from(staging);
    let _ = std::fs::remove_file(&staging);
    vacuum_into(from, &staging).await?;
    std::fs::File::open(&staging)
        .and_then(|f| f.sync_all())
        .map_err(io(staging.display()))?;
    for suffix in ["-wal", "-shm"] {
        let mut name = target.as_os_str().to_owned();
        name.push(suffix);
        match std::fs::remove_file(PathBuf::from(name)) {
            Ok(()) => {}
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
            Err(e) => return Err(io(format!("{}{suffix}", target.display()))(e)),
        }
    }
    std::fs::rename(&staging, &target).map_err(io(target.display()))?;
    if let Some(parent) = target.parent().filter(|p| !p.as_os_str().is_empty()) {
        let _ = std::fs::File::open(parent).and_then(|d| d.sync_all());
    }
    let bytes = std::fs::metadata(&target).map_err(io(target.display()))?.len();
    Ok(Report {
        action: "restored",
        file: target,
        bytes,
        schema,
        kept,
    })
}
