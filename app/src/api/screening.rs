//! Typed calls for screening: the licensed wording of an instrument, taking or
//! recording a screening, a mother's results, and the safety alerts staff act on.
//! Every call is signed in, so each takes a [`Token`] (use them through
//! `Session::call`). The server scores every screening; nothing here computes one.

use crate::api::{self, ApiError, Token};
use perilink_shared::directory::encode_query_value;
use perilink_shared::referral::{MotherList, MotherRecord};
pub use perilink_shared::screening::{Alert, ContentItem, ScreeningContent};
use perilink_shared::screening::{AlertList, Instrument, ScreeningList, ScreeningRequest, ScreeningResult};
use serde::Serialize;

#[derive(Serialize)]
struct Acknowledgement<'a> {
    note: &'a str,
}

/// `GET /api/screenings/content/{instrument}/{language}`.
pub async fn content(
    token: &Token,
    instrument: Instrument,
    language: &str,
) -> Result<ScreeningContent, ApiError> {
    let path = format!(
        "/api/screenings/content/{}/{}",
        instrument.as_str(),
        encode_query_value(language)
    );
    api::signed_in_call(token, "GET", &path, None::<&()>).await
}

/// `POST /api/screenings`: the server scores the answers and says whether an alert
/// went to her care team.
pub async fn submit(token: &Token, request: &ScreeningRequest) -> Result<ScreeningResult, ApiError> {
    api::signed_in_call(token, "POST", "/api/screenings", Some(request)).await
}

/// `GET /api/screenings?mother_id=`: a mother's results, newest first (each read is
/// audited on the server).
pub async fn list(token: &Token, mother_id: &str) -> Result<ScreeningList, ApiError> {
    let path = format!("/api/screenings?mother_id={}", encode_query_value(mother_id));
    api::signed_in_call(token, "GET", &path, None::<&()>).await
}

/// `GET /api/screenings`: a mother's own results, newest first (audited).
pub async fn list_own(token: &Token) -> Result<ScreeningList, ApiError> {
    api::signed_in_call(token, "GET", "/api/screenings", None::<&()>).await
}

/// `GET /api/alerts`: the open alerts the caller must act on.
pub async fn open_alerts(token: &Token) -> Result<Vec<Alert>, ApiError> {
    api::signed_in_call::<AlertList>(token, "GET", "/api/alerts", None::<&()>)
        .await
        .map(|list| list.alerts)
}

/// `POST /api/alerts/{id}/acknowledge` with a note of the action taken.
pub async fn acknowledge(token: &Token, alert_id: &str, note: &str) -> Result<(), ApiError> {
    let path = format!("/api/alerts/{}/acknowledge", encode_query_value(alert_id));
    match api::signed_in_call::<serde_json::Value>(token, "POST", &path, Some(&Acknowledgement { note }))
        .await
    {
        Ok(_) => Ok(()),
        // The answer is `204 No Content`: a success with no body to read. Errors
        // are never 2xx, so this cannot hide one.
        Err(ApiError::Server {
            status: 200..=299, ..
        }) => Ok(()),
        Err(err) => Err(err),
    }
}

/// `GET /api/mothers/{id}`: who a screening is being recorded for.
pub async fn mother(token: &Token, id: &str) -> Result<MotherRecord, ApiError> {
    let path = format!("/api/mothers/{}", encode_query_value(id));
    api::signed_in_call(token, "GET", &path, None::<&()>).await
}

/// `GET /api/mothers?q=`: mothers on the caseload by name, or anyone by exact
/// phone, email or NHS number.
pub async fn find_mothers(token: &Token, q: &str) -> Result<Vec<MotherRecord>, ApiError> {
    let path = format!("/api/mothers?q={}", encode_query_value(q.trim()));
    api::signed_in_call::<MotherList>(token, "GET", &path, None::<&()>)
        .await
        .map(|list| list.mothers)
}

/// `GET /api/me/screenings/due`: the check-ins her courses scheduled whose window
/// is open now, with course titles in `language`.
pub async fn due_screenings(
    token: &Token,
    language: &str,
) -> Result<Vec<perilink_shared::screening_schedule::DueScreening>, ApiError> {
    let path = format!("/api/me/screenings/due?ui={}", encode_query_value(language));
    api::signed_in_call(token, "GET", &path, None::<&()>).await
}

/// `GET /api/screenings/schedule?mother_id=`: every scheduled check-in of hers and
/// how each stands (audited on the server).
pub async fn mother_schedule(
    token: &Token,
    mother_id: &str,
) -> Result<perilink_shared::screening_schedule::MotherSchedule, ApiError> {
    let path = format!(
        "/api/screenings/schedule?mother_id={}",
        encode_query_value(mother_id)
    );
    api::signed_in_call(token, "GET", &path, None::<&()>).await
}

/// The locale key explaining why a mother's check-ins could not be read: a 404 from
/// the screening routes means the policy keeps them from this reader (she has not
/// shared them with her care team, or she is not in the reader's care), which the
/// page says rather than "something went wrong".
pub fn refusal_key(err: &ApiError) -> &'static str {
    match err {
        ApiError::Server { status: 404, .. } => "screening-not-shared",
        other => other.message_key(),
    }
}

/// `POST /api/me/password-check`: her password again, before the names of her
/// check-ins show on a shared phone.
pub async fn check_password(token: &Token, password: &str) -> Result<(), ApiError> {
    let body = perilink_shared::accounts::PasswordCheck {
        password: password.to_owned(),
    };
    api::signed_in_call_with_body_no_content(token, "POST", "/api/me/password-check", &body).await
}
