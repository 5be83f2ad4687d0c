//! The Find page, where a mother looks for sessions near her.
//!
//! Every filter lives in the address (`/find?kind=rhyme_time&lang=ar&near=L8`), so
//! back and forward, a reload and a shared link all show the same search. The page
//! derives its search from the address; a filter change is a navigation.

use crate::api::{self, ApiError};
use crate::components::chip::Chip;
use crate::components::format;
use crate::components::listing::{LanguageBadges, Localised, NotTranslated};
use crate::components::text::tr;
use crate::i18n::I18n;
use fluent_bundle::FluentValue;
use leptos::prelude::*;
use leptos_router::NavigateOptions;
use leptos_router::hooks::{use_navigate, use_query_map};
use leptos_router::params::ParamsMap;
use perilink_shared::directory::{BookingMode, Format, OccurrenceSummary, SessionQuery, encode_query_value};
use perilink_shared::error::ErrorCode;
use perilink_shared::find::{DEFAULT_RADIUS, FindFilters as Filters, KINDS, Loosen, PER_PAGE, RADII, TIMES};
use perilink_shared::language::Language;

/// Every value of `key` in the address, in order.
fn all(query: &ParamsMap, key: &str) -> Vec<String> {
    query.get_all(key).unwrap_or_default()
}

/// Adds `item` if absent, else removes it, keeping `order`. Rebuilt from `order`
/// rather than sorted: a sort per item type is kilobytes of wasm.
fn toggle<T: Copy + PartialEq>(items: &mut Vec<T>, item: T, order: &[T]) {
    let had = items.contains(&item);
    // Anything the address carried that is not offered stays first, as it was.
    let mut kept: Vec<T> = items.iter().copied().filter(|i| !order.contains(i)).collect();
    kept.extend(
        order
            .iter()
            .copied()
            .filter(|o| if *o == item { !had } else { items.contains(o) }),
    );
    *items = kept;
}

/// The search, read from the address.
fn filters_of(query: &ParamsMap, ui: Language) -> Filters {
    Filters::from_query(|key| all(query, key), ui)
}

/// Pages after the first, for the search they belong to.
#[derive(Clone, Debug, Default)]
struct MorePages {
    search: SessionQuery,
    results: Vec<OccurrenceSummary>,
    last_page: u32,
    loading: bool,
    error: Option<ApiError>,
}

/// What the results area shows.
#[derive(Clone, Debug, PartialEq)]
enum Results {
    Loading,
    Failed(ApiError),
    Ready { total: u64, shown: usize },
}

/// `/find`.
#[component]
pub fn Find() -> impl IntoView {
    let i18n = I18n::get();
    let query = use_query_map();
    let navigate = StoredValue::new_local(use_navigate());
    let go = move |filters: &Filters| {
        let navigate = navigate.get_value();
        navigate(
            &filters.href(),
            NavigateOptions {
                scroll: false,
                ..NavigateOptions::default()
            },
        );
    };

    let filters = Memo::new(move |_| query.with(|q| filters_of(q, i18n.language())));
    // The page the address asks for: a phone without the app follows the
    // server's "more" link to `page=2`, and the app shows what the server did.
    let first_number = Memo::new(move |_| query.with(|q| Filters::page_of(|key| all(q, key))));
    let search = Memo::new(move |_| filters.with(|f| f.api_query(i18n.language(), first_number.get())));
    let first = LocalResource::new(move || {
        let asked = search.get();
        async move { (asked.clone(), api::search_sessions(asked).await) }
    });
    let more = RwSignal::new(MorePages::default());

    // The first page, if it answers the search shown now.
    let first_page = move || {
        first
            .get()
            .filter(|(asked, _)| *asked == search.get())
            .map(|(_, r)| r)
    };
    let results = Memo::new(move |_| {
        let mut list = match first_page() {
            Some(Ok(page)) => page.results,
            _ => Vec::new(),
        };
        more.with(|m| {
            if m.search == search.get() {
                list.extend(m.results.iter().cloned());
            }
        });
        list
    });
    let state = Memo::new(move |_| match first_page() {
        None => Results::Loading,
        Some(Err(err)) => Results::Failed(err),
        Some(Ok(page)) => Results::Ready {
            total: page.total,
            shown: results.with(Vec::len),
        },
    });
    let load_more = move |()| {
        let asked = search.get_untracked();
        let first = asked.page.unwrap_or(1);
        let page = more.with_untracked(|m| if m.search == asked { m.last_page } else { first }) + 1;
        more.update(|m| {
            if m.search != asked {
                *m = MorePages {
                    search: asked.clone(),
                    last_page: first,
                    ..MorePages::default()
                };
            }
            m.loading = true;
            m.error = None;
        });
        leptos::task::spawn_local(async move {
            let result = api::search_sessions(SessionQuery {
                page: Some(page),
                ..asked.clone()
            })
            .await;
            more.update(|m| {
                if m.search != asked {
                    return;
                }
                m.loading = false;
                match result {
                    Ok(next) => {
                        m.results.extend(next.results);
                        m.last_page = page;
                    }
                    Err(err) => m.error = Some(err),
                }
            });
        });
    };

    // Found nothing: each choice she could let go of, with what it would find;
    // `None` when the search found something.
    let wider = LocalResource::new(move || {
        let empty = matches!(state.get(), Results::Ready { total: 0, .. });
        let filters = filters.get();
        async move {
            if !empty {
                return None;
            }
            Some(wider_searches(&filters, i18n.language()).await)
        }
    });

    // The server's copy of this screen stays until the app's results are in.
    Effect::new(move |_| {
        let settled = match state.get() {
            Results::Loading => false,
            Results::Ready { total: 0, .. } => wider.get().flatten().is_some(),
            _ => true,
        };
        if settled {
            crate::i18n::take_over();
        }
    });

    let status = move || match state.get() {
        Results::Loading => i18n.t("find-loading"),
        Results::Failed(_) => String::new(),
        Results::Ready { total: 0, .. } => i18n.t("find-empty"),
        Results::Ready { total, .. } => i18n.t_with("find-count", &[("count", FluentValue::from(total))]),
    };
    let problem = move || match state.get() {
        Results::Failed(ApiError::Server {
            code: ErrorCode::UnknownPlace,
            ..
        }) => Some(i18n.t_with(
            "find-error-unknown-place",
            &[("place", FluentValue::from(filters.with(|f| f.near.clone())))],
        )),
        Results::Failed(ApiError::Server {
            code: ErrorCode::ValidationFailed,
            ..
        }) if filters.with(|f| !f.near.is_empty()) => Some(i18n.t_with(
            "find-error-bad-place",
            &[("place", FluentValue::from(filters.with(|f| f.near.clone())))],
        )),
        Results::Failed(err) => Some(i18n.t(err.message_key())),
        _ => None,
    };
    let place_problem = move || {
        matches!(
            state.get(),
            Results::Failed(ApiError::Server {
                code: ErrorCode::UnknownPlace | ErrorCode::ValidationFailed,
                ..
            })
        ) && filters.with(|f| !f.near.is_empty())
    };
    // Pages before the first shown count too: `page=3` starts at result 41.
    let can_show_more = move || {
        let before = u64::from(first_number.get() - 1) * u64::from(PER_PAGE);
        matches!(state.get(), Results::Ready { total, shown } if before + (shown as u64) < total)
    };
    // The page "more" brings next, as an address: the same link the server writes.
    let next_href = move || {
        let last = more.with(|m| (m.search == search.get()).then_some(m.last_page));
        filters.with(|f| f.page_href(last.unwrap_or_else(|| first_number.get()) + 1))
    };
    let more_error = move || more.with(|m| (m.search == search.get()).then(|| m.error.clone()).flatten());

    // What she is typing, until she searches; `None` shows the address's place.
    let near_draft = RwSignal::new(None::<String>);
    let near_value = move || {
        near_draft
            .get()
            .unwrap_or_else(|| filters.with(|f| f.near.clone()))
    };
    let search_near = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let mut f = filters.get_untracked();
        f.near = near_draft.get_untracked().unwrap_or(f.near).trim().to_owned();
        near_draft.set(None);
        go(&f);
    };

    // Her choices beyond the kind, in a line under the folded panel's name.
    let chosen = move || filters.with(|f| chosen_choices(i18n, f));
    // The panel opens by itself when the place she gave is the problem.
    let choices_panel = NodeRef::<leptos::html::Details>::new();
    Effect::new(move |_| {
        if place_problem()
            && let Some(panel) = choices_panel.get()
        {
            panel.set_open(true);
        }
    });

    view! {
        <h1>{tr("find-title")}</h1>

        // Results come first: the kinds as chips, every other choice folded.
        <section class="filters" aria-label=move || i18n.t("find-filters")>
            <fieldset class="chips kinds">
                <legend class="visually-hidden">{tr("find-kind-label")}</legend>
                {KINDS
                    .into_iter()
                    .map(|kind| view! {
                        <Chip label=format::kind_key(kind) testid=format!("kind-{kind}")
                            pressed=Signal::derive(move || filters.with(|f| f.kinds.contains(&kind)))
                            on_toggle=Callback::new(move |()| {
                                let mut f = filters.get_untracked();
                                toggle(&mut f.kinds, kind, &KINDS);
                                go(&f);
                            }) />
                    })
                    .collect_view()}
            </fieldset>

            <details class="more-choices" node_ref=choices_panel data-testid="find-choices">
                <summary>
                    <span>{tr("find-filters")}</span>
                    <span class="chosen">{chosen}</span>
                </summary>
                <div class="field">
                    <label for="find-language">{tr("find-language-label")}</label>
                    <select id="find-language" data-testid="find-language"
                        prop:value=move || filters.with(|f| f.language.map_or("any", Language::tag))
                        on:change=move |ev| {
                            let mut f = filters.get_untracked();
                            f.language = event_target_value(&ev).parse().ok();
                            go(&f);
                        }>
                        <option value="any" selected=move || filters.with(|f| f.language.is_none())>
                            {tr("find-language-any")}
                        </option>
                        {Language::ALL
                            .into_iter()
                            .map(|language| view! {
                                <option value=language.tag() lang=language.tag()
                                    selected=move || filters.with(|f| f.language == Some(language))>
                                    {language.autonym()}
                                </option>
                            })
                            .collect_view()}
                    </select>
                </div>

                <form class="near" role="search" on:submit=search_near novalidate>
                    <div class="field near-place">
                        <label for="find-near">{tr("find-near-label")}</label>
                        <input id="find-near" name="near" type="text" data-testid="find-near"
                            autocomplete="postal-code" autocapitalize="characters" spellcheck="false" dir="ltr"
                            aria-describedby="find-near-hint"
                            aria-invalid=move || place_problem().to_string()
                            prop:value=near_value
                            on:input=move |ev| near_draft.set(Some(event_target_value(&ev))) />
                    </div>
                    <div class="field near-radius">
                        <label for="find-radius">{tr("find-radius-label")}</label>
                        <select id="find-radius"
                            prop:value=move || filters.with(|f| f.radius_km.to_string())
                            on:change=move |ev| {
                                let mut f = filters.get_untracked();
                                f.radius_km = event_target_value(&ev).parse().unwrap_or(DEFAULT_RADIUS);
                                f.near = near_draft.get_untracked().unwrap_or(f.near).trim().to_owned();
                                near_draft.set(None);
                                go(&f);
                            }>
                            {RADII
                                .into_iter()
                                .map(|km| view! {
                                    <option value=km.to_string() selected=move || filters.with(|f| f.radius_km == km)>
                                        {move || i18n.t_with("find-radius", &[("km", FluentValue::from(km))])}
                                    </option>
                                })
                                .collect_view()}
                        </select>
                    </div>
                    <p id="find-near-hint" class="hint">{tr("find-near-hint")}</p>
                    <button type="submit" class="button primary" data-testid="find-search">
                        {tr("find-search")}
                    </button>
                </form>

                <div class="check">
                    <input id="find-free" type="checkbox" data-testid="find-free"
                        prop:checked=move || filters.with(|f| f.free)
                        on:change=move |ev| {
                            let mut f = filters.get_untracked();
                            f.free = event_target_checked(&ev);
                            go(&f);
                        } />
                    <label for="find-free">{tr("find-free-only")}</label>
                </div>
                <fieldset class="chips">
                    <legend>{tr("find-time-label")}</legend>
                    {TIMES
                        .into_iter()
                        .map(|time| view! {
                            <Chip label=format::time_of_day_key(time) testid=format!("time-{time}")
                                pressed=Signal::derive(move || filters.with(|f| f.times.contains(&time)))
                                on_toggle=Callback::new(move |()| {
                                    let mut f = filters.get_untracked();
                                    toggle(&mut f.times, time, &TIMES);
                                    go(&f);
                                }) />
                        })
                        .collect_view()}
                </fieldset>
            </details>
        </section>

        <section class="results" aria-labelledby="find-results-heading">
            <h2 id="find-results-heading" class="visually-hidden">{tr("find-results")}</h2>
            <p role="status" aria-live="polite" data-testid="find-status"
                aria-busy=move || (state.get() == Results::Loading).to_string()>
                {status}
            </p>
            <p class="error" role="alert" data-testid="find-error">{problem}</p>
            <ul class="loosen" data-testid="find-loosen">
                {move || wider.get().flatten().unwrap_or_default().into_iter()
                    .map(|(loosen, href, count)| view! {
                        <li><a href=href class="button">{loosen_text(i18n, loosen, count)}</a></li>
                    })
                    .collect_view()}
            </ul>
            <Show when=move || {
                let nothing_wider = wider.get().flatten().is_some_and(|w| w.is_empty());
                (matches!(state.get(), Results::Failed(_)) || nothing_wider)
                    && filters.with(|f| f.is_narrowed(i18n.language()))
            }>
                <a href="/find" class="button" data-testid="find-clear">{tr("find-clear")}</a>
            </Show>
            <ul class="result-list" data-testid="results">
                <For each=move || results.get() key=|o| o.occurrence_id.clone() let:occurrence>
                    <ResultCard occurrence />
                </For>
            </ul>
            <p class="error" role="alert">{move || more_error().map(|err| i18n.t(err.message_key()))}</p>
            // A link, as the server writes it for phones without the app; the app
            // adds the next page below these instead of opening it.
            <Show when=can_show_more>
                <a href=next_href class="button more" data-testid="find-more"
                    aria-disabled=move || more.with(|m| m.loading).to_string()
                    on:click=move |ev| {
                        ev.prevent_default();
                        if !more.with_untracked(|m| m.loading) {
                            load_more(());
                        }
                    }>
                    {move || if more.with(|m| m.loading) { i18n.t("find-more-loading") } else { i18n.t("find-more") }}
                </a>
            </Show>
        </section>
    }
}

/// Her choices beyond the kind, as the folded panel's name lists them:
/// the place and distance, the language, free only and the times of day.
fn chosen_choices(i18n: I18n, f: &Filters) -> Vec<AnyView> {
    let mut parts: Vec<AnyView> = Vec::new();
    if !f.near.is_empty() {
        parts.push(view! { <span dir="ltr">{f.near.clone()}</span> }.into_any());
        parts.push(
            i18n.t_with("find-radius", &[("km", FluentValue::from(f.radius_km))])
                .into_any(),
        );
    }
    parts.push(match f.language {
        Some(language) => view! { <span lang=language.tag()>{language.autonym()}</span> }.into_any(),
        None => i18n.t("find-language-any").into_any(),
    });
    if f.free {
        parts.push(i18n.t("find-free").into_any());
    }
    for time in &f.times {
        parts.push(i18n.t(format::time_of_day_key(*time)).into_any());
    }
    let mut out = Vec::new();
    for (i, part) in parts.into_iter().enumerate() {
        if i > 0 {
            out.push(" · ".into_any());
        }
        out.push(part);
    }
    out
}

/// The searches one choice wider that find something: what was let go of,
/// the address, and how many dates it finds.
async fn wider_searches(filters: &Filters, ui: Language) -> Vec<(Loosen, String, u64)> {
    let mut found = Vec::new();
    for (loosen, wider) in filters.loosenings() {
        let query = SessionQuery {
            per_page: Some(1),
            ..wider.api_query(ui, 1)
        };
        if let Ok(page) = api::search_sessions(query).await
            && page.total > 0
        {
            found.push((loosen, wider.href(), page.total));
        }
    }
    found
}

/// "Any language (12)": a wider search's button.
fn loosen_text(i18n: I18n, loosen: Loosen, count: u64) -> String {
    let choice = match loosen {
        Loosen::Within(km) => i18n.t_with("find-radius", &[("km", FluentValue::from(km))]),
        other => i18n.t(other.message_key()),
    };
    i18n.t_with(
        "find-loosen",
        &[
            ("choice", FluentValue::from(choice)),
            ("count", FluentValue::from(count)),
        ],
    )
}

/// One date of a session, as a card.
#[component]
fn ResultCard(occurrence: OccurrenceSummary) -> impl IntoView {
    // Plain text, worked out once: the search asks for titles in the interface
    // language, so a change of language brings new results and new cards.
    let i18n = I18n::get();
    let o = occurrence;
    let href = format!("/sessions/{}", encode_query_value(&o.session_id));
    let when = format::when(i18n, &o.date, &o.start_time, &o.end_time);
    let distance = o.distance_km.map(|km| {
        i18n.t_with(
            "find-distance",
            &[("km", FluentValue::from(format::kilometres(km)))],
        )
    });
    let places = o.places_left;
    let booking = i18n.t(match (o.booking, o.format, places) {
        (BookingMode::DropIn, _, _) => "find-drop-in",
        (BookingMode::Booking, _, Some(0)) => "find-full",
        (BookingMode::Booking, Format::Course, _) => "find-course",
        (BookingMode::Booking, Format::Ongoing, _) => "find-booking",
    });
    let places_left = places
        .filter(|p| *p > 0 && o.booking == BookingMode::Booking)
        .map(|count| i18n.t_with("find-places-left", &[("count", FluentValue::from(count))]));
    let price = format::price(i18n, o.cost_pence);
    let venue = i18n.t_with(
        "find-venue",
        &[
            ("venue", FluentValue::from(o.venue.name.clone())),
            ("town", FluentValue::from(o.venue.town.clone())),
        ],
    );
    let kind = o.kind;
    let full = places == Some(0) && o.booking == BookingMode::Booking;
    view! {
        <li class="card result" data-testid="result" data-kind=kind.as_str() data-session=o.session_id.clone()
            data-booking=o.booking.as_str()>
            <p class="kind">{i18n.t(format::kind_key(kind))}</p>
            <h3 class="result-title">
                <a href=href><Localised text=o.title.clone() /></a>
            </h3>
            <NotTranslated translated=o.title.translated />
            <p class="when">{when}</p>
            <p class="where">
                <span data-testid="venue">{venue}</span>
                {distance.map(|d| view! { <span class="distance">{d}</span> })}
            </p>
            <LanguageBadges languages=o.languages.clone() interpreter=o.interpreter_languages.clone() />
            <ul class="facts" class:full=full data-testid="booking-mode">
                <li>{booking}</li>
                {places_left.map(|p| view! { <li>{p}</li> })}
                <li>{price}</li>
            </ul>
        </li>
    }
}
