//! A session: a programme held at a venue on a regular schedule, with a host.

use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, DeriveEntityModel)]
#[sea_orm(table_name = "sessions")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: String,
    pub programme_id: String,
    pub venue_id: String,
    pub host_id: String,
    /// `weekly` or `fortnightly`.
    pub frequency: String,
    /// ISO weekday, 1 (Monday) to 7 (Sunday).
    pub weekday: i32,
    /// Local (Europe/London) start time, `HH:MM`.
    pub start_time: String,
    /// Local (Europe/London) end time, `HH:MM`.
    pub end_time: String,
    pub starts_on: Date,
    pub ends_on: Option<Date>,
    /// Places per occurrence; `None` for no limit.
    pub capacity: Option<i32>,
    /// Space-separated BCP 47 tags of the languages it is regularly delivered in.
    pub languages: String,
    /// An interpreter or bilingual facilitator is there.
    pub interpreter: bool,
    /// Space-separated BCP 47 tags of the languages the interpreter or bilingual
    /// facilitator covers.
    pub interpreter_languages: String,
    /// Places taken on the course (enrolments), for courses.
    pub enrolled: i32,
    pub owner_id: String,
    pub assured_at: DateTimeUtc,
    pub created_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
