//! One piece of a service at a time: who it is for, what it costs, its terms, its
//! venue and its languages.

use super::derived_id;
use super::taxonomy::{ELIGIBILITY, PREGNANT, PROGRAMME_KINDS, WITH_BABY, taxonomy_term};
use super::types::{Accessibility, Address, Attribute, CostOption, Language, Location};
use crate::directory::feed::{Offer, access};
use std::collections::{BTreeMap, HashSet};

/// A venue, as the feed reads it from the snapshot.
pub(super) struct Venue<'a> {
    pub id: &'a str,
    pub name: &'a str,
    pub address: &'a str,
    pub town: &'a str,
    pub postcode: &'a str,
    pub lat: f64,
    pub lon: f64,
    /// Empty when none are given.
    pub bus_routes: &'a str,
    pub access: u8,
}

/// The languages of one session.
#[derive(Clone, Copy)]
pub(super) struct Spoken<'a> {
    /// Space-separated BCP 47 tags it is delivered in.
    pub languages: &'a str,
    pub interpreter: bool,
    /// Those an interpreter or bilingual facilitator covers.
    pub interpreter_languages: &'a str,
}

pub(super) fn organisation_kind(kind: &str) -> &'static str {
    match kind {
        "nhs_trust" => "An NHS trust.",
        "library_service" => "A library service.",
        "charity" => "A charity.",
        "council" => "A council.",
        _ => "An organisation.",
    }
}

/// Who a programme is for, in words.
pub(super) fn eligibility(p: &Offer) -> Option<String> {
    let baby = match p.baby_months {
        (Some(lo), Some(hi)) => Some(format!("a baby aged {lo} to {hi} months")),
        (Some(lo), None) => Some(format!("a baby aged {lo} months or more")),
        (None, Some(hi)) => Some(format!("a baby aged up to {hi} months")),
        (None, None) => None,
    };
    match (p.for_pregnant, baby) {
        (true, Some(baby)) => Some(format!("For women who are pregnant, and mothers with {baby}.")),
        (false, Some(baby)) => Some(format!("For mothers with {baby}.")),
        (true, None) => Some("For women who are pregnant.".into()),
        (false, None) => None,
    }
}

/// The baby's age range, as an attribute's value.
fn baby_months(p: &Offer) -> Option<String> {
    match p.baby_months {
        (Some(lo), Some(hi)) => Some(format!("{lo}-{hi} months")),
        (Some(lo), None) => Some(format!("{lo}+ months")),
        (None, Some(hi)) => Some(format!("0-{hi} months")),
        (None, None) => None,
    }
}

pub(super) fn attributes(id: &str, p: &Offer) -> Vec<Attribute> {
    let mut links = vec![(
        "service_type",
        taxonomy_term(PROGRAMME_KINDS, p.kind.as_str()),
        None,
    )];
    if p.for_pregnant {
        links.push(("eligibility", taxonomy_term(ELIGIBILITY, PREGNANT), None));
    }
    if let Some(months) = baby_months(p) {
        links.push(("eligibility", taxonomy_term(ELIGIBILITY, WITH_BABY), Some(months)));
    }
    links
        .into_iter()
        .map(|(link_type, term, value)| Attribute {
            id: derived_id("attribute", &[id, &term.id]),
            link_id: id.to_owned(),
            link_type: link_type.into(),
            taxonomy_term_id: term.id.clone(),
            value,
            taxonomy_term: term,
        })
        .collect()
}

pub(super) fn cost_option(id: &str, p: &Offer) -> CostOption {
    let pence = p.cost_pence;
    let (option, description) = if pence == 0 {
        ("Free".to_owned(), "Free".to_owned())
    } else {
        (
            "Per session".to_owned(),
            format!("£{}.{:02} per session", pence / 100, pence % 100),
        )
    };
    CostOption {
        id: derived_id("cost_option", &[id]),
        service_id: id.to_owned(),
        option,
        amount: f64::from(pence) / 100.0,
        amount_description: description,
    }
}

pub(super) fn location(v: &Venue<'_>) -> Location {
    let offers = [
        (access::STEP_FREE, "step_free", "Step-free access"),
        (
            access::BUGGY_SPACE,
            "buggy_space",
            "Space for buggies and pushchairs",
        ),
        (access::BABY_CHANGE, "baby_change", "Baby changing facilities"),
        (
            access::BREASTFEEDING_WELCOME,
            "breastfeeding_welcome",
            "Breastfeeding welcome",
        ),
    ];
    Location {
        id: v.id.to_owned(),
        location_type: "physical".into(),
        name: v.name.to_owned(),
        latitude: v.lat,
        longitude: v.lon,
        transportation: (!v.bus_routes.trim().is_empty()).then(|| v.bus_routes.to_owned()),
        addresses: vec![Address {
            id: derived_id("address", &[v.id]),
            location_id: v.id.to_owned(),
            address_1: v.address.to_owned(),
            city: v.town.to_owned(),
            state_province: String::new(),
            postal_code: v.postcode.to_owned(),
            country: "GB".into(),
            address_type: "physical".into(),
        }],
        accessibility: offers
            .into_iter()
            .filter(|(bit, _, _)| v.access & bit != 0)
            .map(|(_, code, words)| Accessibility {
                id: derived_id("accessibility", &[v.id, code]),
                location_id: v.id.to_owned(),
                description: words.into(),
                accessibility: words.into(),
            })
            .collect(),
    }
}

fn split_tags(tags: &str) -> impl Iterator<Item = &str> {
    tags.split_whitespace()
}

/// A BCP 47 tag's ISO 639 code: its primary subtag, lower case (`zh-Hans` is `zh`).
fn iso639(tag: &str) -> String {
    tag.split('-').next().unwrap_or(tag).to_ascii_lowercase()
}

/// The English name of a language by its ISO 639 code, or the code itself.
fn language_name(code: &str) -> String {
    let name = match code {
        "en" => "English",
        "ar" => "Arabic",
        "pl" => "Polish",
        "pt" => "Portuguese",
        "ro" => "Romanian",
        "ckb" => "Kurdish (Sorani)",
        "kmr" => "Kurdish (Kurmanji)",
        "ku" => "Kurdish",
        "fa" => "Persian (Farsi)",
        "prs" => "Dari",
        "ps" => "Pashto",
        "ur" => "Urdu",
        "bn" => "Bengali",
        "pa" => "Punjabi",
        "gu" => "Gujarati",
        "hi" => "Hindi",
        "so" => "Somali",
        "ti" => "Tigrinya",
        "am" => "Amharic",
        "zh" => "Chinese",
        "yue" => "Cantonese",
        "cmn" => "Mandarin",
        "fr" => "French",
        "es" => "Spanish",
        "it" => "Italian",
        "de" => "German",
        "lt" => "Lithuanian",
        "lv" => "Latvian",
        "sk" => "Slovak",
        "cs" => "Czech",
        "bg" => "Bulgarian",
        "hu" => "Hungarian",
        "uk" => "Ukrainian",
        "ru" => "Russian",
        "tr" => "Turkish",
        "sq" => "Albanian",
        "sw" => "Swahili",
        "yo" => "Yoruba",
        "ig" => "Igbo",
        "cy" => "Welsh",
        "bsl" | "sgn" => "British Sign Language",
        _ => return code.to_owned(),
    };
    name.to_owned()
}

/// The languages a programme's sessions are delivered in, then those only an
/// interpreter or bilingual facilitator covers.
pub(super) fn languages(programme_id: &str, sessions: &[Spoken<'_>]) -> Vec<Language> {
    // code -> (sessions delivered in it, sessions with an interpreter for it)
    let mut seen: BTreeMap<String, (usize, usize)> = BTreeMap::new();
    let mut order: Vec<String> = Vec::new();
    for s in sessions {
        let delivered: HashSet<String> = split_tags(s.languages).map(iso639).collect();
        let interpreted: HashSet<String> = split_tags(s.interpreter_languages)
            .map(iso639)
            .filter(|c| !delivered.contains(c))
            .collect();
        for code in split_tags(s.languages).map(iso639) {
            if !order.contains(&code) {
                order.push(code.clone());
            }
        }
        for code in &delivered {
            seen.entry(code.clone()).or_default().0 += 1;
        }
        for code in &interpreted {
            seen.entry(code.clone()).or_default().1 += 1;
        }
    }
    // Delivered languages in the order sessions list them, then interpreted ones.
    let mut interpreted_only: Vec<&String> = seen
        .iter()
        .filter(|(_, (d, _))| *d == 0)
        .map(|(c, _)| c)
        .collect();
    interpreted_only.sort();
    let codes: Vec<String> = order
        .into_iter()
        .chain(interpreted_only.into_iter().cloned())
        .collect();
    let all = sessions.len();
    codes
        .into_iter()
        .map(|code| {
            let (delivered, interpreted) = seen.get(&code).copied().unwrap_or_default();
            let note = if delivered == all {
                None
            } else if delivered > 0 {
                Some(if interpreted > 0 {
                    "Spoken at some sessions; an interpreter or bilingual facilitator covers it at others."
                } else {
                    "Spoken at some sessions."
                })
            } else if interpreted == all {
                Some("Through an interpreter or bilingual facilitator.")
            } else {
                Some("Through an interpreter or bilingual facilitator at some sessions.")
            };
            Language {
                id: derived_id("language", &[programme_id, &code]),
                service_id: programme_id.into(),
                name: language_name(&code),
                note: note.map(Into::into),
                code,
            }
        })
        .collect()
}

/// Which languages interpreters or bilingual facilitators cover, in words.
pub(super) fn interpretation(sessions: &[Spoken<'_>]) -> Option<String> {
    let mut names: Vec<String> = Vec::new();
    for s in sessions.iter().filter(|s| s.interpreter) {
        for name in split_tags(s.interpreter_languages).map(|t| language_name(&iso639(t))) {
            if !names.contains(&name) {
                names.push(name);
            }
        }
    }
    (!names.is_empty()).then(|| {
        format!(
            "An interpreter or bilingual facilitator at some sessions, for {}.",
            names.join(", ")
        )
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use perilink_shared::directory::{BookingMode, Format, ProgrammeKind};

    fn offer() -> Offer {
        Offer {
            kind: ProgrammeKind::RhymeTime,
            booking: BookingMode::DropIn,
            format: Format::Ongoing,
            for_pregnant: true,
            baby_months: (Some(0), Some(12)),
            cost_pence: 0,
        }
    }

    const DELIVERED: Spoken<'static> = Spoken {
        languages: "en ar",
        interpreter: true,
        interpreter_languages: "fa ar",
    };

    #[test]
    fn languages_are_iso_639_codes_with_interpreted_ones_noted() {
        let zh = Spoken {
            languages: "en zh-Hans",
            interpreter: false,
            interpreter_languages: "",
        };
        let out = languages("p1", &[DELIVERED, zh]);
        let codes: Vec<&str> = out.iter().map(|l| l.code.as_str()).collect();
        assert_eq!(codes, ["en", "ar", "zh", "fa"]);
        assert_eq!(out[0].note, None);
        assert_eq!(out[1].note.as_deref(), Some("Spoken at some sessions."));
        assert_eq!(out[2].name, "Chinese");
        assert_eq!(
            out[3].note.as_deref(),
            Some("Through an interpreter or bilingual facilitator at some sessions.")
        );
        assert_eq!(
            interpretation(&[DELIVERED, zh]).as_deref(),
            Some("An interpreter or bilingual facilitator at some sessions, for Persian (Farsi), Arabic.")
        );
    }

    #[test]
    fn a_free_programme_has_a_free_cost_option_and_a_priced_one_says_its_price() {
        let mut p = offer();
        assert_eq!(cost_option("p1", &p).amount, 0.0);
        assert_eq!(cost_option("p1", &p).option, "Free");
        p.cost_pence = 250;
        let priced = cost_option("p1", &p);
        assert_eq!(priced.amount, 2.5);
        assert_eq!(priced.amount_description, "£2.50 per session");
    }

    #[test]
    fn eligibility_names_pregnancy_and_the_babys_age() {
        let p = offer();
        assert_eq!(
            eligibility(&p).as_deref(),
            Some("For women who are pregnant, and mothers with a baby aged 0 to 12 months.")
        );
        let attributes = attributes("p1", &p);
        let terms: Vec<&str> = attributes.iter().map(|a| a.taxonomy_term.term.as_str()).collect();
        assert_eq!(terms, ["rhyme_time", "pregnant", "with_baby"]);
        assert_eq!(attributes[2].value.as_deref(), Some("0-12 months"));
    }

    #[test]
    fn a_venue_claims_only_the_access_it_has() {
        let venue = Venue {
            id: "v1",
            name: "Old Swan Library",
            address: "Prescot Road",
            town: "Liverpool",
            postcode: "L13 5XG",
            lat: 53.41,
            lon: -2.91,
            bus_routes: " ",
            access: access::STEP_FREE | access::BREASTFEEDING_WELCOME,
        };
        let place = location(&venue);
        let offered: Vec<&str> = place
            .accessibility
            .iter()
            .map(|a| a.description.as_str())
            .collect();
        assert_eq!(offered, ["Step-free access", "Breastfeeding welcome"]);
        assert_eq!(place.transportation, None, "blank bus routes are left out");
        assert_eq!(place.addresses[0].postal_code, "L13 5XG");
    }
}
