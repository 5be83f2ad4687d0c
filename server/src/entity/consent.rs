//! A mother's consent: what may be shared, with whom, and how to contact her.

use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, DeriveEntityModel)]
#[sea_orm(table_name = "consents")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: String,
    pub mother_id: String,
    /// Space-separated [`perilink_shared::referral::ConsentScope`] names.
    pub scopes: String,
    pub shared_with: String,
    /// A [`perilink_shared::referral::ContactPreference`] name.
    pub contact: String,
    pub recorded_at: DateTimeUtc,
    pub recorded_by: String,
    pub withdrawn_at: Option<DateTimeUtc>,
    pub withdrawn_by: Option<String>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
