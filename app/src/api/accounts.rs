//! The typed calls for accounts: invitations, set-up and reset links, one-time
//! codes, two-factor sign-in and enrolment, devices, and the people screen's staff,
//! teams and organisations. The shapes are `perilink_shared::accounts`'.

use crate::api::{self, ApiError, Token};
use perilink_shared::accounts::{
    AcceptInvitationRequest, AddTeamMember, CodeRequest, CodeVerifyRequest, DeviceSession, Invitation,
    InvitationPreview, InvitationRequest, LoginOutcome, NewOrganisation, NewTeam, Organisation,
    PasswordResetConfirm, PasswordResetRequest, SetupRequest, StaffUser, Team, TotpConfirmRequest,
    TotpConfirmation, TotpEnrolment, TotpLoginRequest,
};
use perilink_shared::auth::{LoginRequest, LoginResponse};
use perilink_shared::directory::encode_query_value;

/// `POST /api/auth/login`: signed in, or asked for the second factor.
pub async fn login(email: String, password: String) -> Result<LoginOutcome, ApiError> {
    api::public_call("POST", "/api/auth/login", Some(&LoginRequest { email, password })).await
}

/// `POST /api/auth/totp`: the authenticator's code (or a recovery code) after the
/// password.
pub async fn login_totp(mfa_token: String, code: String) -> Result<LoginResponse, ApiError> {
    let body = TotpLoginRequest { mfa_token, code };
    api::public_call("POST", "/api/auth/totp", Some(&body)).await
}

/// `POST /api/auth/code/request`: always accepted, whether or not the contact is known.
pub async fn request_code(contact: String) -> Result<(), ApiError> {
    api::public_call_no_content("POST", "/api/auth/code/request", Some(&CodeRequest { contact })).await
}

/// `POST /api/auth/code/verify`.
pub async fn verify_code(contact: String, code: String) -> Result<LoginResponse, ApiError> {
    let body = CodeVerifyRequest { contact, code };
    api::public_call("POST", "/api/auth/code/verify", Some(&body)).await
}

/// `POST /api/auth/password-reset/request`: always accepted.
pub async fn request_reset(email_or_phone: String) -> Result<(), ApiError> {
    let body = PasswordResetRequest { email_or_phone };
    api::public_call_no_content("POST", "/api/auth/password-reset/request", Some(&body)).await
}

/// `POST /api/auth/password-reset`.
pub async fn reset_password(token: String, password: String) -> Result<(), ApiError> {
    let body = PasswordResetConfirm { token, password };
    api::public_call_no_content("POST", "/api/auth/password-reset", Some(&body)).await
}

/// `GET /api/invitations/preview?token=…`.
pub async fn preview_invitation(token: String) -> Result<InvitationPreview, ApiError> {
    let path = format!("/api/invitations/preview?token={}", encode_query_value(&token));
    api::public_call("GET", &path, None::<&()>).await
}

/// `POST /api/invitations/accept`.
pub async fn accept_invitation(request: AcceptInvitationRequest) -> Result<LoginResponse, ApiError> {
    api::public_call("POST", "/api/invitations/accept", Some(&request)).await
}

/// `POST /api/account/setup`: a mother's password from her set-up link.
pub async fn set_up(token: String, password: String) -> Result<LoginResponse, ApiError> {
    api::public_call(
        "POST",
        "/api/account/setup",
        Some(&SetupRequest { token, password }),
    )
    .await
}

/// `POST /api/me/totp/enrol`: a new secret to scan.
pub async fn enrol_totp(token: Token) -> Result<TotpEnrolment, ApiError> {
    api::signed_in_call(&token, "POST", "/api/me/totp/enrol", None::<&()>).await
}

/// `POST /api/me/totp/confirm`.
pub async fn confirm_totp(token: Token, code: String) -> Result<TotpConfirmation, ApiError> {
    let body = TotpConfirmRequest { code };
    api::signed_in_call(&token, "POST", "/api/me/totp/confirm", Some(&body)).await
}

/// `GET /api/me/care-team`: who cares for the signed-in mother, and why anyone who
/// found her took her on.
pub async fn my_care_team(token: Token) -> Result<perilink_shared::referral::CareTeam, ApiError> {
    api::signed_in_call(&token, "GET", "/api/me/care-team", None::<&()>).await
}

/// `GET /api/me/sessions`.
pub async fn my_devices(token: Token) -> Result<Vec<DeviceSession>, ApiError> {
    api::signed_in_call(&token, "GET", "/api/me/sessions", None::<&()>).await
}

/// `DELETE /api/me/sessions/{id}`.
pub async fn sign_out_device(token: Token, id: String) -> Result<(), ApiError> {
    let path = format!("/api/me/sessions/{}", encode_query_value(&id));
    api::signed_in_call_no_content(&token, "DELETE", &path).await
}

/// Everything the people screen shows, loaded together.
#[derive(Clone, Debug, PartialEq)]
pub struct People {
    pub users: Vec<StaffUser>,
    pub invitations: Vec<Invitation>,
    pub organisations: Vec<Organisation>,
    /// Each organisation's teams, in the order of `organisations`.
    pub teams: Vec<Team>,
}

/// `GET /api/users`: the staff accounts she manages.
pub async fn staff_users(token: &Token) -> Result<Vec<StaffUser>, ApiError> {
    api::signed_in_call(token, "GET", "/api/users", None::<&()>).await
}

/// `GET /api/invitations`: the invitations she has sent.
pub async fn invitations(token: &Token) -> Result<Vec<Invitation>, ApiError> {
    api::signed_in_call(token, "GET", "/api/invitations", None::<&()>).await
}

/// Loads staff, invitations, organisations and every organisation's teams.
pub async fn load_people(token: Token) -> Result<People, ApiError> {
    let t = &token;
    let (users, invitations, organisations) = futures::join!(
        staff_users(t),
        invitations(t),
        api::signed_in_call::<Vec<Organisation>>(t, "GET", "/api/organisations", None::<&()>),
    );
    let organisations = organisations?;
    let teams = futures::future::join_all(organisations.iter().map(|o| {
        let path = format!("/api/organisations/{}/teams", encode_query_value(&o.id));
        async move { api::signed_in_call::<Vec<Team>>(t, "GET", &path, None::<&()>).await }
    }))
    .await
    .into_iter()
    .collect::<Result<Vec<_>, _>>()?
    .into_iter()
    .flatten()
    .collect();
    Ok(People {
        users: users?,
        invitations: invitations?,
        organisations,
        teams,
    })
}

/// `POST /api/invitations`.
pub async fn invite(token: Token, request: InvitationRequest) -> Result<Invitation, ApiError> {
    api::signed_in_call(&token, "POST", "/api/invitations", Some(&request)).await
}

/// `POST /api/invitations/{id}/revoke`.
pub async fn revoke_invitation(token: Token, id: String) -> Result<(), ApiError> {
    let path = format!("/api/invitations/{}/revoke", encode_query_value(&id));
    api::signed_in_call_no_content(&token, "POST", &path).await
}

/// `POST /api/users/{id}/deactivate`.
pub async fn deactivate_user(token: Token, id: String) -> Result<(), ApiError> {
    let path = format!("/api/users/{}/deactivate", encode_query_value(&id));
    api::signed_in_call_no_content(&token, "POST", &path).await
}

/// `POST /api/organisations`.
pub async fn add_organisation(token: Token, body: NewOrganisation) -> Result<Organisation, ApiError> {
    api::signed_in_call(&token, "POST", "/api/organisations", Some(&body)).await
}

/// `POST /api/organisations/{id}/teams`.
pub async fn add_team(token: Token, organisation_id: String, body: NewTeam) -> Result<Team, ApiError> {
    let path = format!(
        "/api/organisations/{}/teams",
        encode_query_value(&organisation_id)
    );
    api::signed_in_call(&token, "POST", &path, Some(&body)).await
}

/// `POST /api/teams/{id}/members`.
pub async fn add_member(token: Token, team_id: String, user_id: String) -> Result<(), ApiError> {
    let path = format!("/api/teams/{}/members", encode_query_value(&team_id));
    api::signed_in_call_with_body_no_content(&token, "POST", &path, &AddTeamMember { user_id }).await
}

/// `DELETE /api/teams/{id}/members/{user_id}`.
pub async fn remove_member(token: Token, team_id: String, user_id: String) -> Result<(), ApiError> {
    let path = format!(
        "/api/teams/{}/members/{}",
        encode_query_value(&team_id),
        encode_query_value(&user_id)
    );
    api::signed_in_call_no_content(&token, "DELETE", &path).await
}
