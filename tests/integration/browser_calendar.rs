//! A session's dates from a partner's calendar (issue 21, item 3), only by tapping
//! from the coordinator's home page: she gives the session the calendar's address
//! in its form, reads it now, and is told what it did in plain words.

use crate::browser::{app_with_browser, text, text_with};
use crate::browser_referrals::sign_in;
use crate::calendar_import::{Calendar, dates, first_calendar, rhyme_time, serve, set, wrap};
use crate::helpers::get_json;
use fluent_bundle::FluentValue;
use serde_json::json;

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_coordinator_takes_a_sessions_dates_from_a_calendar_by_tapping() {
    let (app, browser, _guard) = app_with_browser("en-GB").await;
    let session = rhyme_time(&app).await;
    let calendar = Calendar::default();
    calendar.set(wrap(&first_calendar()));
    let url = serve(&calendar).await;
    // Where the session stands in her list of sessions.
    let (coordinator, _) = app.login_demo("coordinator").await;
    let listed = get_json(&app, "/api/directory/sessions", &coordinator).await;
    let place = listed["sessions"]
        .as_array()
        .unwrap()
        .iter()
        .position(|s| s["id"] == session.as_str())
        .unwrap()
        + 1;

    // From her home page to the session's form, by tapping.
    sign_in(&browser, &app, "coordinator@demo.perilink.test", "demo-password").await;
    browser
        .wait_for(
            "the way to the directory",
            "return !!document.querySelector('a[href=\"/coordinator\"]')",
        )
        .await;
    browser.click("a[href=\"/coordinator\"]").await;
    browser.click("[data-testid=coord-tab-sessions]").await;
    browser
        .click(&format!(".coord-list > li:nth-child({place}) button"))
        .await;
    browser.click("[data-testid=calendar-form] #calendar-url").await;
    assert_eq!(
        browser.text_of("#calendar-heading").await,
        text("en", "calendar-title")
    );

    // She gives the calendar's address and the words of its events' titles,
    // saves, and reads it now.
    browser.fill("#calendar-url", &url).await;
    browser.fill("#calendar-words", "rhyme time").await;
    browser.click("[data-testid=calendar-save]").await;
    browser
        .wait_for(
            "the calendar saved",
            "const p = document.querySelector('[data-testid=calendar-last-read]'); return !!p;",
        )
        .await;
    browser.click("[data-testid=calendar-read-now]").await;
    let never = text("en", "calendar-never-read");
    let said = browser
        .wait_for(
            "the reading's outcome",
            &format!(
                "const p = document.querySelector('[data-testid=calendar-last-read]');
                 const t = p ? p.innerText.replace(/[\\u2068\\u2069]/g, '') : '';
                 return t && t !== {} ? t : null;",
                json!(never)
            ),
        )
        .await;
    let state = get_json(
        &app,
        &format!("/api/directory/sessions/{session}/calendar"),
        &coordinator,
    )
    .await;
    let reading = &state["calendar"]["last_reading"];
    assert_eq!(reading["problem"], json!(null), "{state}");
    assert_eq!(reading["dates"], 6, "{state}");
    let n = |key: &str| FluentValue::from(reading[key].as_u64().unwrap());
    let done = text_with(
        "en",
        "calendar-read-done",
        &[
            ("dates", n("dates")),
            ("added", n("added")),
            ("cancelled", n("cancelled")),
            ("told", n("told")),
        ],
    );
    let said = said.as_str().unwrap();
    assert!(said.contains(&done), "she is told what it did: {said}");
    assert_eq!(dates(&app, &session).await.0, set(&[10, 13, 16, 17, 24, 38]));
    assert_eq!(state["calendar"]["url"], json!(url));
}
