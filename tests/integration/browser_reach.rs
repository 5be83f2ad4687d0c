//! Every screen reachable by taps (issue 15): for each role, and for a visitor who
//! is not signed in, start at the home page and follow every link breadth first,
//! and fail on any screen of that role's the app's router defines but no tap
//! reaches. The screens and who must reach each come from
//! `perilink_shared::routes::ROUTES`, which a test here holds to the router's own
//! source, so a new screen is covered the day it is added.
//!
//! Then what each person comes for first: the midwife's open safety alerts (a red
//! count at the top of her home, a badge on the mother's card, the news, the menu:
//! clinical safety hazard H21), the mother's check-in and sessions from the menu,
//! Home and My sessions, the host's new referrals above today's register, and the
//! admin's start page.

use crate::browser::{Browser, app_with_browser, text};
use crate::browser_referrals::{check_screen, sign_in};
use crate::helpers::{TestApp, get_json, post_with_token, workspace_root};
use perilink_shared::auth::Role;
use perilink_shared::routes::{ROUTES, reachable_by, route_of};
use serde_json::{Value, json};
use std::collections::{BTreeMap, BTreeSet, VecDeque};
use std::time::{Duration, Instant};

/// The paths the router in `app/src/lib.rs` defines, read from its source.
fn router_paths() -> BTreeSet<String> {
    let source = std::fs::read_to_string(workspace_root().join("app/src/lib.rs")).expect("app/src/lib.rs");
    source
        .split("path!(\"")
        .skip(1)
        .map(|rest| rest.split('"').next().unwrap_or_default().to_owned())
        .collect()
}

#[test]
fn the_route_table_names_every_screen_the_router_defines() {
    let router = router_paths();
    assert!(router.len() >= 20, "the router's paths were read: {router:?}");
    let table: BTreeSet<String> = ROUTES.iter().map(|r| r.path.to_owned()).collect();
    let missing: Vec<_> = router.difference(&table).collect();
    assert!(
        missing.is_empty(),
        "screens the router defines but perilink_shared::routes::ROUTES does not list \
         (say who must reach each): {missing:?}"
    );
    let stale: Vec<_> = table.difference(&router).collect();
    assert!(
        stale.is_empty(),
        "ROUTES lists screens the router no longer has: {stale:?}"
    );
}

/// How many addresses one walk may open, and how many of one screen.
const MOST_PAGES: usize = 70;
const MOST_OF_ONE_SCREEN: usize = 3;

/// Waits (at most a few seconds) for a screen to settle: its heading drawn and
/// nothing in it still loading. A screen that keeps loading is read as it is.
pub(crate) async fn settle(browser: &Browser) {
    let deadline = Instant::now() + Duration::from_secs(10);
    let mut calm = 0;
    while Instant::now() < deadline {
        let ready = browser
            .try_eval(
                "return document.readyState === 'complete' && !!document.querySelector('main h1')
                     && !document.querySelector('main [aria-busy=true], .splash');",
            )
            .await;
        calm = if ready == json!(true) { calm + 1 } else { 0 };
        if calm >= 3 {
            return;
        }
        tokio::time::sleep(Duration::from_millis(150)).await;
    }
}

/// Opens `address` as a tap on a link to it would: a link put in the page and
/// clicked, which the app's router takes (or the browser, for the other app).
pub(crate) async fn tap_to(browser: &Browser, address: &str) {
    browser
        .eval(&format!(
            "const a = document.createElement('a'); a.href = {}; a.textContent = '.';
             document.body.appendChild(a); a.click(); a.remove(); return true;",
            json!(address)
        ))
        .await;
    let deadline = Instant::now() + Duration::from_secs(20);
    loop {
        let here = browser
            .try_eval("return location.pathname + location.search")
            .await;
        if here.as_str() == Some(address) || Instant::now() > deadline {
            break;
        }
        // A screen that sends you on (a start page, the staff app) ends elsewhere.
        if here.is_string() && here.as_str() != Some(address) {
            tokio::time::sleep(Duration::from_millis(300)).await;
            break;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    settle(browser).await;
}

/// The addresses of this app the page's links (menu included) lead to.
async fn links(browser: &Browser) -> Vec<String> {
    let found = browser
        .try_eval(
            "return [...document.querySelectorAll('a[href]')]
                 .filter(a => !a.hasAttribute('download') && a.getAttribute('rel') !== 'external')
                 .map(a => new URL(a.getAttribute('href'), location.href))
                 .filter(u => u.origin === location.origin)
                 .map(u => u.pathname + u.search);",
        )
        .await;
    serde_json::from_value(found).unwrap_or_default()
}

/// Walks from `home` breadth first and returns each screen reached, with the
/// address it was first reached at and the screen it was reached from.
pub(crate) async fn walk(browser: &Browser, home: &str) -> BTreeMap<&'static str, (String, String)> {
    let mut reached = BTreeMap::new();
    let mut opened: BTreeSet<String> = BTreeSet::new();
    let mut per_screen: BTreeMap<&'static str, usize> = BTreeMap::new();
    let mut queue = VecDeque::from([(home.to_owned(), "(home)".to_owned())]);
    while let Some((address, from)) = queue.pop_front() {
        if opened.len() >= MOST_PAGES {
            break;
        }
        let path = address.split('?').next().unwrap_or_default();
        let Some(screen) = route_of(path) else { continue };
        if !opened.insert(address.clone()) {
            continue;
        }
        let seen = per_screen.entry(screen).or_default();
        if *seen >= MOST_OF_ONE_SCREEN {
            continue;
        }
        *seen += 1;
        tap_to(browser, &address).await;
        let here = browser
            .try_eval("return location.pathname")
            .await
            .as_str()
            .unwrap_or_default()
            .to_owned();
        if let Some(screen) = route_of(&here) {
            reached.entry(screen).or_insert((here.clone(), from.clone()));
        }
        for next in links(browser).await {
            if !opened.contains(&next) {
                queue.push_back((next, here.clone()));
            }
        }
    }
    reached
}

/// Fails unless the walk reached every screen `who` must reach.
fn assert_reaches_all(who: &str, role: Option<Role>, reached: &BTreeMap<&'static str, (String, String)>) {
    let missing: Vec<_> = reachable_by(role)
        .into_iter()
        .filter(|path| !reached.contains_key(path))
        .collect();
    assert!(
        missing.is_empty(),
        "{who} cannot reach {missing:?} by tapping from home; reached: {reached:#?}"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn every_role_reaches_every_screen_of_its_own_by_taps() {
    let (app, browser, _guard) = app_with_browser("en-GB").await;

    // A visitor, not signed in.
    browser.goto(&app.url("/")).await;
    settle(&browser).await;
    let reached = walk(&browser, "/").await;
    assert_reaches_all("a visitor", None, &reached);

    for role in Role::ALL {
        sign_in(
            &browser,
            &app,
            &format!("{}@demo.perilink.test", role.as_str()),
            "demo-password",
        )
        .await;
        settle(&browser).await;
        // Signing in lands on the role's home page; the walk starts there.
        let home = browser
            .eval("return location.pathname")
            .await
            .as_str()
            .unwrap_or_default()
            .to_owned();
        let reached = walk(&browser, &home).await;
        assert_reaches_all(role.as_str(), Some(role), &reached);
        // Sign out from the menu, wherever the walk ended.
        browser.click("nav .link-button").await;
        browser
            .wait_for("signed out", "return location.pathname === '/sign-in'")
            .await;
    }
    browser.client.clone().close().await.ok();
}

/// `POST` a check-in as the mother: PHQ-9 with only its self-harm item answered.
/// Answers her mother record's id, which staff screens name her by.
async fn urgent_check_in(app: &TestApp, token: &str) -> String {
    let taken = post_with_token(
        app,
        "/api/screenings",
        token,
        json!({"instrument": "phq9", "language": "en", "answers": [0, 0, 0, 0, 0, 0, 0, 0, 1]}),
    )
    .await;
    assert_eq!(taken.status(), 201, "the check-in is taken");
    let taken: Value = taken.json().await.unwrap();
    assert_eq!(taken["alert_raised"], true, "{taken}");
    taken["mother_id"]
        .as_str()
        .expect("the result names her")
        .to_owned()
}

fn without_marks(selector: &str) -> String {
    format!(
        "return (document.querySelector({})?.innerText ?? '').replace(/[\\u2068\\u2069]/g, '').trim()",
        json!(selector)
    )
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_midwife_sees_open_safety_alerts_first_and_reaches_them_in_one_tap() {
    let (app, browser, _guard) = app_with_browser("en-GB").await;
    let (mother, _) = app.login_demo("mother").await;
    urgent_check_in(&app, &mother).await;
    let amira = urgent_check_in(&app, &mother).await;

    sign_in(&browser, &app, "referrer@demo.perilink.test", "demo-password").await;
    browser
        .wait_for("the referrer's desk", "return location.pathname === '/referrals'")
        .await;
    // The count, red, first under the heading.
    let count = browser
        .wait_for(
            "the open alerts' count",
            "const c = document.querySelector('[data-testid=open-alerts]'); return c ? c.dataset.count : null;",
        )
        .await;
    let (referrer, _) = app.login_demo("referrer").await;
    let open = get_json(&app, "/api/alerts", &referrer).await["alerts"]
        .as_array()
        .unwrap()
        .len();
    assert!(open >= 2, "the two check-ins raised alerts: {open}");
    assert_eq!(count, json!(open.to_string()));
    let first = browser
        .eval("return document.querySelector('main h1').nextElementSibling.dataset.testid")
        .await;
    assert_eq!(first, "open-alerts", "the count comes first on her home page");
    let colour = browser
        .eval("return getComputedStyle(document.querySelector('[data-testid=open-alerts]')).backgroundColor")
        .await;
    assert_eq!(colour, "rgb(164, 22, 26)", "the count is red");
    let said = browser.eval(&without_marks("[data-testid=open-alerts] a")).await;
    assert_eq!(
        said.as_str().unwrap(),
        crate::browser::text_with("en", "alerts-count", &[("count", (open as u64).into())])
    );

    // Amira's card carries her two alerts.
    let badge = browser
        .wait_for(
            "the badge on Amira's card",
            &format!(
                "const b = document.querySelector('[data-testid=ref-mother][data-mother={}] [data-testid=ref-mother-alerts]');
                 return b ? b.dataset.count : null;",
                json!(amira)
            ),
        )
        .await;
    assert_eq!(badge, "2");

    // The news says so, by name, with the way to act.
    let news = browser
        .wait_for(
            "the alert in the news",
            "const n = document.querySelector('[data-testid=ref-news-item][data-kind=screening_alert]');
             return n ? n.innerText.replace(/[\\u2068\\u2069]/g, '') : null;",
        )
        .await;
    assert!(news.as_str().unwrap().contains("Amira Haddad"), "{news}");
    assert!(
        news.as_str()
            .unwrap()
            .contains(&text("en", "ref-news-alert-open")),
        "{news}"
    );
    check_screen(
        &browser,
        "the referrer's desk with open alerts",
        "reach-referrer-alerts",
    )
    .await;

    // The menu takes her to them; so does the badge.
    let menu = browser
        .eval("return document.querySelector('nav [data-nav=nav-alerts]')?.getAttribute('href')")
        .await;
    assert_eq!(menu, "/screening");
    browser
        .click(&format!(
            "[data-testid=ref-mother][data-mother='{amira}'] [data-testid=ref-mother-alerts]"
        ))
        .await;
    browser
        .wait_for(
            "the alerts panel with Amira's alerts",
            &format!(
                "return location.pathname === '/screening'
                     && document.querySelectorAll('[data-testid=alert][data-mother={}]').length === 2",
                json!(amira)
            ),
        )
        .await;
    browser.client.clone().close().await.ok();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_mother_reaches_her_sessions_and_a_check_in_from_the_menu_home_and_my_sessions() {
    let (app, browser, _guard) = app_with_browser("en-GB").await;
    // A signed-out visit asks for no refresh: no cookie says there is one to trade.
    browser.goto(&app.url("/")).await;
    browser.wait_for_heading(&text("en", "home-title")).await;
    browser
        .wait_for(
            "the sign-in link",
            "return !!document.querySelector('nav a[href=\"/sign-in\"]')",
        )
        .await;
    let asked = browser
        .eval(
            "return performance.getEntriesByType('resource')
                 .filter(e => e.name.includes('/api/auth/refresh')).length",
        )
        .await;
    assert_eq!(asked, 0, "a signed-out visit sends no refresh request");

    sign_in(&browser, &app, "mother@demo.perilink.test", "demo-password").await;
    browser
        .wait_for("My sessions", "return location.pathname === '/my'")
        .await;
    assert_eq!(
        browser
            .eval("return document.cookie.split(';').some(c => c.trim() === 'perilink_signed_in=1')")
            .await,
        true,
        "signing in sets the readable flag"
    );
    // A reload trades the refresh cookie, as before.
    browser.client.refresh().await.unwrap();
    browser
        .wait_for(
            "still signed in after a reload",
            "return !!document.querySelector('nav [data-nav=nav-my-sessions]')",
        )
        .await;
    let menu = browser
        .wait_for(
            "her menu",
            "const items = [...document.querySelectorAll('nav [data-nav]')].map(a => a.getAttribute('href'));
             return items.length ? items : null;",
        )
        .await;
    assert_eq!(menu, json!(["/", "/find", "/my", "/check", "/account"]));
    // My sessions offers a check-in whatever is due.
    browser.click("[data-testid=check-in-start]").await;
    browser
        .wait_for(
            "the check-in's first screen",
            "return location.pathname === '/check' && !!document.querySelector('[data-testid=screening-start]')",
        )
        .await;
    // Home offers one too, and the way to her sessions.
    browser.click("nav [data-nav=nav-home]").await;
    browser.wait_for_heading(&text("en", "home-title")).await;
    browser
        .wait_for(
            "the check-in on Home",
            "return document.querySelector('[data-testid=check-in-start]')?.getAttribute('href') === '/check'",
        )
        .await;
    check_screen(&browser, "Home, signed in as a mother", "reach-mother-home").await;
    browser.click("nav [data-nav=nav-my-sessions]").await;
    browser
        .wait_for("My sessions from the menu", "return location.pathname === '/my'")
        .await;
    browser.wait_for_heading(&text("en", "start-mother")).await;
    browser.client.clone().close().await.ok();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_host_sees_new_referrals_above_todays_register_and_the_admin_her_jobs() {
    let (app, browser, _guard) = app_with_browser("en-GB").await;
    let (host, _) = app.login_demo("host").await;
    let waiting = get_json(&app, "/api/referrals", &host).await["referrals"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|r| r["status"] == "sent")
        .count();

    sign_in(&browser, &app, "host@demo.perilink.test", "demo-password").await;
    browser
        .wait_for("the register", "return location.pathname === '/register'")
        .await;
    let shown = browser
        .wait_for(
            "the new referrals' line",
            "return document.querySelector('[data-testid=register-referrals]')?.dataset.count",
        )
        .await;
    assert_eq!(shown, json!(waiting.to_string()));
    let menu = browser
        .eval("return [...document.querySelectorAll('nav [data-nav]')].map(a => a.getAttribute('href'))")
        .await;
    assert_eq!(menu, json!(["/", "/find", "/register", "/referrals", "/account"]));
    check_screen(
        &browser,
        "the host's register with new referrals",
        "reach-host-home",
    )
    .await;
    browser.click("[data-testid=register-referrals] a").await;
    browser.wait_for_heading(&text("en", "ref-incoming-title")).await;
    browser.click("nav .link-button").await;
    browser
        .wait_for("signed out", "return location.pathname === '/sign-in'")
        .await;

    // /staff/ sends staff on to their start page instead of "Page not found".
    sign_in(&browser, &app, "admin@demo.perilink.test", "demo-password").await;
    browser.goto(&app.url("/staff/")).await;
    browser
        .wait_for("the admin's start page", "return location.pathname === '/admin'")
        .await;
    let (admin, _) = app.login_demo("admin").await;
    let staff = get_json(&app, "/api/users", &admin)
        .await
        .as_array()
        .unwrap()
        .len();
    let counts = browser
        .wait_for(
            "the admin's people counts",
            "const t = (document.querySelector('[data-testid=admin-people-counts]')?.innerText ?? '')
                 .replace(/[\\u2068\\u2069]/g, '').trim();
             return /\\d/.test(t) ? t : null;",
        )
        .await;
    assert!(
        counts.as_str().unwrap().starts_with(&staff.to_string()),
        "{counts} starts with the {staff} staff accounts"
    );
    let jobs = browser
        .eval("return [...document.querySelectorAll('[data-testid=admin-job]')].map(a => a.getAttribute('href'))")
        .await;
    assert_eq!(
        jobs,
        json!([
            "/people",
            "/coordinator",
            "/coordinator/outcomes",
            "/register",
            "/screening"
        ])
    );
    let placeholder = browser
        .eval("return document.querySelector('main').innerText")
        .await;
    assert!(
        !placeholder.as_str().unwrap().contains("will be here"),
        "{placeholder}"
    );
    check_screen(&browser, "the admin's start page", "reach-admin-home").await;
    browser.client.clone().close().await.ok();
}
