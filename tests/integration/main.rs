//! PeriLink's integration tests, built as one binary: the real server on a random
//! port over real HTTP, against a fresh SQLite file per test and, when
//! `PERILINK_TEST_POSTGRES_URL` is set, a fresh PostgreSQL database per test; and
//! browser tests that drive the built app in headless Chromium.

mod helpers;
mod process;

mod api_account_limits;
mod api_accounts;
mod api_auth;
mod api_concurrency;
mod api_contact_window;
mod api_email;
mod api_errors;
mod api_foundation;
mod api_listings_admin;
mod api_notify;
mod api_privacy;
mod api_privacy_model;
mod api_reach;
mod api_referrals;
mod api_registers;
mod api_reminders;
mod api_reports;
mod api_screening_schedule;
mod api_screenings;
mod api_sessions;
mod browser;
mod browser_accounts;
mod browser_calendar;
mod browser_feeds;
mod browser_first_screen;
mod browser_languages;
mod browser_notify;
mod browser_reach;
mod browser_referrals;
mod browser_register;
mod browser_screening;
mod browser_shared_phone;
mod browser_truth;
mod calendar_import;
mod locales;
mod ops_health;
mod ops_load;
mod ops_process;
mod ops_tls;
mod ops_upgrade;
mod oruk;
mod oruk_duplicates;
mod oruk_feed;
mod oruk_import;
mod oruk_validator;
