//! Fluent text for the whole interface.
//!
//! Only the active language's `.ftl` is downloaded (from `/locales/<tag>/main.ftl`);
//! switching fetches the new one, then swaps language and text together, so the whole
//! page changes at once and never shows a mix. The choice is remembered on the
//! device; a first visit takes the browser's language when PeriLink speaks it.

use fluent_bundle::{FluentArgs, FluentBundle, FluentResource, FluentValue};
use leptos::prelude::*;
use perilink_shared::language::Language;
use std::collections::HashMap;
use std::rc::Rc;

const STORAGE_KEY: &str = "perilink.lang";

/// The Fluent files of each language, under `/locales/<tag>/`: the page frame and
/// sign-in, the mother's directory and bookings, the staff screens, referrals,
/// registers, reports, screening, and accounts.
pub const FILES: [&str; 8] = [
    "main.ftl",
    "find.ftl",
    "staff.ftl",
    "referrals.ftl",
    "register.ftl",
    "reports.ftl",
    "screening.ftl",
    "accounts.ftl",
];

type Bundle = FluentBundle<FluentResource>;

/// The text provider, shared through context.
#[derive(Clone, Copy)]
pub struct I18n {
    language: RwSignal<Language>,
    bundle: RwSignal<Option<Rc<Bundle>>, LocalStorage>,
    cache: StoredValue<HashMap<Language, Rc<Bundle>>, LocalStorage>,
    switching: RwSignal<bool>,
}

impl I18n {
    /// Creates the provider, starts loading the first language, and keeps the
    /// page's `lang` and `dir` in step with the language shown.
    pub fn provide() -> I18n {
        let initial = stored_language()
            .or_else(browser_language)
            .unwrap_or(Language::English);
        let i18n = I18n {
            language: RwSignal::new(initial),
            bundle: RwSignal::new_local(None),
            cache: StoredValue::new_local(HashMap::new()),
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
        Effect::new(move |_| {
            if i18n.is_ready() {
                document().set_title(&i18n.t("app-title"));
            }
        });
        i18n.load(initial, false);
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

    /// Switches the whole interface to `language` and remembers the choice.
    pub fn set_language(&self, language: Language) {
        if let Ok(Some(storage)) = window().local_storage() {
            let _ = storage.set_item(STORAGE_KEY, language.tag());
        }
        self.load(language, true);
    }

    fn load(&self, language: Language, remember: bool) {
        let this = *self;
        if let Some(bundle) = this.cache.with_value(|c| c.get(&language).cloned()) {
            this.bundle.set(Some(bundle));
            this.language.set(language);
            return;
        }
        this.switching.set(true);
        leptos::task::spawn_local(async move {
            let loaded = match fetch_bundle(language).await {
                Some(bundle) => Some((language, bundle)),
                // If a language cannot be fetched, fall back to English on first load;
                // when switching, keep what is shown.
                None if !remember && language != Language::English => fetch_bundle(Language::English)
                    .await
                    .map(|b| (Language::English, b)),
                None => None,
            };
            if let Some((language, bundle)) = loaded {
                let bundle = Rc::new(bundle);
                this.cache.update_value(|c| {
                    c.insert(language, bundle.clone());
                });
                this.bundle.set(Some(bundle));
                this.language.set(language);
            }
            this.switching.set(false);
        });
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
        self.bundle.with(|bundle| {
            let Some(bundle) = bundle else {
                return String::new();
            };
            let Some(pattern) = bundle.get_message(key).and_then(|m| m.value()) else {
                leptos::logging::warn!("missing message: {key}");
                return key.to_owned();
            };
            let mut errors = Vec::new();
            bundle.format_pattern(pattern, args, &mut errors).into_owned()
        })
    }
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

async fn fetch_bundle(language: Language) -> Option<Bundle> {
    let tag = language.tag();
    let sources = futures::future::join_all(
        FILES.map(|file| crate::api::fetch_text_owned(format!("/locales/{tag}/{file}"))),
    )
    .await;
    let langid = tag.parse().unwrap_or_default();
    let mut bundle = FluentBundle::new(vec![langid]);
    for source in sources {
        let resource = match FluentResource::try_new(source.ok()?) {
            Ok(resource) => resource,
            Err((resource, errors)) => {
                leptos::logging::warn!("{} errors in {tag} text", errors.len());
                resource
            }
        };
        if let Err(errors) = bundle.add_resource(resource) {
            leptos::logging::warn!("{} clashes in {tag} text", errors.len());
        }
    }
    Some(bundle)
}
