//! Safe on a shared phone (issue 22): what keeps a mother's use of PeriLink to
//! herself when someone else picks up the phone.
//!
//! - [`leave_quickly`]: replaces the page at once with a neutral public page she
//!   chose ([`QuickExits`]), with `location.replace` so Back does not return, after
//!   clearing what the app shows; the frame's button and Escape pressed twice call it.
//! - [`NeutralName`]: the name the tab, the installed app and its icon show:
//!   "PeriLink", or one that says nothing ("Baby diary", "Notes").
//! - [`lock`]: the app lock, a PIN kept only on this phone as a PBKDF2 hash.
//! - [`forget_device`]: on signing out, removes everything of hers from the
//!   phone's storage, caches and databases.
//!
//! The choices of this module are the phone's, not her account's: they must hold
//! before anyone has signed in (the title of a reopened tab), and a choice kept on
//! the server would say on the phone that she made it.

pub mod lock;

use leptos::prelude::*;
use perilink_shared::health::{DEFAULT_QUICK_EXITS, QuickExitPlace};
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

/// The page "Leave quickly" opens, as its address.
const EXIT_KEY: &str = "perilink.exit";
/// The name the phone shows for the app ([`NeutralName`]).
const NAME_KEY: &str = "perilink.name";
/// What the phone keeps after she signs out: the phone's own settings (language,
/// where to leave to, the app's name) and a host's register marks not yet sent,
/// which are not hers and would be lost.
const KEPT_ON_SIGN_OUT: [&str; 4] = ["perilink.lang", EXIT_KEY, NAME_KEY, "perilink.register.marks.v1"];
/// The cache of the app's own files (`public/sw.js`), which holds nothing of hers.
const SHELL_CACHE: &str = "perilink-shell-v1";
/// Escape pressed twice within this many milliseconds leaves.
const ESCAPE_TWICE_MS: f64 = 1_500.0;

/// The phone's storage.
pub(crate) fn storage() -> Option<web_sys::Storage> {
    window().local_storage().ok().flatten()
}

fn stored(key: &str) -> Option<String> {
    storage()?.get_item(key).ok().flatten()
}

/// The pages "Leave quickly" may open, as the server lists them, shared through
/// context; the built-in list until the server answers.
#[derive(Clone, Copy)]
pub struct QuickExits {
    places: RwSignal<Vec<QuickExitPlace>>,
    chosen: RwSignal<Option<String>>,
}

impl QuickExits {
    /// Creates the list, asks the server for its own, and listens for Escape twice.
    pub fn provide() -> QuickExits {
        let exits = QuickExits {
            places: RwSignal::new(
                DEFAULT_QUICK_EXITS
                    .iter()
                    .map(|(name, url)| QuickExitPlace {
                        name: (*name).into(),
                        url: (*url).into(),
                    })
                    .collect(),
            ),
            chosen: RwSignal::new(stored(EXIT_KEY)),
        };
        provide_context(exits);
        leptos::task::spawn_local(async move {
            if let Ok(about) = crate::api::about().await
                && !about.quick_exits.is_empty()
            {
                exits.places.set(about.quick_exits);
            }
        });
        let last_escape = StoredValue::new(0.0_f64);
        let handle = window_event_listener(leptos::ev::keydown, move |event| {
            if event.key() != "Escape" {
                return;
            }
            let now = js_sys::Date::now();
            if now - last_escape.get_value() <= ESCAPE_TWICE_MS {
                leave_quickly(&exits.url());
            } else {
                last_escape.set_value(now);
            }
        });
        // A page the browser kept when she left and brings back on Back is blank
        // (leaving empties it): load it afresh, which asks for the PIN if she set one.
        let restored = window_event_listener(leptos::ev::pageshow, |event| {
            if event.persisted() {
                let _ = window().location().reload();
            }
        });
        on_cleanup(move || {
            handle.remove();
            restored.remove();
        });
        exits
    }

    /// The list from context.
    pub fn get() -> QuickExits {
        expect_context::<QuickExits>()
    }

    /// The pages she may choose from.
    pub fn places(&self) -> Vec<QuickExitPlace> {
        self.places.get()
    }

    /// The address "Leave quickly" opens now: her choice while the server still
    /// lists it, or the first page listed.
    pub fn url(&self) -> String {
        let places = self.places.get_untracked();
        let chosen = self.chosen.get_untracked();
        chosen
            .filter(|url| places.iter().any(|p| &p.url == url))
            .or_else(|| places.first().map(|p| p.url.clone()))
            .unwrap_or_else(|| DEFAULT_QUICK_EXITS[0].1.to_owned())
    }

    /// The address chosen, for the settings' list.
    pub fn chosen(&self) -> String {
        let _ = self.chosen.get();
        let _ = self.places.get();
        self.url()
    }

    /// Keeps her choice on this phone.
    pub fn choose(&self, url: String) {
        if let Some(storage) = storage() {
            let _ = storage.set_item(EXIT_KEY, &url);
        }
        self.chosen.set(Some(url));
    }
}

/// Leaves at once for `url`: empties the page and its title first, so nothing of
/// what was shown stays in memory or in the task switcher's picture, then replaces
/// this history entry with it, so Back does not return here.
pub fn leave_quickly(url: &str) {
    let document = document();
    document.set_title("");
    if let Some(body) = document.body() {
        body.set_inner_html("");
    }
    // The next time the app opens, the lock (if she set a PIN) asks for it.
    lock::mark_away();
    let _ = window().location().replace(url);
}

/// The name the phone shows for the app.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NeutralName {
    /// "PeriLink", with its own icon.
    PeriLink,
    /// "Baby diary", with a plain icon.
    Diary,
    /// "Notes", with a plain icon.
    Notes,
}

impl NeutralName {
    /// Every choice, in the order offered.
    pub const ALL: [NeutralName; 3] = [NeutralName::PeriLink, NeutralName::Diary, NeutralName::Notes];

    /// Its stable name on the phone.
    pub fn as_str(self) -> &'static str {
        match self {
            NeutralName::PeriLink => "perilink",
            NeutralName::Diary => "diary",
            NeutralName::Notes => "notes",
        }
    }

    fn parse(text: &str) -> NeutralName {
        NeutralName::ALL
            .into_iter()
            .find(|n| n.as_str() == text)
            .unwrap_or(NeutralName::PeriLink)
    }

    /// The locale key of the name shown.
    pub fn key(self) -> &'static str {
        match self {
            NeutralName::PeriLink => "app-title",
            NeutralName::Diary => "neutral-name-diary",
            NeutralName::Notes => "neutral-name-notes",
        }
    }

    /// The web app manifest naming the installed app so.
    pub fn manifest(self) -> &'static str {
        match self {
            NeutralName::PeriLink => "/manifest.webmanifest",
            NeutralName::Diary => "/manifest-diary.webmanifest",
            NeutralName::Notes => "/manifest-notes.webmanifest",
        }
    }

    /// The icon of the tab and the header.
    pub fn icon(self) -> &'static str {
        match self {
            NeutralName::PeriLink => "/icons/icon.svg",
            NeutralName::Diary | NeutralName::Notes => "/icons/plain.svg",
        }
    }
}

/// The name chosen on this phone, shared through context; the page's title, icon
/// and manifest follow it.
#[derive(Clone, Copy)]
pub struct Naming(RwSignal<NeutralName>);

impl Naming {
    /// Reads the phone's choice and keeps the page's title, icon and manifest in
    /// step with it.
    pub fn provide() -> Naming {
        let naming = Naming(RwSignal::new(NeutralName::parse(
            &stored(NAME_KEY).unwrap_or_default(),
        )));
        provide_context(naming);
        let i18n = crate::i18n::I18n::get();
        // Every screen has the same title: the name alone, never what the screen is.
        Effect::new(move |_| {
            let name = naming.0.get();
            // The server names the first screen it writes the same way.
            crate::i18n::set_cookie("perilink_name", name.as_str());
            if i18n.is_ready() {
                document().set_title(&i18n.t(name.key()));
            }
            set_link("link[rel=manifest]", name.manifest());
            set_link("link[rel=icon]", name.icon());
        });
        naming
    }

    /// The choice from context.
    pub fn get() -> Naming {
        expect_context::<Naming>()
    }

    /// The name shown now.
    pub fn name(&self) -> NeutralName {
        self.0.get()
    }

    /// Keeps a new choice on this phone.
    pub fn choose(&self, name: NeutralName) {
        if let Some(storage) = storage() {
            let _ = storage.set_item(NAME_KEY, name.as_str());
        }
        self.0.set(name);
    }
}

fn set_link(selector: &str, href: &str) {
    if let Ok(Some(link)) = document().query_selector(selector) {
        let _ = link.set_attribute("href", href);
    }
}

/// Removes everything of the person signing out from this phone: the browser's
/// storage but the phone's own settings ([`KEPT_ON_SIGN_OUT`]), the tab's storage,
/// every IndexedDB database, and every cache but the app's own files (from which
/// anything not one of those files is removed too).
pub async fn forget_device() {
    if let Some(storage) = storage() {
        let keys: Vec<String> = (0..storage.length().unwrap_or(0))
            .filter_map(|i| storage.key(i).ok().flatten())
            .filter(|k| !KEPT_ON_SIGN_OUT.contains(&k.as_str()))
            .collect();
        for key in keys {
            let _ = storage.remove_item(&key);
        }
    }
    if let Ok(Some(tab)) = window().session_storage() {
        let _ = tab.clear();
    }
    forget_databases().await;
    forget_caches().await;
}

/// Deletes every IndexedDB database of this site (where the browser can list them).
async fn forget_databases() {
    let window = window();
    let Ok(factory) = js_sys::Reflect::get(&window, &"indexedDB".into()) else {
        return;
    };
    let Ok(list) = js_sys::Reflect::get(&factory, &"databases".into()) else {
        return;
    };
    let Some(list) = list.dyn_ref::<js_sys::Function>() else {
        return;
    };
    let Ok(promise) = list.call0(&factory) else {
        return;
    };
    let Ok(databases) = JsFuture::from(js_sys::Promise::from(promise)).await else {
        return;
    };
    let Ok(delete) = js_sys::Reflect::get(&factory, &"deleteDatabase".into()) else {
        return;
    };
    let Some(delete) = delete.dyn_ref::<js_sys::Function>() else {
        return;
    };
    for database in js_sys::Array::from(&databases).iter() {
        if let Ok(name) = js_sys::Reflect::get(&database, &"name".into()) {
            let _ = delete.call1(&factory, &name);
        }
    }
}

/// Deletes every cache but the two of the app's own files, and anything in those
/// that is not a file of the app (an API answer, say).
async fn forget_caches() {
    let Ok(caches) = window().caches() else {
        return;
    };
    let Ok(names) = JsFuture::from(caches.keys()).await else {
        return;
    };
    for name in js_sys::Array::from(&names).iter().filter_map(|n| n.as_string()) {
        if name != SHELL_CACHE && name != crate::app_files::FILES_CACHE {
            let _ = JsFuture::from(caches.delete(&name)).await;
            continue;
        }
        let Ok(cache) = JsFuture::from(caches.open(&name)).await else {
            continue;
        };
        let cache: web_sys::Cache = cache.unchecked_into();
        let Ok(requests) = JsFuture::from(cache.keys()).await else {
            continue;
        };
        for request in js_sys::Array::from(&requests).iter() {
            let request: web_sys::Request = request.unchecked_into();
            let path = web_sys::Url::new(&request.url())
                .map(|u| u.pathname())
                .unwrap_or_default();
            if !is_app_file(&path) {
                let _ = JsFuture::from(cache.delete_with_request(&request)).await;
            }
        }
    }
}

/// Whether a cached path is one of the app's own files (what `offline.rs` caches):
/// its page, scripts, styles, text and icons. Anything else holds data.
fn is_app_file(path: &str) -> bool {
    !path.starts_with("/api/")
        && (path == "/"
            || path.ends_with("index.html")
            || path.starts_with("/locales/")
            || path.starts_with("/icons/")
            || [".js", ".wasm", ".css", ".webmanifest"]
                .iter()
                .any(|ext| path.ends_with(ext)))
}
