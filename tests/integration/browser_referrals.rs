//! Supported referral in the browser, end to end at a phone's 360 px with axe on
//! every screen: the demo referrer registers a mother who prefers Polish, records
//! her consent and refers her to Singing for mums; the host accepts and books her;
//! the referrer sees her booked; the mother sees the referral in Polish.

use crate::browser::{Browser, app_with_browser, text};
use crate::browser_notify::open_register_from_her_number;
use crate::helpers::{TestApp, workspace_root};
use fantoccini::Locator;
use fluent_bundle::{FluentArgs, FluentBundle, FluentResource, FluentValue};
use sea_orm::{ActiveModelTrait, ConnectionTrait, Set};
use serde_json::{Value, json};

/// Every locale file, as the app loads them (`app/src/i18n.rs`).
const LOCALE_FILES: [&str; 4] = ["main.ftl", "find.ftl", "staff.ftl", "referrals.ftl"];

/// The new mother's phone number, as the referrer types it, and as kept.
const PHONE: &str = "07700 900987";
const PHONE_E164: &str = "+447700900987";

/// Singing for mums, as the demo data names it in English and in Polish.
const SINGING: &str = "Singing for mums";
const SINGING_PL: &str = "Śpiew dla mam";

/// What the app shows for `key` in `tag`: the message, or while a translation is
/// still missing (the other languages' referrals.ftl come later), the key itself,
/// as `I18n::t` does.
fn says(tag: &str, key: &str, args: &[(&str, FluentValue<'static>)]) -> String {
    let mut bundle = FluentBundle::new(vec![tag.parse().unwrap()]);
    bundle.set_use_isolating(false);
    for file in LOCALE_FILES {
        let path = workspace_root().join("locales").join(tag).join(file);
        let source = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        let resource = FluentResource::try_new(source).unwrap_or_else(|(resource, _)| resource);
        let _ = bundle.add_resource(resource);
    }
    let Some(pattern) = bundle.get_message(key).and_then(|m| m.value()) else {
        return key.to_owned();
    };
    let mut fluent_args = FluentArgs::new();
    for (name, value) in args {
        fluent_args.set(*name, value.clone());
    }
    let mut errors = Vec::new();
    bundle
        .format_pattern(pattern, Some(&fluent_args), &mut errors)
        .into_owned()
}

/// What a session's card should say of its programme's record of replies, from the
/// API.
async fn record_text(app: &TestApp, session_id: &str) -> String {
    let (token, _) = app.login_demo("referrer").await;
    let page: Value = app
        .get(&format!("/api/sessions/{session_id}"))
        .await
        .json()
        .await
        .unwrap();
    let programme = page["programme_id"].as_str().unwrap();
    let record: Value = app
        .get_with_token(&format!("/api/programmes/{programme}/referral-record"), &token)
        .await
        .json()
        .await
        .unwrap();
    match (
        record["referrals"].as_u64(),
        record["median_reply_days"].as_u64(),
        record["accepted_percent"].as_u64(),
    ) {
        (Some(0), _, _) => says("en", "ref-record-none", &[]),
        (_, Some(days), Some(percent)) => says(
            "en",
            "ref-record",
            &[("days", days.into()), ("percent", percent.into())],
        ),
        _ => says("en", "ref-record-no-replies", &[]),
    }
}

/// JavaScript for the innerText of `selector`, without Fluent's isolation marks.
fn inner_text(selector: &str) -> String {
    format!(
        "(document.querySelector({})?.innerText ?? '').replace(/[\\u2068\\u2069]/g, '')",
        json!(selector)
    )
}

async fn sql(app: &TestApp, statement: &str) {
    app.state.db.execute_unprepared(statement).await.expect(statement);
}

/// Has the server compress the app's files before the browser asks for them: the
/// first request for each compresses it, which in an unoptimised test build of the
/// server takes longer than the browser waits allow for a page to appear.
async fn warm_up(app: &TestApp) {
    let client = reqwest::Client::builder()
        .timeout(std::time::Duration::from_secs(300))
        .build()
        .unwrap();
    let index = client
        .get(app.url("/"))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    for asset in index
        .split(['"', '\''])
        .filter(|s| s.starts_with('/') && (s.ends_with(".wasm") || s.ends_with(".js")))
    {
        let response = client
            .get(app.url(asset))
            .header("Accept-Encoding", "gzip, deflate, br, zstd")
            .send()
            .await
            .unwrap();
        assert_eq!(response.status(), 200, "{asset}");
        response.bytes().await.unwrap();
    }
}

pub(crate) async fn sign_in(browser: &Browser, app: &TestApp, email: &str, password: &str) {
    browser.goto(&app.url("/sign-in")).await;
    browser
        .wait_for("the sign-in form", "return !!document.getElementById('email')")
        .await;
    browser.fill("#email", email).await;
    browser.fill("#password", password).await;
    browser.click("form button[type=submit]").await;
    browser
        .wait_for("signed in", "return location.pathname !== '/sign-in'")
        .await;
}

pub(crate) async fn sign_out(browser: &Browser) {
    browser.click("nav .link-button").await;
    browser
        .wait_for("signed out", "return location.pathname === '/sign-in'")
        .await;
}

pub(crate) async fn check_screen(browser: &Browser, name: &str, screenshot: &str) {
    browser.screenshot(screenshot).await;
    browser.assert_fits_a_phone(name).await;
    browser.assert_accessible(name).await;
}

/// Ticks the checkbox or radio button `#id`.
pub(crate) async fn tick(browser: &Browser, id: &str) {
    browser.click(&format!("#{id}")).await;
    browser
        .wait_for(
            &format!("#{id} ticked"),
            &format!("return document.getElementById({}).checked", json!(id)),
        )
        .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_polish_mother_is_referred_to_singing_accepted_booked_and_sees_it_in_polish() {
    let (app, browser, _guard) = app_with_browser("en-GB").await;
    warm_up(&app).await;
    // In the demo, Singing for mums is run by a musician who cannot sign in: hand
    // its sessions to the demo host, who can.
    sql(
        &app,
        "UPDATE sessions SET host_id = (SELECT id FROM users WHERE email = 'host@demo.perilink.test') \
         WHERE programme_id IN (SELECT programme_id FROM programme_translations \
                                WHERE language = 'en' AND title = 'Singing for mums')",
    )
    .await;

    // The referrer signs in and lands on her desk: her caseload, with every status.
    sign_in(&browser, &app, "referrer@demo.perilink.test", "demo-password").await;
    browser
        .wait_for("the referrer's desk", "return location.pathname === '/referrals'")
        .await;
    browser.wait_for_heading(&text("en", "start-referrer")).await;
    let statuses = browser
        .wait_for(
            "her caseload",
            "const s = [...document.querySelectorAll('[data-testid=ref-referral]')].map(r => r.dataset.status);
             return s.length ? s : null;",
        )
        .await;
    for status in [
        "sent",
        "accepted",
        "declined",
        "booked",
        "did_not_attend",
        "withdrawn",
    ] {
        assert!(
            statuses.as_array().unwrap().contains(&json!(status)),
            "{status}: {statuses}"
        );
    }
    let declined = browser
        .eval(&format!(
            "return {}",
            inner_text("[data-testid=ref-referral][data-status=declined] [data-testid=ref-referral-status]")
        ))
        .await;
    assert_eq!(declined, says("en", "ref-status-declined", &[]));
    check_screen(&browser, "the referrer's desk", "referrals-desk-en").await;

    // Her number finds nobody, so registering starts from it.
    open_register_from_her_number(&browser, PHONE).await;
    assert_eq!(
        browser
            .eval("return document.getElementById('ref-phone').value")
            .await,
        PHONE,
        "the number searched for is filled in"
    );
    browser.fill("#ref-given", "Zofia").await;
    browser.fill("#ref-family", "Wiśniewska").await;
    browser.fill("#ref-postcode", "L8 2TF").await;
    // Without her language, the form says so, on the field.
    browser.click("[data-testid=ref-register-submit]").await;
    browser
        .wait_for(
            "the missing-language message",
            &format!(
                "return {} === {} && document.getElementById('ref-language').getAttribute('aria-invalid') === 'true'",
                inner_text("[data-testid=ref-register-problem]"),
                json!(says("en", "ref-error-language", &[]))
            ),
        )
        .await;
    check_screen(
        &browser,
        "registering a mother, with a problem",
        "referrals-register-en",
    )
    .await;
    browser
        .client
        .find(Locator::Id("ref-language"))
        .await
        .unwrap()
        .select_by_value("pl")
        .await
        .unwrap();
    tick(&browser, "ref-interpreter").await;
    browser.click("[data-testid=ref-register-submit]").await;
    let chosen = browser
        .wait_for(
            "her, chosen",
            "const c = document.querySelector('[data-testid=ref-chosen]');
             return c ? { id: c.dataset.mother, text: c.innerText } : null;",
        )
        .await;
    let mother_id = chosen["id"].as_str().unwrap().to_owned();
    let summary = chosen["text"].as_str().unwrap();
    assert!(summary.contains("Zofia Wiśniewska"), "{summary}");
    assert!(summary.contains(PHONE_E164), "{summary}");
    assert!(summary.contains("Polish"), "{summary}");

    // The session search starts from what is known of her: near her postcode, in
    // Polish. Singing shows each session once, with its record of replies.
    assert_eq!(
        browser
            .eval("return [document.getElementById('ref-near').value, document.getElementById('ref-in-language').checked]")
            .await,
        json!(["L8 2TF", true])
    );
    browser.click("[data-testid=ref-kind-singing]").await;
    let card = browser
        .wait_for(
            "Singing for mums near her, in Polish",
            &format!(
                "const cards = [...document.querySelectorAll('[data-testid=ref-session]')];
                 if (!cards.length || cards.some(c => c.dataset.kind !== 'singing')) return null;
                 const card = cards.find(c => c.innerText.includes({title}));
                 const record = card?.querySelector('[data-testid=ref-record]').innerText.replace(/[\\u2068\\u2069]/g, '');
                 if (!record || record === {loading}) return null;
                 return {{ session: card.dataset.session, record,
                          interpreter: !!card.querySelector('[data-interpreter=pl]') }};",
                title = json!(SINGING),
                loading = json!(text("en", "loading"))
            ),
        )
        .await;
    assert_eq!(
        card["record"],
        record_text(&app, card["session"].as_str().unwrap()).await,
        "{card}"
    );
    assert_eq!(card["interpreter"], true, "{card}");
    let session_id = card["session"].as_str().unwrap().to_owned();
    let picked = format!("[data-testid=ref-session][data-session=\"{session_id}\"] [data-testid=ref-pick]");
    browser.click(&picked).await;
    browser
        .wait_for(
            "the session, chosen",
            &format!(
                "return document.querySelector({})?.getAttribute('aria-pressed') === 'true'",
                json!(picked)
            ),
        )
        .await;
    check_screen(&browser, "choosing a session", "referrals-session-en").await;

    // Nothing is sent without her consent.
    tick(&browser, "ref-reason-isolation").await;
    tick(&browser, "ref-reason-low_mood_or_anxiety").await;
    browser.click("[data-testid=ref-send]").await;
    browser
        .wait_for(
            "the consent-first message",
            &format!(
                "return {} === {}",
                inner_text("[data-testid=ref-send-problem]"),
                json!(says("en", "ref-error-no-consent", &[]))
            ),
        )
        .await;

    // Her consent: who it is shared with comes from the session; texts, as she
    // gave a mobile number.
    let consent = browser
        .eval(
            "return [document.getElementById('ref-shared-with').value, document.getElementById('ref-contact-sms').checked]",
        )
        .await;
    assert!(consent[0].as_str().unwrap().starts_with(SINGING), "{consent}");
    assert_eq!(consent[1], true, "{consent}");
    for scope in ["contact_details", "referral_reasons", "attendance_to_referrer"] {
        tick(&browser, &format!("ref-scope-{scope}")).await;
    }
    check_screen(&browser, "recording consent", "referrals-consent-en").await;
    browser.click("[data-testid=ref-consent-submit]").await;
    browser
        .wait_for(
            "her consent, recorded",
            "return !!document.querySelector('[data-testid=ref-consent-done]')",
        )
        .await;

    // Why, and send.
    browser
        .fill("#ref-what-matters", "Meeting other mums who speak Polish")
        .await;
    browser
        .fill("#ref-note", "EPDS 11 at the booking appointment")
        .await;
    browser.click("[data-testid=ref-send]").await;
    let sent = says(
        "en",
        "ref-sent",
        &[("name", "Zofia Wiśniewska".into()), ("programme", SINGING.into())],
    );
    browser
        .wait_for(
            "the sent message",
            &format!(
                "return {} === {}",
                inner_text("[data-testid=ref-status]"),
                json!(sent)
            ),
        )
        .await;
    let referral_id = browser
        .wait_for(
            "the referral on her caseload",
            &format!(
                "return document.querySelector('[data-testid=ref-mother][data-mother=\"{mother_id}\"] \
                 [data-testid=ref-referral][data-status=sent]')?.dataset.referral",
            ),
        )
        .await
        .as_str()
        .unwrap()
        .to_owned();
    check_screen(&browser, "the referral, sent", "referrals-sent-en").await;
    let kept = app
        .state
        .db
        .query_one_raw(sea_orm::Statement::from_string(
            app.state.db.get_database_backend(),
            format!("SELECT session_id, note FROM referrals WHERE id = '{referral_id}'"),
        ))
        .await
        .unwrap()
        .unwrap();
    assert_eq!(kept.try_get_by_index::<String>(0).unwrap(), session_id);
    assert_eq!(
        kept.try_get_by_index::<String>(1).unwrap(),
        "EPDS 11 at the booking appointment"
    );

    // The host accepts and books her. The referrer's note never reaches the host.
    sign_out(&browser).await;
    sign_in(&browser, &app, "host@demo.perilink.test", "demo-password").await;
    browser.goto(&app.url("/referrals")).await;
    browser
        .wait_for_heading(&says("en", "ref-incoming-title", &[]))
        .await;
    let card = format!("[data-testid=incoming-referral][data-referral=\"{referral_id}\"]");
    let shown = browser
        .wait_for(
            "the new referral, waiting for a reply",
            &format!(
                "return document.querySelector('[data-testid=incoming-new] {card}[data-status=sent]')?.innerText",
            ),
        )
        .await;
    let shown = shown.as_str().unwrap();
    assert!(shown.contains("Zofia") && shown.contains(SINGING), "{shown}");
    assert!(!shown.contains("EPDS"), "hosts never see the note: {shown}");
    check_screen(&browser, "incoming referrals", "referrals-incoming-en").await;
    browser
        .click(&format!("{card} [data-testid=incoming-accept]"))
        .await;
    browser
        .wait_for(
            "the referral, accepted",
            &format!("return !!document.querySelector('[data-testid=incoming-to-book] {card}[data-status=accepted]')"),
        )
        .await;
    browser
        .click(&format!("{card} [data-testid=incoming-book]"))
        .await;
    browser
        .wait_for(
            "dates to book",
            &format!("return document.querySelectorAll('{card} [data-testid=incoming-date]').length > 0"),
        )
        .await;
    check_screen(&browser, "booking a date", "referrals-book-en").await;
    browser
        .click(&format!("{card} [data-testid=incoming-date]"))
        .await;
    browser
        .wait_for(
            "the referral, booked",
            &format!(
                "return !!document.querySelector('[data-testid=incoming-others] {card}[data-status=booked]')"
            ),
        )
        .await;
    let booked = browser
        .eval(&format!("return {}", inner_text("[data-testid=incoming-status]")))
        .await;
    assert!(booked.as_str().unwrap().contains("Zofia"), "{booked}");
    browser.assert_accessible("incoming referrals, booked").await;

    // The referrer sees her booked, every move, and the news that she was accepted.
    sign_out(&browser).await;
    sign_in(&browser, &app, "referrer@demo.perilink.test", "demo-password").await;
    let referral = format!("[data-testid=ref-referral][data-referral=\"{referral_id}\"]");
    browser
        .wait_for(
            "the referral, booked, on her caseload",
            &format!("return !!document.querySelector('{referral}[data-status=booked]')"),
        )
        .await;
    assert_eq!(
        browser
            .eval(&format!(
                "return {}",
                inner_text(&format!("{referral} [data-testid=ref-referral-status]"))
            ))
            .await,
        says("en", "ref-status-booked", &[])
    );
    let moves = browser
        .eval(&format!(
            "return [...document.querySelectorAll('{referral} [data-testid=ref-moves] li')].map(l => l.dataset.to)"
        ))
        .await;
    assert_eq!(moves, json!(["sent", "accepted", "booked"]));
    let news = "[data-testid=ref-news-item][data-kind=referral_accepted]";
    let item = browser
        .wait_for(
            "the news that she was accepted",
            &format!("return [...document.querySelectorAll('{news}')].map(n => n.innerText).find(t => t.includes('Zofia'))"),
        )
        .await;
    assert!(item.as_str().unwrap().contains(SINGING), "{item}");
    check_screen(&browser, "the referrer's desk, with news", "referrals-news-en").await;
    let unread = browser
        .eval(&format!("return document.querySelectorAll('{news}').length"))
        .await
        .as_u64()
        .unwrap();
    browser
        .click(&format!("{news} [data-testid=ref-news-read]"))
        .await;
    browser
        .wait_for(
            "one piece of news fewer",
            &format!(
                "return document.querySelectorAll('{news}').length === {}",
                unread - 1
            ),
        )
        .await;

    // The mother gets an account linked to her record, and sees her referral in
    // Polish: the programme's Polish title, and where it stands.
    let user_id = uuid::Uuid::new_v4().to_string();
    perilink_server::entity::user::ActiveModel {
        id: Set(user_id.clone()),
        email: Set(Some("zofia@example.org".into())),
        phone: Set(None),
        password_hash: Set(perilink_server::auth::password::hash_blocking("her-own-password").unwrap()),
        role: Set("mother".into()),
        display_name: Set("Zofia".into()),
        job_title: Set(None),
        organisation_id: Set(None),
        language: Set("pl".into()),
        active: Set(true),
        created_at: Set(chrono::Utc::now()),
    }
    .insert(&app.state.db)
    .await
    .unwrap();
    sql(
        &app,
        &format!("UPDATE mothers SET user_id = '{user_id}' WHERE id = '{mother_id}'"),
    )
    .await;
    sign_out(&browser).await;
    browser
        .client
        .find(Locator::Id("language-picker"))
        .await
        .unwrap()
        .select_by_value("pl")
        .await
        .unwrap();
    browser
        .wait_for("Polish", "return document.documentElement.lang === 'pl'")
        .await;
    sign_in(&browser, &app, "zofia@example.org", "her-own-password").await;
    browser.goto(&app.url("/referrals")).await;
    let mine = format!("[data-testid=my-referral][data-referral=\"{referral_id}\"]");
    let seen: Value = browser
        .wait_for(
            "her referral, in Polish",
            &format!(
                "const card = document.querySelector('{mine}[data-status=booked]');
                 return card ? {{ text: card.innerText.replace(/[\\u2068\\u2069]/g, ''),
                                 title: card.querySelector('.result-title [lang]').getAttribute('lang') }} : null;"
            ),
        )
        .await;
    let card_text = seen["text"].as_str().unwrap();
    assert!(card_text.contains(SINGING_PL), "{seen}");
    assert_eq!(seen["title"], "pl", "{seen}");
    assert!(
        card_text.contains(&says("pl", "ref-status-booked", &[])),
        "{seen}"
    );
    assert_eq!(browser.eval("return document.documentElement.lang").await, "pl");
    assert_eq!(
        browser
            .eval(&format!(
                "return [!!document.querySelector('{mine} [data-testid=my-referral-accept]'),
                         !!document.querySelector('{mine} [data-testid=my-referral-withdraw]')]"
            ))
            .await,
        json!([false, true]),
        "booked: she may stop it, no longer accept it"
    );
    check_screen(&browser, "her referrals, in Polish", "referrals-mother-pl").await;

    // She stops it, after being asked.
    browser
        .click(&format!("{mine} [data-testid=my-referral-withdraw]"))
        .await;
    browser
        .click(&format!("{mine} [data-testid=my-referral-withdraw-yes]"))
        .await;
    browser
        .wait_for(
            "her referral, stopped",
            &format!("return !!document.querySelector('{mine}[data-status=withdrawn]')"),
        )
        .await;
    let said = browser
        .eval(&format!("return {}", inner_text("[data-testid=myref-status]")))
        .await;
    assert_eq!(said, says("pl", "myref-withdrawn", &[]));
    browser
        .assert_accessible("her referrals, stopped, in Polish")
        .await;
    browser.client.clone().close().await.ok();
}

/// A mother who signed up herself is in nobody's care: her midwife, finding her by
/// her exact email, sees only her first name and initial, gives a reason to take
/// her on, and then has her record; the mother sees who took her on and why.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_midwife_takes_on_a_mother_found_outside_her_care_with_a_reason_she_sees() {
    let (app, browser, _guard) = app_with_browser("en-GB").await;
    let signed_up = app
        .sign_up(&json!({"name": "Layla Hassan", "email": "layla@example.org", "language": "ar", "password": "a long password of her own"}),
        )
        .await;
    assert!(signed_up.status().is_success(), "sign-up: {}", signed_up.status());

    sign_in(&browser, &app, "referrer@demo.perilink.test", "demo-password").await;
    browser.fill("#ref-find", "layla@example.org").await;
    browser.click("[data-testid=ref-find-submit]").await;
    let card = browser
        .wait_for(
            "only that she exists",
            "const c = document.querySelector('[data-testid=ref-known-mother]'); return c ? c.innerText : null;",
        )
        .await;
    let card = card.as_str().unwrap();
    assert!(card.contains("Layla H."), "{card}");
    assert!(
        !card.contains("Hassan") && !card.contains("layla@example.org"),
        "nothing more: {card}"
    );
    check_screen(
        &browser,
        "a mother known outside her care",
        "referrals-known-elsewhere-en",
    )
    .await;

    // No reason, no record.
    browser.click("[data-testid=ref-take-on]").await;
    browser
        .wait_for(
            "a reason asked for",
            &format!(
                "return document.querySelector('[data-testid=ref-known-mother] [role=alert]').innerText.trim() === {}",
                json!(says("en", "ref-hint-reason-needed", &[]))
            ),
        )
        .await;
    let reason = "She asked me to refer her at the antenatal clinic";
    browser
        .fill("[data-testid=ref-known-mother] input[type=text]", reason)
        .await;
    browser.click("[data-testid=ref-take-on]").await;
    browser
        .wait_for(
            "her record, chosen",
            "return document.querySelector('[data-testid=ref-chosen] .ref-name')?.innerText.includes('Layla Hassan')",
        )
        .await;

    // She sees, on her account, who took her on and why.
    browser.click("nav .link-button").await;
    browser
        .wait_for("signed out", "return location.pathname === '/sign-in'")
        .await;
    sign_in(&browser, &app, "layla@example.org", "a long password of her own").await;
    browser.click("nav [data-nav=nav-account]").await;
    let said = browser
        .wait_for(
            "her care team, with the reason",
            "const r = document.querySelector('[data-testid=care-team] [data-testid=care-team-reason]');
             return r ? r.innerText.replace(/[\\u2068\\u2069]/g, '') : null;",
        )
        .await;
    assert!(said.as_str().unwrap().contains(reason), "{said}");
    let member = browser.text_of("[data-testid=care-team-member]").await;
    assert!(member.contains("Sarah Whitfield"), "who: {member}");
    check_screen(&browser, "her care team on her account", "referrals-care-team").await;
}
