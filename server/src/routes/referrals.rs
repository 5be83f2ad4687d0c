//! Supported referral: caseloads, consent, referrals and their moves, the FHIR view,
//! wellbeing plans and each programme's record of replies.

use crate::auth::AuthUser;
use crate::auth::extract::{Authorized, policy};
use crate::auth::scope::{Relation, Viewer};
use crate::entity::{mother, wellbeing_plan};
use crate::error::{AppError, AppJson, AppPath, AppQuery};
use crate::service::audit::{self, AuditEntry};
use crate::service::{fhir, referrals};
use crate::state::AppState;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use chrono::{NaiveDate, Utc};
use perilink_shared::auth::Role;
use perilink_shared::referral::{
    CASELOAD_PAGE, CASELOAD_PAGE_MAX, Caseload, CaseloadRequest, ConsentInput, ConsentRecord, MotherInput,
    MotherList, MotherRecord, Referral, ReferralList, ReferralRecord, ReferralRequest, ReferralStatus,
    TransitionRequest,
};
use sea_orm::{ActiveModelTrait, EntityTrait, IntoActiveModel, Set, TransactionTrait};
use serde::{Deserialize, Serialize};
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

pub fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .routes(routes!(caseload))
        .routes(routes!(find_mothers, register_mother))
        .routes(routes!(get_mother, update_mother))
        .routes(routes!(join_caseload))
        .routes(routes!(my_care_team))
        .routes(routes!(record_consent))
        .routes(routes!(withdraw_consent))
        .routes(routes!(get_plan, put_plan))
        .routes(routes!(list_referrals, create_referral))
        .routes(routes!(get_referral))
        .routes(routes!(transition_referral))
        .routes(routes!(referral_fhir))
        .routes(routes!(programme_record))
}

/// Staff who may keep caseloads: referrers, and coordinators (of care
/// organisations, which [`Viewer::is_care_staff`] checks).
pub struct CareTeam;
impl crate::auth::Policy for CareTeam {
    const ROLES: &'static [Role] = &[Role::Referrer, Role::Coordinator];
}

/// Refuses anyone who is not care staff: a provider's coordinator keeps no caseload.
fn care_staff(viewer: &Viewer) -> Result<(), AppError> {
    if viewer.is_care_staff() {
        Ok(())
    } else {
        Err(AppError::Forbidden)
    }
}

/// Records that someone read a mother's record, and why.
async fn audit_read(
    state: &AppState,
    viewer: &Viewer,
    action: &str,
    mother_id: &str,
    why: &str,
) -> Result<(), AppError> {
    audit::record(
        &state.db,
        AuditEntry {
            actor_id: Some(&viewer.id),
            action,
            subject_type: Some("mother"),
            subject_id: Some(mother_id),
            detail: Some(why),
        },
    )
    .await?;
    Ok(())
}

/// Her record, if the viewer may see it (she herself, or those caring for her);
/// 404 otherwise, whether or not she exists.
async fn visible_mother(state: &AppState, viewer: &Viewer, id: &str) -> Result<mother::Model, AppError> {
    if !viewer.may_see_mother(&state.db, id).await? {
        return Err(AppError::NotFound);
    }
    mother::Entity::find_by_id(id)
        .one(&state.db)
        .await?
        .ok_or(AppError::NotFound)
}

/// Her record, if she is in the viewer's care; 404 otherwise.
async fn cared_for_mother(state: &AppState, viewer: &Viewer, id: &str) -> Result<mother::Model, AppError> {
    if !viewer.cares_for(&state.db, id).await? {
        return Err(AppError::NotFound);
    }
    mother::Entity::find_by_id(id)
        .one(&state.db)
        .await?
        .ok_or(AppError::NotFound)
}

async fn language_of(state: &AppState, user_id: &str) -> String {
    crate::service::users::language_of(&state.db, user_id)
        .await
        .ok()
        .flatten()
        .unwrap_or_else(|| "en".into())
}

/// Which page of the caseload.
#[derive(Debug, Deserialize, utoipa::IntoParams)]
#[into_params(parameter_in = Query)]
pub struct CaseloadPage {
    /// The `next` of the page before; leave it out for the first page.
    after: Option<String>,
    /// How many mothers a page has: 1 to 200, 100 if left out.
    per_page: Option<u32>,
}

/// The mothers the caller cares for, referred or not yet, with where their
/// referrals stand, a page at a time (`next` asks for the following page).
/// Nothing clinical: no notes, no screening results.
#[utoipa::path(get, path = "/api/caseload", tag = "referrals", security(("bearer" = [])), params(CaseloadPage),
    responses((status = 200, description = "A page of her caseload, newest on it first", body = Caseload),
        (status = 422, description = "`per_page` out of range", body = perilink_shared::error::ErrorBody)))]
pub async fn caseload(
    State(state): State<AppState>,
    caller: Authorized<CareTeam>,
    AppQuery(page): AppQuery<CaseloadPage>,
) -> Result<axum::Json<Caseload>, AppError> {
    let viewer = Viewer::of(caller.user());
    let per_page = page.per_page.unwrap_or(CASELOAD_PAGE);
    if !(1..=CASELOAD_PAGE_MAX).contains(&per_page) {
        return Err(AppError::Validation(format!(
            "per_page must be 1 to {CASELOAD_PAGE_MAX}"
        )));
    }
    let after = page.after.as_deref().filter(|a| !a.is_empty());
    Ok(axum::Json(
        referrals::caseload(&state.db, &viewer, after, per_page).await?,
    ))
}

/// A search of mothers.
#[derive(Debug, Deserialize, utoipa::IntoParams)]
#[into_params(parameter_in = Query)]
pub struct MotherSearch {
    /// A name (on the caller's caseload), or an exact phone number, email or NHS number.
    q: String,
}

/// Finds mothers in the caller's care by name, or anyone known by exact phone,
/// email or NHS number (then only that she exists). Every record and every mother
/// found is audited.
#[utoipa::path(get, path = "/api/mothers", tag = "referrals", security(("bearer" = [])), params(MotherSearch),
    responses((status = 200, description = "Mothers found", body = MotherList)))]
pub async fn find_mothers(
    State(state): State<AppState>,
    caller: Authorized<CareTeam>,
    AppQuery(search): AppQuery<MotherSearch>,
) -> Result<axum::Json<MotherList>, AppError> {
    let viewer = Viewer::of(caller.user());
    care_staff(&viewer)?;
    if search.q.trim().chars().count() < 2 {
        return Err(AppError::Validation("search with at least two characters".into()));
    }
    let found = referrals::find_mothers(&state.db, &viewer, &search.q).await?;
    let mut mothers = Vec::new();
    for m in &found.in_care {
        audit_read(&state, &viewer, "mother.read", &m.id, "search").await?;
        mothers.push(referrals::mother_record(&state.db, m).await?);
    }
    let mut elsewhere = Vec::new();
    for m in &found.elsewhere {
        audit_read(
            &state,
            &viewer,
            "mother.found",
            &m.id,
            "exact search outside the caseload",
        )
        .await?;
        elsewhere.push(referrals::hint(m));
    }
    Ok(axum::Json(MotherList { mothers, elsewhere }))
}

/// Registers a mother on the caller's caseload.
#[utoipa::path(post, path = "/api/mothers", tag = "referrals", security(("bearer" = [])), request_body = MotherInput,
    responses((status = 201, description = "Registered", body = MotherRecord),
        (status = 409, description = "Already known by her NHS number", body = perilink_shared::error::ErrorBody),
        (status = 422, description = "A field is not valid", body = perilink_shared::error::ErrorBody)))]
pub async fn register_mother(
    State(state): State<AppState>,
    caller: Authorized<CareTeam>,
    AppJson(input): AppJson<MotherInput>,
) -> Result<Response, AppError> {
    let viewer = Viewer::of(caller.user());
    care_staff(&viewer)?;
    // Her record, her place on the caseload, her set-up link and the audit entry:
    // all kept, or none.
    let txn = crate::service::sql::begin_write(&state.db).await?;
    let m = referrals::register_mother(&txn, &viewer, input).await?;
    crate::service::account_links::offer_setup(&txn, &state.config.public_url, &m).await?;
    audit::record(
        &txn,
        AuditEntry {
            actor_id: Some(&viewer.id),
            action: "mother.register",
            subject_type: Some("mother"),
            subject_id: Some(&m.id),
            detail: None,
        },
    )
    .await?;
    txn.commit().await?;
    Ok((
        StatusCode::CREATED,
        axum::Json(referrals::mother_record(&state.db, &m).await?),
    )
        .into_response())
}

/// A mother's record, with her consent.
#[utoipa::path(get, path = "/api/mothers/{id}", tag = "referrals", security(("bearer" = [])),
    params(("id" = String, Path, description = "The mother's id")),
    responses((status = 200, description = "Her record", body = MotherRecord),
        (status = 404, description = "No such mother on your caseload", body = perilink_shared::error::ErrorBody)))]
pub async fn get_mother(
    State(state): State<AppState>,
    caller: AuthUser,
    AppPath(id): AppPath<String>,
) -> Result<axum::Json<MotherRecord>, AppError> {
    let viewer = Viewer::of(&caller);
    let m = visible_mother(&state, &viewer, &id).await?;
    audit_read(&state, &viewer, "mother.read", &m.id, "her record").await?;
    Ok(axum::Json(referrals::mother_record(&state.db, &m).await?))
}

/// Takes on a mother found by her exact contact or number: she joins the caller's
/// caseload with the reason given, which is audited and which she sees in her
/// account; her record follows.
#[utoipa::path(post, path = "/api/mothers/{id}/caseload", tag = "referrals", security(("bearer" = [])),
    params(("id" = String, Path, description = "The mother's id")), request_body = CaseloadRequest,
    responses((status = 201, description = "On the caller's caseload: her record", body = MotherRecord),
        (status = 403, description = "Not care staff", body = perilink_shared::error::ErrorBody),
        (status = 404, description = "No such mother", body = perilink_shared::error::ErrorBody),
        (status = 422, description = "No reason, or too long", body = perilink_shared::error::ErrorBody)))]
pub async fn join_caseload(
    State(state): State<AppState>,
    caller: Authorized<CareTeam>,
    AppPath(id): AppPath<String>,
    AppJson(request): AppJson<CaseloadRequest>,
) -> Result<Response, AppError> {
    let viewer = Viewer::of(caller.user());
    care_staff(&viewer)?;
    // Her place on the caseload and the order it is read in, together.
    let txn = state.db.begin().await?;
    let m = referrals::join_caseload(&txn, &viewer, &id, &request.reason).await?;
    txn.commit().await?;
    audit_read(
        &state,
        &viewer,
        "mother.caseload_added",
        &m.id,
        "added to caseload with a reason",
    )
    .await?;
    Ok((
        StatusCode::CREATED,
        axum::Json(referrals::mother_record(&state.db, &m).await?),
    )
        .into_response())
}

/// Who cares for the signed-in mother: everyone with her on their caseload, and why
/// anyone who found her took her on.
#[utoipa::path(get, path = "/api/me/care-team", tag = "referrals", security(("bearer" = [])),
    responses((status = 200, description = "Her care team", body = perilink_shared::referral::CareTeam),
        (status = 403, description = "Not a mother", body = perilink_shared::error::ErrorBody)))]
pub async fn my_care_team(
    State(state): State<AppState>,
    caller: Authorized<policy::Mothers>,
) -> Result<axum::Json<perilink_shared::referral::CareTeam>, AppError> {
    let m = crate::service::bookings::mother_of_user(&state.db, &caller.user().id)
        .await?
        .ok_or(AppError::Forbidden)?;
    Ok(axum::Json(referrals::care_team_of(&state.db, &m.id).await?))
}

/// Updates what is known of a mother.
#[utoipa::path(put, path = "/api/mothers/{id}", tag = "referrals", security(("bearer" = [])),
    params(("id" = String, Path, description = "The mother's id")), request_body = MotherInput,
    responses((status = 200, description = "Updated", body = MotherRecord)))]
pub async fn update_mother(
    State(state): State<AppState>,
    caller: Authorized<CareTeam>,
    AppPath(id): AppPath<String>,
    AppJson(input): AppJson<MotherInput>,
) -> Result<axum::Json<MotherRecord>, AppError> {
    let viewer = Viewer::of(caller.user());
    let m = cared_for_mother(&state, &viewer, &id).await?;
    let m = referrals::update_mother(&state.db, m, input).await?;
    audit_read(&state, &viewer, "mother.update", &m.id, "her record, changed").await?;
    Ok(axum::Json(referrals::mother_record(&state.db, &m).await?))
}

/// Records her consent: what may be shared, with whom, how to contact her.
#[utoipa::path(post, path = "/api/mothers/{id}/consent", tag = "referrals", security(("bearer" = [])),
    params(("id" = String, Path, description = "The mother's id")), request_body = ConsentInput,
    responses((status = 201, description = "Recorded", body = ConsentRecord)))]
pub async fn record_consent(
    State(state): State<AppState>,
    caller: Authorized<CareTeam>,
    AppPath(id): AppPath<String>,
    AppJson(input): AppJson<ConsentInput>,
) -> Result<Response, AppError> {
    let viewer = Viewer::of(caller.user());
    let m = cared_for_mother(&state, &viewer, &id).await?;
    referrals::record_consent(&state.db, &viewer, &m.id, input).await?;
    let record = referrals::mother_record(&state.db, &m).await?;
    Ok((StatusCode::CREATED, axum::Json(record.consent)).into_response())
}

/// Withdraws her consent (she may, or her referrer for her); open referrals resting
/// on it are withdrawn.
#[utoipa::path(post, path = "/api/mothers/{id}/consent/withdraw", tag = "referrals", security(("bearer" = [])),
    params(("id" = String, Path, description = "The mother's id")),
    responses((status = 204, description = "Withdrawn"), (status = 404, description = "No consent in force", body = perilink_shared::error::ErrorBody)))]
pub async fn withdraw_consent(
    State(state): State<AppState>,
    caller: AuthUser,
    AppPath(id): AppPath<String>,
) -> Result<StatusCode, AppError> {
    let viewer = Viewer::of(&caller);
    let m = visible_mother(&state, &viewer, &id).await?;
    referrals::withdraw_consent(&state.db, &viewer, &m.id).await?;
    Ok(StatusCode::NO_CONTENT)
}

/// A wellbeing plan: goals agreed, support chosen, a date to review.
#[derive(Debug, Clone, Serialize, Deserialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub struct WellbeingPlan {
    pub goals: String,
    pub support: String,
    /// `YYYY-MM-DD`.
    #[serde(default)]
    pub review_on: Option<String>,
}

/// Her wellbeing plan.
#[utoipa::path(get, path = "/api/mothers/{id}/plan", tag = "referrals", security(("bearer" = [])),
    params(("id" = String, Path, description = "The mother's id")),
    responses((status = 200, description = "The plan", body = WellbeingPlan), (status = 404, description = "No plan yet", body = perilink_shared::error::ErrorBody)))]
pub async fn get_plan(
    State(state): State<AppState>,
    caller: Authorized<CareTeam>,
    AppPath(id): AppPath<String>,
) -> Result<axum::Json<WellbeingPlan>, AppError> {
    let viewer = Viewer::of(caller.user());
    let m = cared_for_mother(&state, &viewer, &id).await?;
    audit_read(&state, &viewer, "mother.read", &m.id, "wellbeing plan").await?;
    let plan = wellbeing_plan::Entity::find_by_id(m.id.as_str())
        .one(&state.db)
        .await?
        .ok_or(AppError::NotFound)?;
    Ok(axum::Json(WellbeingPlan {
        goals: plan.goals,
        support: plan.support,
        review_on: plan.review_on.map(|d| d.to_string()),
    }))
}

/// Keeps her wellbeing plan.
#[utoipa::path(put, path = "/api/mothers/{id}/plan", tag = "referrals", security(("bearer" = [])),
    params(("id" = String, Path, description = "The mother's id")), request_body = WellbeingPlan,
    responses((status = 200, description = "Kept", body = WellbeingPlan)))]
pub async fn put_plan(
    State(state): State<AppState>,
    caller: Authorized<CareTeam>,
    AppPath(id): AppPath<String>,
    AppJson(plan): AppJson<WellbeingPlan>,
) -> Result<axum::Json<WellbeingPlan>, AppError> {
    let viewer = Viewer::of(caller.user());
    let m = cared_for_mother(&state, &viewer, &id).await?;
    let goals = plan.goals.trim().to_owned();
    let support = plan.support.trim().to_owned();
    if goals.is_empty() || goals.chars().count() > 2000 || support.chars().count() > 2000 {
        return Err(AppError::Validation(
            "goals are needed, and each field may be at most 2,000 characters".into(),
        ));
    }
    let review_on = plan
        .review_on
        .as_deref()
        .filter(|d| !d.is_empty())
        .map(|d| {
            NaiveDate::parse_from_str(d, "%Y-%m-%d")
                .map_err(|_| AppError::Validation("review_on must be YYYY-MM-DD".into()))
        })
        .transpose()?;
    let existing = wellbeing_plan::Entity::find_by_id(m.id.as_str())
        .one(&state.db)
        .await?;
    let is_new = existing.is_none();
    let mut active = match existing {
        Some(p) => p.into_active_model(),
        None => wellbeing_plan::ActiveModel {
            mother_id: Set(m.id.clone()),
            ..Default::default()
        },
    };
    active.goals = Set(goals.clone());
    active.support = Set(support.clone());
    active.review_on = Set(review_on);
    active.updated_by = Set(viewer.id.clone());
    active.updated_at = Set(Utc::now());
    if is_new {
        active.insert(&state.db).await?;
    } else {
        active.update(&state.db).await?;
    }
    Ok(axum::Json(WellbeingPlan {
        goals,
        support,
        review_on: review_on.map(|d| d.to_string()),
    }))
}

/// The referrals the caller may see: a referrer her caseload's, a host their
/// programmes' (without notes), a mother her own, a coordinator their organisation's.
#[utoipa::path(get, path = "/api/referrals", tag = "referrals", security(("bearer" = [])),
    params(crate::routes::sessions::UiLanguage),
    responses((status = 200, description = "Referrals, newest first, titled in the language `ui` (else the caller's account's)", body = ReferralList)))]
pub async fn list_referrals(
    State(state): State<AppState>,
    caller: AuthUser,
    AppQuery(ui): AppQuery<crate::routes::sessions::UiLanguage>,
) -> Result<axum::Json<ReferralList>, AppError> {
    let viewer = Viewer::of(&caller);
    let language = match ui.asked() {
        Some(tag) => tag.to_owned(),
        None => language_of(&state, &viewer.id).await,
    };
    let listed = referrals::list(&state.db, &viewer).await?;
    Ok(axum::Json(ReferralList {
        referrals: referrals::views(&state.db, &viewer, &listed, &language).await?,
    }))
}

/// Sends a referral; her consent must be recorded.
#[utoipa::path(post, path = "/api/referrals", tag = "referrals", security(("bearer" = [])), request_body = ReferralRequest,
    responses((status = 201, description = "Sent", body = Referral),
        (status = 409, description = "No consent recorded (`consent_required`)", body = perilink_shared::error::ErrorBody),
        (status = 422, description = "A field is not valid", body = perilink_shared::error::ErrorBody)))]
pub async fn create_referral(
    State(state): State<AppState>,
    caller: Authorized<policy::Staff>,
    AppJson(request): AppJson<ReferralRequest>,
) -> Result<Response, AppError> {
    let viewer = Viewer::of(caller.user());
    care_staff(&viewer)?;
    cared_for_mother(&state, &viewer, &request.mother_id).await?;
    let r = referrals::create_referral(&state.db, &viewer, request).await?;
    let language = language_of(&state, &viewer.id).await;
    Ok((
        StatusCode::CREATED,
        axum::Json(referrals::view(&state.db, &viewer, &r, &language).await?),
    )
        .into_response())
}

/// One referral, with every move.
#[utoipa::path(get, path = "/api/referrals/{id}", tag = "referrals", security(("bearer" = [])),
    params(("id" = String, Path, description = "The referral's id")),
    responses((status = 200, description = "The referral", body = Referral), (status = 404, description = "Not one you may see", body = perilink_shared::error::ErrorBody)))]
pub async fn get_referral(
    State(state): State<AppState>,
    caller: AuthUser,
    AppPath(id): AppPath<String>,
) -> Result<axum::Json<Referral>, AppError> {
    let viewer = Viewer::of(&caller);
    let r = referrals::find_visible(&state.db, &viewer, &id).await?;
    let language = language_of(&state, &viewer.id).await;
    Ok(axum::Json(
        referrals::view(&state.db, &viewer, &r, &language).await?,
    ))
}

/// Moves a referral: the provider accepts, declines (with a reason) or books her;
/// she accepts, declines or withdraws. Illegal moves get 409 `illegal_transition`.
#[utoipa::path(post, path = "/api/referrals/{id}/transitions", tag = "referrals", security(("bearer" = [])),
    params(("id" = String, Path, description = "The referral's id")), request_body = TransitionRequest,
    responses((status = 200, description = "Moved", body = Referral),
        (status = 403, description = "Not a move you may make", body = perilink_shared::error::ErrorBody),
        (status = 409, description = "Not a move from here", body = perilink_shared::error::ErrorBody)))]
pub async fn transition_referral(
    State(state): State<AppState>,
    caller: AuthUser,
    AppPath(id): AppPath<String>,
    AppJson(request): AppJson<TransitionRequest>,
) -> Result<axum::Json<Referral>, AppError> {
    let viewer = Viewer::of(&caller);
    let r = referrals::find_visible(&state.db, &viewer, &id).await?;
    let today = crate::clock::london_today();
    let snapshot = state.directory.snapshot();
    let moved = referrals::transition(&state.db, &snapshot, &viewer, r, request, today).await?;
    let language = language_of(&state, &viewer.id).await;
    Ok(axum::Json(
        referrals::view(&state.db, &viewer, &moved, &language).await?,
    ))
}

/// The referral as FHIR R4: a Bundle with the ServiceRequest (SNOMED CT
/// 871731000000106), the Task that tracks it, and the Patient's language and
/// interpreter need.
#[utoipa::path(get, path = "/api/referrals/{id}/fhir", tag = "referrals", security(("bearer" = [])),
    params(("id" = String, Path, description = "The referral's id")),
    responses((status = 200, description = "A FHIR R4 Bundle", content_type = "application/fhir+json")))]
pub async fn referral_fhir(
    State(state): State<AppState>,
    caller: Authorized<CareTeam>,
    AppPath(id): AppPath<String>,
) -> Result<Response, AppError> {
    let viewer = Viewer::of(caller.user());
    let r = referrals::find_visible(&state.db, &viewer, &id).await?;
    if viewer.relation(&state.db, &r).await? != Some(Relation::Care) {
        return Err(AppError::NotFound);
    }
    let bundle = fhir::referral_bundle(&state.db, &r).await?;
    Ok((
        [(axum::http::header::CONTENT_TYPE, "application/fhir+json")],
        axum::Json(bundle),
    )
        .into_response())
}

/// A programme's record of replies, shown to referrers on each listing.
#[utoipa::path(get, path = "/api/programmes/{id}/referral-record", tag = "referrals", security(("bearer" = [])),
    params(("id" = String, Path, description = "The programme's id")),
    responses((status = 200, description = "Its record", body = ReferralRecord)))]
pub async fn programme_record(
    State(state): State<AppState>,
    _caller: Authorized<policy::Staff>,
    AppPath(id): AppPath<String>,
) -> Result<axum::Json<ReferralRecord>, AppError> {
    /// A referral's status and when it was sent and answered.
    #[derive(sea_orm::FromQueryResult)]
    struct Replied {
        id: String,
        status: String,
        created_at: chrono::DateTime<Utc>,
        replied_at: Option<chrono::DateTime<Utc>>,
    }
    use crate::entity::referral::{Column, Entity};
    use sea_orm::{ColumnTrait, QueryFilter, QuerySelect};
    let rows = Entity::find()
        .select_only()
        .columns([Column::Id, Column::Status, Column::CreatedAt, Column::RepliedAt])
        .filter(Column::ProgrammeId.eq(id))
        .into_model::<Replied>()
        .all(&state.db)
        .await?;
    let mut total = 0u32;
    let (mut accepted, mut answered) = (0u32, 0u32);
    let mut reply_days: Vec<i64> = Vec::new();
    for row in rows {
        total += 1;
        let status: ReferralStatus = crate::db::column::column(&row.status, "referrals", "status", &row.id)?;
        if let Some(replied) = row.replied_at {
            answered += 1;
            reply_days.push((replied - row.created_at).num_hours().max(0) / 24);
            if status != ReferralStatus::Declined {
                accepted += 1;
            }
        }
    }
    reply_days.sort_unstable();
    Ok(axum::Json(ReferralRecord {
        referrals: total,
        accepted_percent: (answered > 0).then(|| (accepted * 100 + answered / 2) / answered),
        median_reply_days: reply_days.get(reply_days.len() / 2).map(|d| *d as u32),
    }))
}
