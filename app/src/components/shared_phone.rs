//! The pieces of "safe on a shared phone" (issue 22) on screen: the "Leave quickly"
//! button on every screen, the app lock's PIN screen, the phone's settings on her
//! account screen (where to leave to, the app's name, the PIN), how and when she
//! may be contacted, and (staff app) that choice shown in red to her care team.

use crate::api::{self, ApiError};
use crate::components::format;
use crate::components::text::tr;
use crate::i18n::I18n;
use crate::phone::lock::{self, Try};
use crate::phone::{Naming, NeutralName, QuickExits, leave_quickly};
use crate::session::Session;
use fluent_bundle::FluentValue;
use leptos::prelude::*;
use perilink_shared::app_lock::parse_pin;
use perilink_shared::contact_window::{Channel, ContactChoice, ContactWindow, TimeRange};

/// "Leave quickly": always the first thing after the skip link, at the top of the
/// screen, where it stays as the page scrolls. Escape pressed twice does the same.
#[component]
pub fn QuickExit() -> impl IntoView {
    let exits = QuickExits::get();
    view! {
        <div class="quick-exit-bar">
            <button type="button" class="quick-exit" data-testid="quick-exit"
                on:click=move |_| leave_quickly(&exits.url())>
                {tr("quick-exit")}
            </button>
            <span class="quick-exit-hint">{tr("quick-exit-hint")}</span>
        </div>
    }
}

/// What the last PIN entered did.
#[derive(Clone, Copy, PartialEq)]
enum Said {
    NotAPin,
    Wrong(u32),
}

/// The app lock: asks for her PIN before anything of hers shows.
#[component]
pub fn LockScreen() -> impl IntoView {
    let session = Session::get();
    let i18n = I18n::get();
    let pin = RwSignal::new(String::new());
    let said = RwSignal::new(None::<Said>);
    let sign_out = move || {
        leptos::task::spawn_local(async move {
            session.sign_out().await;
            let _ = window().location().replace("/sign-in?signed-out=1");
        });
    };
    let open = Action::new_local(move |typed: &String| {
        let typed = typed.clone();
        async move {
            match lock::try_pin(&typed).await {
                Try::Right => {
                    pin.set(String::new());
                    said.set(None);
                    session.unlock();
                }
                Try::Wrong(left) => {
                    pin.set(String::new());
                    said.set(Some(Said::Wrong(left)));
                }
                Try::NoneLeft => sign_out(),
            }
        }
    });
    let working = open.pending();
    let submit = move |event: leptos::ev::SubmitEvent| {
        event.prevent_default();
        let Some(typed) = parse_pin(&pin.get_untracked()) else {
            said.set(Some(Said::NotAPin));
            return;
        };
        open.dispatch_local(typed);
    };
    let problem = move || match said.get() {
        Some(Said::NotAPin) => i18n.t("lock-not-a-pin"),
        Some(Said::Wrong(left)) => i18n.t_with("lock-wrong", &[("left", FluentValue::from(left))]),
        None => String::new(),
    };
    view! {
        <section class="lock" data-testid="app-lock" aria-labelledby="lock-title">
            <h1 id="lock-title">{tr("lock-title")}</h1>
            <p>{tr("lock-intro")}</p>
            <form class="stack" on:submit=submit novalidate>
                <label for="lock-pin">{tr("lock-pin-label")}</label>
                <input id="lock-pin" class="pin-input" type="password" inputmode="numeric" autocomplete="off" maxlength="6"
                    dir="ltr" data-testid="lock-pin" bind:value=pin />
                <p class="error" role="alert" data-testid="lock-problem">{problem}</p>
                <button type="submit" class="button primary" data-testid="lock-open"
                    disabled=move || working.get()>
                    {tr("lock-open")}
                </button>
            </form>
            <p class="hint">{tr("lock-forgot")}</p>
            <button type="button" class="button" data-testid="lock-sign-out" on:click=move |_| sign_out()>
                {tr("nav-sign-out")}
            </button>
        </section>
    }
}

/// On her account screen: this phone's settings for keeping PeriLink to herself.
#[component]
pub fn PhoneSettings(user_id: String) -> impl IntoView {
    let exits = QuickExits::get();
    let naming = Naming::get();
    let i18n = I18n::get();
    let places = move || {
        let chosen = exits.chosen();
        exits
            .places()
            .into_iter()
            .map(|place| {
                let selected = place.url == chosen;
                view! { <option value=place.url.clone() selected=selected>{place.name}</option> }
            })
            .collect_view()
    };
    let names = move || {
        let chosen = naming.name();
        NeutralName::ALL
            .into_iter()
            .map(|name| {
                view! {
                    <option value=name.as_str() selected=name == chosen>{move || i18n.t(name.key())}</option>
                }
            })
            .collect_view()
    };
    view! {
        <section class="card" aria-labelledby="phone-title" data-testid="phone-settings">
            <h2 id="phone-title">{tr("phone-title")}</h2>
            <p>{tr("phone-intro")}</p>
            <div class="field">
                <label for="exit-place">{tr("phone-exit-label")}</label>
                <select id="exit-place" data-testid="exit-place"
                    on:change=move |event| exits.choose(event_target_value(&event))>
                    {places}
                </select>
                <p class="hint">{tr("phone-exit-hint")}</p>
            </div>
            <div class="field">
                <label for="app-name">{tr("phone-name-label")}</label>
                <select id="app-name" data-testid="app-name"
                    on:change=move |event| {
                        let value = event_target_value(&event);
                        if let Some(name) = NeutralName::ALL.into_iter().find(|n| n.as_str() == value) {
                            naming.choose(name);
                        }
                    }>
                    {names}
                </select>
                <p class="hint">{tr("phone-name-hint")}</p>
            </div>
            <PinSettings user_id />
        </section>
    }
}

/// Setting, changing or removing the app lock's PIN on this phone.
#[component]
fn PinSettings(user_id: String) -> impl IntoView {
    let i18n = I18n::get();
    let is_set = RwSignal::new(lock::pin_owner().as_deref() == Some(user_id.as_str()));
    let pin = RwSignal::new(String::new());
    let again = RwSignal::new(String::new());
    let said = RwSignal::new(None::<Result<&'static str, &'static str>>);
    let keep = Action::new_local(move |first: &String| {
        let (user_id, first) = (user_id.clone(), first.clone());
        async move {
            let kept = lock::set_pin(&user_id, &first).await;
            pin.set(String::new());
            again.set(String::new());
            match kept {
                Ok(()) => {
                    is_set.set(true);
                    said.set(Some(Ok("pin-saved")));
                }
                Err(_) => said.set(Some(Err("error-generic"))),
            }
        }
    });
    let working = keep.pending();
    let submit = move |event: leptos::ev::SubmitEvent| {
        event.prevent_default();
        let Some(first) = parse_pin(&pin.get_untracked()) else {
            said.set(Some(Err("lock-not-a-pin")));
            return;
        };
        if parse_pin(&again.get_untracked()).as_deref() != Some(first.as_str()) {
            said.set(Some(Err("pin-mismatch")));
            return;
        }
        keep.dispatch_local(first);
    };
    let remove = move |_| {
        lock::remove_pin();
        is_set.set(false);
        said.set(Some(Ok("pin-removed")));
    };
    view! {
        <h3>{tr("pin-title")}</h3>
        <p data-testid="pin-status">{move || i18n.t(if is_set.get() { "pin-is-set" } else { "pin-intro" })}</p>
        <form class="stack" on:submit=submit novalidate data-testid="pin-form">
            <label for="pin-new">{tr("pin-new-label")}</label>
            <input id="pin-new" class="pin-input" type="password" inputmode="numeric" autocomplete="off" maxlength="6" dir="ltr"
                bind:value=pin />
            <label for="pin-again">{tr("pin-again-label")}</label>
            <input id="pin-again" class="pin-input" type="password" inputmode="numeric" autocomplete="off" maxlength="6" dir="ltr"
                bind:value=again />
            <p role="status" class:notice=move || matches!(said.get(), Some(Ok(_))) data-testid="pin-said">
                {move || match said.get() { Some(Ok(key)) => i18n.t(key), _ => String::new() }}
            </p>
            <p class="error" role="alert">
                {move || match said.get() { Some(Err(key)) => i18n.t(key), _ => String::new() }}
            </p>
            <button type="submit" class="button primary" data-testid="pin-set" disabled=move || working.get()>
                {move || i18n.t(if is_set.get() { "pin-change" } else { "pin-set" })}
            </button>
        </form>
        <Show when=move || is_set.get()>
            <button type="button" class="button" data-testid="pin-remove" on:click=remove>{tr("pin-remove")}</button>
        </Show>
    }
}

/// `HH:MM` from minutes after midnight (1440 shows as 23:59, the day's end).
fn hhmm(minutes: u16) -> String {
    let minutes = minutes.min(1439);
    format!("{:02}:{:02}", minutes / 60, minutes % 60)
}

/// Minutes after midnight from `HH:MM`; `end` reads 23:59 as the day's end.
fn minutes(text: &str, end: bool) -> Option<u16> {
    let (h, m) = text.split_once(':')?;
    let (h, m): (u16, u16) = (h.parse().ok()?, m.get(..2)?.parse().ok()?);
    let total = (h < 24 && m < 60).then_some(h * 60 + m)?;
    Some(if end && total == 1439 { 1440 } else { total })
}

/// The key naming a way of contacting her.
pub fn channel_key(channel: Channel) -> &'static str {
    match channel {
        Channel::Text => "contact-channel-text",
        Channel::Email => "contact-channel-email",
        Channel::Call => "contact-channel-call",
    }
}

/// On her account screen: how and when PeriLink and her care team may contact her.
#[component]
pub fn ContactSettings() -> impl IntoView {
    let i18n = I18n::get();
    let session = Session::get();
    let channels = RwSignal::new(Channel::ALL.to_vec());
    let weekdays = RwSignal::new((1..=7).collect::<Vec<u8>>());
    let from = RwSignal::new("00:00".to_owned());
    let until = RwSignal::new("23:59".to_owned());
    let show = move |window: ContactWindow| {
        let range = window.times.first().copied().unwrap_or(TimeRange::ALL_DAY);
        channels.set(window.channels);
        weekdays.set(window.weekdays);
        from.set(hhmm(range.from));
        until.set(hhmm(range.until));
    };
    let loaded = LocalResource::new(move || async move {
        session
            .call(|token| async move { api::contact_window(&token).await })
            .await
    });
    Effect::new(move |_| {
        if let Some(Ok(choice)) = loaded.get() {
            show(choice.window.unwrap_or_default());
        }
    });
    let said = RwSignal::new(None::<Result<&'static str, &'static str>>);
    let save = Action::new_local(move |choice: &ContactChoice| {
        let choice = choice.clone();
        async move {
            let result = session
                .call(|token| {
                    let choice = choice.clone();
                    async move { api::set_contact_window(&token, &choice).await }
                })
                .await;
            said.set(Some(match result {
                Ok(choice) => {
                    show(choice.window.unwrap_or_default());
                    Ok("contact-saved")
                }
                Err(err) => Err(ApiError::message_key(&err)),
            }));
        }
    });
    let working = save.pending();
    let submit = move |event: leptos::ev::SubmitEvent| {
        event.prevent_default();
        let (Some(start), Some(end)) = (
            minutes(&from.get_untracked(), false),
            minutes(&until.get_untracked(), true),
        ) else {
            said.set(Some(Err("contact-bad-times")));
            return;
        };
        if start >= end {
            said.set(Some(Err("contact-bad-times")));
            return;
        }
        let window = ContactWindow {
            channels: channels.get_untracked(),
            weekdays: weekdays.get_untracked(),
            times: vec![TimeRange {
                from: start,
                until: end,
            }],
        };
        let choice = ContactChoice {
            window: (!window.is_unrestricted()).then_some(window),
        };
        save.dispatch_local(choice);
    };
    let channel_boxes = Channel::ALL
        .iter()
        .copied()
        .map(|channel| {
            let id = format!("contact-{}", channel.as_str());
            view! { <Tick id list=channels value=channel>{tr(channel_key(channel))}</Tick> }
        })
        .collect_view();
    let day_boxes = (1..=7_u8)
        .map(|day| {
            let id = format!("contact-day-{day}");
            view! { <Tick id list=weekdays value=day>{move || format::weekday(day, i18n.language())}</Tick> }
        })
        .collect_view();
    view! {
        <section class="card" aria-labelledby="contact-title" data-testid="contact-settings">
            <h2 id="contact-title">{tr("contact-title")}</h2>
            <p>{tr("contact-intro")}</p>
            <form class="stack" on:submit=submit novalidate data-testid="contact-form">
                <fieldset>
                    <legend>{tr("contact-ways")}</legend>
                    {channel_boxes}
                </fieldset>
                <fieldset>
                    <legend>{tr("contact-days")}</legend>
                    {day_boxes}
                </fieldset>
                <fieldset>
                    <legend>{tr("contact-times")}</legend>
                    <label for="contact-from">{tr("contact-from")}</label>
                    <input id="contact-from" class="pin-input" type="time" dir="ltr" data-testid="contact-from" bind:value=from />
                    <label for="contact-until">{tr("contact-until")}</label>
                    <input id="contact-until" class="pin-input" type="time" dir="ltr" data-testid="contact-until" bind:value=until />
                </fieldset>
                <p role="status" class:notice=move || matches!(said.get(), Some(Ok(_))) data-testid="contact-said">
                    {move || match said.get() { Some(Ok(key)) => i18n.t(key), _ => String::new() }}
                </p>
                <p class="error" role="alert">
                    {move || match said.get() { Some(Err(key)) => i18n.t(key), _ => String::new() }}
                </p>
                <button type="submit" class="button primary" data-testid="contact-save" disabled=move || working.get()>
                    {tr("contact-save")}
                </button>
            </form>
        </section>
    }
}

/// A checkbox that puts `value` in `list` when ticked and takes it out when not.
#[component]
fn Tick<T: Copy + PartialEq + Send + Sync + 'static>(
    id: String,
    list: RwSignal<Vec<T>>,
    value: T,
    children: Children,
) -> impl IntoView {
    let label_for = id.clone();
    view! {
        <label class="check" for=label_for>
            <input type="checkbox" id=id
                prop:checked=move || list.with(|l| l.contains(&value))
                on:change=move |event| {
                    let on = event_target_checked(&event);
                    list.update(|l| {
                        l.retain(|x| *x != value);
                        if on {
                            l.push(value);
                        }
                    });
                } />
            {children()}
        </label>
    }
}

/// Her choice as her care team reads it, in red, before they call or text her:
/// the ways allowed and never, the days and the hours (London time).
#[cfg(feature = "staff")]
#[component]
pub fn ContactNotice(window: ContactWindow) -> impl IntoView {
    let i18n = I18n::get();
    let text = move || {
        let language = i18n.language();
        let list = |keys: Vec<String>| keys.join(", ");
        let allowed: Vec<String> = Channel::ALL
            .iter()
            .filter(|c| !window.never(**c))
            .map(|c| i18n.t(channel_key(*c)))
            .collect();
        let never: Vec<String> = Channel::ALL
            .iter()
            .filter(|c| window.never(**c))
            .map(|c| i18n.t(channel_key(*c)))
            .collect();
        let days = list(
            window
                .weekdays
                .iter()
                .map(|d| format::weekday(*d, language))
                .collect(),
        );
        let times = list(
            window
                .times
                .iter()
                .map(|r| {
                    format!(
                        "{}–{}",
                        format::time(&hhmm(r.from), language),
                        format::time(&hhmm(r.until), language)
                    )
                })
                .collect(),
        );
        let mut lines = Vec::new();
        if allowed.is_empty() {
            lines.push(i18n.t("contact-notice-none"));
        } else {
            lines.push(i18n.t_with(
                "contact-notice-ways",
                &[
                    ("ways", FluentValue::from(list(allowed))),
                    ("days", FluentValue::from(days)),
                    ("times", FluentValue::from(times)),
                ],
            ));
        }
        if !never.is_empty() {
            lines.push(i18n.t_with(
                "contact-notice-never",
                &[("ways", FluentValue::from(list(never)))],
            ));
        }
        lines.join(" ")
    };
    view! {
        <div class="contact-notice" role="note" data-testid="contact-notice">
            <p class="contact-notice-title">{tr("contact-notice-title")}</p>
            <p>{text}</p>
        </div>
    }
}

/// Moves to `href` in place of this history entry: an old address that named what
/// it shows gives way to its neutral one, and is not left in the history.
#[component]
pub fn MoveTo(href: String) -> impl IntoView {
    let navigate = leptos_router::hooks::use_navigate();
    Effect::new(move |_| {
        navigate(
            &href,
            leptos_router::NavigateOptions {
                replace: true,
                ..Default::default()
            },
        );
    });
}

/// "My check-ins" on My sessions: the days she did one, and nothing more until she
/// enters her PIN again (then which questionnaire each was; never a score). Only
/// the dates are kept from the server's answer, and only in memory.
#[component]
pub fn MyCheckIns() -> impl IntoView {
    use crate::pages::screening::name_key;
    use perilink_shared::screening::Instrument;

    let i18n = I18n::get();
    let session = Session::get();
    // Each check-in as (when, and which, once she has unlocked them).
    let shown = RwSignal::new(None::<Vec<(String, Option<Instrument>)>>);
    let fetch = move |with_names: bool| {
        leptos::task::spawn_local(async move {
            let result = session
                .call(|token| async move { api::screening::list_own(&token).await })
                .await;
            if let Ok(list) = result {
                shown.set(Some(
                    list.screenings
                        .into_iter()
                        .map(|s| (s.taken_at, with_names.then_some(s.instrument)))
                        .collect(),
                ));
            }
        });
    };
    fetch(false);
    let has_pin =
        move || lock::pin_owner().is_some_and(|owner| session.user().is_some_and(|u| u.id == owner));
    let pin = RwSignal::new(String::new());
    let problem = RwSignal::new(None::<String>);
    let unlock = move |event: leptos::ev::SubmitEvent| {
        event.prevent_default();
        let Some(typed) = parse_pin(&pin.get_untracked()) else {
            problem.set(Some(i18n.t("lock-not-a-pin")));
            return;
        };
        leptos::task::spawn_local(async move {
            pin.set(String::new());
            match lock::try_pin(&typed).await {
                Try::Right => {
                    problem.set(None);
                    fetch(true);
                }
                Try::Wrong(left) => problem.set(Some(
                    i18n.t_with("lock-wrong", &[("left", FluentValue::from(left))]),
                )),
                Try::NoneLeft => {
                    session.sign_out().await;
                    let _ = window().location().replace("/sign-in?signed-out=1");
                }
            }
        });
    };
    // Or her password, PIN or none: checked by the server under the sign-in's limits.
    let password = RwSignal::new(String::new());
    let password_problem = RwSignal::new(None::<&'static str>);
    let unlock_with_password = move |event: leptos::ev::SubmitEvent| {
        event.prevent_default();
        let typed = password.get_untracked();
        if typed.is_empty() {
            password_problem.set(Some("checkins-password-wrong"));
            return;
        }
        leptos::task::spawn_local(async move {
            let result = session
                .call(|token| {
                    let typed = typed.clone();
                    async move { api::screening::check_password(&token, &typed).await }
                })
                .await;
            password.set(String::new());
            match result {
                Ok(()) => {
                    password_problem.set(None);
                    fetch(true);
                }
                Err(crate::api::ApiError::Server { status: 401, .. }) => {
                    password_problem.set(Some("checkins-password-wrong"))
                }
                Err(err) => password_problem.set(Some(err.message_key())),
            }
        });
    };
    let unlocked = move || shown.with(|s| s.as_ref().is_some_and(|l| l.iter().any(|(_, i)| i.is_some())));
    view! {
        <section class="card" aria-labelledby="checkins-title" data-testid="my-checkins">
            <h2 id="checkins-title">{tr("checkins-title")}</h2>
            {move || match shown.get() {
                None => view! { <p aria-busy="true">{tr("loading")}</p> }.into_any(),
                Some(list) if list.is_empty() => view! { <p class="empty">{tr("checkins-none")}</p> }.into_any(),
                Some(list) => view! {
                    <ul class="history-list">
                        {list
                            .into_iter()
                            .map(|(when, instrument)| {
                                let day = format::day(&when, i18n.language());
                                view! {
                                    <li class="history-entry" data-testid="my-checkin">
                                        <span class="history-when">{day}</span>
                                        {instrument.map(|i: Instrument| view! { <span>{tr(name_key(i))}</span> })}
                                    </li>
                                }
                            })
                            .collect_view()}
                    </ul>
                }
                .into_any(),
            }}
            <Show when=move || !unlocked() && shown.with(|s| s.as_ref().is_some_and(|l| !l.is_empty()))>
                <p class="hint">{tr("checkins-intro")}</p>
                <Show when=has_pin>
                    <form class="stack" on:submit=unlock novalidate data-testid="checkins-unlock">
                        <label for="checkins-pin">{tr("lock-pin-label")}</label>
                        <input id="checkins-pin" class="pin-input" type="password" inputmode="numeric" autocomplete="off" maxlength="6"
                            dir="ltr" bind:value=pin />
                        <p class="error" role="alert">{move || problem.get().unwrap_or_default()}</p>
                        <button type="submit" class="button">{tr("checkins-show")}</button>
                    </form>
                </Show>
                <form class="stack" on:submit=unlock_with_password novalidate data-testid="checkins-password">
                    <label for="checkins-password">{tr("checkins-password-label")}</label>
                    <input id="checkins-password" type="password" autocomplete="current-password" bind:value=password />
                    <p class="error" role="alert" data-testid="checkins-password-problem">
                        {move || password_problem.get().map(|key| i18n.t(key)).unwrap_or_default()}
                    </p>
                    <button type="submit" class="button">{tr("checkins-show")}</button>
                </form>
            </Show>
        </section>
    }
}
