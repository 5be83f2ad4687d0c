//! Queries and mutations: plain async functions over a database connection, used by
//! the routes and by start-up.

pub mod account_links;
pub mod audit;
pub mod bookings;
pub mod calendar_import;
pub mod contact;
pub mod contact_windows;
pub mod demo;
pub mod demo_history;
pub mod email;
pub mod feed_import;
pub mod fhir;
pub mod ical;
pub mod invitations;
pub mod listings;
pub mod listings_admin;
pub mod login;
pub mod login_codes;
pub mod messages;
pub mod notify;
pub mod openreferral;
pub mod outbox;
pub mod readings;
pub mod referrals;
pub mod registers;
pub mod reminders;
pub mod replies;
pub mod reports;
pub mod screening;
pub mod screening_schedule;
pub mod sign_ins;
pub mod signups;
pub mod sql;
pub mod teams;
pub mod two_factor;
pub mod users;
