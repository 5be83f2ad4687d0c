//! Organisations, the teams within them and their members, the staff list, and
//! deactivating an account. Admins manage every organisation; a coordinator manages
//! the teams and staff of their own (never an admin).

use crate::auth::scope::Viewer;
use crate::db::column;
use crate::error::AppError;
use crate::service::audit::{self, AuditEntry};
use crate::service::{sign_ins, sql};
use chrono::Utc;
use perilink_shared::accounts::{
    NewOrganisation, NewTeam, Organisation, StaffUser, Team, TeamMember, TeamRef,
};
use perilink_shared::auth::Role;
use perilink_shared::directory_admin::OrganisationKind;
use sea_orm::{ConnectionTrait, DatabaseConnection, FromQueryResult, TransactionTrait};
use std::collections::HashMap;

fn check_name(name: &str) -> Result<String, AppError> {
    let name = name.trim();
    if name.is_empty() || name.chars().count() > 200 || name.chars().any(char::is_control) {
        return Err(AppError::Validation("name must be 1 to 200 characters".into()));
    }
    Ok(name.to_owned())
}

/// Refuses an id that cannot be one of ours (every id is a UUID) before it reaches
/// the database.
pub fn check_id(id: &str) -> Result<(), AppError> {
    uuid::Uuid::parse_str(id)
        .map(|_| ())
        .map_err(|_| AppError::NotFound)
}

/// An organisation or a team, as its row holds it.
#[derive(FromQueryResult)]
struct NamedRow {
    id: String,
    name: String,
    kind: String,
}

/// A member of a team.
#[derive(FromQueryResult)]
struct MemberRow {
    team_id: String,
    user_id: String,
    display_name: String,
    role: String,
}

/// A team a user is in.
#[derive(FromQueryResult)]
struct MembershipRow {
    user_id: String,
    team_id: String,
    name: String,
}

/// A user's role and organisation.
#[derive(FromQueryResult)]
struct RoleRow {
    role: String,
    organisation_id: Option<String>,
}

/// A member of staff, with how many confirmed authenticators they have.
#[derive(FromQueryResult)]
struct StaffRow {
    id: String,
    display_name: String,
    email: Option<String>,
    role: String,
    active: bool,
    organisation_id: Option<String>,
    authenticators: i64,
}

/// Writes what a manager did to the audit log.
async fn audited<C: ConnectionTrait>(
    db: &C,
    actor: &str,
    action: &str,
    (subject_type, subject_id): (&str, &str),
    detail: Option<&str>,
) -> Result<(), AppError> {
    audit::record(
        db,
        AuditEntry {
            actor_id: Some(actor),
            action,
            subject_type: Some(subject_type),
            subject_id: Some(subject_id),
            detail,
        },
    )
    .await?;
    Ok(())
}

/// The organisations the viewer manages (every one for an admin, her own for a
/// coordinator), by name.
pub async fn organisations<C: ConnectionTrait>(
    db: &C,
    viewer: &Viewer,
) -> Result<Vec<Organisation>, AppError> {
    let rows: Vec<NamedRow> = sql::rows(
        db,
        "SELECT id, name, kind FROM organisations ORDER BY name",
        vec![],
    )
    .await?;
    rows.into_iter()
        .map(|r| {
            let kind = OrganisationKind::parse(&r.kind)
                .ok_or_else(|| column::unknown("organisations", "kind", &r.id))?;
            Ok(Organisation {
                id: r.id,
                name: r.name,
                kind,
            })
        })
        .filter(|o: &Result<Organisation, AppError>| !matches!(o, Ok(o) if !manages(viewer, &o.id)))
        .collect()
}

/// Creates an organisation.
pub async fn create_organisation<C: ConnectionTrait>(
    db: &C,
    actor: &Viewer,
    new: NewOrganisation,
) -> Result<Organisation, AppError> {
    let name = check_name(&new.name)?;
    let id = uuid::Uuid::new_v4().to_string();
    sql::exec(
        db,
        "INSERT INTO organisations (id, name, kind, website, created_at) VALUES (?, ?, ?, NULL, ?)",
        vec![
            id.clone().into(),
            name.clone().into(),
            new.kind.as_str().into(),
            Utc::now().into(),
        ],
    )
    .await?;
    audited(db, &actor.id, "organisation.create", ("organisation", &id), None).await?;
    Ok(Organisation {
        id,
        name,
        kind: new.kind,
    })
}

/// Whether this viewer manages this organisation: admins all, coordinators their own.
fn manages(viewer: &Viewer, organisation_id: &str) -> bool {
    match viewer.role {
        Role::Admin => true,
        Role::Coordinator => viewer.organisation_id.as_deref() == Some(organisation_id),
        _ => false,
    }
}

async fn organisation_exists<C: ConnectionTrait>(db: &C, id: &str) -> Result<bool, AppError> {
    Ok(
        !sql::ids(db, "SELECT id FROM organisations WHERE id = ?", vec![id.into()])
            .await?
            .is_empty(),
    )
}

/// An organisation's teams with their members.
pub async fn teams<C: ConnectionTrait>(
    db: &C,
    viewer: &Viewer,
    organisation_id: &str,
) -> Result<Vec<Team>, AppError> {
    check_id(organisation_id)?;
    if !manages(viewer, organisation_id) || !organisation_exists(db, organisation_id).await? {
        return Err(AppError::NotFound);
    }
    let rows: Vec<NamedRow> = sql::rows(
        db,
        "SELECT id, name, kind FROM teams WHERE organisation_id = ? ORDER BY name",
        vec![organisation_id.into()],
    )
    .await?;
    let members: Vec<MemberRow> = sql::rows(
        db,
        "SELECT tm.team_id, u.id AS user_id, u.display_name, u.role FROM team_members tm \
         JOIN users u ON u.id = tm.user_id JOIN teams t ON t.id = tm.team_id \
         WHERE t.organisation_id = ? ORDER BY u.display_name",
        vec![organisation_id.into()],
    )
    .await?;
    let mut by_team: HashMap<String, Vec<TeamMember>> = HashMap::new();
    for m in members {
        by_team.entry(m.team_id).or_default().push(TeamMember {
            role: column::column(&m.role, "users", "role", &m.user_id)?,
            user_id: m.user_id,
            display_name: m.display_name,
        });
    }
    rows.into_iter()
        .map(|r| {
            Ok(Team {
                kind: column::column(&r.kind, "teams", "kind", &r.id)?,
                members: by_team.remove(&r.id).unwrap_or_default(),
                id: r.id,
                organisation_id: organisation_id.to_owned(),
                name: r.name,
            })
        })
        .collect()
}

/// Creates a team in an organisation.
pub async fn create_team<C: ConnectionTrait>(
    db: &C,
    viewer: &Viewer,
    organisation_id: &str,
    new: NewTeam,
) -> Result<Team, AppError> {
    check_id(organisation_id)?;
    if !manages(viewer, organisation_id) || !organisation_exists(db, organisation_id).await? {
        return Err(AppError::NotFound);
    }
    let name = check_name(&new.name)?;
    let id = uuid::Uuid::new_v4().to_string();
    sql::exec(
        db,
        "INSERT INTO teams (id, organisation_id, name, kind, created_at) VALUES (?, ?, ?, ?, ?)",
        vec![
            id.clone().into(),
            organisation_id.into(),
            name.clone().into(),
            new.kind.as_str().into(),
            Utc::now().into(),
        ],
    )
    .await?;
    audited(db, &viewer.id, "team.create", ("team", &id), None).await?;
    Ok(Team {
        id,
        organisation_id: organisation_id.to_owned(),
        name,
        kind: new.kind,
        members: vec![],
    })
}

/// The organisation of a team this viewer manages.
async fn managed_team<C: ConnectionTrait>(
    db: &C,
    viewer: &Viewer,
    team_id: &str,
) -> Result<String, AppError> {
    let org = sql::ids(
        db,
        "SELECT organisation_id FROM teams WHERE id = ?",
        vec![team_id.into()],
    )
    .await?
    .into_iter()
    .next()
    .ok_or(AppError::NotFound)?;
    if !manages(viewer, &org) {
        return Err(AppError::NotFound);
    }
    Ok(org)
}

/// Adds a member of staff of the team's organisation to the team.
pub async fn add_member<C: ConnectionTrait>(
    db: &C,
    viewer: &Viewer,
    team_id: &str,
    user_id: &str,
) -> Result<(), AppError> {
    let org = managed_team(db, viewer, team_id).await?;
    check_id(user_id).map_err(|_| AppError::Validation("no such user".into()))?;
    let row: RoleRow = sql::row(
        db,
        "SELECT role, organisation_id FROM users WHERE id = ?",
        vec![user_id.into()],
    )
    .await?
    .ok_or_else(|| AppError::Validation("no such user".into()))?;
    let role: Role = column::column(&row.role, "users", "role", user_id)?;
    if !role.is_staff() || row.organisation_id.as_deref() != Some(org.as_str()) {
        return Err(AppError::Validation(
            "only staff of the team's organisation can join it".into(),
        ));
    }
    sql::exec(
        db,
        "INSERT INTO team_members (team_id, user_id) VALUES (?, ?) ON CONFLICT DO NOTHING",
        vec![team_id.into(), user_id.into()],
    )
    .await?;
    audited(
        db,
        &viewer.id,
        "team.member_added",
        ("user", user_id),
        Some(team_id),
    )
    .await?;
    Ok(())
}

/// Takes someone off a team.
pub async fn remove_member<C: ConnectionTrait>(
    db: &C,
    viewer: &Viewer,
    team_id: &str,
    user_id: &str,
) -> Result<(), AppError> {
    managed_team(db, viewer, team_id).await?;
    check_id(user_id)?;
    let removed = sql::exec(
        db,
        "DELETE FROM team_members WHERE team_id = ? AND user_id = ?",
        vec![team_id.into(), user_id.into()],
    )
    .await?;
    if removed == 0 {
        return Err(AppError::NotFound);
    }
    audited(
        db,
        &viewer.id,
        "team.member_removed",
        ("user", user_id),
        Some(team_id),
    )
    .await?;
    Ok(())
}

/// Staff this viewer manages: all for an admin, their organisation's for a
/// coordinator.
pub async fn staff<C: ConnectionTrait>(db: &C, viewer: &Viewer) -> Result<Vec<StaffUser>, AppError> {
    let base = "SELECT u.id, u.display_name, u.email, u.role, u.active, u.organisation_id, \
                (SELECT COUNT(*) FROM totp_credentials t WHERE t.user_id = u.id AND t.confirmed_at IS NOT NULL) \
                AS authenticators \
                FROM users u WHERE u.role <> 'mother'";
    let rows: Vec<StaffRow> = match viewer.role {
        Role::Admin => sql::rows(db, &format!("{base} ORDER BY u.display_name LIMIT 1000"), vec![]).await?,
        _ => {
            sql::rows(
                db,
                &format!("{base} AND u.organisation_id = ? ORDER BY u.display_name LIMIT 1000"),
                vec![viewer.organisation_id.clone().unwrap_or_default().into()],
            )
            .await?
        }
    };
    let memberships: Vec<MembershipRow> = sql::rows(
        db,
        "SELECT tm.user_id, t.id AS team_id, t.name FROM team_members tm JOIN teams t ON t.id = tm.team_id ORDER BY t.name",
        vec![],
    )
    .await?;
    let mut teams: HashMap<String, Vec<TeamRef>> = HashMap::new();
    for m in memberships {
        teams.entry(m.user_id).or_default().push(TeamRef {
            id: m.team_id,
            name: m.name,
        });
    }
    rows.into_iter()
        .map(|r| {
            Ok(StaffUser {
                role: column::column(&r.role, "users", "role", &r.id)?,
                teams: teams.remove(&r.id).unwrap_or_default(),
                id: r.id,
                display_name: r.display_name,
                email: r.email,
                active: r.active,
                organisation_id: r.organisation_id,
                totp_enrolled: r.authenticators > 0,
            })
        })
        .collect()
}

/// Gives a member of staff another staff role. The role is read from the account
/// on every request, so it counts from their next one.
pub async fn change_role<C: ConnectionTrait>(
    db: &C,
    viewer: &Viewer,
    user_id: &str,
    role: Role,
) -> Result<(), AppError> {
    let current = managed_role(db, viewer, user_id).await?;
    if !current.is_staff() {
        return Err(AppError::NotFound);
    }
    let may_give = match viewer.role {
        Role::Admin => role.is_staff(),
        _ => matches!(role, Role::Referrer | Role::Host | Role::Coordinator),
    };
    if !may_give {
        return Err(AppError::Forbidden);
    }
    if user_id == viewer.id {
        return Err(AppError::Conflict("you cannot change your own role".into()));
    }
    sql::exec(
        db,
        "UPDATE users SET role = ? WHERE id = ?",
        vec![role.as_str().into(), user_id.into()],
    )
    .await?;
    let change = format!("{current} -> {role}");
    audited(
        db,
        &viewer.id,
        "user.role_changed",
        ("user", user_id),
        Some(&change),
    )
    .await?;
    Ok(())
}

/// The role of account `user_id` when the viewer manages it: admins every account,
/// coordinators the non-admins of their own organisation; for anyone else the
/// account is not found.
async fn managed_role(db: &impl ConnectionTrait, viewer: &Viewer, user_id: &str) -> Result<Role, AppError> {
    check_id(user_id)?;
    let row: RoleRow = sql::row(
        db,
        "SELECT role, organisation_id FROM users WHERE id = ?",
        vec![user_id.into()],
    )
    .await?
    .ok_or(AppError::NotFound)?;
    let role: Role = column::column(&row.role, "users", "role", user_id)?;
    let org = row.organisation_id;
    let manages = match viewer.role {
        Role::Admin => true,
        Role::Coordinator => role != Role::Admin && org.is_some() && org == viewer.organisation_id,
        _ => false,
    };
    if manages {
        Ok(role)
    } else {
        Err(AppError::NotFound)
    }
}

/// Deactivates an account and ends all its sign-ins at once: its access tokens are
/// refused from the next request. Admins deactivate anyone but themselves;
/// coordinators non-admins of their own organisation.
pub async fn deactivate(db: &DatabaseConnection, viewer: &Viewer, user_id: &str) -> Result<(), AppError> {
    managed_role(db, viewer, user_id).await?;
    if user_id == viewer.id {
        return Err(AppError::Conflict(
            "you cannot deactivate your own account".into(),
        ));
    }
    let txn = db.begin().await?;
    sql::exec(
        &txn,
        "UPDATE users SET active = ? WHERE id = ?",
        vec![false.into(), user_id.into()],
    )
    .await?;
    sign_ins::end_all(&txn, user_id).await?;
    audited(&txn, &viewer.id, "user.deactivate", ("user", user_id), None).await?;
    txn.commit().await?;
    tracing::info!(user.id = %user_id, "account deactivated; every sign-in ended");
    Ok(())
}
