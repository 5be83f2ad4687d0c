//! Two apps from one crate: the mother's (the default build, into `dist/`) and the
//! staff app (`--features staff`, into `dist/staff/`, every screen).
//!
//! The server sends the staff app's page for the staff-only addresses
//! (`/register`, `/coordinator…`, `/admin`) and, when the device carries the
//! [`COOKIE`] this module sets, for every address; the mother's page otherwise.
//! `/referrals` and `/screening` serve both: when the mother's app finds staff
//! there (after signing in, say), [`StaffApp`] sets the cookie and loads the page
//! again, which brings the staff app. The staff app keeps the cookie only while
//! staff are signed in, so a mother on the same phone gets her own app back.

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

/// Shown by the mother's app where a staff screen belongs: loads the same address
/// again, from the staff app.
#[component]
pub fn StaffApp() -> impl IntoView {
    let location = window().location();
    let here = location.href().unwrap_or_default();
    let storage = handover_storage();
    let looped = storage
        .as_ref()
        .and_then(|s| s.get_item(HANDOVER_KEY).ok().flatten())
        .is_some_and(|last| last == here);
    if looped {
        // The server sent this app back: no staff app was built.
        if let Some(storage) = &storage {
            let _ = storage.remove_item(HANDOVER_KEY);
        }
        return view! { <p class="error" role="alert">{tr("error-generic")}</p> }.into_any();
    }
    if let Some(storage) = &storage {
        let _ = storage.set_item(HANDOVER_KEY, &here);
    }
    remember_staff(true);
    let _ = location.reload();
    view! { <p aria-busy="true">{tr("loading")}</p> }.into_any()
}

/// In the staff app: keeps the [`COOKIE`] while staff are signed in.
pub fn keep_staff_cookie() {
    if let Some(storage) = handover_storage() {
        let _ = storage.remove_item(HANDOVER_KEY);
    }
    let session = Session::get();
    Effect::new(move |_| match session.state() {
        AuthState::Checking => {}
        AuthState::SignedIn { user, .. } if user.role != Role::Mother => remember_staff(true),
        AuthState::SignedIn { .. } | AuthState::SignedOut => remember_staff(false),
    });
}
