//! A mother signs herself up in a minute.

use crate::pages::sign_in::SignIn;
use leptos::prelude::*;

/// `/sign-up`.
#[component]
pub fn SignUp() -> impl IntoView {
    view! { <SignIn /> }
}
