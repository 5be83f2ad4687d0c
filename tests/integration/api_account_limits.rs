//! The limits on guessing and on messages (issue 14, accounts): whose address they
//! count by (`PERILINK_TRUSTED_PROXIES`), sign-ups limited per client and in all,
//! and the daily caps on sign-in codes per contact.

use crate::helpers::{Backend, Options, TestApp, assert_error, count, db_test};
use perilink_server::service::login_codes::{
    PER_CONTACT_PER_DAY, SIGNUPS_IN_ALL, SIGNUPS_PER_ADDRESS, WRONG_CODES_PER_DAY,
};
use perilink_server::service::{login, sql};
use serde_json::{Value, json};

/// `POST` a JSON body as if through a proxy that says the client is `client`.
async fn post_from(app: &TestApp, path: &str, client: &str, body: &Value) -> reqwest::Response {
    app.client
        .post(app.url(path))
        .header("X-Forwarded-For", client)
        .header("Forwarded", format!("for={client}"))
        .json(body)
        .send()
        .await
        .expect("POST")
}

/// A sign-up with the n-th made-up phone number.
fn signup_body(n: usize) -> Value {
    json!({"name": format!("Mum {n}"), "phone": format!("07800 100{n:03}"), "language": "en", "password": "a good long password"})
}

/// Runs `test` against a server behind `trusted_proxies`, on SQLite and then
/// PostgreSQL (when configured).
async fn on_both<F, Fut>(trusted_proxies: &str, test: F)
where
    F: Fn(TestApp) -> Fut,
    Fut: std::future::Future<Output = ()>,
{
    for backend in [Backend::Sqlite, Backend::Postgres] {
        let options = Options {
            trusted_proxies: Some(trusted_proxies.to_owned()),
            ..Options::default()
        };
        match TestApp::spawn_with(backend, options).await {
            Some(app) => test(app).await,
            None => eprintln!("SKIPPED on {backend:?}: set PERILINK_TEST_POSTGRES_URL to run it"),
        }
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn behind_a_trusted_proxy_each_client_has_its_own_limits() {
    on_both("127.0.0.1/32", |app| async move {
        // Sign-ups: one client's limit is not the other's.
        for n in 0..SIGNUPS_PER_ADDRESS as usize {
            let response = post_from(&app, "/api/auth/signup", "203.0.113.1", &signup_body(n)).await;
            assert_eq!(response.status(), 202, "sign-up {n} from the first client");
        }
        let refused = post_from(&app, "/api/auth/signup", "203.0.113.1", &signup_body(100)).await;
        let wait: u64 = refused.headers()["retry-after"]
            .to_str()
            .unwrap()
            .parse()
            .unwrap();
        assert!(wait > 0 && wait <= 3600, "{wait}");
        assert_error(refused, 429, "too_many_requests").await;
        let other = post_from(&app, "/api/auth/signup", "203.0.113.2", &signup_body(101)).await;
        assert_eq!(other.status(), 202, "the second client signs up");

        // Sign-in: past the hard limit one client is refused, the other is not.
        for n in 0..login::ADDRESS_LIMIT {
            let body = json!({"email": format!("nobody{n}@example.org"), "password": "a guess"});
            let response = post_from(&app, "/api/auth/login", "198.51.100.7", &body).await;
            assert_error(response, 401, "invalid_credentials").await;
        }
        let host = json!({"email": "host@demo.perilink.test", "password": "demo-password"});
        assert_error(
            post_from(&app, "/api/auth/login", "198.51.100.7", &host).await,
            429,
            "too_many_requests",
        )
        .await;
        assert_eq!(
            post_from(&app, "/api/auth/login", "198.51.100.8", &host)
                .await
                .status(),
            200
        );
        // A client cannot escape its address by writing another in front of it:
        // the proxy appends the real one, and that is what counts.
        let spoofed = app
            .client
            .post(app.url("/api/auth/login"))
            .header("X-Forwarded-For", "192.0.2.99, 198.51.100.7")
            .json(&host)
            .send()
            .await
            .unwrap();
        assert_error(spoofed, 429, "too_many_requests").await;
    })
    .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_untrusted_peer_cannot_choose_the_address_it_is_counted_by() {
    // The proxy list names someone else: this test's connections are not trusted.
    on_both("10.0.0.0/8", |app| async move {
        for n in 0..SIGNUPS_PER_ADDRESS as usize {
            let claimed = format!("203.0.113.{n}");
            let response = post_from(&app, "/api/auth/signup", &claimed, &signup_body(n)).await;
            assert_eq!(response.status(), 202, "sign-up {n}");
        }
        let response = post_from(&app, "/api/auth/signup", "203.0.113.200", &signup_body(200)).await;
        assert_error(response, 429, "too_many_requests").await;
    })
    .await;
}

db_test! {
    async fn sign_ups_are_limited_in_all_and_per_contact(app: TestApp) {
        // Messages go to a contact at most three times in ten minutes.
        let taken = json!({"name": "Amina", "email": "amina@example.org", "language": "en", "password": "a good long password"});
        assert_eq!(app.sign_up(&taken).await.status(), 200);
        for _ in 0..2 {
            assert_eq!(app.post_json("/api/auth/signup", &taken).await.status(), 202);
        }
        assert_error(app.post_json("/api/auth/signup", &taken).await, 429, "too_many_requests").await;
        // Everyone's sign-ups together: the counter full, the next is refused.
        let now = chrono::Utc::now();
        for _ in 0..SIGNUPS_IN_ALL {
            sql::exec(&app.state.db, "INSERT INTO login_failures (id, key, at) VALUES (?, 'signup-limit:all', ?)", vec![uuid::Uuid::new_v4().to_string().into(), now.into()]).await.unwrap();
        }
        let response = app.post_json("/api/auth/signup", &signup_body(1)).await;
        assert!(response.headers().contains_key("retry-after"));
        assert_error(response, 429, "too_many_requests").await;
        assert_eq!(count(&app, "SELECT COUNT(*) FROM users WHERE phone = '+447800100001'").await, 0);
    }
}

/// Everything a client could compare between two answers.
async fn answer(response: reqwest::Response) -> (u16, Option<String>, Value) {
    let status = response.status().as_u16();
    let kind = response
        .headers()
        .get("content-type")
        .map(|v| v.to_str().unwrap().to_owned());
    (status, kind, response.json().await.unwrap_or(Value::Null))
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_sign_up_answers_the_same_whether_or_not_the_number_or_email_has_an_account() {
    for backend in [Backend::Sqlite, Backend::Postgres] {
        // Not the demo, whose answer carries the code.
        let options = Options {
            demo: false,
            ..Options::default()
        };
        let Some(app) = TestApp::spawn_with(backend, options).await else {
            eprintln!("SKIPPED on {backend:?}: set PERILINK_TEST_POSTGRES_URL to run it");
            continue;
        };
        let amina = json!({"name": "Amina", "phone": "07700 900601", "email": "amina@example.org", "language": "ar", "password": "a good long password"});
        assert_eq!(
            app.sign_up(&amina).await.status(),
            200,
            "she signs up with the code she was sent"
        );
        let holder = count(&app, "SELECT COUNT(*) FROM users WHERE phone = '+447700900601'").await;
        assert_eq!(holder, 1);

        for (new, taken, channel) in [
            (
                json!({"phone": "07700 900602"}),
                json!({"phone": "07700 900601"}),
                "sms",
            ),
            (
                json!({"email": "bea@example.org"}),
                json!({"email": "Amina@Example.org"}),
                "email",
            ),
        ] {
            let with = |contact: &Value| {
                let mut body =
                    json!({"name": "Someone", "language": "en", "password": "another long password"});
                body.as_object_mut()
                    .unwrap()
                    .extend(contact.as_object().unwrap().clone());
                body
            };
            let exists_before = count(
                &app,
                "SELECT COUNT(*) FROM outbox WHERE template = 'account_exists'",
            )
            .await;
            let codes_before = count(&app, "SELECT COUNT(*) FROM signup_codes").await;
            let fresh = answer(app.post_json("/api/auth/signup", &with(&new)).await).await;
            let in_use = answer(app.post_json("/api/auth/signup", &with(&taken)).await).await;
            assert_eq!(fresh, in_use, "{channel}: the same answer either way");
            assert_eq!(fresh.0, 202);
            assert_eq!(fresh.2, json!({"channel": channel}));
            // The new contact got a code; the one in use, a note to its holder.
            assert_eq!(
                count(&app, "SELECT COUNT(*) FROM signup_codes").await,
                codes_before + 1
            );
            assert_eq!(
                count(
                    &app,
                    "SELECT COUNT(*) FROM outbox WHERE template = 'account_exists'"
                )
                .await,
                exists_before + 1
            );
            let note = crate::helpers::text(
                &app,
                "SELECT recipient_user_id || ' ' || channel || ' ' || language FROM outbox WHERE template = 'account_exists' ORDER BY created_at DESC LIMIT 1",
            )
            .await;
            let amina_id =
                crate::helpers::text(&app, "SELECT id FROM users WHERE phone = '+447700900601'").await;
            assert_eq!(
                note,
                format!("{amina_id} {channel} ar"),
                "to her, on that channel, in her language"
            );
            // No code was made for the contact in use, so none confirms a second account.
            let guess = json!({"signup": with(&taken), "code": "123456"});
            assert_error(
                app.post_json("/api/auth/signup/confirm", &guess).await,
                401,
                "code_invalid",
            )
            .await;
        }
        assert_eq!(
            count(
                &app,
                "SELECT COUNT(*) FROM users WHERE phone = '+447700900601' OR email = 'amina@example.org'"
            )
            .await,
            1
        );
        // The note reads as the holder's language writes it, and asks nothing of her.
        let note = perilink_server::service::outbox::render("account_exists", "ar", None);
        assert!(note.contains("PeriLink") && !note.contains('{'), "{note}");
    }
}

db_test! {
    async fn a_sign_up_code_works_once_for_the_details_it_was_sent_for(app: TestApp) {
        let details = json!({"name": "Farah", "phone": "07700 900611", "language": "fa", "password": "a good long password"});
        let started = app.post_json("/api/auth/signup", &details).await;
        assert_eq!(started.status(), 202);
        let started: Value = started.json().await.unwrap();
        let code = crate::helpers::message_payload_to(&app, "login_code", "+447700900611").await;
        // The demo puts the code in the answer too.
        assert_eq!(started["demo_code"], json!(code));
        assert_eq!(count(&app, "SELECT COUNT(*) FROM users WHERE phone = '+447700900611'").await, 0, "nothing is made before the code");
        // Another number's details with her code make nothing.
        let other = json!({"name": "Farah", "phone": "07700 900612", "language": "fa", "password": "a good long password"});
        assert_error(app.post_json("/api/auth/signup/confirm", &json!({"signup": other, "code": code})).await, 401, "code_invalid").await;
        let wrong = format!("{:06}", (code.parse::<u32>().unwrap() + 1) % 1_000_000);
        assert_error(app.post_json("/api/auth/signup/confirm", &json!({"signup": details, "code": wrong})).await, 401, "code_invalid").await;
        // Typed on a Persian keyboard, the digits still count.
        let persian: String = code.chars().map(|c| char::from_u32(0x06F0 + c.to_digit(10).unwrap()).unwrap()).collect();
        let made = app.post_json("/api/auth/signup/confirm", &json!({"signup": details, "code": persian})).await;
        assert_eq!(made.status(), 200);
        let made: Value = made.json().await.unwrap();
        assert_eq!(made["user"]["language"], "fa");
        assert_eq!(made["user"]["phone"], "+447700900611");
        assert_eq!(count(&app, "SELECT COUNT(*) FROM audit_events WHERE action = 'auth.signup'").await, 1);
        // The code is spent: sent again it makes nothing more, and is no guess.
        let again = app.post_json("/api/auth/signup/confirm", &json!({"signup": details, "code": code})).await;
        assert_error(again, 401, "code_invalid").await;
        assert_eq!(count(&app, "SELECT COUNT(*) FROM users WHERE phone = '+447700900611'").await, 1);
        assert_eq!(count(&app, "SELECT COUNT(*) FROM login_failures WHERE key LIKE 'code-wrong:%'").await, 2, "the two wrong codes");
        // The queue keeps no code once it is used.
        assert_eq!(count(&app, "SELECT COUNT(*) FROM outbox WHERE template = 'login_code' AND payload IS NOT NULL").await, 0);
    }
}

async fn request_code(app: &TestApp, contact: &str) -> reqwest::Response {
    app.post_json("/api/auth/code/request", &json!({"contact": contact}))
        .await
}

async fn verify_code(app: &TestApp, contact: &str, code: &str) -> reqwest::Response {
    app.post_json(
        "/api/auth/code/verify",
        &json!({"contact": contact, "code": code}),
    )
    .await
}

/// The code in the newest queued sign-in code message.
async fn latest_code(app: &TestApp) -> String {
    let rows = sql::query(
        &app.state.db,
        "SELECT payload FROM outbox WHERE template = 'login_code' AND payload IS NOT NULL ORDER BY created_at DESC",
        vec![],
    )
    .await
    .unwrap();
    rows[0].try_get_by_index::<String>(0).unwrap()
}

/// Moves the ten-minute counters of code requests an hour back, so only the daily
/// one still counts them.
async fn age_ten_minute_counters(app: &TestApp) {
    let past = chrono::Utc::now() - chrono::Duration::hours(1);
    sql::exec(
        &app.state.db,
        "UPDATE login_failures SET at = ? WHERE key LIKE 'code:%'",
        vec![past.into()],
    )
    .await
    .unwrap();
}

db_test! {
    async fn sign_in_codes_are_capped_per_contact_per_day_whether_or_not_she_has_an_account(app: TestApp) {
        let signup = json!({"name": "Hawa", "phone": "07700 900555", "language": "so", "password": "a good long password"});
        assert_eq!(app.sign_up(&signup).await.status(), 200);
        for contact in ["07700 900555", "07700 900556"] {
            for n in 0..PER_CONTACT_PER_DAY {
                if n % 3 == 0 {
                    age_ten_minute_counters(&app).await;
                }
                assert_eq!(request_code(&app, contact).await.status(), 202, "{contact}: request {n}");
            }
            age_ten_minute_counters(&app).await;
            let refused = request_code(&app, contact).await;
            let wait: u64 = refused.headers()["retry-after"].to_str().unwrap().parse().unwrap();
            assert!(wait > 23 * 3600 && wait <= 24 * 3600, "wait until the first of the day ages out: {wait}");
            assert_error(refused, 429, "too_many_requests").await;
        }
        let sent = count(&app, "SELECT COUNT(*) FROM login_codes c JOIN users u ON u.id = c.user_id WHERE u.phone = '+447700900555'").await;
        assert_eq!(sent, PER_CONTACT_PER_DAY, "ten codes went to her number, no more");
        // Refused requests are not counted: a day after the first, she can ask again.
        sql::exec(&app.state.db, "UPDATE login_failures SET at = ? WHERE key LIKE 'code-day:%'", vec![(chrono::Utc::now() - chrono::Duration::hours(25)).into()]).await.unwrap();
        age_ten_minute_counters(&app).await;
        assert_eq!(request_code(&app, "07700 900555").await.status(), 202);
    }
}

db_test! {
    async fn wrong_sign_in_codes_are_capped_per_contact_per_day_even_across_new_codes(app: TestApp) {
        let signup = json!({"name": "Hawa", "email": "hawa@example.org", "language": "so", "password": "a good long password"});
        assert_eq!(app.sign_up(&signup).await.status(), 200);
        let mut wrong_so_far = 0;
        while wrong_so_far < WRONG_CODES_PER_DAY {
            age_ten_minute_counters(&app).await;
            assert_eq!(request_code(&app, "hawa@example.org").await.status(), 202);
            let right = latest_code(&app).await;
            let wrong = format!("{:06}", (right.parse::<u32>().unwrap() + 1) % 1_000_000);
            for _ in 0..5 {
                if wrong_so_far == WRONG_CODES_PER_DAY {
                    break;
                }
                assert_error(verify_code(&app, "hawa@example.org", &wrong).await, 401, "code_invalid").await;
                wrong_so_far += 1;
            }
        }
        // A fresh code, the right one: refused until the day is over.
        age_ten_minute_counters(&app).await;
        assert_eq!(request_code(&app, "hawa@example.org").await.status(), 202);
        let refused = verify_code(&app, "hawa@example.org", &latest_code(&app).await).await;
        assert!(refused.headers().contains_key("retry-after"));
        assert_error(refused, 429, "too_many_requests").await;
        // A contact with no account reaches the same limit after the same tries.
        for _ in 0..WRONG_CODES_PER_DAY {
            assert_error(verify_code(&app, "nobody@example.org", "123456").await, 401, "code_invalid").await;
        }
        assert_error(verify_code(&app, "nobody@example.org", "123456").await, 429, "too_many_requests").await;
        // Her password still signs her in: the cap is on codes, not on her.
        assert_eq!(app.login("hawa@example.org", "a good long password").await.status(), 200);
    }
}
