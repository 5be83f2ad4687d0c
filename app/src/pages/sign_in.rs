//! Signing in with an email and password.

use crate::api::{self, ApiError};
use crate::components::return_to::{safe_next, with_next};
use crate::i18n::I18n;
use crate::session::Session;
use crate::start_page;
use fluent_bundle::FluentValue;
use leptos::prelude::*;
use leptos_router::hooks::{use_navigate, use_query_map};
use perilink_shared::error::ErrorCode;

/// What went wrong with a sign-in, as the page explains it.
#[derive(Clone, Debug, PartialEq)]
enum Problem {
    Missing,
    Credentials,
    Throttled { minutes: u64 },
    Other(&'static str),
}

/// `/sign-in`.
#[component]
pub fn SignIn() -> impl IntoView {
    let i18n = I18n::get();
    let session = Session::get();
    let navigate = use_navigate();
    let query = use_query_map();
    let signed_out = move || query.with(|q| q.get("signed-out").is_some());
    // Where she was before signing in, such as a session she wanted to book.
    let next = Memo::new(move |_| safe_next(query.with(|q| q.get("next"))));

    let email = RwSignal::new(String::new());
    let password = RwSignal::new(String::new());
    let show_password = RwSignal::new(false);
    let problem = RwSignal::new(None::<Problem>);
    let working = RwSignal::new(false);

    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let (email_value, password_value) = (email.get_untracked(), password.get_untracked());
        if email_value.trim().is_empty() || password_value.is_empty() {
            problem.set(Some(Problem::Missing));
            return;
        }
        working.set(true);
        problem.set(None);
        let navigate = navigate.clone();
        leptos::task::spawn_local(async move {
            match api::login(email_value, password_value).await {
                Ok(response) => {
                    let (start, _) = start_page(response.user.role);
                    session.signed_in(response);
                    let href = next.get_untracked().unwrap_or_else(|| start.to_owned());
                    navigate(&href, Default::default());
                }
                Err(err) => {
                    problem.set(Some(match err {
                        ApiError::Server {
                            code: ErrorCode::InvalidCredentials,
                            ..
                        } => Problem::Credentials,
                        ApiError::Server {
                            code: ErrorCode::TooManyRequests,
                            retry_after,
                            ..
                        } => Problem::Throttled {
                            minutes: retry_after.unwrap_or(900).div_ceil(60),
                        },
                        other => Problem::Other(other.message_key()),
                    }));
                    working.set(false);
                }
            }
        });
    };

    let problem_text = move || {
        problem.get().map(|p| match p {
            Problem::Missing => i18n.t("sign-in-error-missing"),
            Problem::Credentials => i18n.t("sign-in-error-credentials"),
            Problem::Throttled { minutes } => i18n.t_with(
                "sign-in-error-throttled",
                &[("minutes", FluentValue::from(minutes))],
            ),
            Problem::Other(key) => i18n.t(key),
        })
    };

    view! {
        <h1>{move || i18n.t("sign-in-title")}</h1>
        <Show when=signed_out>
            <p class="notice" role="status">{move || i18n.t("signed-out")}</p>
        </Show>
        <p>{move || i18n.t("sign-in-intro")}</p>
        <form class="stack" method="post" on:submit=submit novalidate>
            <div class="field">
                <label for="email">{move || i18n.t("sign-in-email")}</label>
                <input id="email" name="email" type="email" autocomplete="username" inputmode="email"
                    dir="ltr" required bind:value=email />
            </div>
            <div class="field">
                <label for="password">{move || i18n.t("sign-in-password")}</label>
                <input id="password" name="password" autocomplete="current-password" dir="ltr" required
                    type=move || if show_password.get() { "text" } else { "password" }
                    bind:value=password />
            </div>
            <div class="check">
                <input id="show-password" type="checkbox" bind:checked=show_password />
                <label for="show-password">{move || i18n.t("sign-in-show-password")}</label>
            </div>
            <p class="error" role="alert">{problem_text}</p>
            <button type="submit" class="button primary" disabled=move || working.get()>
                {move || if working.get() { i18n.t("sign-in-working") } else { i18n.t("sign-in-submit") }}
            </button>
        </form>
        <p class="switch-account">
            {move || i18n.t("sign-in-no-account")}" "
            <a href=move || with_next("/sign-up", next.get().as_deref()) data-testid="sign-up-instead">
                {move || i18n.t("sign-in-make-account")}
            </a>
        </p>
    }
}
