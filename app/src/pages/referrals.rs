//! Referrals: a referrer's desk (news, making a referral, her caseload); a host's or
//! coordinator's incoming referrals; and for a mother, her own referrals.
//!
//! - [`referrer`]: the referrer's desk, with the steps of a referral in
//!   [`register`] (finding or registering the mother), [`picker`] (choosing a
//!   session by its record of replies) and [`consent`].
//! - [`incoming`]: accept, decline with a reason, or book a date.
//! - [`common`]: pieces the staff screens share.

#[cfg(feature = "staff")]
mod common;
#[cfg(feature = "staff")]
mod consent;
#[cfg(feature = "staff")]
mod incoming;
#[cfg(feature = "staff")]
mod picker;
#[cfg(feature = "staff")]
mod referrer;
#[cfg(feature = "staff")]
mod register;

use crate::components::my_referrals::MyReferrals;
use crate::components::sign_in_needed::SignInNeeded;
use crate::components::text::tr;
use crate::session::{AuthState, Session};
use leptos::prelude::*;
use perilink_shared::auth::{Role, UserProfile};

/// Where a mother's own referrals live.
pub const NOTES_PATH: &str = "/notes";

/// Who is looking, as far as this page cares; a token renewal does not change it.
#[derive(Clone, Debug, PartialEq)]
enum Viewer {
    Checking,
    SignedOut,
    Referrer(UserProfile),
    Provider(String),
    Mother(String),
    Other,
}

/// `/referrals`.
#[component]
pub fn Referrals() -> impl IntoView {
    let session = Session::get();
    let viewer = Memo::new(move |_| match session.state() {
        AuthState::Checking => Viewer::Checking,
        AuthState::SignedOut => Viewer::SignedOut,
        AuthState::SignedIn { user, .. } => match user.role {
            Role::Referrer => Viewer::Referrer(user),
            Role::Host | Role::Coordinator => Viewer::Provider(user.id),
            Role::Mother => Viewer::Mother(user.id),
            Role::Admin => Viewer::Other,
        },
    });
    move || match viewer.get() {
        Viewer::Checking => view! {
            <h1>{tr("start-referrer")}</h1>
            <p aria-busy="true">{tr("loading")}</p>
        }
        .into_any(),
        Viewer::SignedOut => view! {
            <h1>{tr("start-referrer")}</h1>
            <SignInNeeded message="sign-in-needed" />
        }
        .into_any(),
        #[cfg(feature = "staff")]
        Viewer::Referrer(user) => view! { <referrer::ReferrerDesk user /> }.into_any(),
        #[cfg(feature = "staff")]
        Viewer::Provider(_) => view! { <incoming::Incoming /> }.into_any(),
        #[cfg(not(feature = "staff"))]
        Viewer::Referrer(_) | Viewer::Provider(_) => view! { <crate::apps::StaffApp /> }.into_any(),
        // Her referrals live at /notes, an address that says nothing about them.
        Viewer::Mother(_) if leptos_router::hooks::use_location().pathname.get_untracked() != NOTES_PATH => {
            view! { <crate::components::shared_phone::MoveTo href=NOTES_PATH.to_owned() /> }.into_any()
        }
        Viewer::Mother(_) => view! { <MyReferrals as_page=true /> }.into_any(),
        Viewer::Other => view! {
            <h1>{tr("start-referrer")}</h1>
            <p class="error" role="alert">{tr("error-forbidden")}</p>
        }
        .into_any(),
    }
}
