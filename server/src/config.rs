//! Configuration from the environment, read once at start-up.
//!
//! Every setting has a name, a default where one is safe, and a line in
//! [`HELP`], which `perilink-server --help` prints.

use perilink_shared::health::{DEFAULT_QUICK_EXITS, QuickExitPlace};
use std::net::SocketAddr;
use std::path::PathBuf;
use std::time::Duration;

/// What `perilink-server --help` prints.
pub const HELP: &str = "\
perilink-server: the PeriLink API and app server.

Usage: perilink-server [COMMAND]

Commands:
  (none)                 serve
  check-config           check the configuration below without starting, and say
                         what is missing or wrong
  backup FILE            copy the SQLite database to FILE while the server runs
                         (consistent; PostgreSQL: use pg_dump, see docs/operations.md)
  restore FILE           replace the SQLite database with the backup FILE; refused
                         while a server is using the database
  --version              print the version and the commit it was built from
  --help                 print this
  rotate-data-key        re-seal every secret at rest under PERILINK_DATA_KEY,
                         then exit

Configured by environment variables:
  PERILINK_ADDR          address to listen on (default 127.0.0.1:8080)
  DATABASE_URL           sqlite://path/to/file.db or postgres://user@host/db
                         (default sqlite://./data/perilink.db, created on first run);
                         PostgreSQL takes sslmode=disable|allow|prefer|require|
                         verify-ca|verify-full and sslrootcert=/path/to/ca.pem
  PERILINK_DEMO          1 to seed demo data into an empty database and allow a
                         built-in signing secret; never in production
  PERILINK_JWT_SECRET    secret for signing access tokens, at least 32 bytes
                         (required unless PERILINK_DEMO=1)
  PERILINK_DATA_KEY      the key secrets at rest (authenticator secrets) are sealed
                         with (AES-256-GCM), as <key id>:<64 hex digits>
                         (required unless PERILINK_DEMO=1)
  PERILINK_DATA_KEY_PREVIOUS  older keys still to be read, comma-separated, until
                         `perilink-server rotate-data-key` has re-sealed everything
  PERILINK_APP_DIR       folder of the built app that Trunk writes (default ./dist)
  PERILINK_DB_MAX_CONNECTIONS  database pool size (default 16)
  PERILINK_CONTENT_DIR   folder of licensed screening wording (the EPDS content
                         pack: epds/<language>.json); without it, neutral
                         placeholders are shown and scoring still works
  PERILINK_COOKIE_SECURE 0 to drop the Secure flag from the refresh cookie, for
                         plain-HTTP hosts other than localhost (default 1)
  PERILINK_PUBLIC_URL    the address people open PeriLink at, for the links in
                         invitations, set-up and reset messages
                         (default http://localhost:8080)
  PERILINK_TRUSTED_PROXIES  reverse proxies in front of the server, as CIDR
                         blocks separated by commas (e.g. 127.0.0.1/32,10.0.0.0/8);
                         only a request from one of them has its forwarding header
                         believed for the client's address, which the sign-in,
                         sign-up and code limits count by (default: none, the
                         socket's peer is the client)
  PERILINK_FORWARDED_HEADER  the header those proxies write: x-forwarded-for
                         (default) or forwarded (RFC 7239); the other is ignored
  PERILINK_SMTP_HOST, _PORT, _TLS (none, starttls, tls), _USER, _PASSWORD, _FROM
                         an SMTP server for email (default: off; with no
                         sender at all, messages are only written to the log)
  PERILINK_NOTIFY_API_KEY  a GOV.UK Notify API key, for text messages (and email
                         without SMTP), with PERILINK_NOTIFY_SMS_TEMPLATE and
                         optionally _EMAIL_TEMPLATE (template ids whose content
                         is ((body))), _CALLBACK_TOKEN (delivery receipts at
                         /api/hooks/notify) and _BASE_URL (default Notify's)
  PERILINK_FEEDS_ALLOW_PRIVATE  1 to let Open Referral UK feeds be read from
                         loopback and private network addresses, for tests and
                         local development; never in production (default 0)
  PERILINK_METRICS_ADDR  address for Prometheus metrics at GET /metrics, e.g.
                         127.0.0.1:9464 (default: off); keep it off the internet
  PERILINK_LOG_FORMAT    text (default) or json: one JSON object per line
  PERILINK_SHUTDOWN_SECS on SIGTERM, how long requests in flight may take to
                         finish before the server exits (default 20)
  RUST_LOG               log filter, e.g. info or perilink_server=debug (default info)
";

/// The secret the demo uses when none is given. Demo mode only: a real deployment
/// must set its own, and the server refuses to start without one.
const DEMO_JWT_SECRET: &str = "perilink-demo-secret-not-for-production-use-0123456789";

/// Everything the server needs to start.
#[derive(Clone, Debug)]
pub struct Config {
    /// Where to listen; port 0 picks a free one (tests do this).
    pub addr: SocketAddr,
    /// Which database to use; the scheme chooses SQLite or PostgreSQL.
    pub database_url: String,
    /// The largest number of pooled database connections.
    pub db_max_connections: u32,
    /// Seed demo data into an empty database.
    pub demo: bool,
    /// The HMAC secret for access tokens.
    pub jwt_secret: Vec<u8>,
    /// How long an access token lives.
    pub access_token_ttl: Duration,
    /// How long a refresh token lives without being used.
    pub refresh_token_ttl: Duration,
    /// The folder of the built app, served at `/`.
    pub app_dir: PathBuf,
    /// Whether the refresh cookie carries the `Secure` flag.
    pub cookie_secure: bool,
    /// The licensed screening content pack, if installed.
    pub content_dir: Option<PathBuf>,
    /// Where people open PeriLink, without a trailing slash: links in messages
    /// start with it.
    pub public_url: String,
    /// Whether feeds may be read from loopback and private network addresses
    /// (`PERILINK_FEEDS_ALLOW_PRIVATE`): tests and local development only.
    pub feeds_allow_private: bool,
    /// Where Prometheus metrics are served, if anywhere.
    pub metrics_addr: Option<SocketAddr>,
    /// How log lines are written.
    pub log_format: LogFormat,
    /// How long requests in flight may take to finish once told to stop.
    pub shutdown_grace: Duration,
    /// The neutral pages "Leave quickly" may open (`PERILINK_QUICK_EXIT_URLS`:
    /// `Name|https://…` entries separated by commas), the first the default.
    pub quick_exits: Vec<QuickExitPlace>,
    /// The keys secrets at rest are sealed with.
    pub data_keys: crate::auth::data_key::DataKeys,
    /// The reverse proxies whose forwarding header is believed.
    pub trusted_proxies: crate::client_addr::TrustedProxies,
    /// Where email goes (`PERILINK_SMTP_*`), if anywhere but the log.
    pub smtp: Option<SmtpConfig>,
    /// GOV.UK Notify (`PERILINK_NOTIFY_*`), for text messages and, without SMTP,
    /// email.
    pub notify: Option<NotifyConfig>,
}

/// Notify's production API.
pub const NOTIFY_BASE_URL: &str = "https://api.notifications.service.gov.uk";

/// A GOV.UK Notify service to send through.
#[derive(Clone, PartialEq, Eq)]
pub struct NotifyConfig {
    /// The service's id, from the API key.
    pub service_id: String,
    /// The key's secret, which signs each request's token.
    pub secret: String,
    pub base_url: String,
    /// The template whose `((body))` PeriLink fills, for each channel.
    pub sms_template: String,
    pub email_template: Option<String>,
    /// The bearer token Notify's callbacks (receipts, replies) carry.
    pub callback_token: Option<String>,
}

impl std::fmt::Debug for NotifyConfig {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("NotifyConfig")
            .field("service_id", &self.service_id)
            .field("base_url", &self.base_url)
            .field("sms_template", &self.sms_template)
            .field("email_template", &self.email_template)
            .field("callback_token", &self.callback_token.as_ref().map(|_| "(set)"))
            .finish_non_exhaustive()
    }
}

/// Splits a Notify API key, `{name}-{service id}-{secret}` (both ids UUIDs), into
/// the service id and the secret.
pub fn split_notify_key(key: &str) -> Option<(String, String)> {
    const UUID: usize = 36;
    let key = key.trim();
    if key.len() < 2 * UUID + 2 || !key.is_char_boundary(key.len() - 2 * UUID - 1) {
        return None;
    }
    let secret = &key[key.len() - UUID..];
    let service = &key[key.len() - 2 * UUID - 1..key.len() - UUID - 1];
    let is_uuid = |s: &str| uuid::Uuid::parse_str(s).is_ok();
    (key.as_bytes()[key.len() - UUID - 1] == b'-' && is_uuid(secret) && is_uuid(service))
        .then(|| (service.to_owned(), secret.to_owned()))
}

/// Reads `PERILINK_NOTIFY_*`: `None` unless `PERILINK_NOTIFY_API_KEY` is set.
fn notify(lookup: &impl Fn(&str) -> Option<String>) -> Result<Option<NotifyConfig>, ConfigError> {
    let set = |name: &str| setting(lookup, name);
    let Some(key) = set("PERILINK_NOTIFY_API_KEY") else {
        return Ok(None);
    };
    let (service_id, secret) = split_notify_key(&key).ok_or(ConfigError::Invalid {
        name: "PERILINK_NOTIFY_API_KEY",
        reason: "expected Notify's key format, {name}-{service id}-{secret}".into(),
    })?;
    let template = |name: &'static str| -> Result<Option<String>, ConfigError> {
        match set(name) {
            Some(id) if uuid::Uuid::parse_str(&id).is_err() => Err(ConfigError::Invalid {
                name,
                reason: format!("expected a Notify template id (a UUID), got `{id}`"),
            }),
            id => Ok(id),
        }
    };
    let sms_template = template("PERILINK_NOTIFY_SMS_TEMPLATE")?.ok_or(ConfigError::Invalid {
        name: "PERILINK_NOTIFY_SMS_TEMPLATE",
        reason: "required with PERILINK_NOTIFY_API_KEY: the text message template with ((body))".into(),
    })?;
    let base_url = set("PERILINK_NOTIFY_BASE_URL")
        .unwrap_or_else(|| NOTIFY_BASE_URL.into())
        .trim_end_matches('/')
        .to_owned();
    if !(base_url.starts_with("https://") || base_url.starts_with("http://")) {
        return Err(ConfigError::Invalid {
            name: "PERILINK_NOTIFY_BASE_URL",
            reason: format!("expected an http(s) address, got `{base_url}`"),
        });
    }
    Ok(Some(NotifyConfig {
        service_id,
        secret,
        base_url,
        sms_template,
        email_template: template("PERILINK_NOTIFY_EMAIL_TEMPLATE")?,
        callback_token: set("PERILINK_NOTIFY_CALLBACK_TOKEN"),
    }))
}

/// How the SMTP connection is protected (`PERILINK_SMTP_TLS`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SmtpTls {
    /// None: only for a server on the same machine or network.
    None,
    /// STARTTLS on a plain connection (port 587 by default).
    StartTls,
    /// TLS from the start (port 465 by default).
    Tls,
}

/// An SMTP server to send email through.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SmtpConfig {
    pub host: String,
    pub port: u16,
    pub tls: SmtpTls,
    pub user: Option<String>,
    pub password: Option<String>,
    /// The sender, as `Name <address>` or an address.
    pub from: String,
}

/// A setting's value, trimmed; `None` when unset or blank.
fn setting(lookup: &impl Fn(&str) -> Option<String>, name: &str) -> Option<String> {
    lookup(name)
        .map(|v| v.trim().to_owned())
        .filter(|v| !v.is_empty())
}

/// Reads `PERILINK_SMTP_*`: `None` unless `PERILINK_SMTP_HOST` is set.
fn smtp(lookup: &impl Fn(&str) -> Option<String>) -> Result<Option<SmtpConfig>, ConfigError> {
    let set = |name: &str| setting(lookup, name);
    let Some(host) = set("PERILINK_SMTP_HOST") else {
        return Ok(None);
    };
    let tls = match set("PERILINK_SMTP_TLS").as_deref() {
        None | Some("starttls") => SmtpTls::StartTls,
        Some("tls") => SmtpTls::Tls,
        Some("none") => SmtpTls::None,
        Some(other) => {
            return Err(ConfigError::Invalid {
                name: "PERILINK_SMTP_TLS",
                reason: format!("expected none, starttls or tls, got `{other}`"),
            });
        }
    };
    let port = match set("PERILINK_SMTP_PORT") {
        None => match tls {
            SmtpTls::None => 25,
            SmtpTls::StartTls => 587,
            SmtpTls::Tls => 465,
        },
        Some(port) => port.parse().map_err(|_| ConfigError::Invalid {
            name: "PERILINK_SMTP_PORT",
            reason: format!("expected a port number, got `{port}`"),
        })?,
    };
    let from = set("PERILINK_SMTP_FROM").ok_or(ConfigError::Invalid {
        name: "PERILINK_SMTP_FROM",
        reason: "required with PERILINK_SMTP_HOST: the address email comes from".into(),
    })?;
    if from.parse::<lettre::message::Mailbox>().is_err() {
        return Err(ConfigError::Invalid {
            name: "PERILINK_SMTP_FROM",
            reason: format!("not an email address: `{from}`"),
        });
    }
    let user = set("PERILINK_SMTP_USER");
    let password = lookup("PERILINK_SMTP_PASSWORD").filter(|p| !p.is_empty());
    if user.is_some() != password.is_some() {
        return Err(ConfigError::Invalid {
            name: "PERILINK_SMTP_PASSWORD",
            reason: "PERILINK_SMTP_USER and PERILINK_SMTP_PASSWORD go together".into(),
        });
    }
    Ok(Some(SmtpConfig {
        host,
        port,
        tls,
        user,
        password,
        from,
    }))
}

/// How log lines are written.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LogFormat {
    /// Human-readable lines.
    Text,
    /// One JSON object per line, for log collectors.
    Json,
}

/// Reads `PERILINK_QUICK_EXIT_URLS`: `Name|URL` entries separated by commas, each
/// URL `https://` (or `http://`, for a test's local page); unset or empty gives
/// [`DEFAULT_QUICK_EXITS`].
fn quick_exits(value: Option<String>) -> Result<Vec<QuickExitPlace>, ConfigError> {
    let invalid = |reason: String| ConfigError::Invalid {
        name: "PERILINK_QUICK_EXIT_URLS",
        reason,
    };
    let Some(value) = value.filter(|v| !v.trim().is_empty()) else {
        return Ok(DEFAULT_QUICK_EXITS
            .iter()
            .map(|(name, url)| QuickExitPlace {
                name: (*name).into(),
                url: (*url).into(),
            })
            .collect());
    };
    value
        .split(',')
        .map(|entry| {
            let (name, url) = entry
                .split_once('|')
                .map(|(n, u)| (n.trim(), u.trim()))
                .ok_or_else(|| invalid(format!("`{entry}` is not `Name|URL`")))?;
            let scheme_ok = url.starts_with("https://") || url.starts_with("http://");
            if name.is_empty() || !scheme_ok || url.contains(char::is_whitespace) {
                return Err(invalid(format!("`{entry}` needs a name and an http(s) URL")));
            }
            Ok(QuickExitPlace {
                name: name.into(),
                url: url.into(),
            })
        })
        .collect()
}

/// Why the configuration cannot be used.
#[derive(Debug, thiserror::Error)]
pub enum ConfigError {
    #[error("{name} is not valid: {reason}")]
    Invalid { name: &'static str, reason: String },
    #[error(
        "PERILINK_JWT_SECRET is not set: set it to a random secret of at least 32 bytes, \
         or set PERILINK_DEMO=1 to run the demo"
    )]
    MissingJwtSecret,
    #[error(
        "PERILINK_DATA_KEY is not set: set it to <key id>:<64 hex digits> (32 random bytes), \
         or set PERILINK_DEMO=1 to run the demo"
    )]
    MissingDataKey,
}

impl Config {
    /// Reads the configuration from the process environment.
    pub fn from_env() -> Result<Config, ConfigError> {
        Config::from_lookup(|name| std::env::var(name).ok())
    }

    /// Reads the configuration through `lookup`, so tests need not touch the
    /// process environment.
    pub fn from_lookup(lookup: impl Fn(&str) -> Option<String>) -> Result<Config, ConfigError> {
        let flag = |name: &'static str, default: bool| -> Result<bool, ConfigError> {
            match lookup(name).as_deref().map(str::trim) {
                None | Some("") => Ok(default),
                Some("1" | "true" | "yes") => Ok(true),
                Some("0" | "false" | "no") => Ok(false),
                Some(other) => Err(ConfigError::Invalid {
                    name,
                    reason: format!("expected 1 or 0, got `{other}`"),
                }),
            }
        };
        let demo = flag("PERILINK_DEMO", false)?;
        let addr = lookup("PERILINK_ADDR")
            .unwrap_or_else(|| "127.0.0.1:8080".into())
            .parse()
            .map_err(|e| ConfigError::Invalid {
                name: "PERILINK_ADDR",
                reason: format!("{e}"),
            })?;
        let jwt_secret = match lookup("PERILINK_JWT_SECRET").filter(|s| !s.is_empty()) {
            Some(secret) if secret.len() < 32 => {
                return Err(ConfigError::Invalid {
                    name: "PERILINK_JWT_SECRET",
                    reason: "must be at least 32 bytes".into(),
                });
            }
            Some(secret) => secret.into_bytes(),
            None if demo => DEMO_JWT_SECRET.as_bytes().to_vec(),
            None => return Err(ConfigError::MissingJwtSecret),
        };
        let database_url = lookup("DATABASE_URL")
            .filter(|s| !s.is_empty())
            .unwrap_or_else(|| "sqlite://./data/perilink.db".into());
        match crate::db::kind_of(&database_url) {
            None => {
                return Err(ConfigError::Invalid {
                    name: "DATABASE_URL",
                    reason: "must start with sqlite: or postgres://".into(),
                });
            }
            Some(perilink_shared::health::DatabaseKind::Postgres) => {
                crate::db::check_postgres_tls(&database_url).map_err(|reason| ConfigError::Invalid {
                    name: "DATABASE_URL",
                    reason,
                })?;
            }
            Some(perilink_shared::health::DatabaseKind::Sqlite) => {}
        }
        let metrics_addr = match lookup("PERILINK_METRICS_ADDR").filter(|s| !s.trim().is_empty()) {
            None => None,
            Some(a) => Some(a.trim().parse().map_err(|e| ConfigError::Invalid {
                name: "PERILINK_METRICS_ADDR",
                reason: format!("{e}"),
            })?),
        };
        let log_format = match lookup("PERILINK_LOG_FORMAT").as_deref().map(str::trim) {
            None | Some("" | "text") => LogFormat::Text,
            Some("json") => LogFormat::Json,
            Some(other) => {
                return Err(ConfigError::Invalid {
                    name: "PERILINK_LOG_FORMAT",
                    reason: format!("expected text or json, got `{other}`"),
                });
            }
        };
        let shutdown_grace = match lookup("PERILINK_SHUTDOWN_SECS").filter(|s| !s.trim().is_empty()) {
            None => Duration::from_secs(20),
            Some(n) => Duration::from_secs(n.trim().parse().map_err(|_| ConfigError::Invalid {
                name: "PERILINK_SHUTDOWN_SECS",
                reason: format!("expected a whole number of seconds, got `{n}`"),
            })?),
        };
        let key = |name: &'static str, value: &str| {
            crate::auth::data_key::DataKey::parse(value)
                .map_err(|reason| ConfigError::Invalid { name, reason })
        };
        let current = match lookup("PERILINK_DATA_KEY").filter(|s| !s.trim().is_empty()) {
            Some(value) => key("PERILINK_DATA_KEY", &value)?,
            None if demo => crate::auth::data_key::DataKey::demo(),
            None => return Err(ConfigError::MissingDataKey),
        };
        let previous = lookup("PERILINK_DATA_KEY_PREVIOUS")
            .unwrap_or_default()
            .split(',')
            .filter(|v| !v.trim().is_empty())
            .map(|v| key("PERILINK_DATA_KEY_PREVIOUS", v))
            .collect::<Result<Vec<_>, _>>()?;
        let data_keys = crate::auth::data_key::DataKeys { current, previous };
        let forwarded_header = crate::client_addr::ForwardedHeader::parse(
            &lookup("PERILINK_FORWARDED_HEADER").unwrap_or_default(),
        )
        .map_err(|reason| ConfigError::Invalid {
            name: "PERILINK_FORWARDED_HEADER",
            reason,
        })?;
        let trusted_proxies = crate::client_addr::TrustedProxies::parse(
            &lookup("PERILINK_TRUSTED_PROXIES").unwrap_or_default(),
            forwarded_header,
        )
        .map_err(|reason| ConfigError::Invalid {
            name: "PERILINK_TRUSTED_PROXIES",
            reason,
        })?;
        let db_max_connections = match lookup("PERILINK_DB_MAX_CONNECTIONS") {
            None => 16,
            Some(n) => n
                .parse()
                .ok()
                .filter(|n| *n > 0)
                .ok_or_else(|| ConfigError::Invalid {
                    name: "PERILINK_DB_MAX_CONNECTIONS",
                    reason: format!("expected a positive whole number, got `{n}`"),
                })?,
        };
        Ok(Config {
            addr,
            database_url,
            db_max_connections,
            demo,
            jwt_secret,
            access_token_ttl: Duration::from_secs(15 * 60),
            refresh_token_ttl: Duration::from_secs(30 * 24 * 60 * 60),
            app_dir: lookup("PERILINK_APP_DIR")
                .filter(|s| !s.is_empty())
                .unwrap_or_else(|| "dist".into())
                .into(),
            cookie_secure: flag("PERILINK_COOKIE_SECURE", true)?,
            public_url: lookup("PERILINK_PUBLIC_URL")
                .map(|u| u.trim().trim_end_matches('/').to_owned())
                .filter(|u| !u.is_empty())
                .unwrap_or_else(|| "http://localhost:8080".into()),
            content_dir: lookup("PERILINK_CONTENT_DIR")
                .filter(|s| !s.is_empty())
                .map(Into::into),
            feeds_allow_private: flag("PERILINK_FEEDS_ALLOW_PRIVATE", false)?,
            metrics_addr,
            log_format,
            shutdown_grace,
            quick_exits: quick_exits(lookup("PERILINK_QUICK_EXIT_URLS"))?,
            data_keys,
            smtp: smtp(&lookup)?,
            notify: notify(&lookup)?,
            trusted_proxies,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashMap;

    #[test]
    fn smtp_is_read_with_its_defaults_and_bad_values_are_named() {
        let base = [("PERILINK_DEMO", "1")];
        assert_eq!(config(&base).unwrap().smtp, None);
        let with = |extra: &[(&'static str, &'static str)]| {
            let mut vars = base.to_vec();
            vars.extend_from_slice(extra);
            config(&vars)
        };
        let smtp = with(&[
            ("PERILINK_SMTP_HOST", "smtp.example.org"),
            ("PERILINK_SMTP_FROM", "PeriLink <no-reply@example.org>"),
        ])
        .unwrap()
        .smtp
        .unwrap();
        assert_eq!((smtp.port, smtp.tls, smtp.user), (587, SmtpTls::StartTls, None));
        let smtp = with(&[
            ("PERILINK_SMTP_HOST", "smtp.example.org"),
            ("PERILINK_SMTP_FROM", "no-reply@example.org"),
            ("PERILINK_SMTP_TLS", "tls"),
            ("PERILINK_SMTP_USER", "perilink"),
            ("PERILINK_SMTP_PASSWORD", "secret"),
        ])
        .unwrap()
        .smtp
        .unwrap();
        assert_eq!((smtp.port, smtp.tls), (465, SmtpTls::Tls));
        for (name, extra) in [
            (
                "PERILINK_SMTP_FROM",
                vec![("PERILINK_SMTP_HOST", "smtp.example.org")],
            ),
            (
                "PERILINK_SMTP_FROM",
                vec![("PERILINK_SMTP_HOST", "h"), ("PERILINK_SMTP_FROM", "nobody")],
            ),
            (
                "PERILINK_SMTP_TLS",
                vec![
                    ("PERILINK_SMTP_HOST", "h"),
                    ("PERILINK_SMTP_FROM", "a@b.org"),
                    ("PERILINK_SMTP_TLS", "ssl"),
                ],
            ),
            (
                "PERILINK_SMTP_PORT",
                vec![
                    ("PERILINK_SMTP_HOST", "h"),
                    ("PERILINK_SMTP_FROM", "a@b.org"),
                    ("PERILINK_SMTP_PORT", "x"),
                ],
            ),
            (
                "PERILINK_SMTP_PASSWORD",
                vec![
                    ("PERILINK_SMTP_HOST", "h"),
                    ("PERILINK_SMTP_FROM", "a@b.org"),
                    ("PERILINK_SMTP_USER", "u"),
                ],
            ),
        ] {
            match with(&extra) {
                Err(ConfigError::Invalid { name: said, .. }) => assert_eq!(said, name, "{extra:?}"),
                other => panic!("{extra:?}: {:?}", other.map(|c| c.smtp)),
            }
        }
    }

    fn config(vars: &[(&str, &str)]) -> Result<Config, ConfigError> {
        let map: HashMap<String, String> = vars.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect();
        Config::from_lookup(|name| map.get(name).cloned())
    }

    #[test]
    fn the_server_refuses_to_start_without_a_secret_outside_demo_mode() {
        assert!(matches!(config(&[]), Err(ConfigError::MissingJwtSecret)));
    }

    #[test]
    fn demo_mode_starts_without_a_secret_on_the_default_address() {
        let c = config(&[("PERILINK_DEMO", "1")]).unwrap();
        assert!(c.demo);
        assert_eq!(c.addr.to_string(), "127.0.0.1:8080");
        assert!(c.database_url.starts_with("sqlite://"));
    }

    #[test]
    fn outside_demo_mode_a_data_key_is_required_and_checked() {
        let secret = ("PERILINK_JWT_SECRET", "a-secret-that-is-at-least-32-bytes-long");
        assert!(matches!(config(&[secret]), Err(ConfigError::MissingDataKey)));
        assert!(matches!(
            config(&[secret, ("PERILINK_DATA_KEY", "k1:short")]),
            Err(ConfigError::Invalid {
                name: "PERILINK_DATA_KEY",
                ..
            })
        ));
        let key = format!("k2:{}", "ab".repeat(32));
        let old = format!("k1:{}", "cd".repeat(32));
        let c = config(&[
            secret,
            ("PERILINK_DATA_KEY", &key),
            ("PERILINK_DATA_KEY_PREVIOUS", &old),
        ])
        .unwrap();
        assert_eq!(c.data_keys.current.id, "k2");
        assert_eq!(c.data_keys.previous[0].id, "k1");
        assert!(
            !format!("{c:?}").contains(&"ab".repeat(32)),
            "the key is never printed"
        );
    }

    #[test]
    fn notify_is_read_from_its_key_and_templates_and_bad_values_are_named() {
        let service = "26785a09-ab16-4eb0-8407-a37497a57506";
        let secret = "3d844edf-8d35-48ac-975b-e847b4f122b0";
        let sms = "f33517ff-2a88-4f6e-b855-c550268ce08a";
        let base = [("PERILINK_DEMO", "1")];
        assert_eq!(config(&base).unwrap().notify, None);
        let key = format!("perilink_live-{service}-{secret}");
        let notify = config(&[
            ("PERILINK_DEMO", "1"),
            ("PERILINK_NOTIFY_API_KEY", &key),
            ("PERILINK_NOTIFY_SMS_TEMPLATE", sms),
        ])
        .unwrap()
        .notify
        .unwrap();
        assert_eq!(
            (notify.service_id.as_str(), notify.secret.as_str()),
            (service, secret)
        );
        assert_eq!(notify.base_url, NOTIFY_BASE_URL);
        assert_eq!(notify.email_template, None);
        assert!(
            !format!("{notify:?}").contains(secret),
            "the secret is never printed"
        );
        for (extra, named) in [
            (
                vec![("PERILINK_NOTIFY_API_KEY", "not-a-key")],
                "PERILINK_NOTIFY_API_KEY",
            ),
            (
                vec![("PERILINK_NOTIFY_API_KEY", key.as_str())],
                "PERILINK_NOTIFY_SMS_TEMPLATE",
            ),
            (
                vec![
                    ("PERILINK_NOTIFY_API_KEY", key.as_str()),
                    ("PERILINK_NOTIFY_SMS_TEMPLATE", "sms"),
                ],
                "PERILINK_NOTIFY_SMS_TEMPLATE",
            ),
            (
                vec![
                    ("PERILINK_NOTIFY_API_KEY", key.as_str()),
                    ("PERILINK_NOTIFY_SMS_TEMPLATE", sms),
                    ("PERILINK_NOTIFY_BASE_URL", "ftp://notify"),
                ],
                "PERILINK_NOTIFY_BASE_URL",
            ),
        ] {
            let mut vars = vec![("PERILINK_DEMO", "1")];
            vars.extend(extra);
            let err = config(&vars).unwrap_err();
            assert!(err.to_string().starts_with(named), "{err}");
        }
    }

    #[test]
    fn a_short_secret_is_rejected() {
        assert!(matches!(
            config(&[("PERILINK_JWT_SECRET", "short")]),
            Err(ConfigError::Invalid {
                name: "PERILINK_JWT_SECRET",
                ..
            })
        ));
    }

    #[test]
    fn operations_settings_default_to_off_text_and_twenty_seconds() {
        let c = config(&[("PERILINK_DEMO", "1")]).unwrap();
        assert_eq!(c.metrics_addr, None);
        assert_eq!(c.log_format, LogFormat::Text);
        assert_eq!(c.shutdown_grace, Duration::from_secs(20));
        let c = config(&[
            ("PERILINK_DEMO", "1"),
            ("PERILINK_METRICS_ADDR", "127.0.0.1:9464"),
            ("PERILINK_LOG_FORMAT", "json"),
            ("PERILINK_SHUTDOWN_SECS", "5"),
        ])
        .unwrap();
        assert_eq!(c.metrics_addr, Some("127.0.0.1:9464".parse().unwrap()));
        assert_eq!(c.log_format, LogFormat::Json);
        assert_eq!(c.shutdown_grace, Duration::from_secs(5));
        for (name, value) in [
            ("PERILINK_METRICS_ADDR", "9464"),
            ("PERILINK_LOG_FORMAT", "xml"),
            ("PERILINK_SHUTDOWN_SECS", "soon"),
        ] {
            let err = config(&[("PERILINK_DEMO", "1"), (name, value)]).unwrap_err();
            assert!(err.to_string().starts_with(name), "{err}");
        }
    }

    #[test]
    fn a_database_url_with_an_unknown_sslmode_or_scheme_is_refused() {
        let err = config(&[
            ("PERILINK_DEMO", "1"),
            ("DATABASE_URL", "postgres://u:pw@h/db?sslmode=on"),
        ])
        .unwrap_err();
        assert!(
            err.to_string().contains("DATABASE_URL") && err.to_string().contains("sslmode `on`"),
            "{err}"
        );
        let err = config(&[("PERILINK_DEMO", "1"), ("DATABASE_URL", "mysql://h/db")]).unwrap_err();
        assert!(err.to_string().contains("DATABASE_URL"), "{err}");
        assert!(
            config(&[
                ("PERILINK_DEMO", "1"),
                ("DATABASE_URL", "postgres://h/db?sslmode=require")
            ])
            .is_ok()
        );
    }

    #[test]
    fn quick_exit_pages_default_to_the_bbc_and_can_be_configured() {
        let c = config(&[("PERILINK_DEMO", "1")]).unwrap();
        assert_eq!(c.quick_exits[0].url, "https://www.bbc.co.uk/weather");
        assert_eq!(c.quick_exits.len(), 3);
        let c = config(&[
            ("PERILINK_DEMO", "1"),
            (
                "PERILINK_QUICK_EXIT_URLS",
                "Weather | https://example.org/w, Local|http://127.0.0.1:9/x",
            ),
        ])
        .unwrap();
        assert_eq!(c.quick_exits.len(), 2);
        assert_eq!(c.quick_exits[0].name, "Weather");
        assert_eq!(c.quick_exits[1].url, "http://127.0.0.1:9/x");
        for bad in ["no-bar", "Name|ftp://x", "|https://x", "Name|javascript:alert(1)"] {
            let err = config(&[("PERILINK_DEMO", "1"), ("PERILINK_QUICK_EXIT_URLS", bad)]).unwrap_err();
            assert!(err.to_string().contains("PERILINK_QUICK_EXIT_URLS"), "{bad}");
        }
    }

    #[test]
    fn trusted_proxies_default_to_none_and_are_parsed_as_cidr_blocks() {
        let c = config(&[("PERILINK_DEMO", "1")]).unwrap();
        assert!(c.trusted_proxies.blocks.is_empty());
        let c = config(&[
            ("PERILINK_DEMO", "1"),
            ("PERILINK_TRUSTED_PROXIES", "127.0.0.1/32, 10.0.0.0/8,::1"),
            ("PERILINK_FORWARDED_HEADER", "forwarded"),
        ])
        .unwrap();
        assert_eq!(c.trusted_proxies.blocks.len(), 3);
        assert!(c.trusted_proxies.trusts("10.9.8.7".parse().unwrap()));
        assert!(!c.trusted_proxies.trusts("192.0.2.1".parse().unwrap()));
        assert_eq!(
            c.trusted_proxies.header,
            crate::client_addr::ForwardedHeader::Forwarded
        );
        for (name, value) in [
            ("PERILINK_TRUSTED_PROXIES", "10.0.0.0/40"),
            ("PERILINK_TRUSTED_PROXIES", "my-proxy"),
            ("PERILINK_FORWARDED_HEADER", "x-real-ip"),
        ] {
            let err = config(&[("PERILINK_DEMO", "1"), (name, value)]).unwrap_err();
            assert!(err.to_string().starts_with(name), "{err}");
        }
    }

    #[test]
    fn a_bad_address_is_named_in_the_error() {
        let err = config(&[("PERILINK_DEMO", "1"), ("PERILINK_ADDR", "nowhere")]).unwrap_err();
        assert!(err.to_string().contains("PERILINK_ADDR"));
    }
}
