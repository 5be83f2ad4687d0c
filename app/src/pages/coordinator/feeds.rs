//! `/coordinator/feeds`: listings from other directories' Open Referral UK feeds.
//!
//! She adds a feed (its address, and all of its services, those under one term, or
//! those matching words), sees each reading and what came of it in plain words,
//! reads one now, and decides on changes a feed made to listings she has edited
//! here, shown beside what she has, and on services that look like listings she
//! already has ([`duplicates`]).

mod duplicates;

use super::fields::{Choice, Note, NoteLine, Text, error_key, maybe, weekday, worded};
use crate::api::{self, ApiError};
use crate::components::format::moment;
use crate::i18n::I18n;
use crate::session::{AuthState, Session};
use fluent_bundle::FluentValue;
use leptos::prelude::*;
use leptos_router::components::A;
use perilink_shared::auth::Role;
use perilink_shared::feeds::{
    Feed, FeedInput, FeedProblem, FeedRun, FeedTake, ImportedContent, ImportedListing,
};

/// The locale key saying, in plain words, why a feed could not be read.
fn problem_key(problem: FeedProblem) -> &'static str {
    match problem {
        FeedProblem::Unreachable => "feeds-problem-unreachable",
        FeedProblem::ServerError => "feeds-problem-server-error",
        FeedProblem::NotJson => "feeds-problem-not-json",
        FeedProblem::WrongSchema => "feeds-problem-wrong-schema",
        FeedProblem::EndlessPages => "feeds-problem-endless-pages",
        FeedProblem::TooBig => "feeds-problem-too-big",
    }
}

/// `/coordinator/feeds`: coordinators only (feeds belong to her organisation).
#[component]
pub fn Feeds() -> impl IntoView {
    let i18n = I18n::get();
    let session = Session::get();
    let open = Memo::new(move |_| match session.state() {
        AuthState::Checking => None,
        AuthState::SignedIn { user, .. } => Some(user.role == Role::Coordinator),
        AuthState::SignedOut => Some(false),
    });
    view! {
        <h1>{move || i18n.t("feeds-title")}</h1>
        <p><A href="/coordinator" attr:class="button">{move || i18n.t("feeds-back")}</A></p>
        {move || match open.get() {
            None => view! { <p aria-busy="true">{move || i18n.t("loading")}</p> }.into_any(),
            Some(false) => view! { <p class="error" role="alert">{move || i18n.t("error-forbidden")}</p> }.into_any(),
            Some(true) => view! { <FeedsWorkspace /> }.into_any(),
        }}
    }
}

#[component]
fn FeedsWorkspace() -> impl IntoView {
    let i18n = I18n::get();
    let session = Session::get();
    let feeds = LocalResource::new(move || async move { session.call(api::feeds::feeds).await });
    let note = RwSignal::new(Note::Idle);
    let base_url = RwSignal::new(String::new());
    let take = RwSignal::new(FeedTake::All.as_str().to_owned());
    let take_value = RwSignal::new(String::new());
    let takes = worded(
        FeedTake::ALL.iter().map(|t| t.as_str()).collect(),
        "feeds-take-",
        false,
    );
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let input = FeedInput {
            base_url: base_url.get_untracked().trim().to_owned(),
            take: take.get_untracked().parse().unwrap_or(FeedTake::All),
            take_value: maybe(&take_value.get_untracked()),
        };
        note.set(Note::Working);
        leptos::task::spawn_local(async move {
            match session
                .call(move |token| api::feeds::add_feed(token, input.clone()))
                .await
            {
                Ok(_) => {
                    note.set(Note::Saved);
                    base_url.set(String::new());
                    take_value.set(String::new());
                    feeds.refetch();
                }
                Err(err) => note.set(Note::Failed(error_key(&err))),
            }
        });
    };
    view! {
        <p>{move || i18n.t("feeds-intro")}</p>
        <section class="coord-part" aria-labelledby="feeds-add-title">
            <h2 id="feeds-add-title">{move || i18n.t("feeds-add-title")}</h2>
            <form on:submit=submit data-testid="feed-form">
                <Text id="feed-url" label="feeds-field-url" hint="feeds-field-url-hint" value=base_url kind="url" ltr=true />
                <Choice id="feed-take" label="feeds-field-take" value=take options=takes />
                <div hidden=move || take.get() == FeedTake::All.as_str()>
                    <Text id="feed-take-value" label="feeds-field-take-value" value=take_value />
                </div>
                <button type="submit" class="button primary" data-testid="feed-add">{move || i18n.t("feeds-add")}</button>
                <NoteLine note />
            </form>
        </section>
        <section class="coord-part" aria-labelledby="feeds-list-title">
            <h2 id="feeds-list-title">{move || i18n.t("feeds-list-title")}</h2>
            {move || match feeds.get() {
                None => view! { <p aria-busy="true">{move || i18n.t("loading")}</p> }.into_any(),
                Some(Err(err)) => view! { <p class="error" role="alert">{i18n.t(err.message_key())}</p> }.into_any(),
                Some(Ok(list)) if list.is_empty() => view! { <p>{move || i18n.t("feeds-none")}</p> }.into_any(),
                Some(Ok(list)) => view! {
                    <ul class="coord-list" data-testid="feeds">
                        {list.into_iter().map(|feed| view! { <FeedItem feed reload=feeds /> }).collect_view()}
                    </ul>
                }
                .into_any(),
            }}
        </section>
    }
}

/// What a reading came to, in plain words.
fn run_words(i18n: I18n, run: &FeedRun) -> String {
    match run.problem {
        Some(problem) => i18n.t(problem_key(problem)),
        None => i18n.t_with(
            "feeds-run-done",
            &[
                ("created", FluentValue::from(run.created)),
                ("updated", FluentValue::from(run.updated)),
                ("waiting", FluentValue::from(run.waiting)),
                ("gone", FluentValue::from(run.gone)),
                ("skipped", FluentValue::from(run.skipped)),
            ],
        ),
    }
}

#[component]
fn FeedItem(feed: Feed, reload: LocalResource<Result<Vec<Feed>, ApiError>>) -> impl IntoView {
    let i18n = I18n::get();
    let session = Session::get();
    let note = RwSignal::new(Note::Idle);
    let shown = RwSignal::new(false);
    let id = StoredValue::new(feed.id.clone());
    let listed = LocalResource::new(move || {
        let open = shown.get();
        async move {
            if !open {
                return Ok(Vec::new());
            }
            session
                .call(move |token| api::feeds::listings(token, id.get_value()))
                .await
        }
    });
    let read = move |_| {
        note.set(Note::Working);
        leptos::task::spawn_local(async move {
            match session
                .call(move |token| api::feeds::read_now(token, id.get_value()))
                .await
            {
                Ok(_) => {
                    note.set(Note::Idle);
                    reload.refetch();
                    listed.refetch();
                }
                Err(err) => note.set(Note::Failed(error_key(&err))),
            }
        });
    };
    let take = match (feed.take, feed.take_value.clone()) {
        (FeedTake::All, _) | (_, None) => i18n.t("feeds-take-all"),
        (kind, Some(value)) => format!("{}: {value}", i18n.t(&format!("feeds-take-{}", kind.as_str()))),
    };
    let last = feed.last_run.clone();
    let counts = i18n.t_with(
        "feeds-counts",
        &[
            ("services", FluentValue::from(feed.services)),
            ("waiting", FluentValue::from(feed.waiting)),
            ("gone", FluentValue::from(feed.gone)),
        ],
    );
    let look_alikes = feed.duplicates;
    view! {
        <li class="card coord-item" data-testid="feed" data-waiting=feed.waiting data-duplicates=look_alikes>
            <h3 dir="ltr">{feed.base_url.clone()}</h3>
            <p class="coord-meta"><span>{take}</span><span>{counts}</span></p>
            {(look_alikes > 0).then(|| view! {
                <p class="coord-badge" data-testid="feed-duplicates-count">
                    {move || i18n.t_with("feeds-duplicates-count", &[("count", FluentValue::from(look_alikes))])}
                </p>
            })}
            {match last {
                None => view! { <p>{move || i18n.t("feeds-never-read")}</p> }.into_any(),
                Some(run) => {
                    let finished = run.finished_at.clone();
                    let words = run_words(i18n, &run);
                    let failed = run.problem.is_some();
                    view! {
                        <p data-testid="feed-last-run" data-problem=run.problem.map(|p| p.as_str())
                            class:alert-banner=failed>
                            {move || i18n.t_with("feeds-last-read", &[("when", FluentValue::from(moment(&finished, i18n.language())))])}
                            " " {words}
                        </p>
                        <details>
                            <summary>{move || i18n.t("feeds-details")}</summary>
                            <p dir="ltr" lang="en">{run.detail.clone()}</p>
                        </details>
                    }
                    .into_any()
                }
            }}
            <div class="coord-actions">
                <button type="button" class="button" data-testid="feed-read-now" on:click=read
                    disabled=move || note.get() == Note::Working>
                    {move || if note.get() == Note::Working { i18n.t("feeds-reading") } else { i18n.t("feeds-read-now") }}
                </button>
                <button type="button" class="button primary" data-testid="feed-show-listings"
                    aria-expanded=move || shown.get().to_string()
                    on:click=move |_| shown.update(|s| *s = !*s)>
                    {move || i18n.t("feeds-show-listings")}
                </button>
            </div>
            <NoteLine note />
            <Show when=move || shown.get()>
                <duplicates::Duplicates feed=id.get_value() reload />
                {move || match listed.get() {
                    None => view! { <p aria-busy="true">{move || i18n.t("loading")}</p> }.into_any(),
                    Some(Err(err)) => view! { <p class="error" role="alert">{i18n.t(err.message_key())}</p> }.into_any(),
                    Some(Ok(list)) if list.is_empty() => view! { <p>{move || i18n.t("feeds-no-listings")}</p> }.into_any(),
                    Some(Ok(list)) => view! {
                        <ul class="coord-list" data-testid="feed-listings">
                            {list
                                .into_iter()
                                .map(|listing| view! { <ListingItem feed=id.get_value() listing reload listed /> })
                                .collect_view()}
                        </ul>
                    }
                    .into_any(),
                }}
            </Show>
        </li>
    }
}

/// The lines a side of a change is shown as: title, description, and each session.
fn lines(i18n: I18n, c: &ImportedContent) -> Vec<(String, String)> {
    let mut out = vec![
        (i18n.t("feeds-side-title"), c.title.clone()),
        (i18n.t("feeds-side-description"), c.description.clone()),
    ];
    for s in &c.sessions {
        let when = i18n.t_with(
            "coord-session-when",
            &[
                ("weekday", FluentValue::from(weekday(i18n, s.weekday))),
                (
                    "start",
                    FluentValue::from(format!("{}–{}", s.start_time, s.end_time)),
                ),
                ("venue", FluentValue::from(s.venue.name.clone())),
            ],
        );
        out.push((
            i18n.t("coord-kind-session"),
            format!("{when} ({})", s.languages.join(", ")),
        ));
    }
    out
}

/// Two listings side by side, row by row (title, description, each session), rows
/// that differ marked: hers (`mine`, headed `mine_key`) and the feed's.
pub(super) fn compare(
    i18n: I18n,
    mine: Option<&ImportedContent>,
    theirs: &ImportedContent,
    (mine_key, theirs_key): (&'static str, &'static str),
    testid: &'static str,
) -> impl IntoView + use<> {
    let (mine, theirs) = (
        mine.map(|m| lines(i18n, m)).unwrap_or_default(),
        lines(i18n, theirs),
    );
    let rows = mine.len().max(theirs.len());
    let cell = |side: &Vec<(String, String)>, i: usize| side.get(i).map(|l| l.1.clone()).unwrap_or_default();
    let label = |i: usize| {
        mine.get(i)
            .or(theirs.get(i))
            .map(|l| l.0.clone())
            .unwrap_or_default()
    };
    let body = (0..rows)
        .map(|i| {
            let (a, b) = (cell(&mine, i), cell(&theirs, i));
            let changed = a != b;
            view! {
                <tr class:changed=changed>
                    <th scope="row">{label(i)}</th>
                    <td dir="auto">{a}</td>
                    <td dir="auto">{b}</td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <table class="coord-compare" data-testid=testid>
            <thead><tr>
                <td></td>
                <th scope="col">{move || i18n.t(mine_key)}</th>
                <th scope="col">{move || i18n.t(theirs_key)}</th>
            </tr></thead>
            <tbody>{body}</tbody>
        </table>
    }
}

#[component]
fn ListingItem(
    feed: String,
    listing: ImportedListing,
    reload: LocalResource<Result<Vec<Feed>, ApiError>>,
    listed: LocalResource<Result<Vec<ImportedListing>, ApiError>>,
) -> impl IntoView {
    let i18n = I18n::get();
    let session = Session::get();
    let note = RwSignal::new(Note::Idle);
    let (feed, listing_id) = (StoredValue::new(feed), StoredValue::new(listing.id.clone()));
    let choose = move |verb: &'static str| {
        note.set(Note::Working);
        leptos::task::spawn_local(async move {
            let request =
                move |token| api::feeds::decide_change(token, feed.get_value(), listing_id.get_value(), verb);
            match session.call(request).await {
                Ok(()) => {
                    note.set(Note::Saved);
                    reload.refetch();
                    listed.refetch();
                }
                Err(err) => note.set(Note::Failed(error_key(&err))),
            }
        });
    };
    let side_by_side = match (&listing.current, &listing.pending) {
        (Some(mine), Some(theirs)) => {
            let sides = compare(
                i18n,
                Some(mine),
                theirs,
                ("feeds-side-mine", "feeds-side-theirs"),
                "feed-change",
            );
            Some(view! {
                {sides}
                <div class="coord-actions">
                    <button type="button" class="button primary" data-testid="feed-approve"
                        disabled=move || note.get() == Note::Working on:click=move |_| choose("approve")>
                        {move || i18n.t("feeds-approve")}
                    </button>
                    <button type="button" class="button" data-testid="feed-reject"
                        disabled=move || note.get() == Note::Working on:click=move |_| choose("reject")>
                        {move || i18n.t("feeds-reject")}
                    </button>
                </div>
            })
        }
        _ => None,
    };
    view! {
        <li class="card coord-item" data-testid="feed-listing" data-waiting=listing.pending.is_some()>
            <h3 dir="auto">{listing.title.clone()}</h3>
            <p class="coord-meta">
                {listing.pending.is_some().then(|| view! { <span class="coord-badge">{move || i18n.t("feeds-waiting")}</span> })}
                {listing.gone_at.is_some().then(|| view! { <span class="coord-badge hidden">{move || i18n.t("feeds-gone")}</span> })}
                {listing.edited_locally.then(|| view! { <span>{move || i18n.t("feeds-edited-here")}</span> })}
            </p>
            {side_by_side}
            <NoteLine note />
        </li>
    }
}
