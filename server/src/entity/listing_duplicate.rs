//! A feed's service that looks like a listing the organisation already has,
//! waiting for a coordinator to say whether it is the same, or decided.

use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, DeriveEntityModel)]
#[sea_orm(table_name = "listing_duplicates")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: String,
    pub feed_id: String,
    /// The feed's id for the service.
    pub remote_id: String,
    /// Her listing it looks like.
    pub programme_id: String,
    /// What the feed says, as JSON (`ImportedContent`).
    pub content: String,
    /// How alike the titles are, 0 to 1.
    pub similarity: f64,
    pub found_at: DateTimeUtc,
    /// `same` or `different`; none while she has not decided.
    pub decision: Option<String>,
    pub decided_by: Option<String>,
    pub decided_at: Option<DateTimeUtc>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
