//! A course's screening schedule, under the session form: which questionnaire
//! (EPDS unless another is chosen) and at which points (start, week 6, end). Only
//! a course has one; mothers enrolled on it are then asked and reminded.

use super::fields::{Choice, Ctx, Note, NoteLine, Tick, worded};
use crate::api::directory;
use crate::i18n::I18n;
use leptos::ev::SubmitEvent;
use leptos::prelude::*;
use perilink_shared::directory::Format;
use perilink_shared::screening::Instrument;
use perilink_shared::screening_schedule::{ScreeningPoint, ScreeningSchedule};

/// The schedule of the session being edited, when it is a course.
#[component]
pub fn ScheduleEditor(ctx: Ctx, id: String) -> impl IntoView {
    let i18n = I18n::get();
    let note = RwSignal::new(Note::Idle);
    let instrument = RwSignal::new(Instrument::Epds.as_str().to_owned());
    let points = [
        (ScreeningPoint::Baseline, RwSignal::new(false)),
        (ScreeningPoint::Week6, RwSignal::new(false)),
        (ScreeningPoint::End, RwSignal::new(false)),
    ];
    let course_id = id.clone();
    let is_course = Memo::new(move |_| {
        ctx.with(|d| {
            d.sessions
                .iter()
                .find(|s| s.id == course_id)
                .and_then(|s| d.programmes.iter().find(|p| p.id == s.programme_id))
                .is_some_and(|p| p.format == Format::Course)
        })
        .unwrap_or(false)
    });
    // What it has now, loaded once for this session.
    let loading_id = id.clone();
    leptos::task::spawn_local(async move {
        let found = ctx
            .session
            .call(move |t| directory::screening_schedule(t, loading_id.clone()))
            .await;
        if let Ok(schedule) = found {
            instrument.set(schedule.instrument.as_str().to_owned());
            for (point, ticked) in points {
                ticked.set(schedule.points.contains(&point));
            }
        }
    });
    let instruments = worded(vec!["epds", "phq9", "gad2", "whooley"], "screening-name-", false);
    let submit = move |ev: SubmitEvent| {
        ev.prevent_default();
        let body = ScreeningSchedule {
            instrument: instrument.get_untracked().parse().unwrap_or(Instrument::Epds),
            points: points
                .iter()
                .filter(|(_, ticked)| ticked.get_untracked())
                .map(|(point, _)| *point)
                .collect(),
        };
        let id = id.clone();
        ctx.run(
            note,
            move |t| directory::save_screening_schedule(t, id.clone(), body.clone()),
            |_| (),
        );
    };
    move || {
        let submit = submit.clone();
        is_course.get().then(move || view! {
            <form class="stack coord-form" novalidate on:submit=submit aria-labelledby="schedule-heading"
                data-testid="schedule-form">
                <h3 id="schedule-heading">{move || i18n.t("schedule-edit-title")}</h3>
                <p class="hint">{move || i18n.t("schedule-edit-intro")}</p>
                <Choice id="schedule-instrument" label="schedule-edit-instrument" value=instrument options=instruments />
                <fieldset>
                    <legend>{move || i18n.t("schedule-edit-points")}</legend>
                    <Tick id="schedule-baseline" label="due-screening-point-baseline" value=points[0].1 />
                    <Tick id="schedule-week6" label="due-screening-point-week6" value=points[1].1 />
                    <Tick id="schedule-end" label="due-screening-point-end" value=points[2].1 />
                </fieldset>
                <button type="submit" class="button primary" disabled=move || note.get() == Note::Working>
                    {move || i18n.t("schedule-edit-save")}
                </button>
                <NoteLine note />
            </form>
        })
    }
}
