//! "This information is wrong": a report on a session's listing, for its owner.

use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, DeriveEntityModel)]
#[sea_orm(table_name = "listing_reports")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: String,
    pub session_id: String,
    /// Who reported it, if signed in; anyone may report.
    pub reporter_id: Option<String>,
    pub note: Option<String>,
    /// What she picked as wrong: `time`, `place`, `cancelled` or `other`.
    pub reason: Option<String>,
    pub created_at: DateTimeUtc,
    pub resolved_at: Option<DateTimeUtc>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
