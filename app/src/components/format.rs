//! Dates, times and amounts as the interface language writes them, and the locale
//! keys that name kinds of session and parts of the day.
//!
//! Dates and times go through the browser's own `Intl` (no tables shipped in the
//! wasm): the API's dates are London calendar dates and `HH:MM` London times, so
//! they are formatted as UTC instants, which never shifts them by the phone's zone.
//! Times are on the 24-hour clock in every language (no Latin "AM" in Bengali).
//! Where the browser cannot write a language's dates (Chromium has no Kurdish
//! Sorani, Somali or Tigrinya, and would write English), the day and month names
//! come from that language's own text (`date-weekdays`, `date-months`, `date-long`).

use crate::i18n::I18n;
use fluent_bundle::FluentValue;
use perilink_shared::calendar::days_from_civil;
use perilink_shared::directory::{ProgrammeKind, TimeOfDay};
use perilink_shared::language::Language;
use wasm_bindgen::JsValue;

/// The locale `Intl` formats with: British English for English.
fn locale(language: Language) -> &'static str {
    match language {
        Language::English => "en-GB",
        other => other.tag(),
    }
}

/// Whether the browser's `Intl` writes dates in `language` itself, rather than
/// falling back to its default.
fn intl_speaks(language: Language) -> bool {
    let asked = js_sys::Array::of1(&JsValue::from_str(locale(language)));
    js_sys::Intl::DateTimeFormat::supported_locales_of(&asked, &js_sys::Object::new()).length() > 0
}

/// Name `n` (from 1) of the `|`-separated list `key` in the interface language.
fn own_name(i18n: I18n, key: &str, n: u32) -> String {
    i18n.t(key)
        .split('|')
        .nth(n.saturating_sub(1) as usize)
        .unwrap_or_default()
        .trim()
        .to_owned()
}

/// The ISO weekday (1 is Monday) of a date.
fn iso_weekday((year, month, day): (i32, u32, u32)) -> u32 {
    // 1 January 1970 was a Thursday (ISO 4).
    ((days_from_civil(year, month, day) + 3).rem_euclid(7) + 1) as u32
}

/// The text provider, when there is one to ask (inside the app).
fn text() -> Option<I18n> {
    leptos::prelude::use_context::<I18n>()
}

/// `YYYY-MM-DD` as (year, month, day).
fn parse_date(date: &str) -> Option<(i32, u32, u32)> {
    let mut parts = date.splitn(3, '-');
    let year = parts.next()?.parse().ok()?;
    let month = parts.next()?.parse().ok().filter(|m| (1..=12).contains(m))?;
    let day = parts.next()?.parse().ok().filter(|d| (1..=31).contains(d))?;
    Some((year, month, day))
}

/// `HH:MM` as minutes after midnight.
fn parse_time(time: &str) -> Option<u32> {
    let (hours, minutes) = time.split_once(':')?;
    let (hours, minutes): (u32, u32) = (hours.parse().ok()?, minutes.parse().ok()?);
    (hours < 24 && minutes < 60).then_some(hours * 60 + minutes)
}

/// A date and time as a JavaScript date at that UTC instant.
fn instant(date: (i32, u32, u32), minutes: u32) -> js_sys::Date {
    let (year, month, day) = date;
    let ms = days_from_civil(year, month, day) as f64 * 86_400_000.0 + f64::from(minutes) * 60_000.0;
    js_sys::Date::new(&JsValue::from_f64(ms))
}

/// Intl options, always in UTC (see the module's notes).
fn options(pairs: &[(&str, &str)]) -> JsValue {
    let object = js_sys::Object::new();
    for (key, value) in pairs.iter().chain(&[("timeZone", "UTC")]) {
        let _ = js_sys::Reflect::set(&object, &JsValue::from_str(key), &JsValue::from_str(value));
    }
    object.into()
}

/// A month and year, "February 2027" in English, in the language's own words and
/// order elsewhere (from `YYYY-MM-DD`); anything unparsable is shown as it came.
pub fn month_year(date: &str, language: Language) -> String {
    let Some(parsed) = parse_date(date) else {
        return date.to_owned();
    };
    if !intl_speaks(language)
        && let Some(i18n) = text()
    {
        return format!("{} {}", own_name(i18n, "date-months", parsed.1), parsed.0);
    }
    instant(parsed, 0)
        .to_locale_date_string(
            locale(language),
            &options(&[("month", "long"), ("year", "numeric")]),
        )
        .into()
}

/// A day as people say it: "Tuesday 25 November" in English, in the language's own
/// words and order elsewhere. Anything unparsable is shown as it came.
pub fn long_date(date: &str, language: Language) -> String {
    let Some(parsed) = parse_date(date) else {
        return date.to_owned();
    };
    if !intl_speaks(language)
        && let Some(i18n) = text()
    {
        let day: String = instant(parsed, 0)
            .to_locale_date_string(locale(language), &options(&[("day", "numeric")]))
            .into();
        return i18n.t_with(
            "date-long",
            &[
                (
                    "weekday",
                    FluentValue::from(own_name(i18n, "date-weekdays", iso_weekday(parsed))),
                ),
                ("day", FluentValue::from(day)),
                (
                    "month",
                    FluentValue::from(own_name(i18n, "date-months", parsed.1)),
                ),
            ],
        );
    }
    instant(parsed, 0)
        .to_locale_date_string(
            locale(language),
            &options(&[("weekday", "long"), ("day", "numeric"), ("month", "long")]),
        )
        .into()
}

/// A time of day from `HH:MM`: "10:30" in English, the language's own way elsewhere.
pub fn time(time: &str, language: Language) -> String {
    match parse_time(time) {
        Some(minutes) => instant((2001, 1, 1), minutes)
            .to_locale_time_string_with_options(
                locale(language),
                &options(&[("hour", "numeric"), ("minute", "2-digit"), ("hourCycle", "h23")]),
            )
            .into(),
        None => time.to_owned(),
    }
}

/// The name of an ISO weekday (1 is Monday): "Tuesday".
pub fn weekday(weekday: u8, language: Language) -> String {
    // 1 January 2001 was a Monday.
    let day = u32::from(weekday.clamp(1, 7));
    if !intl_speaks(language)
        && let Some(i18n) = text()
    {
        return own_name(i18n, "date-weekdays", day);
    }
    instant((2001, 1, day), 0)
        .to_locale_date_string(locale(language), &options(&[("weekday", "long")]))
        .into()
}

/// "Free", or the price in pounds (message `find-price`).
pub fn price(i18n: I18n, pence: u32) -> String {
    if pence == 0 {
        i18n.t("find-free")
    } else {
        let pounds = format!("{}.{:02}", pence / 100, pence % 100);
        i18n.t_with("find-price", &[("price", FluentValue::from(pounds))])
    }
}

/// A date and the times it starts and ends (message `find-when`).
pub fn when(i18n: I18n, date: &str, start: &str, end: &str) -> String {
    let language = i18n.language();
    i18n.t_with(
        "find-when",
        &[
            ("date", FluentValue::from(long_date(date, language))),
            ("start", FluentValue::from(time(start, language))),
            ("end", FluentValue::from(time(end, language))),
        ],
    )
}

/// A distance for the message `find-distance`, to a tenth of a kilometre. Integer
/// arithmetic, which keeps float formatting out of the wasm.
pub fn kilometres(km: f64) -> String {
    let tenths = (km.max(0.0) * 10.0).round() as u64;
    format!("{}.{}", tenths / 10, tenths % 10)
}

/// The locale key naming a kind of session.
pub fn kind_key(kind: ProgrammeKind) -> &'static str {
    match kind {
        ProgrammeKind::Esol => "kind-esol",
        ProgrammeKind::RhymeTime => "kind-rhyme-time",
        ProgrammeKind::Singing => "kind-singing",
        ProgrammeKind::BreastfeedingSupport => "kind-breastfeeding-support",
        ProgrammeKind::Advice => "kind-advice",
        ProgrammeKind::Other => "kind-other",
    }
}

/// The locale key naming a part of the day.
pub fn time_of_day_key(time: TimeOfDay) -> &'static str {
    match time {
        TimeOfDay::Morning => "find-time-morning",
        TimeOfDay::Afternoon => "find-time-afternoon",
        TimeOfDay::Evening => "find-time-evening",
    }
}

/// A one-time code from what she typed: spaces dropped, any script's digits made
/// ASCII.
pub fn code_digits(input: &str) -> String {
    ascii_digits(input)
        .chars()
        .filter(|c| !c.is_whitespace())
        .collect()
}

/// Digits as a phone keyboard in Arabic, Farsi, Urdu or Bengali may type them
/// (`٠٧٧٠٠`), as ASCII digits; everything else unchanged.
pub fn ascii_digits(input: &str) -> String {
    input
        .chars()
        .map(|c| {
            let zero = match c {
                '\u{0660}'..='\u{0669}' => 0x0660,
                '\u{06F0}'..='\u{06F9}' => 0x06F0,
                '\u{09E6}'..='\u{09EF}' => 0x09E6,
                _ => return c,
            };
            char::from_digit(c as u32 - zero, 10).unwrap_or(c)
        })
        .collect()
}

/// A moment (RFC 3339) in London, with `Intl` options `pairs`.
fn london(rfc3339: &str, language: Language, pairs: &[(&str, &str)]) -> String {
    let date = js_sys::Date::new(&JsValue::from_str(rfc3339));
    if date.get_time().is_nan() {
        return rfc3339.to_owned();
    }
    let options = js_sys::Object::new();
    for (key, value) in pairs.iter().chain(&[("timeZone", "Europe/London")]) {
        let _ = js_sys::Reflect::set(&options, &JsValue::from_str(key), &JsValue::from_str(value));
    }
    date.to_locale_string(locale(language), &options).into()
}

/// A moment (RFC 3339) as a short date and time in London: "3 Mar, 14:05".
pub fn moment(rfc3339: &str, language: Language) -> String {
    if let Some((_, month, day, clock)) = own_words(language).then(|| london_parts(rfc3339)).flatten()
        && let Some(i18n) = text()
    {
        return format!("{day} {}, {clock}", own_name(i18n, "date-months", month));
    }
    london(
        rfc3339,
        language,
        &[
            ("day", "numeric"),
            ("month", "short"),
            ("hour", "2-digit"),
            ("minute", "2-digit"),
            ("hourCycle", "h23"),
        ],
    )
}

/// The day of a moment (RFC 3339) in London: "3 Mar 2026".
pub fn day(rfc3339: &str, language: Language) -> String {
    if let Some((year, month, day, _)) = own_words(language).then(|| london_parts(rfc3339)).flatten()
        && let Some(i18n) = text()
    {
        return format!("{day} {} {year}", own_name(i18n, "date-months", month));
    }
    london(
        rfc3339,
        language,
        &[("day", "numeric"), ("month", "short"), ("year", "numeric")],
    )
}

/// The short name of the weekday of a day counted from 1 January 1970: "Mon".
pub fn short_weekday(days: i64, language: Language) -> String {
    // 1 January 1970 was a Thursday (ISO 4).
    let iso = (days + 3).rem_euclid(7) as u32 + 1;
    if own_words(language)
        && let Some(i18n) = text()
    {
        return own_name(i18n, "date-weekdays", iso);
    }
    js_sys::Date::new(&JsValue::from_f64(days as f64 * 86_400_000.0))
        .to_locale_date_string(locale(language), &options(&[("weekday", "short")]))
        .into()
}

/// Whether the day and month names must come from the language's own text.
fn own_words(language: Language) -> bool {
    !intl_speaks(language)
}

/// A moment (RFC 3339) in London as its year, month, day and "14:05".
fn london_parts(rfc3339: &str) -> Option<(i32, u32, u32, String)> {
    // British English writes "03/12/2026, 14:05" in every browser.
    let written = london(
        rfc3339,
        Language::English,
        &[
            ("day", "2-digit"),
            ("month", "2-digit"),
            ("year", "numeric"),
            ("hour", "2-digit"),
            ("minute", "2-digit"),
            ("hourCycle", "h23"),
        ],
    );
    let (date, clock) = written.split_once(", ")?;
    let mut parts = date.split('/');
    let day = parts.next()?.parse().ok()?;
    let month = parts.next()?.parse().ok().filter(|m| (1..=12).contains(m))?;
    let year = parts.next()?.parse().ok()?;
    Some((year, month, day, clock.to_owned()))
}
