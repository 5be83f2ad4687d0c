//! A feed's service that looks like one her organisation already lists (issue 21,
//! item 5): offered for merging, never silently doubled, and the decision kept.
//!
//! Two PeriLink servers both run the demo, so the demo coordinator's organisation
//! lists on the second the same sessions the first publishes (its ESOL course and
//! rhyme time): the same venues, days and times. On the second her ESOL listing is
//! renamed and its venues moved a little, so that it is near-identical, not
//! identical.

use crate::helpers::{Backend, TestApp, assert_error, count, get_json, post_with_token, text};
use crate::oruk_import::{add_feed, assured, get_json_open, listings, published, read_now};
use serde_json::{Value, json};

async fn offered(app: &TestApp, token: &str, feed: &str) -> Vec<Value> {
    get_json(app, &format!("/api/directory/feeds/{feed}/duplicates"), token).await["duplicates"]
        .as_array()
        .unwrap()
        .clone()
}

async fn decide(app: &TestApp, token: &str, feed: &str, duplicate: &str, verb: &str) -> reqwest::Response {
    post_with_token(
        app,
        &format!("/api/directory/feeds/{feed}/duplicates/{duplicate}/{verb}"),
        token,
        json!({}),
    )
    .await
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_look_alike_from_a_feed_is_offered_for_merging_and_never_doubled() {
    look_alikes(Backend::Sqlite).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_look_alike_from_a_feed_is_offered_for_merging_on_postgresql() {
    look_alikes(Backend::Postgres).await;
}

/// The first on SQLite; the second, which imports, on `backend`.
async fn look_alikes(backend: Backend) {
    let Some(second) = TestApp::spawn(backend).await else {
        eprintln!(
            "SKIPPED a_look_alike_from_a_feed_is_offered_for_merging_on_postgresql: set PERILINK_TEST_POSTGRES_URL to run it"
        );
        return;
    };
    let first = TestApp::spawn(Backend::Sqlite).await.unwrap();
    let (coordinator, _) = second.login_demo("coordinator").await;
    let (admin, _) = first.login_demo("admin").await;
    let org = text(
        &second,
        "SELECT organisation_id FROM users WHERE email = 'coordinator@demo.perilink.test'",
    )
    .await;
    let theirs = published(&first).await;
    let hers: Vec<Value> = published(&second)
        .await
        .into_values()
        .filter(|s| s["organization_id"] == org.as_str())
        .collect();
    assert_eq!(hers.len(), 2, "the demo coordinator's organisation lists two");
    let her = |name: &str| -> String {
        hers.iter().find(|s| s["name"] == name).unwrap()["id"]
            .as_str()
            .unwrap()
            .to_owned()
    };
    let remote = |name: &str| -> String {
        theirs.values().find(|s| s["name"] == name).unwrap()["id"]
            .as_str()
            .unwrap()
            .to_owned()
    };
    let (her_esol, her_rhymes) = (her("ESOL Stepping Stones"), her("Rhyme time"));
    let (their_esol, their_rhymes) = (remote("ESOL Stepping Stones"), remote("Rhyme time"));

    // Near-identical: her title in other words, her venues some 20 m away.
    let put = |app: &TestApp, path: String, token: String, body: Value| {
        let request = app.client.put(app.url(&path)).bearer_auth(token).json(&body);
        async move { request.send().await.unwrap() }
    };
    let renamed = put(
        &second,
        format!("/api/directory/programmes/{her_esol}/translations/en"),
        coordinator.clone(),
        json!({"title": "Stepping Stones (ESOL)", "description": "Our own words."}),
    )
    .await;
    assert_eq!(renamed.status(), 200);
    perilink_server::service::sql::exec(&second.state.db, "UPDATE venues SET lat = lat + 0.00018", vec![])
        .await
        .unwrap();

    let programmes_before = count(&second, "SELECT COUNT(*) FROM programmes").await;
    let sessions_before = count(&second, "SELECT COUNT(*) FROM sessions").await;
    let feed = add_feed(&second, &coordinator, &first.url("/openreferral")).await;
    let run = read_now(&second, &coordinator, &feed).await;
    assert_eq!(run["problem"], Value::Null, "{run}");
    assert_eq!(run["created"], theirs.len() - 2, "{run}");
    assert!(
        run["detail"]
            .as_str()
            .unwrap()
            .contains("2 look like listings you already have"),
        "{run}"
    );
    assert_eq!(
        count(&second, "SELECT COUNT(*) FROM programmes").await,
        programmes_before + theirs.len() as i64 - 2,
        "the look-alikes are not listed twice"
    );

    // Each is offered beside hers.
    let waiting = offered(&second, &coordinator, &feed).await;
    assert_eq!(waiting.len(), 2, "{waiting:?}");
    let offer = |title: &str| -> Value {
        waiting
            .iter()
            .find(|d| d["theirs"]["title"] == title)
            .unwrap_or_else(|| panic!("{title} is offered"))
            .clone()
    };
    let (esol, rhymes) = (offer("ESOL Stepping Stones"), offer("Rhyme time"));
    assert_eq!(esol["programme_id"], her_esol.as_str());
    assert_eq!(esol["remote_id"], their_esol.as_str());
    assert_eq!(esol["mine"]["title"], "Stepping Stones (ESOL)");
    assert_eq!(esol["decision"], Value::Null);
    assert!(esol["similarity"].as_f64().unwrap() >= 0.6);
    assert_eq!(rhymes["programme_id"], her_rhymes.as_str());
    let feed_view = get_json(&second, &format!("/api/directory/feeds/{feed}"), &coordinator).await;
    assert_eq!(feed_view["duplicates"], 2);

    // Read again before she decides: asked once, still nothing doubled.
    let again = read_now(&second, &coordinator, &feed).await;
    assert_eq!(again["created"], 0, "{again}");
    let still = offered(&second, &coordinator, &feed).await;
    assert_eq!(
        still.iter().map(|d| d["id"].clone()).collect::<Vec<_>>(),
        waiting.iter().map(|d| d["id"].clone()).collect::<Vec<_>>()
    );

    // The first stops publishing rhyme time before she decides: it is no longer
    // asked about. Published again, it is compared afresh and offered again.
    assured(
        &first,
        &their_rhymes,
        chrono::Utc::now() - chrono::Duration::days(200),
    )
    .await;
    let dropped = read_now(&second, &coordinator, &feed).await;
    assert!(
        dropped["detail"]
            .as_str()
            .unwrap()
            .contains("1 that looked like listings you have is no longer in the feed"),
        "{dropped}"
    );
    let left = offered(&second, &coordinator, &feed).await;
    assert_eq!(
        left.iter().map(|d| d["id"].clone()).collect::<Vec<_>>(),
        vec![esol["id"].clone()],
        "only ESOL still waits"
    );
    let feed_view = get_json(&second, &format!("/api/directory/feeds/{feed}"), &coordinator).await;
    assert_eq!(feed_view["duplicates"], 1);
    assert_error(
        decide(
            &second,
            &coordinator,
            &feed,
            rhymes["id"].as_str().unwrap(),
            "separate",
        )
        .await,
        404,
        "not_found",
    )
    .await;
    assured(&first, &their_rhymes, chrono::Utc::now()).await;
    let back = read_now(&second, &coordinator, &feed).await;
    assert_eq!(back["created"], 0, "offered again, not listed: {back}");
    let rhymes = offered(&second, &coordinator, &feed)
        .await
        .into_iter()
        .find(|d| d["theirs"]["title"] == "Rhyme time")
        .expect("rhyme time is offered again");
    assert_eq!(rhymes["programme_id"], her_rhymes.as_str());
    assert_eq!(rhymes["decision"], Value::Null);

    // Only her organisation's coordinators may see or decide.
    let esol_id = esol["id"].as_str().unwrap().to_owned();
    let (care, _) = second.login_demo("care.coordinator").await;
    assert_error(
        decide(&second, &care, &feed, &esol_id, "link").await,
        404,
        "not_found",
    )
    .await;
    let refused = second
        .get_with_token(&format!("/api/directory/feeds/{feed}/duplicates"), &care)
        .await;
    assert_error(refused, 404, "not_found").await;
    let (host, _) = second.login_demo("host").await;
    assert_eq!(
        decide(&second, &host, &feed, &esol_id, "link").await.status(),
        403
    );
    assert_error(
        decide(&second, &coordinator, &feed, "no-such-look-alike", "link").await,
        404,
        "not_found",
    )
    .await;

    // "The same": tied to hers, nothing of hers written, nothing added.
    assert_eq!(
        decide(&second, &coordinator, &feed, &esol_id, "link")
            .await
            .status(),
        204
    );
    assert_error(
        decide(&second, &coordinator, &feed, &esol_id, "link").await,
        409,
        "duplicate_decided",
    )
    .await;
    assert_error(
        decide(&second, &coordinator, &feed, &esol_id, "separate").await,
        409,
        "duplicate_decided",
    )
    .await;
    assert_eq!(
        count(&second, "SELECT COUNT(*) FROM programmes").await,
        programmes_before + theirs.len() as i64 - 2
    );
    assert_eq!(
        count(
            &second,
            &format!(
                "SELECT COUNT(*) FROM feed_listings WHERE feed_id = '{feed}' AND kind = 'service' AND local_id = '{her_esol}' AND remote_id = '{their_esol}'"
            ),
        )
        .await,
        1,
        "the feed's service is tied to hers"
    );
    assert!(
        count(
            &second,
            &format!(
                "SELECT COUNT(*) FROM feed_listings f JOIN sessions s ON s.id = f.local_id WHERE f.feed_id = '{feed}' AND f.kind = 'session' AND s.programme_id = '{her_esol}'"
            ),
        )
        .await
            >= 1,
        "and its places and times to her sessions"
    );
    assert_eq!(
        get_json_open(&second, &format!("/openreferral/services/{her_esol}")).await["name"],
        "Stepping Stones (ESOL)",
        "her texts are untouched"
    );
    assert_eq!(
        count(
            &second,
            &format!(
                "SELECT COUNT(*) FROM audit_events WHERE action = 'directory.feed_duplicate_linked' AND subject_id = '{esol_id}'"
            ),
        )
        .await,
        1
    );

    // "Different": listed as its own, beside hers.
    let rhymes_id = rhymes["id"].as_str().unwrap();
    assert_eq!(
        decide(&second, &coordinator, &feed, rhymes_id, "separate")
            .await
            .status(),
        204
    );
    assert_eq!(
        count(&second, "SELECT COUNT(*) FROM programmes").await,
        programmes_before + theirs.len() as i64 - 1
    );
    let imported = listings(&second, &coordinator, &feed).await;
    let apart = imported
        .iter()
        .find(|l| l["remote_id"] == their_rhymes.as_str())
        .expect("listed");
    assert_ne!(apart["programme_id"], her_rhymes.as_str());
    assert_eq!(
        get_json_open(
            &second,
            &format!(
                "/openreferral/services/{}",
                apart["programme_id"].as_str().unwrap()
            )
        )
        .await["name"],
        "Rhyme time"
    );
    assert_eq!(
        count(
            &second,
            &format!(
                "SELECT COUNT(*) FROM audit_events WHERE action = 'directory.feed_duplicate_separated' AND subject_id = '{rhymes_id}'"
            ),
        )
        .await,
        1
    );
    assert_eq!(
        count(&second, "SELECT COUNT(*) FROM sessions").await - sessions_before,
        count(
            &second,
            &format!(
                "SELECT COUNT(*) FROM feed_listings f JOIN sessions s ON s.id = f.local_id WHERE f.feed_id = '{feed}' AND f.kind = 'session' AND s.programme_id <> '{her_esol}'"
            ),
        )
        .await,
        "the sessions added are the feed's own, none beside hers"
    );

    // A later edit on the first arrives as a change waiting for her approval.
    let edited = put(
        &first,
        format!("/api/directory/programmes/{their_esol}/translations/en"),
        admin.clone(),
        json!({"title": "ESOL Stepping Stones", "description": "New words from the first."}),
    )
    .await;
    assert_eq!(edited.status(), 200);
    let run = read_now(&second, &coordinator, &feed).await;
    assert_eq!(
        (run["created"].as_u64(), run["waiting"].as_u64()),
        (Some(0), Some(1)),
        "{run}"
    );
    assert!(
        !run["detail"].as_str().unwrap().contains("look like"),
        "not asked again: {run}"
    );
    let now = listings(&second, &coordinator, &feed).await;
    let linked = now
        .iter()
        .find(|l| l["programme_id"] == her_esol.as_str())
        .expect("her listing is among the feed's");
    assert_eq!(linked["current"]["title"], "Stepping Stones (ESOL)");
    assert_eq!(linked["pending"]["description"], "New words from the first.");
    assert_eq!(
        get_json_open(&second, &format!("/openreferral/services/{her_esol}")).await["description"],
        "Our own words.",
        "until she approves"
    );

    // The decisions are kept: nothing waits, nothing is asked again.
    let decided = offered(&second, &coordinator, &feed).await;
    let decisions: Vec<&str> = decided
        .iter()
        .map(|d| d["decision"].as_str().unwrap_or("waiting"))
        .collect();
    assert_eq!(decided.len(), 2);
    assert!(
        decisions.contains(&"same") && decisions.contains(&"different"),
        "{decisions:?}"
    );
    let feed_view = get_json(&second, &format!("/api/directory/feeds/{feed}"), &coordinator).await;
    assert_eq!(feed_view["duplicates"], 0);
    assert_eq!(
        count(&second, "SELECT COUNT(*) FROM programmes").await,
        programmes_before + theirs.len() as i64 - 1
    );
}
