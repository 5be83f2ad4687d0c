//! The simple wellbeing plan a link worker keeps with a mother.

use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, DeriveEntityModel)]
#[sea_orm(table_name = "wellbeing_plans")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub mother_id: String,
    /// Goals agreed, in her words.
    pub goals: String,
    /// Support chosen.
    pub support: String,
    pub review_on: Option<Date>,
    pub updated_by: String,
    pub updated_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
