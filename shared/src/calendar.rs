//! Dates as a mother in Liverpool sees them: the Europe/London civil calendar.
//!
//! UK summer time runs from 01:00 UTC on the last Sunday of March to 01:00 UTC on
//! the last Sunday of October (the Summer Time Order 2002). That rule is all
//! PeriLink needs, so it carries no time zone database.

/// Days since 1970-01-01 for a proleptic Gregorian date (Howard Hinnant's algorithm).
pub fn days_from_civil(year: i32, month: u32, day: u32) -> i64 {
    let y = i64::from(year) - i64::from(month <= 2);
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let m = i64::from(month);
    let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + i64::from(day) - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

/// The date `days` after 1970-01-01, as (year, month, day).
pub fn civil_from_days(days: i64) -> (i32, u32, u32) {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let month = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    let year = (yoe + era * 400 + i64::from(month <= 2)) as i32;
    (year, month, day)
}

/// ISO weekday of a day number: 1 is Monday, 7 is Sunday.
pub fn weekday(days: i64) -> u32 {
    // 1970-01-01 was a Thursday (4).
    ((days + 3).rem_euclid(7) + 1) as u32
}

/// The day number of the last Sunday of a month.
fn last_sunday(year: i32, month: u32) -> i64 {
    let (next_year, next_month) = if month == 12 {
        (year + 1, 1)
    } else {
        (year, month + 1)
    };
    let last = days_from_civil(next_year, next_month, 1) - 1;
    last - i64::from(weekday(last) % 7)
}

/// London's offset from UTC, in seconds, at a Unix time.
pub fn london_offset_seconds(unix_seconds: i64) -> i64 {
    let (year, _, _) = civil_from_days(unix_seconds.div_euclid(86_400));
    let starts = last_sunday(year, 3) * 86_400 + 3_600;
    let ends = last_sunday(year, 10) * 86_400 + 3_600;
    if (starts..ends).contains(&unix_seconds) {
        3_600
    } else {
        0
    }
}

/// The London calendar date at a Unix time, as a day number.
pub fn london_day(unix_seconds: i64) -> i64 {
    (unix_seconds + london_offset_seconds(unix_seconds)).div_euclid(86_400)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn day_numbers_round_trip_and_know_their_weekday() {
        assert_eq!(days_from_civil(1970, 1, 1), 0);
        assert_eq!(civil_from_days(days_from_civil(2026, 11, 22)), (2026, 11, 22));
        assert_eq!(civil_from_days(days_from_civil(2028, 2, 29)), (2028, 2, 29));
        // 22 November 2026 is a Sunday; 25 December 2026 a Friday.
        assert_eq!(weekday(days_from_civil(2026, 11, 22)), 7);
        assert_eq!(weekday(days_from_civil(2026, 12, 25)), 5);
    }

    #[test]
    fn summer_time_starts_and_ends_at_one_in_the_morning_utc() {
        // 2026: 29 March to 25 October.
        let start = days_from_civil(2026, 3, 29) * 86_400 + 3_600;
        assert_eq!(london_offset_seconds(start - 1), 0);
        assert_eq!(london_offset_seconds(start), 3_600);
        let end = days_from_civil(2026, 10, 25) * 86_400 + 3_600;
        assert_eq!(london_offset_seconds(end - 1), 3_600);
        assert_eq!(london_offset_seconds(end), 0);
    }

    #[test]
    fn half_past_eleven_utc_in_summer_is_already_tomorrow_in_london() {
        let t = days_from_civil(2026, 7, 1) * 86_400 + 23 * 3_600 + 30 * 60;
        assert_eq!(london_day(t), days_from_civil(2026, 7, 2));
        let winter = days_from_civil(2026, 12, 1) * 86_400 + 23 * 3_600 + 30 * 60;
        assert_eq!(london_day(winter), days_from_civil(2026, 12, 1));
    }
}
