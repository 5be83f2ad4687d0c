//! Serving the built app: files from Trunk's output folder, held in memory,
//! compressed once (brotli or gzip) on first request, cached for a year when their
//! names carry a content hash, and a page for every client-side route.
//!
//! There are three apps (see `app/src/apps.rs`): the mother's, `/index.html`; the
//! visitor's (her screens signed out, but for signing in and up),
//! `/visitor/index.html` with its files under `/visitor/`; and the staff app,
//! `/staff/index.html` with its files under `/staff/`. A client-side route gets
//! the staff app's page when it is a staff-only screen ([`STAFF_ROUTES`]) or the
//! browser carries the `perilink-app=staff` cookie the staff app keeps while staff
//! are signed in; else the mother's page when it is an account screen
//! ([`MOTHER_ROUTES`]) or the browser carries the flag cookie saying it holds a
//! sign-in (`perilink_signed_in`, [`crate::auth::refresh::FLAG_COOKIE`]); else the
//! visitor's page. An app that was not built is never chosen.
//!
//! A page is sent with a Content-Security-Policy that allows exactly the inline
//! loader script Trunk writes in it (by its SHA-256) and nothing else inline.
//!
//! Both pages name the version of the Fluent files (a hash of all of them): the
//! apps ask for `/locales/<tag>/<file>?v=<version>`, which is then cached for a
//! year like a hashed file, and the service worker keeps it (`public/sw.js`), so a
//! repeat visit downloads none of the app's files.

use axum::body::Body;
use axum::extract::State;
use axum::http::{HeaderMap, HeaderValue, Method, StatusCode, Uri, header};
use axum::response::{IntoResponse, Response};
use base64::Engine;
use base64::engine::general_purpose::STANDARD;
use sha2::{Digest, Sha256};
use std::collections::HashMap;
use std::io::Write;
use std::path::Path;
use std::sync::Arc;
use tokio::sync::OnceCell;

use crate::error::AppError;
use crate::state::AppState;

/// The policy for everything that is not the app's page: load nothing.
pub const API_CSP: &str = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'";

/// The service worker's policy: it may fetch the app's own files, nothing else.
const WORKER_CSP: &str = "default-src 'none'; connect-src 'self'; frame-ancestors 'none'; base-uri 'none'";
/// The service worker's address.
const WORKER: &str = "/sw.js";

/// The `<meta>` naming the version of the Fluent files, which both pages carry:
/// the apps ask for `/locales/<tag>/<file>?v=<version>`, an address whose answer
/// never changes, so a browser and the service worker keep it without asking again.
pub const LOCALES_VERSION_META: &str = "perilink-locales";

/// One file of the built app.
struct Asset {
    bytes: bytes::Bytes,
    content_type: &'static str,
    etag: String,
    immutable: bool,
    compressible: bool,
    brotli: OnceCell<bytes::Bytes>,
    gzip: OnceCell<bytes::Bytes>,
}

/// The mother's app's page.
const MOTHER_PAGE: &str = "/index.html";
/// The staff app's page.
const STAFF_PAGE: &str = "/staff/index.html";
/// The visitor's app's page: the mother's signed-out screens alone.
const VISITOR_PAGE: &str = "/visitor/index.html";
/// Every app's page.
const PAGES: [&str; 3] = [MOTHER_PAGE, VISITOR_PAGE, STAFF_PAGE];
/// The first part of the addresses only the staff app answers.
pub const STAFF_ROUTES: [&str; 5] = ["register", "coordinator", "admin", "accept-invitation", "people"];
/// The first part of the addresses the visitor's app leaves to the mother's:
/// signing in and up, where she goes on to her screens signed in.
pub const MOTHER_ROUTES: [&str; 5] = [
    "sign-in",
    "sign-up",
    "set-up",
    "forgot-password",
    "reset-password",
];
/// The cookie asking for the staff app on every address.
const STAFF_COOKIE: &str = "perilink-app=staff";

/// The built app, loaded into memory at start-up.
pub struct Assets {
    files: HashMap<String, Asset>,
    /// Each page's Content-Security-Policy, with the hashes of its inline scripts.
    page_csp: HashMap<&'static str, HeaderValue>,
    /// The first screen's Fluent messages, from the app's `locales/`.
    texts: crate::first_screen::Texts,
    /// The version of every Fluent file together: a hash of their hashes.
    locales_version: String,
}

impl Assets {
    /// Loads every file under `dir`. A missing folder gives an empty set: the API
    /// still works, and `/` explains that the app has not been built.
    pub fn load(dir: &Path) -> std::io::Result<Assets> {
        let mut files = HashMap::new();
        if dir.is_dir() {
            load_dir(dir, dir, &mut files)?;
        }
        let locales_version = locales_version(&files);
        for page in PAGES {
            if let Some(asset) = files.get_mut(page) {
                let html = String::from_utf8_lossy(&asset.bytes).replacen(
                    "</head>",
                    &format!("<meta name=\"{LOCALES_VERSION_META}\" content=\"{locales_version}\"></head>"),
                    1,
                );
                asset.etag = etag_of(html.as_bytes());
                asset.bytes = html.into_bytes().into();
            }
        }
        let page_csp = PAGES
            .into_iter()
            .filter_map(|page| {
                let html = String::from_utf8_lossy(&files.get(page)?.bytes).into_owned();
                let csp = page_csp(&inline_script_hashes(&html));
                Some((
                    page,
                    HeaderValue::from_str(&csp).unwrap_or_else(|_| HeaderValue::from_static(API_CSP)),
                ))
            })
            .collect();
        let texts = crate::first_screen::Texts::load(|path| {
            files
                .get(path)
                .map(|asset| String::from_utf8_lossy(&asset.bytes).into_owned())
        });
        Ok(Assets {
            files,
            page_csp,
            texts,
            locales_version,
        })
    }

    /// The first screen's messages in every language.
    pub fn texts(&self) -> &crate::first_screen::Texts {
        &self.texts
    }

    /// The page for the client-side route `path`.
    fn page_for(&self, path: &str, headers: &HeaderMap) -> &'static str {
        let first = path.trim_start_matches('/').split('/').next().unwrap_or_default();
        let staff = STAFF_ROUTES.contains(&first) || has_cookie(headers, STAFF_COOKIE);
        // The flag cookie beside a refresh cookie: someone is signed in here.
        let mother = MOTHER_ROUTES.contains(&first)
            || has_cookie(headers, &format!("{}=1", crate::auth::refresh::FLAG_COOKIE));
        if staff && self.files.contains_key(STAFF_PAGE) {
            STAFF_PAGE
        } else if !staff && !mother && self.files.contains_key(VISITOR_PAGE) {
            VISITOR_PAGE
        } else {
            MOTHER_PAGE
        }
    }

    /// How many files were loaded.
    pub fn len(&self) -> usize {
        self.files.len()
    }

    /// Whether no app was found.
    pub fn is_empty(&self) -> bool {
        self.files.is_empty()
    }
}

fn load_dir(root: &Path, dir: &Path, files: &mut HashMap<String, Asset>) -> std::io::Result<()> {
    for entry in std::fs::read_dir(dir)? {
        let entry = entry?;
        let path = entry.path();
        if entry.file_type()?.is_dir() {
            load_dir(root, &path, files)?;
            continue;
        }
        let Ok(relative) = path.strip_prefix(root) else {
            continue;
        };
        let url = format!("/{}", relative.to_string_lossy().replace('\\', "/"));
        let bytes = bytes::Bytes::from(std::fs::read(&path)?);
        let (content_type, compressible) = content_type(&url);
        let etag = etag_of(&bytes);
        files.insert(
            url.clone(),
            Asset {
                bytes,
                content_type,
                etag,
                immutable: has_content_hash(&url),
                compressible,
                brotli: OnceCell::new(),
                gzip: OnceCell::new(),
            },
        );
    }
    Ok(())
}

/// A file's ETag (or any answer's): the start of its SHA-256, quoted.
pub(crate) fn etag_of(bytes: &[u8]) -> String {
    format!("\"{}\"", hex_start(&Sha256::digest(bytes)))
}

fn hex_start(digest: &[u8]) -> String {
    digest.iter().take(12).map(|b| format!("{b:02x}")).collect()
}

/// One hash of every Fluent file's hash, in address order: it changes when any
/// message of any language does.
fn locales_version(files: &HashMap<String, Asset>) -> String {
    let mut locales: Vec<(&String, &Asset)> = files
        .iter()
        .filter(|(url, _)| url.starts_with("/locales/"))
        .collect();
    locales.sort_by_key(|(url, _)| *url);
    let mut hasher = Sha256::new();
    for (url, asset) in locales {
        hasher.update(url.as_bytes());
        hasher.update(asset.etag.as_bytes());
    }
    hex_start(&hasher.finalize())
}

/// Whether `query` asks for the Fluent files' current version (`v=<version>`).
fn asks_for_version(query: Option<&str>, version: &str) -> bool {
    query
        .unwrap_or_default()
        .split('&')
        .any(|pair| pair.strip_prefix("v=") == Some(version))
}

/// Trunk names built files `name-<16 hex digits>.ext` (or `..._bg.wasm`).
fn has_content_hash(url: &str) -> bool {
    let name = url.rsplit('/').next().unwrap_or(url);
    let stem = name.split('.').next().unwrap_or(name);
    let stem = stem.strip_suffix("_bg").unwrap_or(stem);
    // Trunk writes its 64-bit hash in hex without leading zeros: usually 16 digits,
    // one build in sixteen 15, and fewer more rarely still.
    stem.rsplit_once('-').is_some_and(|(_, hash)| {
        (12..=16).contains(&hash.len()) && hash.bytes().all(|b| b.is_ascii_hexdigit())
    })
}

fn content_type(url: &str) -> (&'static str, bool) {
    let ext = url.rsplit('.').next().unwrap_or("");
    match ext {
        "html" => ("text/html; charset=utf-8", true),
        "js" => ("text/javascript; charset=utf-8", true),
        "wasm" => ("application/wasm", true),
        "css" => ("text/css; charset=utf-8", true),
        "json" => ("application/json", true),
        "webmanifest" => ("application/manifest+json", true),
        "ftl" => ("text/plain; charset=utf-8", true),
        "svg" => ("image/svg+xml", true),
        "txt" => ("text/plain; charset=utf-8", true),
        "png" => ("image/png", false),
        "ico" => ("image/x-icon", false),
        "woff2" => ("font/woff2", false),
        _ => ("application/octet-stream", false),
    }
}

/// The base64 SHA-256 of each inline `<script>` in a page, for the CSP.
fn inline_script_hashes(html: &str) -> Vec<String> {
    let mut hashes = Vec::new();
    let mut rest = html;
    while let Some(start) = rest.find("<script") {
        rest = &rest[start..];
        let Some(tag_end) = rest.find('>') else { break };
        let tag = &rest[..tag_end];
        let body_start = tag_end + 1;
        let Some(close) = rest[body_start..].find("</script>") else {
            break;
        };
        let body = &rest[body_start..body_start + close];
        if !tag.contains(" src=") && !body.trim().is_empty() {
            hashes.push(STANDARD.encode(Sha256::digest(body.as_bytes())));
        }
        rest = &rest[body_start + close..];
    }
    hashes
}

fn page_csp(script_hashes: &[String]) -> String {
    let hashes: String = script_hashes.iter().map(|h| format!(" 'sha256-{h}'")).collect();
    format!(
        "default-src 'none'; script-src 'self' 'wasm-unsafe-eval'{hashes}; \
         style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'self'; \
         manifest-src 'self'; worker-src 'self'; base-uri 'none'; form-action 'self'; \
         frame-ancestors 'none'"
    )
}

/// Whether the request carries `cookie` (`name=value`).
fn has_cookie(headers: &HeaderMap, cookie: &str) -> bool {
    headers
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .any(|sent| sent.trim() == cookie)
}

/// Which compressed form the client accepts, best first.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Encoding {
    Brotli,
    Gzip,
    Identity,
}

fn negotiate(headers: &HeaderMap) -> Encoding {
    let accepted: Vec<String> = headers
        .get_all(header::ACCEPT_ENCODING)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(','))
        .map(|part| part.trim().to_ascii_lowercase())
        .filter(|part| !part.ends_with(";q=0") && !part.ends_with(";q=0.0"))
        .map(|part| part.split(';').next().unwrap_or_default().trim().to_owned())
        .collect();
    if accepted.iter().any(|e| e == "br") {
        Encoding::Brotli
    } else if accepted.iter().any(|e| e == "gzip") {
        Encoding::Gzip
    } else {
        Encoding::Identity
    }
}

fn compress_brotli(data: &[u8]) -> bytes::Bytes {
    let mut out = Vec::with_capacity(data.len() / 3);
    {
        let mut writer = brotli::CompressorWriter::new(&mut out, 64 * 1024, 11, 22);
        // Writing into a Vec cannot fail.
        let _ = writer.write_all(data);
    }
    out.into()
}

fn compress_gzip(data: &[u8]) -> bytes::Bytes {
    let mut encoder = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best());
    let _ = encoder.write_all(data);
    encoder.finish().unwrap_or_default().into()
}

/// Serves the app for any path no API route claimed: the file if there is one,
/// a page for client-side routes, and a JSON 404 for a missing file.
pub async fn serve_app(
    State(state): State<AppState>,
    method: Method,
    uri: Uri,
    headers: HeaderMap,
) -> Response {
    if method != Method::GET && method != Method::HEAD {
        return AppError::MethodNotAllowed.into_response();
    }
    let assets = &state.assets;
    let path = uri.path();
    let is_page_file = PAGES.contains(&path);
    let (key, is_page) = match assets.files.get(path) {
        Some(_) => (path, is_page_file),
        None if path.rsplit('/').next().is_some_and(|last| last.contains('.')) && !is_page_file => {
            return AppError::NotFound.into_response();
        }
        None => (assets.page_for(path, &headers), true),
    };
    let Some(asset) = assets.files.get(key) else {
        return (
            StatusCode::SERVICE_UNAVAILABLE,
            [(header::CONTENT_TYPE, "text/plain; charset=utf-8")],
            "The PeriLink app has not been built. Run scripts/run, or build it with trunk.\n",
        )
            .into_response();
    };

    // The mother's and the visitor's apps take over the same first screen.
    if is_page && (key == MOTHER_PAGE || key == VISITOR_PAGE) && crate::first_screen::writes(path) {
        let written =
            crate::first_screen::write(&state, path, uri.query().unwrap_or_default(), &headers).await;
        if let Some(screen) = written {
            return first_screen_page(assets, key, asset, &screen, &method, &uri, &headers);
        }
    }

    let mut response_headers = HeaderMap::new();
    response_headers.insert(header::CONTENT_TYPE, HeaderValue::from_static(asset.content_type));
    if let Ok(etag) = HeaderValue::from_str(&asset.etag) {
        response_headers.insert(header::ETAG, etag);
    }
    // A Fluent file asked for by the current version never changes at that address.
    let immutable = asset.immutable
        || (key.starts_with("/locales/") && asks_for_version(uri.query(), &assets.locales_version));
    response_headers.insert(
        header::CACHE_CONTROL,
        HeaderValue::from_static(if immutable {
            "public, max-age=31536000, immutable"
        } else {
            "no-cache"
        }),
    );
    if is_page {
        let csp = assets.page_csp.get(key).cloned();
        response_headers.insert(
            header::CONTENT_SECURITY_POLICY,
            csp.unwrap_or_else(|| HeaderValue::from_static(API_CSP)),
        );
        // Which app a route gets depends on the cookie.
        response_headers.insert(header::VARY, HeaderValue::from_static("Accept-Encoding, Cookie"));
    } else {
        response_headers.insert(header::VARY, HeaderValue::from_static("Accept-Encoding"));
    }
    if key == WORKER {
        response_headers.insert(
            header::CONTENT_SECURITY_POLICY,
            HeaderValue::from_static(WORKER_CSP),
        );
    }

    let not_modified = headers
        .get(header::IF_NONE_MATCH)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.split(',').any(|tag| tag.trim() == asset.etag));
    if not_modified {
        return (StatusCode::NOT_MODIFIED, response_headers).into_response();
    }

    let body = match (asset.compressible, negotiate(&headers)) {
        (true, Encoding::Brotli) => {
            response_headers.insert(header::CONTENT_ENCODING, HeaderValue::from_static("br"));
            compressed(
                &asset.brotli,
                &asset.bytes,
                compress_brotli,
                format!("br {}", asset.etag),
            )
            .await
        }
        (true, Encoding::Gzip) => {
            response_headers.insert(header::CONTENT_ENCODING, HeaderValue::from_static("gzip"));
            compressed(
                &asset.gzip,
                &asset.bytes,
                compress_gzip,
                format!("gz {}", asset.etag),
            )
            .await
        }
        _ => asset.bytes.clone(),
    };
    if method == Method::HEAD {
        return (StatusCode::OK, response_headers).into_response();
    }
    (StatusCode::OK, response_headers, Body::from(body)).into_response()
}

/// The mother's or the visitor's page (`key`) with the first screen written into
/// it: `lang` and `dir` of her language on `<html>`, the name she chose as its
/// title, the first screen's Fluent files preloaded beside the wasm, and the screen
/// at the top of `<body>`. No new inline script: the page's CSP stays the one
/// hashed at start-up.
fn first_screen_page(
    assets: &Assets,
    key: &str,
    page: &Asset,
    screen: &crate::first_screen::Screen,
    method: &Method,
    uri: &Uri,
    headers: &HeaderMap,
) -> Response {
    let html = String::from_utf8_lossy(&page.bytes);
    let language = screen.language;
    let preloads: String = crate::first_screen::FIRST_FILES
        .iter()
        .map(|file| {
            format!(
                "<link rel=\"preload\" href=\"/locales/{}/{file}?v={}\" as=\"fetch\" crossorigin>",
                language.tag(),
                assets.locales_version
            )
        })
        .collect();
    let html = with_tag_replaced(
        &html,
        "<html",
        &format!(
            "<html lang=\"{}\" dir=\"{}\">",
            language.tag(),
            language.direction().as_str()
        ),
    );
    let html = match (html.find("<title>"), html.find("</title>")) {
        (Some(start), Some(end)) if start < end => format!(
            "{}<title>{}</title>{}",
            &html[..start],
            screen.title.replace('<', "&lt;"),
            &html[end + "</title>".len()..]
        ),
        _ => html,
    };
    let html = html.replacen("</head>", &format!("{preloads}</head>"), 1);
    let html = match html
        .find("<body")
        .and_then(|at| html[at..].find('>').map(|end| at + end + 1))
    {
        Some(at) => format!("{}{}{}", &html[..at], screen.html, &html[at..]),
        None => html,
    };

    let mut response_headers = HeaderMap::new();
    response_headers.insert(header::CONTENT_TYPE, HeaderValue::from_static(page.content_type));
    response_headers.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-cache"));
    response_headers.insert(
        header::VARY,
        HeaderValue::from_static("Accept-Encoding, Accept-Language, Cookie"),
    );
    response_headers.insert(
        header::CONTENT_SECURITY_POLICY,
        assets
            .page_csp
            .get(key)
            .cloned()
            .unwrap_or_else(|| HeaderValue::from_static(API_CSP)),
    );
    let asked = uri
        .query()
        .map(|q| {
            crate::first_screen::language_of(
                &url::form_urlencoded::parse(q.as_bytes())
                    .into_owned()
                    .collect::<Vec<_>>(),
                headers,
            )
            .1
        })
        .unwrap_or(false);
    if asked
        && let Ok(cookie) = HeaderValue::from_str(&format!(
            "{}={}; Path=/; Max-Age=31536000; SameSite=Lax",
            crate::first_screen::LANGUAGE_COOKIE,
            language.tag()
        ))
    {
        response_headers.insert(header::SET_COOKIE, cookie);
    }
    let status = if screen.not_found {
        StatusCode::NOT_FOUND
    } else {
        StatusCode::OK
    };
    let body = match negotiate(headers) {
        Encoding::Brotli => {
            response_headers.insert(header::CONTENT_ENCODING, HeaderValue::from_static("br"));
            compress_brotli_fast(html.as_bytes())
        }
        Encoding::Gzip => {
            response_headers.insert(header::CONTENT_ENCODING, HeaderValue::from_static("gzip"));
            compress_gzip_fast(html.as_bytes())
        }
        Encoding::Identity => bytes::Bytes::from(html),
    };
    if *method == Method::HEAD {
        return (status, response_headers).into_response();
    }
    (status, response_headers, Body::from(body)).into_response()
}

/// `html` with the start tag beginning `open` (such as `<html`) replaced whole.
fn with_tag_replaced(html: &str, open: &str, tag: &str) -> String {
    match html
        .find(open)
        .and_then(|at| html[at..].find('>').map(|end| (at, at + end + 1)))
    {
        Some((start, end)) => format!("{}{tag}{}", &html[..start], &html[end..]),
        None => html.to_owned(),
    }
}

/// Compressed files by encoding and ETag, for the whole process: a file is
/// compressed once however many servers the process runs (the tests run many).
static COMPRESSED: std::sync::LazyLock<std::sync::Mutex<HashMap<String, bytes::Bytes>>> =
    std::sync::LazyLock::new(Default::default);

/// The compressed form of a file, made once on the blocking pool.
async fn compressed(
    cell: &OnceCell<bytes::Bytes>,
    raw: &bytes::Bytes,
    compress: fn(&[u8]) -> bytes::Bytes,
    key: String,
) -> bytes::Bytes {
    cell.get_or_init(|| {
        let raw = raw.clone();
        async move {
            if let Some(done) = COMPRESSED.lock().ok().and_then(|c| c.get(&key).cloned()) {
                return done;
            }
            let done = tokio::task::spawn_blocking(move || compress(&raw))
                .await
                .unwrap_or_default();
            if let Ok(mut cache) = COMPRESSED.lock() {
                cache.insert(key, done.clone());
            }
            done
        }
    })
    .await
    .clone()
}

/// API answers smaller than this are sent as they are: compressing them saves less
/// than a packet.
const COMPRESS_ABOVE: u64 = 1024;
/// Answers larger than this (exports) are left to stream as they are.
const COMPRESS_AT_MOST: u64 = 16 * 1024 * 1024;

/// Compresses every API answer over 1 KB (brotli or gzip, as the client accepts):
/// a page of twenty results is 11 KB of JSON and under 2 KB compressed. Only
/// bodies of a known size are touched, so streamed answers stay streamed.
pub async fn compress_answers(request: axum::extract::Request, next: axum::middleware::Next) -> Response {
    let encoding = negotiate(request.headers());
    let response = next.run(request).await;
    let size = axum::body::HttpBody::size_hint(response.body()).exact();
    let eligible = matches!(size, Some(n) if n > COMPRESS_ABOVE && n <= COMPRESS_AT_MOST)
        && !response.headers().contains_key(header::CONTENT_ENCODING)
        && response
            .headers()
            .get(header::CONTENT_TYPE)
            .and_then(|v| v.to_str().ok())
            .is_some_and(|t| !t.starts_with("text/event-stream") && !t.starts_with("image/"));
    let (mut parts, body) = response.into_parts();
    if eligible {
        parts
            .headers
            .append(header::VARY, HeaderValue::from_static("Accept-Encoding"));
    }
    if !eligible || encoding == Encoding::Identity {
        return Response::from_parts(parts, body);
    }
    let Ok(raw) = axum::body::to_bytes(body, COMPRESS_AT_MOST as usize).await else {
        // The body failed while being read; the client is told as for any fault.
        return AppError::Internal("an answer's body could not be read".into()).into_response();
    };
    let (name, packed) = match encoding {
        Encoding::Brotli => ("br", compress_brotli_fast(&raw)),
        _ => ("gzip", compress_gzip_fast(&raw)),
    };
    parts
        .headers
        .insert(header::CONTENT_ENCODING, HeaderValue::from_static(name));
    parts.headers.remove(header::CONTENT_LENGTH);
    Response::from_parts(parts, Body::from(packed))
}

/// Brotli at a level fast enough for every answer (level 11 is for files, once).
fn compress_brotli_fast(data: &[u8]) -> bytes::Bytes {
    let mut out = Vec::with_capacity(data.len() / 4);
    {
        let mut writer = brotli::CompressorWriter::new(&mut out, 16 * 1024, 5, 20);
        let _ = writer.write_all(data);
    }
    out.into()
}

fn compress_gzip_fast(data: &[u8]) -> bytes::Bytes {
    let mut encoder = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
    let _ = encoder.write_all(data);
    encoder.finish().unwrap_or_default().into()
}

/// Shared so that routes can hold it cheaply.
pub type SharedAssets = Arc<Assets>;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn trunk_hashed_names_are_recognised() {
        assert!(has_content_hash("/perilink-app-0123456789abcdef.js"));
        assert!(has_content_hash("/perilink-app-0123456789abcdef_bg.wasm"));
        assert!(has_content_hash("/style-0123456789abcdef.css"));
        assert!(has_content_hash("/perilink-app-6dc1705273f1e7d_bg.wasm"));
        assert!(!has_content_hash("/perilink-app.js"));
        assert!(!has_content_hash("/index.html"));
        assert!(!has_content_hash("/locales/en/main.ftl"));
        assert!(!has_content_hash("/manifest.webmanifest"));
    }

    #[test]
    fn only_inline_scripts_are_hashed() {
        let html = r#"<script src="/a.js"></script><script type="module">boot()</script>"#;
        let hashes = inline_script_hashes(html);
        assert_eq!(hashes, vec![STANDARD.encode(Sha256::digest(b"boot()"))]);
        let csp = page_csp(&hashes);
        assert!(csp.contains(&format!("'sha256-{}'", hashes[0])));
        assert!(csp.contains("frame-ancestors 'none'"));
        assert!(!csp.contains("unsafe-inline"));
    }

    #[test]
    fn brotli_is_preferred_and_refusals_are_honoured() {
        let mut headers = HeaderMap::new();
        headers.insert(
            header::ACCEPT_ENCODING,
            HeaderValue::from_static("gzip, deflate, br"),
        );
        assert!(negotiate(&headers) == Encoding::Brotli);
        headers.insert(header::ACCEPT_ENCODING, HeaderValue::from_static("br;q=0, gzip"));
        assert!(negotiate(&headers) == Encoding::Gzip);
        headers.remove(header::ACCEPT_ENCODING);
        assert!(negotiate(&headers) == Encoding::Identity);
    }

    fn assets_with(pages: &[&str]) -> Assets {
        let files = pages
            .iter()
            .map(|page| {
                let asset = Asset {
                    bytes: bytes::Bytes::from_static(b"<html></html>"),
                    content_type: "text/html; charset=utf-8",
                    etag: String::new(),
                    immutable: false,
                    compressible: true,
                    brotli: OnceCell::new(),
                    gzip: OnceCell::new(),
                };
                ((*page).to_owned(), asset)
            })
            .collect();
        Assets {
            files,
            page_csp: HashMap::new(),
            texts: Default::default(),
            locales_version: String::new(),
        }
    }

    #[test]
    fn the_fluent_files_version_changes_with_any_message_and_only_its_own_query_matches() {
        let ftl = |text: &'static [u8]| Asset {
            bytes: bytes::Bytes::from_static(text),
            content_type: "text/plain; charset=utf-8",
            etag: etag_of(text),
            immutable: false,
            compressible: true,
            brotli: OnceCell::new(),
            gzip: OnceCell::new(),
        };
        let mut files = HashMap::new();
        files.insert("/locales/en/main.ftl".to_owned(), ftl(b"hello = Hello"));
        files.insert("/locales/ar/main.ftl".to_owned(), ftl(b"hello = Marhaba"));
        files.insert("/style-0123456789abcdef.css".to_owned(), ftl(b"body {}"));
        let before = locales_version(&files);
        assert_eq!(before.len(), 24);
        files.insert("/style-0123456789abcdef.css".to_owned(), ftl(b"main {}"));
        assert_eq!(locales_version(&files), before, "only Fluent files count");
        files.insert("/locales/ar/main.ftl".to_owned(), ftl(b"hello = Ahlan"));
        let after = locales_version(&files);
        assert_ne!(after, before);

        assert!(asks_for_version(Some(&format!("v={after}")), &after));
        assert!(asks_for_version(Some(&format!("x=1&v={after}")), &after));
        assert!(!asks_for_version(Some(&format!("v={before}")), &after));
        assert!(!asks_for_version(Some("v="), &after));
        assert!(!asks_for_version(None, &after));
    }

    #[test]
    fn staff_routes_and_staff_devices_get_the_staff_app() {
        let assets = assets_with(&[MOTHER_PAGE, STAFF_PAGE]);
        let mut mother = HeaderMap::new();
        mother.insert(
            header::COOKIE,
            HeaderValue::from_static("other=1; perilink-app=mother"),
        );
        for path in [
            "/",
            "/find",
            "/sessions/abc",
            "/referrals",
            "/screening",
            "/my",
            "/registered",
        ] {
            assert_eq!(assets.page_for(path, &mother), MOTHER_PAGE, "{path}");
        }
        for path in ["/register", "/coordinator", "/coordinator/outcomes", "/admin"] {
            assert_eq!(assets.page_for(path, &mother), STAFF_PAGE, "{path}");
        }
        let mut staff = HeaderMap::new();
        staff.insert(
            header::COOKIE,
            HeaderValue::from_static("other=1; perilink-app=staff"),
        );
        for path in ["/", "/referrals", "/screening", "/register"] {
            assert_eq!(assets.page_for(path, &staff), STAFF_PAGE, "{path}");
        }
        // Without a staff build, the mother's page answers everything.
        let mother_only = assets_with(&[MOTHER_PAGE]);
        assert_eq!(mother_only.page_for("/register", &staff), MOTHER_PAGE);
    }

    #[test]
    fn a_device_without_a_sign_in_gets_the_visitors_app_and_one_with_a_sign_in_the_mothers() {
        let assets = assets_with(&[MOTHER_PAGE, VISITOR_PAGE, STAFF_PAGE]);
        let cookies = |value: &'static str| {
            let mut headers = HeaderMap::new();
            headers.insert(header::COOKIE, HeaderValue::from_static(value));
            headers
        };
        let nobody = HeaderMap::new();
        let other = cookies("perilink_lang=ar; perilink_signed_in=0");
        let signed_in = cookies("perilink_lang=ar; perilink_signed_in=1");
        let staff = cookies("perilink_signed_in=1; perilink-app=staff");
        for path in ["/", "/find", "/sessions/abc", "/my", "/check", "/nowhere"] {
            assert_eq!(assets.page_for(path, &nobody), VISITOR_PAGE, "{path}");
            assert_eq!(assets.page_for(path, &other), VISITOR_PAGE, "{path}");
            assert_eq!(assets.page_for(path, &signed_in), MOTHER_PAGE, "{path}");
            assert_eq!(assets.page_for(path, &staff), STAFF_PAGE, "{path}");
        }
        // Signing in and up are the mother's app's, where she goes on from there.
        for path in [
            "/sign-in",
            "/sign-up",
            "/set-up",
            "/forgot-password",
            "/reset-password",
        ] {
            assert_eq!(assets.page_for(path, &nobody), MOTHER_PAGE, "{path}");
            assert_eq!(assets.page_for(path, &staff), STAFF_PAGE, "{path}");
        }
        // Staff screens stay the staff app's, signed in or not.
        for headers in [&nobody, &signed_in] {
            assert_eq!(assets.page_for("/register", headers), STAFF_PAGE);
        }
        // Without a visitor build, the mother's page answers her; without a staff
        // build, staff screens get the mother's app, never the visitor's.
        assert_eq!(
            assets_with(&[MOTHER_PAGE, STAFF_PAGE]).page_for("/find", &nobody),
            MOTHER_PAGE
        );
        let no_staff = assets_with(&[MOTHER_PAGE, VISITOR_PAGE]);
        assert_eq!(no_staff.page_for("/register", &nobody), MOTHER_PAGE);
        assert_eq!(no_staff.page_for("/find", &staff), MOTHER_PAGE);
        assert_eq!(no_staff.page_for("/find", &nobody), VISITOR_PAGE);
    }

    #[test]
    fn compression_round_trips() {
        let data = b"hello hello hello hello hello".repeat(50);
        let gz = compress_gzip(&data);
        let mut decoder = flate2::read::GzDecoder::new(&gz[..]);
        let mut back = Vec::new();
        std::io::Read::read_to_end(&mut decoder, &mut back).unwrap();
        assert_eq!(back, data);
        assert!(compress_brotli(&data).len() < data.len());
    }
}
