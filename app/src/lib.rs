//! The PeriLink web app: Leptos, rendered in the browser from WebAssembly.
//!
//! - [`i18n`]: Fluent text in twelve languages, fetched one language at a time, and
//!   the `lang`/`dir` of the page.
//! - [`session`]: who is signed in, restored from the refresh cookie on load.
//! - [`api`]: the typed client for the PeriLink API.
//! - [`components`]: the page frame and reusable pieces.
//! - [`pages`]: one module per screen.
//! - [`apps`]: the mother's app and the staff app (feature `staff`), built from
//!   this one crate, and how one hands over to the other.

pub mod api;
pub mod api_referrals;
#[cfg(feature = "staff")]
pub mod api_reports;
pub mod api_screening;
pub mod apps;
pub mod components;
pub mod i18n;
#[cfg(feature = "staff")]
pub mod offline;
pub mod pages;
pub mod session;

use components::frame::Frame;
use i18n::Needs;
use leptos::prelude::*;
use leptos_router::components::{Route, Router, Routes};
use leptos_router::path;
use pages::{
    find::Find, home::Home, my_sessions::MySessions, not_found::NotFound, referrals::Referrals,
    screening::Screening, session_page::SessionPage, sign_in::SignIn, sign_up::SignUp,
};
use perilink_shared::auth::Role;

// The staff-only screens; in the mother's app each hands over to the staff app.
#[cfg(not(feature = "staff"))]
use apps::{StaffApp as Coordinator, StaffApp as Dashboard, StaffApp as Register, StaffApp as Admin};
#[cfg(feature = "staff")]
use pages::{coordinator::Coordinator, dashboard::Dashboard, register::Register};

/// `/admin`.
#[cfg(feature = "staff")]
#[component]
fn Admin() -> impl IntoView {
    view! { <pages::start::RoleStart role=Role::Admin /> }
}

/// The whole app: text and session providers around the router.
#[component]
pub fn App() -> impl IntoView {
    let i18n = i18n::I18n::provide();
    session::Session::provide();
    #[cfg(feature = "staff")]
    apps::keep_staff_cookie();
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
                        <Route path=path!("/screening")
                            view=|| view! { <Needs files=&[i18n::SCREENING]><Screening /></Needs> } />
                        <Route path=path!("/referrals")
                            view=|| view! { <Needs files=&[i18n::REFERRALS]><Referrals /></Needs> } />
                        <Route path=path!("/register") view=Register />
                        <Route path=path!("/coordinator") view=Coordinator />
                        <Route path=path!("/coordinator/outcomes") view=Dashboard />
                        <Route path=path!("/admin") view=Admin />
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
