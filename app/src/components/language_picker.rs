//! The language menu: every interface language by its own name, switching the whole
//! app at once.

use crate::i18n::I18n;
use leptos::prelude::*;
use perilink_shared::language::Language;

/// A labelled menu of the twelve interface languages.
#[component]
pub fn LanguagePicker() -> impl IntoView {
    let i18n = I18n::get();
    let on_change = move |ev: leptos::ev::Event| {
        if let Ok(language) = event_target_value(&ev).parse::<Language>() {
            i18n.set_language(language);
        }
    };
    view! {
        <div class="language-picker">
            <label for="language-picker">{move || i18n.t("language-picker-label")}</label>
            <select
                id="language-picker"
                on:change=on_change
                prop:value=move || i18n.language().tag()
                aria-busy=move || i18n.is_switching().to_string()
            >
                {Language::ALL
                    .into_iter()
                    .map(|language| {
                        view! {
                            <option
                                value=language.tag()
                                lang=language.tag()
                                selected=move || i18n.language() == language
                            >
                                {language.autonym()}
                            </option>
                        }
                    })
                    .collect_view()}
            </select>
        </div>
    }
}
