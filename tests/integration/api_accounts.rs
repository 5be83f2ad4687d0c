//! Accounts for a real deployment: invitations (used once, expired, revoked), teams
//! and the team caseload, mothers' set-up links and one-time codes (expiry, reuse,
//! guessing), password reset ending every sign-in, two-factor for staff (RFC 6238
//! codes computed here), devices, deactivation ending access within one request,
//! and the audit log.

use crate::helpers::{
    TestApp, assert_error, count, db_test, enrol_two_factor, get_json, post_with_token as post,
    refresh_cookie, totp_now,
};
use perilink_server::service::sql;
use serde_json::{Value, json};

/// Runs SQL with bound values on the test's database.
async fn exec(app: &TestApp, statement: &str, values: Vec<sea_orm::Value>) {
    sql::exec(&app.state.db, statement, values)
        .await
        .expect(statement);
}

/// The link or code the newest queued message about `subject_like` carries.
async fn payload(app: &TestApp, template: &str) -> String {
    crate::helpers::message_payload(app, template).await
}

/// The token in a queued link.
async fn link_token(app: &TestApp, template: &str) -> String {
    let link = payload(app, template).await;
    link.split("token=")
        .nth(1)
        .expect("a token in the link")
        .to_owned()
}

fn past() -> chrono::DateTime<chrono::Utc> {
    chrono::Utc::now() - chrono::Duration::hours(1)
}

async fn json_of(response: reqwest::Response, status: u16) -> Value {
    assert_eq!(response.status(), status);
    response.json().await.unwrap()
}

/// The demo trust's id and its Toxteth team's id.
async fn demo_team(app: &TestApp) -> (String, String) {
    let rows = sql::query(
        &app.state.db,
        "SELECT organisation_id, id FROM teams WHERE name = ?",
        vec!["Toxteth community midwifery team".into()],
    )
    .await
    .unwrap();
    let row = rows.first().expect("the demo team");
    (row.try_get_by_index(0).unwrap(), row.try_get_by_index(1).unwrap())
}

/// Invites someone as a referrer to the demo team and accepts, returning the
/// invitation's answer and the sign-in body.
async fn invite_and_accept(app: &TestApp, admin: &str, email: &str) -> Value {
    let (_, team) = demo_team(app).await;
    let created = post(
        app,
        "/api/invitations",
        admin,
        json!({"email": email, "role": "referrer", "team_id": team}),
    )
    .await;
    assert_eq!(created.status(), 201);
    let token = link_token(app, "invitation").await;
    json_of(
        app.post_json(
            "/api/invitations/accept",
            &json!({"token": token, "password": "a midwife's long passphrase", "display_name": "New Midwife"}),
        )
        .await,
        200,
    )
    .await
}

db_test! {
    async fn an_invitation_works_once_and_not_when_expired_or_revoked(app: TestApp) {
        let (admin, _) = app.login_demo("admin").await;
        let (org, team) = demo_team(&app).await;

        let created = post(&app, "/api/invitations", &admin, json!({"email": "New.Midwife@Example.org", "role": "referrer", "team_id": team})).await;
        assert_eq!(created.status(), 201);
        let invitation: Value = created.json().await.unwrap();
        assert_eq!(invitation["status"], "pending");
        assert_eq!(invitation["email"], "new.midwife@example.org");
        assert_eq!(invitation["organisation_id"], org.as_str());
        let token = link_token(&app, "invitation").await;
        assert!(!invitation.to_string().contains(&token), "the API never returns the token");
        assert!(payload(&app, "invitation").await.contains("/accept-invitation?token="));
        let stored = count(&app, &format!("SELECT COUNT(*) FROM invitations WHERE token_hash = '{token}'")).await;
        assert_eq!(stored, 0, "only a hash of the token is stored");

        let preview = get_json_public(&app, &format!("/api/invitations/preview?token={token}")).await;
        assert_eq!(preview["email"], "new.midwife@example.org");
        assert_eq!(preview["role"], "referrer");
        assert_eq!(preview["organisation_name"], "Liverpool Women's NHS Foundation Trust");

        let accept = |password: &'static str| {
            let token = token.clone();
            let app = &app;
            async move {
                app.post_json("/api/invitations/accept", &json!({"token": token, "password": password, "display_name": "Ffion Jones"})).await
            }
        };
        assert_error(accept("short").await, 422, "password_too_weak").await;
        assert_error(accept("qwerty123456").await, 422, "password_too_weak").await;
        assert_error(accept("QWERTY123456").await, 422, "password_too_weak").await;
        let signed_in = accept("tea at the library on tuesday").await;
        assert_eq!(signed_in.status(), 200);
        assert!(refresh_cookie(&signed_in).is_some());
        let body: Value = signed_in.json().await.unwrap();
        assert_eq!(body["user"]["role"], "referrer");
        assert_eq!(body["user"]["two_factor"], "enrolment_required");
        assert_error(accept("tea at the library on tuesday").await, 410, "invitation_used").await;
        assert_error(app.get(&format!("/api/invitations/preview?token={token}")).await, 410, "invitation_used").await;
        let new_user = body["user"]["id"].as_str().unwrap();
        assert_eq!(count(&app, &format!("SELECT COUNT(*) FROM team_members WHERE user_id = '{new_user}' AND team_id = '{team}'")).await, 1);

        // Expired: 72 hours have passed.
        post(&app, "/api/invitations", &admin, json!({"email": "late@example.org", "role": "host", "organisation_id": org})).await;
        let late = link_token(&app, "invitation").await;
        exec(&app, "UPDATE invitations SET expires_at = ? WHERE email = ?", vec![past().into(), "late@example.org".into()]).await;
        assert_error(
            app.post_json("/api/invitations/accept", &json!({"token": late, "password": "tea at the library on tuesday", "display_name": "Late"})).await,
            410,
            "invitation_expired",
        )
        .await;

        // Revoked.
        let revocable: Value = post(&app, "/api/invitations", &admin, json!({"email": "withdrawn@example.org", "role": "coordinator", "organisation_id": org})).await.json().await.unwrap();
        let withdrawn = link_token(&app, "invitation").await;
        let id = revocable["id"].as_str().unwrap();
        assert_eq!(post(&app, &format!("/api/invitations/{id}/revoke"), &admin, json!({})).await.status(), 204);
        assert_error(post(&app, &format!("/api/invitations/{id}/revoke"), &admin, json!({})).await, 409, "conflict").await;
        assert_error(
            app.post_json("/api/invitations/accept", &json!({"token": withdrawn, "password": "tea at the library on tuesday", "display_name": "W"})).await,
            410,
            "invitation_revoked",
        )
        .await;
        assert_error(app.get("/api/invitations/preview?token=not-a-real-token").await, 404, "not_found").await;

        let list = get_json(&app, "/api/invitations", &admin).await;
        let statuses: Vec<&str> = list.as_array().unwrap().iter().map(|i| i["status"].as_str().unwrap()).collect();
        for status in ["accepted", "expired", "revoked"] {
            assert!(statuses.contains(&status), "{status} in {statuses:?}");
        }

        // A coordinator may not invite an admin, nor a mother be invited at all.
        let (coordinator, _) = app.login_demo("coordinator").await;
        assert_error(post(&app, "/api/invitations", &coordinator, json!({"email": "boss@example.org", "role": "admin"})).await, 403, "forbidden").await;
        assert_error(post(&app, "/api/invitations", &admin, json!({"email": "m@example.org", "role": "mother"})).await, 422, "validation_failed").await;
        let (referrer, _) = app.login_demo("referrer").await;
        assert_error(post(&app, "/api/invitations", &referrer, json!({"email": "x@example.org", "role": "host"})).await, 403, "forbidden").await;

        for action in ["invitation.create", "invitation.accept", "invitation.revoke"] {
            assert!(count(&app, &format!("SELECT COUNT(*) FROM audit_events WHERE action = '{action}'")).await >= 1, "{action} audited");
        }
    }
}

async fn get_json_public(app: &TestApp, path: &str) -> Value {
    json_of(app.get(path).await, 200).await
}

db_test! {
    async fn staff_must_enrol_an_authenticator_before_reading_mothers_data(app: TestApp) {
        let (admin, _) = app.login_demo("admin").await;
        let body = invite_and_accept(&app, &admin, "enrolling@example.org").await;
        let first = body["access_token"].as_str().unwrap().to_owned();

        // Not enrolled: mothers' data is closed, her own account open.
        assert_error(app.get_with_token("/api/referrals", &first).await, 403, "totp_enrolment_required").await;
        assert_error(app.get_with_token("/api/mothers?q=Amira", &first).await, 403, "totp_enrolment_required").await;
        let me = get_json(&app, "/api/me", &first).await;
        assert_eq!(me["two_factor"], "enrolment_required");
        assert_eq!(me["demo"], true);

        // Enrol; a wrong code is refused, the right one confirms.
        let enrolment = json_of(post(&app, "/api/me/totp/enrol", &first, json!({})).await, 200).await;
        let secret = enrolment["secret_base32"].as_str().unwrap();
        assert!(enrolment["otpauth_uri"].as_str().unwrap().starts_with("otpauth://totp/PeriLink:"));
        let right = totp_now(secret);
        let wrong = format!("{:06}", (right.parse::<u32>().unwrap() + 1) % 1_000_000);
        assert_error(post(&app, "/api/me/totp/confirm", &first, json!({"code": wrong})).await, 401, "code_invalid").await;
        let confirmed = json_of(post(&app, "/api/me/totp/confirm", &first, json!({"code": right})).await, 200).await;
        let recovery: Vec<String> = confirmed["recovery_codes"].as_array().unwrap().iter().map(|c| c.as_str().unwrap().to_owned()).collect();
        assert_eq!(recovery.len(), 10);
        let user_id = confirmed["session"]["user"]["id"].as_str().unwrap().to_owned();
        assert_eq!(count(&app, &format!("SELECT COUNT(*) FROM recovery_codes WHERE user_id = '{user_id}' AND code_hash = '{}'", recovery[0])).await, 0, "recovery codes are stored hashed");
        let upgraded = confirmed["session"]["access_token"].as_str().unwrap();
        assert_eq!(app.get_with_token("/api/referrals", upgraded).await.status(), 200);
        // The token from before enrolling still lacks the second factor.
        assert_error(app.get_with_token("/api/referrals", &first).await, 403, "totp_required").await;

        // Signing in now asks for the code.
        let login = json_of(app.login("enrolling@example.org", "a midwife's long passphrase").await, 200).await;
        assert_eq!(login["mfa_required"], true);
        assert!(login.get("access_token").is_none());
        let challenge = login["mfa_token"].as_str().unwrap().to_owned();
        assert_error(app.get_with_token("/api/me", &challenge).await, 401, "unauthorized").await;
        let totp = |code: String| {
            let challenge = challenge.clone();
            let app = &app;
            async move { app.post_json("/api/auth/totp", &json!({"mfa_token": challenge, "code": code})).await }
        };
        assert_error(totp("000000".into()).await, 401, "code_invalid").await;
        // The code confirming enrolment has been used; the next step's works once.
        let key = perilink_server::auth::totp::base32_decode(secret).unwrap();
        let next = perilink_server::auth::totp::code_at(&key, chrono::Utc::now().timestamp() as u64 + 30);
        let signed_in = json_of(totp(next.clone()).await, 200).await;
        assert_eq!(signed_in["user"]["two_factor"], "satisfied");
        assert_eq!(app.get_with_token("/api/referrals", signed_in["access_token"].as_str().unwrap()).await.status(), 200);
        assert_error(totp(next).await, 401, "code_invalid").await;

        // A recovery code works once.
        let with_recovery = json_of(totp(recovery[3].to_uppercase()).await, 200).await;
        assert!(with_recovery["access_token"].is_string());
        assert_error(totp(recovery[3].clone()).await, 401, "code_invalid").await;
        assert_error(app.post_json("/api/auth/totp", &json!({"mfa_token": "forged", "code": "123456"})).await, 401, "unauthorized").await;

        for action in ["totp.enrol", "totp.confirm", "totp.confirm_failed", "auth.totp", "auth.totp_failed"] {
            assert!(count(&app, &format!("SELECT COUNT(*) FROM audit_events WHERE action = '{action}'")).await >= 1, "{action} audited");
        }
    }
}

db_test! {
    async fn the_demo_accounts_are_exempt_and_say_so(app: TestApp) {
        for role in ["referrer", "coordinator", "admin"] {
            let (token, _) = app.login_demo(role).await;
            let me = get_json(&app, "/api/me", &token).await;
            assert_eq!(me["demo"], true);
            assert_eq!(me["two_factor"], "not_required", "{role}");
        }
        let (token, _) = app.login_demo("referrer").await;
        assert_eq!(app.get_with_token("/api/referrals", &token).await.status(), 200);
    }
}

db_test! {
    async fn a_team_mate_sees_the_mother_and_someone_outside_does_not(app: TestApp) {
        let (referrer, _) = app.login_demo("referrer").await;
        let found = get_json(&app, "/api/mothers?q=Halima", &referrer).await;
        let mothers = found["mothers"].as_array().unwrap();
        assert_eq!(mothers.len(), 1, "the demo referrer sees her team-mate's mother");
        let halima = mothers[0]["id"].as_str().unwrap().to_owned();
        assert_eq!(app.get_with_token(&format!("/api/mothers/{halima}"), &referrer).await.status(), 200);

        // A referrer in another organisation, with two-factor, sees nothing of her.
        let (admin, _) = app.login_demo("admin").await;
        let other_org = json_of(post(&app, "/api/organisations", &admin, json!({"name": "Wirral Community Health", "kind": "nhs_trust"})).await, 201).await;
        let org_id = other_org["id"].as_str().unwrap();
        let team = json_of(post(&app, &format!("/api/organisations/{org_id}/teams"), &admin, json!({"name": "Birkenhead midwives", "kind": "community_midwifery"})).await, 201).await;
        post(&app, "/api/invitations", &admin, json!({"email": "outside@example.org", "role": "referrer", "team_id": team["id"]})).await;
        let token = link_token(&app, "invitation").await;
        let outside = json_of(app.post_json("/api/invitations/accept", &json!({"token": token, "password": "a midwife's long passphrase", "display_name": "Outside"})).await, 200).await;
        let outside = enrol_two_factor(&app, outside["access_token"].as_str().unwrap()).await.access_token;
        let none = get_json(&app, "/api/mothers?q=Halima", &outside).await;
        assert_eq!(none["mothers"].as_array().unwrap().len(), 0);
        assert_error(app.get_with_token(&format!("/api/mothers/{halima}"), &outside).await, 404, "not_found").await;

        // Teams are listed with members; taking the referrer off the team hides her.
        let (org, team_id) = demo_team(&app).await;
        let teams = get_json(&app, &format!("/api/organisations/{org}/teams"), &admin).await;
        let toxteth = teams.as_array().unwrap().iter().find(|t| t["id"] == team_id.as_str()).unwrap();
        assert_eq!(toxteth["members"].as_array().unwrap().len(), 2);
        let me = get_json(&app, "/api/me", &referrer).await;
        let referrer_id = me["id"].as_str().unwrap();
        let removed = app.client.delete(app.url(&format!("/api/teams/{team_id}/members/{referrer_id}"))).bearer_auth(&admin).send().await.unwrap();
        assert_eq!(removed.status(), 204);
        let after = get_json(&app, "/api/mothers?q=Halima", &referrer).await;
        assert_eq!(after["mothers"].as_array().unwrap().len(), 0);
        assert_eq!(post(&app, &format!("/api/teams/{team_id}/members"), &admin, json!({"user_id": referrer_id})).await.status(), 204);
        assert_eq!(get_json(&app, "/api/mothers?q=Halima", &referrer).await["mothers"].as_array().unwrap().len(), 1);

        // Coordinators see only their own organisation's teams; referrers none.
        let (coordinator, _) = app.login_demo("coordinator").await;
        assert_error(app.get_with_token(&format!("/api/organisations/{org}/teams"), &coordinator).await, 404, "not_found").await;
        // Her People page lists her own organisation alone, and its teams.
        let hers = get_json(&app, "/api/organisations", &coordinator).await;
        let hers = hers.as_array().unwrap();
        assert_eq!(hers.len(), 1, "a coordinator manages one organisation: {hers:?}");
        assert_ne!(hers[0]["id"], org.as_str());
        let her_org = hers[0]["id"].as_str().unwrap();
        assert_eq!(app.get_with_token(&format!("/api/organisations/{her_org}/teams"), &coordinator).await.status(), 200);
        assert!(get_json(&app, "/api/organisations", &admin).await.as_array().unwrap().len() > 1);
        assert_error(app.get_with_token("/api/organisations", &referrer).await, 403, "forbidden").await;
        assert_error(app.get_with_token("/api/users", &referrer).await, 403, "forbidden").await;
        let staff = get_json(&app, "/api/users", &admin).await;
        let sarah = staff.as_array().unwrap().iter().find(|u| u["id"] == referrer_id).unwrap();
        assert_eq!(sarah["teams"][0]["name"], "Toxteth community midwifery team");

        // A role change counts from the next request, and is audited.
        let change = |token: &str, role: &str| {
            app.client.put(app.url(&format!("/api/users/{referrer_id}/role"))).bearer_auth(token).json(&json!({"role": role})).send()
        };
        assert_error(change(&coordinator, "host").await.unwrap(), 404, "not_found").await;
        assert_eq!(change(&admin, "host").await.unwrap().status(), 204);
        assert_error(app.get_with_token("/api/mothers?q=Halima", &referrer).await, 403, "forbidden").await;
        assert_eq!(change(&admin, "referrer").await.unwrap().status(), 204);
        assert_eq!(app.get_with_token("/api/mothers?q=Halima", &referrer).await.status(), 200);
        assert_eq!(count(&app, "SELECT COUNT(*) FROM audit_events WHERE action = 'user.role_changed'").await, 2);
    }
}

db_test! {
    async fn one_time_codes_expire_work_once_and_refuse_guessing(app: TestApp) {
        let signup = |email: &'static str| {
            let app = &app;
            async move {
                let response = app.sign_up(&json!({"name": "Code Mum", "email": email, "language": "en", "password": "a good long password"})).await;
                assert_eq!(response.status(), 200);
            }
        };
        signup("code.mum@example.org").await;
        let request = |contact: &'static str| {
            let app = &app;
            async move { app.post_json("/api/auth/code/request", &json!({"contact": contact})).await }
        };
        let verify = |contact: &'static str, code: String| {
            let app = &app;
            async move { app.post_json("/api/auth/code/verify", &json!({"contact": contact, "code": code})).await }
        };

        // Known or not, the answer is the same.
        assert_eq!(request("nobody.here@example.org").await.status(), 202);
        assert_eq!(request("Code.Mum@example.org").await.status(), 202);
        let code = payload(&app, "login_code").await;
        assert_eq!(code.len(), 6);
        assert_error(verify("nobody.here@example.org", code.clone()).await, 401, "code_invalid").await;
        let wrong = format!("{:06}", (code.parse::<u32>().unwrap() + 1) % 1_000_000);
        assert_error(verify("code.mum@example.org", wrong).await, 401, "code_invalid").await;
        // Typed on an Arabic keyboard, the digits still count.
        let arabic: String = code.chars().map(|c| char::from_u32(0x0660 + c.to_digit(10).unwrap()).unwrap()).collect();
        let signed_in = json_of(verify("code.mum@example.org", arabic).await, 200).await;
        assert_eq!(signed_in["user"]["role"], "mother");
        assert_error(verify("code.mum@example.org", code).await, 401, "code_invalid").await;

        // Expired after ten minutes.
        assert_eq!(request("code.mum@example.org").await.status(), 202);
        let code = payload(&app, "login_code").await;
        exec(&app, "UPDATE login_codes SET expires_at = ? WHERE used_at IS NULL", vec![past().into()]).await;
        assert_error(verify("code.mum@example.org", code).await, 401, "code_invalid").await;

        // Three requests per contact in ten minutes, then 429.
        assert_eq!(request("code.mum@example.org").await.status(), 202);
        assert_error(request("code.mum@example.org").await, 429, "too_many_requests").await;

        // Five wrong tries kill a code, even the right one after.
        signup("guessed.mum@example.org").await;
        assert_eq!(request("guessed.mum@example.org").await.status(), 202);
        let code = payload(&app, "login_code").await;
        let wrong = format!("{:06}", (code.parse::<u32>().unwrap() + 7) % 1_000_000);
        for _ in 0..5 {
            assert_error(verify("guessed.mum@example.org", wrong.clone()).await, 401, "code_invalid").await;
        }
        assert_error(verify("guessed.mum@example.org", code).await, 429, "too_many_attempts").await;
        assert!(count(&app, "SELECT COUNT(*) FROM audit_events WHERE action = 'auth.code_failed'").await >= 5);
    }
}

db_test! {
    async fn a_password_reset_works_once_and_ends_every_sign_in(app: TestApp) {
        let (_, cookie_one) = app.login_demo("host").await;
        let (host, cookie_two) = app.login_demo("host").await;
        // Someone has been guessing her password: she would have to wait...
        for n in 0..3 {
            assert_error(app.login("host@demo.perilink.test", &format!("guess {n}")).await, 401, "invalid_credentials").await;
        }
        assert_error(app.login("host@demo.perilink.test", "demo-password").await, 429, "too_many_requests").await;
        assert_eq!(app.post_json("/api/auth/password-reset/request", &json!({"email_or_phone": "nobody@example.org"})).await.status(), 202);
        assert_eq!(app.post_json("/api/auth/password-reset/request", &json!({"email_or_phone": "Host@demo.perilink.test"})).await.status(), 202);
        let link = payload(&app, "password_reset").await;
        assert!(link.contains("/reset-password?token="));
        let token = link_token(&app, "password_reset").await;

        let reset = |password: &'static str| {
            let token = token.clone();
            let app = &app;
            async move { app.post_json("/api/auth/password-reset", &json!({"token": token, "password": password})).await }
        };
        assert_error(reset("1qaz2wsx3edc").await, 422, "password_too_weak").await;
        assert_eq!(reset("a brand new host passphrase").await.status(), 204);
        assert_error(reset("another brand new passphrase").await, 410, "link_used").await;

        for cookie in [cookie_one, cookie_two] {
            assert_eq!(app.refresh(&cookie).await.status(), 401, "every refresh token is revoked");
        }
        assert_eq!(app.get_with_token("/api/me", &host).await.status(), 401, "the signed-out device's token is refused");
        // ...but the reset proves she holds the address: no wait after it.
        assert_eq!(app.login("host@demo.perilink.test", "a brand new host passphrase").await.status(), 200);
        assert_eq!(app.login("host@demo.perilink.test", "demo-password").await.status(), 401);

        // An expired link is refused.
        assert_eq!(app.post_json("/api/auth/password-reset/request", &json!({"email_or_phone": "host@demo.perilink.test"})).await.status(), 202);
        let late = link_token(&app, "password_reset").await;
        exec(&app, "UPDATE account_links SET expires_at = ? WHERE used_at IS NULL", vec![past().into()]).await;
        assert_error(app.post_json("/api/auth/password-reset", &json!({"token": late, "password": "yet another passphrase"})).await, 410, "link_expired").await;
        assert!(count(&app, "SELECT COUNT(*) FROM audit_events WHERE action = 'auth.password_reset'").await == 1);
    }
}

db_test! {
    async fn deactivation_ends_access_within_one_request(app: TestApp) {
        let (admin, _) = app.login_demo("admin").await;
        let (host, cookie) = app.login_demo("host").await;
        assert_eq!(app.get_with_token("/api/registers?date=2026-12-01", &host).await.status(), 200);
        let host_id = get_json(&app, "/api/me", &host).await["id"].as_str().unwrap().to_owned();

        let (coordinator, _) = app.login_demo("coordinator").await;
        let admin_id = get_json(&app, "/api/me", &admin).await["id"].as_str().unwrap().to_owned();
        assert_error(post(&app, &format!("/api/users/{admin_id}/deactivate"), &coordinator, json!({})).await, 404, "not_found").await;

        assert_eq!(post(&app, &format!("/api/users/{host_id}/deactivate"), &admin, json!({})).await.status(), 204);
        assert_error(app.get_with_token("/api/registers?date=2026-12-01", &host).await, 401, "account_inactive").await;
        assert_error(app.get_with_token("/api/me", &host).await, 401, "account_inactive").await;
        assert_eq!(app.refresh(&cookie).await.status(), 401);
        assert_eq!(app.login("host@demo.perilink.test", "demo-password").await.status(), 401);
        let staff = get_json(&app, "/api/users", &admin).await;
        assert_eq!(staff.as_array().unwrap().iter().find(|u| u["id"] == host_id.as_str()).unwrap()["active"], false);
        assert_eq!(count(&app, "SELECT COUNT(*) FROM audit_events WHERE action = 'user.deactivate'").await, 1);
    }
}

db_test! {
    async fn a_user_sees_their_devices_and_signs_one_out(app: TestApp) {
        let login = |agent: &'static str| {
            let app = &app;
            async move {
                let response = app.client.post(app.url("/api/auth/login")).header("User-Agent", agent)
                    .json(&json!({"email": "mother@demo.perilink.test", "password": "demo-password"})).send().await.unwrap();
                let cookie = refresh_cookie(&response).unwrap();
                let body: Value = response.json().await.unwrap();
                (body["access_token"].as_str().unwrap().to_owned(), cookie)
            }
        };
        let (phone, phone_cookie) = login("Phone browser").await;
        let (laptop, _) = login("Laptop browser").await;
        let sessions = get_json(&app, "/api/me/sessions", &laptop).await;
        let sessions = sessions.as_array().unwrap();
        assert_eq!(sessions.len(), 2);
        let current: Vec<&Value> = sessions.iter().filter(|s| s["current"] == true).collect();
        assert_eq!(current.len(), 1);
        assert_eq!(current[0]["user_agent"], "Laptop browser");
        let other = sessions.iter().find(|s| s["current"] == false).unwrap();
        assert_eq!(other["user_agent"], "Phone browser");

        let id = other["id"].as_str().unwrap();
        let ended = app.client.delete(app.url(&format!("/api/me/sessions/{id}"))).bearer_auth(&laptop).send().await.unwrap();
        assert_eq!(ended.status(), 204);
        assert_eq!(app.get_with_token("/api/me", &phone).await.status(), 401, "the phone is signed out at once");
        assert_eq!(app.refresh(&phone_cookie).await.status(), 401);
        assert_eq!(get_json(&app, "/api/me/sessions", &laptop).await.as_array().unwrap().len(), 1);
        let again = app.client.delete(app.url(&format!("/api/me/sessions/{id}"))).bearer_auth(&laptop).send().await.unwrap();
        assert_eq!(again.status(), 404);
    }
}

db_test! {
    async fn a_mother_registered_by_a_referrer_gets_a_set_up_link(app: TestApp) {
        let (referrer, _) = app.login_demo("referrer").await;
        let registered = post(&app, "/api/mothers", &referrer, json!({"given_name": "Noor", "phone": "07700 900432", "language": "ar"})).await;
        assert_eq!(registered.status(), 201);
        let link = payload(&app, "account_setup").await;
        assert!(link.contains("/set-up?token="));
        assert_eq!(count(&app, "SELECT COUNT(*) FROM outbox WHERE template = 'account_setup' AND channel = 'sms'").await, 1);
        let token = link_token(&app, "account_setup").await;
        assert_error(app.post_json("/api/account/setup", &json!({"token": token, "password": "qwerty123456"})).await, 422, "password_too_weak").await;
        let signed_in = json_of(app.post_json("/api/account/setup", &json!({"token": token, "password": "noor's own long password"})).await, 200).await;
        assert_eq!(signed_in["user"]["role"], "mother");
        assert_eq!(signed_in["user"]["phone"], "+447700900432");
        assert_error(app.post_json("/api/account/setup", &json!({"token": token, "password": "noor's own long password"})).await, 410, "link_used").await;
        assert_eq!(count(&app, "SELECT COUNT(*) FROM outbox WHERE template = 'account_setup' AND payload IS NOT NULL").await, 0, "a used link is wiped from the queue");
        assert_eq!(app.login("07700 900432", "noor's own long password").await.status(), 200);

        // With no phone or email there is nothing to send.
        post(&app, "/api/mothers", &referrer, json!({"given_name": "Zara", "language": "en"})).await;
        assert_eq!(count(&app, "SELECT COUNT(*) FROM outbox WHERE template = 'account_setup'").await, 1);
    }
}
