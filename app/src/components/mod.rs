//! Reusable pieces of the interface.

pub mod account;
#[cfg(feature = "staff")]
pub mod alerts;
pub mod chip;
pub mod due_screenings;
pub mod format;
pub mod frame;
pub mod language_picker;
pub mod listing;
pub mod my_referrals;
#[cfg(feature = "staff")]
pub mod qr;
pub mod return_to;
#[cfg(feature = "staff")]
pub mod role_gate;
#[cfg(feature = "staff")]
pub mod screening_chart;
pub mod shared_phone;
pub mod sign_in_needed;
pub mod text;
