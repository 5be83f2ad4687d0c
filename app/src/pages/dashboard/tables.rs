//! A report's table in the words of the language on screen, and the same table as
//! a CSV file to download: translated headings and group names, counts as the
//! server sent them (`<5` included), worked-out figures to one decimal place and
//! empty where they are not shown.

use crate::components::format::kind_key;
use crate::components::listing::language_name;
use crate::components::text::tr;
use crate::i18n::I18n;
use fluent_bundle::FluentValue;
use leptos::prelude::*;
use perilink_shared::directory::ProgrammeKind;
use perilink_shared::report::{
    Column, ColumnKind, Count, Csv, Figure, GroupBy, ReportRow, ReportTable, TOTAL_KEY, csv_text,
};

/// The locale key naming a grouping.
pub fn group_key(group_by: GroupBy) -> &'static str {
    match group_by {
        GroupBy::Programme => "reports-group-programme",
        GroupBy::Kind => "reports-group-kind",
        GroupBy::Venue => "reports-group-venue",
        GroupBy::Language => "reports-group-language",
        GroupBy::Interpreter => "reports-group-interpreter",
    }
}

/// The locale key naming a column.
pub fn column_key(column: Column) -> &'static str {
    match column {
        Column::Sent => "reports-col-sent",
        Column::Accepted => "reports-col-accepted",
        Column::Booked => "reports-col-booked",
        Column::Attending => "reports-col-attending",
        Column::Completed => "reports-col-completed",
        Column::Declined => "reports-col-declined",
        Column::Withdrawn => "reports-col-withdrawn",
        Column::DidNotAttend => "reports-col-did-not-attend",
        Column::AttendedPercent => "reports-col-attended-percent",
        Column::MedianDaysToAttend => "reports-col-median-days-to-attend",
        Column::SessionsHeld => "reports-col-sessions-held",
        Column::Attendances => "reports-col-attendances",
        Column::Mothers => "reports-col-mothers",
        Column::Mothers3Plus => "reports-col-mothers-3-plus",
        Column::Waiting => "reports-col-waiting",
        Column::Paired => "reports-col-paired",
        Column::MeanBaseline => "reports-col-mean-baseline",
        Column::MeanFollowUp => "reports-col-mean-follow-up",
        Column::MeanChange => "reports-col-mean-change",
        Column::Fell4Plus => "reports-col-fell-4-plus",
        Column::Fell4PlusPercent => "reports-col-fell-4-plus-percent",
        Column::ProbableAtBaseline => "reports-col-probable-at-baseline",
        Column::LeftProbable => "reports-col-left-probable",
        Column::LeftProbablePercent => "reports-col-left-probable-percent",
        Column::Unvalidated => "reports-col-unvalidated",
    }
}

/// A column's name in the interface language.
pub fn column_name(i18n: I18n, column: Column) -> String {
    i18n.t(column_key(column))
}

/// A row's group, named in the interface language: programme titles and venue
/// names as the server sent them, kinds, languages and interpreter need from the
/// locale.
pub fn group_label(i18n: I18n, group_by: GroupBy, row: &ReportRow) -> String {
    if row.key == TOTAL_KEY {
        return i18n.t("reports-total");
    }
    match group_by {
        GroupBy::Kind => match row.key.parse::<ProgrammeKind>() {
            Ok(kind) => i18n.t(kind_key(kind)),
            Err(_) => row.label.clone(),
        },
        GroupBy::Language => language_name(i18n, &row.key),
        GroupBy::Interpreter if row.key == "yes" => i18n.t("reports-interpreter-yes"),
        GroupBy::Interpreter => i18n.t("reports-interpreter-no"),
        GroupBy::Venue if row.key == "unplaced" => i18n.t("reports-group-unplaced"),
        GroupBy::Programme | GroupBy::Venue => row.label.clone(),
    }
}

/// The name of the follow-up a screening row compares with baseline.
fn follow_up_label(i18n: I18n, row: &ReportRow) -> String {
    match row.follow_up.map(|f| f.as_str()) {
        Some("week6") => i18n.t("reports-follow-up-week6"),
        Some(_) => i18n.t("reports-follow-up-end"),
        None => String::new(),
    }
}

/// A figure to one decimal place, with integer arithmetic (no float formatting in
/// the wasm) and a true minus sign.
pub fn one_decimal(value: f64, minus: &str) -> String {
    let tenths = (value * 10.0).round() as i64;
    let sign = if tenths < 0 { minus } else { "" };
    let tenths = tenths.unsigned_abs();
    format!("{sign}{}.{}", tenths / 10, tenths % 10)
}

/// A worked-out figure as the table shows it.
pub fn value_text(i18n: I18n, column: Column, value: f64) -> String {
    let number = one_decimal(value, "\u{2212}");
    match column.kind() {
        ColumnKind::Percent => i18n.t_with("reports-percent", &[("value", FluentValue::from(number))]),
        ColumnKind::Days => i18n.t_with("reports-days", &[("value", FluentValue::from(number))]),
        _ => number,
    }
}

/// One cell.
fn cell(i18n: I18n, column: Column, figure: Figure) -> AnyView {
    match figure {
        Figure::Count(Count::Exact(n)) => view! { <td><bdi>{n.to_string()}</bdi></td> }.into_any(),
        Figure::Count(Count::Suppressed) => view! {
            <td class="dash-suppressed">
                <span aria-hidden="true">{tr("reports-suppressed")}</span>
                <span class="visually-hidden">{tr("reports-suppressed-label")}</span>
            </td>
        }
        .into_any(),
        Figure::Value(Some(v)) => view! { <td><bdi>{value_text(i18n, column, v)}</bdi></td> }.into_any(),
        Figure::Value(None) => view! {
            <td class="dash-hidden">
                <span aria-hidden="true">{tr("reports-hidden")}</span>
                <span class="visually-hidden">{tr("reports-hidden-label")}</span>
            </td>
        }
        .into_any(),
    }
}

/// A figure as the CSV file holds it: counts and `<5` as sent, other figures to
/// one decimal place, nothing where a figure is not shown.
fn csv_figure(figure: Figure) -> String {
    match figure {
        Figure::Count(count) => count.to_string(),
        Figure::Value(Some(v)) => one_decimal(v, "-"),
        Figure::Value(None) => String::new(),
    }
}

/// The table as CSV (RFC 4180), headed and named in the interface language.
pub fn csv(i18n: I18n, table: &ReportTable) -> String {
    let screening = table
        .rows
        .iter()
        .chain(&table.totals)
        .any(|r| r.follow_up.is_some());
    let mut header = vec![i18n.t(group_key(table.group_by))];
    if screening {
        header.push(i18n.t("reports-follow-up"));
    }
    header.extend(table.columns.iter().map(|c| column_name(i18n, *c)));
    let mut file = Csv::with_header(header);
    for row in table.rows.iter().chain(&table.totals) {
        let mut cells = vec![csv_text(&group_label(i18n, table.group_by, row))];
        if screening {
            cells.push(follow_up_label(i18n, row));
        }
        cells.extend(row.figures.iter().map(|f| csv_figure(*f)));
        file.record(cells);
    }
    file.finish()
}

/// A `data:` address holding `text`, for a link to save it from. CSV starts with a
/// byte order mark, so spreadsheets read Arabic and Polish names right.
pub fn data_url(mime: &str, text: &str) -> String {
    let bom = if mime == "text/csv" { "\u{feff}" } else { "" };
    let encoded: String = js_sys::encode_uri_component(&format!("{bom}{text}")).into();
    format!("data:{mime};charset=utf-8,{encoded}")
}

/// A report's table, scrolling sideways on a narrow screen, with its CSV download.
#[component]
pub fn ReportTableView(table: ReportTable) -> impl IntoView {
    let i18n = I18n::get();
    move || {
        let caption = format!(
            "{}: {}",
            i18n.t(table_key(&table)),
            i18n.t(group_key(table.group_by))
        );
        let screening = table
            .rows
            .iter()
            .chain(&table.totals)
            .any(|r| r.follow_up.is_some());
        let columns = table.columns.clone();
        let row_view = |row: &ReportRow, total: bool| {
            let label = group_label(i18n, table.group_by, row);
            let follow_up = screening.then(|| view! { <td>{follow_up_label(i18n, row)}</td> });
            let cells = columns
                .iter()
                .zip(&row.figures)
                .map(|(c, f)| cell(i18n, *c, *f))
                .collect_view();
            view! {
                <tr class=if total { "dash-total" } else { "" }>
                    <th scope="row">{label}</th>
                    {follow_up}
                    {cells}
                </tr>
            }
        };
        let body = if table.rows.is_empty() {
            let span = columns.len() + 1 + usize::from(screening);
            view! { <tr><td colspan=span>{tr("reports-table-empty")}</td></tr> }.into_any()
        } else {
            table
                .rows
                .iter()
                .map(|r| row_view(r, false))
                .collect_view()
                .into_any()
        };
        let totals = table.totals.iter().map(|r| row_view(r, true)).collect_view();
        let headings = columns
            .iter()
            .map(|c| view! { <th scope="col">{column_name(i18n, *c)}</th> })
            .collect_view();
        let file = format!(
            "perilink-{}-{}-{}-to-{}.csv",
            table.report, table.group_by, table.from, table.to
        );
        let href = data_url("text/csv", &csv(i18n, &table));
        view! {
            <div class="dash-scroll" role="region" tabindex="0" aria-label=caption.clone()>
                <table class="dash-table" data-testid=format!("table-{}-{}", table.report, table.group_by)>
                    <caption>{caption.clone()}</caption>
                    <thead>
                        <tr>
                            <th scope="col">{i18n.t(group_key(table.group_by))}</th>
                            {screening.then(|| view! { <th scope="col">{tr("reports-follow-up")}</th> })}
                            {headings}
                        </tr>
                    </thead>
                    <tbody>{body}</tbody>
                    <tfoot>{totals}</tfoot>
                </table>
            </div>
            <p>
                <a class="button" href=href download=file data-testid="download-csv">
                    {tr("reports-download-csv")}
                    <span class="visually-hidden">{format!(": {caption}")}</span>
                </a>
            </p>
        }
    }
}

/// The locale key of a report's title.
fn table_key(table: &ReportTable) -> &'static str {
    match table.report {
        perilink_shared::report::ReportId::Referrals => "reports-referrals-title",
        perilink_shared::report::ReportId::Attendance => "reports-attendance-title",
        _ => "reports-screening-title",
    }
}

#[cfg(test)]
mod tests {
    use super::one_decimal;

    #[test]
    fn figures_keep_one_decimal_place_and_a_real_minus() {
        assert_eq!(one_decimal(55.55, "-"), "55.6");
        assert_eq!(one_decimal(-3.66, "\u{2212}"), "\u{2212}3.7");
        assert_eq!(one_decimal(3.0, "-"), "3.0");
        assert_eq!(one_decimal(-0.04, "-"), "0.0");
    }
}
