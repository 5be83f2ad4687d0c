//! The coordinator's screen, `/coordinator`: keeping the directory right.
//!
//! One page with a part per job: what needs checking (stale listings and reports
//! of wrong information), and plain forms to add and change sessions, programmes
//! (with their words in each language), venues and organisations. Everything is
//! loaded at once and reloaded after each change; mothers see a change at once.
//!
//! - [`fields`]: labelled fields and how a save went.
//! - [`editors`]: the forms for each kind of record.
//! - [`feeds`]: `/coordinator/feeds`, listings imported from Open Referral UK feeds.
//! - [`calendar`]: a session's dates from a partner's `.ics` calendar.

mod calendar;
mod editors;
pub mod feeds;
pub(crate) mod fields;
mod schedule;

use crate::api::directory;
use crate::components::role_gate::RoleGate;
use crate::i18n::I18n;
use crate::session::Session;
use editors::{Organisations, Programmes, Sessions, Venues};
use fields::{Ctx, Note, NoteLine, weekday};
use fluent_bundle::FluentValue;
use leptos::prelude::*;
use perilink_shared::auth::Role;
use perilink_shared::directory::encode_query_value;
use perilink_shared::directory_admin::{ListingKind, ListingReport, StaleListing};

/// `/coordinator`: coordinators and admins only.
#[component]
pub fn Coordinator() -> impl IntoView {
    let i18n = I18n::get();
    view! {
        <h1>{move || i18n.t("coord-title")}</h1>
        <RoleGate allow=&[Role::Coordinator, Role::Admin] screen=|_| view! { <Workspace /> } />
    }
}

/// The parts of the screen.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Part {
    Check,
    Sessions,
    Programmes,
    Venues,
    Organisations,
}

const PARTS: [(Part, &str); 5] = [
    (Part::Check, "coord-tab-check"),
    (Part::Sessions, "coord-tab-sessions"),
    (Part::Programmes, "coord-tab-programmes"),
    (Part::Venues, "coord-tab-venues"),
    (Part::Organisations, "coord-tab-organisations"),
];

#[component]
fn Workspace() -> impl IntoView {
    let i18n = I18n::get();
    let session = Session::get();
    let data = LocalResource::new(move || async move { session.call(directory::load).await });
    let ctx = Ctx { session, data };
    let part = RwSignal::new(Part::Check);
    let to_check = move || ctx.with(|d| d.stale.len() + d.reports.len()).unwrap_or(0);
    let load_error = move || {
        data.with(|d| match d {
            Some(Err(err)) => i18n.t(fields::error_key(err)),
            _ => String::new(),
        })
    };
    view! {
        <p>{move || i18n.t("coord-intro")}</p>
        <p class="actions">
            <a href="/coordinator/outcomes" class="button" data-testid="coord-outcomes">{move || i18n.t("reports-title")}</a>
            <a href="/register" class="button" data-testid="coord-registers">{move || i18n.t("nav-register")}</a>
            <a href="/coordinator/feeds" class="button" data-testid="coord-feeds">{move || i18n.t("feeds-title")}</a>
        </p>
        <div class="coord-tabs" role="group" aria-label=move || i18n.t("coord-tabs-label")>
            {PARTS
                .into_iter()
                .map(|(p, key)| view! {
                    <button type="button" class="button" data-testid=key
                        aria-pressed=move || (part.get() == p).to_string()
                        on:click=move |_| part.set(p)>
                        {move || i18n.t(key)}
                        {move || (p == Part::Check && to_check() > 0).then(|| view! {
                            <span class="coord-count">{to_check()}</span>
                        })}
                    </button>
                })
                .collect_view()}
        </div>
        <p class="error" role="alert">{load_error}</p>
        <p aria-busy="true" hidden=move || data.with(Option::is_some)>{move || i18n.t("loading")}</p>
        {move || match part.get() {
            Part::Check => view! { <ToCheck ctx /> }.into_any(),
            Part::Sessions => view! { <Sessions ctx /> }.into_any(),
            Part::Programmes => view! { <Programmes ctx /> }.into_any(),
            Part::Venues => view! { <Venues ctx /> }.into_any(),
            Part::Organisations => view! { <Organisations ctx /> }.into_any(),
        }}
    }
}

/// Stale listings and open reports, each with its one-tap action.
#[component]
fn ToCheck(ctx: Ctx) -> impl IntoView {
    let i18n = I18n::get();
    let note = RwSignal::new(Note::Idle);
    let stale = move || ctx.with(|d| d.stale.clone()).unwrap_or_default();
    let reports = move || ctx.with(|d| d.reports.clone()).unwrap_or_default();
    let messages = move || ctx.with(|d| d.messages.clone()).unwrap_or_default();
    let count_line =
        move |key: &'static str, count: u64| i18n.t_with(key, &[("count", FluentValue::from(count))]);
    view! {
        <section class="coord-part" aria-labelledby="coord-messages-title">
            <h2 id="coord-messages-title">{move || i18n.t("coord-messages-title")}</h2>
            <p data-testid="messages-undelivered" data-count={move || messages().undelivered}
                class:alert-banner={move || messages().undelivered > 0}>
                {move || count_line("coord-messages-undelivered", messages().undelivered)}
            </p>
            <p data-testid="messages-stuck" data-count={move || messages().stuck}
                class:alert-banner={move || messages().stuck > 0}>
                {move || count_line("coord-messages-stuck", messages().stuck)}
            </p>
        </section>
        <section class="coord-part" aria-labelledby="coord-stale-title">
            <h2 id="coord-stale-title">{move || i18n.t("coord-stale-title")}</h2>
            <p>{move || i18n.t("coord-stale-intro")}</p>
            <NoteLine note />
            {move || {
                let list = stale();
                if list.is_empty() {
                    view! { <p>{move || i18n.t("coord-stale-none")}</p> }.into_any()
                } else {
                    view! {
                        <ul class="coord-list" data-testid="stale">
                            {list.into_iter().map(|listing| view! { <StaleItem ctx note listing /> }).collect_view()}
                        </ul>
                    }
                    .into_any()
                }
            }}
        </section>
        <section class="coord-part" aria-labelledby="coord-reports-title">
            <h2 id="coord-reports-title">{move || i18n.t("coord-reports-title")}</h2>
            {move || {
                let list = reports();
                if list.is_empty() {
                    view! { <p>{move || i18n.t("coord-reports-none")}</p> }.into_any()
                } else {
                    view! {
                        <ul class="coord-list" data-testid="reports">
                            {list.into_iter().map(|report| view! { <ReportItem ctx note report /> }).collect_view()}
                        </ul>
                    }
                    .into_any()
                }
            }}
        </section>
    }
}

fn listing_kind_key(kind: ListingKind) -> &'static str {
    match kind {
        ListingKind::Venue => "coord-kind-venue",
        ListingKind::Programme => "coord-kind-programme",
        ListingKind::Session => "coord-kind-session",
    }
}

/// "Monday at 10:30, Toxteth Library".
fn when_and_where(i18n: I18n, day: u8, start: &str, venue: &str) -> String {
    i18n.t_with(
        "coord-session-when",
        &[
            ("weekday", FluentValue::from(weekday(i18n, day))),
            ("start", FluentValue::from(start.to_owned())),
            ("venue", FluentValue::from(venue.to_owned())),
        ],
    )
}

#[component]
fn StaleItem(ctx: Ctx, note: RwSignal<Note>, listing: StaleListing) -> impl IntoView {
    let i18n = I18n::get();
    let check = listing.check.clone();
    let days = check.days_since_checked;
    let session_line = match (
        listing.weekday,
        listing.start_time.clone(),
        listing.venue_name.clone(),
    ) {
        (Some(day), Some(start), Some(venue)) => Some(move || when_and_where(i18n, day, &start, &venue)),
        _ => None,
    };
    let owner = move || {
        if check.owned_by_me {
            i18n.t("coord-owner-you")
        } else {
            i18n.t_with(
                "coord-owner",
                &[("name", FluentValue::from(check.owner_name.clone()))],
            )
        }
    };
    let (kind, id) = (listing.kind, listing.id.clone());
    let mark = move |_| {
        let id = id.clone();
        ctx.run(
            note,
            move |token| directory::mark_checked(token, kind, id.clone()),
            |_| (),
        );
    };
    view! {
        <li class="card coord-item" data-testid="stale-listing" data-kind=kind.as_str()>
            <p class="coord-meta">
                <span>{move || i18n.t(listing_kind_key(kind))}</span>
                <span class=if listing.check.hidden { "coord-badge hidden" } else { "coord-badge" }>
                    {move || if listing.check.hidden { i18n.t("coord-hidden") } else { i18n.t("coord-flagged") }}
                </span>
            </p>
            <h3>{listing.title.clone()}</h3>
            {session_line.map(|line| view! { <p>{line}</p> })}
            <p class="coord-meta">
                <span>{move || i18n.t_with("coord-last-checked", &[("days", FluentValue::from(days))])}</span>
                <span>{owner}</span>
            </p>
            <button type="button" class="button primary" on:click=mark disabled=move || note.get() == Note::Working>
                {move || i18n.t("coord-mark-checked")}
            </button>
        </li>
    }
}

#[component]
fn ReportItem(ctx: Ctx, note: RwSignal<Note>, report: ListingReport) -> impl IntoView {
    let i18n = I18n::get();
    let line = when_and_where(i18n, report.weekday, &report.start_time, &report.venue_name);
    let reported = report.created_at.chars().take(10).collect::<String>();
    let href = format!("/sessions/{}", encode_query_value(&report.session_id));
    let id = report.id.clone();
    let resolve = move |_| {
        let id = id.clone();
        ctx.run(
            note,
            move |token| directory::resolve_report(token, id.clone()),
            |_| (),
        );
    };
    view! {
        <li class="card coord-item" data-testid="report">
            <h3>{report.title.clone()}</h3>
            <p>{line}</p>
            {report.reason.map(|reason| view! {
                <p class="coord-badge" data-testid="report-reason" data-reason=reason.as_str()>
                    {move || i18n.t(crate::pages::session_page::report_reason_key(reason))}
                </p>
            })}
            {match (report.note.clone(), report.reason) {
                (Some(text), _) => Some(view! { <blockquote class="coord-quote">{text}</blockquote> }.into_any()),
                (None, None) => Some(view! {
                    <blockquote class="coord-quote">{move || i18n.t("coord-report-no-note")}</blockquote>
                }
                .into_any()),
                (None, Some(_)) => None,
            }}
            <p class="coord-meta" dir="auto">
                {move || i18n.t_with("coord-reported-on", &[("date", FluentValue::from(reported.clone()))])}
            </p>
            <div class="coord-actions">
                <a class="button" href=href>{move || i18n.t("coord-report-open")}</a>
                <button type="button" class="button primary" on:click=resolve disabled=move || note.get() == Note::Working>
                    {move || i18n.t("coord-resolve")}
                </button>
            </div>
        </li>
    }
}
