//! Fluent text for the whole interface.
//!
//! Only the active language is downloaded, and only the files the screens opened
//! so far need (from `/locales/<tag>/<file>`): the mother's app starts with
//! [`FIRST`] (the page frame, sign-in and her directory) and fetches a screen's own
//! file when she opens it ([`Needs`]); the staff app starts with every file.
//! Switching language fetches the new language's files, then swaps language and
//! text together, so the whole page changes at once and never shows a mix. A
//! message missing from the active language shows in English, fetched the first
//! time one is missing. The choice is remembered on the device; a first visit takes
//! the browser's language when PeriLink speaks it.

use fluent_bundle::{FluentArgs, FluentBundle, FluentResource, FluentValue};
use leptos::prelude::*;
use perilink_shared::language::Language;
use std::collections::HashMap;
use std::rc::Rc;

const STORAGE_KEY: &str = "perilink.lang";
/// The same choice as a cookie, so the server writes the first screen in her
/// language before the app has loaded (and with no JavaScript at all).
const COOKIE: &str = "perilink_lang";

/// The page frame, signing in and up, and the mother's start.
pub const MAIN: &str = "main.ftl";
/// The mother's directory, session pages and bookings.
pub const FIND: &str = "find.ftl";
/// The coordinator's tools.
pub const STAFF: &str = "staff.ftl";
/// Referrals: the referrer's desk, providers' incoming ones, a mother's own.
pub const REFERRALS: &str = "referrals.ftl";
/// The host's register.
pub const REGISTER: &str = "register.ftl";
/// Outcomes and reports.
pub const REPORTS: &str = "reports.ftl";
/// Wellbeing checks: the mother's own and the clinic's desk.
pub const SCREENING: &str = "screening.ftl";
/// Accounts: signing in with a code or a second factor, passwords, devices, people.
pub const ACCOUNTS: &str = "accounts.ftl";

/// The Fluent files of each language, under `/locales/<tag>/`.
pub const FILES: [&str; 8] = [
    MAIN, FIND, STAFF, REFERRALS, REGISTER, REPORTS, SCREENING, ACCOUNTS,
];

/// The files fetched before the first screen shows. A mother's first screen needs
/// only the frame and the directory; staff screens use most files, so the staff
/// app (and the register, which must open offline) takes them all at once.
#[cfg(not(feature = "staff"))]
pub const FIRST: &[&str] = &[MAIN, FIND];
/// The files fetched before the first screen shows.
#[cfg(feature = "staff")]
pub const FIRST: &[&str] = &FILES;

type Bundle = FluentBundle<Rc<FluentResource>>;

/// English with the files it holds, for messages the language shown lacks.
type Fallback = (Rc<Bundle>, Vec<&'static str>);

/// The text provider, shared through context.
#[derive(Clone, Copy)]
pub struct I18n {
    /// The language shown.
    language: RwSignal<Language>,
    /// The language being fetched to be shown, or the one shown.
    target: StoredValue<Language>,
    /// The language shown, with every file in `shown_files`.
    bundle: RwSignal<Option<Rc<Bundle>>, LocalStorage>,
    /// The files in `bundle`.
    shown_files: RwSignal<Vec<&'static str>>,
    /// English, with the files the screens need, for messages the language lacks.
    english: RwSignal<Option<Fallback>, LocalStorage>,
    /// Whether English is being fetched for that.
    english_pending: StoredValue<bool>,
    /// The files the screens opened so far need, in every language shown.
    wanted: StoredValue<Vec<&'static str>>,
    /// Every file fetched, by language; an empty one stands for a file that could
    /// not be fetched, whose messages then show in English.
    files: StoredValue<HashMap<(Language, &'static str), Rc<FluentResource>>, LocalStorage>,
    switching: RwSignal<bool>,
}

impl I18n {
    /// Creates the provider, starts loading the first language, and keeps the
    /// page's `lang` and `dir` in step with the language shown.
    pub fn provide() -> I18n {
        // The cookie first: the server wrote the first screen in its language, and a
        // choice made on that screen before the app loaded is kept only there.
        let initial = cookie_language()
            .or_else(stored_language)
            .or_else(browser_language)
            .unwrap_or(Language::English);
        remember_in_cookie(initial);
        let i18n = I18n {
            language: RwSignal::new(initial),
            target: StoredValue::new(initial),
            bundle: RwSignal::new_local(None),
            shown_files: RwSignal::new(Vec::new()),
            english: RwSignal::new_local(None),
            english_pending: StoredValue::new(false),
            wanted: StoredValue::new(FIRST.to_vec()),
            files: StoredValue::new_local(HashMap::new()),
            switching: RwSignal::new(false),
        };
        provide_context(i18n);
        Effect::new(move |_| {
            let language = i18n.language.get();
            if let Some(root) = document().document_element() {
                let _ = root.set_attribute("lang", language.tag());
                let _ = root.set_attribute("dir", language.direction().as_str());
            }
        });
        leptos::task::spawn_local(async move {
            // If the language cannot be fetched, fall back to English.
            let language = if i18n.fetch(initial, FIRST).await || initial == Language::English {
                initial
            } else {
                Language::English
            };
            if i18n.fetch(language, FIRST).await {
                i18n.target.set_value(language);
                i18n.complete(language);
            }
        });
        i18n
    }

    /// The provider from context.
    pub fn get() -> I18n {
        expect_context::<I18n>()
    }

    /// Whether the first language has loaded.
    pub fn is_ready(&self) -> bool {
        self.bundle.with(Option::is_some)
    }

    /// The language shown now.
    pub fn language(&self) -> Language {
        self.language.get()
    }

    /// Whether a new language is being fetched.
    pub fn is_switching(&self) -> bool {
        self.switching.get()
    }

    /// Switches the whole interface to `language` and remembers the choice. If it
    /// cannot be fetched, what is shown stays.
    pub fn set_language(&self, language: Language) {
        if let Ok(Some(storage)) = window().local_storage() {
            let _ = storage.set_item(STORAGE_KEY, language.tag());
        }
        remember_in_cookie(language);
        let this = *self;
        this.target.set_value(language);
        this.switching.set(true);
        leptos::task::spawn_local(async move {
            let wanted = this.wanted.get_value();
            let fetched = this.fetch(language, &wanted).await;
            // A later choice wins over this one.
            if this.target.get_value() == language {
                if fetched {
                    this.complete(language);
                } else {
                    this.target.set_value(this.language.get_untracked());
                }
                this.switching.set(false);
            }
        });
    }

    /// Has `files` fetched in the language shown, for a screen about to open.
    pub fn need(&self, files: &'static [&'static str]) {
        let added = self.wanted.try_update_value(|wanted| {
            let before = wanted.len();
            for file in files {
                if !wanted.contains(file) {
                    wanted.push(file);
                }
            }
            wanted.len() > before
        });
        if added == Some(true) && self.is_ready() {
            self.complete(self.target.get_value());
        }
    }

    /// Whether the text of `files` is shown.
    pub fn has(&self, files: &[&str]) -> bool {
        self.shown_files
            .with(|shown| files.iter().all(|f| shown.contains(f)))
    }

    /// Shows `language` with every wanted file, fetching those it lacks; a file
    /// that cannot be fetched is left empty, so its messages show in English.
    fn complete(&self, language: Language) {
        let this = *self;
        let wanted = this.wanted.get_value();
        let missing = this.missing(language, &wanted);
        if missing.is_empty() {
            this.show(language);
            return;
        }
        leptos::task::spawn_local(async move {
            if !this.fetch(language, &missing).await {
                this.files.update_value(|files| {
                    for file in &missing {
                        files
                            .entry((language, *file))
                            .or_insert_with(|| Rc::new(empty_resource()));
                    }
                });
            }
            // Another language may have been chosen meanwhile; it completes itself.
            if this.target.get_value() == language {
                this.complete(language);
            }
        });
    }

    /// The `files` of `language` not fetched yet.
    fn missing(&self, language: Language, files: &[&'static str]) -> Vec<&'static str> {
        self.files.with_value(|fetched| {
            files
                .iter()
                .copied()
                .filter(|f| !fetched.contains_key(&(language, *f)))
                .collect()
        })
    }

    /// Fetches the `files` of `language` not fetched yet; whether all arrived.
    async fn fetch(&self, language: Language, files: &[&'static str]) -> bool {
        let missing = self.missing(language, files);
        let tag = language.tag();
        let sources = futures::future::join_all(
            missing
                .iter()
                .map(|file| crate::api::fetch_text_owned(crate::app_files::locale_path(tag, file))),
        )
        .await;
        let mut complete = true;
        for (file, source) in missing.into_iter().zip(sources) {
            let Ok(source) = source else {
                complete = false;
                continue;
            };
            let resource = FluentResource::try_new(source).unwrap_or_else(|(resource, errors)| {
                leptos::logging::warn!("{} errors in {tag}/{file}", errors.len());
                resource
            });
            self.files.update_value(|files| {
                files.insert((language, file), Rc::new(resource));
            });
        }
        complete
    }

    /// The bundle of `language` with the `files` fetched so far.
    fn bundle_of(&self, language: Language, files: &[&'static str]) -> Bundle {
        let mut bundle = FluentBundle::new(vec![language.tag().parse().unwrap_or_default()]);
        self.files.with_value(|fetched| {
            for file in files {
                if let Some(resource) = fetched.get(&(language, *file))
                    && let Err(errors) = bundle.add_resource(resource.clone())
                {
                    leptos::logging::warn!("{} clashes in {}/{file}", errors.len(), language.tag());
                }
            }
        });
        bundle
    }

    /// Shows `language` with every wanted file: language and text change together.
    fn show(&self, language: Language) {
        let wanted = self.wanted.get_value();
        self.bundle.set(Some(Rc::new(self.bundle_of(language, &wanted))));
        self.shown_files.set(wanted);
        self.language.set(language);
    }

    /// The message `key` in the current language.
    pub fn t(&self, key: &str) -> String {
        self.format(key, None)
    }

    /// The message `key` with its variables filled in.
    pub fn t_with(&self, key: &str, args: &[(&'static str, FluentValue<'static>)]) -> String {
        let mut fluent_args = FluentArgs::new();
        for (name, value) in args {
            fluent_args.set(*name, value.clone());
        }
        self.format(key, Some(&fluent_args))
    }

    fn format(&self, key: &str, args: Option<&FluentArgs>) -> String {
        let shown = self.bundle.with(|bundle| {
            let bundle = bundle.as_ref()?;
            Some(format_in(bundle, key, args))
        });
        match shown {
            None => String::new(),
            Some(Some(text)) => text,
            Some(None) if self.language.get_untracked() != Language::English => self.in_english(key, args),
            Some(None) => {
                leptos::logging::warn!("missing message: {key}");
                key.to_owned()
            }
        }
    }

    /// A message the language shown lacks, in English: fetched the first time one is
    /// missing, shown blank meanwhile, and the key itself only if English lacks it
    /// too.
    fn in_english(&self, key: &str, args: Option<&FluentArgs>) -> String {
        let wanted = self.wanted.get_value();
        let found = self.english.with(|english| {
            let (bundle, files) = english.as_ref()?;
            let text = format_in(bundle, key, args);
            (text.is_some() || wanted.iter().all(|f| files.contains(f))).then_some(text)
        });
        match found {
            Some(Some(text)) => text,
            Some(None) => {
                leptos::logging::warn!("missing message: {key}");
                key.to_owned()
            }
            None => {
                self.fetch_english(wanted);
                String::new()
            }
        }
    }

    fn fetch_english(&self, wanted: Vec<&'static str>) {
        if self.english_pending.get_value() {
            return;
        }
        self.english_pending.set_value(true);
        let this = *self;
        leptos::task::spawn_local(async move {
            // What could not be fetched is missing from the English bundle too, and
            // its keys show as they are rather than blank for ever.
            this.fetch(Language::English, &wanted).await;
            let bundle = Rc::new(this.bundle_of(Language::English, &wanted));
            this.english.set(Some((bundle, wanted)));
            this.english_pending.set_value(false);
        });
    }
}

/// The message `key` from `bundle`, if it has it.
fn format_in(bundle: &Bundle, key: &str, args: Option<&FluentArgs>) -> Option<String> {
    let pattern = bundle.get_message(key)?.value()?;
    let mut errors = Vec::new();
    Some(bundle.format_pattern(pattern, args, &mut errors).into_owned())
}

fn empty_resource() -> FluentResource {
    FluentResource::try_new(String::new()).unwrap_or_else(|(resource, _)| resource)
}

/// Shows its children once the text of `files` (beyond [`FIRST`]) has arrived in
/// the language shown: a screen's own Fluent file is fetched only when it opens.
#[component]
pub fn Needs(files: &'static [&'static str], children: ChildrenFn) -> impl IntoView {
    let i18n = I18n::get();
    i18n.need(files);
    view! {
        <Show when=move || i18n.has(files) fallback=|| view! { <p aria-busy="true"></p> }>
            {children()}
        </Show>
    }
}

/// Writes the language shown into the cookie the server reads.
fn remember_in_cookie(language: Language) {
    set_cookie(COOKIE, language.tag());
}

/// Keeps a choice made on this phone in a cookie (a year, this site only) for the
/// server to write the first screen with it.
pub fn set_cookie(name: &str, value: &str) {
    use wasm_bindgen::JsCast;
    if let Ok(document) = document().dyn_into::<web_sys::HtmlDocument>() {
        let _ = document.set_cookie(&format!("{name}={value}; path=/; max-age=31536000; samesite=lax"));
    }
}

/// Hands the screen the server wrote (`#ssr`, shown before the app loaded) over
/// to the app: the app's own markup, hidden until now by the style sheet, takes
/// its place in the same frame, so nothing moves.
pub fn take_over() {
    if let Some(first) = document().get_element_by_id("ssr") {
        first.remove();
    }
}

fn cookie_language() -> Option<Language> {
    use wasm_bindgen::JsCast;
    let cookies = document()
        .dyn_into::<web_sys::HtmlDocument>()
        .ok()?
        .cookie()
        .ok()?;
    cookies
        .split(';')
        .find_map(|c| c.trim().strip_prefix(COOKIE)?.strip_prefix('=')?.parse().ok())
}

fn stored_language() -> Option<Language> {
    window()
        .local_storage()
        .ok()
        .flatten()?
        .get_item(STORAGE_KEY)
        .ok()
        .flatten()?
        .parse()
        .ok()
}

fn browser_language() -> Option<Language> {
    let languages: Vec<String> = window()
        .navigator()
        .languages()
        .iter()
        .filter_map(|v| v.as_string())
        .collect();
    Language::negotiate(languages.iter().map(String::as_str))
}
