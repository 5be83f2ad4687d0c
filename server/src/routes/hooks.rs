//! Callbacks from GOV.UK Notify: delivery receipts for what PeriLink sent, and
//! the texts mothers send back.
//!
//! Notify calls `POST /api/hooks/notify` with the bearer token set in its
//! dashboard (`PERILINK_NOTIFY_CALLBACK_TOKEN`), giving back the outbox id PeriLink
//! sent as the `reference`. The receipt's other fields (her number or address
//! among them) are neither kept nor logged. Received texts come to
//! `POST /api/hooks/notify/inbound` with the same token
//! ([`crate::service::replies`]).

use crate::auth::totp::constant_time_eq;
use crate::error::{AppError, AppJson};
use crate::service::{replies, sql};
use crate::state::AppState;
use axum::extract::{FromRequestParts, State};
use axum::http::request::Parts;
use axum::http::{StatusCode, header};
use serde::Deserialize;
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

pub fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .routes(routes!(notify_receipt))
        .routes(routes!(notify_inbound))
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

/// A text sent to the service's number, as Notify passes it on (its
/// `destination_number`, the service's own number, is not needed).
#[derive(Debug, Deserialize, utoipa::ToSchema)]
pub struct NotifyInbound {
    /// Notify's own id for the text: a callback sent again has the same one.
    pub id: String,
    /// Her number, international without the `+` (`447700900123`).
    pub source_number: String,
    /// What she wrote.
    pub message: String,
    /// When Notify received it (`2026-12-05T10:00:00.000000Z`).
    pub date_received: String,
}

/// A text a mother sent back: "2" (or no, in her language) sends her apologies
/// for her next reminded date and gives up a booked place; anything else is kept
/// for that date's host. A number no mother has is ignored.
#[utoipa::path(
    post,
    path = "/api/hooks/notify/inbound",
    tag = "hooks",
    security(("bearer" = [])),
    request_body = NotifyInbound,
    responses(
        (status = 204, description = "Acted on once (a text sent again, or from an unknown number, changes nothing)"),
        (status = 401, description = "Not Notify's callback token", body = perilink_shared::error::ErrorBody),
        (status = 422, description = "No id, an unreadable date or an overlong text", body = perilink_shared::error::ErrorBody)
    )
)]
pub async fn notify_inbound(
    State(state): State<AppState>,
    _: FromNotify,
    AppJson(text): AppJson<NotifyInbound>,
) -> Result<StatusCode, AppError> {
    let id = text.id.trim();
    if id.is_empty() || id.len() > 100 {
        return Err(AppError::Validation(
            "`id` must be Notify's id for the text".into(),
        ));
    }
    if text.message.chars().count() > replies::MAX_CHARS {
        return Err(AppError::Validation(format!(
            "`message` is longer than {} characters",
            replies::MAX_CHARS
        )));
    }
    let received_at = chrono::DateTime::parse_from_rfc3339(text.date_received.trim())
        .map_err(|_| AppError::Validation("`date_received` must be an ISO 8601 time".into()))?
        .with_timezone(&chrono::Utc);
    let received = replies::Received {
        id,
        source_number: &text.source_number,
        message: &text.message,
        received_at,
    };
    let snapshot = state.directory.snapshot();
    let outcome = replies::receive(&state.db, &snapshot, received, chrono::Utc::now()).await?;
    if outcome == replies::Outcome::UnknownNumber {
        // Not her number, nor any part of it: only that one came.
        tracing::info!(notify.id = %id, "a text from a number no mother has: ignored");
    }
    Ok(StatusCode::NO_CONTENT)
}
