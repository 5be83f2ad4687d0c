//! Browser tests: the built app in headless Chromium, driven over WebDriver, at a
//! phone's 360 px, with axe-core checking WCAG 2.2 A/AA on every page visited.
//!
//! They need the app built into `dist/`, Chromium, chromedriver and axe-core from
//! npm; `scripts/test` provides all four. One browser runs at a time.

use crate::helpers::{Backend, TestApp, workspace_root};
use fantoccini::{Client, ClientBuilder, Locator};
use fluent_bundle::{FluentArgs, FluentBundle, FluentResource, FluentValue};
use serde_json::{Value, json};
use std::net::TcpListener;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

static ONE_BROWSER_AT_A_TIME: tokio::sync::Mutex<()> = tokio::sync::Mutex::const_new(());

/// A headless Chromium and its chromedriver, both ended on drop.
pub(crate) struct Browser {
    pub(crate) client: Client,
    driver: Child,
    profile: std::path::PathBuf,
    /// Whether pages may run scripts (and so the app); see [`app_without_javascript`].
    javascript: bool,
    /// chromedriver's port, for Chrome DevTools commands.
    port: u16,
}

impl Drop for Browser {
    fn drop(&mut self) {
        let _ = self.driver.kill();
        let _ = self.driver.wait();
        let _ = std::fs::remove_dir_all(&self.profile);
    }
}

fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

fn find_program(names: &[&str]) -> Option<String> {
    let path = std::env::var("PATH").unwrap_or_default();
    names.iter().find_map(|name| {
        std::env::split_paths(&path)
            .map(|dir| dir.join(name))
            .chain([std::path::Path::new("/usr/bin").join(name)])
            .find(|p| p.is_file())
            .map(|p| p.display().to_string())
    })
}

impl Browser {
    /// Starts a browser whose preferred language is `accept_language`, with or
    /// without JavaScript for pages (WebDriver's own scripts run either way).
    async fn start(accept_language: &str, javascript: bool) -> Browser {
        let driver_path = find_program(&["chromedriver"])
            .expect("chromedriver is installed (scripts/test installs Debian's chromium-driver)");
        let chromium = find_program(&["chromium", "chromium-browser", "google-chrome"])
            .expect("Chromium is installed (scripts/test installs Debian's chromium)");
        let port = free_port();
        let driver = Command::new(driver_path)
            .arg(format!("--port={port}"))
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("chromedriver starts");
        let deadline = Instant::now() + Duration::from_secs(45);
        while std::net::TcpStream::connect(("127.0.0.1", port)).is_err() {
            assert!(Instant::now() < deadline, "chromedriver did not start listening");
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
        let profile = std::env::temp_dir().join(format!("perilink-chromium-{}", uuid::Uuid::new_v4()));
        let mut prefs = json!({ "intl.accept_languages": accept_language });
        let mut args = vec![
            "--headless=new".to_owned(),
            "--no-sandbox".into(),
            "--disable-gpu".into(),
            "--disable-dev-shm-usage".into(),
            "--disable-background-networking".into(),
            "--disable-component-update".into(),
            "--disable-sync".into(),
            "--no-first-run".into(),
            "--disable-extensions".into(),
            format!("--user-data-dir={}", profile.display()),
            format!("--lang={accept_language}"),
        ];
        if !javascript {
            prefs["profile.managed_default_content_settings.javascript"] = json!(2);
            args.push("--blink-settings=scriptEnabled=false".into());
        }
        let capabilities = json!({
            "browserName": "chrome",
            "goog:chromeOptions": {
                "binary": chromium,
                "args": args,
                "prefs": prefs,
                "mobileEmulation": { "deviceMetrics": { "width": 360, "height": 740, "pixelRatio": 2.0 } }
            }
        });
        let Value::Object(capabilities) = capabilities else {
            unreachable!()
        };
        let client = ClientBuilder::new(hyper_util::client::legacy::connect::HttpConnector::new())
            .capabilities(capabilities)
            .connect(&format!("http://127.0.0.1:{port}"))
            .await
            .expect("a WebDriver session");
        Browser {
            client,
            driver,
            profile,
            javascript,
            port,
        }
    }

    /// Sends a Chrome DevTools Protocol command through chromedriver
    /// (`POST /session/{id}/goog/cdp/execute`) and returns its result.
    pub(crate) async fn cdp(&self, cmd: &str, params: Value) -> Value {
        let session = self
            .client
            .session_id()
            .await
            .expect("a session")
            .expect("a session id");
        let response = reqwest::Client::new()
            .post(format!(
                "http://127.0.0.1:{}/session/{session}/goog/cdp/execute",
                self.port
            ))
            .json(&json!({ "cmd": cmd, "params": params }))
            .send()
            .await
            .unwrap_or_else(|e| panic!("{cmd}: {e}"));
        assert!(response.status().is_success(), "{cmd}: {}", response.status());
        let body: Value = response.json().await.expect("a JSON answer");
        body["value"].clone()
    }

    pub(crate) async fn goto(&self, url: &str) {
        self.client.goto(url).await.expect("navigate");
    }

    pub(crate) async fn eval(&self, script: &str) -> Value {
        self.client.execute(script, vec![]).await.expect("script runs")
    }

    /// Like [`Browser::eval`], but a script error (say, mid-navigation) is `null`.
    pub(crate) async fn try_eval(&self, script: &str) -> Value {
        self.client.execute(script, vec![]).await.unwrap_or(Value::Null)
    }

    /// Waits until `script` returns something truthy, and returns it. With
    /// JavaScript on, it first waits for the app to take over the first screen the
    /// server wrote (`#ssr`), so what is checked is the app's own copy.
    pub(crate) async fn wait_for(&self, what: &str, script: &str) -> Value {
        let deadline = Instant::now() + Duration::from_secs(45);
        let script = if self.javascript {
            format!("if (document.getElementById('ssr')) return null; return (() => {{ {script} }})();")
        } else {
            script.to_owned()
        };
        loop {
            let value = self.try_eval(&script).await;
            let truthy = match &value {
                Value::Null => false,
                Value::Bool(b) => *b,
                Value::String(s) => !s.is_empty(),
                Value::Number(_) | Value::Array(_) | Value::Object(_) => true,
            };
            if truthy {
                return value;
            }
            if Instant::now() > deadline {
                let page = self
                    .try_eval("return location.href + '\\n' + document.body.innerText")
                    .await;
                panic!("timed out waiting for {what}; the page says: {page}");
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
    }

    /// Waits until the main heading reads `text` (Fluent's isolation marks aside).
    pub(crate) async fn wait_for_heading(&self, text: &str) {
        let script = format!(
            "const h = document.querySelector('main h1'); \
             return !!h && h.innerText.replace(/[\\u2068\\u2069]/g, '').trim() === {};",
            json!(text)
        );
        self.wait_for(&format!("the heading `{text}`"), &script).await;
    }

    pub(crate) async fn text_of(&self, selector: &str) -> String {
        let script = format!(
            "const e = document.querySelector({}); return e ? e.innerText.replace(/[\\u2068\\u2069]/g, '') : null;",
            json!(selector)
        );
        self.eval(&script).await.as_str().unwrap_or_default().to_owned()
    }

    /// Clicks the first element `selector` matches, waiting for it to appear.
    pub(crate) async fn click(&self, selector: &str) {
        self.wait_for(
            &format!("`{selector}` to be shown"),
            &format!(
                "const e = document.querySelector({}); return !!e && e.offsetParent !== null;",
                json!(selector)
            ),
        )
        .await;
        // In the middle of the screen, as a person would have it before tapping:
        // WebDriver would scroll it only to the top edge, under the mother's
        // "Leave quickly" bar, which stays there.
        self.eval(&format!(
            "document.querySelector({}).scrollIntoView({{ block: 'center', inline: 'center' }});",
            json!(selector)
        ))
        .await;
        let element = self
            .client
            .find(Locator::Css(selector))
            .await
            .expect("the element");
        element
            .click()
            .await
            .unwrap_or_else(|e| panic!("clicking `{selector}`: {e}"));
    }

    /// Replaces what the input `selector` holds with `value`, typed as a person would.
    pub(crate) async fn fill(&self, selector: &str, value: &str) {
        // A screen may still be fetching its text: wait for the field to be drawn.
        self.wait_for(
            &format!("the field {selector}"),
            &format!("return !!document.querySelector({})", json!(selector)),
        )
        .await;
        let element = self.client.find(Locator::Css(selector)).await.expect("the input");
        element.clear().await.expect("clear the input");
        element.send_keys(value).await.expect("type into the input");
    }

    /// Saves a picture of the page when `PERILINK_SCREENSHOTS` names a folder, so a
    /// person can look at the phone-sized page.
    pub(crate) async fn screenshot(&self, name: &str) {
        let Some(folder) = std::env::var_os("PERILINK_SCREENSHOTS") else {
            return;
        };
        let png = self.client.screenshot().await.expect("a screenshot");
        std::fs::write(std::path::Path::new(&folder).join(format!("{name}.png")), png)
            .expect("save the screenshot");
    }

    /// Runs axe-core on the page and fails on any WCAG 2.2 A or AA violation.
    pub(crate) async fn assert_accessible(&self, page: &str) {
        let axe_path = workspace_root().join("app/node_modules/axe-core/axe.min.js");
        let axe = std::fs::read_to_string(&axe_path).unwrap_or_else(|_| {
            panic!(
                "{} exists (scripts/setup runs npm ci in app/)",
                axe_path.display()
            )
        });
        self.client.execute(&axe, vec![]).await.expect("axe-core loads");
        if !self.javascript {
            // With scripts off, the page's timers never fire, and axe waits on them;
            // WebDriver's own scripts and their promises still run, so axe's timers
            // run as promise callbacks instead.
            self.eval(
                "window.setTimeout = (f, _ms, ...args) => { Promise.resolve().then(() => f(...args)); return 0; };
                 window.clearTimeout = () => {};",
            )
            .await;
        }
        // The mother's "Leave quickly" bar stays at the top as the page scrolls, so
        // whatever a tap scrolled under it is partly hidden there, which axe's
        // target-size rule counts against that control. Checked from the top of the
        // page, nothing is under the bar; the place is restored afterwards.
        let scrolled = self
            .eval("const y = window.scrollY; window.scrollTo(0, 0); return y;")
            .await;
        let result = self
            .client
            .execute_async(
                "const done = arguments[arguments.length - 1];
                 axe.run(document, { runOnly: { type: 'tag', values:
                     ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'] } })
                   .then(r => done(r.violations.map(v =>
                       v.id + ' (' + v.impact + '): ' + v.nodes.map(n => n.target.join(' ')).join(', '))))
                   .catch(e => done(['axe failed: ' + e]));",
                vec![],
            )
            .await
            .expect("axe runs");
        self.eval(&format!("window.scrollTo(0, {scrolled});")).await;
        let violations: Vec<String> =
            serde_json::from_value(result).expect("axe answers with a list of violations");
        assert!(
            violations.is_empty(),
            "{page}: WCAG 2.2 A/AA violations:\n{}",
            violations.join("\n")
        );
    }

    /// Fails if the page scrolls sideways at 360 px or any control is under 24 px.
    pub(crate) async fn assert_fits_a_phone(&self, page: &str) {
        let width = self.eval("return window.innerWidth").await;
        assert_eq!(width, 360, "{page}: the viewport is a phone's");
        let overflow = self
            .eval("return document.documentElement.scrollWidth - window.innerWidth")
            .await;
        assert!(
            overflow.as_i64().unwrap_or(1) <= 0,
            "{page}: scrolls sideways by {overflow}"
        );
        let small = self
            .eval(
                "return [...document.querySelectorAll('a, button, select, input, [role=button]')]
                   .filter(e => e.offsetParent !== null && !e.classList.contains('skip-link'))
                   .map(e => [e, e.getBoundingClientRect()])
                   .filter(([e, r]) => r.width < 24 || r.height < 24)
                   .map(([e, r]) => e.outerHTML.slice(0, 80) + ' ' + r.width + 'x' + r.height);",
            )
            .await;
        assert_eq!(small, json!([]), "{page}: tap targets under 24 px");
    }
}

/// A locale's messages, all its files in one bundle as the app has them.
fn bundle(tag: &str) -> FluentBundle<FluentResource> {
    let mut bundle = FluentBundle::new(vec![tag.parse().unwrap()]);
    bundle.set_use_isolating(false);
    for file in crate::locales::FILES {
        let source = std::fs::read_to_string(workspace_root().join("locales").join(tag).join(file))
            .unwrap_or_else(|e| panic!("{tag}/{file}: {e}"));
        bundle
            .add_resource(FluentResource::try_new(source).unwrap())
            .unwrap();
    }
    bundle
}

/// A message from a locale, formatted without isolation marks.
pub(crate) fn text(tag: &str, key: &str) -> String {
    shown_with(tag, key, &[]).unwrap_or_else(|| panic!("{tag} has {key}"))
}

/// A message from a locale with its arguments, formatted without isolation marks.
pub(crate) fn text_with(tag: &str, key: &str, args: &[(&str, FluentValue<'static>)]) -> String {
    shown_with(tag, key, args).unwrap_or_else(|| panic!("{tag} has {key}"))
}

/// What the app shows for `key` in `tag`: the message, or while a locale still
/// lacks it (a translation not yet done), the key itself, as `I18n::t` does. Use it
/// only for text a translator has yet to reach; the page's structure is checked
/// through `data-testid` hooks either way.
pub(crate) fn shown(tag: &str, key: &str, args: &[(&str, FluentValue<'static>)]) -> String {
    shown_with(tag, key, args).unwrap_or_else(|| key.to_owned())
}

fn shown_with(tag: &str, key: &str, args: &[(&str, FluentValue<'static>)]) -> Option<String> {
    let bundle = bundle(tag);
    let message = bundle.get_message(key)?;
    let mut fluent_args = FluentArgs::new();
    for (name, value) in args {
        fluent_args.set(*name, value.clone());
    }
    let mut errors = Vec::new();
    Some(
        bundle
            .format_pattern(message.value()?, Some(&fluent_args), &mut errors)
            .into_owned(),
    )
}

pub(crate) async fn app_with_browser(
    accept_language: &str,
) -> (TestApp, Browser, tokio::sync::MutexGuard<'static, ()>) {
    app_with_browser_and(accept_language, crate::helpers::Options::default()).await
}

/// [`app_with_browser`] with a server started with `options`.
pub(crate) async fn app_with_browser_and(
    accept_language: &str,
    options: crate::helpers::Options,
) -> (TestApp, Browser, tokio::sync::MutexGuard<'static, ()>) {
    assert!(
        workspace_root().join("dist/index.html").is_file(),
        "the app is built into dist/ (run scripts/test, which builds it first)"
    );
    let guard = ONE_BROWSER_AT_A_TIME.lock().await;
    let app = TestApp::spawn_with(Backend::Sqlite, options).await.unwrap();
    warm_up(&app).await;
    let browser = Browser::start(accept_language, true).await;
    (app, browser, guard)
}

/// [`app_with_browser`] with JavaScript off in the browser's pages: what a phone
/// shows before the app has loaded, or when it cannot run it at all.
pub(crate) async fn app_without_javascript(
    accept_language: &str,
) -> (TestApp, Browser, tokio::sync::MutexGuard<'static, ()>) {
    let guard = ONE_BROWSER_AT_A_TIME.lock().await;
    let app = TestApp::spawn_with(Backend::Sqlite, crate::helpers::Options::default())
        .await
        .unwrap();
    let browser = Browser::start(accept_language, false).await;
    (app, browser, guard)
}

/// Asks the server for the app's files once, as a browser would, before any page
/// is timed. The server compresses each file on its first request, and in an
/// unoptimised test build that takes many seconds for the wasm, which would
/// otherwise eat into the first page's waits. All three apps: the visitor's, which a
/// browser without a sign-in gets, the mother's, which signing in brings, and the
/// staff app that staff screens load.
async fn warm_up(app: &TestApp) {
    let client = reqwest::Client::new();
    let mut index = String::new();
    for page in ["/", "/index.html", "/staff/index.html"] {
        let response = client.get(app.url(page)).send().await.expect("the app's page");
        if response.status().is_success() {
            index += &response.text().await.expect("the app's page reads");
        }
    }
    let assets = index
        .split(['"', '\''])
        .filter(|s| s.starts_with('/') && [".wasm", ".js", ".css"].iter().any(|e| s.ends_with(e)));
    for asset in assets {
        client
            .get(app.url(asset))
            .header("Accept-Encoding", "br, gzip")
            .timeout(Duration::from_secs(600))
            .send()
            .await
            .and_then(|r| r.error_for_status())
            .unwrap_or_else(|e| panic!("{asset}: {e}"))
            .bytes()
            .await
            .unwrap_or_else(|e| panic!("{asset}: {e}"));
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_home_page_fits_a_phone_and_passes_axe() {
    let (app, browser, _guard) = app_with_browser("en-GB").await;
    browser.goto(&app.url("/")).await;
    browser.wait_for_heading(&text("en", "home-title")).await;
    let html = browser
        .eval("return [document.documentElement.lang, document.documentElement.dir, document.title]")
        .await;
    assert_eq!(html, json!(["en", "ltr", "PeriLink"]));
    browser.assert_fits_a_phone("home").await;
    browser.assert_accessible("home").await;
    // The manifest makes it installable.
    let manifest = browser
        .eval("return document.querySelector('link[rel=manifest]').href")
        .await;
    assert!(manifest.as_str().unwrap().ends_with("/manifest.webmanifest"));
    browser.client.clone().close().await.ok();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn switching_to_arabic_mirrors_the_page_at_once_and_is_remembered() {
    let (app, browser, _guard) = app_with_browser("en-GB").await;
    browser.goto(&app.url("/")).await;
    browser.wait_for_heading(&text("en", "home-title")).await;

    let picker = browser.client.find(Locator::Id("language-picker")).await.unwrap();
    picker.select_by_value("ar").await.unwrap();
    browser
        .wait_for(
            "dir=rtl",
            "return document.documentElement.dir === 'rtl' && document.documentElement.lang === 'ar'",
        )
        .await;
    browser.wait_for_heading(&text("ar", "home-title")).await;
    // The whole page changed, not just the heading.
    assert_eq!(
        browser.text_of("main .hero a").await.trim(),
        text("ar", "home-find-button")
    );
    assert_eq!(
        browser.text_of(".language-picker label").await.trim(),
        text("ar", "language-picker-label")
    );
    // Mirrored: the brand sits at the right-hand end of the header in Arabic.
    let mirrored = browser
        .eval(
            "const b = document.querySelector('.brand').getBoundingClientRect();
             const p = document.querySelector('.language-picker').getBoundingClientRect();
             return b.left > p.left;",
        )
        .await;
    assert_eq!(mirrored, json!(true), "the header mirrors in RTL");
    browser.assert_fits_a_phone("home in Arabic").await;
    browser.assert_accessible("home in Arabic").await;

    // Remembered on this device.
    browser.client.refresh().await.unwrap();
    browser.wait_for_heading(&text("ar", "home-title")).await;
    assert_eq!(browser.eval("return document.documentElement.dir").await, "rtl");

    // And back to English, at once.
    let picker = browser.client.find(Locator::Id("language-picker")).await.unwrap();
    picker.select_by_value("en").await.unwrap();
    browser.wait_for_heading(&text("en", "home-title")).await;
    assert_eq!(browser.eval("return document.documentElement.dir").await, "ltr");
    browser.client.clone().close().await.ok();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_first_visit_speaks_the_browsers_language() {
    let (app, browser, _guard) = app_with_browser("pl-PL").await;
    browser.goto(&app.url("/")).await;
    browser.wait_for_heading(&text("pl", "home-title")).await;
    assert_eq!(browser.eval("return document.documentElement.lang").await, "pl");
    browser.assert_accessible("home in Polish").await;
    browser.client.clone().close().await.ok();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_demo_referrer_signs_in_and_out() {
    let (app, browser, _guard) = app_with_browser("en-GB").await;
    browser.goto(&app.url("/sign-in")).await;
    browser.wait_for_heading(&text("en", "sign-in-title")).await;
    browser.assert_fits_a_phone("sign in").await;
    browser.assert_accessible("sign in").await;

    let email = browser.client.find(Locator::Id("email")).await.unwrap();
    let password = browser.client.find(Locator::Id("password")).await.unwrap();
    let submit = browser
        .client
        .find(Locator::Css("form button[type=submit]"))
        .await
        .unwrap();

    // A wrong password is explained on the page.
    email.send_keys("referrer@demo.perilink.test").await.unwrap();
    password.send_keys("wrong-password").await.unwrap();
    submit.click().await.unwrap();
    let wrong = text("en", "sign-in-error-credentials");
    browser
        .wait_for(
            "the wrong-password message",
            &format!(
                "return document.querySelector('[role=alert]').innerText.includes({})",
                json!(wrong)
            ),
        )
        .await;
    browser.assert_accessible("sign in, with an error").await;
    let url = browser.eval("return location.href").await;
    assert!(
        !url.as_str().unwrap().contains("password"),
        "the form never submits itself: {url}"
    );

    password.clear().await.unwrap();
    password.send_keys("demo-password").await.unwrap();
    submit.click().await.unwrap();
    browser
        .wait_for("the referrer's page", "return location.pathname === '/referrals'")
        .await;
    browser.wait_for_heading(&text("en", "start-referrer")).await;
    browser
        .wait_for(
            "the referrer's details",
            "return document.querySelector('.details')?.innerText.includes('Sarah Whitfield')",
        )
        .await;
    assert!(browser.text_of(".details").await.contains("Community midwife"));
    browser.assert_fits_a_phone("referrals").await;
    browser.assert_accessible("referrals").await;

    // A reload keeps her signed in: the refresh cookie restores the session.
    browser.client.refresh().await.unwrap();
    browser
        .wait_for(
            "the details after a reload",
            "return document.querySelector('.details')?.innerText.includes('Sarah Whitfield')",
        )
        .await;

    // Sign out.
    let sign_out = browser
        .client
        .find(Locator::Css("nav .link-button"))
        .await
        .unwrap();
    assert_eq!(sign_out.text().await.unwrap().trim(), text("en", "nav-sign-out"));
    sign_out.click().await.unwrap();
    browser
        .wait_for("the sign-in page", "return location.pathname === '/sign-in'")
        .await;
    let signed_out = text("en", "signed-out");
    browser
        .wait_for(
            "the signed-out notice",
            &format!(
                "return document.querySelector('[role=status]')?.innerText.includes({})",
                json!(signed_out)
            ),
        )
        .await;
    browser.assert_accessible("signed out").await;

    // The page is closed to her now, even after a reload.
    browser.goto(&app.url("/referrals")).await;
    let needed = text("en", "sign-in-needed");
    browser
        .wait_for(
            "the sign-in-needed message",
            &format!(
                "return document.querySelector('main').innerText.includes({})",
                json!(needed)
            ),
        )
        .await;
    browser.assert_accessible("referrals, signed out").await;
    browser.client.clone().close().await.ok();
}

/// The demo's Arabic rhyme time and its ESOL course, as the demo data names them in
/// Arabic (`server/src/service/demo.rs`).
const ARABIC_RHYME_TIME: &str = "وقت الأناشيد بالعربية والإنجليزية";
const ARABIC_ESOL: &str = "خطوات أولى في الإنجليزية (ESOL)";

/// The `next` a sign-up or sign-in page carries.
const NEXT_PARAM: &str = "new URLSearchParams(location.search).get('next')";

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_mother_in_arabic_finds_rhyme_time_near_l8_enrols_on_esol_and_sees_it_in_my_sessions() {
    let (app, browser, _guard) = app_with_browser("ar").await;
    browser.goto(&app.url("/find")).await;
    browser.wait_for_heading(&text("ar", "find-title")).await;
    assert_eq!(
        browser
            .eval("return [document.documentElement.lang, document.documentElement.dir]")
            .await,
        json!(["ar", "rtl"])
    );
    // The language filter starts at hers.
    assert_eq!(
        browser
            .eval("return document.getElementById('find-language').value")
            .await,
        "ar"
    );

    // Rhyme time, near L8: the Arabic rhyme time at Toxteth Library, a drop-in.
    browser.click("[data-testid=kind-rhyme_time]").await;
    browser
        .wait_for(
            "the rhyme time filter, pressed and in the address",
            "return document.querySelector('[data-testid=kind-rhyme_time]').getAttribute('aria-pressed') === 'true'
                 && new URLSearchParams(location.search).get('kind') === 'rhyme_time'",
        )
        .await;
    // The place is among the folded choices.
    browser.click("[data-testid=find-choices] summary").await;
    browser.fill("#find-near", "L8").await;
    browser.click("[data-testid=find-search]").await;
    let card = browser
        .wait_for(
            "the Arabic rhyme time near L8",
            &format!(
                "if (new URLSearchParams(location.search).get('near') !== 'L8') return null;
                 const cards = [...document.querySelectorAll('[data-testid=result]')];
                 if (!cards.length || cards.some(c => c.dataset.kind !== 'rhyme_time')) return null;
                 const card = cards.find(c => c.innerText.includes({title}));
                 return card ? {{ text: card.innerText.replace(/[\\u2068\\u2069]/g, ''), booking: card.dataset.booking,
                                  distance: !!card.querySelector('.distance') }} : null;",
                title = json!(ARABIC_RHYME_TIME)
            ),
        )
        .await;
    let venue = shown(
        "ar",
        "find-venue",
        &[("venue", "Toxteth Library".into()), ("town", "Liverpool".into())],
    );
    assert!(card["text"].as_str().unwrap().contains(&venue), "{card}");
    assert_eq!(card["booking"], "drop_in", "{card}");
    assert_eq!(
        card["distance"], true,
        "a search near a place shows how far: {card}"
    );
    assert!(
        !browser
            .text_of("[data-testid=find-status]")
            .await
            .trim()
            .is_empty()
    );
    browser.screenshot("find-ar").await;
    browser.assert_fits_a_phone("Find in Arabic").await;
    browser.assert_accessible("Find in Arabic").await;

    // A postcode nobody knows is explained, in her language.
    browser.fill("#find-near", "ZZ9 9ZZ").await;
    browser.click("[data-testid=find-search]").await;
    let unknown = shown("ar", "find-error-unknown-place", &[("place", "ZZ9 9ZZ".into())]);
    browser
        .wait_for(
            "the unknown-place message",
            &format!(
                "return document.querySelector('[data-testid=find-error]').innerText
                     .replace(/[\\u2068\\u2069]/g, '').includes({})",
                json!(unknown)
            ),
        )
        .await;
    assert_eq!(
        browser
            .eval("return document.getElementById('find-near').getAttribute('aria-invalid')")
            .await,
        "true"
    );
    assert_eq!(
        browser
            .eval("return document.querySelectorAll('[data-testid=result]').length")
            .await,
        0
    );
    browser
        .assert_fits_a_phone("Find with an unknown postcode, in Arabic")
        .await;
    browser
        .assert_accessible("Find with an unknown postcode, in Arabic")
        .await;

    // Back brings the last search back, from the address alone.
    browser.client.back().await.unwrap();
    browser
        .wait_for(
            "the search near L8 again",
            "return document.getElementById('find-near').value === 'L8'
                 && document.querySelector('[data-testid=kind-rhyme_time]').getAttribute('aria-pressed') === 'true'
                 && document.querySelectorAll('[data-testid=result]').length > 0",
        )
        .await;

    // ESOL near L8: the Stepping Stones course at Toxteth Library, with an
    // interpreter for Arabic.
    browser.click("[data-testid=kind-rhyme_time]").await;
    browser
        .wait_for(
            "no kind chosen",
            "return !new URLSearchParams(location.search).get('kind')",
        )
        .await;
    browser.click("[data-testid=kind-esol]").await;
    let esol = browser
        .wait_for(
            "the ESOL course near L8",
            &format!(
                "if (new URLSearchParams(location.search).get('kind') !== 'esol') return null;
                 const cards = [...document.querySelectorAll('[data-testid=result]')];
                 if (!cards.length || cards.some(c => c.dataset.kind !== 'esol')) return null;
                 const card = cards.find(c => c.innerText.replace(/[\\u2068\\u2069]/g, '').includes({title})
                     && c.innerText.replace(/[\\u2068\\u2069]/g, '').includes({venue}));
                 return card ? {{ session: card.dataset.session, booking: card.dataset.booking,
                                  interpreter: !!card.querySelector('[data-interpreter=ar]') }} : null;",
                title = json!(ARABIC_ESOL),
                venue = json!(venue)
            ),
        )
        .await;
    assert_eq!(esol["booking"], "booking", "{esol}");
    assert_eq!(esol["interpreter"], true, "{esol}");
    let session_id = esol["session"].as_str().unwrap().to_owned();
    browser
        .click(&format!(
            "[data-testid=result][data-session='{session_id}'] .result-title a"
        ))
        .await;

    // The session's page, in Arabic.
    let page = format!("/sessions/{session_id}");
    browser
        .wait_for(
            "the ESOL page",
            &format!(
                "return location.pathname === {} && document.querySelector('main h1')?.innerText.includes({})",
                json!(page),
                json!(ARABIC_ESOL)
            ),
        )
        .await;
    let facts = browser
        .eval(
            "const q = s => document.querySelector(s);
             return { interpreter: !!q('main [data-interpreter=ar]'),
                      calendar: q('[data-testid=add-to-calendar]').getAttribute('href'),
                      map: q('[data-testid=map]').getAttribute('href'),
                      venue: q('[data-testid=venue]').innerText,
                      dates: document.querySelectorAll('[data-testid=date]').length,
                      enrol: !!q('[data-testid=enrol]'),
                      account: !!q('[data-testid=account-needed]') };",
        )
        .await;
    assert_eq!(facts["interpreter"], true, "{facts}");
    assert_eq!(
        facts["calendar"],
        format!("/api/sessions/{session_id}/calendar.ics?ui=ar"),
        "{facts}"
    );
    assert!(
        facts["map"]
            .as_str()
            .unwrap()
            .starts_with("https://www.openstreetmap.org/"),
        "{facts}"
    );
    assert!(
        facts["venue"].as_str().unwrap().contains("41 Windsor Street"),
        "{facts}"
    );
    assert!(facts["dates"].as_u64().unwrap() > 0, "{facts}");
    assert_eq!(facts["enrol"], true, "{facts}");
    assert_eq!(
        facts["account"], true,
        "signed out, she is told she needs an account: {facts}"
    );
    browser.screenshot("session-ar").await;
    browser.assert_fits_a_phone("the ESOL page in Arabic").await;
    browser.assert_accessible("the ESOL page in Arabic").await;

    // "This information is wrong", then what is wrong in one tap, and thank you.
    browser.click("[data-testid=report-wrong]").await;
    browser.assert_accessible("what is wrong, in Arabic").await;
    browser
        .click("[data-testid=report-reason][data-reason=time]")
        .await;
    let thanks = shown("ar", "session-report-thanks", &[]);
    browser
        .wait_for(
            "the thank-you",
            &format!(
                "return document.querySelector('[data-testid=report-status]').innerText.includes({})",
                json!(thanks)
            ),
        )
        .await;

    // Enrolling, signed out, asks her to make an account, remembering the course...
    browser.click("[data-testid=enrol]").await;
    let wish = format!("{page}?book=course");
    browser
        .wait_for(
            "the sign-up page",
            &format!(
                "return location.pathname === '/sign-up' && ({NEXT_PARAM}) === {}",
                json!(wish)
            ),
        )
        .await;
    browser.wait_for_heading(&shown("ar", "sign-up-title", &[])).await;
    assert_eq!(
        browser
            .eval("return document.getElementById('sign-up-language').value")
            .await,
        "ar"
    );
    assert_eq!(
        browser
            .eval("return document.getElementById('sign-up-password').getAttribute('autocomplete')")
            .await,
        "new-password"
    );
    browser.screenshot("sign-up-ar").await;
    browser.assert_fits_a_phone("sign up in Arabic").await;
    browser.assert_accessible("sign up in Arabic").await;

    // ...or to sign in instead, which she does, and is brought back, enrolled.
    browser.click("[data-testid=sign-in-instead]").await;
    browser
        .wait_for(
            "the sign-in page",
            &format!(
                "return location.pathname === '/sign-in' && ({NEXT_PARAM}) === {}
                     && !!document.getElementById('email')",
                json!(wish)
            ),
        )
        .await;
    browser.fill("#email", "mother@demo.perilink.test").await;
    browser.fill("#password", "demo-password").await;
    browser.click("form button[type=submit]").await;
    browser
        .wait_for(
            "her enrolment, back on the ESOL page",
            &format!(
                "return location.pathname === {} && !location.search.includes('book=')
                     && document.querySelector('[data-testid=booking-outcome]')?.dataset.state === 'enrolled'",
                json!(page)
            ),
        )
        .await;
    // The demo may already have enrolled her through a midwife's referral; either
    // way the page says where she stands.
    let said = browser
        .text_of("[data-testid=booking-outcome] [role=status]")
        .await;
    assert!(
        said.contains(&shown("ar", "session-enrolled", &[]))
            || said.contains(&shown("ar", "session-already-enrolled", &[])),
        "{said}"
    );
    browser
        .assert_accessible("the ESOL page, enrolled, in Arabic")
        .await;

    // She went to its first date: My sessions shows it in her history.
    {
        use sea_orm::ConnectionTrait;
        let sql = format!(
            "INSERT INTO attendance (id, occurrence_id, mother_id, status, recorded_at, recorded_by, received_at) \
             SELECT '{}', (SELECT id FROM occurrences WHERE session_id = '{session_id}' ORDER BY date LIMIT 1), m.id, 'present', \
             CURRENT_TIMESTAMP, (SELECT id FROM users WHERE email = 'host@demo.perilink.test'), CURRENT_TIMESTAMP \
             FROM mothers m JOIN users u ON u.id = m.user_id WHERE u.email = 'mother@demo.perilink.test'",
            uuid::Uuid::new_v4()
        );
        let done = app.state.db.execute_unprepared(&sql).await.unwrap();
        assert_eq!(done.rows_affected(), 1);
    }

    // My sessions lists the course.
    browser.click("[data-testid=see-my-sessions]").await;
    browser
        .wait_for(
            "the course in My sessions",
            &format!(
                "return location.pathname === '/my' && document.querySelector(
                     '[data-testid=my-booking][data-session=\"{session_id}\"][data-state=enrolled]')
                     ?.innerText.includes({})",
                json!(ARABIC_ESOL)
            ),
        )
        .await;
    browser.wait_for_heading(&text("ar", "start-mother")).await;
    browser
        .wait_for(
            "her history, in Arabic, and her referrals",
            &format!(
                "const entry = document.querySelector('[data-testid=my-history-entry][data-status=present]');
                 return !!entry && entry.innerText.includes({}) && entry.innerText.includes({})
                     && !!document.querySelector('[data-testid=my-referrals]')",
                json!(text("ar", "my-history-present")),
                json!(ARABIC_ESOL)
            ),
        )
        .await;
    browser.screenshot("my-sessions-ar").await;
    browser.assert_fits_a_phone("My sessions in Arabic").await;
    browser.assert_accessible("My sessions in Arabic").await;

    // Her calendar feed, made when she asks.
    browser.click("[data-testid=calendar-get]").await;
    let feed = browser
        .wait_for(
            "the calendar links",
            "return document.querySelector('[data-testid=calendar-links] a[href^=\"webcal://\"]')?.getAttribute('href')",
        )
        .await;
    assert!(feed.as_str().unwrap().ends_with(".ics"), "{feed}");
    browser
        .assert_fits_a_phone("My sessions with the calendar, in Arabic")
        .await;

    // Cancelling asks first; "no" keeps the place, "yes" gives it up.
    let card = format!("[data-testid=my-booking][data-session=\"{session_id}\"]");
    browser.click(&format!("{card} [data-testid=cancel]")).await;
    browser.click(&format!("{card} [data-testid=cancel-no]")).await;
    browser
        .wait_for(
            "the cancel button again",
            &format!(
                "return !!document.querySelector({})",
                json!(format!("{card} [data-testid=cancel]"))
            ),
        )
        .await;
    browser.click(&format!("{card} [data-testid=cancel]")).await;
    browser
        .wait_for(
            "the question",
            &format!(
                "return !!document.querySelector({})",
                json!(format!("{card} [data-testid=cancel-yes]"))
            ),
        )
        .await;
    browser
        .assert_accessible("My sessions, asking before cancelling, in Arabic")
        .await;
    browser.click(&format!("{card} [data-testid=cancel-yes]")).await;
    browser
        .wait_for(
            "the course gone from My sessions",
            &format!(
                "return !!document.querySelector('[data-testid=my-bookings], [data-testid=my-empty]')
                     && !document.querySelector('[data-testid=my-booking][data-session=\"{session_id}\"]')
                     && document.querySelector('[data-testid=my-status]').innerText.trim() !== ''"
            ),
        )
        .await;
    browser
        .assert_accessible("My sessions, after cancelling, in Arabic")
        .await;
    browser.client.clone().close().await.ok();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_new_mother_signs_up_from_a_session_and_is_brought_back_to_book_her_date() {
    let (app, browser, _guard) = app_with_browser("en-GB").await;
    // Everything in any language: more than a page, so "more" brings the rest.
    browser.goto(&app.url("/find?lang=any")).await;
    browser.wait_for_heading(&text("en", "find-title")).await;
    browser
        .wait_for(
            "a first page of 20",
            "return document.querySelectorAll('[data-testid=result]').length === 20",
        )
        .await;
    browser.click("[data-testid=find-more]").await;
    browser
        .wait_for(
            "the next page added",
            "return document.querySelectorAll('[data-testid=result]').length > 20",
        )
        .await;
    browser.assert_fits_a_phone("Find, two pages").await;

    // A shared link: money and work advice, in any language.
    browser.goto(&app.url("/find?kind=advice&lang=any")).await;
    browser.wait_for_heading(&text("en", "find-title")).await;
    assert_eq!(
        browser
            .eval("return document.getElementById('find-language').value")
            .await,
        "any"
    );
    let session_id = browser
        .wait_for(
            "a bookable advice session",
            "const card = [...document.querySelectorAll('[data-testid=result]')]
                 .find(c => c.dataset.kind === 'advice' && c.dataset.booking === 'booking');
             return card?.dataset.session;",
        )
        .await
        .as_str()
        .unwrap()
        .to_owned();
    browser
        .click(&format!(
            "[data-testid=result][data-session='{session_id}'] .result-title a"
        ))
        .await;
    let occurrence = browser
        .wait_for(
            "a date to book",
            "const li = [...document.querySelectorAll('[data-testid=date]')]
                 .find(d => d.dataset.cancelled === 'false' && d.querySelector('[data-testid=book-date]'));
             return li?.dataset.occurrence;",
        )
        .await
        .as_str()
        .unwrap()
        .to_owned();
    browser.assert_fits_a_phone("an advice session").await;
    browser.assert_accessible("an advice session").await;
    browser
        .click(&format!(
            "[data-occurrence='{occurrence}'] [data-testid=book-date]"
        ))
        .await;
    let wish = format!("/sessions/{session_id}?book={occurrence}");
    browser
        .wait_for(
            "the sign-up page",
            &format!(
                "return location.pathname === '/sign-up' && ({NEXT_PARAM}) === {}",
                json!(wish)
            ),
        )
        .await;
    browser.wait_for_heading(&text("en", "sign-up-title")).await;
    assert_eq!(
        browser
            .eval("return document.getElementById('sign-up-language').value")
            .await,
        "en"
    );

    // A missing name is explained, and the name is where her keyboard goes.
    browser.fill("#sign-up-contact", "07700 900555").await;
    browser.click("form button[type=submit]").await;
    browser
        .wait_for(
            "the name, focused",
            "return document.activeElement?.id === 'sign-up-name'
                 && document.getElementById('sign-up-name').getAttribute('aria-invalid') === 'true'",
        )
        .await;

    // Too short a password is explained, on the field, and focused.
    browser.fill("#sign-up-name", "Layla").await;
    browser.fill("#sign-up-contact", "07700 900555").await;
    browser.fill("#sign-up-password", "short").await;
    browser.click("form button[type=submit]").await;
    browser
        .wait_for(
            "the short-password message",
            &format!(
                "return document.querySelector('[data-testid=sign-up-problem]').innerText.includes({})",
                json!(text("en", "sign-up-error-password"))
            ),
        )
        .await;
    assert_eq!(
        browser
            .eval("return document.getElementById('sign-up-password').getAttribute('aria-invalid')")
            .await,
        "true"
    );
    assert_eq!(
        browser.eval("return document.activeElement?.id").await,
        "sign-up-password",
        "focus goes to the field to fix"
    );
    browser.screenshot("sign-up-error-en").await;
    browser.assert_fits_a_phone("sign up, with an error").await;
    browser.assert_accessible("sign up, with an error").await;

    // A long enough one sends a code to her phone; typed in, it signs her up and
    // in, and books the date she chose.
    browser.fill("#sign-up-password", "a long enough password").await;
    browser
        .click("[data-testid=sign-up-form] button[type=submit]")
        .await;
    browser
        .wait_for(
            "the code step, where her keyboard is",
            "return document.querySelector('[data-testid=sign-up-code-sent]')?.innerText.includes('07700 900555')
                 && document.activeElement?.id === 'sign-up-code'
                 && document.querySelector('[data-testid=sign-up-form]').hidden",
        )
        .await;
    assert_eq!(
        crate::helpers::count(&app, "SELECT COUNT(*) FROM users WHERE phone = '+447700900555'").await,
        0,
        "no account before the code"
    );
    let code = crate::helpers::message_payload_to(&app, "login_code", "+447700900555").await;
    assert!(
        browser
            .text_of("[data-testid=sign-up-demo-code]")
            .await
            .contains(&code),
        "the demo shows the code it could not send"
    );
    browser.screenshot("sign-up-code-en").await;
    browser.assert_fits_a_phone("sign up, the code").await;
    browser.assert_accessible("sign up, the code").await;
    // A wrong code is explained; the right one does it.
    let wrong = format!("{:06}", (code.parse::<u32>().unwrap() + 1) % 1_000_000);
    browser.fill("#sign-up-code", &wrong).await;
    browser
        .click("[data-testid=sign-up-code-form] button[type=submit]")
        .await;
    browser
        .wait_for(
            "the wrong-code message",
            &format!(
                "return document.querySelector('[data-testid=sign-up-code-problem]').innerText.includes({})",
                json!(text("en", "code-error-invalid"))
            ),
        )
        .await;
    browser.fill("#sign-up-code", &code).await;
    browser
        .click("[data-testid=sign-up-code-form] button[type=submit]")
        .await;
    browser
        .wait_for(
            "her booking, back on the session's page",
            &format!(
                "return location.pathname === {} && !location.search.includes('book=')
                     && document.querySelector('[data-testid=booking-outcome]')?.dataset.state === 'booked'",
                json!(format!("/sessions/{session_id}"))
            ),
        )
        .await;
    assert_eq!(
        browser.text_of("nav .link-button").await.trim(),
        text("en", "nav-sign-out"),
        "she is signed in"
    );
    // The date she booked says so, instead of offering to book it again.
    let mine = browser
        .eval(&format!(
            "const li = document.querySelector('[data-occurrence=\"{occurrence}\"]');
             return [li.querySelector('[data-testid=date-mine]').innerText.trim(),
                     li.querySelector('[data-testid=book-date]').offsetParent === null];"
        ))
        .await;
    assert_eq!(mine, json!([text("en", "session-date-yours"), true]));
    browser.screenshot("session-booked-en").await;
    browser.assert_accessible("an advice session, booked").await;

    browser.click("[data-testid=see-my-sessions]").await;
    browser
        .wait_for(
            "the date in My sessions",
            &format!(
                "return !!document.querySelector('[data-testid=my-booking][data-session=\"{session_id}\"][data-state=booked]')"
            ),
        )
        .await;
    assert!(
        browser
            .text_of("[data-testid=my-booking-status]")
            .await
            .contains(&text("en", "my-status-booked"))
    );
    browser.assert_fits_a_phone("My sessions").await;
    browser.assert_accessible("My sessions").await;
    browser.client.clone().close().await.ok();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn titles_nobody_has_translated_are_shown_in_english_and_marked() {
    // The demo's singing groups have no Romanian title.
    let (app, browser, _guard) = app_with_browser("ro").await;
    browser.goto(&app.url("/find?kind=singing&lang=any")).await;
    browser.wait_for_heading(&text("ro", "find-title")).await;
    let marked = browser
        .wait_for(
            "singing groups, marked as untranslated",
            "const cards = [...document.querySelectorAll('[data-testid=result]')];
             if (!cards.length || cards.some(c => c.dataset.kind !== 'singing')) return null;
             return cards.map(c => [c.querySelector('.result-title [lang]').getAttribute('lang'),
                                    !!c.querySelector('[data-testid=untranslated]')]);",
        )
        .await;
    for card in marked.as_array().unwrap() {
        assert_eq!(card, &json!(["en", true]), "{marked}");
    }
    browser.assert_fits_a_phone("Find in Romanian").await;
    browser.assert_accessible("Find in Romanian").await;
    browser.client.clone().close().await.ok();
}

/// A mother's first screen downloads her app, not the staff app, and only her
/// language's frame and directory text; a screen's own text comes when she opens
/// it.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_mothers_first_screen_fetches_her_app_and_only_the_text_it_needs() {
    const FETCHED: &str =
        "return performance.getEntriesByType('resource').map(e => new URL(e.name).pathname)";
    let (app, browser, _guard) = app_with_browser("pl-PL").await;
    let fetched = async || -> (Vec<String>, Vec<String>) {
        let paths: Vec<String> = serde_json::from_value(browser.eval(FETCHED).await).unwrap();
        let mut text: Vec<String> = paths.iter().filter(|p| p.ends_with(".ftl")).cloned().collect();
        text.sort();
        (paths, text)
    };
    browser.goto(&app.url("/")).await;
    browser.wait_for_heading(&text("pl", "home-title")).await;
    let (paths, text_files) = fetched().await;
    assert_eq!(text_files, ["/locales/pl/find.ftl", "/locales/pl/main.ftl"]);
    assert!(paths.iter().any(|p| p.ends_with("_bg.wasm")), "{paths:?}");
    assert!(!paths.iter().any(|p| p.starts_with("/staff/")), "{paths:?}");

    // Her wellbeing check: its text arrives with the screen.
    browser.goto(&app.url("/screening")).await;
    browser
        .wait_for(
            "the screening page's title",
            "const h = document.querySelector('main h1');
             return !!h && h.textContent.trim() !== '' && h.textContent.trim() !== 'screening-title';",
        )
        .await;
    let (paths, text_files) = fetched().await;
    assert_eq!(
        text_files,
        [
            "/locales/pl/find.ftl",
            "/locales/pl/main.ftl",
            "/locales/pl/screening.ftl"
        ]
    );
    assert!(!paths.iter().any(|p| p.starts_with("/staff/")), "{paths:?}");
    browser.client.clone().close().await.ok();
}
