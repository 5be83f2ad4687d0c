//! A register mark: whether a mother came to one date of a session.

use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, DeriveEntityModel)]
#[sea_orm(table_name = "attendance")]
pub struct Model {
    /// The client-generated UUID of the mark that set this row.
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: String,
    pub occurrence_id: String,
    pub mother_id: String,
    /// `present`, `absent` or `apologies`.
    pub status: String,
    /// When the host made the mark, on their device.
    pub recorded_at: DateTimeUtc,
    pub recorded_by: String,
    pub received_at: DateTimeUtc,
    pub babies: Option<i32>,
    pub children: Option<i32>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
