//! Every status true (issue 15, must hold 3): after each change a person makes in
//! the browser (accept, decline, withdraw, cancel, enrol, book, and attendance
//! marked), every screen that shows that state (hers, her midwife's, the host's)
//! shows the new one after one navigation: her own screen at once, the others on
//! the page that person opens (signing in is that navigation).

use crate::api_reach::amiras_booked_referral;
use crate::browser::{Browser, app_with_browser};
use crate::browser_referrals::{check_screen, sign_in};
use crate::helpers::{TestApp, get_json, post_with_token as post};
use serde_json::{Value, json};

/// The status a card of `testid` for `referral` shows, once it shows it.
async fn card_status(browser: &Browser, testid: &str, referral: &str, want: &str) {
    browser
        .wait_for(
            &format!("{testid} {referral} to say {want}"),
            &format!(
                "const c = document.querySelector('[data-testid={testid}][data-referral={}]');
                 return !!c && c.dataset.status === {};",
                json!(referral),
                json!(want)
            ),
        )
        .await;
}

/// Signs whoever is signed in out, from the menu.
async fn sign_out(browser: &Browser) {
    browser.click("nav .link-button").await;
    browser
        .wait_for("signed out", "return location.pathname === '/sign-in'")
        .await;
}

/// A new referral of Amira to the programme of `like` (one the demo host runs).
async fn refer_amira(app: &TestApp, referrer: &str, like: &Value) -> String {
    let sent = post(
        app,
        "/api/referrals",
        referrer,
        json!({"mother_id": like["mother_id"], "programme_id": like["programme_id"], "reasons": ["isolation"]}),
    )
    .await;
    assert_eq!(sent.status(), 201);
    sent.json::<Value>().await.unwrap()["id"]
        .as_str()
        .unwrap()
        .to_owned()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn after_each_change_every_screen_that_shows_it_says_the_new_state() {
    let (app, browser, _guard) = app_with_browser("en-GB").await;
    let (referrer, _) = app.login_demo("referrer").await;
    let (mother, _) = app.login_demo("mother").await;
    let (booked, course, booking) = amiras_booked_referral(&app, &mother).await;
    let like = get_json(&app, &format!("/api/referrals/{booked}"), &referrer).await;
    let to_accept = refer_amira(&app, &referrer, &like).await;
    let to_decline = refer_amira(&app, &referrer, &like).await;
    let to_withdraw = refer_amira(&app, &referrer, &like).await;

    // The host accepts one and declines one: her page moves each card at once.
    sign_in(&browser, &app, "host@demo.perilink.test", "demo-password").await;
    browser.click("nav [data-nav=nav-incoming]").await;
    browser
        .click(&format!(
            "[data-testid=incoming-referral][data-referral='{to_accept}'] [data-testid=incoming-accept]"
        ))
        .await;
    card_status(&browser, "incoming-referral", &to_accept, "accepted").await;
    browser
        .wait_for(
            "the accepted referral under To book",
            &format!(
                "return !!document.querySelector('[data-testid=incoming-to-book] [data-referral={}]')",
                json!(to_accept)
            ),
        )
        .await;
    browser
        .click(&format!(
            "[data-testid=incoming-referral][data-referral='{to_decline}'] [data-testid=incoming-decline]"
        ))
        .await;
    browser.click("[data-testid=reason-preset]").await;
    browser.click("[data-testid=reason-confirm]").await;
    card_status(&browser, "incoming-referral", &to_decline, "declined").await;
    sign_out(&browser).await;

    // She sees both on signing in (her home page), withdraws one, and cancels the
    // booking her midwife's referral made: the referral says "accepted" at once.
    sign_in(&browser, &app, "mother@demo.perilink.test", "demo-password").await;
    card_status(&browser, "my-referral", &to_accept, "accepted").await;
    card_status(&browser, "my-referral", &to_decline, "declined").await;
    card_status(&browser, "my-referral", &booked, "booked").await;
    browser
        .click(&format!(
            "[data-testid=my-referral][data-referral='{to_withdraw}'] [data-testid=my-referral-withdraw]"
        ))
        .await;
    browser.click("[data-testid=my-referral-withdraw-yes]").await;
    card_status(&browser, "my-referral", &to_withdraw, "withdrawn").await;
    browser
        .click(&format!(
            "[data-testid=my-booking][data-session='{course}'] [data-testid=cancel]"
        ))
        .await;
    browser.click("[data-testid=cancel-yes]").await;
    browser
        .wait_for(
            "the cancelled booking gone",
            &format!(
                "return !document.querySelector('[data-testid=my-booking][data-session={}]')",
                json!(course)
            ),
        )
        .await;
    card_status(&browser, "my-referral", &booked, "accepted").await;
    assert_eq!(
        get_json(&app, "/api/me/bookings", &mother).await["bookings"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|b| b["id"] == booking.as_str())
            .count(),
        0
    );

    // She enrols on the course again from its page: the button goes at once, and
    // My sessions (one tap) says enrolled; opened again, the page says so too.
    browser.goto(&app.url(&format!("/sessions/{course}"))).await;
    browser.click("[data-testid=enrol]").await;
    browser
        .wait_for(
            "enrolled, with no button to enrol again",
            "return document.querySelector('[data-testid=booking-outcome]')?.dataset.state === 'enrolled'
                 && !document.querySelector('[data-testid=enrol]')",
        )
        .await;
    browser.click("[data-testid=see-my-sessions]").await;
    browser
        .wait_for(
            "the course on My sessions",
            &format!(
                "return document.querySelector('[data-testid=my-booking][data-session={}]')?.dataset.state === 'enrolled'",
                json!(course)
            ),
        )
        .await;
    browser.goto(&app.url(&format!("/sessions/{course}"))).await;
    browser
        .wait_for(
            "the course page knows she is enrolled",
            "return document.querySelector('[data-testid=her-place]')?.dataset.state === 'enrolled'
                 && !document.querySelector('[data-testid=enrol]')",
        )
        .await;
    check_screen(&browser, "a course she is enrolled on", "truth-enrolled-course").await;
    sign_out(&browser).await;

    // Her midwife's caseload, on signing in: every referral as it now stands, and
    // no "came to 0 of 0" on the one that lost its booking.
    sign_in(&browser, &app, "referrer@demo.perilink.test", "demo-password").await;
    for (id, status) in [
        (&to_accept, "accepted"),
        (&to_decline, "declined"),
        (&to_withdraw, "withdrawn"),
        (&booked, "accepted"),
    ] {
        card_status(&browser, "ref-referral", id, status).await;
    }
    let attended = browser
        .eval(&format!(
            "const c = document.querySelector('[data-testid=ref-referral][data-referral={}]');
             return [!!c.querySelector('[data-testid=ref-attended-none]'), c.innerText.includes('0 of 0')];",
            json!(to_accept)
        ))
        .await;
    assert_eq!(attended, json!([true, false]), "no sessions yet is said in words");
    sign_out(&browser).await;

    // The host, on signing in and opening her referrals: the withdrawn one among
    // the others, the one whose booking went back under To book.
    sign_in(&browser, &app, "host@demo.perilink.test", "demo-password").await;
    browser.click("nav [data-nav=nav-incoming]").await;
    card_status(&browser, "incoming-referral", &to_withdraw, "withdrawn").await;
    card_status(&browser, "incoming-referral", &booked, "accepted").await;
    browser
        .wait_for(
            "the referral whose booking she cancelled, to book again",
            &format!(
                "return !!document.querySelector('[data-testid=incoming-to-book] [data-referral={}]')",
                json!(booked)
            ),
        )
        .await;
    browser.client.clone().close().await.ok();
}
