//! The register: who is expected at a session today, and the marks a host's phone
//! records (offline first) and syncs in batches.

use serde::{Deserialize, Serialize};

string_enum! {
    /// A register mark.
    AttendanceStatus {
        Present = "present",
        Absent = "absent",
        /// Absent, but she let them know.
        Apologies = "apologies",
    }
}

string_enum! {
    /// Why a mother is on the register.
    ExpectedBecause {
        /// She booked this date.
        Booked = "booked",
        /// She is enrolled on the course.
        Enrolled = "enrolled",
        /// She was referred to this session.
        Referred = "referred",
        /// She came without being expected.
        WalkIn = "walk_in",
    }
}

string_enum! {
    /// What the server did with one mark of a batch.
    MarkOutcome {
        /// Recorded: it is the latest mark for her on that date.
        Applied = "applied",
        /// This very mark (by its id) was received before; nothing changed.
        AlreadyHad = "already_had",
        /// Kept in the log, but a later-recorded mark for her on that date stands.
        Superseded = "superseded",
    }
}

/// The share of a course's dates a mother must attend for it to count as completed.
pub const COURSE_COMPLETION_SHARE: f64 = 0.6;

/// The largest batch a device may send at once.
pub const MAX_BATCH: usize = 500;

/// A walk-in with no record yet: the least a host needs.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct WalkIn {
    pub given_name: String,
    #[serde(default)]
    pub phone: Option<String>,
    /// A BCP 47 tag.
    pub language: String,
}

/// One mark, as a device recorded it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct Mark {
    /// A UUID the device made for this mark; replaying it changes nothing.
    pub id: String,
    pub occurrence_id: String,
    /// A known mother; or give `walk_in`.
    #[serde(default)]
    pub mother_id: Option<String>,
    #[serde(default)]
    pub walk_in: Option<WalkIn>,
    pub status: AttendanceStatus,
    /// When the host made the mark, RFC 3339.
    pub recorded_at: String,
    /// Babies she brought.
    #[serde(default)]
    pub babies: Option<u8>,
    /// Other children with her.
    #[serde(default)]
    pub children: Option<u8>,
}

/// `POST /api/attendance/batch`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct MarkBatch {
    pub marks: Vec<Mark>,
}

/// What became of one mark.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct MarkResult {
    pub id: String,
    pub outcome: MarkOutcome,
    /// The mother it is for (a walk-in's new record, too).
    pub mother_id: String,
}

/// The answer to a batch, one result per mark, in order.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct BatchResult {
    pub results: Vec<MarkResult>,
}

/// A mother on a register. Nothing clinical.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ExpectedMother {
    pub mother_id: String,
    pub given_name: String,
    pub baby_name: Option<String>,
    pub language: String,
    pub interpreter_needed: bool,
    pub because: ExpectedBecause,
    /// The mark the server holds, if any.
    pub status: Option<AttendanceStatus>,
    pub babies: Option<u8>,
    pub children: Option<u8>,
}

/// One date of a session the host runs, with who is expected.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct RegisterOccurrence {
    pub occurrence_id: String,
    pub session_id: String,
    /// `YYYY-MM-DD`.
    pub date: String,
    pub start_time: String,
    pub end_time: String,
    pub title: crate::directory::LocalisedText,
    pub venue_name: String,
    pub cancelled: bool,
    pub expected: Vec<ExpectedMother>,
    /// What mothers texted back about this date, other than that they cannot come
    /// (which is their apologies), oldest first: words for the host to read.
    #[serde(default)]
    pub replies: Vec<TextReply>,
}

/// A mother's text in reply to her reminder, kept for the host of that date.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct TextReply {
    pub mother_id: String,
    pub given_name: String,
    /// Her words, as she wrote them.
    pub text: String,
    /// RFC 3339.
    pub received_at: String,
}

/// `GET /api/registers?date=`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Registers {
    pub date: String,
    pub occurrences: Vec<RegisterOccurrence>,
}

/// One past date in a mother's history.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct AttendanceEntry {
    pub occurrence_id: String,
    pub session_id: String,
    pub date: String,
    pub title: crate::directory::LocalisedText,
    pub venue_name: String,
    pub status: AttendanceStatus,
}

/// A mother's attendance history, newest first.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct AttendanceHistory {
    pub entries: Vec<AttendanceEntry>,
}
