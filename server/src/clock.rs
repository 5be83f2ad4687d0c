//! The time in London, by which PeriLink keeps every date: which day it is, the
//! minute of that day, and the London date of an instant. Summer time comes from
//! [`perilink_shared::calendar`], so no time zone database is needed.

use chrono::{DateTime, NaiveDate, Utc};
use perilink_shared::calendar;

/// Today's date and the minute of the day now, London time.
pub fn london_now() -> (NaiveDate, u32) {
    let unix = Utc::now().timestamp();
    let local = unix + calendar::london_offset_seconds(unix);
    let (y, m, d) = calendar::civil_from_days(local.div_euclid(86_400));
    let today = NaiveDate::from_ymd_opt(y, m, d).unwrap_or_else(|| Utc::now().date_naive());
    (today, (local.rem_euclid(86_400) / 60) as u32)
}

/// Today's date in London.
pub fn london_today() -> NaiveDate {
    london_now().0
}

/// The London date of an instant.
pub fn london_date(at: DateTime<Utc>) -> NaiveDate {
    let unix = at.timestamp();
    let local = unix + calendar::london_offset_seconds(unix);
    DateTime::from_timestamp(local, 0).map_or_else(|| at.date_naive(), |t| t.date_naive())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn date(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    #[test]
    fn london_dates_follow_summer_time() {
        let late_summer_evening = DateTime::parse_from_rfc3339("2027-07-01T23:30:00Z")
            .unwrap()
            .to_utc();
        assert_eq!(london_date(late_summer_evening), date(2027, 7, 2));
        let late_winter_evening = DateTime::parse_from_rfc3339("2027-01-01T23:30:00Z")
            .unwrap()
            .to_utc();
        assert_eq!(london_date(late_winter_evening), date(2027, 1, 1));
    }

    #[test]
    fn today_is_the_london_date_of_now() {
        let before = london_date(Utc::now());
        let (today, minute) = london_now();
        let after = london_date(Utc::now());
        assert!(before <= today && today <= after);
        assert!(minute < 24 * 60);
        assert!(before <= london_today() && london_today() <= london_date(Utc::now()));
    }
}
