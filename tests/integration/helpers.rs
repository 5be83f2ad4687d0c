//! Test support: [`TestApp`] runs the real server in this process on a random port
//! with a database of its own, dropped with it.

#![allow(dead_code, reason = "each test module uses a different part of the helpers")]

use perilink_server::config::Config;
use perilink_server::service::outbox::{OutboundMessage, SendError, Sender};
use perilink_server::startup::Application;
use serde_json::{Value, json};
use std::path::{Path, PathBuf};
use std::time::Duration;

/// The workspace root.
pub fn workspace_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("tests/ has a parent")
        .to_path_buf()
}

/// Which database a test runs against.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Backend {
    Sqlite,
    Postgres,
}

/// The PostgreSQL server tests may use, if configured.
pub fn postgres_url() -> Option<String> {
    std::env::var("PERILINK_TEST_POSTGRES_URL")
        .ok()
        .filter(|s| !s.is_empty())
}

/// A fresh database, removed on drop.
pub struct TestDatabase {
    pub url: String,
    cleanup: Cleanup,
}

enum Cleanup {
    Folder(PathBuf),
    PostgresDatabase { admin_url: String, name: String },
}

impl TestDatabase {
    /// A new SQLite file in a folder of its own.
    pub fn sqlite() -> TestDatabase {
        let dir = std::env::temp_dir().join(format!("perilink-test-{}", uuid::Uuid::new_v4()));
        std::fs::create_dir_all(&dir).expect("create a temporary folder");
        TestDatabase {
            url: format!("sqlite://{}", dir.join("perilink.db").display()),
            cleanup: Cleanup::Folder(dir),
        }
    }

    /// A new PostgreSQL database on the configured server, or `None` when none is
    /// configured.
    pub async fn postgres() -> Option<TestDatabase> {
        use sea_orm::ConnectionTrait;
        let admin_url = postgres_url()?;
        let name = format!("perilink_test_{}", uuid::Uuid::new_v4().simple());
        let admin = sea_orm::Database::connect(&admin_url)
            .await
            .expect("connect to PERILINK_TEST_POSTGRES_URL");
        admin
            .execute_unprepared(&format!("CREATE DATABASE {name}"))
            .await
            .expect("create a test database");
        let _ = admin.close().await;
        let url = replace_database(&admin_url, &name);
        Some(TestDatabase {
            url,
            cleanup: Cleanup::PostgresDatabase { admin_url, name },
        })
    }

    /// A fresh database of the given kind; `None` for PostgreSQL when unconfigured.
    pub async fn new(backend: Backend) -> Option<TestDatabase> {
        match backend {
            Backend::Sqlite => Some(TestDatabase::sqlite()),
            Backend::Postgres => TestDatabase::postgres().await,
        }
    }
}

/// The URL with its database name replaced.
fn replace_database(url: &str, name: &str) -> String {
    let (base, query) = match url.split_once('?') {
        Some((b, q)) => (b, format!("?{q}")),
        None => (url, String::new()),
    };
    let scheme_end = base.find("://").map(|i| i + 3).unwrap_or(0);
    let base = match base[scheme_end..].find('/') {
        Some(slash) => &base[..scheme_end + slash],
        None => base,
    };
    format!("{base}/{name}{query}")
}

impl Drop for TestDatabase {
    fn drop(&mut self) {
        match &self.cleanup {
            Cleanup::Folder(dir) => {
                let _ = std::fs::remove_dir_all(dir);
            }
            Cleanup::PostgresDatabase { admin_url, name } => {
                let (admin_url, name) = (admin_url.clone(), name.clone());
                // Drop runs outside any runtime we may block, so use a thread of its own.
                let _ = std::thread::spawn(move || {
                    let runtime = tokio::runtime::Builder::new_current_thread().enable_all().build();
                    if let Ok(runtime) = runtime {
                        runtime.block_on(async {
                            use sea_orm::ConnectionTrait;
                            if let Ok(admin) = sea_orm::Database::connect(&admin_url).await {
                                let _ = admin
                                    .execute_unprepared(&format!(
                                        "DROP DATABASE IF EXISTS {name} WITH (FORCE)"
                                    ))
                                    .await;
                                let _ = admin.close().await;
                            }
                        });
                    }
                })
                .join();
            }
        }
    }
}

/// How a [`TestApp`] is set up.
#[derive(Clone, Debug)]
pub struct Options {
    pub demo: bool,
    pub app_dir: PathBuf,
    /// The licensed screening content pack, if the test installs one.
    pub content_dir: Option<PathBuf>,
    /// `PERILINK_QUICK_EXIT_URLS`: the neutral pages "Leave quickly" may open (a
    /// browser test points one at a local page, the machine having no internet).
    pub quick_exit_urls: Option<String>,
    /// Where people open PeriLink (`PERILINK_PUBLIC_URL`), if not the default.
    pub public_url: Option<String>,
    /// The port of an SMTP server on 127.0.0.1 to send email through (no TLS),
    /// instead of keeping messages in the test.
    pub smtp_port: Option<u16>,
    /// `PERILINK_TRUSTED_PROXIES`: the reverse proxies whose `X-Forwarded-For` is
    /// believed (none by default).
    pub trusted_proxies: Option<String>,
    /// The address of a GOV.UK Notify stand-in to send text messages and email
    /// through with the `TEST_NOTIFY_*` key and templates, instead of keeping
    /// messages in the test.
    pub notify_url: Option<String>,
    /// `PERILINK_FEEDS_ALLOW_PRIVATE`: whether feeds may be read from loopback and
    /// private addresses. On by default, as the tests' feeds are on 127.0.0.1.
    pub feeds_allow_private: bool,
}

/// The Notify service, key secret, templates and callback token the tests use.
pub const TEST_NOTIFY_SERVICE: &str = "26785a09-ab16-4eb0-8407-a37497a57506";
pub const TEST_NOTIFY_SECRET: &str = "3d844edf-8d35-48ac-975b-e847b4f122b0";
pub const TEST_NOTIFY_SMS_TEMPLATE: &str = "f33517ff-2a88-4f6e-b855-c550268ce08a";
pub const TEST_NOTIFY_EMAIL_TEMPLATE: &str = "a0b1c2d3-0000-4000-8000-0000000000e1";
pub const TEST_NOTIFY_CALLBACK_TOKEN: &str = "notify-callback-token-for-the-tests";

impl Default for Options {
    fn default() -> Self {
        Options {
            demo: true,
            app_dir: workspace_root().join("dist"),
            content_dir: Some(test_content_pack().to_owned()),
            quick_exit_urls: None,
            public_url: None,
            smtp_port: None,
            trusted_proxies: None,
            notify_url: None,
            feeds_allow_private: true,
        }
    }
}

/// The EPDS item wording the test content pack gives, in every language it has.
pub fn test_question(n: usize) -> String {
    format!("Test question {n}")
}

/// The EPDS option wording the test content pack gives.
pub fn test_answer(n: usize) -> String {
    format!("Test answer {n}")
}

/// A content pack for tests (the licensed EPDS wording is not in the repository):
/// EPDS in every interface language, validated in English and Arabic only; written
/// once per test run. Without a pack EPDS cannot be taken at all (hazard H11).
pub fn test_content_pack() -> &'static Path {
    static PACK: std::sync::OnceLock<PathBuf> = std::sync::OnceLock::new();
    PACK.get_or_init(|| {
        let dir = std::env::temp_dir().join(format!("perilink-test-pack-{}", std::process::id()));
        std::fs::create_dir_all(dir.join("epds")).expect("a folder for the test pack");
        let items: Vec<serde_json::Value> = (1..=10)
            .map(|n| serde_json::json!({"text": test_question(n), "options": (1..=4).map(test_answer).collect::<Vec<_>>()}))
            .collect();
        for language in perilink_shared::language::Language::ALL {
            let (language, validated) = (language.tag(), matches!(language.tag(), "en" | "ar"));
            std::fs::write(
                dir.join("epds").join(format!("{language}.json")),
                serde_json::json!({"validated": validated, "items": items}).to_string(),
            )
            .expect("write the test pack");
        }
        dir
    })
}

/// The real server, running in this process on a random port.
pub struct TestApp {
    pub address: String,
    pub port: u16,
    pub client: reqwest::Client,
    pub backend: Backend,
    pub db: TestDatabase,
    pub state: perilink_server::state::AppState,
    /// What the outbox worker delivered, in order.
    pub sent: SentMessages,
    server: tokio::task::JoinHandle<()>,
}

/// A test server's message provider: it keeps every message the outbox worker
/// delivers, as a provider would receive it.
#[derive(Clone, Default)]
pub struct SentMessages(std::sync::Arc<std::sync::Mutex<Vec<OutboundMessage>>>);

impl Sender for SentMessages {
    async fn send(&self, message: &OutboundMessage) -> Result<(), SendError> {
        self.0.lock().expect("the sent messages").push(message.clone());
        Ok(())
    }
}

impl SentMessages {
    fn payload_of(&self, id: &str) -> Option<String> {
        self.sent(id).and_then(|m| m.payload)
    }

    /// The outbox message `id` as it was delivered, if it has been.
    pub fn sent(&self, id: &str) -> Option<OutboundMessage> {
        let sent = self.0.lock().expect("the sent messages");
        sent.iter().rev().find(|m| m.id == id).cloned()
    }
}

/// The link or code the newest `template` message carries: from the queue if it
/// is still waiting there, or as it was delivered (sending wipes it from the
/// queue, so a test reading only the queue would race the worker).
pub async fn message_payload(app: &TestApp, template: &str) -> String {
    payload_of_message(app, template, None).await
}

/// [`message_payload`] of the newest `template` message queued to the address
/// `to` (as the server normalises it: `+44…` for a phone).
pub async fn message_payload_to(app: &TestApp, template: &str, to: &str) -> String {
    payload_of_message(app, template, Some(to)).await
}

async fn payload_of_message(app: &TestApp, template: &str, to: Option<&str>) -> String {
    let deadline = std::time::Instant::now() + Duration::from_secs(15);
    loop {
        let rows = perilink_server::service::sql::query(
            &app.state.db,
            "SELECT id, payload, to_address FROM outbox WHERE template = ? ORDER BY created_at DESC",
            vec![template.into()],
        )
        .await
        .expect("the outbox");
        let addressed = rows.iter().find(|row| {
            let address: Option<String> = row.try_get_by_index(2).expect("an address column");
            to.is_none_or(|to| address.as_deref() == Some(to))
        });
        if let Some(row) = addressed {
            let id: String = row.try_get_by_index(0).expect("an id");
            let queued: Option<String> = row.try_get_by_index(1).expect("a payload column");
            if let Some(payload) = queued.or_else(|| app.sent.payload_of(&id)) {
                return payload;
            }
        }
        assert!(
            std::time::Instant::now() < deadline,
            "a {template} message with a link or code, queued or sent"
        );
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
}

/// Sends now the `template` messages quiet hours hold (21:00 to 08:00 in London,
/// `service::contact`): a test about delivery must not depend on the hour it runs.
/// The messages themselves are as queued; only their time is brought forward.
pub async fn release_held(app: &TestApp, template: &str) {
    let now = chrono::Utc::now();
    perilink_server::service::sql::exec(
        &app.state.db,
        "UPDATE outbox SET available_at = ? WHERE template = ? AND status = 'pending' AND available_at > ?",
        vec![now.into(), template.into(), now.into()],
    )
    .await
    .expect("the outbox");
}

/// The key test servers seal secrets at rest with.
pub const TEST_DATA_KEY: &str = "test-2026:000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f";

/// The secret test servers sign tokens with.
pub const TEST_JWT_SECRET: &str = "integration-test-secret-of-enough-length-0123";

impl TestApp {
    /// Starts a server with demo data on a fresh database; `None` when the backend
    /// is PostgreSQL and no server is configured.
    pub async fn spawn(backend: Backend) -> Option<TestApp> {
        TestApp::spawn_with(backend, Options::default()).await
    }

    /// Starts a server with these options.
    pub async fn spawn_with(backend: Backend, options: Options) -> Option<TestApp> {
        let db = TestDatabase::new(backend).await?;
        Some(TestApp::start_on(db, backend, options).await)
    }

    /// Starts a server with demo data on a fresh SQLite file, with this content
    /// pack (`None`: none installed).
    pub async fn with_content(content_dir: Option<PathBuf>) -> TestApp {
        let options = Options {
            content_dir,
            ..Options::default()
        };
        TestApp::spawn_with(Backend::Sqlite, options)
            .await
            .expect("SQLite is always available")
    }

    /// Starts a server on an existing database (to test restarts).
    pub async fn start_on(db: TestDatabase, backend: Backend, options: Options) -> TestApp {
        let config = test_config(&db.url, &options);
        let sent = SentMessages::default();
        let app = if options.smtp_port.is_some() || options.notify_url.is_some() {
            // The server's own senders, as configured.
            Application::build(config).await
        } else {
            Application::build_with_sender(config, sent.clone()).await
        }
        .expect("the server starts");
        let port = app.port();
        let state = app.state().clone();
        let server = tokio::spawn(async move {
            let _ = app.run_until_stopped().await;
        });
        TestApp {
            address: format!("http://127.0.0.1:{port}"),
            port,
            client: reqwest::Client::builder()
                .redirect(reqwest::redirect::Policy::none())
                .timeout(Duration::from_secs(30))
                .build()
                .expect("an HTTP client"),
            backend,
            db,
            state,
            sent,
            server,
        }
    }

    /// Stops the server and hands back its database, to start another on it.
    pub async fn stop(self) -> TestDatabase {
        self.server.abort();
        let _ = self.server.await;
        self.state.writer.close().await;
        self.state.db.clone().close().await.ok();
        self.db
    }

    /// A full URL for a path.
    pub fn url(&self, path: &str) -> String {
        format!("{}{}", self.address, path)
    }

    pub async fn get(&self, path: &str) -> reqwest::Response {
        self.client.get(self.url(path)).send().await.expect("GET")
    }

    pub async fn get_with_token(&self, path: &str, token: &str) -> reqwest::Response {
        self.client
            .get(self.url(path))
            .bearer_auth(token)
            .send()
            .await
            .expect("GET")
    }

    pub async fn post_json(&self, path: &str, body: &Value) -> reqwest::Response {
        self.client
            .post(self.url(path))
            .json(body)
            .send()
            .await
            .expect("POST")
    }

    /// Signs a mother up as she does in the app: her details, then the code the
    /// server sent to the contact she gave first, read from its message. The
    /// answer to the second step.
    pub async fn sign_up(&self, details: &Value) -> reqwest::Response {
        let started = self.post_json("/api/auth/signup", details).await;
        assert_eq!(started.status(), 202, "the sign-up's first step");
        let contact = details["phone"]
            .as_str()
            .or_else(|| details["email"].as_str())
            .expect("a phone or an email");
        let to = perilink_server::service::login_codes::normalise_contact(contact);
        let code = message_payload_to(self, "login_code", &to).await;
        self.post_json(
            "/api/auth/signup/confirm",
            &json!({"signup": details, "code": code}),
        )
        .await
    }

    /// `POST /api/auth/login`.
    pub async fn login(&self, email: &str, password: &str) -> reqwest::Response {
        self.post_json(
            "/api/auth/login",
            &serde_json::json!({ "email": email, "password": password }),
        )
        .await
    }

    /// Signs in a demo account and returns its access token and refresh cookie.
    pub async fn login_demo(&self, role: &str) -> (String, String) {
        let response = self
            .login(&format!("{role}@demo.perilink.test"), "demo-password")
            .await;
        assert_eq!(response.status(), 200, "demo {role} signs in");
        let cookie = refresh_cookie(&response).expect("a refresh cookie");
        let body: Value = response.json().await.expect("JSON");
        (body["access_token"].as_str().expect("a token").to_owned(), cookie)
    }

    /// `POST /api/auth/refresh` with a refresh cookie.
    pub async fn refresh(&self, cookie: &str) -> reqwest::Response {
        self.client
            .post(self.url("/api/auth/refresh"))
            .header("Cookie", format!("perilink_refresh={cookie}"))
            .send()
            .await
            .expect("POST")
    }
}

/// The configuration a test server runs with.
pub fn test_config(database_url: &str, options: &Options) -> Config {
    let app_dir = options.app_dir.display().to_string();
    let demo = if options.demo { "1" } else { "0" };
    let content_dir = options
        .content_dir
        .as_ref()
        .map(|d| d.display().to_string())
        .unwrap_or_default();
    let public_url = options.public_url.clone().unwrap_or_default();
    let (smtp_host, smtp_port) = match options.smtp_port {
        Some(port) => ("127.0.0.1", port.to_string()),
        None => ("", String::new()),
    };
    let trusted_proxies = options.trusted_proxies.clone().unwrap_or_default();
    let notify_key = format!("perilink_test-{TEST_NOTIFY_SERVICE}-{TEST_NOTIFY_SECRET}");
    let notify = |value: &'static str| if options.notify_url.is_some() { value } else { "" };
    let vars = [
        ("PERILINK_ADDR", "127.0.0.1:0"),
        ("DATABASE_URL", database_url),
        ("PERILINK_DEMO", demo),
        ("PERILINK_JWT_SECRET", TEST_JWT_SECRET),
        ("PERILINK_DATA_KEY", TEST_DATA_KEY),
        ("PERILINK_APP_DIR", app_dir.as_str()),
        ("PERILINK_DB_MAX_CONNECTIONS", "8"),
        ("PERILINK_CONTENT_DIR", content_dir.as_str()),
        (
            "PERILINK_QUICK_EXIT_URLS",
            options.quick_exit_urls.as_deref().unwrap_or(""),
        ),
        ("PERILINK_PUBLIC_URL", public_url.as_str()),
        ("PERILINK_SMTP_HOST", smtp_host),
        ("PERILINK_SMTP_PORT", smtp_port.as_str()),
        ("PERILINK_SMTP_TLS", "none"),
        ("PERILINK_SMTP_FROM", "PeriLink <no-reply@perilink.test>"),
        ("PERILINK_TRUSTED_PROXIES", trusted_proxies.as_str()),
        (
            "PERILINK_FEEDS_ALLOW_PRIVATE",
            if options.feeds_allow_private { "1" } else { "0" },
        ),
        (
            "PERILINK_NOTIFY_API_KEY",
            if options.notify_url.is_some() {
                notify_key.as_str()
            } else {
                ""
            },
        ),
        (
            "PERILINK_NOTIFY_BASE_URL",
            options.notify_url.as_deref().unwrap_or(""),
        ),
        ("PERILINK_NOTIFY_SMS_TEMPLATE", notify(TEST_NOTIFY_SMS_TEMPLATE)),
        (
            "PERILINK_NOTIFY_EMAIL_TEMPLATE",
            notify(TEST_NOTIFY_EMAIL_TEMPLATE),
        ),
        (
            "PERILINK_NOTIFY_CALLBACK_TOKEN",
            notify(TEST_NOTIFY_CALLBACK_TOKEN),
        ),
    ];
    Config::from_lookup(|name| {
        vars.iter()
            .find(|(k, _)| *k == name)
            .map(|(_, v)| (*v).to_owned())
    })
    .expect("a valid test configuration")
}

/// A member of staff's authenticator, enrolled through the API.
pub struct TwoFactor {
    /// An access token for the sign-in that enrolled, counting as two-factor.
    pub access_token: String,
    /// The authenticator's secret, base32.
    pub secret: String,
    /// The ten recovery codes.
    pub recovery_codes: Vec<String>,
}

/// The code an authenticator with this base32 secret shows now.
pub fn totp_now(secret: &str) -> String {
    let key = perilink_server::auth::totp::base32_decode(secret).expect("a base32 secret");
    perilink_server::auth::totp::code_at(&key, chrono::Utc::now().timestamp() as u64)
}

/// Enrols an authenticator for the signed-in member of staff (as the app does:
/// enrol, then confirm with a code the test computes) and returns what came back.
pub async fn enrol_two_factor(app: &TestApp, token: &str) -> TwoFactor {
    let enrolment = post_with_token(app, "/api/me/totp/enrol", token, serde_json::json!({})).await;
    assert_eq!(enrolment.status(), 200, "enrolling starts");
    let enrolment: Value = enrolment.json().await.expect("JSON");
    let secret = enrolment["secret_base32"].as_str().expect("a secret").to_owned();
    let confirmed = post_with_token(
        app,
        "/api/me/totp/confirm",
        token,
        serde_json::json!({ "code": totp_now(&secret) }),
    )
    .await;
    assert_eq!(
        confirmed.status(),
        200,
        "a code from the authenticator confirms it"
    );
    let confirmed: Value = confirmed.json().await.expect("JSON");
    TwoFactor {
        access_token: confirmed["session"]["access_token"]
            .as_str()
            .expect("a token")
            .to_owned(),
        secret,
        recovery_codes: confirmed["recovery_codes"]
            .as_array()
            .expect("recovery codes")
            .iter()
            .map(|c| c.as_str().expect("a code").to_owned())
            .collect(),
    }
}

/// The refresh token a response set, if any.
pub fn refresh_cookie(response: &reqwest::Response) -> Option<String> {
    response
        .headers()
        .get_all("set-cookie")
        .iter()
        .filter_map(|v| v.to_str().ok())
        .find_map(|v| v.strip_prefix("perilink_refresh="))
        .map(|v| v.split(';').next().unwrap_or_default().to_owned())
        .filter(|v| !v.is_empty())
}

/// The `Set-Cookie` header that carries the refresh token.
pub fn refresh_cookie_header(response: &reqwest::Response) -> Option<String> {
    response
        .headers()
        .get_all("set-cookie")
        .iter()
        .filter_map(|v| v.to_str().ok())
        .find(|v| v.starts_with("perilink_refresh="))
        .map(str::to_owned)
}

/// Asserts a response is the one JSON error shape with this status and code.
pub async fn assert_error(response: reqwest::Response, status: u16, code: &str) -> Value {
    assert_eq!(response.status().as_u16(), status, "status");
    let content_type = response
        .headers()
        .get("content-type")
        .and_then(|v| v.to_str().ok())
        .unwrap_or_default()
        .to_owned();
    assert!(
        content_type.starts_with("application/json"),
        "content type {content_type}"
    );
    let body: Value = response.json().await.expect("a JSON error body");
    assert_eq!(body["error"]["code"], code, "error code in {body}");
    assert!(body["error"]["message"].is_string(), "a message in {body}");
    body
}

/// `POST` a JSON body with an access token.
pub async fn post_with_token(app: &TestApp, path: &str, token: &str, body: Value) -> reqwest::Response {
    app.client
        .post(app.url(path))
        .bearer_auth(token)
        .json(&body)
        .send()
        .await
        .expect("POST")
}

/// `GET` with an access token, expecting 200 and JSON.
pub async fn get_json(app: &TestApp, path: &str, token: &str) -> Value {
    let response = app.get_with_token(path, token).await;
    assert_eq!(response.status(), 200, "GET {path}");
    response.json().await.expect("JSON")
}

async fn first_row(app: &TestApp, sql: &str) -> sea_orm::QueryResult {
    use sea_orm::ConnectionTrait;
    let db = &app.state.db;
    db.query_one_raw(sea_orm::Statement::from_string(
        db.get_database_backend(),
        sql.to_owned(),
    ))
    .await
    .expect(sql)
    .unwrap_or_else(|| panic!("no row for {sql}"))
}

/// The first column of the first row of a query, as a number.
pub async fn count(app: &TestApp, sql: &str) -> i64 {
    let row = first_row(app, sql).await;
    row.try_get_by_index::<i64>(0)
        .or_else(|_| row.try_get_by_index::<i32>(0).map(i64::from))
        .expect("a number")
}

/// The first column of the first row of a query, as text.
pub async fn text(app: &TestApp, sql: &str) -> String {
    first_row(app, sql)
        .await
        .try_get_by_index::<String>(0)
        .expect("text")
}

/// Declares an async test that runs once against SQLite and once against
/// PostgreSQL; the PostgreSQL run says it is skipped when no server is configured.
macro_rules! db_test {
    ($(#[$meta:meta])* async fn $name:ident($app:ident: TestApp) $body:block) => {
        mod $name {
            #[allow(unused_imports, reason = "whatever the test body uses")]
            use super::*;

            async fn run($app: $crate::helpers::TestApp) $body

            #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
            async fn sqlite() {
                let app = $crate::helpers::TestApp::spawn($crate::helpers::Backend::Sqlite)
                    .await
                    .expect("SQLite is always available");
                run(app).await;
            }

            #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
            async fn postgres() {
                match $crate::helpers::TestApp::spawn($crate::helpers::Backend::Postgres).await {
                    Some(app) => run(app).await,
                    None => eprintln!(
                        "SKIPPED {}::postgres: set PERILINK_TEST_POSTGRES_URL to run it",
                        stringify!($name)
                    ),
                }
            }
        }
    };
}
pub(crate) use db_test;

#[cfg(test)]
mod tests {
    use super::replace_database;

    #[test]
    fn the_database_name_is_replaced_and_the_query_kept() {
        assert_eq!(
            replace_database("postgres://postgres@127.0.0.1:5432/test", "x"),
            "postgres://postgres@127.0.0.1:5432/x"
        );
        assert_eq!(
            replace_database("postgres://u@h/test?sslmode=disable", "x"),
            "postgres://u@h/x?sslmode=disable"
        );
        assert_eq!(replace_database("postgres://u@h", "x"), "postgres://u@h/x");
    }
}
