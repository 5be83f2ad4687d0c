//! One module per screen.

pub mod find;
pub mod home;
pub mod not_found;
pub mod sign_in;
pub mod start;
