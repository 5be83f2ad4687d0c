//! Booking a place, enrolling on a course, the waiting list, and a mother's own list
//! of what she has booked.

use crate::directory::LocalisedText;
use serde::{Deserialize, Serialize};

/// What a mother asks for: one date of an ongoing session, or a whole course.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct BookingRequest {
    /// The date to book, for an ongoing session.
    #[serde(default)]
    pub occurrence_id: Option<String>,
    /// The course to enrol on.
    #[serde(default)]
    pub session_id: Option<String>,
    /// When no places are left: join the waiting list rather than be told it is full.
    #[serde(default)]
    pub waiting_list: bool,
}

/// Where a booking stands.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum BookingStatus {
    /// She has a place.
    Booked,
    /// On the waiting list; she is told when a place comes free.
    Waiting,
    /// Cancelled, by her or by staff.
    Cancelled,
}

impl BookingStatus {
    /// The name stored in the database.
    pub fn as_str(self) -> &'static str {
        match self {
            BookingStatus::Booked => "booked",
            BookingStatus::Waiting => "waiting",
            BookingStatus::Cancelled => "cancelled",
        }
    }

    /// The status a stored name stands for.
    pub fn parse(s: &str) -> Option<BookingStatus> {
        match s {
            "booked" => Some(BookingStatus::Booked),
            "waiting" => Some(BookingStatus::Waiting),
            "cancelled" => Some(BookingStatus::Cancelled),
            _ => None,
        }
    }
}

/// A place on one date, or an enrolment on a course.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum BookingKind {
    Occurrence,
    Enrolment,
}

impl BookingKind {
    /// The name stored in the database.
    pub fn as_str(self) -> &'static str {
        match self {
            BookingKind::Occurrence => "occurrence",
            BookingKind::Enrolment => "enrolment",
        }
    }
}

/// One of a mother's bookings, as My sessions shows it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct MyBooking {
    pub id: String,
    pub kind: BookingKind,
    pub status: BookingStatus,
    /// Her place in the queue (1 is next), while waiting.
    pub waiting_position: Option<u32>,
    pub session_id: String,
    pub occurrence_id: Option<String>,
    /// The date booked, or for a course its next date.
    pub date: Option<String>,
    pub start_time: String,
    pub end_time: String,
    pub title: LocalisedText,
    pub venue_name: String,
    pub venue_postcode: String,
}

/// A mother's upcoming bookings, enrolments and waiting-list places.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct MyBookings {
    pub bookings: Vec<MyBooking>,
}

/// The private address of a mother's calendar feed.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct CalendarFeed {
    /// A path on this server; anyone holding it can read her bookings' dates, so it
    /// is long, random and can be replaced.
    pub path: String,
}

/// A mother signing herself up: a name, a phone number or an email, her language.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct SignupRequest {
    /// What she would like to be called.
    pub name: String,
    #[serde(default)]
    pub phone: Option<String>,
    #[serde(default)]
    pub email: Option<String>,
    /// A BCP 47 tag of one of the interface languages.
    pub language: String,
    /// At least [`MIN_MOTHER_PASSWORD`] characters.
    pub password: String,
}

/// What a sign-up's first step answers, the same whether or not the number or
/// email already has an account: a message is on its way to the contact she gave
/// first (her phone if she gave one). For a new contact it holds a code for
/// [`SignupConfirm`]; for one already in use, a note saying so to its holder.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct SignupStarted {
    /// `sms` or `email`: where to look for the message.
    pub channel: String,
    /// The code itself, only from a server running the demo (whose messages go to
    /// its log), so the demo can be tried end to end.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub demo_code: Option<String>,
}

/// A sign-up's second step: the same details again, and the code sent to her.
/// Nothing of her is kept between the two steps but the code's hash.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct SignupConfirm {
    pub signup: SignupRequest,
    /// The code as she typed it; any digits, spaces and dashes.
    pub code: String,
}

/// The shortest password a mother may choose.
pub const MIN_MOTHER_PASSWORD: usize = crate::accounts::MIN_PASSWORD_CHARS;

string_enum! {
    /// What is wrong with a listing, picked in one tap.
    ReportReason {
        /// The day or time has changed.
        Time = "time",
        /// It has moved, or the place is wrong.
        Place = "place",
        /// It no longer runs.
        Cancelled = "cancelled",
        Other = "other",
    }
}

/// A report that a listing's information is wrong.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct ListingReportRequest {
    /// What is wrong, if she wants to say (at most 1,000 characters).
    #[serde(default)]
    pub note: Option<String>,
    /// What is wrong, as she picked it.
    #[serde(default)]
    pub reason: Option<ReportReason>,
}
