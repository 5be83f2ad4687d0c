//! Reading user accounts.

use crate::entity::{organisation, user};
use crate::error::AppError;
use perilink_shared::auth::{Role, UserProfile};
use perilink_shared::language::Language;
use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter};

/// Finds an account by email, ignoring case.
pub async fn find_by_email<C: ConnectionTrait>(db: &C, email: &str) -> Result<Option<user::Model>, AppError> {
    Ok(user::Entity::find()
        .filter(user::Column::Email.eq(normalise_email(email)))
        .one(db)
        .await?)
}

/// Finds an active account by id.
pub async fn find_active<C: ConnectionTrait>(db: &C, id: &str) -> Result<Option<user::Model>, AppError> {
    Ok(user::Entity::find_by_id(id.to_owned())
        .one(db)
        .await?
        .filter(|u| u.active))
}

/// How emails are stored and compared.
pub fn normalise_email(email: &str) -> String {
    email.trim().to_lowercase()
}

/// The role stored for a user. An unknown name in the database is a fault, not
/// something a client did.
pub fn role_of(user: &user::Model) -> Result<Role, AppError> {
    user.role
        .parse()
        .map_err(|e: perilink_shared::auth::UnknownRole| AppError::Internal(e.to_string().into()))
}

/// What the app is told about a user.
pub async fn profile<C: ConnectionTrait>(db: &C, user: &user::Model) -> Result<UserProfile, AppError> {
    let organisation = match &user.organisation_id {
        Some(id) => organisation::Entity::find_by_id(id.clone())
            .one(db)
            .await?
            .map(|o| o.name),
        None => None,
    };
    Ok(UserProfile {
        id: user.id.clone(),
        role: role_of(user)?,
        display_name: user.display_name.clone(),
        email: user.email.clone(),
        language: user.language.parse().unwrap_or(Language::English),
        job_title: user.job_title.clone(),
        organisation,
    })
}
