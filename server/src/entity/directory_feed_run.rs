//! One reading of a feed and what came of it.

use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, DeriveEntityModel)]
#[sea_orm(table_name = "directory_feed_runs")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: String,
    pub feed_id: String,
    pub started_at: DateTimeUtc,
    pub finished_at: DateTimeUtc,
    /// Why the feed could not be read (a `FeedProblem` code); none when it was.
    pub problem: Option<String>,
    /// What happened, in plain English words, naming no person.
    pub detail: String,
    pub pages: i32,
    pub created: i32,
    pub updated: i32,
    pub waiting: i32,
    pub gone: i32,
    pub skipped: i32,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
