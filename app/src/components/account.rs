//! Pieces the account screens share: the demo banner, the guard that sends staff
//! to set up two-factor, the new-password field with its rules, where to go after
//! signing in, and the messages for the accounts API's refusals.

use crate::api::ApiError;
use crate::components::return_to::with_next;
use crate::components::text::tr;
use crate::i18n::I18n;
use crate::session::Session;
use crate::start_page;
use fluent_bundle::FluentValue;
use leptos::prelude::*;
use leptos_router::NavigateOptions;
use leptos_router::hooks::{use_location, use_navigate};
use perilink_shared::accounts::{MIN_PASSWORD_CHARS, PasswordProblem, TwoFactor, check_password_length};
use perilink_shared::auth::{LoginResponse, UserProfile};
use perilink_shared::error::ErrorCode;

/// Where two-factor is set up.
pub const ENROL_PATH: &str = "/account/two-factor";

/// Where to go once signed in: setting up two-factor first if this account needs
/// it, then `next`, or the role's starting page.
pub fn after_sign_in(user: &UserProfile, next: Option<String>) -> String {
    let then = next.unwrap_or_else(|| start_page(user.role).0.to_owned());
    match user.two_factor {
        TwoFactor::EnrolmentRequired => with_next(ENROL_PATH, Some(&then)),
        _ => then,
    }
}

/// "This is a demo": on every page while the server runs the demo.
#[component]
pub fn DemoBanner() -> impl IntoView {
    let session = Session::get();
    // Asked once, so the banner shows before anyone signs in too.
    let about = LocalResource::new(crate::api::about);
    let demo = move || session.is_demo() || about.get().and_then(Result::ok).is_some_and(|a| a.demo);
    view! {
        <Show when=demo>
            <p class="demo-banner" role="note" data-testid="demo-banner">{tr("demo-banner")}</p>
        </Show>
    }
}

/// Sends a member of staff who must set up two-factor to do so, whatever page
/// she opens (but her account pages), and one whose sign-in lacks its code to
/// sign in again; both come back afterwards.
#[component]
pub fn TwoFactorGuard() -> impl IntoView {
    let session = Session::get();
    let location = use_location();
    let navigate = use_navigate();
    Effect::new(move |_| {
        let path = location.pathname.get();
        let here = format!("{path}{}", location.search.get_untracked());
        let replace = NavigateOptions {
            replace: true,
            ..Default::default()
        };
        match session.two_factor() {
            Some(TwoFactor::EnrolmentRequired) if !path.starts_with("/account") => {
                navigate(&with_next(ENROL_PATH, Some(&here)), replace);
            }
            Some(TwoFactor::Required) => {
                let navigate = navigate.clone();
                leptos::task::spawn_local(async move {
                    session.sign_out().await;
                    navigate(&with_next("/sign-in", Some(&here)), replace);
                });
            }
            _ => {}
        }
    });
}

/// The locale key explaining why a password is refused here, before sending it.
pub fn password_problem(password: &str) -> Option<&'static str> {
    match check_password_length(password) {
        Ok(()) => None,
        Err(PasswordProblem::TooShort) => Some("password-error-short"),
        Err(PasswordProblem::TooLong) => Some("password-error-long"),
        Err(PasswordProblem::Common) => Some("password-error-weak"),
    }
}

/// A message with the password rules' numbers, whatever it is.
pub fn password_text(i18n: I18n, key: &str) -> String {
    i18n.t_with(key, &[("count", FluentValue::from(MIN_PASSWORD_CHARS))])
}

/// A new password: labelled, its rules said beside it, pasting welcome (a password
/// manager's is the best kind), and a box to show it.
#[component]
pub fn NewPassword(
    /// The input's id; the hint and show box take ids from it.
    id: &'static str,
    value: RwSignal<String>,
    /// Whether the last problem was with the password.
    invalid: Signal<bool>,
    /// The id of the page's problem line, read out with the field.
    problem_id: &'static str,
) -> impl IntoView {
    let i18n = I18n::get();
    let show = RwSignal::new(false);
    let hint_id = format!("{id}-hint");
    let show_id = format!("{id}-show");
    view! {
        <div class="field">
            <label for=id>{tr("password-new")}</label>
            <p id=hint_id.clone() class="hint">{move || password_text(i18n, "password-rules")}</p>
            <input id=id name="new-password" autocomplete="new-password" dir="ltr" required
                minlength=MIN_PASSWORD_CHARS.to_string() spellcheck="false" autocapitalize="none"
                aria-invalid=move || invalid.get().to_string()
                aria-describedby=format!("{hint_id} {problem_id}")
                type=move || if show.get() { "text" } else { "password" }
                bind:value=value />
        </div>
        <div class="check">
            <input id=show_id.clone() type="checkbox" bind:checked=show />
            <label for=show_id>{tr("sign-in-show-password")}</label>
        </div>
    }
}

/// The locale key for a refusal from the accounts API: links that have expired or
/// been used, codes that are wrong, passwords that are too weak; anything else as
/// every page says it.
pub fn refusal_key(err: &ApiError) -> &'static str {
    let ApiError::Server { code, .. } = err else {
        return err.message_key();
    };
    match code {
        ErrorCode::InvitationExpired => "invite-error-expired",
        ErrorCode::InvitationUsed => "invite-error-used",
        ErrorCode::InvitationRevoked => "invite-error-revoked",
        ErrorCode::LinkExpired => "link-error-expired",
        ErrorCode::LinkUsed => "link-error-used",
        ErrorCode::CodeInvalid => "code-error-invalid",
        ErrorCode::TooManyAttempts => "code-error-too-many",
        ErrorCode::PasswordTooWeak => "password-error-weak",
        ErrorCode::ValidationFailed => "account-error-invalid",
        ErrorCode::Conflict => "account-error-conflict",
        ErrorCode::NotFound => "link-error-invalid",
        _ => err.message_key(),
    }
}

/// What went wrong on an account screen: found before sending, or the server's
/// refusal.
#[derive(Clone, Debug, PartialEq)]
pub enum Problem {
    /// The locale key of a problem found before sending.
    Local(&'static str),
    /// The server said no.
    Refused(ApiError),
}

impl Problem {
    /// The problem in the interface language.
    pub fn text(&self, i18n: I18n) -> String {
        match self {
            Problem::Local(key) => password_text(i18n, key),
            Problem::Refused(ApiError::Server {
                code: ErrorCode::TooManyRequests,
                retry_after,
                ..
            }) => i18n.t_with(
                "sign-in-error-throttled",
                &[(
                    "minutes",
                    FluentValue::from(retry_after.unwrap_or(900).div_ceil(60)),
                )],
            ),
            Problem::Refused(err) => i18n.t(refusal_key(err)),
        }
    }

    /// Whether the problem is with the password typed.
    pub fn is_password(&self) -> bool {
        match self {
            Problem::Local(key) => key.starts_with("password-"),
            Problem::Refused(err) => refusal_key(err) == "password-error-weak",
        }
    }

    /// Whether the link itself no longer works (so the form is no use).
    pub fn is_dead_link(&self) -> bool {
        matches!(
            self,
            Problem::Refused(ApiError::Server {
                code: ErrorCode::InvitationExpired
                    | ErrorCode::InvitationUsed
                    | ErrorCode::InvitationRevoked
                    | ErrorCode::LinkExpired
                    | ErrorCode::LinkUsed
                    | ErrorCode::NotFound,
                ..
            })
        )
    }
}

/// An account form's last problem. Whether it is sending is its submit
/// [`Action`]'s `pending()`.
#[derive(Clone, Copy)]
pub struct FormState {
    pub problem: RwSignal<Option<Problem>>,
}

impl FormState {
    /// A form with no problem.
    pub fn new() -> FormState {
        FormState {
            problem: RwSignal::new(None),
        }
    }

    /// Whether to send: not if a problem found before sending (its locale key in
    /// `found`) is shown instead.
    pub fn start(&self, found: Option<&'static str>) -> bool {
        self.problem.set(found.map(Problem::Local));
        found.is_none()
    }

    /// Sending ended with the server saying no.
    pub fn refused(&self, err: ApiError) {
        self.problem.set(Some(Problem::Refused(err)));
    }

    /// The last problem in the interface language, or nothing.
    pub fn problem_text(&self, i18n: I18n) -> String {
        self.problem.get().map(|p| p.text(i18n)).unwrap_or_default()
    }

    /// Whether the last problem was with the password.
    pub fn password_invalid(&self) -> Signal<bool> {
        let problem = self.problem;
        Signal::derive(move || problem.with(|p| p.as_ref().is_some_and(Problem::is_password)))
    }

    /// Whether the link the page was opened from no longer works.
    pub fn dead_link(&self) -> bool {
        self.problem
            .with(|p| p.as_ref().is_some_and(Problem::is_dead_link))
    }
}

impl Default for FormState {
    fn default() -> Self {
        FormState::new()
    }
}

/// Ends a form that signs in: on to where [`after_sign_in`] says, or the refusal
/// shown on the form.
pub fn finish_sign_in(
    session: Session,
    navigate: impl Fn(&str, NavigateOptions),
    form: FormState,
    result: Result<LoginResponse, ApiError>,
) {
    match result {
        Ok(response) => {
            let href = after_sign_in(&response.user, None);
            session.signed_in(response);
            navigate(&href, Default::default());
        }
        Err(err) => form.refused(err),
    }
}
