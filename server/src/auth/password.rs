//! Password hashing with argon2id. Hashing is slow on purpose, so it runs on the
//! blocking pool, never on the async workers; and each hash takes 19 MiB, so only a
//! few run at once (a burst of sign-ins queues rather than exhausting memory).

use argon2::Argon2;
use argon2::password_hash::phc::PasswordHash;
use argon2::password_hash::{PasswordHasher, PasswordVerifier};
use std::sync::LazyLock;
use tokio::sync::Semaphore;

/// Hashes in flight at once: about one per core, plus one.
static HASHING: LazyLock<Semaphore> = LazyLock::new(|| {
    let cores = std::thread::available_parallelism().map(|n| n.get()).unwrap_or(2);
    Semaphore::new(cores + 1)
});

/// A hash of a password nobody has, checked when an email is unknown so that a
/// wrong email takes as long to refuse as a wrong password.
static DUMMY_HASH: LazyLock<String> =
    LazyLock::new(|| hash_blocking("no-account-has-this-password").unwrap_or_default());

/// Hashes a password to an argon2id PHC string.
pub fn hash_blocking(password: &str) -> Result<String, argon2::password_hash::Error> {
    Ok(Argon2::default().hash_password(password.as_bytes())?.to_string())
}

/// Whether `password` matches `hash`. A malformed hash matches nothing.
pub fn verify_blocking(password: &str, hash: &str) -> bool {
    match PasswordHash::new(hash) {
        Ok(parsed) => Argon2::default()
            .verify_password(password.as_bytes(), &parsed)
            .is_ok(),
        Err(_) => false,
    }
}

/// Hashes a password on the blocking pool.
pub async fn hash(password: String) -> Result<String, crate::error::AppError> {
    let _turn = HASHING
        .acquire()
        .await
        .map_err(crate::error::AppError::internal)?;
    tokio::task::spawn_blocking(move || hash_blocking(&password))
        .await
        .map_err(crate::error::AppError::internal)?
        .map_err(|e| crate::error::AppError::Internal(e.to_string().into()))
}

/// Checks a password on the blocking pool; with no hash (an unknown account) it
/// checks against a dummy so the answer takes as long either way.
pub async fn verify(password: String, hash: Option<String>) -> Result<bool, crate::error::AppError> {
    let _turn = HASHING
        .acquire()
        .await
        .map_err(crate::error::AppError::internal)?;
    tokio::task::spawn_blocking(move || match hash {
        Some(hash) => verify_blocking(&password, &hash),
        None => {
            verify_blocking(&password, &DUMMY_HASH);
            false
        }
    })
    .await
    .map_err(crate::error::AppError::internal)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_hash_is_argon2id_and_verifies_only_its_password() {
        let hash = hash_blocking("correct horse battery staple").unwrap();
        assert!(hash.starts_with("$argon2id$"));
        assert!(verify_blocking("correct horse battery staple", &hash));
        assert!(!verify_blocking("Correct horse battery staple", &hash));
    }

    #[test]
    fn a_malformed_hash_matches_nothing() {
        assert!(!verify_blocking("anything", "not-a-hash"));
        assert!(!verify_blocking("", ""));
    }
}
