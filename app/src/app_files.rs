//! The app's own files, kept on the phone so that a repeat visit downloads none of
//! them again: the service worker (`public/sw.js`) answers the hashed scripts,
//! wasm and styles and the versioned Fluent files from its cache, and only the
//! API's answers cross the network.

use std::cell::OnceCell;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

/// The cache the service worker keeps these files in; it holds nothing of hers.
pub const FILES_CACHE: &str = "perilink-files-v1";

thread_local! {
    static LOCALES_VERSION: OnceCell<Option<String>> = const { OnceCell::new() };
}

/// The address of one language's Fluent file, with the version the server wrote
/// into the page (`<meta name="perilink-locales">`): an address whose answer never
/// changes, so the browser and the service worker keep it without asking again.
pub fn locale_path(tag: &str, file: &str) -> String {
    match LOCALES_VERSION.with(|version| version.get_or_init(page_locales_version).clone()) {
        Some(version) => format!("/locales/{tag}/{file}?v={version}"),
        None => format!("/locales/{tag}/{file}"),
    }
}

fn page_locales_version() -> Option<String> {
    web_sys::window()?
        .document()?
        .query_selector("meta[name=perilink-locales]")
        .ok()??
        .get_attribute("content")
        .filter(|version| !version.is_empty())
}

/// Registers the service worker and hands it the files this page loaded before
/// the worker controlled it (on a first visit, all of them); every later one it
/// keeps as it passes.
pub fn keep_on_phone() {
    leptos::task::spawn_local(async {
        let Some(window) = web_sys::window() else {
            return;
        };
        let navigator = window.navigator();
        if !js_sys::Reflect::has(&navigator, &JsValue::from_str("serviceWorker")).unwrap_or(false) {
            return;
        }
        let workers = navigator.service_worker();
        if JsFuture::from(workers.register("/sw.js")).await.is_err() {
            return;
        }
        let Ok(ready) = workers.ready() else {
            return;
        };
        let Ok(registration) = JsFuture::from(ready)
            .await
            .and_then(|r| r.dyn_into::<web_sys::ServiceWorkerRegistration>())
        else {
            return;
        };
        let (Some(worker), Some(performance)) = (registration.active(), window.performance()) else {
            return;
        };
        let loaded: js_sys::Array = performance
            .get_entries_by_type("resource")
            .iter()
            .filter_map(|entry| entry.dyn_into::<web_sys::PerformanceEntry>().ok())
            .map(|entry| JsValue::from_str(&entry.name()))
            .collect();
        let message = js_sys::Object::new();
        if js_sys::Reflect::set(&message, &JsValue::from_str("keep"), &loaded).is_ok() {
            let _ = worker.post_message(&message);
        }
    });
}
