//! When a feed's service looks like a listing she already has (issue 21, item 5):
//! pure rules, no database.
//!
//! A service **looks like** one of her listings when all three hold:
//!
//! 1. **The same venue**: one of its sessions is at a venue within
//!    [`SAME_VENUE_METRES`] (50 m, great-circle distance) of a venue of one of hers,
//! 2. **at overlapping times**: and those two sessions meet on the same weekday,
//!    their start–end times overlap (touching, 10:00–11:00 and 11:00–12:00, is not
//!    overlapping), and their date ranges (`starts_on` to `ends_on`, open-ended when
//!    none) overlap. A fortnightly session on the same weekday counts, whatever its
//!    week: the rule offers a merge, she decides.
//! 3. **with a similar title**: [`title_similarity`] at least [`SIMILAR_TITLE`].
//!
//! Titles are compared as follows. Each is lower-cased, common accents are
//! folded (`é` to `e`, `ł` to `l`...), anything but letters and digits splits words,
//! and a plural `s`/`ies` is dropped from words of four letters or more. Words that
//! say nothing about what a session is are dropped: joining words (`at`, `the`,
//! `and`, `for`...), words like `group`, `session`, `club`, `class`, and the words
//! of either venue's name and town (a library's sessions all mention the library).
//! If that leaves nothing, the words are kept. Each word then gives its letter
//! trigrams, marked at its start and end (`rhyme` gives `^rh rhy hym yme me$`), and
//! the similarity is the share of the smaller title's trigrams the other has too
//! (the overlap coefficient), between 0 and 1. Word order does not matter, a title
//! written as one word or two nearly does not, and a short title inside a longer
//! one counts as similar. The cases, as the tests check them:
//!
//! | hers                          | the feed's                      | similar |
//! |-------------------------------|---------------------------------|---------|
//! | Rhyme Time                    | Rhymetime at Toxteth Library    | yes     |
//! | Stay and Play                 | Stay & Play                     | yes     |
//! | Baby Yoga                     | Yoga for Babies                 | yes     |
//! | Café Bébé                     | cafe bebe                       | yes     |
//! | Baby Massage                  | Baby Yoga                       | no      |
//! | Dads' Group                   | Mums' Group                     | no      |
//! | Rhymetime at Toxteth Library  | Baby Massage at Toxteth Library | no      |

use chrono::NaiveDate;
use std::collections::HashSet;

/// Venues at most this far apart are the same venue.
pub const SAME_VENUE_METRES: f64 = 50.0;
/// Titles at least this similar are the same (see [`title_similarity`]).
pub const SIMILAR_TITLE: f64 = 0.6;

const EARTH_RADIUS_METRES: f64 = 6_371_008.8;

/// Words that say nothing about what a session is.
const EMPTY_WORDS: &[&str] = &[
    "a", "an", "and", "at", "by", "for", "in", "of", "on", "the", "to", "with", "group", "session", "club",
    "class", "drop", "weekly", "meet", "meetup",
];

/// A place and time one side holds a session at.
#[derive(Clone, Debug, PartialEq)]
pub struct Slot {
    pub lat: f64,
    pub lon: f64,
    /// The venue's name and town, whose words are not evidence about a title.
    pub venue_words: String,
    /// 1 (Monday) to 7.
    pub weekday: u8,
    /// `HH:MM`.
    pub start_time: String,
    pub end_time: String,
    pub starts_on: NaiveDate,
    pub ends_on: Option<NaiveDate>,
}

/// A listing as the rules see it: its titles (in each language it has) and slots.
#[derive(Clone, Debug, PartialEq)]
pub struct Listing {
    pub titles: Vec<String>,
    pub slots: Vec<Slot>,
}

/// The great-circle distance between two points, in metres (haversine).
pub fn metres_between(a: (f64, f64), b: (f64, f64)) -> f64 {
    let (lat1, lat2) = (a.0.to_radians(), b.0.to_radians());
    let dlat = lat2 - lat1;
    let dlon = (b.1 - a.1).to_radians();
    let h = (dlat / 2.0).sin().powi(2) + lat1.cos() * lat2.cos() * (dlon / 2.0).sin().powi(2);
    2.0 * EARTH_RADIUS_METRES * h.sqrt().min(1.0).asin()
}

/// Whether two venues are the same: at most [`SAME_VENUE_METRES`] apart.
pub fn same_venue(a: &Slot, b: &Slot) -> bool {
    metres_between((a.lat, a.lon), (b.lat, b.lon)) <= SAME_VENUE_METRES
}

fn minutes(hhmm: &str) -> Option<u32> {
    let (h, m) = hhmm.trim().split_once(':')?;
    Some(h.parse::<u32>().ok()? * 60 + m.parse::<u32>().ok()?)
}

/// Whether two slots meet at overlapping times: the same weekday, overlapping
/// start–end times, overlapping date ranges.
pub fn times_overlap(a: &Slot, b: &Slot) -> bool {
    if a.weekday != b.weekday {
        return false;
    }
    let (Some(a0), Some(a1), Some(b0), Some(b1)) = (
        minutes(&a.start_time),
        minutes(&a.end_time),
        minutes(&b.start_time),
        minutes(&b.end_time),
    ) else {
        return false;
    };
    if !(a0 < b1 && b0 < a1) {
        return false;
    }
    let a_before_b_ends = b.ends_on.is_none_or(|end| a.starts_on <= end);
    let b_before_a_ends = a.ends_on.is_none_or(|end| b.starts_on <= end);
    a_before_b_ends && b_before_a_ends
}

fn fold(c: char) -> &'static str {
    match c {
        'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' | 'ā' | 'ă' | 'ą' => "a",
        'ç' | 'ć' | 'č' => "c",
        'è' | 'é' | 'ê' | 'ë' | 'ē' | 'ę' | 'ě' => "e",
        'ì' | 'í' | 'î' | 'ï' | 'ī' => "i",
        'ñ' | 'ń' | 'ň' => "n",
        'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ø' | 'ō' | 'ő' => "o",
        'ù' | 'ú' | 'û' | 'ü' | 'ū' | 'ů' | 'ű' => "u",
        'ý' | 'ÿ' => "y",
        'ś' | 'š' | 'ș' | 'ş' => "s",
        'ź' | 'ż' | 'ž' => "z",
        'ț' | 'ţ' => "t",
        'ł' => "l",
        'ß' => "ss",
        'æ' => "ae",
        'œ' => "oe",
        _ => "",
    }
}

/// A text's words: lower case, accents folded, split at anything but letters and
/// digits, a plural dropped. Apostrophes join (`dads'` is `dads`).
fn words(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut word = String::new();
    for c in text.chars().flat_map(char::to_lowercase) {
        if c == '\'' || c == '’' {
            continue;
        }
        let folded = fold(c);
        if !folded.is_empty() {
            word.push_str(folded);
        } else if c.is_alphanumeric() {
            word.push(c);
        } else if !word.is_empty() {
            out.push(std::mem::take(&mut word));
        }
    }
    if !word.is_empty() {
        out.push(word);
    }
    out.into_iter().map(singular).collect()
}

fn singular(word: String) -> String {
    if word.chars().count() < 4 {
        return word;
    }
    if let Some(stem) = word.strip_suffix("ies") {
        return format!("{stem}y");
    }
    match word.strip_suffix('s') {
        Some(stem) if !stem.ends_with('s') => stem.to_owned(),
        _ => word,
    }
}

/// The words of a title that say what it is: without empty words and the
/// venues' words, unless that leaves none.
fn telling_words(title: &str, venue_words: &HashSet<String>) -> Vec<String> {
    let all = words(title);
    let telling: Vec<String> = all
        .iter()
        .filter(|w| !EMPTY_WORDS.contains(&w.as_str()) && !venue_words.contains(*w))
        .cloned()
        .collect();
    if telling.is_empty() { all } else { telling }
}

fn trigrams(words: &[String]) -> HashSet<String> {
    let mut out = HashSet::new();
    for w in words {
        let marked: Vec<char> = std::iter::once('^')
            .chain(w.chars())
            .chain(std::iter::once('$'))
            .collect();
        for t in marked.windows(3) {
            out.insert(t.iter().collect());
        }
    }
    out
}

/// How alike two titles are, from 0 to 1, leaving out the words of `venues` (the
/// venues' names and towns): see the module's documentation.
pub fn title_similarity(a: &str, b: &str, venues: &[&str]) -> f64 {
    let venue_words: HashSet<String> = venues.iter().flat_map(|v| words(v)).collect();
    let (ta, tb) = (
        trigrams(&telling_words(a, &venue_words)),
        trigrams(&telling_words(b, &venue_words)),
    );
    let smaller = ta.len().min(tb.len());
    if smaller == 0 {
        return 0.0;
    }
    ta.intersection(&tb).count() as f64 / smaller as f64
}

/// Whether two titles are similar: [`title_similarity`] of at least
/// [`SIMILAR_TITLE`].
pub fn titles_alike(a: &str, b: &str, venues: &[&str]) -> bool {
    title_similarity(a, b, venues) >= SIMILAR_TITLE
}

/// How much the feed's listing looks like hers: `None` unless a session of each
/// is at the same venue at overlapping times and a title of each is similar; else
/// the best title similarity, to choose the likeliest of several.
pub fn looks_like(theirs: &Listing, mine: &Listing) -> Option<f64> {
    let mut venues: Vec<&str> = Vec::new();
    let mut meet = false;
    for a in &theirs.slots {
        for b in &mine.slots {
            if same_venue(a, b) && times_overlap(a, b) {
                meet = true;
                venues.push(&a.venue_words);
                venues.push(&b.venue_words);
            }
        }
    }
    if !meet {
        return None;
    }
    let best = theirs
        .titles
        .iter()
        .flat_map(|a| mine.titles.iter().map(move |b| (a, b)))
        .map(|(a, b)| title_similarity(a, b, &venues))
        .fold(0.0_f64, f64::max);
    (best >= SIMILAR_TITLE).then_some(best)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Toxteth Library, roughly.
    const LIBRARY: (f64, f64) = (53.3915, -2.9650);

    fn date(s: &str) -> NaiveDate {
        s.parse().unwrap()
    }

    fn slot(at: (f64, f64), weekday: u8, start: &str, end: &str) -> Slot {
        Slot {
            lat: at.0,
            lon: at.1,
            venue_words: "Toxteth Library, Liverpool".into(),
            weekday,
            start_time: start.into(),
            end_time: end.into(),
            starts_on: date("2026-09-01"),
            ends_on: None,
        }
    }

    /// A point `metres` north of `at`.
    fn north(at: (f64, f64), metres: f64) -> (f64, f64) {
        (at.0 + metres / 111_195.0, at.1)
    }

    fn listing(title: &str, slot: Slot) -> Listing {
        Listing {
            titles: vec![title.into()],
            slots: vec![slot],
        }
    }

    #[test]
    fn haversine_distances_are_right() {
        assert!(metres_between(LIBRARY, LIBRARY) < 0.001);
        let d = metres_between(LIBRARY, north(LIBRARY, 40.0));
        assert!((d - 40.0).abs() < 0.5, "{d}");
        // Liverpool Lime Street to Manchester Piccadilly: about 50 km.
        let d = metres_between((53.4075, -2.9779), (53.4774, -2.2309));
        assert!((49_000.0..51_000.0).contains(&d), "{d}");
    }

    #[test]
    fn the_same_venue_is_within_fifty_metres() {
        let here = slot(LIBRARY, 2, "10:00", "11:00");
        assert!(same_venue(
            &here,
            &slot(north(LIBRARY, 45.0), 2, "10:00", "11:00")
        ));
        assert!(!same_venue(
            &here,
            &slot(north(LIBRARY, 60.0), 2, "10:00", "11:00")
        ));
    }

    #[test]
    fn times_overlap_on_the_same_weekday_and_dates() {
        let a = slot(LIBRARY, 2, "10:00", "11:30");
        assert!(times_overlap(&a, &slot(LIBRARY, 2, "11:00", "12:00")));
        assert!(times_overlap(&a, &slot(LIBRARY, 2, "09:30", "13:00")));
        // Touching is not overlapping.
        assert!(!times_overlap(&a, &slot(LIBRARY, 2, "11:30", "12:30")));
        // Another weekday.
        assert!(!times_overlap(&a, &slot(LIBRARY, 3, "10:00", "11:30")));
        // Dates that do not meet: hers ended before the feed's began.
        let mut ended = slot(LIBRARY, 2, "10:00", "11:30");
        ended.ends_on = Some(date("2026-08-31"));
        assert!(!times_overlap(&ended, &a));
        assert!(!times_overlap(&a, &ended));
        let mut later = a.clone();
        later.starts_on = date("2026-08-31");
        assert!(times_overlap(&ended, &later));
        // Times that cannot be read are not taken to overlap.
        assert!(!times_overlap(&a, &slot(LIBRARY, 2, "ten", "11:00")));
    }

    #[test]
    fn similar_titles_are_judged_as_documented() {
        let venue = ["Toxteth Library, Liverpool"];
        for (a, b) in [
            ("Rhyme Time", "Rhymetime at Toxteth Library"),
            ("Stay and Play", "Stay & Play"),
            ("Baby Yoga", "Yoga for Babies"),
            ("Café Bébé", "cafe bebe"),
            ("RHYME TIME!", "rhyme-time"),
            ("Time Rhyme", "Rhyme Time"),
        ] {
            assert!(
                titles_alike(a, b, &venue),
                "{a} / {b}: {}",
                title_similarity(a, b, &venue)
            );
            assert!(titles_alike(b, a, &venue), "{b} / {a}");
        }
        for (a, b) in [
            ("Baby Massage", "Baby Yoga"),
            ("Dads' Group", "Mums' Group"),
            ("Rhymetime at Toxteth Library", "Baby Massage at Toxteth Library"),
            ("Antenatal class", "Breastfeeding café"),
        ] {
            assert!(
                !titles_alike(a, b, &venue),
                "{a} / {b}: {}",
                title_similarity(a, b, &venue)
            );
        }
        // The venue's words count when nothing else is left.
        assert!(titles_alike("Toxteth Library", "Toxteth Library", &venue));
        assert_eq!(title_similarity("", "Rhyme Time", &venue), 0.0);
    }

    #[test]
    fn a_listing_looks_like_hers_only_when_all_three_hold() {
        let mine = listing("Rhyme Time", slot(LIBRARY, 2, "10:00", "11:00"));
        let theirs = listing(
            "Rhymetime at Toxteth Library",
            slot(north(LIBRARY, 30.0), 2, "10:30", "11:30"),
        );
        assert!(looks_like(&theirs, &mine).is_some());

        // 60 m away.
        let far = listing("Rhyme Time", slot(north(LIBRARY, 60.0), 2, "10:00", "11:00"));
        assert_eq!(looks_like(&far, &mine), None);
        // Another weekday.
        let wednesday = listing("Rhyme Time", slot(LIBRARY, 3, "10:00", "11:00"));
        assert_eq!(looks_like(&wednesday, &mine), None);
        // After hers ends that day.
        let afternoon = listing("Rhyme Time", slot(LIBRARY, 2, "13:00", "14:00"));
        assert_eq!(looks_like(&afternoon, &mine), None);
        // A dissimilar title.
        let other = listing("Baby Massage", slot(LIBRARY, 2, "10:00", "11:00"));
        assert_eq!(looks_like(&other, &mine), None);
        // Same venue at one session, same time at another, is not enough.
        let split = Listing {
            titles: vec!["Rhyme Time".into()],
            slots: vec![
                slot(LIBRARY, 4, "10:00", "11:00"),
                slot(north(LIBRARY, 500.0), 2, "10:00", "11:00"),
            ],
        };
        assert_eq!(looks_like(&split, &mine), None);
        // Any of her titles may match.
        let welsh = Listing {
            titles: vec!["Amser Rhigwm".into(), "Rhyme Time".into()],
            slots: vec![slot(LIBRARY, 2, "10:00", "11:00")],
        };
        assert!(looks_like(&theirs, &welsh).is_some());
    }
}
