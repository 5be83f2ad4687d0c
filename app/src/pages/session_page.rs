//! A session's page: what it is, when and where, for whom, in which languages, and
//! booking.
//!
//! Booking needs an account. Signed out, a Book or Enrol button takes her to sign
//! up (or sign in) with this page and her wish in `?next=`, such as
//! `/sessions/{id}?book=course`; back here signed in, the page finishes the booking
//! once and takes the wish out of the address.

use crate::api::{self, ApiError};
use crate::components::format;
use crate::components::listing::{LanguageBadges, Localised, NotTranslated};
use crate::components::return_to::with_next;
use crate::components::text::tr;
use crate::i18n::I18n;
use crate::session::{AuthState, Session};
use fluent_bundle::FluentValue;
use leptos::prelude::*;
use leptos_router::NavigateOptions;
use leptos_router::hooks::{use_navigate, use_params_map, use_query_map};
use leptos_router::params::ParamsMap;
use perilink_shared::auth::Role;
use perilink_shared::booking::{BookingKind, BookingRequest, BookingStatus, MyBooking, ReportReason};
use perilink_shared::directory::{BookingMode, Format, OccurrenceDate, SessionDetail, encode_query_value};
use perilink_shared::error::ErrorCode;

/// What she asked to book.
#[derive(Clone, Debug, PartialEq)]
enum Want {
    /// One date of an ongoing session.
    Date(String),
    /// The whole course.
    Course,
}

impl Want {
    /// Her wish as it waits in the address while she signs up.
    fn from_query(query: &ParamsMap) -> Option<(Want, bool)> {
        let want = match query.get("book")?.as_str() {
            "" => return None,
            "course" => Want::Course,
            occurrence => Want::Date(occurrence.to_owned()),
        };
        Some((want, query.get("wait").as_deref() == Some("1")))
    }

    fn to_query(&self, waiting: bool) -> String {
        let book = match self {
            Want::Date(occurrence) => encode_query_value(occurrence),
            Want::Course => "course".to_owned(),
        };
        if waiting {
            format!("book={book}&wait=1")
        } else {
            format!("book={book}")
        }
    }

    fn request(&self, session_id: &str, waiting: bool) -> BookingRequest {
        match self {
            Want::Date(occurrence) => BookingRequest {
                occurrence_id: Some(occurrence.clone()),
                session_id: None,
                waiting_list: waiting,
            },
            Want::Course => BookingRequest {
                occurrence_id: None,
                session_id: Some(session_id.to_owned()),
                waiting_list: waiting,
            },
        }
    }
}

/// Booking a date: the action, and how her last booking went.
type DateBooking = (Callback<(Want, bool)>, RwSignal<Option<Outcome>>);

/// How her last booking went.
#[derive(Clone, Debug, PartialEq)]
enum Outcome {
    Working(Want),
    Done { booking: MyBooking, new: bool },
    Full(Want),
    Failed(&'static str),
}

/// `/sessions/:id`.
#[component]
pub fn SessionPage() -> impl IntoView {
    let i18n = I18n::get();
    let session = Session::get();
    let params = use_params_map();
    let query = use_query_map();
    let navigate = StoredValue::new_local(use_navigate());
    let id = Memo::new(move |_| params.with(|p| p.get("id").unwrap_or_default()));

    let detail = LocalResource::new(move || {
        let (id, ui) = (id.get(), i18n.language().tag());
        async move { (id.clone(), api::get_session(id, ui).await) }
    });
    let loaded = move || {
        detail
            .get()
            .filter(|(asked, _)| *asked == id.get())
            .map(|(_, result)| result)
    };

    let outcome = RwSignal::new(None::<Outcome>);
    let book = Callback::new(move |(want, waiting): (Want, bool)| {
        let session_id = id.get_untracked();
        let here = format!(
            "/sessions/{}?{}",
            encode_query_value(&session_id),
            want.to_query(waiting)
        );
        // The visitor's app books nothing itself: signing up or in brings the
        // mother's app, which books her wish on its return here.
        if cfg!(feature = "visitor") || !matches!(session.state(), AuthState::SignedIn { .. }) {
            let navigate = navigate.get_value();
            navigate(&with_next("/sign-up", Some(&here)), NavigateOptions::default());
            return;
        }
        outcome.set(Some(Outcome::Working(want.clone())));
        let request = want.request(&session_id, waiting);
        leptos::task::spawn_local(async move {
            let result = session.call(|token| {
                let request = request.clone();
                async move { api::book(&token, &request).await }
            });
            let next = match result.await {
                Ok((booking, new)) => {
                    detail.refetch();
                    Outcome::Done { booking, new }
                }
                Err(ApiError::Server {
                    code: ErrorCode::Full,
                    ..
                }) => Outcome::Full(want),
                Err(ApiError::Server { status: 401, .. }) => {
                    let navigate = navigate.get_value();
                    navigate(&with_next("/sign-in", Some(&here)), NavigateOptions::default());
                    return;
                }
                Err(ApiError::Server {
                    code: ErrorCode::Forbidden,
                    ..
                }) => Outcome::Failed("session-book-mothers-only"),
                Err(ApiError::Server {
                    code: ErrorCode::Conflict,
                    ..
                }) => Outcome::Failed("session-book-closed"),
                Err(err) => Outcome::Failed(err.message_key()),
            };
            outcome.set(Some(next));
        });
    });

    // Back from signing up or in: finish what she asked for, once, and take the wish
    // out of the address so a reload does not ask again.
    let resumed = StoredValue::new(false);
    Effect::new(move |_| {
        let Some((want, waiting)) = query.with(Want::from_query) else {
            return;
        };
        if resumed.get_value() || !matches!(session.state(), AuthState::SignedIn { .. }) {
            return;
        }
        resumed.set_value(true);
        let navigate = navigate.get_value();
        navigate(
            &format!("/sessions/{}", encode_query_value(&id.get_untracked())),
            NavigateOptions {
                replace: true,
                scroll: false,
                ..NavigateOptions::default()
            },
        );
        book.run((want, waiting));
    });

    // The server's copy of this screen stays until the session has loaded.
    Effect::new(move |_| {
        if loaded().is_some() {
            crate::i18n::take_over();
        }
    });

    view! {
        {move || match loaded() {
            None => view! { <p aria-busy="true">{tr("loading")}</p> }.into_any(),
            Some(Err(ApiError::Server {
                code: ErrorCode::NotFound, ..
            })) => view! {
                <h1>{tr("session-not-found-title")}</h1>
                <p>{tr("session-not-found")}</p>
                <a href="/find" class="button primary">{tr("session-find-others")}</a>
            }
            .into_any(),
            Some(Err(err)) => view! {
                <h1>{tr("find-title")}</h1>
                <p class="error" role="alert">{tr(err.message_key())}</p>
            }
            .into_any(),
            Some(Ok(detail)) => view! { <Detail detail outcome book /> }.into_any(),
        }}
    }
}

/// The page once the session has loaded.
#[component]
fn Detail(
    detail: SessionDetail,
    outcome: RwSignal<Option<Outcome>>,
    book: Callback<(Want, bool)>,
) -> impl IntoView {
    let i18n = I18n::get();
    let d = detail;
    let kind = d.kind;
    let session_id = d.session_id.clone();
    // Plain text, worked out once: the page asks for the session in the interface
    // language, so a change of language loads it again and draws it afresh.
    let language = i18n.language();
    let schedule = i18n.t_with(
        if d.frequency == "fortnightly" {
            "session-fortnightly"
        } else {
            "session-weekly"
        },
        &[
            ("weekday", FluentValue::from(format::weekday(d.weekday, language))),
            ("start", FluentValue::from(format::time(&d.start_time, language))),
            ("end", FluentValue::from(format::time(&d.end_time, language))),
        ],
    );
    let until = d.ends_on.as_deref().map(|date| {
        i18n.t_with(
            "session-until",
            &[("date", FluentValue::from(format::long_date(date, language)))],
        )
    });
    let price = format::price(i18n, d.cost_pence);
    let bookable_dates = d.booking == BookingMode::Booking && d.format == Format::Ongoing;
    let calendar = api::session_calendar_path(&session_id, language.tag());

    view! {
        <article class="session" data-testid="session" data-kind=kind.as_str()>
            <p class="kind">{tr(format::kind_key(kind))}</p>
            <h1><Localised text=d.title.clone() /></h1>
            <NotTranslated translated=d.title.translated />
            <ul class="facts summary">
                <li>{schedule.clone()}</li>
                <li>{d.venue.name.clone()}</li>
                <li>{price}</li>
            </ul>

            <Booking detail=d.clone() outcome book />

            <section aria-labelledby="about-heading">
                <h2 id="about-heading">{tr("session-about")}</h2>
                <p class="description"><Localised text=d.description.clone() /></p>
                <NotTranslated translated=d.description.translated />
                <h3>{tr("session-for-whom")}</h3>
                <ForWhom detail=d.clone() />
                {d.what_to_bring.clone().map(|bring| view! {
                    <h3>{tr("session-bring")}</h3>
                    <p><Localised text=bring.clone() /></p>
                    <NotTranslated translated=bring.translated />
                })}
            </section>

            <section aria-labelledby="languages-heading">
                <h2 id="languages-heading">{tr("session-languages")}</h2>
                <LanguageBadges languages=d.languages.clone() interpreter=d.interpreter_languages.clone() />
                {(!d.interpreter_languages.is_empty()).then(|| view! {
                    <p class="hint">{tr("session-interpreter-note")}</p>
                })}
            </section>

            <section aria-labelledby="when-heading">
                <h2 id="when-heading">{tr("session-when")}</h2>
                <p>{schedule}</p>
                {until.map(|until| view! { <p>{until}</p> })}
                {(!bookable_dates).then(|| view! { <Dates dates=d.next_dates.clone() booking=None /> })}
                <a class="button" href=calendar download="perilink.ics" rel="external" data-testid="add-to-calendar">
                    {tr("session-add-to-calendar")}
                </a>
            </section>

            <Where detail=d.clone() />

            <ReportWrong session_id=d.session_id.clone() />
        </article>
    }
}

/// How to book: drop in, enrol, or book a date; and how her booking went.
#[component]
fn Booking(
    detail: SessionDetail,
    outcome: RwSignal<Option<Outcome>>,
    book: Callback<(Want, bool)>,
) -> impl IntoView {
    let i18n = I18n::get();
    let session = Session::get();
    let signed_out = move || !matches!(session.state(), AuthState::SignedIn { .. });
    let here = format!("/sessions/{}", encode_query_value(&detail.session_id));
    let sign_up = with_next("/sign-up", Some(&here));
    let sign_in = with_next("/sign-in", Some(&here));
    let working = move || matches!(outcome.get(), Some(Outcome::Working(_)));
    let needs_account = detail.booking == BookingMode::Booking;
    // Her own place on this course, if she has one: the page says so instead of
    // offering it again. Keyed on who is signed in, so a token renewal does not
    // fetch it again.
    let mother = Memo::new(move |_| session.user().filter(|u| u.role == Role::Mother).map(|u| u.id));
    let course_id = detail.session_id.clone();
    let mine = LocalResource::new(move || {
        let (signed_in, course_id) = (mother.get().is_some(), course_id.clone());
        let ui = i18n.language().tag();
        async move {
            if cfg!(feature = "visitor") || !signed_in {
                return None;
            }
            let list = session
                .call(|token| async move { api::my_bookings(&token, ui).await })
                .await
                .ok()?;
            list.bookings
                .into_iter()
                .find(|b| b.session_id == course_id && b.kind == BookingKind::Enrolment)
        }
    });
    let just_enrolled = move || matches!(outcome.get(), Some(Outcome::Done { booking, .. }) if booking.kind == BookingKind::Enrolment);

    let body = match (detail.booking, detail.format) {
        (BookingMode::DropIn, _) => view! {
            <p class="notice" data-testid="drop-in">{tr("session-drop-in")}</p>
        }
        .into_any(),
        (BookingMode::Booking, Format::Course) => {
            let left = detail.course_places_left;
            let full = left == Some(0);
            let offer = move || {
                view! {
                    {left.map(|count| view! {
                        <p class="places" class:full=full data-testid="course-places">
                            {move || if count == 0 {
                                i18n.t("session-course-full")
                            } else {
                                i18n.t_with("find-places-left", &[("count", FluentValue::from(count))])
                            }}
                        </p>
                    })}
                    <button type="button" class="button primary" data-testid="enrol" disabled=working
                        on:click=move |_| book.run((Want::Course, full))>
                        {move || if full { i18n.t("session-join-waiting-list") } else { i18n.t("session-enrol") }}
                    </button>
                }
            };
            view! {
                <p>{tr("session-course-intro")}</p>
                {move || match (just_enrolled(), mine.get().flatten()) {
                    // What she just did is said above, with the way to My sessions.
                    (true, _) => ().into_any(),
                    (false, Some(place)) => view! { <HerPlace place /> }.into_any(),
                    (false, None) => offer().into_any(),
                }}
            }
            .into_any()
        }
        (BookingMode::Booking, Format::Ongoing) => view! {
            <p>{tr("session-book-intro")}</p>
            <Dates dates=detail.next_dates.clone() booking=Some((book, outcome)) />
        }
        .into_any(),
    };

    view! {
        <section class="card booking" aria-labelledby="booking-heading">
            <h2 id="booking-heading">{tr("session-booking")}</h2>
            <OutcomeView outcome book />
            {body}
            <Show when=move || needs_account && signed_out()>
                <div data-testid="account-needed">
                    <p class="hint">{tr("session-account-needed")}</p>
                    <div class="actions">
                        <a class="button" href=sign_up.clone()>{tr("sign-up-title")}</a>
                        <a class="button" href=sign_in.clone()>{tr("nav-sign-in")}</a>
                    </div>
                </div>
            </Show>
        </section>
    }
}

/// Her place on a course she is already enrolled on (or waiting for).
#[component]
fn HerPlace(place: MyBooking) -> impl IntoView {
    let i18n = I18n::get();
    let (state, text) = match place.status {
        BookingStatus::Waiting => (
            "waiting",
            i18n.t_with(
                "session-waiting",
                &[("position", FluentValue::from(place.waiting_position.unwrap_or(1)))],
            ),
        ),
        _ => ("enrolled", i18n.t("session-already-enrolled")),
    };
    view! {
        <p class="notice" data-testid="her-place" data-state=state>{text}</p>
        <a href="/my" class="button" data-testid="her-place-my-sessions">{tr("session-see-my-sessions")}</a>
    }
}

/// The message after booking: her place, the waiting list, or what went wrong.
#[component]
fn OutcomeView(outcome: RwSignal<Option<Outcome>>, book: Callback<(Want, bool)>) -> impl IntoView {
    let i18n = I18n::get();
    let state = move || match outcome.get() {
        None => "",
        Some(Outcome::Working(_)) => "working",
        Some(Outcome::Done { booking, .. }) => match (booking.status, booking.kind) {
            (BookingStatus::Waiting, _) => "waiting",
            (_, BookingKind::Enrolment) => "enrolled",
            _ => "booked",
        },
        Some(Outcome::Full(_)) => "full",
        Some(Outcome::Failed(_)) => "error",
    };
    let message = move || match outcome.get() {
        None | Some(Outcome::Failed(_)) => String::new(),
        Some(Outcome::Working(_)) => i18n.t("session-booking-working"),
        Some(Outcome::Done { booking, new }) => {
            let date = booking
                .date
                .as_deref()
                .map(|d| format::long_date(d, i18n.language()))
                .unwrap_or_default();
            match (booking.status, booking.kind, new) {
                (BookingStatus::Waiting, _, _) => i18n.t_with(
                    "session-waiting",
                    &[(
                        "position",
                        FluentValue::from(booking.waiting_position.unwrap_or(1)),
                    )],
                ),
                (_, BookingKind::Enrolment, true) => i18n.t("session-enrolled"),
                (_, BookingKind::Enrolment, false) => i18n.t("session-already-enrolled"),
                (_, BookingKind::Occurrence, true) => {
                    i18n.t_with("session-booked", &[("date", FluentValue::from(date))])
                }
                (_, BookingKind::Occurrence, false) => {
                    i18n.t_with("session-already-booked", &[("date", FluentValue::from(date))])
                }
            }
        }
        Some(Outcome::Full(Want::Course)) => i18n.t("session-course-full"),
        Some(Outcome::Full(Want::Date(_))) => i18n.t("session-date-full"),
    };
    let error = move || match outcome.get() {
        Some(Outcome::Failed(key)) => i18n.t(key),
        _ => String::new(),
    };
    let done = move || matches!(outcome.get(), Some(Outcome::Done { .. }));
    let full = move || match outcome.get() {
        Some(Outcome::Full(want)) => Some(want),
        _ => None,
    };
    view! {
        <div class="outcome" data-testid="booking-outcome" data-state=state>
            <p role="status" aria-live="polite" class:notice=move || !state().is_empty()>{message}</p>
            <p class="error" role="alert">{error}</p>
            <Show when=done>
                <a href="/my" class="button primary" data-testid="see-my-sessions">{tr("session-see-my-sessions")}</a>
            </Show>
            {move || full().map(|want| view! {
                <button type="button" class="button primary" data-testid="join-waiting-list"
                    on:click=move |_| book.run((want.clone(), true))>
                    {tr("session-join-waiting-list")}
                </button>
            })}
        </div>
    }
}

/// The next dates, cancelled ones marked; with Book buttons for an ongoing session
/// that takes bookings.
#[component]
fn Dates(dates: Vec<OccurrenceDate>, booking: Option<DateBooking>) -> impl IntoView {
    let i18n = I18n::get();
    let items = dates.into_iter().map(|date| {
        let label = format::long_date(&date.date, i18n.language());
        let left = date.places_left;
        let status = if date.cancelled {
            Some(i18n.t("session-cancelled"))
        } else {
            match left {
                Some(0) => Some(i18n.t("find-full")),
                Some(count) => Some(i18n.t_with("find-places-left", &[("count", FluentValue::from(count))])),
                None => None,
            }
        };
        let button = booking.filter(|_| !date.cancelled).map(|(book, outcome)| {
            let full = left == Some(0);
            let want = Want::Date(date.occurrence_id.clone());
            let busy = {
                let want = want.clone();
                move || outcome.with(|o| matches!(o, Some(Outcome::Working(w)) if *w == want))
            };
            let label = label.clone();
            let occurrence = date.occurrence_id.clone();
            // Her place on this date, once she has booked it here.
            let mine = move || {
                outcome.with(|o| match o {
                    Some(Outcome::Done { booking, .. }) if booking.occurrence_id.as_deref() == Some(&occurrence) => {
                        Some(if booking.status == BookingStatus::Waiting {
                            "session-date-waiting"
                        } else {
                            "session-date-yours"
                        })
                    }
                    _ => None,
                })
            };
            let mine_text = {
                let mine = mine.clone();
                move || mine().map(|key| i18n.t(key))
            };
            view! {
                <span class="date-mine" data-testid="date-mine">{mine_text}</span>
                <button type="button" class="button" class:primary=!full data-testid="book-date"
                    hidden=move || mine().is_some()
                    disabled=move || outcome.with(|o| matches!(o, Some(Outcome::Working(_))))
                    aria-busy=move || busy().to_string()
                    on:click=move |_| book.run((want.clone(), full))>
                    {move || if full { i18n.t("session-join-waiting-list") } else { i18n.t("session-book") }}
                    <span class="visually-hidden">" "{label.clone()}</span>
                </button>
            }
        });
        view! {
            <li class="date" class:cancelled=date.cancelled data-testid="date" data-occurrence=date.occurrence_id.clone()
                data-cancelled=date.cancelled.to_string()>
                <span class="date-day">{label.clone()}</span>
                {status.map(|s| view! { <span class="date-status">{s}</span> })}
                {button}
            </li>
        }
    });
    view! {
        <h3>{tr("session-next-dates")}</h3>
        <ul class="dates">{items.collect_view()}</ul>
    }
}

/// Who the session is for.
#[component]
fn ForWhom(detail: SessionDetail) -> impl IntoView {
    let i18n = I18n::get();
    let mut lines: Vec<(&'static str, Vec<(&'static str, u32)>)> = Vec::new();
    if detail.for_pregnant {
        lines.push(("session-for-pregnant", vec![]));
    }
    match (detail.baby_min_months, detail.baby_max_months) {
        (Some(min), Some(max)) => lines.push(("session-for-babies", vec![("min", min), ("max", max)])),
        (None, Some(max)) => lines.push(("session-for-babies-up-to", vec![("max", max)])),
        (Some(min), None) => lines.push(("session-for-babies-from", vec![("min", min)])),
        (None, None) => {}
    }
    if lines.is_empty() {
        lines.push(("session-for-everyone", vec![]));
    }
    let items = lines.into_iter().map(|(key, args)| {
        let args: Vec<(&'static str, FluentValue<'static>)> = args
            .iter()
            .map(|(name, value)| (*name, FluentValue::from(*value)))
            .collect();
        let text = i18n.t_with(key, &args);
        view! { <li>{text}</li> }
    });
    view! { <ul class="plain">{items.collect_view()}</ul> }
}

/// The venue: address, access, buses and a map.
#[component]
fn Where(detail: SessionDetail) -> impl IntoView {
    let v = detail.venue;
    let map = v.openstreetmap_url();
    let access = [
        (v.step_free, "session-step-free", "session-not-step-free"),
        (v.buggy_space, "session-buggy-space", "session-no-buggy-space"),
        (v.baby_change, "session-baby-change", "session-no-baby-change"),
        (
            v.breastfeeding_welcome,
            "session-breastfeeding-welcome",
            "session-breastfeeding-not-said",
        ),
    ]
    .into_iter()
    .map(|(yes, yes_key, no_key)| {
        let key = if yes { yes_key } else { no_key };
        view! { <li class:yes=yes class:no=!yes>{tr(key)}</li> }
    })
    .collect_view();
    view! {
        <section aria-labelledby="where-heading">
            <h2 id="where-heading">{tr("session-where")}</h2>
            <address data-testid="venue">
                <strong>{v.name.clone()}</strong><br />
                {v.address.clone()}<br />
                {v.town.clone()}" "<span dir="ltr">{v.postcode.clone()}</span>
            </address>
            <h3>{tr("session-access")}</h3>
            <ul class="access">{access}</ul>
            {v.bus_routes.clone().map(|buses| view! {
                <h3>{tr("session-getting-there")}</h3>
                <p lang="en" dir="auto">{buses}</p>
            })}
            <a class="button" href=map rel="external noopener" data-testid="map">{tr("session-map")}</a>
        </section>
    }
}

/// "This information is wrong", then what is wrong (time, place, cancelled, other)
/// in one tap, then a thank-you.
#[component]
fn ReportWrong(session_id: String) -> impl IntoView {
    let i18n = I18n::get();
    // None: not yet; Some(Ok): thanked; Some(Err(key)): failed.
    let sent = RwSignal::new(None::<Result<(), &'static str>>);
    let reporting = Action::new_local(move |reason: &ReportReason| {
        let (id, reason) = (session_id.clone(), *reason);
        async move {
            let result = api::report_wrong(id, reason).await.map_err(|e| e.message_key());
            sent.set(Some(result));
        }
    });
    let sending = reporting.pending();
    // Whether she has said something is wrong, and is picking what.
    let asking = RwSignal::new(false);
    let report = move |reason: ReportReason| {
        reporting.dispatch_local(reason);
    };
    let thanked = move || matches!(sent.get(), Some(Ok(())));
    view! {
        <section class="report" aria-labelledby="report-heading">
            <h2 id="report-heading" class="visually-hidden">{tr("session-report-wrong")}</h2>
            <Show when=move || !thanked() && !asking.get()>
                <button type="button" class="button" data-testid="report-wrong" on:click=move |_| asking.set(true)>
                    {tr("session-report-wrong")}
                </button>
            </Show>
            <Show when=move || !thanked() && asking.get()>
                <div role="group" aria-labelledby="report-what" data-testid="report-reasons">
                    <p id="report-what">{tr("session-report-what")}</p>
                    <div class="chips">
                        {ReportReason::ALL
                            .iter()
                            .map(|reason| {
                                let (reason, report) = (*reason, report.clone());
                                view! {
                                    <button type="button" class="chip" data-testid="report-reason" data-reason=reason.as_str()
                                        disabled=move || sending.get() on:click=move |_| report(reason)>
                                        {tr(report_reason_key(reason))}
                                    </button>
                                }
                            })
                            .collect_view()}
                    </div>
                </div>
            </Show>
            <p role="status" aria-live="polite" data-testid="report-status">
                {move || thanked().then(|| i18n.t("session-report-thanks"))}
            </p>
            <p class="error" role="alert">{move || match sent.get() { Some(Err(key)) => i18n.t(key), _ => String::new() }}</p>
        </section>
    }
}

/// The key naming what is wrong with a listing.
pub fn report_reason_key(reason: ReportReason) -> &'static str {
    match reason {
        ReportReason::Time => "session-report-reason-time",
        ReportReason::Place => "session-report-reason-place",
        ReportReason::Cancelled => "session-report-reason-cancelled",
        ReportReason::Other => "session-report-reason-other",
    }
}
