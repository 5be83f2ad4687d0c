//! A mother signs herself up in a minute: her name, a mobile number or an email, her
//! language and a password; then the 6-digit code sent to her phone or email. She
//! is then signed in and taken back to where she was (`?next=`), or to My sessions.
//! (The server answers the first step the same whether or not the number already
//! has an account; if it has, its holder is sent a note instead of a code.)

use crate::api::{self, ApiError};
use crate::components::account::Problem as Refusal;
use crate::components::format::{ascii_digits, code_digits};
use crate::components::return_to::{safe_next, with_next};
use crate::components::text::tr;
use crate::i18n::I18n;
use crate::session::{AuthState, Session};
use fluent_bundle::FluentValue;
use leptos::prelude::*;
use leptos_router::hooks::{use_navigate, use_query_map};
use perilink_shared::accounts::CODE_DIGITS;
use perilink_shared::booking::{MIN_MOTHER_PASSWORD, SignupConfirm, SignupRequest, SignupStarted};
use perilink_shared::contact::PhoneNumber;
use perilink_shared::error::ErrorCode;
use perilink_shared::language::Language;

/// Which field a problem is about, so it can be marked.
#[derive(Clone, Copy, Debug, PartialEq)]
enum Field {
    Name,
    Contact,
    Password,
    None,
}

/// What went wrong, as the page explains it.
#[derive(Clone, Debug, PartialEq)]
enum Problem {
    Name,
    ContactMissing,
    Phone,
    Email,
    Password,
    Throttled { minutes: u64 },
    Invalid,
    Other(&'static str),
}

impl Problem {
    fn field(&self) -> Field {
        match self {
            Problem::Name => Field::Name,
            Problem::ContactMissing | Problem::Phone | Problem::Email => Field::Contact,
            Problem::Password | Problem::Other("password-error-weak") => Field::Password,
            _ => Field::None,
        }
    }
}

impl Field {
    /// The id of the field's input.
    fn input_id(self) -> Option<&'static str> {
        match self {
            Field::Name => Some("sign-up-name"),
            Field::Contact => Some("sign-up-contact"),
            Field::Password => Some("sign-up-password"),
            Field::None => None,
        }
    }
}

/// A phone number or an email, from the one box she types either in.
fn contact(input: &str) -> Result<(Option<String>, Option<String>), Problem> {
    let input = ascii_digits(input.trim());
    if input.is_empty() {
        Err(Problem::ContactMissing)
    } else if input.contains('@') {
        // The shape only; the server checks it properly. (Not `EmailAddress::parse`,
        // whose lower-casing would bring Unicode case tables into the wasm.)
        let shaped = input.split_once('@').is_some_and(|(local, domain)| {
            !local.is_empty()
                && !domain.contains('@')
                && domain.contains('.')
                && !domain.starts_with('.')
                && !domain.ends_with('.')
                && !input.contains(' ')
        });
        if shaped {
            Ok((None, Some(input)))
        } else {
            Err(Problem::Email)
        }
    } else {
        PhoneNumber::parse(&input)
            .map(|p| (Some(p.as_str().to_owned()), None))
            .map_err(|_| Problem::Phone)
    }
}

/// The server's refusal of her details, as the page explains it.
fn refusal(err: ApiError) -> Problem {
    match err {
        ApiError::Server {
            code: ErrorCode::TooManyRequests,
            retry_after,
            ..
        } => Problem::Throttled {
            minutes: retry_after.unwrap_or(900).div_ceil(60),
        },
        ApiError::Server {
            code: ErrorCode::ValidationFailed,
            ..
        } => Problem::Invalid,
        // Long enough, but one of the commonest passwords.
        ApiError::Server {
            code: ErrorCode::PasswordTooWeak,
            ..
        } => Problem::Other("password-error-weak"),
        other => Problem::Other(other.message_key()),
    }
}

/// `/sign-up`.
#[component]
pub fn SignUp() -> impl IntoView {
    let i18n = I18n::get();
    let session = Session::get();
    let navigate = use_navigate();
    let query = use_query_map();
    let next = Memo::new(move |_| safe_next(query.with(|q| q.get("next"))));

    let name = RwSignal::new(String::new());
    let contact_text = RwSignal::new(String::new());
    // Her language: the interface's until she picks another.
    let chosen_language = RwSignal::new(None::<Language>);
    let language = move || chosen_language.get().unwrap_or_else(|| i18n.language());
    let password = RwSignal::new(String::new());
    let show_password = RwSignal::new(false);
    let problem = RwSignal::new(None::<Problem>);
    // Once the details are sent: them, and where the code went.
    let sent = RwSignal::new(None::<(SignupRequest, SignupStarted)>);
    let code = RwSignal::new(String::new());
    let code_problem = RwSignal::new(None::<Refusal>);
    let starting = Action::new_local(move |request: &SignupRequest| {
        let request = request.clone();
        async move {
            match api::signup(request.clone()).await {
                Ok(started) => {
                    code.set(String::new());
                    code_problem.set(None);
                    sent.set(Some((request, started)));
                }
                Err(err) => problem.set(Some(refusal(err))),
            }
        }
    });
    let confirming = Action::new_local(move |confirmation: &SignupConfirm| {
        let (confirmation, navigate) = (confirmation.clone(), navigate.clone());
        async move {
            match api::confirm_signup(confirmation).await {
                Ok(response) => {
                    session.signed_in(response);
                    let to = next.get_untracked().unwrap_or_else(|| "/my".to_owned());
                    navigate(&to, Default::default());
                }
                Err(err) => code_problem.set(Some(Refusal::Refused(err))),
            }
        }
    });
    let resending = Action::new_local(move |request: &SignupRequest| {
        let request = request.clone();
        async move {
            match api::signup(request.clone()).await {
                Ok(started) => sent.set(Some((request, started))),
                Err(err) => code_problem.set(Some(Refusal::Refused(err))),
            }
        }
    });
    let working = move || starting.pending().get() || confirming.pending().get() || resending.pending().get();
    // Whatever is wrong, her keyboard and screen reader go to the field to fix.
    Effect::new(move |_| {
        let field = problem.with(|p| p.as_ref().map(Problem::field));
        if let Some(id) = field.and_then(Field::input_id)
            && let Some(input) = document().get_element_by_id(id)
        {
            use wasm_bindgen::JsCast;
            if let Ok(input) = input.dyn_into::<web_sys::HtmlElement>() {
                let _ = input.focus();
            }
        }
    });

    // Once the code is on its way, her keyboard goes to the box for it.
    Effect::new(move |_| {
        if sent.with(Option::is_some)
            && let Some(input) = document().get_element_by_id("sign-up-code")
        {
            use wasm_bindgen::JsCast;
            if let Ok(input) = input.dyn_into::<web_sys::HtmlElement>() {
                let _ = input.focus();
            }
        }
    });

    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let name_value = name.get_untracked().trim().to_owned();
        let checked = if name_value.is_empty() {
            Err(Problem::Name)
        } else {
            contact(&contact_text.get_untracked())
        };
        let password_value = password.get_untracked();
        let checked = checked.and_then(|c| {
            if password_value.chars().count() < MIN_MOTHER_PASSWORD {
                Err(Problem::Password)
            } else {
                Ok(c)
            }
        });
        let (phone, email) = match checked {
            Ok(c) => c,
            Err(p) => {
                problem.set(Some(p));
                return;
            }
        };
        let request = SignupRequest {
            name: name_value,
            phone,
            email,
            language: language().tag().to_owned(),
            password: password_value,
        };
        problem.set(None);
        starting.dispatch_local(request);
    };

    let confirm = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let typed = code_digits(&code.get_untracked());
        if typed.len() != CODE_DIGITS || !typed.chars().all(|c| c.is_ascii_digit()) {
            code_problem.set(Some(Refusal::Local("code-error-format")));
            return;
        }
        let Some((signup, _)) = sent.get_untracked() else {
            return;
        };
        code_problem.set(None);
        confirming.dispatch_local(SignupConfirm { signup, code: typed });
    };
    let send_again = move |_| {
        let Some((request, _)) = sent.get_untracked() else {
            return;
        };
        code_problem.set(None);
        resending.dispatch_local(request);
    };

    let problem_text = move || {
        problem.get().map(|p| match p {
            Problem::Name => i18n.t("sign-up-error-name"),
            Problem::ContactMissing => i18n.t("sign-up-error-contact"),
            Problem::Phone => i18n.t("sign-up-error-phone"),
            Problem::Email => i18n.t("sign-up-error-email"),
            Problem::Password => i18n.t("sign-up-error-password"),
            Problem::Throttled { minutes } => i18n.t_with(
                "sign-in-error-throttled",
                &[("minutes", FluentValue::from(minutes))],
            ),
            Problem::Invalid => i18n.t("sign-up-error-invalid"),
            Problem::Other(key) => i18n.t(key),
        })
    };
    let invalid = move |field: Field| {
        move || (problem.with(|p| p.as_ref().map(Problem::field)) == Some(field)).to_string()
    };
    let sign_in_href = move || with_next("/sign-in", next.get().as_deref());
    // Where the code went, as she typed it.
    let sent_to = move || contact_text.get().trim().to_owned();
    let demo_code = move || sent.with(|s| s.as_ref().and_then(|(_, started)| started.demo_code.clone()));
    let code_problem_text = move || code_problem.get().map(|p| p.text(i18n)).unwrap_or_default();
    // The number or email was taken between the two steps: she can sign in.
    let taken = move || {
        code_problem.with(|p| {
            matches!(
                p,
                Some(Refusal::Refused(ApiError::Server {
                    code: ErrorCode::Conflict,
                    ..
                }))
            )
        })
    };
    let signed_in_as = move || match session.state() {
        AuthState::SignedIn { user, .. } => Some(user.display_name),
        _ => None,
    };

    view! {
        <h1>{tr("sign-up-title")}</h1>
        {move || match signed_in_as() {
            Some(who) if !working() => view! {
                <p class="notice" role="status">
                    {move || i18n.t_with("home-signed-in-as", &[("name", FluentValue::from(who.clone()))])}
                </p>
                <a class="button primary" href=move || next.get().unwrap_or_else(|| "/my".to_owned())>
                    {tr("sign-up-continue")}
                </a>
            }
            .into_any(),
            _ => ().into_any(),
        }}
        <p hidden=move || sent.with(Option::is_some)>{tr("sign-up-intro")}</p>
        <form class="stack" method="post" on:submit=submit novalidate data-testid="sign-up-form"
            hidden=move || sent.with(Option::is_some)>
            <div class="field">
                <label for="sign-up-name">{tr("sign-up-name")}</label>
                <input id="sign-up-name" name="name" type="text" autocomplete="name" required maxlength="100"
                    aria-invalid=invalid(Field::Name) aria-describedby="sign-up-problem"
                    bind:value=name />
            </div>
            <div class="field">
                <label for="sign-up-contact">{tr("sign-up-contact")}</label>
                <p id="sign-up-contact-hint" class="hint">{tr("sign-up-contact-hint")}</p>
                <input id="sign-up-contact" name="username" type="text" autocomplete="username" dir="ltr" required
                    spellcheck="false" autocapitalize="none"
                    aria-invalid=invalid(Field::Contact) aria-describedby="sign-up-contact-hint sign-up-problem"
                    bind:value=contact_text />
            </div>
            <div class="field">
                <label for="sign-up-language">{tr("sign-up-language")}</label>
                <select id="sign-up-language" name="language"
                    prop:value=move || language().tag()
                    on:change=move |ev| chosen_language.set(event_target_value(&ev).parse().ok())>
                    {Language::ALL
                        .into_iter()
                        .map(|l| view! {
                            <option value=l.tag() lang=l.tag() selected=move || language() == l>{l.autonym()}</option>
                        })
                        .collect_view()}
                </select>
            </div>
            <div class="field">
                <label for="sign-up-password">{tr("sign-up-password")}</label>
                <p id="sign-up-password-hint" class="hint">
                    {move || i18n.t_with("sign-up-password-hint", &[("count", FluentValue::from(MIN_MOTHER_PASSWORD))])}
                </p>
                <input id="sign-up-password" name="password" autocomplete="new-password" dir="ltr" required
                    minlength=MIN_MOTHER_PASSWORD.to_string()
                    aria-invalid=invalid(Field::Password) aria-describedby="sign-up-password-hint sign-up-problem"
                    type=move || if show_password.get() { "text" } else { "password" }
                    bind:value=password />
            </div>
            <div class="check">
                <input id="sign-up-show-password" type="checkbox" bind:checked=show_password />
                <label for="sign-up-show-password">{tr("sign-in-show-password")}</label>
            </div>
            <p class="error" role="alert" id="sign-up-problem" data-testid="sign-up-problem">{problem_text}</p>
            <button type="submit" class="button primary" disabled=working>
                {move || if working() { i18n.t("sign-up-working") } else { i18n.t("sign-up-submit") }}
            </button>
        </form>
        <Show when=move || sent.with(Option::is_some)>
            <p class="notice" role="status" data-testid="sign-up-code-sent">
                {move || i18n.t_with("sign-up-code-sent", &[("contact", FluentValue::from(sent_to()))])}
            </p>
            {move || demo_code().map(|code| view! {
                <p class="hint" data-testid="sign-up-demo-code">
                    {move || i18n.t_with("sign-up-demo-code", &[("code", FluentValue::from(code.clone()))])}
                </p>
            })}
            <form class="stack" method="post" on:submit=confirm.clone() novalidate data-testid="sign-up-code-form">
                <div class="field">
                    <label for="sign-up-code">{tr("code-label")}</label>
                    <input id="sign-up-code" name="code" type="text" inputmode="numeric" autocomplete="one-time-code"
                        pattern="[0-9]*" maxlength="12" dir="ltr" required class="code-input"
                        aria-invalid=move || code_problem.with(Option::is_some).to_string()
                        aria-describedby="sign-up-code-problem"
                        bind:value=code />
                </div>
                <p class="error" role="alert" id="sign-up-code-problem" data-testid="sign-up-code-problem">
                    {code_problem_text}
                    {move || taken().then(|| view! { " "<a href=sign_in_href>{tr("nav-sign-in")}</a> })}
                </p>
                <button type="submit" class="button primary" disabled=working>
                    {move || if working() { i18n.t("sign-up-working") } else { i18n.t("sign-up-submit") }}
                </button>
            </form>
            <ul class="account-links">
                <li>
                    <button type="button" class="link-button account-link" data-testid="sign-up-send-again"
                        disabled=working on:click=send_again>
                        {tr("code-send-again")}
                    </button>
                </li>
                <li>
                    <button type="button" class="link-button account-link" data-testid="sign-up-change"
                        on:click=move |_| sent.set(None)>
                        {tr("sign-up-change")}
                    </button>
                </li>
            </ul>
        </Show>
        <p class="switch-account">
            {tr("sign-up-have-account")}" "
            <a href=sign_in_href data-testid="sign-in-instead">{tr("nav-sign-in")}</a>
        </p>
    }
}
