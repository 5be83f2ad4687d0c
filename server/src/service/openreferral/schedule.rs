//! When a session meets, as the profile's RFC 5545 schedule: one per stretch
//! between clock changes, so each carries London's true UTC offset.

use super::types::Schedule;
use super::{derived_id, iso};
use chrono::{Datelike, Duration, NaiveDate};
use perilink_shared::calendar;
use perilink_shared::directory::{BookingMode, Format};

/// How far ahead a session with no end date has its schedule worked out.
const OPEN_ENDED_HORIZON_DAYS: i64 = 366;

/// A session's rhythm, as the feed reads it from the snapshot.
pub(super) struct Meeting<'a> {
    pub service_id: &'a str,
    pub session_id: &'a str,
    /// 1 (Monday) to 7.
    pub weekday: u8,
    pub fortnightly: bool,
    /// `HH:MM`, London time.
    pub start_time: &'a str,
    pub end_time: &'a str,
    pub starts_on: NaiveDate,
    pub ends_on: Option<NaiveDate>,
    pub booking: BookingMode,
    pub format: Format,
}

const BYDAY: [&str; 7] = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"];
const DAY_NAMES: [&str; 7] = [
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
];

/// `HH:MM` as minutes after midnight, if it is one.
pub(super) fn parse_minutes(time: &str) -> Option<u32> {
    let (h, m) = time.trim().split_once(':')?;
    let (h, m): (u32, u32) = (h.parse().ok()?, m.get(..2).unwrap_or(m).parse().ok()?);
    (h < 24 && m < 60).then_some(h * 60 + m)
}

fn day_number(date: NaiveDate) -> i64 {
    calendar::days_from_civil(date.year(), date.month(), date.day())
}

/// London's UTC offset, in seconds, at a London wall-clock time.
fn london_offset_at(date: NaiveDate, minute: u32) -> i64 {
    let local = day_number(date) * 86_400 + i64::from(minute) * 60;
    if calendar::london_offset_seconds(local - 3_600) == 3_600 {
        3_600
    } else {
        0
    }
}

/// `HH:MM:SS+01:00`.
fn time_with_offset(minute: u32, offset_seconds: i64) -> String {
    format!(
        "{:02}:{:02}:00+{:02}:{:02}",
        minute / 60,
        minute % 60,
        offset_seconds / 3_600,
        offset_seconds % 3_600 / 60
    )
}

/// A run of meetings with the same UTC offsets.
struct Stretch {
    offsets: (i64, i64),
    first: NaiveDate,
    last: NaiveDate,
}

/// A session's schedules: one for each stretch between clock changes, from the one
/// that covers today (or its last, when it has ended) on.
pub(super) fn schedules(s: &Meeting<'_>, cancelled: &[NaiveDate], today: NaiveDate) -> Vec<Schedule> {
    let weekday = usize::from(s.weekday.clamp(1, 7));
    let interval: u32 = if s.fortnightly { 2 } else { 1 };
    let (opens, closes) = (
        parse_minutes(s.start_time).unwrap_or(0),
        parse_minutes(s.end_time).unwrap_or(0),
    );
    let mut first = s.starts_on;
    while first.weekday().number_from_monday() as usize != weekday {
        first += Duration::days(1);
    }
    let until = s
        .ends_on
        .unwrap_or_else(|| today.max(s.starts_on) + Duration::days(OPEN_ENDED_HORIZON_DAYS));
    let offsets = |d: NaiveDate| (london_offset_at(d, opens), london_offset_at(d, closes));

    let mut stretches: Vec<Stretch> = Vec::new();
    let mut date = first;
    while date <= until {
        let o = offsets(date);
        match stretches.last_mut() {
            Some(last) if last.offsets == o => last.last = date,
            _ => stretches.push(Stretch {
                offsets: o,
                first: date,
                last: date,
            }),
        }
        date += Duration::weeks(i64::from(interval));
    }
    if stretches.is_empty() {
        // No meeting falls between its dates: still say when it would have run.
        stretches.push(Stretch {
            offsets: offsets(first),
            first,
            last: first,
        });
    }

    let count = stretches.len();
    let mut out: Vec<(NaiveDate, Option<NaiveDate>, &Stretch)> = Vec::with_capacity(count);
    for (i, stretch) in stretches.iter().enumerate() {
        let valid_from = match i {
            0 => s.starts_on,
            _ => stretches[i - 1].last + Duration::days(1),
        };
        let valid_to = if i + 1 == count {
            s.ends_on
        } else {
            Some(stretch.last)
        };
        out.push((valid_from, valid_to, stretch));
    }
    // Stretches wholly in the past are of no use to anyone importing; keep the last.
    while out.len() > 1 && out[0].1.is_some_and(|to| to < today) {
        out.remove(0);
    }

    let day = DAY_NAMES[weekday - 1];
    let every = if interval == 2 { "Every other" } else { "Every" };
    let description = format!(
        "{every} {day}, {} to {} (UK time).",
        s.start_time.trim(),
        s.end_time.trim()
    );
    let attending = attending_type(s.booking, s.format);
    out.into_iter()
        .map(|(valid_from, valid_to, stretch)| {
            let skipped: Vec<String> = cancelled
                .iter()
                .filter(|d| **d >= valid_from && valid_to.is_none_or(|to| **d <= to))
                .map(|d| iso(*d))
                .collect();
            Schedule {
                id: derived_id("schedule", &[s.session_id, &iso(stretch.first)]),
                service_id: s.service_id.to_owned(),
                service_at_location_id: s.session_id.to_owned(),
                valid_from: iso(valid_from),
                valid_to: valid_to.map(iso),
                dtstart: iso(stretch.first),
                freq: "WEEKLY".into(),
                interval,
                byday: BYDAY[weekday - 1].into(),
                opens_at: time_with_offset(opens, stretch.offsets.0),
                closes_at: time_with_offset(closes, stretch.offsets.1),
                description: description.clone(),
                attending_type: attending.into(),
                notes: (!skipped.is_empty()).then(|| format!("Not running on {}.", skipped.join(", "))),
            }
        })
        .collect()
}

fn attending_type(booking: BookingMode, format: Format) -> &'static str {
    match (booking, format) {
        (BookingMode::DropIn, _) => "In person. Drop in: no need to book.",
        (BookingMode::Booking, Format::Course) => "In person. A course: book a place for the whole course.",
        (BookingMode::Booking, Format::Ongoing) => "In person. Book a place for each session.",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn date(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    fn meeting(frequency: &str, starts_on: NaiveDate, ends_on: Option<NaiveDate>) -> Meeting<'static> {
        Meeting {
            service_id: "p1",
            session_id: "s1",
            weekday: 1,
            fortnightly: frequency == "fortnightly",
            start_time: "10:30",
            end_time: "11:00",
            starts_on,
            ends_on,
            booking: BookingMode::DropIn,
            format: Format::Ongoing,
        }
    }

    #[test]
    fn a_winter_term_is_one_weekly_schedule_in_utc() {
        let s = meeting("weekly", date(2026, 11, 2), Some(date(2026, 12, 14)));
        let out = schedules(&s, &[date(2026, 11, 30)], date(2026, 11, 10));
        assert_eq!(out.len(), 1);
        let only = &out[0];
        assert_eq!(
            (only.freq.as_str(), only.interval, only.byday.as_str()),
            ("WEEKLY", 1, "MO")
        );
        assert_eq!(only.opens_at, "10:30:00+00:00");
        assert_eq!(only.closes_at, "11:00:00+00:00");
        assert_eq!(only.valid_from, "2026-11-02");
        assert_eq!(only.valid_to.as_deref(), Some("2026-12-14"));
        assert_eq!(only.dtstart, "2026-11-02");
        assert_eq!(only.notes.as_deref(), Some("Not running on 2026-11-30."));
    }

    #[test]
    fn a_term_across_the_clock_change_splits_at_it() {
        // Clocks go forward on Sunday 28 March 2027.
        let s = meeting("fortnightly", date(2027, 3, 1), Some(date(2027, 4, 30)));
        let out = schedules(&s, &[], date(2027, 2, 1));
        assert_eq!(out.len(), 2, "{out:?}");
        assert_eq!(
            (
                out[0].valid_from.as_str(),
                out[0].valid_to.as_deref(),
                out[0].dtstart.as_str()
            ),
            ("2027-03-01", Some("2027-03-15"), "2027-03-01")
        );
        assert_eq!(out[0].opens_at, "10:30:00+00:00");
        assert_eq!(
            (
                out[1].valid_from.as_str(),
                out[1].valid_to.as_deref(),
                out[1].dtstart.as_str()
            ),
            ("2027-03-16", Some("2027-04-30"), "2027-03-29")
        );
        assert_eq!(out[1].opens_at, "10:30:00+01:00");
        assert!(out.iter().all(|s| s.interval == 2));
        assert_ne!(out[0].id, out[1].id);
    }

    #[test]
    fn an_open_ended_session_keeps_its_last_schedule_open() {
        let s = meeting("weekly", date(2026, 6, 1), None);
        let out = schedules(&s, &[], date(2026, 7, 1));
        let last = out.last().unwrap();
        assert!(last.valid_to.is_none());
        assert_eq!(out[0].valid_from, "2026-06-01");
        assert_eq!(out[0].opens_at, "10:30:00+01:00");
    }

    #[test]
    fn stretches_already_over_are_dropped() {
        let s = meeting("weekly", date(2026, 6, 1), Some(date(2027, 1, 25)));
        let out = schedules(&s, &[], date(2026, 12, 1));
        assert_eq!(out.len(), 1);
        assert_eq!(out[0].valid_from, "2026-10-20");
        assert_eq!(out[0].dtstart, "2026-10-26");
        assert_eq!(out[0].valid_to.as_deref(), Some("2027-01-25"));
        assert_eq!(out[0].opens_at, "10:30:00+00:00");
    }

    #[test]
    fn each_schedule_says_how_to_attend() {
        let mut s = meeting("weekly", date(2026, 11, 2), Some(date(2026, 12, 14)));
        s.booking = BookingMode::Booking;
        s.format = Format::Course;
        let out = schedules(&s, &[], date(2026, 11, 10));
        assert_eq!(
            out[0].attending_type,
            "In person. A course: book a place for the whole course."
        );
        assert_eq!(out[0].description, "Every Monday, 10:30 to 11:00 (UK time).");
    }
}
