//! Three apps from one crate, each a Trunk build served by `server/src/web.rs`:
//!
//! - the visitor's app (`--features visitor`, into `dist/visitor/`, served from
//!   `/visitor/`): the screens of someone not signed in (home, Find, a session's
//!   page, "Leave quickly", not found), the first download of every phone that
//!   opens `/find`;
//! - the mother's app (the default build, into `dist/`): the visitor's screens,
//!   signing in and up, and her screens signed in (My sessions, check-ins, notes,
//!   her account, the shared-phone tools);
//! - the staff app (`--features staff`, into `dist/staff/`): every screen.
//!
//! The server sends the staff app's page for the staff-only addresses
//! (`/register`, `/coordinator…`, `/admin`) and, when the device carries the
//! [`COOKIE`] this module sets, for every address. Otherwise it sends the
//! mother's page for the account addresses (`/sign-in`, `/sign-up`, `/set-up`,
//! a password reset) and to a device with the readable flag cookie that says a
//! refresh cookie exists (`perilink_signed_in`); the visitor's page otherwise.
//!
//! So signing in or up happens in the mother's app, which she needs next anyway:
//! the visitor's app loads those addresses afresh ([`MotherApp`]). The visitor's
//! app opened on a device with a sign-in (sent without the flag: it is
//! `SameSite=Strict`, so a link from another site does not carry it) loads the
//! page again, which carries it ([`hand_over_signed_in`]); signing out clears the
//! flag, so the next page load brings the visitor's app back. `/referrals` and
//! `/screening` serve both the mother's app and the staff app: when the mother's
//! app finds staff there (after signing in, say), [`StaffApp`] sets the cookie and
//! loads the page again, which brings the staff app. The staff app keeps the
//! cookie only while staff are signed in, so a mother on the same phone gets her
//! own app back. Each handover notes the address it loads in the tab, so a server
//! that sends the same app back (the other app was not built) is not asked again.

use crate::components::text::tr;
use crate::session::{AuthState, Session};
use leptos::prelude::*;
use perilink_shared::auth::Role;
use wasm_bindgen::JsCast;

/// The cookie naming the app a device should be sent (`staff`). It says nothing
/// about who is signed in, and the server needs nothing else from it.
pub const COOKIE: &str = "perilink-app";

/// Set in the tab just before the mother's app hands over to the staff app: if
/// the same address comes back to it, the staff app is not there to take over.
const HANDOVER_KEY: &str = "perilink.handover";

/// The same, for the visitor's app handing over to the mother's app.
const MOTHER_HANDOVER_KEY: &str = "perilink.handover-mother";

/// Asks the server for the staff app from now on, or no longer.
pub fn remember_staff(staff: bool) {
    let Some(document) = document().dyn_into::<web_sys::HtmlDocument>().ok() else {
        return;
    };
    let cookie = if staff {
        format!("{COOKIE}=staff; Path=/; Max-Age=31536000; SameSite=Lax")
    } else {
        format!("{COOKIE}=; Path=/; Max-Age=0; SameSite=Lax")
    };
    let _ = document.set_cookie(&cookie);
}

fn handover_storage() -> Option<web_sys::Storage> {
    window().session_storage().ok().flatten()
}

/// Whether a handover noted under `key` already loaded `here` and got this app
/// back; if not, notes `here` for the handover about to happen.
fn looped(key: &str, here: &str) -> bool {
    let Some(storage) = handover_storage() else {
        return false;
    };
    if storage
        .get_item(key)
        .ok()
        .flatten()
        .is_some_and(|last| last == here)
    {
        let _ = storage.remove_item(key);
        return true;
    }
    let _ = storage.set_item(key, here);
    false
}

/// In an app that takes over from another: forgets the handovers that brought it.
pub fn arrived() {
    if let Some(storage) = handover_storage() {
        #[cfg(feature = "staff")]
        let _ = storage.remove_item(HANDOVER_KEY);
        let _ = storage.remove_item(MOTHER_HANDOVER_KEY);
    }
}

/// In the visitor's app opened on a device with a sign-in: loads the same address
/// again (a navigation from this site, so the `SameSite=Strict` flag cookie goes
/// with it), which brings the app for who is signed in. False when that was just
/// tried and brought this app back; the visitor's app then restores the sign-in
/// itself.
pub fn hand_over_signed_in() -> bool {
    let location = window().location();
    let here = location.href().unwrap_or_default();
    if looped(MOTHER_HANDOVER_KEY, &here) {
        return false;
    }
    location.replace(&here).is_ok()
}

/// Loads this address again for another app, noted under `key`, after `ask`;
/// says what went wrong if that already brought this app back.
fn load_again(key: &str, ask: impl FnOnce()) -> AnyView {
    let location = window().location();
    let here = location.href().unwrap_or_default();
    if looped(key, &here) {
        // The server sent this app back: the other app was not built.
        return view! { <p class="error" role="alert">{tr("error-generic")}</p> }.into_any();
    }
    ask();
    let _ = location.reload();
    view! { <p aria-busy="true">{tr("loading")}</p> }.into_any()
}

/// Shown by the mother's app where a staff screen belongs: loads the same address
/// again, from the staff app.
#[component]
pub fn StaffApp() -> impl IntoView {
    load_again(HANDOVER_KEY, || remember_staff(true))
}

/// Shown by the visitor's app where a screen of the mother's app belongs (signing
/// in or up): loads the same address again, which the server answers with the
/// mother's app.
#[component]
pub fn MotherApp() -> impl IntoView {
    load_again(MOTHER_HANDOVER_KEY, || ())
}

/// In the staff app: keeps the [`COOKIE`] while staff are signed in.
pub fn keep_staff_cookie() {
    let session = Session::get();
    Effect::new(move |_| match session.state() {
        AuthState::Checking => {}
        AuthState::SignedIn { user, .. } if user.role != Role::Mother => remember_staff(true),
        AuthState::SignedIn { .. } | AuthState::SignedOut => remember_staff(false),
    });
}
