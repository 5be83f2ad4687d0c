//! The register: a host's sessions on a day of this week, with who is expected,
//! marked with one tap each on a phone that may have no signal (coordinators and
//! admins take registers too, to cover); above them, the referrals to her sessions
//! that wait for an answer.
//!
//! What shows always comes from the phone ([`crate::offline::Device`]): the day's
//! registers as last fetched, with the marks made here on top. Signed in and
//! online, the day is fetched again (and after every answer to a sync). Offline,
//! the page opens from the service worker's cache and shows the saved registers of
//! whoever used it last; marks made then are sent once the sign-in is renewed.
//!
//! - [`rows`]: who is on a register, merging the server's list and the marks here.
//! - [`occurrence`]: one session's register, its mark buttons and counts.
//! - [`walk_in`]: adding someone who came without being expected.
//! - [`sync`]: what is waiting and what has been sent.

mod occurrence;
mod rows;
mod sync;
mod walk_in;

use crate::api::ApiError;
use crate::components::format;
use crate::components::return_to::with_next;
use crate::components::text::tr;
use crate::i18n::I18n;
use crate::offline::{self, Device, Probe};
use crate::session::{AuthState, Session};
use fluent_bundle::FluentValue;
use leptos::prelude::*;
use occurrence::OccurrenceCard;
use perilink_shared::auth::Role;
use perilink_shared::language::Language;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use sync::SyncPanel;
use wasm_bindgen::JsValue;

/// Who may see which registers.
#[derive(Clone, Debug, PartialEq, Eq)]
enum Access {
    /// Finding out who is signed in.
    Checking,
    /// Signed in as someone who takes registers: theirs, fresh from the server.
    Live(String),
    /// No connection: the registers saved on this phone, of this person.
    Saved(String),
    /// No connection, and nothing saved.
    NothingSaved,
    /// Nobody is signed in.
    SignInNeeded,
    /// Signed in as someone who does not take registers.
    NotForYou,
}

fn takes_registers(role: Role) -> bool {
    matches!(role, Role::Host | Role::Coordinator | Role::Admin)
}

/// `/register`.
#[component]
pub fn Register() -> impl IntoView {
    let i18n = I18n::get();
    let session = Session::get();
    let device = Device::get();
    // Keep the app, in the language shown, on the phone for opening offline.
    Effect::new(move |_| offline::start_service_worker(i18n.language().tag()));
    // Send whatever waits as soon as someone is signed in.
    let signed_in = Memo::new(move |_| session.user().map(|u| u.id));
    Effect::new({
        let device = device.clone();
        move |_| {
            if signed_in.get().is_some() {
                device.sync();
            }
        }
    });
    // Signed out may only mean there was no connection to renew the sign-in: ask
    // again whenever the phone comes back online.
    let signed_out = Memo::new(move |_| session.state() == AuthState::SignedOut);
    let probe = LocalResource::new({
        let device = device.clone();
        move || {
            let out = signed_out.get();
            let _ = device.is_online();
            let device = device.clone();
            async move { if out { Some(device.probe().await) } else { None } }
        }
    });
    let access = Memo::new(move |_| match session.state() {
        AuthState::Checking => Access::Checking,
        AuthState::SignedIn { user, .. } if takes_registers(user.role) => Access::Live(user.id),
        AuthState::SignedIn { .. } => Access::NotForYou,
        AuthState::SignedOut => match probe.get().flatten() {
            None | Some(Probe::SignedIn) => Access::Checking,
            Some(Probe::SignedOut) => Access::SignInNeeded,
            Some(Probe::NoConnection) => device.saved_user().map_or(Access::NothingSaved, Access::Saved),
        },
    });
    let selected = RwSignal::new(offline::today());

    view! {
        <h1>{tr("register-title")}</h1>
        {move || match access.get() {
            Access::Checking => view! { <p aria-busy="true">{tr("loading")}</p> }.into_any(),
            Access::NotForYou => view! { <p class="error" role="alert">{tr("error-forbidden")}</p> }.into_any(),
            Access::SignInNeeded => view! { <SignInNeeded /> }.into_any(),
            Access::NothingSaved => view! {
                <p class="notice" data-testid="nothing-saved">{tr("register-offline-nothing")}</p>
            }
            .into_any(),
            Access::Live(viewer) => view! {
                <NewReferrals />
                <Registers viewer live=true selected />
            }
            .into_any(),
            Access::Saved(viewer) => view! { <Registers viewer live=false selected /> }.into_any(),
        }}
    }
}

/// For a host (or a coordinator covering): how many referrals to her sessions wait
/// for an answer, with the way to them.
#[component]
fn NewReferrals() -> impl IntoView {
    let i18n = I18n::get();
    let session = Session::get();
    let provider =
        untrack(|| session.user()).is_some_and(|u| matches!(u.role, Role::Host | Role::Coordinator));
    let ui = untrack(|| i18n.language().tag());
    let waiting = LocalResource::new(move || async move {
        if !provider {
            return None;
        }
        let list = session
            .call(|token| async move { crate::api::referrals::list_referrals(&token, ui).await })
            .await
            .ok()?;
        Some(
            list.iter()
                .filter(|r| r.status == perilink_shared::referral::ReferralStatus::Sent)
                .count(),
        )
    });
    move || match waiting.get().flatten() {
        None => ().into_any(),
        Some(0) => view! {
            <p class="hint" data-testid="register-referrals" data-count="0">
                <a href="/referrals">{tr("ref-incoming-title")}</a>
            </p>
        }
        .into_any(),
        Some(count) => view! {
            <p class="notice" data-testid="register-referrals" data-count=count>
                <a href="/referrals">
                    {move || i18n.t_with("register-new-referrals", &[("count", FluentValue::from(count))])}
                </a>
            </p>
        }
        .into_any(),
    }
}

/// Nobody is signed in: say so, and how many marks wait on the phone for them.
#[component]
fn SignInNeeded() -> impl IntoView {
    let i18n = I18n::get();
    let device = Device::get();
    let waiting = Memo::new(move |_| device.with_marks(|marks| marks.iter().filter(|m| m.waiting()).count()));
    let any_waiting = move || waiting.get() > 0;
    view! {
        <p>{tr("register-sign-in-needed")}</p>
        <Show when=any_waiting>
            <p class="notice" data-testid="waiting-for-sign-in">
                {move || i18n.t_with("register-sign-in-waiting", &[("count", FluentValue::from(waiting.get()))])}
            </p>
        </Show>
        <a href=with_next("/sign-in", Some("/register")) class="button primary">{tr("nav-sign-in")}</a>
    }
}

/// The registers of the chosen day, with the sync's state and the day picker.
#[component]
fn Registers(viewer: String, live: bool, selected: RwSignal<i64>) -> impl IntoView {
    let i18n = I18n::get();
    let device = Device::get();
    let date = Memo::new(move |_| offline::date_string(selected.get()));
    // Fetches the day when signed in (again after every answer to a sync); what
    // shows always comes from the phone. Once the chosen day is in, the rest of the
    // week follows, one day at a time, so the host can open any day offline and
    // find the week's mothers when one walks in.
    let week_fetched = Arc::new(AtomicBool::new(false));
    let load = LocalResource::new({
        let (device, viewer) = (device.clone(), viewer.clone());
        move || {
            let date = date.get();
            let _ = device.answered();
            let (device, viewer, week_fetched) = (device.clone(), viewer.clone(), week_fetched.clone());
            async move {
                if !live {
                    return None;
                }
                let result = device.fetch_day(viewer.clone(), date.clone()).await;
                if result.is_ok() && !week_fetched.swap(true, Ordering::SeqCst) {
                    leptos::task::spawn_local(async move {
                        for day in offline::this_week() {
                            let other = offline::date_string(day);
                            if other != date && device.fetch_day(viewer.clone(), other).await.is_err() {
                                break;
                            }
                        }
                    });
                }
                Some(result)
            }
        }
    });
    let saved_at = Memo::new({
        let (device, viewer) = (device.clone(), viewer.clone());
        move |_| {
            let date = date.get();
            device.with_days(&viewer, |days| days.get(&date).map(|d| d.saved_at))
        }
    });
    let ids = Memo::new({
        let (device, viewer) = (device.clone(), viewer.clone());
        move |_| {
            let date = date.get();
            device.with_days(&viewer, |days| {
                days.get(&date).map(|d| {
                    d.registers
                        .occurrences
                        .iter()
                        .map(|o| o.occurrence_id.clone())
                        .collect::<Vec<_>>()
                })
            })
        }
    });
    let failure = Memo::new(move |_| match load.get().flatten() {
        Some(Err(err)) => Some(err),
        _ => None,
    });
    // How the day stands: 0 loading, 1 not saved here, 2 no sessions, 3 sessions.
    let shape = Memo::new(move |_| match ids.get() {
        Some(ids) if ids.is_empty() => 2,
        Some(_) => 3,
        None if live && failure.get().is_none() => 0,
        None => 1,
    });
    let notice = move || {
        let offline_copy = !live || failure.get() == Some(ApiError::Network);
        match (offline_copy, saved_at.get()) {
            (true, Some(at)) => Some(view! {
                <p class="notice" data-testid="offline-notice">
                    {move || i18n.t_with("register-offline-saved", &[("time", FluentValue::from(clock_at(at, i18n.language())))])}
                </p>
            }
            .into_any()),
            _ => match failure.get() {
                Some(err) if err != ApiError::Network => Some(view! {
                    <p class="error" role="alert">{tr(err.message_key())}</p>
                }
                .into_any()),
                _ => None,
            },
        }
    };
    let day_title = move || format::long_date(&date.get(), i18n.language());
    view! {
        <p class="register-intro">{tr("register-intro")}</p>
        <SyncPanel viewer=viewer.clone() date />
        <DayPicker selected />
        <section class="register-day" data-testid="register-day" data-date=move || date.get() aria-labelledby="register-day-title">
            <h2 id="register-day-title">{day_title}</h2>
            {notice}
            {move || match shape.get() {
                0 => view! { <p aria-busy="true">{tr("loading")}</p> }.into_any(),
                1 => view! { <p class="notice" data-testid="not-saved">{tr("register-not-saved")}</p> }.into_any(),
                2 => view! { <p class="empty" data-testid="no-sessions">{tr("register-no-sessions")}</p> }.into_any(),
                _ => {
                    let viewer = viewer.clone();
                    view! {
                        <For each=move || ids.get().unwrap_or_default() key=|id| id.clone() let:id>
                            <OccurrenceCard viewer=viewer.clone() date=date.get_untracked() occurrence_id=id />
                        </For>
                    }
                    .into_any()
                }
            }}
        </section>
    }
}

/// The days of this week (Monday to Sunday, in London), today marked.
#[component]
fn DayPicker(selected: RwSignal<i64>) -> impl IntoView {
    let i18n = I18n::get();
    let today = offline::today();
    let days = offline::this_week()
        .map(|day| {
            let is_today = day == today;
            view! {
                <button type="button" class="day-button" data-testid="day" data-date=offline::date_string(day)
                    aria-pressed=move || (selected.get() == day).to_string()
                    aria-current=is_today.then_some("date")
                    on:click=move |_| selected.set(day)>
                    <span class="day-name">{move || format::short_weekday(day, i18n.language())}</span>
                    <span class="day-number">{move || day_part(day, "day", "numeric", i18n.language())}</span>
                    {is_today.then(|| view! { <span class="visually-hidden">{tr("register-today")}</span> })}
                </button>
            }
        })
        .collect_view();
    view! {
        <div class="day-picker" role="group" aria-label=move || i18n.t("register-days-label") data-testid="day-picker">
            {days}
        </div>
    }
}

/// The locale `Intl` formats with: British English for English.
fn intl_locale(language: Language) -> &'static str {
    match language {
        Language::English => "en-GB",
        other => other.tag(),
    }
}

fn intl_options(pairs: &[(&str, &str)]) -> JsValue {
    let object = js_sys::Object::new();
    for (key, value) in pairs {
        let _ = js_sys::Reflect::set(&object, &JsValue::from_str(key), &JsValue::from_str(value));
    }
    object.into()
}

/// One part of a London date ("23") as the language writes it.
fn day_part(day: i64, part: &str, style: &str, language: Language) -> String {
    // A London date at midnight UTC, formatted in UTC, never shifts by the phone's zone.
    let ms = day as f64 * 86_400_000.0;
    js_sys::Date::new(&JsValue::from_f64(ms))
        .to_locale_date_string(
            intl_locale(language),
            &intl_options(&[(part, style), ("timeZone", "UTC")]),
        )
        .into()
}

/// A moment (milliseconds since 1970) as the phone's clock shows it: "10:42".
fn clock_at(ms: f64, language: Language) -> String {
    js_sys::Date::new(&JsValue::from_f64(ms))
        .to_locale_time_string_with_options(
            intl_locale(language),
            &intl_options(&[("hour", "numeric"), ("minute", "2-digit")]),
        )
        .into()
}

/// An RFC 3339 time as the phone's clock shows it.
fn clock(rfc3339: &str, language: Language) -> String {
    let ms = js_sys::Date::parse(rfc3339);
    if ms.is_nan() {
        return rfc3339.to_owned();
    }
    clock_at(ms, language)
}
