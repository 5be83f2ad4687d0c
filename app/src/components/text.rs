//! Interface text as views, each kind of one concrete type.
//!
//! Leptos compiles rendering code for every distinct closure type, so a page with a
//! hundred `move || i18n.t("...")` closures carries a hundred copies. [`tr`] is one
//! type for every message, and [`dynamic`] one type for any text worked out from
//! other values; the mother's screens use them to keep the wasm small.

use crate::i18n::I18n;
use leptos::prelude::*;

/// The message `key`, following the interface language.
pub fn tr(key: &'static str) -> impl IntoView + use<> {
    let i18n = I18n::get();
    move || i18n.t(key)
}

/// Text worked out by `text`, kept up to date as what it reads changes.
pub fn dynamic(text: impl Fn() -> String + Send + Sync + 'static) -> Signal<String> {
    Signal::derive(text)
}
