//! One line of the audit log: who did what to which record, and when. Holds ids,
//! never names, contact details or scores.

use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, DeriveEntityModel)]
#[sea_orm(table_name = "audit_events")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: String,
    pub at: DateTimeUtc,
    /// The user who acted, if anyone was signed in.
    pub actor_id: Option<String>,
    /// A stable action name such as `auth.login` or `auth.login_failed`.
    pub action: String,
    pub subject_type: Option<String>,
    pub subject_id: Option<String>,
    /// Why, or what else matters, in words that name no one.
    pub detail: Option<String>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
