//! The frame around every page: a skip link, "Leave quickly" (but for staff), the
//! header with the menu (each role's own, from [`perilink_shared::routes::ROUTES`])
//! and language picker, the main landmark (or the app lock's PIN screen in its
//! place), and the footer. The visitor's app, whose user is never signed in, leaves
//! out what only a sign-in shows: the two-factor guard and the app lock.

use crate::components::account::{DemoBanner, TwoFactorGuard};
use crate::components::language_picker::LanguagePicker;
use crate::components::shared_phone::{LockScreen, QuickExit};
use crate::i18n::I18n;
use crate::phone::Naming;
use crate::session::{AuthState, Session};
use leptos::prelude::*;
use leptos_router::components::A;
use leptos_router::hooks::use_navigate;
use perilink_shared::auth::Role;
use perilink_shared::routes::menu_for;

/// Wraps a page in the app's header, main area and footer.
#[component]
pub fn Frame(children: ChildrenFn) -> impl IntoView {
    let i18n = I18n::get();
    let session = Session::get();
    let naming = Naming::get();
    let staff = move || session.user().is_some_and(|u| u.role != Role::Mother);
    let navigate = use_navigate();
    let sign_out = move |_| {
        let navigate = navigate.clone();
        leptos::task::spawn_local(async move {
            session.sign_out().await;
            navigate("/sign-in?signed-out=1", Default::default());
        });
    };
    // The server writes the first screen of `/`, `/find` and a session's page; any
    // other screen, or the app lock, replaces it at once.
    let location = leptos_router::hooks::use_location();
    Effect::new(move |_| {
        let path = location.pathname.get();
        let server_written = path == "/" || path == "/find" || path.starts_with("/sessions/");
        if !server_written || session.is_locked() {
            crate::i18n::take_over();
        }
    });
    view! {
        <a class="skip-link" href="#main">{move || i18n.t("skip-to-content")}</a>
        <Show when=move || !staff()>
            <QuickExit />
        </Show>
        {(!cfg!(feature = "visitor")).then(|| view! { <TwoFactorGuard /> })}
        <DemoBanner />
        <header class="site-header">
            <div class="header-row">
                <A href="/" attr:class="brand">
                    <img src=move || naming.name().icon() alt="" width="28" height="28" />
                    <span>{move || i18n.t(naming.name().key())}</span>
                </A>
                <LanguagePicker />
            </div>
            <nav aria-label=move || i18n.t("nav-label")>
                <ul class="nav-list">
                    {move || {
                        let who = session.user().map(|u| u.role);
                        menu_for(who)
                            .map(|(path, key)| view! {
                                <li><A href=path exact=true attr:data-nav=key>{move || i18n.t(key)}</A></li>
                            })
                            .collect_view()
                    }}
                    <li>
                        {move || match session.state() {
                            AuthState::SignedIn { .. } => view! {
                                <button type="button" class="link-button" on:click=sign_out.clone()>
                                    {move || i18n.t("nav-sign-out")}
                                </button>
                            }
                            .into_any(),
                            _ => view! { <A href="/sign-in">{move || i18n.t("nav-sign-in")}</A> }.into_any(),
                        }}
                    </li>
                </ul>
            </nav>
        </header>
        <main id="main" tabindex="-1">
            <Show
                when=move || cfg!(feature = "visitor") || !session.is_locked()
                fallback=|| (!cfg!(feature = "visitor")).then(|| view! { <LockScreen /> })
            >
                {children()}
            </Show>
        </main>
        <footer class="site-footer">
            <p>{move || i18n.t("footer-text")}</p>
        </footer>
    }
}
