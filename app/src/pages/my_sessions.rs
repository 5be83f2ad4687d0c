//! My sessions: a mother's bookings, enrolments and waiting-list places, cancelling
//! one (after asking), and her calendar feed.

use crate::api::{self, ApiError};
use crate::components::format;
use crate::components::listing::{Localised, NotTranslated};
use crate::components::my_referrals::{MyChanges, MyReferrals};
use crate::components::sign_in_needed::SignInNeeded;
use crate::components::text::tr;
use crate::i18n::I18n;
use crate::session::{AuthState, Session};
use fluent_bundle::FluentValue;
use leptos::prelude::*;
use perilink_shared::auth::Role;
use perilink_shared::booking::{BookingKind, BookingStatus, MyBooking};
use perilink_shared::directory::encode_query_value;
use perilink_shared::register::{AttendanceEntry, AttendanceStatus};

/// Who is looking, as far as this page cares; a token renewal does not change it.
#[derive(Clone, Debug, PartialEq)]
enum Viewer {
    Checking,
    SignedOut,
    Mother(String),
    Staff,
}

/// `/my`.
#[component]
pub fn MySessions() -> impl IntoView {
    let session = Session::get();
    MyChanges::provide();
    let viewer = Memo::new(move |_| match session.state() {
        AuthState::Checking => Viewer::Checking,
        AuthState::SignedOut => Viewer::SignedOut,
        AuthState::SignedIn { user, .. } if user.role == Role::Mother => Viewer::Mother(user.id),
        AuthState::SignedIn { .. } => Viewer::Staff,
    });
    view! {
        <h1>{tr("start-mother")}</h1>
        {move || match viewer.get() {
            Viewer::Checking => view! { <p aria-busy="true">{tr("loading")}</p> }.into_any(),
            Viewer::SignedOut => view! {
                <SignInNeeded message="my-sign-in-needed" next="/my" sign_up=true />
            }
            .into_any(),
            Viewer::Staff => view! { <p class="error" role="alert">{tr("error-forbidden")}</p> }.into_any(),
            Viewer::Mother(_) => view! {
                <Bookings />
                <crate::components::due_screenings::CheckInCard />
                <MyReferrals />
                <History />
                <crate::components::shared_phone::MyCheckIns />
            }
            .into_any(),
        }}
    }
}

/// Her upcoming places, then the calendar and a way to find more.
#[component]
fn Bookings() -> impl IntoView {
    let i18n = I18n::get();
    let session = Session::get();
    let changes = use_context::<MyChanges>();
    // Loaded again when the language changes, so the cards are drawn afresh in it,
    // and when her referrals booked or freed a place.
    let bookings = LocalResource::new(move || {
        if let Some(changes) = changes {
            changes.watch();
        }
        let ui = i18n.language().tag();
        async move {
            session
                .call(|token| async move { api::my_bookings(&token, ui).await })
                .await
        }
    });
    // What the last cancel did: a thank-you key, or a problem key.
    let said = RwSignal::new(None::<Result<&'static str, &'static str>>);
    let cancelled = Callback::new(move |result: Result<(), ApiError>| {
        said.set(Some(match result {
            Ok(()) => Ok("my-cancelled"),
            Err(err) => Err(err.message_key()),
        }));
        // A cancelled booking may send a referral back to "accepted".
        match changes {
            Some(changes) => changes.tell(),
            None => bookings.refetch(),
        }
    });

    view! {
        <p>{tr("my-intro")}</p>
        <crate::components::due_screenings::DueScreenings />
        <p role="status" aria-live="polite" class:notice=move || matches!(said.get(), Some(Ok(_))) data-testid="my-status">
            {move || match said.get() { Some(Ok(key)) => i18n.t(key), _ => String::new() }}
        </p>
        <p class="error" role="alert">{move || match said.get() { Some(Err(key)) => i18n.t(key), _ => String::new() }}</p>
        {move || match bookings.get() {
            None => view! { <p aria-busy="true">{tr("loading")}</p> }.into_any(),
            Some(Err(err)) => view! { <p class="error" role="alert">{tr(err.message_key())}</p> }.into_any(),
            Some(Ok(list)) if list.bookings.is_empty() => view! {
                <p class="empty" data-testid="my-empty">{tr("my-empty")}</p>
            }
            .into_any(),
            Some(Ok(list)) => view! {
                <ul class="result-list" data-testid="my-bookings">
                    {list.bookings.into_iter().map(|booking| view! { <BookingCard booking cancelled /> }).collect_view()}
                </ul>
            }
            .into_any(),
        }}
        <a href="/find" class="button primary" data-testid="my-find">{tr("my-find")}</a>
        <CalendarFeed />
    }
}

/// The sessions she went to (or missed, or sent apologies for), newest first.
#[component]
fn History() -> impl IntoView {
    let i18n = I18n::get();
    let session = Session::get();
    let history = LocalResource::new(move || {
        let ui = i18n.language().tag();
        async move {
            session
                .call(|token| async move { api::my_attendance(&token, ui).await })
                .await
        }
    });
    view! {
        <section aria-labelledby="my-history-title" data-testid="my-history">
            <h2 id="my-history-title">{tr("my-history-title")}</h2>
            {move || match history.get() {
                None => view! { <p aria-busy="true">{tr("loading")}</p> }.into_any(),
                Some(Err(err)) => view! { <p class="error" role="alert">{tr(err.message_key())}</p> }.into_any(),
                Some(Ok(list)) if list.entries.is_empty() => {
                    view! { <p class="empty" data-testid="my-history-empty">{tr("my-history-empty")}</p> }.into_any()
                }
                Some(Ok(list)) => view! {
                    <ul class="history-list">
                        {list.entries.into_iter().map(|entry| view! { <HistoryEntry entry /> }).collect_view()}
                    </ul>
                }
                .into_any(),
            }}
        </section>
    }
}

/// One date on her history.
#[component]
fn HistoryEntry(entry: AttendanceEntry) -> impl IntoView {
    let i18n = I18n::get();
    let key = match entry.status {
        AttendanceStatus::Present => "my-history-present",
        AttendanceStatus::Absent => "my-history-absent",
        AttendanceStatus::Apologies => "my-history-apologies",
    };
    let date = entry.date.clone();
    let when = move || format::long_date(&date, i18n.language());
    view! {
        <li class="history-entry" data-testid="my-history-entry" data-status=entry.status.as_str()>
            <span class="history-when">{when}</span>
            <span><Localised text=entry.title /></span>
            <span class="hint">{entry.venue_name}</span>
            <span class="status-badge" data-status=entry.status.as_str()>{tr(key)}</span>
        </li>
    }
}

/// One booking, enrolment or waiting-list place, with a cancel that asks first.
#[component]
fn BookingCard(booking: MyBooking, cancelled: Callback<Result<(), ApiError>>) -> impl IntoView {
    let i18n = I18n::get();
    let session = Session::get();
    let b = booking;
    let href = format!("/sessions/{}", encode_query_value(&b.session_id));
    let (status, kind, position) = (b.status, b.kind, b.waiting_position);
    let state = match (status, kind) {
        (BookingStatus::Waiting, _) => "waiting",
        (_, BookingKind::Enrolment) => "enrolled",
        _ => "booked",
    };
    // Plain text: the list is drawn afresh when the language changes.
    let status_text = match (status, kind) {
        (BookingStatus::Waiting, _) => i18n.t_with(
            "my-status-waiting",
            &[("position", FluentValue::from(position.unwrap_or(1)))],
        ),
        (_, BookingKind::Enrolment) => i18n.t("my-status-enrolled"),
        _ => i18n.t("my-status-booked"),
    };
    let when = match (&b.date, kind) {
        (Some(date), BookingKind::Occurrence) => format::when(i18n, date, &b.start_time, &b.end_time),
        (Some(date), BookingKind::Enrolment) => {
            let language = i18n.language();
            i18n.t_with(
                "my-next-date",
                &[
                    ("date", FluentValue::from(format::long_date(date, language))),
                    ("start", FluentValue::from(format::time(&b.start_time, language))),
                    ("end", FluentValue::from(format::time(&b.end_time, language))),
                ],
            )
        }
        (None, _) => {
            let language = i18n.language();
            i18n.t_with(
                "my-times",
                &[
                    ("start", FluentValue::from(format::time(&b.start_time, language))),
                    ("end", FluentValue::from(format::time(&b.end_time, language))),
                ],
            )
        }
    };
    let asking = RwSignal::new(false);
    let id = b.id.clone();
    let cancelling = Action::new_local(move |_: &()| {
        let id = id.clone();
        async move {
            let result = session
                .call(|token| {
                    let id = id.clone();
                    async move { api::cancel_booking(&token, &id).await }
                })
                .await;
            asking.set(false);
            cancelled.run(result);
        }
    });
    let working = cancelling.pending();
    let cancel = move |_| {
        cancelling.dispatch_local(());
    };
    let cancel_key = if status == BookingStatus::Waiting {
        "my-leave-waiting"
    } else {
        "my-cancel"
    };
    let question_id = format!("cancel-question-{}", b.id);
    view! {
        <li class="card result" data-testid="my-booking" data-state=state data-session=b.session_id.clone()>
            <p class="status-badge" data-testid="my-booking-status">{status_text}</p>
            <h2 class="result-title"><a href=href><Localised text=b.title.clone() /></a></h2>
            <NotTranslated translated=b.title.translated />
            <p class="when">{when}</p>
            <p class="where">{b.venue_name.clone()}" "<span dir="ltr">{b.venue_postcode.clone()}</span></p>
            <Show
                when=move || asking.get()
                fallback=move || view! {
                    <button type="button" class="button" data-testid="cancel" on:click=move |_| asking.set(true)>
                        {tr(cancel_key)}
                    </button>
                }
            >
                <div class="confirm" role="group" aria-labelledby=question_id.clone()>
                    <p id=question_id.clone()>{tr("my-cancel-confirm")}</p>
                    <div class="actions">
                        <button type="button" class="button danger" data-testid="cancel-yes"
                            disabled=move || working.get() on:click=cancel.clone()>
                            {tr("my-cancel-yes")}
                        </button>
                        <button type="button" class="button" data-testid="cancel-no" on:click=move |_| asking.set(false)>
                            {tr("my-cancel-no")}
                        </button>
                    </div>
                </div>
            </Show>
        </li>
    }
}

/// Her private calendar feed, made only when she asks for it.
#[component]
fn CalendarFeed() -> impl IntoView {
    let session = Session::get();
    let feed = RwSignal::new(None::<Result<String, &'static str>>);
    let getting = Action::new_local(move |_: &()| async move {
        let result = session
            .call(|token| async move { api::my_calendar(&token).await })
            .await;
        feed.set(Some(result.map(|f| f.path).map_err(|e| e.message_key())));
    });
    let working = getting.pending();
    let get = move |_| {
        getting.dispatch_local(());
    };
    let host = window().location().host().unwrap_or_default();
    view! {
        <section class="card" aria-labelledby="calendar-heading">
            <h2 id="calendar-heading">{tr("my-calendar-title")}</h2>
            <p>{tr("my-calendar-intro")}</p>
            {move || match feed.get() {
                Some(Ok(path)) => view! {
                    <div class="actions" data-testid="calendar-links">
                        <a class="button primary" rel="external" href=format!("webcal://{host}{path}")>
                            {tr("my-calendar-subscribe")}
                        </a>
                        <a class="button" rel="external" download="perilink.ics" href=path.clone()>
                            {tr("my-calendar-download")}
                        </a>
                    </div>
                }
                .into_any(),
                other => view! {
                    <button type="button" class="button" data-testid="calendar-get" disabled=move || working.get()
                        on:click=get>
                        {tr("my-calendar-get")}
                    </button>
                    {other.and_then(Result::err).map(|key| view! { <p class="error" role="alert">{tr(key)}</p> })}
                }
                .into_any(),
            }}
        </section>
    }
}
