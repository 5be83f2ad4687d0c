//! Privacy boundaries between organisations, care teams and consent (issue 14): one
//! regression test per finding, on the demo's care organisation (the trust, with the
//! Toxteth midwives and their coordinator) and its providers (the libraries, whose
//! coordinator and host are the demo's, and the charities).

use crate::helpers::{TestApp, assert_error, count, db_test, get_json, post_with_token as post, text};
use chrono::{Duration, Utc};
use serde_json::{Value, json};

/// EPDS answers with item 10 "hardly ever": urgent, so an alert is raised.
const EPDS_URGENT: [i64; 10] = [0, 0, 3, 0, 3, 3, 3, 3, 3, 2];

async fn send(app: &TestApp, method: &str, path: &str, token: &str, body: &Value) -> reqwest::Response {
    app.client
        .request(method.parse().unwrap(), app.url(path))
        .bearer_auth(token)
        .json(body)
        .send()
        .await
        .expect("a response")
}

/// The id of an organisation by the start of its name.
async fn organisation(app: &TestApp, name: &str) -> String {
    text(
        app,
        &format!("SELECT id FROM organisations WHERE name LIKE '{name}%'"),
    )
    .await
}

/// A programme of an organisation, as `PUT /api/directory/programmes/{id}` takes it.
async fn programme_body(app: &TestApp, token: &str, id: &str) -> Value {
    let list = get_json(app, "/api/directory/programmes", token).await;
    let p = list["programmes"]
        .as_array()
        .unwrap()
        .iter()
        .find(|p| p["id"] == id)
        .expect("the programme")
        .clone();
    json!({
        "organisation_id": p["organisation_id"], "kind": p["kind"], "for_pregnant": p["for_pregnant"],
        "baby_min_months": p["baby_min_months"], "baby_max_months": p["baby_max_months"],
        "cost_pence": p["cost_pence"], "booking": p["booking"], "format": p["format"], "translations": [],
    })
}

/// A session, as `PUT /api/directory/sessions/{id}` takes it.
async fn session_body(app: &TestApp, token: &str, id: &str) -> Value {
    let list = get_json(app, "/api/directory/sessions", token).await;
    let s = list["sessions"]
        .as_array()
        .unwrap()
        .iter()
        .find(|s| s["id"] == id)
        .expect("the session")
        .clone();
    let mut body = json!({});
    for key in [
        "programme_id",
        "venue_id",
        "host_id",
        "frequency",
        "weekday",
        "start_time",
        "end_time",
        "starts_on",
        "ends_on",
        "capacity",
        "languages",
        "interpreter_languages",
        "cancelled_dates",
    ] {
        body[key] = s[key].clone();
    }
    body["translations"] = json!([]);
    body
}

/// A mother who signs up herself with a phone number: on nobody's caseload.
async fn self_signed_up(app: &TestApp, phone: &str) -> (String, String) {
    let body: Value = app
        .sign_up(&json!({"name": "Leila", "phone": phone, "language": "ar", "password": "a long enough passphrase"}))
        .await
        .json()
        .await
        .unwrap();
    let token = body["access_token"].as_str().expect("signed up").to_owned();
    let id = get_json(app, "/api/me/data", &token).await["mother"]["id"]
        .as_str()
        .unwrap()
        .to_owned();
    (token, id)
}

db_test! {
    async fn a_coordinator_cannot_take_over_another_organisations_listings_and_only_an_admin_moves_one(app: TestApp) {
        let (coordinator, _) = app.login_demo("coordinator").await;
        let libraries = organisation(&app, "Liverpool Libraries").await;
        let charity = organisation(&app, "Holding Time").await;
        let theirs = text(&app, &format!("SELECT id FROM programmes WHERE organisation_id = '{charity}'")).await;
        let their_session = text(&app, &format!("SELECT id FROM sessions WHERE programme_id = '{theirs}'")).await;
        let host = text(&app, "SELECT id FROM users WHERE email = 'host@demo.perilink.test'").await;

        // Taking the charity's programme, or its session's host, is refused.
        let mut body = programme_body(&app, &coordinator, &theirs).await;
        body["organisation_id"] = json!(libraries);
        assert_error(send(&app, "PUT", &format!("/api/directory/programmes/{theirs}"), &coordinator, &body).await, 403, "forbidden").await;
        let mut session = session_body(&app, &coordinator, &their_session).await;
        session["host_id"] = json!(host);
        assert_error(send(&app, "PUT", &format!("/api/directory/sessions/{their_session}"), &coordinator, &session).await, 403, "forbidden").await;
        assert_error(send(&app, "POST", &format!("/api/directory/programmes/{theirs}/checked"), &coordinator, &json!({})).await, 403, "forbidden").await;
        assert_eq!(text(&app, &format!("SELECT organisation_id FROM programmes WHERE id = '{theirs}'")).await, charity);

        // Her own session may not be given a host from another organisation.
        let own_session = text(&app, &format!("SELECT s.id FROM sessions s JOIN programmes p ON p.id = s.programme_id WHERE p.organisation_id = '{libraries}' ORDER BY s.id LIMIT 1")).await;
        let peer = text(&app, "SELECT id FROM users WHERE email = 'peer.supporter@demo.perilink.test'").await;
        let mut session = session_body(&app, &coordinator, &own_session).await;
        session["host_id"] = json!(peer);
        assert_error(send(&app, "PUT", &format!("/api/directory/sessions/{own_session}"), &coordinator, &session).await, 422, "validation_failed").await;
        let hosts = get_json(&app, "/api/directory/hosts", &coordinator).await;
        assert!(hosts["hosts"].as_array().unwrap().iter().all(|h| h["id"] != peer.as_str()), "only her organisation's staff are offered as hosts");

        // Only an admin creates organisations and moves a listing; the move is
        // audited with both organisations.
        assert_error(send(&app, "POST", "/api/directory/organisations", &coordinator, &json!({"name": "Mine now", "kind": "charity"})).await, 403, "forbidden").await;
        let (admin, _) = app.login_demo("admin").await;
        let moved = send(&app, "PUT", &format!("/api/directory/programmes/{theirs}"), &admin, &body).await;
        assert_eq!(moved.status(), 200);
        let detail = text(&app, &format!("SELECT detail FROM audit_events WHERE action = 'directory.listing_moved' AND subject_id = '{theirs}'")).await;
        assert!(detail.contains(&charity) && detail.contains(&libraries), "{detail}");
    }
}

db_test! {
    async fn the_mother_taken_on_last_comes_first_on_the_caseload(app: TestApp) {
        // The order is kept on her row by every write to the caseload: registering
        // her, referring her, taking her on. Two mothers put on it now come before
        // the demo's, the later one first, whatever their names.
        let (_, leila_id) = self_signed_up(&app, "07700 900777").await;
        let (referrer, _) = app.login_demo("referrer").await;
        let amina: Value = post(&app, "/api/mothers", &referrer, json!({
            "given_name": "Amina", "language": "so", "interpreter_needed": false
        })).await.json().await.unwrap();
        let taken = post(&app, &format!("/api/mothers/{leila_id}/caseload"), &referrer, json!({"reason": "Booked with me"})).await;
        assert_eq!(taken.status(), 201);
        let first_two = |page: &Value| -> Vec<String> {
            page["mothers"].as_array().unwrap().iter().take(2).map(|m| m["mother_id"].as_str().unwrap().to_owned()).collect()
        };
        let page = get_json(&app, "/api/caseload?per_page=5", &referrer).await;
        assert_eq!(first_two(&page), [leila_id.clone(), amina["id"].as_str().unwrap().to_owned()]);
        // The next page starts after the fifth, and holds none of the first five.
        let next = get_json(&app, &format!("/api/caseload?per_page=5&after={}", page["next"].as_str().unwrap()), &referrer).await;
        let ids = |page: &Value| page["mothers"].as_array().unwrap().iter().map(|m| m["mother_id"].clone()).collect::<Vec<_>>();
        assert!(ids(&next).iter().all(|id| !ids(&page).contains(id)), "{next}");
        assert!(!ids(&next).is_empty());
    }
}

db_test! {
    async fn finding_a_mother_by_her_number_tells_only_that_she_exists_until_she_is_taken_on(app: TestApp) {
        let (leila, leila_id) = self_signed_up(&app, "07700 900777").await;
        let (referrer, _) = app.login_demo("referrer").await;
        let found = get_json(&app, "/api/mothers?q=07700900777", &referrer).await;
        assert_eq!(found["mothers"], json!([]), "no record: she is on nobody's caseload");
        let hint = &found["elsewhere"][0];
        assert_eq!(hint["id"], leila_id.as_str());
        assert_eq!(hint["given_name"], "Leila");
        let raw = found.to_string();
        assert!(!raw.contains("900777") && !raw.contains("nhs_number") && !raw.contains("consent"), "{raw}");
        assert_eq!(count(&app, &format!("SELECT COUNT(*) FROM audit_events WHERE action = 'mother.found' AND subject_id = '{leila_id}'")).await, 1);
        assert_error(app.get_with_token(&format!("/api/mothers/{leila_id}"), &referrer).await, 404, "not_found").await;
        // A name is searched only within the caseload.
        assert_eq!(get_json(&app, "/api/mothers?q=Leila", &referrer).await["elsewhere"], json!([]));

        // Providers and admins find nobody; they may not take her on either.
        for role in ["host", "coordinator", "admin"] {
            let (token, _) = app.login_demo(role).await;
            assert_error(app.get_with_token("/api/mothers?q=07700900777", &token).await, 403, "forbidden").await;
            assert_error(post(&app, &format!("/api/mothers/{leila_id}/caseload"), &token, json!({"reason": "curious"})).await, 403, "forbidden").await;
        }

        // Taking her on needs a reason; it is audited, and she sees who and why.
        assert_error(post(&app, &format!("/api/mothers/{leila_id}/caseload"), &referrer, json!({"reason": " "})).await, 422, "validation_failed").await;
        assert_error(post(&app, &format!("/api/mothers/{}/caseload", uuid::Uuid::new_v4()), &referrer, json!({"reason": "booking"})).await, 404, "not_found").await;
        let taken = post(&app, &format!("/api/mothers/{leila_id}/caseload"), &referrer, json!({"reason": "Booked with me at the 12-week scan"})).await;
        assert_eq!(taken.status(), 201);
        let record: Value = taken.json().await.unwrap();
        assert_eq!(record["phone"], "+447700900777");
        assert_eq!(count(&app, &format!("SELECT COUNT(*) FROM audit_events WHERE action = 'mother.caseload_added' AND subject_id = '{leila_id}'")).await, 1);
        let team = get_json(&app, "/api/me/care-team", &leila).await;
        assert_eq!(team["members"][0]["name"], "Sarah Whitfield");
        assert_eq!(team["members"][0]["reason"], "Booked with me at the 12-week scan");
        assert_eq!(count(&app, "SELECT COUNT(*) FROM notifications WHERE kind = 'caseload_added'").await, 1);

        // Now her record follows, and every read of it is audited.
        let before = count(&app, &format!("SELECT COUNT(*) FROM audit_events WHERE action = 'mother.read' AND subject_id = '{leila_id}'")).await;
        assert_eq!(get_json(&app, &format!("/api/mothers/{leila_id}"), &referrer).await["given_name"], "Leila");
        assert_eq!(get_json(&app, "/api/mothers?q=07700900777", &referrer).await["mothers"][0]["id"], leila_id.as_str());
        let after = count(&app, &format!("SELECT COUNT(*) FROM audit_events WHERE action = 'mother.read' AND subject_id = '{leila_id}'")).await;
        assert_eq!(after - before, 2);
    }
}

db_test! {
    async fn consent_decides_what_providers_and_the_care_team_see(app: TestApp) {
        let (referrer, _) = app.login_demo("referrer").await;
        let (host, _) = app.login_demo("host").await;
        let (provider, _) = app.login_demo("coordinator").await;
        let (care, _) = app.login_demo("care.coordinator").await;
        let registered: Value = post(&app, "/api/mothers", &referrer, json!({"given_name": "Noor", "family_name": "Karimi", "phone": "07700 900555", "email": "noor@example.org", "language": "fa", "interpreter_needed": true})).await.json().await.unwrap();
        let noor = registered["id"].as_str().unwrap().to_owned();
        let consent = |scopes: Value| json!({"scopes": scopes, "shared_with": "the libraries", "contact": "sms"});
        assert_eq!(post(&app, &format!("/api/mothers/{noor}/consent"), &referrer, consent(json!(["contact_details"]))).await.status(), 201);
        let programme = get_json(&app, "/api/referrals", &host).await["referrals"][0]["programme_id"].as_str().unwrap().to_owned();
        let sent: Value = post(&app, "/api/referrals", &referrer, json!({"mother_id": noor, "programme_id": programme, "reasons": ["isolation", "low_mood_or_anxiety"], "what_matters": "Friends nearby", "note": "EPDS 14 at booking"})).await.json().await.unwrap();
        let referral = sent["id"].as_str().unwrap().to_owned();
        assert_eq!(sent["note"], "EPDS 14 at booking");

        // Providers: her first name and contacts (she agreed), no reasons, no note.
        for token in [&host, &provider] {
            let seen = get_json(&app, &format!("/api/referrals/{referral}"), token).await;
            assert_eq!(seen["mother_name"], "Noor");
            assert_eq!(seen["mother_phone"], "+447700900555");
            assert_eq!(seen["reasons"], json!([]));
            assert_eq!(seen["what_matters"], Value::Null);
            assert_eq!(seen["note"], Value::Null);
            assert_error(app.get_with_token(&format!("/api/mothers/{noor}"), token).await, 404, "not_found").await;
        }
        assert_error(app.get_with_token(&format!("/api/referrals/{referral}/fhir"), &provider).await, 404, "not_found").await;

        // Her care team sees the note; her screenings only once she shares them.
        let screened: Value = post(&app, "/api/screenings", &referrer, json!({"mother_id": noor, "instrument": "epds", "language": "fa", "answers": EPDS_URGENT})).await.json().await.unwrap();
        let screening = screened["id"].as_str().unwrap().to_owned();
        for token in [&referrer, &care] {
            assert_eq!(get_json(&app, &format!("/api/referrals/{referral}"), token).await["note"], "EPDS 14 at booking");
            assert_error(app.get_with_token(&format!("/api/screenings?mother_id={noor}"), token).await, 404, "not_found").await;
            assert_error(app.get_with_token(&format!("/api/screenings/{screening}"), token).await, 404, "not_found").await;
            // The safety alert reaches her care team regardless.
            let alerts = get_json(&app, "/api/alerts", token).await;
            assert!(alerts["alerts"].as_array().unwrap().iter().any(|a| a["screening_id"] == screening.as_str()));
        }
        for token in [&host, &provider] {
            assert_error(app.get_with_token(&format!("/api/screenings?mother_id={noor}"), token).await, if token == &host { 403 } else { 404 }, if token == &host { "forbidden" } else { "not_found" }).await;
        }

        // With reasons and screening shared, the host sees why and her care team
        // her results; the providers still never see the note.
        assert_eq!(post(&app, &format!("/api/mothers/{noor}/consent"), &referrer, consent(json!(["contact_details", "referral_reasons", "screening_to_care_team"]))).await.status(), 201);
        let seen = get_json(&app, &format!("/api/referrals/{referral}"), &host).await;
        assert_eq!(seen["reasons"], json!(["isolation", "low_mood_or_anxiety"]));
        assert_eq!(seen["what_matters"], "Friends nearby");
        assert_eq!(seen["note"], Value::Null);
        for token in [&referrer, &care] {
            assert_eq!(get_json(&app, &format!("/api/screenings/{screening}"), token).await["total"], screened["total"]);
        }
        // Without contact_details, the providers lose her contacts.
        assert_eq!(post(&app, &format!("/api/mothers/{noor}/consent"), &referrer, consent(json!(["referral_reasons"]))).await.status(), 201);
        let seen = get_json(&app, &format!("/api/referrals/{referral}"), &provider).await;
        assert_eq!((seen["mother_phone"].clone(), seen["mother_email"].clone()), (Value::Null, Value::Null));
    }
}

db_test! {
    async fn alerts_reach_only_her_care_team_and_unassigned_ones_the_coordinators_marked_to_receive_them(app: TestApp) {
        let (amira, _) = app.login_demo("mother").await;
        let (provider, _) = app.login_demo("coordinator").await;
        let (care, _) = app.login_demo("care.coordinator").await;
        let (admin, _) = app.login_demo("admin").await;
        let who = |email: &str| format!("SELECT COUNT(*) FROM notifications n JOIN users u ON u.id = n.user_id WHERE u.email = '{email}'");
        let taken: Value = post(&app, "/api/screenings", &amira, json!({"instrument": "epds", "language": "ar", "answers": EPDS_URGENT})).await.json().await.unwrap();
        // Her referrer and the referrer's team-mate hear at once; no coordinator does.
        assert_eq!(count(&app, &format!("{} AND n.kind = 'screening_alert'", who("referrer@demo.perilink.test"))).await, 1);
        assert_eq!(count(&app, &format!("{} AND n.kind = 'screening_alert'", who("midwife@demo.perilink.test"))).await, 1);
        assert_eq!(count(&app, "SELECT COUNT(*) FROM notifications n JOIN users u ON u.id = n.user_id WHERE n.kind = 'screening_alert' AND u.role = 'coordinator'").await, 0);
        let alert = get_json(&app, "/api/alerts", &care).await["alerts"].as_array().unwrap().iter().find(|a| a["screening_id"] == taken["id"]).expect("her care coordinator sees it").clone();
        let alert_id = alert["id"].as_str().unwrap().to_owned();
        assert!(get_json(&app, "/api/alerts?status=all", &provider).await["alerts"].as_array().unwrap().iter().all(|a| a["id"] != alert_id.as_str()));
        assert_error(post(&app, &format!("/api/alerts/{alert_id}/acknowledge"), &provider, json!({"note": "seen"})).await, 404, "not_found").await;
        assert_error(app.get_with_token("/api/alerts", &admin).await, 403, "forbidden").await;

        // Escalation goes to her care organisation's coordinator only.
        let later = Utc::now() + Duration::hours(5);
        assert_eq!(perilink_server::service::screening::escalate_due(&app.state.db, later).await.unwrap(), 1);
        assert_eq!(count(&app, &format!("{} AND n.kind = 'screening_alert_escalated'", who("care.coordinator@demo.perilink.test"))).await, 1);
        assert_eq!(count(&app, &format!("{} AND n.kind = 'screening_alert_escalated'", who("coordinator@demo.perilink.test"))).await, 0);

        // A mother nobody cares for: the coordinators marked to receive unassigned
        // alerts hear; acknowledging needs her record, so they take her on first.
        let (leila, leila_id) = self_signed_up(&app, "07700 900444").await;
        let taken: Value = post(&app, "/api/screenings", &leila, json!({"instrument": "epds", "language": "ar", "answers": EPDS_URGENT})).await.json().await.unwrap();
        assert_eq!(count(&app, &format!("{} AND n.kind = 'screening_alert'", who("care.coordinator@demo.perilink.test"))).await, 1);
        assert_eq!(count(&app, &format!("{} AND n.kind = 'screening_alert'", who("coordinator@demo.perilink.test"))).await, 0);
        let unassigned = get_json(&app, "/api/alerts", &care).await["alerts"].as_array().unwrap().iter().find(|a| a["screening_id"] == taken["id"]).expect("an unassigned alert").clone();
        let unassigned_id = unassigned["id"].as_str().unwrap();
        assert!(get_json(&app, "/api/alerts", &provider).await["alerts"].as_array().unwrap().iter().all(|a| a["id"] != unassigned_id));
        assert_error(post(&app, &format!("/api/alerts/{unassigned_id}/acknowledge"), &care, json!({"note": "Phoned her"})).await, 403, "forbidden").await;
        assert_eq!(post(&app, &format!("/api/mothers/{leila_id}/caseload"), &care, json!({"reason": "Safety alert with nobody caring for her"})).await.status(), 201);
        assert_eq!(post(&app, &format!("/api/alerts/{unassigned_id}/acknowledge"), &care, json!({"note": "Phoned her; GP today"})).await.status(), 204);
    }
}

db_test! {
    async fn hosts_mark_only_expected_mothers_with_the_same_404_either_way(app: TestApp) {
        let (host, _) = app.login_demo("host").await;
        let session = text(&app, "SELECT s.id FROM sessions s JOIN programmes p ON p.id = s.programme_id JOIN venues v ON v.id = s.venue_id WHERE p.kind = 'esol' AND v.name = 'Toxteth Library'").await;
        let occurrence = text(&app, &format!("SELECT id FROM occurrences WHERE session_id = '{session}' AND cancelled = FALSE ORDER BY date DESC LIMIT 1")).await;
        let amira = text(&app, "SELECT id FROM mothers WHERE given_name = 'Amira'").await;
        let (_, leila) = self_signed_up(&app, "07700 900333").await;
        let mark = |mother: &str| json!({"marks": [{"id": uuid::Uuid::new_v4().to_string(), "occurrence_id": occurrence, "mother_id": mother, "status": "present", "recorded_at": Utc::now().to_rfc3339()}]});
        let existing = post(&app, "/api/attendance/batch", &host, mark(&leila)).await;
        let body_existing = assert_error(existing, 404, "not_found").await;
        let missing = post(&app, "/api/attendance/batch", &host, mark(&uuid::Uuid::new_v4().to_string())).await;
        let body_missing = assert_error(missing, 404, "not_found").await;
        assert_eq!(body_existing, body_missing, "the same answer whether or not she exists");
        assert_eq!(count(&app, &format!("SELECT COUNT(*) FROM attendance_marks WHERE mother_id = '{leila}'")).await, 0);
        assert_eq!(post(&app, "/api/attendance/batch", &host, mark(&amira)).await.status(), 200, "an expected mother is marked");
    }
}

db_test! {
    async fn reports_count_a_providers_own_programmes_and_a_care_organisations_caseloads(app: TestApp) {
        let (provider, _) = app.login_demo("coordinator").await;
        let (admin, _) = app.login_demo("admin").await;
        let (referrer, _) = app.login_demo("referrer").await;
        let libraries = organisation(&app, "Liverpool Libraries").await;
        let from = (Utc::now() - Duration::days(180)).date_naive();
        let to = Utc::now().date_naive();
        let total = |t: &Value| t["totals"][0]["figures"][0].clone();
        let range = format!("from={from}&to={to}");
        let all = count(&app, &format!("SELECT COUNT(*) FROM referrals WHERE created_at >= '{from}'")).await;
        let theirs = count(&app, &format!("SELECT COUNT(*) FROM referrals r JOIN programmes p ON p.id = r.programme_id WHERE p.organisation_id = '{libraries}' AND r.created_at >= '{from}'")).await;
        // Send five referrals to a charity's programme: the whole grows, the
        // libraries' figures do not.
        let charity = organisation(&app, "Holding Time").await;
        let programme = text(&app, &format!("SELECT id FROM programmes WHERE organisation_id = '{charity}'")).await;
        let mother = text(&app, "SELECT id FROM mothers WHERE given_name = 'Amira'").await;
        for _ in 0..5 {
            assert_eq!(post(&app, "/api/referrals", &referrer, json!({"mother_id": mother, "programme_id": programme, "reasons": ["infant_feeding"]})).await.status(), 201);
        }
        let admin_total = get_json(&app, &format!("/api/reports/referrals?{range}"), &admin).await;
        let provider_total = get_json(&app, &format!("/api/reports/referrals?{range}"), &provider).await;
        assert!(theirs >= 5 && all > theirs, "the demo has figures to compare: {theirs} of {all}");
        assert_eq!(total(&provider_total), json!(theirs), "the libraries' own programmes");
        assert_eq!(total(&admin_total), json!(all + 5), "the whole service");
        let by_programme = get_json(&app, &format!("/api/reports/referrals?{range}&group_by=programme"), &provider).await;
        assert!(by_programme["rows"].as_array().unwrap().iter().all(|r| r["key"] != programme.as_str()));
    }
}

/// Every place in the SQLite file (and its write-ahead log) where one of `needles`
/// appears.
fn found_in_files(folder: &std::path::Path, needles: &[String]) -> Vec<String> {
    let mut found = Vec::new();
    for entry in std::fs::read_dir(folder).unwrap() {
        let path = entry.unwrap().path();
        let bytes = std::fs::read(&path).unwrap();
        for needle in needles {
            if bytes.windows(needle.len()).any(|w| w == needle.as_bytes()) {
                found.push(format!("{needle} in {}", path.display()));
            }
        }
    }
    found
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_database_file_holds_no_authenticator_secret_link_token_or_code() {
    use crate::helpers::{Backend, enrol_two_factor, totp_now};
    use perilink_server::service::{outbox, two_factor};
    let app = TestApp::spawn(Backend::Sqlite).await.expect("SQLite");
    let folder = std::path::PathBuf::from(app.db.url.trim_start_matches("sqlite://"))
        .parent()
        .unwrap()
        .to_path_buf();
    let (referrer, _) = app.login_demo("referrer").await;
    let enrolled = enrol_two_factor(&app, &referrer).await;
    let mut secrets = vec![enrolled.secret.clone()];
    secrets.extend(enrolled.recovery_codes.iter().cloned());

    // A sign-in code, a reset link, and a message queued with a link we know.
    assert_eq!(
        app.post_json(
            "/api/auth/code/request",
            &json!({"contact": "mother@demo.perilink.test"})
        )
        .await
        .status(),
        202
    );
    assert_eq!(
        app.post_json(
            "/api/auth/password-reset/request",
            &json!({"email_or_phone": "referrer@demo.perilink.test"})
        )
        .await
        .status(),
        202
    );
    let known = format!(
        "https://perilink.example/reset-password?token=known{}",
        uuid::Uuid::new_v4().simple()
    );
    outbox::enqueue_with_payload(
        &app.state.db,
        "email",
        outbox::Recipient::Address("someone@example.org"),
        "password_reset",
        "en",
        "known-link",
        &known,
    )
    .await
    .unwrap();
    secrets.push(known);
    // Whatever codes and links are still queued, as the worker would send them.
    let queued = perilink_server::service::sql::query(
        &app.state.db,
        "SELECT payload FROM outbox WHERE payload IS NOT NULL",
        vec![],
    )
    .await
    .unwrap();
    secrets.extend(queued.iter().map(|r| r.try_get_by_index::<String>(0).unwrap()));

    // Once sent, nothing is left in the queue.
    let mut waited = 0;
    while count(
        &app,
        "SELECT COUNT(*) FROM outbox WHERE status IN ('pending', 'sending')",
    )
    .await
        > 0
    {
        assert!(waited < 300, "the outbox drains");
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
        waited += 1;
    }
    assert_eq!(
        count(&app, "SELECT COUNT(*) FROM outbox WHERE payload IS NOT NULL").await,
        0
    );

    // The authenticator secret is sealed under the data key; rotating to a new key
    // re-seals it, and it still opens (and its codes still work) under the new key.
    let referrer_id = text(
        &app,
        "SELECT id FROM users WHERE email = 'referrer@demo.perilink.test'",
    )
    .await;
    let stored = text(
        &app,
        &format!("SELECT secret FROM totp_credentials WHERE user_id = '{referrer_id}'"),
    )
    .await;
    assert!(stored.starts_with("sealed:v1:test-2026:"), "{stored}");
    use perilink_server::auth::data_key::{DataKey, DataKeys};
    let old = app.state.config.data_keys.clone();
    let new = DataKeys {
        current: DataKey::parse(&format!("next:{}", "5a".repeat(32))).unwrap(),
        previous: vec![old.current.clone()],
    };
    assert_eq!(two_factor::reseal_all(&app.state.db, &new).await.unwrap(), 1);
    assert_eq!(
        two_factor::reseal_all(&app.state.db, &new).await.unwrap(),
        0,
        "once"
    );
    let stored = text(
        &app,
        &format!("SELECT secret FROM totp_credentials WHERE user_id = '{referrer_id}'"),
    )
    .await;
    assert!(stored.starts_with("sealed:v1:next:"), "{stored}");
    assert!(
        two_factor::verify(&app.state.db, &old, &referrer_id, &totp_now(&enrolled.secret))
            .await
            .is_err(),
        "the old key alone no longer opens it"
    );
    // (The step just used may not be spent twice, so this checks the secret opens.)
    assert!(
        two_factor::verify(&app.state.db, &new, &referrer_id, "000000")
            .await
            .is_ok()
    );

    // Read the file itself: no secret, code, link or token is in it.
    let db = app.stop().await;
    let mut needles = secrets;
    needles.push("token=".into());
    let found = found_in_files(&folder, &needles);
    assert!(found.is_empty(), "{found:?}");
    drop(db);
}
