//! sea-orm entities: one module per table. These are the server's own; the API
//! speaks in `perilink_shared` types, never in these models.

pub mod alert;
pub mod attendance;
pub mod audit_event;
pub mod booking;
pub mod calendar_import;
pub mod caseload;
pub mod consent;
pub mod directory_feed;
pub mod directory_feed_run;
pub mod feed_listing;
pub mod listing_duplicate;
pub mod listing_report;
pub mod login_failure;
pub mod mother;
pub mod notification;
pub mod occurrence;
pub mod organisation;
pub mod outbox;
pub mod programme;
pub mod programme_translation;
pub mod referral;
pub mod referral_event;
pub mod refresh_token;
pub mod screening;
pub mod screening_due;
pub mod session;
pub mod session_translation;
pub mod user;
pub mod venue;
pub mod wellbeing_plan;
