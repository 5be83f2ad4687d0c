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
struct Notify {
    child: Child,
    url: String,
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
    fn start(cue: Value) -> Notify {
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
    async fn received(&self, n: usize) -> Vec<Value> {
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
