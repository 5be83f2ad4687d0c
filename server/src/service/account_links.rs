//! Links that set a password: a mother's set-up link (7 days), sent when a referrer
//! registers her with a phone or email and she has no account, and a password reset
//! link for anyone (1 hour). Both go out through the outbox, are kept only as
//! SHA-256 hashes, and work once. Asking for a reset answers the same whether or
//! not the account exists.

use crate::auth::refresh::{hash_token, new_token};
use crate::entity::{mother, user};
use crate::error::AppError;
use crate::service::audit::{self, AuditEntry};
use crate::service::login_codes::{channel_for, limit_requests, normalise_contact};
use crate::service::outbox::{self, Recipient};
use crate::service::{sign_ins, sql, users};
use chrono::{DateTime, Duration, Utc};
use perilink_shared::accounts::{RESET_MINUTES, SETUP_DAYS};
use perilink_shared::auth::Role;
use sea_orm::{
    ActiveModelTrait, ConnectionTrait, DatabaseConnection, EntityTrait, FromQueryResult, IntoActiveModel,
    Set, TransactionTrait,
};
use std::net::IpAddr;

const SETUP: &str = "setup";
const RESET: &str = "reset";

async fn create<C: ConnectionTrait>(
    db: &C,
    purpose: &str,
    user_id: Option<&str>,
    mother_id: Option<&str>,
    ttl: Duration,
) -> Result<(String, String), AppError> {
    let token = new_token()?;
    let id = uuid::Uuid::new_v4().to_string();
    let now = Utc::now();
    sql::exec(
        db,
        "INSERT INTO account_links (id, purpose, user_id, mother_id, token_hash, created_at, expires_at, used_at) \
         VALUES (?, ?, ?, ?, ?, ?, ?, NULL)",
        vec![
            id.clone().into(),
            purpose.into(),
            user_id.map(str::to_owned).into(),
            mother_id.map(str::to_owned).into(),
            hash_token(&token).into(),
            now.into(),
            (now + ttl).into(),
        ],
    )
    .await?;
    Ok((id, token))
}

/// Offers a mother registered by a referrer a set-up link, by SMS if she gave a
/// phone, else by email; nothing if she has an account or neither, or if an
/// account already uses her phone or email.
pub async fn offer_setup<C: ConnectionTrait>(
    db: &C,
    public_url: &str,
    m: &mother::Model,
) -> Result<(), AppError> {
    if m.user_id.is_some() {
        return Ok(());
    }
    let channel = match (&m.phone, &m.email) {
        (Some(_), _) => "sms",
        (None, Some(_)) => "email",
        (None, None) => return Ok(()),
    };
    for contact in [&m.phone, &m.email].into_iter().flatten() {
        if users::find_by_login(db, contact).await?.is_some() {
            return Ok(());
        }
    }
    // Offered to her, not asked for this minute: held for quiet hours and her
    // contact window, by the way she gave her details.
    let Some(plan) = crate::service::contact::plan_by(db, m, channel, chrono::Utc::now()).await? else {
        tracing::info!(mother.id = %m.id, "no set-up link: her contact window rules it out");
        return Ok(());
    };
    let (id, token) = create(db, SETUP, None, Some(&m.id), Duration::days(SETUP_DAYS)).await?;
    let link = format!("{public_url}/set-up?token={token}");
    let message = outbox::Queued {
        channel: plan.channel,
        template: "account_setup",
        language: &m.language,
        subject_id: &id,
        payload: &link,
    };
    outbox::enqueue_with_payload_at(db, Recipient::Mother(&m.id), message, plan.at).await?;
    tracing::info!(mother.id = %m.id, link.id = %id, "set-up link queued");
    Ok(())
}

/// An account link as its row holds it.
#[derive(FromQueryResult)]
struct LinkRow {
    id: String,
    user_id: Option<String>,
    mother_id: Option<String>,
    expires_at: DateTime<Utc>,
    used_at: Option<DateTime<Utc>>,
}

/// Spends a link of this purpose (once, even with two servers racing) and returns
/// its id, user and mother.
async fn spend<C: ConnectionTrait>(
    db: &C,
    purpose: &str,
    token: &str,
) -> Result<(String, Option<String>, Option<String>), AppError> {
    let row = sql::row::<LinkRow>(
        db,
        "SELECT id, user_id, mother_id, expires_at, used_at FROM account_links WHERE token_hash = ? AND purpose = ?",
        vec![hash_token(token.trim()).into(), purpose.into()],
    )
    .await?
    .ok_or(AppError::NotFound)?;
    let LinkRow {
        id,
        user_id,
        mother_id,
        expires_at: expires,
        used_at: used,
    } = row;
    if used.is_some() {
        return Err(AppError::LinkUsed);
    }
    let now = Utc::now();
    if expires <= now {
        return Err(AppError::LinkExpired);
    }
    let spent = sql::exec(
        db,
        "UPDATE account_links SET used_at = ? WHERE id = ? AND used_at IS NULL AND expires_at > ?",
        vec![now.into(), id.clone().into(), now.into()],
    )
    .await?;
    if spent != 1 {
        return Err(AppError::LinkUsed);
    }
    outbox::forget_payload(db, &id).await?;
    Ok((id, user_id, mother_id))
}

/// A mother sets her password from her set-up link: her account is made from her
/// record, and she is signed in.
pub async fn complete_setup(
    db: &DatabaseConnection,
    token: &str,
    password: String,
) -> Result<user::Model, AppError> {
    crate::auth::password_policy::check(&password)?;
    let hash = crate::auth::password::hash(password).await?;
    let txn = db.begin().await?;
    let (link_id, _, mother_id) = spend(&txn, SETUP, token).await?;
    let m = mother::Entity::find_by_id(mother_id.unwrap_or_default())
        .one(&txn)
        .await?
        .ok_or(AppError::NotFound)?;
    if m.user_id.is_some() {
        return Err(AppError::LinkUsed);
    }
    let user_id = uuid::Uuid::new_v4().to_string();
    let account = user::ActiveModel {
        id: Set(user_id.clone()),
        email: Set(m.email.clone()),
        phone: Set(m.phone.clone()),
        password_hash: Set(hash),
        role: Set(Role::Mother.as_str().into()),
        display_name: Set(m.given_name.clone()),
        job_title: Set(None),
        organisation_id: Set(None),
        language: Set(m.language.clone()),
        active: Set(true),
        created_at: Set(Utc::now()),
    }
    .insert(&txn)
    .await
    .map_err(|err| {
        if sql::is_unique_violation(&err) {
            AppError::Conflict("an account already uses this phone number or email: sign in instead".into())
        } else {
            err.into()
        }
    })?;
    let mut record = m.into_active_model();
    record.user_id = Set(Some(user_id.clone()));
    record.update(&txn).await?;
    audit::record(
        &txn,
        AuditEntry {
            actor_id: Some(&user_id),
            action: "account.setup",
            subject_type: Some("account_link"),
            subject_id: Some(&link_id),
            detail: None,
        },
    )
    .await?;
    txn.commit().await?;
    Ok(account)
}

/// Sends a reset link if the email or phone belongs to an active account; says
/// nothing either way.
pub async fn request_reset<C: ConnectionTrait>(
    db: &C,
    public_url: &str,
    email_or_phone: &str,
    client: IpAddr,
) -> Result<(), AppError> {
    limit_requests(db, "reset", email_or_phone, client).await?;
    let contact = normalise_contact(email_or_phone);
    let Some(account) = users::find_by_login(db, &contact).await?.filter(|u| u.active) else {
        return Ok(());
    };
    let (id, token) = create(
        db,
        RESET,
        Some(&account.id),
        None,
        Duration::minutes(RESET_MINUTES),
    )
    .await?;
    outbox::enqueue_with_payload(
        db,
        channel_for(&contact),
        Recipient::User(&account.id),
        "password_reset",
        &account.language,
        &id,
        &format!("{public_url}/reset-password?token={token}"),
    )
    .await?;
    audit::record(
        db,
        AuditEntry {
            actor_id: None,
            action: "auth.password_reset_requested",
            subject_type: Some("user"),
            subject_id: Some(&account.id),
            detail: None,
        },
    )
    .await?;
    Ok(())
}

/// Sets a new password from a reset link, ends every sign-in of the account, and
/// forgets the wrong passwords counted against it.
pub async fn reset_password(db: &DatabaseConnection, token: &str, password: String) -> Result<(), AppError> {
    crate::auth::password_policy::check(&password)?;
    let hash = crate::auth::password::hash(password).await?;
    let txn = db.begin().await?;
    let (link_id, user_id, _) = spend(&txn, RESET, token).await?;
    let user_id = user_id.ok_or(AppError::NotFound)?;
    let changed = sql::exec(
        &txn,
        "UPDATE users SET password_hash = ? WHERE id = ? AND active = ?",
        vec![hash.into(), user_id.as_str().into(), true.into()],
    )
    .await?;
    if changed != 1 {
        return Err(AppError::NotFound);
    }
    if let Some(account) = user::Entity::find_by_id(user_id.clone()).one(&txn).await? {
        crate::service::login::forget_failures(&txn, &account).await?;
    }
    sign_ins::end_all(&txn, &user_id).await?;
    audit::record(
        &txn,
        AuditEntry {
            actor_id: Some(&user_id),
            action: "auth.password_reset",
            subject_type: Some("account_link"),
            subject_id: Some(&link_id),
            detail: None,
        },
    )
    .await?;
    txn.commit().await?;
    tracing::info!(user.id = %user_id, "password reset; every sign-in ended");
    Ok(())
}
