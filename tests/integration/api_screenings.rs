//! Screening scored on the server, the safety net, privacy, audit, FHIR, the
//! content pack, and a mother's data and its erasure.

use crate::helpers::{TestApp, assert_error, count, db_test, get_json, post_with_token as post};
use serde_json::{Value, json};

/// EPDS answers (option indexes) giving item 10 "hardly ever" (scored 1) and every
/// other item 0: a total of 1.
const EPDS_ITEM_TEN_HARDLY_EVER: [i64; 10] = [0, 0, 3, 0, 3, 3, 3, 3, 3, 2];

db_test! {
    async fn item_ten_alone_raises_an_alert_the_referrer_must_acknowledge(app: TestApp) {
        let (mother, _) = app.login_demo("mother").await;
        let (referrer, _) = app.login_demo("referrer").await;
        // A total sent by the client is ignored.
        let taken = post(&app, "/api/screenings", &mother, json!({"instrument": "epds", "language": "ar", "answers": EPDS_ITEM_TEN_HARDLY_EVER, "total": 0})).await;
        assert_eq!(taken.status(), 201);
        let taken: Value = taken.json().await.unwrap();
        assert_eq!(taken["total"], 1);
        assert_eq!(taken["band"], "none");
        assert_eq!(taken["urgent"], true);
        assert_eq!(taken["alert_raised"], true);
        assert_eq!(taken["item_scores"], json!([0, 0, 0, 0, 0, 0, 0, 0, 0, 1]));
        assert_eq!(taken["answers"], json!(EPDS_ITEM_TEN_HARDLY_EVER));
        assert_eq!(taken["administered_as"], "mother");
        let id = taken["id"].as_str().unwrap().to_owned();

        // Her care team (her referrer and the referrer's team-mate) is told at once,
        // and sees the alert until one of them acts.
        assert_eq!(count(&app, "SELECT COUNT(*) FROM notifications WHERE kind = 'screening_alert'").await, 2);
        let alerts = get_json(&app, "/api/alerts", &referrer).await;
        let alert = alerts["alerts"].as_array().unwrap().iter().find(|a| a["screening_id"] == id.as_str()).expect("the alert").clone();
        assert_eq!(alert["reason"], "urgent");
        assert_eq!(alert["mother_name"], "Amira Haddad");
        let alert_id = alert["id"].as_str().unwrap();
        assert_error(post(&app, &format!("/api/alerts/{alert_id}/acknowledge"), &referrer, json!({"note": "  "})).await, 422, "validation_failed").await;
        let (host, _) = app.login_demo("host").await;
        assert_error(post(&app, &format!("/api/alerts/{alert_id}/acknowledge"), &host, json!({"note": "x"})).await, 403, "forbidden").await;
        let ok = post(&app, &format!("/api/alerts/{alert_id}/acknowledge"), &referrer, json!({"note": "Phoned her; same-day GP appointment made"})).await;
        assert_eq!(ok.status(), 204);
        assert_error(post(&app, &format!("/api/alerts/{alert_id}/acknowledge"), &referrer, json!({"note": "again"})).await, 409, "conflict").await;
        assert!(get_json(&app, "/api/alerts", &referrer).await["alerts"].as_array().unwrap().iter().all(|a| a["id"] != alert_id));
        let all = get_json(&app, "/api/alerts?status=all", &referrer).await;
        let kept = all["alerts"].as_array().unwrap().iter().find(|a| a["id"] == alert_id).unwrap();
        assert_eq!(kept["action_note"], "Phoned her; same-day GP appointment made");
    }
}

db_test! {
    async fn probable_totals_alert_and_low_ones_do_not(app: TestApp) {
        let (referrer, _) = app.login_demo("referrer").await;
        let mother_id = get_json(&app, "/api/referrals", &referrer).await["referrals"][0]["mother_id"].as_str().unwrap().to_owned();
        // Items 1–9 forward-equivalent scores summing to 13, item 10 scored 0.
        // Item 1 index 3 (3), item 2 index 3 (3), item 3 index 0 (3), item 4 index 3 (3), item 5 index 2 (1).
        let probable = [3, 3, 0, 3, 2, 3, 3, 3, 3, 3];
        let body: Value = post(&app, "/api/screenings", &referrer, json!({"mother_id": mother_id, "instrument": "epds", "language": "en", "answers": probable})).await.json().await.unwrap();
        assert_eq!((body["total"].as_u64(), body["band"].as_str(), body["urgent"].as_bool()), (Some(13), Some("probable"), Some(false)));
        assert_eq!(body["alert_raised"], true);
        assert_eq!(body["administered_as"], "referrer");
        let possible = [3, 3, 0, 3, 3, 3, 3, 3, 3, 3];
        let body: Value = post(&app, "/api/screenings", &referrer, json!({"mother_id": mother_id, "instrument": "epds", "language": "en", "answers": possible})).await.json().await.unwrap();
        assert_eq!((body["total"].as_u64(), body["band"].as_str(), body["alert_raised"].as_bool()), (Some(12), Some("possible"), Some(false)));
        // PHQ-9 item 9 alone is urgent.
        let body: Value = post(&app, "/api/screenings", &referrer, json!({"mother_id": mother_id, "instrument": "phq9", "language": "en", "answers": [0, 0, 0, 0, 0, 0, 0, 0, 1]})).await.json().await.unwrap();
        assert_eq!((body["total"].as_u64(), body["band"].as_str(), body["urgent"].as_bool()), (Some(1), Some("none"), Some(true)));
        // Malformed answers get 422.
        for answers in [json!([0, 0, 0]), json!([0, 0, 0, 0, 0, 0, 0, 0, 0, 4]), json!([0, 0, 0, 0, 0, 0, 0, 0, 0, -1])] {
            assert_error(post(&app, "/api/screenings", &referrer, json!({"mother_id": mother_id, "instrument": "epds", "language": "en", "answers": answers})).await, 422, "validation_failed").await;
        }
        assert_error(post(&app, "/api/screenings", &referrer, json!({"mother_id": mother_id, "instrument": "k10", "language": "en", "answers": []})).await, 422, "validation_failed").await;
    }
}

db_test! {
    async fn only_she_her_referrers_and_coordinators_read_results_and_every_read_is_audited(app: TestApp) {
        let (mother, _) = app.login_demo("mother").await;
        let (referrer, _) = app.login_demo("referrer").await;
        let (host, _) = app.login_demo("host").await;
        // Her care organisation's coordinator; the libraries' coordinator only
        // provides sessions and never reads results.
        let (coordinator, _) = app.login_demo("care.coordinator").await;
        let (provider, _) = app.login_demo("coordinator").await;
        let (admin, _) = app.login_demo("admin").await;
        let taken: Value = post(&app, "/api/screenings", &mother, json!({"instrument": "gad2", "language": "ar", "answers": [1, 2]})).await.json().await.unwrap();
        let id = taken["id"].as_str().unwrap().to_owned();
        let mother_id = taken["mother_id"].as_str().unwrap().to_owned();
        assert_eq!(taken["band"], "positive");

        let before = count(&app, "SELECT COUNT(*) FROM audit_events WHERE action = 'screening.read'").await;
        assert_eq!(get_json(&app, "/api/screenings", &mother).await["screenings"][0]["id"], id.as_str());
        assert_eq!(get_json(&app, &format!("/api/screenings?mother_id={mother_id}"), &referrer).await["screenings"][0]["id"], id.as_str());
        assert_eq!(get_json(&app, &format!("/api/screenings/{id}"), &coordinator).await["total"], 3);
        let after = count(&app, "SELECT COUNT(*) FROM audit_events WHERE action = 'screening.read'").await;
        assert_eq!(after - before, 3, "each read is audited");
        let who = count(&app, &format!("SELECT COUNT(*) FROM audit_events WHERE action = 'screening.read' AND subject_id = '{id}' AND detail IS NOT NULL AND actor_id IS NOT NULL")).await;
        assert_eq!(who, 1);

        // Hosts get 403, always.
        assert_error(app.get_with_token(&format!("/api/screenings/{id}"), &host).await, 403, "forbidden").await;
        assert_error(app.get_with_token(&format!("/api/screenings?mother_id={mother_id}"), &host).await, 403, "forbidden").await;
        assert_error(app.get_with_token(&format!("/api/screenings/{id}/fhir"), &host).await, 403, "forbidden").await;
        assert_error(post(&app, "/api/screenings", &host, json!({"mother_id": mother_id, "instrument": "gad2", "language": "en", "answers": [0, 0]})).await, 403, "forbidden").await;
        assert_error(app.get_with_token("/api/alerts", &host).await, 403, "forbidden").await;
        assert_error(app.get_with_token(&format!("/api/screenings/{id}"), &provider).await, 404, "not_found").await;
        assert_error(app.get_with_token(&format!("/api/screenings/{id}"), &admin).await, 403, "forbidden").await;
        // A stranger does not learn the record exists.
        let other: Value = app.sign_up(&json!({"name": "Other", "phone": "07700 900888", "language": "en", "password": "long enough too"})).await.json().await.unwrap();
        let other = other["access_token"].as_str().unwrap();
        assert_error(app.get_with_token(&format!("/api/screenings/{id}"), other).await, 404, "not_found").await;
        assert_error(app.get_with_token(&format!("/api/screenings?mother_id={mother_id}"), other).await, 404, "not_found").await;

        // Admins review the audit log; nobody else may.
        let log = get_json(&app, &format!("/api/audit?subject_id={id}"), &admin).await;
        let actions: Vec<&str> = log.as_array().unwrap().iter().map(|e| e["action"].as_str().unwrap()).collect();
        assert!(actions.contains(&"screening.create") && actions.contains(&"screening.read"), "{actions:?}");
        assert_error(app.get_with_token("/api/audit", &coordinator).await, 403, "forbidden").await;
    }
}

db_test! {
    async fn alerts_nobody_acknowledges_go_to_the_coordinators_after_four_hours(app: TestApp) {
        let (mother, _) = app.login_demo("mother").await;
        // Her care organisation's coordinator.
        let (coordinator, _) = app.login_demo("care.coordinator").await;
        let taken: Value = post(&app, "/api/screenings", &mother, json!({"instrument": "epds", "language": "ar", "answers": EPDS_ITEM_TEN_HARDLY_EVER})).await.json().await.unwrap();
        let now = chrono::Utc::now();
        let db = &app.state.db;
        assert_eq!(perilink_server::service::screening::escalate_due(db, now).await.unwrap(), 0, "not yet");
        let later = now + chrono::Duration::hours(4) + chrono::Duration::minutes(1);
        assert_eq!(perilink_server::service::screening::escalate_due(db, later).await.unwrap(), 1);
        assert_eq!(perilink_server::service::screening::escalate_due(db, later).await.unwrap(), 0, "once");
        assert_eq!(count(&app, "SELECT COUNT(*) FROM notifications n JOIN users u ON u.id = n.user_id WHERE n.kind = 'screening_alert_escalated' AND u.role = 'coordinator'").await, 1);
        let alerts = get_json(&app, "/api/alerts", &coordinator).await;
        let alert = alerts["alerts"].as_array().unwrap().iter().find(|a| a["screening_id"] == taken["id"]).unwrap();
        assert_eq!(alert["escalated"], true);
    }
}

db_test! {
    async fn the_fhir_view_has_the_total_derived_from_the_response(app: TestApp) {
        let (mother, _) = app.login_demo("mother").await;
        let (referrer, _) = app.login_demo("referrer").await;
        for (instrument, answers, snomed, loinc) in [
            ("epds", json!(EPDS_ITEM_TEN_HARDLY_EVER), "450320001", "71354-5"),
            ("phq9", json!([1, 1, 1, 0, 0, 0, 0, 0, 0]), "720433000", "44261-6"),
        ] {
            let taken: Value = post(&app, "/api/screenings", &mother, json!({"instrument": instrument, "language": "ar", "answers": answers})).await.json().await.unwrap();
            let response = app.get_with_token(&format!("/api/screenings/{}/fhir", taken["id"].as_str().unwrap()), &referrer).await;
            assert_eq!(response.status(), 200);
            let bundle: Value = response.json().await.unwrap();
            let entries = bundle["entry"].as_array().unwrap();
            let qr = &entries.iter().find(|e| e["resource"]["resourceType"] == "QuestionnaireResponse").unwrap()["resource"];
            let obs = &entries.iter().find(|e| e["resource"]["resourceType"] == "Observation").unwrap()["resource"];
            assert_eq!(qr["status"], "completed");
            assert_eq!(qr["item"].as_array().unwrap().len(), answers.as_array().unwrap().len());
            assert_eq!(obs["status"], "final");
            assert_eq!(obs["valueInteger"], taken["total"]);
            assert_eq!(obs["derivedFrom"][0]["reference"], format!("QuestionnaireResponse/{}", qr["id"].as_str().unwrap()));
            assert_eq!(obs["subject"], qr["subject"]);
            let codings = obs["code"]["coding"].as_array().unwrap();
            assert!(codings.iter().any(|c| c["system"] == "http://snomed.info/sct" && c["code"] == snomed));
            assert!(codings.iter().any(|c| c["system"] == "http://loinc.org" && c["code"] == loinc));
        }
    }
}

db_test! {
    async fn a_mother_downloads_her_data_and_has_it_erased(app: TestApp) {
        let (mother, _) = app.login_demo("mother").await;
        post(&app, "/api/screenings", &mother, json!({"instrument": "whooley", "language": "ar", "answers": [1, 0]})).await;
        let data = get_json(&app, "/api/me/data", &mother).await;
        assert_eq!(data["mother"]["given_name"], "Amira");
        assert_eq!(data["screenings"].as_array().unwrap().len(), 1);
        assert!(!data["referrals"].as_array().unwrap().is_empty());
        let mother_id = data["mother"]["id"].as_str().unwrap().to_owned();

        let response = app.client.post(app.url("/api/me/erasure")).bearer_auth(&mother).send().await.unwrap();
        assert_eq!(response.status(), 202);
        assert_eq!(perilink_server::service::screening::process_erasures(&app.state.db).await.unwrap(), 1);
        for table in ["screenings", "referrals", "attendance", "bookings", "consents", "alerts"] {
            assert_eq!(count(&app, &format!("SELECT COUNT(*) FROM {table} WHERE mother_id = '{mother_id}'")).await, 0, "{table}");
        }
        assert_eq!(count(&app, &format!("SELECT COUNT(*) FROM mothers WHERE id = '{mother_id}' AND given_name = 'Erased' AND phone IS NULL")).await, 1);
        assert_eq!(app.login("mother@demo.perilink.test", "demo-password").await.status(), 401);
        let audit = count(&app, &format!("SELECT COUNT(*) FROM audit_events WHERE action = 'mother.erased' AND subject_id = '{mother_id}'")).await;
        assert_eq!(audit, 1);
        assert_eq!(count(&app, "SELECT COUNT(*) FROM audit_events WHERE detail LIKE '%Amira%'").await, 0, "the audit keeps no data");
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_content_pack_supplies_licensed_wording_and_says_which_languages_are_validated() {
    let dir = std::env::temp_dir().join(format!("perilink-pack-{}", uuid::Uuid::new_v4()));
    std::fs::create_dir_all(dir.join("epds")).unwrap();
    let items: Vec<Value> = (1..=10)
        .map(|i| json!({"text": format!("Test item {i}"), "options": ["a", "b", "c", "d"]}))
        .collect();
    std::fs::write(
        dir.join("epds/pl.json"),
        json!({"validated": true, "items": items}).to_string(),
    )
    .unwrap();
    std::fs::write(
        dir.join("epds/ro.json"),
        json!({"validated": false, "items": items}).to_string(),
    )
    .unwrap();
    std::fs::write(dir.join("epds/so.json"), "{not json").unwrap();
    let app = TestApp::with_content(Some(dir.clone())).await;
    let (mother, _) = app.login_demo("mother").await;

    let pl = get_json(&app, "/api/screenings/content/epds/pl", &mother).await;
    assert_eq!(
        (pl["installed"].as_bool(), pl["validated"].as_bool()),
        (Some(true), Some(true))
    );
    assert_eq!(pl["items"].as_array().unwrap().len(), 10);
    assert!(pl["citation"].as_str().unwrap().contains("Cox"));
    let ar = get_json(&app, "/api/screenings/content/epds/ar", &mother).await;
    assert_eq!(ar["installed"], false, "no Arabic in this pack: placeholders");
    assert_eq!(
        get_json(&app, "/api/screenings/content/epds/so", &mother).await["installed"],
        false,
        "a broken file is ignored"
    );
    assert_eq!(
        get_json(&app, "/api/screenings/content/epds/..%2F..%2Fetc", &mother).await["installed"],
        false
    );

    let taken: Value = post(
        &app,
        "/api/screenings",
        &mother,
        json!({"instrument": "epds", "language": "pl", "answers": [0, 0, 3, 0, 3, 3, 3, 3, 3, 3]}),
    )
    .await
    .json()
    .await
    .unwrap();
    assert_eq!(taken["language_validated"], true);
    let taken: Value = post(
        &app,
        "/api/screenings",
        &mother,
        json!({"instrument": "epds", "language": "ro", "answers": [0, 0, 3, 0, 3, 3, 3, 3, 3, 3]}),
    )
    .await
    .json()
    .await
    .unwrap();
    assert_eq!(taken["language_validated"], false);
    drop(app);
    let _ = std::fs::remove_dir_all(dir);
}
