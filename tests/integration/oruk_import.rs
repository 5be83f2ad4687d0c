//! Importing another directory's Open Referral UK feed (issue 21, items 2 and 4):
//! two PeriLink servers, the second reading the first's feed, then keeping in step
//! with it; and stand-in feeds that are broken in the ways real ones are.

use crate::helpers::{Backend, TestApp, assert_error, count, get_json, post_with_token, text};
use crate::oruk::directory_changed;
use axum::http::{HeaderMap, StatusCode, header};
use axum::response::IntoResponse;
use serde_json::{Value, json};
use std::collections::BTreeMap;
use std::sync::{Arc, Mutex};

pub(crate) async fn add_feed(app: &TestApp, token: &str, base_url: &str) -> String {
    let added = post_with_token(
        app,
        "/api/directory/feeds",
        token,
        json!({"base_url": base_url, "take": "all"}),
    )
    .await;
    assert_eq!(added.status(), 201, "the feed is added");
    let feed: Value = added.json().await.unwrap();
    feed["id"].as_str().unwrap().to_owned()
}

pub(crate) async fn read_now(app: &TestApp, token: &str, feed: &str) -> Value {
    let response = post_with_token(
        app,
        &format!("/api/directory/feeds/{feed}/runs"),
        token,
        json!({}),
    )
    .await;
    assert_eq!(response.status(), 200, "the feed is read");
    response.json().await.unwrap()
}

pub(crate) async fn listings(app: &TestApp, token: &str, feed: &str) -> Vec<Value> {
    get_json(app, &format!("/api/directory/feeds/{feed}/listings"), token).await["listings"]
        .as_array()
        .unwrap()
        .clone()
}

/// Every service a PeriLink publishes, by id.
/// Marks a programme and its sessions as checked at `at`: long ago, and the feed
/// stops publishing them as out of date; now, and it publishes them again.
pub(crate) async fn assured(app: &TestApp, programme_id: &str, at: chrono::DateTime<chrono::Utc>) {
    for (table, column) in [("programmes", "id"), ("sessions", "programme_id")] {
        perilink_server::service::sql::exec(
            &app.state.db,
            &format!("UPDATE {table} SET assured_at = ? WHERE {column} = ?"),
            vec![at.into(), programme_id.into()],
        )
        .await
        .unwrap();
    }
    directory_changed(app).await;
}

pub(crate) async fn published(app: &TestApp) -> BTreeMap<String, Value> {
    let page = get_json_open(app, "/openreferral/services?per_page=100").await;
    assert_eq!(page["last_page"], true);
    page["contents"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| (s["id"].as_str().unwrap().to_owned(), s.clone()))
        .collect()
}

pub(crate) async fn get_json_open(app: &TestApp, path: &str) -> Value {
    let response = app.get(path).await;
    assert_eq!(response.status(), 200, "GET {path}");
    response.json().await.unwrap()
}

/// The services a PeriLink publishes that the demo coordinator's organisation
/// does not list itself: importing one of hers into her own organisation would
/// be offered as a look-alike of her listing instead (see `oruk_duplicates`).
pub(crate) async fn not_hers(app: &TestApp) -> Vec<Value> {
    let org = text(
        app,
        "SELECT organisation_id FROM users WHERE email = 'coordinator@demo.perilink.test'",
    )
    .await;
    let others: Vec<Value> = published(app)
        .await
        .into_values()
        .filter(|s| s["organization_id"] != org.as_str())
        .collect();
    assert!(!others.is_empty(), "the demo lists other organisations' services");
    others
}

/// What a mother is shown of a service, without the ids each directory makes its
/// own: title, description, languages, each venue with its place and address,
/// and each session's schedules.
fn shown(service: &Value) -> Value {
    let places: Vec<Value> = service["service_at_locations"]
        .as_array()
        .unwrap()
        .iter()
        .map(|sal| {
            let location = &sal["location"];
            let address = &location["addresses"][0];
            let mut schedules: Vec<Value> = service["schedules"]
                .as_array()
                .unwrap()
                .iter()
                .filter(|s| s["service_at_location_id"] == sal["id"])
                .map(|s| {
                    json!([s["byday"], s["freq"], s["interval"], s["opens_at"], s["closes_at"], s["dtstart"], s["valid_to"], s["notes"]])
                })
                .collect();
            schedules.sort_by_key(|s| s.to_string());
            json!({
                "venue": [location["name"], location["latitude"], location["longitude"], address["address_1"], address["city"], address["postal_code"]],
                "schedules": schedules,
            })
        })
        .collect();
    let mut places = places;
    places.sort_by_key(|p| p.to_string());
    let languages: Vec<&Value> = service["languages"]
        .as_array()
        .unwrap()
        .iter()
        .map(|l| &l["code"])
        .collect();
    json!({
        "name": service["name"],
        "description": service["description"],
        "languages": languages,
        "places": places,
    })
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_second_perilink_imports_the_firsts_feed_and_keeps_in_step_with_it() {
    round_trip(Backend::Sqlite).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_second_perilink_on_postgresql_imports_the_firsts_feed() {
    if crate::helpers::postgres_url().is_none() {
        eprintln!(
            "SKIPPED a_second_perilink_on_postgresql_imports_the_firsts_feed: set PERILINK_TEST_POSTGRES_URL to run it"
        );
        return;
    }
    round_trip(Backend::Postgres).await;
}

/// The first PeriLink on SQLite; the second, which imports, on `backend`.
async fn round_trip(backend: Backend) {
    let first = TestApp::spawn(Backend::Sqlite).await.unwrap();
    let second = TestApp::spawn(backend).await.unwrap();
    let (coordinator, _) = second.login_demo("coordinator").await;
    let (admin, _) = first.login_demo("admin").await;
    let programmes_before = count(&second, "SELECT COUNT(*) FROM programmes").await;

    // The first reading brings in every service the first publishes.
    let feed = add_feed(&second, &coordinator, &first.url("/openreferral")).await;
    let run = read_now(&second, &coordinator, &feed).await;
    let theirs = published(&first).await;
    assert!(
        theirs.len() >= 5,
        "the demo publishes a directory worth importing"
    );
    let sessions: usize = theirs
        .values()
        .map(|s| s["service_at_locations"].as_array().unwrap().len())
        .sum();
    assert!(sessions >= theirs.len(), "with its sessions");
    assert_eq!(run["problem"], Value::Null, "{run}");
    assert_eq!(run["skipped"], 0, "{run}");
    // Both run the demo, so the services her organisation lists on the second
    // too look like hers: offered for merging, not doubled. Listed apart here, so
    // that the round trip covers every service (`oruk_duplicates` links them).
    let offered = get_json(
        &second,
        &format!("/api/directory/feeds/{feed}/duplicates"),
        &coordinator,
    )
    .await;
    let offered = offered["duplicates"].as_array().unwrap().clone();
    assert!(
        !offered.is_empty(),
        "the demo coordinator's own services are offered"
    );
    assert_eq!(
        run["created"].as_u64().unwrap() as usize + offered.len(),
        theirs.len(),
        "{run}"
    );
    for duplicate in &offered {
        let id = duplicate["id"].as_str().unwrap();
        let apart = post_with_token(
            &second,
            &format!("/api/directory/feeds/{feed}/duplicates/{id}/separate"),
            &coordinator,
            json!({}),
        )
        .await;
        assert_eq!(apart.status(), 204);
    }
    assert_eq!(
        count(&second, "SELECT COUNT(*) FROM programmes").await,
        programmes_before + theirs.len() as i64
    );
    let imported = listings(&second, &coordinator, &feed).await;
    assert_eq!(imported.len(), theirs.len());
    let coordinator_org = text(
        &second,
        "SELECT organisation_id FROM users WHERE email = 'coordinator@demo.perilink.test'",
    )
    .await;

    // ...and the second shows each as the first does.
    let mine = published(&second).await;
    let local_of = |remote: &str| -> String {
        imported
            .iter()
            .find(|l| l["remote_id"] == remote)
            .unwrap_or_else(|| panic!("{remote} was imported"))["programme_id"]
            .as_str()
            .unwrap()
            .to_owned()
    };
    for (id, service) in &theirs {
        let copy = &mine[&local_of(id)];
        assert_eq!(shown(copy), shown(service), "{}", service["name"]);
        assert_eq!(
            copy["organization_id"],
            coordinator_org.as_str(),
            "owned by her organisation"
        );
        assert!(
            !service["schedules"].as_array().unwrap().is_empty()
                || service["service_at_locations"].as_array().unwrap().is_empty()
        );
    }
    let provenance = count(
        &second,
        &format!("SELECT COUNT(*) FROM feed_listings WHERE feed_id = '{feed}' AND kind = 'service' AND gone_at IS NULL"),
    )
    .await;
    assert_eq!(
        provenance,
        theirs.len() as i64,
        "each is marked with where it came from"
    );
    // The audit log says each came from the feed, not from her hand.
    let programme = local_of(theirs.keys().next().unwrap());
    assert_eq!(
        text(
            &second,
            &format!("SELECT detail FROM audit_events WHERE subject_id = '{programme}' ORDER BY at LIMIT 1"),
        )
        .await,
        format!("imported from feed {feed}")
    );

    // Read again with nothing changed: every page answers 304, nothing is written.
    let again = read_now(&second, &coordinator, &feed).await;
    assert_eq!(again["problem"], Value::Null, "{again}");
    assert_eq!(
        (again["created"].as_u64(), again["updated"].as_u64()),
        (Some(0), Some(0)),
        "{again}"
    );

    // An edit on the first arrives on the next reading.
    let (edited, edited_service) = theirs.iter().next().unwrap();
    let text = |title: &str, description: &str| json!({"title": title, "description": description});
    let put = |app: &TestApp, path: String, token: String, body: Value| {
        let request = app.client.put(app.url(&path)).bearer_auth(token).json(&body);
        async move { request.send().await.unwrap() }
    };
    let renamed = put(
        &first,
        format!("/api/directory/programmes/{edited}/translations/en"),
        admin.clone(),
        text(
            "Rhyme time for tiny ones",
            edited_service["description"].as_str().unwrap(),
        ),
    )
    .await;
    assert_eq!(renamed.status(), 200);
    let run = read_now(&second, &coordinator, &feed).await;
    assert_eq!(
        (run["updated"].as_u64(), run["waiting"].as_u64()),
        (Some(1), Some(0)),
        "{run}"
    );
    let local = local_of(edited);
    assert_eq!(
        get_json_open(&second, &format!("/openreferral/services/{local}")).await["name"],
        "Rhyme time for tiny ones"
    );

    // A local edit on the second is kept, and the first's next change to it waits
    // for her approval, beside what she has.
    let mine_now = put(
        &second,
        format!("/api/directory/programmes/{local}/translations/en"),
        coordinator.clone(),
        text("Rhyme time (Toxteth)", "Our own words."),
    )
    .await;
    assert_eq!(mine_now.status(), 200);
    let quiet = read_now(&second, &coordinator, &feed).await;
    assert_eq!(
        (quiet["updated"].as_u64(), quiet["waiting"].as_u64()),
        (Some(0), Some(0)),
        "{quiet}"
    );
    let theirs_now = put(
        &first,
        format!("/api/directory/programmes/{edited}/translations/en"),
        admin.clone(),
        text(
            "Rhyme time for tiny ones",
            "Songs for babies and their mothers, new words.",
        ),
    )
    .await;
    assert_eq!(theirs_now.status(), 200);
    let run = read_now(&second, &coordinator, &feed).await;
    assert_eq!(
        (run["updated"].as_u64(), run["waiting"].as_u64()),
        (Some(0), Some(1)),
        "{run}"
    );
    let shown_local = get_json_open(&second, &format!("/openreferral/services/{local}")).await;
    assert_eq!(
        shown_local["name"], "Rhyme time (Toxteth)",
        "her edit stands until she approves"
    );
    let waiting = listings(&second, &coordinator, &feed).await;
    let first_listed = &waiting[0];
    assert_eq!(
        first_listed["programme_id"],
        local.as_str(),
        "what waits comes first"
    );
    assert_eq!(first_listed["edited_locally"], true);
    assert_eq!(first_listed["current"]["title"], "Rhyme time (Toxteth)");
    assert_eq!(first_listed["pending"]["title"], "Rhyme time for tiny ones");
    assert_eq!(
        first_listed["pending"]["description"],
        "Songs for babies and their mothers, new words."
    );
    let listing = first_listed["id"].as_str().unwrap().to_owned();
    let feed_view = get_json(&second, &format!("/api/directory/feeds/{feed}"), &coordinator).await;
    assert_eq!(feed_view["waiting"], 1);

    // Another organisation's coordinator cannot see or approve it.
    let (care, _) = second.login_demo("care.coordinator").await;
    let refused = post_with_token(
        &second,
        &format!("/api/directory/feeds/{feed}/listings/{listing}/approve"),
        &care,
        json!({}),
    )
    .await;
    assert_error(refused, 404, "not_found").await;
    let (host, _) = second.login_demo("host").await;
    let refused = second
        .get_with_token(&format!("/api/directory/feeds/{feed}/listings"), &host)
        .await;
    assert_eq!(refused.status(), 403);

    let approved = post_with_token(
        &second,
        &format!("/api/directory/feeds/{feed}/listings/{listing}/approve"),
        &coordinator,
        json!({}),
    )
    .await;
    assert_eq!(approved.status(), 204);
    let shown_local = get_json_open(&second, &format!("/openreferral/services/{local}")).await;
    assert_eq!(shown_local["name"], "Rhyme time for tiny ones");
    assert_eq!(
        shown_local["description"],
        "Songs for babies and their mothers, new words."
    );
    let again = post_with_token(
        &second,
        &format!("/api/directory/feeds/{feed}/listings/{listing}/approve"),
        &coordinator,
        json!({}),
    )
    .await;
    assert_error(again, 409, "conflict").await;

    // A change she turns down leaves her listing as she has it, and is not asked again.
    let _ = put(
        &second,
        format!("/api/directory/programmes/{local}/translations/en"),
        coordinator.clone(),
        text("Ours again", "Ours."),
    )
    .await;
    let _ = put(
        &first,
        format!("/api/directory/programmes/{edited}/translations/en"),
        admin.clone(),
        text("Theirs again", "Theirs."),
    )
    .await;
    assert_eq!(read_now(&second, &coordinator, &feed).await["waiting"], 1);
    let rejected = post_with_token(
        &second,
        &format!("/api/directory/feeds/{feed}/listings/{listing}/reject"),
        &coordinator,
        json!({}),
    )
    .await;
    assert_eq!(rejected.status(), 204);
    assert_eq!(read_now(&second, &coordinator, &feed).await["waiting"], 0);
    assert_eq!(
        get_json_open(&second, &format!("/openreferral/services/{local}")).await["name"],
        "Ours again"
    );

    // A service the first stops publishing is flagged on the second, not deleted.
    let (gone, _) = theirs.iter().nth(1).unwrap();
    assured(&first, gone, chrono::Utc::now() - chrono::Duration::days(200)).await;
    let run = read_now(&second, &coordinator, &feed).await;
    assert_eq!(run["gone"], 1, "{run}");
    let flagged = listings(&second, &coordinator, &feed).await;
    let gone_listing = flagged.iter().find(|l| l["remote_id"] == gone.as_str()).unwrap();
    assert!(gone_listing["gone_at"].is_string());
    let kept = gone_listing["programme_id"].as_str().unwrap();
    assert_eq!(
        count(
            &second,
            &format!("SELECT COUNT(*) FROM programmes WHERE id = '{kept}'")
        )
        .await,
        1
    );

    // The readings are listed, newest first, in plain words.
    let runs = get_json(
        &second,
        &format!("/api/directory/feeds/{feed}/runs"),
        &coordinator,
    )
    .await;
    let runs = runs["runs"].as_array().unwrap();
    assert!(runs.len() >= 8);
    assert!(
        runs[0]["detail"]
            .as_str()
            .unwrap()
            .contains("1 no longer in the feed"),
        "{}",
        runs[0]
    );

    // The second given a malformed feed and one that pages forever: each told in
    // plain words, and nothing changes (the rest of the ways a feed breaks are in
    // `bad_feeds_are_reported_in_plain_words_and_change_nothing`).
    let state = StandIn {
        service: Arc::new(theirs.values().next().unwrap().clone()),
        ..StandIn::default()
    };
    let port = serve(&state).await;
    let programmes = count(&second, "SELECT COUNT(*) FROM programmes").await;
    let provenance = count(&second, "SELECT COUNT(*) FROM feed_listings").await;
    for (path, problem) in [
        ("html", "not_json"),
        ("wrong", "wrong_schema"),
        ("endless", "endless_pages"),
    ] {
        let bad = add_feed(&second, &coordinator, &format!("http://127.0.0.1:{port}/{path}")).await;
        let run = read_now(&second, &coordinator, &bad).await;
        assert_eq!(run["problem"], problem, "{path}: {run}");
        assert!(
            run["detail"]
                .as_str()
                .unwrap()
                .starts_with("Nothing was changed: "),
            "{path}: {run}"
        );
    }
    assert_eq!(
        count(&second, "SELECT COUNT(*) FROM programmes").await,
        programmes
    );
    assert_eq!(
        count(&second, "SELECT COUNT(*) FROM feed_listings").await,
        provenance
    );
}

/// A stand-in feed: what each path answers, and the requests it had.
#[derive(Clone, Default)]
struct StandIn {
    seen: Arc<Mutex<Vec<(String, HeaderMap)>>>,
    service: Arc<Value>,
    /// Whether `/sessions` leaves out its service's last place and time.
    drop_one: Arc<std::sync::atomic::AtomicBool>,
    /// When each request of `seen` came, in the same order.
    at: Arc<Mutex<Vec<std::time::Instant>>>,
}

async fn stand_in(
    axum::extract::State(state): axum::extract::State<StandIn>,
    uri: axum::http::Uri,
    headers: HeaderMap,
) -> axum::response::Response {
    state
        .seen
        .lock()
        .unwrap()
        .push((uri.to_string(), headers.clone()));
    state.at.lock().unwrap().push(std::time::Instant::now());
    let page: u64 = uri
        .query()
        .unwrap_or_default()
        .split('&')
        .find_map(|p| p.strip_prefix("page="))
        .and_then(|n| n.parse().ok())
        .unwrap_or(1);
    let envelope = |contents: Vec<Value>, total_pages: u64, last: bool| {
        json!({
            "total_items": total_pages, "total_pages": total_pages, "page_number": page,
            "size": contents.len(), "first_page": page == 1, "last_page": last,
            "empty": contents.is_empty(), "contents": contents,
        })
    };
    let numbered = |n: u64| {
        let mut s = (*state.service).clone();
        s["id"] = json!(format!("endless-{n}"));
        s
    };
    match uri.path() {
        "/html/services" => (
            [(header::CONTENT_TYPE, "text/html")],
            "<html><body>Our services</body></html>",
        )
            .into_response(),
        "/wrong/services" => axum::Json(json!({"services": [{"title": "Baby group"}]})).into_response(),
        "/broken/services" => StatusCode::INTERNAL_SERVER_ERROR.into_response(),
        // Every page says there is one more.
        "/endless/services" => axum::Json(envelope(vec![numbered(page)], page + 1, false)).into_response(),
        // Every page is the first again.
        "/circle/services" => axum::Json(envelope(vec![numbered(1)], 3, false)).into_response(),
        // The service as it is, or without its last place and time.
        "/sessions/services" => {
            let mut service = (*state.service).clone();
            if state.drop_one.load(std::sync::atomic::Ordering::SeqCst) {
                service["service_at_locations"].as_array_mut().unwrap().pop();
            }
            axum::Json(envelope(vec![service], 1, true)).into_response()
        }
        // The service with its places' addresses but no latitude or longitude.
        "/nocoords/services" => {
            let mut service = (*state.service).clone();
            for sal in service["service_at_locations"].as_array_mut().unwrap() {
                let location = sal["location"].as_object_mut().unwrap();
                location.remove("latitude");
                location.remove("longitude");
            }
            axum::Json(envelope(vec![service], 1, true)).into_response()
        }
        // One good page, a second in coming.
        "/slow/services" => {
            tokio::time::sleep(std::time::Duration::from_secs(2)).await;
            axum::Json(envelope(vec![numbered(1)], 1, true)).into_response()
        }
        // One good page that changes at every request, its ETag with it.
        "/changing/services" => {
            let asked = state.seen.lock().unwrap().len() - 1;
            (
                [(header::ETAG, format!("W/\"version-{asked}\""))],
                axum::Json(envelope(vec![numbered(1)], 1, true)),
            )
                .into_response()
        }
        // Never finishes answering.
        "/hang/services" => {
            tokio::time::sleep(std::time::Duration::from_secs(120)).await;
            axum::Json(envelope(vec![numbered(1)], 1, true)).into_response()
        }
        // One good page, with an ETag.
        "/etag/services" => {
            let etag = "W/\"one-page\"";
            if headers.get(header::IF_NONE_MATCH).is_some_and(|v| v == etag) {
                return (StatusCode::NOT_MODIFIED, [(header::ETAG, etag)]).into_response();
            }
            (
                [(header::ETAG, etag)],
                axum::Json(envelope(vec![numbered(1)], 1, true)),
            )
                .into_response()
        }
        _ => StatusCode::NOT_FOUND.into_response(),
    }
}

/// Serves a stand-in feed on 127.0.0.1; its port.
async fn serve(state: &StandIn) -> u16 {
    let router = axum::Router::new().fallback(stand_in).with_state(state.clone());
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let port = listener.local_addr().unwrap().port();
    tokio::spawn(async move { axum::serve(listener, router).await.unwrap() });
    port
}

/// Serves `service` at a stand-in feed's `path` and imports it as a new feed.
async fn import_one(app: &TestApp, coordinator: &str, service: Value, path: &str) -> (StandIn, String) {
    let state = StandIn {
        service: Arc::new(service),
        ..StandIn::default()
    };
    let port = serve(&state).await;
    let feed = add_feed(app, coordinator, &format!("http://127.0.0.1:{port}/{path}")).await;
    let run = read_now(app, coordinator, &feed).await;
    assert_eq!(
        (run["problem"].clone(), run["created"].as_u64()),
        (Value::Null, Some(1)),
        "{run}"
    );
    (state, feed)
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn bad_feeds_are_reported_in_plain_words_and_change_nothing() {
    let app = TestApp::spawn(Backend::Sqlite).await.unwrap();
    let (coordinator, _) = app.login_demo("coordinator").await;
    let service = not_hers(&app).await.into_iter().next().unwrap();
    let state = StandIn {
        seen: Arc::default(),
        service: Arc::new(service),
        ..StandIn::default()
    };
    let port = serve(&state).await;
    let base = |path: &str| format!("http://127.0.0.1:{port}/{path}");

    let listings_before = count(&app, "SELECT COUNT(*) FROM programmes").await;
    let venues_before = count(&app, "SELECT COUNT(*) FROM venues").await;
    for (path, problem, words) in [
        ("html", "not_json", "did not send JSON"),
        (
            "wrong",
            "wrong_schema",
            "not a page of Open Referral UK v3 services",
        ),
        ("broken", "server_error", "answered 500"),
        (
            "endless",
            "endless_pages",
            "pages, but page 2 says there are more",
        ),
        ("circle", "endless_pages", "again"),
        ("nothing-here", "server_error", "answered 404"),
    ] {
        let feed = add_feed(&app, &coordinator, &base(path)).await;
        let run = read_now(&app, &coordinator, &feed).await;
        assert_eq!(run["problem"], problem, "{path}: {run}");
        let detail = run["detail"].as_str().unwrap();
        assert!(detail.starts_with("Nothing was changed: "), "{path}: {detail}");
        assert!(detail.contains(words), "{path}: {detail}");
        assert_eq!(run["created"], 0);
    }
    let unreachable = add_feed(&app, &coordinator, "http://127.0.0.1:9/openreferral").await;
    assert_eq!(
        read_now(&app, &coordinator, &unreachable).await["problem"],
        "unreachable"
    );
    assert_eq!(
        count(&app, "SELECT COUNT(*) FROM programmes").await,
        listings_before,
        "nothing was imported"
    );
    assert_eq!(count(&app, "SELECT COUNT(*) FROM venues").await, venues_before);
    assert_eq!(count(&app, "SELECT COUNT(*) FROM feed_listings").await, 0);

    // Politely: a user agent naming PeriLink, a page at a time, and an ETag asked
    // about again rather than the page read twice.
    let feed = add_feed(&app, &coordinator, &base("etag")).await;
    assert_eq!(read_now(&app, &coordinator, &feed).await["created"], 1);
    let run = read_now(&app, &coordinator, &feed).await;
    assert_eq!(
        (run["problem"].clone(), run["pages"].as_u64()),
        (Value::Null, Some(1)),
        "{run}"
    );
    let seen = state.seen.lock().unwrap().clone();
    for (uri, headers) in &seen {
        let agent = headers[header::USER_AGENT].to_str().unwrap();
        assert!(
            agent.starts_with("PeriLink/") && agent.contains("(+http"),
            "{uri}: {agent}"
        );
        assert!(uri.contains("per_page=100"), "{uri}");
    }
    let etag_reads: Vec<&(String, HeaderMap)> =
        seen.iter().filter(|(u, _)| u.starts_with("/etag/")).collect();
    assert_eq!(etag_reads.len(), 2);
    assert_eq!(etag_reads[1].1[header::IF_NONE_MATCH], "W/\"one-page\"");
    let endless_pages = seen.iter().filter(|(u, _)| u.starts_with("/endless/")).count();
    assert_eq!(
        endless_pages, 2,
        "it asks for no page past the count the feed gave"
    );

    // Adding the same feed twice, or a feed that is not a web address, is refused.
    let twice = post_with_token(
        &app,
        "/api/directory/feeds",
        &coordinator,
        json!({"base_url": base("etag"), "take": "all"}),
    )
    .await;
    assert_error(twice, 409, "conflict").await;
    for bad in [
        json!({"base_url": "ftp://x.org", "take": "all"}),
        json!({"base_url": base("x"), "take": "text"}),
    ] {
        let refused = post_with_token(&app, "/api/directory/feeds", &coordinator, bad).await;
        assert_error(refused, 422, "validation_failed").await;
    }
}

/// Without `PERILINK_FEEDS_ALLOW_PRIVATE`, a feed on a loopback, private or
/// link-local address (the cloud's metadata service) is refused when added, and a
/// feed whose address has come to lead to one is not read, the resolver's answer
/// included: nothing is asked of it and nothing changes.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_feed_on_a_private_or_local_address_is_refused_when_added_and_when_read() {
    use sea_orm::ConnectionTrait;
    let options = crate::helpers::Options {
        feeds_allow_private: false,
        ..crate::helpers::Options::default()
    };
    let app = TestApp::spawn_with(Backend::Sqlite, options).await.unwrap();
    let (coordinator, _) = app.login_demo("coordinator").await;
    let service = not_hers(&app).await.into_iter().next().unwrap();
    let state = StandIn {
        seen: Arc::default(),
        service: Arc::new(service),
        ..StandIn::default()
    };
    let port = serve(&state).await;

    for bad in [
        format!("http://127.0.0.1:{port}/etag"),
        format!("http://localhost:{port}/etag"),
        "http://10.0.0.7/openreferral".to_owned(),
        "https://172.20.1.1/openreferral".to_owned(),
        "http://192.168.0.10/openreferral".to_owned(),
        "http://169.254.169.254/latest/meta-data".to_owned(),
        "http://[::1]/openreferral".to_owned(),
        "http://[fd12:3456::1]/openreferral".to_owned(),
        "http://[fe80::1]/openreferral".to_owned(),
        "http://[::ffff:127.0.0.1]/openreferral".to_owned(),
    ] {
        let refused = post_with_token(
            &app,
            "/api/directory/feeds",
            &coordinator,
            json!({"base_url": bad, "take": "all"}),
        )
        .await;
        let body = assert_error(refused, 422, "feed_address_refused").await;
        assert!(
            body["error"]["message"]
                .as_str()
                .unwrap()
                .contains("private or local network address"),
            "{bad}: {body}"
        );
    }
    assert_eq!(count(&app, "SELECT COUNT(*) FROM directory_feeds").await, 0);

    // A feed added on a public address that now leads to this machine, by number
    // or by a name that resolves to it, is not read.
    let feed = add_feed(&app, &coordinator, "http://93.184.215.14/openreferral").await;
    for now_at in [
        format!("http://127.0.0.1:{port}/etag"),
        format!("http://localhost:{port}/etag"),
    ] {
        app.state
            .db
            .execute_unprepared(&format!(
                "UPDATE directory_feeds SET base_url = '{now_at}' WHERE id = '{feed}'"
            ))
            .await
            .unwrap();
        let run = read_now(&app, &coordinator, &feed).await;
        assert_eq!(run["problem"], "unreachable", "{now_at}: {run}");
        let detail = run["detail"].as_str().unwrap();
        assert!(detail.starts_with("Nothing was changed: "), "{detail}");
        assert!(
            detail.contains("private or local network address"),
            "{now_at}: {detail}"
        );
    }
    assert!(
        state.seen.lock().unwrap().is_empty(),
        "nothing was asked of the private address"
    );
    assert_eq!(count(&app, "SELECT COUNT(*) FROM feed_listings").await, 0);
}

/// Two "read now"s of one feed at once (or one while the daily job reads it): one
/// reads it, the other is told the feed is being read (`feed_busy`), never a
/// server error, and the feed's service is imported once.
async fn two_readings_at_once(backend: Backend) {
    let Some(app) = TestApp::spawn(backend).await else {
        eprintln!(
            "SKIPPED two_readings_of_one_feed_at_once_never_fail_on_postgresql: set PERILINK_TEST_POSTGRES_URL to run it"
        );
        return;
    };
    let (coordinator, _) = app.login_demo("coordinator").await;
    let service = not_hers(&app).await.into_iter().next().unwrap();
    let state = StandIn {
        seen: Arc::default(),
        service: Arc::new(service),
        ..StandIn::default()
    };
    let port = serve(&state).await;
    let feed = add_feed(&app, &coordinator, &format!("http://127.0.0.1:{port}/slow")).await;

    let path = format!("/api/directory/feeds/{feed}/runs");
    let (a, b) = tokio::join!(
        post_with_token(&app, &path, &coordinator, json!({})),
        post_with_token(&app, &path, &coordinator, json!({})),
    );
    let mut read = 0;
    for response in [a, b] {
        match response.status().as_u16() {
            200 => {
                let run: Value = response.json().await.unwrap();
                assert_eq!(run["problem"], Value::Null, "{run}");
                read += 1;
            }
            409 => {
                assert_error(response, 409, "feed_busy").await;
            }
            other => panic!("a reading at the same time answered {other}"),
        }
    }
    assert!(read >= 1, "one of them read the feed");
    let runs = count(
        &app,
        &format!("SELECT COUNT(*) FROM directory_feed_runs WHERE feed_id = '{feed}'"),
    )
    .await;
    assert_eq!(runs, read, "a reading recorded for each that read");
    assert_eq!(
        count(
            &app,
            &format!("SELECT COUNT(*) FROM feed_listings WHERE feed_id = '{feed}' AND kind = 'service'"),
        )
        .await,
        1,
        "the service is imported once"
    );
    // The claim is let go: the feed can be read again.
    assert_eq!(read_now(&app, &coordinator, &feed).await["problem"], Value::Null);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn two_readings_of_one_feed_at_once_never_fail() {
    two_readings_at_once(Backend::Sqlite).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn two_readings_of_one_feed_at_once_never_fail_on_postgresql() {
    two_readings_at_once(Backend::Postgres).await;
}

/// A feed that stops listing one place and time of a service it still lists: that
/// session is flagged on the feed's page (as a service that disappears is), not
/// left as if the feed still had it, and not deleted; unflagged when it returns.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_session_the_feed_drops_from_a_service_it_still_lists_is_flagged() {
    let app = TestApp::spawn(Backend::Sqlite).await.unwrap();
    let (coordinator, _) = app.login_demo("coordinator").await;
    let service = not_hers(&app)
        .await
        .into_iter()
        .find(|s| s["service_at_locations"].as_array().is_some_and(|a| a.len() >= 2))
        .expect("the demo has a service at two places or times");
    let (state, feed) = import_one(&app, &coordinator, service, "sessions").await;
    let sessions_of =
        format!("SELECT COUNT(*) FROM feed_listings WHERE feed_id = '{feed}' AND kind = 'session'");
    let imported = count(&app, &sessions_of).await;
    assert!(imported >= 2, "{imported} sessions imported");
    let sessions_before = count(&app, "SELECT COUNT(*) FROM sessions").await;

    state.drop_one.store(true, std::sync::atomic::Ordering::SeqCst);
    let run = read_now(&app, &coordinator, &feed).await;
    assert_eq!(
        (run["problem"].clone(), run["gone"].as_u64()),
        (Value::Null, Some(0)),
        "{run}"
    );
    assert!(
        run["detail"]
            .as_str()
            .unwrap()
            .contains("1 session of services still in the feed no longer listed there"),
        "{run}"
    );
    let listed = listings(&app, &coordinator, &feed).await;
    let flagged = listed[0]["gone_sessions"].as_array().unwrap();
    assert_eq!(flagged.len(), 1, "{listed:?}");
    assert_eq!(
        listed[0]["gone_at"],
        Value::Null,
        "the service itself is still listed"
    );
    let flagged_id = flagged[0].as_str().unwrap();
    assert_eq!(
        count(
            &app,
            &format!("SELECT COUNT(*) FROM sessions WHERE id = '{flagged_id}'")
        )
        .await,
        1,
        "flagged, not deleted"
    );
    assert_eq!(
        count(&app, "SELECT COUNT(*) FROM sessions").await,
        sessions_before
    );
    // Read again unchanged: it is not counted again.
    let quiet = read_now(&app, &coordinator, &feed).await;
    assert!(!quiet["detail"].as_str().unwrap().contains("session"), "{quiet}");

    // Listed again: no longer flagged.
    state.drop_one.store(false, std::sync::atomic::Ordering::SeqCst);
    read_now(&app, &coordinator, &feed).await;
    let listed = listings(&app, &coordinator, &feed).await;
    assert_eq!(listed[0]["gone_sessions"], json!([]), "{listed:?}");
}

/// A feed that gives its places' addresses but not their latitude and longitude:
/// each is placed by its full UK postcode, as `near` search places a postcode,
/// instead of the feed being refused.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_place_without_coordinates_is_placed_by_its_postcode() {
    let app = TestApp::spawn(Backend::Sqlite).await.unwrap();
    let (coordinator, _) = app.login_demo("coordinator").await;
    let service = not_hers(&app).await.into_iter().next().unwrap();
    let location = service["service_at_locations"][0]["location"].clone();
    let postcode = location["addresses"][0]["postal_code"]
        .as_str()
        .unwrap()
        .to_owned();
    let (_, feed) = import_one(&app, &coordinator, service, "nocoords").await;
    let programme = listings(&app, &coordinator, &feed).await[0]["programme_id"]
        .as_str()
        .unwrap()
        .to_owned();
    let copy = get_json_open(&app, &format!("/openreferral/services/{programme}")).await;
    let placed = &copy["service_at_locations"][0]["location"];
    assert_eq!(placed["addresses"][0]["postal_code"], postcode.as_str());
    let expected = perilink_server::directory::places::resolve(&postcode).unwrap();
    for (key, want) in [("latitude", expected.lat), ("longitude", expected.lon)] {
        let got = placed[key].as_f64().unwrap();
        assert!((got - want).abs() < 1e-5, "{key}: {got} against {want}");
    }
}

/// The pause between two requests to one feed, and how long one page may take,
/// as the README promises them.
const PAUSE: std::time::Duration = std::time::Duration::from_millis(500);
const TIMEOUT: std::time::Duration = std::time::Duration::from_secs(20);

/// The `modified_after` a request asked with, if it did.
fn modified_after(uri: &str) -> Option<chrono::DateTime<chrono::Utc>> {
    let value = uri
        .split(['?', '&'])
        .find_map(|p| p.strip_prefix("modified_after="))?;
    let value = value.replace("%3A", ":").replace("%2B", "+");
    Some(
        chrono::DateTime::parse_from_rfc3339(&value)
            .unwrap_or_else(|e| panic!("{uri}: {e}"))
            .with_timezone(&chrono::Utc),
    )
}

/// Waits (a little) until the feed has `n` readings recorded: the server's own
/// job may be the one reading it.
async fn wait_for_runs(app: &TestApp, feed: &str, n: i64) {
    let sql = format!("SELECT COUNT(*) FROM directory_feed_runs WHERE feed_id = '{feed}'");
    for _ in 0..100 {
        if count(app, &sql).await >= n {
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
    assert_eq!(count(app, &sql).await, n, "readings of the feed");
}

/// The scheduled job reads a feed as soon as it is added, then not again until a
/// day has passed; the later reading asks with the pages' ETags and, as the page
/// changed, for the services `modified_after` the last good reading (less a
/// few minutes for clocks that disagree), after a pause: never two requests to a
/// feed at once or back to back.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_daily_job_reads_a_feed_when_due_and_later_asks_only_for_what_changed() {
    use perilink_server::service::feed_import::run_due;
    let app = TestApp::spawn(Backend::Sqlite).await.unwrap();
    let (coordinator, _) = app.login_demo("coordinator").await;
    let service = not_hers(&app).await.into_iter().next().unwrap();
    let state = StandIn {
        service: Arc::new(service),
        ..StandIn::default()
    };
    let port = serve(&state).await;
    let feed = add_feed(&app, &coordinator, &format!("http://127.0.0.1:{port}/changing")).await;
    let job = || run_due(&app.state.db, &app.state.directory, &app.state.feeds);

    // Due at once (the server's own job may be the one that reads it).
    job().await.unwrap();
    wait_for_runs(&app, &feed, 1).await;
    let view = get_json(&app, &format!("/api/directory/feeds/{feed}"), &coordinator).await;
    assert_eq!(view["last_run"]["problem"], Value::Null, "{view}");
    assert_eq!(view["last_run"]["created"], 1, "{view}");
    let next: chrono::DateTime<chrono::Utc> = view["next_run_at"].as_str().unwrap().parse().unwrap();
    let in_a_day = next - chrono::Utc::now();
    assert!(
        in_a_day > chrono::Duration::hours(23) && in_a_day <= chrono::Duration::hours(24),
        "read again in a day, not {in_a_day}"
    );
    let first_read: chrono::DateTime<chrono::Utc> =
        view["last_run"]["started_at"].as_str().unwrap().parse().unwrap();

    // Not due: the job leaves it alone.
    assert_eq!(job().await.unwrap(), 0);
    wait_for_runs(&app, &feed, 1).await;
    let first: Vec<String> = state
        .seen
        .lock()
        .unwrap()
        .iter()
        .map(|(u, _)| u.clone())
        .collect();
    assert_eq!(first.len(), 1, "one page, read once: {first:?}");
    assert_eq!(
        modified_after(&first[0]),
        None,
        "the first reading takes everything"
    );

    // A day later it is due again.
    perilink_server::service::sql::exec(
        &app.state.db,
        "UPDATE directory_feeds SET next_run_at = ? WHERE id = ?",
        vec![
            (chrono::Utc::now() - chrono::Duration::minutes(1)).into(),
            feed.clone().into(),
        ],
    )
    .await
    .unwrap();
    job().await.unwrap();
    wait_for_runs(&app, &feed, 2).await;
    let seen = state.seen.lock().unwrap().clone();
    let at = state.at.lock().unwrap().clone();
    assert_eq!(
        seen.len(),
        3,
        "the list with its ETag, then what changed: {seen:?}"
    );
    assert_eq!(
        seen[1].1[header::IF_NONE_MATCH],
        "W/\"version-0\"",
        "the page's ETag"
    );
    assert_eq!(modified_after(&seen[1].0), None);
    let since = modified_after(&seen[2].0).expect("the later reading asks for what changed");
    assert!(
        since <= first_read && since >= first_read - chrono::Duration::minutes(11),
        "modified_after {since}, the last good reading began at {first_read}"
    );
    assert!(
        at[2] - at[1] >= PAUSE,
        "a pause between two requests to the feed: {:?}",
        at[2] - at[1]
    );
    let view = get_json(&app, &format!("/api/directory/feeds/{feed}"), &coordinator).await;
    assert_eq!(view["last_run"]["problem"], Value::Null, "{view}");
}

/// A feed that does not finish answering is given up after its timeout, said in
/// plain words, and nothing changes.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_feed_that_never_finishes_answering_is_given_up_after_the_timeout() {
    let app = TestApp::spawn(Backend::Sqlite).await.unwrap();
    let (coordinator, _) = app.login_demo("coordinator").await;
    let service = not_hers(&app).await.into_iter().next().unwrap();
    let state = StandIn {
        service: Arc::new(service),
        ..StandIn::default()
    };
    let port = serve(&state).await;
    let programmes = count(&app, "SELECT COUNT(*) FROM programmes").await;
    let feed = add_feed(&app, &coordinator, &format!("http://127.0.0.1:{port}/hang")).await;
    let started = std::time::Instant::now();
    let run = read_now(&app, &coordinator, &feed).await;
    let took = started.elapsed();
    assert_eq!(run["problem"], "unreachable", "{run}");
    let detail = run["detail"].as_str().unwrap();
    assert!(detail.starts_with("Nothing was changed: "), "{detail}");
    assert!(
        detail.contains(&format!(
            "did not finish answering within {} seconds",
            TIMEOUT.as_secs()
        )),
        "{detail}"
    );
    assert!(
        took >= TIMEOUT && took < TIMEOUT + std::time::Duration::from_secs(15),
        "given up after {took:?}"
    );
    assert_eq!(count(&app, "SELECT COUNT(*) FROM programmes").await, programmes);
    assert_eq!(count(&app, "SELECT COUNT(*) FROM feed_listings").await, 0);
}
