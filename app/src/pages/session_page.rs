//! A session's page: what it is, where, when, for whom, and booking.

use crate::i18n::I18n;
use leptos::prelude::*;

/// `/sessions/:id`.
#[component]
pub fn SessionPage() -> impl IntoView {
    let i18n = I18n::get();
    view! { <h1>{move || i18n.t("find-title")}</h1> }
}
