//! iCalendar (RFC 5545) files: a session's schedule, and a mother's feed of what she
//! has booked. Times are local to `Europe/London`, carried with `TZID` and a
//! `VTIMEZONE` that states the UK's summer-time rule; cancelled dates are `EXDATE`s.
//! Written by the `icalendar` crate, which escapes TEXT values and folds lines at 75
//! octets.

use chrono::{DateTime, NaiveDate, Utc};
use icalendar::{Calendar, Component, EventLike, Property};

/// One event: a single date, or a repeating schedule.
pub struct Event {
    pub uid: String,
    pub summary: String,
    pub description: Option<String>,
    pub location: String,
    pub geo: Option<(f64, f64)>,
    pub url: Option<String>,
    /// The first (or only) date.
    pub date: NaiveDate,
    /// `HH:MM`, London time.
    pub start: String,
    pub end: String,
    /// For a repeating schedule: every `interval` weeks until the last date.
    pub weekly: Option<(u32, Option<NaiveDate>)>,
    /// Dates the schedule skips.
    pub cancelled: Vec<NaiveDate>,
}

const LONDON: &str = "Europe/London";

/// The `VTIMEZONE` for [`LONDON`]: the UK's summer-time rule, as (component, its
/// properties).
const TIMEZONE_RULES: [(&str, [(&str, &str); 5]); 2] = [
    (
        "DAYLIGHT",
        [
            ("TZOFFSETFROM", "+0000"),
            ("TZOFFSETTO", "+0100"),
            ("TZNAME", "BST"),
            ("DTSTART", "19700329T010000"),
            ("RRULE", "FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU"),
        ],
    ),
    (
        "STANDARD",
        [
            ("TZOFFSETFROM", "+0100"),
            ("TZOFFSETTO", "+0000"),
            ("TZNAME", "GMT"),
            ("DTSTART", "19701025T020000"),
            ("RRULE", "FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU"),
        ],
    ),
];

/// Appends the `VTIMEZONE` to the calendar's own lines. The crate writes a
/// component of a kind it does not know (its `Other`) with a `DTSTAMP` and a
/// random `UID` added, which a `VTIMEZONE` and its rules must not have, so the
/// component is written as its content lines, each still a crate `Property`.
fn push_timezone(calendar: &mut Calendar) {
    calendar.append_property(Property::new("BEGIN", "VTIMEZONE"));
    calendar.append_property(Property::new("TZID", LONDON));
    for (kind, properties) in TIMEZONE_RULES {
        calendar.append_property(Property::new("BEGIN", kind));
        for (key, value) in properties {
            calendar.append_property(Property::new(key, value));
        }
        calendar.append_property(Property::new("END", kind));
    }
    calendar.append_property(Property::new("END", "VTIMEZONE"));
}

/// Free text as a TEXT value may hold it: line breaks kept (the crate escapes
/// them, and `\`, `;` and `,`), carriage returns and other control characters
/// dropped.
fn text(value: &str) -> String {
    value.chars().filter(|c| *c == '\n' || !c.is_control()).collect()
}

/// A London date and time, `key;TZID=Europe/London:YYYYMMDDTHHMM00`.
fn london(key: &str, date: NaiveDate, time: &str) -> Property {
    let value = format!("{}T{}00", date.format("%Y%m%d"), time.replace(':', ""));
    Property::new(key, value).add_parameter("TZID", LONDON).done()
}

/// One `VEVENT`; its `DTSTAMP` is `stamp`.
fn vevent(event: &Event, stamp: DateTime<Utc>) -> icalendar::Event {
    let mut out = icalendar::Event::new();
    out.uid(&text(&event.uid))
        .timestamp(stamp)
        .append_property(london("DTSTART", event.date, &event.start))
        .append_property(london("DTEND", event.date, &event.end))
        .summary(&text(&event.summary))
        .location(&text(&event.location));
    if let Some((interval, until)) = event.weekly {
        let mut rule = format!("FREQ=WEEKLY;INTERVAL={interval}");
        if let Some(until) = until {
            // UNTIL is UTC when DTSTART has a TZID; the end of the last day in
            // London is never earlier than 23:59:59 UTC... minus an hour in
            // summer, which is still after any session that day.
            rule.push_str(&format!(";UNTIL={}T225959Z", until.format("%Y%m%d")));
        }
        out.add_property("RRULE", rule);
        for date in &event.cancelled {
            out.append_multi_property(london("EXDATE", *date, &event.start));
        }
    }
    if let Some(description) = &event.description {
        out.description(&text(description));
    }
    if let Some((lat, lon)) = event.geo {
        out.add_property("GEO", format!("{lat:.5};{lon:.5}"));
    }
    if let Some(url) = &event.url {
        out.url(url);
    }
    out.done()
}

/// A calendar holding these events.
pub fn calendar(name: &str, events: &[Event], now: DateTime<Utc>) -> String {
    let mut calendar = Calendar::empty();
    calendar
        .append_property(Property::new("VERSION", "2.0"))
        .append_property(Property::new("PRODID", "-//PeriLink//Sessions//EN"))
        .append_property(Property::new("CALSCALE", "GREGORIAN"))
        .append_property(Property::new("METHOD", "PUBLISH"))
        .append_property(Property::new("X-WR-CALNAME", text(name)))
        .append_property(Property::new("X-WR-TIMEZONE", LONDON));
    push_timezone(&mut calendar);
    calendar.extend(events.iter().map(|event| vevent(event, now)));
    calendar.to_string()
}

#[cfg(test)]
mod tests {
    use super::*;
    use icalendar::parser::{Component as Parsed, read_calendar, unfold};

    fn rhyme_time() -> Event {
        let day = |d| NaiveDate::from_ymd_opt(2027, 1, d).unwrap();
        Event {
            uid: "session-s1@perilink".into(),
            summary: "Rhyme time".into(),
            description: Some("Songs; rhymes, and tea".into()),
            location: "Toxteth Library, 41 Windsor St, Liverpool L8 1XF".into(),
            geo: Some((53.39, -2.97)),
            url: Some("/sessions/s1".into()),
            date: day(5),
            start: "10:00".into(),
            end: "11:30".into(),
            weekly: Some((2, Some(day(30)))),
            cancelled: vec![day(19)],
        }
    }

    fn now() -> DateTime<Utc> {
        DateTime::from_timestamp(1_800_000_000, 0).unwrap()
    }

    fn values<'a>(component: &'a Parsed<'a>, name: &str) -> Vec<String> {
        component
            .properties
            .iter()
            .filter(|p| p.name.as_str() == name)
            .map(|p| p.val.as_str().to_owned())
            .collect()
    }

    #[test]
    fn long_lines_fold_at_75_octets_without_splitting_characters() {
        let summary = "وقت الأناشيد ".repeat(10);
        let event = Event {
            summary: summary.clone(),
            ..rhyme_time()
        };
        let out = calendar("PeriLink", &[event], now());
        for physical in out.split("\r\n") {
            assert!(physical.len() <= 75, "{} octets: {physical}", physical.len());
        }
        assert!(unfold(&out).contains(&format!("\r\nSUMMARY:{summary}\r\n")));
    }

    #[test]
    fn text_values_are_escaped_and_control_characters_dropped() {
        let event = Event {
            summary: "Rhyme\r time\u{7}".into(),
            location: "Toxteth Library, 41 Windsor St; L8\nBring a blanket \\ a mat".into(),
            ..rhyme_time()
        };
        let out = unfold(&calendar("Songs, rhymes", &[event], now())).replace("\r\n", "\n");
        assert!(out.contains("\nSUMMARY:Rhyme time\n"), "{out}");
        assert!(
            out.contains("\nLOCATION:Toxteth Library\\, 41 Windsor St\\; L8\\nBring a blanket \\\\ a mat\n"),
            "{out}"
        );
        assert!(out.contains("\nX-WR-CALNAME:Songs\\, rhymes\n"), "{out}");
    }

    #[test]
    fn a_schedule_repeats_in_london_time_and_skips_its_cancelled_dates() {
        let out = calendar("Rhyme time", &[rhyme_time()], now());
        assert!(out.starts_with("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"));
        let unfolded = unfold(&out);
        let calendar = read_calendar(&unfolded).unwrap();
        assert_eq!(calendar.components.len(), 2);

        let timezone = &calendar.components[0];
        assert_eq!(timezone.name.as_str(), "VTIMEZONE");
        assert_eq!(values(timezone, "TZID"), ["Europe/London"]);
        let rules: Vec<&str> = timezone.components.iter().map(|c| c.name.as_str()).collect();
        assert_eq!(rules, ["DAYLIGHT", "STANDARD"]);
        for component in std::iter::once(timezone).chain(&timezone.components) {
            assert!(values(component, "UID").is_empty() && values(component, "DTSTAMP").is_empty());
        }

        let event = &calendar.components[1];
        assert_eq!(values(event, "UID"), ["session-s1@perilink"]);
        assert_eq!(values(event, "DTSTAMP"), ["20270115T080000Z"]);
        assert_eq!(values(event, "DTSTART"), ["20270105T100000"]);
        assert_eq!(values(event, "DTEND"), ["20270105T113000"]);
        assert_eq!(
            values(event, "RRULE"),
            ["FREQ=WEEKLY;INTERVAL=2;UNTIL=20270130T225959Z"]
        );
        assert_eq!(values(event, "EXDATE"), ["20270119T100000"]);
        for name in ["DTSTART", "DTEND", "EXDATE"] {
            let property = event.find_prop(name).unwrap();
            let tzid = property.params.iter().find(|p| p.key.as_str() == "TZID");
            assert_eq!(
                tzid.and_then(|p| p.val.as_ref()).map(|v| v.as_str()),
                Some(LONDON)
            );
        }
        assert_eq!(values(event, "GEO"), ["53.39000;-2.97000"]);
        assert_eq!(values(event, "URL"), ["/sessions/s1"]);
    }

    #[test]
    fn a_single_date_has_no_rule_and_no_exceptions() {
        let event = Event {
            weekly: None,
            ..rhyme_time()
        };
        let out = calendar("PeriLink", &[event], now());
        let (_, vevent) = out.split_once("BEGIN:VEVENT").unwrap();
        assert!(!vevent.contains("RRULE") && !vevent.contains("EXDATE"), "{out}");
    }
}
