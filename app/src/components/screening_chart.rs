//! `<ScreeningChart mother_id=…/>`: a mother's EPDS and PHQ-9 totals over time, one
//! small line chart each, drawn here as inline SVG, with the thresholds marked
//! (EPDS 10 and 13; PHQ-9 10 and 15) and the same figures as a table for anyone
//! who cannot see the chart. For her care team only: the list is read through
//! `GET /api/screenings?mother_id=`, which the server audits.
use crate::api;
use crate::components::text::tr;
use crate::i18n::I18n;
use crate::session::Session;
use fluent_bundle::FluentValue;
use leptos::prelude::*;
use perilink_shared::screening::{Band, Instrument, ScreeningResult};

pub use crate::components::format::{day, moment};

/// One result on a chart.
#[derive(Clone, Debug, PartialEq)]
struct Point {
    /// Milliseconds since 1970.
    ms: f64,
    taken_at: String,
    total: u8,
    band: Band,
}

/// How one instrument is drawn.
struct Scale {
    instrument: Instrument,
    title_key: &'static str,
    max: u8,
    /// The thresholds: where the dashed line is drawn and the key of its label.
    lines: [(u8, &'static str); 2],
}

const SCALES: [Scale; 2] = [
    Scale {
        instrument: Instrument::Epds,
        title_key: "screening-chart-title-epds",
        max: 30,
        lines: [
            (10, "screening-chart-line-possible"),
            (13, "screening-chart-line-probable"),
        ],
    },
    Scale {
        instrument: Instrument::Phq9,
        title_key: "screening-chart-title-phq9",
        max: 27,
        lines: [
            (10, "screening-chart-line-moderate"),
            (15, "screening-chart-line-moderately-severe"),
        ],
    },
];

/// The locale key naming a band, as staff read it.
pub fn band_key(band: Band) -> &'static str {
    match band {
        Band::None => "screening-band-none",
        Band::Possible => "screening-band-possible",
        Band::Probable => "screening-band-probable",
        Band::Mild => "screening-band-mild",
        Band::Moderate => "screening-band-moderate",
        Band::ModeratelySevere => "screening-band-moderately-severe",
        Band::Severe => "screening-band-severe",
        Band::Positive => "screening-band-positive",
    }
}

/// A mother's EPDS and PHQ-9 totals over time.
#[component]
pub fn ScreeningChart(#[prop(into)] mother_id: String) -> impl IntoView {
    let i18n = I18n::get();
    let session = Session::get();
    let results = LocalResource::new(move || {
        let id = mother_id.clone();
        async move {
            session
                .call(move |token| {
                    let id = id.clone();
                    async move { api::screening::list(&token, &id).await }
                })
                .await
        }
    });
    view! {
        <div class="scr-charts" data-testid="screening-chart">
            {move || match results.get() {
                None => view! { <p aria-busy="true">{tr("loading")}</p> }.into_any(),
                Some(Err(err)) => view! {
                    <p class="error" data-testid="screening-refused">{move || i18n.t(api::screening::refusal_key(&err))}</p>
                }
                .into_any(),
                Some(Ok(list)) => {
                    let charts: Vec<_> = SCALES
                        .iter()
                        .map(|scale| (scale, points(&list.screenings, scale.instrument)))
                        .filter(|(_, points)| !points.is_empty())
                        .map(|(scale, points)| view! { <Chart scale points /> })
                        .collect();
                    if charts.is_empty() {
                        view! { <p class="hint" data-testid="screening-chart-empty">{tr("screening-chart-empty")}</p> }
                            .into_any()
                    } else {
                        charts.into_view().into_any()
                    }
                }
            }}
        </div>
    }
}

/// An instrument's results, oldest first.
fn points(results: &[ScreeningResult], instrument: Instrument) -> Vec<Point> {
    let mut points: Vec<Point> = results
        .iter()
        .filter(|r| r.instrument == instrument)
        .map(|r| Point {
            ms: js_sys::Date::parse(&r.taken_at),
            taken_at: r.taken_at.clone(),
            total: r.total,
            band: r.band,
        })
        .filter(|p| !p.ms.is_nan())
        .collect();
    points.sort_by(|a, b| a.ms.total_cmp(&b.ms));
    points
}

// The drawing, in SVG user units; it scales to the width it is given.
const WIDTH: f64 = 320.0;
const HEIGHT: f64 = 180.0;
const LEFT: f64 = 28.0;
const RIGHT: f64 = 312.0;
const TOP: f64 = 12.0;
const BOTTOM: f64 = 152.0;

/// One instrument's chart, then its figures as a table.
#[component]
fn Chart(scale: &'static Scale, points: Vec<Point>) -> impl IntoView {
    let i18n = I18n::get();
    let max = f64::from(scale.max);
    let y = move |v: u8| BOTTOM - f64::from(v) / max * (BOTTOM - TOP);
    let (first, last) = (points[0].ms, points[points.len() - 1].ms);
    let x = move |ms: f64| {
        if last > first {
            LEFT + (ms - first) / (last - first) * (RIGHT - LEFT)
        } else {
            (LEFT + RIGHT) / 2.0
        }
    };
    let line: String = points
        .iter()
        .map(|p| format!("{:.1},{:.1}", x(p.ms), y(p.total)))
        .collect::<Vec<_>>()
        .join(" ");
    let threshold = scale.lines[0].0;
    let dots = points
        .iter()
        .map(|p| {
            let class = if p.total >= scale.lines[1].0 {
                "scr-dot high"
            } else if p.total >= threshold {
                "scr-dot raised"
            } else {
                "scr-dot"
            };
            view! { <circle class=class cx=format!("{:.1}", x(p.ms)) cy=format!("{:.1}", y(p.total)) r="4" /> }
        })
        .collect_view();
    let thresholds = scale
        .lines
        .iter()
        .map(|&(score, key)| {
            let at = format!("{:.1}", y(score));
            let label_at = format!("{:.1}", y(score) - 3.0);
            view! {
                <line class="scr-threshold" x1=LEFT x2=RIGHT y1=at.clone() y2=at stroke-dasharray="5 4" />
                <text class="scr-threshold-label" x=RIGHT y=label_at text-anchor="end">
                    {move || i18n.t_with(key, &[("score", FluentValue::from(score))])}
                </text>
            }
        })
        .collect_view();
    let latest = points[points.len() - 1].clone();
    let count = points.len();
    let latest_at = latest.taken_at.clone();
    let summary = Signal::derive(move || {
        i18n.t_with(
            "screening-chart-summary",
            &[
                ("count", FluentValue::from(count)),
                ("total", FluentValue::from(latest.total)),
                ("date", FluentValue::from(day(&latest_at, i18n.language()))),
            ],
        )
    });
    let label = move || format!("{}. {}", i18n.t(scale.title_key), summary.get());
    let (first_at, last_at) = (points[0].taken_at.clone(), points[count - 1].taken_at.clone());
    let end_label = (count > 1).then(|| {
        view! {
            <text class="scr-tick" x=RIGHT y=HEIGHT - 8.0 text-anchor="end">
                {move || day(&last_at, i18n.language())}
            </text>
        }
    });
    let start_anchor = if count > 1 { "start" } else { "middle" };
    let start_x = if count > 1 { LEFT } else { (LEFT + RIGHT) / 2.0 };
    let rows = points
        .iter()
        .rev()
        .map(|p| {
            let (at, total, band) = (p.taken_at.clone(), p.total, p.band);
            view! {
                <tr>
                    <td>{move || day(&at, i18n.language())}</td>
                    <td>{total}</td>
                    <td>{tr(band_key(band))}</td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <figure class="scr-chart" data-testid="screening-chart-figure" data-instrument=scale.instrument.as_str()
            data-count=count>
            <figcaption>
                <strong>{tr(scale.title_key)}</strong>
                <span class="scr-chart-summary">{move || summary.get()}</span>
            </figcaption>
            <svg class="scr-chart-svg" viewBox=format!("0 0 {WIDTH} {HEIGHT}") role="img" aria-label=label
                dir="ltr" preserveAspectRatio="xMidYMid meet">
                <line class="scr-axis" x1=LEFT x2=LEFT y1=TOP y2=BOTTOM />
                <line class="scr-axis" x1=LEFT x2=RIGHT y1=BOTTOM y2=BOTTOM />
                <text class="scr-tick" x=LEFT - 5.0 y=BOTTOM + 4.0 text-anchor="end">"0"</text>
                <text class="scr-tick" x=LEFT - 5.0 y=TOP + 4.0 text-anchor="end">{scale.max}</text>
                {thresholds}
                <polyline class="scr-line" points=line />
                {dots}
                <text class="scr-tick" x=start_x y=HEIGHT - 8.0 text-anchor=start_anchor>
                    {move || day(&first_at, i18n.language())}
                </text>
                {end_label}
            </svg>
            <details class="scr-chart-table">
                <summary>{tr("screening-chart-table")}</summary>
                <table>
                    <thead>
                        <tr>
                            <th scope="col">{tr("screening-chart-date")}</th>
                            <th scope="col">{tr("screening-chart-total")}</th>
                            <th scope="col">{tr("screening-chart-result")}</th>
                        </tr>
                    </thead>
                    <tbody>{rows}</tbody>
                </table>
            </details>
        </figure>
    }
}
