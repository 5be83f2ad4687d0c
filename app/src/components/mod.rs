//! Reusable pieces of the interface.

pub mod account;
pub mod alerts;
pub mod chip;
pub mod due_screenings;
pub mod format;
pub mod frame;
pub mod language_picker;
pub mod listing;
pub mod my_referrals;
pub mod qr;
pub mod return_to;
pub mod screening_chart;
pub mod text;
