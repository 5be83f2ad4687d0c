//! `GET /api/me`: who the access token belongs to.

use crate::auth::AuthUser;
use crate::error::AppError;
use crate::service::users;
use crate::state::AppState;
use axum::Json;
use axum::extract::State;
use perilink_shared::auth::UserProfile;
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

pub fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new().routes(routes!(get_me))
}

/// The signed-in user's profile.
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
pub async fn get_me(State(state): State<AppState>, user: AuthUser) -> Result<Json<UserProfile>, AppError> {
    let account = users::find_active(&state.db, &user.id)
        .await?
        .ok_or(AppError::Unauthorized("this account is no longer active"))?;
    Ok(Json(users::profile(&state.db, &account).await?))
}
