//! Referrals to a host's (or a coordinator's) programmes: reply to new ones (accept,
//! or decline with a reason the referrer sees), then book her on one of the
//! session's next dates. Hosts never receive the referrer's clinical note.

use super::common::{LanguageLine, Moves, Reasons};
use crate::api::{self, ApiError};
use crate::components::format;
use crate::components::listing::{Localised, NotTranslated};
use crate::components::my_referrals::{
    Arg, Move, ReasonForm, Said, SaidLine, StatusBadge, alert, loading, mover, tw,
};
use crate::components::text::tr;
use crate::i18n::I18n;
use crate::session::Session;
use leptos::prelude::*;
use perilink_shared::directory::{SessionDetail, SessionQuery};
use perilink_shared::referral::{Referral, ReferralStatus};

/// How many dates to offer when booking.
const DATES_SHOWN: usize = 6;

/// Ready-made reasons a provider declines with.
const PROVIDER_REASONS: [&str; 3] = [
    "ref-decline-preset-full",
    "ref-decline-preset-unsuitable",
    "ref-decline-preset-no-contact",
];

/// The groups the page lists referrals in: new ones first.
const GROUPS: [(&str, &str); 3] = [
    ("ref-incoming-new", "new"),
    ("ref-incoming-to-book", "to-book"),
    ("ref-incoming-others", "others"),
];

fn group_of(status: ReferralStatus) -> &'static str {
    match status {
        ReferralStatus::Sent => "new",
        ReferralStatus::Accepted | ReferralStatus::DidNotAttend => "to-book",
        _ => "others",
    }
}

/// The incoming referrals page.
#[component]
pub fn Incoming() -> impl IntoView {
    let session = Session::get();
    // Loaded again when the language changes, for the programmes' titles.
    let referrals = LocalResource::new(move || {
        let ui = I18n::get().language().tag();
        async move {
            session
                .call(|token| async move { api::referrals::list_referrals(&token, ui).await })
                .await
        }
    });
    let said = RwSignal::new(None::<Said>);
    let finished = Callback::new(move |outcome: Said| {
        said.set(Some(outcome));
        referrals.refetch();
    });
    view! {
        <h1>{tr("ref-incoming-title")}</h1>
        <p>{tr("ref-incoming-intro")}</p>
        <SaidLine said testid="incoming-status" />
        {move || match referrals.get() {
            None => loading(),
            Some(Err(err)) => alert(err.message_key()),
            Some(Ok(list)) => GROUPS
                .into_iter()
                .map(|(title, group)| {
                    let mine: Vec<Referral> = list.iter().filter(|r| group_of(r.status) == group).cloned().collect();
                    let heading = format!("incoming-{group}");
                    let (labelled_by, testid, count) = (heading.clone(), heading.clone(), mine.len());
                    view! {
                        <section class="ref-incoming" aria-labelledby=labelled_by data-testid=testid>
                            <h2 id=heading>{tr(title)}" "<span class="coord-count">{count}</span></h2>
                            {if mine.is_empty() {
                                view! { <p class="empty">{tr("ref-incoming-none")}</p> }.into_any()
                            } else {
                                view! {
                                    <ul class="result-list">
                                        {mine.into_iter().map(|referral| view! { <IncomingCard referral finished /> }).collect_view()}
                                    </ul>
                                }
                                .into_any()
                            }}
                        </section>
                    }
                })
                .collect_view()
                .into_any(),
        }}
    }
}

/// What the card is asking the host.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Asking {
    Why,
    When,
}

/// One referral, with the replies open to the provider.
#[component]
fn IncomingCard(referral: Referral, finished: Callback<Said>) -> impl IntoView {
    let r = referral;
    let status = r.status;
    let asking = RwSignal::new(None::<Asking>);
    let moving = mover(finished);
    let working = moving.pending();
    let id = StoredValue::new(r.id.clone());
    let name = r.mother_name.clone();
    let referred_by = tw(
        "ref-referred-by",
        vec![
            ("name", Arg::Text(r.referrer_name.clone())),
            ("date", Arg::Day(r.created_at.clone())),
        ],
    );
    let what_matters = r.what_matters.clone().map(|text| {
        view! { <p class="ref-quote">{tw("ref-what-matters", vec![("text", Arg::Text(text))])}</p> }
    });
    let said_name = name.clone();
    let reply = move |to: ReferralStatus, reason: Option<String>, occurrence: Option<String>, done: Said| {
        moving.dispatch_local(Move {
            id: id.get_value(),
            to,
            reason,
            occurrence_id: occurrence,
            done,
        });
    };
    let (session_id, programme_id) = (r.session_id.clone(), r.programme_id.clone());
    let chose_date = Callback::new(move |(occurrence, date): (String, String)| {
        reply(
            ReferralStatus::Booked,
            None,
            Some(occurrence),
            Said::Done(
                "ref-booked",
                vec![("name", Arg::Text(said_name.clone())), ("date", Arg::Day(date))],
            ),
        );
    });
    let can_reply = status == ReferralStatus::Sent;
    let can_book = status.can_become(ReferralStatus::Booked);
    let accepted_name = name.clone();
    let declined_name = name.clone();

    view! {
        <li class="card ref-card" data-testid="incoming-referral" data-referral=r.id.clone() data-status=status.as_str()>
            <h3 class="ref-name">{name}</h3>
            <p><StatusBadge status testid="incoming-status-badge" /></p>
            <p class="ref-programme">
                <Localised text=r.programme_title.clone() />
            </p>
            <NotTranslated translated=r.programme_title.translated />
            <LanguageLine language=r.mother_language.clone() dialect=None interpreter=r.interpreter_needed />
            <Reasons reasons=r.reasons.clone() />
            {what_matters}
            <p class="hint">{referred_by}</p>
            <Moves events=r.events.clone() />
            {move || match asking.get() {
                Some(Asking::Why) => {
                    let declined_name = declined_name.clone();
                    view! {
                        <ReasonForm id=id.get_value() question="ref-decline-question" presets=&PROVIDER_REASONS
                            confirm_key="ref-decline-confirm" working
                            confirm=Callback::new(move |reason: String| {
                                reply(
                                    ReferralStatus::Declined,
                                    Some(reason),
                                    None,
                                    Said::Done("ref-declined", vec![("name", Arg::Text(declined_name.clone()))]),
                                )
                            })
                            cancel=Callback::new(move |_| asking.set(None)) />
                    }
                    .into_any()
                }
                Some(Asking::When) => view! {
                    <DatePicker session_id=session_id.clone() programme_id=programme_id.clone() working
                        pick=chose_date cancel=Callback::new(move |_| asking.set(None)) />
                }
                .into_any(),
                None => {
                    let accepted_name = accepted_name.clone();
                    view! {
                        <div class="actions">
                            {can_reply.then(|| view! {
                                <button type="button" class="button primary" data-testid="incoming-accept"
                                    disabled=move || working.get()
                                    on:click=move |_| reply(
                                        ReferralStatus::Accepted,
                                        None,
                                        None,
                                        Said::Done("ref-accepted", vec![("name", Arg::Text(accepted_name.clone()))]),
                                    )>
                                    {tr("ref-accept")}
                                </button>
                                <button type="button" class="button danger" data-testid="incoming-decline"
                                    on:click=move |_| asking.set(Some(Asking::Why))>
                                    {tr("ref-decline")}
                                </button>
                            })}
                            {can_book.then(|| view! {
                                <button type="button" class="button primary" data-testid="incoming-book"
                                    on:click=move |_| asking.set(Some(Asking::When))>
                                    {tr("ref-book")}
                                </button>
                            })}
                        </div>
                    }
                    .into_any()
                }
            }}
        </li>
    }
}

/// The session she was referred to, or when she was referred to a programme, its
/// sessions in the next fortnight's search.
async fn sessions_for(
    session_id: Option<String>,
    programme_id: String,
    ui: &'static str,
) -> Result<Vec<SessionDetail>, ApiError> {
    if let Some(id) = session_id {
        return api::get_session(id, ui).await.map(|detail| vec![detail]);
    }
    let page = api::search_sessions(SessionQuery {
        per_page: Some(100),
        ..SessionQuery::default()
    })
    .await?;
    let mut ids: Vec<String> = Vec::new();
    for occurrence in page.results {
        if !ids.contains(&occurrence.session_id) {
            ids.push(occurrence.session_id);
        }
    }
    let details = futures::future::join_all(ids.into_iter().map(|id| api::get_session(id, ui))).await;
    Ok(details
        .into_iter()
        .filter_map(Result::ok)
        .filter(|detail| detail.programme_id == programme_id)
        .collect())
}

/// The next dates to book her on; `pick` gets the date's id and its day as written.
#[component]
fn DatePicker(
    session_id: Option<String>,
    programme_id: String,
    /// Whether the booking is on its way.
    #[prop(into)]
    working: Signal<bool>,
    pick: Callback<(String, String)>,
    cancel: Callback<()>,
) -> impl IntoView {
    let i18n = I18n::get();
    let sessions = LocalResource::new(move || {
        let (session_id, programme_id) = (session_id.clone(), programme_id.clone());
        let ui = i18n.language().tag();
        async move { sessions_for(session_id, programme_id, ui).await }
    });
    view! {
        <fieldset class="confirm ref-dates" data-testid="incoming-dates">
            <legend>{tr("ref-choose-date")}</legend>
            {move || match sessions.get() {
                None => loading(),
                Some(Err(err)) => alert(err.message_key()),
                Some(Ok(list)) => {
                    let open = |s: &SessionDetail| {
                        s.next_dates
                            .iter()
                            .filter(|d| !d.cancelled && d.places_left != Some(0))
                            .take(DATES_SHOWN)
                            .cloned()
                            .collect::<Vec<_>>()
                    };
                    if list.iter().all(|s| open(s).is_empty()) {
                        return view! { <p class="empty">{tr("ref-no-dates")}</p> }.into_any();
                    }
                    list.into_iter()
                        .map(|s| {
                            let dates = open(&s);
                            let times = tw(
                                "ref-session-at",
                                vec![
                                    ("venue", Arg::Text(s.venue.name.clone())),
                                    ("start", Arg::Time(s.start_time.clone())),
                                    ("end", Arg::Time(s.end_time.clone())),
                                ],
                            );
                            view! {
                                <p class="ref-session-line"><Localised text=s.title.clone() /></p>
                                <p class="hint">{times}</p>
                                <ul class="dates">
                                    {dates
                                        .into_iter()
                                        .map(|d| {
                                            let (occurrence, date) = (d.occurrence_id.clone(), d.date.clone());
                                            let label = {
                                                let date = date.clone();
                                                move || format::long_date(&date, i18n.language())
                                            };
                                            view! {
                                                <li>
                                                    <button type="button" class="button" data-testid="incoming-date"
                                                        data-occurrence=occurrence.clone() disabled=move || working.get()
                                                        on:click=move |_| pick.run((occurrence.clone(), date.clone()))>
                                                        {label}
                                                    </button>
                                                </li>
                                            }
                                        })
                                        .collect_view()}
                                </ul>
                            }
                        })
                        .collect_view()
                        .into_any()
                }
            }}
            <button type="button" class="button" on:click=move |_| cancel.run(())>{tr("ref-cancel")}</button>
        </fieldset>
    }
}
