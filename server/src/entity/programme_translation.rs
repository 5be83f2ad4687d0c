//! A programme's title and description in one language.

use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, DeriveEntityModel)]
#[sea_orm(table_name = "programme_translations")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub programme_id: String,
    /// A BCP 47 tag.
    #[sea_orm(primary_key, auto_increment = false)]
    pub language: String,
    pub title: String,
    pub description: String,
    /// What to bring, in plain words.
    pub what_to_bring: Option<String>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
