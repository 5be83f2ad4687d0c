//! Signing in and out: `POST /api/auth/login`, `/refresh` and `/logout`; the
//! second factor (`/totp`); one-time codes (`/code/request`, `/code/verify`);
//! signing up (`/signup`, `/signup/confirm`); and password reset
//! (`/password-reset/request`, `/password-reset`).

use crate::auth::jwt::MFA_CHALLENGE_TTL;
use crate::auth::refresh::{self, Refused};
use crate::client_addr::ClientAddr;
use crate::error::{AppError, AppJson};
use crate::service::audit::{self, AuditEntry};
use crate::service::{account_links, login, login_codes, sign_ins, signups, two_factor, users};
use crate::state::AppState;
use axum::Json;
use axum::extract::State;
use axum::http::{HeaderMap, StatusCode, header};
use axum::response::{AppendHeaders, IntoResponse, Response};
use perilink_shared::accounts::{
    CodeRequest, CodeVerifyRequest, LoginOutcome, MfaChallenge, PasswordResetConfirm, PasswordResetRequest,
    TotpLoginRequest,
};
use perilink_shared::auth::{LoginRequest, LoginResponse};
use perilink_shared::booking::{SignupConfirm, SignupRequest, SignupStarted};
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

pub fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .routes(routes!(login))
        .routes(routes!(signup))
        .routes(routes!(confirm_signup))
        .routes(routes!(refresh_session))
        .routes(routes!(logout))
        .routes(routes!(login_totp))
        .routes(routes!(request_code))
        .routes(routes!(verify_code))
        .routes(routes!(request_password_reset))
        .routes(routes!(reset_password))
}

/// Signs in with an email and password. Sets a rotating refresh token in an
/// HttpOnly cookie and returns a short-lived access token.
#[utoipa::path(
    post,
    path = "/api/auth/login",
    tag = "auth",
    request_body = LoginRequest,
    responses(
        (status = 200, description = "Signed in, or (for staff with two-factor) asked for the code", body = LoginOutcome),
        (status = 401, description = "The email or password is not right", body = perilink_shared::error::ErrorBody),
        (status = 422, description = "A field is missing or has the wrong type", body = perilink_shared::error::ErrorBody),
        (status = 429, description = "Too many failed attempts", body = perilink_shared::error::ErrorBody)
    )
)]
pub async fn login(
    State(state): State<AppState>,
    ClientAddr(client): ClientAddr,
    headers: HeaderMap,
    AppJson(request): AppJson<LoginRequest>,
) -> Result<Response, AppError> {
    if request.email.trim().is_empty() || request.password.is_empty() {
        return Err(AppError::Validation("email and password are required".into()));
    }
    if request.email.len() > 320 || request.password.len() > 1024 {
        return Err(AppError::Validation("email or password is too long".into()));
    }
    let user = login::authenticate(&state.db, &request.email, &request.password, client).await?;
    let role = users::role_of(&user)?;
    if role.must_pass_two_factor()
        && two_factor::is_enrolled(&state.db, &user.id).await?
        && !users::demo_exempt(&state.db, &user.id, state.config.demo).await?
    {
        let mfa_token = state.keys.issue_challenge(&user.id).map_err(AppError::internal)?;
        return Ok(axum::Json(LoginOutcome::MfaRequired(MfaChallenge {
            mfa_required: true,
            mfa_token,
            expires_in: MFA_CHALLENGE_TTL.as_secs(),
        }))
        .into_response());
    }
    start_sign_in(&state, &user, &headers, false).await
}

/// Finishes a staff sign-in with the authenticator's code, or an unused recovery
/// code, and the challenge the password step returned.
#[utoipa::path(
    post,
    path = "/api/auth/totp",
    tag = "auth",
    request_body = TotpLoginRequest,
    responses(
        (status = 200, description = "Signed in with two-factor", body = LoginResponse),
        (status = 401, description = "The challenge has expired, or the code is not right", body = perilink_shared::error::ErrorBody),
        (status = 429, description = "Too many wrong codes", body = perilink_shared::error::ErrorBody)
    )
)]
pub async fn login_totp(
    State(state): State<AppState>,
    headers: HeaderMap,
    AppJson(request): AppJson<TotpLoginRequest>,
) -> Result<Response, AppError> {
    let user_id = state
        .keys
        .verify_challenge(&request.mfa_token)
        .ok_or(AppError::Unauthorized(
            "the sign-in has expired; enter your password again",
        ))?;
    let user = users::find_active(&state.db, &user_id)
        .await?
        .ok_or(AppError::Unauthorized(
            "the sign-in has expired; enter your password again",
        ))?;
    login::check_second_factor_limit(&state.db, &user.id).await?;
    match two_factor::verify(&state.db, &state.config.data_keys, &user.id, &request.code).await? {
        Some(accepted) => {
            audit::record(
                &state.db,
                AuditEntry {
                    actor_id: Some(&user.id),
                    action: "auth.totp",
                    subject_type: Some("user"),
                    subject_id: Some(&user.id),
                    detail: Some(match accepted {
                        two_factor::Accepted::Authenticator => "authenticator",
                        two_factor::Accepted::RecoveryCode => "recovery code",
                    }),
                },
            )
            .await?;
            start_sign_in(&state, &user, &headers, true).await
        }
        None => {
            login::record_second_factor_failure(&state.db, &user.id).await?;
            audit::record(
                &state.db,
                AuditEntry {
                    actor_id: None,
                    action: "auth.totp_failed",
                    subject_type: Some("user"),
                    subject_id: Some(&user.id),
                    detail: None,
                },
            )
            .await?;
            Err(AppError::CodeInvalid)
        }
    }
}

/// Sends a one-time sign-in code to a mother's phone or email. Answers 202 whether
/// or not the contact has an account.
#[utoipa::path(
    post,
    path = "/api/auth/code/request",
    tag = "auth",
    request_body = CodeRequest,
    responses(
        (status = 202, description = "If the contact has an account, a code is on its way"),
        (status = 422, description = "The contact is missing or too long", body = perilink_shared::error::ErrorBody),
        (status = 429, description = "Too many codes asked for", body = perilink_shared::error::ErrorBody)
    )
)]
pub async fn request_code(
    State(state): State<AppState>,
    ClientAddr(client): ClientAddr,
    AppJson(request): AppJson<CodeRequest>,
) -> Result<StatusCode, AppError> {
    check_contact(&request.contact)?;
    login_codes::request(&state.db, &request.contact, client).await?;
    Ok(StatusCode::ACCEPTED)
}

/// Signs a mother in with the code she was sent.
#[utoipa::path(
    post,
    path = "/api/auth/code/verify",
    tag = "auth",
    request_body = CodeVerifyRequest,
    responses(
        (status = 200, description = "Signed in", body = LoginResponse),
        (status = 401, description = "The code is not right, used or expired", body = perilink_shared::error::ErrorBody),
        (status = 429, description = "Too many wrong tries: five at this code, or ten at this contact's codes today", body = perilink_shared::error::ErrorBody)
    )
)]
pub async fn verify_code(
    State(state): State<AppState>,
    headers: HeaderMap,
    AppJson(request): AppJson<CodeVerifyRequest>,
) -> Result<Response, AppError> {
    check_contact(&request.contact)?;
    if request.code.len() > 32 {
        return Err(AppError::CodeInvalid);
    }
    let user = login_codes::verify(&state.db, &request.contact, &request.code).await?;
    start_sign_in(&state, &user, &headers, false).await
}

/// Sends a password reset link to the account's email or phone. Answers 202
/// whether or not there is such an account.
#[utoipa::path(
    post,
    path = "/api/auth/password-reset/request",
    tag = "auth",
    request_body = PasswordResetRequest,
    responses(
        (status = 202, description = "If there is such an account, a link is on its way"),
        (status = 422, description = "The email or phone is missing or too long", body = perilink_shared::error::ErrorBody),
        (status = 429, description = "Too many links asked for", body = perilink_shared::error::ErrorBody)
    )
)]
pub async fn request_password_reset(
    State(state): State<AppState>,
    ClientAddr(client): ClientAddr,
    AppJson(request): AppJson<PasswordResetRequest>,
) -> Result<StatusCode, AppError> {
    check_contact(&request.email_or_phone)?;
    account_links::request_reset(
        &state.db,
        &state.config.public_url,
        &request.email_or_phone,
        client,
    )
    .await?;
    Ok(StatusCode::ACCEPTED)
}

/// Sets a new password from a reset link; every sign-in of the account ends.
#[utoipa::path(
    post,
    path = "/api/auth/password-reset",
    tag = "auth",
    request_body = PasswordResetConfirm,
    responses(
        (status = 204, description = "The password is changed; sign in with it"),
        (status = 404, description = "No such link", body = perilink_shared::error::ErrorBody),
        (status = 410, description = "The link has expired or been used", body = perilink_shared::error::ErrorBody),
        (status = 422, description = "The password is too weak", body = perilink_shared::error::ErrorBody)
    )
)]
pub async fn reset_password(
    State(state): State<AppState>,
    AppJson(request): AppJson<PasswordResetConfirm>,
) -> Result<StatusCode, AppError> {
    check_link_token(&request.token)?;
    account_links::reset_password(&state.db, &request.token, request.password).await?;
    Ok(StatusCode::NO_CONTENT)
}

fn check_contact(contact: &str) -> Result<(), AppError> {
    if contact.trim().is_empty() || contact.len() > 320 || contact.chars().any(char::is_control) {
        return Err(AppError::Validation(
            "give an email address or a UK mobile number".into(),
        ));
    }
    Ok(())
}

/// A link token is 43 URL-safe characters; anything far off is not one.
pub(crate) fn check_link_token(token: &str) -> Result<(), AppError> {
    let url_safe = |c: char| c.is_ascii_alphanumeric() || c == '-' || c == '_';
    if token.trim().is_empty() || token.len() > 128 || !token.trim().chars().all(url_safe) {
        return Err(AppError::NotFound);
    }
    Ok(())
}

/// A mother signs herself up: her name, a mobile number or email, her language
/// and a password. A code goes to the contact she gave first; the account is made
/// when she sends it back ([`confirm_signup`]). The answer is the same whether or
/// not the contact already has an account (its holder is told instead).
#[utoipa::path(
    post,
    path = "/api/auth/signup",
    tag = "auth",
    request_body = SignupRequest,
    responses(
        (status = 202, description = "A message is on its way to her phone or email", body = SignupStarted),
        (status = 422, description = "A field is missing or not valid", body = perilink_shared::error::ErrorBody),
        (status = 429, description = "Too many sign-ups from this address, for this contact, or in all", body = perilink_shared::error::ErrorBody)
    )
)]
pub async fn signup(
    State(state): State<AppState>,
    ClientAddr(client): ClientAddr,
    AppJson(request): AppJson<SignupRequest>,
) -> Result<(StatusCode, Json<SignupStarted>), AppError> {
    let new = users::check_signup(request)?;
    let contacts: Vec<&str> = new
        .phone
        .as_ref()
        .map(|p| p.as_str())
        .into_iter()
        .chain(new.email.as_deref())
        .collect();
    login_codes::limit_signups(&state.db, &contacts, client).await?;
    let started = signups::start(&state.db, &new, state.config.demo).await?;
    Ok((StatusCode::ACCEPTED, Json(started)))
}

/// Makes her account with the code the sign-up sent, and signs her in.
#[utoipa::path(
    post,
    path = "/api/auth/signup/confirm",
    tag = "auth",
    request_body = SignupConfirm,
    responses(
        (status = 200, description = "Signed up and signed in", body = LoginResponse),
        (status = 401, description = "The code is not right, used or expired", body = perilink_shared::error::ErrorBody),
        (status = 409, description = "The number or email was taken since the code was sent", body = perilink_shared::error::ErrorBody),
        (status = 422, description = "A field is missing or not valid", body = perilink_shared::error::ErrorBody),
        (status = 429, description = "Too many wrong tries: five at this code, or ten at this contact's codes today", body = perilink_shared::error::ErrorBody)
    )
)]
pub async fn confirm_signup(
    State(state): State<AppState>,
    headers: HeaderMap,
    AppJson(request): AppJson<SignupConfirm>,
) -> Result<Response, AppError> {
    let new = users::check_signup(request.signup)?;
    if request.code.len() > 32 {
        return Err(AppError::CodeInvalid);
    }
    let user = signups::confirm(&state.db, new, &request.code).await?;
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
    start_sign_in(&state, &user, &headers, false).await
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
    let Some(token) = refresh::from_cookies(&headers) else {
        // Whatever the flag says, there is no refresh cookie: clear the flag too.
        return Ok(unauthorized_and_forget(&state));
    };
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
    let Some(mfa) = sign_ins::touch(&state.db, &record.family_id).await? else {
        refresh::revoke_family(&state.db, &record.family_id).await?;
        return Ok(unauthorized_and_forget(&state));
    };
    signed_in(&state, &user, &record.family_id, mfa).await
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
        sign_ins::end_any(&state.db, &family).await?;
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
        AppendHeaders([
            (
                header::SET_COOKIE,
                refresh::clear_cookie(state.config.cookie_secure),
            ),
            (
                header::SET_COOKIE,
                refresh::clear_flag(state.config.cookie_secure),
            ),
        ]),
    )
        .into_response())
}

/// Starts a new sign-in (a device) for a user and returns its tokens; `mfa` says
/// whether it passed two-factor.
pub(crate) async fn start_sign_in(
    state: &AppState,
    user: &crate::entity::user::Model,
    headers: &HeaderMap,
    mfa: bool,
) -> Result<Response, AppError> {
    let family = uuid::Uuid::new_v4().to_string();
    let agent = headers.get(header::USER_AGENT).and_then(|v| v.to_str().ok());
    sign_ins::start(&state.db, &family, &user.id, agent, mfa).await?;
    signed_in(state, user, &family, mfa).await
}

/// An access token for a sign-in, and what the app is told with it.
pub(crate) async fn access_for(
    state: &AppState,
    user: &crate::entity::user::Model,
    family: &str,
    mfa: bool,
) -> Result<LoginResponse, AppError> {
    let role = users::role_of(user)?;
    let access_token = state
        .keys
        .issue(&user.id, role, family, mfa)
        .map_err(AppError::internal)?;
    let two_factor = users::two_factor_of(&state.db, user, mfa, state.config.demo).await?;
    Ok(LoginResponse {
        access_token,
        token_type: "Bearer".into(),
        expires_in: state.keys.ttl().as_secs(),
        user: users::profile(&state.db, user, state.config.demo, two_factor).await?,
    })
}

/// Issues the access token and next refresh token for a sign-in.
async fn signed_in(
    state: &AppState,
    user: &crate::entity::user::Model,
    family: &str,
    mfa: bool,
) -> Result<Response, AppError> {
    let refresh_token = refresh::issue(&state.db, &user.id, family, state.config.refresh_token_ttl).await?;
    let body = access_for(state, user, family, mfa).await?;
    let cookie = refresh::set_cookie(
        &refresh_token,
        state.config.refresh_token_ttl,
        state.config.cookie_secure,
    );
    let flag = refresh::set_flag(state.config.refresh_token_ttl, state.config.cookie_secure);
    Ok((
        AppendHeaders([(header::SET_COOKIE, cookie), (header::SET_COOKIE, flag)]),
        axum::Json(body),
    )
        .into_response())
}

fn unauthorized_and_forget(state: &AppState) -> Response {
    let mut response = AppError::Unauthorized("the sign-in has ended; sign in again").into_response();
    response.headers_mut().insert(
        header::SET_COOKIE,
        refresh::clear_cookie(state.config.cookie_secure),
    );
    response.headers_mut().append(
        header::SET_COOKIE,
        refresh::clear_flag(state.config.cookie_secure),
    );
    response
}
