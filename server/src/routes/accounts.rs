//! Running accounts: organisations and teams (`/api/organisations`, `/api/teams`),
//! the staff list and deactivation (`/api/users`), invitations
//! (`/api/invitations`), and a mother's set-up link (`/api/account/setup`).

use crate::auth::extract::{Authorized, policy};
use crate::auth::scope::Viewer;
use crate::error::{AppError, AppJson, AppPath, AppQuery};
use crate::service::{account_links, invitations, teams};
use crate::state::AppState;
use axum::Json;
use axum::extract::State;
use axum::http::{HeaderMap, StatusCode};
use axum::response::Response;
use perilink_shared::accounts::{
    AcceptInvitationRequest, AddTeamMember, Invitation, InvitationPreview, InvitationRequest,
    NewOrganisation, NewTeam, Organisation, RoleChange, SetupRequest, StaffUser, Team,
};
use perilink_shared::auth::LoginResponse;
use serde::Deserialize;
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

pub fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .routes(routes!(list_organisations, create_organisation))
        .routes(routes!(list_teams, create_team))
        .routes(routes!(add_team_member))
        .routes(routes!(remove_team_member))
        .routes(routes!(list_users))
        .routes(routes!(deactivate_user))
        .routes(routes!(change_role))
        .routes(routes!(list_invitations, create_invitation))
        .routes(routes!(revoke_invitation))
        .routes(routes!(preview_invitation))
        .routes(routes!(accept_invitation))
        .routes(routes!(set_up_account))
}

/// The organisations the caller manages: every one for an admin, her own for a
/// coordinator.
#[utoipa::path(get, path = "/api/organisations", tag = "accounts", security(("bearer" = [])),
    responses((status = 200, description = "Organisations by name", body = [Organisation]),
        (status = 403, description = "Admins and coordinators only", body = perilink_shared::error::ErrorBody)))]
pub async fn list_organisations(
    State(state): State<AppState>,
    caller: Authorized<policy::Coordinators>,
) -> Result<Json<Vec<Organisation>>, AppError> {
    let viewer = Viewer::of(caller.user());
    Ok(Json(teams::organisations(&state.db, &viewer).await?))
}

/// Creates an organisation.
#[utoipa::path(post, path = "/api/organisations", tag = "accounts", security(("bearer" = [])),
    request_body = NewOrganisation,
    responses((status = 201, description = "Created", body = Organisation),
        (status = 403, description = "Admins only", body = perilink_shared::error::ErrorBody),
        (status = 422, description = "The name is missing or too long", body = perilink_shared::error::ErrorBody)))]
pub async fn create_organisation(
    State(state): State<AppState>,
    caller: Authorized<policy::Admins>,
    AppJson(new): AppJson<NewOrganisation>,
) -> Result<(StatusCode, Json<Organisation>), AppError> {
    let viewer = Viewer::of(caller.user());
    Ok((
        StatusCode::CREATED,
        Json(teams::create_organisation(&state.db, &viewer, new).await?),
    ))
}

/// An organisation's teams and their members.
#[utoipa::path(get, path = "/api/organisations/{id}/teams", tag = "accounts", security(("bearer" = [])),
    params(("id" = String, Path, description = "The organisation")),
    responses((status = 200, description = "Teams by name", body = [Team]),
        (status = 404, description = "No such organisation of yours", body = perilink_shared::error::ErrorBody)))]
pub async fn list_teams(
    State(state): State<AppState>,
    caller: Authorized<policy::Coordinators>,
    AppPath(id): AppPath<String>,
) -> Result<Json<Vec<Team>>, AppError> {
    let viewer = Viewer::of(caller.user());
    Ok(Json(teams::teams(&state.db, &viewer, &id).await?))
}

/// Creates a team in an organisation.
#[utoipa::path(post, path = "/api/organisations/{id}/teams", tag = "accounts", security(("bearer" = [])),
    params(("id" = String, Path, description = "The organisation")),
    request_body = NewTeam,
    responses((status = 201, description = "Created", body = Team),
        (status = 404, description = "No such organisation of yours", body = perilink_shared::error::ErrorBody),
        (status = 422, description = "The name is missing or too long", body = perilink_shared::error::ErrorBody)))]
pub async fn create_team(
    State(state): State<AppState>,
    caller: Authorized<policy::Coordinators>,
    AppPath(id): AppPath<String>,
    AppJson(new): AppJson<NewTeam>,
) -> Result<(StatusCode, Json<Team>), AppError> {
    let viewer = Viewer::of(caller.user());
    Ok((
        StatusCode::CREATED,
        Json(teams::create_team(&state.db, &viewer, &id, new).await?),
    ))
}

/// Adds a member of staff to a team.
#[utoipa::path(post, path = "/api/teams/{id}/members", tag = "accounts", security(("bearer" = [])),
    params(("id" = String, Path, description = "The team")),
    request_body = AddTeamMember,
    responses((status = 204, description = "Added"),
        (status = 404, description = "No such team of yours", body = perilink_shared::error::ErrorBody),
        (status = 422, description = "Not staff of the team's organisation", body = perilink_shared::error::ErrorBody)))]
pub async fn add_team_member(
    State(state): State<AppState>,
    caller: Authorized<policy::Coordinators>,
    AppPath(id): AppPath<String>,
    AppJson(member): AppJson<AddTeamMember>,
) -> Result<StatusCode, AppError> {
    let viewer = Viewer::of(caller.user());
    teams::add_member(&state.db, &viewer, &id, &member.user_id).await?;
    Ok(StatusCode::NO_CONTENT)
}

/// Takes someone off a team.
#[utoipa::path(delete, path = "/api/teams/{id}/members/{user_id}", tag = "accounts", security(("bearer" = [])),
    params(("id" = String, Path, description = "The team"), ("user_id" = String, Path, description = "The member")),
    responses((status = 204, description = "Removed"),
        (status = 404, description = "No such team or member", body = perilink_shared::error::ErrorBody)))]
pub async fn remove_team_member(
    State(state): State<AppState>,
    caller: Authorized<policy::Coordinators>,
    AppPath((id, user_id)): AppPath<(String, String)>,
) -> Result<StatusCode, AppError> {
    let viewer = Viewer::of(caller.user());
    teams::remove_member(&state.db, &viewer, &id, &user_id).await?;
    Ok(StatusCode::NO_CONTENT)
}

/// Staff: everyone for an admin, a coordinator's own organisation.
#[utoipa::path(get, path = "/api/users", tag = "accounts", security(("bearer" = [])),
    responses((status = 200, description = "Staff by name", body = [StaffUser]),
        (status = 403, description = "Coordinators and admins only", body = perilink_shared::error::ErrorBody)))]
pub async fn list_users(
    State(state): State<AppState>,
    caller: Authorized<policy::Coordinators>,
) -> Result<Json<Vec<StaffUser>>, AppError> {
    let viewer = Viewer::of(caller.user());
    Ok(Json(teams::staff(&state.db, &viewer).await?))
}

/// Deactivates an account: every sign-in ends, and its next request is refused.
#[utoipa::path(post, path = "/api/users/{id}/deactivate", tag = "accounts", security(("bearer" = [])),
    params(("id" = String, Path, description = "The account")),
    responses((status = 204, description = "Deactivated"),
        (status = 404, description = "No such account you manage", body = perilink_shared::error::ErrorBody),
        (status = 409, description = "Your own account", body = perilink_shared::error::ErrorBody)))]
pub async fn deactivate_user(
    State(state): State<AppState>,
    caller: Authorized<policy::Coordinators>,
    AppPath(id): AppPath<String>,
) -> Result<StatusCode, AppError> {
    let viewer = Viewer::of(caller.user());
    teams::deactivate(&state.db, &viewer, &id).await?;
    Ok(StatusCode::NO_CONTENT)
}

/// Gives a member of staff another staff role, from their next request.
#[utoipa::path(put, path = "/api/users/{id}/role", tag = "accounts", security(("bearer" = [])),
    params(("id" = String, Path, description = "The account")),
    request_body = RoleChange,
    responses((status = 204, description = "Changed"),
        (status = 403, description = "You may not give that role", body = perilink_shared::error::ErrorBody),
        (status = 404, description = "No such member of staff you manage", body = perilink_shared::error::ErrorBody),
        (status = 409, description = "Your own account", body = perilink_shared::error::ErrorBody)))]
pub async fn change_role(
    State(state): State<AppState>,
    caller: Authorized<policy::Coordinators>,
    AppPath(id): AppPath<String>,
    AppJson(change): AppJson<RoleChange>,
) -> Result<StatusCode, AppError> {
    let viewer = Viewer::of(caller.user());
    teams::change_role(&state.db, &viewer, &id, change.role).await?;
    Ok(StatusCode::NO_CONTENT)
}

/// Invitations: all for an admin, a coordinator's organisation's; newest first.
#[utoipa::path(get, path = "/api/invitations", tag = "accounts", security(("bearer" = [])),
    responses((status = 200, description = "Invitations", body = [Invitation]),
        (status = 403, description = "Coordinators and admins only", body = perilink_shared::error::ErrorBody)))]
pub async fn list_invitations(
    State(state): State<AppState>,
    caller: Authorized<policy::Coordinators>,
) -> Result<Json<Vec<Invitation>>, AppError> {
    let viewer = Viewer::of(caller.user());
    Ok(Json(invitations::list(&state.db, &viewer).await?))
}

/// Invites a member of staff by email; the link goes by email only.
#[utoipa::path(post, path = "/api/invitations", tag = "accounts", security(("bearer" = [])),
    request_body = InvitationRequest,
    responses((status = 201, description = "Invited", body = Invitation),
        (status = 403, description = "This role may not invite for that role", body = perilink_shared::error::ErrorBody),
        (status = 409, description = "An account already uses this email", body = perilink_shared::error::ErrorBody),
        (status = 422, description = "A field is not valid", body = perilink_shared::error::ErrorBody)))]
pub async fn create_invitation(
    State(state): State<AppState>,
    caller: Authorized<policy::Coordinators>,
    AppJson(request): AppJson<InvitationRequest>,
) -> Result<(StatusCode, Json<Invitation>), AppError> {
    let viewer = Viewer::of(caller.user());
    let invitation = invitations::create(&state.db, &state.config.public_url, &viewer, request).await?;
    Ok((StatusCode::CREATED, Json(invitation)))
}

/// Withdraws a pending invitation.
#[utoipa::path(post, path = "/api/invitations/{id}/revoke", tag = "accounts", security(("bearer" = [])),
    params(("id" = String, Path, description = "The invitation")),
    responses((status = 204, description = "Revoked"),
        (status = 404, description = "No such invitation of yours", body = perilink_shared::error::ErrorBody),
        (status = 409, description = "Not pending", body = perilink_shared::error::ErrorBody)))]
pub async fn revoke_invitation(
    State(state): State<AppState>,
    caller: Authorized<policy::Coordinators>,
    AppPath(id): AppPath<String>,
) -> Result<StatusCode, AppError> {
    let viewer = Viewer::of(caller.user());
    invitations::revoke(&state.db, &viewer, &id).await?;
    Ok(StatusCode::NO_CONTENT)
}

/// The token of an invitation link.
#[derive(Debug, Deserialize, utoipa::IntoParams)]
#[into_params(parameter_in = Query)]
pub struct TokenQuery {
    token: String,
}

/// What an invitation link is for.
#[utoipa::path(get, path = "/api/invitations/preview", tag = "accounts", params(TokenQuery),
    responses((status = 200, description = "The invitation", body = InvitationPreview),
        (status = 404, description = "No such invitation", body = perilink_shared::error::ErrorBody),
        (status = 410, description = "Expired, used or revoked", body = perilink_shared::error::ErrorBody)))]
pub async fn preview_invitation(
    State(state): State<AppState>,
    AppQuery(query): AppQuery<TokenQuery>,
) -> Result<Json<InvitationPreview>, AppError> {
    super::auth::check_link_token(&query.token)?;
    Ok(Json(invitations::preview(&state.db, &query.token).await?))
}

/// Accepts an invitation with a password and a name, and signs in.
#[utoipa::path(post, path = "/api/invitations/accept", tag = "accounts",
    request_body = AcceptInvitationRequest,
    responses((status = 200, description = "The account is made; signed in", body = LoginResponse),
        (status = 404, description = "No such invitation", body = perilink_shared::error::ErrorBody),
        (status = 410, description = "Expired, used or revoked", body = perilink_shared::error::ErrorBody),
        (status = 422, description = "The password is too weak, or the name missing", body = perilink_shared::error::ErrorBody)))]
pub async fn accept_invitation(
    State(state): State<AppState>,
    headers: HeaderMap,
    AppJson(request): AppJson<AcceptInvitationRequest>,
) -> Result<Response, AppError> {
    super::auth::check_link_token(&request.token)?;
    let user =
        invitations::accept(&state.db, &request.token, request.password, &request.display_name).await?;
    super::auth::start_sign_in(&state, &user, &headers, false).await
}

/// A mother chooses her password from her set-up link, and is signed in.
#[utoipa::path(post, path = "/api/account/setup", tag = "accounts",
    request_body = SetupRequest,
    responses((status = 200, description = "Her account is made; signed in", body = LoginResponse),
        (status = 404, description = "No such link", body = perilink_shared::error::ErrorBody),
        (status = 410, description = "The link has expired or been used", body = perilink_shared::error::ErrorBody),
        (status = 422, description = "The password is too weak", body = perilink_shared::error::ErrorBody)))]
pub async fn set_up_account(
    State(state): State<AppState>,
    headers: HeaderMap,
    AppJson(request): AppJson<SetupRequest>,
) -> Result<Response, AppError> {
    super::auth::check_link_token(&request.token)?;
    let user = account_links::complete_setup(&state.db, &request.token, request.password).await?;
    super::auth::start_sign_in(&state, &user, &headers, false).await
}
