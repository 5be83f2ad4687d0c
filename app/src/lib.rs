//! The PeriLink web app: Leptos, rendered in the browser from WebAssembly.
//!
//! - [`i18n`]: Fluent text in twelve languages, fetched one language at a time, and
//!   the `lang`/`dir` of the page.
//! - [`session`]: who is signed in, restored from the refresh cookie on load.
//! - [`api`]: the typed client for the PeriLink API.
//! - [`components`]: the page frame and reusable pieces.
//! - [`pages`]: one module per screen.

pub mod api;
pub mod api_accounts;
pub mod api_referrals;
pub mod api_reports;
pub mod api_screening;
pub mod components;
pub mod i18n;
pub mod offline;
pub mod pages;
pub mod session;

use components::frame::Frame;
use leptos::prelude::*;
use leptos_router::components::{Route, Router, Routes};
use leptos_router::path;
use pages::{
    accept_invitation::AcceptInvitation,
    account::Account,
    password_reset::{ForgotPassword, ResetPassword},
    people::People,
    set_up::SetUp,
    two_factor::TwoFactorPage,
};
use pages::{
    coordinator::Coordinator, dashboard::Dashboard, find::Find, home::Home, my_sessions::MySessions,
    not_found::NotFound, referrals::Referrals, register::Register, screening::Screening,
    session_page::SessionPage, sign_in::SignIn, sign_up::SignUp, start::RoleStart,
};
use perilink_shared::auth::Role;

/// The whole app: text and session providers around the router.
#[component]
pub fn App() -> impl IntoView {
    let i18n = i18n::I18n::provide();
    session::Session::provide();
    view! {
        <Show when=move || i18n.is_ready() fallback=|| view! { <div class="splash" aria-busy="true"></div> }>
            <Router>
                <Frame>
                    <Routes fallback=NotFound>
                        <Route path=path!("/") view=Home />
                        <Route path=path!("/sign-in") view=SignIn />
                        <Route path=path!("/sign-up") view=SignUp />
                        <Route path=path!("/find") view=Find />
                        <Route path=path!("/sessions/:id") view=SessionPage />
                        <Route path=path!("/my") view=MySessions />
                        <Route path=path!("/screening") view=Screening />
                        <Route path=path!("/referrals") view=Referrals />
                        <Route path=path!("/register") view=Register />
                        <Route path=path!("/coordinator") view=Coordinator />
                        <Route path=path!("/coordinator/outcomes") view=Dashboard />
                        <Route path=path!("/admin") view=|| view! { <RoleStart role=Role::Admin /> } />
                        <Route path=path!("/accept-invitation") view=AcceptInvitation />
                        <Route path=path!("/set-up") view=SetUp />
                        <Route path=path!("/forgot-password") view=ForgotPassword />
                        <Route path=path!("/reset-password") view=ResetPassword />
                        <Route path=path!("/account") view=Account />
                        <Route path=path!("/account/two-factor") view=TwoFactorPage />
                        <Route path=path!("/people") view=People />
                    </Routes>
                </Frame>
            </Router>
        </Show>
    }
}

/// Where each role starts after signing in, and the locale key naming that page.
pub fn start_page(role: Role) -> (&'static str, &'static str) {
    match role {
        Role::Mother => ("/my", "start-mother"),
        Role::Referrer => ("/referrals", "start-referrer"),
        Role::Host => ("/register", "start-host"),
        Role::Coordinator => ("/coordinator", "start-coordinator"),
        Role::Admin => ("/admin", "start-admin"),
    }
}
