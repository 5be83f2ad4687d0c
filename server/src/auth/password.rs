//! Password hashing with argon2id (OWASP's minimum: 19 MiB, two passes, one lane).
//! Hashing is slow on purpose, so it never runs on the async workers; and each hash
//! takes 19 MiB, so it runs on a few threads of its own, one hash each at a time (a
//! burst of sign-ins queues rather than exhausting memory).
//!
//! Why threads of its own rather than tokio's blocking pool: glibc keeps a freed
//! 19 MiB block in the malloc arena of the thread that used it, and the blocking
//! pool spreads hashes over dozens of threads and so up to 16 arenas. Measured
//! under 64 concurrent sign-ins: 619 MB peak on the blocking pool (with three
//! hashes at a time), against one block per hashing thread here.

use argon2::Argon2;
use argon2::password_hash::phc::PasswordHash;
use argon2::password_hash::{PasswordHasher, PasswordVerifier};
use std::sync::mpsc::{Sender, channel};
use std::sync::{Arc, LazyLock, Mutex};
use tokio::sync::oneshot;

/// The most hashing threads, whatever the core count: each may hold 19 MiB.
const MAX_HASHERS: usize = 4;

type Job = Box<dyn FnOnce() + Send>;

/// The queue the hashing threads (one per core, at most [`MAX_HASHERS`]) take
/// work from.
static HASHERS: LazyLock<Sender<Job>> = LazyLock::new(|| {
    let (sender, receiver) = channel::<Job>();
    let receiver = Arc::new(Mutex::new(receiver));
    let cores = std::thread::available_parallelism().map(|n| n.get()).unwrap_or(2);
    for _ in 0..cores.clamp(1, MAX_HASHERS) {
        let receiver = receiver.clone();
        let spawned = std::thread::Builder::new()
            .name("perilink-hash".into())
            .spawn(move || {
                loop {
                    let next = match receiver.lock() {
                        Ok(queue) => queue.recv(),
                        Err(poisoned) => poisoned.into_inner().recv(),
                    };
                    let Ok(job) = next else { return };
                    // A panic drops the job's reply, which its caller sees as an
                    // error; the thread lives on for the next.
                    let _ = std::panic::catch_unwind(std::panic::AssertUnwindSafe(job));
                }
            });
        if let Err(error) = spawned {
            tracing::error!(%error, "could not start a password hashing thread");
        }
    }
    sender
});

/// Runs `work` on a hashing thread and waits for its answer.
async fn on_hasher<T: Send + 'static>(
    work: impl FnOnce() -> T + Send + 'static,
) -> Result<T, crate::error::AppError> {
    let (reply, answer) = oneshot::channel();
    let job: Job = Box::new(move || {
        let _ = reply.send(work());
    });
    HASHERS
        .send(job)
        .map_err(|_| crate::error::AppError::Internal("no password hashing thread is running".into()))?;
    answer.await.map_err(crate::error::AppError::internal)
}

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

/// Hashes a password on a hashing thread.
pub async fn hash(password: String) -> Result<String, crate::error::AppError> {
    on_hasher(move || hash_blocking(&password))
        .await?
        .map_err(|e| crate::error::AppError::Internal(e.to_string().into()))
}

/// Checks a password on a hashing thread; with no hash (an unknown account) it
/// checks against a dummy so the answer takes as long either way.
pub async fn verify(password: String, hash: Option<String>) -> Result<bool, crate::error::AppError> {
    on_hasher(move || match hash {
        Some(hash) => verify_blocking(&password, &hash),
        None => {
            verify_blocking(&password, &DUMMY_HASH);
            false
        }
    })
    .await
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
