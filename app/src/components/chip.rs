//! A filter chip: a toggle button that says whether it is on (`aria-pressed`).

use crate::components::text::tr;
use leptos::prelude::*;

/// A toggle button labelled with the message `label`.
#[component]
pub fn Chip(
    /// The locale key of its text.
    label: &'static str,
    /// Whether it is on.
    pressed: Signal<bool>,
    /// Its `data-testid`.
    testid: String,
    /// Called when tapped.
    on_toggle: Callback<()>,
) -> impl IntoView {
    view! {
        <button type="button" class="chip" data-testid=testid
            aria-pressed=move || pressed.get().to_string()
            on:click=move |_| on_toggle.run(())>
            {tr(label)}
        </button>
    }
}
