//! Callbacks from GOV.UK Notify: delivery receipts for what PeriLink sent.
//!
//! Notify calls `POST /api/hooks/notify` with the bearer token set in its
//! dashboard (`PERILINK_NOTIFY_CALLBACK_TOKEN`), giving back the outbox id PeriLink
//! sent as the `reference`. The receipt's other fields (her number or address
//! among them) are neither kept nor logged.

use crate::auth::totp::constant_time_eq;
use crate::error::{AppError, AppJson};
use crate::service::sql;
use crate::state::AppState;
use axum::extract::{FromRequestParts, State};
use axum::http::request::Parts;
use axum::http::{StatusCode, header};
use serde::Deserialize;
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

pub fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new().routes(routes!(notify_receipt))
}

/// A delivery receipt, as Notify sends it (fields PeriLink does not use are
/// ignored).
#[derive(Debug, Deserialize, utoipa::ToSchema)]
pub struct NotifyReceipt {
    /// Notify's own id for the message.
    pub id: String,
    /// The outbox id PeriLink sent as the reference.
    pub reference: Option<String>,
    /// `delivered`, `permanent-failure`, `temporary-failure` or `technical-failure`.
    pub status: String,
}

/// A request carrying Notify's callback token: any other is refused before its
/// body is read (and with no token configured, every one is).
pub struct FromNotify;

impl FromRequestParts<AppState> for FromNotify {
    type Rejection = AppError;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, AppError> {
        let expected = state
            .config
            .notify
            .as_ref()
            .and_then(|notify| notify.callback_token.as_deref());
        let given = parts
            .headers
            .get(header::AUTHORIZATION)
            .and_then(|v| v.to_str().ok())
            .and_then(|v| v.strip_prefix("Bearer "));
        match (expected, given) {
            (Some(expected), Some(given)) if constant_time_eq(expected.as_bytes(), given.as_bytes()) => {
                Ok(FromNotify)
            }
            _ => Err(AppError::Unauthorized("not Notify's callback token")),
        }
    }
}

/// Records what became of a message: `delivered`, or `failed` for any of
/// Notify's failures (after its own retries, final).
#[utoipa::path(
    post,
    path = "/api/hooks/notify",
    tag = "hooks",
    security(("bearer" = [])),
    request_body = NotifyReceipt,
    responses(
        (status = 204, description = "Recorded (or not one of PeriLink's messages)"),
        (status = 422, description = "A status Notify does not send", body = perilink_shared::error::ErrorBody)
    )
)]
pub async fn notify_receipt(
    State(state): State<AppState>,
    _: FromNotify,
    AppJson(receipt): AppJson<NotifyReceipt>,
) -> Result<StatusCode, AppError> {
    let status = match receipt.status.as_str() {
        "delivered" => "delivered",
        "permanent-failure" | "temporary-failure" | "technical-failure" => "failed",
        other => {
            return Err(AppError::Validation(format!(
                "`{other}` is not a status Notify sends"
            )));
        }
    };
    let Some(reference) = receipt.reference.filter(|r| !r.is_empty()) else {
        tracing::info!(notify.id = %receipt.id, "a receipt with no reference: not PeriLink's");
        return Ok(StatusCode::NO_CONTENT);
    };
    let updated = sql::exec(
        &state.db,
        "UPDATE outbox SET status = ? WHERE id = ? AND status IN ('sent', 'delivered', 'failed')",
        vec![status.into(), reference.clone().into()],
    )
    .await?;
    if updated == 0 {
        tracing::info!(message.id = %reference, "a receipt for no message sent");
    } else {
        tracing::info!(message.id = %reference, status, "delivery receipt");
    }
    Ok(StatusCode::NO_CONTENT)
}
