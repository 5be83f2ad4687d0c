//! Typed calls for supported referral: mothers on a caseload, consent, referrals and
//! their moves, a programme's record of replies, and notifications. Every call is
//! signed in, so each takes a [`Token`] (use them through `Session::call`).

use crate::api::{self, ApiError, Token, id_path};
use perilink_shared::directory::encode_query_value;
pub use perilink_shared::notification::{Notification, Notifications};
use perilink_shared::referral::{
    Caseload, ConsentInput, ConsentRecord, MotherInput, MotherRecord, Referral, ReferralList,
    ReferralRequest, ReferralStatus, TransitionRequest,
};
pub use perilink_shared::referral::{MotherList, ReferralRecord};

/// `GET /api/mothers?q=`: her caseload by name, or anyone by exact phone, email or
/// NHS number.
pub async fn find_mothers(token: &Token, q: &str) -> Result<MotherList, ApiError> {
    let path = format!("/api/mothers?q={}", encode_query_value(q.trim()));
    api::signed_in_call::<MotherList>(token, "GET", &path, None::<&()>).await
}

/// `POST /api/mothers/{id}/caseload`: takes on a mother found outside the caller's
/// care, with the reason she will see; answers her record.
pub async fn join_caseload(token: &Token, id: &str, reason: &str) -> Result<MotherRecord, ApiError> {
    let body = perilink_shared::referral::CaseloadRequest {
        reason: reason.to_owned(),
    };
    api::signed_in_call(
        token,
        "POST",
        &id_path("/api/mothers", id, "/caseload"),
        Some(&body),
    )
    .await
}

/// `GET /api/mothers/{id}`.
pub async fn get_mother(token: &Token, id: &str) -> Result<MotherRecord, ApiError> {
    api::signed_in_call(token, "GET", &id_path("/api/mothers", id, ""), None::<&()>).await
}

/// `POST /api/mothers`: registers a mother on the caller's caseload.
pub async fn register_mother(token: &Token, input: &MotherInput) -> Result<MotherRecord, ApiError> {
    api::signed_in_call(token, "POST", "/api/mothers", Some(input)).await
}

/// `POST /api/mothers/{id}/consent`: records what she agreed may be shared.
pub async fn record_consent(
    token: &Token,
    mother_id: &str,
    input: &ConsentInput,
) -> Result<ConsentRecord, ApiError> {
    let path = id_path("/api/mothers", mother_id, "/consent");
    api::signed_in_call::<Option<ConsentRecord>>(token, "POST", &path, Some(input))
        .await?
        .ok_or(ApiError::Server {
            status: 500,
            code: perilink_shared::error::ErrorCode::Internal,
            retry_after: None,
        })
}

/// `GET /api/caseload`: the mothers the caller cares for, referred or not yet,
/// every page of them (the server answers a page at a time).
pub async fn caseload(token: &Token) -> Result<Caseload, ApiError> {
    let mut whole: Caseload = api::signed_in_call(token, "GET", "/api/caseload", None::<&()>).await?;
    while let Some(after) = whole.next.take() {
        let path = format!("/api/caseload?after={}", encode_query_value(&after));
        let page: Caseload = api::signed_in_call(token, "GET", &path, None::<&()>).await?;
        whole.mothers.extend(page.mothers);
        whole.next = page.next;
    }
    Ok(whole)
}

/// `GET /api/referrals`: what the caller may see, newest first.
pub async fn list_referrals(token: &Token, ui: &str) -> Result<Vec<Referral>, ApiError> {
    api::signed_in_call::<ReferralList>(token, "GET", &format!("/api/referrals?ui={ui}"), None::<&()>)
        .await
        .map(|list| list.referrals)
}

/// `POST /api/referrals`: sends a referral (409 `consent_required` without consent).
pub async fn create_referral(token: &Token, request: &ReferralRequest) -> Result<Referral, ApiError> {
    api::signed_in_call(token, "POST", "/api/referrals", Some(request)).await
}

/// `POST /api/referrals/{id}/transitions`: accept, decline (with a reason), book (on
/// a date) or withdraw.
pub async fn move_referral(
    token: &Token,
    id: &str,
    to: ReferralStatus,
    reason: Option<String>,
    occurrence_id: Option<String>,
) -> Result<Referral, ApiError> {
    let request = TransitionRequest {
        to,
        reason,
        occurrence_id,
    };
    let path = id_path("/api/referrals", id, "/transitions");
    api::signed_in_call(token, "POST", &path, Some(&request)).await
}

/// `GET /api/programmes/{id}/referral-record`.
pub async fn referral_record(token: &Token, programme_id: &str) -> Result<ReferralRecord, ApiError> {
    let path = id_path("/api/programmes", programme_id, "/referral-record");
    api::signed_in_call(token, "GET", &path, None::<&()>).await
}

/// `GET /api/notifications`.
pub async fn notifications(token: &Token) -> Result<Notifications, ApiError> {
    api::signed_in_call(token, "GET", "/api/notifications", None::<&()>).await
}

/// `POST /api/notifications/{id}/read`.
pub async fn mark_read(token: &Token, id: &str) -> Result<(), ApiError> {
    api::signed_in_call_no_content(token, "POST", &id_path("/api/notifications", id, "/read")).await
}
