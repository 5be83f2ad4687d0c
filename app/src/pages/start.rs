//! Each role's starting page after signing in: for now it shows who is signed in,
//! checked against the server with `GET /api/me`; each role's work arrives here
//! as its issue lands.

use crate::api::{self, ApiError};
use crate::i18n::I18n;
use crate::session::{AuthState, Session};
use crate::start_page;
use leptos::prelude::*;
use leptos_router::components::A;
use perilink_shared::auth::{Role, UserProfile};

/// The locale key naming a role.
pub fn role_key(role: Role) -> &'static str {
    match role {
        Role::Mother => "role-mother",
        Role::Referrer => "role-referrer",
        Role::Host => "role-host",
        Role::Coordinator => "role-coordinator",
        Role::Admin => "role-admin",
    }
}

/// The starting page of `role`; anyone else is told the page is not for them.
#[component]
pub fn RoleStart(role: Role) -> impl IntoView {
    let i18n = I18n::get();
    let session = Session::get();
    let (_, title_key) = start_page(role);
    let intro_key = match role {
        Role::Mother => "start-mother-intro",
        Role::Referrer => "start-referrer-intro",
        Role::Host => "start-host-intro",
        Role::Coordinator => "start-coordinator-intro",
        Role::Admin => "start-admin-intro",
    };
    // Loads once signed in; the signed-in user's id keys it, so a token renewal
    // does not load it again.
    let signed_in_as = Memo::new(move |_| session.user().map(|u| u.id));
    let profile = LocalResource::new(move || {
        let signed_in = signed_in_as.get().is_some();
        async move {
            if signed_in {
                Some(session.call(|token| async move { api::me(&token).await }).await)
            } else {
                None
            }
        }
    });

    view! {
        <h1>{move || i18n.t(title_key)}</h1>
        {move || match session.state() {
            AuthState::Checking => view! { <p aria-busy="true">{move || i18n.t("loading")}</p> }.into_any(),
            AuthState::SignedOut => view! {
                <p>{move || i18n.t("sign-in-needed")}</p>
                <A href="/sign-in" attr:class="button primary">{move || i18n.t("nav-sign-in")}</A>
            }
            .into_any(),
            AuthState::SignedIn { user, .. } if user.role != role => {
                view! { <p class="error" role="alert">{move || i18n.t("error-forbidden")}</p> }.into_any()
            }
            AuthState::SignedIn { .. } => view! {
                <p>{move || i18n.t(intro_key)}</p>
                <Suspense fallback=move || view! { <p aria-busy="true">{move || i18n.t("loading")}</p> }>
                    {move || profile.get().flatten().map(|result| match result {
                        Ok(user) => view! { <Details user /> }.into_any(),
                        Err(err) => view! { <p class="error" role="alert">{move || i18n.t(error_key(&err))}</p> }.into_any(),
                    })}
                </Suspense>
            }
            .into_any(),
        }}
    }
}

fn error_key(err: &ApiError) -> &'static str {
    err.message_key()
}

/// The signed-in user's details, as the server holds them.
#[component]
fn Details(user: UserProfile) -> impl IntoView {
    let i18n = I18n::get();
    let role = role_key(user.role);
    view! {
        <section class="card">
            <h2>{move || i18n.t("start-your-details")}</h2>
            <dl class="details">
                <dt>{move || i18n.t("start-detail-name")}</dt>
                <dd>{user.display_name.clone()}</dd>
                <dt>{move || i18n.t("start-detail-role")}</dt>
                <dd>{move || i18n.t(role)}</dd>
                {user.job_title.clone().map(|job| view! {
                    <dt>{move || i18n.t("start-detail-job")}</dt>
                    <dd>{job}</dd>
                })}
                {user.organisation.clone().map(|organisation| view! {
                    <dt>{move || i18n.t("start-detail-organisation")}</dt>
                    <dd>{organisation}</dd>
                })}
                <dt>{move || i18n.t("start-detail-email")}</dt>
                <dd dir="ltr">{user.email.clone()}</dd>
            </dl>
        </section>
    }
}
