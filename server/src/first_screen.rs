//! The first screen of `/`, `/find` and a session's page, written by the server
//! into the page it sends, so a mother on a slow phone reads her results before the
//! app's wasm has arrived, and can use them with no JavaScript at all.
//!
//! The text comes from the same Fluent files the app fetches (`locales/<tag>/`,
//! held with the built app), in her language: the `perilink_lang` cookie the app
//! keeps, else `?ui=` (the language form below, which also sets the cookie), else
//! `Accept-Language`, else English. The markup and classes are the app's own; the
//! results come from the same directory snapshot and search as `GET /api/sessions`
//! with the query the app would send. The whole screen sits in `<div id="ssr">`,
//! which the app removes once its own copy is ready (`i18n::take_over`); until
//! then the style sheet hides the app's copy behind it.
//!
//! What needs the app says so in place: booking needs an account, and the
//! filters are one plain form instead of the app's instant chips.

use crate::directory::search::{self, Filters};
use crate::service::listings;
use crate::state::AppState;
use axum::http::{HeaderMap, header};
use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use perilink_shared::calendar::days_from_civil;
use perilink_shared::directory::{
    BookingMode, Format, LocalisedText, OccurrenceDate, OccurrenceSummary, ProgrammeKind, SessionDetail,
    SessionQuery, TimeOfDay, encode_query_value,
};
use perilink_shared::error::ErrorCode;
use perilink_shared::find::{FindFilters, KINDS, Loosen, PER_PAGE, RADII, TIMES};
use perilink_shared::language::Language;
use perilink_shared::routes::menu_for;
use std::collections::HashMap;
use std::fmt::Write;

/// The cookie the app keeps her language in.
pub const LANGUAGE_COOKIE: &str = "perilink_lang";
/// The cookie the app keeps the name it shows in ("PeriLink", "Notes", ...).
const NAME_COOKIE: &str = "perilink_name";
/// The Fluent files of the first screen, as the app's `i18n::FIRST`.
pub const FIRST_FILES: [&str; 2] = ["main.ftl", "find.ftl"];

type Bundle = FluentBundle<FluentResource>;

/// The first screen's messages in every language.
#[derive(Default)]
pub struct Texts {
    bundles: HashMap<Language, Bundle>,
}

impl Texts {
    /// Reads `/locales/<tag>/<file>` of each first-screen file through `read`.
    pub fn load(read: impl Fn(&str) -> Option<String>) -> Texts {
        let mut bundles = HashMap::new();
        for language in Language::ALL {
            let mut bundle = Bundle::new_concurrent(vec![language.tag().parse().unwrap_or_default()]);
            let mut any = false;
            for file in FIRST_FILES {
                let Some(source) = read(&format!("/locales/{}/{file}", language.tag())) else {
                    continue;
                };
                let resource = FluentResource::try_new(source).unwrap_or_else(|(resource, _)| resource);
                if bundle.add_resource(resource).is_err() {
                    tracing::warn!(language = language.tag(), file, "clashing messages");
                }
                any = true;
            }
            if any {
                bundles.insert(language, bundle);
            }
        }
        Texts { bundles }
    }

    /// Whether there is text to write a screen with.
    pub fn is_empty(&self) -> bool {
        !self.bundles.contains_key(&Language::English)
    }

    fn in_language(&self, language: Language) -> Tr<'_> {
        Tr {
            texts: self,
            language,
        }
    }
}

/// Messages in one language, with English for any it lacks (as the app does).
#[derive(Clone, Copy)]
struct Tr<'a> {
    texts: &'a Texts,
    language: Language,
}

impl Tr<'_> {
    fn t(&self, key: &str) -> String {
        self.format(key, None)
    }

    fn t_with(&self, key: &str, args: &[(&str, FluentValue)]) -> String {
        let mut fluent_args = FluentArgs::new();
        for (name, value) in args {
            fluent_args.set(*name, value.clone());
        }
        self.format(key, Some(&fluent_args))
    }

    fn format(&self, key: &str, args: Option<&FluentArgs>) -> String {
        [self.language, Language::English]
            .into_iter()
            .filter_map(|language| self.texts.bundles.get(&language))
            .find_map(|bundle| {
                let pattern = bundle.get_message(key)?.value()?;
                let mut errors = Vec::new();
                Some(bundle.format_pattern(pattern, args, &mut errors).into_owned())
            })
            .unwrap_or_else(|| key.to_owned())
    }

    /// Name `n` (from 1) of the `|`-separated list `key`.
    fn nth(&self, key: &str, n: u32) -> String {
        self.t(key)
            .split('|')
            .nth(n.saturating_sub(1) as usize)
            .unwrap_or_default()
            .trim()
            .to_owned()
    }

    /// Digits as the app's `Intl` writes them in this language.
    fn digits(&self, text: &str) -> String {
        let zero = match self.language {
            Language::Arabic => '\u{0660}',
            Language::Farsi => '\u{06F0}',
            Language::Bengali => '\u{09E6}',
            _ => return text.to_owned(),
        };
        text.chars()
            .map(|c| match c.to_digit(10) {
                Some(d) if c.is_ascii_digit() => char::from_u32(zero as u32 + d).unwrap_or(c),
                _ => c,
            })
            .collect()
    }

    /// "Tuesday 25 November", from the language's own `date-long`.
    fn long_date(&self, date: &str) -> String {
        let mut parts = date.splitn(3, '-').map(str::parse::<u32>);
        let (Some(Ok(year)), Some(Ok(month)), Some(Ok(day))) = (parts.next(), parts.next(), parts.next())
        else {
            return date.to_owned();
        };
        if !(1..=12).contains(&month) || !(1..=31).contains(&day) {
            return date.to_owned();
        }
        let weekday = (days_from_civil(year as i32, month, day) + 3).rem_euclid(7) as u32 + 1;
        self.t_with(
            "date-long",
            &[
                ("weekday", FluentValue::from(self.nth("date-weekdays", weekday))),
                ("day", FluentValue::from(self.digits(&day.to_string()))),
                ("month", FluentValue::from(self.nth("date-months", month))),
            ],
        )
    }

    /// `HH:MM` on the 24-hour clock, as the app writes every language.
    fn time(&self, time: &str) -> String {
        self.digits(time)
    }

    fn weekday(&self, weekday: u8) -> String {
        self.nth("date-weekdays", u32::from(weekday.clamp(1, 7)))
    }

    fn price(&self, pence: u32) -> String {
        if pence == 0 {
            self.t("find-free")
        } else {
            let pounds = format!("{}.{:02}", pence / 100, pence % 100);
            self.t_with("find-price", &[("price", FluentValue::from(pounds))])
        }
    }

    fn language_name(&self, tag: &str) -> String {
        self.t_with("language-name", &[("tag", FluentValue::from(tag.to_owned()))])
    }
}

/// Text for HTML, in an element or a quoted attribute.
fn esc(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

fn kind_key(kind: ProgrammeKind) -> &'static str {
    match kind {
        ProgrammeKind::Esol => "kind-esol",
        ProgrammeKind::RhymeTime => "kind-rhyme-time",
        ProgrammeKind::Singing => "kind-singing",
        ProgrammeKind::BreastfeedingSupport => "kind-breastfeeding-support",
        ProgrammeKind::Advice => "kind-advice",
        ProgrammeKind::Other => "kind-other",
    }
}

fn time_of_day_key(time: TimeOfDay) -> &'static str {
    match time {
        TimeOfDay::Morning => "find-time-morning",
        TimeOfDay::Afternoon => "find-time-afternoon",
        TimeOfDay::Evening => "find-time-evening",
    }
}

fn first_value<'a>(pairs: &'a [(String, String)], key: &str) -> Option<&'a str> {
    pairs.iter().find(|(k, _)| k == key).map(|(_, v)| v.as_str())
}

/// The Find page's search, read from the address exactly as the app reads it.
fn find_filters(pairs: &[(String, String)], ui: Language) -> FindFilters {
    FindFilters::from_query(|key| query_values_of(pairs, key), ui)
}

/// Every value of `key` in the address, in order.
fn query_values_of(pairs: &[(String, String)], key: &str) -> Vec<String> {
    pairs
        .iter()
        .filter(|(k, _)| k == key)
        .map(|(_, v)| v.clone())
        .collect()
}

/// The cookie `name`'s value, if the request carries it.
fn cookie<'a>(headers: &'a HeaderMap, name: &str) -> Option<&'a str> {
    headers
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .find_map(|c| c.trim().strip_prefix(name)?.strip_prefix('='))
}

/// Her language: asked for on the page (`?ui=`), kept in her cookie, or the
/// browser's; and whether it was just asked for (and is to be kept).
pub fn language_of(pairs: &[(String, String)], headers: &HeaderMap) -> (Language, bool) {
    if let Some(asked) = first_value(pairs, "ui").and_then(|t| t.parse::<Language>().ok()) {
        return (asked, true);
    }
    if let Some(kept) = cookie(headers, LANGUAGE_COOKIE).and_then(|t| t.parse().ok()) {
        return (kept, false);
    }
    let mut preferred: Vec<(f32, &str)> = headers
        .get_all(header::ACCEPT_LANGUAGE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(','))
        .filter_map(|part| {
            let mut bits = part.split(';');
            let tag = bits.next()?.trim();
            let q = bits
                .find_map(|b| b.trim().strip_prefix("q="))
                .map_or(Some(1.0), |q| q.trim().parse::<f32>().ok())?;
            (q > 0.0 && !tag.is_empty() && tag != "*").then_some((q, tag))
        })
        .collect();
    // A stable sort keeps the browser's order among equal weights.
    preferred.sort_by(|a, b| b.0.total_cmp(&a.0));
    let language =
        Language::negotiate(preferred.into_iter().map(|(_, tag)| tag)).unwrap_or(Language::English);
    (language, false)
}

/// A written first screen.
pub struct Screen {
    pub language: Language,
    /// The `<title>`: the name the app shows, never what the screen is.
    pub title: String,
    /// `<div id="ssr">…</div>`.
    pub html: String,
    /// Whether this is a session that does not exist.
    pub not_found: bool,
}

/// Which screens the server writes.
pub fn writes(path: &str) -> bool {
    path == "/" || path == "/find" || session_id(path).is_some()
}

fn session_id(path: &str) -> Option<String> {
    let id = path.strip_prefix("/sessions/")?;
    (!id.is_empty() && !id.contains('/')).then(|| percent_decode(id))
}

fn percent_decode(text: &str) -> String {
    url::form_urlencoded::parse(format!("x={}", text.replace('+', "%2B")).as_bytes())
        .next()
        .map(|(_, v)| v.into_owned())
        .unwrap_or_default()
}

/// Writes the first screen of `path`, if it is one the server writes.
pub async fn write(state: &AppState, path: &str, query: &str, headers: &HeaderMap) -> Option<Screen> {
    let texts = state.assets.texts();
    if texts.is_empty() || !writes(path) {
        return None;
    }
    let pairs: Vec<(String, String)> = url::form_urlencoded::parse(query.as_bytes())
        .into_owned()
        .collect();
    let (language, _) = language_of(&pairs, headers);
    let tr = texts.in_language(language);
    let mut not_found = false;
    let page = if path == "/" {
        home(tr)
    } else if path == "/find" {
        find(state, tr, &pairs)
    } else {
        let id = session_id(path)?;
        match session(state, tr, &id).await {
            Ok(Some(html)) => html,
            Ok(None) => {
                not_found = true;
                format!(
                    "<h1>{}</h1><p>{}</p><a href=\"/find\" class=\"button primary\">{}</a>",
                    esc(&tr.t("session-not-found-title")),
                    esc(&tr.t("session-not-found")),
                    esc(&tr.t("session-find-others"))
                )
            }
            Err(err) => {
                tracing::warn!(error = %err, "a session's first screen could not be written");
                format!(
                    "<h1>{}</h1><p class=\"error\" role=\"alert\">{}</p>",
                    esc(&tr.t("find-title")),
                    esc(&tr.t("error-generic"))
                )
            }
        }
    };
    let name_key = match cookie(headers, NAME_COOKIE) {
        Some("diary") => "neutral-name-diary",
        Some("notes") => "neutral-name-notes",
        _ => "app-title",
    };
    let here = if query.is_empty() {
        path.to_owned()
    } else {
        format!("{path}?{query}")
    };
    let html = frame(state, tr, name_key, path, &here, &pairs, &page);
    Some(Screen {
        language,
        title: tr.t(name_key),
        html,
        not_found,
    })
}

/// The app's frame (`components/frame.rs`) around `page`.
fn frame(
    state: &AppState,
    tr: Tr,
    name_key: &str,
    path: &str,
    here: &str,
    pairs: &[(String, String)],
    page: &str,
) -> String {
    let icon = if name_key == "app-title" {
        "/icons/icon.svg"
    } else {
        "/icons/plain.svg"
    };
    let mut h = String::with_capacity(16 * 1024);
    let _ = write!(
        h,
        "<div id=\"ssr\"><a class=\"skip-link\" href=\"#main\">{}</a>",
        esc(&tr.t("skip-to-content"))
    );
    if let Some(exit) = state.config.quick_exits.first() {
        // Without the app, leaving quickly is a plain link to her neutral page.
        let _ = write!(
            h,
            "<div class=\"quick-exit-bar\"><a class=\"quick-exit\" href=\"{}\" rel=\"noreferrer\">{}</a>\
             <span class=\"quick-exit-hint\">{}</span></div>",
            esc(&exit.url),
            esc(&tr.t("quick-exit")),
            esc(&tr.t("quick-exit-hint"))
        );
    }
    if state.config.demo {
        let _ = write!(
            h,
            "<p class=\"demo-banner\" role=\"note\">{}</p>",
            esc(&tr.t("demo-banner"))
        );
    }
    let _ = write!(
        h,
        "<header class=\"site-header\"><div class=\"header-row\">\
         <a href=\"/\" class=\"brand\"{}><img src=\"{icon}\" alt=\"\" width=\"28\" height=\"28\"><span>{}</span></a>",
        current(path == "/"),
        esc(&tr.t(name_key))
    );
    // The language menu as a form: the server keeps her choice in the cookie.
    let _ = write!(
        h,
        "<form class=\"language-picker\" method=\"get\" action=\"{}\">",
        esc(path)
    );
    for (key, value) in pairs.iter().filter(|(k, _)| k != "ui") {
        let _ = write!(
            h,
            "<input type=\"hidden\" name=\"{}\" value=\"{}\">",
            esc(key),
            esc(value)
        );
    }
    let _ = write!(
        h,
        "<label for=\"language-picker\">{}</label><select id=\"language-picker\" name=\"ui\">",
        esc(&tr.t("language-picker-label"))
    );
    for language in Language::ALL {
        let _ = write!(
            h,
            "<option value=\"{tag}\" lang=\"{tag}\"{}>{}</option>",
            if language == tr.language { " selected" } else { "" },
            language.autonym(),
            tag = language.tag()
        );
    }
    let _ = write!(
        h,
        // The button only without scripts: with them the app switches at once (as
        // its own menu has no button), and the header keeps the app's height.
        "</select><noscript><button type=\"submit\" class=\"button\">{}</button></noscript></form></div>",
        esc(&tr.t("language-picker-apply"))
    );
    let _ = write!(
        h,
        "<nav aria-label=\"{}\"><ul class=\"nav-list\">",
        esc(&tr.t("nav-label"))
    );
    for (href, key) in menu_for(None) {
        let _ = write!(
            h,
            "<li><a href=\"{href}\" data-nav=\"{key}\"{}>{}</a></li>",
            current(path == href),
            esc(&tr.t(key))
        );
    }
    let sign_in = format!("/sign-in?next={}", encode_query_value(here));
    let _ = write!(
        h,
        "<li><a href=\"{}\">{}</a></li></ul></nav></header><main id=\"main\" tabindex=\"-1\">{page}</main>\
         <footer class=\"site-footer\"><p>{}</p></footer></div>",
        esc(&sign_in),
        esc(&tr.t("nav-sign-in")),
        esc(&tr.t("footer-text"))
    );
    h
}

fn current(is: bool) -> &'static str {
    if is { " aria-current=\"page\"" } else { "" }
}

/// `/`, signed out (as `pages/home.rs`).
fn home(tr: Tr) -> String {
    format!(
        "<section class=\"hero\"><h1>{}</h1><p>{}</p><a href=\"/find\" class=\"button primary\">{}</a>\
         <p class=\"switch-account\">{} <a href=\"/sign-up\">{}</a></p></section>\
         <section class=\"card\"><h2>{}</h2><p>{}</p><a href=\"/sign-in\" class=\"button\">{}</a></section>",
        esc(&tr.t("home-title")),
        esc(&tr.t("home-intro")),
        esc(&tr.t("home-find-button")),
        esc(&tr.t("home-new-here")),
        esc(&tr.t("sign-in-make-account")),
        esc(&tr.t("home-staff-title")),
        esc(&tr.t("home-staff-intro")),
        esc(&tr.t("nav-sign-in")),
    )
}

/// `/find` (as `pages/find.rs`), its filters as one plain form.
fn find(state: &AppState, tr: Tr, pairs: &[(String, String)]) -> String {
    let ui = tr.language;
    let filters = find_filters(pairs, ui);
    let page_number = FindFilters::page_of(|key| query_values_of(pairs, key));
    let (today, minute) = crate::clock::london_now();
    let ask = |query: SessionQuery| {
        Filters::parse(&query, today).map(|parsed| {
            let snapshot = state.directory.snapshot();
            search::run(&snapshot, &parsed, today, minute, chrono::Utc::now().timestamp())
        })
    };
    let answer = ask(filters.api_query(ui, page_number));
    let place_problem = matches!(&answer, Err(err) if matches!(err.code(), ErrorCode::UnknownPlace | ErrorCode::ValidationFailed))
        && !filters.near.is_empty();

    // Results come first: the kinds as chips, every other choice folded (as the
    // app); without the app, a button under the chips sends the form.
    let mut h = String::with_capacity(32 * 1024);
    let _ = write!(
        h,
        "<h1>{}</h1><section class=\"filters\" aria-label=\"{}\">\
         <form method=\"get\" action=\"/find\" role=\"search\">\
         <fieldset class=\"chips kinds\"><legend class=\"visually-hidden\">{}</legend>",
        esc(&tr.t("find-title")),
        esc(&tr.t("find-filters")),
        esc(&tr.t("find-kind-label"))
    );
    for kind in KINDS {
        let _ = write!(
            h,
            "<label class=\"chip\"><input type=\"checkbox\" name=\"kind\" value=\"{}\"{}> {}</label>",
            kind.as_str(),
            checked(filters.kinds.contains(&kind)),
            esc(&tr.t(kind_key(kind)))
        );
    }
    let _ = write!(
        h,
        "</fieldset><noscript><button type=\"submit\" class=\"button primary\">{}</button></noscript>\
         <details class=\"more-choices\"{}><summary><span>{}</span> <span class=\"chosen\">{}</span></summary>\
         <div class=\"field\"><label for=\"find-language\">{}</label>\
         <select id=\"find-language\" name=\"lang\"><option value=\"any\"{}>{}</option>",
        esc(&tr.t("find-search")),
        if place_problem { " open" } else { "" },
        esc(&tr.t("find-filters")),
        chosen(tr, &filters),
        esc(&tr.t("find-language-label")),
        selected(filters.language.is_none()),
        esc(&tr.t("find-language-any"))
    );
    for language in Language::ALL {
        let _ = write!(
            h,
            "<option value=\"{tag}\" lang=\"{tag}\"{}>{}</option>",
            selected(filters.language == Some(language)),
            language.autonym(),
            tag = language.tag()
        );
    }
    let _ = write!(
        h,
        "</select></div><div class=\"near\"><div class=\"field near-place\"><label for=\"find-near\">{}</label>\
         <input id=\"find-near\" name=\"near\" type=\"text\" autocomplete=\"postal-code\" autocapitalize=\"characters\" \
         spellcheck=\"false\" dir=\"ltr\" aria-describedby=\"find-near-hint\" aria-invalid=\"{place_problem}\" value=\"{}\"></div>\
         <div class=\"field near-radius\"><label for=\"find-radius\">{}</label><select id=\"find-radius\" name=\"radius_km\">",
        esc(&tr.t("find-near-label")),
        esc(&filters.near),
        esc(&tr.t("find-radius-label"))
    );
    for km in RADII {
        let _ = write!(
            h,
            "<option value=\"{km}\"{}>{}</option>",
            selected(filters.radius_km == km),
            esc(&tr.t_with("find-radius", &[("km", FluentValue::from(km))]))
        );
    }
    let _ = write!(
        h,
        "</select></div><p id=\"find-near-hint\" class=\"hint\">{}</p>\
         <button type=\"submit\" class=\"button primary\">{}</button></div>\
         <div class=\"check\">\
         <input id=\"find-free\" type=\"checkbox\" name=\"free\" value=\"true\"{}><label for=\"find-free\">{}</label></div>\
         <fieldset class=\"chips\"><legend>{}</legend>",
        esc(&tr.t("find-near-hint")),
        esc(&tr.t("find-search")),
        checked(filters.free),
        esc(&tr.t("find-free-only")),
        esc(&tr.t("find-time-label"))
    );
    for time in TIMES {
        let _ = write!(
            h,
            "<label class=\"chip\"><input type=\"checkbox\" name=\"time\" value=\"{time}\"{}> {}</label>",
            checked(filters.times.contains(&time)),
            esc(&tr.t(time_of_day_key(time)))
        );
    }
    let _ = write!(
        h,
        "</fieldset></details></form></section>\
         <section class=\"results\" aria-labelledby=\"find-results-heading\">\
         <h2 id=\"find-results-heading\" class=\"visually-hidden\">{}</h2>",
        esc(&tr.t("find-results"))
    );
    let place = || FluentValue::from(filters.near.clone());
    let (status, problem) = match &answer {
        Ok(page) if page.total == 0 => (tr.t("find-empty"), String::new()),
        Ok(page) => (
            tr.t_with("find-count", &[("count", FluentValue::from(page.total))]),
            String::new(),
        ),
        Err(err) => (
            String::new(),
            match err.code() {
                ErrorCode::UnknownPlace if !filters.near.is_empty() => {
                    tr.t_with("find-error-unknown-place", &[("place", place())])
                }
                ErrorCode::ValidationFailed if !filters.near.is_empty() => {
                    tr.t_with("find-error-bad-place", &[("place", place())])
                }
                _ => tr.t("error-generic"),
            },
        ),
    };
    let _ = write!(
        h,
        "<p role=\"status\" aria-live=\"polite\" aria-busy=\"false\">{}</p><p class=\"error\" role=\"alert\">{}</p>",
        esc(&status),
        esc(&problem)
    );
    // Found nothing: each choice she could let go of, with what it would find.
    let mut wider = 0;
    h.push_str("<ul class=\"loosen\">");
    if answer.as_ref().is_ok_and(|page| page.total == 0) {
        for (loosen, wide) in filters.loosenings() {
            let query = SessionQuery {
                per_page: Some(1),
                ..wide.api_query(ui, 1)
            };
            if let Ok(found) = ask(query)
                && found.total > 0
            {
                wider += 1;
                let _ = write!(
                    h,
                    "<li><a href=\"{}\" class=\"button\">{}</a></li>",
                    esc(&wide.href()),
                    esc(&loosen_text(tr, loosen, found.total))
                );
            }
        }
    }
    h.push_str("</ul>");
    let empty_or_failed = answer.as_ref().map_or(true, |page| page.total == 0);
    if empty_or_failed && wider == 0 && filters.is_narrowed(ui) {
        let _ = write!(
            h,
            "<a href=\"/find\" class=\"button\">{}</a>",
            esc(&tr.t("find-clear"))
        );
    }
    h.push_str("<ul class=\"result-list\">");
    if let Ok(page) = &answer {
        for occurrence in &page.results {
            card(&mut h, tr, occurrence);
        }
    }
    h.push_str("</ul><p class=\"error\" role=\"alert\"></p>");
    // Beyond this page, a plain link to the next: the app's "more" sits here too.
    if let Ok(page) = &answer
        && u64::from(page_number) * u64::from(PER_PAGE) < page.total
    {
        let _ = write!(
            h,
            "<a href=\"{}\" class=\"button more\">{}</a>",
            esc(&filters.page_href(page_number + 1)),
            esc(&tr.t("find-more"))
        );
    }
    h.push_str("</section>");
    h
}

/// Her choices beyond the kind, as the folded panel's name lists them (as the
/// app's `chosen_choices`).
fn chosen(tr: Tr, f: &FindFilters) -> String {
    let mut parts = Vec::new();
    if !f.near.is_empty() {
        parts.push(format!("<span dir=\"ltr\">{}</span>", esc(&f.near)));
        parts.push(esc(
            &tr.t_with("find-radius", &[("km", FluentValue::from(f.radius_km))])
        ));
    }
    parts.push(match f.language {
        Some(language) => format!(
            "<span lang=\"{}\">{}</span>",
            language.tag(),
            esc(language.autonym())
        ),
        None => esc(&tr.t("find-language-any")),
    });
    if f.free {
        parts.push(esc(&tr.t("find-free")));
    }
    for time in &f.times {
        parts.push(esc(&tr.t(time_of_day_key(*time))));
    }
    parts.join(" · ")
}

/// "Any language (12)": a wider search's button (as the app's `loosen_text`).
fn loosen_text(tr: Tr, loosen: Loosen, count: u64) -> String {
    let choice = match loosen {
        Loosen::Within(km) => tr.t_with("find-radius", &[("km", FluentValue::from(km))]),
        other => tr.t(other.message_key()),
    };
    tr.t_with(
        "find-loosen",
        &[
            ("choice", FluentValue::from(choice)),
            ("count", FluentValue::from(count)),
        ],
    )
}

fn checked(is: bool) -> &'static str {
    if is { " checked" } else { "" }
}

fn selected(is: bool) -> &'static str {
    if is { " selected" } else { "" }
}

fn localised(text: &LocalisedText) -> String {
    format!(
        "<span lang=\"{}\" dir=\"auto\">{}</span>",
        esc(&text.language),
        esc(&text.text)
    )
}

fn not_translated(tr: Tr, translated: bool) -> String {
    if translated {
        String::new()
    } else {
        format!(
            "<span class=\"untranslated\">{}</span>",
            esc(&tr.t("not-translated"))
        )
    }
}

fn badges(tr: Tr, languages: &[String], interpreter: &[String]) -> String {
    let mut h = String::from("<ul class=\"badges\">");
    for tag in languages {
        let _ = write!(
            h,
            "<li class=\"badge\" data-lang=\"{}\">{}</li>",
            esc(tag),
            esc(&tr.language_name(tag))
        );
    }
    for tag in interpreter {
        let _ = write!(
            h,
            "<li class=\"badge interpreter\" data-interpreter=\"{}\">{}</li>",
            esc(tag),
            esc(&tr.t_with(
                "find-interpreter",
                &[("language", FluentValue::from(tr.language_name(tag)))]
            ))
        );
    }
    h.push_str("</ul>");
    h
}

/// One date of a session, as the app's `ResultCard`.
fn card(h: &mut String, tr: Tr, o: &OccurrenceSummary) {
    let when = tr.t_with(
        "find-when",
        &[
            ("date", FluentValue::from(tr.long_date(&o.date))),
            ("start", FluentValue::from(tr.time(&o.start_time))),
            ("end", FluentValue::from(tr.time(&o.end_time))),
        ],
    );
    let distance = o.distance_km.map(|km| {
        let tenths = (km.max(0.0) * 10.0).round() as u64;
        tr.t_with(
            "find-distance",
            &[(
                "km",
                FluentValue::from(format!("{}.{}", tenths / 10, tenths % 10)),
            )],
        )
    });
    let places = o.places_left;
    let booking = tr.t(match (o.booking, o.format, places) {
        (BookingMode::DropIn, _, _) => "find-drop-in",
        (BookingMode::Booking, _, Some(0)) => "find-full",
        (BookingMode::Booking, Format::Course, _) => "find-course",
        (BookingMode::Booking, Format::Ongoing, _) => "find-booking",
    });
    let full = places == Some(0) && o.booking == BookingMode::Booking;
    let venue = tr.t_with(
        "find-venue",
        &[
            ("venue", FluentValue::from(o.venue.name.clone())),
            ("town", FluentValue::from(o.venue.town.clone())),
        ],
    );
    let _ = write!(
        h,
        "<li class=\"card result\" data-kind=\"{kind}\" data-session=\"{session}\" data-booking=\"{booking_mode}\">\
         <p class=\"kind\">{kind_name}</p><h3 class=\"result-title\"><a href=\"/sessions/{href}\">{title}</a></h3>{untranslated}\
         <p class=\"when\">{when}</p><p class=\"where\"><span>{venue}</span>{distance}</p>{badges}\
         <ul class=\"facts{full}\"><li>{booking}</li>{left}<li>{price}</li></ul></li>",
        kind = o.kind.as_str(),
        session = esc(&o.session_id),
        booking_mode = o.booking.as_str(),
        kind_name = esc(&tr.t(kind_key(o.kind))),
        href = esc(&encode_query_value(&o.session_id)),
        title = localised(&o.title),
        untranslated = not_translated(tr, o.title.translated),
        when = esc(&when),
        venue = esc(&venue),
        distance = distance
            .map(|d| format!("<span class=\"distance\">{}</span>", esc(&d)))
            .unwrap_or_default(),
        badges = badges(tr, &o.languages, &o.interpreter_languages),
        full = if full { " full" } else { "" },
        booking = esc(&booking),
        left = places
            .filter(|p| *p > 0 && o.booking == BookingMode::Booking)
            .map(|count| format!(
                "<li>{}</li>",
                esc(&tr.t_with("find-places-left", &[("count", FluentValue::from(count))]))
            ))
            .unwrap_or_default(),
        price = esc(&tr.price(o.cost_pence)),
    );
}

/// A session's page (as `pages/session_page.rs`); `None` when there is no such
/// current session.
async fn session(state: &AppState, tr: Tr<'_>, id: &str) -> Result<Option<String>, crate::error::AppError> {
    let today = crate::clock::london_today();
    let snapshot = state.directory.snapshot();
    let page = listings::page(&state.db, &snapshot, id, tr.language.tag(), today).await?;
    Ok(page.map(|d| session_html(tr, &d)))
}

fn session_html(tr: Tr, d: &SessionDetail) -> String {
    let schedule = tr.t_with(
        if d.frequency == "fortnightly" {
            "session-fortnightly"
        } else {
            "session-weekly"
        },
        &[
            ("weekday", FluentValue::from(tr.weekday(d.weekday))),
            ("start", FluentValue::from(tr.time(&d.start_time))),
            ("end", FluentValue::from(tr.time(&d.end_time))),
        ],
    );
    let here = format!("/sessions/{}", encode_query_value(&d.session_id));
    let mut h = String::with_capacity(8 * 1024);
    let _ = write!(
        h,
        "<article class=\"session\" data-kind=\"{}\" data-session=\"{}\"><p class=\"kind\">{}</p><h1>{}</h1>{}\
         <ul class=\"facts summary\"><li>{}</li><li>{}</li><li>{}</li></ul>\
         <section class=\"card booking\" aria-labelledby=\"booking-heading\"><h2 id=\"booking-heading\">{}</h2>\
         <div class=\"outcome\" data-state=\"\"><p role=\"status\" aria-live=\"polite\"></p><p class=\"error\" role=\"alert\"></p></div>",
        d.kind.as_str(),
        esc(&d.session_id),
        esc(&tr.t(kind_key(d.kind))),
        localised(&d.title),
        not_translated(tr, d.title.translated),
        esc(&schedule),
        esc(&d.venue.name),
        esc(&tr.price(d.cost_pence)),
        esc(&tr.t("session-booking")),
    );
    let bookable_dates = d.booking == BookingMode::Booking && d.format == Format::Ongoing;
    match (d.booking, d.format) {
        (BookingMode::DropIn, _) => {
            let _ = write!(h, "<p class=\"notice\">{}</p>", esc(&tr.t("session-drop-in")));
        }
        (BookingMode::Booking, Format::Course) => {
            let _ = write!(h, "<p>{}</p>", esc(&tr.t("session-course-intro")));
            if let Some(count) = d.course_places_left {
                let text = if count == 0 {
                    tr.t("session-course-full")
                } else {
                    tr.t_with("find-places-left", &[("count", FluentValue::from(count))])
                };
                let _ = write!(
                    h,
                    "<p class=\"places{}\">{}</p>",
                    if count == 0 { " full" } else { "" },
                    esc(&text)
                );
            }
            // Where the app's Enrol button is: the same way in, through signing up.
            let full = d.course_places_left == Some(0);
            let _ = write!(
                h,
                "<a class=\"button primary\" href=\"{}\">{}</a>",
                esc(&sign_up_to_book(&here, "course", full)),
                esc(&tr.t(if full {
                    "session-join-waiting-list"
                } else {
                    "session-enrol"
                }))
            );
        }
        (BookingMode::Booking, Format::Ongoing) => {
            let _ = write!(h, "<p>{}</p>", esc(&tr.t("session-book-intro")));
            dates(&mut h, tr, &d.next_dates, Some(&here));
        }
    }
    if d.booking == BookingMode::Booking {
        // Booking is done in the app, signed in: said here, with the ways in.
        let _ = write!(
            h,
            "<div><p class=\"hint\">{}</p><div class=\"actions\"><a class=\"button\" href=\"{}\">{}</a>\
             <a class=\"button\" href=\"{}\">{}</a></div></div>",
            esc(&tr.t("session-account-needed")),
            esc(&format!("/sign-up?next={}", encode_query_value(&here))),
            esc(&tr.t("sign-up-title")),
            esc(&format!("/sign-in?next={}", encode_query_value(&here))),
            esc(&tr.t("nav-sign-in")),
        );
    }
    let _ = write!(
        h,
        "</section><section aria-labelledby=\"about-heading\"><h2 id=\"about-heading\">{}</h2>\
         <p class=\"description\">{}</p>{}<h3>{}</h3><ul class=\"plain\">",
        esc(&tr.t("session-about")),
        localised(&d.description),
        not_translated(tr, d.description.translated),
        esc(&tr.t("session-for-whom")),
    );
    let mut whom = Vec::new();
    if d.for_pregnant {
        whom.push(tr.t("session-for-pregnant"));
    }
    match (d.baby_min_months, d.baby_max_months) {
        (Some(min), Some(max)) => whom.push(tr.t_with(
            "session-for-babies",
            &[("min", FluentValue::from(min)), ("max", FluentValue::from(max))],
        )),
        (None, Some(max)) => {
            whom.push(tr.t_with("session-for-babies-up-to", &[("max", FluentValue::from(max))]))
        }
        (Some(min), None) => {
            whom.push(tr.t_with("session-for-babies-from", &[("min", FluentValue::from(min))]))
        }
        (None, None) => {}
    }
    if whom.is_empty() {
        whom.push(tr.t("session-for-everyone"));
    }
    for line in whom {
        let _ = write!(h, "<li>{}</li>", esc(&line));
    }
    h.push_str("</ul>");
    if let Some(bring) = &d.what_to_bring {
        let _ = write!(
            h,
            "<h3>{}</h3><p>{}</p>{}",
            esc(&tr.t("session-bring")),
            localised(bring),
            not_translated(tr, bring.translated)
        );
    }
    let _ = write!(
        h,
        "</section><section aria-labelledby=\"languages-heading\"><h2 id=\"languages-heading\">{}</h2>{}",
        esc(&tr.t("session-languages")),
        badges(tr, &d.languages, &d.interpreter_languages)
    );
    if !d.interpreter_languages.is_empty() {
        let _ = write!(
            h,
            "<p class=\"hint\">{}</p>",
            esc(&tr.t("session-interpreter-note"))
        );
    }
    let _ = write!(
        h,
        "</section><section aria-labelledby=\"when-heading\"><h2 id=\"when-heading\">{}</h2><p>{}</p>",
        esc(&tr.t("session-when")),
        esc(&schedule)
    );
    if let Some(until) = &d.ends_on {
        let _ = write!(
            h,
            "<p>{}</p>",
            esc(&tr.t_with(
                "session-until",
                &[("date", FluentValue::from(tr.long_date(until)))]
            ))
        );
    }
    if !bookable_dates {
        dates(&mut h, tr, &d.next_dates, None);
    }
    let _ = write!(
        h,
        "<a class=\"button\" href=\"/api/sessions/{}/calendar.ics?ui={}\" download=\"perilink.ics\" rel=\"external\">{}</a></section>",
        esc(&encode_query_value(&d.session_id)),
        tr.language.tag(),
        esc(&tr.t("session-add-to-calendar"))
    );
    let v = &d.venue;
    let _ = write!(
        h,
        "<section aria-labelledby=\"where-heading\"><h2 id=\"where-heading\">{}</h2>\
         <address><strong>{}</strong><br>{}<br>{} <span dir=\"ltr\">{}</span></address><h3>{}</h3><ul class=\"access\">",
        esc(&tr.t("session-where")),
        esc(&v.name),
        esc(&v.address),
        esc(&v.town),
        esc(&v.postcode),
        esc(&tr.t("session-access")),
    );
    for (yes, yes_key, no_key) in [
        (v.step_free, "session-step-free", "session-not-step-free"),
        (v.buggy_space, "session-buggy-space", "session-no-buggy-space"),
        (v.baby_change, "session-baby-change", "session-no-baby-change"),
        (
            v.breastfeeding_welcome,
            "session-breastfeeding-welcome",
            "session-breastfeeding-not-said",
        ),
    ] {
        let _ = write!(
            h,
            "<li class=\"{}\">{}</li>",
            if yes { "yes" } else { "no" },
            esc(&tr.t(if yes { yes_key } else { no_key }))
        );
    }
    h.push_str("</ul>");
    if let Some(buses) = &v.bus_routes {
        let _ = write!(
            h,
            "<h3>{}</h3><p lang=\"en\" dir=\"auto\">{}</p>",
            esc(&tr.t("session-getting-there")),
            esc(buses)
        );
    }
    let _ = write!(
        h,
        "<a class=\"button\" href=\"{}\" rel=\"external noopener\">{}</a></section>",
        esc(&v.openstreetmap_url()),
        esc(&tr.t("session-map"))
    );
    // The app's "something is wrong" button, in its place so nothing moves when the
    // app takes over; it needs the app, so until then it is shown unavailable.
    let _ = write!(
        h,
        "<section class=\"report\" aria-labelledby=\"report-heading\">\
         <h2 id=\"report-heading\" class=\"visually-hidden\">{report}</h2>\
         <button type=\"button\" class=\"button\" disabled>{report}</button>\
         <p role=\"status\" aria-live=\"polite\"></p><p class=\"error\" role=\"alert\"></p></section></article>",
        report = esc(&tr.t("session-report-wrong"))
    );
    h
}

/// Where the app sends her to book when she is signed out: signing up, then back
/// to this session to finish (`book=<occurrence or course>`, `wait=1` when full).
fn sign_up_to_book(here: &str, book: &str, full: bool) -> String {
    let wish = format!(
        "{here}?book={}{}",
        encode_query_value(book),
        if full { "&wait=1" } else { "" }
    );
    format!("/sign-up?next={}", encode_query_value(&wish))
}

/// The next dates; with `book` (the session's address), a way to book each as the
/// app's Book buttons are.
fn dates(h: &mut String, tr: Tr, dates: &[OccurrenceDate], book: Option<&str>) {
    let _ = write!(
        h,
        "<h3>{}</h3><ul class=\"dates\">",
        esc(&tr.t("session-next-dates"))
    );
    for date in dates {
        let status = if date.cancelled {
            Some(tr.t("session-cancelled"))
        } else {
            match date.places_left {
                Some(0) => Some(tr.t("find-full")),
                Some(count) => Some(tr.t_with("find-places-left", &[("count", FluentValue::from(count))])),
                None => None,
            }
        };
        let label = tr.long_date(&date.date);
        let _ = write!(
            h,
            "<li class=\"date{}\" data-occurrence=\"{}\"><span class=\"date-day\">{}</span>{}",
            if date.cancelled { " cancelled" } else { "" },
            esc(&date.occurrence_id),
            esc(&label),
            status
                .map(|s| format!("<span class=\"date-status\">{}</span>", esc(&s)))
                .unwrap_or_default()
        );
        if let Some(here) = book.filter(|_| !date.cancelled) {
            let full = date.places_left == Some(0);
            let _ = write!(
                h,
                "<span class=\"date-mine\"></span><a class=\"button{}\" href=\"{}\">{}<span class=\"visually-hidden\"> {}</span></a>",
                if full { "" } else { " primary" },
                esc(&sign_up_to_book(here, &date.occurrence_id, full)),
                esc(&tr.t(if full {
                    "session-join-waiting-list"
                } else {
                    "session-book"
                })),
                esc(&label)
            );
        }
        h.push_str("</li>");
    }
    h.push_str("</ul>");
}

#[cfg(test)]
mod tests {
    use super::*;
    use axum::http::HeaderValue;
    use perilink_shared::find::DEFAULT_RADIUS;

    fn headers(pairs: &[(header::HeaderName, &'static str)]) -> HeaderMap {
        let mut map = HeaderMap::new();
        for (name, value) in pairs {
            map.append(name.clone(), HeaderValue::from_static(value));
        }
        map
    }

    #[test]
    fn her_language_is_the_asked_then_the_cookie_then_the_browser_then_english() {
        let none: Vec<(String, String)> = Vec::new();
        let asked = vec![("ui".to_owned(), "fa".to_owned())];
        let cookie = headers(&[(header::COOKIE, "a=1; perilink_lang=ar")]);
        assert_eq!(language_of(&asked, &cookie), (Language::Farsi, true));
        assert_eq!(language_of(&none, &cookie), (Language::Arabic, false));
        let browser = headers(&[(header::ACCEPT_LANGUAGE, "de;q=0.9, pl;q=0.8, ur;q=0.95")]);
        assert_eq!(language_of(&none, &browser).0, Language::Urdu);
        let refused = headers(&[(header::ACCEPT_LANGUAGE, "ar;q=0, de")]);
        assert_eq!(language_of(&none, &refused).0, Language::English);
        let unknown = vec![("ui".to_owned(), "xx".to_owned())];
        assert_eq!(
            language_of(&unknown, &HeaderMap::new()),
            (Language::English, false)
        );
    }

    #[test]
    fn the_find_filters_are_read_as_the_app_reads_them() {
        let pairs: Vec<(String, String)> = url::form_urlencoded::parse(
            b"kind=esol&kind=rhyme_time,esol&lang=any&near=+L8+&radius_km=7&free=true&time=evening",
        )
        .into_owned()
        .collect();
        let f = find_filters(&pairs, Language::Arabic);
        assert_eq!(f.kinds, vec![ProgrammeKind::Esol, ProgrammeKind::RhymeTime]);
        assert_eq!(f.language, None);
        assert_eq!(f.near, "L8");
        assert_eq!(f.radius_km, DEFAULT_RADIUS, "7 is not a distance offered");
        let q = f.api_query(Language::Arabic, 1);
        assert_eq!(q.kind.as_deref(), Some("esol,rhyme_time"));
        assert_eq!(q.time.as_deref(), Some("evening"));
        assert_eq!(q.ui.as_deref(), Some("ar"));
        assert_eq!(q.radius_km, Some(5.0));
        // No `lang` in the address: sessions in her interface language.
        let plain = find_filters(&[], Language::Polish);
        assert_eq!(plain.language, Some(Language::Polish));
        assert!(!plain.is_narrowed(Language::Polish));
    }

    #[test]
    fn text_is_escaped_and_dates_use_the_languages_own_words() {
        assert_eq!(esc("<a href=\"x\">&'"), "&lt;a href=&quot;x&quot;&gt;&amp;&#39;");
        let texts = Texts::load(|path| {
            let source = match path {
                "/locales/en/main.ftl" => {
                    "date-weekdays = Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday\n\
                     date-months = January|February|March|April|May|June|July|August|September|October|November|December\n\
                     date-long = { $weekday } { $day } { $month }\nonly-english = Hello\n"
                }
                "/locales/ar/main.ftl" => {
                    "date-weekdays = الاثنين|الثلاثاء|الأربعاء|الخميس|الجمعة|السبت|الأحد\n\
                     date-months = يناير|فبراير|مارس|أبريل|مايو|يونيو|يوليو|أغسطس|سبتمبر|أكتوبر|نوفمبر|ديسمبر\n\
                     date-long = { $weekday } { $day } { $month }\n"
                }
                _ => return None,
            };
            Some(source.to_owned())
        });
        let strip = |s: String| s.replace(['\u{2068}', '\u{2069}'], "");
        let en = texts.in_language(Language::English);
        assert_eq!(strip(en.long_date("2026-11-24")), "Tuesday 24 November");
        assert_eq!(en.time("09:30"), "09:30");
        let ar = texts.in_language(Language::Arabic);
        assert_eq!(strip(ar.long_date("2026-11-24")), "الثلاثاء ٢٤ نوفمبر");
        assert_eq!(
            ar.t("only-english"),
            "Hello",
            "English for what the language lacks"
        );
        assert_eq!(ar.t("no-such-message"), "no-such-message");
        assert_eq!(en.long_date("not a date"), "not a date");
    }

    #[test]
    fn only_the_mothers_first_screens_are_written() {
        assert!(writes("/") && writes("/find") && writes("/sessions/abc"));
        assert!(!writes("/sign-in") && !writes("/sessions/") && !writes("/sessions/a/b"));
        assert_eq!(session_id("/sessions/a%20b").as_deref(), Some("a b"));
        assert_eq!(session_id("/sessions/a+b").as_deref(), Some("a+b"));
    }
}
