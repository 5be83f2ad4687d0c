//! Safe on a shared phone (issue 22), in the browser at 360 px, in English and in
//! Arabic: a new mother chooses where "Leave quickly" goes (a local page standing
//! in for BBC Weather, the machine having no internet), gives the app a neutral
//! name and sets a PIN; every screen's title and address then say nothing about
//! what it is; the app lock shuts after a simulated five minutes away and when the
//! app is opened again; her check's result is shown once and kept nowhere on the
//! phone; Escape pressed twice on her check leaves for the neutral page and Back
//! does not return to it; and signing out leaves no storage, cache or database
//! entry with her name, a score or a referral.

use crate::browser::{Browser, app_with_browser_and, shown, text};
use crate::browser_referrals::sign_in;
use crate::helpers::Options;
use fantoccini::Locator;
use fantoccini::key::Key;
use serde_json::{Value, json};
use tokio::io::{AsyncReadExt, AsyncWriteExt};

const PASSWORD: &str = "a long password of her own";
const PIN: &str = "2468";
/// A referral id and a score, as they would look if anything had kept them.
const REFERRAL: &str = "ref-7f3a9c1e";
const SCORE: &str = "\"total\":21";

/// A neutral page on a port of its own, standing in for BBC Weather.
async fn neutral_page() -> String {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let port = listener.local_addr().unwrap().port();
    tokio::spawn(async move {
        loop {
            let Ok((mut stream, _)) = listener.accept().await else {
                return;
            };
            tokio::spawn(async move {
                let mut request = [0_u8; 2048];
                let _ = stream.read(&mut request).await;
                let body = "<!doctype html><html lang=en><head><title>Weather</title></head>\
                            <body><h1>Weather today</h1></body></html>";
                let response = format!(
                    "HTTP/1.1 200 OK\r\ncontent-type: text/html\r\ncontent-length: {}\r\nconnection: close\r\n\r\n{body}",
                    body.len()
                );
                let _ = stream.write_all(response.as_bytes()).await;
            });
        }
    });
    format!("http://127.0.0.1:{port}/weather")
}

/// Every entry of the phone's storage for this site, as `where:key=value` lines:
/// localStorage, sessionStorage, each Cache Storage entry with its body, and each
/// IndexedDB database with every record in it.
async fn phone_storage(browser: &Browser) -> Vec<String> {
    let dump = browser
        .client
        .execute_async(
            "const done = arguments[arguments.length - 1];
             (async () => {
               const out = [];
               for (let i = 0; i < localStorage.length; i++) {
                 const k = localStorage.key(i); out.push('local:' + k + '=' + localStorage.getItem(k));
               }
               for (let i = 0; i < sessionStorage.length; i++) {
                 const k = sessionStorage.key(i); out.push('session:' + k + '=' + sessionStorage.getItem(k));
               }
               // The service worker's cache of the app's own files (public/sw.js)
               // holds the wasm and the Fluent files, whose words (an instrument's
               // name, say) are nobody's: such a file is listed by its address, and
               // anything else in any cache with what it holds.
               const appFile = (name, url) => name === 'perilink-files-v1' && !url.pathname.startsWith('/api/')
                 && (/-[0-9a-f]{12,16}(_bg)?\\.[a-z]+$/.test(url.pathname) || url.pathname.startsWith('/icons/')
                   || url.pathname.endsWith('.webmanifest')
                   || (url.pathname.startsWith('/locales/') && url.searchParams.has('v')));
               for (const name of await caches.keys()) {
                 const cache = await caches.open(name);
                 for (const request of await cache.keys()) {
                   const url = new URL(request.url);
                   if (appFile(name, url)) {
                     out.push('cache:' + name + ':' + url.pathname + ' (an app file)');
                     continue;
                   }
                   const response = await cache.match(request);
                   out.push('cache:' + name + ':' + url.pathname + '=' + await response.text());
                 }
               }
               for (const info of await indexedDB.databases()) {
                 const db = await new Promise((ok, fail) => {
                   const r = indexedDB.open(info.name); r.onsuccess = () => ok(r.result); r.onerror = fail;
                 });
                 for (const store of db.objectStoreNames) {
                   const all = await new Promise((ok, fail) => {
                     const r = db.transaction(store).objectStore(store).getAll();
                     r.onsuccess = () => ok(r.result); r.onerror = fail;
                   });
                   out.push('idb:' + info.name + ':' + store + '=' + JSON.stringify(all));
                 }
                 out.push('idb:' + info.name);
                 db.close();
               }
               done(out);
             })().catch(e => done(['failed: ' + e]));",
            vec![],
        )
        .await
        .expect("the storage dump runs");
    serde_json::from_value(dump).expect("a list of entries")
}

/// Fails if an address or title says what the screen is about.
fn assert_neutral(what: &str, href: &str, title: &str, name: &str) {
    let lower = href.to_lowercase();
    for word in [
        "screening",
        "epds",
        "phq",
        "gad",
        "whooley",
        "instrument",
        "referral",
        "result",
        "mood",
        "depress",
    ] {
        assert!(!lower.contains(word), "{what}: the address {href} says `{word}`");
    }
    assert_eq!(title, name, "{what}: the title is the app's neutral name");
}

async fn here(browser: &Browser) -> (String, String) {
    let v = browser.eval("return [location.href, document.title]").await;
    (
        v[0].as_str().unwrap().to_owned(),
        v[1].as_str().unwrap().to_owned(),
    )
}

async fn wait_for_lock(browser: &Browser) {
    browser
        .wait_for(
            "the app lock",
            "return !!document.querySelector('[data-testid=app-lock]') && !document.querySelector('[data-testid=screening-start]')",
        )
        .await;
}

async fn enter_pin(browser: &Browser, pin: &str) {
    browser.fill("#lock-pin", pin).await;
    browser.click("[data-testid=lock-open]").await;
}

async fn a_mother_keeps_it_to_herself_on_a_shared_phone(
    tag: &str,
    accept_language: &str,
    name: &str,
    email: &str,
) {
    let exit_url = neutral_page().await;
    let options = Options {
        quick_exit_urls: Some(format!(
            "BBC Weather|https://www.bbc.co.uk/weather,Local weather|{exit_url}"
        )),
        ..Options::default()
    };
    let (app, browser, _guard) = app_with_browser_and(accept_language, options).await;
    let signed_up = app
        .sign_up(&json!({ "name": name, "email": email, "language": tag, "password": PASSWORD }))
        .await;
    assert!(signed_up.status().is_success(), "sign-up: {}", signed_up.status());

    sign_in(&browser, &app, email, PASSWORD).await;
    browser
        .wait_for(tag, &format!("return document.documentElement.lang === '{tag}'"))
        .await;
    let (_, title) = here(&browser).await;
    assert_eq!(title, text(tag, "app-title"));

    // "Leave quickly" is the first control after the skip link, on every screen.
    let first = browser
        .eval(
            "return [...document.querySelectorAll('a[href], button')].slice(0, 2)
                 .map(e => e.classList.contains('skip-link') ? 'skip' : e.dataset.testid);",
        )
        .await;
    assert_eq!(first, json!(["skip", "quick-exit"]));
    assert_eq!(
        browser.text_of("[data-testid=quick-exit]").await.trim(),
        text(tag, "quick-exit")
    );

    // Her account: where "Leave quickly" goes, the app's name, a PIN.
    browser.goto(&app.url("/account")).await;
    browser
        .wait_for(
            "the phone's settings",
            "return !!document.querySelector('#exit-place option')",
        )
        .await;
    let places = browser
        .eval("return [...document.querySelectorAll('#exit-place option')].map(o => o.textContent.trim())")
        .await;
    assert_eq!(
        places,
        json!(["BBC Weather", "Local weather"]),
        "the server's list, in its order"
    );
    let select = browser.client.find(Locator::Id("exit-place")).await.unwrap();
    select.select_by_value(&exit_url).await.unwrap();
    let select = browser.client.find(Locator::Id("app-name")).await.unwrap();
    select.select_by_value("diary").await.unwrap();
    let diary = text(tag, "neutral-name-diary");
    browser
        .wait_for(
            "the neutral name in the tab",
            &format!("return document.title === {}", json!(diary)),
        )
        .await;
    let icon = browser
        .eval(
            "return [document.querySelector('link[rel=manifest]').getAttribute('href'),
                     document.querySelector('link[rel=icon]').getAttribute('href'),
                     document.querySelector('.brand img').getAttribute('src')]",
        )
        .await;
    assert_eq!(
        icon,
        json!([
            "/manifest-diary.webmanifest",
            "/icons/plain.svg",
            "/icons/plain.svg"
        ])
    );
    let manifest: Value = app.get("/manifest-diary.webmanifest").await.json().await.unwrap();
    assert_eq!(manifest["name"], "Baby diary");
    assert!(
        !manifest.to_string().contains("PeriLink") && !manifest.to_string().contains("mum"),
        "the installed app says nothing: {manifest}"
    );
    browser.fill("#pin-new", PIN).await;
    browser.fill("#pin-again", PIN).await;
    browser.click("[data-testid=pin-set]").await;
    browser
        .wait_for(
            "the PIN set",
            "return document.querySelector('[data-testid=pin-said]').innerText.trim() !== ''",
        )
        .await;
    browser.screenshot(&format!("shared-phone-account-{tag}")).await;
    browser
        .assert_fits_a_phone(&format!("her account's phone settings ({tag})"))
        .await;
    browser
        .assert_accessible(&format!("her account's phone settings ({tag})"))
        .await;
    let kept = phone_storage(&browser).await;
    let lock = kept
        .iter()
        .find(|e| e.starts_with("local:perilink.lock="))
        .expect("the PIN's hash is kept");
    assert!(
        !lock.contains(PIN) && lock.contains("\"iterations\":600000"),
        "only a PBKDF2 hash: {lock}"
    );

    // Her check and her referrals, at addresses and under a title that say nothing;
    // opened afresh from an old address, the app asks for her PIN first.
    browser.goto(&app.url("/referrals")).await;
    wait_for_lock(&browser).await;
    enter_pin(&browser, PIN).await;
    browser
        .wait_for("her notes", "return location.pathname === '/notes'")
        .await;
    let (href, title) = here(&browser).await;
    assert_neutral("her referrals", &href, &title, &diary);
    browser.goto(&app.url("/screening?instrument=gad2")).await;
    wait_for_lock(&browser).await;
    enter_pin(&browser, PIN).await;
    browser
        .wait_for(
            "her check",
            "return location.pathname === '/check'
                 && document.querySelector('[data-testid=screening-start]')?.dataset.instrument === 'gad2'",
        )
        .await;
    let (href, title) = here(&browser).await;
    assert_neutral("her check", &href, &title, &diary);
    let back_to_old = browser.eval("return history.length").await;

    // Five minutes away (the last activity moved back): the lock shuts, and her
    // check is gone from the page until the PIN is entered.
    browser
        .eval(
            "localStorage.setItem('perilink.active', String(Date.now() - 6 * 60 * 1000));
             document.dispatchEvent(new Event('visibilitychange'));",
        )
        .await;
    wait_for_lock(&browser).await;
    assert_eq!(
        browser.text_of("#lock-title").await.trim(),
        text(tag, "lock-title")
    );
    browser.screenshot(&format!("shared-phone-lock-{tag}")).await;
    browser
        .assert_fits_a_phone(&format!("the app lock ({tag})"))
        .await;
    browser.assert_accessible(&format!("the app lock ({tag})")).await;
    enter_pin(&browser, "1357").await;
    let wrong = shown(tag, "lock-wrong", &[("left", 4.into())]);
    browser
        .wait_for(
            "wrong PIN, four tries left",
            &format!(
                "return document.querySelector('[data-testid=lock-problem]').innerText.replace(/[\\u2068\\u2069]/g, '') === {}",
                json!(wrong)
            ),
        )
        .await;
    enter_pin(&browser, PIN).await;
    browser
        .wait_for(
            "her check again",
            "return !!document.querySelector('[data-testid=screening-start]')",
        )
        .await;

    // Opened again: the lock asks first.
    browser.client.refresh().await.unwrap();
    wait_for_lock(&browser).await;
    enter_pin(&browser, PIN).await;
    browser
        .wait_for(
            "her check after the PIN",
            "return !!document.querySelector('[data-testid=screening-start]')",
        )
        .await;

    // She answers; the result is shown once and kept nowhere on the phone.
    browser.click("[data-testid=screening-begin]").await;
    for n in 1..=2 {
        browser
            .wait_for(
                &format!("question {n}"),
                &format!("return document.querySelector('[data-testid=screening-question]')?.dataset.item === '{n}'"),
            )
            .await;
        browser.click(&format!("label[for=scr-q{n}-o0]")).await;
        browser.click("[data-testid=screening-next]").await;
    }
    browser.click("[data-testid=screening-send]").await;
    browser
        .wait_for(
            "what she sees after sending",
            "return !!document.querySelector('.scr-help, .scr-thanks, [data-testid=screening-thanks], [data-testid=screening-help]')",
        )
        .await;
    let kept = phone_storage(&browser).await.join("\n");
    for secret in [name, "gad2", "band", "score", "total"] {
        assert!(!kept.contains(secret), "the phone keeps `{secret}`:\n{kept}");
    }
    browser.client.refresh().await.unwrap();
    wait_for_lock(&browser).await;
    enter_pin(&browser, PIN).await;
    browser
        .wait_for(
            "her check afresh, not her result",
            "return !!document.querySelector('[data-testid=screening-start]') && !document.querySelector('[data-testid=screening-help]')",
        )
        .await;

    // Escape twice on her check: the neutral page, and Back does not return to it.
    assert!(back_to_old.as_i64().unwrap() >= 2);
    let focused = browser.client.active_element().await.unwrap();
    let escape = String::from(char::from(Key::Escape));
    focused.send_keys(&format!("{escape}{escape}")).await.unwrap();
    browser
        .wait_for(
            "the neutral page",
            &format!("return location.href === {}", json!(exit_url)),
        )
        .await;
    assert_eq!(browser.eval("return document.title").await, "Weather");
    browser.client.back().await.unwrap();
    browser
        .wait_for(
            "the page before her check",
            &format!(
                "return location.href !== {} && document.readyState === 'complete'",
                json!(exit_url)
            ),
        )
        .await;
    let back = browser.eval("return location.pathname").await;
    assert_ne!(back, "/check", "Back does not return to her check");
    // Back in the app, it asks for the PIN first.
    wait_for_lock(&browser).await;
    enter_pin(&browser, PIN).await;
    browser
        .wait_for(
            "the app open again",
            "return !document.querySelector('[data-testid=app-lock]')",
        )
        .await;

    // My check-ins shows the day she did one, not which questionnaire, until she
    // gives her password again (or her PIN); a wrong one is refused in her language.
    browser.click("nav [data-nav=nav-my-sessions]").await;
    browser
        .wait_for(
            "her check-in's day",
            "return document.querySelectorAll('[data-testid=my-checkin]').length === 1",
        )
        .await;
    let gad2 = text(tag, "screening-name-gad2");
    let listed = browser.text_of("[data-testid=my-checkins]").await;
    assert!(
        !listed.contains(&gad2),
        "only the day before her password: {listed}"
    );
    browser.fill("#checkins-password", "not her password").await;
    browser
        .click("[data-testid=checkins-password] button[type=submit]")
        .await;
    browser
        .wait_for(
            "a wrong password, refused",
            &format!(
                "return document.querySelector('[data-testid=checkins-password-problem]').innerText.trim() === {}",
                json!(text(tag, "checkins-password-wrong"))
            ),
        )
        .await;
    browser.fill("#checkins-password", PASSWORD).await;
    browser
        .click("[data-testid=checkins-password] button[type=submit]")
        .await;
    browser
        .wait_for(
            "which questionnaire, after her password",
            &format!(
                "return document.querySelector('[data-testid=my-checkin]').innerText.includes({})",
                json!(gad2)
            ),
        )
        .await;
    browser
        .assert_accessible(&format!("my check-ins, shown after her password ({tag})"))
        .await;

    // Whatever of hers a phone might hold (an older version's copies, say), signing
    // out removes: storage, the tab's storage, caches, databases.
    browser
        .client
        .execute_async(
            "const [name, referral, score, done] = arguments;
             (async () => {
               localStorage.setItem('perilink.draft', JSON.stringify({ name, referral, score }));
               sessionStorage.setItem('perilink.last', name);
               await (await caches.open('perilink-api-v1')).put('/api/screenings', new Response(score + name));
               const shell = await caches.open('perilink-shell-v1');
               await shell.put('/api/me', new Response(name));
               await shell.put('/icons/icon.svg', new Response('<svg/>'));
               await new Promise((ok, fail) => {
                 const r = indexedDB.open('perilink-notes', 1);
                 r.onupgradeneeded = () => r.result.createObjectStore('notes', { autoIncrement: true });
                 r.onsuccess = () => {
                   const t = r.result.transaction('notes', 'readwrite');
                   t.objectStore('notes').add({ name, referral });
                   t.oncomplete = () => { r.result.close(); ok(); };
                 };
                 r.onerror = fail;
               });
               done(true);
             })().catch(e => done(String(e)));",
            vec![json!(name), json!(REFERRAL), json!(SCORE)],
        )
        .await
        .unwrap();
    let before = phone_storage(&browser).await.join("\n");
    assert!(before.contains(name) && before.contains(REFERRAL) && before.contains("idb:perilink-notes"));
    browser.click("nav .link-button").await;
    browser
        .wait_for("signed out", "return location.pathname === '/sign-in'")
        .await;
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(30);
    let after = loop {
        let after = phone_storage(&browser).await.join("\n");
        let clean = [name, REFERRAL, SCORE, "idb:perilink-notes", "perilink.lock="]
            .iter()
            .all(|s| !after.contains(s));
        if clean || std::time::Instant::now() > deadline {
            break after;
        }
        tokio::time::sleep(std::time::Duration::from_millis(200)).await;
    };
    for secret in [
        name,
        REFERRAL,
        SCORE,
        "score",
        "idb:perilink-notes",
        "perilink.lock=",
        "perilink.lock.tries",
    ] {
        assert!(
            !after.contains(secret),
            "after signing out the phone still holds `{secret}`:\n{after}"
        );
    }
    // The phone's own settings and the app's files stay.
    assert!(
        after.contains(&format!("local:perilink.exit={exit_url}")),
        "{after}"
    );
    assert!(after.contains("local:perilink.name=diary"), "{after}");
    assert!(
        after.contains("cache:perilink-shell-v1:/icons/icon.svg"),
        "{after}"
    );
    assert_eq!(browser.eval("return document.title").await, json!(diary));
    browser.client.clone().close().await.ok();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn in_english_leaving_quickly_the_lock_and_signing_out_keep_it_to_herself() {
    a_mother_keeps_it_to_herself_on_a_shared_phone("en", "en-GB", "Samira Quinlan", "samira@example.org")
        .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn in_arabic_leaving_quickly_the_lock_and_signing_out_keep_it_to_herself() {
    a_mother_keeps_it_to_herself_on_a_shared_phone("ar", "ar", "سميرة قاسم", "samira.ar@example.org").await;
}

/// She says texts only, on weekdays from 9 to 3, never a call: her midwife, taking
/// her on for a referral from her card, sees that in red before anything else she
/// might do with her number.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn her_midwife_sees_in_red_how_and_when_she_may_be_contacted() {
    let (app, browser, _guard) = crate::browser::app_with_browser("en-GB").await;
    let (mother, _) = app.login_demo("mother").await;
    let chosen = app
        .client
        .put(app.url("/api/me/contact-window"))
        .bearer_auth(&mother)
        .json(&json!({ "window": { "channels": ["text"], "weekdays": [1, 2, 3, 4, 5], "times": [{ "from": 540, "until": 900 }] } }))
        .send()
        .await
        .unwrap();
    assert!(chosen.status().is_success(), "{}", chosen.status());
    let amira = crate::helpers::text(
        &app,
        "SELECT m.id FROM mothers m JOIN users u ON u.id = m.user_id WHERE u.email = 'mother@demo.perilink.test'",
    )
    .await;

    crate::browser_referrals::sign_in(&browser, &app, "referrer@demo.perilink.test", "demo-password").await;
    browser
        .click(&format!(
            "[data-testid=ref-mother][data-mother='{amira}'] [data-testid=ref-refer-again]"
        ))
        .await;
    let notice = browser
        .wait_for(
            "her contact choice on the referral",
            "const n = document.querySelector('[data-testid=ref-chosen] [data-testid=contact-notice]');
             return n ? n.innerText.replace(/[\\u2068\\u2069]/g, '') : null;",
        )
        .await;
    let notice = notice.as_str().unwrap();
    assert!(notice.contains(&text("en", "contact-notice-title")), "{notice}");
    assert!(notice.contains("Text"), "the way she allows: {notice}");
    assert!(
        notice.contains("Monday") && notice.contains("Friday"),
        "the days: {notice}"
    );
    let colour = browser
        .eval("return getComputedStyle(document.querySelector('[data-testid=contact-notice]')).color")
        .await;
    assert_eq!(colour, "rgb(164, 22, 26)", "in red");
    crate::browser_referrals::check_screen(&browser, "her contact choice, in red", "contact-notice-en").await;
}
