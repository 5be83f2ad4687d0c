//! Scheduled check-ins (screenings a course asks for at its start, week 6 and end).
//!
//! - `<DueScreenings/>`, on the mother's My sessions: "You have a check-in to do",
//!   one card per check-in whose window is open, with a button that opens the
//!   screening flow with its questionnaire, course and point, so what she sends
//!   does it. Nothing shows when none is due.
//! - `<CheckInCard/>`, on Home and My sessions: a check-in she starts herself.
//! - `<ScheduleStatus mother_id=…/>`, beside her chart for her care team: each
//!   scheduled check-in with its date and whether it is done, due or overdue.
use crate::api;
use crate::components::format;
use crate::components::text::tr;
use crate::i18n::I18n;
use crate::session::Session;
use fluent_bundle::FluentValue;
use leptos::prelude::*;
use perilink_shared::screening::Instrument;
use perilink_shared::screening_schedule::{DueScreening, PointStatus, ScheduledScreening, ScreeningPoint};

/// The key naming a point of a course.
fn point_key(point: ScreeningPoint) -> &'static str {
    match point {
        ScreeningPoint::Baseline => "due-screening-point-baseline",
        ScreeningPoint::Week6 => "due-screening-point-week6",
        ScreeningPoint::End => "due-screening-point-end",
    }
}

/// The key naming a questionnaire, as the screening page names it.
fn instrument_key(instrument: Instrument) -> &'static str {
    match instrument {
        Instrument::Epds => "screening-name-epds",
        Instrument::Phq9 => "screening-name-phq9",
        Instrument::Gad2 => "screening-name-gad2",
        Instrument::Whooley => "screening-name-whooley",
    }
}

/// The address of the screening flow for a due check-in (a neutral one).
fn take_href(d: &DueScreening) -> String {
    crate::pages::screening::check_href(Some(d.instrument), Some(&d.session_id), Some(d.point.as_str()))
}

/// "You have a check-in to do", when one is; nothing otherwise.
#[component]
pub fn DueScreenings() -> impl IntoView {
    let i18n = I18n::get();
    let session = Session::get();
    // Loaded again when the language changes, for the course titles.
    let due = LocalResource::new(move || {
        let language = i18n.language();
        async move {
            session
                .call(
                    move |token| async move { api::screening::due_screenings(&token, language.tag()).await },
                )
                .await
        }
    });
    move || {
        match due.get() {
        Some(Ok(list)) if !list.is_empty() => view! {
            <section class="card due-screenings" aria-labelledby="due-screenings-title" data-testid="due-screenings">
                <h2 id="due-screenings-title">{tr("due-screening-title")}</h2>
                <p>{tr("due-screening-intro")}</p>
                <ul class="due-screening-list">
                    {list.into_iter().map(|d| view! { <DueCard due=d /> }).collect_view()}
                </ul>
            </section>
        }
        .into_any(),
        Some(Err(err)) => view! { <p class="error" role="alert">{tr(err.message_key())}</p> }.into_any(),
        _ => ().into_any(),
    }
    }
}

/// A check-in she may start whenever she likes, due or not: on Home and My sessions.
#[component]
pub fn CheckInCard() -> impl IntoView {
    view! {
        <section class="card" aria-labelledby="check-in-title" data-testid="check-in">
            <h2 id="check-in-title">{tr("checkin-title")}</h2>
            <p>{tr("checkin-intro")}</p>
            <a href=crate::pages::screening::CHECK_PATH class="button" data-testid="check-in-start">{tr("checkin-start")}</a>
        </section>
    }
}

/// One due check-in: the course, the point, by when, and the button to take it.
#[component]
fn DueCard(due: DueScreening) -> impl IntoView {
    let i18n = I18n::get();
    let until = due.due_until.clone();
    let by = move || {
        i18n.t_with(
            "due-screening-until",
            &[(
                "date",
                FluentValue::from(format::long_date(&until, i18n.language())),
            )],
        )
    };
    view! {
        <li class="due-screening" data-testid="due-screening" data-instrument=due.instrument.as_str()
            data-point=due.point.as_str()>
            <h3>{due.course_title.clone()}</h3>
            <p>{tr(point_key(due.point))}" · "{by}</p>
            <a href=take_href(&due) class="button primary" data-testid="due-screening-start">
                {tr("due-screening-start")}
            </a>
        </li>
    }
}

/// The key of how a scheduled check-in stands.
fn status_key(status: PointStatus) -> &'static str {
    match status {
        PointStatus::Upcoming => "schedule-status-upcoming",
        PointStatus::Due => "schedule-status-due",
        PointStatus::Done => "schedule-status-done",
        PointStatus::Overdue => "schedule-status-overdue",
    }
}

/// A mother's scheduled check-ins with done, due or overdue per point, for the
/// staff caring for her.
#[component]
pub fn ScheduleStatus(mother_id: String) -> impl IntoView {
    let i18n = I18n::get();
    let session = Session::get();
    let schedule = LocalResource::new(move || {
        let id = mother_id.clone();
        async move {
            session
                .call(move |token| {
                    let id = id.clone();
                    async move { api::screening::mother_schedule(&token, &id).await }
                })
                .await
        }
    });
    view! {
        <section class="scr-schedule" aria-labelledby="scr-schedule-title" data-testid="screening-schedule">
            <h3 id="scr-schedule-title">{tr("schedule-title")}</h3>
            {move || match schedule.get() {
                None => view! { <p aria-busy="true">{tr("loading")}</p> }.into_any(),
                Some(Err(err)) => view! {
                    <p class="error" role="alert">{move || i18n.t(api::screening::refusal_key(&err))}</p>
                }
                .into_any(),
                Some(Ok(s)) if s.points.is_empty() => view! { <p class="empty">{tr("schedule-empty")}</p> }.into_any(),
                Some(Ok(s)) => view! {
                    <ul class="scr-schedule-list">
                        {s.points.into_iter().map(|p| view! { <ScheduleLine point=p /> }).collect_view()}
                    </ul>
                }
                .into_any(),
            }}
        </section>
    }
}

/// One scheduled check-in, with its status in words (never colour alone).
#[component]
fn ScheduleLine(point: ScheduledScreening) -> impl IntoView {
    let i18n = I18n::get();
    let on = point.due_on.clone();
    let when = move || {
        i18n.t_with(
            "schedule-due-on",
            &[("date", FluentValue::from(format::long_date(&on, i18n.language())))],
        )
    };
    view! {
        <li class="scr-schedule-point" data-status=point.status.as_str() data-point=point.point.as_str()
            data-testid="screening-schedule-point">
            <strong class="status-badge">{tr(status_key(point.status))}</strong>
            " "{tr(point_key(point.point))}" · "{tr(instrument_key(point.instrument))}" · "{when}
            <span class="hint">" "{point.course_title.clone()}</span>
        </li>
    }
}
