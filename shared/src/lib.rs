//! The one source of truth for what the PeriLink server and app both need.
//!
//! Compiles for `wasm32-unknown-unknown` and native alike, and depends on serde only:
//! never on sea-orm, axum or leptos.
//!
//! - [`language`]: the twelve interface languages, their BCP 47 tags and direction, and
//!   any language's tag, checked and in its usual case.
//! - [`app_lock`]: the app lock's PIN, hashing rounds, time away and tries.
//! - [`accounts`]: organisations, teams, invitations, codes, resets, two-factor, devices.
//! - [`auth`]: roles and the sign-in request and response shapes.
//! - [`booking`]: booking, enrolling, the waiting list and My sessions.
//! - [`calendar`]: the Europe/London calendar, without a time zone database.
//! - [`contact`]: UK phone numbers and email addresses, parsed.
//! - [`contact_window`]: how and when a mother says she may be contacted, and the rule.
//! - [`directory`]: programme kinds, search results and session pages.
//! - [`directory_admin`]: coordinators' edits to the directory, stale listings and reports.
//! - [`error`]: the one JSON error shape and its stable codes.
//! - [`feeds`]: Open Referral UK feeds imported into the directory, and changes awaiting approval.
//! - [`health`]: the health check response.
//! - [`referral`]: the mother's record, consent, referrals and their lifecycle.
//! - [`register`]: registers, attendance marks and their batch sync.
//! - [`report`]: outcome reports, the small-number rule and CSV.
//! - [`screening`]: EPDS, PHQ-9, GAD-2 and Whooley: scoring, bands, safety items.
//! - [`routes`]: every screen of the app, who must reach it, and the menu.
//! - [`screening_schedule`]: screenings a course schedules and when a mother has them due.

#[macro_use]
mod macros;

pub mod accounts;
pub mod app_lock;
pub mod auth;
pub mod booking;
pub mod calendar;
pub mod calendar_import;
pub mod contact;
pub mod contact_window;
pub mod directory;
pub mod directory_admin;
pub mod error;
pub mod feeds;
pub mod find;
pub mod health;
pub mod language;
pub mod notification;
pub mod referral;
pub mod register;
pub mod report;
pub mod routes;
pub mod screening;
pub mod screening_schedule;
