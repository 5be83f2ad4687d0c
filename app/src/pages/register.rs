//! The register: a host's sessions today, marked on the phone, offline first.

use crate::pages::start::RoleStart;
use leptos::prelude::*;
use perilink_shared::auth::Role;

/// `/register`.
#[component]
pub fn Register() -> impl IntoView {
    view! { <RoleStart role=Role::Host /> }
}
