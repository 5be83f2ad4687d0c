//! One module per screen.

pub mod coordinator;
pub mod dashboard;
pub mod find;
pub mod home;
pub mod my_sessions;
pub mod not_found;
pub mod referrals;
pub mod register;
pub mod screening;
pub mod session_page;
pub mod sign_in;
pub mod sign_up;
pub mod start;
