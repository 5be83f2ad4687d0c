//! The Find page's search as its address carries it (`/find?kind=…&lang=…&near=…`):
//! what the choices are, how the address is read, written and asked of
//! `GET /api/sessions`. The app's Find page and the first screen the server writes
//! for phones without the app (`server/src/first_screen.rs`) both use it, so the
//! two always show the same sessions for the same address.

use crate::directory::{ProgrammeKind, SessionQuery, TimeOfDay, encode_query_value};
use crate::language::Language;
use std::str::FromStr;

/// Results per page; "more" fetches the next page.
pub const PER_PAGE: u32 = 20;
/// The last page an address may ask for: far beyond any directory's results.
pub const MAX_PAGE: u32 = 10_000;
/// The distances offered, in kilometres; the server's default is 5.
pub const RADII: [u32; 5] = [1, 2, 5, 10, 25];
pub const DEFAULT_RADIUS: u32 = 5;
/// The kinds a mother can filter by, as chips, in their order.
pub const KINDS: [ProgrammeKind; 5] = [
    ProgrammeKind::Esol,
    ProgrammeKind::RhymeTime,
    ProgrammeKind::Singing,
    ProgrammeKind::BreastfeedingSupport,
    ProgrammeKind::Advice,
];
/// The parts of the day, in their order.
pub const TIMES: [TimeOfDay; 3] = [TimeOfDay::Morning, TimeOfDay::Afternoon, TimeOfDay::Evening];

/// One choice a search that found nothing could let go of
/// ([`FindFilters::loosenings`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Loosen {
    AnyTime,
    PaidToo,
    AnyKind,
    AnyLanguage,
    /// The next distance offered, in kilometres.
    Within(u32),
    Anywhere,
}

impl Loosen {
    /// The message naming it (`find-radius` takes `$km`).
    pub fn message_key(self) -> &'static str {
        match self {
            Loosen::AnyTime => "find-any-time",
            Loosen::PaidToo => "find-paid-too",
            Loosen::AnyKind => "find-any-kind",
            Loosen::AnyLanguage => "find-language-any",
            Loosen::Within(_) => "find-radius",
            Loosen::Anywhere => "find-anywhere",
        }
    }
}

/// The search, as the address carries it.
#[derive(Clone, Debug, PartialEq)]
pub struct FindFilters {
    pub kinds: Vec<ProgrammeKind>,
    /// `None` is any language; with no `lang` in the address, the interface language.
    pub language: Option<Language>,
    pub near: String,
    pub radius_km: u32,
    pub free: bool,
    pub times: Vec<TimeOfDay>,
}

/// Each distinct item of every value, in order: the app writes `kind=esol,advice`,
/// a plain HTML form sends `kind=esol&kind=advice`; anything unknown is skipped.
fn parse_list<T: FromStr + PartialEq>(values: Vec<String>) -> Vec<T> {
    let mut out = Vec::new();
    for item in values.iter().flat_map(|v| v.split(',')) {
        if let Ok(parsed) = item.trim().parse::<T>()
            && !out.contains(&parsed)
        {
            out.push(parsed);
        }
    }
    out
}

fn join<T: std::fmt::Display>(items: &[T]) -> String {
    items
        .iter()
        .map(ToString::to_string)
        .collect::<Vec<_>>()
        .join(",")
}

impl FindFilters {
    /// Reads the address: `values(key)` gives every value of `key` in it, in order.
    pub fn from_query(values: impl Fn(&str) -> Vec<String>, ui: Language) -> FindFilters {
        let first = |key: &str| values(key).into_iter().next();
        FindFilters {
            kinds: parse_list(values("kind")),
            language: match first("lang").as_deref() {
                Some("any") => None,
                Some(tag) => Some(tag.parse().unwrap_or(ui)),
                None => Some(ui),
            },
            near: first("near").unwrap_or_default().trim().to_owned(),
            radius_km: first("radius_km")
                .and_then(|r| r.parse().ok())
                .filter(|r| RADII.contains(r))
                .unwrap_or(DEFAULT_RADIUS),
            free: first("free").as_deref() == Some("true"),
            times: parse_list(values("time")),
        }
    }

    /// The Find page's address for these filters. The language is always written,
    /// so a shared link keeps it whatever language the other phone speaks.
    pub fn href(&self) -> String {
        let mut parts = Vec::new();
        if !self.kinds.is_empty() {
            parts.push(format!("kind={}", join(&self.kinds)));
        }
        parts.push(format!("lang={}", self.language.map_or("any", Language::tag)));
        if !self.near.is_empty() {
            parts.push(format!("near={}", encode_query_value(&self.near)));
            if self.radius_km != DEFAULT_RADIUS {
                parts.push(format!("radius_km={}", self.radius_km));
            }
        }
        if self.free {
            parts.push("free=true".to_owned());
        }
        if !self.times.is_empty() {
            parts.push(format!("time={}", join(&self.times)));
        }
        format!("/find?{}", parts.join("&"))
    }

    /// The page of results the address asks for (`page=2`), from 1; a phone
    /// without the app reaches later results by the "more" link, which adds it.
    pub fn page_of(values: impl Fn(&str) -> Vec<String>) -> u32 {
        values("page")
            .into_iter()
            .next()
            .and_then(|p| p.trim().parse::<u32>().ok())
            .filter(|p| (1..=MAX_PAGE).contains(p))
            .unwrap_or(1)
    }

    /// The address of page `page` of these results; page 1 is [`href`](Self::href).
    pub fn page_href(&self, page: u32) -> String {
        let href = self.href();
        if page > 1 {
            format!("{href}&page={page}")
        } else {
            href
        }
    }

    /// What to ask `GET /api/sessions` for page `page`, with titles in `ui`.
    pub fn api_query(&self, ui: Language, page: u32) -> SessionQuery {
        let near = (!self.near.is_empty()).then(|| self.near.clone());
        SessionQuery {
            kind: (!self.kinds.is_empty()).then(|| join(&self.kinds)),
            lang: self.language.map(|l| l.tag().to_owned()),
            radius_km: near.as_ref().map(|_| f64::from(self.radius_km)),
            near,
            free: self.free.then_some(true),
            time: (!self.times.is_empty()).then(|| join(&self.times)),
            ui: Some(ui.tag().to_owned()),
            page: Some(page),
            per_page: Some(PER_PAGE),
            ..SessionQuery::default()
        }
    }

    /// When a search finds nothing: each choice she could let go of, one at a
    /// time, with the search it leaves, in the order offered (the narrowest
    /// first). A place is widened to the next distance before it is dropped.
    pub fn loosenings(&self) -> Vec<(Loosen, FindFilters)> {
        let mut out = Vec::new();
        let mut with = |loosen: Loosen, change: &dyn Fn(&mut FindFilters)| {
            let mut wider = self.clone();
            change(&mut wider);
            out.push((loosen, wider));
        };
        if !self.times.is_empty() {
            with(Loosen::AnyTime, &|f| f.times.clear());
        }
        if self.free {
            with(Loosen::PaidToo, &|f| f.free = false);
        }
        if !self.kinds.is_empty() {
            with(Loosen::AnyKind, &|f| f.kinds.clear());
        }
        if self.language.is_some() {
            with(Loosen::AnyLanguage, &|f| f.language = None);
        }
        if !self.near.is_empty() {
            if let Some(&km) = RADII.iter().find(|km| **km > self.radius_km) {
                with(Loosen::Within(km), &|f| f.radius_km = km);
            }
            with(Loosen::Anywhere, &|f| {
                f.near.clear();
                f.radius_km = DEFAULT_RADIUS;
            });
        }
        out
    }

    /// Whether any filter narrows the search beyond her own language.
    pub fn is_narrowed(&self, ui: Language) -> bool {
        !self.kinds.is_empty()
            || self.language != Some(ui)
            || !self.near.is_empty()
            || self.free
            || !self.times.is_empty()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(address: &str) -> FindFilters {
        let query = address.split_once('?').map_or("", |(_, q)| q);
        let pairs: Vec<(String, String)> = query
            .split('&')
            .filter_map(|p| p.split_once('='))
            .map(|(k, v)| (k.to_owned(), v.to_owned()))
            .collect();
        FindFilters::from_query(
            |key| {
                pairs
                    .iter()
                    .filter(|(k, _)| k == key)
                    .map(|(_, v)| v.clone())
                    .collect()
            },
            Language::Arabic,
        )
    }

    #[test]
    fn an_address_reads_back_as_the_filters_that_wrote_it() {
        let filters = FindFilters {
            kinds: vec![ProgrammeKind::RhymeTime, ProgrammeKind::Esol],
            language: None,
            near: "L8".into(),
            radius_km: 10,
            free: true,
            times: vec![TimeOfDay::Evening],
        };
        assert_eq!(read(&filters.href()), filters);
        // Both ways of listing, unknown items and distances not offered.
        let read = read("/find?kind=esol&kind=rhyme_time,esol,nonsense&radius_km=7");
        assert_eq!(read.kinds, [ProgrammeKind::Esol, ProgrammeKind::RhymeTime]);
        assert_eq!(read.radius_km, DEFAULT_RADIUS);
        assert_eq!(read.language, Some(Language::Arabic), "no `lang`: her own");
        assert!(read.is_narrowed(Language::Arabic));
        assert_eq!(read.api_query(Language::Arabic, 2).per_page, Some(PER_PAGE));
    }

    #[test]
    fn a_search_that_finds_nothing_offers_each_choice_to_let_go_of() {
        let filters = read("/find?kind=esol&lang=so&near=L8&radius_km=10&free=true&time=evening");
        let offered: Vec<Loosen> = filters.loosenings().iter().map(|(l, _)| *l).collect();
        assert_eq!(
            offered,
            [
                Loosen::AnyTime,
                Loosen::PaidToo,
                Loosen::AnyKind,
                Loosen::AnyLanguage,
                Loosen::Within(25),
                Loosen::Anywhere
            ]
        );
        for (loosen, wider) in filters.loosenings() {
            // Exactly one choice changes; the rest stay as she chose them.
            let mut back = wider.clone();
            match loosen {
                Loosen::AnyTime => back.times = filters.times.clone(),
                Loosen::PaidToo => back.free = true,
                Loosen::AnyKind => back.kinds = filters.kinds.clone(),
                Loosen::AnyLanguage => back.language = filters.language,
                Loosen::Within(km) => {
                    assert_eq!(wider.radius_km, km);
                    back.radius_km = filters.radius_km;
                }
                Loosen::Anywhere => {
                    assert!(wider.near.is_empty());
                    back.near = filters.near.clone();
                    back.radius_km = filters.radius_km;
                }
            }
            assert_eq!(back, filters, "{loosen:?} changes only its own choice");
        }
        // At the widest distance there is no wider one; with nothing chosen, nothing.
        let widest = read("/find?near=L8&radius_km=25&lang=any");
        let offered: Vec<Loosen> = widest.loosenings().iter().map(|(l, _)| *l).collect();
        assert_eq!(offered, [Loosen::Anywhere]);
        assert!(read("/find?lang=any").loosenings().is_empty());
    }

    #[test]
    fn the_more_link_keeps_the_search_and_asks_for_the_next_page() {
        let filters = read("/find?kind=esol&near=L8");
        let next = filters.page_href(2);
        assert_eq!(next, "/find?kind=esol&lang=ar&near=L8&page=2");
        assert_eq!(read(&next), filters, "the same search");
        let page = |address: &str| {
            let query = address.split_once('?').map_or("", |(_, q)| q).to_owned();
            FindFilters::page_of(|key| {
                query
                    .split('&')
                    .filter_map(|p| p.split_once('='))
                    .filter(|(k, _)| *k == key)
                    .map(|(_, v)| v.to_owned())
                    .collect()
            })
        };
        assert_eq!(page(&next), 2);
        assert_eq!(
            filters.page_href(1),
            filters.href(),
            "page 1 is the plain address"
        );
        assert_eq!(page("/find?near=L8"), 1);
        assert_eq!(page("/find?page=0"), 1, "pages count from 1");
        assert_eq!(page("/find?page=two"), 1);
        assert_eq!(page("/find?page=99999999"), 1, "beyond any directory");
    }
}
