//! The pieces every coordinator form is made of: labelled fields, the line that
//! says how a save went, and running a change against the API.

use crate::api::directory::Directory;
use crate::api::{ApiError, Token};
use crate::i18n::I18n;
use crate::session::Session;
use leptos::prelude::*;
use perilink_shared::error::ErrorCode;
use std::future::Future;

/// The directory as loaded, reloaded after every change.
pub type Loaded = LocalResource<Result<Directory, ApiError>>;

/// What every part of the screen needs: the sign-in and the loaded directory.
#[derive(Clone, Copy)]
pub struct Ctx {
    pub session: Session,
    pub data: Loaded,
}

impl Ctx {
    /// Reads the loaded directory, if it has loaded.
    pub fn with<R>(&self, f: impl FnOnce(&Directory) -> R) -> Option<R> {
        self.data
            .with(|d| d.as_ref().and_then(|r| r.as_ref().ok()).map(f))
    }

    /// Runs a change, says how it went in `note`, and reloads the directory.
    pub fn run<T, F, Fut>(&self, note: RwSignal<Note>, request: F, done: impl FnOnce(T) + 'static)
    where
        T: 'static,
        F: Fn(Token) -> Fut + 'static,
        Fut: Future<Output = Result<T, ApiError>> + 'static,
    {
        let (session, data) = (self.session, self.data);
        note.set(Note::Working);
        leptos::task::spawn_local(async move {
            match session.call(request).await {
                Ok(value) => {
                    done(value);
                    note.set(Note::Saved);
                    data.refetch();
                }
                Err(err) => note.set(Note::Failed(error_key(&err))),
            }
        });
    }
}

/// How the last save went.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Note {
    Idle,
    Working,
    Saved,
    /// The locale key of what went wrong.
    Failed(&'static str),
}

/// The locale key of the message for a failed change.
pub fn error_key(err: &ApiError) -> &'static str {
    match err {
        ApiError::Server {
            code: ErrorCode::ValidationFailed,
            ..
        } => "coord-error-invalid",
        ApiError::Server {
            code: ErrorCode::UnknownPlace,
            ..
        } => "coord-error-postcode",
        ApiError::Server {
            code: ErrorCode::NotFound,
            ..
        } => "coord-error-gone",
        ApiError::Server {
            code: ErrorCode::FeedAddressRefused,
            ..
        } => "feeds-error-address-refused",
        ApiError::Server {
            code: ErrorCode::FeedBusy,
            ..
        } => "feeds-error-busy",
        ApiError::Server {
            code: ErrorCode::DuplicateDecided,
            ..
        } => "feeds-error-decided",
        other => other.message_key(),
    }
}

/// Says how the last save went, to everyone including screen reader users.
#[component]
pub fn NoteLine(note: RwSignal<Note>) -> impl IntoView {
    let i18n = I18n::get();
    view! {
        <p class="coord-note" role="status" aria-live="polite">
            {move || match note.get() {
                Note::Idle => String::new(),
                Note::Working => i18n.t("coord-working"),
                Note::Saved => i18n.t("coord-saved"),
                Note::Failed(_) => String::new(),
            }}
        </p>
        <p class="error" role="alert">
            {move || match note.get() {
                Note::Failed(key) => i18n.t(key),
                _ => String::new(),
            }}
        </p>
    }
}

/// A labelled one-line input.
#[component]
pub fn Text(
    id: &'static str,
    label: &'static str,
    value: RwSignal<String>,
    /// The input's type: `text` unless given.
    #[prop(optional)]
    kind: &'static str,
    /// A locale key for a hint under the label.
    #[prop(optional)]
    hint: &'static str,
    /// Codes, dates, times and addresses run left to right in every language.
    #[prop(optional)]
    ltr: bool,
) -> impl IntoView {
    let i18n = I18n::get();
    let hint_id = format!("{id}-hint");
    view! {
        <div class="field">
            <label for=id>{move || i18n.t(label)}</label>
            {(!hint.is_empty()).then(|| view! { <p class="hint" id=hint_id.clone()>{move || i18n.t(hint)}</p> })}
            <input id=id type=if kind.is_empty() { "text" } else { kind }
                dir=ltr.then_some("ltr")
                aria-describedby=(!hint.is_empty()).then(|| format!("{id}-hint"))
                bind:value=value />
        </div>
    }
}

/// A labelled box for longer text.
#[component]
pub fn LongText(id: &'static str, label: &'static str, value: RwSignal<String>) -> impl IntoView {
    let i18n = I18n::get();
    view! {
        <div class="field">
            <label for=id>{move || i18n.t(label)}</label>
            <textarea id=id rows="3" prop:value=move || value.get()
                on:input=move |ev| value.set(event_target_value(&ev))></textarea>
        </div>
    }
}

/// A labelled checkbox.
#[component]
pub fn Tick(id: &'static str, label: &'static str, value: RwSignal<bool>) -> impl IntoView {
    let i18n = I18n::get();
    view! {
        <div class="check">
            <input id=id type="checkbox" bind:checked=value />
            <label for=id>{move || i18n.t(label)}</label>
        </div>
    }
}

/// A labelled choice from `options`: (value, words shown).
#[component]
pub fn Choice(
    id: &'static str,
    label: &'static str,
    value: RwSignal<String>,
    options: Signal<Vec<(String, String)>>,
) -> impl IntoView {
    let i18n = I18n::get();
    view! {
        <div class="field">
            <label for=id>{move || i18n.t(label)}</label>
            <select id=id prop:value=move || value.get() on:change=move |ev| value.set(event_target_value(&ev))>
                {move || {
                    options
                        .get()
                        .into_iter()
                        .map(|(v, text)| {
                            let chosen = v.clone();
                            view! { <option value=v selected=move || value.get() == chosen>{text}</option> }
                        })
                        .collect_view()
                }}
            </select>
        </div>
    }
}

/// Options from a fixed list, worded by locale key `{prefix}{name}`, after a
/// "choose" option when `blank`.
pub fn worded(names: Vec<&'static str>, prefix: &'static str, blank: bool) -> Signal<Vec<(String, String)>> {
    let i18n = I18n::get();
    Signal::derive(move || {
        let mut out = Vec::new();
        if blank {
            out.push((String::new(), i18n.t("coord-choose")));
        }
        out.extend(
            names
                .iter()
                .map(|n| (n.to_string(), i18n.t(&format!("{prefix}{n}")))),
        );
        out
    })
}

/// Options from the loaded directory, after a "choose" option.
pub fn listed(ctx: Ctx, pick: fn(&Directory) -> Vec<(String, String)>) -> Signal<Vec<(String, String)>> {
    let i18n = I18n::get();
    Signal::derive(move || {
        let mut out = vec![(String::new(), i18n.t("coord-choose"))];
        out.extend(ctx.with(pick).unwrap_or_default());
        out
    })
}

/// The name of ISO weekday `n` (1 is Monday).
pub fn weekday(i18n: I18n, n: u8) -> String {
    i18n.t(&format!("coord-weekday-{}", n.clamp(1, 7)))
}

/// Brings the element with `id` into view, as when a form fills for editing.
pub fn show(id: &str) {
    if let Some(element) = document().get_element_by_id(id) {
        element.scroll_into_view();
    }
}

/// A whole number typed into a field: blank is none; anything else that is not
/// a number is an error.
pub fn number<T: std::str::FromStr>(text: &str) -> Result<Option<T>, ()> {
    let text = text.trim();
    if text.is_empty() {
        return Ok(None);
    }
    text.parse().map(Some).map_err(|_| ())
}

/// Text typed into a field: blank is none.
pub fn maybe(text: &str) -> Option<String> {
    let text = text.trim();
    (!text.is_empty()).then(|| text.to_owned())
}
