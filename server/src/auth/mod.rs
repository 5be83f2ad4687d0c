//! Who is calling: access tokens, passwords, and the extractors that let a handler
//! say in its signature who may call it.
//!
//! - [`jwt`]: short-lived HS256 access tokens.
//! - [`password`]: argon2id hashing, off the async runtime.
//! - [`extract`]: [`AuthUser`] and the role guard [`Authorized`], the one place roles
//!   are checked.
//! - [`refresh`]: rotating refresh tokens in an HttpOnly cookie.
//! - [`totp`]: authenticator codes (RFC 6238) for staff two-factor.
//! - [`password_policy`]: which new passwords are refused.
//! - [`data_key`]: AES-256-GCM sealing of secrets at rest, with rotatable keys.
//! - [`scope`]: the privacy policy: which rows and fields each caller sees.

pub mod data_key;
pub mod extract;
pub mod jwt;
pub mod password;
pub mod password_policy;
pub mod refresh;
pub mod totp;

pub use extract::{AuthUser, Authorized, Policy};
pub mod scope;
