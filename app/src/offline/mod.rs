//! Offline first, for the register: a host takes it on a phone in a library with
//! poor signal, so nothing may depend on the network being there.
//!
//! - [`worker`]: [`start_service_worker`] registers `/sw.js` and fills the cache it
//!   serves from with the app shell: the staff app's `index.html`, the hashed `.js`,
//!   `.wasm` and `.css` it names, the icons, and the active language's Fluent files.
//!   After one visit the app opens with no network. The worker never fetches
//!   anything itself (the server's CSP for it forbids that), so this page fills its
//!   cache.
//! - [`store`]: the [`Device`] keeps the day's registers and every mark in
//!   `localStorage`. A mark is stored first, with the UUID and time this phone gave
//!   it, before anything is sent.
//! - [`queue`]: the marks waiting, sent with `POST /api/attendance/batch` after each
//!   mark, on `online` events and on a timer. A mark leaves the queue only once the
//!   server has answered for it (`applied`, `already_had` or `superseded`), so a
//!   phone that dies mid-sync sends it again, harmlessly. An expired access token is
//!   renewed before sending.
//!
//! Registers hold first names and babies' names, never anything clinical; they are
//! kept for the signed-in host only and forgotten when the device learns nobody is
//! signed in ([`Device::forget_registers`]).

pub mod queue;
pub mod store;
pub mod worker;

pub use crate::ids::new_id;
pub use queue::{DeviceMark, MarkState, NewMark, SyncState, Target, Who};
pub use store::{Device, Probe, SavedDay, forget_registers};
pub use worker::start_service_worker;

use perilink_shared::calendar::{civil_from_days, london_day, weekday};
use std::time::Duration;
use wasm_bindgen_futures::JsFuture;

/// Today in London, as a day number (days since 1970-01-01).
pub fn today() -> i64 {
    london_day((js_sys::Date::now() / 1000.0).floor() as i64)
}

/// The days of this week in London, Monday to Sunday, as day numbers.
pub fn this_week() -> std::ops::Range<i64> {
    let today = today();
    let monday = today - i64::from(weekday(today)) + 1;
    monday..monday + 7
}

/// A day number as `YYYY-MM-DD`.
pub fn date_string(day: i64) -> String {
    let (year, month, day) = civil_from_days(day);
    format!("{year:04}-{month:02}-{day:02}")
}

/// Now, as RFC 3339 in UTC (`2026-11-23T10:42:07.123Z`).
pub fn now_rfc3339() -> String {
    js_sys::Date::new_0().to_iso_string().into()
}

/// Waits `duration` without holding the page up.
pub(crate) async fn sleep(duration: Duration) {
    let millis = duration.as_millis().min(i32::MAX as u128) as i32;
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        if let Some(window) = web_sys::window() {
            let _ = window.set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, millis);
        }
    });
    let _ = JsFuture::from(promise).await;
}
