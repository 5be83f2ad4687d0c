//! Where "near" is: a full postcode, a postcode district, or `lat,lon`, resolved
//! offline from the ONS postcode files built into the server (see
//! `server/data/postcodes/README.md` for their licence).

use std::collections::HashMap;
use std::sync::OnceLock;

const POSTCODES: &str = include_str!("../../data/postcodes/cheshire-merseyside-postcodes.csv");
const DISTRICTS: &str = include_str!("../../data/postcodes/uk-postcode-districts.csv");

/// A point on the map, in degrees.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Point {
    pub lat: f64,
    pub lon: f64,
}

impl Point {
    /// The great-circle distance to another point, in kilometres.
    pub fn distance_km(self, other: Point) -> f64 {
        const EARTH_RADIUS_KM: f64 = 6371.0;
        let (lat1, lat2) = (self.lat.to_radians(), other.lat.to_radians());
        let dlat = lat2 - lat1;
        let dlon = (other.lon - self.lon).to_radians();
        let a = (dlat / 2.0).sin().powi(2) + lat1.cos() * lat2.cos() * (dlon / 2.0).sin().powi(2);
        2.0 * EARTH_RADIUS_KM * a.sqrt().asin()
    }
}

struct Gazetteer {
    /// Postcodes without spaces, upper case.
    postcodes: HashMap<Box<str>, (f32, f32)>,
    districts: HashMap<Box<str>, (f32, f32)>,
}

fn parse(csv: &str) -> HashMap<Box<str>, (f32, f32)> {
    csv.lines()
        .skip(1)
        .filter_map(|line| {
            let mut fields = line.split(',');
            let key: String = fields.next()?.chars().filter(|c| !c.is_whitespace()).collect();
            let lat = fields.next()?.trim().parse().ok()?;
            let lon = fields.next()?.trim().parse().ok()?;
            Some((key.to_ascii_uppercase().into_boxed_str(), (lat, lon)))
        })
        .collect()
}

fn gazetteer() -> &'static Gazetteer {
    static GAZETTEER: OnceLock<Gazetteer> = OnceLock::new();
    GAZETTEER.get_or_init(|| Gazetteer {
        postcodes: parse(POSTCODES),
        districts: parse(DISTRICTS),
    })
}

/// Loads the postcode tables now, so the first search does not wait for them.
pub fn warm() {
    let g = gazetteer();
    tracing::debug!(
        postcodes = g.postcodes.len(),
        districts = g.districts.len(),
        "postcodes loaded"
    );
}

/// Why a place could not be resolved.
#[derive(Debug, PartialEq, Eq)]
pub enum PlaceError {
    /// Looks like a postcode or district, but is not one we know.
    Unknown(String),
    /// Not a postcode, a district or coordinates at all.
    Malformed(String),
}

/// Whether a compacted, upper-case string has the shape of a UK postcode district
/// (`L8`, `SW1A`) or a full postcode (`L81XF`): one or two letters, a digit, an
/// optional letter or digit, then optionally a digit and two letters.
fn shaped_like_a_postcode(compact: &str) -> bool {
    let b = compact.as_bytes();
    let letters = b.iter().take_while(|c| c.is_ascii_uppercase()).count();
    if !(1..=2).contains(&letters) || b.len() <= letters || !b[letters].is_ascii_digit() {
        return false;
    }
    let rest = &b[letters + 1..];
    let inward_ok = |inward: &[u8]| {
        inward.len() == 3 && inward[0].is_ascii_digit() && inward[1..].iter().all(u8::is_ascii_uppercase)
    };
    match rest.len() {
        0 => true,
        1 => rest[0].is_ascii_alphanumeric(),
        3 => inward_ok(rest),
        4 => rest[0].is_ascii_alphanumeric() && inward_ok(&rest[1..]),
        _ => false,
    }
}

/// Resolves `near`: `L8 1XF`, `l81xf`, `L8`, or `53.39,-2.97`.
pub fn resolve(near: &str) -> Result<Point, PlaceError> {
    let trimmed = near.trim();
    if let Some((lat, lon)) = trimmed.split_once(',') {
        let (lat, lon) = (lat.trim().parse::<f64>(), lon.trim().parse::<f64>());
        return match (lat, lon) {
            (Ok(lat), Ok(lon)) if (-90.0..=90.0).contains(&lat) && (-180.0..=180.0).contains(&lon) => {
                Ok(Point { lat, lon })
            }
            _ => Err(PlaceError::Malformed(format!(
                "`{trimmed}` is not a latitude and longitude such as `53.39,-2.97`"
            ))),
        };
    }
    let compact: String = trimmed
        .chars()
        .filter(|c| !c.is_whitespace())
        .collect::<String>()
        .to_ascii_uppercase();
    if !shaped_like_a_postcode(&compact) {
        return Err(PlaceError::Malformed(format!(
            "`{trimmed}` is not a postcode, a postcode district or `lat,lon`"
        )));
    }
    let g = gazetteer();
    g.postcodes
        .get(compact.as_str())
        .or_else(|| g.districts.get(compact.as_str()))
        .map(|&(lat, lon)| Point {
            lat: f64::from(lat),
            lon: f64::from(lon),
        })
        .ok_or_else(|| PlaceError::Unknown(format!("`{trimmed}` is not a postcode or district we know")))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn full_postcodes_resolve_however_they_are_written() {
        let a = resolve("L8 1XF").unwrap();
        assert_eq!(resolve("l81xf").unwrap(), a);
        assert_eq!(resolve("  L8  1XF ").unwrap(), a);
        assert!(
            (a.lat - 53.39).abs() < 0.05 && (a.lon + 2.97).abs() < 0.05,
            "{a:?}"
        );
    }

    #[test]
    fn districts_resolve_to_their_centre() {
        let l8 = resolve("L8").unwrap();
        assert!(l8.distance_km(resolve("L8 1XF").unwrap()) < 3.0);
        // A district outside Cheshire and Merseyside still resolves.
        assert!(resolve("SW1A").is_ok());
    }

    #[test]
    fn coordinates_pass_through_and_nonsense_is_refused() {
        assert_eq!(resolve("53.4,-2.9").unwrap(), Point { lat: 53.4, lon: -2.9 });
        assert!(matches!(resolve("ZZ9 9ZZ"), Err(PlaceError::Unknown(_))));
        assert!(matches!(resolve("91,0"), Err(PlaceError::Malformed(_))));
        assert!(matches!(resolve("near the park"), Err(PlaceError::Malformed(_))));
        assert!(matches!(resolve("the park"), Err(PlaceError::Malformed(_))));
        assert!(matches!(resolve("L8 1X"), Err(PlaceError::Malformed(_))));
        assert!(matches!(resolve("ZZ9"), Err(PlaceError::Unknown(_))));
    }

    #[test]
    fn distances_are_great_circle_kilometres() {
        let liverpool = Point {
            lat: 53.4084,
            lon: -2.9916,
        };
        let manchester = Point {
            lat: 53.4808,
            lon: -2.2426,
        };
        let d = liverpool.distance_km(manchester);
        assert!((d - 50.3).abs() < 1.0, "{d}");
    }
}
