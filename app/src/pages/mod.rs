//! One module per screen; the staff-only ones are in the staff app alone.

#[cfg(feature = "staff")]
pub mod coordinator;
#[cfg(feature = "staff")]
pub mod dashboard;
pub mod find;
pub mod home;
pub mod my_sessions;
pub mod not_found;
pub mod referrals;
#[cfg(feature = "staff")]
pub mod register;
pub mod screening;
pub mod session_page;
pub mod sign_in;
pub mod sign_up;
#[cfg(feature = "staff")]
pub mod start;
