//! A session that takes its dates from a partner's iCalendar (`.ics`) address.

use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, DeriveEntityModel)]
#[sea_orm(table_name = "calendar_imports")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: String,
    /// The session whose dates it sets (one calendar a session).
    pub session_id: String,
    /// The organisation that owns the session.
    pub organisation_id: String,
    /// The coordinator who attached it; scheduled readings write as her.
    pub created_by: String,
    /// The calendar's address.
    pub url: String,
    /// Words an event's SUMMARY must contain to count; none: every event.
    pub words: Option<String>,
    /// The ETag of the last answer read in full.
    pub etag: Option<String>,
    /// The dates (`YYYY-MM-DD`, space-separated) the calendar cancelled.
    pub cancelled_dates: String,
    pub every_hours: i32,
    pub next_run_at: DateTimeUtc,
    /// Set while a reading holds it.
    pub reading_since: Option<DateTimeUtc>,
    /// When it was last read in full (not answered `304`).
    pub full_read_at: Option<DateTimeUtc>,
    pub last_read_at: Option<DateTimeUtc>,
    /// The last reading's problem (`unreachable`, `not_calendar`...), if it failed.
    pub last_problem: Option<String>,
    /// What was wrong, in English, for a failed reading.
    pub last_detail: Option<String>,
    /// Dates ahead the last good reading found.
    pub last_dates: i32,
    pub last_added: i32,
    pub last_cancelled: i32,
    /// Mothers told of a cancelled date.
    pub last_told: i32,
    pub created_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
