//! Coordinators keep the directory: organisations, venues, programmes, sessions and
//! their translations; stale listings and reports of wrong information.

use crate::state::AppState;
use utoipa_axum::router::OpenApiRouter;

pub fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
}
