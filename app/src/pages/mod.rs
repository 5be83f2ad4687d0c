//! One module per screen.

pub mod accept_invitation;
pub mod account;
pub mod coordinator;
pub mod dashboard;
pub mod find;
pub mod home;
pub mod my_sessions;
pub mod not_found;
pub mod password_reset;
pub mod people;
pub mod referrals;
pub mod register;
pub mod screening;
pub mod session_page;
pub mod set_up;
pub mod sign_in;
pub mod sign_up;
pub mod start;
pub mod two_factor;
