//! Readiness that means something, and metrics and JSON logs that an operator can
//! collect without collecting anyone's personal data.

use crate::helpers::{Backend, db_test};
use crate::process::ServerProcess;
use sea_orm::ConnectionTrait;
use serde_json::{Value, json};

db_test! {
    async fn ready_checks_the_database_the_migrations_and_the_outbox_worker(app: TestApp) {
        let ready = app.get("/api/health/ready").await;
        assert_eq!(ready.status(), 200);
        let body: Value = ready.json().await.unwrap();
        assert_eq!(body["status"], "ready");
        let names: Vec<&str> = body["checks"].as_array().unwrap().iter().map(|c| c["name"].as_str().unwrap()).collect();
        assert_eq!(names, ["database", "migrations", "outbox_worker"]);
        assert!(body["checks"].as_array().unwrap().iter().all(|c| c["ok"] == true && c.get("reason").is_none()), "{body}");

        // A migration this server knows that the database lacks: not ready, and why.
        let newest = perilink_server::migration::MIGRATIONS.last().unwrap().version;
        let db = &app.state.db;
        db.execute_unprepared(&format!("DELETE FROM schema_migrations WHERE version = '{newest}'")).await.unwrap();
        let not_ready = app.get("/api/health/ready").await;
        assert_eq!(not_ready.status(), 503);
        assert_eq!(not_ready.headers()["retry-after"], "5");
        let body: Value = not_ready.json().await.unwrap();
        assert_eq!(body["status"], "not_ready");
        let migrations = &body["checks"][1];
        assert_eq!(migrations["ok"], false);
        assert_eq!(migrations["reason"], format!("not applied: {newest}"));
        assert_eq!(body["checks"][0]["ok"], true, "the database itself is up");
        // Liveness stays cheap and up: restarting would not help.
        assert_eq!(app.get("/api/health").await.status(), 200);

        if app.backend == Backend::Postgres {
            // The database refusing connections: not ready, then ready again.
            db.execute_unprepared(&format!("INSERT INTO schema_migrations (version) VALUES ('{newest}')")).await.unwrap();
            let name: String = crate::helpers::text(&app, "SELECT current_database()").await;
            let admin = sea_orm::Database::connect(crate::helpers::postgres_url().unwrap()).await.unwrap();
            admin.execute_unprepared(&format!("ALTER DATABASE {name} WITH ALLOW_CONNECTIONS false")).await.unwrap();
            admin.execute_unprepared(&format!("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '{name}'")).await.unwrap();
            let down = app.get("/api/health/ready").await;
            assert_eq!(down.status(), 503);
            let body: Value = down.json().await.unwrap();
            assert_eq!(body["checks"][0]["ok"], false, "{body}");
            assert!(body["checks"][0]["reason"].as_str().unwrap().len() > 3);
            admin.execute_unprepared(&format!("ALTER DATABASE {name} WITH ALLOW_CONNECTIONS true")).await.unwrap();
            let _ = admin.close().await;
            let mut back = 0;
            for _ in 0..20 {
                back = app.get("/api/health/ready").await.status().as_u16();
                if back == 200 {
                    break;
                }
                tokio::time::sleep(std::time::Duration::from_millis(250)).await;
            }
            assert_eq!(back, 200, "ready again once the database is back");
        }
    }
}

/// Every piece of personal data the database holds, and the probes this test sent.
async fn personal_data(url: &str, probes: &[&str]) -> Vec<String> {
    let db = sea_orm::Database::connect(url).await.unwrap();
    let mut found: Vec<String> = probes.iter().map(|p| (*p).to_owned()).collect();
    for sql in [
        "SELECT given_name FROM mothers",
        "SELECT family_name FROM mothers",
        "SELECT phone FROM mothers",
        "SELECT email FROM mothers",
        "SELECT baby_name FROM mothers",
        "SELECT display_name FROM users",
        "SELECT email FROM users",
        "SELECT phone FROM users",
    ] {
        for row in db
            .query_all_raw(sea_orm::Statement::from_string(db.get_database_backend(), sql))
            .await
            .unwrap()
        {
            if let Ok(Some(value)) = row.try_get_by_index::<Option<String>>(0) {
                found.push(value);
            }
        }
    }
    let _ = db.close().await;
    found.retain(|v| v.chars().count() >= 4);
    found.sort();
    found.dedup();
    found
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn metrics_and_json_logs_after_api_traffic_hold_no_personal_data() {
    let folder = std::env::temp_dir().join(format!("perilink-ops-{}", uuid::Uuid::new_v4()));
    std::fs::create_dir_all(&folder).unwrap();
    let url = format!("sqlite://{}", folder.join("perilink.db").display());
    let server = ServerProcess::start(
        &url,
        &[("PERILINK_METRICS_ADDR", "127.0.0.1:0"), ("RUST_LOG", "debug")],
    )
    .await;
    let client = &server.client;

    // Traffic that carries personal data in every place it can: sign-up, sign-in,
    // a postcode search, a session's page by id, a booking, a walk-in on the
    // register, and a screening with answers that raise a safety alert.
    let probe = (
        "Zephyrine Probe-Mumname",
        "zephyrine.probe@example.org",
        "07700 900999",
    );
    let signup: Value = server
        .sign_up(&json!({"name": probe.0, "email": probe.1, "phone": probe.2, "language": "en", "password": "a good probe password"}))
        .await.json().await.unwrap();
    let mother = signup["access_token"].as_str().expect("she signs up").to_owned();
    let host = server.login_demo("host").await;
    let _ = server.login_demo("referrer").await;
    let wrong = client
        .post(server.url("/api/auth/login"))
        .json(&json!({"email": probe.1, "password": "not her password"}))
        .send()
        .await
        .unwrap();
    assert_eq!(wrong.status(), 401);
    let search = server
        .get_json("/api/sessions?near=L8%201XF&per_page=5", None)
        .await;
    let occurrence = search["results"]
        .as_array()
        .unwrap()
        .iter()
        .find(|o| o["booking"] == "booking" && o["format"] != "course")
        .expect("a bookable date")
        .clone();
    let session_id = occurrence["session_id"].as_str().unwrap();
    assert_eq!(
        client
            .get(server.url(&format!("/api/sessions/{session_id}")))
            .send()
            .await
            .unwrap()
            .status(),
        200
    );
    let booked = client
        .post(server.url("/api/bookings"))
        .bearer_auth(&mother)
        .json(&json!({"occurrence_id": occurrence["occurrence_id"], "waiting_list": true}))
        .send()
        .await
        .unwrap();
    assert!(booked.status().is_success(), "{}", booked.text().await.unwrap());
    let today = perilink_server::clock::london_today();
    let registers = server
        .get_json(&format!("/api/registers?date={today}"), Some(&host))
        .await;
    let register = registers["occurrences"][0]["occurrence_id"].as_str().unwrap();
    let walk_in = ("Quillanora Walkin", "07700 900888");
    let synced = client
        .post(server.url("/api/attendance/batch"))
        .bearer_auth(&host)
        .json(&json!({"marks": [{
        "id": uuid::Uuid::new_v4().to_string(), "occurrence_id": register,
        "walk_in": {"given_name": walk_in.0, "phone": walk_in.1, "language": "en"},
        "status": "present", "recorded_at": chrono::Utc::now().to_rfc3339()}]}))
        .send()
        .await
        .unwrap();
    assert_eq!(synced.status(), 200);
    let screened = client
        .post(server.url("/api/screenings"))
        .bearer_auth(&mother)
        .json(&json!({"instrument": "phq9", "language": "en", "answers": [3, 3, 3, 3, 3, 3, 3, 3, 3]}))
        .send()
        .await
        .unwrap();
    assert_eq!(
        screened.status().as_u16() / 100,
        2,
        "{}",
        screened.text().await.unwrap()
    );
    let not_found = client
        .get(server.url(&format!("/api/sessions/{}", uuid::Uuid::new_v4())))
        .send()
        .await
        .unwrap();
    assert_eq!(not_found.status(), 404);

    let metrics_url = format!("http://127.0.0.1:{}/metrics", server.metrics_port.unwrap());
    let scrape = client.get(&metrics_url).send().await.unwrap();
    assert_eq!(scrape.status(), 200);
    assert!(
        scrape.headers()["content-type"]
            .to_str()
            .unwrap()
            .starts_with("text/plain; version=0.0.4")
    );
    let metrics = scrape.text().await.unwrap();
    for expected in [
        "perilink_http_requests_total{method=\"GET\",route=\"/api/sessions/{id}\",status=\"200\"} 1",
        "perilink_http_requests_total{method=\"GET\",route=\"/api/sessions/{id}\",status=\"404\"} 1",
        "perilink_http_requests_total{method=\"POST\",route=\"/api/auth/login\",status=\"401\"} 1",
        "perilink_http_request_duration_seconds_bucket{method=\"POST\",route=\"/api/bookings\",le=\"0.5\"}",
        "perilink_register_marks_synced_total{outcome=\"applied\"} 1",
        "perilink_safety_alert_oldest_unacknowledged_age_seconds ",
        "perilink_outbox_messages{status=\"pending\"}",
        "perilink_outbox_messages{status=\"failed\"} 0",
        "perilink_outbox_oldest_pending_age_seconds ",
        "perilink_db_pool_connections{state=\"in_use\"}",
        "perilink_directory_snapshot_age_seconds ",
        "perilink_outbox_worker_last_run_age_seconds ",
        "perilink_build_info{",
    ] {
        assert!(
            metrics.contains(expected),
            "metrics hold `{expected}`:\n{metrics}"
        );
    }
    let alerts = metrics
        .lines()
        .find_map(|l| l.strip_prefix("perilink_safety_alerts_unacknowledged "))
        .and_then(|v| v.trim().parse::<f64>().ok())
        .expect("the unacknowledged alerts gauge");
    assert!(alerts >= 1.0, "the screening's alert is counted: {alerts}");
    // The API's port does not serve metrics.
    assert!(
        !client
            .get(server.url("/metrics"))
            .send()
            .await
            .unwrap()
            .text()
            .await
            .unwrap()
            .contains("perilink_http_requests_total")
    );

    tokio::time::sleep(std::time::Duration::from_millis(300)).await;
    let lines = server.output();
    assert!(lines.len() > 10, "the server logged: {lines:?}");
    for line in &lines {
        let parsed: Value =
            serde_json::from_str(line).unwrap_or_else(|e| panic!("not one JSON object ({e}): {line}"));
        assert!(
            parsed.is_object() && parsed["level"].is_string() && parsed["timestamp"].is_string(),
            "{line}"
        );
    }
    let logs = lines.join("\n");
    let personal = personal_data(
        &url,
        &[
            probe.0,
            probe.1,
            probe.2,
            walk_in.0,
            walk_in.1,
            "L8 1XF",
            "L8%201XF",
            "not her password",
        ],
    )
    .await;
    assert!(personal.len() > 20, "the demo holds people: {personal:?}");
    for value in &personal {
        assert!(!logs.contains(value.as_str()), "the logs hold `{value}`");
        assert!(!metrics.contains(value.as_str()), "the metrics hold `{value}`");
    }
    let uuid = regex_like_uuid(&metrics);
    assert!(uuid.is_none(), "no ids in metric labels: {uuid:?}");
    for key in ["\"answers\"", "\"score\"", "\"total\"", "\"password\""] {
        assert!(!logs.contains(key), "the logs hold {key}");
    }
    drop(server);
    let _ = std::fs::remove_dir_all(&folder);
}

/// The first UUID-shaped word in `text`, if any.
fn regex_like_uuid(text: &str) -> Option<String> {
    text.split(|c: char| !(c.is_ascii_hexdigit() || c == '-'))
        .find(|w| {
            w.len() == 36
                && w.chars().enumerate().all(|(i, c)| {
                    if [8, 13, 18, 23].contains(&i) {
                        c == '-'
                    } else {
                        c.is_ascii_hexdigit()
                    }
                })
        })
        .map(str::to_owned)
}
