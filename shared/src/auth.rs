//! Who a user is to PeriLink, and the shapes of signing in.

use crate::language::Language;
use serde::{Deserialize, Serialize};
use std::fmt;
use std::str::FromStr;

/// What a signed-in user may do. Each role sees only what it must (DOMAIN.md, "The
/// people"); the server checks roles in one place, its extractors.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum Role {
    /// An expectant or new mother, using the app for herself.
    Mother,
    /// A midwife, maternity support worker, health visitor or link worker.
    Referrer,
    /// Runs sessions and takes the register: library staff, tutors, peer supporters.
    Host,
    /// Manages programmes, venues and hosts; sees outcomes.
    Coordinator,
    /// Manages accounts and organisations.
    Admin,
}

impl Role {
    /// Every role, least privileged first.
    pub const ALL: [Role; 5] = [
        Role::Mother,
        Role::Referrer,
        Role::Host,
        Role::Coordinator,
        Role::Admin,
    ];

    /// The stable name stored in the database and sent in tokens.
    pub fn as_str(self) -> &'static str {
        match self {
            Role::Mother => "mother",
            Role::Referrer => "referrer",
            Role::Host => "host",
            Role::Coordinator => "coordinator",
            Role::Admin => "admin",
        }
    }

    /// Staff roles work with other people's records; a mother only with her own.
    pub fn is_staff(self) -> bool {
        !matches!(self, Role::Mother)
    }

    /// The staff who may see mothers' data (their records, referrals, screening
    /// results and alerts) and so must pass two-factor before they see any of it.
    /// Hosts see only the registers of their own sessions and a mother only her own
    /// record, so neither is asked for a second factor.
    pub const READS_HEALTH_DATA: [Role; 3] = [Role::Referrer, Role::Coordinator, Role::Admin];

    /// Whether this role must pass two-factor: it is one of [`Role::READS_HEALTH_DATA`].
    pub fn must_pass_two_factor(self) -> bool {
        Role::READS_HEALTH_DATA.contains(&self)
    }
}

impl fmt::Display for Role {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// A role name that PeriLink does not know.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct UnknownRole(pub String);

impl fmt::Display for UnknownRole {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "`{}` is not a role", self.0)
    }
}

impl std::error::Error for UnknownRole {}

impl FromStr for Role {
    type Err = UnknownRole;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Role::ALL
            .into_iter()
            .find(|r| r.as_str() == s)
            .ok_or_else(|| UnknownRole(s.to_owned()))
    }
}

/// `POST /api/auth/login`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct LoginRequest {
    /// The account's email address (case is ignored), or for a mother who signed up
    /// with one, her UK phone number.
    pub email: String,
    /// The account's password.
    pub password: String,
}

/// A successful sign-in or refresh. The refresh token travels only in an HttpOnly
/// cookie, never in this body.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct LoginResponse {
    /// A short-lived JWT to send as `Authorization: Bearer <token>`.
    pub access_token: String,
    /// Always `Bearer`.
    pub token_type: String,
    /// Seconds until the access token expires.
    pub expires_in: u64,
    /// Who signed in.
    pub user: UserProfile,
}

/// What the app knows about the signed-in user (`GET /api/me`).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct UserProfile {
    /// The user's id (a UUID).
    pub id: String,
    /// What the user may do.
    pub role: Role,
    /// The name the app greets the user by.
    pub display_name: String,
    /// The account's email address, if it has one.
    pub email: Option<String>,
    /// The account's phone number (E.164), if it has one.
    pub phone: Option<String>,
    /// The user's preferred interface language.
    #[cfg_attr(feature = "openapi", schema(value_type = String, example = "en"))]
    pub language: Language,
    /// For referrers: midwife, maternity support worker, health visitor, link worker.
    pub job_title: Option<String>,
    /// The organisation the user works for, if staff.
    pub organisation: Option<String>,
    /// The server runs the demo: the app says so on every page.
    #[serde(default)]
    pub demo: bool,
    /// Where this sign-in stands with two-factor.
    #[serde(default = "crate::accounts::TwoFactor::not_required")]
    pub two_factor: crate::accounts::TwoFactor,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn referrers_coordinators_and_admins_must_pass_two_factor_and_no_one_else() {
        let asked: Vec<Role> = Role::ALL
            .into_iter()
            .filter(|r| r.must_pass_two_factor())
            .collect();
        assert_eq!(asked, [Role::Referrer, Role::Coordinator, Role::Admin]);
        assert!(!Role::Host.must_pass_two_factor());
        assert!(!Role::Mother.must_pass_two_factor());
    }

    #[test]
    fn roles_round_trip_through_their_names() {
        for role in Role::ALL {
            assert_eq!(role.as_str().parse::<Role>(), Ok(role));
            let json = serde_json::to_string(&role).unwrap();
            assert_eq!(json, format!("\"{}\"", role.as_str()));
        }
        assert!("superuser".parse::<Role>().is_err());
    }

    #[test]
    fn only_mothers_are_not_staff() {
        let staff: Vec<Role> = Role::ALL.into_iter().filter(|r| r.is_staff()).collect();
        assert_eq!(staff.len(), 4);
        assert!(!Role::Mother.is_staff());
    }
}
