//! A referral of a mother to a programme or session, and where it stands.

use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, DeriveEntityModel)]
#[sea_orm(table_name = "referrals")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: String,
    pub mother_id: String,
    pub referrer_id: String,
    pub programme_id: String,
    pub session_id: Option<String>,
    /// The consent she gave for this referral.
    pub consent_id: String,
    /// A [`perilink_shared::referral::ReferralStatus`] name.
    pub status: String,
    /// Space-separated [`perilink_shared::referral::ReferralReason`] names.
    pub reasons: String,
    /// What matters to her, in her own words.
    pub what_matters: Option<String>,
    /// The referrer's note; never shown to hosts.
    pub note: Option<String>,
    /// Her place, once booked.
    pub booking_id: Option<String>,
    pub decline_reason: Option<String>,
    /// `provider` or `mother`.
    pub declined_by: Option<String>,
    pub created_at: DateTimeUtc,
    pub updated_at: DateTimeUtc,
    /// When the provider (or she) first replied.
    pub replied_at: Option<DateTimeUtc>,
    pub first_attended_at: Option<DateTimeUtc>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
