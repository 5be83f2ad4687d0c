//! Accounts for a real deployment: organisations and teams, invitations, mothers'
//! set-up links and one-time codes, password reset, two-factor sign-in for staff,
//! sessions on devices, and the staff list.
//!
//! # The API, in one place
//!
//! Every error is the usual `ErrorBody`; the codes are in [`crate::error::ErrorCode`].
//! Instants are RFC 3339 (UTC). "A token pair" means exactly what
//! `POST /api/auth/login` returns: a [`LoginResponse`] body and the refresh cookie.
//!
//! - `GET/POST /api/organisations` (admins): [`Organisation`], [`NewOrganisation`].
//! - `GET/POST /api/organisations/{id}/teams` (admins; coordinators for their own
//!   organisation): [`Team`], [`NewTeam`].
//! - `POST /api/teams/{id}/members` [`AddTeamMember`] → 204;
//!   `DELETE /api/teams/{id}/members/{user_id}` → 204.
//! - `GET /api/users` (admins; coordinators see their organisation): [`StaffUser`];
//!   `POST /api/users/{id}/deactivate` → 204; `PUT /api/users/{id}/role`
//!   [`RoleChange`] → 204 (added after the first contract; takes effect on the
//!   person's next request).
//! - `POST /api/invitations` [`InvitationRequest`] → 201 [`Invitation`];
//!   `GET /api/invitations` → `[Invitation]`; `POST /api/invitations/{id}/revoke` → 204.
//!   The link `/accept-invitation?token=…` goes out through the outbox only.
//! - `GET /api/invitations/preview?token=…` → [`InvitationPreview`] (404 `not_found`,
//!   410 `invitation_expired` / `invitation_used` / `invitation_revoked`).
//! - `POST /api/invitations/accept` [`AcceptInvitationRequest`] → a token pair.
//! - `POST /api/account/setup` [`SetupRequest`] → a token pair (a mother's set-up
//!   link `/set-up?token=…`; 404 `not_found`, 410 `link_expired` / `link_used`).
//! - `POST /api/auth/code/request` [`CodeRequest`] → 202 always;
//!   `POST /api/auth/code/verify` [`CodeVerifyRequest`] → a token pair (401
//!   `code_invalid`, 429 `too_many_attempts` once a code has had 5 wrong tries).
//! - `POST /api/auth/password-reset/request` [`PasswordResetRequest`] → 202 always;
//!   `POST /api/auth/password-reset` [`PasswordResetConfirm`] → 204 (ends every
//!   sign-in of the account). The link is `/reset-password?token=…`.
//! - `POST /api/auth/login` → 200 with either a [`LoginResponse`] or, for staff with
//!   two-factor enrolled, an [`MfaChallenge`] (see [`LoginOutcome`]); then
//!   `POST /api/auth/totp` [`TotpLoginRequest`] → a token pair.
//! - `POST /api/me/totp/enrol` → [`TotpEnrolment`];
//!   `POST /api/me/totp/confirm` [`TotpConfirmRequest`] → [`TotpConfirmation`] (the
//!   recovery codes, shown once, and a fresh access token that counts as two-factor;
//!   the refresh cookie stays the same and later refreshes count as two-factor too).
//! - `GET /api/me/sessions` → `[DeviceSession]`; `DELETE /api/me/sessions/{id}` → 204.
//! - `GET /api/me` → [`crate::auth::UserProfile`], whose `demo` and `two_factor`
//!   say whether to show the demo banner and whether to send the user to enrolment.
//!
//! Every new password (invitation, set-up, reset, and a mother's own sign-up) must
//! pass [`check_password_length`] and not be a common password, else 422
//! `password_too_weak`. A deactivated account's token gets 401 `account_inactive`.
//!
//! Referrers, coordinators and admins whose access token lacks two-factor get 403
//! `totp_enrolment_required` (not enrolled yet) or `totp_required` from every route
//! but `/api/me`, `/api/me/totp/*`, `/api/me/sessions` and signing out.

use crate::auth::{LoginResponse, Role};
use crate::directory_admin::OrganisationKind;
use serde::{Deserialize, Serialize};

/// The fewest characters a password may have, for everyone.
pub const MIN_PASSWORD_CHARS: usize = 12;

/// The most bytes a password may have (hashing longer ones is a denial of service).
pub const MAX_PASSWORD_BYTES: usize = 1024;

/// How long an invitation link lasts, in hours.
pub const INVITATION_HOURS: i64 = 72;
/// How long a mother's set-up link lasts, in days.
pub const SETUP_DAYS: i64 = 7;
/// How long a password reset link lasts, in minutes.
pub const RESET_MINUTES: i64 = 60;
/// How long a one-time code lasts, in minutes.
pub const CODE_MINUTES: i64 = 10;
/// How many wrong tries a one-time code survives.
pub const CODE_MAX_ATTEMPTS: i64 = 5;
/// How many digits a one-time code has.
pub const CODE_DIGITS: usize = 6;

/// Why a password is refused.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PasswordProblem {
    /// Fewer than [`MIN_PASSWORD_CHARS`] characters.
    TooShort,
    /// More than [`MAX_PASSWORD_BYTES`] bytes.
    TooLong,
    /// One of the commonest passwords (the server checks this against its list).
    Common,
}

/// Checks a password's length, counting characters (not bytes), so that a
/// passphrase in any script counts alike. The common-password check is the server's.
pub fn check_password_length(password: &str) -> Result<(), PasswordProblem> {
    if password.len() > MAX_PASSWORD_BYTES {
        Err(PasswordProblem::TooLong)
    } else if password.chars().count() < MIN_PASSWORD_CHARS {
        Err(PasswordProblem::TooShort)
    } else {
        Ok(())
    }
}

/// A code as typed, made plain: spaces and dashes dropped, and digits from the
/// keyboards PeriLink's languages use (Arabic-Indic, Persian and Urdu, Bengali,
/// full-width) turned into ASCII. The server does this too; the app may, to check
/// the length.
pub fn normalise_code(typed: &str) -> String {
    typed
        .chars()
        .filter(|c| !c.is_whitespace() && *c != '-')
        .map(|c| {
            let zero = match c {
                '\u{0660}'..='\u{0669}' => 0x0660,
                '\u{06F0}'..='\u{06F9}' => 0x06F0,
                '\u{09E6}'..='\u{09EF}' => 0x09E6,
                '\u{FF10}'..='\u{FF19}' => 0xFF10,
                _ => return c,
            };
            char::from_digit(c as u32 - zero, 10).unwrap_or(c)
        })
        .collect()
}

/// An organisation: a hospital trust, a library service, a charity.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Organisation {
    pub id: String,
    pub name: String,
    pub kind: OrganisationKind,
}

/// `POST /api/organisations`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct NewOrganisation {
    /// 1 to 200 characters.
    pub name: String,
    pub kind: OrganisationKind,
}

string_enum! {
    /// What a team does.
    TeamKind {
        /// A community midwifery team.
        CommunityMidwifery = "community_midwifery",
        /// Health visitors.
        HealthVisiting = "health_visiting",
        /// A link-worker (social prescribing) service.
        LinkWorkers = "link_workers",
        /// People who run sessions: library staff, tutors, peer supporters.
        Provider = "provider",
        Other = "other",
    }
}

/// A team within an organisation, with its members.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Team {
    pub id: String,
    pub organisation_id: String,
    pub name: String,
    pub kind: TeamKind,
    pub members: Vec<TeamMember>,
}

/// One member of a team.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct TeamMember {
    pub user_id: String,
    pub display_name: String,
    pub role: Role,
}

/// `POST /api/organisations/{id}/teams`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct NewTeam {
    /// 1 to 200 characters.
    pub name: String,
    pub kind: TeamKind,
}

/// `POST /api/teams/{id}/members`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct AddTeamMember {
    pub user_id: String,
}

/// A team, as a staff list names it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct TeamRef {
    pub id: String,
    pub name: String,
}

/// A member of staff, as `GET /api/users` lists them.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct StaffUser {
    pub id: String,
    pub display_name: String,
    pub email: Option<String>,
    pub role: Role,
    pub active: bool,
    pub organisation_id: Option<String>,
    /// Whether they have a confirmed authenticator.
    pub totp_enrolled: bool,
    pub teams: Vec<TeamRef>,
}

/// `PUT /api/users/{id}/role`: give a member of staff another staff role. A
/// coordinator may give referrer, host or coordinator, in their organisation only.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct RoleChange {
    pub role: Role,
}

/// `POST /api/invitations`: invite a member of staff by email.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct InvitationRequest {
    pub email: String,
    /// A staff role. Coordinators may invite referrers, hosts and coordinators.
    pub role: Role,
    /// The team to join; its organisation becomes theirs.
    #[serde(default)]
    pub team_id: Option<String>,
    /// Admins only, when no team is given: the organisation to join. Coordinators'
    /// invitations are always to their own organisation.
    #[serde(default)]
    pub organisation_id: Option<String>,
}

string_enum! {
    /// Where an invitation stands.
    InvitationStatus {
        /// Sent, not yet accepted, revoked or expired.
        Pending = "pending",
        Accepted = "accepted",
        Revoked = "revoked",
        Expired = "expired",
    }
}

/// An invitation, without its token (which only the email carries).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Invitation {
    pub id: String,
    pub email: String,
    pub role: Role,
    pub team_id: Option<String>,
    pub organisation_id: Option<String>,
    pub created_at: String,
    pub expires_at: String,
    pub status: InvitationStatus,
}

/// What an invitation link is for, shown before the person sets a password.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct InvitationPreview {
    pub email: String,
    pub role: Role,
    pub organisation_name: Option<String>,
}

/// `POST /api/invitations/accept`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct AcceptInvitationRequest {
    pub token: String,
    /// At least [`MIN_PASSWORD_CHARS`] characters, not a common password.
    pub password: String,
    /// 1 to 200 characters.
    pub display_name: String,
}

/// `POST /api/account/setup`: a mother sets her password from her set-up link.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct SetupRequest {
    pub token: String,
    pub password: String,
}

/// `POST /api/auth/code/request`: send a one-time code to this phone or email.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct CodeRequest {
    /// A UK mobile number or an email address.
    pub contact: String,
}

/// `POST /api/auth/code/verify`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct CodeVerifyRequest {
    pub contact: String,
    /// Six digits.
    pub code: String,
}

/// `POST /api/auth/password-reset/request`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct PasswordResetRequest {
    pub email_or_phone: String,
}

/// `POST /api/auth/password-reset`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct PasswordResetConfirm {
    pub token: String,
    pub password: String,
}

/// What `POST /api/auth/login` answers with 200: tokens, or a request for the
/// second factor.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(untagged)]
pub enum LoginOutcome {
    /// Two-factor is needed: send the code with [`TotpLoginRequest`].
    MfaRequired(MfaChallenge),
    /// Signed in.
    SignedIn(LoginResponse),
}

/// The password was right; now the authenticator code.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct MfaChallenge {
    /// Always `true`.
    pub mfa_required: bool,
    /// A signed token good for five minutes, to send back with the code.
    pub mfa_token: String,
    /// Seconds until `mfa_token` expires.
    pub expires_in: u64,
}

/// `POST /api/auth/totp`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct TotpLoginRequest {
    pub mfa_token: String,
    /// The six digits the authenticator shows, or an unused recovery code.
    pub code: String,
}

/// `POST /api/me/totp/enrol`: a new secret, pending until confirmed. The app draws
/// `otpauth_uri` as a QR code and shows `secret_base32` as text too.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct TotpEnrolment {
    pub secret_base32: String,
    pub otpauth_uri: String,
}

/// `POST /api/me/totp/confirm`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct TotpConfirmRequest {
    pub code: String,
}

/// `POST /api/me/password-check`: her password again, to show what a shared phone
/// keeps behind it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct PasswordCheck {
    pub password: String,
}

/// Two-factor is on: the recovery codes, shown this once, and an access token for
/// this sign-in that counts as two-factor.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct TotpConfirmation {
    /// Ten single-use codes, each usable once instead of the authenticator.
    pub recovery_codes: Vec<String>,
    pub session: LoginResponse,
}

string_enum! {
    /// Where the signed-in user stands with two-factor (in `GET /api/me`).
    TwoFactor {
        /// Mothers and hosts, and the demo accounts in demo mode.
        NotRequired = "not_required",
        /// This sign-in passed two-factor.
        Satisfied = "satisfied",
        /// The role needs an authenticator and has none yet: enrol first.
        EnrolmentRequired = "enrolment_required",
        /// Enrolled, but this sign-in has not given a code: sign in again.
        Required = "required",
    }
}

impl TwoFactor {
    /// The default for a profile that does not say.
    pub fn not_required() -> TwoFactor {
        TwoFactor::NotRequired
    }
}

/// A device the user is signed in on.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct DeviceSession {
    pub id: String,
    pub created_at: String,
    pub last_used_at: String,
    /// The browser's `User-Agent` when it signed in, cut to 200 characters.
    pub user_agent: Option<String>,
    /// Whether this is the device asking.
    pub current: bool,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn passwords_are_counted_in_characters() {
        assert_eq!(check_password_length("short"), Err(PasswordProblem::TooShort));
        assert_eq!(
            check_password_length("elevenchars"),
            Err(PasswordProblem::TooShort)
        );
        assert_eq!(check_password_length("twelve chars"), Ok(()));
        assert_eq!(check_password_length("ناني الحلوة ج"), Ok(()));
        assert_eq!(
            check_password_length(&"x".repeat(MAX_PASSWORD_BYTES + 1)),
            Err(PasswordProblem::TooLong)
        );
    }

    #[test]
    fn codes_typed_on_other_keyboards_become_ascii_digits() {
        assert_eq!(normalise_code("١٢٣ ٤٥٦"), "123456");
        assert_eq!(normalise_code("۰۹۸۷۶۵"), "098765");
        assert_eq!(normalise_code("১২৩৪৫৬"), "123456");
        assert_eq!(normalise_code("１２３-４５６"), "123456");
        assert_eq!(normalise_code("abcde-fghij"), "abcdefghij");
    }

    #[test]
    fn a_login_outcome_is_told_apart_by_its_fields() {
        let challenge: LoginOutcome =
            serde_json::from_str(r#"{"mfa_required":true,"mfa_token":"t","expires_in":300}"#).unwrap();
        assert!(matches!(challenge, LoginOutcome::MfaRequired(_)));
    }
}
