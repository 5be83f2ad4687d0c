//! Two-factor for staff: enrolling an authenticator (a secret pending until a code
//! from it confirms it), checking its codes (each 30-second step accepted once,
//! even with two servers racing), and single-use recovery codes kept as hashes.
//! Authenticator secrets are stored sealed under the data key
//! ([`crate::auth::data_key`]); [`reseal_all`] moves them to a new key.

use crate::auth::data_key::DataKeys;
use crate::auth::refresh::hash_token;
use crate::auth::totp;
use crate::error::AppError;
use crate::service::sql;
use chrono::Utc;
use perilink_shared::accounts::{TotpEnrolment, normalise_code};
use sea_orm::ConnectionTrait;

/// How many recovery codes a user gets.
pub const RECOVERY_CODES: usize = 10;

fn random_bytes<const N: usize>() -> Result<[u8; N], AppError> {
    let mut bytes = [0u8; N];
    getrandom::fill(&mut bytes).map_err(|e| AppError::Internal(e.to_string().into()))?;
    Ok(bytes)
}

/// Whether the user has a confirmed authenticator.
pub async fn is_enrolled<C: ConnectionTrait>(db: &C, user_id: &str) -> Result<bool, AppError> {
    Ok(!sql::ids(
        db,
        "SELECT user_id FROM totp_credentials WHERE user_id = ? AND confirmed_at IS NOT NULL",
        vec![user_id.into()],
    )
    .await?
    .is_empty())
}

/// Starts enrolling: a new secret, pending until confirmed. Enrolling again before
/// confirming replaces the pending secret; once confirmed, it is a conflict.
pub async fn enrol<C: ConnectionTrait>(
    db: &C,
    keys: &DataKeys,
    user_id: &str,
    account: &str,
) -> Result<TotpEnrolment, AppError> {
    if is_enrolled(db, user_id).await? {
        return Err(AppError::Conflict("an authenticator is already set up".into()));
    }
    let secret = totp::base32_encode(&random_bytes::<{ totp::SECRET_BYTES }>()?);
    sql::exec(
        db,
        "DELETE FROM totp_credentials WHERE user_id = ?",
        vec![user_id.into()],
    )
    .await?;
    sql::exec(
        db,
        "INSERT INTO totp_credentials (user_id, secret, created_at, confirmed_at, last_step) \
         VALUES (?, ?, ?, NULL, NULL)",
        vec![
            user_id.into(),
            sealed(keys, &secret, user_id)?.into(),
            Utc::now().into(),
        ],
    )
    .await?;
    Ok(TotpEnrolment {
        otpauth_uri: totp::otpauth_uri(&secret, account),
        secret_base32: secret,
    })
}

fn sealed(keys: &DataKeys, secret: &str, user_id: &str) -> Result<String, AppError> {
    keys.seal(secret, user_id)
        .map_err(|e| AppError::Internal(e.to_string().into()))
}

async fn secret_of<C: ConnectionTrait>(
    db: &C,
    keys: &DataKeys,
    user_id: &str,
    confirmed: bool,
) -> Result<Option<Vec<u8>>, AppError> {
    let sql = if confirmed {
        "SELECT secret FROM totp_credentials WHERE user_id = ? AND confirmed_at IS NOT NULL"
    } else {
        "SELECT secret FROM totp_credentials WHERE user_id = ? AND confirmed_at IS NULL"
    };
    let Some(stored) = sql::ids(db, sql, vec![user_id.into()]).await?.into_iter().next() else {
        return Ok(None);
    };
    let secret = keys
        .open(&stored, user_id)
        .map_err(|e| AppError::Internal(e.to_string().into()))?;
    Ok(totp::base32_decode(&secret))
}

fn now_secs() -> u64 {
    Utc::now().timestamp().max(0) as u64
}

/// Confirms a pending authenticator with a code from it, and returns fresh recovery
/// codes (the only time they are shown). A wrong code is `code_invalid`.
pub async fn confirm<C: ConnectionTrait>(
    db: &C,
    keys: &DataKeys,
    user_id: &str,
    code: &str,
) -> Result<Vec<String>, AppError> {
    let secret = secret_of(db, keys, user_id, false)
        .await?
        .ok_or_else(|| AppError::Conflict("start enrolling first".into()))?;
    let step =
        totp::matching_step(&secret, &normalise_code(code), now_secs()).ok_or(AppError::CodeInvalid)?;
    let confirmed = sql::exec(
        db,
        "UPDATE totp_credentials SET confirmed_at = ?, last_step = ? WHERE user_id = ? AND confirmed_at IS NULL",
        vec![Utc::now().into(), (step as i64).into(), user_id.into()],
    )
    .await?;
    if confirmed != 1 {
        return Err(AppError::Conflict("an authenticator is already set up".into()));
    }
    new_recovery_codes(db, user_id).await
}

/// Replaces a user's recovery codes with ten new ones and returns them.
async fn new_recovery_codes<C: ConnectionTrait>(db: &C, user_id: &str) -> Result<Vec<String>, AppError> {
    sql::exec(
        db,
        "DELETE FROM recovery_codes WHERE user_id = ?",
        vec![user_id.into()],
    )
    .await?;
    let mut codes = Vec::with_capacity(RECOVERY_CODES);
    for _ in 0..RECOVERY_CODES {
        let raw = totp::base32_encode(&random_bytes::<7>()?);
        let code = format!("{}-{}", &raw[..5], &raw[5..10]).to_lowercase();
        sql::exec(
            db,
            "INSERT INTO recovery_codes (id, user_id, code_hash, used_at) VALUES (?, ?, ?, NULL)",
            vec![
                uuid::Uuid::new_v4().to_string().into(),
                user_id.into(),
                hash_token(&normalise_recovery(&code)).into(),
            ],
        )
        .await?;
        codes.push(code);
    }
    Ok(codes)
}

fn normalise_recovery(code: &str) -> String {
    code.chars()
        .filter(|c| c.is_ascii_alphanumeric())
        .map(|c| c.to_ascii_lowercase())
        .collect()
}

/// What a sign-in code turned out to be.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Accepted {
    Authenticator,
    RecoveryCode,
}

/// Checks a code at sign-in: an authenticator code whose step has not been used
/// yet, or an unused recovery code (spent by this). `None` if neither.
pub async fn verify<C: ConnectionTrait>(
    db: &C,
    keys: &DataKeys,
    user_id: &str,
    code: &str,
) -> Result<Option<Accepted>, AppError> {
    let Some(secret) = secret_of(db, keys, user_id, true).await? else {
        return Ok(None);
    };
    let code = normalise_code(code);
    if let Some(step) = totp::matching_step(&secret, &code, now_secs()) {
        // Each step once: the same code shown twice, or by two servers, wins once.
        let spent = sql::exec(
            db,
            "UPDATE totp_credentials SET last_step = ? \
             WHERE user_id = ? AND confirmed_at IS NOT NULL AND (last_step IS NULL OR last_step < ?)",
            vec![(step as i64).into(), user_id.into(), (step as i64).into()],
        )
        .await?;
        return Ok((spent == 1).then_some(Accepted::Authenticator));
    }
    let normalised = normalise_recovery(&code);
    if normalised.len() != 10 {
        return Ok(None);
    }
    let spent = sql::exec(
        db,
        "UPDATE recovery_codes SET used_at = ? WHERE user_id = ? AND code_hash = ? AND used_at IS NULL",
        vec![Utc::now().into(), user_id.into(), hash_token(&normalised).into()],
    )
    .await?;
    Ok((spent == 1).then_some(Accepted::RecoveryCode))
}

/// Seals every authenticator secret not yet sealed under the current data key
/// (stored plain before sealing existed, or under a previous key). Returns how many
/// it re-sealed. Each row is a conditional update on the value read, so a secret
/// changed meanwhile is left for the next run.
pub async fn reseal_all<C: ConnectionTrait>(db: &C, keys: &DataKeys) -> Result<usize, AppError> {
    /// An authenticator's secret, as stored.
    #[derive(sea_orm::FromQueryResult)]
    struct Stored {
        user_id: String,
        secret: String,
    }
    let rows: Vec<Stored> = sql::rows(db, "SELECT user_id, secret FROM totp_credentials", vec![]).await?;
    let mut resealed = 0;
    for Stored {
        user_id,
        secret: stored,
    } in rows
    {
        if keys.is_current(&stored) {
            continue;
        }
        let plain = keys
            .open(&stored, &user_id)
            .map_err(|e| AppError::Internal(format!("user {user_id}: {e}").into()))?;
        resealed += sql::exec(
            db,
            "UPDATE totp_credentials SET secret = ? WHERE user_id = ? AND secret = ?",
            vec![
                sealed(keys, &plain, &user_id)?.into(),
                user_id.into(),
                stored.into(),
            ],
        )
        .await? as usize;
    }
    Ok(resealed)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn recovery_codes_ignore_case_and_dashes() {
        assert_eq!(normalise_recovery("ABCDE-fghij"), "abcdefghij");
        assert_eq!(normalise_recovery(" abcde fghij "), "abcdefghij");
    }
}
