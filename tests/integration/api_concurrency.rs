//! Concurrent duplicates never fail: every write route, hit by the same request 64
//! times at once (a phone retrying while its first request is still in flight, a
//! second tap), answers only success or its documented refusal, and leaves exactly
//! one effect, on SQLite and on PostgreSQL.

use crate::helpers::{TestApp, count, db_test, message_payload, post_with_token as post, text};
use chrono::Utc;
use serde_json::{Value, json};
use std::collections::BTreeSet;

/// How many identical requests go at once.
const TWINS: usize = 64;

/// The same request sent [`TWINS`] times at once: each answer's status and JSON
/// body (`null` for none).
async fn at_once(app: &TestApp, path: &str, token: Option<&str>, body: &Value) -> Vec<(u16, Value)> {
    let requests: Vec<_> = (0..TWINS)
        .map(|_| {
            let request = app.client.post(app.url(path)).json(body);
            match token {
                Some(token) => request.bearer_auth(token),
                None => request,
            }
        })
        .collect();
    let mut set = tokio::task::JoinSet::new();
    for request in requests {
        set.spawn(async move {
            let response = request.send().await.expect("an answer");
            let status = response.status().as_u16();
            (status, response.json::<Value>().await.unwrap_or(Value::Null))
        });
    }
    set.join_all().await
}

/// Each kind of answer once: its status and, for an error, its code.
fn kinds(answers: &[(u16, Value)]) -> BTreeSet<(u16, String)> {
    answers
        .iter()
        .map(|(status, body)| {
            let code = body["error"]["code"].as_str().unwrap_or_default();
            (*status, code.to_owned())
        })
        .collect()
}

/// Asserts every answer is one of `allowed`: a status and an error code, `""` for
/// a success.
fn assert_only(answers: &[(u16, Value)], allowed: &[(u16, &str)]) {
    let allowed: BTreeSet<(u16, String)> = allowed.iter().map(|(s, c)| (*s, (*c).to_owned())).collect();
    let got = kinds(answers);
    assert!(
        got.is_subset(&allowed),
        "answers {got:?}, allowed only {allowed:?}"
    );
}

/// How many answers had this status.
fn how_many(answers: &[(u16, Value)], status: u16) -> usize {
    answers.iter().filter(|(s, _)| *s == status).count()
}

/// The demo's ESOL course at Toxteth (run by the demo host): its first date.
async fn esol_first_date(app: &TestApp) -> String {
    text(
        app,
        "SELECT o.id FROM occurrences o JOIN sessions s ON s.id = o.session_id \
         JOIN programmes p ON p.id = s.programme_id JOIN venues v ON v.id = s.venue_id \
         WHERE p.kind = 'esol' AND v.name = 'Toxteth Library' AND o.cancelled = FALSE ORDER BY o.date LIMIT 1",
    )
    .await
}

/// Signs up a new mother and returns her access token.
async fn new_mother(app: &TestApp, contact: Value) -> String {
    let mut body = json!({"name": "Nadia", "language": "en", "password": "a good long password"});
    if let (Some(body), Some(contact)) = (body.as_object_mut(), contact.as_object()) {
        body.extend(contact.clone());
    }
    let response = app.sign_up(&body).await;
    assert_eq!(response.status(), 200, "she signs up");
    let body: Value = response.json().await.expect("JSON");
    body["access_token"].as_str().expect("a token").to_owned()
}

/// A date to come of the demo's money advice session (booked, ongoing), which now
/// has a single place.
async fn one_place_left(app: &TestApp) -> String {
    places_left(app, 1).await
}

/// A date to come of the demo's money advice session, which now has `places` places.
async fn places_left(app: &TestApp, places: u32) -> String {
    let advice =
        "SELECT s.id FROM sessions s JOIN programmes p ON p.id = s.programme_id WHERE p.kind = 'advice'";
    perilink_server::service::sql::exec(
        &app.state.db,
        &format!("UPDATE sessions SET capacity = {places} WHERE id IN ({advice})"),
        vec![],
    )
    .await
    .expect("one place");
    let tomorrow = perilink_server::clock::london_today() + chrono::Duration::days(1);
    text(
        app,
        &format!(
            "SELECT id FROM occurrences WHERE session_id IN ({advice}) AND cancelled = FALSE AND booked = 0 \
             AND date >= '{tomorrow}' ORDER BY date, id LIMIT 1"
        ),
    )
    .await
}

/// A mother (`name`, `phone`) registered by `referrer`, with her consent, referred
/// to `programme` for `reason`: her id and the referral's.
async fn referred(
    app: &TestApp,
    referrer: &str,
    (name, phone): (&str, &str),
    programme: &str,
    shared_with: &str,
    reason: &str,
) -> (String, String) {
    let made = |path: String, body: Value| async move {
        let response = post(app, &path, referrer, body).await;
        assert_eq!(response.status(), 201, "{path}");
        response.json::<Value>().await.expect("JSON")["id"]
            .as_str()
            .unwrap_or_default()
            .to_owned()
    };
    let her = json!({"given_name": name, "phone": phone, "language": "pl", "interpreter_needed": false});
    let mother = made("/api/mothers".into(), her).await;
    let consent = json!({"scopes": ["contact_details", "referral_reasons"], "shared_with": shared_with, "contact": "sms"});
    made(format!("/api/mothers/{mother}/consent"), consent).await;
    let referral = json!({"mother_id": mother, "programme_id": programme, "reasons": [reason]});
    (mother, made("/api/referrals".into(), referral).await)
}

db_test! {
    async fn the_same_marks_sent_at_once_are_kept_once(app: TestApp) {
        let (host, _) = app.login_demo("host").await;
        let occurrence = esol_first_date(&app).await;
        let amira = text(&app, "SELECT id FROM mothers WHERE given_name = 'Amira'").await;
        let (mark, walk_in) = (uuid::Uuid::new_v4().to_string(), uuid::Uuid::new_v4().to_string());
        let now = Utc::now().to_rfc3339();
        let batch = json!({"marks": [
            {"id": mark, "occurrence_id": occurrence, "mother_id": amira, "status": "present", "recorded_at": now},
            {"id": walk_in, "occurrence_id": occurrence, "walk_in": {"given_name": "Zaynab", "phone": null, "language": "so"},
             "status": "present", "recorded_at": now},
        ]});
        let answers = at_once(&app, "/api/attendance/batch", Some(&host), &batch).await;
        assert_only(&answers, &[(200, "")]);
        for (index, id) in [&mark, &walk_in].into_iter().enumerate() {
            let outcomes: Vec<&str> = answers.iter().map(|(_, body)| body["results"][index]["outcome"].as_str().unwrap_or_default()).collect();
            assert_eq!(outcomes.iter().filter(|o| **o != "already_had").count(), 1, "mark {id} is applied once: {outcomes:?}");
            assert_eq!(count(&app, &format!("SELECT COUNT(*) FROM attendance_marks WHERE id = '{id}'")).await, 1);
        }
        assert_eq!(count(&app, "SELECT COUNT(*) FROM mothers WHERE given_name = 'Zaynab'").await, 1, "the walk-in is made once");
        let walk_ins: BTreeSet<&str> = answers.iter().map(|(_, body)| body["results"][1]["mother_id"].as_str().unwrap_or_default()).collect();
        assert_eq!(walk_ins.len(), 1, "every answer names the same walk-in: {walk_ins:?}");
        assert_eq!(count(&app, &format!("SELECT COUNT(*) FROM attendance WHERE occurrence_id = '{occurrence}' AND mother_id = '{amira}'")).await, 1);
    }
}

db_test! {
    async fn the_same_booking_asked_at_once_takes_one_place(app: TestApp) {
        let occurrence = one_place_left(&app).await;
        let mother = new_mother(&app, json!({"phone": "07700 900801"})).await;
        let answers = at_once(&app, "/api/bookings", Some(&mother), &json!({"occurrence_id": occurrence})).await;
        assert_only(&answers, &[(201, ""), (200, "")]);
        assert_eq!(how_many(&answers, 201), 1, "one answer creates it");
        let ids: BTreeSet<&str> = answers.iter().map(|(_, body)| body["id"].as_str().unwrap_or_default()).collect();
        assert_eq!(ids.len(), 1, "every answer is the one booking: {ids:?}");
        assert_eq!(count(&app, &format!("SELECT COUNT(*) FROM bookings WHERE occurrence_id = '{occurrence}'")).await, 1);
        assert_eq!(count(&app, &format!("SELECT booked FROM occurrences WHERE id = '{occurrence}'")).await, 1);
    }
}

db_test! {
    async fn mothers_asking_at_once_for_the_last_places_take_only_those(app: TestApp) {
        const PLACES: usize = 3;
        // Fewer than the sign-ups allowed from one address.
        const MOTHERS: usize = 8;
        let occurrence = places_left(&app, PLACES as u32).await;
        let mut mothers = Vec::new();
        for n in 0..MOTHERS {
            mothers.push(new_mother(&app, json!({"phone": format!("07700 9009{n:02}")})).await);
        }
        let before = app.state.writer.groups_committed();
        let mut set = tokio::task::JoinSet::new();
        for mother in mothers {
            let request = app
                .client
                .post(app.url("/api/bookings"))
                .bearer_auth(mother)
                .json(&json!({"occurrence_id": occurrence}));
            set.spawn(async move {
                let response = request.send().await.expect("an answer");
                let status = response.status().as_u16();
                (status, response.json::<Value>().await.unwrap_or(Value::Null))
            });
        }
        let answers = set.join_all().await;
        assert_only(&answers, &[(201, ""), (409, "full")]);
        assert_eq!(how_many(&answers, 201), PLACES, "as many booked as there are places");
        assert_eq!(count(&app, &format!("SELECT COUNT(*) FROM bookings WHERE occurrence_id = '{occurrence}'")).await, PLACES as i64);
        assert_eq!(count(&app, &format!("SELECT booked FROM occurrences WHERE id = '{occurrence}'")).await, PLACES as i64);
        // On SQLite the places were taken by the writer task, in groups.
        if matches!(app.backend, crate::helpers::Backend::Sqlite) {
            assert!(app.state.writer.is_queued());
            let groups = app.state.writer.groups_committed() - before;
            assert!((1..=MOTHERS as u64).contains(&groups), "{groups} groups");
        } else {
            assert!(!app.state.writer.is_queued(), "PostgreSQL writes on the pool");
        }
    }
}

db_test! {
    async fn the_same_cancellation_sent_at_once_gives_the_place_away_once(app: TestApp) {
        let occurrence = one_place_left(&app).await;
        let (first, second) = (
            new_mother(&app, json!({"phone": "07700 900802"})).await,
            new_mother(&app, json!({"phone": "07700 900803"})).await,
        );
        let booked = post(&app, "/api/bookings", &first, json!({"occurrence_id": occurrence})).await;
        assert_eq!(booked.status(), 201);
        let booking = booked.json::<Value>().await.expect("JSON")["id"].as_str().expect("an id").to_owned();
        let waiting = post(&app, "/api/bookings", &second, json!({"occurrence_id": occurrence, "waiting_list": true})).await;
        assert_eq!(waiting.status(), 201);
        let waiting = waiting.json::<Value>().await.expect("JSON")["id"].as_str().expect("an id").to_owned();

        let answers = at_once(&app, &format!("/api/bookings/{booking}/cancel"), Some(&first), &json!({})).await;
        assert_only(&answers, &[(204, "")]);
        assert_eq!(text(&app, &format!("SELECT status FROM bookings WHERE id = '{booking}'")).await, "cancelled");
        assert_eq!(text(&app, &format!("SELECT status FROM bookings WHERE id = '{waiting}'")).await, "booked", "the next mother gets the place");
        assert_eq!(count(&app, &format!("SELECT COUNT(*) FROM notifications WHERE kind = 'waiting_list_promoted' AND subject_id = '{waiting}'")).await, 1, "and is told once");
        assert_eq!(count(&app, &format!("SELECT booked FROM occurrences WHERE id = '{occurrence}'")).await, 1);
    }
}

db_test! {
    async fn the_same_move_of_a_referral_sent_at_once_is_made_once(app: TestApp) {
        let (referrer, _) = app.login_demo("referrer").await;
        let (host, _) = app.login_demo("host").await;
        let occurrence = esol_first_date(&app).await;
        let programme = text(&app, &format!("SELECT s.programme_id FROM sessions s JOIN occurrences o ON o.session_id = s.id WHERE o.id = '{occurrence}'")).await;
        let (mother, referral) = referred(&app, &referrer, ("Ewa", "07700 900804"), &programme, "Liverpool Libraries", "english_language").await;
        let path = format!("/api/referrals/{referral}/transitions");

        let answers = at_once(&app, &path, Some(&host), &json!({"to": "accepted"})).await;
        assert_only(&answers, &[(200, ""), (409, "illegal_transition")]);
        assert_eq!(how_many(&answers, 200), 1, "one answer does it");
        let events = |to: &str| format!("SELECT COUNT(*) FROM referral_events WHERE referral_id = '{referral}' AND to_status = '{to}'");
        assert_eq!(count(&app, &events("accepted")).await, 1);
        assert_eq!(count(&app, &format!("SELECT COUNT(*) FROM notifications WHERE kind = 'referral_accepted' AND subject_id = '{referral}'")).await, 1);

        let answers = at_once(&app, &path, Some(&host), &json!({"to": "booked", "occurrence_id": occurrence})).await;
        assert_only(&answers, &[(200, ""), (409, "illegal_transition")]);
        assert_eq!(how_many(&answers, 200), 1, "one answer does it");
        assert_eq!(count(&app, &events("booked")).await, 1);
        assert_eq!(count(&app, &format!("SELECT COUNT(*) FROM bookings WHERE mother_id = '{mother}' AND status <> 'cancelled'")).await, 1);
        assert_eq!(text(&app, &format!("SELECT status FROM referrals WHERE id = '{referral}'")).await, "booked");
    }
}

db_test! {
    async fn a_referral_booked_on_several_dates_at_once_keeps_one_booking_and_no_orphans(app: TestApp) {
        // Two taps on two dates (or two devices): each move is tried at once, each
        // with its own date. One is made; the others take no place either.
        const DATES: usize = 6;
        let (referrer, _) = app.login_demo("referrer").await;
        // The demo's money adviser has no password: given the demo's one here.
        perilink_server::service::sql::exec(
            &app.state.db,
            "UPDATE users SET password_hash = (SELECT password_hash FROM users WHERE email = 'host@demo.perilink.test') \
             WHERE email = 'adviser@demo.perilink.test'",
            vec![],
        )
        .await
        .expect("her password");
        let (adviser, _) = app.login_demo("adviser").await;
        let advice = "SELECT s.id FROM sessions s JOIN programmes p ON p.id = s.programme_id \
            WHERE p.kind = 'advice' AND p.booking = 'booking' AND p.format = 'ongoing'";
        let programme = text(&app, &format!("SELECT programme_id FROM sessions WHERE id IN ({advice}) LIMIT 1")).await;
        let tomorrow = perilink_server::clock::london_today() + chrono::Duration::days(1);
        let dates: Vec<String> = perilink_server::service::sql::ids(
            &app.state.db,
            &format!(
                "SELECT o.id FROM occurrences o JOIN sessions s ON s.id = o.session_id \
                 WHERE s.programme_id = ? AND o.cancelled = FALSE AND o.date >= '{tomorrow}' \
                 AND (s.capacity IS NULL OR o.booked < s.capacity) ORDER BY o.date, o.id LIMIT {DATES}"
            ),
            vec![programme.clone().into()],
        )
        .await
        .expect("dates");
        assert_eq!(dates.len(), DATES, "enough dates to come with places");
        let booked_before: i64 = count(&app, &format!(
            "SELECT COALESCE(SUM(booked), 0) FROM occurrences WHERE id IN ('{}')", dates.join("', '"))).await;

        let (mother, referral) = referred(&app, &referrer, ("Ola", "07700 900805"), &programme, "Citizens Advice Liverpool", "money_housing_or_work").await;
        let path = format!("/api/referrals/{referral}/transitions");
        assert_eq!(post(&app, &path, &adviser, json!({"to": "accepted"})).await.status(), 200);

        let mut set = tokio::task::JoinSet::new();
        for date in &dates {
            let request = app.client.post(app.url(&path)).bearer_auth(&adviser)
                .json(&json!({"to": "booked", "occurrence_id": date}));
            set.spawn(async move {
                let response = request.send().await.expect("an answer");
                let status = response.status().as_u16();
                (status, response.json::<Value>().await.unwrap_or(Value::Null))
            });
        }
        let answers = set.join_all().await;
        assert_only(&answers, &[(200, ""), (409, "illegal_transition"), (409, "conflict")]);
        assert_eq!(how_many(&answers, 200), 1, "one move is made");

        let live = format!("SELECT COUNT(*) FROM bookings WHERE mother_id = '{mother}' AND status <> 'cancelled'");
        assert_eq!(count(&app, &live).await, 1, "one booking, none left by the moves not made");
        assert_eq!(
            text(&app, &format!("SELECT booking_id FROM referrals WHERE id = '{referral}'")).await,
            text(&app, &format!("SELECT id FROM bookings WHERE mother_id = '{mother}'")).await,
            "the referral names the booking made"
        );
        assert_eq!(
            count(&app, &format!("SELECT COALESCE(SUM(booked), 0) FROM occurrences WHERE id IN ('{}')", dates.join("', '"))).await,
            booked_before + 1,
            "one place taken"
        );
    }
}

db_test! {
    async fn the_same_mother_registered_at_once_is_registered_once(app: TestApp) {
        // Known by her NHS number: a second registration is a conflict, however close.
        let (referrer, _) = app.login_demo("referrer").await;
        let her = json!({"given_name": "Roza", "phone": "07700 900806", "language": "pl",
            "interpreter_needed": false, "nhs_number": "943 476 5919"});
        let answers = at_once(&app, "/api/mothers", Some(&referrer), &her).await;
        assert_only(&answers, &[(201, ""), (409, "conflict")]);
        assert_eq!(how_many(&answers, 201), 1, "one answer registers her");
        assert_eq!(count(&app, "SELECT COUNT(*) FROM mothers WHERE given_name = 'Roza'").await, 1);
        let mother = text(&app, "SELECT id FROM mothers WHERE given_name = 'Roza'").await;
        assert_eq!(count(&app, &format!("SELECT COUNT(*) FROM caseload WHERE mother_id = '{mother}'")).await, 1);
        assert_eq!(
            count(&app, &format!("SELECT COUNT(*) FROM outbox WHERE template = 'account_setup' AND recipient_mother_id = '{mother}'")).await,
            1,
            "one set-up link"
        );
        assert_eq!(
            count(&app, &format!("SELECT COUNT(*) FROM account_links WHERE mother_id = '{mother}'")).await,
            1,
            "one link"
        );
        assert_eq!(
            count(&app, "SELECT COUNT(*) FROM audit_events WHERE action = 'mother.register'").await,
            1,
            "one registration audited"
        );
    }
}

db_test! {
    async fn the_same_screening_sent_at_once_is_kept_once(app: TestApp) {
        let (mother, _) = app.login_demo("mother").await;
        let id = uuid::Uuid::new_v4().to_string();
        // A probable total: one alert, once.
        let screening = json!({"id": id, "instrument": "epds", "language": "en", "answers": [3, 3, 0, 3, 2, 3, 3, 3, 3, 3]});
        let answers = at_once(&app, "/api/screenings", Some(&mother), &screening).await;
        assert_only(&answers, &[(201, ""), (200, "")]);
        assert_eq!(how_many(&answers, 201), 1, "one answer creates it");
        assert!(answers.iter().all(|(_, body)| body["id"] == id.as_str() && body["alert_raised"] == true), "every answer is the one screening");
        assert_eq!(count(&app, &format!("SELECT COUNT(*) FROM screenings WHERE id = '{id}'")).await, 1);
        assert_eq!(count(&app, &format!("SELECT COUNT(*) FROM alerts WHERE screening_id = '{id}'")).await, 1);
        assert_eq!(count(&app, &format!("SELECT COUNT(*) FROM audit_events WHERE action = 'screening.create' AND subject_id = '{id}'")).await, 1);

        // Someone else cannot take her screening's id.
        let (referrer, _) = app.login_demo("referrer").await;
        let other = text(&app, "SELECT k.mother_id FROM caseload k JOIN users u ON u.id = k.user_id \
            WHERE u.email = 'referrer@demo.perilink.test' AND k.mother_id NOT IN \
            (SELECT m.id FROM mothers m JOIN users h ON h.id = m.user_id WHERE h.email = 'mother@demo.perilink.test') \
            ORDER BY k.mother_id LIMIT 1").await;
        let taken = post(&app, "/api/screenings", &referrer, json!({"id": id, "mother_id": other, "instrument": "phq9", "language": "en", "answers": [0, 0, 0, 0, 0, 0, 0, 0, 0]})).await;
        crate::helpers::assert_error(taken, 409, "conflict").await;
        let bad = post(&app, "/api/screenings", &mother, json!({"id": "not-a-uuid", "instrument": "phq9", "language": "en", "answers": [0, 0, 0, 0, 0, 0, 0, 0, 0]})).await;
        crate::helpers::assert_error(bad, 422, "validation_failed").await;
    }
}

db_test! {
    async fn the_same_code_asked_for_at_once_leaves_one_code_working(app: TestApp) {
        new_mother(&app, json!({"email": "twins@example.org"})).await;
        let answers = at_once(&app, "/api/auth/code/request", None, &json!({"contact": "twins@example.org"})).await;
        // The limit (three a contact in ten minutes) refuses the rest; it may refuse
        // all of a burst, never let more through.
        assert_only(&answers, &[(202, ""), (429, "too_many_requests")]);
        let sent = how_many(&answers, 202) as i64;
        assert!(sent <= 3, "{sent} codes sent");
        let user = text(&app, "SELECT id FROM users WHERE email = 'twins@example.org'").await;
        assert_eq!(count(&app, &format!("SELECT COUNT(*) FROM login_codes WHERE user_id = '{user}'")).await, sent);
        assert_eq!(count(&app, &format!("SELECT COUNT(*) FROM login_codes WHERE user_id = '{user}' AND used_at IS NULL")).await, sent.min(1), "only the newest code works");
    }
}

db_test! {
    async fn the_same_code_sent_at_once_signs_in_once(app: TestApp) {
        new_mother(&app, json!({"email": "retry@example.org"})).await;
        let asked = app.post_json("/api/auth/code/request", &json!({"contact": "retry@example.org"})).await;
        assert_eq!(asked.status(), 202);
        let code = message_payload(&app, "login_code").await;
        let answers = at_once(&app, "/api/auth/code/verify", None, &json!({"contact": "retry@example.org", "code": code})).await;
        assert_only(&answers, &[(200, ""), (401, "code_invalid"), (429, "too_many_attempts")]);
        assert_eq!(how_many(&answers, 200), 1, "one answer does it");
        assert_eq!(count(&app, "SELECT COUNT(*) FROM audit_events WHERE action = 'auth.login_code'").await, 1);
        // Her own code sent again is no guess: none of the day's wrong tries is used.
        assert_eq!(count(&app, "SELECT COUNT(*) FROM login_failures WHERE key LIKE 'code-wrong:%'").await, 0);
        let late = app.post_json("/api/auth/code/verify", &json!({"contact": "retry@example.org", "code": code})).await;
        assert_eq!(late.status(), 401, "a used code signs nobody in");
        let wrong = if code == "000000" { "111111" } else { "000000" };
        let guess = app.post_json("/api/auth/code/verify", &json!({"contact": "retry@example.org", "code": wrong})).await;
        assert_eq!(guess.status(), 401);
        assert_eq!(count(&app, "SELECT COUNT(*) FROM login_failures WHERE key LIKE 'code-wrong:%'").await, 1, "a guess is counted");
    }
}

db_test! {
    async fn the_same_invitation_accepted_at_once_makes_one_account(app: TestApp) {
        let (admin, _) = app.login_demo("admin").await;
        let team = text(&app, "SELECT id FROM teams WHERE name = 'Toxteth community midwifery team'").await;
        let invited = post(&app, "/api/invitations", &admin, json!({"email": "twin.midwife@example.org", "role": "referrer", "team_id": team})).await;
        assert_eq!(invited.status(), 201);
        let link = message_payload(&app, "invitation").await;
        let token = link.split("token=").nth(1).expect("a token in the link").to_owned();
        let accept = json!({"token": token, "password": "a midwife's long passphrase", "display_name": "Twin Midwife"});
        let answers = at_once(&app, "/api/invitations/accept", None, &accept).await;
        assert_only(&answers, &[(200, ""), (410, "invitation_used")]);
        assert_eq!(how_many(&answers, 200), 1, "one answer does it");
        assert_eq!(count(&app, "SELECT COUNT(*) FROM users WHERE email = 'twin.midwife@example.org'").await, 1);
        let user = text(&app, "SELECT id FROM users WHERE email = 'twin.midwife@example.org'").await;
        assert_eq!(count(&app, &format!("SELECT COUNT(*) FROM team_members WHERE user_id = '{user}'")).await, 1);
        assert_eq!(count(&app, "SELECT COUNT(*) FROM audit_events WHERE action = 'invitation.accept'").await, 1);
    }
}
