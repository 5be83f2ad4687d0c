//! From an iCalendar file to the dates a session meets on, in London.
//!
//! The file is parsed with the `icalendar` crate and each event expanded with its
//! recurrence support (the `rrule` crate): `DTSTART` and `RRULE` (with `COUNT` or
//! `UNTIL`), less `EXDATE`, plus `RDATE`. A time with a `TZID` or in UTC (`Z`) is
//! turned into the London date it falls on; an all-day or floating time keeps the
//! date written. An event marked `STATUS:CANCELLED` cancels every date it has; an
//! instance written again under its `RECURRENCE-ID` is cancelled (when so marked)
//! or moved to its new date. Only dates from `from` to `until` are kept.

use chrono::{DateTime, NaiveDate, TimeZone};
use icalendar::{Calendar, CalendarDateTime, Component, DatePerhapsTime, EventStatus, Tz};
use perilink_shared::calendar_import::CalendarProblem;
use std::collections::{BTreeSet, HashMap, HashSet};

/// Why a calendar could not be used, in words for the coordinator.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Unusable {
    pub problem: CalendarProblem,
    pub detail: String,
}

fn unusable(problem: CalendarProblem, detail: impl Into<String>) -> Unusable {
    Unusable {
        problem,
        detail: detail.into(),
    }
}

/// The dates a calendar gives, in London.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Dates {
    /// Dates the session meets on.
    pub meets: BTreeSet<NaiveDate>,
    /// Dates the calendar says are cancelled (and no other event keeps).
    pub cancelled: BTreeSet<NaiveDate>,
}

/// The most dates one event may give in the window (a daily event for a year).
const MAX_PER_EVENT: u16 = 400;

/// The London date of an instant.
fn london(at: DateTime<Tz>) -> NaiveDate {
    at.with_timezone(&Tz::Europe__London).date_naive()
}

/// Whether an event's times are fixed instants (a `TZID` or UTC), to be read as
/// London dates, rather than all-day or floating dates kept as written.
fn fixed(start: Option<&DatePerhapsTime>) -> bool {
    matches!(
        start,
        Some(DatePerhapsTime::DateTime(
            CalendarDateTime::Utc(_) | CalendarDateTime::WithTimezone { .. }
        ))
    )
}

/// The date a `RECURRENCE-ID`, `EXDATE` or start names.
fn date_of(value: &DatePerhapsTime) -> Option<NaiveDate> {
    match value {
        DatePerhapsTime::Date(date) => Some(*date),
        DatePerhapsTime::DateTime(CalendarDateTime::Floating(naive)) => Some(naive.date()),
        DatePerhapsTime::DateTime(at) => at
            .try_into_utc()
            .map(|utc| london(Tz::UTC.from_utc_datetime(&utc.naive_utc()))),
    }
}

fn title(event: &icalendar::Event) -> String {
    event.get_summary().unwrap_or("(untitled)").trim().to_owned()
}

/// Whether an event's title has the words asked for (all events when none).
fn wanted(event: &icalendar::Event, words: Option<&str>) -> bool {
    match words {
        None => true,
        Some(words) => event
            .get_summary()
            .is_some_and(|s| s.to_lowercase().contains(&words.to_lowercase())),
    }
}

/// One event's dates in the window, before its instances written again.
fn expand(
    event: &icalendar::CalendarEvent<'_>,
    from: NaiveDate,
    until: NaiveDate,
) -> Result<BTreeSet<NaiveDate>, Unusable> {
    let start = event.get_start();
    if start.is_none() {
        return Err(unusable(
            CalendarProblem::NotCalendar,
            format!("the event \"{}\" has no start (DTSTART)", title(event)),
        ));
    }
    let set = event.get_recurrence().map_err(|e| {
        unusable(
            CalendarProblem::NotCalendar,
            format!("the dates of the event \"{}\" cannot be read: {e}", title(event)),
        )
    })?;
    // A day's margin either side: the window is cut to London dates below.
    let edge = |date: NaiveDate, days: i64| {
        let at = (date + chrono::Duration::days(days))
            .and_hms_opt(0, 0, 0)
            .unwrap_or_default();
        Tz::UTC.from_utc_datetime(&at)
    };
    let instants = set
        .after(edge(from, -1))
        .before(edge(until, 2))
        .all(MAX_PER_EVENT)
        .dates;
    let as_fixed = fixed(start.as_ref());
    // `rrule` leaves out the EXDATEs that match an instance to the second; these
    // are every date an EXDATE names, however it is written, one value or many.
    let exdates: HashSet<NaiveDate> = event
        .multi_properties()
        .get("EXDATE")
        .into_iter()
        .flatten()
        .flat_map(|p| {
            p.value().split(',').filter_map(move |one| {
                let mut single = icalendar::Property::new("EXDATE", one.trim());
                for (key, param) in p.params() {
                    single.add_parameter(key, param.value());
                }
                DatePerhapsTime::from_property(&single)
            })
        })
        .filter_map(|d| date_of(&d))
        .collect();
    Ok(instants
        .into_iter()
        .map(|at| if as_fixed { london(at) } else { at.date_naive() })
        .filter(|d| (from..=until).contains(d) && !exdates.contains(d))
        .collect())
}

/// The dates of the events in `text` whose title has `words` (every event when
/// none), from `from` to `until`.
pub fn dates_of(
    text: &str,
    words: Option<&str>,
    from: NaiveDate,
    until: NaiveDate,
) -> Result<Dates, Unusable> {
    if !text.trim_start().starts_with("BEGIN:VCALENDAR") {
        return Err(unusable(
            CalendarProblem::NotCalendar,
            "what it sent is not an iCalendar file (one starts BEGIN:VCALENDAR)",
        ));
    }
    let calendar: Calendar = text.parse().map_err(|_| {
        unusable(
            CalendarProblem::NotCalendar,
            "it looks like an iCalendar file, but its lines cannot be read",
        )
    })?;
    let words = words.map(str::trim).filter(|w| !w.is_empty());
    let mut masters: HashMap<String, BTreeSet<NaiveDate>> = HashMap::new();
    let mut cancelled = BTreeSet::new();
    let mut moved: Vec<(String, NaiveDate, Option<NaiveDate>)> = Vec::new();
    let mut matched = 0usize;
    // Masters first: an instance written again counts when its series does.
    for event in calendar.calendar_events() {
        if event.get_recurrence_id().is_some() || !wanted(&event, words) {
            continue;
        }
        matched += 1;
        let dates = expand(&event, from, until)?;
        if event.get_status() == Some(EventStatus::Cancelled) {
            cancelled.extend(dates);
        } else {
            let uid = event.get_uid().unwrap_or_default().to_owned();
            masters.entry(uid).or_default().extend(dates);
        }
    }
    for event in calendar.calendar_events() {
        let Some(id) = event.get_recurrence_id() else {
            continue;
        };
        let uid = event.get_uid().unwrap_or_default().to_owned();
        if !masters.contains_key(&uid) && !wanted(&event, words) {
            continue;
        }
        let Some(original) = date_of(&id) else {
            continue;
        };
        let now = if event.get_status() == Some(EventStatus::Cancelled) {
            None
        } else {
            let start = event.get_start();
            start.as_ref().and_then(|s| match s {
                DatePerhapsTime::DateTime(CalendarDateTime::Floating(n)) => Some(n.date()),
                other => date_of(other),
            })
        };
        moved.push((uid, original, now));
    }
    for (uid, original, now) in moved {
        let series = masters.entry(uid).or_default();
        series.remove(&original);
        match now {
            None if (from..=until).contains(&original) => {
                cancelled.insert(original);
            }
            Some(date) if (from..=until).contains(&date) => {
                series.insert(date);
            }
            _ => {}
        }
    }
    if matched == 0 {
        return Err(unusable(
            CalendarProblem::NoEvents,
            match words {
                Some(w) => format!("no event in it has \"{w}\" in its title"),
                None => "it has no events".to_owned(),
            },
        ));
    }
    let meets: BTreeSet<NaiveDate> = masters.into_values().flatten().collect();
    let cancelled = cancelled.difference(&meets).copied().collect();
    Ok(Dates { meets, cancelled })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(text: &str) -> NaiveDate {
        NaiveDate::parse_from_str(text, "%Y-%m-%d").unwrap()
    }

    fn set(dates: &[&str]) -> BTreeSet<NaiveDate> {
        dates.iter().map(|t| d(t)).collect()
    }

    fn calendar(events: &str) -> String {
        format!("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Test//EN\r\n{events}END:VCALENDAR\r\n")
    }

    fn dates(events: &str, words: Option<&str>) -> Result<Dates, Unusable> {
        dates_of(&calendar(events), words, d("2027-01-01"), d("2027-12-31"))
    }

    #[test]
    fn a_weekly_rule_with_a_count_less_exdates_plus_rdates() {
        let got = dates(
            "BEGIN:VEVENT\r\nUID:a\r\nSUMMARY:Baby rhyme time\r\n\
             DTSTART;TZID=Europe/London:20270105T103000\r\nDTEND;TZID=Europe/London:20270105T113000\r\n\
             RRULE:FREQ=WEEKLY;COUNT=4\r\nEXDATE;TZID=Europe/London:20270112T103000\r\n\
             RDATE;TZID=Europe/London:20270201T103000\r\nEND:VEVENT\r\n",
            None,
        )
        .unwrap();
        assert_eq!(
            got.meets,
            set(&["2027-01-05", "2027-01-19", "2027-01-26", "2027-02-01"])
        );
        assert!(got.cancelled.is_empty());
    }

    #[test]
    fn until_ends_a_rule_and_the_window_cuts_it() {
        let got = dates(
            "BEGIN:VEVENT\r\nUID:b\r\nSUMMARY:Stay and play\r\nDTSTART:20261216T100000Z\r\n\
             RRULE:FREQ=WEEKLY;UNTIL=20270114T235959Z\r\nEND:VEVENT\r\n",
            None,
        )
        .unwrap();
        // 16 and 23 and 30 December are before the window.
        assert_eq!(got.meets, set(&["2027-01-06", "2027-01-13"]));
    }

    #[test]
    fn times_in_another_zone_and_in_utc_fall_on_their_london_dates() {
        // 20:30 in New York is 01:30 the next day in London; 23:30 UTC in July is
        // 00:30 the next day in London (summer time).
        let got = dates(
            "BEGIN:VEVENT\r\nUID:c\r\nSUMMARY:Online group\r\n\
             DTSTART;TZID=America/New_York:20270304T203000\r\nEND:VEVENT\r\n\
             BEGIN:VEVENT\r\nUID:d\r\nSUMMARY:Late group\r\nDTSTART:20270710T233000Z\r\nEND:VEVENT\r\n\
             BEGIN:VEVENT\r\nUID:e\r\nSUMMARY:Winter group\r\nDTSTART:20270110T233000Z\r\nEND:VEVENT\r\n",
            None,
        )
        .unwrap();
        assert_eq!(got.meets, set(&["2027-01-10", "2027-03-05", "2027-07-11"]));
    }

    #[test]
    fn cancelled_events_and_instances_cancel_their_dates_and_a_moved_one_moves() {
        let got = dates(
            "BEGIN:VEVENT\r\nUID:s\r\nSUMMARY:Bumps and babies\r\nDTSTART;TZID=Europe/London:20270106T100000\r\n\
             RRULE:FREQ=WEEKLY;COUNT=4\r\nEND:VEVENT\r\n\
             BEGIN:VEVENT\r\nUID:s\r\nSUMMARY:Bumps and babies\r\nRECURRENCE-ID;TZID=Europe/London:20270113T100000\r\n\
             DTSTART;TZID=Europe/London:20270113T100000\r\nSTATUS:CANCELLED\r\nEND:VEVENT\r\n\
             BEGIN:VEVENT\r\nUID:s\r\nSUMMARY:Bumps and babies\r\nRECURRENCE-ID;TZID=Europe/London:20270120T100000\r\n\
             DTSTART;TZID=Europe/London:20270121T100000\r\nEND:VEVENT\r\n\
             BEGIN:VEVENT\r\nUID:x\r\nSUMMARY:Bumps and babies (extra)\r\nDTSTART:20270301T100000Z\r\n\
             STATUS:CANCELLED\r\nEND:VEVENT\r\n",
            None,
        )
        .unwrap();
        assert_eq!(got.meets, set(&["2027-01-06", "2027-01-21", "2027-01-27"]));
        assert_eq!(got.cancelled, set(&["2027-01-13", "2027-03-01"]));
    }

    #[test]
    fn words_choose_the_events_and_none_matching_is_a_problem() {
        let events = "BEGIN:VEVENT\r\nUID:1\r\nSUMMARY:Baby Massage\r\nDTSTART;VALUE=DATE:20270201\r\nEND:VEVENT\r\n\
                      BEGIN:VEVENT\r\nUID:2\r\nSUMMARY:Toddler yoga\r\nDTSTART;VALUE=DATE:20270202\r\nEND:VEVENT\r\n";
        assert_eq!(
            dates(events, Some("baby massage")).unwrap().meets,
            set(&["2027-02-01"])
        );
        assert_eq!(dates(events, None).unwrap().meets.len(), 2);
        let none = dates(events, Some("knitting")).unwrap_err();
        assert_eq!(none.problem, CalendarProblem::NoEvents);
        assert!(none.detail.contains("knitting"), "{}", none.detail);
    }

    #[test]
    fn what_is_not_a_calendar_is_named_as_such() {
        let window = (d("2027-01-01"), d("2027-12-31"));
        for bad in ["<html><body>Not found</body></html>", "", "{\"events\": []}"] {
            let why = dates_of(bad, None, window.0, window.1).unwrap_err();
            assert_eq!(why.problem, CalendarProblem::NotCalendar, "{bad}");
        }
        let broken = "BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nthis is not a line\r\n";
        assert_eq!(
            dates_of(broken, None, window.0, window.1).unwrap_err().problem,
            CalendarProblem::NotCalendar
        );
        let zone = dates(
            "BEGIN:VEVENT\r\nUID:z\r\nSUMMARY:Group\r\nDTSTART;TZID=Nowhere/Atlantis:20270105T100000\r\n\
             RRULE:FREQ=WEEKLY;COUNT=2\r\nEND:VEVENT\r\n",
            None,
        )
        .unwrap_err();
        assert_eq!(zone.problem, CalendarProblem::NotCalendar);
        assert!(zone.detail.contains("\"Group\""), "{}", zone.detail);
        assert_eq!(dates("", None).unwrap_err().problem, CalendarProblem::NoEvents);
    }
}
