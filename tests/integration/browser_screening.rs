//! The wellbeing check in the browser, end to end at a phone's 360 px with axe on
//! every screen: a new mother using the Polish interface takes the EPDS (in the
//! test content pack's wording, which has Polish, not validated), answers item 10 "hardly
//! ever" with every other item scoring 0, confirms on the review screen, and at
//! once sees where to get help today, in Polish (clinical safety hazard H12). Her
//! midwife then sees the alert on `/screening`, opens her results, acknowledges it
//! with a note, and records a PHQ-9 given in clinic.

use crate::browser::{Browser, app_with_browser};
use crate::helpers::{TestApp, post_with_token, test_answer, test_question, workspace_root};
use fantoccini::Locator;
use fluent_bundle::{FluentArgs, FluentBundle, FluentResource, FluentValue};
use perilink_shared::screening::EPDS_CITATION;
use sea_orm::{ActiveModelTrait, ConnectionTrait, Set};
use serde_json::{Value, json};

const EMAIL: &str = "halina@example.org";
const PASSWORD: &str = "her own long password";
const NAME: &str = "Halina";
const NOTE: &str = "Phoned her at once; same-day GP appointment booked";

/// EPDS answers (the option index chosen, in the order shown): item 10 "hardly
/// ever" (index 2, scored 1), and every other item at the option scoring 0 (index
/// 0 for items 1, 2 and 4; index 3 for the reverse-scored items). Total 1, urgent.
const ANSWERS: [usize; 10] = [0, 0, 3, 0, 3, 3, 3, 3, 3, 2];

/// What the app shows for `key` in `tag`, all the locale's files in one bundle as
/// the app loads them; while a translation is still missing (Polish screening text
/// comes later), the key itself, as `I18n::t` does.
fn shows(tag: &str, key: &str, args: &[(&str, FluentValue<'static>)]) -> String {
    let mut bundle = FluentBundle::new(vec![tag.parse().unwrap()]);
    bundle.set_use_isolating(false);
    let folder = workspace_root().join("locales").join(tag);
    let mut files: Vec<_> = std::fs::read_dir(&folder)
        .unwrap_or_else(|e| panic!("{}: {e}", folder.display()))
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "ftl"))
        .collect();
    files.sort();
    for path in files {
        let source = std::fs::read_to_string(&path).unwrap();
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

/// One text column of the first row `sql` returns.
async fn one(app: &TestApp, sql: &str) -> Option<String> {
    let db = &app.state.db;
    db.query_one_raw(sea_orm::Statement::from_string(
        db.get_database_backend(),
        sql.to_owned(),
    ))
    .await
    .unwrap()
    .map(|row| row.try_get_by_index::<String>(0).unwrap())
}

async fn count(app: &TestApp, sql: &str) -> i64 {
    let db = &app.state.db;
    let row = db
        .query_one_raw(sea_orm::Statement::from_string(
            db.get_database_backend(),
            sql.to_owned(),
        ))
        .await
        .unwrap()
        .unwrap();
    row.try_get_by_index::<i64>(0).unwrap()
}

/// The visible text of `selector`, without Fluent's isolation marks, trimmed.
async fn visible(browser: &Browser, selector: &str) -> String {
    browser.text_of(selector).await.trim().to_owned()
}

/// Waits for question `n` of the questionnaire on screen.
async fn wait_for_question(browser: &Browser, n: usize) {
    browser
        .wait_for(
            &format!("question {n}"),
            &format!(
                "return document.querySelector('[data-testid=screening-steps]')?.dataset.step === '{n}'
                     && document.querySelector('[data-testid=screening-question]')?.dataset.item === '{n}'"
            ),
        )
        .await;
}

/// Asks the fresh server for the app's files once, as a browser would (brotli), so
/// they are compressed and cached before the browser's 20-second waits begin: a
/// debug build compressing the wasm on a busy machine can take longer than that.
async fn warm_up(app: &TestApp) {
    // The visitor's app she opens first, and the mother's that signing in brings.
    let mut index = std::fs::read_to_string(workspace_root().join("dist/index.html")).unwrap();
    index += &std::fs::read_to_string(workspace_root().join("dist/visitor/index.html")).unwrap_or_default();
    let client = reqwest::Client::builder()
        .timeout(std::time::Duration::from_secs(300))
        .build()
        .unwrap();
    for asset in index
        .split(['\'', '"'])
        .filter(|s| s.starts_with('/') && [".wasm", ".js", ".css"].iter().any(|x| s.ends_with(x)))
    {
        let response = client
            .get(app.url(asset))
            .header("Accept-Encoding", "br")
            .send()
            .await
            .unwrap();
        assert!(response.status().is_success(), "{asset}");
        response.bytes().await.unwrap();
    }
}

async fn sign_in(browser: &Browser, app: &TestApp, email: &str, password: &str, next: &str) {
    browser
        .goto(&app.url(&format!("/sign-in?next={}", next.replace('/', "%2F"))))
        .await;
    browser
        .wait_for("the sign-in form", "return !!document.getElementById('email')")
        .await;
    browser.fill("#email", email).await;
    browser.fill("#password", password).await;
    browser.click("form button[type=submit]").await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_mother_in_polish_answers_item_ten_hardly_ever_sees_help_at_once_and_her_midwife_acknowledges_the_alert()
 {
    let (app, browser, _guard) = app_with_browser("pl-PL").await;
    warm_up(&app).await;

    // A new mother who speaks Polish, on the demo midwife's caseload.
    let signed_up = app
        .sign_up(&json!({ "name": NAME, "email": EMAIL, "language": "pl", "password": PASSWORD }))
        .await;
    assert!(signed_up.status().is_success(), "sign-up: {}", signed_up.status());
    let signed_up: Value = signed_up.json().await.unwrap();
    let user_id = signed_up["user"]["id"].as_str().unwrap().to_owned();
    let mother_id = one(
        &app,
        &format!("SELECT id FROM mothers WHERE user_id = '{user_id}'"),
    )
    .await
    .expect("her mother record");
    let referrer_id = one(
        &app,
        "SELECT id FROM users WHERE email = 'referrer@demo.perilink.test'",
    )
    .await
    .expect("the demo referrer");
    perilink_server::entity::caseload::ActiveModel {
        user_id: Set(referrer_id.clone()),
        mother_id: Set(mother_id.clone()),
        added_at: Set(chrono::Utc::now()),
    }
    .insert(&app.state.db)
    .await
    .unwrap();
    // She agrees that her care team sees her check-ins (without it, they would see
    // the safety alert but not her results).
    let (referrer, _) = app.login_demo("referrer").await;
    let consent = post_with_token(
        &app,
        &format!("/api/mothers/{mother_id}/consent"),
        &referrer,
        json!({"scopes": ["contact_details", "screening_to_care_team"], "shared_with": "her care team", "contact": "sms"}),
    )
    .await;
    assert_eq!(consent.status(), 201, "her consent is recorded");

    // She signs in and is brought to the wellbeing check, in Polish.
    sign_in(&browser, &app, EMAIL, PASSWORD, "/screening").await;
    browser
        .wait_for(
            "her check, at its neutral address",
            "return location.pathname === '/check'",
        )
        .await;
    browser
        .wait_for_heading(&shows("pl", "screening-title", &[]))
        .await;
    assert_eq!(browser.eval("return document.documentElement.lang").await, "pl");
    browser
        .wait_for(
            "the EPDS start screen",
            "return document.querySelector('[data-testid=screening-start]')?.dataset.instrument === 'epds'",
        )
        .await;
    assert!(
        visible(&browser, "[data-testid=epds-citation]")
            .await
            .contains(EPDS_CITATION),
        "the full EPDS citation is shown"
    );
    browser.screenshot("screening-start-pl").await;
    browser
        .assert_fits_a_phone("the wellbeing check's start, in Polish")
        .await;
    browser
        .assert_accessible("the wellbeing check's start, in Polish")
        .await;

    // One question per screen, in the pack's wording.
    browser.click("[data-testid=screening-begin]").await;
    wait_for_question(&browser, 1).await;
    assert_eq!(
        visible(&browser, "[data-testid=screening-progress]").await,
        shows(
            "pl",
            "screening-progress",
            &[("n", 1.into()), ("total", 10.into())]
        )
    );
    assert_eq!(
        visible(&browser, "[data-testid=screening-question] legend").await,
        test_question(1)
    );
    let options = browser
        .eval(
            "return [...document.querySelectorAll('[data-testid=screening-option] label')]
                 .map(l => l.innerText.replace(/[\\u2068\\u2069]/g, '').trim());",
        )
        .await;
    let expected: Vec<String> = (1..=4).map(test_answer).collect();
    assert_eq!(options, json!(expected), "four options, in the order shown");
    assert!(
        visible(&browser, "[data-testid=epds-citation]")
            .await
            .contains(EPDS_CITATION)
    );
    // Big enough to tap: every choice at least 44 px high.
    let smallest = browser
        .eval(
            "return Math.min(...[...document.querySelectorAll('[data-testid=screening-option] label')]
                 .map(l => l.getBoundingClientRect().height));",
        )
        .await;
    assert!(
        smallest.as_f64().unwrap() >= 44.0,
        "choices are {smallest} px high"
    );

    // Next without an answer asks for one.
    browser.click("[data-testid=screening-next]").await;
    browser
        .wait_for(
            "the ask for an answer",
            "return document.querySelector('[data-testid=screening-missing]').innerText.trim() !== ''",
        )
        .await;
    browser.screenshot("screening-question-pl").await;
    browser.assert_fits_a_phone("an EPDS question, in Polish").await;
    browser.assert_accessible("an EPDS question, in Polish").await;

    for (i, &option) in ANSWERS.iter().enumerate() {
        let n = i + 1;
        wait_for_question(&browser, n).await;
        browser.click(&format!("label[for=scr-q{n}-o{option}]")).await;
        browser.click("[data-testid=screening-next]").await;
        if n == 3 {
            // Back is allowed, and keeps what she chose.
            wait_for_question(&browser, 4).await;
            browser.click("[data-testid=screening-back]").await;
            wait_for_question(&browser, 3).await;
            assert_eq!(
                browser
                    .eval(&format!(
                        "return document.getElementById('scr-q3-o{option}').checked"
                    ))
                    .await,
                true
            );
            browser.click("[data-testid=screening-next]").await;
        }
    }

    // The review: nothing has been sent yet.
    browser
        .wait_for(
            "the review",
            "return document.querySelector('[data-testid=screening-steps]')?.dataset.step === 'review'",
        )
        .await;
    assert_eq!(
        visible(&browser, "[data-testid=screening-progress]").await,
        shows("pl", "screening-review-title", &[])
    );
    let review = browser
        .eval(
            "return [...document.querySelectorAll('[data-testid=screening-review-answer]')]
                 .map(a => a.innerText.replace(/[\\u2068\\u2069]/g, '').trim());",
        )
        .await;
    let chosen: Vec<String> = ANSWERS.iter().map(|&o| test_answer(o + 1)).collect();
    assert_eq!(review, json!(chosen));
    assert_eq!(
        count(
            &app,
            &format!("SELECT COUNT(*) FROM screenings WHERE mother_id = '{mother_id}'")
        )
        .await,
        0,
        "nothing is sent before she confirms"
    );
    browser.screenshot("screening-review-pl").await;
    browser.assert_fits_a_phone("the review, in Polish").await;
    browser.assert_accessible("the review, in Polish").await;

    // She sends, and sees at once where to get help today.
    browser.click("[data-testid=screening-send]").await;
    browser
        .wait_for(
            "the help panel",
            "return document.querySelector('[data-testid=screening-help]')?.dataset.alertRaised === 'true'",
        )
        .await;
    assert_eq!(browser.eval("return document.documentElement.lang").await, "pl");
    for (testid, key) in [
        ("screening-help-intro", "screening-help-intro"),
        ("screening-help-midwife", "screening-help-midwife"),
        ("screening-help-told", "screening-help-told"),
    ] {
        let said = visible(&browser, &format!("[data-testid={testid}]")).await;
        assert!(!said.is_empty(), "{testid} says something");
        assert_eq!(said, shows("pl", key, &[]), "{testid}");
    }
    assert_eq!(
        visible(&browser, "#scr-help-title").await,
        shows("pl", "screening-help-title", &[])
    );
    // Every number is a link that rings it, and says in words what it is.
    for (testid, href, key, args) in [
        (
            "help-111",
            "tel:111",
            "screening-help-111",
            vec![("number", FluentValue::from("111")), ("option", 2.into())],
        ),
        (
            "help-999",
            "tel:999",
            "screening-help-999",
            vec![("number", "999".into())],
        ),
        (
            "help-samaritans",
            "tel:116123",
            "screening-help-samaritans",
            vec![("number", "116 123".into())],
        ),
    ] {
        let link = format!("[data-testid=screening-help] a[data-testid={testid}]");
        assert_eq!(
            browser
                .eval(&format!(
                    "return document.querySelector('{link}').getAttribute('href')"
                ))
                .await,
            href
        );
        // The number is isolated left to right (U+2066 … U+2069) in any language.
        let said = visible(&browser, &link).await;
        assert!(said.contains('\u{2066}'), "{testid}: {said}");
        let said = said.replace('\u{2066}', "");
        assert_eq!(said, shows("pl", key, &args), "{testid}");
        assert!(
            said.chars().any(char::is_alphabetic),
            "{testid} is words, not just a number: {said}"
        );
    }
    // Focus is on the panel, and the score is not what she is shown.
    assert_eq!(
        browser.eval("return document.activeElement?.id").await,
        "scr-help-title"
    );
    assert_eq!(
        browser
            .eval("return !!document.querySelector('[data-testid=screening-staff-result]')")
            .await,
        false
    );
    browser.screenshot("screening-help-pl").await;
    browser.assert_fits_a_phone("the help panel, in Polish").await;
    browser.assert_accessible("the help panel, in Polish").await;

    // Scored on the server: a total of 1, urgent, in Polish, and an open alert.
    assert_eq!(
        count(
            &app,
            &format!(
                "SELECT COUNT(*) FROM screenings WHERE mother_id = '{mother_id}' AND instrument = 'epds'
                 AND total = 1 AND urgent = TRUE AND language = 'pl' AND answers = '0,0,3,0,3,3,3,3,3,2'"
            )
        )
        .await,
        1
    );
    let alert_id = one(
        &app,
        &format!(
            "SELECT id FROM alerts WHERE mother_id = '{mother_id}' AND reason = 'urgent' AND acknowledged_at IS NULL"
        ),
    )
    .await
    .expect("an open alert");

    // She signs out; her midwife signs in on the same phone, in English.
    browser.click("nav .link-button").await;
    browser
        .wait_for("the sign-in page", "return location.pathname === '/sign-in'")
        .await;
    let picker = browser.client.find(Locator::Id("language-picker")).await.unwrap();
    picker.select_by_value("en").await.unwrap();
    browser
        .wait_for("English", "return document.documentElement.lang === 'en'")
        .await;
    sign_in(
        &browser,
        &app,
        "referrer@demo.perilink.test",
        "demo-password",
        "/screening",
    )
    .await;
    browser
        .wait_for_heading(&shows("en", "screening-staff-title", &[]))
        .await;
    let card = format!("[data-testid=alert][data-alert='{alert_id}']");
    browser
        .wait_for(
            "the alert for her",
            &format!("return document.querySelector(\"{card}\")?.innerText.includes('{NAME}')"),
        )
        .await;
    let facts = browser
        .eval(&format!(
            "const c = document.querySelector(\"{card}\");
             return {{ mother: c.dataset.mother, reason: c.dataset.reason, escalated: c.dataset.escalated,
                       said: c.querySelector('[data-testid=alert-reason]').innerText.trim(),
                       raised: c.querySelector('[data-testid=alert-raised]').innerText.trim() }};"
        ))
        .await;
    assert_eq!(facts["mother"], mother_id.as_str(), "{facts}");
    assert_eq!(facts["reason"], "urgent", "{facts}");
    assert_eq!(facts["escalated"], "false", "{facts}");
    assert_eq!(facts["said"], shows("en", "alerts-reason-urgent", &[]), "{facts}");
    assert!(!facts["raised"].as_str().unwrap().is_empty(), "{facts}");
    browser.screenshot("screening-alerts-en").await;
    browser.assert_fits_a_phone("the safety alerts").await;
    browser.assert_accessible("the safety alerts").await;

    // Her results: the chart of her EPDS totals, beside the alert.
    browser
        .click(&format!("{card} [data-testid=alert-results]"))
        .await;
    browser
        .wait_for(
            "her EPDS chart",
            &format!(
                "return new URLSearchParams(location.search).get('mother') === '{mother_id}'
                     && document.querySelector('[data-testid=screening-chart-figure][data-instrument=epds]')
                            ?.dataset.count === '1'"
            ),
        )
        .await;
    assert!(
        visible(&browser, "[data-testid=screening-for]")
            .await
            .contains(NAME)
    );
    // The pack's Polish EPDS is not validated, and the page says so.
    browser
        .wait_for(
            "the language version",
            "return document.querySelector('[data-testid=screening-validated]')?.dataset.validated === 'false'",
        )
        .await;
    browser.screenshot("screening-mother-en").await;
    browser
        .eval("document.querySelector('[data-testid=screening-chart]').scrollIntoView(); return true;")
        .await;
    browser.screenshot("screening-chart-en").await;
    browser
        .assert_fits_a_phone("her results and the clinic form")
        .await;
    browser.assert_accessible("her results and the clinic form").await;

    // Acknowledging needs a note of what was done.
    browser
        .click(&format!("{card} [data-testid=alert-acknowledge]"))
        .await;
    browser
        .wait_for(
            "the ask for a note",
            &format!(
                "const c = document.querySelector(\"{card}\");
                 return c.querySelector('[data-testid=alert-problem]').innerText.trim() !== ''
                     && c.querySelector('textarea').getAttribute('aria-invalid') === 'true'"
            ),
        )
        .await;
    browser
        .assert_accessible("an alert, acknowledged without a note")
        .await;
    browser
        .fill(&format!("{card} [data-testid=alert-note]"), NOTE)
        .await;
    browser
        .click(&format!("{card} [data-testid=alert-acknowledge]"))
        .await;
    browser
        .wait_for(
            "the alert closed",
            &format!(
                "return !document.querySelector(\"{card}\")
                     && document.querySelector('[data-testid=alerts-status]').innerText.includes('{NAME}')"
            ),
        )
        .await;
    let closed = one(
        &app,
        &format!(
            "SELECT action_note FROM alerts WHERE id = '{alert_id}' AND acknowledged_at IS NOT NULL
             AND acknowledged_by = '{referrer_id}'"
        ),
    )
    .await;
    assert_eq!(closed.as_deref(), Some(NOTE), "acknowledged, with her note");

    // A PHQ-9 given in clinic: recorded for her, and her chart gains it.
    let instrument = browser.client.find(Locator::Id("scr-instrument")).await.unwrap();
    instrument.select_by_value("phq9").await.unwrap();
    browser.click("[data-testid=screening-record-start]").await;
    for n in 1..=9 {
        wait_for_question(&browser, n).await;
        if n == 1 {
            // In the language she answers in (hers, Polish), once translated;
            // until then in the interface's English.
            let polish = shows("pl", "screening-phq9-q1", &[]);
            let expected = if polish == "screening-phq9-q1" {
                shows("en", "screening-phq9-q1", &[])
            } else {
                polish
            };
            assert_eq!(
                visible(&browser, "[data-testid=screening-question] legend").await,
                expected
            );
            browser.assert_accessible("a PHQ-9 question, in clinic").await;
        }
        browser.click(&format!("label[for=scr-q{n}-o0]")).await;
        browser.click("[data-testid=screening-next]").await;
    }
    browser.click("[data-testid=screening-send]").await;
    browser
        .wait_for(
            "the clinic result",
            "const r = document.querySelector('[data-testid=screening-staff-result]');
             return !!r && r.dataset.total === '0' && r.dataset.band === 'none' && r.dataset.alertRaised === 'false'",
        )
        .await;
    browser
        .wait_for(
            "her PHQ-9 chart",
            "return document.querySelector('[data-testid=screening-chart-figure][data-instrument=phq9]')?.dataset.count === '1'",
        )
        .await;
    assert_eq!(
        count(
            &app,
            &format!(
                "SELECT COUNT(*) FROM screenings WHERE mother_id = '{mother_id}' AND instrument = 'phq9'
                 AND administered_by = '{referrer_id}'"
            )
        )
        .await,
        1
    );
    browser
        .eval("document.querySelector('[data-testid=screening-chart]').scrollIntoView(); return true;")
        .await;
    browser.screenshot("screening-clinic-result-en").await;
    browser.assert_fits_a_phone("a clinic result").await;
    browser.assert_accessible("a clinic result").await;
    browser.client.clone().close().await.ok();
}

/// Magdalena (demo) did not share her check-ins with her care team: her midwife,
/// opening her results, is told so, and that safety alerts still reach her team,
/// not "something went wrong".
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn her_midwife_is_told_why_check_ins_she_did_not_share_are_not_shown() {
    let (app, browser, _guard) = app_with_browser("en-GB").await;
    let magdalena = one(&app, "SELECT id FROM mothers WHERE given_name = 'Magdalena'")
        .await
        .expect("the demo's Magdalena");
    sign_in(
        &browser,
        &app,
        "referrer@demo.perilink.test",
        "demo-password",
        &format!("/screening?mother={magdalena}"),
    )
    .await;
    let said = shows("en", "screening-not-shared", &[]);
    browser
        .wait_for(
            "the reason her check-ins are not shown",
            &format!(
                "return document.querySelector('[data-testid=screening-refused]')?.innerText.trim() === {}",
                json!(said)
            ),
        )
        .await;
    assert!(
        !visible(&browser, "main")
            .await
            .contains(&shows("en", "error-generic", &[])),
        "no generic error beside it"
    );
    browser.assert_accessible("check-ins she did not share").await;
}
