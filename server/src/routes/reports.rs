//! Outcome reports for coordinators and the people who fund the sessions: referrals
//! by status, attendance and the waiting list, and change in EPDS score, grouped by
//! programme, kind, venue, language or interpreter need, as JSON or CSV with counts
//! from 1 to 4 shown as `<5`; and the PRSB-shaped export of referral records, as CSV
//! or a FHIR R4 Bundle. The figures are worked out in [`crate::service::reports`].

use crate::auth::extract::{Authorized, policy};
use crate::auth::scope::Viewer;
use crate::clock::london_today;
use crate::error::{AppError, AppPath, AppQuery};
use crate::service::audit::{self, AuditEntry};
use crate::service::reports::{self, Range};
use crate::state::AppState;
use axum::extract::State;
use axum::http::{HeaderMap, HeaderValue, header};
use axum::response::{IntoResponse, Response};
use chrono::Utc;
use perilink_shared::error::ErrorBody;
use perilink_shared::language::Language;
use perilink_shared::report::{GroupBy, ReportId, ReportList, ReportSummary, ReportTable};
use serde::Deserialize;
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

pub fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .routes(routes!(list_reports))
        .routes(routes!(export_prsb))
        .routes(routes!(get_report))
}

/// The reports there are, with how each can be grouped and the formats it comes in.
#[utoipa::path(get, path = "/api/reports", tag = "reports", security(("bearer" = [])),
    responses((status = 200, description = "Every report", body = ReportList),
        (status = 401, description = "No valid access token", body = ErrorBody),
        (status = 403, description = "Not a coordinator or admin", body = ErrorBody)))]
pub async fn list_reports(_caller: Authorized<policy::Coordinators>) -> axum::Json<ReportList> {
    let mut reports: Vec<ReportSummary> = ReportId::AGGREGATE.into_iter().map(ReportSummary::of).collect();
    reports.push(ReportSummary::of(ReportId::Prsb));
    axum::Json(ReportList { reports })
}

/// Which report, over which days, grouped how, in which format.
#[derive(Debug, Default, Deserialize, utoipa::IntoParams)]
#[into_params(parameter_in = Query)]
pub struct ReportQuery {
    /// The first day counted, `YYYY-MM-DD` (default: 182 days before `to`).
    from: Option<String>,
    /// The last day counted, `YYYY-MM-DD` (default: today in London).
    to: Option<String>,
    /// `programme` (default), `kind`, `venue`, `language` or `interpreter`.
    group_by: Option<String>,
    /// `json` (default) or `csv`; `Accept: text/csv` also asks for CSV.
    format: Option<String>,
    /// A BCP 47 tag: the language programme titles are named in (default English).
    ui: Option<String>,
}

/// Whether the caller asked for CSV, by `format` or else by `Accept`; `fallback`
/// names the other format.
fn wants_csv(format: Option<&str>, headers: &HeaderMap, fallback: &str) -> Result<bool, AppError> {
    match format.map(str::trim).filter(|f| !f.is_empty()) {
        Some("csv") => Ok(true),
        Some(f) if f == fallback => Ok(false),
        Some(other) => Err(AppError::Validation(format!(
            "format must be `{fallback}` or `csv`, not `{other}`"
        ))),
        None => Ok(headers
            .get_all(header::ACCEPT)
            .iter()
            .filter_map(|v| v.to_str().ok())
            .any(|v| v.to_ascii_lowercase().contains("text/csv"))),
    }
}

/// A CSV file to save, never cached.
fn csv_response(filename: String, body: String) -> Response {
    let mut response = body.into_response();
    let headers = response.headers_mut();
    headers.insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("text/csv; charset=utf-8"),
    );
    headers.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    if let Ok(value) = HeaderValue::from_str(&format!("attachment; filename=\"{filename}\"")) {
        headers.insert(header::CONTENT_DISPOSITION, value);
    }
    response
}

/// One aggregate report over a range of days, grouped as asked. Counts from 1 to 4
/// are `"<5"`, and percentages, means and medians worked out from such a count are
/// `null`. CSV has a header row, one row per group, then the totals (key `all`).
#[utoipa::path(get, path = "/api/reports/{report}", tag = "reports", security(("bearer" = [])),
    params(("report" = String, Path, description = "`referrals`, `attendance` or `screening`"), ReportQuery),
    responses((status = 200, description = "The report", content((ReportTable = "application/json"), (String = "text/csv"))),
        (status = 401, description = "No valid access token", body = ErrorBody),
        (status = 403, description = "Not a coordinator or admin", body = ErrorBody),
        (status = 404, description = "No such report", body = ErrorBody),
        (status = 422, description = "A date, the grouping or the format is not one the report takes", body = ErrorBody)))]
pub async fn get_report(
    State(state): State<AppState>,
    caller: Authorized<policy::Coordinators>,
    AppPath(report): AppPath<String>,
    AppQuery(query): AppQuery<ReportQuery>,
    headers: HeaderMap,
) -> Result<Response, AppError> {
    let report = report
        .parse::<ReportId>()
        .ok()
        .filter(|r| ReportId::AGGREGATE.contains(r))
        .ok_or(AppError::NotFound)?;
    let group_by = match query.group_by.as_deref().map(str::trim).filter(|g| !g.is_empty()) {
        None => GroupBy::Programme,
        Some(g) => g.parse::<GroupBy>().map_err(|_| {
            AppError::Validation(format!(
                "group_by must be programme, kind, venue, language or interpreter, not `{g}`"
            ))
        })?,
    };
    let csv = wants_csv(query.format.as_deref(), &headers, "json")?;
    let range = Range::parse(query.from.as_deref(), query.to.as_deref(), london_today())?;
    let language = query
        .ui
        .as_deref()
        .and_then(|tag| Language::ALL.into_iter().find(|l| l.tag() == tag))
        .unwrap_or(Language::English);
    let viewer = Viewer::of(caller.user());
    let table = reports::table(&state.db, &viewer, report, group_by, &range, language.tag()).await?;
    tracing::info!(user.id = %caller.user().id, report = %report, group_by = %group_by, "report read");
    if csv {
        let body = table.to_csv(|c| c.as_str().to_owned(), |row| row.label.clone());
        let name = format!(
            "perilink-{report}-by-{group_by}-{}-to-{}.csv",
            range.from, range.to
        );
        Ok(csv_response(name, body))
    } else {
        Ok(axum::Json(table).into_response())
    }
}

/// Which referrals to export, and how.
#[derive(Debug, Default, Deserialize, utoipa::IntoParams)]
#[into_params(parameter_in = Query)]
pub struct PrsbQuery {
    /// The first day a referral was made, `YYYY-MM-DD` (default: 182 days before `to`).
    from: Option<String>,
    /// The last day, `YYYY-MM-DD` (default: today in London).
    to: Option<String>,
    /// `fhir` (default) or `csv`; `Accept: text/csv` also asks for CSV.
    format: Option<String>,
}

/// The referrals made in the range that the caller may see, one record each with
/// the fields of the PRSB Social Prescribing Information Standard that PeriLink
/// holds: demographics (her language, interpreter need, perinatal stage; never a
/// name, and no age band, as no date of birth is kept), needs (reasons, what
/// matters), support offered (programme, kind, venue), outcomes (attendances since
/// the referral, status, EPDS change) and the message back to the referrer (the
/// latest status and its date). As a FHIR R4 Bundle of ServiceRequests (SNOMED CT
/// 871731000000106) with the Tasks that track them, or as CSV. Every export is
/// audited.
#[utoipa::path(get, path = "/api/reports/prsb", tag = "reports", security(("bearer" = [])), params(PrsbQuery),
    responses((status = 200, description = "The referral records", content((String = "application/fhir+json"), (String = "text/csv"))),
        (status = 401, description = "No valid access token", body = ErrorBody),
        (status = 403, description = "Not a coordinator or admin", body = ErrorBody),
        (status = 422, description = "A date or the format is not one the export takes", body = ErrorBody)))]
pub async fn export_prsb(
    State(state): State<AppState>,
    caller: Authorized<policy::Coordinators>,
    AppQuery(query): AppQuery<PrsbQuery>,
    headers: HeaderMap,
) -> Result<Response, AppError> {
    let csv = wants_csv(query.format.as_deref(), &headers, "fhir")?;
    let range = Range::parse(query.from.as_deref(), query.to.as_deref(), london_today())?;
    let viewer = Viewer::of(caller.user());
    let records = reports::prsb_records(&state.db, &viewer, &range).await?;
    let detail = format!(
        "{} referral records, {} to {}, as {}",
        records.len(),
        range.from,
        range.to,
        if csv { "CSV" } else { "FHIR" }
    );
    audit::record(
        &state.db,
        AuditEntry {
            actor_id: Some(&viewer.id),
            action: "report.prsb_export",
            subject_type: Some("report"),
            subject_id: Some(ReportId::Prsb.as_str()),
            detail: Some(&detail),
        },
    )
    .await?;
    if csv {
        let name = format!("perilink-referral-records-{}-to-{}.csv", range.from, range.to);
        Ok(csv_response(name, reports::prsb_csv(&records)))
    } else {
        let bundle = reports::prsb_bundle(&records, Utc::now());
        let mut response = axum::Json(bundle).into_response();
        response.headers_mut().insert(
            header::CONTENT_TYPE,
            HeaderValue::from_static("application/fhir+json"),
        );
        response
            .headers_mut()
            .insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
        Ok(response)
    }
}
