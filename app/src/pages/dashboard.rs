//! The coordinator's outcomes dashboard, `/coordinator/outcomes`: for the people who
//! fund the sessions, were referred mothers seen, did they keep coming, did they get
//! better, and is that so whatever their language.
//!
//! One page: the dates and grouping to show, then a part per report (referrals,
//! attendance, change in EPDS score), an equity part (the same figures by the
//! mother's language and by interpreter need) and the referral records export. Each
//! report is a chart drawn here as inline SVG, then its table, which any CSV
//! download copies. Counts from 1 to 4 come from the server as `<5`.
//!
//! - [`tables`]: a report's table, its words and its CSV.
//! - [`charts`]: bar and line charts, mirrored for right-to-left languages.

mod charts;
mod tables;

use crate::api;

use crate::api::ApiError;
use crate::api::reports::{Filters, RecordFormat};
use crate::components::role_gate::RoleGate;
use crate::components::text::tr;
use crate::i18n::I18n;
use crate::session::Session;
use charts::{BarChart, LineChart, bars};
use leptos::prelude::*;
use leptos_router::components::A;
use perilink_shared::auth::Role;
use perilink_shared::calendar;
use perilink_shared::report::{Column, GroupBy, ReportId, ReportTable};
use tables::{ReportTableView, group_key};
use wasm_bindgen::JsCast;

/// How far back the dashboard looks at first, in days (as the API does).
const DEFAULT_DAYS: i64 = 182;

/// `/coordinator/outcomes`: coordinators and admins only.
#[component]
pub fn Dashboard() -> impl IntoView {
    view! {
        <h1>{tr("reports-title")}</h1>
        <RoleGate allow=&[Role::Coordinator, Role::Admin] screen=|_| view! { <Outcomes /> } />
    }
}

/// Today in London, as a day number.
fn today() -> i64 {
    calendar::london_day((js_sys::Date::now() / 1000.0) as i64)
}

/// A day number as `YYYY-MM-DD`.
fn ymd(day: i64) -> String {
    let (y, m, d) = calendar::civil_from_days(day);
    format!("{y:04}-{m:02}-{d:02}")
}

/// `YYYY-MM-DD` as a day number, if it is a real day.
fn day_number(date: &str) -> Option<i64> {
    let mut parts = date.trim().splitn(3, '-');
    let (y, m, d): (i32, u32, u32) = (
        parts.next()?.parse().ok()?,
        parts.next()?.parse().ok()?,
        parts.next()?.parse().ok()?,
    );
    let day = calendar::days_from_civil(y, m, d);
    (calendar::civil_from_days(day) == (y, m, d)).then_some(day)
}

type Loaded = LocalResource<Result<ReportTable, ApiError>>;

/// The dashboard itself.
#[component]
fn Outcomes() -> impl IntoView {
    let i18n = I18n::get();
    let session = Session::get();
    let today = today();
    let from = RwSignal::new(ymd(today - DEFAULT_DAYS));
    let to = RwSignal::new(ymd(today));
    let group_by = RwSignal::new(GroupBy::Programme);
    let applied = RwSignal::new(Filters {
        from: from.get_untracked(),
        to: to.get_untracked(),
        group_by: GroupBy::Programme,
    });
    let range = Memo::new(move |_| applied.with(|f| (f.from.clone(), f.to.clone())));
    let invalid = RwSignal::new(false);
    let apply = move || {
        let (f, t) = (from.get_untracked(), to.get_untracked());
        match (day_number(&f), day_number(&t)) {
            (Some(a), Some(b)) if a <= b => {
                invalid.set(false);
                applied.set(Filters {
                    from: f,
                    to: t,
                    group_by: group_by.get_untracked(),
                });
            }
            _ => invalid.set(true),
        }
    };
    // Each report loads on its own, again whenever the filters or the language change.
    let load = move |report: ReportId, fixed: Option<GroupBy>| -> Loaded {
        LocalResource::new(move || {
            let filters = match fixed {
                Some(g) => {
                    let (from, to) = range.get();
                    Filters {
                        from,
                        to,
                        group_by: g,
                    }
                }
                None => applied.get(),
            };
            let ui = i18n.language().tag();
            async move {
                session
                    .call(move |token| {
                        let filters = filters.clone();
                        async move { api::reports::table(&token, report, &filters, ui).await }
                    })
                    .await
            }
        })
    };
    let referrals = load(ReportId::Referrals, None);
    let attendance = load(ReportId::Attendance, None);
    let screening = load(ReportId::Screening, None);
    let equity = [
        (
            GroupBy::Language,
            load(ReportId::Attendance, Some(GroupBy::Language)),
            load(ReportId::Referrals, Some(GroupBy::Language)),
        ),
        (
            GroupBy::Interpreter,
            load(ReportId::Attendance, Some(GroupBy::Interpreter)),
            load(ReportId::Referrals, Some(GroupBy::Interpreter)),
        ),
    ];

    view! {
        <div class="dash">
            <p>{tr("reports-intro")}</p>
            <p class="hint">{tr("reports-small-numbers")}</p>
            <p><A href="/coordinator">{tr("reports-back")}</A></p>
            <form class="dash-filters" aria-label=move || i18n.t("reports-filters")
                on:submit=move |ev| {
                    ev.prevent_default();
                    apply();
                }>
                <div class="field">
                    <label for="dash-from">{tr("reports-from")}</label>
                    <input id="dash-from" type="date" required prop:value=move || from.get()
                        aria-invalid=move || invalid.get().to_string()
                        on:input=move |ev| from.set(event_target_value(&ev))
                        on:change=move |_| apply() />
                </div>
                <div class="field">
                    <label for="dash-to">{tr("reports-to")}</label>
                    <input id="dash-to" type="date" required prop:value=move || to.get()
                        aria-invalid=move || invalid.get().to_string()
                        on:input=move |ev| to.set(event_target_value(&ev))
                        on:change=move |_| apply() />
                </div>
                <div class="field">
                    <label for="dash-group">{tr("reports-group-by")}</label>
                    <select id="dash-group"
                        on:change=move |ev| {
                            if let Ok(g) = event_target_value(&ev).parse::<GroupBy>() {
                                group_by.set(g);
                                apply();
                            }
                        }>
                        {GroupBy::ALL
                            .iter()
                            .map(|g| {
                                let g = *g;
                                view! {
                                    <option value=g.as_str() selected=move || group_by.get() == g>
                                        {tr(group_key(g))}
                                    </option>
                                }
                            })
                            .collect_view()}
                    </select>
                </div>
                <button type="submit" class="button primary">{tr("reports-show")}</button>
            </form>
            <p class="error" role="alert">{move || if invalid.get() { i18n.t("reports-error-dates") } else { String::new() }}</p>

            <section class="dash-part" aria-labelledby="dash-referrals">
                <h2 id="dash-referrals">{tr("reports-referrals-title")}</h2>
                <p>{tr("reports-referrals-intro")}</p>
                <Report loaded=referrals chart=Chart::Funnel />
            </section>
            <section class="dash-part" aria-labelledby="dash-attendance">
                <h2 id="dash-attendance">{tr("reports-attendance-title")}</h2>
                <p>{tr("reports-attendance-intro")}</p>
                <Report loaded=attendance chart=Chart::Bars(Column::Attendances) />
            </section>
            <section class="dash-part" aria-labelledby="dash-screening">
                <h2 id="dash-screening">{tr("reports-screening-title")}</h2>
                <p>{tr("reports-screening-intro")}</p>
                <Report loaded=screening chart=Chart::Lines />
            </section>
            <section class="dash-part" aria-labelledby="dash-equity">
                <h2 id="dash-equity">{tr("reports-equity-title")}</h2>
                <p>{tr("reports-equity-intro")}</p>
                {equity
                    .into_iter()
                    .map(|(group, attendance, referrals)| view! {
                        <h3>{tr(group_key(group))}</h3>
                        <Report loaded=attendance chart=Chart::Bars(Column::Mothers) />
                        <Report loaded=referrals chart=Chart::Bars(Column::AttendedPercent) />
                    })
                    .collect_view()}
            </section>
            <Records range />
        </div>
    }
}

/// Which chart a report gets above its table.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Chart {
    /// The totals' way from referral to completion.
    Funnel,
    /// One bar per group, of this column.
    Bars(Column),
    /// Mean EPDS at baseline, week 6 and end, a line per group.
    Lines,
}

/// A report once loaded: its chart, then its table.
#[component]
fn Report(loaded: Loaded, chart: Chart) -> impl IntoView {
    let i18n = I18n::get();
    move || match loaded.get() {
        None => view! { <p aria-busy="true">{tr("loading")}</p> }.into_any(),
        Some(Err(err)) => view! { <p class="error" role="alert">{tr(err.message_key())}</p> }.into_any(),
        Some(Ok(table)) => {
            let rtl = i18n.language().direction() == perilink_shared::language::Direction::Rtl;
            let drawn = match chart {
                Chart::Funnel => {
                    let title = i18n.t("reports-funnel-chart");
                    let bars = charts::funnel(i18n, &table);
                    view! { <BarChart title bars rtl /> }.into_any()
                }
                Chart::Bars(column) => {
                    let title = tables::column_name(i18n, column);
                    let bars = bars(i18n, &table, column);
                    view! { <BarChart title bars rtl /> }.into_any()
                }
                Chart::Lines => view! { <LineChart table=table.clone() rtl /> }.into_any(),
            };
            view! {
                {drawn}
                <ReportTableView table />
            }
            .into_any()
        }
    }
}

/// The referral records (PRSB) for the dates shown, to save as CSV or FHIR.
#[component]
fn Records(range: Memo<(String, String)>) -> impl IntoView {
    let session = Session::get();
    let said = RwSignal::new(None::<&'static str>);
    let download = move |format: RecordFormat| {
        let (from, to) = range.get_untracked();
        said.set(Some("reports-downloading"));
        leptos::task::spawn_local(async move {
            let (name, mime) = match format {
                RecordFormat::Csv => (
                    format!("perilink-referral-records-{from}-to-{to}.csv"),
                    "text/csv",
                ),
                RecordFormat::Fhir => (
                    format!("perilink-referral-records-{from}-to-{to}.json"),
                    "application/fhir+json",
                ),
            };
            let result = session
                .call(move |token| {
                    let (from, to) = (from.clone(), to.clone());
                    async move { api::reports::records(&token, &from, &to, format).await }
                })
                .await;
            match result {
                Ok(text) => {
                    save(&name, mime, &text);
                    said.set(None);
                }
                Err(err) => said.set(Some(err.message_key())),
            }
        });
    };
    view! {
        <section class="dash-part" aria-labelledby="dash-records">
            <h2 id="dash-records">{tr("reports-records-title")}</h2>
            <p>{tr("reports-records-intro")}</p>
            <div class="actions">
                <button type="button" class="button" data-testid="records-csv" on:click=move |_| download(RecordFormat::Csv)>
                    {tr("reports-records-csv")}
                </button>
                <button type="button" class="button" data-testid="records-fhir" on:click=move |_| download(RecordFormat::Fhir)>
                    {tr("reports-records-fhir")}
                </button>
            </div>
            <p role="status">{move || said.get().map(tr)}</p>
        </section>
    }
}

/// Hands the browser a file to save.
fn save(name: &str, mime: &str, text: &str) {
    let Ok(link) = document().create_element("a") else {
        return;
    };
    let _ = link.set_attribute("href", &tables::data_url(mime, text));
    let _ = link.set_attribute("download", name);
    if let Ok(link) = link.dyn_into::<web_sys::HtmlElement>() {
        link.click();
    }
}
