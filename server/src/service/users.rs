//! Reading user accounts, and mothers signing themselves up.

use crate::db::column::column;
use crate::entity::{mother, organisation, user};
use crate::error::AppError;
use chrono::Utc;
use perilink_shared::accounts::TwoFactor;
use perilink_shared::auth::{Role, UserProfile};
use perilink_shared::booking::SignupRequest;
use perilink_shared::contact::EmailAddress;
use perilink_shared::contact::PhoneNumber;
use perilink_shared::language::Language;
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DatabaseConnection, EntityTrait, QueryFilter, Set,
    TransactionTrait,
};

/// Finds an account by what its owner signs in with: an email address (case
/// ignored) or a UK phone number (however it is written).
pub async fn find_by_login<C: ConnectionTrait>(db: &C, login: &str) -> Result<Option<user::Model>, AppError> {
    let filter = match PhoneNumber::parse(login) {
        Ok(phone) if !login.contains('@') => user::Column::Phone.eq(phone.as_str()),
        _ => user::Column::Email.eq(normalise_email(login)),
    };
    Ok(user::Entity::find().filter(filter).one(db).await?)
}

/// Finds an active account by id.
pub async fn find_active<C: ConnectionTrait>(db: &C, id: &str) -> Result<Option<user::Model>, AppError> {
    Ok(user::Entity::find_by_id(id.to_owned())
        .one(db)
        .await?
        .filter(|u| u.active))
}

/// The interface language of an active account, if there is one.
pub async fn language_of<C: ConnectionTrait>(db: &C, id: &str) -> Result<Option<String>, AppError> {
    Ok(find_active(db, id).await?.map(|u| u.language))
}

/// How emails are stored and compared.
pub fn normalise_email(email: &str) -> String {
    email.trim().to_lowercase()
}

/// The role stored for a user. An unknown name in the database is a fault, not
/// something a client did.
pub fn role_of(user: &user::Model) -> Result<Role, AppError> {
    Ok(column(&user.role, "users", "role", &user.id)?)
}

/// Whether a user is one of the demo's own accounts, exempt from two-factor while
/// (and only while) the server runs the demo.
pub async fn demo_exempt<C: ConnectionTrait>(db: &C, user_id: &str, demo: bool) -> Result<bool, AppError> {
    if !demo {
        return Ok(false);
    }
    /// Whether an account is exempt from two-factor.
    #[derive(sea_orm::FromQueryResult)]
    struct Exempt {
        mfa_exempt: bool,
    }
    let row = crate::service::sql::row::<Exempt>(
        db,
        "SELECT mfa_exempt FROM users WHERE id = ?",
        vec![user_id.into()],
    )
    .await?;
    Ok(row.is_some_and(|r| r.mfa_exempt))
}

/// Where a user's sign-in stands with two-factor.
pub async fn two_factor_of<C: ConnectionTrait>(
    db: &C,
    user: &user::Model,
    mfa: bool,
    demo: bool,
) -> Result<TwoFactor, AppError> {
    let role = role_of(user)?;
    if !role.must_pass_two_factor() {
        return Ok(TwoFactor::NotRequired);
    }
    Ok(crate::auth::extract::two_factor_state(
        role,
        demo_exempt(db, &user.id, demo).await?,
        mfa,
        crate::service::two_factor::is_enrolled(db, &user.id).await?,
    ))
}

/// What the app is told about a user; `demo` says the server runs the demo.
pub async fn profile<C: ConnectionTrait>(
    db: &C,
    user: &user::Model,
    demo: bool,
    two_factor: TwoFactor,
) -> Result<UserProfile, AppError> {
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
        phone: user.phone.clone(),
        language: column(&user.language, "users", "language", &user.id)?,
        job_title: user.job_title.clone(),
        organisation,
        demo,
        two_factor,
    })
}

/// A sign-up, checked: her name, how to reach her, her language.
pub struct NewMother {
    pub name: String,
    pub phone: Option<PhoneNumber>,
    pub email: Option<String>,
    pub language: Language,
    pub password: String,
}

/// Checks a sign-up, saying what is wrong in plain words.
pub fn check_signup(request: SignupRequest) -> Result<NewMother, AppError> {
    let name = request.name.trim().to_owned();
    if name.is_empty() || name.chars().count() > 100 {
        return Err(AppError::Validation("name must be 1 to 100 characters".into()));
    }
    let phone = request
        .phone
        .as_deref()
        .map(str::trim)
        .filter(|p| !p.is_empty())
        .map(|p| PhoneNumber::parse(p).map_err(AppError::Validation))
        .transpose()?;
    let email = request
        .email
        .as_deref()
        .map(str::trim)
        .filter(|e| !e.is_empty())
        .map(|e| {
            EmailAddress::parse(e)
                .map(|e| e.as_str().to_owned())
                .map_err(AppError::Validation)
        })
        .transpose()?;
    if phone.is_none() && email.is_none() {
        return Err(AppError::Validation(
            "give a mobile number or an email address".into(),
        ));
    }
    let language: Language = request
        .language
        .parse()
        .map_err(|_| AppError::Validation(format!("`{}` is not an interface language", request.language)))?;
    crate::auth::password_policy::check(&request.password)?;
    Ok(NewMother {
        name,
        phone,
        email,
        language,
        password: request.password,
    })
}

/// Creates a mother's account and her mother record together. A phone number or
/// email already in use is a conflict.
pub async fn create_mother(db: &DatabaseConnection, new: NewMother) -> Result<user::Model, AppError> {
    let phone = new.phone.as_ref().map(|p| p.as_str().to_owned());
    for (taken, what) in [
        (
            match &phone {
                Some(p) => user::Entity::find()
                    .filter(user::Column::Phone.eq(p.as_str()))
                    .one(db)
                    .await?
                    .is_some(),
                None => false,
            },
            "mobile number",
        ),
        (
            match &new.email {
                Some(e) => user::Entity::find()
                    .filter(user::Column::Email.eq(e.as_str()))
                    .one(db)
                    .await?
                    .is_some(),
                None => false,
            },
            "email address",
        ),
    ] {
        if taken {
            return Err(AppError::Conflict(format!(
                "an account already uses this {what}: sign in instead"
            )));
        }
    }
    let hash = crate::auth::password::hash(new.password).await?;
    let now = Utc::now();
    let user_id = uuid::Uuid::new_v4().to_string();
    let txn = db.begin().await?;
    let account = user::ActiveModel {
        id: Set(user_id.clone()),
        email: Set(new.email.clone()),
        phone: Set(phone.clone()),
        password_hash: Set(hash),
        role: Set(Role::Mother.as_str().into()),
        display_name: Set(new.name.clone()),
        job_title: Set(None),
        organisation_id: Set(None),
        language: Set(new.language.tag().into()),
        active: Set(true),
        created_at: Set(now),
    }
    .insert(&txn)
    .await;
    let account = match account {
        Ok(account) => account,
        Err(err) if crate::service::sql::is_unique_violation(&err) => {
            return Err(AppError::Conflict(
                "an account already uses these details: sign in instead".into(),
            ));
        }
        Err(err) => return Err(err.into()),
    };
    mother::ActiveModel {
        id: Set(uuid::Uuid::new_v4().to_string()),
        user_id: Set(Some(user_id)),
        given_name: Set(new.name),
        family_name: Set(None),
        phone: Set(phone),
        email: Set(new.email),
        language: Set(new.language.tag().into()),
        dialect: Set(None),
        interpreter_needed: Set(false),
        due_date: Set(None),
        baby_birth_date: Set(None),
        postcode: Set(None),
        nhs_number: Set(None),
        calendar_token: Set(None),
        baby_name: Set(None),
        last_attended_on: Set(None),
        caseload_added_at: Set(None),
        created_at: Set(now),
    }
    .insert(&txn)
    .await?;
    txn.commit().await?;
    Ok(account)
}
