//! The register in the browser, offline first, at a phone's 360 px with axe: the
//! demo host opens today's register; the network goes away (Chromium's own network
//! emulation, through chromedriver); she marks three mothers and a walk-in, and the
//! page says four marks wait on the phone; a reload still opens the page, from the
//! service worker; the network comes back, the page says everything is sent, and
//! the server holds exactly those four marks, once each. In Arabic it mirrors.

use crate::browser::{Browser, app_with_browser};
use crate::helpers::{TestApp, workspace_root};
use fluent_bundle::{FluentArgs, FluentBundle, FluentResource, FluentValue};
use perilink_shared::calendar::{civil_from_days, london_day};
use sea_orm::ConnectionTrait;
use serde_json::{Value, json};
use std::collections::BTreeSet;
use std::time::{Duration, Instant};

/// The locale files the register's text comes from (`-brand-name` is in main.ftl).
const LOCALE_FILES: [&str; 3] = ["main.ftl", "find.ftl", "register.ftl"];

/// The cache `public/sw.js` serves the app from.
const SHELL_CACHE: &str = "perilink-shell-v1";

/// The walk-in the host adds: a name no demo mother has.
const WALK_IN: &str = "Hawa";

/// What the app shows for `key` in English.
fn says(key: &str, args: &[(&str, FluentValue<'static>)]) -> String {
    let mut bundle = FluentBundle::new(vec!["en".parse().unwrap()]);
    bundle.set_use_isolating(false);
    for file in LOCALE_FILES {
        let path = workspace_root().join("locales/en").join(file);
        let source = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        bundle
            .add_resource(FluentResource::try_new(source).expect("the English text parses"))
            .expect("no clashing keys");
    }
    let pattern = bundle
        .get_message(key)
        .and_then(|m| m.value())
        .unwrap_or_else(|| panic!("en has {key}"));
    let mut fluent_args = FluentArgs::new();
    for (name, value) in args {
        fluent_args.set(*name, value.clone());
    }
    let mut errors = Vec::new();
    bundle
        .format_pattern(pattern, Some(&fluent_args), &mut errors)
        .into_owned()
}

/// Chromium's network emulation, switched by chromedriver's
/// `POST /session/{id}/chromium/network_conditions`.
#[derive(Debug)]
struct NetworkConditions {
    offline: bool,
}

impl fantoccini::wd::WebDriverCompatibleCommand for NetworkConditions {
    fn endpoint(
        &self,
        base_url: &reqwest::Url,
        session_id: Option<&str>,
    ) -> Result<reqwest::Url, url_error::ParseError> {
        base_url.join(&format!(
            "session/{}/chromium/network_conditions",
            session_id.unwrap_or_default()
        ))
    }

    fn method_and_body(&self, _request_url: &reqwest::Url) -> (reqwest::Method, Option<String>) {
        let body = json!({ "network_conditions": {
            "offline": self.offline, "latency": 0, "download_throughput": -1, "upload_throughput": -1
        }});
        (reqwest::Method::POST, Some(body.to_string()))
    }
}

/// `url::ParseError`, reached through reqwest (the tests do not depend on `url`).
mod url_error {
    pub type ParseError = <reqwest::Url as std::str::FromStr>::Err;
}

async fn set_offline(browser: &Browser, offline: bool) {
    browser
        .client
        .issue_cmd(NetworkConditions { offline })
        .await
        .expect("chromedriver sets the network conditions");
}

/// Waits up to `seconds` for `script` to return something truthy.
async fn wait_long(browser: &Browser, what: &str, script: &str, seconds: u64) -> Value {
    let deadline = Instant::now() + Duration::from_secs(seconds);
    loop {
        let value = browser.try_eval(script).await;
        if !matches!(value, Value::Null | Value::Bool(false)) && value != json!("") {
            return value;
        }
        if Instant::now() > deadline {
            let page = browser
                .try_eval("return location.href + '\\n' + document.body.innerText")
                .await;
            panic!("timed out waiting for {what}; the page says: {page}");
        }
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
}

/// The paths in the service worker's cache.
async fn cached_paths(browser: &Browser) -> Vec<String> {
    let script = format!(
        "const done = arguments[arguments.length - 1];
         caches.open({}).then(c => c.keys())
           .then(keys => done(keys.map(k => new URL(k.url).pathname)))
           .catch(() => done([]));",
        json!(SHELL_CACHE)
    );
    let value = browser
        .client
        .execute_async(&script, vec![])
        .await
        .unwrap_or(Value::Null);
    serde_json::from_value(value).unwrap_or_default()
}

async fn rows(app: &TestApp, sql: &str) -> Vec<Vec<Value>> {
    let db = &app.state.db;
    let found = db
        .query_all_raw(sea_orm::Statement::from_string(
            db.get_database_backend(),
            sql.to_owned(),
        ))
        .await
        .expect(sql);
    found
        .iter()
        .map(|row| {
            (0..3)
                .map(|i| {
                    row.try_get_by_index::<Option<String>>(i)
                        .ok()
                        .flatten()
                        .map_or(Value::Null, Value::String)
                })
                .collect()
        })
        .collect()
}

async fn exec(app: &TestApp, sql: &str) {
    app.state.db.execute_unprepared(sql).await.expect(sql);
}

/// Today's first date of the demo host's sessions, not cancelled, with at least
/// three mothers expected: demo mothers are booked onto it if it has fewer.
async fn todays_register(app: &TestApp) -> String {
    let (year, month, day) = civil_from_days(london_day(chrono::Utc::now().timestamp()));
    let today = format!("{year:04}-{month:02}-{day:02}");
    let found = rows(
        app,
        &format!(
            "SELECT o.id, o.session_id FROM occurrences o JOIN sessions s ON s.id = o.session_id \
             JOIN users u ON u.id = s.host_id WHERE u.email = 'host@demo.perilink.test' AND o.date = '{today}' \
             ORDER BY s.start_time, o.id"
        ),
    )
    .await;
    let first = found.first().expect("the demo host has a session every day");
    let (occurrence, session) = (
        first[0].as_str().unwrap().to_owned(),
        first[1].as_str().unwrap().to_owned(),
    );
    exec(
        app,
        &format!("UPDATE occurrences SET cancelled = FALSE WHERE id = '{occurrence}'"),
    )
    .await;
    let (token, _) = app.login_demo("host").await;
    let registers: Value = app
        .get_with_token(&format!("/api/registers?date={today}"), &token)
        .await
        .json()
        .await
        .unwrap();
    let expected: Vec<String> = registers["occurrences"]
        .as_array()
        .unwrap()
        .iter()
        .find(|o| o["occurrence_id"] == occurrence.as_str())
        .expect("today's register")["expected"]
        .as_array()
        .unwrap()
        .iter()
        .map(|m| m["mother_id"].as_str().unwrap().to_owned())
        .collect();
    if expected.len() < 3 {
        let mothers = rows(app, "SELECT id FROM mothers ORDER BY given_name").await;
        let more = mothers
            .iter()
            .filter_map(|r| r[0].as_str())
            .filter(|id| !expected.iter().any(|e| e == id))
            .take(3 - expected.len());
        for mother in more {
            exec(
                app,
                &format!(
                    "INSERT INTO bookings (id, mother_id, session_id, occurrence_id, kind, status, created_at, updated_at) \
                     VALUES ('{}', '{mother}', '{session}', '{occurrence}', 'occurrence', 'booked', '{now}', '{now}')",
                    uuid::Uuid::new_v4(),
                    now = chrono::Utc::now().to_rfc3339()
                ),
            )
            .await;
        }
    }
    occurrence
}

/// Has the test server compress the app's files before the browser asks for them.
/// It brotli-compresses each file once, on first request, which for the wasm can
/// take a while on a busy machine: done here, it does not eat into the time the
/// first page has to appear.
async fn warm_up(app: &TestApp) {
    let client = reqwest::Client::builder()
        .timeout(Duration::from_secs(600))
        .build()
        .expect("an HTTP client");
    let index = client
        .get(app.url("/index.html"))
        .send()
        .await
        .expect("the app's page")
        .text()
        .await
        .expect("the app's page");
    for piece in index.split(['"', '\'']) {
        if piece.starts_with('/') && [".wasm", ".js", ".css"].iter().any(|t| piece.ends_with(t)) {
            let response = client
                .get(app.url(piece))
                .header("Accept-Encoding", "br")
                .send()
                .await
                .expect("the app's file");
            assert_eq!(response.status(), 200, "{piece}");
            let _ = response.bytes().await;
        }
    }
}

/// A CSS selector for the row of `mother` on the register of `occurrence`.
fn row(occurrence: &str, mother: &str) -> String {
    format!(
        "[data-testid=occurrence][data-occurrence='{occurrence}'] [data-testid=mother][data-mother='{mother}']"
    )
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_host_takes_the_register_with_no_signal_and_every_mark_arrives_once() {
    let (app, browser, _guard) = app_with_browser("en-GB").await;
    let occurrence = todays_register(&app).await;
    warm_up(&app).await;
    let card = format!("[data-testid=occurrence][data-occurrence='{occurrence}']");

    // The demo host signs in and lands on today's registers.
    browser.goto(&app.url("/sign-in")).await;
    browser
        .wait_for("the sign-in form", "return !!document.getElementById('email')")
        .await;
    browser.fill("#email", "host@demo.perilink.test").await;
    browser.fill("#password", "demo-password").await;
    browser.click("form button[type=submit]").await;
    browser
        .wait_for("the register page", "return location.pathname === '/register'")
        .await;
    browser.wait_for_heading(&says("register-title", &[])).await;
    let mothers: Vec<String> = serde_json::from_value(
        browser
            .wait_for(
                "today's register with three mothers",
                &format!(
                    "const rows = [...document.querySelectorAll({})]
                         .filter(r => r.dataset.walkIn === 'false').map(r => r.dataset.mother);
                     return rows.length >= 3 ? rows.slice(0, 3) : null;",
                    json!(format!("{card} [data-testid=mother]"))
                ),
            )
            .await,
    )
    .unwrap();
    let today = browser
        .eval("return document.querySelector('[data-testid=day][aria-current=date]').getAttribute('aria-pressed')")
        .await;
    assert_eq!(today, "true", "today is the day shown");
    // Nothing clinical on the register: a first name, a language, whether she needs
    // an interpreter.
    let first_row = browser.text_of(&row(&occurrence, &mothers[0])).await;
    assert!(
        !first_row.contains("EPDS") && !first_row.contains("PHQ"),
        "{first_row}"
    );
    browser.screenshot("register-en").await;
    browser.assert_fits_a_phone("the register").await;
    browser.assert_accessible("the register").await;

    // The app is kept for offline use: the service worker runs the page, and its
    // cache holds the page, the wasm and this language's text.
    browser
        .wait_for(
            "the service worker",
            "return !!navigator.serviceWorker.controller",
        )
        .await;
    let deadline = Instant::now() + Duration::from_secs(30);
    loop {
        let paths = cached_paths(&browser).await;
        let ready = paths.iter().any(|p| p == "/index.html")
            && paths.iter().any(|p| p.ends_with("_bg.wasm"))
            && paths.iter().any(|p| p == "/locales/en/register.ftl");
        if ready {
            break;
        }
        assert!(Instant::now() < deadline, "the app shell is cached: {paths:?}");
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
    // The whole week is kept on the phone too.
    browser
        .wait_for(
            "the week's registers on the phone",
            "const d = JSON.parse(localStorage.getItem('perilink.register.days.v1') || '{}');
             return Object.keys(d.days || {}).length === 7;",
        )
        .await;
    // A walk-in can be found among the mothers on the host's other registers.
    let elsewhere = browser
        .eval(&format!(
            "const d = JSON.parse(localStorage.getItem('perilink.register.days.v1'));
             const here = new Set([...document.querySelectorAll({})].map(r => r.dataset.mother));
             const all = Object.values(d.days).flatMap(day => day.registers.occurrences)
                 .flatMap(o => o.expected).filter(m => !here.has(m.mother_id));
             return all.length ? [all[0].mother_id, all[0].given_name] : null;",
            json!(format!("{card} [data-testid=mother]"))
        ))
        .await;
    browser.click(&format!("{card} [data-testid=walk-in-open]")).await;
    let search = format!("{card} [data-testid=walk-in-search]");
    browser.fill(&search, "Zzzz").await;
    browser
        .wait_for(
            "nobody found",
            &format!(
                "return !!document.querySelector({})",
                json!(format!("{card} [data-testid=walk-in-none]"))
            ),
        )
        .await;
    if let Some([id, name]) = serde_json::from_value::<Option<[String; 2]>>(elsewhere).unwrap() {
        browser.fill(&search, &name).await;
        browser
            .wait_for(
                "a mother from another register",
                &format!(
                    "return !!document.querySelector({})",
                    json!(format!("{card} [data-testid=walk-in-pick][data-mother='{id}']"))
                ),
            )
            .await;
    }
    browser
        .eval(&format!(
            "const s = document.querySelector({}); s.value = ''; s.dispatchEvent(new Event('input', {{ bubbles: true }}));",
            json!(search)
        ))
        .await;
    browser.click(&format!("{card} [data-testid=walk-in-open]")).await;
    let marks_before = rows(
        &app,
        &format!("SELECT id FROM attendance_marks WHERE occurrence_id = '{occurrence}'"),
    )
    .await
    .len();

    // No signal.
    set_offline(&browser, true).await;
    browser
        .wait_for(
            "the page to notice it is offline",
            "return document.querySelector('[data-testid=connection]')?.dataset.online === 'false'",
        )
        .await;

    // Three mothers, one tap each.
    let taps = [
        (&mothers[0], "present"),
        (&mothers[1], "absent"),
        (&mothers[2], "apologies"),
    ];
    for (mother, status) in taps {
        let button = format!("{} [data-testid=mark-{status}]", row(&occurrence, mother));
        browser.click(&button).await;
        browser
            .wait_for(
                "the mark, pressed and waiting",
                &format!(
                    "const b = document.querySelector({}); const r = b?.closest('[data-testid=mother]');
                     return b?.getAttribute('aria-pressed') === 'true' && r.dataset.sync === 'waiting';",
                    json!(button)
                ),
            )
            .await;
    }
    // A walk-in, as a quick new record.
    browser.click(&format!("{card} [data-testid=walk-in-open]")).await;
    browser
        .fill(&format!("{card} [data-testid=walk-in-name]"), WALK_IN)
        .await;
    browser
        .client
        .find(fantoccini::Locator::Css(&format!(
            "{card} [data-testid=walk-in-language]"
        )))
        .await
        .unwrap()
        .select_by_value("ar")
        .await
        .unwrap();
    browser.click(&format!("{card} [data-testid=walk-in-add]")).await;
    let walk_in_row = browser
        .wait_for(
            "the walk-in on the register",
            &format!(
                "const r = [...document.querySelectorAll({})]
                     .find(r => r.dataset.walkIn === 'true' && r.innerText.includes({}));
                 return r && r.dataset.status === 'present' && r.dataset.sync === 'waiting' ? r.dataset.mother : null;",
                json!(format!("{card} [data-testid=mother]")),
                json!(WALK_IN)
            ),
        )
        .await;
    assert!(walk_in_row.is_string());
    browser
        .eval(&format!(
            "document.querySelector({}).scrollIntoView()",
            json!(format!("{card} [data-testid=walk-in-form]"))
        ))
        .await;
    browser.screenshot("register-walk-in-en").await;

    // Four marks wait on the phone, and the page says so.
    let waiting = says("register-sync-waiting", &[("count", 4.into())]);
    let summary = browser
        .wait_for(
            "four marks waiting",
            "const s = document.querySelector('[data-testid=sync-summary]');
             return s?.dataset.waiting === '4' ? s.innerText.replace(/[\\u2068\\u2069]/g, '') : null;",
        )
        .await;
    assert!(summary.as_str().unwrap().contains(&waiting), "{summary}");
    browser.click("[data-testid=device-marks] summary").await;
    let listed = browser
        .eval("return [...document.querySelectorAll('[data-testid=device-mark]')].map(m => m.dataset.state)")
        .await;
    assert_eq!(listed, json!(["waiting", "waiting", "waiting", "waiting"]));
    assert_eq!(
        rows(
            &app,
            &format!("SELECT id FROM attendance_marks WHERE occurrence_id = '{occurrence}'")
        )
        .await
        .len(),
        marks_before,
        "nothing reached the server while offline"
    );
    browser.screenshot("register-offline-en").await;
    browser
        .assert_fits_a_phone("the register, offline, four marks waiting")
        .await;
    browser
        .assert_accessible("the register, offline, four marks waiting")
        .await;

    // A reload with no network still opens the page, from the service worker, with
    // the register and the four marks kept on the phone.
    browser.client.refresh().await.expect("reload");
    browser.wait_for_heading(&says("register-title", &[])).await;
    browser
        .wait_for(
            "the saved register, offline",
            &format!(
                "return !!document.querySelector('[data-testid=offline-notice]')
                     && document.querySelectorAll({}).length >= 4
                     && document.querySelector('[data-testid=sync-summary]')?.dataset.waiting === '4'",
                json!(format!("{card} [data-testid=mother]"))
            ),
        )
        .await;
    let pressed = browser
        .eval(&format!(
            "return document.querySelector({})?.getAttribute('aria-pressed')",
            json!(format!(
                "{} [data-testid=mark-absent]",
                row(&occurrence, &mothers[1])
            ))
        ))
        .await;
    assert_eq!(pressed, "true", "the marks made offline are still shown");
    // Still signed in as herself, with the demo's banner: not "Sign in", and no
    // marks said to wait for a sign-in.
    let frame = browser
        .eval(
            "return { sign_out: !!document.querySelector('nav .link-button'),
                      sign_in: !!document.querySelector('nav a[href=\"/sign-in\"]'),
                      demo: !!document.querySelector('[data-testid=demo-banner]'),
                      waiting_for_sign_in: !!document.querySelector('[data-testid=waiting-for-sign-in]') };",
        )
        .await;
    assert_eq!(
        frame,
        json!({"sign_out": true, "sign_in": false, "demo": true, "waiting_for_sign_in": false}),
        "reopened offline, she is still signed in"
    );
    browser.assert_accessible("the register, reopened offline").await;

    // The network comes back: everything is sent, and the page says so.
    set_offline(&browser, false).await;
    let sent = says("register-sync-all-sent", &[]);
    wait_long(
        &browser,
        "every mark sent",
        &format!(
            "const s = document.querySelector('[data-testid=sync-summary]');
             return s?.dataset.waiting === '0' && s.innerText.replace(/[\\u2068\\u2069]/g, '').includes({});",
            json!(sent)
        ),
        60,
    )
    .await;
    browser
        .wait_for(
            "each row sent",
            &format!(
                "const rows = [...document.querySelectorAll({})].filter(r => r.dataset.sync);
                 return rows.length === 4 && rows.every(r => r.dataset.sync === 'sent');",
                json!(format!("{card} [data-testid=mother]"))
            ),
        )
        .await;

    // The server holds exactly those four marks, once each, and they stand.
    let device_ids: BTreeSet<String> = serde_json::from_value(
        browser
            .eval("return JSON.parse(localStorage.getItem('perilink.register.marks.v1')).map(m => m.mark.id)")
            .await,
    )
    .unwrap();
    assert_eq!(device_ids.len(), 4);
    let marks = rows(
        &app,
        &format!(
            "SELECT a.id, m.given_name, a.status FROM attendance_marks a JOIN mothers m ON m.id = a.mother_id \
             WHERE a.occurrence_id = '{occurrence}' AND a.id IN ({})",
            device_ids.iter().map(|id| format!("'{id}'")).collect::<Vec<_>>().join(", ")
        ),
    )
    .await;
    assert_eq!(marks.len(), 4, "{marks:?}");
    assert_eq!(
        rows(
            &app,
            &format!("SELECT id FROM attendance_marks WHERE occurrence_id = '{occurrence}'")
        )
        .await
        .len(),
        marks_before + 4,
        "no mark arrived twice"
    );
    let standing = rows(
        &app,
        &format!("SELECT mother_id, status, id FROM attendance WHERE occurrence_id = '{occurrence}'"),
    )
    .await;
    for (mother, status) in taps {
        assert!(
            standing.iter().any(|r| r[0] == mother.as_str() && r[1] == status),
            "{mother} is {status}: {standing:?}"
        );
    }
    let walk_ins = rows(
        &app,
        &format!("SELECT id, language, phone FROM mothers WHERE given_name = '{WALK_IN}'"),
    )
    .await;
    assert_eq!(walk_ins.len(), 1, "the walk-in was made once: {walk_ins:?}");
    assert_eq!(walk_ins[0][1], "ar");
    assert!(
        standing
            .iter()
            .any(|r| r[0] == walk_ins[0][0] && r[1] == "present"),
        "{standing:?}"
    );
    browser.assert_accessible("the register, all sent").await;

    // In Arabic the register mirrors: Monday is at the right-hand end of the week.
    browser
        .client
        .find(fantoccini::Locator::Id("language-picker"))
        .await
        .unwrap()
        .select_by_value("ar")
        .await
        .unwrap();
    browser
        .wait_for(
            "the page in Arabic",
            "return document.documentElement.dir === 'rtl'",
        )
        .await;
    let mirrored = browser
        .eval(
            "const days = document.querySelectorAll('[data-testid=day]');
             return days[0].getBoundingClientRect().left > days[6].getBoundingClientRect().left;",
        )
        .await;
    assert_eq!(mirrored, json!(true), "the week runs right to left");
    browser.screenshot("register-ar").await;
    browser.assert_fits_a_phone("the register in Arabic").await;
    browser.assert_accessible("the register in Arabic").await;

    // Signing out forgets the registers kept on the phone: the next person to
    // pick it up does not see the mothers' names.
    browser.click("nav .link-button").await;
    browser
        .wait_for(
            "the sign-in page, with the registers gone from the phone",
            "return location.pathname === '/sign-in'
                 && localStorage.getItem('perilink.register.days.v1') === null",
        )
        .await;
    browser.client.clone().close().await.ok();
}
