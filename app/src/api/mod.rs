//! The typed client for the PeriLink API, the one place the app calls the server
//! from. Signed-in calls take a [`Token`], so they cannot be made without one; the
//! refresh token stays in its HttpOnly cookie and never reaches this code.
//!
//! This module holds the transport (visible to its submodules only, so a screen
//! cannot make an untyped call) and the calls of signing in, finding, booking and
//! her own account; each submodule holds one area's calls, with the request and
//! response types of `perilink_shared`:
//!
//! - [`accounts`]: invitations, set-up and reset links, codes, two-factor, devices,
//!   staff, teams and organisations.
//! - [`referrals`]: caseloads, consent, referrals and their moves, notifications.
//! - [`screening`]: questionnaires, results and safety alerts.
//! - [`directory`], [`feeds`], [`reports`], [`register`] (the staff app only): the
//!   coordinator's directory and a session's calendar and screening schedule,
//!   imported feeds, outcome reports, and the host's register.

pub mod accounts;
#[cfg(feature = "staff")]
pub mod directory;
#[cfg(feature = "staff")]
pub mod feeds;
pub mod referrals;
#[cfg(feature = "staff")]
pub mod register;
#[cfg(feature = "staff")]
pub mod reports;
pub mod screening;

use perilink_shared::auth::{LoginResponse, UserProfile};
use perilink_shared::booking::{
    BookingRequest, CalendarFeed, ListingReportRequest, MyBooking, MyBookings, SignupConfirm, SignupRequest,
    SignupStarted,
};
use perilink_shared::contact_window::ContactChoice;
use perilink_shared::directory::{SessionDetail, SessionQuery, SessionSearchResponse, encode_query_value};
use perilink_shared::error::{ErrorBody, ErrorCode};
use serde::Serialize;
use serde::de::DeserializeOwned;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{Request, RequestCredentials, RequestInit, Response};

/// A short-lived access token, held only in memory.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Token(pub String);

/// Why a call failed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ApiError {
    /// The server could not be reached.
    Network,
    /// The server answered with an error.
    Server {
        /// The HTTP status.
        status: u16,
        /// The stable error code.
        code: ErrorCode,
        /// For a 429, how many seconds to wait.
        retry_after: Option<u64>,
    },
}

impl ApiError {
    /// The locale key of the message to show for this error.
    pub fn message_key(&self) -> &'static str {
        match self {
            ApiError::Network => "error-network",
            ApiError::Server {
                code: ErrorCode::Forbidden,
                ..
            } => "error-forbidden",
            ApiError::Server {
                code: ErrorCode::TotpEnrolmentRequired,
                ..
            } => "error-totp-enrolment-required",
            ApiError::Server {
                code: ErrorCode::TotpRequired,
                ..
            } => "error-totp-required",
            ApiError::Server {
                code: ErrorCode::AccountInactive,
                ..
            } => "error-account-inactive",
            ApiError::Server {
                code: ErrorCode::WordingNotInstalled,
                ..
            } => "error-wording-not-installed",
            ApiError::Server { .. } => "error-generic",
        }
    }
}

/// Fetches a text file from the app's own origin.
pub async fn fetch_text(path: &str) -> Result<String, ApiError> {
    let response = send("GET", path, None, None).await?;
    if !response.ok() {
        return Err(server_error(&response, String::new()));
    }
    read_text(&response).await
}

/// [`fetch_text`] for an owned path, so several can be fetched at once.
pub async fn fetch_text_owned(path: String) -> Result<String, ApiError> {
    fetch_text(&path).await
}

async fn send(
    method: &str,
    path: &str,
    body: Option<String>,
    token: Option<&Token>,
) -> Result<Response, ApiError> {
    let init = RequestInit::new();
    init.set_method(method);
    init.set_credentials(RequestCredentials::SameOrigin);
    if let Some(body) = &body {
        init.set_body(&JsValue::from_str(body));
    }
    let request = Request::new_with_str_and_init(path, &init).map_err(|_| ApiError::Network)?;
    let headers = request.headers();
    if body.is_some() {
        let _ = headers.set("Content-Type", "application/json");
    }
    if let Some(token) = token {
        let _ = headers.set("Authorization", &format!("Bearer {}", token.0));
    }
    let window = web_sys::window().ok_or(ApiError::Network)?;
    JsFuture::from(window.fetch_with_request(&request))
        .await
        .map_err(|_| ApiError::Network)?
        .dyn_into::<Response>()
        .map_err(|_| ApiError::Network)
}

async fn read_text(response: &Response) -> Result<String, ApiError> {
    let promise = response.text().map_err(|_| ApiError::Network)?;
    JsFuture::from(promise)
        .await
        .map_err(|_| ApiError::Network)?
        .as_string()
        .ok_or(ApiError::Network)
}

fn server_error(response: &Response, body: String) -> ApiError {
    let code = serde_json::from_str::<ErrorBody>(&body)
        .map(|b| b.error.code)
        .unwrap_or(ErrorCode::Internal);
    let retry_after = response
        .headers()
        .get("Retry-After")
        .ok()
        .flatten()
        .and_then(|v| v.parse().ok());
    ApiError::Server {
        status: response.status(),
        code,
        retry_after,
    }
}

async fn call<T: DeserializeOwned>(
    method: &str,
    path: &str,
    body: Option<&impl Serialize>,
    token: Option<&Token>,
) -> Result<T, ApiError> {
    call_with_status(method, path, body, token)
        .await
        .map(|(value, _)| value)
}

/// Like [`call`], with the HTTP status of the answer.
async fn call_with_status<T: DeserializeOwned>(
    method: &str,
    path: &str,
    body: Option<&impl Serialize>,
    token: Option<&Token>,
) -> Result<(T, u16), ApiError> {
    let body = body.map(|b| serde_json::to_string(b).unwrap_or_default());
    let response = send(method, path, body, token).await?;
    let text = read_text(&response).await?;
    if !response.ok() {
        return Err(server_error(&response, text));
    }
    serde_json::from_str(&text)
        .map(|value| (value, response.status()))
        .map_err(|_| ApiError::Server {
            status: response.status(),
            code: ErrorCode::Internal,
            retry_after: None,
        })
}

/// `POST /api/auth/refresh`: a new access token from the refresh cookie.
pub async fn refresh() -> Result<LoginResponse, ApiError> {
    call("POST", "/api/auth/refresh", None::<&()>, None).await
}

/// `POST /api/auth/logout`: ends this device's sign-in.
pub async fn logout() -> Result<(), ApiError> {
    let response = send("POST", "/api/auth/logout", None, None).await?;
    if response.ok() {
        Ok(())
    } else {
        Err(server_error(&response, String::new()))
    }
}

/// `GET /api/me`.
pub async fn me(token: &Token) -> Result<UserProfile, ApiError> {
    call("GET", "/api/me", None::<&()>, Some(token)).await
}

/// Like [`call`], for answers without a body worth reading (201 or 204).
async fn call_no_content(
    method: &str,
    path: &str,
    body: Option<&impl Serialize>,
    token: Option<&Token>,
) -> Result<(), ApiError> {
    let body = body.map(|b| serde_json::to_string(b).unwrap_or_default());
    let response = send(method, path, body, token).await?;
    if response.ok() {
        return Ok(());
    }
    let text = read_text(&response).await.unwrap_or_default();
    Err(server_error(&response, text))
}

/// `POST /api/auth/signup`: a code is sent to the contact she gave (or, if it has
/// an account already, a note to its holder: the answer is the same).
pub async fn signup(request: SignupRequest) -> Result<SignupStarted, ApiError> {
    call("POST", "/api/auth/signup", Some(&request), None).await
}

/// `POST /api/auth/signup/confirm`: the code makes her account and signs her in.
pub async fn confirm_signup(request: SignupConfirm) -> Result<LoginResponse, ApiError> {
    call("POST", "/api/auth/signup/confirm", Some(&request), None).await
}

/// `GET /api/sessions`: a page of upcoming dates matching `query`.
pub async fn search_sessions(query: SessionQuery) -> Result<SessionSearchResponse, ApiError> {
    let path = format!("/api/sessions?{}", query.to_query_string());
    call("GET", &path, None::<&()>, None).await
}

/// `GET /api/sessions/{id}`, with texts in the language `ui`.
pub async fn get_session(id: String, ui: &'static str) -> Result<SessionDetail, ApiError> {
    let path = format!("/api/sessions/{}?ui={ui}", encode_query_value(&id));
    call("GET", &path, None::<&()>, None).await
}

/// The address of a session's calendar file, titled in the language `ui`.
pub fn session_calendar_path(id: &str, ui: &str) -> String {
    format!("/api/sessions/{}/calendar.ics?ui={ui}", encode_query_value(id))
}

/// `POST /api/sessions/{id}/reports`: "this information is wrong".
pub async fn report_wrong(
    id: String,
    reason: perilink_shared::booking::ReportReason,
) -> Result<(), ApiError> {
    let path = format!("/api/sessions/{}/reports", encode_query_value(&id));
    let request = ListingReportRequest {
        note: None,
        reason: Some(reason),
    };
    call_no_content("POST", &path, Some(&request), None).await
}

/// `POST /api/bookings`: a place on a date, an enrolment, or the waiting list; with
/// whether it is new (false when she already had it).
pub async fn book(token: &Token, request: &BookingRequest) -> Result<(MyBooking, bool), ApiError> {
    call_with_status("POST", "/api/bookings", Some(request), Some(token))
        .await
        .map(|(booking, status)| (booking, status == 201))
}

/// `POST /api/bookings/{id}/cancel`.
pub async fn cancel_booking(token: &Token, id: &str) -> Result<(), ApiError> {
    let path = format!("/api/bookings/{}/cancel", encode_query_value(id));
    call_no_content("POST", &path, None::<&()>, Some(token)).await
}

/// `GET /api/me/bookings`: her upcoming places, titled in the language `ui`.
pub async fn my_bookings(token: &Token, ui: &str) -> Result<MyBookings, ApiError> {
    call(
        "GET",
        &format!("/api/me/bookings?ui={ui}"),
        None::<&()>,
        Some(token),
    )
    .await
}

/// `GET /api/about`: whether this server runs the demo.
pub async fn about() -> Result<perilink_shared::health::AboutResponse, ApiError> {
    call("GET", "/api/about", None::<&()>, None).await
}

/// `GET /api/me/attendance`: the sessions she was marked at, newest first, titled
/// in the language `ui`.
pub async fn my_attendance(
    token: &Token,
    ui: &str,
) -> Result<perilink_shared::register::AttendanceHistory, ApiError> {
    call(
        "GET",
        &format!("/api/me/attendance?ui={ui}"),
        None::<&()>,
        Some(token),
    )
    .await
}

/// `GET /api/me/calendar`: the private address of her calendar feed.
pub async fn my_calendar(token: &Token) -> Result<CalendarFeed, ApiError> {
    call("GET", "/api/me/calendar", None::<&()>, Some(token)).await
}

/// `<prefix>/<id><suffix>`, the id encoded: the address of one record, or of
/// something of it.
pub(in crate::api) fn id_path(prefix: &str, id: &str, suffix: &str) -> String {
    format!("{prefix}/{}{suffix}", encode_query_value(id))
}

/// `GET /api/me/contact-window`: when she may be contacted.
pub async fn contact_window(token: &Token) -> Result<ContactChoice, ApiError> {
    call("GET", "/api/me/contact-window", None::<&()>, Some(token)).await
}

/// `PUT /api/me/contact-window`.
pub async fn set_contact_window(token: &Token, choice: &ContactChoice) -> Result<ContactChoice, ApiError> {
    call("PUT", "/api/me/contact-window", Some(choice), Some(token)).await
}

/// A signed-in JSON call to any API path, for the typed calls of the submodules.
pub(in crate::api) async fn signed_in_call<T: DeserializeOwned>(
    token: &Token,
    method: &str,
    path: &str,
    body: Option<&impl Serialize>,
) -> Result<T, ApiError> {
    call(method, path, body, Some(token)).await
}

/// A signed-in call whose answer has no body worth reading (`204 No Content`).
pub(in crate::api) async fn signed_in_call_no_content(
    token: &Token,
    method: &str,
    path: &str,
) -> Result<(), ApiError> {
    call_no_content(method, path, None::<&()>, Some(token)).await
}

/// A JSON call made without signing in (signing in itself, links from emails).
pub(in crate::api) async fn public_call<T: DeserializeOwned>(
    method: &str,
    path: &str,
    body: Option<&impl Serialize>,
) -> Result<T, ApiError> {
    call(method, path, body, None).await
}

/// [`public_call`] for answers without a body worth reading (202 or 204).
pub(in crate::api) async fn public_call_no_content(
    method: &str,
    path: &str,
    body: Option<&impl Serialize>,
) -> Result<(), ApiError> {
    call_no_content(method, path, body, None).await
}

/// A signed-in call with a body, whose answer has none worth reading.
pub(in crate::api) async fn signed_in_call_with_body_no_content(
    token: &Token,
    method: &str,
    path: &str,
    body: &impl Serialize,
) -> Result<(), ApiError> {
    call_no_content(method, path, Some(body), Some(token)).await
}
