//! The coordinator's feeds screen (issue 21), only by tapping from her home page:
//! a feed added with the form and read, its bad outcome in plain words, and a
//! feed's change to a listing she edited shown beside hers and approved, and the
//! feed's services that look like hers (both run the demo) shown beside hers and
//! decided: one the same, one different.

use crate::browser::{app_with_browser, text};
use crate::browser_referrals::{check_screen, sign_in};
use crate::helpers::{Backend, TestApp, get_json, post_with_token};
use serde_json::{Value, json};

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_coordinator_adds_a_feed_and_approves_its_change_beside_her_own() {
    let (app, browser, _guard) = app_with_browser("en-GB").await;
    let first = TestApp::spawn(Backend::Sqlite).await.unwrap();

    // A feed she has read once, and a listing from it that she then changed
    // here, which the first directory has changed since.
    let (coordinator, _) = app.login_demo("coordinator").await;
    let (admin, _) = first.login_demo("admin").await;
    let added = post_with_token(
        &app,
        "/api/directory/feeds",
        &coordinator,
        json!({"base_url": first.url("/openreferral"), "take": "all"}),
    )
    .await;
    let feed: Value = added.json().await.unwrap();
    let feed = feed["id"].as_str().unwrap().to_owned();
    let runs = format!("/api/directory/feeds/{feed}/runs");
    let read = |app: &TestApp| {
        let request = app
            .client
            .post(app.url(&runs))
            .bearer_auth(&coordinator)
            .json(&json!({}));
        async move { request.send().await.unwrap() }
    };
    assert_eq!(read(&app).await.status(), 200);
    let listed = get_json(
        &app,
        &format!("/api/directory/feeds/{feed}/listings"),
        &coordinator,
    )
    .await;
    let one = &listed["listings"][0];
    let (remote, local) = (
        one["remote_id"].as_str().unwrap(),
        one["programme_id"].as_str().unwrap(),
    );
    let put = |app: &TestApp, path: String, token: &str, body: Value| {
        let request = app.client.put(app.url(&path)).bearer_auth(token).json(&body);
        async move { assert_eq!(request.send().await.unwrap().status(), 200) }
    };
    put(
        &app,
        format!("/api/directory/programmes/{local}/translations/en"),
        &coordinator,
        json!({"title": "Our rhyme time", "description": "Our words."}),
    )
    .await;
    assert_eq!(read(&app).await.status(), 200);
    put(
        &first,
        format!("/api/directory/programmes/{remote}/translations/en"),
        &admin,
        json!({"title": "Their rhyme time", "description": "Their words."}),
    )
    .await;
    assert_eq!(read(&app).await.status(), 200);

    // From her home page to the feeds screen, by tapping.
    sign_in(&browser, &app, "coordinator@demo.perilink.test", "demo-password").await;
    browser
        .wait_for(
            "the way to the directory",
            "return !!document.querySelector('a[href=\"/coordinator\"]')",
        )
        .await;
    browser.click("a[href=\"/coordinator\"]").await;
    browser.click("[data-testid=coord-feeds]").await;
    browser.wait_for_heading(&text("en", "feeds-title")).await;

    // She adds a feed whose address answers nothing, reads it, and is told so.
    browser.fill("#feed-url", "http://127.0.0.1:9/openreferral").await;
    browser.click("[data-testid=feed-add]").await;
    browser
        .wait_for(
            "both feeds",
            "return document.querySelectorAll('[data-testid=feed]').length === 2",
        )
        .await;
    browser
        .click("[data-testid=feed]:first-child [data-testid=feed-read-now]")
        .await;
    let told = browser
        .wait_for(
            "the reading's outcome",
            "const p = document.querySelector('[data-testid=feed]:first-child [data-testid=feed-last-run]');
             return p && p.dataset.problem ? [p.dataset.problem, p.innerText] : null;",
        )
        .await;
    assert_eq!(told[0], "unreachable");
    assert!(
        told[1]
            .as_str()
            .unwrap()
            .contains(&text("en", "feeds-problem-unreachable")),
        "{told}"
    );

    // The first directory's change waits beside hers; she takes theirs.
    let waiting = "[data-testid=feed][data-waiting=\"1\"]";
    browser
        .click(&format!("{waiting} [data-testid=feed-show-listings]"))
        .await;
    let sides = browser
        .wait_for(
            "the change beside hers",
            "const t = document.querySelector('[data-testid=feed-change]');
             return t ? [...t.querySelectorAll('tbody tr')].slice(0, 2).map(r => [...r.querySelectorAll('td')].map(c => c.innerText)) : null;",
        )
        .await;
    assert_eq!(sides[0], json!(["Our rhyme time", "Their rhyme time"]));
    assert_eq!(sides[1], json!(["Our words.", "Their words."]));
    check_screen(&browser, "a feed's change beside hers", "feeds-change-en").await;
    browser.click("[data-testid=feed-approve]").await;
    browser
        .wait_for(
            "no change waiting",
            "return !document.querySelector('[data-testid=feed-change]')",
        )
        .await;
    let shown = get_json(
        &app,
        &format!("/api/directory/feeds/{feed}/listings"),
        &coordinator,
    )
    .await;
    let taken = shown["listings"]
        .as_array()
        .unwrap()
        .iter()
        .find(|l| l["programme_id"] == local)
        .unwrap()
        .clone();
    assert_eq!(taken["title"], "Their rhyme time");
    assert_eq!(taken["pending"], Value::Null);

    // Two of the first's services look like hers: she says the first is the same
    // as hers, and the other different.
    for (left, verb) in [(2, "link"), (1, "separate")] {
        let alike = format!("[data-testid=feed][data-duplicates=\"{left}\"]");
        browser
            .wait_for(
                "the feed with look-alikes",
                &format!("return !!document.querySelector('{alike}')"),
            )
            .await;
        browser
            .click(&format!("{alike} [data-testid=feed-show-listings]"))
            .await;
        browser
            .wait_for(
                "the look-alikes beside hers",
                &format!(
                    "return document.querySelectorAll('[data-testid=feed-duplicate]').length === {left}"
                ),
            )
            .await;
        if left == 2 {
            let sides = browser
                .wait_for(
                    "a look-alike's titles",
                    "const t = document.querySelector('[data-testid=feed-duplicate-sides]');
                     return t ? [...t.querySelectorAll('tbody tr:first-child td')].map(c => c.innerText) : null;",
                )
                .await;
            assert_eq!(sides[0], sides[1], "the same title on both sides: {sides}");
            check_screen(&browser, "a look-alike beside hers", "feeds-duplicate-en").await;
        }
        browser
            .click(&format!(
                "[data-testid=feed-duplicate]:first-child [data-testid=feed-duplicate-{verb}]"
            ))
            .await;
    }
    browser
        .wait_for(
            "nothing left to decide",
            "return document.querySelectorAll('[data-testid=feed][data-duplicates=\"0\"]').length === 2",
        )
        .await;
    let decided = get_json(
        &app,
        &format!("/api/directory/feeds/{feed}/duplicates"),
        &coordinator,
    )
    .await;
    let mut decisions: Vec<&str> = decided["duplicates"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| d["decision"].as_str().unwrap_or("waiting"))
        .collect();
    decisions.sort();
    assert_eq!(decisions, ["different", "same"]);
}
