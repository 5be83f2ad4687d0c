//! Referrals: a referrer's caseload and referrals; a host's or coordinator's
//! incoming referrals.

use crate::pages::start::RoleStart;
use leptos::prelude::*;
use perilink_shared::auth::Role;

/// `/referrals`.
#[component]
pub fn Referrals() -> impl IntoView {
    view! { <RoleStart role=Role::Referrer /> }
}
