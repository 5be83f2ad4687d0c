//! A mother's place: on one occurrence, or enrolled on a whole course; booked or
//! waiting.

use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, DeriveEntityModel)]
#[sea_orm(table_name = "bookings")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: String,
    pub mother_id: String,
    pub session_id: String,
    /// The date booked; `None` for a course enrolment.
    pub occurrence_id: Option<String>,
    /// `occurrence` or `enrolment`.
    pub kind: String,
    /// `booked`, `waiting` or `cancelled`.
    pub status: String,
    pub created_at: DateTimeUtc,
    pub updated_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
