//! The directory as the API speaks it: programme kinds, search parameters, search
//! results and a session's page.

use serde::{Deserialize, Serialize};
use std::fmt;
use std::str::FromStr;

string_enum! {
    /// What a programme offers (DOMAIN.md, "The problem").
    ProgrammeKind {
        /// ESOL Stepping Stones: English classes for mums with babies or bumps.
        Esol = "esol",
        /// Songs and rhymes for parent and baby.
        RhymeTime = "rhyme_time",
        /// Group singing, such as singing for postnatal depression.
        Singing = "singing",
        /// Breastfeeding peer support.
        BreastfeedingSupport = "breastfeeding_support",
        /// Advice on money, benefits, housing, maternity pay and work.
        Advice = "advice",
        /// Anything else.
        Other = "other",
    }
}

string_enum! {
    /// Whether places are booked.
    BookingMode {
        /// Places are limited and booked ahead.
        Booking = "booking",
        /// Just turn up; attendance is still counted.
        DropIn = "drop_in",
    }
}

string_enum! {
    /// How a programme runs.
    Format {
        /// A term: mothers enrol for the whole course.
        Course = "course",
        /// Week by week, with no end.
        Ongoing = "ongoing",
    }
}

string_enum! {
    /// When in the day a session starts.
    TimeOfDay {
        /// Before noon.
        Morning = "morning",
        /// Noon to five.
        Afternoon = "afternoon",
        /// Five o'clock or later.
        Evening = "evening",
    }
}

impl ProgrammeKind {
    /// Whether a search in any language finds it: ESOL is taught in English to
    /// mothers who speak another language, so a language filter never hides it.
    pub fn for_every_language(self) -> bool {
        self == ProgrammeKind::Esol
    }
}

impl TimeOfDay {
    /// The part of the day an `HH:MM` start time falls in.
    pub fn of(start: &str) -> Option<TimeOfDay> {
        let hour: u32 = start.split(':').next()?.parse().ok()?;
        Some(match hour {
            0..=11 => TimeOfDay::Morning,
            12..=16 => TimeOfDay::Afternoon,
            _ => TimeOfDay::Evening,
        })
    }
}

/// Where a mother is in her journey, for "who it is for".
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Stage {
    /// Expecting a baby.
    Pregnant,
    /// With a baby of this many whole months.
    BabyMonths(u8),
}

impl FromStr for Stage {
    type Err = String;

    /// `pregnant`, or a baby's age in whole months from 0 to 60.
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s.trim() {
            "pregnant" => Ok(Stage::Pregnant),
            months => months
                .parse::<u8>()
                .ok()
                .filter(|m| *m <= 60)
                .map(Stage::BabyMonths)
                .ok_or_else(|| {
                    format!("stage must be `pregnant` or a baby's age in months (0 to 60), not `{s}`")
                }),
        }
    }
}

impl fmt::Display for Stage {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Stage::Pregnant => f.write_str("pregnant"),
            Stage::BabyMonths(m) => write!(f, "{m}"),
        }
    }
}

/// The search filters of `GET /api/sessions`, as the query string carries them.
/// Every field is optional; the server checks each and says which is wrong.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::IntoParams))]
#[cfg_attr(feature = "openapi", into_params(parameter_in = Query))]
pub struct SessionQuery {
    /// Programme kinds, comma-separated (`rhyme_time,singing`).
    pub kind: Option<String>,
    /// A BCP 47 tag: delivered in this language, or with an interpreter for it.
    pub lang: Option<String>,
    /// First date, `YYYY-MM-DD` (default today).
    pub from: Option<String>,
    /// Last date, `YYYY-MM-DD` (default 13 days after `from`).
    pub to: Option<String>,
    /// `pregnant`, or a baby's age in whole months.
    pub stage: Option<String>,
    /// A full postcode (`L8 1XF`), a district (`L8`) or `lat,lon`.
    pub near: Option<String>,
    /// How far from `near`, in kilometres (default 5).
    pub radius_km: Option<f64>,
    /// Only free sessions.
    pub free: Option<bool>,
    /// ISO weekdays, comma-separated (1 is Monday).
    pub weekday: Option<String>,
    /// `morning`, `afternoon` or `evening`, comma-separated.
    pub time: Option<String>,
    /// The language to show titles in (default English).
    pub ui: Option<String>,
    /// Page number, from 1.
    pub page: Option<u32>,
    /// Results per page, 1 to 100 (default 20).
    pub per_page: Option<u32>,
}

impl SessionQuery {
    /// The query string for these filters, without the leading `?`.
    pub fn to_query_string(&self) -> String {
        let mut parts: Vec<String> = Vec::new();
        let mut push = |key: &str, value: Option<String>| {
            if let Some(value) = value.filter(|v| !v.is_empty()) {
                parts.push(format!("{key}={}", encode_query_value(&value)));
            }
        };
        push("kind", self.kind.clone());
        push("lang", self.lang.clone());
        push("from", self.from.clone());
        push("to", self.to.clone());
        push("stage", self.stage.clone());
        push("near", self.near.clone());
        push("radius_km", self.radius_km.map(|r| r.to_string()));
        push("free", self.free.map(|f| f.to_string()));
        push("weekday", self.weekday.clone());
        push("time", self.time.clone());
        push("ui", self.ui.clone());
        push("page", self.page.map(|p| p.to_string()));
        push("per_page", self.per_page.map(|p| p.to_string()));
        parts.join("&")
    }
}

/// Percent-encodes a query value (RFC 3986 unreserved characters pass through).
pub fn encode_query_value(value: &str) -> String {
    let mut out = String::with_capacity(value.len());
    for byte in value.bytes() {
        match byte {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' => out.push(byte as char),
            _ => out.push_str(&format!("%{byte:02X}")),
        }
    }
    out
}

/// Text in the language asked for, or in English when it has no translation yet.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct LocalisedText {
    /// The text.
    pub text: String,
    /// The BCP 47 tag of the language the text is in.
    pub language: String,
    /// False when the asked-for language has no translation and English is shown.
    pub translated: bool,
}

/// A venue in a search result.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct VenueSummary {
    pub id: String,
    pub name: String,
    pub town: String,
    pub postcode: String,
}

/// One upcoming meeting of a session, as search lists it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct OccurrenceSummary {
    pub occurrence_id: String,
    pub session_id: String,
    /// `YYYY-MM-DD`, London time.
    pub date: String,
    /// ISO weekday, 1 (Monday) to 7 (Sunday).
    pub weekday: u8,
    /// `HH:MM`, London time.
    pub start_time: String,
    pub end_time: String,
    pub kind: ProgrammeKind,
    pub title: LocalisedText,
    pub venue: VenueSummary,
    /// Kilometres from the place searched near, when a place was given.
    pub distance_km: Option<f64>,
    /// BCP 47 tags of the languages it is delivered in.
    pub languages: Vec<String>,
    /// BCP 47 tags of the languages an interpreter or bilingual facilitator covers.
    pub interpreter_languages: Vec<String>,
    pub booking: BookingMode,
    pub format: Format,
    /// Price in pence; 0 is free.
    pub cost_pence: u32,
    /// Places left, when places are limited.
    pub places_left: Option<u32>,
}

/// A page of search results.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct SessionSearchResponse {
    /// How many occurrences match, across all pages.
    pub total: u64,
    pub page: u32,
    pub per_page: u32,
    pub results: Vec<OccurrenceSummary>,
}

/// A venue on a session's page.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct VenueDetail {
    pub id: String,
    pub name: String,
    pub address: String,
    pub town: String,
    pub postcode: String,
    pub lat: f64,
    pub lon: f64,
    pub step_free: bool,
    pub buggy_space: bool,
    pub baby_change: bool,
    pub breastfeeding_welcome: bool,
    /// Which buses stop nearby.
    pub bus_routes: Option<String>,
}

impl VenueDetail {
    /// A link to the venue on OpenStreetMap.
    pub fn openstreetmap_url(&self) -> String {
        format!(
            "https://www.openstreetmap.org/?mlat={lat:.5}&mlon={lon:.5}#map=17/{lat:.5}/{lon:.5}",
            lat = self.lat,
            lon = self.lon
        )
    }
}

/// One date of a session, on its page.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct OccurrenceDate {
    pub occurrence_id: String,
    /// `YYYY-MM-DD`.
    pub date: String,
    /// Cancelled dates (bank holidays, half term) are listed, marked.
    pub cancelled: bool,
    pub places_left: Option<u32>,
}

/// Everything a session's page shows.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct SessionDetail {
    pub session_id: String,
    pub programme_id: String,
    pub kind: ProgrammeKind,
    pub title: LocalisedText,
    pub description: LocalisedText,
    pub what_to_bring: Option<LocalisedText>,
    pub venue: VenueDetail,
    pub for_pregnant: bool,
    pub baby_min_months: Option<u32>,
    pub baby_max_months: Option<u32>,
    /// ISO weekday, 1 (Monday) to 7 (Sunday).
    pub weekday: u8,
    pub start_time: String,
    pub end_time: String,
    /// `weekly` or `fortnightly`.
    pub frequency: String,
    pub starts_on: String,
    pub ends_on: Option<String>,
    pub languages: Vec<String>,
    pub interpreter_languages: Vec<String>,
    pub booking: BookingMode,
    pub format: Format,
    pub cost_pence: u32,
    /// Places per date (or on the course); `None` when unlimited.
    pub capacity: Option<u32>,
    /// For a course: places left on it.
    pub course_places_left: Option<u32>,
    /// The next dates, soonest first.
    pub next_dates: Vec<OccurrenceDate>,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn kinds_round_trip_through_their_names() {
        for kind in ProgrammeKind::ALL {
            assert_eq!(kind.as_str().parse::<ProgrammeKind>(), Ok(*kind));
            assert_eq!(
                serde_json::to_string(kind).unwrap(),
                format!("\"{}\"", kind.as_str())
            );
        }
        assert!("yoga".parse::<ProgrammeKind>().is_err());
    }

    #[test]
    fn stages_are_pregnant_or_months() {
        assert_eq!("pregnant".parse(), Ok(Stage::Pregnant));
        assert_eq!("6".parse(), Ok(Stage::BabyMonths(6)));
        assert!("-1".parse::<Stage>().is_err());
        assert!("61".parse::<Stage>().is_err());
        assert!("baby".parse::<Stage>().is_err());
    }

    #[test]
    fn start_times_fall_in_a_part_of_the_day() {
        assert_eq!(TimeOfDay::of("09:30"), Some(TimeOfDay::Morning));
        assert_eq!(TimeOfDay::of("11:59"), Some(TimeOfDay::Morning));
        assert_eq!(TimeOfDay::of("12:00"), Some(TimeOfDay::Afternoon));
        assert_eq!(TimeOfDay::of("17:00"), Some(TimeOfDay::Evening));
        assert_eq!(TimeOfDay::of("soon"), None);
    }

    #[test]
    fn queries_encode_what_they_carry() {
        let query = SessionQuery {
            kind: Some("rhyme_time".into()),
            near: Some("L8 1XF".into()),
            radius_km: Some(2.5),
            free: Some(true),
            ..SessionQuery::default()
        };
        assert_eq!(
            query.to_query_string(),
            "kind=rhyme_time&near=L8%201XF&radius_km=2.5&free=true"
        );
        assert_eq!(SessionQuery::default().to_query_string(), "");
    }

    #[test]
    fn the_map_link_points_at_the_venue() {
        let venue = VenueDetail {
            id: "v".into(),
            name: "Toxteth Library".into(),
            address: "41 Windsor Street".into(),
            town: "Liverpool".into(),
            postcode: "L8 1XF".into(),
            lat: 53.39387,
            lon: -2.97015,
            step_free: true,
            buggy_space: true,
            baby_change: true,
            breastfeeding_welcome: true,
            bus_routes: None,
        };
        assert_eq!(
            venue.openstreetmap_url(),
            "https://www.openstreetmap.org/?mlat=53.39387&mlon=-2.97015#map=17/53.39387/-2.97015"
        );
    }
}
