//! Sign-ins as devices: each sign-in (a refresh token family) has a row saying when
//! it began and was last used, from which browser, whether it passed two-factor,
//! and whether it has ended. Ending one signs that device out at once.

use crate::auth::refresh;
use crate::error::AppError;
use crate::service::sql;
use chrono::{DateTime, Utc};
use perilink_shared::accounts::DeviceSession;
use sea_orm::{ConnectionTrait, FromQueryResult};

/// The longest user agent kept.
const USER_AGENT_CHARS: usize = 200;

/// Records a new sign-in with id `family`.
pub async fn start<C: ConnectionTrait>(
    db: &C,
    family: &str,
    user_id: &str,
    user_agent: Option<&str>,
    mfa: bool,
) -> Result<(), AppError> {
    let now = Utc::now();
    let agent: Option<String> = user_agent.map(|a| {
        a.chars()
            .filter(|c| !c.is_control())
            .take(USER_AGENT_CHARS)
            .collect()
    });
    sql::exec(
        db,
        "INSERT INTO sign_ins (id, user_id, created_at, last_used_at, user_agent, mfa, ended_at) \
         VALUES (?, ?, ?, ?, ?, ?, NULL)",
        vec![
            family.into(),
            user_id.into(),
            now.into(),
            now.into(),
            agent.into(),
            mfa.into(),
        ],
    )
    .await?;
    Ok(())
}

/// Whether a sign-in passed two-factor, and when it ended.
#[derive(FromQueryResult)]
struct SignInState {
    mfa: bool,
    ended_at: Option<DateTime<Utc>>,
}

/// A live sign-in.
#[derive(FromQueryResult)]
struct DeviceRow {
    id: String,
    created_at: DateTime<Utc>,
    last_used_at: DateTime<Utc>,
    user_agent: Option<String>,
}

/// Marks a sign-in used now and says whether it passed two-factor; `None` if it has
/// ended. A family from before sign-ins were recorded counts as without two-factor.
pub async fn touch<C: ConnectionTrait>(db: &C, family: &str) -> Result<Option<bool>, AppError> {
    sql::exec(
        db,
        "UPDATE sign_ins SET last_used_at = ? WHERE id = ? AND ended_at IS NULL",
        vec![Utc::now().into(), family.into()],
    )
    .await?;
    let row = sql::row::<SignInState>(
        db,
        "SELECT mfa, ended_at FROM sign_ins WHERE id = ?",
        vec![family.into()],
    )
    .await?;
    let Some(row) = row else {
        return Ok(Some(false));
    };
    if row.ended_at.is_some() {
        return Ok(None);
    }
    Ok(Some(row.mfa))
}

/// Marks a sign-in as having passed two-factor (after enrolling).
pub async fn mark_mfa<C: ConnectionTrait>(db: &C, family: &str) -> Result<(), AppError> {
    sql::exec(
        db,
        "UPDATE sign_ins SET mfa = ? WHERE id = ?",
        vec![true.into(), family.into()],
    )
    .await?;
    Ok(())
}

/// Ends one of a user's sign-ins; false if there is no such live sign-in of theirs.
pub async fn end<C: ConnectionTrait>(db: &C, user_id: &str, family: &str) -> Result<bool, AppError> {
    let ended = sql::exec(
        db,
        "UPDATE sign_ins SET ended_at = ? WHERE id = ? AND user_id = ? AND ended_at IS NULL",
        vec![Utc::now().into(), family.into(), user_id.into()],
    )
    .await?;
    // Only her own sign-in's tokens: someone else's id changes nothing.
    if ended == 1 {
        refresh::revoke_family(db, family).await?;
    }
    Ok(ended == 1)
}

/// Ends a sign-in whoever it belongs to (signing out this device).
pub async fn end_any<C: ConnectionTrait>(db: &C, family: &str) -> Result<(), AppError> {
    sql::exec(
        db,
        "UPDATE sign_ins SET ended_at = ? WHERE id = ? AND ended_at IS NULL",
        vec![Utc::now().into(), family.into()],
    )
    .await?;
    Ok(())
}

/// Ends every sign-in of a user and revokes all their refresh tokens.
pub async fn end_all<C: ConnectionTrait>(db: &C, user_id: &str) -> Result<(), AppError> {
    let now = Utc::now();
    sql::exec(
        db,
        "UPDATE sign_ins SET ended_at = ? WHERE user_id = ? AND ended_at IS NULL",
        vec![now.into(), user_id.into()],
    )
    .await?;
    sql::exec(
        db,
        "UPDATE refresh_tokens SET revoked_at = ? WHERE user_id = ? AND revoked_at IS NULL",
        vec![now.into(), user_id.into()],
    )
    .await?;
    Ok(())
}

/// A user's live sign-ins, most recently used first; `current` is the asking one.
pub async fn list<C: ConnectionTrait>(
    db: &C,
    user_id: &str,
    current: &str,
) -> Result<Vec<DeviceSession>, AppError> {
    let rows: Vec<DeviceRow> = sql::rows(
        db,
        "SELECT s.id, s.created_at, s.last_used_at, s.user_agent FROM sign_ins s \
         WHERE s.user_id = ? AND s.ended_at IS NULL \
         AND EXISTS (SELECT 1 FROM refresh_tokens r WHERE r.family_id = s.id \
                     AND r.revoked_at IS NULL AND r.expires_at > ?) \
         ORDER BY s.last_used_at DESC",
        vec![user_id.into(), Utc::now().into()],
    )
    .await?;
    Ok(rows
        .into_iter()
        .map(|row| DeviceSession {
            current: row.id == current,
            id: row.id,
            created_at: row.created_at.to_rfc3339(),
            last_used_at: row.last_used_at.to_rfc3339(),
            user_agent: row.user_agent,
        })
        .collect())
}
