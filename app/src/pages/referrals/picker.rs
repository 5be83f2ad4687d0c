//! Choosing where to refer her: a quick search of the directory, started from what
//! is known of her (her postcode, her language, her stage), each session shown once
//! with its programme's record of replies, so referrers pick providers they trust.

use crate::api::referrals::ReferralRecord;
use crate::api::{self, ApiError};
use crate::components::format;
use crate::components::listing::{LanguageBadges, Localised, NotTranslated};
use crate::components::my_referrals::{Arg, alert, format_with, loading, tw};
use crate::components::text::tr;
use crate::i18n::I18n;
use crate::session::Session;
use leptos::prelude::*;
use perilink_shared::calendar::{civil_from_days, london_day};
use perilink_shared::directory::{LocalisedText, OccurrenceSummary, ProgrammeKind, SessionQuery};
use perilink_shared::error::ErrorCode;
use perilink_shared::referral::MotherRecord;

/// The kinds a referrer can narrow by.
const KINDS: [ProgrammeKind; 6] = [
    ProgrammeKind::Esol,
    ProgrammeKind::RhymeTime,
    ProgrammeKind::Singing,
    ProgrammeKind::BreastfeedingSupport,
    ProgrammeKind::Advice,
    ProgrammeKind::Other,
];

/// The session chosen for the referral.
#[derive(Clone, Debug, PartialEq)]
pub struct Picked {
    pub session_id: String,
    pub title: LocalisedText,
    pub venue: String,
}

/// Today in London, as (year, month, day).
fn today() -> (i32, u32, u32) {
    civil_from_days(london_day((js_sys::Date::now() / 1000.0) as i64))
}

/// Her stage for the search: `pregnant`, or her baby's age in whole months.
fn stage_of(mother: &MotherRecord) -> Option<String> {
    let parse = |date: &str| {
        let mut parts = date.splitn(3, '-').map(|p| p.parse::<i64>().ok());
        Some((parts.next()??, parts.next()??, parts.next()??))
    };
    if let Some((y, m, d)) = mother.baby_birth_date.as_deref().and_then(parse) {
        let (ty, tm, td) = today();
        let months = (i64::from(ty) - y) * 12 + (i64::from(tm) - m) - i64::from(i64::from(td) < d);
        return (0..=60).contains(&months).then(|| months.to_string());
    }
    mother.due_date.as_ref().map(|_| "pregnant".to_owned())
}

/// Step two: choose a session.
#[component]
pub fn SessionPicker(mother: MotherRecord, picked: RwSignal<Option<Picked>>) -> impl IntoView {
    let i18n = I18n::get();
    let kinds = RwSignal::new(Vec::<ProgrammeKind>::new());
    let near_text = RwSignal::new(mother.postcode.clone().unwrap_or_default());
    let near = RwSignal::new(near_text.get_untracked());
    let in_language = RwSignal::new(mother.language != "en");
    let stage = stage_of(&mother);
    let has_stage = stage.is_some();
    let for_stage = RwSignal::new(has_stage);
    let language = mother.language.clone();
    let results = LocalResource::new(move || {
        let kinds = kinds.get();
        let query = SessionQuery {
            kind: (!kinds.is_empty()).then(|| kinds.iter().map(|k| k.as_str()).collect::<Vec<_>>().join(",")),
            lang: in_language.get().then(|| language.clone()),
            near: Some(near.get()).filter(|n| !n.trim().is_empty()),
            stage: if for_stage.get() { stage.clone() } else { None },
            ui: Some(i18n.language().tag().to_owned()),
            per_page: Some(30),
            ..SessionQuery::default()
        };
        async move {
            api::search_sessions(query).await.map(|page| {
                let mut seen: Vec<String> = Vec::new();
                page.results
                    .into_iter()
                    .filter(|o| {
                        let new = !seen.contains(&o.session_id);
                        if new {
                            seen.push(o.session_id.clone());
                        }
                        new
                    })
                    .collect::<Vec<_>>()
            })
        }
    });
    let search = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        near.set(near_text.get_untracked().trim().to_owned());
    };
    let bad_place = move || {
        matches!(
            results.get(),
            Some(Err(ApiError::Server {
                code: ErrorCode::UnknownPlace | ErrorCode::ValidationFailed,
                ..
            }))
        )
    };

    view! {
        <section class="ref-step" aria-labelledby="ref-step-session">
            <h3 id="ref-step-session">{tr("ref-step-session")}</h3>
            <form class="ref-search" role="search" on:submit=search novalidate>
                <fieldset class="chips">
                    <legend>{tr("ref-kind-label")}</legend>
                    {KINDS
                        .into_iter()
                        .map(|kind| {
                            let pressed = move || kinds.with(|k| k.contains(&kind));
                            view! {
                                <button type="button" class="chip" data-testid=format!("ref-kind-{kind}")
                                    aria-pressed=move || pressed().to_string()
                                    on:click=move |_| kinds.update(|k| {
                                        if let Some(at) = k.iter().position(|x| *x == kind) {
                                            k.remove(at);
                                        } else {
                                            k.push(kind);
                                        }
                                    })>
                                    {tr(format::kind_key(kind))}
                                </button>
                            }
                        })
                        .collect_view()}
                </fieldset>
                <div class="check">
                    <input id="ref-in-language" type="checkbox" bind:checked=in_language />
                    <label for="ref-in-language">{tr("ref-in-language")}</label>
                </div>
                {has_stage.then(|| view! {
                    <div class="check">
                        <input id="ref-for-stage" type="checkbox" bind:checked=for_stage />
                        <label for="ref-for-stage">{tr("ref-for-stage")}</label>
                    </div>
                })}
                <div class="near">
                    <div class="field near-place">
                        <label for="ref-near">{tr("ref-near-label")}</label>
                        <input id="ref-near" type="text" dir="ltr" autocomplete="off" bind:value=near_text
                            aria-describedby="ref-near-hint" aria-invalid=move || bad_place().to_string() />
                    </div>
                    <p class="hint" id="ref-near-hint">{tr("ref-near-hint")}</p>
                    <button type="submit" class="button" data-testid="ref-near-submit">{tr("ref-search")}</button>
                </div>
            </form>
            {move || match results.get() {
                None => loading(),
                Some(Err(_)) if bad_place() => {
                    view! { <p class="error" role="alert">{tr("ref-error-place")}</p> }.into_any()
                }
                Some(Err(err)) => alert(err.message_key()),
                Some(Ok(list)) if list.is_empty() => {
                    view! { <p class="empty" role="status" data-testid="ref-sessions-empty">{tr("ref-sessions-empty")}</p> }
                        .into_any()
                }
                Some(Ok(list)) => view! {
                    <ul class="result-list ref-sessions" data-testid="ref-sessions">
                        {list.into_iter().map(|occurrence| view! { <SessionChoice occurrence picked /> }).collect_view()}
                    </ul>
                }
                .into_any(),
            }}
        </section>
    }
}

/// One session in the search, with its programme's record and a button to choose it.
#[component]
fn SessionChoice(occurrence: OccurrenceSummary, picked: RwSignal<Option<Picked>>) -> impl IntoView {
    let i18n = I18n::get();
    let session = Session::get();
    let o = occurrence;
    let id = o.session_id.clone();
    let record = LocalResource::new({
        let id = id.clone();
        move || {
            let id = id.clone();
            async move {
                let detail = api::get_session(id, "en").await?;
                session
                    .call(|token| {
                        let programme = detail.programme_id.clone();
                        async move { api::referrals::referral_record(&token, &programme).await }
                    })
                    .await
            }
        }
    });
    let venue_text = tw(
        "find-venue",
        vec![
            ("venue", Arg::Text(o.venue.name.clone())),
            ("town", Arg::Text(o.venue.town.clone())),
        ],
    );
    let when = tw(
        "find-when",
        vec![
            ("date", Arg::Day(o.date.clone())),
            ("start", Arg::Time(o.start_time.clone())),
            ("end", Arg::Time(o.end_time.clone())),
        ],
    );
    let choice = Picked {
        session_id: id.clone(),
        title: o.title.clone(),
        venue: o.venue.name.clone(),
    };
    let is_picked = {
        let id = id.clone();
        Memo::new(move |_| picked.with(|p| p.as_ref().is_some_and(|p| p.session_id == id)))
    };
    let choice = StoredValue::new(choice);
    view! {
        <li class="card result ref-session" data-testid="ref-session" data-session=id.clone() data-kind=o.kind.as_str()
            class:picked=move || is_picked.get()>
            <p class="kind">{tr(format::kind_key(o.kind))}</p>
            <h4 class="result-title"><Localised text=o.title.clone() /></h4>
            <NotTranslated translated=o.title.translated />
            <p class="where">{venue_text}</p>
            <p>{when}</p>
            <LanguageBadges languages=o.languages.clone() interpreter=o.interpreter_languages.clone() />
            <p class="ref-record" data-testid="ref-record">
                {move || match record.get() {
                    None => i18n.t("loading"),
                    Some(Err(_)) => String::new(),
                    Some(Ok(record)) => record_text(i18n, record),
                }}
            </p>
            <button type="button" class="button" class:primary=move || is_picked.get() data-testid="ref-pick"
                aria-pressed=move || is_picked.get().to_string()
                on:click=move |_| picked.set(Some(choice.get_value()))>
                {move || if is_picked.get() { i18n.t("ref-picked") } else { i18n.t("ref-pick") }}
            </button>
        </li>
    }
}

/// "Usually replies within 2 days · 90% accepted", or that nobody has referred yet.
fn record_text(i18n: I18n, record: ReferralRecord) -> String {
    match (
        record.referrals,
        record.median_reply_days,
        record.accepted_percent,
    ) {
        (0, _, _) => i18n.t("ref-record-none"),
        (_, Some(days), Some(percent)) => format_with(
            i18n,
            "ref-record",
            &[
                ("days", Arg::Number(days.into())),
                ("percent", Arg::Number(percent.into())),
            ],
        ),
        _ => i18n.t("ref-record-no-replies"),
    }
}
