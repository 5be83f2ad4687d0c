//! The extractors that decide who may call a route. A handler names a guard in its
//! signature (`Authorized<Staff>`), and the check happens here, once.
//!
//! Every signed-in request looks the account up (one indexed read): a deactivated
//! account, or a device that was signed out (or a sign-in that never existed), is
//! refused on its very next request.
//! Referrers, coordinators and admins must also have passed two-factor in this
//! sign-in ([`AuthUser`]); only the few routes that let them enrol, see who they
//! are and manage their devices take [`SignedIn`], which does not ask for it.

use crate::error::AppError;
use crate::service::sql;
use crate::state::AppState;
use axum::extract::FromRequestParts;
use axum::http::header::AUTHORIZATION;
use axum::http::request::Parts;
use perilink_shared::accounts::TwoFactor;
use perilink_shared::auth::Role;
use sea_orm::FromQueryResult;
use std::marker::PhantomData;

/// A caller with a valid access token.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct AuthUser {
    /// The user's id.
    pub id: String,
    /// The user's role, as the token states it.
    pub role: Role,
    /// The sign-in (refresh token family) the token came from.
    pub session_id: String,
    /// Whether this sign-in passed two-factor.
    pub mfa: bool,
    /// The user's organisation, as the account holds it at this request.
    pub organisation_id: Option<String>,
    /// Whether that organisation is a care organisation (its staff keep caseloads).
    pub organisation_cares: bool,
    /// Whether that organisation hears of alerts for mothers nobody cares for yet.
    pub organisation_receives_unassigned_alerts: bool,
}

/// A caller with a valid access token whose account is active, whether or not they
/// have passed two-factor: for `/api/me`, enrolling an authenticator and devices.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SignedIn {
    pub user: AuthUser,
    /// Where this sign-in stands with two-factor.
    pub two_factor: TwoFactor,
}

/// Where a sign-in stands with two-factor. `exempt` is true only for the demo's
/// own accounts while the server runs the demo.
pub fn two_factor_state(role: Role, exempt: bool, mfa: bool, enrolled: bool) -> TwoFactor {
    if !role.must_pass_two_factor() || exempt {
        TwoFactor::NotRequired
    } else if mfa {
        TwoFactor::Satisfied
    } else if enrolled {
        TwoFactor::Required
    } else {
        TwoFactor::EnrolmentRequired
    }
}

/// What a request's account is now, read on every request.
#[derive(FromQueryResult)]
struct AccountNow {
    active: bool,
    mfa_exempt: bool,
    role: String,
    authenticators: i64,
    live_sign_ins: i64,
    organisation_id: Option<String>,
    provides_care: bool,
    receives_unassigned_alerts: bool,
}

impl FromRequestParts<AppState> for SignedIn {
    type Rejection = AppError;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, AppError> {
        let user = token_of(parts, state)?;
        let row = sql::row::<AccountNow>(
            &state.db,
            "SELECT u.active, u.mfa_exempt, u.role, \
             (SELECT COUNT(*) FROM totp_credentials t WHERE t.user_id = u.id AND t.confirmed_at IS NOT NULL) \
               AS authenticators, \
             (SELECT COUNT(*) FROM sign_ins s WHERE s.id = ? AND s.user_id = u.id AND s.ended_at IS NULL) \
               AS live_sign_ins, \
             u.organisation_id, COALESCE(o.provides_care, FALSE) AS provides_care, \
             COALESCE(o.receives_unassigned_alerts, FALSE) AS receives_unassigned_alerts \
             FROM users u LEFT JOIN organisations o ON o.id = u.organisation_id WHERE u.id = ?",
            vec![user.session_id.clone().into(), user.id.clone().into()],
        )
        .await?;
        let Some(row) = row else {
            return Err(AppError::AccountInactive);
        };
        if !row.active {
            return Err(AppError::AccountInactive);
        }
        // The token must name a live sign-in of this account: one signed out, ended
        // by a reused refresh token, or never made is refused.
        if row.live_sign_ins == 0 {
            return Err(AppError::Unauthorized(
                "this device was signed out; sign in again",
            ));
        }
        // A role changed since the token was issued counts from the next request.
        let mut user = user;
        user.role = crate::db::column::column(&row.role, "users", "role", &user.id)?;
        user.organisation_id = row.organisation_id;
        user.organisation_cares = row.provides_care;
        user.organisation_receives_unassigned_alerts = row.receives_unassigned_alerts;
        let two_factor = two_factor_state(
            user.role,
            row.mfa_exempt && state.config.demo,
            user.mfa,
            row.authenticators > 0,
        );
        Ok(SignedIn { user, two_factor })
    }
}

/// The access token's claims, checked.
fn token_of(parts: &Parts, state: &AppState) -> Result<AuthUser, AppError> {
    let value = parts
        .headers
        .get(AUTHORIZATION)
        .ok_or(AppError::Unauthorized("sign in first: no access token was sent"))?;
    let token = value
        .to_str()
        .ok()
        .and_then(|v| v.strip_prefix("Bearer ").or_else(|| v.strip_prefix("bearer ")))
        .map(str::trim)
        .filter(|t| !t.is_empty())
        .ok_or(AppError::Unauthorized(
            "send the access token as `Authorization: Bearer <token>`",
        ))?;
    let claims = state
        .keys
        .verify(token)
        .map_err(|_| AppError::Unauthorized("the access token is not valid or has expired"))?;
    Ok(AuthUser {
        id: claims.sub,
        role: claims.role,
        session_id: claims.sid,
        mfa: claims.mfa,
        organisation_id: None,
        organisation_cares: false,
        organisation_receives_unassigned_alerts: false,
    })
}

impl FromRequestParts<AppState> for AuthUser {
    type Rejection = AppError;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, AppError> {
        let signed_in = SignedIn::from_request_parts(parts, state).await?;
        match signed_in.two_factor {
            TwoFactor::NotRequired | TwoFactor::Satisfied => Ok(signed_in.user),
            TwoFactor::Required => Err(AppError::TotpRequired),
            TwoFactor::EnrolmentRequired => Err(AppError::TotpEnrolmentRequired),
        }
    }
}

/// A caller who may or may not be signed in. No token means `None`; a token that
/// is sent must be valid.
impl axum::extract::OptionalFromRequestParts<AppState> for AuthUser {
    type Rejection = AppError;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Option<Self>, AppError> {
        if parts.headers.contains_key(AUTHORIZATION) {
            // Staff who have not passed two-factor see public pages as anyone does.
            match <AuthUser as FromRequestParts<AppState>>::from_request_parts(parts, state).await {
                Ok(user) => Ok(Some(user)),
                Err(AppError::TotpRequired | AppError::TotpEnrolmentRequired) => Ok(None),
                Err(other) => Err(other),
            }
        } else {
            Ok(None)
        }
    }
}

/// A set of roles allowed to call a route.
pub trait Policy {
    /// The roles this policy lets in.
    const ROLES: &'static [Role];
}

/// A caller whose role the policy `P` allows; anyone else gets 403 (or 401 with no
/// valid token).
#[derive(Clone, Debug)]
pub struct Authorized<P: Policy>(pub AuthUser, PhantomData<P>);

impl<P: Policy> Authorized<P> {
    /// The signed-in caller.
    pub fn user(&self) -> &AuthUser {
        &self.0
    }
}

impl<P: Policy + Send + Sync> FromRequestParts<AppState> for Authorized<P> {
    type Rejection = AppError;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, AppError> {
        let user = AuthUser::from_request_parts(parts, state).await?;
        if P::ROLES.contains(&user.role) {
            Ok(Authorized(user, PhantomData))
        } else {
            tracing::info!(user.id = %user.id, role = %user.role, "role refused");
            Err(AppError::Forbidden)
        }
    }
}

/// The policies routes use. Each names exactly the roles it lets in.
pub mod policy {
    use super::Policy;
    use perilink_shared::auth::Role;

    /// Anyone signed in.
    pub struct AnyUser;
    impl Policy for AnyUser {
        const ROLES: &'static [Role] = &Role::ALL;
    }

    /// Mothers, for what only a mother does for herself.
    pub struct Mothers;
    impl Policy for Mothers {
        const ROLES: &'static [Role] = &[Role::Mother];
    }

    /// Every staff role: referrers, hosts, coordinators and admins.
    pub struct Staff;
    impl Policy for Staff {
        const ROLES: &'static [Role] = &[Role::Referrer, Role::Host, Role::Coordinator, Role::Admin];
    }

    /// Coordinators and admins.
    pub struct Coordinators;
    impl Policy for Coordinators {
        const ROLES: &'static [Role] = &[Role::Coordinator, Role::Admin];
    }

    /// Admins only.
    pub struct Admins;
    impl Policy for Admins {
        const ROLES: &'static [Role] = &[Role::Admin];
    }
}
