//! An Open Referral UK feed a coordinator imports listings from, for her
//! organisation.

use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, DeriveEntityModel)]
#[sea_orm(table_name = "directory_feeds")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: String,
    /// The organisation that owns what it imports.
    pub organisation_id: String,
    /// The coordinator who added it; scheduled readings write as her.
    pub created_by: String,
    /// The feed's address, such as `https://example.org/openreferral`.
    pub base_url: String,
    /// `all`, `taxonomy_term` or `text`.
    pub take: String,
    /// The taxonomy term's id or the words, with `take`.
    pub take_value: Option<String>,
    pub every_hours: i32,
    /// JSON: each page of the full list's ETag and the service ids it held.
    pub page_etags: Option<String>,
    /// When the last good reading started: the next asks for what changed since.
    pub last_success_at: Option<DateTimeUtc>,
    pub next_run_at: DateTimeUtc,
    /// When the reading that holds the feed now began; none when nobody reads it.
    pub reading_since: Option<DateTimeUtc>,
    pub created_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
