//! Typed calls for the outcome reports: one aggregate report as a table, and the
//! referral records export as a file's text. Every call is signed in, so each takes
//! a [`Token`] (use them through `Session::call`).

use crate::api::{self, ApiError, Token};
use perilink_shared::directory::encode_query_value;
use perilink_shared::error::{ErrorBody, ErrorCode};
use perilink_shared::report::{GroupBy, ReportId, ReportTable};
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use web_sys::{Request, RequestCredentials, RequestInit, Response};

/// Which days a report covers and how its rows are grouped.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Filters {
    /// The first day, `YYYY-MM-DD`.
    pub from: String,
    /// The last day, `YYYY-MM-DD`.
    pub to: String,
    pub group_by: GroupBy,
}

/// `GET /api/reports/{report}`: the table, with programme titles in `ui`.
pub async fn table(
    token: &Token,
    report: ReportId,
    filters: &Filters,
    ui: &str,
) -> Result<ReportTable, ApiError> {
    let path = format!(
        "/api/reports/{report}?from={}&to={}&group_by={}&ui={}",
        encode_query_value(&filters.from),
        encode_query_value(&filters.to),
        filters.group_by,
        encode_query_value(ui),
    );
    api::signed_in_call(token, "GET", &path, None::<&()>).await
}

/// The formats the referral records come in.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RecordFormat {
    Csv,
    Fhir,
}

impl RecordFormat {
    /// The `format` the API takes.
    pub fn as_str(self) -> &'static str {
        match self {
            RecordFormat::Csv => "csv",
            RecordFormat::Fhir => "fhir",
        }
    }
}

/// `GET /api/reports/prsb`: the referral records made between `from` and `to`,
/// as the text of a file to save.
pub async fn records(token: &Token, from: &str, to: &str, format: RecordFormat) -> Result<String, ApiError> {
    let path = format!(
        "/api/reports/prsb?from={}&to={}&format={}",
        encode_query_value(from),
        encode_query_value(to),
        format.as_str()
    );
    fetch_text(token, &path).await
}

/// A signed-in `GET` whose answer is kept as text, not read as JSON.
async fn fetch_text(token: &Token, path: &str) -> Result<String, ApiError> {
    let init = RequestInit::new();
    init.set_method("GET");
    init.set_credentials(RequestCredentials::SameOrigin);
    let request = Request::new_with_str_and_init(path, &init).map_err(|_| ApiError::Network)?;
    let _ = request
        .headers()
        .set("Authorization", &format!("Bearer {}", token.0));
    let window = web_sys::window().ok_or(ApiError::Network)?;
    let response: Response = JsFuture::from(window.fetch_with_request(&request))
        .await
        .map_err(|_| ApiError::Network)?
        .dyn_into()
        .map_err(|_| ApiError::Network)?;
    let text = JsFuture::from(response.text().map_err(|_| ApiError::Network)?)
        .await
        .map_err(|_| ApiError::Network)?
        .as_string()
        .ok_or(ApiError::Network)?;
    if response.ok() {
        return Ok(text);
    }
    let code = serde_json::from_str::<ErrorBody>(&text)
        .map(|b| b.error.code)
        .unwrap_or(ErrorCode::Internal);
    Err(ApiError::Server {
        status: response.status(),
        code,
        retry_after: None,
    })
}
