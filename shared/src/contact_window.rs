//! When and how a mother says PeriLink and her care team may contact her: the ways
//! allowed (text, email, a call), the days, and the hours, in London time. A mother
//! who shares a phone with someone who watches it may say "text only on weekdays
//! before 3 pm" or "never call"; every message and every call honours it.
//!
//! [`ContactWindow::allows`] is the one rule; the server stores her choice as this
//! value's JSON and the app edits and shows it.

use crate::calendar::{london_offset_seconds, weekday};

string_enum! {
    /// A way of contacting her.
    Channel {
        /// A text message (SMS) to her phone.
        Text = "text",
        /// An email.
        Email = "email",
        /// A phone call from her care team.
        Call = "call",
    }
}

/// A stretch of the day in London time, in minutes after midnight: `from` is
/// included, `until` is not (`until` 1440 is midnight at the end of the day).
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct TimeRange {
    /// The first minute contact is safe (0 is midnight).
    pub from: u16,
    /// The minute it stops being safe (at most 1440).
    pub until: u16,
}

impl TimeRange {
    /// The whole day.
    pub const ALL_DAY: TimeRange = TimeRange { from: 0, until: 1440 };

    /// Whether `minute` (after midnight) falls inside.
    pub fn contains(&self, minute: u16) -> bool {
        (self.from..self.until).contains(&minute)
    }
}

/// How and when she may be contacted.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct ContactWindow {
    /// The ways allowed; a channel not here is never used ("never call").
    pub channels: Vec<Channel>,
    /// The days allowed, ISO weekdays: 1 is Monday, 7 is Sunday.
    pub weekdays: Vec<u8>,
    /// The hours allowed on those days, London time.
    pub times: Vec<TimeRange>,
}

impl Default for ContactWindow {
    /// Any way, any day, any time: what holds until she says otherwise.
    fn default() -> Self {
        ContactWindow {
            channels: Channel::ALL.to_vec(),
            weekdays: (1..=7).collect(),
            times: vec![TimeRange::ALL_DAY],
        }
    }
}

/// The most time ranges a window holds.
pub const MAX_TIME_RANGES: usize = 4;

impl ContactWindow {
    /// Checks a window a client sent: weekdays 1–7, ranges inside the day and not
    /// empty, at most [`MAX_TIME_RANGES`]; duplicates are dropped and the lists
    /// sorted, so the same choice is always stored the same way.
    pub fn parse(mut self) -> Result<ContactWindow, String> {
        if let Some(day) = self.weekdays.iter().find(|d| !(1..=7).contains(*d)) {
            return Err(format!("weekday {day} is not 1 (Monday) to 7 (Sunday)"));
        }
        if self.times.len() > MAX_TIME_RANGES {
            return Err(format!("at most {MAX_TIME_RANGES} time ranges"));
        }
        if let Some(range) = self.times.iter().find(|r| r.from >= r.until || r.until > 1440) {
            return Err(format!(
                "a time range must start before it ends, within the day: {}–{}",
                range.from, range.until
            ));
        }
        self.channels.sort();
        self.channels.dedup();
        self.weekdays.sort_unstable();
        self.weekdays.dedup();
        self.times.sort_by_key(|r| (r.from, r.until));
        self.times.dedup();
        Ok(self)
    }

    /// Whether she may be contacted by `channel` at `unix_seconds`, judged by the
    /// day and time in London then (summer time included).
    pub fn allows(&self, channel: Channel, unix_seconds: i64) -> bool {
        if !self.channels.contains(&channel) {
            return false;
        }
        let local = unix_seconds + london_offset_seconds(unix_seconds);
        let day = local.div_euclid(86_400);
        let minute = (local.rem_euclid(86_400) / 60) as u16;
        let weekday = weekday(day) as u8;
        self.weekdays.contains(&weekday) && self.times.iter().any(|r| r.contains(minute))
    }

    /// Whether she may never be contacted by `channel`, at any time.
    pub fn never(&self, channel: Channel) -> bool {
        !self.channels.contains(&channel) || self.weekdays.is_empty() || self.times.is_empty()
    }

    /// Whether this is the default: anything, any time.
    pub fn is_unrestricted(&self) -> bool {
        self.channels.len() == Channel::ALL.len()
            && self.weekdays.len() == 7
            && self.times.contains(&TimeRange::ALL_DAY)
    }
}

/// Her choice as the API carries it: `None` until she makes one.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ContactChoice {
    /// Her window, if she has said.
    pub window: Option<ContactWindow>,
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::calendar::days_from_civil;

    /// Unix seconds for a UTC date and time.
    fn utc(year: i32, month: u32, day: u32, hour: i64, minute: i64) -> i64 {
        days_from_civil(year, month, day) * 86_400 + hour * 3_600 + minute * 60
    }

    /// "Text only on weekdays before 3 pm, never call."
    fn weekdays_before_three() -> ContactWindow {
        ContactWindow {
            channels: vec![Channel::Text],
            weekdays: vec![1, 2, 3, 4, 5],
            times: vec![TimeRange {
                from: 9 * 60,
                until: 15 * 60,
            }],
        }
        .parse()
        .unwrap()
    }

    #[test]
    fn a_text_on_a_weekday_morning_is_allowed_and_a_call_never_is() {
        let w = weekdays_before_three();
        // Tuesday 1 December 2026, 10:00 in London (GMT).
        let tuesday_ten = utc(2026, 12, 1, 10, 0);
        assert!(w.allows(Channel::Text, tuesday_ten));
        assert!(!w.allows(Channel::Call, tuesday_ten));
        assert!(!w.allows(Channel::Email, tuesday_ten));
        assert!(w.never(Channel::Call));
        assert!(!w.never(Channel::Text));
    }

    #[test]
    fn three_pm_is_already_too_late_and_the_weekend_is_out() {
        let w = weekdays_before_three();
        assert!(w.allows(Channel::Text, utc(2026, 12, 1, 14, 59)));
        assert!(!w.allows(Channel::Text, utc(2026, 12, 1, 15, 0)));
        assert!(!w.allows(Channel::Text, utc(2026, 12, 1, 8, 59)));
        // Saturday 5 December 2026.
        assert!(!w.allows(Channel::Text, utc(2026, 12, 5, 10, 0)));
    }

    #[test]
    fn in_summer_the_hours_are_london_hours_not_utc() {
        let w = weekdays_before_three();
        // Wednesday 1 July 2026: 13:30 UTC is 14:30 in London, allowed; 14:30 UTC
        // is 15:30 in London, not, though it is before 3 pm in UTC.
        assert!(w.allows(Channel::Text, utc(2026, 7, 1, 13, 30)));
        assert!(!w.allows(Channel::Text, utc(2026, 7, 1, 14, 30)));
        // 08:30 UTC is 09:30 in London: allowed in summer, not in winter.
        assert!(w.allows(Channel::Text, utc(2026, 7, 1, 8, 30)));
        assert!(!w.allows(Channel::Text, utc(2026, 12, 2, 8, 30)));
    }

    #[test]
    fn the_day_is_londons_around_the_clock_change_and_midnight() {
        let late = ContactWindow {
            channels: vec![Channel::Email],
            weekdays: vec![1],
            times: vec![TimeRange { from: 0, until: 60 }],
        }
        .parse()
        .unwrap();
        // Sunday 28 June 2026 23:30 UTC is Monday 00:30 in London: allowed.
        assert!(late.allows(Channel::Email, utc(2026, 6, 28, 23, 30)));
        // The same UTC time in December is still Sunday in London.
        assert!(!late.allows(Channel::Email, utc(2026, 12, 6, 23, 30)));
        // Summer time ends at 01:00 UTC on Sunday 25 October 2026; Monday 26th at
        // 00:30 UTC is 00:30 GMT, allowed; on Monday 30 March 2026 (BST began the
        // day before) 23:30 UTC on the Sunday is 00:30 Monday in London.
        assert!(late.allows(Channel::Email, utc(2026, 10, 26, 0, 30)));
        assert!(late.allows(Channel::Email, utc(2026, 3, 29, 23, 30)));
        assert!(!late.allows(Channel::Email, utc(2026, 3, 29, 22, 59)));
    }

    #[test]
    fn until_she_says_anything_is_allowed_any_time() {
        let any = ContactWindow::default();
        assert!(any.is_unrestricted());
        for channel in Channel::ALL {
            assert!(any.allows(*channel, utc(2026, 12, 6, 3, 0)));
        }
        assert!(!weekdays_before_three().is_unrestricted());
    }

    #[test]
    fn a_window_with_no_days_or_hours_never_allows_anything() {
        let closed = ContactWindow {
            channels: Channel::ALL.to_vec(),
            weekdays: vec![],
            times: vec![TimeRange::ALL_DAY],
        };
        assert!(closed.never(Channel::Text));
        assert!(!closed.allows(Channel::Text, utc(2026, 12, 1, 10, 0)));
    }

    #[test]
    fn bad_windows_are_refused_with_the_reason() {
        let with_weekdays = |weekdays| ContactWindow {
            weekdays,
            ..ContactWindow::default()
        };
        let with_times = |times| ContactWindow {
            times,
            ..ContactWindow::default()
        };
        assert!(with_weekdays(vec![0]).parse().unwrap_err().contains("weekday 0"));
        assert!(
            with_times(vec![TimeRange {
                from: 600,
                until: 600
            }])
            .parse()
            .is_err()
        );
        assert!(
            with_times(vec![TimeRange { from: 0, until: 1441 }])
                .parse()
                .is_err()
        );
        assert!(
            with_times(vec![TimeRange::ALL_DAY; 5])
                .parse()
                .unwrap_err()
                .contains("at most")
        );
    }

    #[test]
    fn the_same_choice_is_stored_the_same_way() {
        let a = ContactWindow {
            channels: vec![Channel::Text, Channel::Email, Channel::Text],
            weekdays: vec![5, 1, 1],
            times: vec![
                TimeRange {
                    from: 600,
                    until: 700,
                },
                TimeRange { from: 60, until: 120 },
            ],
        }
        .parse()
        .unwrap();
        assert_eq!(a.channels, vec![Channel::Text, Channel::Email]);
        assert_eq!(a.weekdays, vec![1, 5]);
        assert_eq!(a.times[0].from, 60);
        let json = serde_json::to_string(&a).unwrap();
        assert_eq!(
            json,
            r#"{"channels":["text","email"],"weekdays":[1,5],"times":[{"from":60,"until":120},{"from":600,"until":700}]}"#
        );
        assert_eq!(serde_json::from_str::<ContactWindow>(&json).unwrap(), a);
    }
}
