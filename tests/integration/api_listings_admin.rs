//! Coordinators keep the directory right under `/api/directory`: what they add and
//! change shows in session search at once, only they may do it, bad values get a
//! clear 422, stale listings are flagged then hidden, and reports are closed.

use crate::helpers::{TestApp, assert_error, db_test};
use chrono::{Datelike, Duration, NaiveDate};
use serde_json::{Value, json};

async fn send(
    app: &TestApp,
    method: &str,
    path: &str,
    token: Option<&str>,
    body: Option<&Value>,
) -> reqwest::Response {
    let method = reqwest::Method::from_bytes(method.as_bytes()).unwrap();
    let mut request = app.client.request(method, app.url(path));
    if let Some(token) = token {
        request = request.bearer_auth(token);
    }
    if let Some(body) = body {
        request = request.json(body);
    }
    request.send().await.expect("a response")
}

/// Sends a request that must succeed with `status`, and returns its JSON body.
async fn ok(
    app: &TestApp,
    method: &str,
    path: &str,
    token: &str,
    body: Option<&Value>,
    status: u16,
) -> Value {
    let response = send(app, method, path, Some(token), body).await;
    let got = response.status().as_u16();
    let text = response.text().await.unwrap();
    assert_eq!(got, status, "{method} {path}: {text}");
    if text.is_empty() {
        Value::Null
    } else {
        serde_json::from_str(&text).unwrap()
    }
}

fn today() -> NaiveDate {
    perilink_server::clock::london_today()
}

fn ymd(date: NaiveDate) -> String {
    date.format("%Y-%m-%d").to_string()
}

/// Session search results for one session.
async fn found(app: &TestApp, query: &str, session_id: &str) -> Vec<Value> {
    let body: Value = app
        .get(&format!("/api/sessions?{query}&per_page=100"))
        .await
        .json()
        .await
        .unwrap();
    body["results"]
        .as_array()
        .unwrap_or_else(|| panic!("results in {body}"))
        .iter()
        .filter(|r| r["session_id"] == session_id)
        .cloned()
        .collect()
}

fn dates(results: &[Value]) -> Vec<String> {
    results
        .iter()
        .map(|r| r["date"].as_str().unwrap().to_owned())
        .collect()
}

struct Built {
    organisation: Value,
    venue: Value,
    programme: Value,
    host_id: String,
}

/// The coordinator's own organisation (the demo's libraries: a coordinator keeps
/// only her organisation's listings), a venue in Chester (far from the demo's)
/// found by its postcode, and a singing programme in English and Arabic.
async fn build(app: &TestApp, token: &str) -> Built {
    let organisations = ok(app, "GET", "/api/directory/organisations", token, None, 200).await;
    let organisation = organisations["organisations"]
        .as_array()
        .unwrap()
        .iter()
        .find(|o| o["name"] == "Liverpool Libraries")
        .expect("the demo coordinator's organisation")
        .clone();
    assert_eq!(organisation["kind"], "library_service");
    let venue = ok(
        app,
        "POST",
        "/api/directory/venues",
        token,
        Some(&json!({
            "organisation_id": organisation["id"],
            "name": "Storyhouse",
            "address": "Hunter Street",
            "town": "Chester",
            "postcode": "ch1 2aa",
            "step_free": true,
            "buggy_space": true,
            "baby_change": true,
            "breastfeeding_welcome": true,
            "bus_routes": "Buses stop on Northgate Street."
        })),
        201,
    )
    .await;
    assert_eq!(venue["postcode"], "CH1 2AA");
    let (lat, lon) = (venue["lat"].as_f64().unwrap(), venue["lon"].as_f64().unwrap());
    assert!(
        (lat - 53.19).abs() < 0.01 && (lon + 2.89).abs() < 0.01,
        "{lat},{lon} from the postcode"
    );
    assert_eq!(venue["check"]["days_since_checked"], 0);
    assert_eq!(venue["check"]["owned_by_me"], true);
    assert_eq!(venue["check"]["owner_name"], "Priya Nair");

    let programme = ok(
        app,
        "POST",
        "/api/directory/programmes",
        token,
        Some(&json!({
            "organisation_id": organisation["id"],
            "kind": "singing",
            "for_pregnant": true,
            "baby_min_months": 0,
            "baby_max_months": 12,
            "cost_pence": 0,
            "booking": "drop_in",
            "format": "ongoing",
            "translations": [
                {"language": "en", "title": "Chester singing for mums", "description": "Sing with your baby.", "what_to_bring": "Just your baby."},
                {"language": "ar", "title": "الغناء للأمهات في تشيستر", "description": "غنّي مع طفلك."}
            ]
        })),
        201,
    )
    .await;
    assert_eq!(programme["title"], "Chester singing for mums");
    assert_eq!(programme["translations"].as_array().unwrap().len(), 2);
    assert_eq!(programme["translations"][0]["language"], "en");

    let hosts = ok(app, "GET", "/api/directory/hosts", token, None, 200).await;
    let host_id = hosts["hosts"]
        .as_array()
        .unwrap()
        .iter()
        .find(|h| h["name"] == "Joanne Pryce")
        .expect("the demo host can host")["id"]
        .as_str()
        .unwrap()
        .to_owned();
    Built {
        organisation,
        venue,
        programme,
        host_id,
    }
}

/// A weekly session tomorrow's weekday, from today for eight weeks.
fn weekly_session(built: &Built, cancelled: &[NaiveDate]) -> Value {
    let tomorrow = today() + Duration::days(1);
    json!({
        "programme_id": built.programme["id"],
        "venue_id": built.venue["id"],
        "host_id": built.host_id,
        "frequency": "weekly",
        "weekday": tomorrow.weekday().number_from_monday(),
        "start_time": "10:00",
        "end_time": "11:30",
        "starts_on": ymd(today()),
        "ends_on": ymd(today() + Duration::weeks(8)),
        "capacity": null,
        "languages": ["en", "AR"],
        "interpreter_languages": ["ckb"],
        "cancelled_dates": cancelled.iter().map(|d| ymd(*d)).collect::<Vec<_>>()
    })
}

db_test! {
    async fn what_a_coordinator_adds_and_changes_is_found_at_once(app: TestApp) {
        let (token, _) = app.login_demo("coordinator").await;
        let built = build(&app, &token).await;
        let tomorrow = today() + Duration::days(1);
        let week_after = tomorrow + Duration::weeks(1);
        let mut body = weekly_session(&built, &[week_after]);
        let session = ok(&app, "POST", "/api/directory/sessions", &token, Some(&body), 201).await;
        let id = session["id"].as_str().unwrap().to_owned();
        assert_eq!(session["title"], "Chester singing for mums");
        assert_eq!(session["languages"], json!(["en", "ar"]));
        assert_eq!(session["cancelled_dates"], json!([ymd(week_after)]));
        assert_eq!(session["venue_name"], "Storyhouse");

        // Eight weeks of dates, one of them cancelled.
        {
            use perilink_server::entity::occurrence;
            use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};
            let rows = occurrence::Entity::find()
                .filter(occurrence::Column::SessionId.eq(id.as_str()))
                .all(&app.state.db)
                .await
                .unwrap();
            assert_eq!(rows.len(), 8, "weekly for eight weeks");
            assert!(rows.iter().all(|o| o.date.weekday() == tomorrow.weekday()));
            let cancelled: Vec<NaiveDate> = rows.iter().filter(|o| o.cancelled).map(|o| o.date).collect();
            assert_eq!(cancelled, [week_after]);
        }

        // Search finds it near its postcode, but not on the cancelled date.
        let window = format!("near=CH1%202AA&kind=singing&from={}&to={}", ymd(tomorrow), ymd(tomorrow + Duration::days(13)));
        let results = found(&app, &window, &id).await;
        assert_eq!(dates(&results), [ymd(tomorrow)]);
        assert_eq!(results[0]["title"]["text"], "Chester singing for mums");
        assert_eq!(results[0]["start_time"], "10:00");
        assert_eq!(results[0]["venue"]["name"], "Storyhouse");
        let arabic = found(&app, &format!("{window}&ui=ar"), &id).await;
        assert_eq!(arabic[0]["title"]["text"], "الغناء للأمهات في تشيستر");
        // Nowhere near Toxteth.
        assert!(found(&app, "near=L8%201XF&kind=singing", &id).await.is_empty());

        // A new time and no cancelled dates show at once.
        body["start_time"] = json!("18:00");
        body["end_time"] = json!("19:00");
        body["cancelled_dates"] = json!([]);
        let edited = ok(&app, "PUT", &format!("/api/directory/sessions/{id}"), &token, Some(&body), 200).await;
        assert_eq!(edited["cancelled_dates"], json!([]));
        let results = found(&app, &window, &id).await;
        assert_eq!(dates(&results), [ymd(tomorrow), ymd(week_after)]);
        assert!(results.iter().all(|r| r["start_time"] == "18:00"));
        // Cancelling another date takes it out of search at once.
        body["cancelled_dates"] = json!([ymd(tomorrow)]);
        ok(&app, "PUT", &format!("/api/directory/sessions/{id}"), &token, Some(&body), 200).await;
        assert_eq!(dates(&found(&app, &window, &id).await), [ymd(week_after)]);

        // A renamed venue, and a Polish title, show at once.
        let mut venue = json!({
            "organisation_id": built.organisation["id"],
            "name": "Storyhouse Library",
            "address": "Hunter Street",
            "town": "Chester",
            "postcode": "CH1 2AA",
            "lat": 53.1910,
            "lon": -2.8935
        });
        let changed = ok(&app, "PUT", &format!("/api/directory/venues/{}", built.venue["id"].as_str().unwrap()), &token, Some(&venue), 200).await;
        assert_eq!(changed["lat"], 53.1910);
        assert_eq!(found(&app, &window, &id).await[0]["venue"]["name"], "Storyhouse Library");
        let programme_id = built.programme["id"].as_str().unwrap();
        let translated = ok(
            &app,
            "PUT",
            &format!("/api/directory/programmes/{programme_id}/translations/pl"),
            &token,
            Some(&json!({"title": "Śpiew dla mam w Chester", "description": "Śpiewaj z dzieckiem."})),
            200,
        )
        .await;
        assert_eq!(translated["translations"].as_array().unwrap().len(), 3);
        assert_eq!(found(&app, &format!("{window}&ui=pl"), &id).await[0]["title"]["text"], "Śpiew dla mam w Chester");

        // The session's own title overrides its programme's.
        ok(
            &app,
            "PUT",
            &format!("/api/directory/sessions/{id}/translations/en"),
            &token,
            Some(&json!({"title": "Evening singing for mums"})),
            200,
        )
        .await;
        assert_eq!(found(&app, &window, &id).await[0]["title"]["text"], "Evening singing for mums");

        // A new weekday re-makes the dates from today on.
        // Tomorrow's date goes, so it can no longer be the one cancelled.
        let day_after = tomorrow + Duration::days(1);
        body["weekday"] = json!(day_after.weekday().number_from_monday());
        let response = send(&app, "PUT", &format!("/api/directory/sessions/{id}"), Some(&token), Some(&body)).await;
        assert_error(response, 422, "validation_failed").await;
        body["cancelled_dates"] = json!([]);
        ok(&app, "PUT", &format!("/api/directory/sessions/{id}"), &token, Some(&body), 200).await;
        let results = found(&app, &window, &id).await;
        assert_eq!(dates(&results), [ymd(day_after), ymd(day_after + Duration::weeks(1))]);

        // A programme edit keeps its words and marks it checked.
        let programme_body = json!({
            "organisation_id": built.organisation["id"],
            "kind": "singing",
            "booking": "drop_in",
            "format": "ongoing",
            "cost_pence": 150
        });
        let edited = ok(&app, "PUT", &format!("/api/directory/programmes/{programme_id}"), &token, Some(&programme_body), 200).await;
        assert_eq!(edited["cost_pence"], 150);
        assert_eq!(edited["translations"].as_array().unwrap().len(), 3);
        assert!(found(&app, &format!("{window}&free=true"), &id).await.is_empty());

        // The lists hold what was made.
        let lists = [
            ("organisations", built.organisation["id"].clone()),
            ("venues", built.venue["id"].clone()),
            ("programmes", built.programme["id"].clone()),
            ("sessions", json!(id)),
        ];
        for (list, wanted) in lists {
            let body = ok(&app, "GET", &format!("/api/directory/{list}"), &token, None, 200).await;
            assert!(body[list].as_array().unwrap().iter().any(|item| item["id"] == wanted), "{list}");
        }
        venue["name"] = json!("");
        let response = send(&app, "PUT", &format!("/api/directory/venues/{}", built.venue["id"].as_str().unwrap()), Some(&token), Some(&venue)).await;
        assert_error(response, 422, "validation_failed").await;
    }
}

db_test! {
    async fn only_coordinators_and_admins_keep_the_directory(app: TestApp) {
        let gets = [
            "/api/directory/organisations",
            "/api/directory/venues",
            "/api/directory/programmes",
            "/api/directory/sessions",
            "/api/directory/hosts",
            "/api/directory/stale",
            "/api/directory/reports",
        ];
        let posts = [
            "/api/directory/organisations",
            "/api/directory/venues",
            "/api/directory/programmes",
            "/api/directory/sessions",
            "/api/directory/venues/x/checked",
            "/api/directory/reports/x/resolve",
        ];
        let body = json!({"name": "Anything", "kind": "charity"});
        for path in gets {
            assert_error(send(&app, "GET", path, None, None).await, 401, "unauthorized").await;
        }
        for path in posts {
            assert_error(send(&app, "POST", path, None, Some(&body)).await, 401, "unauthorized").await;
        }
        for role in ["mother", "referrer", "host"] {
            let (token, _) = app.login_demo(role).await;
            for path in gets {
                assert_error(send(&app, "GET", path, Some(&token), None).await, 403, "forbidden").await;
            }
            for path in posts {
                assert_error(send(&app, "POST", path, Some(&token), Some(&body)).await, 403, "forbidden").await;
            }
            let put = send(&app, "PUT", "/api/directory/organisations/x", Some(&token), Some(&body)).await;
            assert_error(put, 403, "forbidden").await;
        }
        for role in ["coordinator", "admin"] {
            let (token, _) = app.login_demo(role).await;
            for path in gets {
                ok(&app, "GET", path, &token, None, 200).await;
            }
        }
        let (token, _) = app.login_demo("admin").await;
        let made = ok(&app, "POST", "/api/directory/organisations", &token, Some(&body), 201).await;
        let path = format!("/api/directory/organisations/{}", made["id"].as_str().unwrap());
        let renamed = ok(&app, "PUT", &path, &token, Some(&json!({"name": "Renamed", "kind": "other"})), 200).await;
        assert_eq!(renamed["name"], "Renamed");
        assert_error(send(&app, "PUT", "/api/directory/organisations/nope", Some(&token), Some(&body)).await, 404, "not_found").await;
        assert_error(send(&app, "POST", "/api/directory/sessions/nope/checked", Some(&token), None).await, 404, "not_found").await;
    }
}

db_test! {
    async fn bad_values_get_a_clear_422(app: TestApp) {
        let (token, _) = app.login_demo("coordinator").await;
        let built = build(&app, &token).await;
        let organisation_id = built.organisation["id"].clone();
        let refused = |path: &'static str, body: Value, code: &'static str| {
            let (app, token) = (&app, &token);
            async move {
                let response = send(app, "POST", path, Some(token), Some(&body)).await;
                let error = assert_error(response, 422, code).await;
                error["error"]["message"].as_str().unwrap().to_owned()
            }
        };

        // Venues: an unknown postcode, one that is not a postcode, half a place.
        let venue = |postcode: &str| json!({
            "organisation_id": organisation_id, "name": "Somewhere", "address": "1 Road",
            "town": "Town", "postcode": postcode
        });
        let message = refused("/api/directory/venues", venue("ZZ9 9ZZ"), "unknown_place").await;
        assert!(message.contains("ZZ9"), "{message}");
        refused("/api/directory/venues", venue("nowhere"), "validation_failed").await;
        let mut half = venue("L8 1XF");
        half["lat"] = json!(53.4);
        refused("/api/directory/venues", half, "validation_failed").await;
        let mut unknown_org = venue("L8 1XF");
        unknown_org["organisation_id"] = json!("nope");
        refused("/api/directory/venues", unknown_org, "validation_failed").await;

        // Organisations and programmes: unknown kinds, missing English.
        refused("/api/directory/organisations", json!({"name": "X", "kind": "cartel"}), "validation_failed").await;
        refused("/api/directory/organisations", json!({"name": "  ", "kind": "charity"}), "validation_failed").await;
        let programme = |kind: &str, translations: Value| json!({
            "organisation_id": organisation_id, "kind": kind, "booking": "booking", "format": "course",
            "translations": translations
        });
        let english = json!([{"language": "en", "title": "Yoga", "description": "Stretch."}]);
        refused("/api/directory/programmes", programme("yoga", english.clone()), "validation_failed").await;
        let message = refused(
            "/api/directory/programmes",
            programme("other", json!([{"language": "pl", "title": "Joga", "description": "Rozciąganie."}])),
            "validation_failed",
        )
        .await;
        assert!(message.contains("English"), "{message}");
        refused("/api/directory/programmes", programme("other", json!([{"language": "xx", "title": "T", "description": "D"}])), "validation_failed").await;
        let mut babies = programme("other", english.clone());
        babies["baby_min_months"] = json!(12);
        babies["baby_max_months"] = json!(3);
        refused("/api/directory/programmes", babies, "validation_failed").await;
        let path = format!("/api/directory/programmes/{}/translations/klingon", built.programme["id"].as_str().unwrap());
        let response = send(&app, "PUT", &path, Some(&token), Some(&json!({"title": "T", "description": "D"}))).await;
        assert_error(response, 422, "validation_failed").await;

        // Sessions: end before start, weekday 8, bad tags and dates.
        let session = |change: &dyn Fn(&mut Value)| {
            let mut body = weekly_session(&built, &[]);
            change(&mut body);
            body
        };
        let message = refused("/api/directory/sessions", session(&|b| b["end_time"] = json!("09:00")), "validation_failed").await;
        assert!(message.contains("end_time"), "{message}");
        let message = refused("/api/directory/sessions", session(&|b| b["weekday"] = json!(8)), "validation_failed").await;
        assert!(message.contains("weekday"), "{message}");
        let changes: Vec<(&str, Value)> = vec![
            ("start_time", json!("10am")),
            ("weekday", json!(-1)),
            ("frequency", json!("monthly")),
            ("languages", json!([])),
            ("languages", json!(["not a language"])),
            ("starts_on", json!("tomorrow")),
            ("ends_on", json!("2000-01-01")),
            ("capacity", json!(0)),
            ("venue_id", json!("nope")),
            ("host_id", json!("nope")),
            ("surprise", json!(true)),
            ("cancelled_dates", json!([ymd(today() + Duration::days(2))])),
        ];
        for (field, value) in changes {
            refused("/api/directory/sessions", session(&|b| b[field] = value.clone()), "validation_failed").await;
        }
        // Nothing half-made was left behind.
        let sessions = ok(&app, "GET", "/api/directory/sessions", &token, None, 200).await;
        assert!(sessions["sessions"].as_array().unwrap().iter().all(|s| s["venue_id"] != built.venue["id"]));
    }
}

/// The demo session at `venue` on `weekday`, as coordinators list it.
async fn demo_session(app: &TestApp, token: &str, venue: &str, weekday: u8, start: &str) -> Value {
    let sessions = ok(app, "GET", "/api/directory/sessions", token, None, 200).await;
    sessions["sessions"]
        .as_array()
        .unwrap()
        .iter()
        .find(|s| s["venue_name"] == venue && s["weekday"] == weekday && s["start_time"] == start)
        .unwrap_or_else(|| panic!("a session at {venue} on day {weekday}"))
        .clone()
}

db_test! {
    async fn stale_listings_are_flagged_to_their_owner_then_hidden(app: TestApp) {
        let (token, _) = app.login_demo("coordinator").await;
        let stale = ok(&app, "GET", "/api/directory/stale", &token, None, 200).await;
        let listings = stale["listings"].as_array().unwrap();
        assert_eq!(listings.len(), 2, "{stale}");
        // Longest unchecked first: the St Helens rhyme time, hidden from mothers.
        let hidden = &listings[0];
        assert_eq!(hidden["kind"], "session");
        assert_eq!(hidden["title"], "Rhyme time");
        assert_eq!(hidden["venue_name"], "St Helens Central Library");
        assert_eq!(hidden["weekday"], 2);
        assert_eq!(hidden["start_time"], "14:00");
        assert_eq!(hidden["check"]["days_since_checked"], 130);
        assert_eq!(hidden["check"]["hidden"], true);
        assert_eq!(hidden["check"]["owned_by_me"], true);
        assert_eq!(hidden["check"]["owner_name"], "Priya Nair");
        let flagged = &listings[1];
        assert_eq!(flagged["venue_name"], "Central Library");
        assert_eq!(flagged["weekday"], 5);
        assert_eq!(flagged["check"]["days_since_checked"], 100);
        assert_eq!(flagged["check"]["flagged"], true);
        assert_eq!(flagged["check"]["hidden"], false);

        // An admin sees them too, as someone else's.
        let (admin, _) = app.login_demo("admin").await;
        let seen = ok(&app, "GET", "/api/directory/stale", &admin, None, 200).await;
        assert_eq!(seen["listings"].as_array().unwrap().len(), 2);
        assert_eq!(seen["listings"][0]["check"]["owned_by_me"], false);

        // Their owner was told once per listing, however often the list is read.
        let notices = || async {
            use perilink_server::entity::notification;
            use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};
            notification::Entity::find()
                .filter(notification::Column::Kind.eq("listing_stale"))
                .all(&app.state.db)
                .await
                .unwrap()
        };
        let told = notices().await;
        assert_eq!(told.len(), 2);
        assert_eq!(told.iter().filter(|n| n.read_at.is_none()).count(), 2);
        let coordinator = &hidden["check"]["owner_id"];
        assert!(told.iter().all(|n| n.user_id == coordinator.as_str().unwrap()));

        // The hidden one is not found until it is checked, then at once.
        let hidden_id = hidden["id"].as_str().unwrap();
        let near = "near=WA10%201DY&kind=rhyme_time&weekday=2&to=";
        let window = format!("{near}{}", ymd(today() + Duration::days(30)));
        assert!(found(&app, &window, hidden_id).await.is_empty());
        let path = format!("/api/directory/sessions/{hidden_id}/checked");
        assert!(ok(&app, "POST", &path, &token, None, 204).await.is_null());
        assert!(!found(&app, &window, hidden_id).await.is_empty());
        let again = ok(&app, "GET", "/api/directory/stale", &token, None, 200).await;
        assert_eq!(again["listings"].as_array().unwrap().len(), 1);
        let told = notices().await;
        assert_eq!(told.len(), 2, "no new notice");
        let settled = told.iter().find(|n| n.subject_id.as_deref() == Some(hidden_id)).unwrap();
        assert!(settled.read_at.is_some());

        // Checking the Friday one, and the same listing found in the lists.
        let friday = demo_session(&app, &token, "Central Library", 5, "10:30").await;
        assert_eq!(friday["id"], flagged["id"]);
        assert_eq!(friday["check"]["flagged"], true);
        let path = format!("/api/directory/sessions/{}/checked", friday["id"].as_str().unwrap());
        ok(&app, "POST", &path, &token, None, 204).await;
        let none = ok(&app, "GET", "/api/directory/stale", &token, None, 200).await;
        assert_eq!(none["listings"], json!([]));
        // She checks her own organisation's venues and programmes, not another's.
        let libraries = crate::helpers::text(&app, "SELECT id FROM organisations WHERE name = 'Liverpool Libraries'").await;
        let own = |list: &Value, key: &str, mine: bool| {
            list[key].as_array().unwrap().iter().find(|x| (x["organisation_id"] == libraries.as_str()) == mine).unwrap()["id"].as_str().unwrap().to_owned()
        };
        let venues = ok(&app, "GET", "/api/directory/venues", &token, None, 200).await;
        ok(&app, "POST", &format!("/api/directory/venues/{}/checked", own(&venues, "venues", true)), &token, None, 204).await;
        let theirs = send(&app, "POST", &format!("/api/directory/venues/{}/checked", own(&venues, "venues", false)), Some(&token), None).await;
        assert_error(theirs, 403, "forbidden").await;
        let programmes = ok(&app, "GET", "/api/directory/programmes", &token, None, 200).await;
        ok(&app, "POST", &format!("/api/directory/programmes/{}/checked", own(&programmes, "programmes", true)), &token, None, 204).await;
    }
}

db_test! {
    async fn reports_of_wrong_information_are_listed_and_resolved(app: TestApp) {
        let (token, _) = app.login_demo("coordinator").await;
        let session = demo_session(&app, &token, "Toxteth Library", 1, "10:30").await;
        let id = session["id"].as_str().unwrap();
        let response = app
            .post_json(&format!("/api/sessions/{id}/reports"), &json!({"note": "It starts at 11 now."}))
            .await;
        assert_eq!(response.status(), 201);
        let reports = ok(&app, "GET", "/api/directory/reports", &token, None, 200).await;
        let reports = reports["reports"].as_array().unwrap();
        assert_eq!(reports.len(), 1);
        let report = &reports[0];
        assert_eq!(report["session_id"], id);
        assert_eq!(report["title"], "Arabic and English rhyme time");
        assert_eq!(report["venue_name"], "Toxteth Library");
        assert_eq!(report["note"], "It starts at 11 now.");
        assert_eq!(report["reason"], Value::Null);
        assert_eq!(report["owned_by_me"], true);
        // What is wrong, picked in one tap, reaches the owner as it was picked.
        let picked = app
            .post_json(&format!("/api/sessions/{id}/reports"), &json!({"reason": "cancelled"}))
            .await;
        assert_eq!(picked.status(), 201);
        assert_error(
            app.post_json(&format!("/api/sessions/{id}/reports"), &json!({"reason": "boring"})).await,
            422,
            "validation_failed",
        )
        .await;
        let both = ok(&app, "GET", "/api/directory/reports", &token, None, 200).await;
        let second = both["reports"].as_array().unwrap().iter().find(|r| r["id"] != report["id"]).unwrap().clone();
        assert_eq!((second["reason"].as_str(), second["note"].as_str()), (Some("cancelled"), None));
        ok(&app, "POST", &format!("/api/directory/reports/{}/resolve", second["id"].as_str().unwrap()), &token, None, 204).await;

        let path = format!("/api/directory/reports/{}/resolve", report["id"].as_str().unwrap());
        ok(&app, "POST", &path, &token, None, 204).await;
        ok(&app, "POST", &path, &token, None, 204).await;
        let left = ok(&app, "GET", "/api/directory/reports", &token, None, 200).await;
        assert_eq!(left["reports"], json!([]));
        assert_error(send(&app, "POST", "/api/directory/reports/nope/resolve", Some(&token), None).await, 404, "not_found").await;
    }
}

db_test! {
    async fn the_directory_routes_are_documented(app: TestApp) {
        let doc: Value = app.get("/api/openapi.json").await.json().await.unwrap();
        let paths = doc["paths"].as_object().unwrap();
        for (path, method) in [
            ("/api/directory/organisations", "get"),
            ("/api/directory/organisations", "post"),
            ("/api/directory/organisations/{id}", "put"),
            ("/api/directory/venues", "post"),
            ("/api/directory/venues/{id}", "put"),
            ("/api/directory/venues/{id}/checked", "post"),
            ("/api/directory/programmes/{id}/translations/{language}", "put"),
            ("/api/directory/sessions", "post"),
            ("/api/directory/sessions/{id}", "put"),
            ("/api/directory/sessions/{id}/translations/{language}", "put"),
            ("/api/directory/stale", "get"),
            ("/api/directory/reports", "get"),
            ("/api/directory/reports/{id}/resolve", "post"),
        ] {
            assert!(paths.get(path).and_then(|p| p.get(method)).is_some(), "{method} {path} documented");
        }
        assert!(doc["components"]["schemas"]["SessionInput"].is_object());
    }
}

db_test! {
    async fn a_new_schedule_keeps_the_dates_mothers_have_booked(app: TestApp) {
        let (token, _) = app.login_demo("coordinator").await;
        let built = build(&app, &token).await;
        let programme = json!({
            "organisation_id": built.organisation["id"],
            "kind": "advice",
            "booking": "booking",
            "format": "ongoing",
            "translations": [{"language": "en", "title": "Chester advice", "description": "Book a time."}]
        });
        let programme = ok(&app, "POST", "/api/directory/programmes", &token, Some(&programme), 201).await;
        let built = Built { programme, ..built };
        let mut body = weekly_session(&built, &[]);
        body["capacity"] = json!(4);
        let session = ok(&app, "POST", "/api/directory/sessions", &token, Some(&body), 201).await;
        let id = session["id"].as_str().unwrap();
        let tomorrow = today() + Duration::days(1);
        let window = format!("near=CH1%202AA&kind=advice&from={}&to={}", ymd(tomorrow), ymd(tomorrow + Duration::days(13)));
        let results = found(&app, &window, id).await;
        assert_eq!(results[0]["places_left"], 4);

        // A mother books tomorrow; then the session moves a day later.
        let (mother, _) = app.login_demo("mother").await;
        let booking = json!({"occurrence_id": results[0]["occurrence_id"]});
        ok(&app, "POST", "/api/bookings", &mother, Some(&booking), 201).await;
        let day_after = tomorrow + Duration::days(1);
        body["weekday"] = json!(day_after.weekday().number_from_monday());
        ok(&app, "PUT", &format!("/api/directory/sessions/{id}"), &token, Some(&body), 200).await;
        let results = found(&app, &window, id).await;
        assert_eq!(
            dates(&results),
            [ymd(tomorrow), ymd(day_after), ymd(day_after + Duration::weeks(1))],
            "her booked date stays; the rest move"
        );
        assert_eq!(results[0]["places_left"], 3);
        // Her booked date can still be cancelled.
        body["cancelled_dates"] = json!([ymd(tomorrow)]);
        ok(&app, "PUT", &format!("/api/directory/sessions/{id}"), &token, Some(&body), 200).await;
        assert_eq!(dates(&found(&app, &window, id).await)[0], ymd(day_after));
    }
}
