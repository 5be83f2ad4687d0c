//! A screening a mother enrolled on a course has due at one of its points, derived
//! from the course's schedule and dates.

use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, DeriveEntityModel)]
#[sea_orm(table_name = "screening_due")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: String,
    pub mother_id: String,
    /// The course.
    pub session_id: String,
    /// `baseline`, `week6` or `end`.
    pub point: String,
    /// `epds`, `phq9`, `gad2` or `whooley`.
    pub instrument: String,
    /// The date the point falls on.
    pub due_on: Date,
    /// The first day it can be done.
    pub due_from: Date,
    /// The last day it can be done.
    pub due_until: Date,
    /// The screening that did it.
    pub screening_id: Option<String>,
    /// When a reminder was claimed and queued; set once, by one worker.
    pub reminded_at: Option<DateTimeUtc>,
    pub created_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
