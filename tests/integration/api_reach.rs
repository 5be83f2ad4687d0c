//! Every status true (issue 15): when one person changes something, what the
//! others read changes with it.

use crate::helpers::{TestApp, count, db_test, get_json, post_with_token as post};
use serde_json::{Value, json};

/// Amira's (the demo mother's) referral the demo host booked her on: its id, its
/// session, and her booking.
pub(crate) async fn amiras_booked_referral(app: &TestApp, mother: &str) -> (String, String, String) {
    let referrals = get_json(app, "/api/referrals", mother).await;
    let booked = referrals["referrals"]
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["status"] == "booked")
        .cloned()
        .expect("the demo books one of Amira's referrals");
    let session_id = booked["session_id"].as_str().unwrap().to_owned();
    let booking = get_json(app, "/api/me/bookings", mother).await["bookings"]
        .as_array()
        .unwrap()
        .iter()
        .find(|b| b["session_id"] == session_id.as_str() && b["status"] == "booked")
        .cloned()
        .expect("the referral's booking is on My sessions");
    (
        booked["id"].as_str().unwrap().to_owned(),
        session_id,
        booking["id"].as_str().unwrap().to_owned(),
    )
}

db_test! {
    async fn when_she_cancels_a_booking_from_a_referral_everyone_sees_it_needs_a_date_again(app: TestApp) {
        let (referrer, _) = app.login_demo("referrer").await;
        let (host, _) = app.login_demo("host").await;
        let (mother, _) = app.login_demo("mother").await;
        let (id, session_id, booking_id) = amiras_booked_referral(&app, &mother).await;
        let told_accepted = format!(
            "SELECT COUNT(*) FROM notifications WHERE kind = 'referral_accepted' AND subject_id = '{id}'");
        let accepted_before = count(&app, &told_accepted).await;
        let booking_id = booking_id.as_str();
        assert_eq!(get_json(&app, &format!("/api/referrals/{id}"), &referrer).await["status"], "booked");

        let cancelled = app.client.post(app.url(&format!("/api/bookings/{booking_id}/cancel")))
            .bearer_auth(&mother).send().await.unwrap();
        assert_eq!(cancelled.status(), 204);

        // Hers, her referrer's and the host's view all say accepted: a date to find.
        for (who, token) in [("mother", &mother), ("referrer", &referrer), ("host", &host)] {
            let seen = get_json(&app, &format!("/api/referrals/{id}"), token).await;
            assert_eq!(seen["status"], "accepted", "{who} sees {seen}");
        }
        let seen = get_json(&app, &format!("/api/referrals/{id}"), &referrer).await;
        let last = seen["events"].as_array().unwrap().last().unwrap().clone();
        assert_eq!((last["from"].as_str(), last["to"].as_str(), last["actor"].as_str()),
            (Some("booked"), Some("accepted"), Some("system")), "{last}");
        assert_eq!(count(&app, &format!(
            "SELECT COUNT(*) FROM referrals WHERE id = '{id}' AND booking_id IS NULL")).await, 1);
        // Her referrer hears it; nobody is told she was "accepted" again.
        assert_eq!(count(&app, &format!(
            "SELECT COUNT(*) FROM notifications WHERE kind = 'referral_booking_cancelled' AND subject_id = '{id}'")).await, 1);
        assert_eq!(count(&app, &told_accepted).await, accepted_before);
        // She is no longer on the course, and the host can book her again.
        let mine = get_json(&app, "/api/me/bookings", &mother).await;
        assert!(mine["bookings"].as_array().unwrap().iter().all(|b| b["id"] != booking_id), "{mine}");
        let page = get_json(&app, &format!("/api/sessions/{session_id}"), &host).await;
        let occurrence = page["next_dates"].as_array().unwrap().iter()
            .find(|d| d["cancelled"] == false)
            .and_then(|d| d["occurrence_id"].as_str())
            .unwrap()
            .to_owned();
        let again = post(&app, &format!("/api/referrals/{id}/transitions"), &host,
            json!({"to": "booked", "occurrence_id": occurrence})).await;
        assert_eq!(again.status(), 200);
        assert_eq!(get_json(&app, &format!("/api/referrals/{id}"), &mother).await["status"], "booked");
    }
}

db_test! {
    async fn her_lists_follow_the_language_the_app_shows_not_the_one_on_her_account(app: TestApp) {
        let (mother, _) = app.login_demo("mother").await;
        let (_, session_id, _) = amiras_booked_referral(&app, &mother).await;
        let title = |body: &Value, list: &str| -> (String, String) {
            let item = body[list]
                .as_array()
                .unwrap()
                .iter()
                .find(|b| b["session_id"] == session_id.as_str())
                .cloned()
                .unwrap_or_else(|| panic!("the session in {list}: {body}"));
            let t = if item["title"].is_object() { &item["title"] } else { &item["programme_title"] };
            (t["language"].as_str().unwrap().to_owned(), t["text"].as_str().unwrap().to_owned())
        };
        // Her account says Arabic; without `ui` the lists say Arabic.
        let arabic = title(&get_json(&app, "/api/me/bookings", &mother).await, "bookings");
        assert_eq!(arabic.0, "ar");
        let arabic_referral = title(&get_json(&app, "/api/referrals", &mother).await, "referrals");
        assert_eq!(arabic_referral.0, "ar");
        // Shown in English, they say English.
        let english = title(&get_json(&app, "/api/me/bookings?ui=en", &mother).await, "bookings");
        assert_eq!(english.0, "en");
        assert_ne!(english.1, arabic.1);
        let english_referral = title(&get_json(&app, "/api/referrals?ui=en", &mother).await, "referrals");
        assert_eq!(english_referral, english, "her referral is titled as her booking is");
        // A language PeriLink does not speak is ignored, not an error.
        let unknown = title(&get_json(&app, "/api/me/bookings?ui=xx", &mother).await, "bookings");
        assert_eq!(unknown.0, "ar");
        let history = app.get_with_token("/api/me/attendance?ui=pl", &mother).await;
        assert_eq!(history.status(), 200);
    }
}

db_test! {
    async fn signing_in_sets_a_readable_flag_beside_the_refresh_cookie_and_signing_out_clears_both(app: TestApp) {
        let cookies = |response: &reqwest::Response| -> Vec<String> {
            response
                .headers()
                .get_all("set-cookie")
                .iter()
                .map(|v| v.to_str().unwrap().to_owned())
                .collect()
        };
        let login = app.login("mother@demo.perilink.test", "demo-password").await;
        assert_eq!(login.status(), 200);
        let set = cookies(&login);
        let flag = set.iter().find(|c| c.starts_with("perilink_signed_in=1;")).expect("the flag is set");
        assert!(!flag.contains("HttpOnly"), "the app can read it: {flag}");
        assert!(flag.contains("Path=/;") && flag.contains("SameSite=Strict"), "{flag}");
        let refresh = crate::helpers::refresh_cookie(&login).expect("a refresh cookie");
        assert!(set.iter().any(|c| c.starts_with("perilink_refresh=") && c.contains("HttpOnly")));

        // Renewing sets both again.
        let renewed = app.refresh(&refresh).await;
        assert_eq!(renewed.status(), 200);
        assert!(cookies(&renewed).iter().any(|c| c.starts_with("perilink_signed_in=1;")));
        assert!(crate::helpers::refresh_cookie(&renewed).is_some());

        // A refresh that fails clears both, so the app stops asking: an unknown
        // token, and no refresh cookie at all beside a flag.
        let unknown = app.refresh("no-such-token").await;
        assert_eq!(unknown.status(), 401);
        let cleared = cookies(&unknown);
        assert!(cleared.iter().any(|c| c.starts_with("perilink_signed_in=;") && c.contains("Max-Age=0")), "{cleared:?}");
        assert!(cleared.iter().any(|c| c.starts_with("perilink_refresh=;")), "{cleared:?}");
        let flag_alone = app.client.post(app.url("/api/auth/refresh"))
            .header("Cookie", "perilink_signed_in=1")
            .send().await.unwrap();
        assert_eq!(flag_alone.status(), 401);
        assert!(cookies(&flag_alone).iter().any(|c| c.starts_with("perilink_signed_in=;")));

        // Signing out clears both.
        let login = app.login("mother@demo.perilink.test", "demo-password").await;
        let fresh = crate::helpers::refresh_cookie(&login).unwrap();
        let out = app.client.post(app.url("/api/auth/logout"))
            .header("Cookie", format!("perilink_refresh={fresh}"))
            .send().await.unwrap();
        assert_eq!(out.status(), 204);
        let cleared = cookies(&out);
        assert!(cleared.iter().any(|c| c.starts_with("perilink_signed_in=;")), "{cleared:?}");
        assert!(cleared.iter().any(|c| c.starts_with("perilink_refresh=;")), "{cleared:?}");
    }
}

/// `POST /api/screenings` as `token`, with its JSON answer.
async fn take(app: &TestApp, token: &str, body: Value) -> (u16, Value) {
    let response = post(app, "/api/screenings", token, body).await;
    let status = response.status().as_u16();
    (status, response.json().await.unwrap())
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn without_its_licensed_wording_the_epds_is_refused_and_a_pack_may_validate_the_others() {
    // No content pack: EPDS cannot be taken, by her or in clinic; the others can,
    // marked as taken in a translation nobody validated.
    let app = TestApp::with_content(None).await;
    let (mother, _) = app.login_demo("mother").await;
    let (referrer, _) = app.login_demo("referrer").await;
    let epds = json!({"instrument": "epds", "language": "ar", "answers": [0, 0, 0, 0, 0, 0, 0, 0, 0, 1]});
    let (status, body) = take(&app, &mother, epds.clone()).await;
    assert_eq!(
        (status, body["error"]["code"].as_str()),
        (422, Some("wording_not_installed")),
        "{body}"
    );
    assert!(
        body["error"]["message"].as_str().unwrap().contains("PHQ-9"),
        "{body}"
    );
    let mother_id = get_json(&app, "/api/mothers?q=Amira", &referrer).await["mothers"][0]["id"]
        .as_str()
        .unwrap()
        .to_owned();
    let mut in_clinic = epds.clone();
    in_clinic["mother_id"] = json!(mother_id);
    let (status, body) = take(&app, &referrer, in_clinic).await;
    assert_eq!(
        (status, body["error"]["code"].as_str()),
        (422, Some("wording_not_installed")),
        "{body}"
    );
    assert_eq!(
        count(
            &app,
            &format!("SELECT COUNT(*) FROM screenings WHERE mother_id = '{mother_id}'")
        )
        .await,
        0,
        "nothing is stored"
    );
    let content = get_json(&app, "/api/screenings/content/epds/ar", &mother).await;
    assert_eq!(content["installed"], false);
    let (status, phq) = take(
        &app,
        &mother,
        json!({"instrument": "phq9", "language": "ar", "answers": [1, 1, 0, 0, 0, 0, 0, 0, 0]}),
    )
    .await;
    assert_eq!(status, 201, "{phq}");
    assert_eq!(
        phq["language_validated"], false,
        "the project's own Arabic is not validated"
    );
    drop(app);

    // A pack with a validated Arabic PHQ-9: its wording is served, and results in
    // it count as validated; a broken file is ignored.
    let dir = std::env::temp_dir().join(format!("perilink-pack-{}", uuid::Uuid::new_v4()));
    std::fs::create_dir_all(dir.join("phq9")).unwrap();
    let items: Vec<Value> = (1..=9)
        .map(|i| json!({"text": format!("Validated item {i}"), "options": ["0", "1", "2", "3"]}))
        .collect();
    std::fs::write(
        dir.join("phq9/ar.json"),
        json!({"validated": true, "items": items}).to_string(),
    )
    .unwrap();
    std::fs::write(
        dir.join("phq9/so.json"),
        json!({"validated": true, "items": [] }).to_string(),
    )
    .unwrap();
    let app = TestApp::with_content(Some(dir.clone())).await;
    let (mother, _) = app.login_demo("mother").await;
    let content = get_json(&app, "/api/screenings/content/phq9/ar", &mother).await;
    assert_eq!(
        (content["installed"].as_bool(), content["validated"].as_bool()),
        (Some(true), Some(true))
    );
    assert_eq!(content["items"][0]["text"], "Validated item 1");
    let (status, phq) = take(
        &app,
        &mother,
        json!({"instrument": "phq9", "language": "ar", "answers": [1, 1, 0, 0, 0, 0, 0, 0, 0]}),
    )
    .await;
    assert_eq!(status, 201);
    assert_eq!(phq["language_validated"], true);
    let (_, somali) = take(
        &app,
        &mother,
        json!({"instrument": "phq9", "language": "so", "answers": [1, 1, 0, 0, 0, 0, 0, 0, 0]}),
    )
    .await;
    assert_eq!(
        somali["language_validated"], false,
        "a malformed file validates nothing"
    );
    let (_, english) = take(
        &app,
        &mother,
        json!({"instrument": "gad2", "language": "en", "answers": [1, 1]}),
    )
    .await;
    assert_eq!(
        english["language_validated"], true,
        "the public English wording is the validated one"
    );
    drop(app);
    let _ = std::fs::remove_dir_all(dir);
}
