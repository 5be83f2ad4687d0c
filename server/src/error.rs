//! The server's one error type, and the extractors whose rejections become it.
//!
//! Every error leaves as `{"error":{"code","message"}}` with the status its
//! [`ErrorCode`] names. Server faults say only that something went wrong; their
//! cause is logged once, here.

use axum::extract::FromRequest;
use axum::extract::rejection::{JsonRejection, PathRejection, QueryRejection};
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use perilink_shared::error::{ErrorBody, ErrorCode};
use sea_orm::{DbErr, RuntimeErr};

/// Anything a handler can fail with.
#[derive(Debug, thiserror::Error)]
pub enum AppError {
    #[error("{0}")]
    BadRequest(String),
    #[error("{0}")]
    Validation(String),
    #[error("{0}")]
    Unauthorized(&'static str),
    #[error("the email or password is not right")]
    InvalidCredentials,
    #[error("your role may not do this")]
    Forbidden,
    #[error("not found")]
    NotFound,
    #[error("this method is not allowed here")]
    MethodNotAllowed,
    #[error("{0}")]
    Conflict(String),
    #[error("no places are left; ask to join the waiting list")]
    Full,
    #[error("{0}")]
    IllegalTransition(String),
    #[error("record her consent before referring her")]
    ConsentRequired,
    #[error("{0}")]
    UnknownPlace(String),
    #[error("the request body is too large")]
    PayloadTooLarge,
    #[error("send the body as application/json")]
    UnsupportedMediaType,
    #[error("too many attempts; try again in {retry_after_secs} seconds")]
    TooManyRequests { retry_after_secs: u64 },
    #[error("{0}")]
    PasswordTooWeak(&'static str),
    #[error("this invitation has expired; ask for a new one")]
    InvitationExpired,
    #[error("this invitation has been used already")]
    InvitationUsed,
    #[error("this invitation was withdrawn")]
    InvitationRevoked,
    #[error("this link has expired; ask for a new one")]
    LinkExpired,
    #[error("this link has been used already")]
    LinkUsed,
    #[error("the code is not right or has expired")]
    CodeInvalid,
    #[error("this code had too many wrong tries; ask for a new one")]
    TooManyAttempts,
    #[error("enter the code from your authenticator app to see this")]
    TotpRequired,
    #[error("set up an authenticator app before you can see this")]
    TotpEnrolmentRequired,
    #[error("this account is no longer active")]
    AccountInactive,
    #[error("{0}")]
    WordingNotInstalled(String),
    #[error("{0}")]
    FeedAddressRefused(String),
    #[error("this feed is being read already; see its readings in a moment")]
    FeedBusy,
    #[error(
        "this has been decided already: the feed's service is tied to your listing, or listed as its own"
    )]
    DuplicateDecided,
    #[error("the service is unavailable; try again shortly")]
    Unavailable(#[source] DbErr),
    #[error("something went wrong")]
    Internal(#[source] Box<dyn std::error::Error + Send + Sync>),
}

impl AppError {
    /// The stable code this error is sent with.
    pub fn code(&self) -> ErrorCode {
        match self {
            AppError::BadRequest(_) => ErrorCode::BadRequest,
            AppError::Validation(_) => ErrorCode::ValidationFailed,
            AppError::Unauthorized(_) => ErrorCode::Unauthorized,
            AppError::InvalidCredentials => ErrorCode::InvalidCredentials,
            AppError::Forbidden => ErrorCode::Forbidden,
            AppError::NotFound => ErrorCode::NotFound,
            AppError::MethodNotAllowed => ErrorCode::MethodNotAllowed,
            AppError::Conflict(_) => ErrorCode::Conflict,
            AppError::Full => ErrorCode::Full,
            AppError::IllegalTransition(_) => ErrorCode::IllegalTransition,
            AppError::ConsentRequired => ErrorCode::ConsentRequired,
            AppError::UnknownPlace(_) => ErrorCode::UnknownPlace,
            AppError::PayloadTooLarge => ErrorCode::PayloadTooLarge,
            AppError::UnsupportedMediaType => ErrorCode::UnsupportedMediaType,
            AppError::TooManyRequests { .. } => ErrorCode::TooManyRequests,
            AppError::PasswordTooWeak(_) => ErrorCode::PasswordTooWeak,
            AppError::InvitationExpired => ErrorCode::InvitationExpired,
            AppError::InvitationUsed => ErrorCode::InvitationUsed,
            AppError::InvitationRevoked => ErrorCode::InvitationRevoked,
            AppError::LinkExpired => ErrorCode::LinkExpired,
            AppError::LinkUsed => ErrorCode::LinkUsed,
            AppError::CodeInvalid => ErrorCode::CodeInvalid,
            AppError::TooManyAttempts => ErrorCode::TooManyAttempts,
            AppError::TotpRequired => ErrorCode::TotpRequired,
            AppError::TotpEnrolmentRequired => ErrorCode::TotpEnrolmentRequired,
            AppError::AccountInactive => ErrorCode::AccountInactive,
            AppError::WordingNotInstalled(_) => ErrorCode::WordingNotInstalled,
            AppError::FeedAddressRefused(_) => ErrorCode::FeedAddressRefused,
            AppError::FeedBusy => ErrorCode::FeedBusy,
            AppError::DuplicateDecided => ErrorCode::DuplicateDecided,
            AppError::Unavailable(_) => ErrorCode::ServiceUnavailable,
            AppError::Internal(_) => ErrorCode::Internal,
        }
    }

    /// Wraps any unexpected failure as a 500.
    pub fn internal(err: impl std::error::Error + Send + Sync + 'static) -> Self {
        AppError::Internal(Box::new(err))
    }
}

impl From<DbErr> for AppError {
    fn from(err: DbErr) -> Self {
        if is_transient(&err) {
            AppError::Unavailable(err)
        } else {
            AppError::internal(err)
        }
    }
}

/// How long a client is asked to wait before retrying a 503.
pub const RETRY_AFTER_UNAVAILABLE_SECS: u64 = 2;

/// Whether a database error says the database cannot be used just now, rather
/// than that the query is at fault: no connection to be had (the server is down,
/// restarting or out of connections), a connection lost mid-query, or a lock that
/// stayed contended (SQLite busy, a PostgreSQL deadlock or serialization failure).
/// The client should try again shortly: 503, not 500.
pub fn is_transient(err: &DbErr) -> bool {
    use sea_orm::sqlx::Error as Sqlx;
    use sea_orm::sqlx::error::DatabaseError as _;
    let runtime = match err {
        DbErr::ConnectionAcquire(_) | DbErr::Conn(_) => return true,
        DbErr::Exec(runtime) | DbErr::Query(runtime) => runtime,
        _ => return false,
    };
    let RuntimeErr::SqlxError(sqlx) = runtime else {
        return runtime.to_string().contains("database is locked");
    };
    match sqlx.as_ref() {
        Sqlx::Io(_) | Sqlx::Tls(_) | Sqlx::PoolTimedOut | Sqlx::PoolClosed | Sqlx::WorkerCrashed => true,
        Sqlx::Database(db) => {
            if let Some(pg) = db.try_downcast_ref::<sea_orm::sqlx::postgres::PgDatabaseError>() {
                let code = pg.code();
                // 08: connection exception; 57P01-03: shutting down or starting up;
                // 53300: too many connections; 40001/40P01: retry the transaction.
                code.starts_with("08")
                    || matches!(code, "57P01" | "57P02" | "57P03" | "53300" | "40001" | "40P01")
            } else if let Some(sqlite) = db.try_downcast_ref::<sea_orm::sqlx::sqlite::SqliteError>() {
                // SQLITE_BUSY (5) and SQLITE_LOCKED (6), with their extended codes.
                sqlite
                    .code()
                    .and_then(|c| c.parse::<i32>().ok())
                    .is_some_and(|c| matches!(c & 0xff, 5 | 6))
                    || sqlite.message().contains("database is locked")
            } else {
                false
            }
        }
        _ => false,
    }
}

impl IntoResponse for AppError {
    fn into_response(self) -> Response {
        let code = self.code();
        match &self {
            AppError::Internal(cause) => tracing::error!(error = %cause, "request failed"),
            AppError::Unavailable(cause) => tracing::warn!(error = %cause, "dependency unavailable"),
            _ => {}
        }
        let status = StatusCode::from_u16(code.status()).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
        let mut response = (status, axum::Json(ErrorBody::new(code, self.to_string()))).into_response();
        match self {
            AppError::TooManyRequests { retry_after_secs } => {
                response
                    .headers_mut()
                    .insert(header::RETRY_AFTER, HeaderValue::from(retry_after_secs));
            }
            AppError::Unavailable(_) => {
                response.headers_mut().insert(
                    header::RETRY_AFTER,
                    HeaderValue::from(RETRY_AFTER_UNAVAILABLE_SECS),
                );
            }
            AppError::Unauthorized(_) | AppError::InvalidCredentials | AppError::AccountInactive => {
                response
                    .headers_mut()
                    .insert(header::WWW_AUTHENTICATE, HeaderValue::from_static("Bearer"));
            }
            _ => {}
        }
        response
    }
}

impl From<JsonRejection> for AppError {
    fn from(rejection: JsonRejection) -> Self {
        match rejection {
            JsonRejection::JsonDataError(e) => AppError::Validation(e.body_text()),
            JsonRejection::JsonSyntaxError(e) => AppError::BadRequest(e.body_text()),
            JsonRejection::MissingJsonContentType(_) => AppError::UnsupportedMediaType,
            JsonRejection::BytesRejection(e) if e.status() == StatusCode::PAYLOAD_TOO_LARGE => {
                AppError::PayloadTooLarge
            }
            other => AppError::BadRequest(other.body_text()),
        }
    }
}

impl From<QueryRejection> for AppError {
    fn from(rejection: QueryRejection) -> Self {
        AppError::BadRequest(rejection.body_text())
    }
}

impl From<PathRejection> for AppError {
    fn from(rejection: PathRejection) -> Self {
        AppError::BadRequest(rejection.body_text())
    }
}

/// `axum::Json`, but a bad body becomes an [`AppError`] in the one JSON shape.
#[derive(Debug, Clone, Copy, Default, FromRequest)]
#[from_request(via(axum::Json), rejection(AppError))]
pub struct AppJson<T>(pub T);

impl<T: serde::Serialize> IntoResponse for AppJson<T> {
    fn into_response(self) -> Response {
        axum::Json(self.0).into_response()
    }
}

/// `axum::extract::Query` whose rejection is an [`AppError`].
#[derive(Debug, Clone, Copy, Default, FromRequestParts)]
#[from_request(via(axum::extract::Query), rejection(AppError))]
pub struct AppQuery<T>(pub T);

/// `axum::extract::Path` whose rejection is an [`AppError`].
#[derive(Debug, Clone, Copy, FromRequestParts)]
#[from_request(via(axum::extract::Path), rejection(AppError))]
pub struct AppPath<T>(pub T);

use axum::extract::FromRequestParts;

/// Answers any `/api` path that matches no route.
pub async fn api_not_found() -> AppError {
    AppError::NotFound
}

/// Answers a known path called with a method it does not take.
pub async fn method_not_allowed() -> AppError {
    AppError::MethodNotAllowed
}

/// Turns a panic in a handler into a plain 500 in the one error shape. The panic
/// message is logged, never sent.
pub fn panic_response(panic: Box<dyn std::any::Any + Send + 'static>) -> Response {
    let message = panic
        .downcast_ref::<&str>()
        .map(|s| s.to_string())
        .or_else(|| panic.downcast_ref::<String>().cloned())
        .unwrap_or_else(|| "unknown panic".into());
    tracing::error!(panic = %message, "handler panicked");
    let status = StatusCode::INTERNAL_SERVER_ERROR;
    (
        status,
        axum::Json(ErrorBody::new(ErrorCode::Internal, "something went wrong")),
    )
        .into_response()
}

#[cfg(test)]
mod tests {
    use super::*;
    use sea_orm::ConnAcquireErr;
    use std::sync::Arc;

    fn sqlx(err: sea_orm::sqlx::Error) -> DbErr {
        DbErr::Query(RuntimeErr::SqlxError(Arc::new(err)))
    }

    #[test]
    fn a_lost_or_unobtainable_connection_is_a_503_to_retry() {
        let lost = std::io::Error::new(std::io::ErrorKind::UnexpectedEof, "connection closed");
        for err in [
            DbErr::ConnectionAcquire(ConnAcquireErr::Timeout),
            sqlx(sea_orm::sqlx::Error::Io(lost)),
            sqlx(sea_orm::sqlx::Error::PoolTimedOut),
        ] {
            let response = AppError::from(err).into_response();
            assert_eq!(response.status(), StatusCode::SERVICE_UNAVAILABLE);
            assert_eq!(response.headers()[header::RETRY_AFTER], "2");
        }
    }

    #[test]
    fn a_faulty_query_is_still_a_500() {
        for err in [
            sqlx(sea_orm::sqlx::Error::RowNotFound),
            DbErr::Custom("no such column".into()),
        ] {
            let response = AppError::from(err).into_response();
            assert_eq!(response.status(), StatusCode::INTERNAL_SERVER_ERROR);
            assert!(!response.headers().contains_key(header::RETRY_AFTER));
        }
    }
}
