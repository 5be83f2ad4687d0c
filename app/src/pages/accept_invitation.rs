//! `/accept-invitation?token=…`: a member of staff invited by email sees who the
//! invitation is for (email, role, organisation), gives her name and chooses a
//! password. She is signed in at once and taken to set up two-factor.
use crate::api;
use crate::components::account::{FormState, NewPassword, Problem, finish_sign_in, password_problem};
use crate::components::text::tr;
use crate::i18n::I18n;
use crate::pages::start::role_key;
use crate::session::Session;
use leptos::prelude::*;
use leptos_router::components::A;
use leptos_router::hooks::{use_navigate, use_query_map};
use perilink_shared::accounts::{AcceptInvitationRequest, InvitationPreview};

/// `/accept-invitation`.
#[component]
pub fn AcceptInvitation() -> impl IntoView {
    let i18n = I18n::get();
    let query = use_query_map();
    let token = Memo::new(move |_| query.with(|q| q.get("token")).unwrap_or_default());
    let preview = LocalResource::new(move || {
        let token = token.get();
        async move {
            api::accounts::preview_invitation(token)
                .await
                .map_err(Problem::Refused)
        }
    });
    view! {
        <h1>{tr("invite-accept-title")}</h1>
        {move || match preview.get() {
            None => view! { <p aria-busy="true">{tr("loading")}</p> }.into_any(),
            Some(Err(problem)) => view! {
                <p class="error" role="alert" data-testid="invite-problem">{move || problem.text(i18n)}</p>
                <A href="/sign-in" attr:class="button">{tr("nav-sign-in")}</A>
            }
            .into_any(),
            Some(Ok(invitation)) => view! { <AcceptForm token=token.get_untracked() invitation /> }.into_any(),
        }}
    }
}

/// What the invitation is for, and her name and password.
#[component]
fn AcceptForm(token: String, invitation: InvitationPreview) -> impl IntoView {
    let i18n = I18n::get();
    let session = Session::get();
    let navigate = use_navigate();
    let name = RwSignal::new(String::new());
    let password = RwSignal::new(String::new());
    let form = FormState::new();
    let token = StoredValue::new(token);
    let accepting = Action::new_local(move |request: &AcceptInvitationRequest| {
        let (navigate, request) = (navigate.clone(), request.clone());
        async move {
            let result = api::accounts::accept_invitation(request).await;
            finish_sign_in(session, navigate, form, result);
        }
    });
    let working = accepting.pending();

    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let display_name = name.get_untracked().trim().to_owned();
        let password_value = password.get_untracked();
        let found = if display_name.is_empty() {
            Some("invite-error-name")
        } else {
            password_problem(&password_value)
        };
        if !form.start(found) {
            return;
        }
        let request = AcceptInvitationRequest {
            token: token.get_value(),
            password: password_value,
            display_name,
        };
        accepting.dispatch_local(request);
    };
    let name_invalid = move || (form.problem.get() == Some(Problem::Local("invite-error-name"))).to_string();
    let role = role_key(invitation.role);

    view! {
        <p>{tr("invite-accept-intro")}</p>
        <dl class="details card" data-testid="invitation">
            <dt>{tr("invite-accept-email")}</dt>
            <dd dir="ltr" data-testid="invitation-email">{invitation.email.clone()}</dd>
            <dt>{tr("invite-accept-role")}</dt>
            <dd data-testid="invitation-role" data-role=invitation.role.as_str()>{tr(role)}</dd>
            {invitation.organisation_name.clone().map(|organisation| view! {
                <dt>{tr("invite-accept-organisation")}</dt>
                <dd data-testid="invitation-organisation">{organisation}</dd>
            })}
        </dl>
        <form class="stack" method="post" on:submit=submit novalidate data-testid="accept-form">
            // For password managers: the account this password belongs to.
            <input type="email" name="username" autocomplete="username" value=invitation.email.clone()
                hidden=true readonly=true />
            <div class="field">
                <label for="invite-name">{tr("invite-accept-name")}</label>
                <p id="invite-name-hint" class="hint">{tr("invite-accept-name-hint")}</p>
                <input id="invite-name" name="name" type="text" autocomplete="name" required maxlength="200"
                    aria-invalid=name_invalid aria-describedby="invite-name-hint invite-problem"
                    bind:value=name />
            </div>
            <NewPassword id="invite-password" value=password invalid=form.password_invalid() problem_id="invite-problem" />
            <p class="error" role="alert" id="invite-problem" data-testid="invite-problem">{move || form.problem_text(i18n)}</p>
            <button type="submit" class="button primary" disabled=move || working.get()>
                {move || i18n.t(if working.get() { "invite-accept-working" } else { "invite-accept-submit" })}
            </button>
        </form>
    }
}
