//! `GET /api/openapi.json`: the API described by its own code.

use crate::error::AppError;
use crate::state::AppState;
use axum::extract::State;
use axum::http::header;
use axum::response::IntoResponse;
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

pub fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new().routes(routes!(get_openapi))
}

/// The OpenAPI 3 document of every API route.
#[utoipa::path(
    get,
    path = "/api/openapi.json",
    tag = "meta",
    responses((status = 200, description = "The OpenAPI document", content_type = "application/json"))
)]
pub async fn get_openapi(State(state): State<AppState>) -> Result<impl IntoResponse, AppError> {
    let doc = state
        .openapi
        .get()
        .cloned()
        .ok_or_else(|| AppError::Internal("the OpenAPI document was not built".into()))?;
    Ok(([(header::CONTENT_TYPE, "application/json")], doc))
}
