//! `/account`: the signed-in user's own security: whether two-factor is on, and
//! every device where the account is signed in, each of which she can sign out.
//! A mother also finds here this phone's settings for keeping PeriLink to herself
//! (where "Leave quickly" goes, the app's name, the PIN) and how and when PeriLink
//! and her care team may contact her, and who is in that care team.
use crate::api;
use crate::components::account::{ENROL_PATH, Problem};
use crate::components::format::moment;
use crate::components::shared_phone::{ContactSettings, PhoneSettings};
use crate::components::sign_in_needed::SignInNeeded;
use crate::components::text::tr;
use crate::i18n::I18n;
use crate::session::{AuthState, Session};
use fluent_bundle::FluentValue;
use leptos::prelude::*;
use leptos_router::components::A;
use leptos_router::hooks::use_navigate;
use perilink_shared::accounts::{DeviceSession, TwoFactor};
use perilink_shared::auth::Role;

/// `/account`.
#[component]
pub fn Account() -> impl IntoView {
    let session = Session::get();
    // Keyed on who is signed in, so a token renewal does not reload the page.
    let who = Memo::new(move |_| match session.state() {
        AuthState::Checking => None,
        AuthState::SignedOut => Some(None),
        AuthState::SignedIn { user, .. } => Some(Some((user.id, user.role == Role::Mother))),
    });
    view! {
        <h1>{tr("account-title")}</h1>
        {move || match who.get() {
            None => view! { <p aria-busy="true">{tr("loading")}</p> }.into_any(),
            Some(None) => view! {
                <SignInNeeded message="sign-in-needed" />
            }
            .into_any(),
            Some(Some((user_id, true))) => view! {
                <PhoneSettings user_id />
                <ContactSettings />
                <CareTeamList />
                <TwoFactorStatus />
                <Devices />
            }
            .into_any(),
            Some(Some(_)) => view! { <TwoFactorStatus /> <Devices /> }.into_any(),
        }}
    }
}

/// A mother's care team: who can see her record, since when, and why anyone who
/// found her by her number took her on (issue 14).
#[component]
fn CareTeamList() -> impl IntoView {
    let i18n = I18n::get();
    let session = Session::get();
    let team = LocalResource::new(move || async move { session.call(api::accounts::my_care_team).await });
    view! {
        <section class="card" aria-labelledby="care-team-title" data-testid="care-team">
            <h2 id="care-team-title">{tr("care-team-title")}</h2>
            <p>{tr("care-team-intro")}</p>
            {move || match team.get() {
                None => view! { <p aria-busy="true">{tr("loading")}</p> }.into_any(),
                Some(Err(err)) => view! { <p class="error" role="alert">{move || i18n.t(err.message_key())}</p> }.into_any(),
                Some(Ok(team)) if team.members.is_empty() => view! { <p class="empty">{tr("care-team-none")}</p> }.into_any(),
                Some(Ok(team)) => view! {
                    <ul class="history-list">
                        {team
                            .members
                            .into_iter()
                            .map(|m| {
                                let who = [Some(m.name), m.job_title, m.organisation]
                                    .into_iter()
                                    .flatten()
                                    .collect::<Vec<_>>()
                                    .join(" · ");
                                let since = crate::components::format::day(&m.added_at, i18n.language());
                                view! {
                                    <li class="history-entry" data-testid="care-team-member">
                                        <p>{who}</p>
                                        <p class="hint">{move || i18n.t_with("care-team-added", &[("date", FluentValue::from(since.clone()))])}</p>
                                        {m.reason.map(|reason| view! {
                                            <p data-testid="care-team-reason">
                                                {move || i18n.t_with("care-team-reason", &[("reason", FluentValue::from(reason.clone()))])}
                                            </p>
                                        })}
                                    </li>
                                }
                            })
                            .collect_view()}
                    </ul>
                }
                .into_any(),
            }}
        </section>
    }
}

/// Whether two-factor is on, with the way to set it up.
#[component]
fn TwoFactorStatus() -> impl IntoView {
    let session = Session::get();
    let key = move || match session.two_factor() {
        Some(TwoFactor::Satisfied | TwoFactor::Required) => "twofa-on",
        Some(TwoFactor::EnrolmentRequired) => "twofa-required",
        _ if session.is_demo() => "twofa-demo-exempt",
        _ => "twofa-not-needed",
    };
    view! {
        <section class="card" aria-labelledby="account-twofa-title">
            <h2 id="account-twofa-title">{tr("twofa-title")}</h2>
            <p data-testid="account-twofa">{move || I18n::get().t(key())}</p>
            <A href=ENROL_PATH attr:class="button">{tr("account-twofa-open")}</A>
        </section>
    }
}

/// A device as people know it: "Chrome on Android". Browser and system names are
/// names, the same in every language.
fn device_name(i18n: I18n, user_agent: Option<&str>) -> String {
    let Some(agent) = user_agent else {
        return i18n.t("devices-unknown");
    };
    let browser = [
        ("Edg/", "Edge"),
        ("SamsungBrowser", "Samsung Internet"),
        ("Firefox/", "Firefox"),
        ("OPR/", "Opera"),
        ("Chrome/", "Chrome"),
        ("Safari/", "Safari"),
    ]
    .into_iter()
    .find(|(mark, _)| agent.contains(mark))
    .map(|(_, name)| name);
    let system = [
        ("Android", "Android"),
        ("iPhone", "iPhone"),
        ("iPad", "iPad"),
        ("Windows", "Windows"),
        ("Mac OS X", "Mac"),
        ("CrOS", "ChromeOS"),
        ("Linux", "Linux"),
    ]
    .into_iter()
    .find(|(mark, _)| agent.contains(mark))
    .map(|(_, name)| name);
    match (browser, system) {
        (Some(browser), Some(system)) => i18n.t_with(
            "devices-browser-on",
            &[
                ("browser", FluentValue::from(browser)),
                ("system", FluentValue::from(system)),
            ],
        ),
        (Some(name), None) | (None, Some(name)) => name.to_owned(),
        (None, None) => i18n.t("devices-unknown"),
    }
}

/// Every device signed in, this one first, each with Sign out.
#[component]
fn Devices() -> impl IntoView {
    let i18n = I18n::get();
    let session = Session::get();
    let devices = LocalResource::new(move || async move { session.call(api::accounts::my_devices).await });
    let note = RwSignal::new(None::<Result<(), Problem>>);
    view! {
        <section aria-labelledby="devices-title">
            <h2 id="devices-title">{tr("devices-title")}</h2>
            <p>{tr("devices-intro")}</p>
            <p role="status" class:notice=move || matches!(note.get(), Some(Ok(())))>
                {move || matches!(note.get(), Some(Ok(()))).then(|| i18n.t("devices-signed-out"))}
            </p>
            <p class="error" role="alert">
                {move || match note.get() {
                    Some(Err(problem)) => problem.text(i18n),
                    _ => String::new(),
                }}
            </p>
            {move || match devices.get() {
                None => view! { <p aria-busy="true">{tr("loading")}</p> }.into_any(),
                Some(Err(err)) => view! { <p class="error" role="alert">{move || i18n.t(err.message_key())}</p> }.into_any(),
                Some(Ok(list)) => {
                    // This device first (a partition, not a sort: smaller wasm).
                    let (mut list, others): (Vec<_>, Vec<_>) = list.into_iter().partition(|d| d.current);
                    list.extend(others);
                    view! {
                        <ul class="device-list" data-testid="devices">
                            {list
                                .into_iter()
                                .map(|device| view! { <Device device note reload=Callback::new(move |()| devices.refetch()) /> })
                                .collect_view()}
                        </ul>
                    }
                    .into_any()
                }
            }}
        </section>
    }
}

#[component]
fn Device(
    device: DeviceSession,
    note: RwSignal<Option<Result<(), Problem>>>,
    reload: Callback<()>,
) -> impl IntoView {
    let i18n = I18n::get();
    let session = Session::get();
    let navigate = use_navigate();
    let (id, current) = (device.id.clone(), device.current);
    let signing_out = Action::new_local(move |_: &()| {
        let (id, navigate) = (id.clone(), navigate.clone());
        async move {
            if current {
                session.sign_out().await;
                navigate("/sign-in?signed-out=1", Default::default());
                return;
            }
            let result = session
                .call(|token| {
                    let id = id.clone();
                    async move { api::accounts::sign_out_device(token, id).await }
                })
                .await;
            note.set(Some(result.map_err(Problem::Refused)));
            reload.run(());
        }
    });
    let working = signing_out.pending();
    let sign_out = move |_| {
        signing_out.dispatch_local(());
    };
    let agent = device.user_agent.clone();
    let (created, used) = (device.created_at.clone(), device.last_used_at.clone());
    view! {
        <li class="card device" data-testid="device" data-current=current.to_string()>
            <h3>
                {move || device_name(i18n, agent.as_deref())}
                {current.then(|| view! { " " <span class="device-this">{tr("devices-this")}</span> })}
            </h3>
            <p class="device-meta">
                <span>{move || i18n.t_with("devices-signed-in", &[("when", FluentValue::from(moment(&created, i18n.language())))])}</span>
                <span>{move || i18n.t_with("devices-last-used", &[("when", FluentValue::from(moment(&used, i18n.language())))])}</span>
            </p>
            <button type="button" class="button" data-testid="device-sign-out" disabled=move || working.get()
                on:click=sign_out>
                {tr(if current { "nav-sign-out" } else { "devices-sign-out" })}
            </button>
        </li>
    }
}
