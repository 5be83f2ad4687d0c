//! The one error shape every PeriLink endpoint answers with:
//! `{"error":{"code":"...","message":"..."}}`, where `code` is stable and safe for a
//! client to branch on, and `message` is plain English for a developer.

use serde::{Deserialize, Serialize};

/// A stable error code, with the HTTP status it is sent with.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum ErrorCode {
    /// The request is malformed: bad JSON syntax, a bad query string or path.
    BadRequest,
    /// The JSON is well formed but a field is missing, has the wrong type or a bad value.
    ValidationFailed,
    /// No valid access token: missing, expired, tampered with or unsigned.
    Unauthorized,
    /// The email and password do not match an active account.
    InvalidCredentials,
    /// Signed in, but this role may not do this.
    Forbidden,
    /// No such route or record (or none the caller may know of).
    NotFound,
    /// The route exists but not with this method.
    MethodNotAllowed,
    /// The request conflicts with the record's current state.
    Conflict,
    /// No places are left; the waiting list is open.
    Full,
    /// The referral cannot move to that state from where it is, or not by this caller.
    IllegalTransition,
    /// No referral without her recorded, unwithdrawn consent.
    ConsentRequired,
    /// The place searched near is not a known postcode, district or `lat,lon`.
    UnknownPlace,
    /// The body is larger than the server accepts.
    PayloadTooLarge,
    /// The body is not `application/json`.
    UnsupportedMediaType,
    /// Too many attempts; wait and try again.
    TooManyRequests,
    /// The invitation's 72 hours have passed.
    InvitationExpired,
    /// The invitation has been accepted already.
    InvitationUsed,
    /// The invitation was withdrawn.
    InvitationRevoked,
    /// A set-up or password reset link has expired.
    LinkExpired,
    /// A set-up or password reset link has been used already.
    LinkUsed,
    /// The one-time or authenticator code is not right, or has expired.
    CodeInvalid,
    /// This code had too many wrong tries and no longer works; ask for a new one.
    TooManyAttempts,
    /// The password is too short or one of the commonest passwords.
    PasswordTooWeak,
    /// This role needs two-factor: this sign-in has not given an authenticator code.
    TotpRequired,
    /// This role needs two-factor: enrol an authenticator first.
    TotpEnrolmentRequired,
    /// The account has been deactivated.
    AccountInactive,
    /// The questionnaire's licensed wording (EPDS) is not installed in this
    /// language, so it cannot be taken in it: a score from unseen questions means
    /// nothing. Offer PHQ-9, GAD-2 or Whooley instead.
    WordingNotInstalled,
    /// A feed's address is on a private or local network (loopback, 10/8,
    /// 172.16/12, 192.168/16, link-local, IPv6 unique local...), which PeriLink
    /// does not read from.
    FeedAddressRefused,
    /// The feed is being read already (by the daily job or another "read now").
    FeedBusy,
    /// She has already decided whether this feed's service is the same as her
    /// listing; the decision stands.
    DuplicateDecided,
    /// Something went wrong on the server; the cause is logged, never sent.
    Internal,
    /// A dependency (such as the database) is unavailable; try again shortly.
    ServiceUnavailable,
}

impl ErrorCode {
    /// The HTTP status code this error is sent with.
    pub fn status(self) -> u16 {
        match self {
            ErrorCode::BadRequest => 400,
            ErrorCode::Unauthorized
            | ErrorCode::InvalidCredentials
            | ErrorCode::CodeInvalid
            | ErrorCode::AccountInactive => 401,
            ErrorCode::Forbidden | ErrorCode::TotpRequired | ErrorCode::TotpEnrolmentRequired => 403,
            ErrorCode::NotFound => 404,
            ErrorCode::MethodNotAllowed => 405,
            ErrorCode::Conflict
            | ErrorCode::Full
            | ErrorCode::IllegalTransition
            | ErrorCode::ConsentRequired
            | ErrorCode::FeedBusy
            | ErrorCode::DuplicateDecided => 409,
            ErrorCode::InvitationExpired
            | ErrorCode::InvitationUsed
            | ErrorCode::InvitationRevoked
            | ErrorCode::LinkExpired
            | ErrorCode::LinkUsed => 410,
            ErrorCode::PayloadTooLarge => 413,
            ErrorCode::UnsupportedMediaType => 415,
            ErrorCode::ValidationFailed
            | ErrorCode::UnknownPlace
            | ErrorCode::PasswordTooWeak
            | ErrorCode::WordingNotInstalled
            | ErrorCode::FeedAddressRefused => 422,
            ErrorCode::TooManyRequests | ErrorCode::TooManyAttempts => 429,
            ErrorCode::Internal => 500,
            ErrorCode::ServiceUnavailable => 503,
        }
    }
}

/// The body of every error response.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ErrorBody {
    /// What went wrong.
    pub error: ErrorDetail,
}

/// The code and message of an error.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ErrorDetail {
    /// A stable code for clients to branch on.
    pub code: ErrorCode,
    /// A plain-English explanation for developers; never shown to users as is.
    pub message: String,
}

impl ErrorBody {
    /// An error body with this code and message.
    pub fn new(code: ErrorCode, message: impl Into<String>) -> Self {
        ErrorBody {
            error: ErrorDetail {
                code,
                message: message.into(),
            },
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn error_bodies_have_the_documented_shape() {
        let body = ErrorBody::new(ErrorCode::ValidationFailed, "missing field `email`");
        let json = serde_json::to_value(&body).unwrap();
        assert_eq!(
            json,
            serde_json::json!({"error": {"code": "validation_failed", "message": "missing field `email`"}})
        );
    }

    #[test]
    fn client_errors_are_4xx_and_only_server_faults_are_5xx() {
        use ErrorCode::*;
        for code in [
            BadRequest,
            ValidationFailed,
            Unauthorized,
            InvalidCredentials,
            Forbidden,
            NotFound,
            MethodNotAllowed,
            Conflict,
            Full,
            IllegalTransition,
            ConsentRequired,
            UnknownPlace,
            PayloadTooLarge,
            UnsupportedMediaType,
            TooManyRequests,
            InvitationExpired,
            InvitationUsed,
            InvitationRevoked,
            LinkExpired,
            LinkUsed,
            CodeInvalid,
            TooManyAttempts,
            PasswordTooWeak,
            TotpRequired,
            TotpEnrolmentRequired,
            AccountInactive,
            FeedAddressRefused,
            FeedBusy,
            DuplicateDecided,
        ] {
            assert!((400..500).contains(&code.status()), "{code:?}");
        }
        assert_eq!(Internal.status(), 500);
        assert_eq!(ServiceUnavailable.status(), 503);
    }
}
