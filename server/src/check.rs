//! `perilink-server check-config`: reads the configuration as the server would,
//! adds what a production deployment must also set, tries the database without
//! changing it, and lists every finding, so an operator fixes them all at once.

use crate::config::{Config, ConfigError};
use perilink_shared::health::DatabaseKind;
use sea_orm::{ConnectOptions, Database};
use std::fmt;
use std::time::Duration;

/// How serious a finding is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Level {
    /// The server will not start, or will run unsafely: fix it.
    Error,
    /// Allowed, but not what a production deployment wants.
    Warning,
    /// Checked and fine.
    Ok,
}

/// One thing check-config found.
#[derive(Clone, Debug)]
pub struct Finding {
    pub level: Level,
    /// The setting it is about.
    pub name: &'static str,
    pub message: String,
}

/// Everything check-config found.
#[derive(Clone, Debug, Default)]
pub struct Report {
    pub findings: Vec<Finding>,
}

impl Report {
    fn add(&mut self, level: Level, name: &'static str, message: impl Into<String>) {
        self.findings.push(Finding {
            level,
            name,
            message: message.into(),
        });
    }

    /// Whether the server would start with this configuration.
    pub fn is_ok(&self) -> bool {
        self.findings.iter().all(|f| f.level != Level::Error)
    }
}

impl fmt::Display for Report {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for finding in &self.findings {
            let level = match finding.level {
                Level::Error => "ERROR",
                Level::Warning => "warning",
                Level::Ok => "ok",
            };
            writeln!(f, "{level:7} {}: {}", finding.name, finding.message)?;
        }
        let errors = self.findings.iter().filter(|f| f.level == Level::Error).count();
        let warnings = self.findings.iter().filter(|f| f.level == Level::Warning).count();
        if errors == 0 {
            writeln!(f, "configuration is usable ({warnings} warnings)")
        } else {
            writeln!(
                f,
                "configuration is NOT usable: {errors} errors, {warnings} warnings"
            )
        }
    }
}

/// Checks the configuration `lookup` gives, as `check-config` does.
pub async fn check(lookup: impl Fn(&str) -> Option<String>) -> Report {
    let mut report = Report::default();
    let set = |name: &str| lookup(name).filter(|v| !v.trim().is_empty());
    let config = match Config::from_lookup(&lookup) {
        Ok(config) => config,
        Err(ConfigError::Invalid { name, reason }) => {
            report.add(Level::Error, name, reason);
            return report;
        }
        Err(err @ ConfigError::MissingJwtSecret) => {
            report.add(Level::Error, "PERILINK_JWT_SECRET", err.to_string());
            return report;
        }
        Err(err @ ConfigError::MissingDataKey) => {
            report.add(Level::Error, "PERILINK_DATA_KEY", err.to_string());
            return report;
        }
    };
    if config.demo {
        report.add(
            Level::Warning,
            "PERILINK_DEMO",
            "demo mode: made-up people, a built-in secret if none is set; never in production",
        );
    } else {
        report.add(Level::Ok, "PERILINK_JWT_SECRET", "set, at least 32 bytes");
        report.add(
            Level::Ok,
            "PERILINK_DATA_KEY",
            format!("set, key id `{}`", config.data_keys.current.id),
        );
    }
    match set("PERILINK_PUBLIC_URL") {
        None if !config.demo => report.add(
            Level::Error,
            "PERILINK_PUBLIC_URL",
            "not set: links in invitations, set-up and reset messages would point at http://localhost:8080",
        ),
        None => {}
        Some(_) if !config.public_url.starts_with("https://") && !config.demo => report.add(
            Level::Warning,
            "PERILINK_PUBLIC_URL",
            format!(
                "{} is not https: people's sign-in links would travel in clear",
                config.public_url
            ),
        ),
        Some(_) => report.add(Level::Ok, "PERILINK_PUBLIC_URL", config.public_url.clone()),
    }
    if !config.cookie_secure && !config.demo {
        report.add(
            Level::Warning,
            "PERILINK_COOKIE_SECURE",
            "0: the refresh cookie may be sent over plain HTTP",
        );
    }
    if set("DATABASE_URL").is_none() {
        report.add(
            Level::Warning,
            "DATABASE_URL",
            "not set: using sqlite://./data/perilink.db relative to the working folder",
        );
    }
    check_database(&config, &mut report).await;
    if config.app_dir.join("index.html").is_file() {
        report.add(
            Level::Ok,
            "PERILINK_APP_DIR",
            format!("{} holds the built app", config.app_dir.display()),
        );
    } else {
        report.add(
            Level::Warning,
            "PERILINK_APP_DIR",
            format!(
                "{} has no index.html: the server would serve the API only",
                config.app_dir.display()
            ),
        );
    }
    match &config.content_dir {
        Some(dir) if !dir.join("epds").is_dir() => report.add(
            Level::Error,
            "PERILINK_CONTENT_DIR",
            format!("{} has no epds/ folder", dir.display()),
        ),
        Some(dir) => report.add(Level::Ok, "PERILINK_CONTENT_DIR", dir.display().to_string()),
        None => report.add(
            Level::Warning,
            "PERILINK_CONTENT_DIR",
            "not set: screening questions show neutral placeholders until the licensed wording is installed",
        ),
    }
    match config.trusted_proxies.blocks.as_slice() {
        [] => report.add(
            Level::Ok,
            "PERILINK_TRUSTED_PROXIES",
            "none: each connection's own address is the client's; behind a reverse proxy, \
             name it here or every user shares its address for rate limits",
        ),
        blocks => {
            let everyone = blocks.iter().any(|b| b.prefix() == 0);
            let list = blocks
                .iter()
                .map(ToString::to_string)
                .collect::<Vec<_>>()
                .join(", ");
            let header = match config.trusted_proxies.header {
                crate::client_addr::ForwardedHeader::XForwardedFor => "X-Forwarded-For",
                crate::client_addr::ForwardedHeader::Forwarded => "Forwarded",
            };
            if everyone {
                report.add(
                    Level::Error,
                    "PERILINK_TRUSTED_PROXIES",
                    format!(
                        "{list} trusts every address: anyone could choose the address their limits count by"
                    ),
                );
            } else {
                report.add(
                    Level::Ok,
                    "PERILINK_TRUSTED_PROXIES",
                    format!("{header} believed from {list}"),
                );
            }
        }
    }
    match config.metrics_addr {
        Some(addr) if !addr.ip().is_loopback() && !addr.ip().is_unspecified() => {
            report.add(Level::Ok, "PERILINK_METRICS_ADDR", addr.to_string())
        }
        Some(addr) if addr.ip().is_unspecified() => report.add(
            Level::Warning,
            "PERILINK_METRICS_ADDR",
            format!("{addr} listens on every interface: keep /metrics off the internet"),
        ),
        Some(addr) => report.add(Level::Ok, "PERILINK_METRICS_ADDR", addr.to_string()),
        None => report.add(
            Level::Warning,
            "PERILINK_METRICS_ADDR",
            "not set: no metrics to monitor the outbox and safety alerts with",
        ),
    }
    match &config.smtp {
        Some(smtp) => report.add(
            if smtp.tls == crate::config::SmtpTls::None && !is_local(&smtp.host) {
                Level::Warning
            } else {
                Level::Ok
            },
            "PERILINK_SMTP_HOST",
            format!("{}:{} ({:?}), from {}", smtp.host, smtp.port, smtp.tls, smtp.from),
        ),
        None => report.add(
            Level::Warning,
            "PERILINK_SMTP_HOST",
            "not set: emails (invitations, set-up and reset links, codes) are only written to the log",
        ),
    }
    match &config.notify {
        Some(notify) => report.add(
            if notify.callback_token.is_some() {
                Level::Ok
            } else {
                Level::Warning
            },
            "PERILINK_NOTIFY_API_KEY",
            format!(
                "service {} at {}; delivery receipts {}",
                notify.service_id,
                notify.base_url,
                if notify.callback_token.is_some() {
                    "accepted at /api/hooks/notify"
                } else {
                    "refused: PERILINK_NOTIFY_CALLBACK_TOKEN is not set"
                }
            ),
        ),
        None => report.add(
            Level::Warning,
            "PERILINK_NOTIFY_API_KEY",
            "not set: text messages (codes, reminders, news) wait in the outbox",
        ),
    }
    report
}

/// Connects without migrating and says whether the schema is current.
async fn check_database(config: &Config, report: &mut Report) {
    let mut options = ConnectOptions::new(config.database_url.clone());
    options
        .max_connections(1)
        .connect_timeout(Duration::from_secs(5))
        .acquire_timeout(Duration::from_secs(5))
        .sqlx_logging(false);
    let kind = crate::db::kind_of(&config.database_url);
    if kind == Some(DatabaseKind::Sqlite) {
        match crate::db::sqlite_path(&config.database_url) {
            Some(path) if !path.exists() => {
                report.add(
                    Level::Warning,
                    "DATABASE_URL",
                    format!("{} does not exist yet: the server will create it", path.display()),
                );
                return;
            }
            _ => {}
        }
    }
    if kind == Some(DatabaseKind::Postgres)
        && let Ok(tls) = crate::db::check_postgres_tls(&config.database_url)
        && !matches!(tls.mode.as_str(), "verify-ca" | "verify-full")
    {
        report.add(
            Level::Warning,
            "DATABASE_URL",
            format!(
                "sslmode={}: the server's certificate is not checked; use verify-full (or verify-ca) with sslrootcert",
                tls.mode
            ),
        );
    }
    let db = match Database::connect(options).await {
        Ok(db) => db,
        Err(err) => {
            let err = crate::db::explain_connect_error(&config.database_url, err);
            report.add(Level::Error, "DATABASE_URL", format!("cannot connect: {err}"));
            return;
        }
    };
    let applied = crate::migration::applied(&db).await.unwrap_or_default();
    let pending = crate::migration::MIGRATIONS
        .iter()
        .filter(|m| !applied.iter().any(|a| a == m.version))
        .count();
    let kind = match kind {
        Some(DatabaseKind::Postgres) => "PostgreSQL",
        _ => "SQLite",
    };
    if pending == 0 {
        report.add(
            Level::Ok,
            "DATABASE_URL",
            format!("{kind} reachable, schema up to date"),
        );
    } else {
        report.add(
            Level::Ok,
            "DATABASE_URL",
            format!("{kind} reachable; {pending} migrations will be applied at start (take a backup first)"),
        );
    }
    let _ = db.close().await;
}

/// Whether an SMTP host is this machine, where a plain connection is acceptable.
fn is_local(host: &str) -> bool {
    host == "localhost" || host.parse::<std::net::IpAddr>().is_ok_and(|ip| ip.is_loopback())
}
