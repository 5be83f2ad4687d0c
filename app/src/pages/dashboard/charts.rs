//! Charts drawn as inline SVG: horizontal bars (one per group, or the referral
//! funnel) and lines (mean EPDS at baseline, week 6 and end, one per group).
//!
//! Both are drawn in a 320-unit-wide box that scales to the screen, so a 360 px
//! phone shows them at about their drawn size. For right-to-left languages they are
//! drawn mirrored: bars grow from the right, the screening timeline runs from right
//! to left, and text is anchored by its start, which the SVG `direction` puts on the
//! right. A suppressed count draws no bar and says `<5`; the table below each chart
//! holds the same figures as text.

use super::tables::{column_name, group_label, value_text};
use crate::components::text::tr;
use crate::i18n::I18n;
use leptos::prelude::*;
use perilink_shared::report::{Column, ColumnKind, Count, Figure, ReportRow, ReportTable, TOTAL_KEY};

const WIDTH: f64 = 320.0;
const PAD: f64 = 4.0;
/// The height of one bar with its label above it.
const ROW: f64 = 44.0;
/// Room left after the longest bar for its figure.
const VALUE_ROOM: f64 = 72.0;

/// One bar: what it is, how long, and the figure written beside it.
#[derive(Clone, Debug, PartialEq)]
pub struct Bar {
    pub label: String,
    /// `None` when the figure is suppressed or not shown: no bar is drawn.
    pub value: Option<f64>,
    pub text: String,
    /// The longest a bar may be, in the figure's units (100 for percentages).
    pub scale: Option<f64>,
}

/// A figure written beside a bar.
fn figure_text(i18n: I18n, column: Column, figure: Figure) -> String {
    match figure {
        Figure::Count(Count::Exact(n)) => n.to_string(),
        Figure::Count(Count::Suppressed) => i18n.t("reports-suppressed"),
        Figure::Value(Some(v)) => value_text(i18n, column, v),
        Figure::Value(None) => i18n.t("reports-hidden"),
    }
}

fn bar(i18n: I18n, label: String, column: Column, figure: Option<Figure>) -> Bar {
    let figure = figure.unwrap_or(Figure::Value(None));
    Bar {
        label,
        value: figure.number(),
        text: figure_text(i18n, column, figure),
        scale: (column.kind() == ColumnKind::Percent).then_some(100.0),
    }
}

/// A bar per group for one column.
pub fn bars(i18n: I18n, table: &ReportTable, column: Column) -> Vec<Bar> {
    table
        .rows
        .iter()
        .map(|row| {
            let label = group_label(i18n, table.group_by, row);
            bar(i18n, label, column, row.figure(&table.columns, column))
        })
        .collect()
}

/// The totals' funnel: referred, accepted, booked, came, completed.
pub fn funnel(i18n: I18n, table: &ReportTable) -> Vec<Bar> {
    let Some(total) = table.totals.first() else {
        return Vec::new();
    };
    [
        Column::Sent,
        Column::Accepted,
        Column::Booked,
        Column::Attending,
        Column::Completed,
    ]
    .into_iter()
    .map(|column| {
        bar(
            i18n,
            column_name(i18n, column),
            column,
            total.figure(&table.columns, column),
        )
    })
    .collect()
}

fn direction(rtl: bool) -> &'static str {
    if rtl { "rtl" } else { "ltr" }
}

/// Horizontal bars, a label above each.
#[component]
pub fn BarChart(title: String, bars: Vec<Bar>, rtl: bool) -> impl IntoView {
    if bars.is_empty() {
        return view! { <p class="hint">{tr("reports-chart-empty")}</p> }.into_any();
    }
    let max = bars
        .iter()
        .filter_map(|b| b.scale.or(b.value))
        .fold(0.0_f64, f64::max)
        .max(1.0);
    let height = ROW * bars.len() as f64 + PAD;
    let span = WIDTH - 2.0 * PAD - VALUE_ROOM;
    let items = bars
        .into_iter()
        .enumerate()
        .map(|(i, bar)| {
            let top = PAD + ROW * i as f64;
            let length = bar
                .value
                .map_or(0.0, |v| if v > 0.0 { (v / max * span).max(2.0) } else { 0.0 });
            // Start-side positions: the left edge, or the right one mirrored.
            let from_start = |offset: f64| if rtl { WIDTH - PAD - offset } else { PAD + offset };
            let x = if rtl { WIDTH - PAD - length } else { PAD };
            let fill = (length > 0.0).then(|| {
                view! { <rect class="dash-bar-fill" x=x y=top + 20.0 width=length height="16" rx="2" /> }
            });
            view! {
                <text class="dash-bar-label" x=from_start(0.0) y=top + 14.0>{bar.label}</text>
                {fill}
                <text class="dash-bar-value" x=from_start(length + 6.0) y=top + 33.0>{bar.text}</text>
            }
        })
        .collect_view();
    view! {
        <figure class="dash-chart" data-testid="bar-chart">
            <figcaption>{title.clone()}</figcaption>
            <svg class="dash-chart-svg" viewBox=format!("0 0 {WIDTH} {height}") role="img" aria-label=title
                direction=direction(rtl) preserveAspectRatio="xMidYMin meet">
                {items}
            </svg>
        </figure>
    }
    .into_any()
}

// The line chart's box.
const LINE_HEIGHT: f64 = 200.0;
const AXIS: f64 = 30.0;
const END: f64 = 16.0;
const TOP: f64 = 10.0;
const BOTTOM: f64 = 168.0;
/// The EPDS runs from 0 to 30.
const EPDS_MAX: f64 = 30.0;
/// 13 or more: probable depression.
const PROBABLE: f64 = 13.0;
/// Lines a chart draws at most, besides the total.
const MAX_LINES: usize = 6;

/// A group's mean EPDS at baseline, week 6 and end.
struct Series {
    label: String,
    total: bool,
    points: [Option<f64>; 3],
}

fn series(i18n: I18n, table: &ReportTable) -> Vec<Series> {
    let mut out: Vec<(String, Series)> = Vec::new();
    let mean = |row: &ReportRow, column| row.figure(&table.columns, column).and_then(Figure::number);
    for row in table.rows.iter().chain(&table.totals) {
        let index = match out.iter().position(|(key, _)| *key == row.key) {
            Some(i) => i,
            None => {
                out.push((
                    row.key.clone(),
                    Series {
                        label: group_label(i18n, table.group_by, row),
                        total: row.key == TOTAL_KEY,
                        points: [None; 3],
                    },
                ));
                out.len() - 1
            }
        };
        let points = &mut out[index].1.points;
        let week6 = row.follow_up.map(|f| f.as_str()) == Some("week6");
        if week6 || points[0].is_none() {
            points[0] = mean(row, Column::MeanBaseline).or(points[0]);
        }
        points[if week6 { 1 } else { 2 }] = mean(row, Column::MeanFollowUp);
    }
    out.into_iter().map(|(_, s)| s).collect()
}

/// Mean EPDS at baseline, week 6 and end, a line per group (and one for everyone),
/// with the probable-depression line at 13.
#[component]
pub fn LineChart(table: ReportTable, rtl: bool) -> impl IntoView {
    let i18n = I18n::get();
    let all = series(i18n, &table);
    let (drawn, hidden): (Vec<Series>, Vec<Series>) = all
        .into_iter()
        .partition(|s| s.points.iter().any(Option::is_some));
    if drawn.is_empty() {
        return view! { <p class="hint">{tr("reports-chart-empty")}</p> }.into_any();
    }
    let mirror = move |x: f64| if rtl { WIDTH - x } else { x };
    let x = move |i: usize| mirror(AXIS + i as f64 * (WIDTH - AXIS - END) / 2.0);
    let y = |v: f64| BOTTOM - v.clamp(0.0, EPDS_MAX) / EPDS_MAX * (BOTTOM - TOP);
    let ticks = [0.0, 10.0, 20.0, 30.0]
        .into_iter()
        .map(|v| {
            view! {
                <text class="dash-tick" x=mirror(AXIS - 6.0) y=y(v) + 4.0 text-anchor="end">{(v as u32).to_string()}</text>
            }
        })
        .collect_view();
    let times = [
        "reports-chart-baseline",
        "reports-chart-week6",
        "reports-chart-end",
    ]
    .into_iter()
    .enumerate()
    .map(|(i, key)| {
        view! { <text class="dash-tick" x=x(i) y=BOTTOM + 18.0 text-anchor="middle">{tr(key)}</text> }
    })
    .collect_view();
    let mut lines = Vec::new();
    let mut legend = Vec::new();
    let mut number = 0;
    for s in drawn
        .iter()
        .filter(|s| s.total)
        .chain(drawn.iter().filter(|s| !s.total).take(MAX_LINES))
    {
        let class = if s.total {
            "dash-series-total".to_owned()
        } else {
            number += 1;
            format!("dash-series-{number}")
        };
        let points: Vec<(f64, f64)> = s
            .points
            .iter()
            .enumerate()
            .filter_map(|(i, v)| v.map(|v| (x(i), y(v))))
            .collect();
        let path = points
            .iter()
            .map(|(px, py)| format!("{px},{py}"))
            .collect::<Vec<_>>()
            .join(" ");
        let dots = points
            .iter()
            .map(|(px, py)| view! { <circle class=format!("dash-dot {class}") cx=*px cy=*py r="3.5" /> })
            .collect_view();
        lines.push(view! {
            <polyline class=format!("dash-line {class}") points=path />
            {dots}
        });
        legend.push(view! {
            <li>
                <svg class="dash-swatch" viewBox="0 0 28 10" aria-hidden="true">
                    <line class=format!("dash-line {class}") x1="1" y1="5" x2="27" y2="5" />
                </svg>
                {s.label.clone()}
            </li>
        });
    }
    let not_drawn: Vec<String> = hidden.into_iter().map(|s| s.label).collect();
    let title = i18n.t("reports-screening-chart");
    view! {
        <figure class="dash-chart" data-testid="line-chart">
            <figcaption>{title.clone()}</figcaption>
            <svg class="dash-chart-svg" viewBox=format!("0 0 {WIDTH} {LINE_HEIGHT}") role="img" aria-label=title
                direction=direction(rtl) preserveAspectRatio="xMidYMin meet">
                <line class="dash-axis" x1=mirror(AXIS) x2=mirror(AXIS) y1=TOP y2=BOTTOM />
                <line class="dash-axis" x1=mirror(AXIS) x2=mirror(WIDTH - END) y1=BOTTOM y2=BOTTOM />
                {ticks}
                <line class="dash-threshold" x1=mirror(AXIS) x2=mirror(WIDTH - END) y1=y(PROBABLE) y2=y(PROBABLE)
                    stroke-dasharray="5 4" />
                <text class="dash-threshold-label" x=mirror(WIDTH - END) y=y(PROBABLE) - 4.0 text-anchor="end">
                    {tr("reports-chart-probable")}
                </text>
                {times}
                {lines}
            </svg>
            <ul class="dash-legend">{legend}</ul>
            {(!not_drawn.is_empty()).then(|| view! {
                <p class="hint">{tr("reports-chart-not-shown")} " " {not_drawn.join(", ")}</p>
            })}
        </figure>
    }
    .into_any()
}
