//! The UK profile's filters of `/services`, parsed once per request. A parameter
//! that cannot be read is refused with 400 and its name; an id nothing has (a
//! taxonomy term, an organisation) simply matches nothing.

use super::taxonomy::{self, ELIGIBILITY, PREGNANT, PROGRAMME_KINDS, WITH_BABY};
use crate::directory::feed::Offer;
use crate::directory::places::{self, PlaceError, Point};
use crate::error::AppError;
use chrono::{DateTime, NaiveDate, NaiveDateTime};
use serde::Deserialize;

/// How near a postcode a session must be when `proximity` is not given, in metres.
pub const DEFAULT_PROXIMITY_METRES: f64 = 5_000.0;
/// The widest `proximity` answered, in metres.
pub const MAX_PROXIMITY_METRES: f64 = 100_000.0;

/// `/services`'s query string as sent: every value a string, so a malformed one
/// is refused by name rather than by the extractor.
#[derive(Debug, Default, Deserialize, utoipa::IntoParams)]
#[into_params(parameter_in = Query)]
pub struct ServiceQuery {
    /// The page, from 1 (default 1).
    pub page: Option<String>,
    /// Items per page, 1 to 100 (default 50).
    pub per_page: Option<String>,
    /// Words the service's name or description holds, any case (`search` says the same).
    pub text: Option<String>,
    /// The profile's name for `text`.
    pub search: Option<String>,
    /// A taxonomy term the service is tagged with (its kind, or who it is for).
    pub taxonomy_term_id: Option<String>,
    /// A taxonomy any of the service's terms belongs to.
    pub taxonomy_id: Option<String>,
    /// The organisation that runs it.
    pub organization_id: Option<String>,
    /// Only services edited or checked on or after this time (RFC 3339, or a date).
    pub modified_after: Option<String>,
    /// Days it meets on: `MO` to `SU` or day names, comma-separated.
    pub day: Option<String>,
    /// Only sessions that open at or after this London time, `HH:MM`.
    pub start_time: Option<String>,
    /// Only sessions that close at or before this London time, `HH:MM`.
    pub end_time: Option<String>,
    /// A postcode or postcode district: only services with a session near it.
    pub postcode: Option<String>,
    /// How near `postcode`, in metres (default 5000, at most 100000).
    pub proximity: Option<String>,
}

/// Which of a programme's kinds or groups a term or taxonomy asks for.
#[derive(Clone, Copy, Debug, PartialEq)]
enum Tagged {
    Kind(&'static str),
    Pregnant,
    WithBaby,
    /// Either of the eligibility terms.
    Eligible,
    Anything,
    /// An id no term or taxonomy has.
    Nothing,
}

impl Tagged {
    fn keeps(self, offer: &Offer) -> bool {
        let with_baby = offer.baby_months != (None, None);
        match self {
            Tagged::Kind(kind) => offer.kind.as_str() == kind,
            Tagged::Pregnant => offer.for_pregnant,
            Tagged::WithBaby => with_baby,
            Tagged::Eligible => offer.for_pregnant || with_baby,
            Tagged::Anything => true,
            Tagged::Nothing => false,
        }
    }
}

/// What a session must be for its service to be kept.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct SessionFilters {
    /// Weekdays, 1 (Monday) to 7.
    pub days: Vec<u8>,
    /// Minutes after midnight, London time.
    pub opens_from: Option<u32>,
    pub closes_by: Option<u32>,
    /// A point and a distance in kilometres.
    pub near: Option<(Point, f64)>,
}

impl SessionFilters {
    /// Whether there is anything to check.
    pub fn any(&self) -> bool {
        !self.days.is_empty() || self.opens_from.is_some() || self.closes_by.is_some() || self.near.is_some()
    }

    /// Whether a session on `weekday`, from `opens` to `closes` (minutes), at
    /// `place` is kept.
    pub fn keeps(&self, weekday: u8, opens: u32, closes: u32, place: Point) -> bool {
        (self.days.is_empty() || self.days.contains(&weekday))
            && self.opens_from.is_none_or(|from| opens >= from)
            && self.closes_by.is_none_or(|by| closes <= by)
            && self.near.is_none_or(|(point, km)| place.distance_km(point) <= km)
    }
}

/// The filters of one request to `/services`.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ServiceFilters {
    /// Lower-case words, each of which the name or description must hold.
    pub words: Vec<String>,
    tagged: Vec<Tagged>,
    pub organization_id: Option<String>,
    /// Unix seconds.
    pub modified_after: Option<i64>,
    pub sessions: SessionFilters,
}

fn given(value: &Option<String>) -> Option<&str> {
    value.as_deref().map(str::trim).filter(|v| !v.is_empty())
}

impl ServiceFilters {
    /// Reads the query string, or says which parameter is wrong.
    pub fn parse(query: &ServiceQuery) -> Result<ServiceFilters, AppError> {
        let words = given(&query.text)
            .into_iter()
            .chain(given(&query.search))
            .flat_map(str::split_whitespace)
            .map(str::to_lowercase)
            .collect();
        let mut tagged = Vec::new();
        if let Some(id) = given(&query.taxonomy_term_id) {
            tagged.push(match taxonomy::term_codes(id) {
                Some((PROGRAMME_KINDS, kind)) => Tagged::Kind(kind),
                Some((ELIGIBILITY, PREGNANT)) => Tagged::Pregnant,
                Some((ELIGIBILITY, WITH_BABY)) => Tagged::WithBaby,
                _ => Tagged::Nothing,
            });
        }
        if let Some(id) = given(&query.taxonomy_id) {
            tagged.push(match taxonomy::taxonomy_code(id) {
                Some(PROGRAMME_KINDS) => Tagged::Anything,
                Some(_) => Tagged::Eligible,
                None => Tagged::Nothing,
            });
        }
        Ok(ServiceFilters {
            words,
            tagged,
            organization_id: given(&query.organization_id).map(str::to_owned),
            modified_after: given(&query.modified_after).map(parse_time).transpose()?,
            sessions: SessionFilters {
                days: given(&query.day).map(parse_days).transpose()?.unwrap_or_default(),
                opens_from: given(&query.start_time)
                    .map(|t| parse_clock("start_time", t))
                    .transpose()?,
                closes_by: given(&query.end_time)
                    .map(|t| parse_clock("end_time", t))
                    .transpose()?,
                near: parse_near(given(&query.postcode), given(&query.proximity))?,
            },
        })
    }

    /// Whether a programme's name, description and terms are kept.
    pub fn keeps_programme(&self, name: &str, description: &str, offer: &Offer) -> bool {
        let text_matches = self.words.is_empty() || {
            let (name, description) = (name.to_lowercase(), description.to_lowercase());
            self.words
                .iter()
                .all(|word| name.contains(word.as_str()) || description.contains(word.as_str()))
        };
        text_matches && self.tagged.iter().all(|t| t.keeps(offer))
    }
}

/// `2026-12-01T09:00:00Z`, `2026-12-01T09:00:00` (UTC) or `2026-12-01` (its start, UTC).
fn parse_time(text: &str) -> Result<i64, AppError> {
    DateTime::parse_from_rfc3339(text)
        .map(|t| t.timestamp())
        .or_else(|_| {
            NaiveDateTime::parse_from_str(text, "%Y-%m-%dT%H:%M:%S").map(|t| t.and_utc().timestamp())
        })
        .or_else(|_| {
            NaiveDate::parse_from_str(text, "%Y-%m-%d")
                .map(|d| d.and_hms_opt(0, 0, 0).unwrap_or_default().and_utc().timestamp())
        })
        .map_err(|_| {
            AppError::BadRequest(
                "modified_after must be a date-time such as 2026-12-01T09:00:00Z, or a date".into(),
            )
        })
}

const DAY_CODES: [&str; 7] = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"];
const DAY_NAMES: [&str; 7] = [
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
];

/// `MO,WE`, `monday`, `Saturday, Sunday`: weekdays from 1 (Monday).
fn parse_days(text: &str) -> Result<Vec<u8>, AppError> {
    text.split(',')
        .map(str::trim)
        .filter(|d| !d.is_empty())
        .map(|day| {
            let lower = day.to_ascii_lowercase();
            DAY_CODES
                .iter()
                .position(|code| code.eq_ignore_ascii_case(day))
                .or_else(|| DAY_NAMES.iter().position(|name| *name == lower))
                .map(|i| i as u8 + 1)
                .ok_or_else(|| {
                    AppError::BadRequest(format!("day must be MO to SU or a day's name, not `{day}`"))
                })
        })
        .collect()
}

/// `HH:MM` or `HH:MM:SS`, as minutes after midnight.
fn parse_clock(name: &str, text: &str) -> Result<u32, AppError> {
    let refuse = || AppError::BadRequest(format!("{name} must be a time such as 09:30"));
    let mut parts = text.split(':');
    let (Some(h), Some(m)) = (parts.next(), parts.next()) else {
        return Err(refuse());
    };
    let second = parts.next();
    let number = |t: &str, below: u32| {
        (t.len() == 2 && t.bytes().all(|b| b.is_ascii_digit()))
            .then(|| t.parse::<u32>().ok())
            .flatten()
            .filter(|n| *n < below)
    };
    match (
        number(h, 24),
        number(m, 60),
        second.map(|s| number(s, 60)),
        parts.next(),
    ) {
        (Some(h), Some(m), None | Some(Some(_)), None) => Ok(h * 60 + m),
        _ => Err(refuse()),
    }
}

fn parse_near(postcode: Option<&str>, proximity: Option<&str>) -> Result<Option<(Point, f64)>, AppError> {
    let metres = proximity
        .map(|p| {
            p.parse::<f64>()
                .ok()
                .filter(|m| m.is_finite() && *m > 0.0 && *m <= MAX_PROXIMITY_METRES)
                .ok_or_else(|| {
                    AppError::BadRequest(format!(
                        "proximity must be metres, more than 0 and at most {MAX_PROXIMITY_METRES}"
                    ))
                })
        })
        .transpose()?;
    let Some(postcode) = postcode else {
        return match metres {
            Some(_) => Err(AppError::BadRequest("proximity needs a postcode".into())),
            None => Ok(None),
        };
    };
    let point = places::resolve(postcode).map_err(|e| match e {
        PlaceError::Malformed(message) | PlaceError::Unknown(message) => {
            AppError::BadRequest(format!("postcode: {message}"))
        }
    })?;
    Ok(Some((point, metres.unwrap_or(DEFAULT_PROXIMITY_METRES) / 1000.0)))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn query(pairs: &[(&str, &str)]) -> ServiceQuery {
        let mut q = ServiceQuery::default();
        for (name, value) in pairs {
            let slot = match *name {
                "day" => &mut q.day,
                "start_time" => &mut q.start_time,
                "end_time" => &mut q.end_time,
                "modified_after" => &mut q.modified_after,
                "postcode" => &mut q.postcode,
                "proximity" => &mut q.proximity,
                other => panic!("no parameter {other}"),
            };
            *slot = Some((*value).to_owned());
        }
        q
    }

    #[test]
    fn days_times_and_dates_read_in_the_forms_feeds_send_them() {
        let f = ServiceFilters::parse(&query(&[
            ("day", "MO,saturday"),
            ("start_time", "09:30"),
            ("end_time", "17:00:00"),
            ("modified_after", "2026-12-01"),
        ]))
        .unwrap();
        assert_eq!(f.sessions.days, [1, 6]);
        assert_eq!(
            (f.sessions.opens_from, f.sessions.closes_by),
            (Some(570), Some(1020))
        );
        assert_eq!(f.modified_after, Some(1_796_083_200));
        let exact =
            ServiceFilters::parse(&query(&[("modified_after", "2026-12-01T09:00:00+01:00")])).unwrap();
        assert_eq!(exact.modified_after, Some(1_796_083_200 + 8 * 3600));
    }

    #[test]
    fn a_malformed_parameter_is_refused_by_name() {
        for (name, value) in [
            ("day", "funday"),
            ("start_time", "9"),
            ("start_time", "25:00"),
            ("end_time", "10:5"),
            ("modified_after", "yesterday"),
            ("proximity", "500"),
            ("postcode", "not a postcode"),
        ] {
            let refused = ServiceFilters::parse(&query(&[(name, value)])).unwrap_err();
            match refused {
                AppError::BadRequest(message) => assert!(message.contains(name), "{name}={value}: {message}"),
                other => panic!("{name}={value}: {other:?}"),
            }
        }
        for proximity in ["0", "-5", "1e9", "near"] {
            let refused = ServiceFilters::parse(&query(&[("postcode", "L8"), ("proximity", proximity)]));
            assert!(matches!(refused, Err(AppError::BadRequest(_))), "{proximity}");
        }
    }

    #[test]
    fn sessions_are_kept_by_day_time_and_distance() {
        let l8 = places::resolve("L8").unwrap();
        let filters = SessionFilters {
            days: vec![1],
            opens_from: Some(600),
            closes_by: Some(720),
            near: Some((l8, 2.0)),
        };
        assert!(filters.keeps(1, 630, 690, l8));
        assert!(!filters.keeps(2, 630, 690, l8), "another day");
        assert!(!filters.keeps(1, 540, 690, l8), "opens too early");
        assert!(!filters.keeps(1, 630, 750, l8), "closes too late");
        let far = Point {
            lat: l8.lat + 0.1,
            lon: l8.lon,
        };
        assert!(!filters.keeps(1, 630, 690, far), "11 km away");
    }
}
