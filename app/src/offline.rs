//! Offline first, for the register: a host takes it on a phone in a library with
//! poor signal, so nothing may depend on the network being there.
//!
//! - [`start_service_worker`] registers `/sw.js` and fills the cache it serves from
//!   with the app shell: the staff app's `index.html`, the hashed `.js`, `.wasm` and `.css` it names,
//!   the icons, and the active language's Fluent files. After one visit the app
//!   opens with no network. The worker never fetches anything itself (the server's
//!   CSP for it forbids that), so this page fills its cache.
//! - [`Device`] keeps the day's registers and every mark in `localStorage`. A mark
//!   is stored first, with the UUID and time this phone gave it, then sent with
//!   `POST /api/attendance/batch`: after each mark, on `online` events and on a
//!   timer. It leaves the queue only once the server has answered for it
//!   (`applied`, `already_had` or `superseded`), so a phone that dies mid-sync sends
//!   it again, harmlessly. An expired access token is renewed before sending.
//!
//! Registers hold first names and babies' names, never anything clinical; they are
//! kept for the signed-in host only and forgotten when the device learns nobody is
//! signed in ([`Device::forget_registers`]).

use crate::api::{self, ApiError};
pub use crate::ids::new_id;
use crate::session::{AuthState, Session};
use leptos::prelude::*;
use perilink_shared::calendar::{civil_from_days, london_day, weekday};
use perilink_shared::register::{
    AttendanceStatus, BatchResult, Mark, MarkBatch, MarkOutcome, MarkResult, Registers, WalkIn,
};
use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, HashSet};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::Duration;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

/// Where the day's registers are kept, for whoever signed in last.
const DAYS_KEY: &str = "perilink.register.days.v1";
/// Where every mark made on this phone is kept until (and a while after) it is sent.
const MARKS_KEY: &str = "perilink.register.marks.v1";
/// The cache `public/sw.js` serves from; the two must agree.
const SHELL_CACHE: &str = "perilink-shell-v1";
/// Marks sent in one request (the server takes up to `MAX_BATCH`).
const BATCH: usize = 100;
/// How often waiting marks are tried again.
const RETRY: Duration = Duration::from_secs(15);
/// Sent marks and saved registers older than this many days are dropped.
const KEEP_DAYS: i64 = 8;

// ---------------------------------------------------------------------------------
// Dates, times and ids

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

async fn sleep(duration: Duration) {
    let millis = duration.as_millis().min(i32::MAX as u128) as i32;
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        if let Some(window) = web_sys::window() {
            let _ = window.set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, millis);
        }
    });
    let _ = JsFuture::from(promise).await;
}

// ---------------------------------------------------------------------------------
// What is kept on the phone

/// What became of a mark kept on this phone.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum MarkState {
    /// Stored here; the server has not answered for it yet.
    Waiting,
    /// The server answered for it.
    Sent(MarkOutcome),
    /// The server refused it (malformed, or not on this host's registers). Kept so
    /// the host sees it; never sent again.
    Refused,
}

/// Who a mark is about, as the register shows her. Nothing clinical.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Who {
    pub given_name: String,
    #[serde(default)]
    pub baby_name: Option<String>,
    /// A BCP 47 tag.
    pub language: String,
    #[serde(default)]
    pub interpreter_needed: bool,
}

/// A mark as this phone keeps it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct DeviceMark {
    /// The mark, as it is (or was) sent.
    pub mark: Mark,
    /// The register's date, `YYYY-MM-DD`.
    pub date: String,
    /// Who made it: only they send it.
    pub user_id: String,
    /// For a walk-in first recorded on this phone: the key this phone gave her, the
    /// same on every mark for her.
    #[serde(default)]
    pub walk_in_key: Option<String>,
    /// The mother as the server knows her: given for a known mother, learnt from
    /// the server's answer for a walk-in.
    #[serde(default)]
    pub mother_id: Option<String>,
    pub who: Who,
    pub state: MarkState,
}

impl DeviceMark {
    /// The person on the register this mark is for: her id, or her walk-in key.
    pub fn person(&self) -> &str {
        self.mother_id
            .as_deref()
            .or(self.walk_in_key.as_deref())
            .unwrap_or_default()
    }

    /// Whether the mark still waits to be sent.
    pub fn waiting(&self) -> bool {
        self.state == MarkState::Waiting
    }
}

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

/// Whom a new mark is for.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Target {
    /// A mother the server knows.
    Mother(String),
    /// A walk-in recorded on this phone, by the key it gave her.
    WalkIn { key: String, details: WalkIn },
}

/// A mark the host has just made.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NewMark {
    pub user_id: String,
    pub date: String,
    pub occurrence_id: String,
    pub target: Target,
    pub who: Who,
    pub status: AttendanceStatus,
    pub babies: Option<u8>,
    pub children: Option<u8>,
}

/// How sending stands.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SyncState {
    /// Nothing being sent; whatever could be sent has been.
    Idle,
    /// Sending now.
    Sending,
    /// The server could not be reached.
    NoConnection,
    /// Nobody is signed in (the refresh cookie was refused).
    SignInNeeded,
    /// The server answered with an error; tried again later.
    ServerTrouble,
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

// ---------------------------------------------------------------------------------
// The queue and the sync

/// The marks a batch may carry, oldest first: every waiting mark of `user`, except
/// that a walk-in the server does not know yet sends only her first mark (which
/// makes her record); the rest follow with her new id once it is known.
pub fn next_batch(marks: &[DeviceMark], user: &str) -> Vec<Mark> {
    let mut waiting: Vec<&DeviceMark> = marks
        .iter()
        .filter(|m| m.waiting() && m.user_id == user)
        .collect();
    waiting.sort_by(|a, b| a.mark.recorded_at.cmp(&b.mark.recorded_at));
    let mut creating = HashSet::new();
    let mut batch = Vec::new();
    for m in waiting {
        if m.mark.mother_id.is_none() && !creating.insert(m.walk_in_key.clone().unwrap_or_default()) {
            continue;
        }
        batch.push(m.mark.clone());
        if batch.len() == BATCH {
            break;
        }
    }
    batch
}

/// Records the server's answers, and `refused` marks, in `marks`. A walk-in's new
/// id is given to every mark for her, and her waiting marks are sent with it.
pub fn apply_answers(marks: &mut [DeviceMark], answers: &[MarkResult], refused: &[String]) {
    for answer in answers {
        let Some(index) = marks.iter().position(|m| m.mark.id == answer.id) else {
            continue;
        };
        marks[index].state = MarkState::Sent(answer.outcome);
        marks[index].mother_id = Some(answer.mother_id.clone());
        if let Some(key) = marks[index].walk_in_key.clone() {
            for m in marks
                .iter_mut()
                .filter(|m| m.walk_in_key.as_deref() == Some(key.as_str()))
            {
                m.mother_id = Some(answer.mother_id.clone());
                if m.waiting() {
                    m.mark.mother_id = Some(answer.mother_id.clone());
                    m.mark.walk_in = None;
                }
            }
        }
    }
    for id in refused {
        if let Some(m) = marks.iter_mut().find(|m| &m.mark.id == id) {
            m.state = MarkState::Refused;
        }
    }
}

/// Builds the mark for `new`, given the marks already kept (a walk-in the server
/// already knows is sent by her id).
pub fn make_mark(marks: &[DeviceMark], new: NewMark) -> DeviceMark {
    let (mother_id, walk_in, walk_in_key) = match new.target {
        Target::Mother(id) => (Some(id), None, None),
        Target::WalkIn { key, details } => {
            let known = marks
                .iter()
                .filter(|m| m.walk_in_key.as_deref() == Some(key.as_str()))
                .find_map(|m| m.mother_id.clone());
            match known {
                Some(id) => (Some(id), None, Some(key)),
                None => (None, Some(details), Some(key)),
            }
        }
    };
    DeviceMark {
        mark: Mark {
            id: new_id(),
            occurrence_id: new.occurrence_id,
            mother_id: if walk_in.is_some() {
                None
            } else {
                mother_id.clone()
            },
            walk_in,
            status: new.status,
            recorded_at: now_rfc3339(),
            babies: new.babies,
            children: new.children,
        },
        date: new.date,
        user_id: new.user_id,
        walk_in_key,
        mother_id,
        who: new.who,
        state: MarkState::Waiting,
    }
}

/// The registers and marks on this phone, and the sync that sends the marks. One
/// for the whole app, so sending carries on when the host leaves the page.
#[derive(Clone)]
pub struct Device {
    session: Session,
    marks: ArcRwSignal<Vec<DeviceMark>>,
    days: ArcRwSignal<SavedDays>,
    state: ArcRwSignal<SyncState>,
    online: ArcRwSignal<bool>,
    storage_failed: ArcRwSignal<bool>,
    answered: ArcRwSignal<u32>,
    running: Arc<AtomicBool>,
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
    fn update_marks(&self, change: impl FnOnce(&mut Vec<DeviceMark>)) {
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

    /// Starts sending whatever waits, unless that is already happening.
    pub fn sync(&self) {
        let device = self.clone();
        leptos::task::spawn_local(async move { device.run().await });
    }

    /// The timer: tries again while marks wait, unless only signing in can help.
    fn retry(&self) {
        let signed_in = untrack(|| matches!(self.session.state(), AuthState::SignedIn { .. }));
        if self.state.get_untracked() == SyncState::SignInNeeded && !signed_in {
            return;
        }
        if self
            .marks
            .with_untracked(|marks| marks.iter().any(DeviceMark::waiting))
        {
            self.sync();
        }
    }

    async fn run(self) {
        if self.running.swap(true, Ordering::SeqCst) {
            // The sync under way picks up new marks before it stops.
            return;
        }
        let state = loop {
            if !self
                .marks
                .with_untracked(|marks| marks.iter().any(DeviceMark::waiting))
            {
                break SyncState::Idle;
            }
            let user = match self.signed_in_user().await {
                Ok(user) => user,
                Err(state) => break state,
            };
            let batch = self.marks.with_untracked(|marks| next_batch(marks, &user));
            if batch.is_empty() {
                break SyncState::Idle;
            }
            self.state.set(SyncState::Sending);
            if let Err(state) = self.send(batch).await {
                break state;
            }
        };
        self.state.set(state);
        self.running.store(false, Ordering::SeqCst);
    }

    /// The signed-in user's id, after renewing the sign-in if needed.
    async fn signed_in_user(&self) -> Result<String, SyncState> {
        for _ in 0..50 {
            match untrack(|| self.session.state()) {
                AuthState::Checking => sleep(Duration::from_millis(200)).await,
                AuthState::SignedIn { user, .. } => return Ok(user.id),
                AuthState::SignedOut => {
                    return match api::refresh().await {
                        Ok(response) => {
                            tell_worker_online();
                            let id = response.user.id.clone();
                            self.session.signed_in(response);
                            Ok(id)
                        }
                        Err(ApiError::Server {
                            status: 401 | 403, ..
                        }) => Err(SyncState::SignInNeeded),
                        Err(ApiError::Network) => Err(SyncState::NoConnection),
                        Err(_) => Err(SyncState::ServerTrouble),
                    };
                }
            }
        }
        Err(SyncState::NoConnection)
    }

    async fn post(&self, marks: Vec<Mark>) -> Result<BatchResult, ApiError> {
        let batch = MarkBatch { marks };
        self.session
            .call(|token| {
                let batch = batch.clone();
                async move { api::register::send_marks(&token, &batch).await }
            })
            .await
    }

    /// Sends one batch and records the answers. If the server refuses the batch,
    /// the marks go one by one, to find and set aside the one it refuses.
    async fn send(&self, batch: Vec<Mark>) -> Result<(), SyncState> {
        let result = match self.post(batch.clone()).await {
            Ok(result) => {
                self.update_marks(|marks| apply_answers(marks, &result.results, &[]));
                Ok(())
            }
            Err(err) if refused(&err) && batch.len() > 1 => {
                for mark in batch {
                    let id = mark.id.clone();
                    match self.post(vec![mark]).await {
                        Ok(result) => self.update_marks(|marks| apply_answers(marks, &result.results, &[])),
                        Err(err) if refused(&err) => {
                            self.update_marks(|marks| apply_answers(marks, &[], &[id]))
                        }
                        Err(err) => return Err(state_of(&err)),
                    }
                }
                Ok(())
            }
            Err(err) if refused(&err) => {
                let ids: Vec<String> = batch.into_iter().map(|m| m.id).collect();
                self.update_marks(|marks| apply_answers(marks, &[], &ids));
                Ok(())
            }
            Err(err) => Err(state_of(&err)),
        };
        if result.is_ok() {
            tell_worker_online();
            self.answered.update(|n| *n = n.wrapping_add(1));
        }
        result
    }
}

/// Whether the server refused the marks themselves (sending again cannot help).
fn refused(err: &ApiError) -> bool {
    matches!(
        err,
        ApiError::Server {
            status: 400 | 422,
            ..
        }
    )
}

fn state_of(err: &ApiError) -> SyncState {
    match err {
        ApiError::Network => SyncState::NoConnection,
        ApiError::Server {
            status: 401 | 403, ..
        } => SyncState::SignInNeeded,
        ApiError::Server { .. } => SyncState::ServerTrouble,
    }
}

// ---------------------------------------------------------------------------------
// The service worker and the app shell

/// Tells the service worker this page has reached the server, so a page it opened
/// from its cache gets its files from the network again (another language's text,
/// say).
fn tell_worker_online() {
    let Some(window) = web_sys::window() else {
        return;
    };
    let navigator = window.navigator();
    if !js_sys::Reflect::has(&navigator, &JsValue::from_str("serviceWorker")).unwrap_or(false) {
        return;
    }
    if let Some(worker) = navigator.service_worker().controller() {
        let _ = worker.post_message(&JsValue::from_str("online"));
    }
}

/// Registers the service worker and fills its cache with the app shell in
/// `language`. Safe to call again: each call refreshes the cache (index.html and
/// the Fluent files are revalidated; hashed files are fetched only when new).
pub fn start_service_worker(language: &'static str) {
    leptos::task::spawn_local(async move {
        let Some(window) = web_sys::window() else {
            return;
        };
        let navigator = window.navigator();
        if !js_sys::Reflect::has(&navigator, &JsValue::from_str("serviceWorker")).unwrap_or(false) {
            return;
        }
        let registered = JsFuture::from(navigator.service_worker().register("/sw.js")).await;
        // Offline, the cache keeps what it has: there is nothing newer to put in it.
        if registered.is_err() || !navigator.on_line() {
            return;
        }
        if let Err(err) = cache_shell(&window, language).await {
            leptos::logging::warn!("the app could not be kept for offline use: {err:?}");
        }
    });
}

/// The app's own files a page names: quoted paths ending in a file type the shell
/// needs (Trunk's hashed script, wasm and styles, the icons, the manifest).
pub fn shell_paths(html: &str) -> Vec<String> {
    const TYPES: [&str; 7] = [".js", ".wasm", ".css", ".svg", ".png", ".ico", ".webmanifest"];
    let mut paths: Vec<String> = Vec::new();
    for piece in html.split(['"', '\'']) {
        let plain = piece.starts_with('/')
            && !piece.starts_with("//")
            && !piece.contains(|c: char| c.is_whitespace() || matches!(c, '<' | '>' | '?' | '#'));
        if plain && TYPES.iter().any(|t| piece.ends_with(t)) && !paths.iter().any(|p| p == piece) {
            paths.push(piece.to_owned());
        }
    }
    paths
}

/// Whether Trunk named the file with a content hash (`name-<16 hex>.ext`): such a
/// file never changes, so a cached copy is always right.
pub fn is_hashed(path: &str) -> bool {
    let name = path.rsplit('/').next().unwrap_or(path);
    let stem = name.split('.').next().unwrap_or(name);
    let stem = stem.strip_suffix("_bg").unwrap_or(stem);
    stem.rsplit_once('-')
        .is_some_and(|(_, hash)| hash.len() == 16 && hash.bytes().all(|b| b.is_ascii_hexdigit()))
}

async fn fetch_response(window: &web_sys::Window, path: &str) -> Result<web_sys::Response, JsValue> {
    JsFuture::from(window.fetch_with_str(path)).await?.dyn_into()
}

async fn cache_shell(window: &web_sys::Window, language: &str) -> Result<(), JsValue> {
    let cache: web_sys::Cache = JsFuture::from(window.caches()?.open(SHELL_CACHE))
        .await?
        .dyn_into()?;
    // The staff app's page (this is the staff app), kept as the page for every
    // address: sw.js opens it for any page with no network.
    let index = fetch_response(window, "/staff/index.html").await?;
    if !index.ok() {
        return Ok(());
    }
    let html = JsFuture::from(index.clone()?.text()?)
        .await?
        .as_string()
        .unwrap_or_default();
    let mut paths = shell_paths(&html);
    paths.extend(
        crate::i18n::FILES
            .iter()
            .map(|file| format!("/locales/{language}/{file}")),
    );
    let mut complete = true;
    for path in &paths {
        if is_hashed(path) && !JsFuture::from(cache.match_with_str(path)).await?.is_undefined() {
            continue;
        }
        let response = fetch_response(window, path).await?;
        if response.ok() {
            JsFuture::from(cache.put_with_str(path, &response)).await?;
        } else if is_hashed(path) {
            complete = false;
        }
    }
    if !complete {
        // A page whose files are not all here would open blank: keep the last one.
        return Ok(());
    }
    // The page last, so the cache never holds one whose files it lacks.
    JsFuture::from(cache.put_with_str("/index.html", &index)).await?;
    // An older build's files are no use any more.
    let origin = window.location().origin()?;
    let keys: js_sys::Array = JsFuture::from(cache.keys()).await?.unchecked_into();
    for key in keys.iter() {
        let Ok(request) = key.dyn_into::<web_sys::Request>() else {
            continue;
        };
        let url = request.url();
        let path = url.strip_prefix(origin.as_str()).unwrap_or(&url);
        if is_hashed(path) && !paths.iter().any(|p| p == path) {
            let _ = JsFuture::from(cache.delete_with_str(path)).await;
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kept(id: &str, recorded_at: &str, mother: Option<&str>, walk_in_key: Option<&str>) -> DeviceMark {
        DeviceMark {
            mark: Mark {
                id: id.into(),
                occurrence_id: "o".into(),
                mother_id: mother.map(Into::into),
                walk_in: walk_in_key.filter(|_| mother.is_none()).map(|_| WalkIn {
                    given_name: "Sara".into(),
                    phone: None,
                    language: "ar".into(),
                }),
                status: AttendanceStatus::Present,
                recorded_at: recorded_at.into(),
                babies: None,
                children: None,
            },
            date: "2026-11-23".into(),
            user_id: "host".into(),
            walk_in_key: walk_in_key.map(Into::into),
            mother_id: mother.map(Into::into),
            who: Who::default(),
            state: MarkState::Waiting,
        }
    }

    #[test]
    fn a_new_walk_in_sends_only_her_first_mark_until_the_server_knows_her() {
        let marks = vec![
            kept("b", "2026-11-23T10:02:00.000Z", None, Some("w")),
            kept("a", "2026-11-23T10:01:00.000Z", None, Some("w")),
            kept("c", "2026-11-23T10:03:00.000Z", Some("m1"), None),
        ];
        let ids: Vec<String> = next_batch(&marks, "host").into_iter().map(|m| m.id).collect();
        assert_eq!(ids, ["a", "c"]);
        assert!(next_batch(&marks, "someone else").is_empty());
    }

    #[test]
    fn the_answer_gives_a_walk_in_her_id_and_her_waiting_marks_use_it() {
        let mut marks = vec![
            kept("a", "2026-11-23T10:01:00.000Z", None, Some("w")),
            kept("b", "2026-11-23T10:02:00.000Z", None, Some("w")),
        ];
        let answer = MarkResult {
            id: "a".into(),
            outcome: MarkOutcome::Applied,
            mother_id: "m9".into(),
        };
        apply_answers(&mut marks, &[answer], &[]);
        assert_eq!(marks[0].state, MarkState::Sent(MarkOutcome::Applied));
        assert_eq!(marks[1].state, MarkState::Waiting);
        assert_eq!(marks[1].mark.mother_id.as_deref(), Some("m9"));
        assert_eq!(marks[1].mark.walk_in, None);
        assert_eq!(marks[1].person(), "m9");
        let ids: Vec<String> = next_batch(&marks, "host").into_iter().map(|m| m.id).collect();
        assert_eq!(ids, ["b"]);
    }

    #[test]
    fn refused_marks_are_kept_but_never_sent_again() {
        let mut marks = vec![kept("a", "2026-11-23T10:01:00.000Z", Some("m1"), None)];
        apply_answers(&mut marks, &[], &["a".to_owned()]);
        assert_eq!(marks[0].state, MarkState::Refused);
        assert!(next_batch(&marks, "host").is_empty());
    }

    #[test]
    fn the_shell_is_read_from_the_page_trunk_writes() {
        let html = r#"<link rel="stylesheet" href="/style-52058648acaaf11d.css" integrity="sha384-x"/>
<script type="module">
import init, * as bindings from '/perilink-app-3b45c804fe1bb6b7.js';
const wasm = await init({ module_or_path: '/perilink-app-3b45c804fe1bb6b7_bg.wasm' });
</script><link rel="modulepreload" href="/perilink-app-3b45c804fe1bb6b7.js">
<link rel="icon" href="/icons/icon.svg" type="image/svg+xml"><link rel="manifest" href="/manifest.webmanifest">"#;
        assert_eq!(
            shell_paths(html),
            [
                "/style-52058648acaaf11d.css",
                "/perilink-app-3b45c804fe1bb6b7.js",
                "/perilink-app-3b45c804fe1bb6b7_bg.wasm",
                "/icons/icon.svg",
                "/manifest.webmanifest"
            ]
        );
        assert!(is_hashed("/perilink-app-3b45c804fe1bb6b7_bg.wasm"));
        assert!(!is_hashed("/locales/en/main.ftl"));
        assert!(!is_hashed("/index.html"));
    }
}
