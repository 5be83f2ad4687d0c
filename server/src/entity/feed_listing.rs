//! Where an imported listing came from: a feed's service, location, or service at
//! a location on one weekday, and the local programme, venue or session it became.

use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, DeriveEntityModel)]
#[sea_orm(table_name = "feed_listings")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: String,
    pub feed_id: String,
    /// `service` (a programme), `location` (a venue) or `session`.
    pub kind: String,
    pub remote_id: String,
    pub local_id: String,
    /// A service's: the hash of what the feed last said that was applied or turned down.
    pub remote_hash: Option<String>,
    /// A service's: the hash of the local listing just after the feed last wrote it.
    pub local_hash: Option<String>,
    pub edited_locally: bool,
    /// A service's: what the feed says now, as JSON, waiting for approval.
    pub pending: Option<String>,
    pub pending_since: Option<DateTimeUtc>,
    /// When the feed stopped listing it.
    pub gone_at: Option<DateTimeUtc>,
    pub updated_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
