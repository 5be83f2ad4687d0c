//! One dated meeting of a session.

use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, DeriveEntityModel)]
#[sea_orm(table_name = "occurrences")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: String,
    pub session_id: String,
    pub date: Date,
    /// Cancelled dates (bank holidays, half term) stay, marked, so calendars can
    /// carry them as exceptions.
    pub cancelled: bool,
    /// Places booked on this date.
    pub booked: i32,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
