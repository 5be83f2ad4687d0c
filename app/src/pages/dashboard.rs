//! The coordinator's outcomes dashboard.

use crate::pages::start::RoleStart;
use leptos::prelude::*;
use perilink_shared::auth::Role;

/// `/coordinator/outcomes`.
#[component]
pub fn Dashboard() -> impl IntoView {
    view! { <RoleStart role=Role::Coordinator /> }
}
