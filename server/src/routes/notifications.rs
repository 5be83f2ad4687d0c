//! In-app notifications: what changed for the signed-in user.

use crate::auth::AuthUser;
use crate::entity::notification;
use crate::error::{AppError, AppPath};
use crate::service::sql;
use crate::state::AppState;
use axum::extract::State;
use axum::http::StatusCode;
use perilink_shared::notification::{Notification, Notifications};
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter, QueryOrder, QuerySelect};
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

pub fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .routes(routes!(list_notifications))
        .routes(routes!(mark_read))
}

/// The signed-in user's newest notifications.
#[utoipa::path(get, path = "/api/notifications", tag = "notifications", security(("bearer" = [])),
    responses((status = 200, description = "Newest first", body = Notifications)))]
pub async fn list_notifications(
    State(state): State<AppState>,
    caller: AuthUser,
) -> Result<axum::Json<Notifications>, AppError> {
    let rows = notification::Entity::find()
        .filter(notification::Column::UserId.eq(caller.id.as_str()))
        .order_by_desc(notification::Column::CreatedAt)
        .limit(100)
        .all(&state.db)
        .await?;
    let unread = rows.iter().filter(|n| n.read_at.is_none()).count() as u32;
    Ok(axum::Json(Notifications {
        notifications: rows
            .into_iter()
            .map(|n| Notification {
                read: n.read_at.is_some(),
                id: n.id,
                kind: n.kind,
                subject_id: n.subject_id,
                created_at: n.created_at.to_rfc3339_opts(chrono::SecondsFormat::Secs, true),
            })
            .collect(),
        unread,
    }))
}

/// Marks a notification read.
#[utoipa::path(post, path = "/api/notifications/{id}/read", tag = "notifications", security(("bearer" = [])),
    params(("id" = String, Path, description = "The notification's id")),
    responses((status = 204, description = "Read"), (status = 404, description = "Not yours", body = perilink_shared::error::ErrorBody)))]
pub async fn mark_read(
    State(state): State<AppState>,
    caller: AuthUser,
    AppPath(id): AppPath<String>,
) -> Result<StatusCode, AppError> {
    let changed = sql::exec(
        &state.db,
        "UPDATE notifications SET read_at = COALESCE(read_at, ?) WHERE id = ? AND user_id = ?",
        vec![chrono::Utc::now().into(), id.into(), caller.id.into()],
    )
    .await?;
    if changed == 0 {
        return Err(AppError::NotFound);
    }
    Ok(StatusCode::NO_CONTENT)
}
