//! The interface languages PeriLink speaks, chosen from the languages most spoken in
//! Liverpool and most requested from UK maternity interpreters (see DOMAIN.md), and
//! [`LanguageTag`]: any language a mother speaks or a session is delivered in.

use serde::{Deserialize, Serialize};
use std::fmt;
use std::str::FromStr;

/// Which way a script runs; the app mirrors its layout for right-to-left languages.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Direction {
    /// Left to right.
    Ltr,
    /// Right to left: Arabic, Sorani, Farsi, Urdu.
    Rtl,
}

impl Direction {
    /// The value of the HTML `dir` attribute.
    pub fn as_str(self) -> &'static str {
        match self {
            Direction::Ltr => "ltr",
            Direction::Rtl => "rtl",
        }
    }
}

/// One of the twelve interface languages, named by its BCP 47 tag.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub enum Language {
    English,
    Arabic,
    Polish,
    Portuguese,
    Romanian,
    KurdishSorani,
    Farsi,
    Urdu,
    Bengali,
    Somali,
    Tigrinya,
    ChineseSimplified,
}

impl Language {
    /// Every interface language, English first, then in the order DOMAIN.md lists them.
    pub const ALL: [Language; 12] = [
        Language::English,
        Language::Arabic,
        Language::Polish,
        Language::Portuguese,
        Language::Romanian,
        Language::KurdishSorani,
        Language::Farsi,
        Language::Urdu,
        Language::Bengali,
        Language::Somali,
        Language::Tigrinya,
        Language::ChineseSimplified,
    ];

    /// The BCP 47 tag, which is also the name of the language's folder in `locales/`.
    pub fn tag(self) -> &'static str {
        match self {
            Language::English => "en",
            Language::Arabic => "ar",
            Language::Polish => "pl",
            Language::Portuguese => "pt",
            Language::Romanian => "ro",
            Language::KurdishSorani => "ckb",
            Language::Farsi => "fa",
            Language::Urdu => "ur",
            Language::Bengali => "bn",
            Language::Somali => "so",
            Language::Tigrinya => "ti",
            Language::ChineseSimplified => "zh-Hans",
        }
    }

    /// The language's name for itself, as a language picker shows it. These are
    /// proper names, the same in every interface language, so they live here as data
    /// rather than in each locale.
    pub fn autonym(self) -> &'static str {
        match self {
            Language::English => "English",
            Language::Arabic => "العربية",
            Language::Polish => "Polski",
            Language::Portuguese => "Português",
            Language::Romanian => "Română",
            Language::KurdishSorani => "کوردیی ناوەندی",
            Language::Farsi => "فارسی",
            Language::Urdu => "اردو",
            Language::Bengali => "বাংলা",
            Language::Somali => "Soomaali",
            Language::Tigrinya => "ትግርኛ",
            Language::ChineseSimplified => "简体中文",
        }
    }

    /// The direction the language's script runs.
    pub fn direction(self) -> Direction {
        match self {
            Language::Arabic | Language::KurdishSorani | Language::Farsi | Language::Urdu => Direction::Rtl,
            _ => Direction::Ltr,
        }
    }

    /// The best interface language for a browser's preference list (such as
    /// `navigator.languages`), matching the primary subtag when no exact tag
    /// matches: `ar-EG` picks Arabic, `zh-CN` and `zh` pick Simplified Chinese, but
    /// `zh-Hant` (Traditional) does not.
    pub fn negotiate<'a>(preferred: impl IntoIterator<Item = &'a str>) -> Option<Language> {
        preferred.into_iter().find_map(|wanted| {
            if let Ok(exact) = wanted.parse() {
                return Some(exact);
            }
            let lower = wanted.to_ascii_lowercase();
            let mut parts = lower.split(['-', '_']);
            let primary = parts.next()?;
            if primary == "zh" {
                let rest: Vec<&str> = parts.collect();
                let traditional = rest.iter().any(|p| matches!(*p, "hant" | "tw" | "hk" | "mo"));
                return (!traditional).then_some(Language::ChineseSimplified);
            }
            Language::ALL.into_iter().find(|l| l.tag() == primary)
        })
    }
}

impl fmt::Display for Language {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.tag())
    }
}

/// A tag that is not one of the twelve interface languages.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct UnknownLanguage(pub String);

impl fmt::Display for UnknownLanguage {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "`{}` is not a supported interface language", self.0)
    }
}

impl std::error::Error for UnknownLanguage {}

impl FromStr for Language {
    type Err = UnknownLanguage;

    /// Parses a tag exactly as [`Language::tag`] writes it, ignoring ASCII case.
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Language::ALL
            .into_iter()
            .find(|l| l.tag().eq_ignore_ascii_case(s))
            .ok_or_else(|| UnknownLanguage(s.to_owned()))
    }
}

impl TryFrom<String> for Language {
    type Error = UnknownLanguage;

    fn try_from(value: String) -> Result<Self, Self::Error> {
        value.parse()
    }
}

impl From<Language> for String {
    fn from(value: Language) -> Self {
        value.tag().to_owned()
    }
}

/// A well-formed BCP 47 language tag in its usual case (`ar`, `zh-Hans`, `pt-BR`,
/// `ckb`): any language a mother may speak or a session be delivered in, not only the
/// twelve of the interface. The shape is checked, not a registry: any language may be
/// spoken. The one check of a language tag, wherever one arrives.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct LanguageTag(String);

impl LanguageTag {
    /// The longest tag accepted, in bytes.
    pub const MAX_LEN: usize = 35;

    /// Checks the shape of a tag (surrounding space ignored) and puts its subtags in
    /// their usual case: the language lower case, a four-letter script title case, a
    /// two-letter region upper case, anything else lower case.
    pub fn parse(text: &str) -> Option<LanguageTag> {
        let text = text.trim();
        if text.is_empty() || text.len() > Self::MAX_LEN {
            return None;
        }
        let mut parts = Vec::new();
        for (i, part) in text.split('-').enumerate() {
            if part.is_empty() || part.len() > 8 || !part.bytes().all(|b| b.is_ascii_alphanumeric()) {
                return None;
            }
            let alphabetic = part.bytes().all(|b| b.is_ascii_alphabetic());
            let cased = if i == 0 {
                if part.len() < 2 || !alphabetic {
                    return None;
                }
                part.to_ascii_lowercase()
            } else if part.len() == 4 && alphabetic {
                let lower = part.to_ascii_lowercase();
                lower[..1].to_ascii_uppercase() + &lower[1..]
            } else if part.len() == 2 && alphabetic {
                part.to_ascii_uppercase()
            } else {
                part.to_ascii_lowercase()
            };
            parts.push(cased);
        }
        Some(LanguageTag(parts.join("-")))
    }

    /// The tag, in its usual case.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for LanguageTag {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl AsRef<str> for LanguageTag {
    fn as_ref(&self) -> &str {
        &self.0
    }
}

impl From<Language> for LanguageTag {
    fn from(value: Language) -> Self {
        LanguageTag(value.tag().to_owned())
    }
}

/// Text that is not a well-formed BCP 47 language tag.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NotALanguageTag(pub String);

impl fmt::Display for NotALanguageTag {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "`{}` is not a BCP 47 language tag such as `ar`, `ckb` or `zh-Hans`",
            self.0
        )
    }
}

impl std::error::Error for NotALanguageTag {}

impl FromStr for LanguageTag {
    type Err = NotALanguageTag;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        LanguageTag::parse(s).ok_or_else(|| NotALanguageTag(s.to_owned()))
    }
}

impl TryFrom<&str> for LanguageTag {
    type Error = NotALanguageTag;

    fn try_from(value: &str) -> Result<Self, Self::Error> {
        value.parse()
    }
}

impl TryFrom<String> for LanguageTag {
    type Error = NotALanguageTag;

    fn try_from(value: String) -> Result<Self, Self::Error> {
        value.parse()
    }
}

impl From<LanguageTag> for String {
    fn from(value: LanguageTag) -> Self {
        value.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_tag_parses_back_to_its_language() {
        for lang in Language::ALL {
            assert_eq!(lang.tag().parse::<Language>(), Ok(lang));
        }
    }

    #[test]
    fn sorani_is_ckb_and_never_an_invented_code() {
        assert_eq!(Language::KurdishSorani.tag(), "ckb");
        assert!("ku-so".parse::<Language>().is_err());
    }

    #[test]
    fn arabic_sorani_farsi_and_urdu_run_right_to_left_and_no_others() {
        let rtl: Vec<&str> = Language::ALL
            .into_iter()
            .filter(|l| l.direction() == Direction::Rtl)
            .map(Language::tag)
            .collect();
        assert_eq!(rtl, ["ar", "ckb", "fa", "ur"]);
    }

    #[test]
    fn negotiation_takes_the_first_supported_preference() {
        assert_eq!(
            Language::negotiate(["de-DE", "pl-PL", "en"]),
            Some(Language::Polish)
        );
        assert_eq!(Language::negotiate(["ar-EG"]), Some(Language::Arabic));
        assert_eq!(Language::negotiate(["zh-CN"]), Some(Language::ChineseSimplified));
        assert_eq!(
            Language::negotiate(["zh-Hans-CN"]),
            Some(Language::ChineseSimplified)
        );
        assert_eq!(Language::negotiate(["zh-TW", "ro"]), Some(Language::Romanian));
        assert_eq!(Language::negotiate(["de", "fr"]), None);
    }

    #[test]
    fn languages_serialise_as_their_tags() {
        let json = serde_json::to_string(&Language::ChineseSimplified).unwrap();
        assert_eq!(json, "\"zh-Hans\"");
        let back: Language = serde_json::from_str("\"ckb\"").unwrap();
        assert_eq!(back, Language::KurdishSorani);
        assert!(serde_json::from_str::<Language>("\"xx\"").is_err());
    }

    #[test]
    fn language_tags_are_put_in_their_usual_case() {
        let tag = |text: &str| LanguageTag::parse(text).map(String::from);
        assert_eq!(tag("ar").as_deref(), Some("ar"));
        assert_eq!(tag("CKB").as_deref(), Some("ckb"));
        assert_eq!(tag("zh-hans").as_deref(), Some("zh-Hans"));
        assert_eq!(tag("ZH-HANT-tw").as_deref(), Some("zh-Hant-TW"));
        assert_eq!(tag("pt-br").as_deref(), Some("pt-BR"));
        assert_eq!(tag("es-419").as_deref(), Some("es-419"));
        assert_eq!(tag("  so ").as_deref(), Some("so"));
        assert_eq!(tag("sl-ROZAJ").as_deref(), Some("sl-rozaj"));
    }

    #[test]
    fn malformed_language_tags_are_refused() {
        let long = format!("en-{}", ["abcdefgh"; 4].join("-"));
        assert!(long.len() > LanguageTag::MAX_LEN);
        for bad in [
            "",
            " ",
            "a",
            "12",
            "1ar",
            "en--GB",
            "-en",
            "en-",
            "en GB",
            "en_GB",
            "en-GB!",
            "ar-abcdefghi",
            "x-klingon",
            "../etc",
            "ar.json",
            "عربي",
            &long,
        ] {
            assert_eq!(LanguageTag::parse(bad), None, "{bad:?} was accepted");
        }
        let longest = format!("en-{}-abcde", ["abcdefgh"; 3].join("-"));
        assert_eq!(longest.len(), LanguageTag::MAX_LEN);
        assert!(LanguageTag::parse(&longest).is_some());
    }

    #[test]
    fn a_refused_tag_says_what_a_tag_looks_like() {
        let refused = LanguageTag::try_from("en GB").unwrap_err();
        assert_eq!(
            refused.to_string(),
            "`en GB` is not a BCP 47 language tag such as `ar`, `ckb` or `zh-Hans`"
        );
    }

    #[test]
    fn every_interface_language_is_a_language_tag_as_written() {
        for lang in Language::ALL {
            assert_eq!(LanguageTag::parse(lang.tag()), Some(LanguageTag::from(lang)));
            assert_eq!(LanguageTag::from(lang).as_str(), lang.tag());
        }
    }

    #[test]
    fn language_tags_travel_as_strings_and_are_checked_on_arrival() {
        let tag = LanguageTag::parse("pt-BR").unwrap();
        assert_eq!(tag.to_string(), "pt-BR");
        let json = serde_json::to_string(&tag).unwrap();
        assert_eq!(json, "\"pt-BR\"");
        assert_eq!(serde_json::from_str::<LanguageTag>(&json).unwrap(), tag);
        let cased: LanguageTag = serde_json::from_str("\"zh-hans\"").unwrap();
        assert_eq!(cased.as_str(), "zh-Hans");
        assert!(serde_json::from_str::<LanguageTag>("\"en GB\"").is_err());
        assert!(serde_json::from_str::<LanguageTag>("\"\"").is_err());
    }
}
