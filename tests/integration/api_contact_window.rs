//! How and when a mother says she may be contacted (issue 22): she keeps her
//! choice on her account, her care team reads it on her record, nobody else may
//! change it, a bad one is refused with the reason, and the rule message
//! producers are to call (`service::contact_windows::may_contact`) answers from it
//! in London time.

use crate::helpers::{TestApp, assert_error, db_test, get_json, text};
use chrono::{TimeZone, Utc};
use perilink_server::service::contact_windows::may_contact;
use perilink_shared::contact_window::Channel;
use serde_json::{Value, json};

async fn put(app: &TestApp, token: &str, body: Value) -> reqwest::Response {
    app.client
        .put(app.url("/api/me/contact-window"))
        .bearer_auth(token)
        .json(&body)
        .send()
        .await
        .expect("PUT")
}

/// "Text only, Monday to Friday, 9 am to 3 pm; never call."
fn weekdays_before_three() -> Value {
    json!({ "window": {
        "channels": ["text"],
        "weekdays": [5, 4, 3, 2, 1, 1],
        "times": [{ "from": 540, "until": 900 }]
    } })
}

/// The demo mother's record id.
async fn demo_mother_id(app: &TestApp) -> String {
    text(
        app,
        "SELECT m.id FROM mothers m JOIN users u ON u.id = m.user_id WHERE u.email = 'mother@demo.perilink.test'",
    )
    .await
}

db_test! {
    async fn a_mother_keeps_her_contact_window_and_her_midwife_reads_it(app: TestApp) {
        let (mother, _) = app.login_demo("mother").await;
        let (referrer, _) = app.login_demo("referrer").await;
        let mother_id = demo_mother_id(&app).await;
        let referrer_id = text(&app, "SELECT id FROM users WHERE email = 'referrer@demo.perilink.test'").await;
        perilink_server::service::referrals::add_to_caseload(&app.state.db, &referrer_id, &mother_id, None)
            .await
            .unwrap();

        // Until she chooses, there is no window, and anything goes.
        assert_eq!(get_json(&app, "/api/me/contact-window", &mother).await, json!({ "window": null }));
        let tuesday_evening = Utc.with_ymd_and_hms(2026, 12, 1, 21, 0, 0).unwrap();
        assert!(may_contact(&app.state.db, &mother_id, Channel::Call, tuesday_evening).await.unwrap());

        // She chooses: kept tidy (days sorted, once each).
        let response = put(&app, &mother, weekdays_before_three()).await;
        assert_eq!(response.status(), 200);
        let kept: Value = response.json().await.unwrap();
        assert_eq!(kept["window"]["weekdays"], json!([1, 2, 3, 4, 5]));
        assert_eq!(get_json(&app, "/api/me/contact-window", &mother).await, kept);

        // Her midwife sees it on her record before calling or texting.
        let record = get_json(&app, &format!("/api/mothers/{mother_id}"), &referrer).await;
        assert_eq!(record["contact_window"], kept["window"]);

        // The rule, in London time: a text on a Tuesday morning, yes; a call never;
        // a text at 2:30 pm UTC in July (3:30 pm in London), no.
        let tuesday_ten = Utc.with_ymd_and_hms(2026, 12, 1, 10, 0, 0).unwrap();
        assert!(may_contact(&app.state.db, &mother_id, Channel::Text, tuesday_ten).await.unwrap());
        assert!(!may_contact(&app.state.db, &mother_id, Channel::Call, tuesday_ten).await.unwrap());
        assert!(!may_contact(&app.state.db, &mother_id, Channel::Text, tuesday_evening).await.unwrap());
        let july = Utc.with_ymd_and_hms(2026, 7, 1, 14, 30, 0).unwrap();
        assert!(!may_contact(&app.state.db, &mother_id, Channel::Text, july).await.unwrap());

        // The database holds her choice and nothing else about her.
        let stored = text(&app, &format!("SELECT rule FROM contact_windows WHERE mother_id = '{mother_id}'")).await;
        let name = text(&app, &format!("SELECT given_name FROM mothers WHERE id = '{mother_id}'")).await;
        assert!(!stored.contains(&name) && stored.contains("\"text\""), "{stored}");

        // Forgetting it allows anything again.
        let response = put(&app, &mother, json!({ "window": null })).await;
        assert_eq!(response.status(), 200);
        assert!(may_contact(&app.state.db, &mother_id, Channel::Call, tuesday_evening).await.unwrap());
        assert!(get_json(&app, &format!("/api/mothers/{mother_id}"), &referrer).await["contact_window"].is_null());
    }
}

db_test! {
    async fn only_she_sets_it_and_a_bad_window_is_refused_with_the_reason(app: TestApp) {
        let (mother, _) = app.login_demo("mother").await;
        let (referrer, _) = app.login_demo("referrer").await;

        assert_error(put(&app, &referrer, weekdays_before_three()).await, 403, "forbidden").await;
        assert_error(app.get_with_token("/api/me/contact-window", &referrer).await, 403, "forbidden").await;
        let anonymous = app
            .client
            .put(app.url("/api/me/contact-window"))
            .json(&weekdays_before_three())
            .send()
            .await
            .unwrap();
        assert_eq!(anonymous.status(), 401);

        let bad_day = json!({ "window": { "channels": ["text"], "weekdays": [8], "times": [{ "from": 0, "until": 60 }] } });
        let body = assert_error(put(&app, &mother, bad_day).await, 422, "validation_failed").await;
        assert!(body["error"]["message"].as_str().unwrap().contains("weekday 8"), "{body}");
        let backwards = json!({ "window": { "channels": ["text"], "weekdays": [1], "times": [{ "from": 900, "until": 540 }] } });
        assert_error(put(&app, &mother, backwards).await, 422, "validation_failed").await;
        let unknown_way = json!({ "window": { "channels": ["pigeon"], "weekdays": [1], "times": [] } });
        assert_error(put(&app, &mother, unknown_way).await, 422, "validation_failed").await;
        let extra = json!({ "window": { "channels": [], "weekdays": [], "times": [], "notes": "x" } });
        assert_error(put(&app, &mother, extra).await, 422, "validation_failed").await;
        // Nothing was kept.
        assert_eq!(get_json(&app, "/api/me/contact-window", &mother).await, json!({ "window": null }));
    }
}

/// The channel and time of the message queued about `subject`, if one was.
async fn queued(app: &TestApp, subject: &str) -> Option<(String, chrono::DateTime<Utc>)> {
    let rows = perilink_server::service::sql::query(
        &app.state.db,
        "SELECT channel, available_at FROM outbox WHERE subject_id = ?",
        vec![subject.into()],
    )
    .await
    .unwrap();
    assert!(rows.len() <= 1, "at most one message about {subject}");
    rows.first()
        .map(|row| (row.try_get_by_index(0).unwrap(), row.try_get_by_index(1).unwrap()))
}

db_test! {
    async fn every_message_to_her_follows_the_one_contact_rule(app: TestApp) {
        use perilink_server::service::contact::is_quiet;
        use perilink_server::service::referrals::message_mother;
        let db = &app.state.db;
        let (mother, _) = app.login_demo("mother").await;
        let (referrer, _) = app.login_demo("referrer").await;
        let mother_id = demo_mother_id(&app).await;

        // Texts on weekdays 9 to 3 only: the message goes by text, at a time her
        // window allows and outside quiet hours (now if that is such a time).
        let before = Utc::now();
        assert!(put(&app, &mother, weekdays_before_three()).await.status().is_success());
        message_mother(db, &mother_id, "referral_booked", "rule-1").await.unwrap();
        let (channel, at) = queued(&app, "rule-1").await.expect("a message, held for her window");
        assert_eq!(channel, "sms");
        assert!(at >= before - chrono::Duration::seconds(1), "{at}");
        assert!(may_contact(db, &mother_id, Channel::Text, at).await.unwrap(), "{at} is inside her window");
        assert!(!is_quiet(at), "{at} is outside quiet hours");

        // Calls only: no text or email goes at all.
        let calls_only = json!({ "window": { "channels": ["call"], "weekdays": [1, 2, 3, 4, 5, 6, 7], "times": [{ "from": 0, "until": 1440 }] } });
        assert!(put(&app, &mother, calls_only).await.status().is_success());
        message_mother(db, &mother_id, "referral_booked", "rule-2").await.unwrap();
        assert_eq!(queued(&app, "rule-2").await, None, "she ruled out texts and email");

        // Any time again: her consent's preference rules; "none" means nothing.
        assert!(put(&app, &mother, json!({ "window": null })).await.status().is_success());
        message_mother(db, &mother_id, "referral_booked", "rule-3").await.unwrap();
        assert!(queued(&app, "rule-3").await.is_some(), "with no window, her preference rules");
        let consent = |contact: &str| {
            json!({"scopes": ["contact_details"], "shared_with": "the libraries", "contact": contact})
        };
        let path = format!("/api/mothers/{mother_id}/consent");
        assert_eq!(crate::helpers::post_with_token(&app, &path, &referrer, consent("none")).await.status(), 201);
        message_mother(db, &mother_id, "referral_booked", "rule-4").await.unwrap();
        assert_eq!(queued(&app, "rule-4").await, None, "she asked for no contact");

        // Consent withdrawn: nothing she did not ask for herself.
        assert_eq!(crate::helpers::post_with_token(&app, &path, &referrer, consent("sms")).await.status(), 201);
        message_mother(db, &mother_id, "referral_booked", "rule-5").await.unwrap();
        assert_eq!(queued(&app, "rule-5").await.map(|(c, _)| c), Some("sms".to_owned()));
        perilink_server::service::sql::exec(
            db,
            "UPDATE consents SET withdrawn_at = ? WHERE mother_id = ?",
            vec![Utc::now().into(), mother_id.clone().into()],
        )
        .await
        .unwrap();
        message_mother(db, &mother_id, "referral_booked", "rule-6").await.unwrap();
        assert_eq!(queued(&app, "rule-6").await, None, "she withdrew her consent");
    }
}
