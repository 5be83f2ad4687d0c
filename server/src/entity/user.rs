//! A person who signs in: a mother or a member of staff.

use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, DeriveEntityModel)]
#[sea_orm(table_name = "users")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: String,
    /// Stored lower-case, so sign-in ignores case. A mother may have only a phone.
    #[sea_orm(unique)]
    pub email: Option<String>,
    /// A UK phone number in E.164 form (`+447700900123`), for signing in by phone.
    #[sea_orm(unique)]
    pub phone: Option<String>,
    /// An argon2id PHC string.
    pub password_hash: String,
    /// A [`perilink_shared::auth::Role`] name.
    pub role: String,
    pub display_name: String,
    pub job_title: Option<String>,
    pub organisation_id: Option<String>,
    /// A BCP 47 interface language tag.
    pub language: String,
    pub active: bool,
    pub created_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
