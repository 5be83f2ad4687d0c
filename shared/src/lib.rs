//! The one source of truth for what the PeriLink server and app both need.
//!
//! Compiles for `wasm32-unknown-unknown` and native alike, and depends on serde only:
//! never on sea-orm, axum or leptos.
//!
//! - [`language`]: the twelve interface languages, their BCP 47 tags and direction.
//! - [`auth`]: roles and the sign-in request and response shapes.
//! - [`calendar`]: the Europe/London calendar, without a time zone database.
//! - [`error`]: the one JSON error shape and its stable codes.
//! - [`health`]: the health check response.

pub mod auth;
pub mod calendar;
pub mod error;
pub mod health;
pub mod language;
