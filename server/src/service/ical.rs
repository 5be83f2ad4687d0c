//! iCalendar (RFC 5545) files: a session's schedule, and a mother's feed of what she
//! has booked. Times are local to `Europe/London`, carried with `TZID` and a
//! `VTIMEZONE` that states the UK's summer-time rule; cancelled dates are `EXDATE`s.

use chrono::{DateTime, NaiveDate, Utc};

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

const TIMEZONE: &str = "BEGIN:VTIMEZONE\r\n\
TZID:Europe/London\r\n\
BEGIN:DAYLIGHT\r\n\
TZOFFSETFROM:+0000\r\n\
TZOFFSETTO:+0100\r\n\
TZNAME:BST\r\n\
DTSTART:19700329T010000\r\n\
RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU\r\n\
END:DAYLIGHT\r\n\
BEGIN:STANDARD\r\n\
TZOFFSETFROM:+0100\r\n\
TZOFFSETTO:+0000\r\n\
TZNAME:GMT\r\n\
DTSTART:19701025T020000\r\n\
RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU\r\n\
END:STANDARD\r\n\
END:VTIMEZONE\r\n";

/// Escapes a TEXT value (RFC 5545 §3.3.11).
fn text(value: &str) -> String {
    let mut out = String::with_capacity(value.len());
    for c in value.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\n' => out.push_str("\\n"),
            '\r' => {}
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    out
}

/// Appends a content line, folded so no line is longer than 75 octets (§3.1),
/// never splitting a character.
fn line(out: &mut String, content: &str) {
    let mut width = 0;
    for c in content.chars() {
        let len = c.len_utf8();
        if width + len > 75 {
            out.push_str("\r\n ");
            width = 1;
        }
        out.push(c);
        width += len;
    }
    out.push_str("\r\n");
}

fn local(date: NaiveDate, time: &str) -> String {
    format!("{}T{}00", date.format("%Y%m%d"), time.replace(':', ""))
}

/// A calendar holding these events.
pub fn calendar(name: &str, events: &[Event], now: DateTime<Utc>) -> String {
    let mut out = String::new();
    line(&mut out, "BEGIN:VCALENDAR");
    line(&mut out, "VERSION:2.0");
    line(&mut out, "PRODID:-//PeriLink//Sessions//EN");
    line(&mut out, "CALSCALE:GREGORIAN");
    line(&mut out, "METHOD:PUBLISH");
    line(&mut out, &format!("X-WR-CALNAME:{}", text(name)));
    line(&mut out, "X-WR-TIMEZONE:Europe/London");
    out.push_str(TIMEZONE);
    let stamp = now.format("%Y%m%dT%H%M%SZ").to_string();
    for event in events {
        line(&mut out, "BEGIN:VEVENT");
        line(&mut out, &format!("UID:{}", text(&event.uid)));
        line(&mut out, &format!("DTSTAMP:{stamp}"));
        line(
            &mut out,
            &format!("DTSTART;TZID=Europe/London:{}", local(event.date, &event.start)),
        );
        line(
            &mut out,
            &format!("DTEND;TZID=Europe/London:{}", local(event.date, &event.end)),
        );
        if let Some((interval, until)) = event.weekly {
            let mut rule = format!("RRULE:FREQ=WEEKLY;INTERVAL={interval}");
            if let Some(until) = until {
                // UNTIL is UTC when DTSTART has a TZID; the end of the last day in
                // London is never earlier than 23:59:59 UTC... minus an hour in
                // summer, which is still after any session that day.
                rule.push_str(&format!(";UNTIL={}T225959Z", until.format("%Y%m%d")));
            }
            line(&mut out, &rule);
            for date in &event.cancelled {
                line(
                    &mut out,
                    &format!("EXDATE;TZID=Europe/London:{}", local(*date, &event.start)),
                );
            }
        }
        line(&mut out, &format!("SUMMARY:{}", text(&event.summary)));
        if let Some(description) = &event.description {
            line(&mut out, &format!("DESCRIPTION:{}", text(description)));
        }
        line(&mut out, &format!("LOCATION:{}", text(&event.location)));
        if let Some((lat, lon)) = event.geo {
            line(&mut out, &format!("GEO:{lat:.5};{lon:.5}"));
        }
        if let Some(url) = &event.url {
            line(&mut out, &format!("URL:{url}"));
        }
        line(&mut out, "END:VEVENT");
    }
    line(&mut out, "END:VCALENDAR");
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn long_lines_fold_at_75_octets_without_splitting_characters() {
        let mut out = String::new();
        let long = format!("SUMMARY:{}", "وقت الأناشيد ".repeat(10));
        line(&mut out, &long);
        for physical in out.split("\r\n").filter(|l| !l.is_empty()) {
            assert!(physical.len() <= 75, "{} octets: {physical}", physical.len());
        }
        let unfolded = out.replace("\r\n ", "");
        assert_eq!(unfolded, format!("{long}\r\n"));
    }

    #[test]
    fn text_values_are_escaped() {
        assert_eq!(
            text("Toxteth Library, 41 Windsor St; L8\nBring a blanket"),
            "Toxteth Library\\, 41 Windsor St\\; L8\\nBring a blanket"
        );
    }
}
