//! Signing in: with an email and password (then, for staff with two-factor, the
//! authenticator's code), or with a one-time code sent to a phone or email.

use crate::api;

use crate::api::ApiError;
use crate::components::account::{Problem as Refusal, after_sign_in};
use crate::components::format::{ascii_digits, code_digits as digits};
use crate::components::return_to::safe_next;
use crate::components::return_to::with_next;
use crate::components::text::tr;
use crate::i18n::I18n;
use crate::session::Session;
use fluent_bundle::FluentValue;
use leptos::prelude::*;
use leptos_router::hooks::{use_navigate, use_query_map};
use perilink_shared::accounts::{CODE_DIGITS, LoginOutcome};
use perilink_shared::auth::LoginResponse;
use perilink_shared::error::ErrorCode;

/// What went wrong with a sign-in, as the page explains it.
#[derive(Clone, Debug, PartialEq)]
enum Problem {
    Missing,
    Credentials,
    Throttled { minutes: u64 },
    Other(&'static str),
}

/// Which step of signing in the page shows.
#[derive(Clone, Debug, PartialEq)]
enum Step {
    /// Email and password.
    Password,
    /// A one-time code: where to send it, then the code once sent.
    Code,
    /// The password was right; now the authenticator's code.
    Totp { mfa_token: String },
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
    let step = RwSignal::new(Step::Password);

    let email = RwSignal::new(String::new());
    let password = RwSignal::new(String::new());
    let show_password = RwSignal::new(false);
    let problem = RwSignal::new(None::<Problem>);

    // Signed in, by any route: on to two-factor set-up, where she was, or her start.
    let done = Callback::new(move |response: LoginResponse| {
        let href = after_sign_in(&response.user, next.get_untracked());
        session.signed_in(response);
        navigate(&href, Default::default());
    });

    let signing_in = Action::new_local(move |(email, password_typed): &(String, String)| {
        let (email_value, password_value) = (email.clone(), password_typed.clone());
        async move {
            match api::accounts::login(email_value, password_value).await {
                Ok(LoginOutcome::SignedIn(response)) => done.run(response),
                Ok(LoginOutcome::MfaRequired(challenge)) => {
                    password.set(String::new());
                    step.set(Step::Totp {
                        mfa_token: challenge.mfa_token,
                    });
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
                }
            }
        }
    });
    let working = signing_in.pending();

    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let (email_value, password_value) = (email.get_untracked(), password.get_untracked());
        if email_value.trim().is_empty() || password_value.is_empty() {
            problem.set(Some(Problem::Missing));
            return;
        }
        problem.set(None);
        signing_in.dispatch_local((email_value, password_value));
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

    let password_form = move || {
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
            <ul class="account-links">
                <li><a href="/forgot-password" data-testid="forgot-password">{tr("forgot-link")}</a></li>
                <li>
                    <button type="button" class="link-button account-link" data-testid="code-instead"
                        on:click=move |_| {
                            problem.set(None);
                            step.set(Step::Code);
                        }>
                        {tr("code-sign-in-link")}
                    </button>
                </li>
            </ul>
            <p class="switch-account">
                {move || i18n.t("sign-in-no-account")}" "
                <a href=move || with_next("/sign-up", next.get().as_deref()) data-testid="sign-up-instead">
                    {move || i18n.t("sign-in-make-account")}
                </a>
            </p>
        }
    };

    move || match step.get() {
        Step::Password => password_form().into_any(),
        Step::Code => view! { <CodeSignIn step done /> }.into_any(),
        Step::Totp { mfa_token } => view! { <TotpStep mfa_token step done /> }.into_any(),
    }
}

/// Signing in with a one-time code: where to send it, then the six digits.
#[component]
fn CodeSignIn(step: RwSignal<Step>, done: Callback<LoginResponse>) -> impl IntoView {
    let i18n = I18n::get();
    let sent = RwSignal::new(false);
    let contact = RwSignal::new(String::new());
    let code = RwSignal::new(String::new());
    let problem = RwSignal::new(None::<Refusal>);
    let sending = Action::new_local(move |to: &String| {
        let to = to.clone();
        async move {
            match api::accounts::request_code(to).await {
                Ok(()) => sent.set(true),
                Err(err) => problem.set(Some(Refusal::Refused(err))),
            }
        }
    });
    let verifying = Action::new_local(move |(to, typed): &(String, String)| {
        let (to, typed) = (to.clone(), typed.clone());
        async move {
            match api::accounts::verify_code(to, typed).await {
                Ok(response) => done.run(response),
                Err(err) => problem.set(Some(Refusal::Refused(err))),
            }
        }
    });
    let working = move || sending.pending().get() || verifying.pending().get();

    let send = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let to = ascii_digits(contact.get_untracked().trim());
        if to.is_empty() {
            problem.set(Some(Refusal::Local("code-error-contact")));
            return;
        }
        problem.set(None);
        sending.dispatch_local(to);
    };
    let verify = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let typed = digits(&code.get_untracked());
        if typed.len() != CODE_DIGITS || !typed.chars().all(|c| c.is_ascii_digit()) {
            problem.set(Some(Refusal::Local("code-error-format")));
            return;
        }
        problem.set(None);
        let to = ascii_digits(contact.get_untracked().trim());
        verifying.dispatch_local((to, typed));
    };
    let problem_text = move || problem.get().map(|p| p.text(i18n)).unwrap_or_default();
    let invalid = move || problem.with(Option::is_some).to_string();

    view! {
        <h1>{tr("code-sign-in-title")}</h1>
        <p>{tr("code-intro")}</p>
        <form class="stack" method="post" on:submit=send novalidate data-testid="code-request-form">
            <div class="field">
                <label for="code-contact">{tr("code-contact")}</label>
                <input id="code-contact" name="username" type="text" autocomplete="username" dir="ltr" required
                    spellcheck="false" autocapitalize="none" readonly=move || sent.get()
                    aria-invalid=move || (!sent.get() && problem.with(Option::is_some)).to_string()
                    aria-describedby="code-problem"
                    bind:value=contact />
            </div>
            <Show when=move || !sent.get()>
                <p class="error" role="alert" id="code-problem">{problem_text}</p>
                <button type="submit" class="button primary" disabled=working>
                    {move || i18n.t(if working() { "code-sending" } else { "code-send" })}
                </button>
            </Show>
        </form>
        <Show when=move || sent.get()>
            <p class="notice" role="status" data-testid="code-sent">{tr("code-sent")}</p>
            <form class="stack" method="post" on:submit=verify novalidate data-testid="code-verify-form">
                <div class="field">
                    <label for="one-time-code">{tr("code-label")}</label>
                    <input id="one-time-code" name="code" type="text" inputmode="numeric" autocomplete="one-time-code"
                        pattern="[0-9]*" maxlength="12" dir="ltr" required class="code-input"
                        aria-invalid=invalid aria-describedby="code-problem"
                        bind:value=code />
                </div>
                <p class="error" role="alert" id="code-problem">{problem_text}</p>
                <button type="submit" class="button primary" disabled=working>
                    {move || i18n.t(if working() { "sign-in-working" } else { "sign-in-submit" })}
                </button>
            </form>
            <button type="button" class="link-button account-link"
                on:click=move |_| {
                    code.set(String::new());
                    problem.set(None);
                    sent.set(false);
                }>
                {tr("code-send-again")}
            </button>
        </Show>
        <p>
            <button type="button" class="link-button account-link" data-testid="password-instead"
                on:click=move |_| step.set(Step::Password)>
                {tr("code-use-password")}
            </button>
        </p>
    }
}

/// The second step for staff with two-factor: the authenticator's code, or one of
/// the recovery codes.
#[component]
fn TotpStep(mfa_token: String, step: RwSignal<Step>, done: Callback<LoginResponse>) -> impl IntoView {
    let i18n = I18n::get();
    let code = RwSignal::new(String::new());
    let recovery = RwSignal::new(false);
    let problem = RwSignal::new(None::<Refusal>);
    let mfa_token = StoredValue::new(mfa_token);
    let checking = Action::new_local(move |typed: &String| {
        let (token, typed) = (mfa_token.get_value(), typed.clone());
        async move {
            match api::accounts::login_totp(token, typed).await {
                Ok(response) => done.run(response),
                // The five minutes to give the code have passed: start again.
                Err(ApiError::Server {
                    status: 401, code, ..
                }) if code != ErrorCode::CodeInvalid => {
                    problem.set(Some(Refusal::Local("totp-step-expired")))
                }
                Err(err) => problem.set(Some(Refusal::Refused(err))),
            }
        }
    });
    let working = checking.pending();

    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let typed = if recovery.get_untracked() {
            code.get_untracked().trim().to_owned()
        } else {
            digits(&code.get_untracked())
        };
        if typed.is_empty() {
            problem.set(Some(Refusal::Local("code-error-format")));
            return;
        }
        problem.set(None);
        checking.dispatch_local(typed);
    };
    let problem_text = move || problem.get().map(|p| p.text(i18n)).unwrap_or_default();

    view! {
        <h1>{tr("totp-step-title")}</h1>
        <p>{move || i18n.t(if recovery.get() { "totp-step-recovery-intro" } else { "totp-step-intro" })}</p>
        <form class="stack" method="post" on:submit=submit novalidate data-testid="totp-step-form">
            <div class="field">
                <label for="totp-code">
                    {move || i18n.t(if recovery.get() { "totp-step-recovery-label" } else { "totp-step-label" })}
                </label>
                <input id="totp-code" name="code" type="text" autocomplete="one-time-code" dir="ltr" required
                    class="code-input" spellcheck="false" autocapitalize="none"
                    inputmode=move || if recovery.get() { "text" } else { "numeric" }
                    aria-invalid=move || problem.with(Option::is_some).to_string()
                    aria-describedby="totp-problem"
                    bind:value=code />
            </div>
            <p class="error" role="alert" id="totp-problem">{problem_text}</p>
            <button type="submit" class="button primary" disabled=move || working.get()>
                {move || i18n.t(if working.get() { "sign-in-working" } else { "totp-step-submit" })}
            </button>
        </form>
        <ul class="account-links">
            <li>
                <button type="button" class="link-button account-link" data-testid="use-recovery-code"
                    on:click=move |_| {
                        recovery.update(|r| *r = !*r);
                        code.set(String::new());
                        problem.set(None);
                    }>
                    {move || i18n.t(if recovery.get() { "totp-step-use-app" } else { "totp-step-use-recovery" })}
                </button>
            </li>
            <li>
                <button type="button" class="link-button account-link" on:click=move |_| step.set(Step::Password)>
                    {tr("totp-step-start-again")}
                </button>
            </li>
        </ul>
    }
}
