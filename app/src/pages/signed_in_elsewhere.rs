//! The visitor's app (feature `visitor`) in place of the signed-in screens: each
//! shows what the mother's app shows someone not signed in there. Once she signs
//! in, the next page load brings the mother's app, which has the screens
//! themselves (see [`crate::apps`]).

use crate::components::sign_in_needed::SignInNeeded;
use crate::components::text::tr;
use leptos::prelude::*;

/// `/my`.
#[component]
pub fn MySessions() -> impl IntoView {
    view! {
        <h1>{tr("start-mother")}</h1>
        <SignInNeeded message="my-sign-in-needed" next="/my" sign_up=true />
    }
}

/// `/check` and `/screening`.
#[component]
pub fn Screening() -> impl IntoView {
    view! {
        <h1>{tr("screening-title")}</h1>
        <SignInNeeded message="sign-in-needed" next=crate::pages::screening::CHECK_PATH />
    }
}

/// `/notes` and `/referrals`.
#[component]
pub fn Referrals() -> impl IntoView {
    view! {
        <h1>{tr("start-referrer")}</h1>
        <SignInNeeded message="sign-in-needed" />
    }
}

/// `/account`.
#[component]
pub fn Account() -> impl IntoView {
    view! {
        <h1>{tr("account-title")}</h1>
        <SignInNeeded message="sign-in-needed" />
    }
}
