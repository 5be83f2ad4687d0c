//! Which new passwords are refused: shorter than twelve characters (the shared
//! rule, so the app can explain it), or one of the 10,000 commonest passwords,
//! ignoring case (`server/data/common-passwords.txt`; its README gives the source).

use crate::error::AppError;
use perilink_shared::accounts::{PasswordProblem, check_password_length};
use std::collections::HashSet;
use std::sync::LazyLock;

static COMMON: LazyLock<HashSet<&'static str>> = LazyLock::new(|| {
    include_str!("../../data/common-passwords.txt")
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .collect()
});

/// Why a new password is refused, if it is.
pub fn problem(password: &str) -> Option<PasswordProblem> {
    if let Err(problem) = check_password_length(password) {
        return Some(problem);
    }
    COMMON
        .contains(password.to_lowercase().as_str())
        .then_some(PasswordProblem::Common)
}

/// Refuses a weak new password with `password_too_weak`.
pub fn check(password: &str) -> Result<(), AppError> {
    match problem(password) {
        None => Ok(()),
        Some(PasswordProblem::TooShort) => Err(AppError::PasswordTooWeak(
            "the password must be at least 12 characters",
        )),
        Some(PasswordProblem::TooLong) => Err(AppError::PasswordTooWeak("the password is too long")),
        Some(PasswordProblem::Common) => Err(AppError::PasswordTooWeak(
            "this is one of the commonest passwords; choose another",
        )),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn common_passwords_are_refused_whatever_their_case() {
        assert_eq!(problem("qwerty123456"), Some(PasswordProblem::Common));
        assert_eq!(problem("QWERTY123456"), Some(PasswordProblem::Common));
        assert_eq!(problem("1qaz2wsx3edc"), Some(PasswordProblem::Common));
    }

    #[test]
    fn short_passwords_are_refused_and_a_passphrase_is_fine() {
        assert_eq!(problem("password"), Some(PasswordProblem::TooShort));
        assert_eq!(problem("tea at the library on tuesday"), None);
        assert!(COMMON.len() >= 9_000);
    }
}
