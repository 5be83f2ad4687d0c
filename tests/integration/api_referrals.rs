//! Supported referral: registering a mother, consent, the lifecycle with every move
//! kept, notifications and messages that close the loop, the FHIR view, and who may
//! see what, as a matrix of role × record.

use crate::helpers::{TestApp, assert_error, count, db_test, get_json, post_with_token as post};
use sea_orm::{ActiveModelTrait, ConnectionTrait, Set};
use serde_json::{Value, json};

/// Another referrer, in another trust, to check she sees none of Sarah's caseload.
async fn second_referrer(app: &TestApp) -> String {
    let hash = perilink_server::auth::password::hash_blocking("another-password").unwrap();
    perilink_server::entity::user::ActiveModel {
        id: Set(uuid::Uuid::new_v4().to_string()),
        email: Set(Some("other.midwife@example.org".into())),
        phone: Set(None),
        password_hash: Set(hash),
        role: Set("referrer".into()),
        display_name: Set("Other Midwife".into()),
        job_title: Set(Some("Community midwife".into())),
        organisation_id: Set(None),
        language: Set("en".into()),
        active: Set(true),
        created_at: Set(chrono::Utc::now()),
    }
    .insert(&app.state.db)
    .await
    .unwrap();
    let response = app.login("other.midwife@example.org", "another-password").await;
    let token = response.json::<Value>().await.unwrap()["access_token"]
        .as_str()
        .unwrap()
        .to_owned();
    crate::helpers::enrol_two_factor(app, &token).await.access_token
}

/// The demo's ESOL course at Toxteth Library, run by the demo host: its programme
/// and a date of it.
async fn esol_at_toxteth(app: &TestApp) -> (String, String, String) {
    let body: Value = app
        .get("/api/sessions?kind=esol&near=L8%201XF&radius_km=1")
        .await
        .json()
        .await
        .unwrap();
    let first = &body["results"][0];
    let session_id = first["session_id"].as_str().unwrap().to_owned();
    let page: Value = app
        .get(&format!("/api/sessions/{session_id}"))
        .await
        .json()
        .await
        .unwrap();
    (
        page["programme_id"].as_str().unwrap().to_owned(),
        session_id,
        first["occurrence_id"].as_str().unwrap().to_owned(),
    )
}

db_test! {
    async fn a_referral_goes_from_consultation_to_booked_and_the_referrer_hears(app: TestApp) {
        let (referrer, _) = app.login_demo("referrer").await;
        let (host, _) = app.login_demo("host").await;
        let (programme, _, occurrence) = esol_at_toxteth(&app).await;

        // A bad NHS number is refused; a good one is kept, once.
        let mut mother = json!({
            "given_name": "Joanna", "family_name": "Kowalska", "phone": "07700 900555",
            "language": "pl", "dialect": null, "interpreter_needed": true,
            "due_date": "2027-03-01", "nhs_number": "943 476 5918", "postcode": "L8 2TF"
        });
        assert_error(post(&app, "/api/mothers", &referrer, mother.clone()).await, 422, "validation_failed").await;
        mother["nhs_number"] = json!("943 476 5919");
        let created = post(&app, "/api/mothers", &referrer, mother.clone()).await;
        assert_eq!(created.status(), 201);
        let created: Value = created.json().await.unwrap();
        let mother_id = created["id"].as_str().unwrap().to_owned();
        assert_eq!(created["nhs_number"], "9434765919");
        assert_eq!(created["phone"], "+447700900555");
        assert_error(post(&app, "/api/mothers", &referrer, mother.clone()).await, 409, "conflict").await;
        // Found again by her number, however it is written: nothing typed twice.
        let found = get_json(&app, "/api/mothers?q=07700900555", &referrer).await;
        assert_eq!(found["mothers"][0]["id"], mother_id.as_str());
        let found = get_json(&app, "/api/mothers?q=Kowal", &referrer).await;
        assert_eq!(found["mothers"].as_array().unwrap().len(), 1);

        // No referral without consent.
        let referral = json!({"mother_id": mother_id, "programme_id": programme, "reasons": ["english_language", "isolation"],
            "what_matters": "Understanding my midwife", "note": "History of low mood; see record"});
        assert_error(post(&app, "/api/referrals", &referrer, referral.clone()).await, 409, "consent_required").await;
        let consent = post(&app, &format!("/api/mothers/{mother_id}/consent"), &referrer,
            json!({"scopes": ["contact_details", "referral_reasons", "attendance_to_referrer"], "shared_with": "Liverpool Libraries", "contact": "sms"})).await;
        assert_eq!(consent.status(), 201);
        let sent = post(&app, "/api/referrals", &referrer, referral.clone()).await;
        assert_eq!(sent.status(), 201);
        let sent: Value = sent.json().await.unwrap();
        let id = sent["id"].as_str().unwrap().to_owned();
        assert_eq!(sent["status"], "sent");
        assert_eq!(sent["note"], "History of low mood; see record");

        // The host sees it, without the clinical note, and accepts.
        let seen = get_json(&app, &format!("/api/referrals/{id}"), &host).await;
        assert!(seen["note"].is_null(), "hosts never see the note");
        assert_eq!(seen["mother_name"], "Joanna");
        let accepted = post(&app, &format!("/api/referrals/{id}/transitions"), &host, json!({"to": "accepted"})).await;
        assert_eq!(accepted.status(), 200);
        // The referrer is told, and the mother gets a text (no health details).
        assert_eq!(count(&app, &format!("SELECT COUNT(*) FROM notifications WHERE kind = 'referral_accepted' AND subject_id = '{id}'")).await, 1);
        assert_eq!(count(&app, &format!("SELECT COUNT(*) FROM outbox WHERE template = 'referral_accepted' AND subject_id = '{id}' AND channel = 'sms'")).await, 1);
        let notes = get_json(&app, "/api/notifications", &referrer).await;
        assert!(notes["notifications"].as_array().unwrap().iter().any(|n| n["kind"] == "referral_accepted" && n["subject_id"] == id.as_str()));

        // Illegal moves get 409; booking needs a date, and books her in.
        assert_error(post(&app, &format!("/api/referrals/{id}/transitions"), &host, json!({"to": "completed"})).await, 409, "illegal_transition").await;
        assert_error(post(&app, &format!("/api/referrals/{id}/transitions"), &host, json!({"to": "booked"})).await, 422, "validation_failed").await;
        let booked = post(&app, &format!("/api/referrals/{id}/transitions"), &host, json!({"to": "booked", "occurrence_id": occurrence})).await;
        assert_eq!(booked.status(), 200);
        let booked: Value = booked.json().await.unwrap();
        assert_eq!(booked["status"], "booked");
        assert_eq!(count(&app, &format!("SELECT COUNT(*) FROM bookings WHERE mother_id = '{mother_id}' AND status = 'booked'")).await, 1);
        assert_error(post(&app, &format!("/api/referrals/{id}/transitions"), &host, json!({"to": "accepted"})).await, 409, "illegal_transition").await;

        // The referrer sees "booked", and every move with who and when.
        let view = get_json(&app, &format!("/api/referrals/{id}"), &referrer).await;
        assert_eq!(view["status"], "booked");
        let events = view["events"].as_array().unwrap();
        let moves: Vec<(&str, &str)> = events.iter().map(|e| (e["to"].as_str().unwrap(), e["actor"].as_str().unwrap())).collect();
        assert_eq!(moves, [("sent", "referrer"), ("accepted", "provider"), ("booked", "provider")]);
        assert!(events.iter().all(|e| e["by"].is_string() && e["at"].is_string()));

        // A referrer cannot accept; a decline needs a reason.
        let other = post(&app, "/api/referrals", &referrer, referral.clone()).await.json::<Value>().await.unwrap();
        let other_id = other["id"].as_str().unwrap();
        assert_error(post(&app, &format!("/api/referrals/{other_id}/transitions"), &referrer, json!({"to": "accepted"})).await, 409, "illegal_transition").await;
        assert_error(post(&app, &format!("/api/referrals/{other_id}/transitions"), &host, json!({"to": "declined"})).await, 422, "validation_failed").await;
        let declined = post(&app, &format!("/api/referrals/{other_id}/transitions"), &host, json!({"to": "declined", "reason": "Already booked on this course"})).await;
        assert_eq!(declined.status(), 200);
        assert_eq!(count(&app, &format!("SELECT COUNT(*) FROM notifications WHERE kind = 'referral_declined' AND subject_id = '{other_id}'")).await, 1);
    }
}

db_test! {
    async fn each_role_sees_only_what_it_must(app: TestApp) {
        let (referrer, _) = app.login_demo("referrer").await;
        let (host, _) = app.login_demo("host").await;
        let (coordinator, _) = app.login_demo("coordinator").await;
        let (admin, _) = app.login_demo("admin").await;
        let (mother, _) = app.login_demo("mother").await;
        let stranger = second_referrer(&app).await;

        let all = get_json(&app, "/api/referrals", &referrer).await;
        let all = all["referrals"].as_array().unwrap().clone();
        let everyone = count(&app, "SELECT COUNT(*) FROM referrals").await as usize;
        let hers = count(&app, "SELECT COUNT(*) FROM referrals WHERE referrer_id = (SELECT id FROM users WHERE email = 'referrer@demo.perilink.test') \
            OR mother_id IN (SELECT mother_id FROM caseload WHERE user_id = (SELECT id FROM users WHERE email = 'referrer@demo.perilink.test'))").await as usize;
        assert_eq!(all.len(), hers, "exactly her caseload's referrals");
        assert!(all.len() >= 8, "the demo has a referral in every state");
        let states: std::collections::BTreeSet<&str> = all.iter().map(|r| r["status"].as_str().unwrap()).collect();
        assert_eq!(states.len(), 8);
        assert!(all.iter().all(|r| r["note"].is_string()), "the referrer sees her notes");
        let any_id = all[0]["id"].as_str().unwrap().to_owned();
        let any_mother = all[0]["mother_id"].as_str().unwrap().to_owned();

        // The host: referrals to their programmes, never a note, no mother's record.
        let for_host = get_json(&app, "/api/referrals", &host).await;
        let for_host = for_host["referrals"].as_array().unwrap();
        let to_hosts_programmes = count(&app, "SELECT COUNT(*) FROM referrals WHERE programme_id IN (SELECT s.programme_id FROM sessions s \
            JOIN users u ON u.id = s.host_id WHERE u.email = 'host@demo.perilink.test')").await as usize;
        assert_eq!(for_host.len(), to_hosts_programmes);
        assert!(for_host.len() >= 8);
        assert!(for_host.iter().all(|r| r["note"].is_null()));
        assert_error(app.get_with_token(&format!("/api/mothers/{any_mother}"), &host).await, 404, "not_found").await;
        assert_error(app.get_with_token(&format!("/api/referrals/{any_id}/fhir"), &host).await, 403, "forbidden").await;
        assert_error(app.get_with_token("/api/mothers?q=Amira", &host).await, 403, "forbidden").await;

        // Another referrer: nothing of Sarah's caseload.
        assert_eq!(get_json(&app, "/api/referrals", &stranger).await["referrals"].as_array().unwrap().len(), 0);
        assert_error(app.get_with_token(&format!("/api/referrals/{any_id}"), &stranger).await, 404, "not_found").await;
        assert_error(app.get_with_token(&format!("/api/mothers/{any_mother}"), &stranger).await, 404, "not_found").await;
        assert_error(post(&app, &format!("/api/referrals/{any_id}/transitions"), &stranger, json!({"to": "withdrawn"})).await, 404, "not_found").await;
        assert_eq!(get_json(&app, "/api/mothers?q=Amira", &stranger).await["mothers"].as_array().unwrap().len(), 0);

        // The mother: only her own, in her language (Arabic), without the note.
        let own = get_json(&app, "/api/referrals", &mother).await;
        let own = own["referrals"].as_array().unwrap();
        assert_eq!(own.len(), 1);
        assert_eq!(own[0]["status"], "booked");
        assert_eq!(own[0]["programme_title"]["language"], "ar");
        assert!(own[0]["note"].is_null());
        let not_hers = all.iter().find(|r| r["mother_id"] != own[0]["mother_id"]).unwrap()["id"].as_str().unwrap().to_owned();
        assert_error(app.get_with_token(&format!("/api/referrals/{not_hers}"), &mother).await, 404, "not_found").await;
        assert_error(app.get_with_token("/api/mothers?q=Amira", &mother).await, 403, "forbidden").await;
        assert_error(post(&app, "/api/referrals", &mother, json!({"mother_id": any_mother, "programme_id": "x", "reasons": ["other"]})).await, 403, "forbidden").await;

        // A provider's coordinator sees referrals to their programmes (without the
        // note); admins, who run accounts and not care, none.
        let in_organisation = count(&app, "SELECT COUNT(*) FROM referrals r WHERE r.programme_id IN (SELECT id FROM programmes WHERE organisation_id = \
            (SELECT organisation_id FROM users WHERE email = 'coordinator@demo.perilink.test')) OR r.referrer_id IN (SELECT id FROM users WHERE organisation_id = \
            (SELECT organisation_id FROM users WHERE email = 'coordinator@demo.perilink.test'))").await as usize;
        assert_eq!(get_json(&app, "/api/referrals", &coordinator).await["referrals"].as_array().unwrap().len(), in_organisation.min(500));
        assert_eq!(get_json(&app, "/api/referrals", &admin).await["referrals"].as_array().unwrap().len(), 0);
        assert!(everyone >= in_organisation);
        assert!(get_json(&app, &format!("/api/referrals/{any_id}"), &coordinator).await["note"].is_null());
        assert_error(app.get_with_token(&format!("/api/referrals/{any_id}"), &admin).await, 404, "not_found").await;
        // Her care organisation's coordinator sees the note.
        let (care, _) = app.login_demo("care.coordinator").await;
        assert!(get_json(&app, &format!("/api/referrals/{any_id}"), &care).await["note"].is_string());

        // Without a token, nothing.
        assert_error(app.get("/api/referrals").await, 401, "unauthorized").await;
        assert_error(app.get(&format!("/api/mothers/{any_mother}")).await, 401, "unauthorized").await;
    }
}

db_test! {
    async fn the_mother_answers_her_own_referrals(app: TestApp) {
        let (referrer, _) = app.login_demo("referrer").await;
        let (mother, _) = app.login_demo("mother").await;
        let (programme, _, _) = esol_at_toxteth(&app).await;
        let me = get_json(&app, "/api/referrals", &mother).await;
        let mother_id = me["referrals"][0]["mother_id"].as_str().unwrap().to_owned();
        // Two new referrals for her: she declines one, accepts then withdraws the other.
        let body = json!({"mother_id": mother_id, "programme_id": programme, "reasons": ["english_language"]});
        let first = post(&app, "/api/referrals", &referrer, body.clone()).await.json::<Value>().await.unwrap();
        let second = post(&app, "/api/referrals", &referrer, body.clone()).await.json::<Value>().await.unwrap();
        let (first, second) = (first["id"].as_str().unwrap().to_owned(), second["id"].as_str().unwrap().to_owned());
        let declined = post(&app, &format!("/api/referrals/{first}/transitions"), &mother, json!({"to": "declined", "reason": "Not now"})).await;
        assert_eq!(declined.status(), 200);
        assert_eq!(post(&app, &format!("/api/referrals/{second}/transitions"), &mother, json!({"to": "accepted"})).await.status(), 200);
        assert_eq!(post(&app, &format!("/api/referrals/{second}/transitions"), &mother, json!({"to": "withdrawn"})).await.status(), 200);
        assert_error(post(&app, &format!("/api/referrals/{second}/transitions"), &mother, json!({"to": "withdrawn"})).await, 409, "illegal_transition").await;
        // She may not book herself in through the referral of another, nor attend.
        assert_error(post(&app, &format!("/api/referrals/{first}/transitions"), &mother, json!({"to": "attending"})).await, 409, "illegal_transition").await;

        // Declined by her, the FHIR view carries SNOMED 871711000000103.
        let bundle = get_json(&app, &format!("/api/referrals/{first}/fhir"), &referrer).await;
        let text = bundle.to_string();
        assert!(text.contains("871711000000103"), "{text}");
        let task = bundle["entry"].as_array().unwrap().iter().find(|e| e["resource"]["resourceType"] == "Task").unwrap();
        assert_eq!(task["resource"]["status"], "rejected");
    }
}

db_test! {
    async fn withdrawing_consent_withdraws_her_open_referrals(app: TestApp) {
        let (referrer, _) = app.login_demo("referrer").await;
        let all = get_json(&app, "/api/referrals", &referrer).await;
        let open = all["referrals"].as_array().unwrap().iter().find(|r| r["status"] == "sent").unwrap().clone();
        let mother_id = open["mother_id"].as_str().unwrap();
        let response = app.client.post(app.url(&format!("/api/mothers/{mother_id}/consent/withdraw"))).bearer_auth(&referrer).send().await.unwrap();
        assert_eq!(response.status(), 204);
        let after = get_json(&app, &format!("/api/referrals/{}", open["id"].as_str().unwrap()), &referrer).await;
        assert_eq!(after["status"], "withdrawn");
        let record = get_json(&app, &format!("/api/mothers/{mother_id}"), &referrer).await;
        assert!(record["consent"].is_null());
        // And no new referral until she consents again.
        let (programme, _, _) = esol_at_toxteth(&app).await;
        assert_error(post(&app, "/api/referrals", &referrer, json!({"mother_id": mother_id, "programme_id": programme, "reasons": ["other"]})).await, 409, "consent_required").await;
    }
}

const FHIR_TASK_STATUSES: [&str; 12] = [
    "draft",
    "requested",
    "received",
    "accepted",
    "rejected",
    "ready",
    "cancelled",
    "in-progress",
    "on-hold",
    "failed",
    "completed",
    "entered-in-error",
];
const FHIR_REQUEST_STATUSES: [&str; 7] = [
    "draft",
    "active",
    "on-hold",
    "revoked",
    "completed",
    "entered-in-error",
    "unknown",
];

db_test! {
    async fn the_fhir_view_follows_the_r4_rules(app: TestApp) {
        let (referrer, _) = app.login_demo("referrer").await;
        let all = get_json(&app, "/api/referrals", &referrer).await;
        for r in all["referrals"].as_array().unwrap() {
            let response = app.get_with_token(&format!("/api/referrals/{}/fhir", r["id"].as_str().unwrap()), &referrer).await;
            assert_eq!(response.status(), 200);
            assert!(response.headers()["content-type"].to_str().unwrap().starts_with("application/fhir+json"));
            let bundle: Value = response.json().await.unwrap();
            assert_eq!(bundle["resourceType"], "Bundle");
            assert_eq!(bundle["type"], "collection");
            let entries = bundle["entry"].as_array().unwrap();
            let find = |kind: &str| entries.iter().find(|e| e["resource"]["resourceType"] == kind).unwrap_or_else(|| panic!("a {kind}"));
            let (patient, request, task) = (find("Patient"), find("ServiceRequest"), find("Task"));
            for e in entries {
                assert!(e["fullUrl"].as_str().unwrap().starts_with("urn:uuid:"));
                assert!(e["resource"]["id"].is_string());
            }
            let request = &request["resource"];
            // ServiceRequest: status, intent and subject are required.
            assert!(FHIR_REQUEST_STATUSES.contains(&request["status"].as_str().unwrap()));
            assert_eq!(request["intent"], "order");
            assert_eq!(request["subject"]["reference"], format!("Patient/{}", patient["resource"]["id"].as_str().unwrap()));
            let coding = &request["code"]["coding"][0];
            assert_eq!(coding["system"], "http://snomed.info/sct");
            assert_eq!(coding["code"], "871731000000106");
            // Task: status and intent required; status follows the lifecycle.
            let task = &task["resource"];
            let status = task["status"].as_str().unwrap();
            assert!(FHIR_TASK_STATUSES.contains(&status), "{status}");
            let expected = match r["status"].as_str().unwrap() {
                "sent" => "requested",
                "accepted" => "accepted",
                "declined" => "rejected",
                "booked" | "attending" | "did_not_attend" => "in-progress",
                "completed" => "completed",
                "withdrawn" => "cancelled",
                other => panic!("{other}"),
            };
            assert_eq!(status, expected);
            assert_eq!(task["intent"], "order");
            assert_eq!(task["focus"]["reference"], format!("ServiceRequest/{}", request["id"].as_str().unwrap()));
            // Her language and interpreter need.
            let communication = &patient["resource"]["communication"][0];
            assert_eq!(communication["language"]["coding"][0]["system"], "urn:ietf:bcp:47");
            assert_eq!(communication["language"]["coding"][0]["code"], r["mother_language"]);
            let extension = communication["extension"][0]["extension"].as_array().unwrap();
            let interpreter = extension.iter().find(|e| e["url"] == "interpreterRequired").unwrap();
            assert_eq!(interpreter["valueBoolean"], r["interpreter_needed"]);
        }
    }
}

db_test! {
    async fn each_listing_shows_referrers_how_it_replies(app: TestApp) {
        let (referrer, _) = app.login_demo("referrer").await;
        let (programme, _, _) = esol_at_toxteth(&app).await;
        let record = get_json(&app, &format!("/api/programmes/{programme}/referral-record"), &referrer).await;
        // ESOL in the demo: 5 referrals. Three were answered, each a day after it
        // was sent: two yes (one now booked, one completed), one no. One awaits a
        // reply and one was withdrawn first.
        assert_eq!(record["referrals"], 5);
        assert_eq!(record["accepted_percent"], 67);
        assert_eq!(record["median_reply_days"], 1);
        let (mother, _) = app.login_demo("mother").await;
        assert_error(app.get_with_token(&format!("/api/programmes/{programme}/referral-record"), &mother).await, 403, "forbidden").await;
    }
}

db_test! {
    async fn the_outbox_worker_sends_and_retries(app: TestApp) {
        use perilink_server::service::outbox::{OutboundMessage, SendError, Sender, drain_once};
        struct Failing;
        impl Sender for Failing {
            async fn send(&self, _: &OutboundMessage) -> Result<(), SendError> {
                Err(SendError::Transient("the provider is down".into()))
            }
        }
        let db = &app.state.db;
        let mother_id: String = {
            let row = db.query_one_raw(sea_orm::Statement::from_string(db.get_database_backend(), "SELECT id FROM mothers WHERE phone IS NOT NULL ORDER BY id".to_owned())).await.unwrap().unwrap();
            row.try_get_by_index(0).unwrap()
        };
        perilink_server::service::referrals::message_mother(db, &mother_id, "referral_booked", "subject-1").await.unwrap();
        // Quiet hours may hold it until 08:00; this test is about sending.
        db.execute_unprepared("UPDATE outbox SET available_at = '2000-01-01 00:00:00+00:00' WHERE subject_id = 'subject-1'").await.unwrap();
        // Claim it first with a failing sender: it goes back with a later time.
        assert_eq!(drain_once(db, &Failing, 10).await.unwrap(), 0);
        assert_eq!(count(&app, "SELECT COUNT(*) FROM outbox WHERE subject_id = 'subject-1' AND status = 'pending' AND attempts = 1").await, 1);
        // The real worker sends what is due: bring it forward and wait.
        db.execute_unprepared("UPDATE outbox SET available_at = '2000-01-01 00:00:00+00:00' WHERE subject_id = 'subject-1'").await.unwrap();
        let mut sent = false;
        for _ in 0..50 {
            if count(&app, "SELECT COUNT(*) FROM outbox WHERE subject_id = 'subject-1' AND status = 'sent'").await == 1 {
                sent = true;
                break;
            }
            tokio::time::sleep(std::time::Duration::from_millis(200)).await;
        }
        assert!(sent, "the background worker sent the message");
    }
}

db_test! {
    async fn the_caseload_holds_every_mother_and_each_referral_shows_her_sessions(app: TestApp) {
        let (referrer, _) = app.login_demo("referrer").await;
        let (host, _) = app.login_demo("host").await;
        let (mother_token, _) = app.login_demo("mother").await;
        let other = second_referrer(&app).await;
        let (programme, _, occurrence) = esol_at_toxteth(&app).await;

        // Registered but not referred yet: on her caseload all the same.
        let created: Value = post(&app, "/api/mothers", &referrer, json!({
            "given_name": "Amina", "family_name": "Yusuf", "phone": "07700 900777",
            "language": "so", "interpreter_needed": true, "due_date": "2027-04-02"
        })).await.json().await.unwrap();
        let mother_id = created["id"].as_str().unwrap().to_owned();
        let caseload = get_json(&app, "/api/caseload", &referrer).await;
        let amina = caseload["mothers"].as_array().unwrap().iter()
            .find(|m| m["mother_id"] == mother_id.as_str()).expect("a new mother is on the caseload").clone();
        assert_eq!(amina["name"], "Amina Yusuf");
        assert_eq!((amina["referrals"].as_u64(), amina["open_referrals"].as_u64()), (Some(0), Some(0)));
        assert_eq!(amina["has_consent"], false);
        assert_eq!(amina["due_date"], "2027-04-02");
        assert!(amina["last_attended"].is_null());
        // Nobody else's caseload, and not for hosts or mothers.
        let theirs = get_json(&app, "/api/caseload", &other).await;
        assert!(theirs["mothers"].as_array().unwrap().iter().all(|m| m["mother_id"] != mother_id.as_str()));
        assert_error(app.get_with_token("/api/caseload", &host).await, 403, "forbidden").await;
        assert_error(app.get_with_token("/api/caseload", &mother_token).await, 403, "forbidden").await;

        // Referred with consent to share attendance; booked; then one session
        // attended and one missed: the referrer sees both, newest first.
        post(&app, &format!("/api/mothers/{mother_id}/consent"), &referrer, json!({
            "scopes": ["contact_details", "attendance_to_referrer"], "shared_with": "Liverpool Libraries", "contact": "sms"
        })).await;
        let sent: Value = post(&app, "/api/referrals", &referrer, json!({
            "mother_id": mother_id, "programme_id": programme, "reasons": ["english_language"]
        })).await.json().await.unwrap();
        let id = sent["id"].as_str().unwrap().to_owned();
        assert_eq!(sent["attendance"], json!([]));
        post(&app, &format!("/api/referrals/{id}/transitions"), &host, json!({"to": "accepted"})).await;
        post(&app, &format!("/api/referrals/{id}/transitions"), &host, json!({"to": "booked", "occurrence_id": occurrence})).await;
        let later = crate::helpers::count(&app, &format!(
            "SELECT COUNT(*) FROM occurrences WHERE session_id = (SELECT session_id FROM occurrences WHERE id = '{occurrence}') \
             AND date > (SELECT date FROM occurrences WHERE id = '{occurrence}')")).await;
        assert!(later > 0, "the course has a later date");
        let next = crate::helpers::text(&app, &format!(
            "SELECT id FROM occurrences WHERE session_id = (SELECT session_id FROM occurrences WHERE id = '{occurrence}') \
             AND date > (SELECT date FROM occurrences WHERE id = '{occurrence}') ORDER BY date LIMIT 1")).await;
        let mark = |occurrence: &str, status: &str| json!({
            "id": uuid::Uuid::new_v4().to_string(), "occurrence_id": occurrence, "mother_id": mother_id,
            "status": status, "recorded_at": chrono::Utc::now().to_rfc3339()
        });
        let stored = post(&app, "/api/attendance/batch", &host,
            json!({"marks": [mark(&occurrence, "present"), mark(&next, "absent")]})).await;
        assert_eq!(stored.status(), 200);
        let view = get_json(&app, &format!("/api/referrals/{id}"), &referrer).await;
        assert_eq!(view["status"], "attending");
        let seen: Vec<(&str, &str)> = view["attendance"].as_array().unwrap().iter()
            .map(|a| (a["occurrence_id"].as_str().unwrap(), a["status"].as_str().unwrap())).collect();
        assert_eq!(seen, [(next.as_str(), "absent"), (occurrence.as_str(), "present")]);
        let caseload = get_json(&app, "/api/caseload", &referrer).await;
        let amina = caseload["mothers"].as_array().unwrap().iter().find(|m| m["mother_id"] == mother_id.as_str()).unwrap().clone();
        assert_eq!((amina["referrals"].as_u64(), amina["open_referrals"].as_u64()), (Some(1), Some(1)));
        assert_eq!(amina["has_consent"], true);
        // The date she was present, not the later one she missed.
        let present_on = crate::helpers::text(&app, &format!(
            "SELECT CAST(date AS TEXT) FROM occurrences WHERE id = '{occurrence}'")).await;
        assert_eq!(amina["last_attended"], present_on.as_str());
        // A later mark for the same date saying she was absent after all: the
        // caseload follows the register, and shows no attendance.
        let corrected = post(&app, "/api/attendance/batch", &host,
            json!({"marks": [mark(&occurrence, "absent")]})).await;
        assert_eq!(corrected.status(), 200);
        let caseload = get_json(&app, "/api/caseload", &referrer).await;
        let amina = caseload["mothers"].as_array().unwrap().iter().find(|m| m["mother_id"] == mother_id.as_str()).unwrap().clone();
        assert!(amina["last_attended"].is_null(), "absent on her only date: {amina}");
        let put_right = post(&app, "/api/attendance/batch", &host,
            json!({"marks": [mark(&occurrence, "present")]})).await;
        assert_eq!(put_right.status(), 200);
        let caseload = get_json(&app, "/api/caseload", &referrer).await;
        let amina = caseload["mothers"].as_array().unwrap().iter().find(|m| m["mother_id"] == mother_id.as_str()).unwrap().clone();
        assert_eq!(amina["last_attended"], present_on.as_str());
        // Without her consent to share attendance, the referrer no longer sees it,
        // on the referral or on her caseload.
        post(&app, &format!("/api/mothers/{mother_id}/consent"), &referrer, json!({
            "scopes": ["contact_details"], "shared_with": "Liverpool Libraries", "contact": "sms"
        })).await;
        let view = get_json(&app, &format!("/api/referrals/{id}"), &referrer).await;
        assert_eq!(view["attendance"], json!([]));
        let caseload = get_json(&app, "/api/caseload", &referrer).await;
        let amina = caseload["mothers"].as_array().unwrap().iter().find(|m| m["mother_id"] == mother_id.as_str()).unwrap().clone();
        assert!(amina["last_attended"].is_null(), "attendance not shared: {amina}");
        assert_eq!(amina["has_consent"], true);
        let hosts = get_json(&app, &format!("/api/referrals/{id}"), &host).await;
        assert_eq!(hosts["attendance"].as_array().unwrap().len(), 2, "the host took the register");

        // The referrer withdraws it for her when she asks; once only.
        let withdrawn = post(&app, &format!("/api/referrals/{id}/transitions"), &referrer, json!({"to": "withdrawn"})).await;
        assert_eq!(withdrawn.status(), 200);
        assert_error(post(&app, &format!("/api/referrals/{id}/transitions"), &referrer, json!({"to": "withdrawn"})).await,
            409, "illegal_transition").await;
        let caseload = get_json(&app, "/api/caseload", &referrer).await;
        let amina = caseload["mothers"].as_array().unwrap().iter().find(|m| m["mother_id"] == mother_id.as_str()).unwrap().clone();
        assert_eq!(amina["open_referrals"].as_u64(), Some(0));
    }
}

db_test! {
    async fn a_long_caseload_comes_a_page_at_a_time_newest_first(app: TestApp) {
        use sea_orm::TransactionTrait;
        let (referrer, _) = app.login_demo("referrer").await;
        let her = crate::helpers::text(&app, "SELECT id FROM users WHERE email = 'referrer@demo.perilink.test'").await;
        // 500 mothers newer on her caseload than the demo's, five at each moment
        // (so the name, then the id, decides among them).
        let now = chrono::Utc::now() + chrono::Duration::days(1);
        let mut expected = Vec::new();
        let txn = app.state.db.begin().await.unwrap();
        for n in 0..500_i64 {
            let id = uuid::Uuid::new_v4().to_string();
            let added = now - chrono::Duration::seconds(n / 5);
            perilink_server::service::sql::exec(&txn,
                "INSERT INTO mothers (id, given_name, language, interpreter_needed, created_at) VALUES (?, ?, 'en', FALSE, ?)",
                vec![id.clone().into(), format!("Mother {n:03}").into(), added.into()]).await.unwrap();
            perilink_server::service::sql::exec(&txn,
                "INSERT INTO caseload (mother_id, user_id, added_at) VALUES (?, ?, ?)",
                vec![id.clone().into(), her.clone().into(), added.into()]).await.unwrap();
            expected.push(id);
        }
        perilink_server::service::referrals::rank_caseloads(&txn).await.unwrap();
        txn.commit().await.unwrap();
        let total = count(&app, &format!("SELECT COUNT(DISTINCT mother_id) FROM caseload WHERE user_id = '{her}' \
            OR user_id IN (SELECT mate.user_id FROM team_members mate JOIN team_members me ON me.team_id = mate.team_id WHERE me.user_id = '{her}')")).await as usize;

        let pages = |per_page: Option<u32>| {
            let (app, referrer) = (&app, &referrer);
            async move {
                let mut all = Vec::new();
                let mut sizes = Vec::new();
                let mut after: Option<String> = None;
                loop {
                    let mut query = per_page.map(|n| format!("per_page={n}")).into_iter().collect::<Vec<_>>();
                    query.extend(after.iter().map(|a| format!("after={a}")));
                    let page = get_json(app, &format!("/api/caseload?{}", query.join("&")), referrer).await;
                    let mothers = page["mothers"].as_array().unwrap();
                    sizes.push(mothers.len());
                    all.extend(mothers.iter().map(|m| m["mother_id"].as_str().unwrap().to_owned()));
                    match page["next"].as_str() {
                        Some(next) => after = Some(next.to_owned()),
                        None => break,
                    }
                    assert!(sizes.len() <= total, "paging ends");
                }
                (all, sizes)
            }
        };
        let (all, sizes) = pages(None).await;
        assert_eq!(all.len(), total, "every mother once");
        assert_eq!(all.iter().collect::<std::collections::BTreeSet<_>>().len(), total, "no mother twice");
        assert!(sizes[..sizes.len() - 1].iter().all(|s| *s == 100), "full pages of 100 by default: {sizes:?}");
        assert_eq!(all[..500], expected[..], "newest on the caseload first, then by name");
        let (small, small_sizes) = pages(Some(7)).await;
        assert_eq!(small, all, "any page size gives the same order");
        assert_eq!(small_sizes.len(), total.div_ceil(7));

        assert_error(app.get_with_token("/api/caseload?per_page=0", &referrer).await, 422, "validation_failed").await;
        assert_error(app.get_with_token("/api/caseload?per_page=201", &referrer).await, 422, "validation_failed").await;
    }
}

db_test! {
    /// A status the server does not know, written behind its back (a hand edit, a
    /// newer version's row), is an error whoever reads the row sees, logged with the
    /// row's table and id: never read as some default status.
    async fn a_status_the_server_does_not_know_is_an_error_not_a_default(app: TestApp) {
        let (referrer, _) = app.login_demo("referrer").await;
        let (host, _) = app.login_demo("host").await;
        let (programme, _, _) = esol_at_toxteth(&app).await;
        let mother = post(&app, "/api/mothers", &referrer, json!({
            "given_name": "Amina", "family_name": "Yusuf", "phone": "07700 900556",
            "language": "so", "dialect": null, "interpreter_needed": false,
            "due_date": "2027-03-01", "nhs_number": null, "postcode": "L8 2TF"
        })).await;
        assert_eq!(mother.status(), 201);
        let mother_id = mother.json::<Value>().await.unwrap()["id"].as_str().unwrap().to_owned();
        let consent = post(&app, &format!("/api/mothers/{mother_id}/consent"), &referrer,
            json!({"scopes": ["contact_details", "referral_reasons"], "shared_with": "Liverpool Libraries", "contact": "sms"})).await;
        assert_eq!(consent.status(), 201);
        let sent = post(&app, "/api/referrals", &referrer,
            json!({"mother_id": mother_id, "programme_id": programme, "reasons": ["isolation"]})).await;
        assert_eq!(sent.status(), 201);
        let id = sent.json::<Value>().await.unwrap()["id"].as_str().unwrap().to_owned();
        assert_eq!(get_json(&app, &format!("/api/referrals/{id}"), &referrer).await["status"], "sent");

        perilink_server::service::sql::exec(&app.state.db, "UPDATE referrals SET status = ? WHERE id = ?",
            vec!["teleported".into(), id.clone().into()]).await.unwrap();
        // Read alone, in a list, or moved: each is refused, not shown as "sent".
        assert_error(app.get_with_token(&format!("/api/referrals/{id}"), &referrer).await, 500, "internal").await;
        assert_error(app.get_with_token("/api/referrals", &referrer).await, 500, "internal").await;
        assert_error(post(&app, &format!("/api/referrals/{id}/transitions"), &host, json!({"to": "accepted"})).await, 500, "internal").await;
        assert_eq!(count(&app, &format!("SELECT COUNT(*) FROM referral_events WHERE referral_id = '{id}'")).await, 1, "nothing moved");

        // Her consent's contact preference is checked the same way.
        perilink_server::service::sql::exec(&app.state.db, "UPDATE referrals SET status = 'sent' WHERE id = ?",
            vec![id.clone().into()]).await.unwrap();
        perilink_server::service::sql::exec(&app.state.db, "UPDATE consents SET contact = ? WHERE mother_id = ?",
            vec!["carrier pigeon".into(), mother_id.clone().into()]).await.unwrap();
        assert_error(app.get_with_token(&format!("/api/mothers/{mother_id}"), &referrer).await, 500, "internal").await;
    }
}
