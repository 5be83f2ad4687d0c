//! Mothers find sessions and book places: every search filter, distance order,
//! stale listings, a session's page, booking under a race for the last place,
//! the waiting list, signing up, and calendars parsed back.

use crate::helpers::{TestApp, assert_error, count as scalar, db_test, text as scalar_text};
use chrono::{Duration, NaiveDate};
use sea_orm::ConnectionTrait;
use serde_json::{Value, json};
use std::sync::atomic::{AtomicU32, Ordering};

async fn search(app: &TestApp, query: &str) -> Value {
    let response = app.get(&format!("/api/sessions?{query}")).await;
    assert_eq!(response.status(), 200, "GET /api/sessions?{query}");
    response.json().await.unwrap()
}

fn results(body: &Value) -> &Vec<Value> {
    body["results"].as_array().expect("results")
}

fn today() -> NaiveDate {
    perilink_server::clock::london_today()
}

/// Runs SQL against the test's database and has the server pick the change up.
async fn change_directory(app: &TestApp, sql: &str) {
    let db = &app.state.db;
    db.execute_unprepared(sql).await.expect(sql);
    perilink_server::directory::bump_version(db).await.unwrap();
    app.state.directory.refresh(db).await.unwrap();
}

static PHONE: AtomicU32 = AtomicU32::new(100);

/// Signs up a new mother and returns her access token.
async fn new_mother(app: &TestApp, name: &str) -> String {
    let phone = format!("07700 900{:03}", PHONE.fetch_add(1, Ordering::Relaxed) % 1000);
    let response = app
        .sign_up(&json!({"name": name, "phone": phone, "language": "en", "password": "a good password"}))
        .await;
    assert_eq!(response.status(), 200, "{name} signs up");
    let body: Value = response.json().await.unwrap();
    assert_eq!(body["user"]["role"], "mother");
    body["access_token"].as_str().unwrap().to_owned()
}

async fn book(app: &TestApp, token: &str, body: Value) -> reqwest::Response {
    app.client
        .post(app.url("/api/bookings"))
        .bearer_auth(token)
        .json(&body)
        .send()
        .await
        .unwrap()
}

async fn my_bookings(app: &TestApp, token: &str) -> Vec<Value> {
    let response = app.get_with_token("/api/me/bookings", token).await;
    assert_eq!(response.status(), 200);
    let body: Value = response.json().await.unwrap();
    body["bookings"].as_array().unwrap().clone()
}

/// The upcoming dates of the demo's money advice session (ongoing, booked,
/// capacity 6), soonest first.
async fn advice_dates(app: &TestApp) -> Vec<Value> {
    let to = today() + Duration::days(50);
    let body = search(app, &format!("kind=advice&per_page=100&to={to}")).await;
    let dates = results(&body).clone();
    assert!(dates.len() >= 5, "the demo has weekly advice dates: {body}");
    dates
}

db_test! {
    async fn the_default_search_is_the_next_fortnight_soonest_first(app: TestApp) {
        let body = search(&app, "per_page=100").await;
        let list = results(&body);
        assert!(!list.is_empty());
        assert_eq!(body["total"].as_u64().unwrap() as usize, list.len());
        let (first, last) = (today(), today() + Duration::days(13));
        let mut previous = (String::new(), String::new());
        for r in list {
            let date = NaiveDate::parse_from_str(r["date"].as_str().unwrap(), "%Y-%m-%d").unwrap();
            assert!(first <= date && date <= last, "{date} outside {first}..{last}");
            let key = (r["date"].as_str().unwrap().to_owned(), r["start_time"].as_str().unwrap().to_owned());
            assert!(key >= previous, "{key:?} after {previous:?}");
            previous = key;
            assert!(r["distance_km"].is_null());
        }

        // Pages partition the same results, and the total stays put.
        let page1 = search(&app, "per_page=3&page=1").await;
        let page2 = search(&app, "per_page=3&page=2").await;
        assert_eq!(page1["total"], body["total"]);
        assert_eq!(results(&page1).len(), 3);
        assert_eq!(results(&page1)[..], list[..3]);
        assert_eq!(results(&page2)[..], list[3..6]);
        assert_error(app.get("/api/sessions?per_page=0").await, 422, "validation_failed").await;
        assert_error(app.get("/api/sessions?per_page=101").await, 422, "validation_failed").await;
        assert_error(app.get("/api/sessions?page=first").await, 400, "bad_request").await;
        assert_error(app.get("/api/sessions?from=tomorrow").await, 422, "validation_failed").await;
        let (from, to) = (today() + Duration::days(5), today() + Duration::days(2));
        assert_error(app.get(&format!("/api/sessions?from={from}&to={to}")).await, 422, "validation_failed").await;
    }
}

db_test! {
    async fn kinds_filter_and_unknown_kinds_are_refused(app: TestApp) {
        let body = search(&app, "kind=rhyme_time&per_page=100").await;
        assert!(!results(&body).is_empty());
        assert!(results(&body).iter().all(|r| r["kind"] == "rhyme_time"));
        let body = search(&app, "kind=esol,singing&per_page=100").await;
        let kinds: std::collections::BTreeSet<&str> = results(&body).iter().map(|r| r["kind"].as_str().unwrap()).collect();
        assert_eq!(kinds.into_iter().collect::<Vec<_>>(), ["esol", "singing"]);
        assert_error(app.get("/api/sessions?kind=yoga").await, 422, "validation_failed").await;
    }
}

db_test! {
    async fn a_language_matches_delivery_or_an_interpreter_and_never_hides_esol(app: TestApp) {
        let body = search(&app, "lang=ar&per_page=100&ui=ar").await;
        let list = results(&body);
        assert!(!list.is_empty());
        for r in list {
            let speaks = |field: &str| r[field].as_array().unwrap().iter().any(|l| l == "ar");
            assert!(
                speaks("languages") || speaks("interpreter_languages") || r["kind"] == "esol",
                "{r}"
            );
        }
        // Delivered in Arabic: the Arabic rhyme time, with its own Arabic title.
        assert!(list.iter().any(|r| r["title"]["text"] == "وقت الأناشيد بالعربية والإنجليزية"
            && r["title"]["translated"] == true
            && r["venue"]["name"] == "Toxteth Library"));
        // An interpreter for Arabic: ESOL Stepping Stones at Toxteth.
        assert!(list.iter().any(|r| r["kind"] == "esol" && r["interpreter_languages"].as_array().unwrap().contains(&json!("ar"))));
        // Somali is spoken only at the hospital's breastfeeding group; ESOL, taught
        // in English to mothers of every language, is found in Somali too.
        let body = search(&app, "lang=so&per_page=100").await;
        let (esol, rest): (Vec<&Value>, Vec<&Value>) = results(&body).iter().partition(|r| r["kind"] == "esol");
        assert!(!rest.is_empty());
        assert!(rest.iter().all(|r| r["venue"]["name"] == "Liverpool Women's Hospital"));
        assert!(!esol.is_empty());
        assert_eq!(
            search(&app, "kind=esol&lang=so").await["total"],
            search(&app, "kind=esol&lang=any").await["total"],
            "every ESOL date in the fortnight, whatever language it is taught in"
        );
        assert!(
            esol.iter().any(|r| !r["interpreter_languages"].as_array().unwrap().contains(&json!("so"))),
            "including ESOL with no Somali interpreter"
        );
        assert_error(app.get("/api/sessions?lang=not%20a%20tag").await, 422, "validation_failed").await;
    }
}

db_test! {
    async fn near_a_place_means_within_the_radius_nearest_first(app: TestApp) {
        let body = search(&app, "near=L8&radius_km=3&per_page=100").await;
        let list = results(&body);
        assert!(!list.is_empty());
        let distances: Vec<f64> = list.iter().map(|r| r["distance_km"].as_f64().unwrap()).collect();
        assert!(distances.iter().all(|d| *d <= 3.0), "{distances:?}");
        assert!(distances.windows(2).all(|w| w[0] <= w[1]), "nearest first: {distances:?}");
        assert!(list.iter().any(|r| r["venue"]["name"] == "Toxteth Library"));
        assert!(list.iter().all(|r| r["venue"]["town"] != "St Helens"));
        // A full postcode works as well as a district, written any way.
        let by_postcode = search(&app, "near=l81xf&radius_km=1&per_page=100").await;
        assert!(results(&by_postcode).iter().any(|r| r["venue"]["postcode"] == "L8 1XF"));
        // Coordinates too; St Helens is 16 km away.
        let wide = search(&app, "near=53.3939,-2.9702&radius_km=30&per_page=100").await;
        assert!(results(&wide).iter().any(|r| r["venue"]["town"] == "St Helens"));

        let error = assert_error(app.get("/api/sessions?near=ZZ9%209ZZ").await, 422, "unknown_place").await;
        assert!(error["error"]["message"].as_str().unwrap().contains("ZZ9 9ZZ"));
        assert_error(app.get("/api/sessions?near=the%20park").await, 422, "validation_failed").await;
        assert_error(app.get("/api/sessions?near=L8&radius_km=0").await, 422, "validation_failed").await;
    }
}

db_test! {
    async fn stage_weekday_time_and_cost_filter(app: TestApp) {
        // Rhyme time is for babies, not bumps.
        let pregnant = search(&app, "stage=pregnant&per_page=100").await;
        assert!(!results(&pregnant).is_empty());
        assert!(results(&pregnant).iter().all(|r| r["kind"] != "rhyme_time"));
        // A toddler of 18 months: only rhyme time (0 to 24 months) fits.
        let toddler = search(&app, "stage=18&per_page=100").await;
        assert!(!results(&toddler).is_empty());
        assert!(results(&toddler).iter().all(|r| r["kind"] == "rhyme_time"));
        assert_error(app.get("/api/sessions?stage=61").await, 422, "validation_failed").await;

        let wednesdays = search(&app, "weekday=3&per_page=100").await;
        assert!(!results(&wednesdays).is_empty());
        assert!(results(&wednesdays).iter().all(|r| r["weekday"] == 3));
        assert_error(app.get("/api/sessions?weekday=8").await, 422, "validation_failed").await;

        let afternoons = search(&app, "time=afternoon&per_page=100").await;
        assert!(!results(&afternoons).is_empty());
        for r in results(&afternoons) {
            let start = r["start_time"].as_str().unwrap();
            assert!(("12:00".."17:00").contains(&start), "{start}");
        }

        // Advice starts costing money; `free` leaves it out, and the change shows
        // in search at once.
        assert!(results(&search(&app, "free=true&per_page=100").await).iter().any(|r| r["kind"] == "advice"));
        change_directory(&app, "UPDATE programmes SET cost_pence = 300 WHERE kind = 'advice'").await;
        let free = search(&app, "free=true&per_page=100").await;
        assert!(!results(&free).is_empty());
        assert!(results(&free).iter().all(|r| r["kind"] != "advice" && r["cost_pence"] == 0));
        let all = search(&app, "kind=advice").await;
        assert!(results(&all).iter().all(|r| r["cost_pence"] == 300));
    }
}

db_test! {
    async fn listings_not_checked_for_120_days_are_hidden(app: TestApp) {
        let to = today() + Duration::days(13);
        let all = search(&app, &format!("kind=rhyme_time&per_page=100&to={to}")).await;
        // The demo's St Helens rhyme time was last checked 130 days ago.
        assert!(results(&all).iter().all(|r| r["venue"]["town"] != "St Helens"), "hidden");
        // Central Library's was checked 100 days ago: flagged, but still shown.
        assert!(results(&all).iter().any(|r| r["venue"]["name"] == "Central Library"));
        let hidden_id = scalar_text(&app, "SELECT s.id FROM sessions s JOIN venues v ON v.id = s.venue_id WHERE v.town = 'St Helens' AND s.start_time = '14:00'").await;
        assert_error(app.get(&format!("/api/sessions/{hidden_id}")).await, 404, "not_found").await;

        // A venue going stale hides every session there.
        change_directory(&app, "UPDATE venues SET assured_at = '2020-01-01 00:00:00+00:00' WHERE name = 'Toxteth Library'").await;
        let after = search(&app, &format!("per_page=100&to={to}")).await;
        assert!(!results(&after).is_empty());
        assert!(results(&after).iter().all(|r| r["venue"]["name"] != "Toxteth Library"));
    }
}

db_test! {
    async fn a_sessions_page_speaks_her_language_or_says_it_is_not_translated(app: TestApp) {
        let esol = search(&app, "kind=esol&near=L8%201XF&radius_km=1").await;
        let session_id = results(&esol)[0]["session_id"].as_str().unwrap().to_owned();
        let page: Value = app.get(&format!("/api/sessions/{session_id}?ui=ar")).await.json().await.unwrap();
        assert_eq!(page["title"]["language"], "ar");
        assert_eq!(page["title"]["translated"], true);
        assert_eq!(page["what_to_bring"]["language"], "ar");
        assert_eq!(page["venue"]["name"], "Toxteth Library");
        assert_eq!(page["venue"]["postcode"], "L8 1XF");
        assert_eq!(page["venue"]["step_free"], true);
        assert!(page["venue"]["bus_routes"].as_str().unwrap().contains("Park Road"));
        assert_eq!(page["interpreter_languages"], json!(["ar", "fa"]));
        assert_eq!(page["format"], "course");
        assert_eq!(page["capacity"], 12);
        // The demo mother, referred and booked, has one of the twelve places.
        assert_eq!(page["course_places_left"], 11);
        let dates = page["next_dates"].as_array().unwrap();
        assert!(!dates.is_empty() && dates.len() <= 8);
        assert!(dates.windows(2).all(|w| w[0]["date"].as_str() < w[1]["date"].as_str()));

        // Tigrinya has no translation yet: English, marked.
        let page: Value = app.get(&format!("/api/sessions/{session_id}?ui=ti")).await.json().await.unwrap();
        assert_eq!(page["title"], json!({"text": "ESOL Stepping Stones", "language": "en", "translated": false}));
        assert_eq!(page["description"]["translated"], false);

        assert_error(app.get("/api/sessions/no-such-session").await, 404, "not_found").await;
    }
}

db_test! {
    async fn two_mothers_racing_for_the_last_place_one_gets_it(app: TestApp) {
        let dates = advice_dates(&app).await;
        change_directory(&app, "UPDATE sessions SET capacity = 1 WHERE id IN (SELECT s.id FROM sessions s JOIN programmes p ON p.id = s.programme_id WHERE p.kind = 'advice')").await;
        let (a, b) = (new_mother(&app, "Aisha").await, new_mother(&app, "Beata").await);
        for date in dates.iter().take(5) {
            let occurrence = date["occurrence_id"].as_str().unwrap();
            let body = json!({"occurrence_id": occurrence});
            let (first, second) = tokio::join!(book(&app, &a, body.clone()), book(&app, &b, body.clone()));
            let mut statuses = [first.status().as_u16(), second.status().as_u16()];
            statuses.sort();
            assert_eq!(statuses, [201, 409], "exactly one gets the last place on {}", date["date"]);
            let booked = scalar(&app, &format!("SELECT booked FROM occurrences WHERE id = '{occurrence}'")).await;
            assert_eq!(booked, 1);
            let rows = scalar(&app, &format!("SELECT COUNT(*) FROM bookings WHERE occurrence_id = '{occurrence}' AND status = 'booked'")).await;
            assert_eq!(rows, 1);
        }
        // Search shows no places left where they were taken.
        let after = search(&app, "kind=advice&per_page=5").await;
        assert_eq!(results(&after)[0]["places_left"], 0);

        // Enrolling on a course races the same way.
        let esol = search(&app, "kind=esol&near=L8%201XF&radius_km=1").await;
        let course = results(&esol)[0]["session_id"].as_str().unwrap().to_owned();
        change_directory(&app, &format!("UPDATE sessions SET capacity = enrolled + 1 WHERE id = '{course}'")).await;
        let body = json!({"session_id": course});
        let (first, second) = tokio::join!(book(&app, &a, body.clone()), book(&app, &b, body.clone()));
        let mut statuses = [first.status().as_u16(), second.status().as_u16()];
        statuses.sort();
        assert_eq!(statuses, [201, 409]);
        assert_eq!(scalar(&app, &format!("SELECT enrolled - capacity FROM sessions WHERE id = '{course}'")).await, 0);
    }
}

db_test! {
    async fn a_cancelled_place_goes_to_the_next_mother_waiting_who_is_told(app: TestApp) {
        let dates = advice_dates(&app).await;
        let occurrence = dates[0]["occurrence_id"].as_str().unwrap().to_owned();
        change_directory(&app, "UPDATE sessions SET capacity = 1 WHERE id IN (SELECT s.id FROM sessions s JOIN programmes p ON p.id = s.programme_id WHERE p.kind = 'advice')").await;
        let a = new_mother(&app, "Aisha").await;
        let b = new_mother(&app, "Beata").await;
        let c = new_mother(&app, "Chiara").await;

        let first = book(&app, &a, json!({"occurrence_id": occurrence})).await;
        assert_eq!(first.status(), 201);
        let first: Value = first.json().await.unwrap();
        assert_eq!(first["status"], "booked");
        // Asking again changes nothing.
        let again = book(&app, &a, json!({"occurrence_id": occurrence})).await;
        assert_eq!(again.status(), 200);
        assert_eq!(again.json::<Value>().await.unwrap()["id"], first["id"]);

        assert_error(book(&app, &b, json!({"occurrence_id": occurrence})).await, 409, "full").await;
        let waiting_b = book(&app, &b, json!({"occurrence_id": occurrence, "waiting_list": true})).await;
        assert_eq!(waiting_b.status(), 201);
        let waiting_b: Value = waiting_b.json().await.unwrap();
        assert_eq!(waiting_b["status"], "waiting");
        assert_eq!(waiting_b["waiting_position"], 1);
        let waiting_c: Value = book(&app, &c, json!({"occurrence_id": occurrence, "waiting_list": true})).await.json().await.unwrap();
        assert_eq!(waiting_c["waiting_position"], 2);

        // Someone else's booking cannot be cancelled.
        let stranger = app.client.post(app.url(&format!("/api/bookings/{}/cancel", first["id"].as_str().unwrap()))).bearer_auth(&c).send().await.unwrap();
        assert_error(stranger, 404, "not_found").await;

        let cancel = app.client.post(app.url(&format!("/api/bookings/{}/cancel", first["id"].as_str().unwrap()))).bearer_auth(&a).send().await.unwrap();
        assert_eq!(cancel.status(), 204);
        assert!(my_bookings(&app, &a).await.is_empty());
        let b_now = my_bookings(&app, &b).await;
        assert_eq!(b_now.len(), 1);
        assert_eq!(b_now[0]["status"], "booked");
        assert!(b_now[0]["waiting_position"].is_null());
        assert_eq!(my_bookings(&app, &c).await[0]["waiting_position"], 1);
        assert_eq!(scalar(&app, &format!("SELECT booked FROM occurrences WHERE id = '{occurrence}'")).await, 1);

        // Beata is told, in the app and by text message.
        let b_id = waiting_b["id"].as_str().unwrap();
        assert_eq!(scalar(&app, &format!("SELECT COUNT(*) FROM notifications WHERE kind = 'waiting_list_promoted' AND subject_id = '{b_id}'")).await, 1);
        assert_eq!(scalar(&app, &format!("SELECT COUNT(*) FROM outbox WHERE template = 'waiting_list_promoted' AND subject_id = '{b_id}' AND channel = 'sms'")).await, 1);

        // With nobody waiting, a cancelled place is given back.
        let c_id = my_bookings(&app, &c).await[0]["id"].as_str().unwrap().to_owned();
        let b_cancel = app.client.post(app.url(&format!("/api/bookings/{b_id}/cancel"))).bearer_auth(&b).send().await.unwrap();
        assert_eq!(b_cancel.status(), 204);
        assert_eq!(my_bookings(&app, &c).await[0]["status"], "booked");
        let c_cancel = app.client.post(app.url(&format!("/api/bookings/{c_id}/cancel"))).bearer_auth(&c).send().await.unwrap();
        assert_eq!(c_cancel.status(), 204);
        assert_eq!(scalar(&app, &format!("SELECT booked FROM occurrences WHERE id = '{occurrence}'")).await, 0);
    }
}

db_test! {
    async fn bookings_are_for_mothers_and_only_where_places_are_booked(app: TestApp) {
        let mother = new_mother(&app, "Dana").await;
        let rhyme = search(&app, "kind=rhyme_time").await;
        let drop_in = results(&rhyme)[0]["occurrence_id"].as_str().unwrap().to_owned();
        assert_error(book(&app, &mother, json!({"occurrence_id": drop_in})).await, 422, "validation_failed").await;
        let esol = search(&app, "kind=esol").await;
        let course_date = results(&esol)[0]["occurrence_id"].as_str().unwrap().to_owned();
        assert_error(book(&app, &mother, json!({"occurrence_id": course_date})).await, 422, "validation_failed").await;
        assert_error(book(&app, &mother, json!({})).await, 422, "validation_failed").await;
        assert_error(book(&app, &mother, json!({"occurrence_id": "nope"})).await, 404, "not_found").await;
        assert_error(book(&app, &mother, json!({"occurrence_id": drop_in, "extra": 1})).await, 422, "validation_failed").await;

        let anonymous = app.post_json("/api/bookings", &json!({"occurrence_id": drop_in})).await;
        assert_error(anonymous, 401, "unauthorized").await;
        let (referrer, _) = app.login_demo("referrer").await;
        assert_error(book(&app, &referrer, json!({"occurrence_id": drop_in})).await, 403, "forbidden").await;
        assert_error(app.get_with_token("/api/me/bookings", &referrer).await, 403, "forbidden").await;
    }
}

db_test! {
    async fn a_mother_signs_up_in_a_minute_and_signs_in_with_her_phone(app: TestApp) {
        let signup = |body: Value| {
            let app = &app;
            async move { app.post_json("/api/auth/signup", &body).await }
        };
        let ok = app.sign_up(&json!({"name": "Hawa", "phone": "+44 7700 900777", "language": "so", "password": "hooyo-2026-hawa"})).await;
        assert_eq!(ok.status(), 200);
        assert!(crate::helpers::refresh_cookie(&ok).is_some());
        let body: Value = ok.json().await.unwrap();
        assert_eq!(body["user"]["language"], "so");
        assert_eq!(body["user"]["phone"], "+447700900777");
        let token = body["access_token"].as_str().unwrap();
        assert!(my_bookings(&app, token).await.is_empty());
        // She signs in with her number written another way.
        assert_eq!(app.login("07700 900777", "hooyo-2026-hawa").await.status(), 200);

        // Her number again: the same answer as any sign-up, and a note to her.
        let again = signup(json!({"name": "Hawa", "phone": "07700900777", "language": "so", "password": "hooyo-2026-hawa"})).await;
        assert_eq!(again.status(), 202);
        assert_eq!(scalar(&app, "SELECT COUNT(*) FROM outbox WHERE template = 'account_exists'").await, 1);
        assert_error(signup(json!({"name": "Nobody", "language": "en", "password": "long enough"})).await, 422, "validation_failed").await;
        assert_error(signup(json!({"name": "X", "email": "x@example.org", "language": "tlh", "password": "long enough"})).await, 422, "validation_failed").await;
        assert_error(signup(json!({"name": "X", "email": "x@example.org", "language": "en", "password": "short"})).await, 422, "password_too_weak").await;
        assert_error(signup(json!({"name": "X", "email": "not-an-email", "language": "en", "password": "long enough"})).await, 422, "validation_failed").await;
        assert_error(signup(json!({"name": "", "email": "y@example.org", "language": "en", "password": "long enough"})).await, 422, "validation_failed").await;
    }
}

/// A parsed property: its parameters and value.
fn properties<'a>(
    component: &'a icalendar::parser::Component<'a>,
    name: &str,
) -> Vec<&'a icalendar::parser::Property<'a>> {
    component
        .properties
        .iter()
        .filter(|p| p.name.as_str() == name)
        .collect()
}

fn tzid(property: &icalendar::parser::Property<'_>) -> Option<String> {
    property
        .params
        .iter()
        .find(|p| p.key.as_str() == "TZID")
        .and_then(|p| p.val.as_ref())
        .map(|v| v.as_str().to_owned())
}

db_test! {
    async fn calendars_parse_back_with_london_times_and_cancelled_dates(app: TestApp) {
        let esol = search(&app, "kind=esol&near=L8%201XF&radius_km=1&per_page=100").await;
        let session_id = results(&esol)[0]["session_id"].as_str().unwrap().to_owned();
        let cancelled = results(&esol)[1]["date"].as_str().unwrap().to_owned();
        change_directory(&app, &format!("UPDATE occurrences SET cancelled = TRUE WHERE session_id = '{session_id}' AND date = '{cancelled}'")).await;

        let response = app.get(&format!("/api/sessions/{session_id}/calendar.ics")).await;
        assert_eq!(response.status(), 200);
        assert!(response.headers()["content-type"].to_str().unwrap().starts_with("text/calendar"));
        let text = response.text().await.unwrap();
        assert!(text.lines().all(|l| l.len() <= 75), "folded at 75 octets");
        assert!(text.contains("\r\n"), "CRLF line ends");
        let unfolded = icalendar::parser::unfold(&text);
        let calendar = icalendar::parser::read_calendar(&unfolded).expect("valid iCalendar");
        let version = calendar.properties.iter().find(|p| p.name.as_str() == "VERSION").expect("VERSION");
        assert_eq!(version.val.as_str(), "2.0");
        let timezone = calendar.components.iter().find(|c| c.name.as_str() == "VTIMEZONE").expect("a VTIMEZONE");
        assert_eq!(properties(timezone, "TZID")[0].val.as_str(), "Europe/London");
        let event = calendar.components.iter().find(|c| c.name.as_str() == "VEVENT").expect("a VEVENT");
        let start = properties(event, "DTSTART")[0];
        assert_eq!(tzid(start).as_deref(), Some("Europe/London"));
        assert!(start.val.as_str().ends_with("T100000"), "starts at 10:00 London time: {}", start.val.as_str());
        assert!(properties(event, "RRULE")[0].val.as_str().starts_with("FREQ=WEEKLY;INTERVAL=1"));
        let exdates: Vec<String> = properties(event, "EXDATE").iter().map(|p| {
            assert_eq!(tzid(p).as_deref(), Some("Europe/London"));
            p.val.as_str().to_owned()
        }).collect();
        assert!(exdates.contains(&format!("{}T100000", cancelled.replace('-', ""))), "{exdates:?}");
        assert!(properties(event, "LOCATION")[0].val.as_str().contains("L8 1XF"));

        // Her private feed holds what she booked, without signing in.
        let mother = new_mother(&app, "Eman").await;
        let advice = advice_dates(&app).await;
        let date = advice[0]["date"].as_str().unwrap().replace('-', "");
        assert_eq!(book(&app, &mother, json!({"occurrence_id": advice[0]["occurrence_id"]})).await.status(), 201);
        assert_eq!(book(&app, &mother, json!({"session_id": session_id})).await.status(), 201);
        let feed: Value = app.get_with_token("/api/me/calendar", &mother).await.json().await.unwrap();
        let path = feed["path"].as_str().unwrap().to_owned();
        let again: Value = app.get_with_token("/api/me/calendar", &mother).await.json().await.unwrap();
        assert_eq!(again["path"], path.as_str(), "the address stays the same");
        let text = app.get(&path).await.text().await.unwrap();
        let unfolded = icalendar::parser::unfold(&text);
        let calendar = icalendar::parser::read_calendar(&unfolded).expect("valid iCalendar");
        let events: Vec<_> = calendar.components.iter().filter(|c| c.name.as_str() == "VEVENT").collect();
        assert_eq!(events.len(), 2);
        let single = events.iter().find(|e| properties(e, "RRULE").is_empty()).expect("the booked date");
        assert_eq!(properties(single, "DTSTART")[0].val.as_str(), format!("{date}T093000"));
        assert!(events.iter().any(|e| !properties(e, "RRULE").is_empty()), "the course repeats");
        assert_error(app.get("/api/calendar/0123456789abcdef0123456789abcdef0123456789abcdef.ics").await, 404, "not_found").await;
    }
}

db_test! {
    async fn anyone_can_say_a_listing_is_wrong(app: TestApp) {
        let rhyme = search(&app, "kind=rhyme_time").await;
        let session_id = results(&rhyme)[0]["session_id"].as_str().unwrap().to_owned();
        let response = app.post_json(&format!("/api/sessions/{session_id}/reports"), &json!({"note": "It moved to Thursdays"})).await;
        assert_eq!(response.status(), 201);
        assert_eq!(scalar(&app, &format!("SELECT COUNT(*) FROM listing_reports WHERE session_id = '{session_id}' AND resolved_at IS NULL")).await, 1);
        let long = "x".repeat(1001);
        assert_error(app.post_json(&format!("/api/sessions/{session_id}/reports"), &json!({"note": long})).await, 422, "validation_failed").await;
        assert_error(app.post_json("/api/sessions/nope/reports", &json!({})).await, 404, "not_found").await;
    }
}

db_test! {
    async fn a_sessions_page_from_the_snapshot_equals_the_databases_and_its_places_are_exact(app: TestApp) {
        use perilink_server::service::listings;
        let db = &app.state.db;
        // A date taken by another server (the database moved on, this server's
        // snapshot did not) and a date cancelled ahead: the page shows both at once.
        let advice = advice_dates(&app).await;
        let taken = advice[0]["occurrence_id"].as_str().unwrap().to_owned();
        db.execute_unprepared(&format!("UPDATE occurrences SET booked = booked + 2 WHERE id = '{taken}'")).await.unwrap();
        let cancelled = advice.iter().skip(1).find(|d| d["session_id"] == advice[0]["session_id"])
            .expect("a second date of the same session")["occurrence_id"].as_str().unwrap().to_owned();
        db.execute_unprepared(&format!("UPDATE occurrences SET cancelled = TRUE WHERE id = '{cancelled}'")).await.unwrap();

        let today = today();
        let ids: Vec<String> = db
            .query_all_raw(sea_orm::Statement::from_string(db.get_database_backend(), "SELECT id FROM sessions ORDER BY id"))
            .await.unwrap().iter().map(|r| r.try_get_by_index(0).unwrap()).collect();
        assert!(ids.len() > 10, "the demo's sessions");
        let (mut shown, mut hidden) = (0, 0);
        for id in &ids {
            for language in perilink_shared::language::Language::ALL {
                let tag = language.tag();
                let reference = match listings::load(db, id).await.unwrap().filter(listings::Listing::is_current) {
                    Some(listing) => Some(serde_json::to_value(listings::detail(db, &listing, tag, today).await.unwrap()).unwrap()),
                    None => None,
                };
                let response = app.get(&format!("/api/sessions/{id}?ui={tag}")).await;
                match reference {
                    Some(expected) => {
                        assert_eq!(response.status(), 200, "{id} in {tag}");
                        let page: Value = response.json().await.unwrap();
                        assert_eq!(page, expected, "{id} in {tag}");
                        shown += 1;
                    }
                    None => {
                        assert_error(response, 404, "not_found").await;
                        hidden += 1;
                    }
                }
            }
        }
        assert!(shown > 0 && hidden > 0, "both current and stale listings compared: {shown} and {hidden}");

        let session_of = scalar_text(&app, &format!("SELECT session_id FROM occurrences WHERE id = '{taken}'")).await;
        let page: Value = app.get(&format!("/api/sessions/{session_of}")).await.json().await.unwrap();
        let date = |id: &str| page["next_dates"].as_array().unwrap().iter().find(|d| d["occurrence_id"] == id).cloned();
        let capacity = page["capacity"].as_u64().expect("advice takes bookings");
        assert_eq!(date(&taken).expect("the taken date")["places_left"].as_u64(), Some(capacity - 2));
        assert_eq!(date(&cancelled).expect("the cancelled date")["cancelled"], true);
    }
}
