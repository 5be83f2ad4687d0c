//! Where each mother's contact window is kept (`contact_windows`, one row per
//! mother, her `ContactWindow` as JSON) and the one question message producers and
//! her care team ask of it: [`may_contact`].

use crate::service::sql;
use chrono::{DateTime, Utc};
use perilink_shared::contact_window::{Channel, ContactWindow};
use sea_orm::{ConnectionTrait, DbErr};

/// Her window, if she has chosen one. A stored value that no longer parses is
/// treated as the strictest choice (nothing allowed) and logged by mother id, so a
/// fault never lets a message through that she had ruled out.
pub async fn window_of(db: &impl ConnectionTrait, mother_id: &str) -> Result<Option<ContactWindow>, DbErr> {
    /// Her window, as JSON.
    #[derive(sea_orm::FromQueryResult)]
    struct Stored {
        rule: String,
    }
    let Some(Stored { rule }) = sql::row::<Stored>(
        db,
        "SELECT rule FROM contact_windows WHERE mother_id = ?",
        vec![mother_id.into()],
    )
    .await?
    else {
        return Ok(None);
    };
    Ok(Some(serde_json::from_str(&rule).unwrap_or_else(|_| {
        tracing::error!(mother.id = %mother_id, "stored contact window does not parse; allowing nothing");
        ContactWindow {
            channels: vec![],
            weekdays: vec![],
            times: vec![],
        }
    })))
}

/// Keeps her window (already checked with `ContactWindow::parse`), or forgets it
/// with `None`, so anything is allowed again.
pub async fn set_window(
    db: &impl ConnectionTrait,
    mother_id: &str,
    window: Option<&ContactWindow>,
) -> Result<(), DbErr> {
    sql::exec(
        db,
        "DELETE FROM contact_windows WHERE mother_id = ?",
        vec![mother_id.into()],
    )
    .await?;
    if let Some(window) = window {
        let rule = serde_json::to_string(window).map_err(|e| DbErr::Custom(e.to_string()))?;
        sql::exec(
            db,
            "INSERT INTO contact_windows (mother_id, rule, updated_at) VALUES (?, ?, ?)",
            vec![mother_id.into(), rule.into(), Utc::now().into()],
        )
        .await?;
    }
    Ok(())
}

/// Whether the mother `mother_id` may be contacted by `channel` at `at`: her
/// window's answer, or yes when she has not chosen one. The single function the
/// messages rule (issue 16) calls for every message to a mother.
pub async fn may_contact(
    db: &impl ConnectionTrait,
    mother_id: &str,
    channel: Channel,
    at: DateTime<Utc>,
) -> Result<bool, DbErr> {
    Ok(window_of(db, mother_id)
        .await?
        .is_none_or(|window| window.allows(channel, at.timestamp())))
}
