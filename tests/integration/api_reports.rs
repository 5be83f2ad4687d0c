//! Outcome tests (being written).
