//! Inviting staff: an admin (any organisation) or a coordinator (their own, and
//! only referrers, hosts and coordinators) invites someone by email with a role and
//! a team. The link goes out through the outbox; the database keeps only its
//! SHA-256. It works once, for 72 hours, unless revoked.

use crate::auth::refresh::{hash_token, new_token};
use crate::auth::scope::Viewer;
use crate::db::column::column;
use crate::entity::user;
use crate::error::AppError;
use crate::service::audit::{self, AuditEntry};
use crate::service::outbox::{self, Recipient};
use crate::service::teams::check_id;
use crate::service::{sql, users};
use chrono::{DateTime, Duration, Utc};
use perilink_shared::accounts::{
    INVITATION_HOURS, Invitation, InvitationPreview, InvitationRequest, InvitationStatus,
};
use perilink_shared::auth::Role;
use perilink_shared::contact::EmailAddress;
use sea_orm::{
    ActiveModelTrait, ConnectionTrait, DatabaseConnection, FromQueryResult, Set, TransactionTrait,
};

const COLUMNS: &str =
    "id, email, role, team_id, organisation_id, created_at, expires_at, accepted_at, revoked_at";

fn status(accepted: bool, revoked: bool, expires_at: DateTime<Utc>) -> InvitationStatus {
    if accepted {
        InvitationStatus::Accepted
    } else if revoked {
        InvitationStatus::Revoked
    } else if expires_at <= Utc::now() {
        InvitationStatus::Expired
    } else {
        InvitationStatus::Pending
    }
}

/// An invitation as its row holds it: [`COLUMNS`].
#[derive(FromQueryResult)]
struct InvitationRow {
    id: String,
    email: String,
    role: String,
    team_id: Option<String>,
    organisation_id: Option<String>,
    created_at: DateTime<Utc>,
    expires_at: DateTime<Utc>,
    accepted_at: Option<DateTime<Utc>>,
    revoked_at: Option<DateTime<Utc>>,
}

fn from_row(row: InvitationRow) -> Result<Invitation, AppError> {
    Ok(Invitation {
        role: column(&row.role, "invitations", "role", &row.id)?,
        id: row.id,
        email: row.email,
        team_id: row.team_id,
        organisation_id: row.organisation_id,
        created_at: row.created_at.to_rfc3339(),
        expires_at: row.expires_at.to_rfc3339(),
        status: status(
            row.accepted_at.is_some(),
            row.revoked_at.is_some(),
            row.expires_at,
        ),
    })
}

/// The organisation of a team, if the team exists.
async fn team_organisation<C: ConnectionTrait>(db: &C, team_id: &str) -> Result<Option<String>, AppError> {
    if check_id(team_id).is_err() {
        return Ok(None);
    }
    Ok(sql::ids(
        db,
        "SELECT organisation_id FROM teams WHERE id = ?",
        vec![team_id.into()],
    )
    .await?
    .into_iter()
    .next())
}

/// Creates an invitation and queues its link.
pub async fn create(
    db: &DatabaseConnection,
    public_url: &str,
    inviter: &Viewer,
    request: InvitationRequest,
) -> Result<Invitation, AppError> {
    let email = EmailAddress::parse(request.email.trim())
        .map_err(AppError::Validation)?
        .as_str()
        .to_owned();
    let email = users::normalise_email(&email);
    if !request.role.is_staff() {
        return Err(AppError::Validation(
            "invite staff only: mothers sign up or are registered by a referrer".into(),
        ));
    }
    let organisation_id = match inviter.role {
        Role::Admin => match (&request.team_id, &request.organisation_id) {
            (Some(team), _) => Some(
                team_organisation(db, team)
                    .await?
                    .ok_or_else(|| AppError::Validation("no such team".into()))?,
            ),
            (None, Some(org)) => {
                if check_id(org).is_err()
                    || sql::ids(
                        db,
                        "SELECT id FROM organisations WHERE id = ?",
                        vec![org.as_str().into()],
                    )
                    .await?
                    .is_empty()
                {
                    return Err(AppError::Validation("no such organisation".into()));
                }
                Some(org.clone())
            }
            (None, None) => None,
        },
        Role::Coordinator => {
            if !matches!(request.role, Role::Referrer | Role::Host | Role::Coordinator) {
                return Err(AppError::Forbidden);
            }
            let own = inviter.organisation_id.clone().ok_or(AppError::Forbidden)?;
            if let Some(team) = &request.team_id
                && team_organisation(db, team).await?.as_deref() != Some(own.as_str())
            {
                return Err(AppError::Validation("no such team in your organisation".into()));
            }
            Some(own)
        }
        _ => return Err(AppError::Forbidden),
    };
    if users::find_by_login(db, &email).await?.is_some() {
        return Err(AppError::Conflict(
            "an account already uses this email address".into(),
        ));
    }
    let token = new_token()?;
    let id = uuid::Uuid::new_v4().to_string();
    let now = Utc::now();
    let txn = db.begin().await?;
    sql::exec(
        &txn,
        "INSERT INTO invitations (id, email, role, organisation_id, team_id, token_hash, invited_by, \
         created_at, expires_at, accepted_at, accepted_user_id, revoked_at) \
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, NULL, NULL, NULL)",
        vec![
            id.clone().into(),
            email.clone().into(),
            request.role.as_str().into(),
            organisation_id.clone().into(),
            request.team_id.clone().into(),
            hash_token(&token).into(),
            inviter.id.clone().into(),
            now.into(),
            (now + Duration::hours(INVITATION_HOURS)).into(),
        ],
    )
    .await?;
    outbox::enqueue_with_payload(
        &txn,
        "email",
        Recipient::Address(&email),
        "invitation",
        "en",
        &id,
        &format!("{public_url}/accept-invitation?token={token}"),
    )
    .await?;
    audit::record(
        &txn,
        AuditEntry {
            actor_id: Some(&inviter.id),
            action: "invitation.create",
            subject_type: Some("invitation"),
            subject_id: Some(&id),
            detail: Some(request.role.as_str()),
        },
    )
    .await?;
    txn.commit().await?;
    tracing::info!(invitation.id = %id, "invitation created");
    find(db, &id).await?.ok_or(AppError::NotFound)
}

async fn find<C: ConnectionTrait>(db: &C, id: &str) -> Result<Option<Invitation>, AppError> {
    let rows: Vec<InvitationRow> = sql::rows(
        db,
        &format!("SELECT {COLUMNS} FROM invitations WHERE id = ?"),
        vec![id.into()],
    )
    .await?;
    rows.into_iter().next().map(from_row).transpose()
}

/// The invitations this viewer may see: all for an admin, their organisation's for
/// a coordinator; newest first.
pub async fn list<C: ConnectionTrait>(db: &C, viewer: &Viewer) -> Result<Vec<Invitation>, AppError> {
    let rows: Vec<InvitationRow> = match viewer.role {
        Role::Admin => {
            sql::rows(
                db,
                &format!("SELECT {COLUMNS} FROM invitations ORDER BY created_at DESC LIMIT 500"),
                vec![],
            )
            .await?
        }
        _ => {
            sql::rows(
                db,
                &format!(
                    "SELECT {COLUMNS} FROM invitations WHERE organisation_id = ? ORDER BY created_at DESC LIMIT 500"
                ),
                vec![viewer.organisation_id.clone().unwrap_or_default().into()],
            )
            .await?
        }
    };
    rows.into_iter().map(from_row).collect()
}

/// Revokes a pending invitation.
pub async fn revoke(db: &DatabaseConnection, viewer: &Viewer, id: &str) -> Result<(), AppError> {
    check_id(id)?;
    let invitation = find(db, id).await?.ok_or(AppError::NotFound)?;
    if viewer.role != Role::Admin && invitation.organisation_id != viewer.organisation_id {
        return Err(AppError::NotFound);
    }
    let revoked = sql::exec(
        db,
        "UPDATE invitations SET revoked_at = ? WHERE id = ? AND accepted_at IS NULL AND revoked_at IS NULL",
        vec![Utc::now().into(), id.into()],
    )
    .await?;
    if revoked != 1 {
        return Err(AppError::Conflict(
            "only a pending invitation can be revoked".into(),
        ));
    }
    outbox::forget_payload(db, id).await?;
    audit::record(
        db,
        AuditEntry {
            actor_id: Some(&viewer.id),
            action: "invitation.revoke",
            subject_type: Some("invitation"),
            subject_id: Some(id),
            detail: None,
        },
    )
    .await?;
    Ok(())
}

/// The invitation a token opens, if it can still be accepted.
async fn usable<C: ConnectionTrait>(db: &C, token: &str) -> Result<(Invitation, Option<String>), AppError> {
    let rows: Vec<InvitationRow> = sql::rows(
        db,
        &format!("SELECT {COLUMNS} FROM invitations WHERE token_hash = ?"),
        vec![hash_token(token.trim()).into()],
    )
    .await?;
    let invitation = rows
        .into_iter()
        .next()
        .map(from_row)
        .transpose()?
        .ok_or(AppError::NotFound)?;
    match invitation.status {
        InvitationStatus::Pending => {}
        InvitationStatus::Accepted => return Err(AppError::InvitationUsed),
        InvitationStatus::Revoked => return Err(AppError::InvitationRevoked),
        InvitationStatus::Expired => return Err(AppError::InvitationExpired),
    }
    let organisation_name = match &invitation.organisation_id {
        Some(org) => sql::ids(
            db,
            "SELECT name FROM organisations WHERE id = ?",
            vec![org.as_str().into()],
        )
        .await?
        .into_iter()
        .next(),
        None => None,
    };
    Ok((invitation, organisation_name))
}

/// What an invitation is for, before it is accepted.
pub async fn preview<C: ConnectionTrait>(db: &C, token: &str) -> Result<InvitationPreview, AppError> {
    let (invitation, organisation_name) = usable(db, token).await?;
    Ok(InvitationPreview {
        email: invitation.email,
        role: invitation.role,
        organisation_name,
    })
}

/// Accepts an invitation: creates the account, joins the team, and spends the
/// invitation (once, even with two servers racing). Returns the new account.
pub async fn accept(
    db: &DatabaseConnection,
    token: &str,
    password: String,
    display_name: &str,
) -> Result<user::Model, AppError> {
    let display_name = display_name.trim();
    if display_name.is_empty()
        || display_name.chars().count() > 200
        || display_name.chars().any(char::is_control)
    {
        return Err(AppError::Validation(
            "display_name must be 1 to 200 characters".into(),
        ));
    }
    crate::auth::password_policy::check(&password)?;
    let (invitation, _) = usable(db, token).await?;
    let hash = crate::auth::password::hash(password).await?;
    let now = Utc::now();
    let user_id = uuid::Uuid::new_v4().to_string();
    let txn = db.begin().await?;
    let spent = sql::exec(
        &txn,
        "UPDATE invitations SET accepted_at = ? \
         WHERE id = ? AND accepted_at IS NULL AND revoked_at IS NULL AND expires_at > ?",
        vec![now.into(), invitation.id.clone().into(), now.into()],
    )
    .await?;
    if spent != 1 {
        return Err(AppError::InvitationUsed);
    }
    let account = user::ActiveModel {
        id: Set(user_id.clone()),
        email: Set(Some(invitation.email.clone())),
        phone: Set(None),
        password_hash: Set(hash),
        role: Set(invitation.role.as_str().into()),
        display_name: Set(display_name.to_owned()),
        job_title: Set(None),
        organisation_id: Set(invitation.organisation_id.clone()),
        language: Set("en".into()),
        active: Set(true),
        created_at: Set(now),
    }
    .insert(&txn)
    .await
    .map_err(|err| {
        if sql::is_unique_violation(&err) {
            AppError::Conflict("an account already uses this email address".into())
        } else {
            err.into()
        }
    })?;
    sql::exec(
        &txn,
        "UPDATE invitations SET accepted_user_id = ? WHERE id = ?",
        vec![user_id.clone().into(), invitation.id.clone().into()],
    )
    .await?;
    if let Some(team) = &invitation.team_id {
        sql::exec(
            &txn,
            "INSERT INTO team_members (team_id, user_id) VALUES (?, ?)",
            vec![team.as_str().into(), user_id.clone().into()],
        )
        .await?;
    }
    outbox::forget_payload(&txn, &invitation.id).await?;
    audit::record(
        &txn,
        AuditEntry {
            actor_id: Some(&user_id),
            action: "invitation.accept",
            subject_type: Some("invitation"),
            subject_id: Some(&invitation.id),
            detail: Some(invitation.role.as_str()),
        },
    )
    .await?;
    txn.commit().await?;
    Ok(account)
}
