//! Text messages through GOV.UK Notify (issue 16), against a local stand-in
//! (`tests/support/notify_standin.py`) that checks every request as Notify does,
//! with Notify's own client library verifying the token, and answers 201, 400,
//! 429 or 500 on cue. The server sends with its own configured senders.

use crate::helpers::{
    Options, TEST_NOTIFY_CALLBACK_TOKEN, TEST_NOTIFY_SECRET, TEST_NOTIFY_SERVICE, TEST_NOTIFY_SMS_TEMPLATE,
    TestApp, assert_error, workspace_root,
};
use perilink_server::service::{sql, users};
use perilink_shared::booking::SignupRequest;
use serde_json::{Value, json};
use std::io::{BufRead, BufReader};
use std::path::PathBuf;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

/// The Notify stand-in, stopped on drop.
pub(crate) struct Notify {
    child: Child,
    pub(crate) url: String,
    log: PathBuf,
}

impl Drop for Notify {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
        let _ = std::fs::remove_file(&self.log);
    }
}

impl Notify {
    /// Starts it; `cue` maps a number to the statuses it answers in turn.
    pub(crate) fn start(cue: Value) -> Notify {
        let python = workspace_root().join(".venv/bin/python");
        assert!(
            python.is_file(),
            "{} exists with notifications-python-client (scripts/setup --with-browser installs it)",
            python.display()
        );
        let log = std::env::temp_dir().join(format!("perilink-notify-{}.jsonl", uuid::Uuid::new_v4()));
        let mut child = Command::new(python)
            .arg(workspace_root().join("tests/support/notify_standin.py"))
            .args(["--service", TEST_NOTIFY_SERVICE, "--secret", TEST_NOTIFY_SECRET])
            .args(["--sms-template", TEST_NOTIFY_SMS_TEMPLATE])
            .arg("--log")
            .arg(&log)
            .args(["--cue", &cue.to_string()])
            .stdout(Stdio::piped())
            .stderr(Stdio::inherit())
            .spawn()
            .expect("the Notify stand-in starts");
        let mut first = String::new();
        BufReader::new(child.stdout.take().expect("its output"))
            .read_line(&mut first)
            .expect("it prints its port");
        let port: u16 = first.trim().parse().expect("a port number");
        Notify {
            child,
            url: format!("http://127.0.0.1:{port}"),
            log,
        }
    }

    /// Every request it received, once there are at least `n`.
    pub(crate) async fn received(&self, n: usize) -> Vec<Value> {
        let deadline = Instant::now() + Duration::from_secs(30);
        loop {
            let requests: Vec<Value> = std::fs::read_to_string(&self.log)
                .unwrap_or_default()
                .lines()
                .map(|line| serde_json::from_str(line).expect("a JSON line"))
                .collect();
            if requests.len() >= n {
                return requests;
            }
            assert!(
                Instant::now() < deadline,
                "Notify received {} requests, not {n}",
                requests.len()
            );
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
    }
}

async fn app_sending_through(notify: &Notify) -> TestApp {
    let options = Options {
        notify_url: Some(notify.url.clone()),
        ..Options::default()
    };
    TestApp::spawn_with(crate::helpers::Backend::Sqlite, options)
        .await
        .expect("SQLite is always there")
}

/// A mother with an account, a phone and a language, who asks for a sign-in code.
/// Her account is made directly, not by signing up: signing up sends a code too,
/// and these tests count what reaches Notify.
async fn asks_for_a_code(app: &TestApp, phone: &str, language: &str) {
    let details = SignupRequest {
        name: "Hodan".into(),
        phone: Some(phone.into()),
        email: None,
        language: language.into(),
        password: "a good long password".into(),
    };
    let new = users::check_signup(details).expect("her details");
    users::create_mother(&app.state.db, new)
        .await
        .expect("her account");
    let request = app
        .post_json("/api/auth/code/request", &json!({"contact": phone}))
        .await;
    assert_eq!(request.status(), 202);
}

async fn outbox_row(app: &TestApp, template: &str) -> (String, String, i64) {
    let rows = sql::query(
        &app.state.db,
        "SELECT id, status, attempts FROM outbox WHERE template = ? ORDER BY created_at DESC",
        vec![template.into()],
    )
    .await
    .unwrap();
    let row = rows.first().expect("the message is in the outbox");
    (
        row.try_get_by_index(0).unwrap(),
        row.try_get_by_index(1).unwrap(),
        i64::from(row.try_get_by_index::<i32>(2).unwrap()),
    )
}

async fn wait_for_status(app: &TestApp, template: &str, status: &str) -> (String, i64) {
    let deadline = Instant::now() + Duration::from_secs(30);
    loop {
        let (id, now, attempts) = outbox_row(app, template).await;
        if now == status {
            return (id, attempts);
        }
        assert!(Instant::now() < deadline, "the message is {now}, not {status}");
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

async fn receipt(app: &TestApp, token: &str, body: Value) -> reqwest::Response {
    app.client
        .post(app.url("/api/hooks/notify"))
        .bearer_auth(token)
        .json(&body)
        .send()
        .await
        .unwrap()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_sign_in_code_goes_to_notify_in_somali_and_its_receipt_is_recorded() {
    let notify = Notify::start(json!({}));
    let app = app_sending_through(&notify).await;
    asks_for_a_code(&app, "07700 900111", "so").await;

    let request = notify.received(1).await.remove(0);
    // The stand-in verified the token with Notify's own library: a 201 says so.
    assert_eq!(request["status"], 201, "{request}");
    assert_eq!(request["path"], "/v2/notifications/sms");
    assert_eq!(request["iss"], TEST_NOTIFY_SERVICE);
    let body = &request["body"];
    // Her number as PeriLink keeps it, in international form.
    assert_eq!(body["phone_number"], "+447700900111");
    assert_eq!(body["template_id"], TEST_NOTIFY_SMS_TEMPLATE);
    let (id, _) = wait_for_status(&app, "login_code", "sent").await;
    assert_eq!(body["reference"], id.as_str(), "the reference is the outbox id");
    let text = body["personalisation"]["body"].as_str().unwrap();
    assert_eq!(
        text,
        perilink_server::service::messages::render("login_code", "so", Some(&code_in(text))),
        "her Somali message, with her code"
    );
    assert!(
        perilink_server::service::messages::sms_segments(text) <= 2,
        "{text}"
    );
    // The code that arrived signs her in.
    let signed_in = app
        .post_json(
            "/api/auth/code/verify",
            &json!({"contact": "07700 900111", "code": code_in(text)}),
        )
        .await;
    assert_eq!(signed_in.status(), 200);
    // Nothing of it stays in the outbox once sent.
    let kept = sql::query(
        &app.state.db,
        "SELECT payload FROM outbox WHERE id = ?",
        vec![id.clone().into()],
    )
    .await
    .unwrap();
    assert_eq!(kept[0].try_get_by_index::<Option<String>>(0).unwrap(), None);

    // Notify's receipt: refused without the callback token, recorded with it.
    let delivered = json!({
        "id": request["notification_id"], "reference": id, "to": "07700900111",
        "status": "delivered", "created_at": "2026-12-05T10:00:00.000000Z",
        "completed_at": "2026-12-05T10:00:05.000000Z", "sent_at": "2026-12-05T10:00:01.000000Z",
        "notification_type": "sms", "template_id": TEST_NOTIFY_SMS_TEMPLATE, "template_version": 1
    });
    assert_error(
        receipt(&app, "not-the-token", delivered.clone()).await,
        401,
        "unauthorized",
    )
    .await;
    assert_eq!(outbox_row(&app, "login_code").await.1, "sent");
    assert_eq!(
        receipt(&app, TEST_NOTIFY_CALLBACK_TOKEN, delivered.clone())
            .await
            .status(),
        204
    );
    assert_eq!(outbox_row(&app, "login_code").await.1, "delivered");
    let mut odd = delivered.clone();
    odd["status"] = json!("lost");
    assert_error(
        receipt(&app, TEST_NOTIFY_CALLBACK_TOKEN, odd).await,
        422,
        "validation_failed",
    )
    .await;
    let mut failed = delivered;
    failed["status"] = json!("permanent-failure");
    assert_eq!(
        receipt(&app, TEST_NOTIFY_CALLBACK_TOKEN, failed).await.status(),
        204
    );
    assert_eq!(outbox_row(&app, "login_code").await.1, "failed");
}

/// The six digits of a code in a message.
fn code_in(text: &str) -> String {
    text.split(|c: char| !c.is_ascii_digit())
        .find(|run| run.len() == 6)
        .unwrap_or_else(|| panic!("no code in {text}"))
        .to_owned()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_number_notify_refuses_fails_at_once_and_a_busy_notify_is_tried_again_later() {
    // Notify refuses one number (400), and is busy then down for another (429, 500).
    let notify = Notify::start(json!({"+447700900400": [400], "+447700900429": [429, 500]}));
    let app = app_sending_through(&notify).await;

    asks_for_a_code(&app, "07700900400", "en").await;
    let (_, attempts) = wait_for_status(&app, "login_code", "failed").await;
    assert_eq!(attempts, 1, "a permanent failure is not tried again");
    assert_eq!(notify.received(1).await[0]["status"], 400);

    asks_for_a_code(&app, "07700900429", "ar").await;
    let requests = notify.received(2).await;
    assert_eq!(requests[1]["status"], 429);
    // Back in the queue, for later: half to all of a minute after the first try.
    let deadline = Instant::now() + Duration::from_secs(15);
    let (id, waiting) = loop {
        let rows = sql::query(
            &app.state.db,
            "SELECT id, status, attempts, available_at FROM outbox WHERE template = 'login_code' ORDER BY created_at DESC",
            vec![],
        )
        .await
        .unwrap();
        let row = &rows[0];
        let status: String = row.try_get_by_index(1).unwrap();
        let attempts: i32 = row.try_get_by_index(2).unwrap();
        if status == "pending" && attempts == 1 {
            let at: chrono::DateTime<chrono::Utc> = row.try_get_by_index(3).unwrap();
            break (
                row.try_get_by_index::<String>(0).unwrap(),
                at - chrono::Utc::now(),
            );
        }
        assert!(
            Instant::now() < deadline,
            "the busy answer was not retried later: {status}"
        );
        tokio::time::sleep(Duration::from_millis(100)).await;
    };
    assert!(
        waiting > chrono::Duration::seconds(20) && waiting <= chrono::Duration::seconds(60),
        "retried after {waiting}"
    );
    // Brought forward twice: 500 (back in the queue again), then 201.
    for (expected, attempts) in [(500, 2), (201, 3)] {
        let before = notify.received(0).await.len();
        sql::exec(
            &app.state.db,
            "UPDATE outbox SET available_at = ? WHERE id = ?",
            vec![
                (chrono::Utc::now() - chrono::Duration::seconds(1)).into(),
                id.clone().into(),
            ],
        )
        .await
        .unwrap();
        assert_eq!(notify.received(before + 1).await[before]["status"], expected);
        if expected == 500 {
            let deadline = Instant::now() + Duration::from_secs(15);
            while outbox_row(&app, "login_code").await != (id.clone(), "pending".into(), attempts) {
                assert!(Instant::now() < deadline, "the 500 was not put back in the queue");
                tokio::time::sleep(Duration::from_millis(100)).await;
            }
        }
    }
    let (_, attempts) = wait_for_status(&app, "login_code", "sent").await;
    assert_eq!(attempts, 3);
}

/// A server sending through Notify on `backend` (so Notify's callback token is
/// set), or `None` when that backend is not configured.
async fn replies_app(notify: &Notify, backend: crate::helpers::Backend) -> Option<TestApp> {
    let options = Options {
        notify_url: Some(notify.url.clone()),
        ..Options::default()
    };
    TestApp::spawn_with(backend, options).await
}

/// A mother with an account, her number and her language.
async fn mother_with(
    app: &TestApp,
    name: &str,
    phone: &str,
    language: &str,
) -> perilink_server::entity::mother::Model {
    let details = SignupRequest {
        name: name.into(),
        phone: Some(phone.into()),
        email: None,
        language: language.into(),
        password: "a good long password".into(),
    };
    let user = users::create_mother(&app.state.db, users::check_signup(details).expect("her details"))
        .await
        .expect("her account");
    perilink_server::service::bookings::mother_of_user(&app.state.db, &user.id)
        .await
        .unwrap()
        .expect("her record")
}

/// Books `occurrence` for her, as the app does, or puts her on its waiting list;
/// answers the booking's id.
async fn book(
    app: &TestApp,
    m: &perilink_server::entity::mother::Model,
    occurrence: &str,
    waiting_list: bool,
) -> String {
    let request: perilink_shared::booking::BookingRequest =
        serde_json::from_value(json!({"occurrence_id": occurrence, "waiting_list": waiting_list})).unwrap();
    let today = perilink_server::clock::london_today();
    let snapshot = app.state.directory.snapshot();
    perilink_server::service::bookings::book(&app.state.db, &snapshot, m, &request, today)
        .await
        .expect("booked")
        .booking
        .id
}

/// Dates of the demo's one session booked by the date with places limited (the
/// money advice), from the day after tomorrow on: the first `n`. The demo host is
/// made its host, so that her register can be read.
async fn bookable_dates(app: &TestApp, n: usize) -> Vec<(String, String)> {
    let after = perilink_server::clock::london_today() + chrono::Duration::days(2);
    let rows = sql::query(
        &app.state.db,
        "SELECT o.id, CAST(o.date AS TEXT), s.id FROM occurrences o JOIN sessions s ON s.id = o.session_id \
         JOIN programmes p ON p.id = s.programme_id \
         WHERE p.format = 'ongoing' AND p.booking = 'booking' \
         AND s.capacity IS NOT NULL AND o.cancelled = FALSE AND o.date >= ? ORDER BY s.id, o.date",
        vec![after.into()],
    )
    .await
    .unwrap();
    let dates: Vec<(String, String)> = rows
        .iter()
        .map(|r| {
            let date: String = r.try_get_by_index(1).unwrap();
            (r.try_get_by_index(0).unwrap(), date[..10].to_owned())
        })
        .take(n)
        .collect();
    assert_eq!(dates.len(), n, "the demo has {n} bookable dates ahead");
    let session: String = rows[0].try_get_by_index(2).unwrap();
    sql::exec(
        &app.state.db,
        "UPDATE sessions SET host_id = (SELECT id FROM users WHERE email = 'host@demo.perilink.test') WHERE id = ?",
        vec![session.into()],
    )
    .await
    .unwrap();
    dates
}

/// Her booking reminded, as the day-before job claims it.
async fn reminded(app: &TestApp, booking: &str, occurrence: &str) {
    sql::exec(
        &app.state.db,
        "INSERT INTO session_reminders (booking_id, occurrence_id, queued_at) VALUES (?, ?, ?)",
        vec![booking.into(), occurrence.into(), chrono::Utc::now().into()],
    )
    .await
    .unwrap();
}

async fn booking_status(app: &TestApp, booking: &str) -> String {
    crate::helpers::text(
        app,
        &format!("SELECT status FROM bookings WHERE id = '{booking}'"),
    )
    .await
}

/// Notify's received-text callback, as Notify sends it.
fn received(id: &str, from: &str, message: &str) -> Value {
    json!({
        "id": id, "source_number": from, "destination_number": "07797800000",
        "message": message, "date_received": chrono::Utc::now().format("%Y-%m-%dT%H:%M:%S%.6fZ").to_string()
    })
}

async fn inbound(app: &TestApp, token: &str, body: &Value) -> reqwest::Response {
    app.client
        .post(app.url("/api/hooks/notify/inbound"))
        .bearer_auth(token)
        .json(body)
        .send()
        .await
        .unwrap()
}

/// Runs `test` on SQLite, then on PostgreSQL when one is configured, each with a
/// Notify stand-in of its own answering on `cue`.
async fn on_both_backends<F, Fut>(cue: Value, test: F)
where
    F: Fn(TestApp) -> Fut,
    Fut: std::future::Future<Output = ()>,
{
    for backend in [crate::helpers::Backend::Sqlite, crate::helpers::Backend::Postgres] {
        let notify = Notify::start(cue.clone());
        match replies_app(&notify, backend).await {
            Some(app) => test(app).await,
            None => eprintln!("SKIPPED on PostgreSQL: set PERILINK_TEST_POSTGRES_URL to run it"),
        }
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_reply_of_2_sends_her_apologies_and_gives_her_place_to_the_next_mother_waiting_once() {
    on_both_backends(json!({}), |app| async move {
        let dates = bookable_dates(&app, 2).await;
        let (first, later) = (&dates[0], &dates[1]);
        let hodan = mother_with(&app, "Hodan", "07700 900201", "so").await;
        let amina = mother_with(&app, "Amina", "07700 900202", "en").await;
        let hers = book(&app, &hodan, &first.0, false).await;
        let her_later = book(&app, &hodan, &later.0, false).await;
        // The first date is now full: Amina waits for a place.
        sql::exec(
            &app.state.db,
            "UPDATE occurrences SET booked = (SELECT capacity FROM sessions s WHERE s.id = occurrences.session_id) WHERE id = ?",
            vec![first.0.clone().into()],
        )
        .await
        .unwrap();
        let waiting = book(&app, &amina, &first.0, true).await;
        assert_eq!(booking_status(&app, &waiting).await, "waiting");
        reminded(&app, &hers, &first.0).await;
        reminded(&app, &her_later, &later.0).await;

        let reply = received(&uuid::Uuid::new_v4().to_string(), "447700900201", " 2 ");
        assert_error(inbound(&app, "not-the-token", &reply).await, 401, "unauthorized").await;
        assert_eq!(booking_status(&app, &hers).await, "booked", "a refused callback does nothing");

        assert_eq!(inbound(&app, TEST_NOTIFY_CALLBACK_TOKEN, &reply).await.status(), 204);
        assert_eq!(booking_status(&app, &hers).await, "cancelled", "her next reminded date is given up");
        assert_eq!(booking_status(&app, &her_later).await, "booked", "only the next one");
        assert_eq!(booking_status(&app, &waiting).await, "booked", "the place went to Amina");
        let amina_user = amina.user_id.clone().unwrap();
        let told = crate::helpers::count(
            &app,
            &format!("SELECT COUNT(*) FROM notifications WHERE user_id = '{amina_user}' AND kind = 'waiting_list_promoted'"),
        )
        .await;
        assert_eq!(told, 1, "Amina is told, as when a place is cancelled in the app");
        let marked = crate::helpers::text(
            &app,
            &format!("SELECT status FROM attendance WHERE occurrence_id = '{}' AND mother_id = '{}'", first.0, hodan.id),
        )
        .await;
        assert_eq!(marked, "apologies");
        // The host's register shows her apologies, as booked, and keeps no words of hers.
        let (host, _) = app.login_demo("host").await;
        let register = crate::helpers::get_json(&app, &format!("/api/registers?date={}", first.1), &host).await;
        let date = register["occurrences"]
            .as_array()
            .unwrap()
            .iter()
            .find(|o| o["occurrence_id"] == first.0.as_str())
            .expect("the date on the host's register");
        let row = date["expected"]
            .as_array()
            .unwrap()
            .iter()
            .find(|m| m["mother_id"] == hodan.id.as_str())
            .expect("Hodan on the register");
        assert_eq!(row["status"], "apologies");
        assert_eq!(row["because"], "booked");
        assert_eq!(date["replies"], json!([]));

        // Notify sends the same callback again: nothing changes twice.
        assert_eq!(inbound(&app, TEST_NOTIFY_CALLBACK_TOKEN, &reply).await.status(), 204);
        assert_eq!(booking_status(&app, &her_later).await, "booked", "a replayed reply cancels nothing more");
        assert_eq!(
            crate::helpers::count(&app, "SELECT COUNT(*) FROM inbound_texts").await,
            1
        );
        assert_eq!(
            crate::helpers::count(&app, "SELECT COUNT(*) FROM attendance_marks WHERE status = 'apologies'").await,
            1
        );
        // Neither her number nor her words are kept for a reply that did its work.
        assert_eq!(
            crate::helpers::count(&app, "SELECT COUNT(*) FROM inbound_texts WHERE body IS NOT NULL").await,
            0
        );
    })
    .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn no_in_somali_or_arabic_counts_other_words_go_to_the_host_and_strangers_are_ignored() {
    on_both_backends(json!({}), |app| async move {
        let dates = bookable_dates(&app, 2).await;
        let hodan = mother_with(&app, "Hodan", "07700 900211", "so").await;
        let reem = mother_with(&app, "Reem", "07700 900212", "ar").await;
        let zainab = mother_with(&app, "Zainab", "07700 900213", "pl").await;
        let mut bookings = Vec::new();
        for m in [&hodan, &reem, &zainab] {
            let b = book(&app, m, &dates[0].0, false).await;
            reminded(&app, &b, &dates[0].0).await;
            bookings.push(b);
        }
        let send = |from: &'static str, message: &'static str| {
            let body = received(&uuid::Uuid::new_v4().to_string(), from, message);
            let app = &app;
            async move { inbound(app, TEST_NOTIFY_CALLBACK_TOKEN, &body).await.status() }
        };
        assert_eq!(send("447700900211", "Maya").await, 204);
        assert_eq!(booking_status(&app, &bookings[0]).await, "cancelled", "Somali no");
        assert_eq!(send("447700900212", "لا").await, 204);
        assert_eq!(booking_status(&app, &bookings[1]).await, "cancelled", "Arabic no");
        // Anything else is for the host: "no" is not a Polish no.
        assert_eq!(send("447700900213", "no").await, 204);
        assert_eq!(send("447700900213", "Spóźnię się 10 minut").await, 204);
        assert_eq!(booking_status(&app, &bookings[2]).await, "booked");
        // A number no mother has: ignored.
        let before = crate::helpers::count(&app, "SELECT COUNT(*) FROM inbound_texts").await;
        assert_eq!(send("447700900999", "2").await, 204);
        assert_eq!(send("12025550123", "2").await, 204);
        assert_eq!(
            crate::helpers::count(&app, "SELECT COUNT(*) FROM inbound_texts").await,
            before
        );

        let (host, _) = app.login_demo("host").await;
        let register =
            crate::helpers::get_json(&app, &format!("/api/registers?date={}", dates[0].1), &host).await;
        let date = register["occurrences"]
            .as_array()
            .unwrap()
            .iter()
            .find(|o| o["occurrence_id"] == dates[0].0.as_str())
            .expect("the date on the host's register")
            .clone();
        let replies: Vec<(&str, &str)> = date["replies"]
            .as_array()
            .unwrap()
            .iter()
            .map(|r| (r["given_name"].as_str().unwrap(), r["text"].as_str().unwrap()))
            .collect();
        assert_eq!(
            replies,
            vec![("Zainab", "no"), ("Zainab", "Spóźnię się 10 minut")]
        );
        // Her data download holds what she sent; Hodan's holds what her text did.
        for (phone, expected) in [
            (
                "07700 900213",
                vec![
                    ("message", json!("no")),
                    ("message", json!("Spóźnię się 10 minut")),
                ],
            ),
            ("07700 900211", vec![("apologies", Value::Null)]),
        ] {
            let signed_in: Value = app
                .login(phone, "a good long password")
                .await
                .json()
                .await
                .unwrap();
            let token = signed_in["access_token"].as_str().expect("she signs in");
            let data = crate::helpers::get_json(&app, "/api/me/data", token).await;
            let sent: Vec<(&str, Value)> = data["texts_sent"]
                .as_array()
                .expect("her texts")
                .iter()
                .map(|t| (t["outcome"].as_str().unwrap(), t["text"].clone()))
                .collect();
            assert_eq!(sent, expected, "{phone}");
            assert!(data["texts_sent"][0]["occurrence_id"] == dates[0].0.as_str());
        }
        for m in [&hodan, &reem] {
            let row = date["expected"]
                .as_array()
                .unwrap()
                .iter()
                .find(|e| e["mother_id"] == m.id.as_str())
                .expect("on the register");
            assert_eq!(row["status"], "apologies");
        }

        // What Notify might send wrongly is refused with a reason, never a 500.
        let mut no_id = received("", "447700900213", "2");
        assert_error(
            inbound(&app, TEST_NOTIFY_CALLBACK_TOKEN, &no_id).await,
            422,
            "validation_failed",
        )
        .await;
        no_id["id"] = json!(uuid::Uuid::new_v4().to_string());
        no_id["date_received"] = json!("yesterday");
        assert_error(
            inbound(&app, TEST_NOTIFY_CALLBACK_TOKEN, &no_id).await,
            422,
            "validation_failed",
        )
        .await;
        no_id["date_received"] = json!("2026-12-05T10:00:00.000000Z");
        no_id["message"] = json!("x".repeat(1601));
        assert_error(
            inbound(&app, TEST_NOTIFY_CALLBACK_TOKEN, &no_id).await,
            422,
            "validation_failed",
        )
        .await;
        let missing = json!({"id": uuid::Uuid::new_v4().to_string(), "message": "2"});
        let refused = inbound(&app, TEST_NOTIFY_CALLBACK_TOKEN, &missing).await;
        assert!(refused.status().is_client_error(), "{}", refused.status());
        let body: Value = refused.json().await.unwrap();
        assert!(body["error"]["code"].is_string(), "{body}");
        assert_eq!(
            booking_status(&app, &bookings[2]).await,
            "booked",
            "nothing refused did anything"
        );
    })
    .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_text_that_cannot_be_delivered_shows_on_her_record_and_coordinators_count_it() {
    // Notify refuses Fatima's number (400: not a mobile it can reach).
    on_both_backends(json!({"+447700900400": [400]}), |app| async move {
        let (referrer, _) = app.login_demo("referrer").await;
        let (coordinator, _) = app.login_demo("coordinator").await;
        let (host, _) = app.login_demo("host").await;
        let register = |name: &'static str, phone: &'static str| {
            let (app, referrer) = (&app, referrer.clone());
            async move {
                let registered = crate::helpers::post_with_token(
                    app,
                    "/api/mothers",
                    &referrer,
                    json!({"given_name": name, "phone": phone, "language": "so"}),
                )
                .await;
                assert_eq!(registered.status(), 201);
                // Her set-up link waits out quiet hours; this test is about delivery.
                crate::helpers::release_held(app, "account_setup").await;
                registered.json::<Value>().await.unwrap()["id"].as_str().unwrap().to_owned()
            }
        };
        let record = |id: String| {
            let (app, referrer) = (&app, referrer.clone());
            async move { crate::helpers::get_json(app, &format!("/api/mothers/{id}"), &referrer).await }
        };
        let health = || {
            let (app, coordinator) = (&app, coordinator.clone());
            async move { crate::helpers::get_json(app, "/api/directory/messages", &coordinator).await }
        };

        let fatima = register("Fatima", "07700 900400").await;
        wait_for_status(&app, "account_setup", "failed").await;
        assert_eq!(record(fatima.clone()).await["undelivered"], "sms", "her referrer is told to phone her");
        let ayaan = register("Ayaan", "07700 900401").await;
        let (sent, _) = wait_for_status(&app, "account_setup", "sent").await;
        assert_eq!(record(ayaan.clone()).await["undelivered"], Value::Null, "hers went");
        assert_eq!(health().await, json!({"undelivered": 1, "stuck": 0}));

        // Notify reports Ayaan's text undelivered after all: her record says so too.
        let failed = json!({"id": uuid::Uuid::new_v4().to_string(), "reference": sent, "to": "07700900401",
            "status": "permanent-failure", "notification_type": "sms"});
        assert_eq!(receipt(&app, TEST_NOTIFY_CALLBACK_TOKEN, failed).await.status(), 204);
        assert_eq!(record(ayaan.clone()).await["undelivered"], "sms");

        // A message on a channel nothing sends, due over half an hour ago: stuck.
        sql::exec(
            &app.state.db,
            "INSERT INTO outbox (id, channel, recipient_mother_id, template, language, status, attempts, available_at, created_at) \
             VALUES (?, 'phone', ?, 'news', 'so', 'pending', 0, ?, ?)",
            vec![
                uuid::Uuid::new_v4().to_string().into(),
                ayaan.clone().into(),
                (chrono::Utc::now() - chrono::Duration::minutes(31)).into(),
                (chrono::Utc::now() - chrono::Duration::minutes(31)).into(),
            ],
        )
        .await
        .unwrap();
        assert_eq!(health().await, json!({"undelivered": 2, "stuck": 1}));

        // Counts are for coordinators; a host or a referrer is refused.
        for token in [&host, &referrer] {
            let refused = app.get_with_token("/api/directory/messages", token).await;
            assert_error(refused, 403, "forbidden").await;
        }
    })
    .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn two_server_processes_on_one_postgresql_send_each_message_to_notify_once() {
    use crate::process::ServerProcess;
    use perilink_server::service::outbox::{self, Recipient};
    let Some(db) = crate::helpers::TestDatabase::postgres().await else {
        eprintln!(
            "SKIPPED api_notify::two_server_processes_on_one_postgresql_send_each_message_to_notify_once: set PERILINK_TEST_POSTGRES_URL to run it"
        );
        return;
    };
    let notify = Notify::start(json!({}));
    let key = format!("perilink_test-{TEST_NOTIFY_SERVICE}-{TEST_NOTIFY_SECRET}");
    let settings = [
        ("PERILINK_NOTIFY_API_KEY", key.as_str()),
        ("PERILINK_NOTIFY_BASE_URL", notify.url.as_str()),
        ("PERILINK_NOTIFY_SMS_TEMPLATE", TEST_NOTIFY_SMS_TEMPLATE),
        ("PERILINK_NOTIFY_CALLBACK_TOKEN", TEST_NOTIFY_CALLBACK_TOKEN),
    ];
    // One after the other, so the demo is seeded once; then both drain the outbox.
    let first = ServerProcess::start(&db.url, &settings).await;
    let second = ServerProcess::start(&db.url, &settings).await;

    // Forty messages queued at once, each to a number of its own.
    let conn = sea_orm::Database::connect(&db.url).await.expect("the database");
    let numbers: Vec<String> = (0..40).map(|n| format!("+4477009006{n:02}")).collect();
    let txn = sql::begin_write(&conn).await.unwrap();
    for number in &numbers {
        outbox::enqueue(&txn, "sms", Recipient::Address(number), "referral_booked", "so")
            .await
            .unwrap();
    }
    txn.commit().await.unwrap();
    let ids: Vec<String> = sql::query(
        &conn,
        "SELECT id FROM outbox WHERE template = 'referral_booked'",
        vec![],
    )
    .await
    .unwrap()
    .iter()
    .map(|row| row.try_get_by_index(0).unwrap())
    .collect();
    assert_eq!(ids.len(), 40);

    // Every one sent...
    let deadline = Instant::now() + Duration::from_secs(60);
    loop {
        let unsent = sql::query(
            &conn,
            "SELECT COUNT(*) FROM outbox WHERE template = 'referral_booked' AND status <> 'sent'",
            vec![],
        )
        .await
        .unwrap()[0]
            .try_get_by_index::<i64>(0)
            .unwrap();
        if unsent == 0 {
            break;
        }
        assert!(Instant::now() < deadline, "{unsent} messages still unsent");
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
    // ... and Notify asked once for each: no reference twice, none missing, even
    // after both workers have gone round again.
    tokio::time::sleep(Duration::from_secs(5)).await;
    let requests: Vec<Value> = notify
        .received(40)
        .await
        .into_iter()
        .filter(|r| ids.iter().any(|id| r["body"]["reference"] == id.as_str()))
        .collect();
    let mut references: Vec<String> = requests
        .iter()
        .map(|r| {
            assert_eq!(r["status"], 201, "{r}");
            r["body"]["reference"].as_str().unwrap().to_owned()
        })
        .collect();
    references.sort();
    let mut expected = ids.clone();
    expected.sort();
    assert_eq!(references, expected, "each message went to Notify exactly once");
    let mut to: Vec<&str> = requests
        .iter()
        .map(|r| r["body"]["phone_number"].as_str().unwrap())
        .collect();
    to.sort();
    assert_eq!(to, numbers.iter().map(String::as_str).collect::<Vec<_>>());
    // Both processes were up and draining throughout.
    for server in [&first, &second] {
        let ready = server
            .client
            .get(server.url("/api/health/ready"))
            .send()
            .await
            .unwrap();
        assert_eq!(ready.status(), 200);
    }
    drop((first, second));
    drop(conn);
}
