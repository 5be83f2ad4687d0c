//! A message waiting to go out by SMS or email. Messages name a template and a
//! record, never health details; a worker sends them.

use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, DeriveEntityModel)]
#[sea_orm(table_name = "outbox")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: String,
    /// `sms` or `email`.
    pub channel: String,
    pub recipient_user_id: Option<String>,
    pub recipient_mother_id: Option<String>,
    /// A stable template name, such as `waitlist_promoted`.
    pub template: String,
    /// The language to write it in.
    pub language: String,
    pub subject_id: Option<String>,
    /// `pending`, `sent` or `failed`.
    pub status: String,
    pub attempts: i32,
    pub available_at: DateTimeUtc,
    pub created_at: DateTimeUtc,
    pub sent_at: Option<DateTimeUtc>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
