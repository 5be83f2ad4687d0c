//! Signing in, with guessing slowed per account and refused per address.
//!
//! Wrong passwords are counted per account (by a hash of what was typed, so the
//! table holds no addresses, and unknown accounts are counted alike) and per client
//! address, in the database so the limits hold across server processes.
//!
//! - **Per account, a delay, never a lock-out.** After [`FREE_FAILURES`] wrong
//!   passwords the next attempt must wait [`account_delay`]: one second, doubling
//!   with each further failure, at most [`MAX_ACCOUNT_DELAY`], counted from the
//!   latest failure. An attempt during the wait is refused with 429 and
//!   `Retry-After`, the right password too, and does not count. A right password
//!   clears the count. So a stranger can slow a named
//!   midwife's sign-in by at most a quarter of an hour at a time; they cannot shut
//!   her out for good.
//! - **Per client address, a hard limit:** past [`ADDRESS_LIMIT`] failures in
//!   [`WINDOW`] every sign-in from that address is refused until the window passes.

use crate::entity::{login_failure, user};
use crate::error::AppError;
use crate::service::audit::{self, AuditEntry};
use crate::service::{sql, users};
use chrono::{DateTime, Utc};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, EntityTrait, PaginatorTrait, QueryFilter, Set,
};
use sha2::{Digest, Sha256};
use std::net::IpAddr;
use std::time::Duration;

/// How long a failure counts against a client address (and a second factor).
pub const WINDOW: Duration = Duration::from_secs(15 * 60);

/// How long a wrong password counts against an account, unless a right one clears it.
pub const ACCOUNT_MEMORY: Duration = Duration::from_secs(24 * 60 * 60);

/// Wrong passwords for an account before the next attempt must wait.
pub const FREE_FAILURES: u64 = 3;

/// The longest an account's next attempt is made to wait.
pub const MAX_ACCOUNT_DELAY: Duration = Duration::from_secs(15 * 60);

/// Failures from one client address in [`WINDOW`] after which its sign-ins are
/// refused: clinics share addresses, so there is room for many people's typos.
pub const ADDRESS_LIMIT: u64 = 50;

/// How long an account's next attempt must wait after `failures` wrong passwords:
/// nothing for the first [`FREE_FAILURES`], then one second, doubling, capped at
/// [`MAX_ACCOUNT_DELAY`].
pub fn account_delay(failures: u64) -> Duration {
    if failures < FREE_FAILURES {
        return Duration::ZERO;
    }
    let doublings = (failures - FREE_FAILURES).min(20) as u32;
    Duration::from_secs(1u64 << doublings).min(MAX_ACCOUNT_DELAY)
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

fn since(memory: Duration) -> DateTime<Utc> {
    Utc::now() - chrono::Duration::from_std(memory).unwrap_or_default()
}

async fn failures<C: ConnectionTrait>(db: &C, key: &str) -> Result<u64, AppError> {
    Ok(login_failure::Entity::find()
        .filter(login_failure::Column::Key.eq(key))
        .filter(login_failure::Column::At.gt(since(WINDOW)))
        .count(db)
        .await?)
}

/// Records a failure now under `key`, forgetting that key's failures older than
/// `memory`; returns the new row's id and time.
async fn record_failure<C: ConnectionTrait>(
    db: &C,
    key: &str,
    memory: Duration,
) -> Result<(String, DateTime<Utc>), AppError> {
    login_failure::Entity::delete_many()
        .filter(login_failure::Column::Key.eq(key))
        .filter(login_failure::Column::At.lte(since(memory)))
        .exec(db)
        .await?;
    let (id, at) = (uuid::Uuid::new_v4().to_string(), Utc::now());
    login_failure::ActiveModel {
        id: Set(id.clone()),
        key: Set(key.to_owned()),
        at: Set(at),
    }
    .insert(db)
    .await?;
    Ok((id, at))
}

/// The wait left before an account may try again after its recent failures; with
/// `before`, only the failures recorded before that one (its id and time) count.
async fn account_wait<C: ConnectionTrait>(
    db: &C,
    key: &str,
    before: Option<(&str, DateTime<Utc>)>,
) -> Result<Duration, AppError> {
    let (own, until) = before.unwrap_or(("", Utc::now() + chrono::Duration::days(1)));
    /// How many failures, and the latest.
    #[derive(sea_orm::FromQueryResult)]
    struct Failures {
        n: i64,
        latest: Option<DateTime<Utc>>,
    }
    let Some(row) = sql::row::<Failures>(
        db,
        "SELECT COUNT(*) AS n, MAX(at) AS latest FROM login_failures WHERE key = ? AND at > ? AND id <> ? AND at <= ?",
        vec![key.into(), since(ACCOUNT_MEMORY).into(), own.into(), until.into()],
    )
    .await?
    else {
        return Ok(Duration::ZERO);
    };
    let (Some(latest), Ok(count)) = (row.latest, u64::try_from(row.n)) else {
        return Ok(Duration::ZERO);
    };
    let until = latest + chrono::Duration::from_std(account_delay(count)).unwrap_or_default();
    Ok((until - Utc::now()).to_std().unwrap_or(Duration::ZERO))
}

/// Whole seconds to tell the client to wait, at least one.
fn retry_after(wait: Duration) -> u64 {
    (wait.as_millis().div_ceil(1000) as u64).max(1)
}

async fn refused<C: ConnectionTrait>(
    db: &C,
    detail: &'static str,
    wait: Duration,
) -> Result<user::Model, AppError> {
    audit::record(
        db,
        AuditEntry {
            actor_id: None,
            action: "auth.login_refused",
            subject_type: None,
            subject_id: None,
            detail: Some(detail),
        },
    )
    .await?;
    Err(AppError::TooManyRequests {
        retry_after_secs: retry_after(wait),
    })
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
    if failures(db, &address).await? >= ADDRESS_LIMIT {
        return refused(db, "too many failed sign-ins from this address", WINDOW).await;
    }
    let wait = account_wait(db, &account, None).await?;
    if !wait.is_zero() {
        return refused(db, "the account is waiting after wrong passwords", wait).await;
    }

    let found = users::find_by_login(db, email).await?;
    let matched = crate::auth::password::verify(
        password.to_owned(),
        found.as_ref().map(|u| u.password_hash.clone()),
    )
    .await?;
    match found {
        Some(user) if matched && user.active => {
            // Wrong guesses recorded while this one was checked make it wait too.
            let wait = account_wait(db, &account, None).await?;
            if !wait.is_zero() {
                return refused(db, "the account is waiting after wrong passwords", wait).await;
            }
            // The right password clears the account's count.
            login_failure::Entity::delete_many()
                .filter(login_failure::Column::Key.eq(&account))
                .exec(db)
                .await?;
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
            // Guesses sent all at once pass the check above together and queue for
            // the password hashers. Each counts, in the order recorded, and only
            // those with no wait before them are answered: a burst learns the answer
            // to the first three guesses, not to all of them.
            let (id, at) = record_failure(db, &account, ACCOUNT_MEMORY).await?;
            record_failure(db, &address, WINDOW).await?;
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
            let wait = account_wait(db, &account, Some((&id, at))).await?;
            if !wait.is_zero() {
                return refused(db, "the account is waiting after wrong passwords", wait).await;
            }
            Err(AppError::InvalidCredentials)
        }
    }
}

/// Forgets the wrong passwords counted against an account's email and phone: a
/// reset link proves she holds them, so she need not wait after it.
pub async fn forget_failures<C: ConnectionTrait>(db: &C, account: &user::Model) -> Result<(), AppError> {
    let keys: Vec<String> = [&account.email, &account.phone]
        .into_iter()
        .flatten()
        .map(|login| account_key(login))
        .collect();
    if keys.is_empty() {
        return Ok(());
    }
    login_failure::Entity::delete_many()
        .filter(login_failure::Column::Key.is_in(keys))
        .exec(db)
        .await?;
    Ok(())
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
    record_failure(db, &second_factor_key(user_id), WINDOW).await?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn three_failures_are_free_then_the_wait_doubles_from_a_second_up_to_a_quarter_hour() {
        assert_eq!(account_delay(0), Duration::ZERO);
        assert_eq!(account_delay(2), Duration::ZERO);
        assert_eq!(account_delay(3), Duration::from_secs(1));
        assert_eq!(account_delay(4), Duration::from_secs(2));
        assert_eq!(account_delay(8), Duration::from_secs(32));
        assert_eq!(account_delay(13), Duration::from_secs(900));
        assert_eq!(account_delay(u64::MAX), MAX_ACCOUNT_DELAY);
    }

    #[test]
    fn retry_after_rounds_up_to_whole_seconds() {
        assert_eq!(retry_after(Duration::from_millis(1)), 1);
        assert_eq!(retry_after(Duration::from_millis(1001)), 2);
        assert_eq!(retry_after(Duration::from_secs(900)), 900);
    }

    #[test]
    fn account_keys_hide_the_email_and_ignore_case() {
        let key = account_key("Someone@Example.org ");
        assert_eq!(key, account_key("someone@example.org"));
        assert!(!key.contains("example"));
    }
}
