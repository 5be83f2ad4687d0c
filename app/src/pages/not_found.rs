//! Shown for any path the app does not know.

use crate::i18n::I18n;
use leptos::prelude::*;
use leptos_router::components::A;

/// The fallback route.
#[component]
pub fn NotFound() -> impl IntoView {
    let i18n = I18n::get();
    view! {
        <h1>{move || i18n.t("not-found-title")}</h1>
        <p>{move || i18n.t("not-found-text")}</p>
        <A href="/" attr:class="button">{move || i18n.t("not-found-home")}</A>
    }
}
