//! Building the application: connect, migrate, seed the demo, bind, and serve.

use crate::auth::jwt::JwtKeys;
use crate::config::Config;
use crate::directory::{Directory, places};
use crate::error::{api_not_found, method_not_allowed, panic_response};
use crate::state::AppState;
use crate::web::{API_CSP, Assets};
use crate::{db, routes, service, telemetry, web};
use axum::Router;
use axum::extract::DefaultBodyLimit;
use axum::http::{HeaderName, HeaderValue, header};
use axum::routing::any;
use std::net::SocketAddr;
use std::sync::{Arc, OnceLock};
use tokio::net::TcpListener;
use tower_http::catch_panic::CatchPanicLayer;
use tower_http::set_header::SetResponseHeaderLayer;
use tower_http::trace::{DefaultOnResponse, TraceLayer};

/// The largest request body the API accepts.
pub const MAX_BODY_BYTES: usize = 256 * 1024;

/// Why the server could not start.
#[derive(Debug, thiserror::Error)]
pub enum StartError {
    #[error("database: {0}")]
    Database(#[from] sea_orm::DbErr),
    #[error("the app folder could not be read: {0}")]
    Assets(std::io::Error),
    #[error("cannot listen: {0}")]
    Listen(std::io::Error),
    #[error("the SMTP settings cannot be used: {0}")]
    Email(String),
    #[error("the Notify settings cannot be used: {0}")]
    Notify(String),
    #[error("feeds cannot be read: {0}")]
    Feeds(String),
}

/// A server bound to its port, ready to run.
pub struct Application {
    listener: TcpListener,
    router: Router,
    state: AppState,
    /// Where `/metrics` is served, if configured.
    metrics: Option<TcpListener>,
    /// Turned true to stop the background workers; dropping it stops them too.
    stop: tokio::sync::watch::Sender<bool>,
    /// The outbox worker, awaited at shutdown so it finishes its batch.
    outbox: tokio::task::JoinHandle<()>,
    /// Keeps `restore` away from an SQLite database while this server runs.
    _lock: db::DatabaseLock,
}

impl Application {
    /// Connects to the database, migrates it, seeds the demo if asked, loads the
    /// app's files and binds the listener (port 0 picks a free port).
    pub async fn build(config: Config) -> Result<Application, StartError> {
        use service::outbox::{Sender, Senders};
        let smtp = match &config.smtp {
            Some(smtp) => Some(service::email::SmtpSender::new(smtp).map_err(StartError::Email)?),
            None => None,
        };
        let notify = match &config.notify {
            Some(notify) => Some(service::notify::NotifySender::new(notify).map_err(StartError::Notify)?),
            None => None,
        };
        if smtp.is_none() && notify.is_none() {
            return Application::build_with_sender(config, service::outbox::LoggingSender).await;
        }
        let senders = Senders::new(smtp, notify);
        // Said once: messages on these channels wait in the outbox until one is.
        let waiting: Vec<&str> = ["sms", "email", "phone"]
            .into_iter()
            .filter(|channel| !senders.channels().contains(channel))
            .collect();
        tracing::warn!(
            sending = ?senders.channels(),
            waiting = ?waiting,
            "messages on a channel with no sender configured wait in the outbox"
        );
        Application::build_with_sender(config, senders).await
    }

    /// [`Application::build`], with the outbox's messages delivered by `sender`.
    pub async fn build_with_sender<S: service::outbox::Sender>(
        config: Config,
        sender: S,
    ) -> Result<Application, StartError> {
        let (db, database, lock) = db::connect(&config).await?;
        let writer = db::open_writer(&config, &db).await?;
        if config.demo {
            service::demo::seed_if_empty(&db).await?;
        }
        let directory = Arc::new(match db::connect_for_one_read(&config).await? {
            Some(reader) => {
                let loaded = Directory::load(&reader).await;
                reader.close().await?;
                loaded?
            }
            None => Directory::load(&db).await?,
        });
        directory.clone().watch(db.clone());
        tokio::task::spawn_blocking(places::warm);
        service::listings_admin::watch_stale(db.clone());
        service::screening::spawn_jobs(db.clone());
        let feeds = service::fetch::FeedClient::new(
            &config.public_url,
            service::fetch::address::Policy {
                allow_private: config.feeds_allow_private,
            },
        )
        .map_err(StartError::Feeds)?;
        service::feed_import::spawn_job(db.clone(), Arc::clone(&directory), feeds.clone());
        service::calendar_import::spawn_job(db.clone(), Arc::clone(&directory), feeds.clone());
        let (stop, stopped) = tokio::sync::watch::channel(false);
        let outbox_heartbeat = Arc::new(service::outbox::Heartbeat::default());
        let outbox = service::outbox::spawn_worker(
            db.clone(),
            sender,
            std::time::Duration::from_secs(2),
            Arc::clone(&outbox_heartbeat),
            stopped,
        );
        let assets = Assets::load(&config.app_dir).map_err(StartError::Assets)?;
        if assets.is_empty() {
            tracing::warn!(dir = %config.app_dir.display(), "no built app found; serving the API only");
        } else {
            tracing::info!(files = assets.len(), "loaded the app");
        }
        let listener = TcpListener::bind(config.addr).await.map_err(StartError::Listen)?;
        let metrics = match config.metrics_addr {
            Some(addr) => {
                crate::metrics::install();
                Some(TcpListener::bind(addr).await.map_err(StartError::Listen)?)
            }
            None => None,
        };
        let state = AppState {
            db,
            writer,
            database,
            directory,
            keys: Arc::new(JwtKeys::new(&config.jwt_secret, config.access_token_ttl)),
            config: Arc::new(config),
            assets: Arc::new(assets),
            openapi: Arc::new(OnceLock::new()),
            outbox_heartbeat,
            feeds,
        };
        let router = router(state.clone());
        Ok(Application {
            listener,
            router,
            state,
            metrics,
            stop,
            outbox,
            _lock: lock,
        })
    }

    /// The port the server listens on.
    pub fn port(&self) -> u16 {
        self.listener.local_addr().map(|a| a.port()).unwrap_or_default()
    }

    /// The port `/metrics` is served on, if it is.
    pub fn metrics_port(&self) -> Option<u16> {
        self.metrics
            .as_ref()
            .and_then(|l| l.local_addr().ok())
            .map(|a| a.port())
    }

    /// The shared state, for tests that look behind the API.
    pub fn state(&self) -> &AppState {
        &self.state
    }

    /// Serves until the process is told to stop (Ctrl-C or SIGTERM), then stops
    /// gracefully: no new connections, requests in flight finish (for up to
    /// `PERILINK_SHUTDOWN_SECS`), the outbox worker finishes the batch it holds.
    pub async fn run_until_stopped(self) -> std::io::Result<()> {
        let grace = self.state.config.shutdown_grace;
        let (signalled, on_signal) = tokio::sync::oneshot::channel::<()>();
        if let Some(listener) = self.metrics {
            let mut stopped = self.stop.subscribe();
            let metrics = crate::metrics::router(self.state.clone());
            tokio::spawn(async move {
                let until = async move {
                    let _ = stopped.wait_for(|stop| *stop).await;
                };
                if let Err(error) = axum::serve(listener, metrics).with_graceful_shutdown(until).await {
                    tracing::warn!(%error, "the metrics listener failed");
                }
            });
        }
        let server = axum::serve(
            self.listener,
            self.router.into_make_service_with_connect_info::<SocketAddr>(),
        )
        .with_graceful_shutdown(async move {
            shutdown_signal().await;
            let _ = signalled.send(());
        });
        let deadline = async move {
            if on_signal.await.is_ok() {
                tokio::time::sleep(grace).await;
            } else {
                std::future::pending::<()>().await;
            }
        };
        let result = tokio::select! {
            result = server => result,
            () = deadline => {
                tracing::warn!(grace_secs = grace.as_secs(), "requests still running when the grace period ended; stopping anyway");
                Ok(())
            }
        };
        let _ = self.stop.send(true);
        if tokio::time::timeout(grace, self.outbox).await.is_err() {
            tracing::warn!("the outbox worker did not finish its batch in time");
        }
        self.state.writer.close().await;
        tracing::info!("stopped");
        result
    }
}

/// The whole HTTP surface: the API, its fallbacks, the app, and the layers every
/// response passes through.
pub fn router(state: AppState) -> Router {
    let (api, mut openapi) = routes::api().split_for_parts();
    routes::document_extractor_answers(&mut openapi);
    let _ = state
        .openapi
        .set(openapi.to_json().unwrap_or_else(|_| "{}".into()));
    let api = api
        .route("/api/{*rest}", any(api_not_found))
        .layer(DefaultBodyLimit::max(MAX_BODY_BYTES))
        .layer(SetResponseHeaderLayer::if_not_present(
            header::CACHE_CONTROL,
            HeaderValue::from_static("no-store"),
        ))
        .layer(axum::middleware::from_fn(web::compress_answers));
    // Browsers keep to HTTPS for a year once they have seen PeriLink over it.
    let https = state.config.public_url.starts_with("https://");
    let router = Router::new()
        .merge(api)
        .method_not_allowed_fallback(method_not_allowed)
        .fallback(web::serve_app)
        .with_state(state)
        .layer(CatchPanicLayer::custom(panic_response))
        .layer(axum::middleware::from_fn(crate::metrics::track))
        .layer(
            TraceLayer::new_for_http()
                .make_span_with(telemetry::request_span)
                .on_request(())
                .on_response(DefaultOnResponse::new().level(tracing::Level::DEBUG)),
        )
        .layer(SetResponseHeaderLayer::if_not_present(
            header::CONTENT_SECURITY_POLICY,
            HeaderValue::from_static(API_CSP),
        ))
        .layer(SetResponseHeaderLayer::overriding(
            header::X_CONTENT_TYPE_OPTIONS,
            HeaderValue::from_static("nosniff"),
        ))
        .layer(SetResponseHeaderLayer::overriding(
            header::REFERRER_POLICY,
            HeaderValue::from_static("no-referrer"),
        ))
        .layer(SetResponseHeaderLayer::overriding(
            header::X_FRAME_OPTIONS,
            HeaderValue::from_static("DENY"),
        ))
        .layer(SetResponseHeaderLayer::overriding(
            HeaderName::from_static("cross-origin-opener-policy"),
            HeaderValue::from_static("same-origin"),
        ))
        .layer(SetResponseHeaderLayer::overriding(
            HeaderName::from_static("permissions-policy"),
            HeaderValue::from_static("camera=(), microphone=(), geolocation=(self)"),
        ));
    if https {
        router.layer(SetResponseHeaderLayer::overriding(
            header::STRICT_TRANSPORT_SECURITY,
            HeaderValue::from_static("max-age=31536000; includeSubDomains"),
        ))
    } else {
        router
    }
}

async fn shutdown_signal() {
    let ctrl_c = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    #[cfg(unix)]
    let terminate = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut signal) => {
                signal.recv().await;
            }
            Err(_) => std::future::pending::<()>().await,
        }
    };
    #[cfg(not(unix))]
    let terminate = std::future::pending::<()>();
    tokio::select! {
        () = ctrl_c => {},
        () = terminate => {},
    }
    tracing::info!("stopping");
}

/// `perilink-server rotate-data-key`: re-seals every secret at rest under the
/// current data key, and says how many it re-sealed. Run it after
/// setting a new `PERILINK_DATA_KEY` with the old one in `PERILINK_DATA_KEY_PREVIOUS`;
/// then the old key may be dropped.
pub async fn rotate_data_key(config: &Config) -> Result<usize, Box<dyn std::error::Error>> {
    let (db, _, _lock) = crate::db::connect(config).await?;
    let count = crate::service::two_factor::reseal_all(&db, &config.data_keys).await?;
    db.close().await?;
    Ok(count)
}

/// Starts telemetry, builds and runs the server; what `main` calls.
pub async fn run(config: Config) -> Result<(), Box<dyn std::error::Error>> {
    telemetry::init(config.log_format);
    let demo = config.demo;
    // Standard output holds only log lines when they are JSON.
    let json_logs = config.log_format == crate::config::LogFormat::Json;
    let app = Application::build(config).await?;
    tracing::info!(
        port = app.port(),
        database = ?app.state().database,
        version = env!("CARGO_PKG_VERSION"),
        commit = env!("PERILINK_COMMIT"),
        "PeriLink is listening"
    );
    if let Some(port) = app.metrics_port() {
        tracing::info!(metrics_port = port, "metrics at /metrics");
    }
    if demo && !json_logs {
        service::demo::print_accounts(app.port());
    }
    app.run_until_stopped().await?;
    Ok(())
}
