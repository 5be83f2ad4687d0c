//! A session that takes its dates from a partner's iCalendar (`.ics`) address, as
//! a coordinator manages it under `/api/directory/sessions/{id}/calendar`: the
//! address, the words an event's title must contain, and what the last reading
//! did. Instants are RFC 3339 (UTC).

use serde::{Deserialize, Serialize};

string_enum! {
    /// Why a calendar could not be read. Nothing is changed when one is.
    CalendarProblem {
        /// No answer from its address, or not in time.
        Unreachable = "unreachable",
        /// It answered with an error (a 4xx or 5xx status).
        ServerError = "server_error",
        /// What it sent is not an iCalendar file PeriLink can read.
        NotCalendar = "not_calendar",
        /// It has no event (with the words asked for, if any).
        NoEvents = "no_events",
        /// Larger than PeriLink reads.
        TooBig = "too_big",
    }
}

/// The calendar to take a session's dates from.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct CalendarInput {
    /// The calendar's address, such as `https://library.example.org/baby-rhyme.ics`
    /// (`webcal://` is read as `https://`).
    pub url: String,
    /// Words an event's title (SUMMARY) must contain to count; empty: every event.
    #[serde(default)]
    pub words: Option<String>,
}

/// What a reading of the calendar did.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct CalendarReading {
    pub read_at: String,
    /// Why it could not be read; nothing was changed then.
    pub problem: Option<CalendarProblem>,
    /// What was wrong, in English, when it could not be read.
    pub detail: Option<String>,
    /// Dates from today on that the calendar gives.
    pub dates: u32,
    /// Dates added.
    pub added: u32,
    /// Dates cancelled (or, when nobody had booked them, taken away).
    pub cancelled: u32,
    /// Mothers told that a date they had booked is cancelled.
    pub told: u32,
}

/// The calendar a session takes its dates from.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct SessionCalendar {
    pub session_id: String,
    pub url: String,
    pub words: Option<String>,
    pub next_read_at: String,
    /// The latest reading, once it has been read.
    pub last_reading: Option<CalendarReading>,
}

/// A session's calendar, or none when its dates are its own.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct SessionCalendarState {
    pub calendar: Option<SessionCalendar>,
}
