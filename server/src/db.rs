//! Connecting to the database that `DATABASE_URL` names, SQLite or PostgreSQL.
//!
//! PostgreSQL connections honour libpq's `sslmode` (`disable`, `allow`, `prefer`,
//! `require`, `verify-ca`, `verify-full`) and `sslrootcert` in the URL, through
//! sqlx's rustls backend; [`check_postgres_tls`] checks both before connecting and
//! [`explain_connect_error`] turns a refused handshake into an error that names the
//! setting to look at.

use crate::config::Config;
use perilink_shared::health::DatabaseKind;
use sea_orm::sqlx::sqlite::{SqliteJournalMode, SqliteSynchronous};
use sea_orm::{ConnectOptions, Database, DatabaseConnection, DbErr};
use std::path::{Path, PathBuf};
use std::time::Duration;
use writer::Writer;

pub mod column;
pub mod writer;

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
/// `secure_delete`, so what is wiped is gone from the file too. The server holds the
/// file's [`DatabaseLock`] for as long as it runs, so `restore` cannot replace the
/// database under it.
pub async fn connect(config: &Config) -> Result<(DatabaseConnection, DatabaseKind, DatabaseLock), DbErr> {
    let url = &config.database_url;
    let kind = kind_of(url)
        .ok_or_else(|| DbErr::Custom("DATABASE_URL must start with sqlite: or postgres://".into()))?;
    let lock = if kind == DatabaseKind::Sqlite {
        create_sqlite_folder(url)?;
        match sqlite_path(url) {
            Some(path) => DatabaseLock::acquire(&path)?.ok_or_else(|| {
                DbErr::Custom(format!(
                    "{} is in use by another perilink-server or a restore (it holds {})",
                    path.display(),
                    DatabaseLock::path_for(&path).display()
                ))
            })?,
            None => DatabaseLock { _file: None },
        }
    } else {
        DatabaseLock { _file: None }
    };
    let db = Database::connect(options(config, config.db_max_connections))
        .await
        .map_err(|e| explain_connect_error(url, e))?;
    crate::migration::migrate_up(&db).await?;
    Ok((db, kind, lock))
}

/// How to open connections to the configured database, at most `max` at once.
fn options(config: &Config, max: u32) -> ConnectOptions {
    let mut options = ConnectOptions::new(config.database_url.clone());
    options
        .max_connections(max)
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
    options
}

/// For an SQLite file, a connection of its own for one long read (the directory
/// snapshot at start), for the caller to close afterwards; `None` otherwise. Its
/// page cache and statements are allocated on the connection's own thread among
/// the rows it reads, and would stay there, pinning the memory those rows passed
/// through, if a pooled connection did the read; closed, it all goes back. At full
/// scale this is 30 MB of the server's memory at rest (BENCHMARKS.md, "Memory").
pub async fn connect_for_one_read(config: &Config) -> Result<Option<DatabaseConnection>, DbErr> {
    let url = &config.database_url;
    if kind_of(url) != Some(DatabaseKind::Sqlite) || sqlite_path(url).is_none() {
        return Ok(None);
    }
    Database::connect(options(config, 1))
        .await
        .map(Some)
        .map_err(|e| explain_connect_error(url, e))
}

/// Where the hot writes go ([`writer`]): for an SQLite file, a writer task on a
/// connection of its own that commits queued writes in groups; otherwise (PostgreSQL,
/// an in-memory database) each write in its own transaction on `pool`.
pub async fn open_writer(config: &Config, pool: &DatabaseConnection) -> Result<Writer, DbErr> {
    let url = &config.database_url;
    if kind_of(url) == Some(DatabaseKind::Sqlite) && sqlite_path(url).is_some() {
        let connection = Database::connect(options(config, 1))
            .await
            .map_err(|e| explain_connect_error(url, e))?;
        Ok(Writer::spawn(connection))
    } else {
        Ok(Writer::on_pool(pool.clone()))
    }
}

/// The file an SQLite URL names, or `None` for an in-memory database.
pub fn sqlite_path(url: &str) -> Option<PathBuf> {
    let path = url.trim_start_matches("sqlite://").trim_start_matches("sqlite:");
    let path = path.split('?').next().unwrap_or_default();
    if path.is_empty() || path == ":memory:" {
        return None;
    }
    Some(PathBuf::from(path))
}

/// Creates the folder an SQLite URL's file lives in, so a first run just works.
fn create_sqlite_folder(url: &str) -> Result<(), DbErr> {
    if let Some(path) = sqlite_path(url)
        && let Some(parent) = path.parent()
        && !parent.as_os_str().is_empty()
    {
        std::fs::create_dir_all(parent)
            .map_err(|e| DbErr::Custom(format!("cannot create {}: {e}", parent.display())))?;
    }
    Ok(())
}

/// An exclusive lock on `<database>.lock` beside an SQLite file, held by a running
/// server (and by `restore` while it works), released when dropped or when the
/// process ends, however it ends. PostgreSQL needs none: several servers share it.
#[derive(Debug)]
pub struct DatabaseLock {
    _file: Option<std::fs::File>,
}

impl DatabaseLock {
    /// The lock file beside a database file.
    pub fn path_for(database: &Path) -> PathBuf {
        let mut name = database.as_os_str().to_owned();
        name.push(".lock");
        PathBuf::from(name)
    }

    /// Takes the lock, or `None` if another process (or another server in this
    /// one) holds it.
    pub fn acquire(database: &Path) -> Result<Option<DatabaseLock>, DbErr> {
        let path = DatabaseLock::path_for(database);
        let file = std::fs::OpenOptions::new()
            .create(true)
            .truncate(false)
            .write(true)
            .open(&path)
            .map_err(|e| DbErr::Custom(format!("cannot open {}: {e}", path.display())))?;
        match file.try_lock() {
            Ok(()) => Ok(Some(DatabaseLock { _file: Some(file) })),
            Err(std::fs::TryLockError::WouldBlock) => Ok(None),
            Err(std::fs::TryLockError::Error(e)) => {
                Err(DbErr::Custom(format!("cannot lock {}: {e}", path.display())))
            }
        }
    }
}

/// The `sslmode` values libpq defines, all of which sqlx implements.
pub const SSL_MODES: [&str; 6] = [
    "disable",
    "allow",
    "prefer",
    "require",
    "verify-ca",
    "verify-full",
];

/// What a PostgreSQL URL asks of TLS.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PostgresTls {
    /// `sslmode`, `prefer` when the URL does not say (as libpq).
    pub mode: String,
    /// `sslrootcert`: the certificate authority the server's certificate must chain to.
    pub root_cert: Option<String>,
}

/// Reads and checks the TLS settings of a PostgreSQL URL: an `sslmode` libpq knows,
/// and an `sslrootcert` that is a readable file holding a PEM certificate. The
/// error names the setting and never repeats the URL (it may hold a password).
pub fn check_postgres_tls(database_url: &str) -> Result<PostgresTls, String> {
    let parsed = url::Url::parse(database_url).map_err(|e| format!("is not a valid URL: {e}"))?;
    let mut tls = PostgresTls {
        mode: "prefer".into(),
        root_cert: None,
    };
    for (key, value) in parsed.query_pairs() {
        match key.as_ref() {
            "sslmode" | "ssl-mode" => tls.mode = value.into_owned(),
            "sslrootcert" | "ssl-root-cert" | "ssl-ca" => tls.root_cert = Some(value.into_owned()),
            _ => {}
        }
    }
    if !SSL_MODES.contains(&tls.mode.as_str()) {
        return Err(format!(
            "sslmode `{}` is not one of {}",
            tls.mode,
            SSL_MODES.join(", ")
        ));
    }
    if let Some(path) = &tls.root_cert {
        let pem =
            std::fs::read_to_string(path).map_err(|e| format!("sslrootcert `{path}` cannot be read: {e}"))?;
        if !pem.contains("-----BEGIN CERTIFICATE-----") {
            return Err(format!("sslrootcert `{path}` holds no PEM certificate"));
        }
    }
    Ok(tls)
}

/// Rewrites a failed PostgreSQL connection whose TLS handshake was refused, so the
/// operator learns which setting to look at; other errors pass through unchanged.
pub fn explain_connect_error(database_url: &str, error: DbErr) -> DbErr {
    if kind_of(database_url) != Some(DatabaseKind::Postgres) {
        return error;
    }
    let cause = error.to_string();
    let lower = cause.to_lowercase();
    if !(lower.contains("tls") || lower.contains("certificate") || lower.contains("ssl")) {
        return error;
    }
    let Ok(tls) = check_postgres_tls(database_url) else {
        return error;
    };
    let hint = if lower.contains("unknownissuer") || lower.contains("unknown issuer") {
        match &tls.root_cert {
            Some(root) => format!(
                "the server's certificate is not signed by the certificate authority in sslrootcert ({root})"
            ),
            None => "the server's certificate is not signed by a public certificate authority: \
                     set sslrootcert to your provider's CA certificate"
                .to_owned(),
        }
    } else if lower.contains("notvalidforname") || lower.contains("not valid for name") {
        "the server's certificate does not name the host in DATABASE_URL: connect by the name in \
         its certificate, or use sslmode=verify-ca"
            .to_owned()
    } else if lower.contains("expired") {
        "the server's certificate has expired".to_owned()
    } else if lower.contains("does not support") {
        "the server does not offer TLS; enable ssl on the server or change sslmode".to_owned()
    } else {
        "the TLS handshake failed".to_owned()
    };
    DbErr::Custom(format!(
        "cannot connect to PostgreSQL with sslmode={}{}: {hint} ({cause})",
        tls.mode,
        tls.root_cert
            .as_deref()
            .map(|r| format!(" and sslrootcert={r}"))
            .unwrap_or_default(),
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sslmode_defaults_to_prefer_and_is_read_from_the_url() {
        let tls = check_postgres_tls("postgres://u:secret@h/db").unwrap();
        assert_eq!(tls.mode, "prefer");
        assert_eq!(tls.root_cert, None);
        for mode in SSL_MODES {
            let tls = check_postgres_tls(&format!("postgres://u@h/db?sslmode={mode}")).unwrap();
            assert_eq!(tls.mode, mode);
        }
    }

    #[test]
    fn an_unknown_sslmode_is_named_without_the_password() {
        let err = check_postgres_tls("postgres://u:hunter2hunter2@h/db?sslmode=verify").unwrap_err();
        assert!(err.contains("sslmode `verify`"), "{err}");
        assert!(!err.contains("hunter2"), "{err}");
    }

    #[test]
    fn sslrootcert_must_be_a_readable_certificate() {
        let err = check_postgres_tls("postgres://u@h/db?sslmode=verify-ca&sslrootcert=/no/such/ca.pem")
            .unwrap_err();
        assert!(
            err.contains("sslrootcert `/no/such/ca.pem` cannot be read"),
            "{err}"
        );
        let not_pem = std::env::temp_dir().join(format!("perilink-not-pem-{}", uuid::Uuid::new_v4()));
        std::fs::write(&not_pem, "hello").unwrap();
        let err = check_postgres_tls(&format!(
            "postgres://u@h/db?sslmode=verify-ca&sslrootcert={}",
            not_pem.display()
        ))
        .unwrap_err();
        std::fs::remove_file(&not_pem).ok();
        assert!(err.contains("holds no PEM certificate"), "{err}");
    }

    #[test]
    fn a_refused_handshake_names_sslmode_and_sslrootcert() {
        let root = std::env::temp_dir().join(format!("perilink-ca-{}.pem", uuid::Uuid::new_v4()));
        std::fs::write(
            &root,
            "-----BEGIN CERTIFICATE-----\nx\n-----END CERTIFICATE-----\n",
        )
        .unwrap();
        let url = format!(
            "postgres://u@h/db?sslmode=verify-ca&sslrootcert={}",
            root.display()
        );
        let refused = DbErr::Custom(
            "error occurred while attempting to establish a TLS connection: invalid peer certificate: UnknownIssuer"
                .into(),
        );
        let explained = explain_connect_error(&url, refused).to_string();
        std::fs::remove_file(&root).ok();
        assert!(explained.contains("sslmode=verify-ca"), "{explained}");
        assert!(
            explained.contains(&format!("sslrootcert={}", root.display())),
            "{explained}"
        );
        assert!(
            explained.contains("not signed by the certificate authority in sslrootcert"),
            "{explained}"
        );
        let other = DbErr::Custom("password authentication failed".into());
        assert_eq!(
            explain_connect_error(&url, other).to_string(),
            "Custom Error: password authentication failed"
        );
    }
}
