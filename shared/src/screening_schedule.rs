//! Screenings a course schedules: which instrument at which points of the course
//! (baseline, week 6, end), the screenings a mother enrolled on it has due, and how
//! each point stands for the staff caring for her.
//!
//! A point falls due on a date: baseline on the course's first date, week 6 six
//! weeks after it, the end on its last date. It can be done from [`OPENS_BEFORE_DAYS`]
//! before that date to [`CLOSES_AFTER_DAYS`] after; any screening with the scheduled
//! instrument recorded for her in that window (by her or by a referrer) does it.

use crate::screening::Instrument;
use serde::{Deserialize, Serialize};

/// A point's window opens this many days before its date.
pub const OPENS_BEFORE_DAYS: i64 = 3;
/// A point's window closes this many days after its date.
pub const CLOSES_AFTER_DAYS: i64 = 14;
/// Week 6 falls this many days after the first date.
pub const WEEK_6_DAYS: i64 = 42;

string_enum! {
    /// When in a course a screening is scheduled. The names are those a screening's
    /// `timepoint` carries, so outcome reports pair them.
    ScreeningPoint {
        /// The course's first date.
        Baseline = "baseline",
        /// Six weeks after the first date.
        Week6 = "week6",
        /// The course's last date.
        End = "end",
    }
}

string_enum! {
    /// How a scheduled screening stands.
    PointStatus {
        /// Its window has not opened yet.
        Upcoming = "upcoming",
        /// Its window is open and it is not done.
        Due = "due",
        /// A screening with its instrument was recorded in its window.
        Done = "done",
        /// Its window closed and it was not done.
        Overdue = "overdue",
    }
}

impl PointStatus {
    /// How a point stands on `today`, all dates being `YYYY-MM-DD` (which sort as
    /// dates do).
    pub fn on(today: &str, due_from: &str, due_until: &str, done: bool) -> PointStatus {
        if done {
            PointStatus::Done
        } else if today < due_from {
            PointStatus::Upcoming
        } else if today <= due_until {
            PointStatus::Due
        } else {
            PointStatus::Overdue
        }
    }
}

/// A course's screening schedule: `GET` and `PUT
/// /api/directory/sessions/{id}/screening-schedule`. No points means none is
/// scheduled.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct ScreeningSchedule {
    /// EPDS unless the course chooses PHQ-9, GAD-2 or Whooley.
    #[serde(default = "default_instrument")]
    pub instrument: Instrument,
    /// The points, each at most once.
    #[serde(default)]
    pub points: Vec<ScreeningPoint>,
}

fn default_instrument() -> Instrument {
    Instrument::Epds
}

impl Default for ScreeningSchedule {
    fn default() -> Self {
        ScreeningSchedule {
            instrument: Instrument::Epds,
            points: Vec::new(),
        }
    }
}

/// A screening she has to do now (`GET /api/me/screenings/due`).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct DueScreening {
    pub id: String,
    pub instrument: Instrument,
    pub point: ScreeningPoint,
    /// First day it can be done, `YYYY-MM-DD`.
    pub due_from: String,
    /// Last day it can be done, `YYYY-MM-DD`.
    pub due_until: String,
    /// The course's title, in the language asked for (else English).
    pub course_title: String,
    pub session_id: String,
}

/// One scheduled screening of a mother, as the staff caring for her see it
/// (`GET /api/screenings/schedule?mother_id=`).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ScheduledScreening {
    pub id: String,
    pub session_id: String,
    pub course_title: String,
    pub instrument: Instrument,
    pub point: ScreeningPoint,
    /// The date it falls due, `YYYY-MM-DD`.
    pub due_on: String,
    pub due_from: String,
    pub due_until: String,
    pub status: PointStatus,
    /// The screening that did it.
    pub screening_id: Option<String>,
    /// Whether she was sent a reminder.
    pub reminded: bool,
}

/// A mother's scheduled screenings, by date.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct MotherSchedule {
    pub points: Vec<ScheduledScreening>,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_point_is_upcoming_then_due_then_overdue_unless_done() {
        let at = |today| PointStatus::on(today, "2026-12-07", "2026-12-24", false);
        assert_eq!(at("2026-12-06"), PointStatus::Upcoming);
        assert_eq!(at("2026-12-07"), PointStatus::Due);
        assert_eq!(at("2026-12-24"), PointStatus::Due);
        assert_eq!(at("2026-12-25"), PointStatus::Overdue);
        assert_eq!(
            PointStatus::on("2027-01-30", "2026-12-07", "2026-12-24", true),
            PointStatus::Done
        );
    }

    #[test]
    fn a_schedule_defaults_to_epds_and_refuses_other_instruments_and_fields() {
        let s: ScreeningSchedule = serde_json::from_str(r#"{"points":["baseline","week6","end"]}"#).unwrap();
        assert_eq!(s.instrument, Instrument::Epds);
        assert_eq!(s.points.len(), 3);
        assert!(serde_json::from_str::<ScreeningSchedule>(r#"{"instrument":"k10"}"#).is_err());
        assert!(serde_json::from_str::<ScreeningSchedule>(r#"{"points":["week_7"]}"#).is_err());
        assert!(serde_json::from_str::<ScreeningSchedule>(r#"{"when":"soon"}"#).is_err());
    }
}
