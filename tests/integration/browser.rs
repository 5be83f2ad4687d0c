//! Browser tests: the built app in headless Chromium, driven over WebDriver, at a
//! phone's 360 px, with axe-core checking WCAG 2.2 A/AA on every page visited.
//!
//! They need the app built into `dist/`, Chromium, chromedriver and axe-core from
//! npm; `scripts/test` provides all four. One browser runs at a time.

use crate::helpers::{Backend, TestApp, workspace_root};
use fantoccini::{Client, ClientBuilder, Locator};
use fluent_bundle::{FluentBundle, FluentResource};
use serde_json::{Value, json};
use std::net::TcpListener;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

static ONE_BROWSER_AT_A_TIME: tokio::sync::Mutex<()> = tokio::sync::Mutex::const_new(());

/// A headless Chromium and its chromedriver, both ended on drop.
struct Browser {
    client: Client,
    driver: Child,
    profile: std::path::PathBuf,
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
    /// Starts a browser whose preferred language is `accept_language`.
    async fn start(accept_language: &str) -> Browser {
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
        let deadline = Instant::now() + Duration::from_secs(20);
        while std::net::TcpStream::connect(("127.0.0.1", port)).is_err() {
            assert!(Instant::now() < deadline, "chromedriver did not start listening");
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
        let profile = std::env::temp_dir().join(format!("perilink-chromium-{}", uuid::Uuid::new_v4()));
        let capabilities = json!({
            "browserName": "chrome",
            "goog:chromeOptions": {
                "binary": chromium,
                "args": [
                    "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                    "--disable-background-networking", "--disable-component-update", "--disable-sync",
                    "--no-first-run", "--disable-extensions",
                    format!("--user-data-dir={}", profile.display()),
                    format!("--lang={accept_language}"),
                ],
                "prefs": { "intl.accept_languages": accept_language },
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
        }
    }

    async fn goto(&self, url: &str) {
        self.client.goto(url).await.expect("navigate");
    }

    async fn eval(&self, script: &str) -> Value {
        self.client.execute(script, vec![]).await.expect("script runs")
    }

    /// Like [`Browser::eval`], but a script error (say, mid-navigation) is `null`.
    async fn try_eval(&self, script: &str) -> Value {
        self.client.execute(script, vec![]).await.unwrap_or(Value::Null)
    }

    /// Waits until `script` returns something truthy, and returns it.
    async fn wait_for(&self, what: &str, script: &str) -> Value {
        let deadline = Instant::now() + Duration::from_secs(20);
        loop {
            let value = self.try_eval(script).await;
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
    async fn wait_for_heading(&self, text: &str) {
        let script = format!(
            "const h = document.querySelector('main h1'); \
             return !!h && h.innerText.replace(/[\\u2068\\u2069]/g, '').trim() === {};",
            json!(text)
        );
        self.wait_for(&format!("the heading `{text}`"), &script).await;
    }

    async fn text_of(&self, selector: &str) -> String {
        let script = format!(
            "const e = document.querySelector({}); return e ? e.innerText.replace(/[\\u2068\\u2069]/g, '') : null;",
            json!(selector)
        );
        self.eval(&script).await.as_str().unwrap_or_default().to_owned()
    }

    /// Runs axe-core on the page and fails on any WCAG 2.2 A or AA violation.
    async fn assert_accessible(&self, page: &str) {
        let axe_path = workspace_root().join("app/node_modules/axe-core/axe.min.js");
        let axe = std::fs::read_to_string(&axe_path).unwrap_or_else(|_| {
            panic!(
                "{} exists (scripts/setup runs npm ci in app/)",
                axe_path.display()
            )
        });
        self.client.execute(&axe, vec![]).await.expect("axe-core loads");
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
        let violations: Vec<String> =
            serde_json::from_value(result).expect("axe answers with a list of violations");
        assert!(
            violations.is_empty(),
            "{page}: WCAG 2.2 A/AA violations:\n{}",
            violations.join("\n")
        );
    }

    /// Fails if the page scrolls sideways at 360 px or any control is under 24 px.
    async fn assert_fits_a_phone(&self, page: &str) {
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

/// A message from a locale, formatted without isolation marks.
fn text(tag: &str, key: &str) -> String {
    let source =
        std::fs::read_to_string(workspace_root().join("locales").join(tag).join("main.ftl")).unwrap();
    let mut bundle = FluentBundle::new(vec![tag.parse().unwrap()]);
    bundle.set_use_isolating(false);
    bundle
        .add_resource(FluentResource::try_new(source).unwrap())
        .unwrap();
    let message = bundle
        .get_message(key)
        .unwrap_or_else(|| panic!("{tag} has {key}"));
    let mut errors = Vec::new();
    bundle
        .format_pattern(message.value().unwrap(), None, &mut errors)
        .into_owned()
}

async fn app_with_browser(accept_language: &str) -> (TestApp, Browser, tokio::sync::MutexGuard<'static, ()>) {
    assert!(
        workspace_root().join("dist/index.html").is_file(),
        "the app is built into dist/ (run scripts/test, which builds it first)"
    );
    let guard = ONE_BROWSER_AT_A_TIME.lock().await;
    let app = TestApp::spawn(Backend::Sqlite).await.unwrap();
    let browser = Browser::start(accept_language).await;
    (app, browser, guard)
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
