//! Rotating refresh tokens, kept in an HttpOnly, SameSite=Strict cookie scoped to
//! `/api/auth`, and stored on the server only as SHA-256 hashes.
//!
//! Beside it goes [`FLAG_COOKIE`], which the app can read: it holds no secret, only
//! that a refresh cookie was set, so a signed-out visit skips the refresh request
//! (and its 401) altogether.

use crate::entity::refresh_token;
use crate::error::AppError;
use axum::http::{HeaderMap, HeaderValue, header};
use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use chrono::Utc;
use sea_orm::sea_query::Expr;
use sea_orm::{ActiveModelTrait, ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, Set};
use sha2::{Digest, Sha256};
use std::time::Duration;

/// The refresh cookie's name.
pub const COOKIE_NAME: &str = "perilink_refresh";
const COOKIE_PATH: &str = "/api/auth";

/// The readable cookie saying a refresh cookie exists: `perilink_signed_in=1`.
pub const FLAG_COOKIE: &str = "perilink_signed_in";

/// A `Set-Cookie` value for the flag, living as long as the refresh cookie.
pub fn set_flag(ttl: Duration, secure: bool) -> HeaderValue {
    let secure = if secure { "; Secure" } else { "" };
    let value = format!(
        "{FLAG_COOKIE}=1; Path=/; Max-Age={}; SameSite=Strict{secure}",
        ttl.as_secs()
    );
    HeaderValue::from_str(&value).unwrap_or_else(|_| HeaderValue::from_static(""))
}

/// A `Set-Cookie` value that removes the flag.
pub fn clear_flag(secure: bool) -> HeaderValue {
    if secure {
        HeaderValue::from_static("perilink_signed_in=; Path=/; Max-Age=0; SameSite=Strict; Secure")
    } else {
        HeaderValue::from_static("perilink_signed_in=; Path=/; Max-Age=0; SameSite=Strict")
    }
}

/// A new random token: 256 bits, URL-safe.
pub fn new_token() -> Result<String, AppError> {
    let mut bytes = [0u8; 32];
    getrandom::fill(&mut bytes).map_err(|e| AppError::Internal(e.to_string().into()))?;
    Ok(URL_SAFE_NO_PAD.encode(bytes))
}

/// The hex SHA-256 of a token: what the database keeps.
pub fn hash_token(token: &str) -> String {
    let digest = Sha256::digest(token.as_bytes());
    digest.iter().map(|b| format!("{b:02x}")).collect()
}

/// Stores a new token in `family_id` for the user and returns it.
pub async fn issue<C: ConnectionTrait>(
    db: &C,
    user_id: &str,
    family_id: &str,
    ttl: Duration,
) -> Result<String, AppError> {
    let token = new_token()?;
    let now = Utc::now();
    refresh_token::ActiveModel {
        id: Set(uuid::Uuid::new_v4().to_string()),
        user_id: Set(user_id.to_owned()),
        family_id: Set(family_id.to_owned()),
        token_hash: Set(hash_token(&token)),
        created_at: Set(now),
        expires_at: Set(now + chrono::Duration::from_std(ttl).unwrap_or(chrono::Duration::days(30))),
        used_at: Set(None),
        revoked_at: Set(None),
    }
    .insert(db)
    .await?;
    Ok(token)
}

/// Why a refresh token was refused.
#[derive(Debug)]
pub enum Refused {
    /// No such token, expired, or revoked.
    Invalid,
    /// The token had been used already: someone replayed it, so its family is revoked.
    Reused,
}

/// Spends a token: marks it used (once, even with two servers racing) and returns
/// its record, so the caller can issue the next one in the same family. A token
/// shown again after [`REUSE_GRACE_SECS`] revokes its family.
pub async fn spend<C: ConnectionTrait>(
    db: &C,
    token: &str,
) -> Result<Result<refresh_token::Model, Refused>, AppError> {
    let Some(record) = refresh_token::Entity::find()
        .filter(refresh_token::Column::TokenHash.eq(hash_token(token)))
        .one(db)
        .await?
    else {
        return Ok(Err(Refused::Invalid));
    };
    let now = Utc::now();
    if record.revoked_at.is_some() || record.expires_at <= now {
        return Ok(Err(Refused::Invalid));
    }
    let spent = refresh_token::Entity::update_many()
        .col_expr(refresh_token::Column::UsedAt, Expr::value(now))
        .filter(refresh_token::Column::Id.eq(&record.id))
        .filter(refresh_token::Column::UsedAt.is_null())
        .filter(refresh_token::Column::RevokedAt.is_null())
        .exec(db)
        .await?;
    if spent.rows_affected == 1 {
        return Ok(Ok(record));
    }
    // Already used. Two tabs refreshing at the same moment do this innocently, so a
    // reuse within a few seconds of the first use is allowed once more; any later
    // reuse means the token leaked, and the whole sign-in ends.
    let latest = refresh_token::Entity::find_by_id(record.id.clone())
        .one(db)
        .await?;
    let innocent = latest.as_ref().is_some_and(|t| {
        t.revoked_at.is_none()
            && t.used_at
                .is_some_and(|used| now - used < chrono::Duration::seconds(REUSE_GRACE_SECS))
    });
    if innocent {
        return Ok(Ok(record));
    }
    revoke_family(db, &record.family_id).await?;
    // The sign-in ends too, so its access tokens stop working on their next request.
    crate::service::sql::exec(
        db,
        "UPDATE sign_ins SET ended_at = ? WHERE id = ? AND ended_at IS NULL",
        vec![now.into(), record.family_id.clone().into()],
    )
    .await?;
    Ok(Err(Refused::Reused))
}

/// How long after its first use a refresh token may be shown again without ending
/// the sign-in: long enough for tabs racing each other, too short to be worth
/// stealing.
pub const REUSE_GRACE_SECS: i64 = 5;

/// Revokes every token of one sign-in.
pub async fn revoke_family<C: ConnectionTrait>(db: &C, family_id: &str) -> Result<(), AppError> {
    refresh_token::Entity::update_many()
        .col_expr(refresh_token::Column::RevokedAt, Expr::value(Utc::now()))
        .filter(refresh_token::Column::FamilyId.eq(family_id))
        .filter(refresh_token::Column::RevokedAt.is_null())
        .exec(db)
        .await?;
    Ok(())
}

/// Finds the family a token belongs to, if the token is known.
pub async fn family_of<C: ConnectionTrait>(db: &C, token: &str) -> Result<Option<String>, AppError> {
    Ok(refresh_token::Entity::find()
        .filter(refresh_token::Column::TokenHash.eq(hash_token(token)))
        .one(db)
        .await?
        .map(|r| r.family_id))
}

/// The refresh token in a request's cookies, if any.
pub fn from_cookies(headers: &HeaderMap) -> Option<String> {
    headers
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .filter_map(|pair| pair.trim().split_once('='))
        .find(|(name, _)| *name == COOKIE_NAME)
        .map(|(_, value)| value.to_owned())
        .filter(|v| !v.is_empty())
}

/// A `Set-Cookie` value carrying the token.
pub fn set_cookie(token: &str, ttl: Duration, secure: bool) -> HeaderValue {
    let secure = if secure { "; Secure" } else { "" };
    let value = format!(
        "{COOKIE_NAME}={token}; Path={COOKIE_PATH}; Max-Age={}; HttpOnly; SameSite=Strict{secure}",
        ttl.as_secs()
    );
    HeaderValue::from_str(&value).unwrap_or_else(|_| HeaderValue::from_static(""))
}

/// A `Set-Cookie` value that removes the token from the browser.
pub fn clear_cookie(secure: bool) -> HeaderValue {
    let value = if secure {
        "perilink_refresh=; Path=/api/auth; Max-Age=0; HttpOnly; SameSite=Strict; Secure"
    } else {
        "perilink_refresh=; Path=/api/auth; Max-Age=0; HttpOnly; SameSite=Strict"
    };
    HeaderValue::from_static(value)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_cookie_is_http_only_strict_and_scoped_to_auth() {
        let value = set_cookie("abc", Duration::from_secs(60), true);
        let value = value.to_str().unwrap();
        assert!(value.starts_with("perilink_refresh=abc;"));
        for part in [
            "HttpOnly",
            "SameSite=Strict",
            "Secure",
            "Path=/api/auth",
            "Max-Age=60",
        ] {
            assert!(value.contains(part), "{value} lacks {part}");
        }
    }

    #[test]
    fn the_token_is_found_among_other_cookies() {
        let mut headers = HeaderMap::new();
        headers.insert(
            header::COOKIE,
            HeaderValue::from_static("a=1; perilink_refresh=xyz; b=2"),
        );
        assert_eq!(from_cookies(&headers).as_deref(), Some("xyz"));
        headers.insert(header::COOKIE, HeaderValue::from_static("perilink_refresh="));
        assert_eq!(from_cookies(&headers), None);
    }

    #[test]
    fn tokens_are_random_and_hashes_are_hex() {
        let a = new_token().unwrap();
        let b = new_token().unwrap();
        assert_ne!(a, b);
        assert_eq!(hash_token(&a).len(), 64);
    }
}
