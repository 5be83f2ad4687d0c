//! The app lock: a 4–6 digit PIN she sets for PeriLink on this phone. After five
//! minutes away, or when the app is opened again, it asks for the PIN before
//! showing anything of hers; five wrong tries sign her out of this phone.
//!
//! The PIN never leaves the phone: what is kept (in `localStorage`) is a PBKDF2
//! hash of it (SHA-256, `PBKDF2_ITERATIONS` rounds, a random 16-byte salt), worked out
//! by the browser's WebCrypto, with the account it belongs to and the wrong tries
//! so far (kept, so reloading the page does not give more tries).

use super::storage;
use perilink_shared::app_lock::{AWAY_MS, MAX_TRIES, PBKDF2_ITERATIONS as ITERATIONS, SALT_BYTES};
use serde::{Deserialize, Serialize};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

/// The PIN's hash and salt.
const LOCK_KEY: &str = "perilink.lock";
/// Wrong tries since the last right one.
const TRIES_KEY: &str = "perilink.lock.tries";
/// When she last used the app, in milliseconds since 1970.
const ACTIVE_KEY: &str = "perilink.active";

/// What is kept of the PIN.
#[derive(Serialize, Deserialize)]
struct Kept {
    /// The account it locks.
    user: String,
    salt: String,
    iterations: u32,
    hash: String,
}

fn kept() -> Option<Kept> {
    serde_json::from_str(&storage()?.get_item(LOCK_KEY).ok().flatten()?).ok()
}

/// Whether a PIN is set on this phone, and for which account.
pub fn pin_owner() -> Option<String> {
    kept().map(|k| k.user)
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

fn unhex(text: &str) -> Option<Vec<u8>> {
    (0..text.len())
        .step_by(2)
        .map(|i| u8::from_str_radix(text.get(i..i + 2)?, 16).ok())
        .collect()
}

/// PBKDF2-HMAC-SHA256 of `pin`, 32 bytes, by WebCrypto.
async fn derive(pin: &str, salt: &[u8], iterations: u32) -> Result<Vec<u8>, JsValue> {
    let subtle = web_sys::window().ok_or(JsValue::NULL)?.crypto()?.subtle();
    let usages = js_sys::Array::of1(&JsValue::from_str("deriveBits"));
    let material = js_sys::Uint8Array::from(pin.as_bytes());
    let key = JsFuture::from(subtle.import_key_with_str("raw", &material, "PBKDF2", false, &usages)?).await?;
    let params = js_sys::Object::new();
    js_sys::Reflect::set(&params, &"name".into(), &"PBKDF2".into())?;
    js_sys::Reflect::set(&params, &"hash".into(), &"SHA-256".into())?;
    js_sys::Reflect::set(&params, &"salt".into(), &js_sys::Uint8Array::from(salt))?;
    js_sys::Reflect::set(&params, &"iterations".into(), &JsValue::from(iterations))?;
    let bits = JsFuture::from(subtle.derive_bits_with_object(&params, &key.unchecked_into(), 256)?).await?;
    Ok(js_sys::Uint8Array::new(&bits).to_vec())
}

/// Sets (or changes) the PIN for `user` on this phone. Fails only if the browser
/// cannot hash or keep it.
pub async fn set_pin(user: &str, pin: &str) -> Result<(), JsValue> {
    let mut salt = [0_u8; SALT_BYTES];
    web_sys::window()
        .ok_or(JsValue::NULL)?
        .crypto()?
        .get_random_values_with_u8_array(&mut salt)?;
    let hash = derive(pin, &salt, ITERATIONS).await?;
    let kept = Kept {
        user: user.to_owned(),
        salt: hex(&salt),
        iterations: ITERATIONS,
        hash: hex(&hash),
    };
    let text = serde_json::to_string(&kept).map_err(|e| JsValue::from_str(&e.to_string()))?;
    let storage = storage().ok_or(JsValue::NULL)?;
    storage.set_item(LOCK_KEY, &text)?;
    let _ = storage.remove_item(TRIES_KEY);
    mark_active();
    Ok(())
}

/// Removes the PIN from this phone.
pub fn remove_pin() {
    if let Some(storage) = storage() {
        let _ = storage.remove_item(LOCK_KEY);
        let _ = storage.remove_item(TRIES_KEY);
    }
}

/// What a PIN entered does.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Try {
    /// Right: the app opens.
    Right,
    /// Wrong, with this many tries left.
    Wrong(u32),
    /// Wrong for the last time: she is to be signed out of this phone.
    NoneLeft,
}

/// Checks `pin` against the one kept, counting wrong tries.
pub async fn try_pin(pin: &str) -> Try {
    let Some(kept) = kept() else {
        return Try::NoneLeft;
    };
    let right = match (unhex(&kept.salt), unhex(&kept.hash)) {
        (Some(salt), Some(hash)) => derive(pin, &salt, kept.iterations)
            .await
            .is_ok_and(|h| constant_time_eq(&h, &hash)),
        _ => false,
    };
    let storage = storage();
    if right {
        if let Some(storage) = &storage {
            let _ = storage.remove_item(TRIES_KEY);
        }
        mark_active();
        return Try::Right;
    }
    let tries = storage
        .as_ref()
        .and_then(|s| s.get_item(TRIES_KEY).ok().flatten())
        .and_then(|t| t.parse::<u32>().ok())
        .unwrap_or(0)
        + 1;
    if let Some(storage) = &storage {
        let _ = storage.set_item(TRIES_KEY, &tries.to_string());
    }
    if tries >= MAX_TRIES {
        Try::NoneLeft
    } else {
        Try::Wrong(MAX_TRIES - tries)
    }
}

fn constant_time_eq(a: &[u8], b: &[u8]) -> bool {
    a.len() == b.len() && a.iter().zip(b).fold(0_u8, |acc, (x, y)| acc | (x ^ y)) == 0
}

/// Notes that she is using the app now.
pub fn mark_active() {
    if let Some(storage) = storage() {
        // Whole milliseconds, written and read as an integer: parsing a float
        // would bring the float-parsing tables into the wasm for this one value.
        let _ = storage.set_item(ACTIVE_KEY, &(js_sys::Date::now() as u64).to_string());
    }
}

/// Notes that she has left (quick exit): the app locks when opened again.
pub fn mark_away() {
    if let Some(storage) = storage() {
        let _ = storage.set_item(ACTIVE_KEY, "0");
    }
}

/// Whether she has been away longer than `AWAY_MS` (or never noted as here).
pub fn away_too_long() -> bool {
    let last = storage()
        .and_then(|s| s.get_item(ACTIVE_KEY).ok().flatten())
        .and_then(|t| t.parse::<u64>().ok())
        .unwrap_or(0);
    js_sys::Date::now() - last as f64 > AWAY_MS
}

/// Shuts the lock (`shut`) when she comes back after [`AWAY_MS`] away, or has left
/// the app open untouched that long: notes each touch and key as activity, notes
/// the moment the page is hidden, and checks when it shows again and every 15
/// seconds.
pub fn watch(shut: impl Fn() + Clone + 'static) {
    use leptos::prelude::*;
    use wasm_bindgen::closure::Closure;

    let touched = window_event_listener(leptos::ev::pointerdown, |_| mark_active());
    let typed = window_event_listener(leptos::ev::keydown, |_| mark_active());
    let on_visibility = {
        let shut = shut.clone();
        Closure::<dyn Fn()>::new(move || {
            if document().hidden() {
                mark_active();
            } else if pin_owner().is_some() && away_too_long() {
                shut();
            }
        })
    };
    let _ = document()
        .add_event_listener_with_callback("visibilitychange", on_visibility.as_ref().unchecked_ref());
    // The listener lives as long as the page: the app is mounted once.
    on_visibility.forget();
    let ticker = set_interval_with_handle(
        move || {
            if pin_owner().is_some() && away_too_long() {
                shut();
            }
        },
        std::time::Duration::from_secs(15),
    )
    .ok();
    on_cleanup(move || {
        touched.remove();
        typed.remove();
        if let Some(ticker) = ticker {
            ticker.clear();
        }
    });
}
