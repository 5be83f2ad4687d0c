//! The service worker's side in the page: registering `/sw.js`, filling the cache
//! it serves the app shell from, and telling it when the server is reachable.

use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

/// The cache `public/sw.js` serves from; the two must agree.
const SHELL_CACHE: &str = "perilink-shell-v1";

/// Tells the service worker this page has reached the server, so a page it opened
/// from its cache gets its files from the network again (another language's text,
/// say).
pub(super) fn tell_worker_online() {
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
