//! A session's dates from a partner's calendar (`.ics`), under the session form:
//! the calendar's address and, if it holds other things too, words its events'
//! titles must have; "Read now"; and what the last reading did, in her language.

use super::fields::{Ctx, Note, NoteLine, Text, maybe};
use crate::api::directory;
use crate::components::format::moment;
use crate::i18n::I18n;
use fluent_bundle::FluentValue;
use leptos::ev::SubmitEvent;
use leptos::prelude::*;
use perilink_shared::calendar_import::{CalendarInput, CalendarProblem, CalendarReading, SessionCalendar};

fn problem_key(problem: CalendarProblem) -> &'static str {
    match problem {
        CalendarProblem::Unreachable => "calendar-problem-unreachable",
        CalendarProblem::ServerError => "calendar-problem-server-error",
        CalendarProblem::NotCalendar => "calendar-problem-not-calendar",
        CalendarProblem::NoEvents => "calendar-problem-no-events",
        CalendarProblem::TooBig => "calendar-problem-too-big",
    }
}

/// What a reading came to, in plain words.
fn reading_words(i18n: I18n, r: &CalendarReading) -> String {
    let when = moment(&r.read_at, i18n.language());
    let said = match r.problem {
        Some(problem) => i18n.t(problem_key(problem)),
        None => i18n.t_with(
            "calendar-read-done",
            &[
                ("dates", FluentValue::from(r.dates)),
                ("added", FluentValue::from(r.added)),
                ("cancelled", FluentValue::from(r.cancelled)),
                ("told", FluentValue::from(r.told)),
            ],
        ),
    };
    format!(
        "{} {said}",
        i18n.t_with("calendar-last-read", &[("when", FluentValue::from(when))])
    )
}

/// The calendar of the session being edited.
#[component]
pub fn CalendarEditor(ctx: Ctx, id: String) -> impl IntoView {
    let i18n = I18n::get();
    let note = RwSignal::new(Note::Idle);
    let url = RwSignal::new(String::new());
    let words = RwSignal::new(String::new());
    let current: RwSignal<Option<SessionCalendar>> = RwSignal::new(None);
    let shown = move |c: Option<SessionCalendar>| {
        url.set(c.as_ref().map(|c| c.url.clone()).unwrap_or_default());
        words.set(c.as_ref().and_then(|c| c.words.clone()).unwrap_or_default());
        current.set(c);
    };
    let id = StoredValue::new(id);
    leptos::task::spawn_local(async move {
        if let Ok(found) = ctx
            .session
            .call(move |t| directory::session_calendar(t, id.get_value()))
            .await
        {
            shown(found);
        }
    });
    let submit = move |ev: SubmitEvent| {
        ev.prevent_default();
        let body = CalendarInput {
            url: url.get_untracked().trim().to_owned(),
            words: maybe(&words.get_untracked()),
        };
        ctx.run(
            note,
            move |t| directory::save_session_calendar(t, id.get_value(), body.clone()),
            move |c| shown(Some(c)),
        );
    };
    let read = move |_| {
        ctx.run(
            note,
            move |t| directory::read_session_calendar(t, id.get_value()),
            move |c| shown(Some(c)),
        );
    };
    view! {
        <form class="stack coord-form" novalidate on:submit=submit aria-labelledby="calendar-heading"
            data-testid="calendar-form">
            <h3 id="calendar-heading">{move || i18n.t("calendar-title")}</h3>
            <p class="hint">{move || i18n.t("calendar-intro")}</p>
            <Text id="calendar-url" label="calendar-url" value=url kind="url" ltr=true />
            <Text id="calendar-words" label="calendar-words" value=words hint="calendar-words-hint" />
            <div class="coord-actions">
                <button type="submit" class="button primary" data-testid="calendar-save"
                    disabled=move || note.get() == Note::Working>
                    {move || i18n.t("calendar-save")}
                </button>
                <button type="button" class="button" data-testid="calendar-read-now" on:click=read
                    disabled=move || note.get() == Note::Working || current.with(Option::is_none)>
                    {move || i18n.t("calendar-read-now")}
                </button>
            </div>
            <NoteLine note />
            {move || current.get().map(|c| match c.last_reading {
                None => view! { <p data-testid="calendar-last-read">{i18n.t("calendar-never-read")}</p> }.into_any(),
                Some(r) => {
                    let failed = r.problem.is_some();
                    let detail = r.detail.clone();
                    view! {
                        <p data-testid="calendar-last-read" data-problem=r.problem.map(|p| p.as_str())
                            class:alert-banner=failed>
                            {reading_words(i18n, &r)}
                        </p>
                        {detail.map(|d| view! {
                            <details>
                                <summary>{i18n.t("feeds-details")}</summary>
                                <p dir="ltr" lang="en">{d}</p>
                            </details>
                        })}
                    }
                    .into_any()
                }
            })}
        </form>
    }
}
