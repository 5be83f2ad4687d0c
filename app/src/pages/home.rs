//! The home page: a mother's way in to finding sessions (and, signed in, to a
//! check-in), and staff's way to sign in or carry on to their own starting page.

use crate::i18n::I18n;
use crate::session::{AuthState, Session};
use crate::start_page;
use fluent_bundle::FluentValue;
use leptos::prelude::*;
use leptos_router::components::A;
use perilink_shared::auth::Role;

/// `/`.
#[component]
pub fn Home() -> impl IntoView {
    let i18n = I18n::get();
    let session = Session::get();
    // Nothing here waits for the network: the app's copy replaces the server's now.
    Effect::new(move |_| crate::i18n::take_over());
    view! {
        <section class="hero">
            <h1>{move || i18n.t("home-title")}</h1>
            <p>{move || i18n.t("home-intro")}</p>
            <A href="/find" attr:class="button primary">{move || i18n.t("home-find-button")}</A>
            <Show when=move || matches!(session.state(), AuthState::SignedOut)>
                <p class="switch-account">
                    {move || i18n.t("home-new-here")}" "
                    <A href="/sign-up">{move || i18n.t("sign-in-make-account")}</A>
                </p>
            </Show>
        </section>
        <section class="card">
            {move || match session.state() {
                AuthState::SignedIn { user, .. } => {
                    let (href, place_key) = start_page(user.role);
                    let name = user.display_name.clone();
                    view! {
                        <p>{move || i18n.t_with("home-signed-in-as", &[("name", FluentValue::from(name.clone()))])}</p>
                        <A href=href attr:class="button">
                            {move || i18n.t_with("home-continue", &[("place", FluentValue::from(i18n.t(place_key)))])}
                        </A>
                    }
                    .into_any()
                }
                _ => view! {
                    <h2>{move || i18n.t("home-staff-title")}</h2>
                    <p>{move || i18n.t("home-staff-intro")}</p>
                    <A href="/sign-in" attr:class="button">{move || i18n.t("nav-sign-in")}</A>
                }
                .into_any(),
            }}
        </section>
        // Her check-in card, signed in: not in the visitor's app, whose user never is.
        {(!cfg!(feature = "visitor")).then(|| view! {
            <Show when=move || session.user().is_some_and(|u| u.role == Role::Mother)>
                <crate::components::due_screenings::CheckInCard />
            </Show>
        })}
    }
}
