//! `<AlertsPanel/>`: the open safety alerts a referrer or coordinator must act on,
//! newest first: whose, why, whether it has gone to the coordinators, when it was
//! raised; each closed only with a note of the action taken (clinical safety
//! hazards H8 and H9). For staff pages: a mother or host gets "not allowed".

use crate::api;

use crate::api::ApiError;
use crate::api::screening::Alert;
use crate::components::format::moment;
use crate::components::text::tr;
use crate::i18n::I18n;
use crate::session::Session;
use fluent_bundle::FluentValue;
use leptos::prelude::*;
use perilink_shared::directory::encode_query_value;
use perilink_shared::error::ErrorCode;

/// The open safety alerts, each with a note field and Acknowledge.
#[component]
pub fn AlertsPanel() -> impl IntoView {
    let i18n = I18n::get();
    let session = Session::get();
    let alerts = LocalResource::new(move || async move {
        session
            .call(|token| async move { api::screening::open_alerts(&token).await })
            .await
    });
    // Whose alert was last acknowledged, for the status line.
    let acknowledged = RwSignal::new(None::<String>);
    let done = Callback::new(move |name: String| {
        acknowledged.set(Some(name));
        alerts.refetch();
    });
    let gone = Callback::new(move |()| alerts.refetch());
    view! {
        <section class="scr-alerts" aria-labelledby="scr-alerts-title" data-testid="alerts-panel">
            <h2 id="scr-alerts-title">{tr("alerts-title")}</h2>
            <p class="hint">{tr("alerts-intro")}</p>
            <p role="status" class:notice=move || acknowledged.with(Option::is_some) data-testid="alerts-status">
                {move || {
                    acknowledged
                        .get()
                        .map(|name| i18n.t_with("alerts-acknowledged", &[("name", FluentValue::from(name))]))
                        .unwrap_or_default()
                }}
            </p>
            {move || match alerts.get() {
                None => view! { <p aria-busy="true">{tr("loading")}</p> }.into_any(),
                Some(Err(err)) => view! { <p class="error" role="alert">{move || i18n.t(err.message_key())}</p> }.into_any(),
                Some(Ok(list)) if list.is_empty() => {
                    view! { <p class="scr-alerts-empty" data-testid="alerts-empty">{tr("alerts-empty")}</p> }.into_any()
                }
                Some(Ok(list)) => {
                    let count = list.len();
                    view! {
                        <p class="scr-alerts-count" data-testid="alerts-count">
                            {move || i18n.t_with("alerts-count", &[("count", FluentValue::from(count))])}
                        </p>
                        <ul class="scr-alert-list">
                            {list.into_iter().map(|alert| view! { <AlertCard alert done gone /> }).collect_view()}
                        </ul>
                    }
                    .into_any()
                }
            }}
            <button type="button" class="button" data-testid="alerts-refresh" on:click=move |_| alerts.refetch()>
                {tr("alerts-refresh")}
            </button>
        </section>
    }
}

/// What went wrong acknowledging.
#[derive(Clone, Copy, Debug, PartialEq)]
enum Problem {
    /// No note of the action taken.
    NoNote,
    /// Somebody else acknowledged it first.
    Already,
    Other(&'static str),
}

/// One alert: whose, why, when, and the note that closes it.
#[component]
fn AlertCard(alert: Alert, done: Callback<String>, gone: Callback<()>) -> impl IntoView {
    let i18n = I18n::get();
    let session = Session::get();
    let note = RwSignal::new(String::new());
    let problem = RwSignal::new(None::<Problem>);
    let note_id = format!("alert-note-{}", alert.id);
    let hint_id = format!("alert-hint-{}", alert.id);
    let problem_id = format!("alert-problem-{}", alert.id);
    let reason_key = if alert.reason == "urgent" {
        "alerts-reason-urgent"
    } else {
        "alerts-reason-probable"
    };
    let raised_at = alert.raised_at.clone();
    let raised = move || {
        i18n.t_with(
            "alerts-raised",
            &[("when", FluentValue::from(moment(&raised_at, i18n.language())))],
        )
    };
    let (alert_id, name) = (alert.id.clone(), alert.mother_name.clone());
    let send = Action::new_local(move |text: &String| {
        let (alert_id, name, text) = (alert_id.clone(), name.clone(), text.clone());
        async move {
            let result = session
                .call(|token| {
                    let (alert_id, text) = (alert_id.clone(), text.clone());
                    async move { api::screening::acknowledge(&token, &alert_id, &text).await }
                })
                .await;
            match result {
                Ok(()) => done.run(name),
                Err(ApiError::Server {
                    code: ErrorCode::Conflict | ErrorCode::NotFound,
                    ..
                }) => {
                    problem.set(Some(Problem::Already));
                    gone.run(());
                }
                Err(ApiError::Server {
                    code: ErrorCode::ValidationFailed,
                    ..
                }) => problem.set(Some(Problem::NoNote)),
                Err(err) => problem.set(Some(Problem::Other(err.message_key()))),
            }
        }
    });
    let working = send.pending();
    let acknowledge = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let text = note.get_untracked().trim().to_owned();
        if text.is_empty() {
            problem.set(Some(Problem::NoNote));
            return;
        }
        problem.set(None);
        send.dispatch_local(text);
    };
    let problem_text = move || {
        problem
            .get()
            .map(|p| match p {
                Problem::NoNote => i18n.t("alerts-note-needed"),
                Problem::Already => i18n.t("alerts-already"),
                Problem::Other(key) => i18n.t(key),
            })
            .unwrap_or_default()
    };
    let results = format!("/screening?mother={}", encode_query_value(&alert.mother_id));
    view! {
        <li class="card scr-alert" data-testid="alert" data-alert=alert.id.clone() data-mother=alert.mother_id.clone()
            data-reason=alert.reason.clone() data-escalated=alert.escalated.to_string()>
            <h3 class="scr-alert-name">{alert.mother_name.clone()}</h3>
            <p class="scr-alert-reason" data-testid="alert-reason">{tr(reason_key)}</p>
            <p class="scr-alert-meta">
                <span data-testid="alert-raised">{raised}</span>
                {alert.escalated.then(|| view! {
                    <span class="scr-badge" data-testid="alert-escalated">{tr("alerts-escalated")}</span>
                })}
            </p>
            <a href=results class="scr-alert-link" data-testid="alert-results">{tr("alerts-her-results")}</a>
            <form class="scr-ack" on:submit=acknowledge novalidate>
                <div class="field">
                    <label for=note_id.clone()>{tr("alerts-note-label")}</label>
                    <textarea id=note_id rows="3" required maxlength="2000" data-testid="alert-note"
                        aria-describedby=format!("{hint_id} {problem_id}")
                        aria-invalid=move || (problem.get() == Some(Problem::NoNote)).to_string()
                        bind:value=note></textarea>
                    <p id=hint_id class="hint">{tr("alerts-note-hint")}</p>
                </div>
                <p id=problem_id class="error" role="alert" data-testid="alert-problem">{problem_text}</p>
                <button type="submit" class="button primary" data-testid="alert-acknowledge"
                    disabled=move || working.get()>
                    {move || i18n.t(if working.get() { "alerts-acknowledging" } else { "alerts-acknowledge" })}
                </button>
            </form>
        </li>
    }
}
