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
async fn about_says_whether_the_server_runs_the_demo_and_where_leave_quickly_goes() {
    let demo = TestApp::spawn(Backend::Sqlite).await.unwrap();
    let body: Value = demo.get("/api/about").await.json().await.unwrap();
    assert_eq!(body["demo"], true);
    assert_eq!(
        body["quick_exits"][0],
        serde_json::json!({"name": "BBC Weather", "url": "https://www.bbc.co.uk/weather"})
    );
    let real = TestApp::start_on(
        TestDatabase::sqlite(),
        Backend::Sqlite,
        Options {
            demo: false,
            quick_exit_urls: Some("Met Office|https://www.metoffice.gov.uk".into()),
            ..Options::default()
        },
    )
    .await;
    let body: Value = real.get("/api/about").await.json().await.unwrap();
    assert_eq!(
        body,
        serde_json::json!({"demo": false, "quick_exits": [{"name": "Met Office", "url": "https://www.metoffice.gov.uk"}]})
    );
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
    // The page names the Fluent files' version; asked for by it, a file is kept
    // for a year, and without it (or by an older version) it is checked each time.
    let marker = "<meta name=\"perilink-locales\" content=\"";
    let version = html
        .split(marker)
        .nth(1)
        .and_then(|rest| rest.split('"').next())
        .expect("the page names the Fluent files' version")
        .to_owned();
    assert_eq!(version.len(), 24, "{version}");
    for (query, cache) in [
        (format!("?v={version}"), "public, max-age=31536000, immutable"),
        ("?v=000000000000000000000000".to_owned(), "no-cache"),
        (String::new(), "no-cache"),
    ] {
        let ftl = app.get(&format!("/locales/ar/main.ftl{query}")).await;
        assert_eq!(ftl.status(), 200);
        assert_eq!(ftl.headers()["cache-control"], cache, "{query}");
    }
    // The service worker may fetch the app's own files, and nothing else.
    let worker = app.get("/sw.js").await;
    assert_eq!(worker.status(), 200);
    assert_eq!(
        worker.headers()["content-security-policy"],
        "default-src 'none'; connect-src 'self'; frame-ancestors 'none'; base-uri 'none'"
    );
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

/// Every operation's listed 401, 403, 415 and 429 answers, checked against the
/// running server: each route that lists 401 gives it without a token; each that
/// lists 403 gives it to a referrer who has not enrolled two-factor (and each that
/// does not list it does not); each that takes a body gives 415 for one that is not
/// JSON; and the rate-limited sign-in answers 429 in time.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn openapi_lists_the_answers_the_extractors_give() {
    use perilink_server::service::sql;
    // With Notify configured, so its callback's token is one of those tried (its
    // address takes nothing: the messages this test causes wait to be retried).
    let options = Options {
        notify_url: Some("http://127.0.0.1:9".into()),
        ..Options::default()
    };
    let app = TestApp::spawn_with(Backend::Sqlite, options).await.unwrap();
    let doc: Value = app.get("/api/openapi.json").await.json().await.unwrap();
    // A referrer with a live sign-in who has not enrolled an authenticator.
    let (user, sign_in) = (uuid::Uuid::new_v4().to_string(), uuid::Uuid::new_v4().to_string());
    let now = chrono::Utc::now();
    sql::exec(&app.state.db, "INSERT INTO users (id, email, password_hash, role, display_name, language, active, created_at) VALUES (?, 'no2fa@example.org', 'x', 'referrer', 'No two-factor', 'en', TRUE, ?)", vec![user.clone().into(), now.into()]).await.unwrap();
    sql::exec(
        &app.state.db,
        "INSERT INTO sign_ins (id, user_id, created_at, last_used_at, mfa) VALUES (?, ?, ?, ?, FALSE)",
        vec![
            sign_in.clone().into(),
            user.clone().into(),
            now.into(),
            now.into(),
        ],
    )
    .await
    .unwrap();
    let no_two_factor = app
        .state
        .keys
        .issue(&user, perilink_shared::auth::Role::Referrer, &sign_in, false)
        .unwrap();
    let mut tokens = vec![None];
    for role in [
        "mother",
        "referrer",
        "host",
        "coordinator",
        "admin",
        "care.coordinator",
    ] {
        tokens.push(Some(app.login_demo(role).await.0));
    }
    tokens.push(Some(crate::helpers::TEST_NOTIFY_CALLBACK_TOKEN.to_owned()));
    let send = |method: &str, path: &str, token: Option<&str>, body: Option<&str>| {
        let mut request = app
            .client
            .request(method.to_uppercase().parse().unwrap(), app.url(path));
        if let Some(token) = token {
            request = request.bearer_auth(token);
        }
        if let Some(body) = body {
            request = request
                .header("content-type", "application/json")
                .body(body.to_owned());
        }
        async move { request.send().await.unwrap().status().as_u16() }
    };
    let mut checked = 0;
    for (template, item) in doc["paths"].as_object().unwrap() {
        let path = template
            .split('/')
            .map(|part| {
                if part.starts_with('{') {
                    "x-not-there"
                } else {
                    part
                }
            })
            .collect::<Vec<_>>()
            .join("/");
        for method in ["get", "put", "post", "delete", "patch"] {
            let Some(operation) = item.get(method) else {
                continue;
            };
            let listed = |status: &str| operation["responses"].get(status).is_some();
            let secured = operation["security"].as_array().is_some_and(|s| !s.is_empty());
            let body = operation.get("requestBody").map(|_| "{}");
            let what = format!("{} {template}", method.to_uppercase());
            if secured {
                assert!(listed("401"), "{what} takes a token and lists 401");
            }
            if secured {
                assert_eq!(
                    send(method, &path, None, body).await,
                    401,
                    "{what} without a token"
                );
                let refused = send(method, &path, Some(&no_two_factor), body).await == 403;
                assert_eq!(
                    refused,
                    listed("403"),
                    "{what}: 403 to a referrer without two-factor"
                );
            }
            if body.is_some() {
                assert!(listed("415"), "{what} lists 415");
                let mut gave_415 = false;
                let mut got = Vec::new();
                for token in &tokens {
                    let mut request = app
                        .client
                        .request(method.to_uppercase().parse().unwrap(), app.url(&path))
                        .header("content-type", "text/plain")
                        .body("{}");
                    if let Some(token) = token {
                        request = request.bearer_auth(token);
                    }
                    let status = request.send().await.unwrap().status().as_u16();
                    got.push(status);
                    if status == 415 {
                        gave_415 = true;
                        break;
                    }
                }
                assert!(gave_415, "{what} gives 415 for a body that is not JSON: {got:?}");
            }
            checked += 1;
        }
    }
    assert!(checked > 80, "{checked} operations checked");
    // The sign-in is rate-limited: it answers 429 before long.
    assert!(
        doc["paths"]["/api/auth/login"]["post"]["responses"]
            .get("429")
            .is_some()
    );
    let mut limited = false;
    for _ in 0..30 {
        let wrong = app
            .login("admin@demo.perilink.test", "not the password at all")
            .await;
        if wrong.status() == 429 {
            limited = true;
            break;
        }
    }
    assert!(limited, "repeated wrong passwords get 429");
}

db_test! {
    async fn api_answers_over_a_kilobyte_are_compressed_as_the_client_accepts(app: TestApp) {
        let path = "/api/sessions?per_page=20";
        let plain = app.get(path).await;
        assert_eq!(plain.status(), 200);
        assert!(plain.headers().get("content-encoding").is_none());
        let raw = plain.bytes().await.unwrap();
        assert!(raw.len() > 1024, "twenty results are over a kilobyte: {}", raw.len());

        let ask = |encoding: &'static str| {
            app.client
                .get(app.url(path))
                .header("Accept-Encoding", encoding)
                .send()
        };
        let br = ask("gzip, deflate, br").await.unwrap();
        assert_eq!(br.status(), 200);
        assert_eq!(br.headers()["content-encoding"], "br");
        assert!(br.headers()["vary"].to_str().unwrap().contains("Accept-Encoding"));
        assert_eq!(br.headers()["content-type"], "application/json");
        let packed = br.bytes().await.unwrap();
        assert!(packed.len() < raw.len() / 3, "{} of {}", packed.len(), raw.len());
        let mut decoded = Vec::new();
        brotli::BrotliDecompress(&mut &packed[..], &mut decoded).unwrap();
        assert_eq!(decoded, raw);

        let gz = ask("gzip").await.unwrap();
        assert_eq!(gz.headers()["content-encoding"], "gzip");
        let packed = gz.bytes().await.unwrap();
        let mut decoded = Vec::new();
        std::io::Read::read_to_end(&mut flate2::read::GzDecoder::new(&packed[..]), &mut decoded).unwrap();
        assert_eq!(decoded, raw);

        // A refused encoding is not used; a small answer is not worth compressing.
        let refused = ask("br;q=0, identity").await.unwrap();
        assert!(refused.headers().get("content-encoding").is_none());
        assert_eq!(refused.bytes().await.unwrap(), raw);
        let small = app
            .client
            .get(app.url("/api/health"))
            .header("Accept-Encoding", "br")
            .send()
            .await
            .unwrap();
        assert!(small.headers().get("content-encoding").is_none());
    }
}

db_test! {
    async fn the_server_writes_the_first_screen_in_her_language(app: TestApp) {
        if built_app().is_none() {
            panic!("the app is built: run scripts/test, which builds it first");
        }
        let results: Value = app.get("/api/sessions?near=L8&lang=ar&ui=ar&per_page=20").await.json().await.unwrap();
        let id = results["results"][0]["session_id"].as_str().unwrap().to_owned();
        let get = |path: String, cookie: &'static str| {
            app.client
                .get(app.url(&path))
                .header("Cookie", cookie)
                .header("Accept-Language", "pl")
                .timeout(std::time::Duration::from_secs(20))
                .send()
        };
        let page = get(format!("/sessions/{id}"), "perilink_lang=ar").await.unwrap();
        assert_eq!(page.status(), 200);
        let csp = page.headers()["content-security-policy"].to_str().unwrap().to_owned();
        assert!(!csp.contains("unsafe-inline"), "{csp}");
        let html = page.text().await.unwrap();
        assert!(html.contains("<html lang=\"ar\" dir=\"rtl\">"), "her cookie wins over the browser");
        assert!(html.contains(results["results"][0]["title"]["text"].as_str().unwrap()));
        // Preloaded by the version the page names, the address the app asks for.
        let version = html.split("<meta name=\"perilink-locales\" content=\"").nth(1).and_then(|rest| rest.split('"').next()).expect("the version");
        assert!(html.contains(&format!("<link rel=\"preload\" href=\"/locales/ar/find.ftl?v={version}\" as=\"fetch\" crossorigin>")), "{html}");
        // Without her cookie, the browser's language; `?ui=` asks for one and keeps it.
        let polish = get("/find?near=L8".into(), "").await.unwrap().text().await.unwrap();
        assert!(polish.contains("<html lang=\"pl\" dir=\"ltr\">"));
        let asked = get("/?ui=fa".into(), "").await.unwrap();
        assert!(asked.headers()["set-cookie"].to_str().unwrap().starts_with("perilink_lang=fa;"));
        assert!(asked.text().await.unwrap().contains("<html lang=\"fa\" dir=\"rtl\">"));
        // Nonsense in the address is a page, never a 500.
        for path in ["/find?near=%FF%FE&kind=yoga,,&radius_km=-1&lang=xx&time=noon", "/sessions/%00", "/find?near=ZZ99"] {
            let response = get(path.into(), "perilink_lang=zz").await.unwrap();
            assert!(response.status().is_success() || response.status() == 404, "{path}: {}", response.status());
        }
    }
}

/// The types the app reads from JSON that it defines itself, by name: each
/// `struct` or `enum` whose `#[derive(...)]` just above it names `Deserialize`.
fn app_wire_types(dir: &std::path::Path, out: &mut Vec<(String, String)>) {
    for entry in std::fs::read_dir(dir).unwrap().map(Result::unwrap) {
        let path = entry.path();
        if path.is_dir() {
            app_wire_types(&path, out);
            continue;
        }
        if path.extension().is_none_or(|e| e != "rs") {
            continue;
        }
        let source = std::fs::read_to_string(&path).unwrap();
        let lines: Vec<&str> = source.lines().map(str::trim).collect();
        for (n, line) in lines.iter().enumerate() {
            let Some(name) = [
                "pub struct ",
                "struct ",
                "pub enum ",
                "enum ",
                "pub(crate) struct ",
            ]
            .iter()
            .find_map(|start| line.strip_prefix(start))
            .and_then(|rest| rest.split(|c: char| !c.is_alphanumeric() && c != '_').next()) else {
                continue;
            };
            // Its attributes and doc comment: the lines just above, up to a blank one.
            let attributes = lines[..n]
                .iter()
                .rev()
                .take_while(|l| l.starts_with("#[") || l.starts_with("///"));
            if attributes
                .clone()
                .any(|l| l.starts_with("#[derive(") && l.contains("Deserialize"))
            {
                out.push((name.to_owned(), format!("{}:{}", path.display(), n + 1)));
            }
        }
    }
}

/// Every request and response body is a type in `shared`, used by both sides
/// (issue 20): the app defines no type of its own under the name of one the
/// server's OpenAPI document describes.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_app_keeps_no_copy_of_a_type_the_api_describes() {
    let app = TestApp::spawn(Backend::Sqlite).await.unwrap();
    let doc: Value = app.get("/api/openapi.json").await.json().await.unwrap();
    let schemas = doc["components"]["schemas"].as_object().unwrap();
    assert!(
        schemas.contains_key("Notifications") && schemas.contains_key("AlertList"),
        "schemas are listed"
    );
    let mut own = Vec::new();
    app_wire_types(&crate::helpers::workspace_root().join("app/src"), &mut own);
    assert!(
        own.iter().any(|(name, _)| name == "DeviceMark"),
        "the scan finds the app's own types: {own:?}"
    );
    let copies: Vec<&(String, String)> = own
        .iter()
        .filter(|(name, _)| schemas.contains_key(name))
        .collect();
    assert!(
        copies.is_empty(),
        "the app defines its own copy of API types (use perilink_shared's): {copies:?}"
    );
}

/// Each `"/api/<something>` string in the app's sources, with where it is.
fn app_api_paths(dir: &std::path::Path, out: &mut Vec<String>) {
    for entry in std::fs::read_dir(dir).unwrap().map(Result::unwrap) {
        let path = entry.path();
        if path.is_dir() {
            app_api_paths(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            let source = std::fs::read_to_string(&path).unwrap();
            for (n, line) in source.lines().enumerate() {
                let names_an_endpoint = line.match_indices("\"/api/").any(|(at, found)| {
                    line[at + found.len()..].starts_with(|c: char| c.is_ascii_alphabetic())
                });
                if names_an_endpoint {
                    out.push(format!("{}:{}", path.display(), n + 1));
                }
            }
        }
    }
}

/// The app's API clients live in one place (issue 20, item 7): no screen names an
/// API path of its own; each calls a typed function of `app/src/api/`.
#[test]
fn the_app_calls_the_api_only_from_its_api_folder() {
    let root = crate::helpers::workspace_root().join("app/src");
    let mut everywhere = Vec::new();
    app_api_paths(&root, &mut everywhere);
    let api_folder = root.join("api").display().to_string();
    let (inside, outside): (Vec<String>, Vec<String>) =
        everywhere.into_iter().partition(|at| at.starts_with(&api_folder));
    assert!(
        inside.len() > 20,
        "the scan finds the API folder's own paths: {inside:?}"
    );
    assert!(
        outside.is_empty(),
        "API paths named outside app/src/api/: {outside:?}"
    );
}
