//! The coordinator's screens: keeping the directory right.

use crate::pages::start::RoleStart;
use leptos::prelude::*;
use perilink_shared::auth::Role;

/// `/coordinator`.
#[component]
pub fn Coordinator() -> impl IntoView {
    view! { <RoleStart role=Role::Coordinator /> }
}
