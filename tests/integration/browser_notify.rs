//! A set-up link by text message, end to end through the Notify stand-in (issue
//! 16): the referrer registers a mother who prefers Somali, with her phone, in the
//! staff app; the text that reaches Notify is in Somali and fits two SMS segments;
//! she opens its link and chooses her password, and her account works. Then a
//! text Notify refuses: her referrer sees "Text message not delivered: phone her"
//! on her record, and the coordinator's page counts it. Last, a mother texts back
//! something other than "2" about today's date, and the host reads it on today's
//! register.

use crate::api_notify::Notify;
use crate::browser::{Browser, app_with_browser_and, text};
use crate::browser_referrals::{check_screen, sign_in, sign_out};
use crate::helpers::{Options, count};
use fantoccini::Locator;
use perilink_server::service::messages;
use serde_json::json;

const PHONE: &str = "07700 900777";
const PASSWORD: &str = "hodan's own long password";

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_mother_registered_in_somali_gets_her_set_up_link_by_text_in_somali_and_sets_a_password() {
    // Notify refuses Fatima's number.
    let notify = Notify::start(json!({"+447700900400": [400]}));
    let options = Options {
        notify_url: Some(notify.url.clone()),
        ..Options::default()
    };
    let (app, browser, _guard) = app_with_browser_and("en-GB", options).await;

    // The referrer finds nobody with her number, and registers her from it.
    sign_in(&browser, &app, "referrer@demo.perilink.test", "demo-password").await;
    browser
        .wait_for("the referrer's desk", "return location.pathname === '/referrals'")
        .await;
    browser.wait_for_heading(&text("en", "start-referrer")).await;
    register_from_her_number(&browser, PHONE, "Hodan", "so").await;
    let chosen = browser
        .wait_for(
            "her, chosen",
            "const c = document.querySelector('[data-testid=ref-chosen]');
             return c ? c.innerText : null;",
        )
        .await;
    assert!(chosen.as_str().unwrap().contains("Hodan"), "{chosen}");
    // Her set-up link waits out quiet hours; this test is about delivery.
    crate::helpers::release_held(&app, "account_setup").await;
    check_screen(
        &browser,
        "a mother registered with her phone",
        "notify-registered-en",
    )
    .await;

    // What reaches Notify: her Somali message with her link, in two segments at most.
    let request = notify.received(1).await.remove(0);
    assert_eq!(request["status"], 201, "{request}");
    assert_eq!(request["path"], "/v2/notifications/sms");
    assert_eq!(request["body"]["phone_number"], "+447700900777");
    let sms = request["body"]["personalisation"]["body"]
        .as_str()
        .unwrap()
        .to_owned();
    let at = sms.find("/set-up?token=").expect("the link in the text");
    let link_end = sms[at..]
        .find(char::is_whitespace)
        .map_or(sms.len(), |end| at + end);
    let start = sms[..at].rfind(char::is_whitespace).map_or(0, |s| s + 1);
    let link = &sms[start..link_end];
    assert_eq!(
        sms,
        messages::render("account_setup", "so", Some(link)),
        "her Somali words"
    );
    assert_ne!(sms, messages::render("account_setup", "en", Some(link)));
    assert!(
        messages::sms_segments(&sms) <= 2,
        "{} segments: {sms}",
        messages::sms_segments(&sms)
    );

    // She opens the link on her phone and chooses her password.
    sign_out(&browser).await;
    browser.goto(&app.url(&sms[at..link_end])).await;
    browser
        .wait_for(
            "the set-up form",
            "return !!document.getElementById('set-up-password')",
        )
        .await;
    browser.fill("#set-up-password", PASSWORD).await;
    browser
        .click("[data-testid=set-up-form] button[type=submit]")
        .await;
    browser
        .wait_for("signed in", "return location.pathname !== '/set-up'")
        .await;
    check_screen(&browser, "her first screen after setting up", "notify-set-up-en").await;
    assert_eq!(
        app.login(PHONE, PASSWORD).await.status(),
        200,
        "her password works"
    );
    sign_out(&browser).await;

    // A text that cannot be delivered shows on her record for her referrer.
    sign_in(&browser, &app, "referrer@demo.perilink.test", "demo-password").await;
    browser
        .wait_for("the referrer's desk", "return location.pathname === '/referrals'")
        .await;
    register_from_her_number(&browser, "07700 900400", "Fatima", "ar").await;
    browser
        .wait_for(
            "her, chosen",
            "return !!document.querySelector('[data-testid=ref-chosen]')",
        )
        .await;
    crate::helpers::release_held(&app, "account_setup").await;
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(30);
    while count(&app, "SELECT COUNT(*) FROM outbox WHERE status = 'failed'").await == 0 {
        assert!(
            std::time::Instant::now() < deadline,
            "Notify's refusal was not recorded"
        );
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
    browser.click("[data-testid=ref-change]").await;
    browser.fill("#ref-find", "07700 900400").await;
    browser.click("[data-testid=ref-find-submit]").await;
    browser
        .wait_for(
            "Fatima found",
            "return !!document.querySelector('[data-testid=ref-choose]')",
        )
        .await;
    browser.click("[data-testid=ref-choose]").await;
    let notice = browser
        .wait_for(
            "the undelivered notice",
            "const n = document.querySelector('[data-testid=ref-chosen] [data-testid=undelivered]');
             return n ? n.innerText.replace(/[\\u2068\\u2069]/g, '').trim() : null;",
        )
        .await;
    assert_eq!(notice, json!(text("en", "ref-undelivered-sms")));
    check_screen(
        &browser,
        "a record whose text was not delivered",
        "notify-undelivered-en",
    )
    .await;
    sign_out(&browser).await;

    // The coordinator's page counts it.
    sign_in(&browser, &app, "coordinator@demo.perilink.test", "demo-password").await;
    browser
        .wait_for(
            "the way to the coordinator's page",
            "return !!document.querySelector('a[href=\"/coordinator\"]')",
        )
        .await;
    browser.click("a[href=\"/coordinator\"]").await;
    let counts = browser
        .wait_for(
            "the message counts",
            "const u = document.querySelector('[data-testid=messages-undelivered]');
             const s = document.querySelector('[data-testid=messages-stuck]');
             return u && s ? [u.dataset.count, s.dataset.count, u.innerText.replace(/[\\u2068\\u2069]/g, '').trim()] : null;",
        )
        .await;
    assert_eq!(counts[0], "1", "{counts}");
    assert_eq!(counts[1], "0", "{counts}");
    let said = crate::browser::text_with("en", "coord-messages-undelivered", &[("count", 1.into())]);
    assert_eq!(
        counts[2].as_str().unwrap(),
        said.replace(['\u{2068}', '\u{2069}'], "")
    );
    check_screen(
        &browser,
        "the coordinator's page with a message not delivered",
        "notify-coordinator-en",
    )
    .await;
    sign_out(&browser).await;

    // A mother texts back something other than "2" about today's date: the host
    // reads it on today's register.
    let today = perilink_server::clock::london_today();
    let rows = perilink_server::service::sql::query(
        &app.state.db,
        "SELECT o.id, o.session_id FROM occurrences o JOIN sessions s ON s.id = o.session_id \
         JOIN users u ON u.id = s.host_id WHERE u.email = 'host@demo.perilink.test' \
         AND o.date = ? AND o.cancelled = FALSE ORDER BY s.start_time, o.id",
        vec![today.into()],
    )
    .await
    .unwrap();
    let (occurrence, session): (String, String) = (
        rows[0].try_get_by_index(0).unwrap(),
        rows[0].try_get_by_index(1).unwrap(),
    );
    let details = perilink_shared::booking::SignupRequest {
        name: "Zofia".into(),
        phone: Some("07700 900213".into()),
        email: None,
        language: "pl".into(),
        password: "a good long password".into(),
    };
    let user = perilink_server::service::users::create_mother(
        &app.state.db,
        perilink_server::service::users::check_signup(details).unwrap(),
    )
    .await
    .unwrap();
    let zofia = perilink_server::service::bookings::mother_of_user(&app.state.db, &user.id)
        .await
        .unwrap()
        .unwrap();
    // Her place today, and yesterday afternoon's reminder of it.
    let booking = uuid::Uuid::new_v4().to_string();
    let now = chrono::Utc::now();
    perilink_server::service::sql::exec(
        &app.state.db,
        "INSERT INTO bookings (id, mother_id, session_id, occurrence_id, kind, status, created_at, updated_at) \
         VALUES (?, ?, ?, ?, 'occurrence', 'booked', ?, ?)",
        vec![
            booking.clone().into(),
            zofia.id.clone().into(),
            session.into(),
            occurrence.clone().into(),
            now.into(),
            now.into(),
        ],
    )
    .await
    .unwrap();
    perilink_server::service::sql::exec(
        &app.state.db,
        "INSERT INTO session_reminders (booking_id, occurrence_id, queued_at) VALUES (?, ?, ?)",
        vec![booking.into(), occurrence.clone().into(), now.into()],
    )
    .await
    .unwrap();
    let reply = app
        .client
        .post(app.url("/api/hooks/notify/inbound"))
        .bearer_auth(crate::helpers::TEST_NOTIFY_CALLBACK_TOKEN)
        .json(&json!({
            "id": uuid::Uuid::new_v4().to_string(), "source_number": "447700900213",
            "destination_number": "07797800000", "message": "Spóźnię się 10 minut",
            "date_received": now.to_rfc3339()
        }))
        .send()
        .await
        .unwrap();
    assert_eq!(reply.status(), 204);
    sign_in(&browser, &app, "host@demo.perilink.test", "demo-password").await;
    let shown = browser
        .wait_for(
            "her text on today's register",
            &format!(
                "const r = document.querySelector('[data-occurrence={}] [data-testid=text-reply]');
                 return r ? [r.dataset.mother, r.innerText] : null;",
                json!(occurrence)
            ),
        )
        .await;
    assert_eq!(shown[0], json!(zofia.id));
    let said = shown[1].as_str().unwrap();
    assert!(
        said.contains("Zofia") && said.contains("Spóźnię się 10 minut"),
        "{said}"
    );
    check_screen(
        &browser,
        "a register with a mother's text",
        "notify-register-reply-en",
    )
    .await;
}

/// On the referrer's desk: finds nobody with `phone` and registers her from it,
/// with her first name and the language she prefers.
async fn register_from_her_number(browser: &Browser, phone: &str, name: &str, language: &str) {
    open_register_from_her_number(browser, phone).await;
    browser.fill("#ref-given", name).await;
    browser
        .client
        .find(Locator::Id("ref-language"))
        .await
        .unwrap()
        .select_by_value(language)
        .await
        .unwrap();
    browser.click("[data-testid=ref-register-submit]").await;
}

/// On the referrer's desk: searches for `phone`, finds nobody, and opens the form
/// that registers her from it.
pub(crate) async fn open_register_from_her_number(browser: &Browser, phone: &str) {
    browser.fill("#ref-find", phone).await;
    browser.click("[data-testid=ref-find-submit]").await;
    browser
        .wait_for(
            "nobody found",
            "return !!document.querySelector('[data-testid=ref-found-none]')",
        )
        .await;
    browser.click("[data-testid=ref-register-open]").await;
    browser
        .wait_for(
            "the register form",
            "return !!document.getElementById('ref-given')",
        )
        .await;
}
