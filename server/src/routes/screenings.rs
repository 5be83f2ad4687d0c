//! Screening: taking one (scored here), reading results (audited), the safety-net
//! alerts, the licensed wording, FHIR, and a mother's own data and its erasure.

use crate::auth::AuthUser;
use crate::auth::extract::{Authorized, policy};
use crate::auth::scope::Viewer;
use crate::entity::{audit_event, screening};
use crate::error::{AppError, AppJson, AppPath, AppQuery};
use crate::service::{fhir, screening as screen, sql};
use crate::state::AppState;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use perilink_shared::screening::{
    AlertList, EPDS_CITATION, Instrument, ScreeningContent, ScreeningList, ScreeningRequest, ScreeningResult,
};
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter, QueryOrder, QuerySelect};
use serde::{Deserialize, Serialize};
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

pub fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .routes(routes!(list_screenings, create_screening))
        .routes(routes!(get_screening))
        .routes(routes!(screening_fhir))
        .routes(routes!(screening_content))
        .routes(routes!(list_alerts))
        .routes(routes!(acknowledge_alert))
        .routes(routes!(my_data))
        .routes(routes!(request_erasure))
        .routes(routes!(audit_log))
}

/// Scores a screening from the options chosen and stores it; an urgent or probable
/// result raises an alert for every referrer caring for her, at once. Any total
/// the client sends is ignored.
#[utoipa::path(post, path = "/api/screenings", tag = "screening", security(("bearer" = [])), request_body = ScreeningRequest,
    responses((status = 201, description = "Scored", body = ScreeningResult),
        (status = 200, description = "Sent again with the `id` of one kept before: that one, unchanged", body = ScreeningResult),
        (status = 409, description = "The `id` names someone else's screening", body = perilink_shared::error::ErrorBody),
        (status = 403, description = "Hosts may not", body = perilink_shared::error::ErrorBody),
        (status = 422, description = "Wrong answer count or an out-of-range answer (`validation_failed`), or EPDS in a language whose licensed wording is not installed (`wording_not_installed`)", body = perilink_shared::error::ErrorBody)))]
pub async fn create_screening(
    State(state): State<AppState>,
    caller: AuthUser,
    AppJson(request): AppJson<ScreeningRequest>,
) -> Result<Response, AppError> {
    let viewer = Viewer::of(&caller);
    let recorded = screen::record(&state.db, &viewer, state.config.content_dir.as_deref(), request).await?;
    let status = if recorded.created {
        StatusCode::CREATED
    } else {
        StatusCode::OK
    };
    Ok((status, axum::Json(recorded.result)).into_response())
}

/// Whose screenings.
#[derive(Debug, Deserialize, utoipa::IntoParams)]
#[into_params(parameter_in = Query)]
pub struct ScreeningQuery {
    /// The mother; a mother may leave it out for her own.
    mother_id: Option<String>,
}

/// A mother's screenings, newest first. Every read is audited.
#[utoipa::path(get, path = "/api/screenings", tag = "screening", security(("bearer" = [])), params(ScreeningQuery),
    responses((status = 200, description = "Newest first", body = ScreeningList),
        (status = 403, description = "Hosts may not", body = perilink_shared::error::ErrorBody)))]
pub async fn list_screenings(
    State(state): State<AppState>,
    caller: AuthUser,
    AppQuery(query): AppQuery<ScreeningQuery>,
) -> Result<axum::Json<ScreeningList>, AppError> {
    let viewer = Viewer::of(&caller);
    let mother_id = readable_mother(&state, &viewer, query.mother_id).await?;
    screen::audit_read(&state.db, &viewer, "mother", &mother_id, "list of screenings").await?;
    Ok(axum::Json(ScreeningList {
        screenings: screen::list(&state.db, &mother_id).await?,
    }))
}

/// The mother whose screening data the viewer asks for: the one named, or a
/// mother's own when none is. Hosts and admins get 403; anyone who may not read
/// hers ([`Viewer::sees_screenings`]), 404.
pub(super) async fn readable_mother(
    state: &AppState,
    viewer: &Viewer,
    mother_id: Option<String>,
) -> Result<String, AppError> {
    if !viewer.may_ever_read_screenings() {
        return Err(AppError::Forbidden);
    }
    let mother_id = match mother_id {
        Some(id) => id,
        None => crate::service::bookings::mother_of_user(&state.db, &viewer.id)
            .await?
            .map(|m| m.id)
            .ok_or_else(|| AppError::Validation("say whose screenings: mother_id".into()))?,
    };
    if !viewer.sees_screenings(&state.db, &mother_id).await? {
        return Err(AppError::NotFound);
    }
    Ok(mother_id)
}

async fn readable(state: &AppState, viewer: &Viewer, id: &str) -> Result<screening::Model, AppError> {
    if !viewer.may_ever_read_screenings() {
        return Err(AppError::Forbidden);
    }
    let s = screening::Entity::find_by_id(id)
        .one(&state.db)
        .await?
        .ok_or(AppError::NotFound)?;
    if !viewer.sees_screenings(&state.db, &s.mother_id).await? {
        return Err(AppError::NotFound);
    }
    Ok(s)
}

/// One screening. The read is audited.
#[utoipa::path(get, path = "/api/screenings/{id}", tag = "screening", security(("bearer" = [])),
    params(("id" = String, Path, description = "The screening's id")),
    responses((status = 200, description = "The result", body = ScreeningResult),
        (status = 403, description = "Hosts may not", body = perilink_shared::error::ErrorBody),
        (status = 404, description = "Not one you may read", body = perilink_shared::error::ErrorBody)))]
pub async fn get_screening(
    State(state): State<AppState>,
    caller: AuthUser,
    AppPath(id): AppPath<String>,
) -> Result<axum::Json<ScreeningResult>, AppError> {
    let viewer = Viewer::of(&caller);
    let s = readable(&state, &viewer, &id).await?;
    screen::audit_read(&state.db, &viewer, "screening", &s.id, "one result").await?;
    let alerted = !sql::ids(
        &state.db,
        "SELECT id FROM alerts WHERE screening_id = ?",
        vec![s.id.clone().into()],
    )
    .await?
    .is_empty();
    Ok(axum::Json(screen::result(&s, alerted)?))
}

/// The screening as FHIR R4: a QuestionnaireResponse and an Observation with the
/// total (SNOMED 450320001 / LOINC 71354-5 for EPDS; 720433000 / 44261-6 for PHQ-9),
/// `derivedFrom` the response. The read is audited.
#[utoipa::path(get, path = "/api/screenings/{id}/fhir", tag = "screening", security(("bearer" = [])),
    params(("id" = String, Path, description = "The screening's id")),
    responses((status = 200, description = "A FHIR R4 Bundle", content_type = "application/fhir+json")))]
pub async fn screening_fhir(
    State(state): State<AppState>,
    caller: AuthUser,
    AppPath(id): AppPath<String>,
) -> Result<Response, AppError> {
    let viewer = Viewer::of(&caller);
    let s = readable(&state, &viewer, &id).await?;
    screen::audit_read(&state.db, &viewer, "screening", &s.id, "FHIR export").await?;
    Ok((
        [(axum::http::header::CONTENT_TYPE, "application/fhir+json")],
        axum::Json(fhir::screening_bundle(&s)?),
    )
        .into_response())
}

/// The wording of a licensed instrument (EPDS) from the content pack, in a language.
/// Without a pack: `installed: false`, and the app shows placeholders. PHQ-9, GAD-2
/// and Whooley wording ships in `locales/`.
#[utoipa::path(get, path = "/api/screenings/content/{instrument}/{language}", tag = "screening",
    params(("instrument" = String, Path, description = "epds, phq9, gad2 or whooley"), ("language" = String, Path, description = "BCP 47")),
    responses((status = 200, description = "The wording, or that it is not installed", body = ScreeningContent)))]
pub async fn screening_content(
    State(state): State<AppState>,
    _caller: AuthUser,
    AppPath((instrument, language)): AppPath<(String, String)>,
) -> Result<axum::Json<ScreeningContent>, AppError> {
    let instrument: Instrument = instrument.parse().map_err(AppError::Validation)?;
    let pack = screen::load_content(state.config.content_dir.as_deref(), instrument, &language);
    Ok(axum::Json(ScreeningContent {
        instrument,
        installed: pack.is_some(),
        validated: pack.as_ref().is_some_and(|p| p.validated),
        items: pack.map(|p| p.items).unwrap_or_default(),
        citation: (instrument == Instrument::Epds).then(|| EPDS_CITATION.to_owned()),
        language,
    }))
}

/// Which alerts.
#[derive(Debug, Deserialize, utoipa::IntoParams)]
#[into_params(parameter_in = Query)]
pub struct AlertQuery {
    /// `all` to include acknowledged ones (default: open only).
    status: Option<String>,
}

/// The safety alerts the caller must act on: a referrer her caseload's, a
/// coordinator the escalated ones and their organisation's.
#[utoipa::path(get, path = "/api/alerts", tag = "screening", security(("bearer" = [])), params(AlertQuery),
    responses((status = 200, description = "Newest first", body = AlertList),
        (status = 403, description = "Hosts and mothers may not", body = perilink_shared::error::ErrorBody)))]
pub async fn list_alerts(
    State(state): State<AppState>,
    caller: AuthUser,
    AppQuery(query): AppQuery<AlertQuery>,
) -> Result<axum::Json<AlertList>, AppError> {
    let viewer = Viewer::of(&caller);
    let alerts = screen::alerts_for(&state.db, &viewer, query.status.as_deref() != Some("all")).await?;
    for a in &alerts {
        screen::audit_read(&state.db, &viewer, "alert", &a.id, "alert list").await?;
    }
    Ok(axum::Json(AlertList { alerts }))
}

/// What was done about an alert.
#[derive(Debug, Deserialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub struct Acknowledgement {
    pub note: String,
}

/// Acknowledges an alert with a note of the action taken.
#[utoipa::path(post, path = "/api/alerts/{id}/acknowledge", tag = "screening", security(("bearer" = [])),
    params(("id" = String, Path, description = "The alert's id")), request_body = Acknowledgement,
    responses((status = 204, description = "Acknowledged"),
        (status = 409, description = "Already acknowledged", body = perilink_shared::error::ErrorBody),
        (status = 422, description = "No note of the action taken", body = perilink_shared::error::ErrorBody)))]
pub async fn acknowledge_alert(
    State(state): State<AppState>,
    caller: AuthUser,
    AppPath(id): AppPath<String>,
    AppJson(body): AppJson<Acknowledgement>,
) -> Result<StatusCode, AppError> {
    let viewer = Viewer::of(&caller);
    screen::acknowledge(&state.db, &viewer, &id, &body.note).await?;
    Ok(StatusCode::NO_CONTENT)
}

/// Everything PeriLink holds about the signed-in mother, as JSON.
#[utoipa::path(get, path = "/api/me/data", tag = "screening", security(("bearer" = [])),
    responses((status = 200, description = "All her data", body = Object)))]
pub async fn my_data(
    State(state): State<AppState>,
    caller: Authorized<policy::Mothers>,
) -> Result<Response, AppError> {
    let viewer = Viewer::of(caller.user());
    let m = crate::service::bookings::mother_of_user(&state.db, &viewer.id)
        .await?
        .ok_or(AppError::Forbidden)?;
    let today = crate::clock::london_today();
    let record = crate::service::referrals::mother_record(&state.db, &m).await?;
    let mut referrals = Vec::new();
    for r in crate::service::referrals::list(&state.db, &viewer).await? {
        referrals.push(crate::service::referrals::view(&state.db, &viewer, &r, &m.language).await?);
    }
    let body = serde_json::json!({
        "exported_at": chrono::Utc::now().to_rfc3339_opts(chrono::SecondsFormat::Secs, true),
        "mother": record,
        "bookings": crate::service::bookings::upcoming(&state.db, &m.id, &m.language, today).await?,
        "attendance": crate::service::attendance::history(&state.db, &m.id, &m.language).await?,
        "referrals": referrals,
        "screenings": screen::list(&state.db, &m.id).await?,
        "screening_schedule": crate::service::screening_schedule::schedule_for(&state.db, &m.id, today).await?,
        "care_team": crate::service::referrals::care_team_of(&state.db, &m.id).await?,
        "texts_sent": crate::service::replies::sent_by(&state.db, &m.id).await?,
    });
    screen::audit_read(&state.db, &viewer, "mother", &m.id, "her own data download").await?;
    Ok((
        [(
            axum::http::header::CONTENT_DISPOSITION,
            "attachment; filename=\"perilink-my-data.json\"",
        )],
        axum::Json(body),
    )
        .into_response())
}

/// Asks for all her data to be erased; a job carries it out and her account closes.
#[utoipa::path(post, path = "/api/me/erasure", tag = "screening", security(("bearer" = [])),
    responses((status = 202, description = "Erasure requested")))]
pub async fn request_erasure(
    State(state): State<AppState>,
    caller: Authorized<policy::Mothers>,
) -> Result<StatusCode, AppError> {
    let m = crate::service::bookings::mother_of_user(&state.db, &caller.user().id)
        .await?
        .ok_or(AppError::Forbidden)?;
    sql::exec(
        &state.db,
        "INSERT INTO erasure_requests (id, mother_id, requested_at) VALUES (?, ?, ?)",
        vec![
            uuid::Uuid::new_v4().to_string().into(),
            m.id.clone().into(),
            chrono::Utc::now().into(),
        ],
    )
    .await?;
    crate::service::audit::record(
        &state.db,
        crate::service::audit::AuditEntry {
            actor_id: Some(&caller.user().id),
            action: "mother.erasure_requested",
            subject_type: Some("mother"),
            subject_id: Some(&m.id),
            detail: None,
        },
    )
    .await?;
    Ok(StatusCode::ACCEPTED)
}

/// Audit entries to review.
#[derive(Debug, Deserialize, utoipa::IntoParams)]
#[into_params(parameter_in = Query)]
pub struct AuditQuery {
    subject_type: Option<String>,
    subject_id: Option<String>,
    action: Option<String>,
}

/// One audit entry.
#[derive(Debug, Serialize, utoipa::ToSchema)]
pub struct AuditEntryView {
    pub at: String,
    pub actor_id: Option<String>,
    pub action: String,
    pub subject_type: Option<String>,
    pub subject_id: Option<String>,
    pub detail: Option<String>,
}

/// The audit log, newest first (admins).
#[utoipa::path(get, path = "/api/audit", tag = "screening", security(("bearer" = [])), params(AuditQuery),
    responses((status = 200, description = "Newest first", body = Vec<AuditEntryView>)))]
pub async fn audit_log(
    State(state): State<AppState>,
    _caller: Authorized<policy::Admins>,
    AppQuery(query): AppQuery<AuditQuery>,
) -> Result<axum::Json<Vec<AuditEntryView>>, AppError> {
    let mut find = audit_event::Entity::find()
        .order_by_desc(audit_event::Column::At)
        .limit(500);
    if let Some(t) = query.subject_type {
        find = find.filter(audit_event::Column::SubjectType.eq(t));
    }
    if let Some(id) = query.subject_id {
        find = find.filter(audit_event::Column::SubjectId.eq(id));
    }
    if let Some(action) = query.action {
        find = find.filter(audit_event::Column::Action.eq(action));
    }
    Ok(axum::Json(
        find.all(&state.db)
            .await?
            .into_iter()
            .map(|e| AuditEntryView {
                at: e.at.to_rfc3339_opts(chrono::SecondsFormat::Secs, true),
                actor_id: e.actor_id,
                action: e.action,
                subject_type: e.subject_type,
                subject_id: e.subject_id,
                detail: e.detail,
            })
            .collect(),
    ))
}
