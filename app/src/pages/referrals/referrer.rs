//! A referrer's desk: her open safety alerts first (a red count, clinical safety
//! hazard H21), what changed (a safety alert, accepted, declined, first attended,
//! missed twice), then a referral from consultation to sent in four short steps
//! (her, a session, her consent, why), then her caseload with every referral's
//! status and moves.

use super::common::{LanguageLine, Moves, Reasons, typed};
use super::consent::ConsentStep;
use super::picker::{Picked, SessionPicker};
use super::register::{FindMother, MotherSummary};
use crate::api;
use crate::api::ApiError;
use crate::api::referrals::{Notification, Notifications};
use crate::api::screening::Alert;
use crate::components::listing::{Localised, NotTranslated};
use crate::components::my_referrals::{
    Arg, Move, Said, SaidLine, StatusBadge, alert, day, format_with, loading, mover, problem_key, reason_key,
    tw,
};
use crate::components::text::tr;
use crate::i18n::I18n;
use crate::session::Session;
use fluent_bundle::FluentValue;
use leptos::prelude::*;
use perilink_shared::auth::UserProfile;
use perilink_shared::error::ErrorCode;
use perilink_shared::referral::{
    Caseload as CaseloadList, CaseloadEntry, MotherRecord, Referral, ReferralReason, ReferralRequest,
    ReferralStatus,
};
use perilink_shared::register::{AttendanceEntry, AttendanceStatus};

type Loaded<T> = LocalResource<Result<T, ApiError>>;

/// The referrer's page.
#[component]
pub fn ReferrerDesk(user: UserProfile) -> impl IntoView {
    let session = Session::get();
    // Loaded again when the language changes, for the programmes' titles.
    let referrals: Loaded<Vec<Referral>> = LocalResource::new(move || {
        let ui = I18n::get().language().tag();
        async move {
            session
                .call(|token| async move { api::referrals::list_referrals(&token, ui).await })
                .await
        }
    });
    let news: Loaded<Notifications> = LocalResource::new(move || async move {
        session
            .call(|token| async move { api::referrals::notifications(&token).await })
            .await
    });
    // Her open safety alerts: the count at the top, a badge on each mother's card
    // and the name in the news of each.
    let alerts: Loaded<Vec<Alert>> = LocalResource::new(move || async move {
        session
            .call(|token| async move { api::screening::open_alerts(&token).await })
            .await
    });
    let chosen = RwSignal::new(None::<MotherRecord>);
    let chosen_id = Memo::new(move |_| chosen.with(|m| m.as_ref().map(|m| m.id.clone())));
    // Read again whenever a mother is chosen or let go: she may be new.
    let caseload: Loaded<CaseloadList> = LocalResource::new(move || {
        chosen_id.track();
        async move {
            session
                .call(|token| async move { api::referrals::caseload(&token).await })
                .await
        }
    });
    let said = RwSignal::new(None::<Said>);
    let sent = Callback::new(move |referral: Referral| {
        said.set(Some(Said::Done(
            "ref-sent",
            vec![
                ("name", Arg::Text(referral.mother_name.clone())),
                ("programme", Arg::Text(referral.programme_title.text.clone())),
            ],
        )));
        chosen.set(None);
        referrals.refetch();
        focus("ref-new-title");
    });
    let refer_again = Callback::new(move |mother_id: String| {
        said.set(None);
        leptos::task::spawn_local(async move {
            let result = session
                .call(|token| {
                    let id = mother_id.clone();
                    async move { api::referrals::get_mother(&token, &id).await }
                })
                .await;
            match result {
                Ok(mother) => chosen.set(Some(mother)),
                Err(err) => said.set(Some(Said::Problem(err.message_key()))),
            }
            focus("ref-new-title");
        });
    });

    view! {
        <h1>{tr("start-referrer")}</h1>
        <OpenAlerts alerts />
        <dl class="details ref-who">
            <dt>{tr("start-detail-name")}</dt>
            <dd>{user.display_name.clone()}</dd>
            {user.job_title.clone().map(|job| view! {
                <dt>{tr("start-detail-job")}</dt>
                <dd>{job}</dd>
            })}
        </dl>
        <News news referrals alerts />
        <section class="card ref-new" aria-labelledby="ref-new-title">
            <h2 id="ref-new-title" tabindex="-1">{tr("ref-new-title")}</h2>
            <p class="hint">{tr("ref-new-intro")}</p>
            <SaidLine said testid="ref-status" />
            {move || match chosen_id.get() {
                None => view! { <FindMother chosen /> }.into_any(),
                Some(_) => match chosen.get_untracked() {
                    Some(mother) => view! { <Referring mother chosen sent /> }.into_any(),
                    None => ().into_any(),
                },
            }}
        </section>
        <Caseload caseload referrals alerts refer_again />
    }
}

/// How many safety alerts are open, in red at the top, with the way to them; a
/// quiet line when none is.
#[component]
fn OpenAlerts(alerts: Loaded<Vec<Alert>>) -> impl IntoView {
    let i18n = I18n::get();
    move || match alerts.get() {
        None => ().into_any(),
        Some(Err(err)) => alert(err.message_key()),
        Some(Ok(list)) if list.is_empty() => {
            view! { <p class="hint" data-testid="open-alerts-none">{tr("alerts-empty")}</p> }.into_any()
        }
        Some(Ok(list)) => {
            let count = list.len();
            view! {
                <p class="alert-banner" role="status" data-testid="open-alerts" data-count=count>
                    <a href="/screening">
                        {move || i18n.t_with("alerts-count", &[("count", FluentValue::from(count))])}
                    </a>
                    " "
                    <span>{tr("alerts-intro")}</span>
                </p>
            }
            .into_any()
        }
    }
}

/// Moves keyboard and screen-reader focus to the element `id`.
fn focus(id: &str) {
    if let Some(element) = document().get_element_by_id(id) {
        use wasm_bindgen::JsCast;
        if let Ok(element) = element.dyn_into::<web_sys::HtmlElement>() {
            let _ = element.focus();
        }
    }
}

/// Unread news of her referrals, each dismissed with one tap.
#[component]
fn News(
    news: Loaded<Notifications>,
    referrals: Loaded<Vec<Referral>>,
    alerts: Loaded<Vec<Alert>>,
) -> impl IntoView {
    let session = Session::get();
    let dismissed = RwSignal::new(Vec::<String>::new());
    let dismiss = Callback::new(move |id: String| {
        dismissed.update(|d| d.push(id.clone()));
        leptos::task::spawn_local(async move {
            let _ = session
                .call(|token| {
                    let id = id.clone();
                    async move { api::referrals::mark_read(&token, &id).await }
                })
                .await;
        });
    });
    move || {
        let Some(Ok(list)) = news.get() else {
            return ().into_any();
        };
        let unread: Vec<Notification> = list
            .notifications
            .into_iter()
            .filter(|n| news_key(&n.kind).is_some() && !n.read && !dismissed.with(|d| d.contains(&n.id)))
            .collect();
        if unread.is_empty() {
            return ().into_any();
        }
        let known = referrals.get().and_then(Result::ok).unwrap_or_default();
        let open = alerts.get().and_then(Result::ok).unwrap_or_default();
        view! {
            <section class="card ref-news" aria-labelledby="ref-news-title" data-testid="ref-news">
                <h2 id="ref-news-title">{tr("ref-news-title")}</h2>
                <ul class="ref-news-list">
                    {unread
                        .into_iter()
                        .map(|n| {
                            let about = known.iter().find(|r| n.subject_id.as_deref() == Some(r.id.as_str())).cloned();
                            let alert = open.iter().find(|a| n.subject_id.as_deref() == Some(a.id.as_str())).cloned();
                            view! { <NewsItem notification=n about alert dismiss /> }
                        })
                        .collect_view()}
                </ul>
            </section>
        }
        .into_any()
    }
}

/// The locale key of a notification about a referral; `None` for other news.
fn news_key(kind: &str) -> Option<&'static str> {
    Some(match kind {
        "referral_accepted" => "ref-news-accepted",
        "referral_declined" => "ref-news-declined",
        "referral_first_attended" => "ref-news-first-attended",
        "referral_missed_twice" => "ref-news-missed-twice",
        "referral_withdrawn" => "ref-news-withdrawn",
        "referral_booking_cancelled" => "ref-news-booking-cancelled",
        "screening_alert" => "ref-news-alert",
        "screening_alert_escalated" => "ref-news-alert-escalated",
        _ => return None,
    })
}

/// One piece of news.
#[component]
fn NewsItem(
    notification: Notification,
    about: Option<Referral>,
    alert: Option<Alert>,
    dismiss: Callback<String>,
) -> impl IntoView {
    let key = news_key(&notification.kind).unwrap_or("ref-news-other");
    let kind = notification.kind.clone();
    let is_alert = kind.starts_with("screening_alert");
    let text = match (about, alert) {
        // An alert still open: whose, and the way to act on it.
        (_, Some(a)) => view! {
            {tw(key, vec![("name", Arg::Text(a.mother_name))])}
            " "
            <a href="/screening" class="news-action" data-testid="ref-news-alert-open">{tr("ref-news-alert-open")}</a>
        }
        .into_any(),
        // Somebody has acted on it since.
        (_, None) if is_alert => tr("ref-news-alert-closed").into_any(),
        (Some(r), None) => tw(
            key,
            vec![
                ("name", Arg::Text(r.mother_name)),
                ("programme", Arg::Text(r.programme_title.text)),
            ],
        )
        .into_any(),
        (None, None) => tr("ref-news-other").into_any(),
    };
    let i18n = I18n::get();
    let at = notification.created_at.clone();
    let when = move || day(&at, i18n.language());
    let id = notification.id;
    view! {
        <li class="ref-news-item" class:alert-news=is_alert data-testid="ref-news-item" data-kind=kind>
            <p>{text}<span class="hint ref-news-when">{when}</span></p>
            <button type="button" class="button" data-testid="ref-news-read" on:click=move |_| dismiss.run(id.clone())>
                {tr("ref-news-read")}
            </button>
        </li>
    }
}

/// Steps two to four for the chosen mother, and sending.
#[component]
fn Referring(
    mother: MotherRecord,
    chosen: RwSignal<Option<MotherRecord>>,
    sent: Callback<Referral>,
) -> impl IntoView {
    let i18n = I18n::get();
    let session = Session::get();
    let consent = RwSignal::new(mother.consent.clone());
    let picked = RwSignal::new(None::<Picked>);
    let reasons = RwSignal::new(Vec::<ReferralReason>::new());
    let what_matters = RwSignal::new(String::new());
    let note = RwSignal::new(String::new());
    let problem = RwSignal::new(None::<&'static str>);
    let sending = Action::new_local(move |request: &ReferralRequest| {
        let request = request.clone();
        async move {
            let result = session
                .call(|token| {
                    let request = request.clone();
                    async move { api::referrals::create_referral(&token, &request).await }
                })
                .await;
            match result {
                Ok(referral) => sent.run(referral),
                Err(ApiError::Server {
                    code: ErrorCode::ConsentRequired,
                    ..
                }) => {
                    consent.set(None);
                    problem.set(Some("ref-error-consent-required"));
                }
                Err(err) => problem.set(Some(problem_key(&err))),
            }
        }
    });
    let working = sending.pending();
    let suggestion = Signal::derive(move || {
        picked
            .get()
            .map(|p| {
                format_with(
                    i18n,
                    "ref-shared-with-suggestion",
                    &[
                        ("session", Arg::Text(p.title.text)),
                        ("venue", Arg::Text(p.venue)),
                    ],
                )
                // Kept as data: without Fluent's marks that isolate each name.
                .replace(['\u{2068}', '\u{2069}'], "")
            })
            .unwrap_or_default()
    });
    let mother_id = StoredValue::new(mother.id.clone());

    let send = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let missing = if picked.with_untracked(Option::is_none) {
            Some("ref-error-no-session")
        } else if consent.with_untracked(Option::is_none) {
            Some("ref-error-no-consent")
        } else if reasons.with_untracked(Vec::is_empty) {
            Some("ref-error-no-reason")
        } else {
            None
        };
        problem.set(missing);
        if missing.is_some() {
            return;
        }
        let request = ReferralRequest {
            mother_id: mother_id.get_value(),
            programme_id: None,
            session_id: picked.get_untracked().map(|p| p.session_id),
            reasons: reasons.get_untracked(),
            what_matters: typed(what_matters.get_untracked()),
            note: typed(note.get_untracked()),
        };
        sending.dispatch_local(request);
    };

    view! {
        <MotherSummary mother=mother.clone() change=Callback::new(move |_| chosen.set(None)) />
        <SessionPicker mother=mother.clone() picked />
        <ConsentStep mother_id=mother.id.clone() has_phone=mother.phone.is_some() has_email=mother.email.is_some()
            consent suggestion />
        <section class="ref-step" aria-labelledby="ref-step-send">
            <h3 id="ref-step-send">{tr("ref-step-send")}</h3>
            <form class="stack" on:submit=send novalidate data-testid="ref-send-form">
                <fieldset class="ref-group">
                    <legend>{tr("ref-reasons-label")}</legend>
                    {ReferralReason::ALL
                        .iter()
                        .map(|reason| {
                            let reason = *reason;
                            let id = format!("ref-reason-{reason}");
                            view! {
                                <div class="check">
                                    <input id=id.clone() type="checkbox"
                                        prop:checked=move || reasons.with(|r| r.contains(&reason))
                                        on:change=move |ev| {
                                            let on = event_target_checked(&ev);
                                            reasons.update(|r| {
                                                r.retain(|x| *x != reason);
                                                if on {
                                                    r.push(reason);
                                                }
                                            });
                                        } />
                                    <label for=id>{tr(reason_key(reason))}</label>
                                </div>
                            }
                        })
                        .collect_view()}
                </fieldset>
                <div class="field">
                    <label for="ref-what-matters">{tr("ref-field-what-matters")}</label>
                    <textarea id="ref-what-matters" rows="3" dir="auto" bind:value=what_matters></textarea>
                </div>
                <div class="field">
                    <label for="ref-note">{tr("ref-field-note")}</label>
                    <textarea id="ref-note" rows="3" dir="auto" bind:value=note aria-describedby="ref-note-hint"></textarea>
                    <p class="hint" id="ref-note-hint">{tr("ref-note-hint")}</p>
                </div>
                <p class="error" role="alert" data-testid="ref-send-problem">
                    {move || problem.get().map(|key| i18n.t(key)).unwrap_or_default()}
                </p>
                <button type="submit" class="button primary" disabled=move || working.get() data-testid="ref-send">
                    {move || if working.get() { i18n.t("ref-working") } else { i18n.t("ref-send") }}
                </button>
            </form>
        </section>
    }
}

/// Her caseload: every mother she cares for, referred or not yet, each with her
/// referrals (where each stands, why, every move, each session attended or missed).
#[component]
fn Caseload(
    caseload: Loaded<CaseloadList>,
    referrals: Loaded<Vec<Referral>>,
    alerts: Loaded<Vec<Alert>>,
    refer_again: Callback<String>,
) -> impl IntoView {
    let said = RwSignal::new(None::<Said>);
    let finished = Callback::new(move |outcome: Said| {
        said.set(Some(outcome));
        referrals.refetch();
        caseload.refetch();
    });
    view! {
        <section class="ref-caseload" aria-labelledby="ref-caseload-title">
            <h2 id="ref-caseload-title">{tr("ref-caseload-title")}</h2>
            <SaidLine said testid="ref-caseload-status" />
            {move || match (caseload.get(), referrals.get()) {
                (None, _) | (_, None) => loading(),
                (Some(Err(err)), _) | (_, Some(Err(err))) => alert(err.message_key()),
                (Some(Ok(caseload)), Some(Ok(list))) => {
                    let open = alerts.get().and_then(Result::ok).unwrap_or_default();
                    let mut mothers: Vec<(Option<CaseloadEntry>, Vec<Referral>)> =
                        caseload.mothers.into_iter().map(|m| (Some(m), Vec::new())).collect();
                    for referral in list {
                        let theirs = mothers.iter_mut().find(|(entry, referrals)| {
                            entry.as_ref().is_some_and(|e| e.mother_id == referral.mother_id)
                                || referrals.first().is_some_and(|r| r.mother_id == referral.mother_id)
                        });
                        match theirs {
                            Some((_, referrals)) => referrals.push(referral),
                            None => mothers.push((None, vec![referral])),
                        }
                    }
                    if mothers.is_empty() {
                        return view! { <p class="empty" data-testid="ref-caseload-empty">{tr("ref-caseload-empty")}</p> }
                            .into_any();
                    }
                    view! {
                        <ul class="result-list" data-testid="ref-caseload">
                            {mothers
                                .into_iter()
                                .map(|(entry, referrals)| {
                                    let id = entry.as_ref().map(|e| e.mother_id.clone())
                                        .or_else(|| referrals.first().map(|r| r.mother_id.clone()))
                                        .unwrap_or_default();
                                    let alerts = open.iter().filter(|a| a.mother_id == id).count();
                                    view! { <CaseloadMother entry referrals alerts refer_again finished /> }
                                })
                                .collect_view()}
                        </ul>
                    }
                    .into_any()
                }
            }}
        </section>
    }
}

/// One mother on the caseload and her referrals.
#[component]
fn CaseloadMother(
    entry: Option<CaseloadEntry>,
    referrals: Vec<Referral>,
    /// How many safety alerts about her are open.
    alerts: usize,
    refer_again: Callback<String>,
    finished: Callback<Said>,
) -> impl IntoView {
    let (id, name, language, interpreter) = match (&entry, referrals.first()) {
        (Some(e), _) => (
            e.mother_id.clone(),
            e.name.clone(),
            e.language.clone(),
            e.interpreter_needed,
        ),
        (None, Some(r)) => (
            r.mother_id.clone(),
            r.mother_name.clone(),
            r.mother_language.clone(),
            r.interpreter_needed,
        ),
        (None, None) => Default::default(),
    };
    let facts = entry.map(|e| {
        let baby = match (e.baby_birth_date, e.due_date) {
            (Some(born), _) => Some(tw("ref-born-on", vec![("date", Arg::Day(born))])),
            (None, Some(due)) => Some(tw("ref-due-on", vec![("date", Arg::Day(due))])),
            (None, None) => None,
        };
        let last = e.last_attended.map(
            |date| view! { <p class="hint">{tw("ref-caseload-last", vec![("date", Arg::Day(date))])}</p> },
        );
        view! {
            {baby.map(|line| view! { <p class="hint">{line}</p> })}
            {last}
            {(!e.has_consent).then(|| view! {
                <p class="badge" data-testid="ref-caseload-no-consent">{tr("ref-caseload-no-consent")}</p>
            })}
        }
    });
    let again = id.clone();
    let none_yet = referrals.is_empty();
    view! {
        <li class="card ref-mother" data-testid="ref-mother" data-mother=id>
            <h3 class="ref-name">{name}</h3>
            {(alerts > 0).then(|| {
                let i18n = I18n::get();
                view! {
                    <a href="/screening" class="alert-badge" data-testid="ref-mother-alerts" data-count=alerts>
                        {move || i18n.t_with("alerts-count", &[("count", FluentValue::from(alerts))])}
                    </a>
                }
            })}
            <LanguageLine language dialect=None interpreter />
            {facts}
            {if none_yet {
                view! { <p class="empty" data-testid="ref-caseload-not-referred">{tr("ref-caseload-not-referred")}</p> }
                    .into_any()
            } else {
                view! {
                    <ul class="ref-referrals">
                        {referrals.into_iter().map(|referral| view! { <CaseloadReferral referral finished /> }).collect_view()}
                    </ul>
                }
                .into_any()
            }}
            <button type="button" class="button" data-testid="ref-refer-again"
                on:click=move |_| refer_again.run(again.clone())>
                {if none_yet { tr("ref-refer-her") } else { tr("ref-refer-again") }}
            </button>
        </li>
    }
}

/// One referral on the caseload: where it stands, why, every move, each session
/// since, and withdrawing it when she asks.
#[component]
fn CaseloadReferral(referral: Referral, finished: Callback<Said>) -> impl IntoView {
    let r = referral;
    let sent_on = tw("ref-sent-on", vec![("date", Arg::Day(r.created_at.clone()))]);
    let what_matters = r.what_matters.clone().map(|text| {
        view! { <p class="ref-quote">{tw("ref-what-matters", vec![("text", Arg::Text(text))])}</p> }
    });
    let note = r
        .note
        .clone()
        .map(|text| view! { <p class="ref-note">{tw("ref-note", vec![("text", Arg::Text(text))])}</p> });
    let open = r.status.can_become(ReferralStatus::Withdrawn);
    let asking = RwSignal::new(false);
    let moving = mover(finished);
    let working = moving.pending();
    let id = StoredValue::new(r.id.clone());
    let withdraw = move |_| {
        moving.dispatch_local(Move {
            id: id.get_value(),
            to: ReferralStatus::Withdrawn,
            reason: None,
            occurrence_id: None,
            done: Said::Done("ref-withdrawn-for-her", vec![]),
        });
    };
    view! {
        <li class="ref-referral" data-testid="ref-referral" data-referral=r.id.clone() data-status=r.status.as_str()>
            <p class="ref-programme">
                <Localised text=r.programme_title.clone() />
                " "
                <StatusBadge status=r.status testid="ref-referral-status" />
            </p>
            <NotTranslated translated=r.programme_title.translated />
            <p class="hint">{sent_on}</p>
            <Reasons reasons=r.reasons.clone() />
            {what_matters}
            {note}
            <Attended entries=r.attendance.clone() />
            <Moves events=r.events.clone() />
            {open.then(|| view! {
                {move || if asking.get() {
                    view! {
                        <div class="confirm">
                            <p>{tr("ref-withdraw-confirm")}</p>
                            <div class="actions">
                                <button type="button" class="button danger" data-testid="ref-withdraw-yes"
                                    disabled=move || working.get() on:click=withdraw>
                                    {tr("ref-withdraw-yes")}
                                </button>
                                <button type="button" class="button" on:click=move |_| asking.set(false)>
                                    {tr("ref-withdraw-keep")}
                                </button>
                            </div>
                        </div>
                    }
                    .into_any()
                } else {
                    view! {
                        <button type="button" class="button" data-testid="ref-withdraw" on:click=move |_| asking.set(true)>
                            {tr("ref-withdraw")}
                        </button>
                    }
                    .into_any()
                }}
            })}
        </li>
    }
}

/// Each session of the programme since the referral: came, missed, or sent
/// apologies; a plain line while there has been none.
#[component]
fn Attended(entries: Vec<AttendanceEntry>) -> impl IntoView {
    let came = entries
        .iter()
        .filter(|e| e.status == AttendanceStatus::Present)
        .count() as u64;
    let count = entries.len() as u64;
    if count == 0 {
        return view! { <p class="hint" data-testid="ref-attended-none">{tr("ref-attended-none")}</p> }
            .into_any();
    }
    let items = entries
        .into_iter()
        .map(|e| {
            let key = match e.status {
                AttendanceStatus::Present => "ref-attended-present",
                AttendanceStatus::Absent => "ref-attended-absent",
                AttendanceStatus::Apologies => "ref-attended-apologies",
            };
            view! {
                <li data-status=e.status.as_str() data-testid="ref-attended-item">
                    {tw(key, vec![("date", Arg::Day(e.date))])}
                </li>
            }
        })
        .collect_view();
    view! {
        <details class="ref-moves" data-testid="ref-attended">
            <summary>{tw("ref-attended", vec![("came", Arg::Number(came)), ("count", Arg::Number(count))])}</summary>
            <ul>{items}</ul>
        </details>
    }
    .into_any()
}
