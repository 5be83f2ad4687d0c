//! The words of the messages PeriLink sends by text or email (the outbox's
//! templates), in each of the 12 languages: `locales/<tag>/messages.ftl`, built into
//! the server so that a message never depends on where the app's files are.
//! English stands in for a language, or a message, a locale lacks.
//!
//! A message names no programme, session kind or health detail in any language
//! (someone else may read her phone), and a text message with its link or code
//! fits two SMS segments: both are tested below over every template and language.

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource};
use perilink_shared::language::Language;
use std::sync::OnceLock;

/// Each language's messages, as written in `locales/`.
const SOURCES: [(&str, &str); 12] = [
    ("en", include_str!("../../../locales/en/messages.ftl")),
    ("ar", include_str!("../../../locales/ar/messages.ftl")),
    ("pl", include_str!("../../../locales/pl/messages.ftl")),
    ("pt", include_str!("../../../locales/pt/messages.ftl")),
    ("ro", include_str!("../../../locales/ro/messages.ftl")),
    ("ckb", include_str!("../../../locales/ckb/messages.ftl")),
    ("fa", include_str!("../../../locales/fa/messages.ftl")),
    ("ur", include_str!("../../../locales/ur/messages.ftl")),
    ("bn", include_str!("../../../locales/bn/messages.ftl")),
    ("so", include_str!("../../../locales/so/messages.ftl")),
    ("ti", include_str!("../../../locales/ti/messages.ftl")),
    ("zh-Hans", include_str!("../../../locales/zh-Hans/messages.ftl")),
];

type Bundle = FluentBundle<FluentResource>;

/// Each language's bundle. A locale file that does not load (every one is tested
/// to) is logged and left out, so its messages fall back to English rather than
/// stopping the outbox worker.
fn bundles() -> &'static [(&'static str, Bundle)] {
    static BUNDLES: OnceLock<Vec<(&'static str, Bundle)>> = OnceLock::new();
    BUNDLES.get_or_init(|| {
        SOURCES
            .iter()
            .filter_map(|(tag, source)| {
                let resource = FluentResource::try_new((*source).to_owned())
                    .map_err(|(_, errors)| {
                        tracing::error!(language = tag, ?errors, "messages.ftl does not parse")
                    })
                    .ok()?;
                let mut bundle = Bundle::new_concurrent(vec![tag.parse().unwrap_or_default()]);
                // No isolation marks: they cost SMS characters and force UCS-2.
                bundle.set_use_isolating(false);
                bundle
                    .add_resource(resource)
                    .map_err(|errors| tracing::error!(language = tag, ?errors, "messages.ftl does not load"))
                    .ok()?;
                Some((*tag, bundle))
            })
            .collect()
    })
}

fn bundle(tag: &str) -> Option<&'static Bundle> {
    bundles().iter().find(|(t, _)| *t == tag).map(|(_, b)| b)
}

/// The first of `keys` that her language has, else that English has, formatted;
/// the last key's name if none has any (as the app shows a missing message).
fn format(language: &str, keys: &[&str], args: Option<&FluentArgs>) -> String {
    let found = keys.iter().find_map(|key| {
        [bundle(language), bundle("en")]
            .into_iter()
            .flatten()
            .find_map(|b| {
                b.get_message(key)
                    .and_then(|m| m.value())
                    .map(|pattern| (b, pattern))
            })
    });
    let Some((bundle, pattern)) = found else {
        tracing::error!(language, ?keys, "no words for a message");
        return keys.last().copied().unwrap_or_default().to_owned();
    };
    let mut errors = Vec::new();
    let text = bundle.format_pattern(pattern, args, &mut errors);
    if !errors.is_empty() {
        tracing::warn!(language, ?keys, ?errors, "a message formatted with errors");
    }
    text.into_owned()
}

/// The Fluent message for an outbox template: `password_reset` is
/// `msg-password-reset`; a template without words of its own says there is news.
fn key(template: &str) -> String {
    format!("msg-{}", template.replace('_', "-"))
}

/// `code` in the digits she reads: those the language's own rules (CLDR, as the
/// browser's `Intl` uses) number with. The app accepts any of them typed back.
fn in_her_digits(language: &str, code: &str) -> String {
    let zero = match language {
        "ar" | "ckb" => '\u{0660}',
        "fa" => '\u{06F0}',
        "bn" => '\u{09E6}',
        _ => return code.to_owned(),
    };
    code.chars()
        .map(|c| match c.to_digit(10) {
            Some(d) => char::from_u32(zero as u32 + d).unwrap_or(c),
            None => c,
        })
        .collect()
}

/// The text of `template` in `language` (a tag such as `ar` or `zh-Hans`), with
/// what it carries: a link or code, or named values as a JSON object (a
/// reminder's `time` and `place`).
pub fn render(template: &str, language: &str, payload: Option<&str>) -> String {
    let payload = payload.unwrap_or_default();
    let mut args = FluentArgs::new();
    match serde_json::from_str::<serde_json::Map<String, serde_json::Value>>(payload) {
        Ok(values) => {
            for (name, value) in values {
                let text = value.as_str().unwrap_or_default();
                // A time is read in her digits, as a code is; a place as written.
                let text = if name == "time" {
                    in_her_digits(language, text)
                } else {
                    text.to_owned()
                };
                args.set(name, text);
            }
        }
        Err(_) => {
            args.set("link", payload.to_owned());
            args.set("code", in_her_digits(language, payload));
        }
    }
    format(language, &[&key(template), "msg-news"], Some(&args))
}

/// The subject of an email in `language`.
pub fn subject(language: &str) -> String {
    format(language, &["msg-email-subject"], None)
}

/// Whether `language` is written right to left.
pub fn is_right_to_left(language: &str) -> bool {
    language
        .parse::<Language>()
        .is_ok_and(|l| l.direction() == perilink_shared::language::Direction::Rtl)
}

/// Every language a message may be written in.
pub fn languages() -> impl Iterator<Item = &'static str> {
    Language::ALL.into_iter().map(Language::tag)
}

/// How many SMS segments `text` takes: GSM 03.38's 7-bit alphabet (its extension
/// characters counting two) at 160 characters, 153 a segment when joined; anything
/// else as UCS-2 at 70 UTF-16 units, 67 when joined.
pub fn sms_segments(text: &str) -> usize {
    const BASIC: &str = "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?\
                         ¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà";
    const EXTENSION: &str = "^{}\\[~]|€\u{000C}";
    let gsm: Option<usize> = text
        .chars()
        .map(|c| {
            if BASIC.contains(c) {
                Some(1)
            } else if EXTENSION.contains(c) {
                Some(2)
            } else {
                None
            }
        })
        .sum();
    let (length, single, joined) = match gsm {
        Some(septets) => (septets, 160, 153),
        None => (text.encode_utf16().count(), 70, 67),
    };
    if length <= single {
        1
    } else {
        length.div_ceil(joined)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every template the server queues.
    const TEMPLATES: [&str; 12] = [
        "invitation",
        "account_exists",
        "account_setup",
        "password_reset",
        "login_code",
        "waiting_list_promoted",
        "referral_accepted",
        "referral_booked",
        "screening_due",
        "session_reminder",
        "referral_declined",
        "session_date_cancelled",
    ];

    /// What a link looks like from a real deployment: its address, the path, and
    /// a 256-bit token.
    fn link(path: &str) -> String {
        format!("https://perilink.nhs.uk/{path}?token={}", "A".repeat(43))
    }

    fn payload(template: &str) -> Option<String> {
        match template {
            "invitation" => Some(link("accept-invitation")),
            "account_setup" => Some(link("set-up")),
            "password_reset" => Some(link("reset-password")),
            "login_code" => Some("381920".to_owned()),
            // A long venue name, for the segment count.
            "session_reminder" => {
                Some(r#"{"time":"10:30","place":"Toxteth Library and Community Centre"}"#.to_owned())
            }
            _ => None,
        }
    }

    #[test]
    fn every_template_is_written_in_every_language() {
        for language in languages() {
            let own = bundle(language).unwrap_or_else(|| panic!("{language} has messages"));
            for template in TEMPLATES.iter().filter(|t| **t != "referral_declined") {
                assert!(
                    own.has_message(&key(template)),
                    "{language} lacks {}",
                    key(template)
                );
                let text = render(template, language, payload(template).as_deref());
                assert!(text.contains("PeriLink"), "{language} {template}: {text}");
                assert!(
                    !text.contains('{') && !text.contains('\u{2068}'),
                    "{language} {template}: {text}"
                );
                if let Some(p) = payload(template).filter(|p| p.starts_with("https://")) {
                    assert!(
                        text.contains(&p),
                        "{language} {template} carries its link: {text}"
                    );
                }
            }
        }
    }

    #[test]
    fn every_email_has_a_subject_in_her_language() {
        for language in languages() {
            assert!(
                bundle(language).unwrap().has_message("msg-email-subject"),
                "{language}"
            );
            assert!(subject(language).contains("PeriLink"), "{language}");
        }
        assert_ne!(subject("ar"), subject("en"));
    }

    #[test]
    fn a_message_falls_back_to_news_and_to_english() {
        assert_eq!(
            render("referral_declined", "pl", None),
            render("news", "pl", None)
        );
        assert_eq!(
            render("login_code", "xx", Some("123456")),
            render("login_code", "en", Some("123456"))
        );
        assert!(render("login_code", "en", Some("123456")).contains("123456"));
    }

    #[test]
    fn a_reminder_says_the_time_in_her_digits_and_the_place_as_written() {
        let payload = r#"{"time":"10:30","place":"Toxteth Library"}"#;
        let english = render("session_reminder", "en", Some(payload));
        assert!(
            english.contains("10:30") && english.contains("Toxteth Library"),
            "{english}"
        );
        let arabic = render("session_reminder", "ar", Some(payload));
        assert!(
            arabic.contains("١٠:٣٠") && arabic.contains("Toxteth Library"),
            "{arabic}"
        );
        let somali = render("session_reminder", "so", Some(payload));
        assert!(
            somali.contains("10:30") && somali.contains("Toxteth Library"),
            "{somali}"
        );
    }

    #[test]
    fn every_reminder_asks_for_a_reply_of_2_in_her_digits() {
        let payload = r#"{"time":"10:30","place":"Toxteth Library"}"#;
        for language in languages() {
            let text = render("session_reminder", language, Some(payload));
            let two = in_her_digits(language, "2");
            assert!(text.contains(&two), "{language} asks for {two}: {text}");
            assert!(
                crate::service::replies::says_no(&two, language),
                "{language}: a reply of {two} is read as cannot come"
            );
        }
        assert!(render("session_reminder", "en", Some(payload)).contains("Reply 2 if you cannot come"));
    }

    #[test]
    fn codes_are_in_the_digits_her_language_reads() {
        assert!(render("login_code", "ar", Some("381920")).contains("٣٨١٩٢٠"));
        assert!(render("login_code", "fa", Some("381920")).contains("۳۸۱۹۲۰"));
        assert!(render("login_code", "bn", Some("381920")).contains("৩৮১৯২০"));
        for latin in ["en", "pl", "ur", "so", "zh-Hans"] {
            assert!(
                render("login_code", latin, Some("381920")).contains("381920"),
                "{latin}"
            );
        }
        // A link is never changed.
        let link = link("set-up");
        assert!(render("account_setup", "ar", Some(&link)).contains(&link));
    }

    /// Words that would tell someone reading her phone what the message is about,
    /// per language (lower case), besides the English ones checked in every language.
    fn telling_words(language: &str) -> &'static [&'static str] {
        match language {
            "ar" => &["اكتئاب", "نفسي", "صحة", "مزاج", "قلق", "حمل", "قابلة", "ولادة"],
            "pl" => &[
                "depres", "psych", "zdrow", "nastr", "lęk", "ciąż", "położ", "porod",
            ],
            "pt" => &[
                "depress", "mental", "saúde", "humor", "ansied", "gravid", "parteira", "parto",
            ],
            "ro" => &[
                "depres", "mental", "sănăt", "dispozi", "anxiet", "sarcin", "moaș", "naște",
            ],
            "ckb" => &["دەروون", "تەندروست", "خەمۆک", "دووگیان", "مامان"],
            "fa" => &["افسرد", "روان", "سلامت", "اضطراب", "بارداری", "ماما", "زایمان"],
            "ur" => &["ڈپریشن", "ذہنی", "صحت", "پریشانی", "حمل", "دائی", "زچگی"],
            "bn" => &["বিষণ্ণ", "মানসিক", "স্বাস্থ্য", "উদ্বেগ", "গর্ভ", "ধাত্রী", "প্রসব"],
            "so" => &[
                "niyad",
                "maskax",
                "caafimaad",
                "walwal",
                "uur",
                "umuliso",
                "dhalmo",
            ],
            "ti" => &["ጭንቀት", "ኣእምሮ", "ጥዕና", "ጥንሲ", "መሕረሲት", "ሕርሲ"],
            "zh-Hans" => &["抑郁", "心理", "健康", "情绪", "焦虑", "怀孕", "助产", "分娩"],
            _ => &[],
        }
    }

    #[test]
    fn no_message_tells_what_it_is_about_in_any_language() {
        let english = [
            "depress",
            "mental",
            "mood",
            "anxi",
            "score",
            "epds",
            "phq",
            "gad",
            "whooley",
            "screen",
            "harm",
            "suicid",
            "postnatal",
            "wellbeing",
            "health",
            "midwife",
            "pregnan",
            "baby",
            "rhyme",
            "singing",
            "breastfeed",
            "esol",
            "referr",
        ];
        for language in languages() {
            for template in TEMPLATES {
                let text = render(template, language, payload(template).as_deref()).to_lowercase();
                // English stems begin a word ("maalmood", Somali for days, is fine).
                let words: Vec<&str> = text.split(|c: char| !c.is_alphanumeric()).collect();
                for stem in english {
                    assert!(
                        !words.iter().any(|w| w.starts_with(stem)),
                        "`{stem}` in {language} {template}: {text}"
                    );
                }
                for word in telling_words(language) {
                    assert!(!text.contains(word), "`{word}` in {language} {template}: {text}");
                }
            }
        }
    }

    #[test]
    fn segments_are_counted_as_phones_count_them() {
        assert_eq!(sms_segments(&"a".repeat(160)), 1);
        assert_eq!(sms_segments(&"a".repeat(161)), 2);
        assert_eq!(sms_segments(&"a".repeat(306)), 2);
        assert_eq!(sms_segments(&"a".repeat(307)), 3);
        // An extension character counts two.
        assert_eq!(sms_segments(&format!("{}€", "a".repeat(159))), 2);
        // One character outside GSM 7-bit makes the whole text UCS-2.
        assert_eq!(sms_segments(&"ą".repeat(70)), 1);
        assert_eq!(sms_segments(&"ą".repeat(71)), 2);
        assert_eq!(sms_segments(&"ą".repeat(134)), 2);
        assert_eq!(sms_segments(&"ą".repeat(135)), 3);
        // Outside the basic plane, a character is two UTF-16 units.
        assert_eq!(sms_segments(&"😀".repeat(35)), 1);
        assert_eq!(sms_segments(&"😀".repeat(36)), 2);
    }

    #[test]
    fn every_text_message_fits_two_segments_in_every_language() {
        // Invitations go to staff by email only.
        for language in languages() {
            for template in TEMPLATES.iter().filter(|t| **t != "invitation") {
                let text = render(template, language, payload(template).as_deref());
                let segments = sms_segments(&text);
                assert!(
                    segments <= 2,
                    "{language} {template} takes {segments} segments ({} UTF-16 units): {text}",
                    text.encode_utf16().count()
                );
            }
        }
    }
}
