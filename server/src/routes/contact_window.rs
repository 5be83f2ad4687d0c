//! `/api/me/contact-window`: how and when a mother says PeriLink and her care team
//! may contact her. She reads and changes it here; her care team see it on her
//! record (`GET /api/mothers/{id}`), and every message to her asks
//! `service::contact_windows::may_contact`.

use crate::auth::extract::{Authorized, policy};
use crate::error::{AppError, AppJson};
use crate::service::{bookings, contact_windows};
use crate::state::AppState;
use axum::extract::State;
use perilink_shared::contact_window::ContactChoice;
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

pub fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new().routes(routes!(get_contact_window, put_contact_window))
}

/// The signed-in mother's record id.
async fn own_mother_id(state: &AppState, user_id: &str) -> Result<String, AppError> {
    Ok(bookings::mother_of_user(&state.db, user_id)
        .await?
        .ok_or(AppError::Forbidden)?
        .id)
}

/// Her contact window; `window` is null until she chooses one.
#[utoipa::path(get, path = "/api/me/contact-window", tag = "auth", security(("bearer" = [])),
    responses((status = 200, description = "Her choice", body = ContactChoice),
        (status = 403, description = "Only a mother has one", body = perilink_shared::error::ErrorBody)))]
pub async fn get_contact_window(
    State(state): State<AppState>,
    caller: Authorized<policy::Mothers>,
) -> Result<axum::Json<ContactChoice>, AppError> {
    let mother_id = own_mother_id(&state, &caller.user().id).await?;
    Ok(axum::Json(ContactChoice {
        window: contact_windows::window_of(&state.db, &mother_id).await?,
    }))
}

/// Keeps her contact window; a null `window` forgets it (anything allowed again).
#[utoipa::path(put, path = "/api/me/contact-window", tag = "auth", security(("bearer" = [])),
    request_body = ContactChoice,
    responses((status = 200, description = "Kept", body = ContactChoice),
        (status = 403, description = "Only a mother has one", body = perilink_shared::error::ErrorBody),
        (status = 422, description = "A weekday or time range out of bounds", body = perilink_shared::error::ErrorBody)))]
pub async fn put_contact_window(
    State(state): State<AppState>,
    caller: Authorized<policy::Mothers>,
    AppJson(choice): AppJson<ContactChoice>,
) -> Result<axum::Json<ContactChoice>, AppError> {
    let mother_id = own_mother_id(&state, &caller.user().id).await?;
    let window = choice
        .window
        .map(|w| w.parse().map_err(AppError::Validation))
        .transpose()?;
    contact_windows::set_window(&state.db, &mother_id, window.as_ref()).await?;
    tracing::info!(mother.id = %mother_id, "contact window changed");
    Ok(axum::Json(ContactChoice { window }))
}
