//! The Find page, where a mother looks for sessions near her.

use crate::i18n::I18n;
use leptos::prelude::*;

/// `/find`.
#[component]
pub fn Find() -> impl IntoView {
    let i18n = I18n::get();
    view! {
        <h1>{move || i18n.t("find-title")}</h1>
        <p>{move || i18n.t("find-intro")}</p>
    }
}
