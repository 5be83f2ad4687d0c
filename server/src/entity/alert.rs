//! A safety alert raised by a screening, open until a referrer records what she did.

use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, DeriveEntityModel)]
#[sea_orm(table_name = "alerts")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: String,
    pub screening_id: String,
    pub mother_id: String,
    /// `urgent` (a safety item) or `probable` (a high total).
    pub reason: String,
    pub raised_at: DateTimeUtc,
    /// When it went to the coordinators, unacknowledged after four hours.
    pub escalated_at: Option<DateTimeUtc>,
    pub acknowledged_at: Option<DateTimeUtc>,
    pub acknowledged_by: Option<String>,
    /// What was done.
    pub action_note: Option<String>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
