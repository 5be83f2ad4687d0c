//! Signing in and out: `POST /api/auth/login`, `/refresh` and `/logout`.

use crate::auth::refresh::{self, Refused};
use crate::error::{AppError, AppJson};
use crate::service::audit::{self, AuditEntry};
use crate::service::{login, users};
use crate::state::AppState;
use axum::extract::{ConnectInfo, State};
use axum::http::{HeaderMap, StatusCode, header};
use axum::response::{IntoResponse, Response};
use perilink_shared::auth::{LoginRequest, LoginResponse};
use perilink_shared::booking::SignupRequest;
use std::net::SocketAddr;
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

pub fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .routes(routes!(login))
        .routes(routes!(signup))
        .routes(routes!(refresh_session))
        .routes(routes!(logout))
}

/// Signs in with an email and password. Sets a rotating refresh token in an
/// HttpOnly cookie and returns a short-lived access token.
#[utoipa::path(
    post,
    path = "/api/auth/login",
    tag = "auth",
    request_body = LoginRequest,
    responses(
        (status = 200, description = "Signed in", body = LoginResponse),
        (status = 401, description = "The email or password is not right", body = perilink_shared::error::ErrorBody),
        (status = 422, description = "A field is missing or has the wrong type", body = perilink_shared::error::ErrorBody),
        (status = 429, description = "Too many failed attempts", body = perilink_shared::error::ErrorBody)
    )
)]
pub async fn login(
    State(state): State<AppState>,
    ConnectInfo(client): ConnectInfo<SocketAddr>,
    AppJson(request): AppJson<LoginRequest>,
) -> Result<Response, AppError> {
    if request.email.trim().is_empty() || request.password.is_empty() {
        return Err(AppError::Validation("email and password are required".into()));
    }
    if request.email.len() > 320 || request.password.len() > 1024 {
        return Err(AppError::Validation("email or password is too long".into()));
    }
    let user = login::authenticate(&state.db, &request.email, &request.password, client.ip()).await?;
    let family = uuid::Uuid::new_v4().to_string();
    signed_in(&state, &user, &family).await
}

/// A mother signs herself up with her name, a mobile number or email, her language
/// and a password, and is signed in at once.
#[utoipa::path(
    post,
    path = "/api/auth/signup",
    tag = "auth",
    request_body = SignupRequest,
    responses(
        (status = 200, description = "Signed up and signed in", body = LoginResponse),
        (status = 409, description = "An account already uses this phone number or email", body = perilink_shared::error::ErrorBody),
        (status = 422, description = "A field is missing or not valid", body = perilink_shared::error::ErrorBody)
    )
)]
pub async fn signup(
    State(state): State<AppState>,
    AppJson(request): AppJson<SignupRequest>,
) -> Result<Response, AppError> {
    let new = users::check_signup(request)?;
    let user = users::create_mother(&state.db, new).await?;
    audit::record(
        &state.db,
        AuditEntry {
            actor_id: Some(&user.id),
            action: "auth.signup",
            subject_type: Some("user"),
            subject_id: Some(&user.id),
            detail: None,
        },
    )
    .await?;
    let family = uuid::Uuid::new_v4().to_string();
    signed_in(&state, &user, &family).await
}

/// Trades the refresh cookie for a new access token and a new refresh cookie. A
/// refresh token works once: shown again, it ends that sign-in everywhere.
#[utoipa::path(
    post,
    path = "/api/auth/refresh",
    tag = "auth",
    responses(
        (status = 200, description = "A new access token", body = LoginResponse),
        (status = 401, description = "No valid refresh cookie", body = perilink_shared::error::ErrorBody)
    )
)]
pub async fn refresh_session(
    State(state): State<AppState>,
    headers: HeaderMap,
) -> Result<Response, AppError> {
    let token = refresh::from_cookies(&headers).ok_or(AppError::Unauthorized("not signed in"))?;
    let record = match refresh::spend(&state.db, &token).await? {
        Ok(record) => record,
        Err(refused) => {
            if matches!(refused, Refused::Reused) {
                tracing::warn!("a used refresh token was shown again; its sign-in is revoked");
                audit::record(
                    &state.db,
                    AuditEntry {
                        actor_id: None,
                        action: "auth.refresh_reused",
                        subject_type: None,
                        subject_id: None,
                        detail: Some("refresh token replayed; sign-in revoked"),
                    },
                )
                .await?;
            }
            return Ok(unauthorized_and_forget(&state));
        }
    };
    let Some(user) = users::find_active(&state.db, &record.user_id).await? else {
        refresh::revoke_family(&state.db, &record.family_id).await?;
        return Ok(unauthorized_and_forget(&state));
    };
    signed_in(&state, &user, &record.family_id).await
}

/// Signs out this device: revokes its refresh tokens and clears the cookie.
#[utoipa::path(
    post,
    path = "/api/auth/logout",
    tag = "auth",
    responses((status = 204, description = "Signed out"))
)]
pub async fn logout(State(state): State<AppState>, headers: HeaderMap) -> Result<Response, AppError> {
    if let Some(token) = refresh::from_cookies(&headers)
        && let Some(family) = refresh::family_of(&state.db, &token).await?
    {
        refresh::revoke_family(&state.db, &family).await?;
        audit::record(
            &state.db,
            AuditEntry {
                actor_id: None,
                action: "auth.logout",
                subject_type: Some("session"),
                subject_id: Some(&family),
                detail: None,
            },
        )
        .await?;
    }
    Ok((
        StatusCode::NO_CONTENT,
        [(
            header::SET_COOKIE,
            refresh::clear_cookie(state.config.cookie_secure),
        )],
    )
        .into_response())
}

/// Issues the access token and next refresh token for a sign-in.
async fn signed_in(
    state: &AppState,
    user: &crate::entity::user::Model,
    family: &str,
) -> Result<Response, AppError> {
    let role = users::role_of(user)?;
    let refresh_token = refresh::issue(&state.db, &user.id, family, state.config.refresh_token_ttl).await?;
    let access_token = state
        .keys
        .issue(&user.id, role, family)
        .map_err(AppError::internal)?;
    let body = LoginResponse {
        access_token,
        token_type: "Bearer".into(),
        expires_in: state.keys.ttl().as_secs(),
        user: users::profile(&state.db, user).await?,
    };
    let cookie = refresh::set_cookie(
        &refresh_token,
        state.config.refresh_token_ttl,
        state.config.cookie_secure,
    );
    Ok(([(header::SET_COOKIE, cookie)], axum::Json(body)).into_response())
}

fn unauthorized_and_forget(state: &AppState) -> Response {
    let mut response = AppError::Unauthorized("the sign-in has ended; sign in again").into_response();
    response.headers_mut().insert(
        header::SET_COOKIE,
        refresh::clear_cookie(state.config.cookie_secure),
    );
    response
}
