//! The staff side of `/screening`: the safety alerts, then recording a
//! questionnaire a mother answers in clinic (she is chosen by search, or named in
//! `?mother=`), with her results over time and each result as staff see it.

use super::name_key;
use super::questionnaire::{Questionnaire, Subject, load_wording};
use crate::api;
use crate::components::alerts::AlertsPanel;
use crate::components::due_screenings::ScheduleStatus;
use crate::components::screening_chart::{ScreeningChart, band_key};
use crate::components::text::tr;
use crate::i18n::I18n;
use crate::session::Session;
use fluent_bundle::FluentValue;
use leptos::prelude::*;
use leptos_router::hooks::{use_navigate, use_query_map};
use perilink_shared::directory::encode_query_value;
use perilink_shared::language::Language;
use perilink_shared::referral::MotherRecord;
use perilink_shared::screening::{Instrument, ScreeningResult};

/// The staff view of `/screening`.
#[component]
pub fn StaffDesk() -> impl IntoView {
    let query = use_query_map();
    let mother = Memo::new(move |_| {
        query
            .with(|q| q.get("mother"))
            .map(|m| m.trim().to_owned())
            .filter(|m| !m.is_empty())
    });
    view! {
        <h1>{tr("screening-staff-title")}</h1>
        <p>{tr("screening-staff-intro")}</p>
        <AlertsPanel />
        <section class="scr-record" aria-labelledby="scr-record-title" data-testid="screening-record">
            <h2 id="scr-record-title">{tr("screening-record-title")}</h2>
            {move || match mother.get() {
                None => view! { <FindMother /> }.into_any(),
                Some(mother_id) => view! { <RecordFor mother_id /> }.into_any(),
            }}
        </section>
    }
}

/// Whether `text` is shaped like a PeriLink id (a UUID), so it can be used as one.
fn looks_like_id(text: &str) -> bool {
    text.len() == 36
        && text.chars().enumerate().all(|(i, c)| {
            if [8, 13, 18, 23].contains(&i) {
                c == '-'
            } else {
                c.is_ascii_hexdigit()
            }
        })
}

fn record_path(mother_id: &str) -> String {
    format!("/screening?mother={}", encode_query_value(mother_id))
}

/// Finding the mother: by name on the caseload, by exact phone, email or NHS
/// number, or by her PeriLink id.
#[component]
fn FindMother() -> impl IntoView {
    let i18n = I18n::get();
    let session = Session::get();
    let navigate = use_navigate();
    let q = RwSignal::new(String::new());
    let found = RwSignal::new(None::<Result<Vec<MotherRecord>, &'static str>>);
    let finding = Action::new_local(move |text: &String| {
        let text = text.clone();
        async move {
            let result = session
                .call(|token| {
                    let text = text.clone();
                    async move { api::screening::find_mothers(&token, &text).await }
                })
                .await;
            found.set(Some(result.map_err(|e| e.message_key())));
        }
    });
    let working = finding.pending();
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let text = q.get_untracked().trim().to_owned();
        if text.is_empty() {
            return;
        }
        if looks_like_id(&text) {
            navigate(&record_path(&text), Default::default());
            return;
        }
        finding.dispatch_local(text);
    };
    view! {
        <form class="scr-find" on:submit=submit novalidate>
            <div class="field">
                <label for="scr-find">{tr("screening-find-label")}</label>
                <input id="scr-find" type="text" autocomplete="off" bind:value=q data-testid="screening-find" />
            </div>
            <button type="submit" class="button" disabled=move || working.get()>{tr("screening-find")}</button>
        </form>
        <div role="status" data-testid="screening-found">
            {move || match found.get() {
                None => ().into_any(),
                Some(Err(key)) => view! { <p class="error">{move || i18n.t(key)}</p> }.into_any(),
                Some(Ok(mothers)) if mothers.is_empty() => view! { <p>{tr("screening-find-none")}</p> }.into_any(),
                Some(Ok(mothers)) => view! {
                    <ul class="scr-found">
                        {mothers.into_iter().map(|m| {
                            let name = full_name(&m);
                            view! {
                                <li>
                                    <a class="button" href=record_path(&m.id) data-testid="screening-found-mother"
                                        data-mother=m.id.clone()>
                                        {move || i18n.t_with("screening-choose-mother", &[("name", FluentValue::from(name.clone()))])}
                                    </a>
                                </li>
                            }
                        }).collect_view()}
                    </ul>
                }
                .into_any(),
            }}
        </div>
    }
}

fn full_name(m: &MotherRecord) -> String {
    match &m.family_name {
        Some(family) if !family.is_empty() => format!("{} {family}", m.given_name),
        _ => m.given_name.clone(),
    }
}

/// Recording for one mother: who she is, her results so far, and the form.
#[component]
fn RecordFor(mother_id: String) -> impl IntoView {
    let i18n = I18n::get();
    let session = Session::get();
    let id = mother_id.clone();
    let mother = LocalResource::new(move || {
        let id = id.clone();
        async move {
            session
                .call(move |token| {
                    let id = id.clone();
                    async move { api::screening::mother(&token, &id).await }
                })
                .await
        }
    });
    // Bumped after each result is recorded, so the chart reloads.
    let recorded = RwSignal::new(0u32);
    move || match mother.get() {
        None => view! { <p aria-busy="true">{tr("loading")}</p> }.into_any(),
        Some(Err(err)) => view! {
            <p class="error" role="alert">{move || i18n.t(err.message_key())}</p>
            <a href="/screening" class="button">{tr("screening-change-mother")}</a>
        }
        .into_any(),
        Some(Ok(m)) => {
            let name = full_name(&m);
            let her_language = m.language.parse::<Language>().ok();
            let mother_id = m.id.clone();
            let chart_for = m.id.clone();
            view! {
                <div class="scr-for" data-testid="screening-for" data-mother=m.id.clone()>
                    <h3>{move || i18n.t_with("screening-for", &[("name", FluentValue::from(name.clone()))])}</h3>
                    <a href="/screening" class="button">{tr("screening-change-mother")}</a>
                </div>
                {move || {
                    recorded.track();
                    view! {
                        <ScreeningChart mother_id=chart_for.clone() />
                        <ScheduleStatus mother_id=chart_for.clone() />
                    }
                }}
                <Recorder mother_id her_language recorded />
            }
            .into_any()
        }
    }
}

/// Where the clinic recording is.
#[derive(Clone, Debug, PartialEq)]
enum Step {
    Setup,
    Taking,
    Done(Box<ScreeningResult>),
}

/// Choosing the questionnaire and language, asking it, and the result.
#[component]
fn Recorder(mother_id: String, her_language: Option<Language>, recorded: RwSignal<u32>) -> impl IntoView {
    let i18n = I18n::get();
    let instrument = RwSignal::new(Instrument::Epds);
    let language = RwSignal::new(her_language.unwrap_or_else(|| untrack(|| i18n.language())));
    // The EPDS is offered only in a language its licensed wording is installed in
    // (hazard H11); otherwise PHQ-9 is chosen instead.
    let epds = super::questionnaire::epds_installed(language.into());
    let offer_epds = move || epds.get().flatten() == Some(true);
    Effect::new(move |_| {
        if epds.get().flatten() == Some(false) && instrument.get_untracked() == Instrument::Epds {
            instrument.set(Instrument::Phq9);
        }
    });
    let step = RwSignal::new(Step::Setup);
    let on_sent = Callback::new(move |result: ScreeningResult| {
        recorded.update(|n| *n += 1);
        step.set(Step::Done(Box::new(result)));
    });
    let on_back = Callback::new(move |()| step.set(Step::Setup));
    let subject = Subject {
        mother_id: Some(mother_id),
        session_id: None,
        timepoint: None,
    };
    move || {
        match step.get() {
        Step::Setup => view! {
            <div class="stack scr-setup">
                <div class="field">
                    <label for="scr-instrument">{tr("screening-instrument-label")}</label>
                    <select id="scr-instrument" data-testid="screening-instrument"
                        on:change=move |ev| {
                            if let Ok(i) = event_target_value(&ev).parse() {
                                instrument.set(i);
                            }
                        }>
                        {move || Instrument::ALL
                            .iter()
                            .copied()
                            .filter(|i| *i != Instrument::Epds || offer_epds())
                            .map(|i| view! {
                                <option value=i.as_str() selected=move || instrument.get() == i>{tr(name_key(i))}</option>
                            })
                            .collect_view()}
                    </select>
                </div>
                <div class="field">
                    <label for="scr-language">{tr("screening-language-label")}</label>
                    <select id="scr-language" data-testid="screening-language"
                        on:change=move |ev| {
                            if let Ok(l) = event_target_value(&ev).parse() {
                                language.set(l);
                            }
                        }>
                        {Language::ALL.into_iter().map(|l| view! {
                            <option value=l.tag() lang=l.tag() selected=move || language.get() == l>{l.autonym()}</option>
                        }).collect_view()}
                    </select>
                </div>
                {move || {
                    let instrument = instrument.get();
                    view! { <LanguageVersion instrument language=language.into() /> }
                }}
                <button type="button" class="button primary" data-testid="screening-record-start"
                    disabled=move || instrument.get() == Instrument::Epds && !offer_epds()
                    on:click=move |_| step.set(Step::Taking)>
                    {tr("screening-record-start")}
                </button>
            </div>
        }
        .into_any(),
        Step::Taking => view! {
            <Questionnaire instrument=instrument.get_untracked() language=language.into()
                subject=subject.clone() on_sent on_back />
            <button type="button" class="button scr-cancel" on:click=move |_| step.set(Step::Setup)>
                {tr("screening-cancel")}
            </button>
        }
        .into_any(),
        Step::Done(result) => view! {
            <StaffResult result=*result />
            <button type="button" class="button" data-testid="screening-record-another"
                on:click=move |_| step.set(Step::Setup)>
                {tr("screening-record-another")}
            </button>
        }
        .into_any(),
    }
    }
}

/// Whether this language version of the questionnaire is validated, and for EPDS
/// whether its licensed wording is installed at all (hazards H10 and H11).
#[component]
fn LanguageVersion(instrument: Instrument, language: Signal<Language>) -> impl IntoView {
    let i18n = I18n::get();
    let wording = load_wording(instrument, language);
    move || match wording.get().flatten() {
        None => view! { <p aria-busy="true">{tr("loading")}</p> }.into_any(),
        Some(Err(err)) => view! { <p class="error">{move || i18n.t(err.message_key())}</p> }.into_any(),
        Some(Ok((words, validated))) => {
            let not_installed = matches!(words, super::questionnaire::Wording::Placeholder);
            view! {
                <p class="scr-validated" data-testid="screening-validated" data-validated=validated.to_string()
                    class:scr-not-validated=!validated>
                    {tr(if validated { "screening-validated-yes" } else { "screening-validated-no" })}
                </p>
                {not_installed.then(|| view! {
                    <p class="hint" data-testid="screening-not-installed">{tr("screening-wording-not-installed")}</p>
                })}
            }
            .into_any()
        }
    }
}

/// A result as staff read it: the total and its band, the safety item, the alert,
/// the anxiety subscale, and whether the language version is validated.
#[component]
fn StaffResult(result: ScreeningResult) -> impl IntoView {
    let i18n = I18n::get();
    let heading = NodeRef::<leptos::html::H3>::new();
    Effect::new(move |_| {
        if let Some(h) = heading.get() {
            let _ = h.focus();
        }
    });
    let (total, band) = (result.total, result.band);
    view! {
        <section class="card scr-staff-result" data-testid="screening-staff-result" data-total=total
            data-band=band.as_str() data-urgent=result.urgent.to_string()
            data-alert-raised=result.alert_raised.to_string()>
            <h3 tabindex="-1" node_ref=heading>{tr("screening-staff-result-title")}</h3>
            <p role="status" class="scr-total">
                {move || i18n.t_with("screening-staff-total", &[
                    ("total", FluentValue::from(total)),
                    ("band", FluentValue::from(i18n.t(band_key(band)))),
                ])}
            </p>
            {result.urgent.then(|| view! { <p class="error">{tr("screening-staff-urgent")}</p> })}
            {result.alert_raised.then(|| view! { <p class="notice">{tr("screening-staff-alert")}</p> })}
            {result.anxiety_subscale.map(|score| view! {
                <p>{move || i18n.t_with("screening-staff-anxiety", &[("score", FluentValue::from(score))])}</p>
            })}
            <p class:scr-not-validated=!result.language_validated>
                {tr(if result.language_validated { "screening-staff-validated" } else { "screening-staff-not-validated" })}
            </p>
        </section>
    }
}
