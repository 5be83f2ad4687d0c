//! Forgotten passwords: `/forgot-password` asks for the account's email or phone
//! and sends a link (the answer is the same whether or not an account matches);
//! `/reset-password?token=…` sets a new password, which signs the account out on
//! every device.
use crate::api;
use crate::components::account::{FormState, NewPassword, password_problem};
use crate::components::format::ascii_digits;
use crate::components::text::tr;
use crate::i18n::I18n;
use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

/// `/forgot-password`.
#[component]
pub fn ForgotPassword() -> impl IntoView {
    let i18n = I18n::get();
    let contact = RwSignal::new(String::new());
    let form = FormState::new();
    let sent = RwSignal::new(false);
    let sending = Action::new_local(move |to: &String| {
        let to = to.clone();
        async move {
            match api::accounts::request_reset(to).await {
                Ok(()) => sent.set(true),
                Err(err) => form.refused(err),
            }
        }
    });
    let working = sending.pending();

    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let to = ascii_digits(contact.get_untracked().trim());
        if form.start(to.is_empty().then_some("code-error-contact")) {
            sending.dispatch_local(to);
        }
    };

    view! {
        <h1>{tr("forgot-title")}</h1>
        <Show
            when=move || sent.get()
            fallback=move || view! {
                <p>{tr("forgot-intro")}</p>
                <form class="stack" method="post" on:submit=submit novalidate data-testid="forgot-form">
                    <div class="field">
                        <label for="forgot-contact">{tr("forgot-contact")}</label>
                        <input id="forgot-contact" name="username" type="text" autocomplete="username" dir="ltr"
                            required spellcheck="false" autocapitalize="none"
                            aria-invalid=move || form.problem.with(Option::is_some).to_string()
                            aria-describedby="forgot-problem"
                            bind:value=contact />
                    </div>
                    <p class="error" role="alert" id="forgot-problem">{move || form.problem_text(i18n)}</p>
                    <button type="submit" class="button primary" disabled=move || working.get()>
                        {move || i18n.t(if working.get() { "code-sending" } else { "forgot-submit" })}
                    </button>
                </form>
            }
        >
            <p class="notice" role="status" data-testid="forgot-sent">{tr("forgot-sent")}</p>
        </Show>
        <p><a href="/sign-in">{tr("nav-sign-in")}</a></p>
    }
}

/// `/reset-password`.
#[component]
pub fn ResetPassword() -> impl IntoView {
    let i18n = I18n::get();
    let query = use_query_map();
    let token = Memo::new(move |_| query.with(|q| q.get("token")).unwrap_or_default());
    let password = RwSignal::new(String::new());
    let form = FormState::new();
    let done = RwSignal::new(false);
    let resetting = Action::new_local(move |password_value: &String| {
        let (token, password_value) = (token.get_untracked(), password_value.clone());
        async move {
            match api::accounts::reset_password(token, password_value).await {
                Ok(()) => done.set(true),
                Err(err) => form.refused(err),
            }
        }
    });
    let working = resetting.pending();

    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let password_value = password.get_untracked();
        if form.start(password_problem(&password_value)) {
            resetting.dispatch_local(password_value);
        }
    };
    let dead = move || form.dead_link();

    view! {
        <h1>{tr("reset-title")}</h1>
        <Show
            when=move || done.get()
            fallback=move || view! {
                <p>{tr("reset-intro")}</p>
                <form class="stack" method="post" on:submit=submit novalidate data-testid="reset-form">
                    <NewPassword id="reset-password" value=password invalid=form.password_invalid() problem_id="reset-problem" />
                    <p class="error" role="alert" id="reset-problem" data-testid="reset-problem">{move || form.problem_text(i18n)}</p>
                    <button type="submit" class="button primary" disabled=move || working.get() || dead()>
                        {move || i18n.t(if working.get() { "setup-working" } else { "reset-submit" })}
                    </button>
                </form>
                <Show when=dead>
                    <a class="button" href="/forgot-password">{tr("reset-ask-again")}</a>
                </Show>
            }
        >
            <p class="notice" role="status" data-testid="reset-done">{tr("reset-done")}</p>
            <a class="button primary" href="/sign-in">{tr("nav-sign-in")}</a>
        </Show>
    }
}
