//! The admin's start page, `/admin`: what needs her first (invitations waiting,
//! the staff she manages), the way to each of her jobs, and who she is signed in
//! as, checked against the server with `GET /api/me`.

use crate::api::{self, ApiError};
use crate::i18n::I18n;
use crate::session::{AuthState, Session};
use crate::start_page;
use fluent_bundle::FluentValue;
use leptos::prelude::*;
use leptos_router::components::A;
use perilink_shared::accounts::InvitationStatus;
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

/// `/admin`; anyone but an admin is told the page is not for them.
#[component]
pub fn AdminStart() -> impl IntoView {
    let i18n = I18n::get();
    let session = Session::get();
    let (_, title_key) = start_page(Role::Admin);
    // Loads once signed in; the signed-in user's id keys it, so a token renewal
    // does not load it again.
    let signed_in_as = Memo::new(move |_| session.user().filter(|u| u.role == Role::Admin).map(|u| u.id));
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
            AuthState::SignedIn { user, .. } if user.role != Role::Admin => {
                view! { <p class="error" role="alert">{move || i18n.t("error-forbidden")}</p> }.into_any()
            }
            AuthState::SignedIn { .. } => view! {
                <p>{move || i18n.t("admin-intro")}</p>
                <Jobs />
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

/// How many staff accounts and waiting invitations she manages.
#[derive(Clone, Copy, Debug, PartialEq)]
struct PeopleCounts {
    staff: usize,
    waiting: usize,
}

/// Her jobs, people first with what waits there, each one tap away.
#[component]
fn Jobs() -> impl IntoView {
    let i18n = I18n::get();
    let session = Session::get();
    let counts = LocalResource::new(move || async move {
        session
            .call(|token| async move {
                let (users, invitations) = futures::join!(
                    api::accounts::staff_users(&token),
                    api::accounts::invitations(&token),
                );
                Ok::<_, ApiError>(PeopleCounts {
                    staff: users?.len(),
                    waiting: invitations?
                        .iter()
                        .filter(|i| i.status == InvitationStatus::Pending)
                        .count(),
                })
            })
            .await
    });
    let people_line = move || match counts.get() {
        None => i18n.t("loading"),
        Some(Ok(c)) => i18n.t_with(
            "admin-people-counts",
            &[
                ("staff", FluentValue::from(c.staff)),
                ("waiting", FluentValue::from(c.waiting)),
            ],
        ),
        Some(Err(err)) => i18n.t(err.message_key()),
    };
    let job = |href: &'static str, key: &'static str, hint: &'static str| {
        view! {
            <li class="card admin-job">
                <a href=href class="button" data-testid="admin-job">{move || i18n.t(key)}</a>
                <p class="hint">{move || i18n.t(hint)}</p>
            </li>
        }
    };
    view! {
        <ul class="admin-jobs" data-testid="admin-jobs">
            <li class="card admin-job">
                <a href="/people" class="button primary" data-testid="admin-job">{move || i18n.t("nav-people")}</a>
                <p class="hint" data-testid="admin-people-counts">{people_line}</p>
            </li>
            {job("/coordinator", "nav-directory", "admin-directory-hint")}
            {job("/coordinator/outcomes", "reports-title", "admin-outcomes-hint")}
            {job("/register", "nav-register", "admin-registers-hint")}
            {job("/screening", "nav-alerts", "admin-alerts-hint")}
        </ul>
    }
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
