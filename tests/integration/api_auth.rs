//! Signing in and out, access tokens and refresh cookies, and guessing refused.

use crate::helpers::{
    Backend, TEST_JWT_SECRET, TestApp, assert_error, db_test, refresh_cookie, refresh_cookie_header,
};
use serde_json::Value;
use std::time::Duration;

db_test! {
    async fn signing_in_returns_a_token_and_a_strict_http_only_cookie(app: TestApp) {
        let response = app.login("Referrer@Demo.Perilink.test ", "demo-password").await;
        assert_eq!(response.status(), 200);
        let cookie = refresh_cookie_header(&response).expect("a refresh cookie");
        for part in ["HttpOnly", "SameSite=Strict", "Path=/api/auth", "Secure"] {
            assert!(cookie.contains(part), "{cookie} lacks {part}");
        }
        let body: Value = response.json().await.unwrap();
        assert_eq!(body["token_type"], "Bearer");
        assert_eq!(body["expires_in"], 900);
        assert_eq!(body["user"]["role"], "referrer");
        assert!(body.get("refresh_token").is_none(), "the refresh token never travels in the body");

        let me = app.get_with_token("/api/me", body["access_token"].as_str().unwrap()).await;
        assert_eq!(me.status(), 200);
        let me: Value = me.json().await.unwrap();
        assert_eq!(me["email"], "referrer@demo.perilink.test");
        assert_eq!(me["id"], body["user"]["id"]);
    }
}

db_test! {
    async fn a_wrong_password_or_unknown_email_is_refused_alike(app: TestApp) {
        let wrong = assert_error(app.login("host@demo.perilink.test", "not-the-password").await, 401, "invalid_credentials").await;
        let unknown = assert_error(app.login("nobody@demo.perilink.test", "demo-password").await, 401, "invalid_credentials").await;
        assert_eq!(wrong, unknown, "the answer does not reveal which accounts exist");
    }
}

db_test! {
    async fn refresh_tokens_rotate_and_a_replayed_one_ends_the_sign_in(app: TestApp) {
        let (access, first) = app.login_demo("mother").await;

        let rotated = app.refresh(&first).await;
        assert_eq!(rotated.status(), 200);
        let second = refresh_cookie(&rotated).expect("a new cookie");
        assert_ne!(first, second);
        let body: Value = rotated.json().await.unwrap();
        assert_eq!(body["user"]["role"], "mother");

        // Two tabs refreshing at once both succeed...
        assert_eq!(app.refresh(&first).await.status(), 200, "a reuse within the grace period");
        let (a, b) = tokio::join!(app.refresh(&second), app.refresh(&second));
        assert_eq!((a.status().as_u16(), b.status().as_u16()), (200, 200), "tabs racing");
        // ...but showing the first token again later looks like theft: it fails, and
        // so does every token of that sign-in.
        tokio::time::sleep(std::time::Duration::from_secs(
            perilink_server::auth::refresh::REUSE_GRACE_SECS as u64 + 1,
        ))
        .await;
        assert_error(app.refresh(&first).await, 401, "unauthorized").await;
        assert_error(app.refresh(&second).await, 401, "unauthorized").await;
        // The sign-in has ended: its access tokens stop working at once, not when
        // they expire.
        assert_error(app.get_with_token("/api/me/data", &access).await, 401, "unauthorized").await;
    }
}

db_test! {
    async fn a_token_must_name_a_live_sign_in_and_revoking_checks_whose_it_is_first(app: TestApp) {
        let (referrer, referrer_cookie) = app.login_demo("referrer").await;
        let (mother, _) = app.login_demo("mother").await;
        let referrer_id = crate::helpers::text(&app, "SELECT id FROM users WHERE email = 'referrer@demo.perilink.test'").await;
        let her_sign_in = crate::helpers::text(&app, &format!("SELECT id FROM sign_ins WHERE user_id = '{referrer_id}' AND ended_at IS NULL")).await;
        // Someone else's sign-in is not found, and nothing of it changes.
        let response = app.client.delete(app.url(&format!("/api/me/sessions/{her_sign_in}"))).bearer_auth(&mother).send().await.unwrap();
        assert_error(response, 404, "not_found").await;
        assert_eq!(app.refresh(&referrer_cookie).await.status(), 200, "her refresh token still works");
        assert_eq!(app.get_with_token("/api/caseload", &referrer).await.status(), 200);
        // A well-signed token naming a sign-in that never existed is refused.
        let forged = app.state.keys.issue(&referrer_id, perilink_shared::auth::Role::Referrer, "never-signed-in", true).unwrap();
        assert_error(app.get_with_token("/api/caseload", &forged).await, 401, "unauthorized").await;
        // One naming another account's sign-in is refused too.
        let mother_id = crate::helpers::text(&app, "SELECT id FROM users WHERE email = 'mother@demo.perilink.test'").await;
        let borrowed = app.state.keys.issue(&mother_id, perilink_shared::auth::Role::Mother, &her_sign_in, false).unwrap();
        assert_error(app.get_with_token("/api/me/data", &borrowed).await, 401, "unauthorized").await;
    }
}

db_test! {
    async fn signing_out_revokes_the_refresh_token(app: TestApp) {
        let (_, cookie) = app.login_demo("coordinator").await;
        let response = app
            .client
            .post(app.url("/api/auth/logout"))
            .header("Cookie", format!("perilink_refresh={cookie}"))
            .send()
            .await
            .unwrap();
        assert_eq!(response.status(), 204);
        let cleared = refresh_cookie_header(&response).expect("the cookie is cleared");
        assert!(cleared.contains("Max-Age=0"), "{cleared}");
        assert_error(app.refresh(&cookie).await, 401, "unauthorized").await;
        // Signing in again still works.
        app.login_demo("coordinator").await;
    }
}

fn forge(claims: Value, secret: &[u8], alg: jsonwebtoken::Algorithm) -> String {
    jsonwebtoken::encode(
        &jsonwebtoken::Header::new(alg),
        &claims,
        &jsonwebtoken::EncodingKey::from_secret(secret),
    )
    .unwrap()
}

#[tokio::test]
async fn missing_expired_tampered_and_unsigned_tokens_get_401() {
    use base64::Engine;
    use base64::engine::general_purpose::URL_SAFE_NO_PAD as B64;
    let app = TestApp::spawn(Backend::Sqlite).await.unwrap();
    let (token, _) = app.login_demo("mother").await;
    let user_id = {
        let me: Value = app.get_with_token("/api/me", &token).await.json().await.unwrap();
        me["id"].as_str().unwrap().to_owned()
    };
    let now = chrono::Utc::now().timestamp();

    assert_error(app.get("/api/me").await, 401, "unauthorized").await;
    let basic = app
        .client
        .get(app.url("/api/me"))
        .header("Authorization", "Basic dXNlcjpwYXNz")
        .send()
        .await
        .unwrap();
    assert_error(basic, 401, "unauthorized").await;
    assert_error(
        app.get_with_token("/api/me", "not.a.jwt").await,
        401,
        "unauthorized",
    )
    .await;

    let expired = forge(
        serde_json::json!({"sub": user_id, "role": "mother", "iat": now - 3600, "exp": now - 1800, "sid": "x"}),
        TEST_JWT_SECRET.as_bytes(),
        jsonwebtoken::Algorithm::HS256,
    );
    assert_error(app.get_with_token("/api/me", &expired).await, 401, "unauthorized").await;

    let other_secret = forge(
        serde_json::json!({"sub": user_id, "role": "admin", "iat": now, "exp": now + 600, "sid": "x"}),
        b"some-other-secret-that-is-long-enough-000",
        jsonwebtoken::Algorithm::HS256,
    );
    assert_error(
        app.get_with_token("/api/me", &other_secret).await,
        401,
        "unauthorized",
    )
    .await;

    let other_alg = forge(
        serde_json::json!({"sub": user_id, "role": "mother", "iat": now, "exp": now + 600, "sid": "x"}),
        TEST_JWT_SECRET.as_bytes(),
        jsonwebtoken::Algorithm::HS512,
    );
    assert_error(
        app.get_with_token("/api/me", &other_alg).await,
        401,
        "unauthorized",
    )
    .await;

    // Edit the role inside a real token: the signature no longer matches.
    let parts: Vec<&str> = token.split('.').collect();
    let claims = String::from_utf8(B64.decode(parts[1]).unwrap()).unwrap();
    let tampered = format!(
        "{}.{}.{}",
        parts[0],
        B64.encode(claims.replace("mother", "admin")),
        parts[2]
    );
    assert_error(
        app.get_with_token("/api/me", &tampered).await,
        401,
        "unauthorized",
    )
    .await;

    // `alg: none` with no signature at all.
    let none = format!("{}.{}.", B64.encode(br#"{"alg":"none","typ":"JWT"}"#), parts[1]);
    assert_error(app.get_with_token("/api/me", &none).await, 401, "unauthorized").await;

    // The real token still works.
    assert_eq!(app.get_with_token("/api/me", &token).await.status(), 200);
}

db_test! {
    async fn wrong_passwords_make_the_account_wait_and_never_lock_the_right_password_out(app: TestApp) {
        let email = "admin@demo.perilink.test";
        for attempt in 1..=3 {
            assert_error(app.login(email, &format!("guess-{attempt}")).await, 401, "invalid_credentials").await;
        }
        // Too soon after the third: refused, the right password too, with the wait.
        let refused = app.login(email, "demo-password").await;
        assert_eq!(refused.headers()["retry-after"], "1");
        assert_error(refused, 429, "too_many_requests").await;
        // A stranger's guesses do not slow anyone else's account.
        app.login_demo("host").await;
        // Once the wait is over the right password works and clears the count.
        tokio::time::sleep(Duration::from_millis(1100)).await;
        assert_eq!(app.login(email, "demo-password").await.status(), 200);
        for attempt in 1..=3 {
            assert_error(app.login(email, &format!("again-{attempt}")).await, 401, "invalid_credentials").await;
        }
        // Each failure past the third doubles the wait; a refused attempt adds none.
        tokio::time::sleep(Duration::from_millis(1100)).await;
        assert_error(app.login(email, "again-4").await, 401, "invalid_credentials").await;
        let refused = app.login(email, "again-5").await;
        assert_eq!(refused.headers()["retry-after"], "2");
        assert_error(refused, 429, "too_many_requests").await;
        tokio::time::sleep(Duration::from_millis(2100)).await;
        assert_eq!(app.login(email, "demo-password").await.status(), 200, "never locked out");
        // An unknown email is counted alike: the answers do not say which exist.
        for attempt in 1..=3 {
            assert_error(app.login("nobody@demo.perilink.test", &format!("x-{attempt}")).await, 401, "invalid_credentials").await;
        }
        assert_error(app.login("nobody@demo.perilink.test", "x-4").await, 429, "too_many_requests").await;
    }
}

/// Sends sign-ins for these passwords all at once; their statuses.
async fn at_once(app: &TestApp, email: &str, passwords: Vec<String>) -> Vec<u16> {
    let mut set = tokio::task::JoinSet::new();
    for password in passwords {
        let request = app
            .client
            .post(app.url("/api/auth/login"))
            .json(&serde_json::json!({ "email": email, "password": password }));
        set.spawn(async move { request.send().await.expect("POST").status().as_u16() });
    }
    set.join_all().await
}

db_test! {
    async fn a_burst_of_guesses_learns_few_answers_and_right_passwords_at_once_all_sign_in(app: TestApp) {
        let guesses = (0..12).map(|n| format!("burst-{n}")).collect();
        let started = std::time::Instant::now();
        let statuses = at_once(&app, "coordinator@demo.perilink.test", guesses).await;
        let took = started.elapsed().as_secs_f64();
        let answered = statuses.iter().filter(|s| **s == 401).count();
        assert!(statuses.iter().all(|s| *s == 401 || *s == 429), "{statuses:?}");
        // The waits after the free failures are 1 s, 2 s, 4 s...: a guess that arrives
        // once a wait is over is rightly answered. On a busy machine the burst itself
        // can outlast the first wait, so only the waits that could have ended within
        // it are allowed for (none when it takes under a second, as it does here alone).
        let waits_over = (took + 1.0).log2().floor() as usize;
        assert!(
            answered <= perilink_server::service::login::FREE_FAILURES as usize + waits_over,
            "only the guesses with no wait before them are answered: {statuses:?} in {took:.2} s"
        );
        // Many devices signing in with the right password at once are not slowed.
        let right = vec!["demo-password".to_owned(); 8];
        let statuses = at_once(&app, "host@demo.perilink.test", right).await;
        assert!(statuses.iter().all(|s| *s == 200), "{statuses:?}");
    }
}

db_test! {
    async fn her_password_is_checked_again_under_the_sign_in_limits(app: TestApp) {
        let (mother, _) = app.login_demo("mother").await;
        let check = |token: Option<String>, password: &'static str| {
            let app = &app;
            async move {
                let request = app.client.post(app.url("/api/me/password-check")).json(&serde_json::json!({ "password": password }));
                match token {
                    Some(token) => request.bearer_auth(token),
                    None => request,
                }
                .send()
                .await
                .unwrap()
            }
        };
        assert_eq!(check(Some(mother.clone()), "demo-password").await.status(), 204);
        assert_error(check(Some(mother.clone()), "not her password").await, 401, "invalid_credentials").await;
        assert_error(check(None, "demo-password").await, 401, "unauthorized").await;
        // Wrong ones count as wrong sign-ins: after three, she waits, the right one too.
        for _ in 0..2 {
            check(Some(mother.clone()), "still not hers").await;
        }
        let waiting = check(Some(mother.clone()), "demo-password").await;
        assert_eq!(waiting.status(), 429);
        assert!(waiting.headers().contains_key("retry-after"));
    }
}
