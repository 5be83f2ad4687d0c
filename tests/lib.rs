//! Shared test support lives in `integration/helpers.rs`; this library is empty.
