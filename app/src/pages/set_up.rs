//! `/set-up?token=…`: a mother registered by her midwife opens the link she was
//! sent and chooses a password; she is signed in at once. She can always sign in
//! with a one-time code instead.
use crate::api;
use crate::components::account::{FormState, NewPassword, finish_sign_in, password_problem};
use crate::components::text::tr;
use crate::i18n::I18n;
use crate::session::Session;
use leptos::prelude::*;
use leptos_router::hooks::{use_navigate, use_query_map};

/// `/set-up`.
#[component]
pub fn SetUp() -> impl IntoView {
    let i18n = I18n::get();
    let session = Session::get();
    let navigate = use_navigate();
    let query = use_query_map();
    let token = Memo::new(move |_| query.with(|q| q.get("token")).unwrap_or_default());
    let password = RwSignal::new(String::new());
    let form = FormState::new();
    let setting_up = Action::new_local(move |password_value: &String| {
        let (navigate, token, password_value) =
            (navigate.clone(), token.get_untracked(), password_value.clone());
        async move {
            let result = api::accounts::set_up(token, password_value).await;
            finish_sign_in(session, navigate, form, result);
        }
    });
    let working = setting_up.pending();

    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let password_value = password.get_untracked();
        if form.start(password_problem(&password_value)) {
            setting_up.dispatch_local(password_value);
        }
    };
    let dead = move || form.dead_link();

    view! {
        <h1>{tr("setup-title")}</h1>
        <p>{tr("setup-intro")}</p>
        <form class="stack" method="post" on:submit=submit novalidate data-testid="set-up-form">
            <NewPassword id="set-up-password" value=password invalid=form.password_invalid() problem_id="set-up-problem" />
            <p class="error" role="alert" id="set-up-problem" data-testid="set-up-problem">{move || form.problem_text(i18n)}</p>
            <button type="submit" class="button primary" disabled=move || working.get() || dead()>
                {move || i18n.t(if working.get() { "setup-working" } else { "setup-submit" })}
            </button>
        </form>
        <Show when=dead>
            <p>{tr("setup-code-instead")}</p>
            <a class="button" href="/sign-in">{tr("code-sign-in-link")}</a>
        </Show>
    }
}
