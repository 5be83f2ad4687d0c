//! The audit log: who did what to which record, and when.

use crate::entity::audit_event;
use sea_orm::{ActiveModelTrait, ConnectionTrait, DbErr, Set};

/// One thing worth auditing.
pub struct AuditEntry<'a> {
    /// Who acted, if known.
    pub actor_id: Option<&'a str>,
    /// A stable action name, such as `auth.login`.
    pub action: &'a str,
    /// The kind of record acted on, such as `user`.
    pub subject_type: Option<&'a str>,
    /// The record's id.
    pub subject_id: Option<&'a str>,
    /// Why, in words that name no one.
    pub detail: Option<&'a str>,
}

/// Writes an entry to the audit log.
pub async fn record<C: ConnectionTrait>(db: &C, entry: AuditEntry<'_>) -> Result<(), DbErr> {
    audit_event::ActiveModel {
        id: Set(uuid::Uuid::new_v4().to_string()),
        at: Set(chrono::Utc::now()),
        actor_id: Set(entry.actor_id.map(str::to_owned)),
        action: Set(entry.action.to_owned()),
        subject_type: Set(entry.subject_type.map(str::to_owned)),
        subject_id: Set(entry.subject_id.map(str::to_owned)),
        detail: Set(entry.detail.map(str::to_owned)),
    }
    .insert(db)
    .await?;
    Ok(())
}
