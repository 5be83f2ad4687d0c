//! Pieces of a listing shown on several screens: text from the directory in its own
//! language (with a mark when it is not yet translated), and language badges.

use crate::i18n::I18n;
use fluent_bundle::FluentValue;
use leptos::prelude::*;
use perilink_shared::directory::LocalisedText;

/// Text from the directory, tagged with the language it is in so screen readers say
/// it right, and set `dir="auto"` so English inside a right-to-left page reads well.
#[component]
pub fn Localised(text: LocalisedText) -> impl IntoView {
    view! { <span lang=text.language dir="auto">{text.text}</span> }
}

/// "In English: not translated yet", when `text` had no translation.
#[component]
pub fn NotTranslated(translated: bool) -> impl IntoView {
    let i18n = I18n::get();
    (!translated).then(|| {
        view! { <span class="untranslated" data-testid="untranslated">{move || i18n.t("not-translated")}</span> }
    })
}

/// The name of a language (a BCP 47 tag) in the interface language.
pub fn language_name(i18n: I18n, tag: &str) -> String {
    i18n.t_with("language-name", &[("tag", FluentValue::from(tag.to_owned()))])
}

/// The languages a session is delivered in, then those an interpreter covers.
#[component]
pub fn LanguageBadges(languages: Vec<String>, interpreter: Vec<String>) -> impl IntoView {
    let i18n = I18n::get();
    let spoken = languages.into_iter().map(|tag| {
        let attr = tag.clone();
        view! { <li class="badge" data-lang=attr>{move || language_name(i18n, &tag)}</li> }
    });
    let interpreted = interpreter.into_iter().map(|tag| {
        let attr = tag.clone();
        view! {
            <li class="badge interpreter" data-interpreter=attr>
                {move || i18n.t_with("find-interpreter", &[("language", FluentValue::from(language_name(i18n, &tag)))])}
            </li>
        }
    });
    view! { <ul class="badges">{spoken.collect_view()}{interpreted.collect_view()}</ul> }
}
