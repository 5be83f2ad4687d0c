//! What is kept on the phone: the day's registers and every mark, in
//! `localStorage`, behind one [`Device`] for the whole app.

use super::queue::{DeviceMark, MarkState, NewMark, SyncState, make_mark};
use super::worker::tell_worker_online;
use super::{date_string, today};
use crate::api::{self, ApiError};
use crate::session::Session;
use leptos::prelude::*;
use perilink_shared::register::Registers;
use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::sync::Arc;
use std::sync::atomic::AtomicBool;
use std::time::Duration;

/// Where the day's registers are kept, for whoever signed in last.
const DAYS_KEY: &str = "perilink.register.days.v1";
/// Where every mark made on this phone is kept until (and a while after) it is sent.
const MARKS_KEY: &str = "perilink.register.marks.v1";
/// How often waiting marks are tried again.
const RETRY: Duration = Duration::from_secs(15);
/// Sent marks and saved registers older than this many days are dropped.
const KEEP_DAYS: i64 = 8;

/// One day's registers as last fetched, and when.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct SavedDay {
    pub registers: Registers,
    /// When it was fetched: milliseconds since 1970.
    pub saved_at: f64,
}

/// The registers kept on this phone, all of one person's.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
struct SavedDays {
    user_id: Option<String>,
    days: BTreeMap<String, SavedDay>,
}

/// What asking the server for a new access token found.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Probe {
    /// Signed in again.
    SignedIn,
    /// The server could not be reached: use what is saved on the phone.
    NoConnection,
    /// Nobody is signed in.
    SignedOut,
}

fn storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}

fn read_json<T: DeserializeOwned>(key: &str) -> Option<T> {
    let text = storage()?.get_item(key).ok()??;
    serde_json::from_str(&text).ok()
}

fn write_json<T: Serialize>(key: &str, value: &T) -> bool {
    let Ok(text) = serde_json::to_string(value) else {
        return false;
    };
    storage().is_some_and(|s| s.set_item(key, &text).is_ok())
}

/// Removes the registers kept on this phone (marks waiting to be sent stay). For
/// signing out, so the next person to pick up the phone does not see them.
pub fn forget_registers() {
    if let Some(storage) = storage() {
        let _ = storage.remove_item(DAYS_KEY);
    }
}
/// The registers and marks on this phone, and the sync that sends the marks. One
/// for the whole app, so sending carries on when the host leaves the page.
#[derive(Clone)]
pub struct Device {
    pub(super) session: Session,
    pub(super) marks: ArcRwSignal<Vec<DeviceMark>>,
    days: ArcRwSignal<SavedDays>,
    pub(super) state: ArcRwSignal<SyncState>,
    online: ArcRwSignal<bool>,
    storage_failed: ArcRwSignal<bool>,
    pub(super) answered: ArcRwSignal<u32>,
    pub(super) running: Arc<AtomicBool>,
}

thread_local! {
    static DEVICE: std::cell::OnceCell<Device> = const { std::cell::OnceCell::new() };
}

impl Device {
    /// The device store, started on first use (inside a component, for the
    /// session's context).
    pub fn get() -> Device {
        DEVICE.with(|cell| cell.get_or_init(|| Device::start(Session::get())).clone())
    }

    fn start(session: Session) -> Device {
        let online = web_sys::window().is_none_or(|w| w.navigator().on_line());
        let device = Device {
            session,
            marks: ArcRwSignal::new(read_json(MARKS_KEY).unwrap_or_default()),
            days: ArcRwSignal::new(read_json(DAYS_KEY).unwrap_or_default()),
            state: ArcRwSignal::new(SyncState::Idle),
            online: ArcRwSignal::new(online),
            storage_failed: ArcRwSignal::new(false),
            answered: ArcRwSignal::new(0),
            running: Arc::new(AtomicBool::new(false)),
        };
        device.prune();
        // These live as long as the app: the device is one for the whole app.
        let d = device.clone();
        let _ = window_event_listener_untyped("online", move |_| {
            d.online.set(true);
            d.sync();
        });
        let d = device.clone();
        let _ = window_event_listener_untyped("offline", move |_| d.online.set(false));
        // Another tab changed what is kept: show it here too.
        let d = device.clone();
        let _ = window_event_listener_untyped("storage", move |_| d.reload());
        let d = device.clone();
        let _ = set_interval_with_handle(move || d.retry(), RETRY);
        device
    }

    fn reload(&self) {
        if let Some(marks) = read_json::<Vec<DeviceMark>>(MARKS_KEY) {
            self.marks.set(marks);
        }
        self.days.set(read_json(DAYS_KEY).unwrap_or_default());
    }

    /// Changes the kept marks: reads them afresh (another tab may have added some),
    /// changes them, and writes them back before anything else happens.
    pub(super) fn update_marks(&self, change: impl FnOnce(&mut Vec<DeviceMark>)) {
        let in_memory = self.marks.get_untracked();
        let mut marks = read_json::<Vec<DeviceMark>>(MARKS_KEY).unwrap_or_default();
        // A mark this tab could not write (storage full) must not be lost.
        for m in in_memory {
            if m.waiting() && !marks.iter().any(|k| k.mark.id == m.mark.id) {
                marks.push(m);
            }
        }
        change(&mut marks);
        self.storage_failed.set(!write_json(MARKS_KEY, &marks));
        self.marks.set(marks);
    }

    fn update_days(&self, change: impl FnOnce(&mut SavedDays)) {
        let mut days = read_json::<SavedDays>(DAYS_KEY).unwrap_or_else(|| self.days.get_untracked());
        change(&mut days);
        let _ = write_json(DAYS_KEY, &days);
        self.days.set(days);
    }

    /// Drops sent marks and registers older than a week; waiting marks always stay.
    fn prune(&self) {
        let oldest = date_string(today() - KEEP_DAYS);
        let stale_marks = self
            .marks
            .with_untracked(|marks| marks.iter().any(|m| !m.waiting() && m.date < oldest));
        if stale_marks {
            self.update_marks(|marks| marks.retain(|m| m.waiting() || m.date >= oldest));
        }
        let stale_days = self
            .days
            .with_untracked(|d| d.days.keys().any(|date| *date < oldest));
        if stale_days {
            self.update_days(|d| d.days.retain(|date, _| *date >= oldest));
        }
    }

    /// Forgets the registers kept on this phone (marks waiting to be sent stay).
    pub fn forget_registers(&self) {
        forget_registers();
        self.days.set(SavedDays::default());
    }

    /// Whether the phone says it is online.
    pub fn is_online(&self) -> bool {
        self.online.get()
    }

    /// How sending stands.
    pub fn sync_state(&self) -> SyncState {
        self.state.get()
    }

    /// Whether the last change could not be written to the phone's storage.
    pub fn storage_failed(&self) -> bool {
        self.storage_failed.get()
    }

    /// Changes whenever the server has answered for marks, so registers can be
    /// fetched again.
    pub fn answered(&self) -> u32 {
        self.answered.get()
    }

    /// Reads the marks kept on this phone.
    pub fn with_marks<R>(&self, read: impl FnOnce(&[DeviceMark]) -> R) -> R {
        self.marks.with(|marks| read(marks))
    }

    /// Whose registers are kept on this phone.
    pub fn saved_user(&self) -> Option<String> {
        self.days.with(|d| d.user_id.clone())
    }

    /// Reads `user`'s saved registers of every day kept.
    pub fn with_days<R>(&self, user: &str, read: impl FnOnce(&BTreeMap<String, SavedDay>) -> R) -> R {
        self.days.with(|d| {
            if d.user_id.as_deref() == Some(user) {
                read(&d.days)
            } else {
                read(&BTreeMap::new())
            }
        })
    }

    /// Fetches `user`'s registers for `date` and keeps them on the phone.
    pub async fn fetch_day(&self, user: String, date: String) -> Result<(), ApiError> {
        let registers: Registers = self
            .session
            .call(|token| {
                let date = date.clone();
                async move { api::register::registers(&token, &date).await }
            })
            .await?;
        tell_worker_online();
        let saved_at = js_sys::Date::now();
        self.update_days(move |d| {
            if d.user_id.as_deref() != Some(user.as_str()) {
                // Someone else's registers never stay beside this person's.
                *d = SavedDays {
                    user_id: Some(user),
                    days: BTreeMap::new(),
                };
            }
            d.days.insert(date, SavedDay { registers, saved_at });
        });
        Ok(())
    }

    /// With nobody signed in, asks the server for a new access token: signs in
    /// again, finds there is no connection, or finds nobody is signed in (and then
    /// forgets the registers kept here).
    pub async fn probe(&self) -> Probe {
        match api::refresh().await {
            Ok(response) => {
                tell_worker_online();
                self.session.signed_in(response);
                Probe::SignedIn
            }
            Err(ApiError::Server {
                status: 401 | 403, ..
            }) => {
                self.forget_registers();
                Probe::SignedOut
            }
            Err(_) => Probe::NoConnection,
        }
    }

    /// Keeps a new mark on the phone, then tries to send it.
    pub fn record(&self, new: NewMark) {
        self.update_marks(move |marks| {
            let mark = make_mark(marks, new);
            marks.push(mark);
        });
        self.sync();
    }

    /// Removes a mark the server refused, once the host has seen it.
    pub fn discard(&self, id: &str) {
        self.update_marks(|marks| marks.retain(|m| !(m.mark.id == id && m.state == MarkState::Refused)));
    }
}
