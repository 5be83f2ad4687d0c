//! Signing in, with guessing slowed and then refused.
//!
//! Failures are counted per account (by a hash of the email, so the table holds no
//! addresses) and per client address over a 15-minute window, in the database so
//! the limits hold across server processes. After a few failures each answer is
//! delayed; past the limit the caller gets 429 until the window passes, even with
//! the right password.

use crate::entity::{login_failure, user};
use crate::error::AppError;
use crate::service::audit::{self, AuditEntry};
use crate::service::users;
use chrono::Utc;
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, EntityTrait, PaginatorTrait, QueryFilter, Set,
};
use sha2::{Digest, Sha256};
use std::net::IpAddr;
use std::time::Duration;

/// How long a failure counts.
pub const WINDOW: Duration = Duration::from_secs(15 * 60);

/// Limits for one kind of key.
#[derive(Clone, Copy, Debug)]
pub struct Limits {
    /// Failures allowed before answers are delayed.
    pub free: u64,
    /// Failures after which attempts are refused.
    pub refuse_at: u64,
}

/// Per account: three free tries, then slower, refused at ten.
pub const ACCOUNT_LIMITS: Limits = Limits {
    free: 3,
    refuse_at: 10,
};
/// Per address: clinics share addresses, so more room, refused at fifty.
pub const ADDRESS_LIMITS: Limits = Limits {
    free: 10,
    refuse_at: 50,
};

/// The delay before answering after `failures` failures under `limits`.
pub fn delay_for(failures: u64, limits: Limits) -> Duration {
    let over = failures.saturating_sub(limits.free);
    Duration::from_millis((over * 200).min(1_000))
}

fn account_key(login: &str) -> String {
    let normalised = match perilink_shared::contact::PhoneNumber::parse(login) {
        Ok(phone) if !login.contains('@') => phone.as_str().to_owned(),
        _ => users::normalise_email(login),
    };
    let digest = Sha256::digest(normalised.as_bytes());
    format!(
        "account:{}",
        digest.iter().map(|b| format!("{b:02x}")).collect::<String>()
    )
}

fn address_key(addr: IpAddr) -> String {
    format!("address:{addr}")
}

async fn failures<C: ConnectionTrait>(db: &C, key: &str) -> Result<u64, AppError> {
    let since = Utc::now() - chrono::Duration::from_std(WINDOW).unwrap_or_default();
    Ok(login_failure::Entity::find()
        .filter(login_failure::Column::Key.eq(key))
        .filter(login_failure::Column::At.gt(since))
        .count(db)
        .await?)
}

async fn record_failure<C: ConnectionTrait>(db: &C, key: &str) -> Result<(), AppError> {
    let now = Utc::now();
    let since = now - chrono::Duration::from_std(WINDOW).unwrap_or_default();
    login_failure::Entity::delete_many()
        .filter(login_failure::Column::Key.eq(key))
        .filter(login_failure::Column::At.lte(since))
        .exec(db)
        .await?;
    login_failure::ActiveModel {
        id: Set(uuid::Uuid::new_v4().to_string()),
        key: Set(key.to_owned()),
        at: Set(now),
    }
    .insert(db)
    .await?;
    Ok(())
}

/// Checks an email and password, applying the limits; returns the active account.
pub async fn authenticate<C: ConnectionTrait>(
    db: &C,
    email: &str,
    password: &str,
    client: IpAddr,
) -> Result<user::Model, AppError> {
    let account = account_key(email);
    let address = address_key(client);
    let account_failures = failures(db, &account).await?;
    let address_failures = failures(db, &address).await?;
    if account_failures >= ACCOUNT_LIMITS.refuse_at || address_failures >= ADDRESS_LIMITS.refuse_at {
        audit::record(
            db,
            AuditEntry {
                actor_id: None,
                action: "auth.login_refused",
                subject_type: None,
                subject_id: None,
                detail: Some("too many failed sign-ins"),
            },
        )
        .await?;
        return Err(AppError::TooManyRequests {
            retry_after_secs: WINDOW.as_secs(),
        });
    }
    let delay = delay_for(account_failures, ACCOUNT_LIMITS).max(delay_for(address_failures, ADDRESS_LIMITS));
    if !delay.is_zero() {
        tokio::time::sleep(delay).await;
    }

    let found = users::find_by_login(db, email).await?;
    let matched = crate::auth::password::verify(
        password.to_owned(),
        found.as_ref().map(|u| u.password_hash.clone()),
    )
    .await?;
    match found {
        Some(user) if matched && user.active => {
            audit::record(
                db,
                AuditEntry {
                    actor_id: Some(&user.id),
                    action: "auth.login",
                    subject_type: Some("user"),
                    subject_id: Some(&user.id),
                    detail: None,
                },
            )
            .await?;
            Ok(user)
        }
        found => {
            record_failure(db, &account).await?;
            record_failure(db, &address).await?;
            audit::record(
                db,
                AuditEntry {
                    actor_id: None,
                    action: "auth.login_failed",
                    subject_type: found.as_ref().map(|_| "user"),
                    subject_id: found.as_ref().map(|u| u.id.as_str()),
                    detail: None,
                },
            )
            .await?;
            tracing::info!(user.id = found.as_ref().map(|u| u.id.as_str()), "sign-in failed");
            Err(AppError::InvalidCredentials)
        }
    }
}

/// Wrong second-factor codes allowed per account in the window before the
/// account's code step is refused: an authenticator code is only six digits.
pub const SECOND_FACTOR_LIMIT: u64 = 5;

fn second_factor_key(user_id: &str) -> String {
    format!("totp:{user_id}")
}

/// Refuses a second-factor attempt once too many wrong codes were given lately.
pub async fn check_second_factor_limit<C: ConnectionTrait>(db: &C, user_id: &str) -> Result<(), AppError> {
    if failures(db, &second_factor_key(user_id)).await? >= SECOND_FACTOR_LIMIT {
        return Err(AppError::TooManyRequests {
            retry_after_secs: WINDOW.as_secs(),
        });
    }
    Ok(())
}

/// Counts a wrong second-factor code.
pub async fn record_second_factor_failure<C: ConnectionTrait>(db: &C, user_id: &str) -> Result<(), AppError> {
    record_failure(db, &second_factor_key(user_id)).await
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_first_failures_are_free_and_delays_are_capped() {
        assert_eq!(delay_for(0, ACCOUNT_LIMITS), Duration::ZERO);
        assert_eq!(delay_for(3, ACCOUNT_LIMITS), Duration::ZERO);
        assert_eq!(delay_for(4, ACCOUNT_LIMITS), Duration::from_millis(200));
        assert_eq!(delay_for(9, ACCOUNT_LIMITS), Duration::from_secs(1));
    }

    #[test]
    fn account_keys_hide_the_email_and_ignore_case() {
        let key = account_key("Someone@Example.org ");
        assert_eq!(key, account_key("someone@example.org"));
        assert!(!key.contains("example"));
    }
}
