//! The interface languages PeriLink speaks, chosen from the languages most spoken in
//! Liverpool and most requested from UK maternity interpreters (see DOMAIN.md).

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
}
