//! Every API route, merged in one place, and the OpenAPI document generated from
//! their annotations.

mod accounts;
mod auth;
mod bookings;
mod contact_window;
mod health;
mod listings_admin;
mod me;
mod notifications;
mod openapi;
mod openreferral;
mod referrals;
mod registers;
mod reports;
mod screening_schedule;
mod screenings;
pub mod sessions;

use crate::state::AppState;
use perilink_shared::error::ErrorBody;
use utoipa::openapi::security::{HttpAuthScheme, HttpBuilder, SecurityScheme};
use utoipa::{Modify, OpenApi};
use utoipa_axum::router::OpenApiRouter;

#[derive(OpenApi)]
#[openapi(
    info(
        title = "PeriLink API",
        description = "Maternity social prescribing: find sessions, refer, take registers, screen, report.",
        license(name = "AGPL-3.0-or-later")
    ),
    components(schemas(ErrorBody)),
    modifiers(&BearerAuth)
)]
struct ApiDoc;

struct BearerAuth;

impl Modify for BearerAuth {
    fn modify(&self, openapi: &mut utoipa::openapi::OpenApi) {
        let components = openapi.components.get_or_insert_with(Default::default);
        components.add_security_scheme(
            "bearer",
            SecurityScheme::Http(
                HttpBuilder::new()
                    .scheme(HttpAuthScheme::Bearer)
                    .bearer_format("JWT")
                    .build(),
            ),
        );
    }
}

/// The API routes with their OpenAPI description.
pub fn api() -> OpenApiRouter<AppState> {
    OpenApiRouter::with_openapi(ApiDoc::openapi())
        .merge(health::router())
        .merge(openapi::router())
        .merge(auth::router())
        .merge(me::router())
        .merge(contact_window::router())
        .merge(accounts::router())
        .merge(sessions::router())
        .merge(bookings::router())
        .merge(listings_admin::router())
        .merge(openreferral::router())
        .merge(referrals::router())
        .merge(notifications::router())
        .merge(registers::router())
        .merge(reports::router())
        .merge(screenings::router())
        .merge(screening_schedule::router())
}
