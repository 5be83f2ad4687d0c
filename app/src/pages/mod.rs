//! One module per screen; the staff-only ones are in the staff app alone, and the
//! visitor's app shows [`signed_in_elsewhere`] in place of the signed-in ones.

#[cfg(feature = "staff")]
pub mod accept_invitation;
pub mod account;
#[cfg(feature = "staff")]
pub mod coordinator;
#[cfg(feature = "staff")]
pub mod dashboard;
pub mod find;
pub mod home;
pub mod my_sessions;
pub mod not_found;
pub mod password_reset;
#[cfg(feature = "staff")]
pub mod people;
pub mod referrals;
#[cfg(feature = "staff")]
pub mod register;
pub mod screening;
pub mod session_page;
pub mod set_up;
pub mod sign_in;
pub mod sign_up;
#[cfg(feature = "visitor")]
pub mod signed_in_elsewhere;
#[cfg(feature = "staff")]
pub mod start;
#[cfg(feature = "staff")]
pub mod two_factor;
