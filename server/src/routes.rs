//! Every API route, merged in one place, and the OpenAPI document generated from
//! their annotations.

mod accounts;
mod auth;
mod bookings;
mod calendars;
mod contact_window;
mod feeds;
mod health;
mod hooks;
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

/// Routes that take a token but not two-factor ([`crate::auth::extract::SignedIn`]):
/// no role or two-factor refusal (403) comes from their extractor.
const SIGNED_IN_ONLY: [&str; 6] = [
    "/api/me",
    "/api/me/password-check",
    "/api/me/totp/enrol",
    "/api/me/totp/confirm",
    "/api/me/sessions",
    "/api/me/sessions/{id}",
];

/// Routes that refuse with 429 when a client or contact asks too often.
const RATE_LIMITED: [&str; 4] = [
    "/api/auth/login",
    "/api/auth/totp",
    "/api/auth/code/request",
    "/api/auth/code/verify",
];

/// Adds to every operation the answers its extractors give before the handler runs,
/// so the document lists them all: 401 with no valid token on a route that takes
/// one; 403 where a role guard or two-factor can refuse; 415 where the body must be
/// JSON; 429 on the rate-limited sign-in routes. `openapi_lists_the_answers_the_
/// extractors_give` checks each against the running server.
pub fn document_extractor_answers(doc: &mut utoipa::openapi::OpenApi) {
    use utoipa::openapi::{ContentBuilder, Ref, ResponseBuilder};
    let error = |description: &str| {
        ResponseBuilder::new()
            .description(description)
            .content(
                "application/json",
                ContentBuilder::new()
                    .schema(Some(Ref::from_schema_name("ErrorBody")))
                    .build(),
            )
            .build()
    };
    for (path, item) in doc.paths.paths.iter_mut() {
        let operations = [
            &mut item.get,
            &mut item.put,
            &mut item.post,
            &mut item.delete,
            &mut item.patch,
        ];
        for operation in operations.into_iter().flatten() {
            let secured = operation.security.as_ref().is_some_and(|s| !s.is_empty());
            let answers = &mut operation.responses.responses;
            let mut add = |status: &str, description: &str| {
                answers
                    .entry(status.to_owned())
                    .or_insert_with(|| error(description).into());
            };
            if secured {
                add("401", "No valid access token, or the sign-in has ended");
                // A callback's token is the provider's, not a user's: no role to refuse.
                if !SIGNED_IN_ONLY.contains(&path.as_str()) && !path.starts_with("/api/hooks/") {
                    add("403", "Not for your role, or two-factor is needed first");
                }
            }
            if operation.request_body.is_some() {
                add("415", "The body is not sent as `application/json`");
            }
            if RATE_LIMITED.contains(&path.as_str()) {
                add("429", "Too many attempts: try again after `Retry-After` seconds");
            }
        }
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
        .merge(feeds::router())
        .merge(calendars::router())
        .merge(openreferral::router())
        .merge(referrals::router())
        .merge(notifications::router())
        .merge(hooks::router())
        .merge(registers::router())
        .merge(reports::router())
        .merge(screenings::router())
        .merge(screening_schedule::router())
}
