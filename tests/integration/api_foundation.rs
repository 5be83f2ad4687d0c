//! Health, the OpenAPI document, security headers, the served app, demo data and
//! migrations, on both databases.

use crate::helpers::{Backend, Options, TestApp, TestDatabase, db_test};
use serde_json::Value;

db_test! {
    async fn health_names_the_database(app: TestApp) {
        let response = app.get("/api/health").await;
        assert_eq!(response.status(), 200);
        assert_eq!(response.headers()["cache-control"], "no-store");
        let body: Value = response.json().await.unwrap();
        let expected = match app.backend {
            Backend::Sqlite => "sqlite",
            Backend::Postgres => "postgres",
        };
        assert_eq!(body, serde_json::json!({"status": "ok", "database": expected}));
    }
}

#[tokio::test]
async fn about_says_whether_the_server_runs_the_demo() {
    let demo = TestApp::spawn(Backend::Sqlite).await.unwrap();
    let body: Value = demo.get("/api/about").await.json().await.unwrap();
    assert_eq!(body, serde_json::json!({"demo": true}));
    let real = TestApp::start_on(
        TestDatabase::sqlite(),
        Backend::Sqlite,
        Options {
            demo: false,
            ..Options::default()
        },
    )
    .await;
    let body: Value = real.get("/api/about").await.json().await.unwrap();
    assert_eq!(body, serde_json::json!({"demo": false}));
}

db_test! {
    async fn every_demo_account_signs_in_with_its_role(app: TestApp) {
        for role in ["mother", "referrer", "host", "coordinator", "admin"] {
            let response = app.login(&format!("{role}@demo.perilink.test"), "demo-password").await;
            assert_eq!(response.status(), 200, "{role}");
            let body: Value = response.json().await.unwrap();
            assert_eq!(body["user"]["role"], role);
        }
        // The referrer is a midwife, with a job title and an organisation.
        let (token, _) = app.login_demo("referrer").await;
        let me: Value = app.get_with_token("/api/me", &token).await.json().await.unwrap();
        assert_eq!(me["job_title"], "Community midwife");
        assert_eq!(me["organisation"], "Liverpool Women's NHS Foundation Trust");
    }
}

db_test! {
    async fn the_demo_holds_a_realistic_directory(app: TestApp) {
        use sea_orm::{ConnectionTrait, Statement};
        let db = &app.state.db;
        let backend = db.get_database_backend();
        let scalar = |sql: &str| Statement::from_string(backend, sql.to_owned());
        let count = |row: Option<sea_orm::QueryResult>| -> i64 { row.unwrap().try_get_by_index(0).unwrap() };

        let kinds = db
            .query_all_raw(scalar("SELECT DISTINCT kind FROM programmes ORDER BY kind"))
            .await
            .unwrap();
        let kinds: Vec<String> = kinds.iter().map(|r| r.try_get_by_index(0).unwrap()).collect();
        assert_eq!(kinds, ["advice", "breastfeeding_support", "esol", "rhyme_time", "singing"]);

        let toxteth = db
            .query_one_raw(scalar("SELECT postcode FROM venues WHERE name = 'Toxteth Library'"))
            .await
            .unwrap()
            .unwrap();
        assert_eq!(toxteth.try_get_by_index::<String>(0).unwrap(), "L8 1XF");

        // Sessions in several languages, and eight weeks of them ahead.
        let languages = db.query_all_raw(scalar("SELECT languages FROM sessions")).await.unwrap();
        let mut tags: Vec<String> = languages
            .iter()
            .flat_map(|r| {
                let s: String = r.try_get_by_index(0).unwrap();
                s.split(' ').map(str::to_owned).collect::<Vec<_>>()
            })
            .collect();
        tags.sort();
        tags.dedup();
        assert!(tags.len() >= 6, "languages: {tags:?}");
        let upcoming = count(
            db.query_one_raw(scalar("SELECT COUNT(DISTINCT date) FROM occurrences"))
                .await
                .unwrap(),
        );
        assert!(upcoming >= 8 * 5, "{upcoming} distinct session dates");

        // The demo host has a session every weekday.
        let weekdays = count(
            db.query_one_raw(scalar(
                "SELECT COUNT(DISTINCT s.weekday) FROM sessions s JOIN users u ON u.id = s.host_id \
                 WHERE u.email = 'host@demo.perilink.test'",
            ))
            .await
            .unwrap(),
        );
        // Every day of the week, so there is a register to take whenever the demo runs.
        assert_eq!(weekdays, 7);
        let mothers = count(db.query_one_raw(scalar("SELECT COUNT(*) FROM mothers")).await.unwrap());
        assert!(mothers >= 3);
    }
}

db_test! {
    async fn the_openapi_document_lists_every_route(app: TestApp) {
        let response = app.get("/api/openapi.json").await;
        assert_eq!(response.status(), 200);
        let doc: Value = response.json().await.unwrap();
        assert!(doc["openapi"].as_str().unwrap().starts_with("3."));
        let paths = doc["paths"].as_object().unwrap();
        for (path, method) in [
            ("/api/health", "get"),
            ("/api/openapi.json", "get"),
            ("/api/auth/login", "post"),
            ("/api/auth/refresh", "post"),
            ("/api/auth/logout", "post"),
            ("/api/me", "get"),
        ] {
            assert!(paths.get(path).and_then(|p| p.get(method)).is_some(), "{method} {path} documented");
        }
        assert!(doc["components"]["schemas"]["ErrorBody"].is_object());
        assert!(doc["components"]["securitySchemes"]["bearer"].is_object());
    }
}

#[tokio::test]
async fn restarting_on_the_same_database_does_not_seed_twice() {
    let app = TestApp::spawn(Backend::Sqlite).await.unwrap();
    let users = |app: &TestApp| {
        let db = app.state.db.clone();
        async move {
            use sea_orm::{EntityTrait, PaginatorTrait};
            perilink_server::entity::user::Entity::find()
                .count(&db)
                .await
                .unwrap()
        }
    };
    let before = users(&app).await;
    assert!(before >= 5);
    let db = app.stop().await;
    let again = TestApp::start_on(db, Backend::Sqlite, Options::default()).await;
    assert_eq!(users(&again).await, before);
    assert!(!again.login_demo("host").await.0.is_empty());
}

async fn migrations_go_down_and_up_again(backend: Backend) {
    let Some(db) = TestDatabase::new(backend).await else {
        eprintln!("SKIPPED migrations_go_down_and_up_again::postgres: set PERILINK_TEST_POSTGRES_URL");
        return;
    };
    let app = TestApp::start_on(
        db,
        backend,
        Options {
            demo: false,
            ..Options::default()
        },
    )
    .await;
    // Stop the server (and close its pool, so its background jobs cannot race the
    // schema changes), then migrate on a connection of our own.
    let db = app.stop().await;
    let conn = &sea_orm::Database::connect(&db.url).await.expect("connect");
    perilink_server::migration::migrate_down(conn)
        .await
        .expect("down");
    use sea_orm::ConnectionTrait;
    assert!(
        conn.execute_unprepared("SELECT id FROM users").await.is_err(),
        "users is gone"
    );
    perilink_server::migration::migrate_up(conn)
        .await
        .expect("up again");
    conn.execute_unprepared("SELECT id FROM users")
        .await
        .expect("users is back");
}

#[tokio::test]
async fn migrations_go_down_and_up_again_sqlite() {
    migrations_go_down_and_up_again(Backend::Sqlite).await;
}

#[tokio::test]
async fn migrations_go_down_and_up_again_postgres() {
    migrations_go_down_and_up_again(Backend::Postgres).await;
}

#[tokio::test]
async fn without_demo_mode_nothing_is_seeded() {
    let app = TestApp::spawn_with(
        Backend::Sqlite,
        Options {
            demo: false,
            ..Options::default()
        },
    )
    .await
    .unwrap();
    let response = app.login("admin@demo.perilink.test", "demo-password").await;
    crate::helpers::assert_error(response, 401, "invalid_credentials").await;
}

#[tokio::test]
async fn hsts_is_sent_when_perilink_is_served_over_https_and_not_otherwise() {
    let plain = TestApp::spawn(Backend::Sqlite).await.unwrap();
    assert!(
        plain
            .get("/api/health")
            .await
            .headers()
            .get("strict-transport-security")
            .is_none()
    );
    let secure = TestApp::spawn_with(
        Backend::Sqlite,
        Options {
            public_url: Some("https://perilink.example".into()),
            ..Options::default()
        },
    )
    .await
    .unwrap();
    for path in ["/", "/api/health", "/api/nowhere"] {
        let response = secure.get(path).await;
        assert_eq!(
            response.headers()["strict-transport-security"],
            "max-age=31536000; includeSubDomains",
            "{path}"
        );
    }
}

#[tokio::test]
async fn every_response_carries_the_security_headers_and_no_cors() {
    let app = TestApp::spawn(Backend::Sqlite).await.unwrap();
    for path in ["/", "/api/health", "/api/nowhere", "/sign-in"] {
        let response = app
            .client
            .get(app.url(path))
            .header("Origin", "https://evil.example")
            .send()
            .await
            .unwrap();
        let headers = response.headers();
        assert_eq!(headers["x-content-type-options"], "nosniff", "{path}");
        assert_eq!(headers["referrer-policy"], "no-referrer", "{path}");
        let csp = headers["content-security-policy"].to_str().unwrap();
        assert!(csp.contains("frame-ancestors 'none'"), "{path}: {csp}");
        assert!(
            !csp.contains("'unsafe-inline'") && !csp.contains("'unsafe-eval'"),
            "{path}: {csp}"
        );
        assert!(
            headers.get("access-control-allow-origin").is_none(),
            "{path} allows CORS"
        );
    }
    // A preflight from another origin is not granted.
    let preflight = app
        .client
        .request(reqwest::Method::OPTIONS, app.url("/api/auth/login"))
        .header("Origin", "https://evil.example")
        .header("Access-Control-Request-Method", "POST")
        .send()
        .await
        .unwrap();
    assert!(preflight.headers().get("access-control-allow-origin").is_none());
}

/// The app's files, if `scripts/test` has built them.
fn built_app() -> Option<std::path::PathBuf> {
    let dist = crate::helpers::workspace_root().join("dist");
    dist.join("index.html").is_file().then_some(dist)
}

#[tokio::test]
async fn the_app_is_served_compressed_and_cached_by_content_hash() {
    let dist = built_app().expect("the app is built: run scripts/test, which builds it first");
    let app = TestApp::spawn(Backend::Sqlite).await.unwrap();

    let index = app.get("/").await;
    assert_eq!(index.status(), 200);
    assert_eq!(index.headers()["cache-control"], "no-cache");
    let csp = index.headers()["content-security-policy"]
        .to_str()
        .unwrap()
        .to_owned();
    assert!(
        csp.contains("'wasm-unsafe-eval'") && csp.contains("'sha256-"),
        "{csp}"
    );
    let html = index.text().await.unwrap();
    let wasm = html
        .split(['"', '\''])
        .find(|s| s.ends_with("_bg.wasm"))
        .expect("index.html names the wasm file")
        .to_owned();

    let raw = std::fs::read(dist.join(wasm.trim_start_matches('/'))).unwrap();
    let response = app
        .client
        .get(app.url(&wasm))
        .header("Accept-Encoding", "gzip, br")
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 200);
    assert_eq!(response.headers()["content-encoding"], "br");
    assert_eq!(response.headers()["content-type"], "application/wasm");
    assert_eq!(
        response.headers()["cache-control"],
        "public, max-age=31536000, immutable"
    );
    let compressed = response.bytes().await.unwrap();
    assert!(
        compressed.len() < raw.len() / 2,
        "{} of {}",
        compressed.len(),
        raw.len()
    );
    let mut decoded = Vec::new();
    brotli::BrotliDecompress(&mut &compressed[..], &mut decoded).unwrap();
    assert_eq!(decoded, raw, "the brotli body decodes to the file");

    // Client-side routes get the page; missing files get a JSON 404.
    let route = app.get("/referrals").await;
    assert_eq!(route.status(), 200);
    assert!(route.text().await.unwrap().contains("<html"));
    crate::helpers::assert_error(app.get("/missing-0123456789abcdef.js").await, 404, "not_found").await;

    // Each locale is its own file, fetched only when chosen.
    let ar = app.get("/locales/ar/main.ftl").await;
    assert_eq!(ar.status(), 200);
    assert!(ar.text().await.unwrap().contains("home-title"));

    // Conditional requests are answered with 304.
    let etag = app.get("/manifest.webmanifest").await.headers()["etag"].clone();
    let again = app
        .client
        .get(app.url("/manifest.webmanifest"))
        .header("If-None-Match", etag)
        .send()
        .await
        .unwrap();
    assert_eq!(again.status(), 304);
}
