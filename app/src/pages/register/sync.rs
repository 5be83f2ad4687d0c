//! What is waiting on the phone and what has been sent: a summary for everyone
//! (read out by screen readers as it changes), and each mark of the day.

use super::clock;
use super::occurrence::{status_key, sync_key};
use crate::components::return_to::with_next;
use crate::components::text::tr;
use crate::i18n::I18n;
use crate::offline::{Device, DeviceMark, MarkState, SyncState};
use fluent_bundle::FluentValue;
use leptos::prelude::*;

fn state_name(state: SyncState) -> &'static str {
    match state {
        SyncState::Idle => "idle",
        SyncState::Sending => "sending",
        SyncState::NoConnection => "offline",
        SyncState::SignInNeeded => "sign-in",
        SyncState::ServerTrouble => "trouble",
    }
}

/// The sync summary, the connection, a "send now" button, and the day's marks.
#[component]
pub fn SyncPanel(viewer: String, date: Memo<String>) -> impl IntoView {
    let i18n = I18n::get();
    let device = Device::get();
    let counts = Memo::new({
        let (device, viewer) = (device.clone(), viewer.clone());
        move |_| {
            device.with_marks(|marks| {
                let mine = || marks.iter().filter(|m| m.user_id == viewer);
                (
                    mine().filter(|m| m.waiting()).count(),
                    mine().filter(|m| m.state == MarkState::Refused).count(),
                    mine().count(),
                )
            })
        }
    });
    let waiting = move || counts.get().0;
    let state = Memo::new({
        let device = device.clone();
        move |_| device.sync_state()
    });
    let online = Memo::new({
        let device = device.clone();
        move |_| device.is_online()
    });
    let storage_failed = Memo::new({
        let device = device.clone();
        move |_| device.storage_failed()
    });
    let summary = move || {
        let (waiting, _, all) = counts.get();
        if waiting > 0 {
            i18n.t_with("register-sync-waiting", &[("count", FluentValue::from(waiting))])
        } else if all > 0 {
            i18n.t("register-sync-all-sent")
        } else {
            i18n.t("register-sync-none")
        }
    };
    let reason = move || {
        if waiting() == 0 {
            return None;
        }
        let key = match state.get() {
            SyncState::Sending => "register-sync-sending",
            SyncState::NoConnection => "register-sync-offline",
            SyncState::SignInNeeded => "register-sync-sign-in",
            SyncState::ServerTrouble => "register-sync-trouble",
            SyncState::Idle if !online.get() => "register-sync-offline",
            SyncState::Idle => return None,
        };
        Some(i18n.t(key))
    };
    let refused = move || {
        let count = counts.get().1;
        (count > 0).then(|| i18n.t_with("register-sync-refused", &[("count", FluentValue::from(count))]))
    };
    let sign_in_to_send = move || waiting() > 0 && state.get() == SyncState::SignInNeeded;
    let can_send_now = move || waiting() > 0 && state.get() != SyncState::Sending;
    let send_now = {
        let device = device.clone();
        move |_| device.sync()
    };
    // The chosen day's marks made by this person on this phone, newest first.
    let day_marks = Memo::new({
        let device = device.clone();
        move |_| {
            let date = date.get();
            let mut marks: Vec<DeviceMark> = device.with_marks(|marks| {
                marks
                    .iter()
                    .filter(|m| m.user_id == viewer && m.date == date)
                    .cloned()
                    .collect()
            });
            marks.sort_by(|a, b| b.mark.recorded_at.cmp(&a.mark.recorded_at));
            marks
        }
    });
    let discard = {
        let device = device.clone();
        Callback::new(move |id: String| device.discard(&id))
    };

    view! {
        <section class="sync-panel" data-testid="sync-panel">
            <p class="connection" data-testid="connection" data-online=move || online.get().to_string()>
                {move || i18n.t(if online.get() { "register-online" } else { "register-offline" })}
            </p>
            <p role="status" aria-live="polite" class="sync-summary" data-testid="sync-summary"
                data-waiting=move || waiting().to_string() data-state=move || state_name(state.get())>
                <span>{summary}</span>
                {move || reason().map(|text| view! { <span class="sync-reason">" "{text}</span> })}
            </p>
            <p class="error" role="alert" data-testid="sync-refused">{move || refused().unwrap_or_default()}</p>
            <Show when=move || storage_failed.get()>
                <p class="error" role="alert">{tr("register-storage-failed")}</p>
            </Show>
            <div class="actions">
                <Show when=sign_in_to_send>
                    <a class="button primary" href=with_next("/sign-in", Some("/register"))>{tr("nav-sign-in")}</a>
                </Show>
                <Show when=can_send_now>
                    <button type="button" class="button" data-testid="sync-now" on:click=send_now.clone()>
                        {tr("register-sync-now")}
                    </button>
                </Show>
            </div>
            <details class="device-marks" data-testid="device-marks">
                <summary>
                    {move || i18n.t_with("register-device-marks", &[("count", FluentValue::from(day_marks.with(Vec::len)))])}
                </summary>
                <ul class="device-mark-list">
                    <For each=move || day_marks.get() key=|m| (m.mark.id.clone(), m.state) let:m>
                        <DeviceMarkLine m discard />
                    </For>
                </ul>
            </details>
        </section>
    }
}

/// One mark made on this phone: when, whom, what, and where it is.
#[component]
fn DeviceMarkLine(m: DeviceMark, discard: Callback<String>) -> impl IntoView {
    let i18n = I18n::get();
    let (status_label, _) = status_key(m.mark.status);
    let (state_label, state) = sync_key(m.state);
    let (recorded_at, name, id) = (
        m.mark.recorded_at.clone(),
        m.who.given_name.clone(),
        m.mark.id.clone(),
    );
    let line = move || {
        i18n.t_with(
            "register-device-mark",
            &[
                ("time", FluentValue::from(clock(&recorded_at, i18n.language()))),
                ("name", FluentValue::from(name.clone())),
                ("mark", FluentValue::from(i18n.t(status_label))),
                ("state", FluentValue::from(i18n.t(state_label))),
            ],
        )
    };
    view! {
        <li data-testid="device-mark" data-state=state data-mark=m.mark.id.clone()>
            <span>{line}</span>
            {(m.state == MarkState::Refused).then(|| view! {
                <button type="button" class="button danger" on:click=move |_| discard.run(id.clone())>
                    {tr("register-mark-discard")}
                </button>
            })}
        </li>
    }
}
