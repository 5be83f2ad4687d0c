//! My sessions: a mother's bookings, enrolments and waiting-list places.

use crate::pages::start::RoleStart;
use leptos::prelude::*;
use perilink_shared::auth::Role;

/// `/my`.
#[component]
pub fn MySessions() -> impl IntoView {
    view! { <RoleStart role=Role::Mother /> }
}
