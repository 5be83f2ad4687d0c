//! The language sweep (issue 15, must hold 4): every screen of every role, in each
//! of the eleven languages beside English, holds no English word. Each role (and a
//! visitor) walks from its home page by taps as `browser_reach` does, in English;
//! then for each language, chosen in the page's own picker, it opens every screen
//! the walk reached and reads the words a person sees on it.
//!
//! A word is any run of three or more ASCII letters. In a language not written in
//! Latin letters, every such word is English; in Polish, Portuguese, Romanian and
//! Somali, a word is English when the English text uses it and the language's own
//! text never does. Allowed are the names the product keeps in every language
//! (PeriLink, NHS, the screening instruments, the key Esc, the calendar format ics,
//! browsers' and systems' names on the list of her devices, the Open Referral UK
//! standard), web addresses, and the words of the data itself: venue,
//! organisation, team, people's and session names as they are kept, and text marked
//! as being in another language (`lang`), such as a title nobody has translated yet,
//! which is shown in English and marked.

use crate::browser::{Browser, app_with_browser};
use crate::browser_reach::{settle, tap_to, walk};
use crate::browser_referrals::sign_in;
use crate::helpers::TestApp;
use perilink_shared::auth::Role;
use perilink_shared::language::Language;
use serde_json::{Value, json};
use std::collections::{BTreeMap, BTreeSet};
use std::time::Duration;

/// Names that are the same in every language (`ics`: the calendar file's format,
/// as its name ends).
const NAMES: [&str; 23] = [
    "PeriLink", "NHS", "ESOL", "EPDS", "PHQ", "GAD", "Whooley", "FHIR", "PRSB", "CSV", "PIN", "Esc", "ics",
    // Browsers and systems, as her list of devices names them.
    "Chrome", "Chromium", "Firefox", "Safari", "Edge", "Android", "iPhone", "Windows", "Linux", "macOS",
];

/// Names of several words, kept whole in every language: the standard a report
/// follows is named in English beside its translation.
const PHRASES: [&str; 2] = ["Social Prescribing Information Standard", "Open Referral UK"];

/// The languages written in Latin letters, where English is told by its words.
const LATIN: [Language; 4] = [
    Language::Polish,
    Language::Portuguese,
    Language::Romanian,
    Language::Somali,
];

/// The columns whose words are data, not the interface's.
const DATA: [(&str, &str); 8] = [
    ("organisations", "name || ' ' || COALESCE(website, '')"),
    (
        "users",
        "display_name || ' ' || COALESCE(email, '') || ' ' || COALESCE(job_title, '')",
    ),
    (
        "venues",
        "name || ' ' || address || ' ' || town || ' ' || postcode || ' ' || COALESCE(bus_routes, '')",
    ),
    (
        "programme_translations",
        "title || ' ' || description || ' ' || COALESCE(what_to_bring, '')",
    ),
    (
        "session_translations",
        "title || ' ' || COALESCE(description, '')",
    ),
    (
        "mothers",
        "given_name || ' ' || COALESCE(family_name, '') || ' ' || COALESCE(baby_name, '') || ' ' || COALESCE(email, '') || ' ' || COALESCE(postcode, '')",
    ),
    ("teams", "name"),
    // What the midwife and the provider typed (the reasons are codes, not data).
    (
        "referrals",
        "COALESCE(what_matters, '') || ' ' || COALESCE(note, '') || ' ' || COALESCE(decline_reason, '')",
    ),
];

/// Every run of three or more ASCII letters in `text`.
fn words(text: &str) -> impl Iterator<Item = &str> {
    text.split_whitespace()
        .filter(|token| !is_address(token))
        .flat_map(|token| token.split(|c: char| !c.is_ascii_alphabetic()))
        .filter(|w| w.len() >= 3)
}

/// Whether a token is a web address, written the same in every language (the
/// example of a feed's address, say).
fn is_address(token: &str) -> bool {
    let token = token.trim_start_matches(|c: char| !c.is_ascii_alphanumeric());
    token.starts_with("https://") || token.starts_with("http://")
}

/// The words the data holds, lower-cased.
async fn data_words(app: &TestApp) -> BTreeSet<String> {
    let mut found = BTreeSet::new();
    for (table, text) in DATA {
        let rows = perilink_server::service::sql::query(
            &app.state.db,
            &format!("SELECT {text} FROM {table}"),
            vec![],
        )
        .await
        .unwrap_or_else(|e| panic!("{table}: {e}"));
        for row in rows {
            let text: Option<String> = row.try_get_by_index(0).unwrap_or_default();
            found.extend(words(&text.unwrap_or_default()).map(str::to_lowercase));
        }
    }
    found.extend(NAMES.iter().map(|n| n.to_lowercase()));
    found
}

/// The words of a language's own text (`locales/<tag>/*.ftl`), lower-cased.
fn vocabulary(language: Language) -> BTreeSet<String> {
    let folder = crate::helpers::workspace_root()
        .join("locales")
        .join(language.tag());
    let mut found = BTreeSet::new();
    for entry in std::fs::read_dir(&folder).expect("the locale folder") {
        let text = std::fs::read_to_string(entry.expect("a file").path()).expect("a locale file");
        for line in text.lines().filter(|l| !l.trim_start().starts_with('#')) {
            // The value, not the key: after `=` on a message's (or attribute's)
            // first line.
            let value = match line.split_once('=') {
                Some((key, value))
                    if key
                        .trim()
                        .chars()
                        .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '.') =>
                {
                    value
                }
                _ => line,
            };
            found.extend(words(value).map(str::to_lowercase));
        }
    }
    found
}

/// Whether `word`, seen on a screen in a language (`latin` if written in Latin
/// letters, whose text has the words `own`), is English: not a name or data
/// (`allowed`), and either any ASCII word in a non-Latin script or a word of the
/// English text (`english`) the language's own never uses.
fn is_english(
    word: &str,
    latin: bool,
    english: &BTreeSet<String>,
    own: &BTreeSet<String>,
    allowed: &BTreeSet<String>,
) -> bool {
    let word = word.to_lowercase();
    !allowed.contains(&word) && (!latin || (english.contains(&word) && !own.contains(&word)))
}

#[test]
fn a_web_address_is_not_a_word() {
    let seen: Vec<&str> = words("مثل https://example.org/openreferral (see http://x.test/a)").collect();
    assert_eq!(seen, ["see"]);
}

#[test]
fn english_is_told_from_each_languages_own_words() {
    let english = vocabulary(Language::English);
    let allowed: BTreeSet<String> = ["amira".to_owned(), "toxteth".to_owned()].into();
    let polish = vocabulary(Language::Polish);
    assert!(
        is_english("Booked", true, &english, &polish, &allowed),
        "an English word in Polish"
    );
    assert!(
        !is_english("Zarezerwowane", true, &english, &polish, &allowed),
        "a Polish word"
    );
    assert!(
        !is_english("Toxteth", true, &english, &polish, &allowed),
        "a venue's name"
    );
    let arabic = vocabulary(Language::Arabic);
    assert!(
        is_english("Tuesday", false, &english, &arabic, &allowed),
        "any Latin word in Arabic"
    );
    assert!(
        !is_english("Amira", false, &english, &arabic, &allowed),
        "her name"
    );
    // The vocabularies are the values, not the keys.
    assert!(!english.contains("checkin"), "keys are not words of the text");
    assert!(english.contains("booked") && !polish.contains("booked"));
}

/// The text a person sees on the page (and hears: labels of controls), but not
/// what is marked as another language, kept as typed (`translate="no"`: an email,
/// a phone number), or hidden.
const SEEN_TEXT: &str = "
    const page = document.documentElement.lang;
    const own = el => { const l = el.closest('[lang]'); return !l || l.lang === page; };
    const shown = el => el.checkVisibility ? el.checkVisibility() : el.offsetParent !== null;
    const out = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    while (walker.nextNode()) {
        const el = walker.currentNode.parentElement;
        if (!el || el.closest('script, style, noscript, [translate=no], option') || !own(el) || !shown(el)) continue;
        out.push(walker.currentNode.textContent);
    }
    for (const el of document.querySelectorAll('[aria-label], [placeholder], [title], img[alt]')) {
        if (!own(el) || el.closest('[translate=no]') || !shown(el)) continue;
        for (const a of ['aria-label', 'placeholder', 'title', 'alt']) {
            if (el.hasAttribute(a)) out.push(el.getAttribute(a));
        }
    }
    return out.join('\\n');";

/// Chooses `language` in the page's picker and waits for the page to be in it.
async fn choose(browser: &Browser, language: Language) {
    let tag = language.tag();
    browser
        .eval(&format!(
            "const p = document.getElementById('language-picker'); p.value = {tag};
             p.dispatchEvent(new Event('change', {{bubbles: true}})); return true;",
            tag = json!(tag)
        ))
        .await;
    browser
        .wait_for(
            &format!("the page in {tag}"),
            &format!("return document.documentElement.lang === {}", json!(tag)),
        )
        .await;
    settle(browser).await;
}

/// Opens `address` by a tap and reads what it shows. A navigation the browser never
/// finishes (seen once in a long run: WebDriver then waits out its page-load
/// timeout on every command) is given up after a while and the screen opened
/// afresh, once; a screen that still cannot be read fails the sweep.
async fn read_screen(browser: &Browser, app: &TestApp, address: &str) -> String {
    let limit = Duration::from_secs(60);
    let tapped = tokio::time::timeout(limit, async {
        tap_to(browser, address).await;
        browser.try_eval(SEEN_TEXT).await
    })
    .await;
    if let Ok(Value::String(seen)) = tapped {
        return seen;
    }
    eprintln!("language sweep: {address} did not finish opening; opening it afresh");
    let opened = tokio::time::timeout(limit, async {
        browser.goto(&app.url(address)).await;
        settle(browser).await;
        browser.try_eval(SEEN_TEXT).await
    })
    .await;
    match opened {
        Ok(Value::String(seen)) => seen,
        other => panic!("{address} could not be read: {other:?}"),
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn every_screen_of_every_role_speaks_each_language() {
    let (app, browser, _guard) = app_with_browser("en-GB").await;
    // A navigation that never finishes fails a command in 30 s, not 300.
    browser
        .client
        .update_timeouts(fantoccini::wd::TimeoutConfiguration::new(
            Some(Duration::from_secs(20)),
            Some(Duration::from_secs(30)),
            Some(Duration::ZERO),
        ))
        .await
        .expect("WebDriver's timeouts");
    let allowed = data_words(&app).await;
    let english = vocabulary(Language::English);
    // (language, who, address) -> the English words found there.
    let mut leaks: BTreeMap<(&str, &str, String), BTreeSet<String>> = BTreeMap::new();
    let mut screens_read = 0;

    let mut people: Vec<Option<Role>> = vec![None];
    people.extend(Role::ALL.into_iter().map(Some));
    for role in people {
        let who = role.map(Role::as_str).unwrap_or("visitor");
        match role {
            None => browser.goto(&app.url("/")).await,
            Some(role) => {
                sign_in(
                    &browser,
                    &app,
                    &format!("{}@demo.perilink.test", role.as_str()),
                    "demo-password",
                )
                .await
            }
        }
        settle(&browser).await;
        let home = browser
            .eval("return location.pathname")
            .await
            .as_str()
            .unwrap_or("/")
            .to_owned();
        let reached = walk(&browser, &home).await;
        assert!(!reached.is_empty(), "{who} reached no screen");
        for language in Language::ALL.into_iter().filter(|l| *l != Language::English) {
            // What counts as English in this language.
            let own = vocabulary(language);
            let latin = LATIN.contains(&language);
            let foreign = |word: &str| is_english(word, latin, &english, &own, &allowed);
            tap_to(&browser, &home).await;
            choose(&browser, language).await;
            for (address, _) in reached.values() {
                let seen = read_screen(&browser, &app, address).await;
                screens_read += 1;
                let mut seen = seen;
                for phrase in PHRASES {
                    seen = seen.replace(phrase, " ");
                }
                let found: BTreeSet<String> =
                    words(&seen).filter(|w| foreign(w)).map(str::to_owned).collect();
                if !found.is_empty() {
                    leaks.insert((language.tag(), who, address.clone()), found);
                }
            }
        }
        tap_to(&browser, &home).await;
        choose(&browser, Language::English).await;
        if role.is_some() {
            browser.click("nav .link-button").await;
            browser
                .wait_for("signed out", "return location.pathname === '/sign-in'")
                .await;
        }
    }
    eprintln!("language sweep: {screens_read} screens read");
    assert!(
        screens_read > 300,
        "every screen of every role in eleven languages: {screens_read}"
    );
    assert!(
        leaks.is_empty(),
        "English on screens in other languages: {leaks:#?}"
    );
    browser.client.clone().close().await.ok();
}
