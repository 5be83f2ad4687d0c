//! `/account/two-factor`: setting up an authenticator app. The app draws the QR
//! code itself and shows the key as text in groups of four; a code from the app
//! turns two-factor on, and the recovery codes are shown this once, with a tick to
//! say they are saved before going on (`?next=`, or the role's starting page).
use crate::api;
use crate::components::account::Problem;
use crate::components::format::ascii_digits;
use crate::components::qr::QrCode;
use crate::components::return_to::safe_next;
use crate::components::text::{dynamic, tr};
use crate::i18n::I18n;
use crate::session::{AuthState, Session};
use crate::start_page;
use leptos::prelude::*;
use leptos_router::components::A;
use leptos_router::hooks::{use_navigate, use_query_map};
use perilink_shared::accounts::{CODE_DIGITS, TotpEnrolment, TwoFactor};
use perilink_shared::auth::Role;

/// Where the page is in setting up.
#[derive(Clone, Debug, PartialEq)]
enum Stage {
    /// Why, and a button to start.
    Intro,
    /// The secret to scan or type, and the code that confirms it.
    Scan(TotpEnrolment),
    /// Two-factor is on: the recovery codes, shown once.
    Codes(Vec<String>),
}

/// A secret as people copy it: groups of four, `JBSW Y3DP EHPK 3PXP`.
pub fn grouped(secret: &str) -> String {
    secret
        .chars()
        .collect::<Vec<_>>()
        .chunks(4)
        .map(|group| group.iter().collect::<String>())
        .collect::<Vec<_>>()
        .join(" ")
}

/// Who is looking, as far as this page cares; a new token does not change it.
#[derive(Clone, Debug, PartialEq)]
enum Viewer {
    Checking,
    SignedOut,
    SignedIn(String, Role),
}

/// `/account/two-factor`.
#[component]
pub fn TwoFactorPage() -> impl IntoView {
    let session = Session::get();
    let viewer = Memo::new(move |_| match session.state() {
        AuthState::Checking => Viewer::Checking,
        AuthState::SignedOut => Viewer::SignedOut,
        AuthState::SignedIn { user, .. } => Viewer::SignedIn(user.id, user.role),
    });
    view! {
        <h1>{tr("twofa-title")}</h1>
        {move || match viewer.get() {
            Viewer::Checking => view! { <p aria-busy="true">{tr("loading")}</p> }.into_any(),
            Viewer::SignedOut => view! {
                <p>{tr("sign-in-needed")}</p>
                <A href="/sign-in" attr:class="button primary">{tr("nav-sign-in")}</A>
            }
            .into_any(),
            Viewer::SignedIn(_, role) => view! { <Enrol role /> }.into_any(),
        }}
    }
}

#[component]
fn Enrol(role: Role) -> impl IntoView {
    let i18n = I18n::get();
    let session = Session::get();
    let query = use_query_map();
    let next = Memo::new(move |_| safe_next(query.with(|q| q.get("next"))));
    let (status, demo) = untrack(|| {
        (
            session.two_factor().unwrap_or(TwoFactor::NotRequired),
            session.is_demo(),
        )
    });
    let stage = RwSignal::new(Stage::Intro);
    let problem = RwSignal::new(None::<Problem>);
    let enrolling = Action::new_local(move |_: &()| async move {
        match session.call(api::accounts::enrol_totp).await {
            Ok(enrolment) => stage.set(Stage::Scan(enrolment)),
            Err(err) => problem.set(Some(Problem::Refused(err))),
        }
    });
    let working = enrolling.pending();

    let start = move |_| {
        problem.set(None);
        enrolling.dispatch_local(());
    };
    let intro_key = match status {
        TwoFactor::EnrolmentRequired => "twofa-required",
        TwoFactor::Satisfied | TwoFactor::Required => "twofa-on",
        TwoFactor::NotRequired if demo => "twofa-demo-exempt",
        TwoFactor::NotRequired => "twofa-not-needed",
    };
    let problem_text = move || problem.get().map(|p| p.text(i18n)).unwrap_or_default();
    let then = move || next.get().unwrap_or_else(|| start_page(role).0.to_owned());

    move || {
        match stage.get() {
        Stage::Intro => view! {
            <p>{tr("twofa-intro")}</p>
            <p class=if status == TwoFactor::EnrolmentRequired { "notice warn" } else { "notice" } role="status"
                data-testid="twofa-status" data-status=status.as_str()>
                {tr(intro_key)}
            </p>
            <p class="error" role="alert">{problem_text}</p>
            {match status {
                TwoFactor::Satisfied | TwoFactor::Required => view! {
                    <A href=then attr:class="button">{tr("twofa-continue")}</A>
                }
                .into_any(),
                _ => view! {
                    <button type="button" class="button primary" data-testid="twofa-start"
                        disabled=move || working.get() on:click=start>
                        {tr("twofa-start")}
                    </button>
                }
                .into_any(),
            }}
        }
        .into_any(),
        Stage::Scan(enrolment) => view! { <Scan enrolment stage /> }.into_any(),
        Stage::Codes(codes) => view! { <RecoveryCodes codes then=Signal::derive(then) /> }.into_any(),
    }
    }
}

/// Step 1, scan or type the key; step 2, the code the app shows.
#[component]
fn Scan(enrolment: TotpEnrolment, stage: RwSignal<Stage>) -> impl IntoView {
    let i18n = I18n::get();
    let session = Session::get();
    let code = RwSignal::new(String::new());
    let problem = RwSignal::new(None::<Problem>);
    let confirming = Action::new_local(move |typed: &String| {
        let typed = typed.clone();
        async move {
            let result = session
                .call(|token| {
                    let typed = typed.clone();
                    async move { api::accounts::confirm_totp(token, typed).await }
                })
                .await;
            match result {
                Ok(confirmation) => {
                    session.signed_in(confirmation.session);
                    stage.set(Stage::Codes(confirmation.recovery_codes));
                }
                Err(err) => problem.set(Some(Problem::Refused(err))),
            }
        }
    });
    let working = confirming.pending();

    let confirm = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let typed: String = ascii_digits(&code.get_untracked())
            .chars()
            .filter(|c| !c.is_whitespace())
            .collect();
        if typed.len() != CODE_DIGITS || !typed.chars().all(|c| c.is_ascii_digit()) {
            problem.set(Some(Problem::Local("code-error-format")));
            return;
        }
        problem.set(None);
        confirming.dispatch_local(typed);
    };
    let problem_text = move || problem.get().map(|p| p.text(i18n)).unwrap_or_default();
    let secret = grouped(&enrolment.secret_base32);

    view! {
        <ol class="twofa-steps">
            <li>
                <p>{tr("twofa-step-scan")}</p>
                <QrCode text=enrolment.otpauth_uri.clone() label=dynamic(move || i18n.t("twofa-qr-label")) />
                <p>{tr("twofa-step-key")}</p>
                <p class="twofa-secret" dir="ltr" translate="no" data-testid="totp-secret">{secret}</p>
            </li>
            <li>
                <form class="stack" method="post" on:submit=confirm novalidate data-testid="twofa-confirm-form">
                    <div class="field">
                        <label for="twofa-code">{tr("twofa-step-code")}</label>
                        <input id="twofa-code" name="code" type="text" inputmode="numeric" autocomplete="one-time-code"
                            pattern="[0-9]*" maxlength="12" dir="ltr" required class="code-input"
                            aria-invalid=move || problem.with(Option::is_some).to_string()
                            aria-describedby="twofa-problem"
                            bind:value=code />
                    </div>
                    <p class="error" role="alert" id="twofa-problem" data-testid="twofa-problem">{problem_text}</p>
                    <button type="submit" class="button primary" disabled=move || working.get()>
                        {move || i18n.t(if working.get() { "twofa-confirming" } else { "twofa-confirm" })}
                    </button>
                </form>
            </li>
        </ol>
    }
}

/// The recovery codes, this once, and a tick before going on.
#[component]
fn RecoveryCodes(codes: Vec<String>, then: Signal<String>) -> impl IntoView {
    let navigate = use_navigate();
    let saved = RwSignal::new(false);
    let go_on = move |_| navigate(&then.get_untracked(), Default::default());
    view! {
        <p class="notice" role="status" data-testid="twofa-on">{tr("twofa-now-on")}</p>
        <h2>{tr("twofa-recovery-title")}</h2>
        <p>{tr("twofa-recovery-intro")}</p>
        <ol class="recovery-codes" dir="ltr" translate="no" data-testid="recovery-codes">
            {codes.into_iter().map(|code| view! { <li>{code}</li> }).collect_view()}
        </ol>
        <div class="check">
            <input id="recovery-saved" type="checkbox" data-testid="recovery-saved" bind:checked=saved />
            <label for="recovery-saved">{tr("twofa-recovery-saved")}</label>
        </div>
        <button type="button" class="button primary" data-testid="twofa-continue"
            disabled=move || !saved.get() on:click=go_on>
            {tr("twofa-continue")}
        </button>
    }
}

#[cfg(test)]
mod tests {
    use super::grouped;

    #[test]
    fn a_secret_is_shown_in_groups_of_four() {
        assert_eq!(grouped("JBSWY3DPEHPK3PXP"), "JBSW Y3DP EHPK 3PXP");
        assert_eq!(grouped("ABCDEF"), "ABCD EF");
        assert_eq!(grouped(""), "");
    }
}
