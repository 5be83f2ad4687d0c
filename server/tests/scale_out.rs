//! Scale-out: two `perilink-server` processes against one PostgreSQL database,
//! sharing nothing else, behave as one. Background work (the outbox, alert
//! escalation) is claimed by one process only; sign-out and the sign-in rate limit
//! hold across both, and so do accounts' single-use links and codes, the limits on
//! asking for codes, and the tries a code allows. Skipped (and says so) without `PERILINK_TEST_POSTGRES_URL`.

mod support;

use sea_orm::{ConnectionTrait, Database, DatabaseConnection, Statement};
use serde_json::{Value, json};
use std::time::{Duration, Instant};
use support::Server;

async fn exec(db: &DatabaseConnection, sql: &str) {
    db.execute_unprepared(sql)
        .await
        .unwrap_or_else(|e| panic!("{sql}: {e}"));
}

async fn text(db: &DatabaseConnection, sql: &str) -> String {
    let row = db
        .query_one_raw(Statement::from_string(db.get_database_backend(), sql.to_owned()))
        .await
        .unwrap()
        .unwrap();
    row.try_get_by_index::<String>(0).unwrap()
}

/// Posts the same body to both processes at once and returns both statuses.
async fn race(client: &reqwest::Client, a: &Server, b: &Server, path: &str, body: Value) -> [u16; 2] {
    let post = |server: &Server| client.post(format!("{}{path}", server.base)).json(&body).send();
    let (x, y) = tokio::join!(post(a), post(b));
    let mut statuses = [x.unwrap().status().as_u16(), y.unwrap().status().as_u16()];
    statuses.sort();
    statuses
}

async fn count(db: &DatabaseConnection, sql: &str) -> i64 {
    let row = db
        .query_one_raw(Statement::from_string(db.get_database_backend(), sql.to_owned()))
        .await
        .unwrap()
        .unwrap();
    row.try_get_by_index::<i64>(0).unwrap()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn two_processes_on_one_postgresql_behave_as_one() {
    let Some(admin_url) = std::env::var("PERILINK_TEST_POSTGRES_URL")
        .ok()
        .filter(|u| !u.is_empty())
    else {
        eprintln!(
            "SKIPPED two_processes_on_one_postgresql_behave_as_one: set PERILINK_TEST_POSTGRES_URL to run it"
        );
        return;
    };
    let name = format!("perilink_scale_{}", uuid::Uuid::new_v4().simple());
    let admin = Database::connect(&admin_url).await.unwrap();
    exec(&admin, &format!("CREATE DATABASE {name}")).await;
    let base = admin_url.rsplit_once('/').map(|(b, _)| b.to_owned()).unwrap();
    let url = format!("{base}/{name}");
    let client = reqwest::Client::builder()
        .timeout(Duration::from_secs(10))
        .build()
        .unwrap();

    // One process migrates and seeds; then work is queued for both to find.
    {
        let first = Server::start(&url);
        first.wait_ready(&client).await;
    }
    let db = Database::connect(&url).await.unwrap();
    let mother = "(SELECT id FROM mothers WHERE phone IS NOT NULL ORDER BY id LIMIT 1)";
    for i in 0..40 {
        exec(&db, &format!(
            "INSERT INTO outbox (id, channel, recipient_mother_id, template, language, subject_id, status, attempts, available_at, created_at) \
             VALUES ('{}', 'sms', {mother}, 'referral_booked', 'en', 'scale-{i}', 'pending', 0, NOW() - INTERVAL '1 minute', NOW())",
            uuid::Uuid::new_v4()
        ))
        .await;
    }
    let screening = uuid::Uuid::new_v4();
    exec(&db, &format!(
        "INSERT INTO screenings (id, mother_id, instrument, instrument_version, language, language_validated, answers, item_scores, total, band, urgent, administered_by, administered_as, taken_at) \
         VALUES ('{screening}', {mother}, 'epds', 'EPDS-1987', 'en', TRUE, '0,0,3,0,3,3,3,3,3,2', '0,0,0,0,0,0,0,0,0,1', 1, 'none', TRUE, (SELECT id FROM users WHERE role = 'referrer' LIMIT 1), 'referrer', NOW() - INTERVAL '5 hours')"
    ))
    .await;
    for _ in 0..5 {
        exec(&db, &format!(
            "INSERT INTO alerts (id, screening_id, mother_id, reason, raised_at) VALUES ('{}', '{screening}', {mother}, 'urgent', NOW() - INTERVAL '5 hours')",
            uuid::Uuid::new_v4()
        ))
        .await;
    }

    // Both start at once; each runs its outbox worker and escalation job at start.
    let (a, b) = (Server::start(&url), Server::start(&url));
    a.wait_ready(&client).await;
    b.wait_ready(&client).await;
    let deadline = Instant::now() + Duration::from_secs(30);
    while count(
        &db,
        "SELECT COUNT(*) FROM outbox WHERE subject_id LIKE 'scale-%' AND status = 'sent'",
    )
    .await
        < 40
    {
        assert!(Instant::now() < deadline, "the outbox was not drained");
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
    assert_eq!(
        count(
            &db,
            "SELECT COUNT(*) FROM outbox WHERE subject_id LIKE 'scale-%' AND attempts <> 1"
        )
        .await,
        0,
        "each message was claimed and sent by one process, once"
    );
    let deadline = Instant::now() + Duration::from_secs(30);
    let ours =
        format!("SELECT COUNT(*) FROM alerts WHERE screening_id = '{screening}' AND escalated_at IS NULL");
    while count(&db, &ours).await > 0 {
        assert!(Instant::now() < deadline, "the alerts were not escalated");
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
    // Escalation goes to the coordinators of her care organisation.
    let coordinators = count(
        &db,
        "SELECT COUNT(*) FROM users u JOIN organisations o ON o.id = u.organisation_id \
         WHERE u.role = 'coordinator' AND u.active AND o.provides_care",
    )
    .await;
    assert!(coordinators > 0);
    assert_eq!(
        count(
            &db,
            &format!(
                "SELECT COUNT(*) FROM notifications WHERE kind = 'screening_alert_escalated' \
                 AND subject_id IN (SELECT id FROM alerts WHERE screening_id = '{screening}')"
            )
        )
        .await,
        5 * coordinators,
        "each alert escalated once, not once per process"
    );

    // Signing out on one process ends the sign-in on the other.
    let login = client
        .post(format!("{}/api/auth/login", a.base))
        .json(&json!({"email": "referrer@demo.perilink.test", "password": "demo-password"}))
        .send()
        .await
        .unwrap();
    let cookie = login
        .headers()
        .get_all("set-cookie")
        .iter()
        .filter_map(|v| v.to_str().ok())
        .find_map(|v| v.strip_prefix("perilink_refresh="))
        .map(|v| v.split(';').next().unwrap().to_owned())
        .expect("a refresh cookie");
    let out = client
        .post(format!("{}/api/auth/logout", a.base))
        .header("cookie", format!("perilink_refresh={cookie}"))
        .send()
        .await
        .unwrap();
    assert_eq!(out.status(), 204);
    let refresh = client
        .post(format!("{}/api/auth/refresh", b.base))
        .header("cookie", format!("perilink_refresh={cookie}"))
        .send()
        .await
        .unwrap();
    assert_eq!(
        refresh.status(),
        401,
        "the other process refuses the signed-out refresh token"
    );

    // The sign-in rate limit counts failures on both.
    let mut refused = None;
    for attempt in 0..14 {
        let server = if attempt % 2 == 0 { &a } else { &b };
        let response = client
            .post(format!("{}/api/auth/login", server.base))
            .json(&json!({"email": "host@demo.perilink.test", "password": "wrong password"}))
            .send()
            .await
            .unwrap();
        if response.status() == 429 {
            refused = Some(attempt);
            break;
        }
        let _: Value = response.json().await.unwrap();
    }
    let refused = refused.expect("repeated failures across both processes are refused");
    assert!(
        refused <= 11,
        "refused after {refused} attempts, counting both processes"
    );

    // An invitation accepted on both processes at once makes one account.
    let admin_login: Value = client
        .post(format!("{}/api/auth/login", a.base))
        .json(&json!({"email": "admin@demo.perilink.test", "password": "demo-password"}))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    let invited = client
        .post(format!("{}/api/invitations", b.base))
        .bearer_auth(admin_login["access_token"].as_str().unwrap())
        .json(&json!({"email": "raced@example.org", "role": "host"}))
        .send()
        .await
        .unwrap();
    assert_eq!(invited.status(), 201);
    let link = text(
        &db,
        "SELECT payload FROM outbox WHERE template = 'invitation' AND payload IS NOT NULL",
    )
    .await;
    let token = link.split("token=").nth(1).unwrap();
    let statuses = race(
        &client,
        &a,
        &b,
        "/api/invitations/accept",
        json!({"token": token, "password": "a racing host's passphrase", "display_name": "Raced"}),
    )
    .await;
    assert_eq!(statuses, [200, 410], "the invitation is accepted once");
    assert_eq!(
        count(
            &db,
            "SELECT COUNT(*) FROM users WHERE email = 'raced@example.org'"
        )
        .await,
        1
    );

    // A one-time code verified on both at once signs in once; its tries and the
    // requests for codes are counted across both.
    let details = json!({"name": "Raced Mum", "email": "raced.mum@example.org", "language": "en", "password": "a racing mother's passphrase"});
    let signup = support::sign_up(&client, &a.base, &details).await;
    assert_eq!(signup.status(), 200);
    let ask = |server: &Server| {
        client
            .post(format!("{}/api/auth/code/request", server.base))
            .json(&json!({"contact": "raced.mum@example.org"}))
            .send()
    };
    assert_eq!(ask(&a).await.unwrap().status(), 202);
    let code = text(
        &db,
        "SELECT payload FROM outbox WHERE template = 'login_code' AND payload IS NOT NULL",
    )
    .await;
    let verify = json!({"contact": "raced.mum@example.org", "code": code});
    // One wins; the other is refused: the code is spent (401), or, when its
    // wrong try is counted first, the contact must wait (429).
    let raced = race(&client, &a, &b, "/api/auth/code/verify", verify).await;
    assert!(
        raced[0] == 200 && matches!(raced[1], 401 | 429),
        "a code works once: {raced:?}"
    );
    assert_eq!(ask(&b).await.unwrap().status(), 202);
    let code = text(
        &db,
        "SELECT payload FROM outbox WHERE template = 'login_code' AND payload IS NOT NULL",
    )
    .await;
    let wrong = format!("{:06}", (code.parse::<u32>().unwrap() + 1) % 1_000_000);
    let mut statuses = Vec::new();
    for attempt in 0..6 {
        let server = if attempt % 2 == 0 { &a } else { &b };
        let guess = if attempt == 5 { code.clone() } else { wrong.clone() };
        let response = client
            .post(format!("{}/api/auth/code/verify", server.base))
            .json(&json!({"contact": "raced.mum@example.org", "code": guess}))
            .send()
            .await
            .unwrap();
        statuses.push(response.status().as_u16());
    }
    assert_eq!(
        statuses,
        [401, 401, 401, 401, 401, 429],
        "five tries across both, then the code is dead"
    );
    assert_eq!(ask(&a).await.unwrap().status(), 202);
    assert_eq!(
        ask(&b).await.unwrap().status(),
        429,
        "three codes per contact, counted on both"
    );

    drop((a, b));
    db.close().await.unwrap();
    exec(&admin, &format!("DROP DATABASE IF EXISTS {name} WITH (FORCE)")).await;
}
