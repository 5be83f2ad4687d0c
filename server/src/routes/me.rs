//! `GET /api/me`: who the access token belongs to; enrolling an authenticator
//! (`/api/me/totp/*`); and the devices the user is signed in on
//! (`/api/me/sessions`). These take [`SignedIn`], so staff who have not passed
//! two-factor yet can reach them, and nothing else.

use crate::auth::extract::SignedIn;
use crate::client_addr::ClientAddr;
use crate::error::{AppError, AppJson, AppPath};
use crate::service::audit::{self, AuditEntry};
use crate::service::{login, sign_ins, two_factor, users};
use crate::state::AppState;
use axum::Json;
use axum::extract::State;
use axum::http::StatusCode;
use perilink_shared::accounts::{
    DeviceSession, PasswordCheck, TotpConfirmRequest, TotpConfirmation, TotpEnrolment,
};
use perilink_shared::auth::UserProfile;
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

pub fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .routes(routes!(get_me))
        .routes(routes!(enrol_totp))
        .routes(routes!(confirm_totp))
        .routes(routes!(list_sessions))
        .routes(routes!(end_session))
        .routes(routes!(check_password))
}

/// Checks the signed-in user's password again, under the sign-in's limits (wrong
/// ones make the account wait): on a shared phone, what she keeps behind her PIN
/// or password (which check-ins she did) shows only after it (issue 22).
#[utoipa::path(
    post,
    path = "/api/me/password-check",
    tag = "auth",
    security(("bearer" = [])),
    request_body = PasswordCheck,
    responses(
        (status = 204, description = "The password is hers"),
        (status = 401, description = "Not her password, or no valid access token", body = perilink_shared::error::ErrorBody),
        (status = 429, description = "Too many wrong passwords: wait as Retry-After says", body = perilink_shared::error::ErrorBody)
    )
)]
pub async fn check_password(
    State(state): State<AppState>,
    ClientAddr(client): ClientAddr,
    caller: SignedIn,
    AppJson(request): AppJson<PasswordCheck>,
) -> Result<StatusCode, AppError> {
    let account = users::find_active(&state.db, &caller.user.id)
        .await?
        .ok_or(AppError::AccountInactive)?;
    let login = account
        .email
        .clone()
        .or_else(|| account.phone.clone())
        .ok_or(AppError::InvalidCredentials)?;
    let checked = login::authenticate(&state.db, &login, &request.password, client).await?;
    if checked.id != account.id {
        return Err(AppError::InvalidCredentials);
    }
    Ok(StatusCode::NO_CONTENT)
}

/// The signed-in user's profile: whether the server runs the demo, and where this
/// sign-in stands with two-factor.
#[utoipa::path(
    get,
    path = "/api/me",
    tag = "auth",
    security(("bearer" = [])),
    responses(
        (status = 200, description = "The signed-in user", body = UserProfile),
        (status = 401, description = "No valid access token", body = perilink_shared::error::ErrorBody)
    )
)]
pub async fn get_me(State(state): State<AppState>, caller: SignedIn) -> Result<Json<UserProfile>, AppError> {
    let account = users::find_active(&state.db, &caller.user.id)
        .await?
        .ok_or(AppError::AccountInactive)?;
    Ok(Json(
        users::profile(&state.db, &account, state.config.demo, caller.two_factor).await?,
    ))
}

/// Starts enrolling an authenticator: a new secret, pending until a code confirms
/// it. The app draws `otpauth_uri` as a QR code.
#[utoipa::path(
    post,
    path = "/api/me/totp/enrol",
    tag = "auth",
    security(("bearer" = [])),
    responses(
        (status = 200, description = "A secret to add to an authenticator app", body = TotpEnrolment),
        (status = 401, description = "No valid access token", body = perilink_shared::error::ErrorBody),
        (status = 409, description = "An authenticator is already set up", body = perilink_shared::error::ErrorBody)
    )
)]
pub async fn enrol_totp(
    State(state): State<AppState>,
    caller: SignedIn,
) -> Result<Json<TotpEnrolment>, AppError> {
    let account = users::find_active(&state.db, &caller.user.id)
        .await?
        .ok_or(AppError::AccountInactive)?;
    let label = account.email.clone().unwrap_or_else(|| account.id.clone());
    let enrolment = two_factor::enrol(&state.db, &state.config.data_keys, &account.id, &label).await?;
    audit::record(
        &state.db,
        AuditEntry {
            actor_id: Some(&account.id),
            action: "totp.enrol",
            subject_type: Some("user"),
            subject_id: Some(&account.id),
            detail: None,
        },
    )
    .await?;
    Ok(Json(enrolment))
}

/// Confirms the authenticator with a code from it. Returns ten recovery codes,
/// shown this once, and an access token for this sign-in that counts as two-factor.
#[utoipa::path(
    post,
    path = "/api/me/totp/confirm",
    tag = "auth",
    security(("bearer" = [])),
    request_body = TotpConfirmRequest,
    responses(
        (status = 200, description = "Two-factor is on", body = TotpConfirmation),
        (status = 401, description = "The code is not right", body = perilink_shared::error::ErrorBody),
        (status = 409, description = "Not enrolling, or already set up", body = perilink_shared::error::ErrorBody)
    )
)]
pub async fn confirm_totp(
    State(state): State<AppState>,
    caller: SignedIn,
    AppJson(request): AppJson<TotpConfirmRequest>,
) -> Result<Json<TotpConfirmation>, AppError> {
    let account = users::find_active(&state.db, &caller.user.id)
        .await?
        .ok_or(AppError::AccountInactive)?;
    let recovery_codes =
        match two_factor::confirm(&state.db, &state.config.data_keys, &account.id, &request.code).await {
            Ok(codes) => codes,
            Err(AppError::CodeInvalid) => {
                audit::record(
                    &state.db,
                    AuditEntry {
                        actor_id: Some(&account.id),
                        action: "totp.confirm_failed",
                        subject_type: Some("user"),
                        subject_id: Some(&account.id),
                        detail: None,
                    },
                )
                .await?;
                return Err(AppError::CodeInvalid);
            }
            Err(other) => return Err(other),
        };
    sign_ins::mark_mfa(&state.db, &caller.user.session_id).await?;
    audit::record(
        &state.db,
        AuditEntry {
            actor_id: Some(&account.id),
            action: "totp.confirm",
            subject_type: Some("user"),
            subject_id: Some(&account.id),
            detail: None,
        },
    )
    .await?;
    let session = super::auth::access_for(&state, &account, &caller.user.session_id, true).await?;
    Ok(Json(TotpConfirmation {
        recovery_codes,
        session,
    }))
}

/// The devices the user is signed in on.
#[utoipa::path(
    get,
    path = "/api/me/sessions",
    tag = "auth",
    security(("bearer" = [])),
    responses(
        (status = 200, description = "Live sign-ins, most recently used first", body = [DeviceSession]),
        (status = 401, description = "No valid access token", body = perilink_shared::error::ErrorBody)
    )
)]
pub async fn list_sessions(
    State(state): State<AppState>,
    caller: SignedIn,
) -> Result<Json<Vec<DeviceSession>>, AppError> {
    Ok(Json(
        sign_ins::list(&state.db, &caller.user.id, &caller.user.session_id).await?,
    ))
}

/// Signs one of the user's devices out; its next request is refused.
#[utoipa::path(
    delete,
    path = "/api/me/sessions/{id}",
    tag = "auth",
    security(("bearer" = [])),
    params(("id" = String, Path, description = "The sign-in's id")),
    responses(
        (status = 204, description = "Signed out"),
        (status = 404, description = "No such live sign-in of yours", body = perilink_shared::error::ErrorBody)
    )
)]
pub async fn end_session(
    State(state): State<AppState>,
    caller: SignedIn,
    AppPath(id): AppPath<String>,
) -> Result<StatusCode, AppError> {
    crate::service::teams::check_id(&id)?;
    if !sign_ins::end(&state.db, &caller.user.id, &id).await? {
        return Err(AppError::NotFound);
    }
    audit::record(
        &state.db,
        AuditEntry {
            actor_id: Some(&caller.user.id),
            action: "auth.device_signed_out",
            subject_type: Some("session"),
            subject_id: Some(&id),
            detail: None,
        },
    )
    .await?;
    Ok(StatusCode::NO_CONTENT)
}
