//! A staff screen only some roles may open: the coordinator's directory, the outcome
//! reports and the people screen each draw it, instead of keeping their own copy.

use crate::components::text::tr;
use crate::session::{AuthState, Session};
use leptos::prelude::*;
use leptos_router::components::A;
use perilink_shared::auth::Role;

/// Where the gate stands.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Gate {
    Checking,
    SignedOut,
    NotForYou,
    Open(Role),
}

/// Draws `screen` for the roles in `allow`, given the signed-in role; "loading"
/// while the session is checked, the way to sign in when nobody is, and "not for
/// you" to any other role. Keyed on the role, so renewing the token (every few
/// minutes) does not draw the screen again and lose what she was typing.
#[component]
pub fn RoleGate<F, V>(
    /// The roles that may open the screen.
    allow: &'static [Role],
    /// The screen, given the role of whoever opened it.
    screen: F,
) -> impl IntoView
where
    F: Fn(Role) -> V + Send + Sync + 'static,
    V: IntoView + 'static,
{
    let session = Session::get();
    let gate = Memo::new(move |_| match session.state() {
        AuthState::Checking => Gate::Checking,
        AuthState::SignedOut => Gate::SignedOut,
        AuthState::SignedIn { user, .. } if allow.contains(&user.role) => Gate::Open(user.role),
        AuthState::SignedIn { .. } => Gate::NotForYou,
    });
    move || match gate.get() {
        Gate::Checking => view! { <p aria-busy="true">{tr("loading")}</p> }.into_any(),
        Gate::SignedOut => view! {
            <p>{tr("sign-in-needed")}</p>
            <A href="/sign-in" attr:class="button primary">{tr("nav-sign-in")}</A>
        }
        .into_any(),
        Gate::NotForYou => view! { <p class="error" role="alert">{tr("error-forbidden")}</p> }.into_any(),
        Gate::Open(role) => screen(role).into_any(),
    }
}
