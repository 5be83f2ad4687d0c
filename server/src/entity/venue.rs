//! A place where sessions happen: a library, a children's centre, a museum.

use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, DeriveEntityModel)]
#[sea_orm(table_name = "venues")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: String,
    pub organisation_id: String,
    pub name: String,
    pub address: String,
    pub town: String,
    pub postcode: String,
    pub lat: f64,
    pub lon: f64,
    pub step_free: bool,
    pub buggy_space: bool,
    pub baby_change: bool,
    pub breastfeeding_welcome: bool,
    /// Which buses stop nearby, in plain words.
    pub bus_routes: Option<String>,
    /// The user who keeps this listing right.
    pub owner_id: String,
    /// When the owner last checked the listing.
    pub assured_at: DateTimeUtc,
    pub created_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
