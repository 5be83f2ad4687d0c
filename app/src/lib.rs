//! The PeriLink web app: Leptos, rendered in the browser from WebAssembly.
//!
//! - [`i18n`]: Fluent text in twelve languages, fetched one language at a time, and
//!   the `lang`/`dir` of the page.
//! - [`session`]: who is signed in, restored from the refresh cookie on load.
//! - [`phone`]: safe on a shared phone: leaving quickly, a neutral name, the app
//!   lock, and forgetting everything of hers on signing out.
//! - [`api`]: the typed client for the PeriLink API; [`ids`]: ids made on the phone.
//! - [`components`]: the page frame and reusable pieces.
//! - [`pages`]: one module per screen.
//! - [`apps`]: the visitor's app (feature `visitor`), the mother's app and the
//!   staff app (feature `staff`), built from this one crate, and how one hands over
//!   to another.

pub mod api;
pub mod app_files;
pub mod apps;
pub mod components;
pub mod i18n;
pub mod ids;
#[cfg(feature = "staff")]
pub mod offline;
pub mod pages;
pub mod phone;
pub mod session;

use components::frame::Frame;
use i18n::Needs;
use leptos::prelude::*;
use leptos_router::components::{Route, Router, Routes};
use leptos_router::path;
use pages::{find::Find, home::Home, not_found::NotFound, session_page::SessionPage};
use perilink_shared::auth::Role;

// The account screens and the signed-in ones. In the visitor's app the account
// screens hand over to the mother's app, where she signs in or up, and each
// signed-in screen asks her to sign in first.
#[cfg(not(feature = "visitor"))]
use pages::{
    account::Account,
    my_sessions::MySessions,
    password_reset::{ForgotPassword, ResetPassword},
    referrals::Referrals,
    screening::Screening,
    set_up::SetUp,
    sign_in::SignIn,
    sign_up::SignUp,
};
#[cfg(feature = "visitor")]
use {
    apps::{
        MotherApp as SignIn, MotherApp as SignUp, MotherApp as SetUp, MotherApp as ForgotPassword,
        MotherApp as ResetPassword,
    },
    pages::signed_in_elsewhere::{Account, MySessions, Referrals, Screening},
};

// The staff-only screens; in the mother's app each hands over to the staff app.
#[cfg(not(feature = "staff"))]
use apps::{
    StaffApp as Coordinator, StaffApp as Dashboard, StaffApp as Register, StaffApp as Admin,
    StaffApp as AcceptInvitation, StaffApp as People, StaffApp as TwoFactorPage, StaffApp as Feeds,
};
#[cfg(feature = "staff")]
use pages::{
    accept_invitation::AcceptInvitation, coordinator::Coordinator, coordinator::feeds::Feeds,
    dashboard::Dashboard, people::People, register::Register, two_factor::TwoFactorPage,
};

#[cfg(feature = "staff")]
use pages::start::AdminStart as Admin;

/// `/staff` and `/staff/`, the staff app's own address: sends whoever opens it on
/// to their start page, or to sign in.
#[component]
fn StaffEntry() -> impl IntoView {
    let session = session::Session::get();
    let navigate = leptos_router::hooks::use_navigate();
    Effect::new(move |_| {
        let to = match session.state() {
            session::AuthState::Checking => return,
            session::AuthState::SignedIn { user, .. } => start_page(user.role).0,
            session::AuthState::SignedOut => "/sign-in",
        };
        navigate(
            to,
            leptos_router::NavigateOptions {
                replace: true,
                ..Default::default()
            },
        );
    });
    view! { <p aria-busy="true">{components::text::tr("loading")}</p> }
}

/// The whole app: text and session providers around the router.
#[component]
pub fn App() -> impl IntoView {
    let i18n = i18n::I18n::provide();
    phone::Naming::provide();
    phone::QuickExits::provide();
    session::Session::provide();
    #[cfg(feature = "staff")]
    apps::keep_staff_cookie();
    #[cfg(not(feature = "visitor"))]
    apps::arrived();
    // Once her first screen's text is here, the files it took are kept on the phone.
    Effect::new(move |kept: Option<bool>| {
        let ready = kept.unwrap_or(false) || i18n.is_ready();
        if ready && kept != Some(true) {
            app_files::keep_on_phone();
        }
        ready
    });
    view! {
        <Show when=move || i18n.is_ready() fallback=|| view! { <div class="splash" aria-busy="true"></div> }>
            <Router>
                <Frame>
                    <Routes fallback=NotFound>
                        <Route path=path!("/") view=Home />
                        <Route path=path!("/sign-in")
                            view=|| view! { <Needs files=&[i18n::ACCOUNTS]><SignIn /></Needs> } />
                        <Route path=path!("/sign-up")
                            view=|| view! { <Needs files=&[i18n::ACCOUNTS]><SignUp /></Needs> } />
                        <Route path=path!("/find") view=Find />
                        <Route path=path!("/sessions/:id") view=SessionPage />
                        <Route path=path!("/my")
                            view=|| view! { <Needs files=&[i18n::REFERRALS, i18n::SCREENING]><MySessions /></Needs> } />
                        // A mother's check-ins and referrals live at addresses that say
                        // nothing about them (/check, /notes); the old ones send her there.
                        <Route path=path!("/check")
                            view=|| view! { <Needs files=&[i18n::SCREENING]><Screening /></Needs> } />
                        <Route path=path!("/screening")
                            view=|| view! { <Needs files=&[i18n::SCREENING]><Screening /></Needs> } />
                        <Route path=path!("/notes")
                            view=|| view! { <Needs files=&[i18n::REFERRALS]><Referrals /></Needs> } />
                        <Route path=path!("/referrals")
                            view=|| view! { <Needs files=&[i18n::REFERRALS]><Referrals /></Needs> } />
                        <Route path=path!("/register") view=Register />
                        <Route path=path!("/coordinator") view=Coordinator />
                        <Route path=path!("/coordinator/outcomes") view=Dashboard />
                        <Route path=path!("/coordinator/feeds") view=Feeds />
                        <Route path=path!("/admin") view=Admin />
                        <Route path=path!("/staff") view=StaffEntry />
                        <Route path=path!("/staff/") view=StaffEntry />
                        <Route path=path!("/accept-invitation") view=AcceptInvitation />
                        <Route path=path!("/people") view=People />
                        <Route path=path!("/account/two-factor") view=TwoFactorPage />
                        <Route path=path!("/set-up")
                            view=|| view! { <Needs files=&[i18n::ACCOUNTS]><SetUp /></Needs> } />
                        <Route path=path!("/forgot-password")
                            view=|| view! { <Needs files=&[i18n::ACCOUNTS]><ForgotPassword /></Needs> } />
                        <Route path=path!("/reset-password")
                            view=|| view! { <Needs files=&[i18n::ACCOUNTS]><ResetPassword /></Needs> } />
                        <Route path=path!("/account")
                            view=|| view! { <Needs files=&[i18n::ACCOUNTS]><Account /></Needs> } />
                    </Routes>
                </Frame>
            </Router>
        </Show>
    }
}

/// Where each role starts after signing in (its home page), and the locale key naming that page.
pub fn start_page(role: Role) -> (&'static str, &'static str) {
    match role {
        Role::Mother => ("/my", "start-mother"),
        Role::Referrer => ("/referrals", "start-referrer"),
        Role::Host => ("/register", "start-host"),
        Role::Coordinator => ("/coordinator", "start-coordinator"),
        Role::Admin => ("/admin", "start-admin"),
    }
}
