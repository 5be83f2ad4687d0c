//! What a signed-in screen shows to someone not signed in, in the mother's app and
//! in the visitor's app alike (see [`crate::pages::signed_in_elsewhere`]).

use crate::components::return_to::with_next;
use crate::components::text::tr;
use leptos::prelude::*;

/// Why the screen is empty, and the way to sign in (and to sign up, on her own
/// screens), coming back to `next` afterwards.
#[component]
pub fn SignInNeeded(
    /// The locale key saying why.
    message: &'static str,
    /// Where signing in brings her back to.
    #[prop(optional)]
    next: Option<&'static str>,
    /// Whether making an account is offered too.
    #[prop(optional)]
    sign_up: bool,
) -> impl IntoView {
    view! {
        <p>{tr(message)}</p>
        <div class="actions">
            <a href=with_next("/sign-in", next) class="button primary">{tr("nav-sign-in")}</a>
            {sign_up.then(|| view! {
                <a href=with_next("/sign-up", next) class="button">{tr("sign-up-title")}</a>
            })}
        </div>
    }
}
