//! The extractors that decide who may call a route. A handler names a guard in its
//! signature (`Authorized<Staff>`), and the check happens here, once.

use crate::error::AppError;
use crate::state::AppState;
use axum::extract::FromRequestParts;
use axum::http::header::AUTHORIZATION;
use axum::http::request::Parts;
use perilink_shared::auth::Role;
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
}

impl FromRequestParts<AppState> for AuthUser {
    type Rejection = AppError;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, AppError> {
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
        })
    }
}

/// A caller who may or may not be signed in. No token means `None`; a token that
/// is sent must be valid.
impl axum::extract::OptionalFromRequestParts<AppState> for AuthUser {
    type Rejection = AppError;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Option<Self>, AppError> {
        if parts.headers.contains_key(AUTHORIZATION) {
            <AuthUser as FromRequestParts<AppState>>::from_request_parts(parts, state)
                .await
                .map(Some)
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
