//! The host's calls for the register: the day's registers to keep on the phone, and
//! the marks made on it, sent in batches (see [`crate::offline`]).

use crate::api::{self, ApiError, Token};
use perilink_shared::register::{BatchResult, MarkBatch, Registers};

/// `GET /api/registers?date=`: her registers for one day (`YYYY-MM-DD`).
pub async fn registers(token: &Token, date: &str) -> Result<Registers, ApiError> {
    let path = format!("/api/registers?date={date}");
    api::signed_in_call(token, "GET", &path, None::<&()>).await
}

/// `POST /api/attendance/batch`: marks made on this phone, each answered for.
pub async fn send_marks(token: &Token, batch: &MarkBatch) -> Result<BatchResult, ApiError> {
    api::signed_in_call(token, "POST", "/api/attendance/batch", Some(batch)).await
}
