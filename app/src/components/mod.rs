//! Reusable pieces of the interface.

pub mod frame;
pub mod language_picker;
