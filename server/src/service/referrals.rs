//! Mothers on caseloads, their consent, referrals and every move of them, and the
//! effects that close the loop: notifications to the referrer and messages to the
//! mother through the outbox.

use crate::auth::scope::{ReferralFields, Relation, Viewer};
use crate::db::column;
use crate::directory::Snapshot;
use crate::entity::{
    consent, mother, notification, outbox, programme, programme_translation, referral, referral_event,
    session, user,
};
use crate::error::AppError;
use crate::service::attendance::{MarksOf, attendance_of};
use crate::service::{bookings, sql};
use chrono::{DateTime, NaiveDate, Utc};
use perilink_shared::booking::BookingRequest;
use perilink_shared::contact::{EmailAddress, PhoneNumber};
use perilink_shared::directory::LocalisedText;
use perilink_shared::language::LanguageTag;
use perilink_shared::referral::{
    Actor, CareTeam, CareTeamMember, Caseload, CaseloadEntry, ConsentInput, ConsentRecord, ConsentScope,
    MotherHint, MotherInput, MotherRecord, Referral, ReferralEvent, ReferralRequest, ReferralStatus,
    TransitionError, TransitionRequest, parse_nhs_number,
};
use perilink_shared::register::AttendanceEntry;
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DatabaseConnection, DatabaseTransaction, DbErr,
    EntityTrait, FromQueryResult, IntoActiveModel, QueryFilter, QueryOrder, QuerySelect, Set,
    TransactionTrait,
};
use std::collections::HashMap;

fn new_id() -> String {
    uuid::Uuid::new_v4().to_string()
}

fn rfc3339(at: DateTime<Utc>) -> String {
    at.to_rfc3339_opts(chrono::SecondsFormat::Secs, true)
}

fn optional_text(value: Option<String>, field: &str, max: usize) -> Result<Option<String>, AppError> {
    let value = value.map(|v| v.trim().to_owned()).filter(|v| !v.is_empty());
    if value.as_ref().is_some_and(|v| v.chars().count() > max) {
        return Err(AppError::Validation(format!(
            "{field} may be at most {max} characters"
        )));
    }
    Ok(value)
}

fn optional_date(value: Option<String>, field: &str) -> Result<Option<NaiveDate>, AppError> {
    value
        .filter(|v| !v.trim().is_empty())
        .map(|v| {
            NaiveDate::parse_from_str(v.trim(), "%Y-%m-%d")
                .map_err(|_| AppError::Validation(format!("{field} must be a date as YYYY-MM-DD, not `{v}`")))
        })
        .transpose()
}

/// A mother's details, checked.
struct CheckedMother {
    given_name: String,
    family_name: Option<String>,
    phone: Option<String>,
    email: Option<String>,
    language: String,
    dialect: Option<String>,
    interpreter_needed: bool,
    due_date: Option<NaiveDate>,
    baby_birth_date: Option<NaiveDate>,
    nhs_number: Option<String>,
    postcode: Option<String>,
    baby_name: Option<String>,
}

fn check_mother(input: MotherInput) -> Result<CheckedMother, AppError> {
    let given_name = input.given_name.trim().to_owned();
    if given_name.is_empty() || given_name.chars().count() > 100 {
        return Err(AppError::Validation(
            "given_name must be 1 to 100 characters".into(),
        ));
    }
    let language = LanguageTag::parse(&input.language)
        .map(String::from)
        .ok_or_else(|| {
            AppError::Validation(format!(
                "`{}` is not a BCP 47 language tag",
                input.language.trim()
            ))
        })?;
    let phone = optional_text(input.phone, "phone", 40)?
        .map(|p| {
            PhoneNumber::parse(&p)
                .map(|p| p.as_str().to_owned())
                .map_err(AppError::Validation)
        })
        .transpose()?;
    let email = optional_text(input.email, "email", 254)?
        .map(|e| {
            EmailAddress::parse(&e)
                .map(|e| e.as_str().to_owned())
                .map_err(AppError::Validation)
        })
        .transpose()?;
    let nhs_number = optional_text(input.nhs_number, "nhs_number", 20)?
        .map(|n| parse_nhs_number(&n).map_err(AppError::Validation))
        .transpose()?;
    let postcode = optional_text(input.postcode, "postcode", 10)?.map(|p| p.to_uppercase());
    if let Some(p) = &postcode
        && crate::directory::places::resolve(p).is_err()
    {
        return Err(AppError::Validation(format!(
            "`{p}` is not a UK postcode we know"
        )));
    }
    Ok(CheckedMother {
        given_name,
        family_name: optional_text(input.family_name, "family_name", 100)?,
        phone,
        email,
        language,
        dialect: optional_text(input.dialect, "dialect", 100)?,
        interpreter_needed: input.interpreter_needed,
        due_date: optional_date(input.due_date, "due_date")?,
        baby_birth_date: optional_date(input.baby_birth_date, "baby_birth_date")?,
        nhs_number,
        postcode,
        baby_name: optional_text(input.baby_name, "baby_name", 100)?,
    })
}

/// The consent in force for a mother, if any.
pub async fn current_consent(
    db: &impl ConnectionTrait,
    mother_id: &str,
) -> Result<Option<consent::Model>, DbErr> {
    consent::Entity::find()
        .filter(consent::Column::MotherId.eq(mother_id))
        .filter(consent::Column::WithdrawnAt.is_null())
        .order_by_desc(consent::Column::RecordedAt)
        .one(db)
        .await
}

fn consent_record(c: &consent::Model) -> Result<ConsentRecord, DbErr> {
    Ok(ConsentRecord {
        id: c.id.clone(),
        scopes: column::list(&c.scopes, "consents", "scopes", &c.id)?,
        shared_with: c.shared_with.clone(),
        contact: column::column(&c.contact, "consents", "contact", &c.id)?,
        recorded_at: rfc3339(c.recorded_at),
        recorded_by: c.recorded_by.clone(),
        withdrawn_at: c.withdrawn_at.map(rfc3339),
    })
}

/// A mother's record as her care team sees it.
pub async fn mother_record(db: &impl ConnectionTrait, m: &mother::Model) -> Result<MotherRecord, DbErr> {
    let consent = current_consent(db, &m.id).await?;
    Ok(MotherRecord {
        id: m.id.clone(),
        given_name: m.given_name.clone(),
        family_name: m.family_name.clone(),
        phone: m.phone.clone(),
        email: m.email.clone(),
        language: m.language.clone(),
        dialect: m.dialect.clone(),
        interpreter_needed: m.interpreter_needed,
        due_date: m.due_date.map(|d| d.to_string()),
        baby_birth_date: m.baby_birth_date.map(|d| d.to_string()),
        nhs_number: m.nhs_number.clone(),
        postcode: m.postcode.clone(),
        baby_name: m.baby_name.clone(),
        consent: consent.as_ref().map(consent_record).transpose()?,
        contact_window: super::contact_windows::window_of(db, &m.id).await?,
        undelivered: super::outbox::undelivered_to(db, m).await?,
    })
}

/// Puts a mother on a user's caseload (with the reason she will see, if one was
/// given) and keeps on her row when she was last added to anyone's, the order a
/// caseload page is read in. Already on it: nothing changes. Every write to the
/// caseload goes through here, or is followed by [`rank_caseloads`].
pub async fn add_to_caseload(
    db: &impl ConnectionTrait,
    user_id: &str,
    mother_id: &str,
    reason: Option<&str>,
) -> Result<(), DbErr> {
    let now = Utc::now();
    // ON CONFLICT, not a caught error: a failed INSERT would abort a PostgreSQL
    // transaction.
    let added = sql::exec(
        db,
        "INSERT INTO caseload (user_id, mother_id, added_at, reason) VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING",
        vec![user_id.into(), mother_id.into(), now.into(), reason.map(str::to_owned).into()],
    )
    .await?;
    if added > 0 {
        sql::exec(
            db,
            "UPDATE mothers SET caseload_added_at = ? WHERE id = ? \
             AND (caseload_added_at IS NULL OR caseload_added_at < ?)",
            vec![now.into(), mother_id.into(), now.into()],
        )
        .await?;
    }
    Ok(())
}

/// Works out again, for every mother, when she was last added to a caseload: for
/// the seeders, which write the caseload in bulk.
pub async fn rank_caseloads(db: &impl ConnectionTrait) -> Result<(), DbErr> {
    sql::exec(
        db,
        "UPDATE mothers SET caseload_added_at = (SELECT MAX(c.added_at) FROM caseload c WHERE c.mother_id = mothers.id)",
        vec![],
    )
    .await?;
    Ok(())
}

/// Registers a mother on the referrer's caseload, inside the caller's transaction
/// `txn` (with her set-up link and the audit entry). A mother already known by her
/// NHS number is a conflict: find her instead, so nothing is typed twice.
pub async fn register_mother(
    txn: &DatabaseTransaction,
    viewer: &Viewer,
    input: MotherInput,
) -> Result<mother::Model, AppError> {
    let known =
        || AppError::Conflict("a mother with this NHS number is already known: find her instead".into());
    let m = check_mother(input)?;
    if let Some(nhs) = &m.nhs_number
        && mother::Entity::find()
            .filter(mother::Column::NhsNumber.eq(nhs.as_str()))
            .one(txn)
            .await?
            .is_some()
    {
        return Err(known());
    }
    let inserted = mother::ActiveModel {
        id: Set(new_id()),
        user_id: Set(None),
        given_name: Set(m.given_name),
        family_name: Set(m.family_name),
        phone: Set(m.phone),
        email: Set(m.email),
        language: Set(m.language),
        dialect: Set(m.dialect),
        interpreter_needed: Set(m.interpreter_needed),
        due_date: Set(m.due_date),
        baby_birth_date: Set(m.baby_birth_date),
        postcode: Set(m.postcode),
        nhs_number: Set(m.nhs_number),
        calendar_token: Set(None),
        baby_name: Set(m.baby_name),
        last_attended_on: Set(None),
        caseload_added_at: Set(None),
        created_at: Set(Utc::now()),
    }
    .insert(txn)
    .await;
    let record = match inserted {
        Ok(record) => record,
        // Registered at the same moment by another request (PostgreSQL, where
        // these transactions do not queue).
        Err(e) if sql::is_unique_violation(&e) => return Err(known()),
        Err(e) => return Err(e.into()),
    };
    add_to_caseload(txn, &viewer.id, &record.id, None).await?;
    Ok(record)
}

/// Updates what is known of a mother.
pub async fn update_mother(
    db: &DatabaseConnection,
    existing: mother::Model,
    input: MotherInput,
) -> Result<mother::Model, AppError> {
    let m = check_mother(input)?;
    if let Some(nhs) = &m.nhs_number
        && mother::Entity::find()
            .filter(mother::Column::NhsNumber.eq(nhs.as_str()))
            .filter(mother::Column::Id.ne(existing.id.as_str()))
            .one(db)
            .await?
            .is_some()
    {
        return Err(AppError::Conflict("another mother has this NHS number".into()));
    }
    let mut active = existing.into_active_model();
    active.given_name = Set(m.given_name);
    active.family_name = Set(m.family_name);
    active.phone = Set(m.phone);
    active.email = Set(m.email);
    active.language = Set(m.language);
    active.dialect = Set(m.dialect);
    active.interpreter_needed = Set(m.interpreter_needed);
    active.due_date = Set(m.due_date);
    active.baby_birth_date = Set(m.baby_birth_date);
    active.postcode = Set(m.postcode);
    active.nhs_number = Set(m.nhs_number);
    active.baby_name = Set(m.baby_name);
    Ok(active.update(db).await?)
}

/// Mothers found by a search: those in the caller's care, and those known by the
/// exact phone number, email or NHS number typed who are not.
pub struct Found {
    /// In the caller's care: by name, contact or number.
    pub in_care: Vec<mother::Model>,
    /// Known by the exact contact or number, in nobody's care of the caller's.
    pub elsewhere: Vec<mother::Model>,
}

/// Finds mothers: in the caller's care by name or contact, and anywhere by an exact
/// phone number, email or NHS number (so a mother already known is found, not
/// registered twice). Only care staff find anyone outside their care.
pub async fn find_mothers(db: &impl ConnectionTrait, viewer: &Viewer, q: &str) -> Result<Found, AppError> {
    let q = q.trim();
    let like = format!("%{}%", q.to_lowercase().replace(['%', '_'], ""));
    let (scope, mut values) = viewer.caseload_condition();
    values.extend([like.clone().into(), like.clone().into(), like.into()]);
    let ids = sql::ids(
        db,
        &format!(
            "SELECT m.id FROM mothers m WHERE {scope} AND (LOWER(m.given_name) LIKE ? OR LOWER(COALESCE(m.family_name, '')) LIKE ? \
             OR COALESCE(m.email, '') LIKE ?) ORDER BY m.given_name LIMIT 50"
        ),
        values,
    )
    .await?;
    let exact = if let Ok(phone) = PhoneNumber::parse(q) {
        Some(mother::Column::Phone.eq(phone.as_str()))
    } else if let Ok(nhs) = parse_nhs_number(q) {
        Some(mother::Column::NhsNumber.eq(nhs))
    } else if let Ok(email) = EmailAddress::parse(q) {
        Some(mother::Column::Email.eq(email.as_str()))
    } else {
        None
    };
    let mut found = Found {
        in_care: Vec::new(),
        elsewhere: Vec::new(),
    };
    for id in &ids {
        if let Some(m) = mother::Entity::find_by_id(id.as_str()).one(db).await? {
            found.in_care.push(m);
        }
    }
    if let Some(exact) = exact.filter(|_| viewer.is_care_staff()) {
        for m in mother::Entity::find().filter(exact).limit(10).all(db).await? {
            if ids.contains(&m.id) {
                continue;
            }
            if viewer.cares_for(db, &m.id).await? {
                found.in_care.push(m);
            } else {
                found.elsewhere.push(m);
            }
        }
    }
    Ok(found)
}

/// What a search tells of a mother outside the caller's care: that she exists.
pub fn hint(m: &mother::Model) -> MotherHint {
    let month = |d: NaiveDate| d.format("%Y-%m").to_string();
    // A mother who signed up herself gave one name, often her whole name: its first
    // word stands for her first name and the rest for her family name.
    let mut words = m.given_name.split_whitespace();
    let first = words.next().unwrap_or_default().to_owned();
    let family = m
        .family_name
        .clone()
        .filter(|f| !f.trim().is_empty())
        .or_else(|| words.next().map(str::to_owned));
    MotherHint {
        id: m.id.clone(),
        given_name: first,
        family_initial: family
            .as_deref()
            .and_then(|f| f.trim().chars().next())
            .map(|c| c.to_uppercase().collect()),
        due_month: m.due_date.map(month),
        birth_month: m.baby_birth_date.map(month),
    }
}

/// Adds a mother the caller found to their caseload, with the reason she will see.
/// Her record follows. Adding her again changes nothing but is not an error.
pub async fn join_caseload(
    db: &impl ConnectionTrait,
    viewer: &Viewer,
    mother_id: &str,
    reason: &str,
) -> Result<mother::Model, AppError> {
    let reason = reason.trim();
    if reason.is_empty() || reason.chars().count() > 500 {
        return Err(AppError::Validation(
            "say why you are taking her on: 1 to 500 characters".into(),
        ));
    }
    let m = mother::Entity::find_by_id(mother_id)
        .one(db)
        .await?
        .ok_or(AppError::NotFound)?;
    add_to_caseload(db, &viewer.id, &m.id, Some(reason)).await?;
    if let Some(user_id) = &m.user_id {
        notify(db, user_id, "caseload_added", &viewer.id).await?;
    }
    Ok(m)
}

/// One of the people caring for her, as the caseload and their account hold them.
#[derive(FromQueryResult)]
struct CareTeamRow {
    display_name: String,
    job_title: Option<String>,
    organisation: Option<String>,
    added_at: DateTime<Utc>,
    reason: Option<String>,
}

/// A mother on a caseload, with her consent's scopes and her referrals' counts.
#[derive(FromQueryResult)]
struct CaseloadRow {
    id: String,
    given_name: String,
    family_name: Option<String>,
    language: String,
    interpreter_needed: bool,
    due_date: Option<NaiveDate>,
    baby_birth_date: Option<NaiveDate>,
    scopes: Option<String>,
    open_referrals: i64,
    referrals: i64,
    last_attended_on: Option<NaiveDate>,
}

/// The people caring for her: everyone with her on their caseload, newest first.
pub async fn care_team_of(db: &impl ConnectionTrait, mother_id: &str) -> Result<CareTeam, AppError> {
    let rows: Vec<CareTeamRow> = sql::rows(
        db,
        "SELECT u.display_name, u.job_title, o.name AS organisation, c.added_at, c.reason FROM caseload c \
         JOIN users u ON u.id = c.user_id LEFT JOIN organisations o ON o.id = u.organisation_id \
         WHERE c.mother_id = ? ORDER BY c.added_at DESC, u.display_name",
        vec![mother_id.into()],
    )
    .await?;
    let mut members = Vec::with_capacity(rows.len());
    for row in rows {
        members.push(CareTeamMember {
            name: row.display_name,
            job_title: row.job_title,
            organisation: row.organisation,
            added_at: rfc3339(row.added_at),
            reason: row.reason,
        });
    }
    Ok(CareTeam { members })
}

/// A page of the mothers on the viewer's caseload, with where their referrals
/// stand, in one query: newest on a caseload first (when she was last added to
/// anyone's, kept on her row; then by name, then id), the page starting after the
/// mother `after` names, if any. The order is read from each mother's row and only
/// the page's mothers' counts are worked out. The date she last attended is kept on her row by the
/// register and shown only where her consent in force shares her attendance.
pub async fn caseload(
    db: &impl ConnectionTrait,
    viewer: &Viewer,
    after: Option<&str>,
    per_page: u32,
) -> Result<Caseload, AppError> {
    let (scope, scope_values) = viewer.caseload_condition();
    // The open statuses are bound first: they come first in the statement.
    let open_statuses: Vec<&str> = ReferralStatus::ALL
        .iter()
        .filter(|s| !s.is_final())
        .map(|s| s.as_str())
        .collect();
    let open = vec!["?"; open_statuses.len()].join(", ");
    let mut values: Vec<sea_orm::Value> = open_statuses.into_iter().map(Into::into).collect();
    // The mother the last page ended with, if she is still in the viewer's care:
    // this page is the ones sorted after her.
    let (cursor, after_cursor) = match after {
        Some(id) => {
            values.push(id.into());
            values.extend(scope_values.clone());
            (
                format!(
                    ", (SELECT m.caseload_added_at AS added, m.given_name, m.id FROM mothers m WHERE m.id = ? AND {scope}) last_seen"
                ),
                "AND (m.caseload_added_at < last_seen.added OR (m.caseload_added_at = last_seen.added AND \
                 (m.given_name > last_seen.given_name OR (m.given_name = last_seen.given_name AND m.id > last_seen.id))))",
            )
        }
        None => (String::new(), ""),
    };
    values.extend(scope_values);
    // One more than the page, to know whether another follows. The order is the
    // index `mothers_caseload_rank`'s, for a planner that prefers reading it in
    // order to looking up each mother in care and sorting.
    values.push(i64::from(per_page + 1).into());
    let rows: Vec<CaseloadRow> = sql::rows(
        db,
        &format!(
            "SELECT m.id, m.given_name, m.family_name, m.language, m.interpreter_needed, m.due_date, m.baby_birth_date, \
             (SELECT c.scopes FROM consents c WHERE c.mother_id = m.id AND c.withdrawn_at IS NULL \
              ORDER BY c.recorded_at DESC LIMIT 1) AS scopes, \
             (SELECT COUNT(*) FROM referrals r WHERE r.mother_id = m.id AND r.status IN ({open})) AS open_referrals, \
             (SELECT COUNT(*) FROM referrals r WHERE r.mother_id = m.id) AS referrals, \
             m.last_attended_on \
             FROM mothers m{cursor} \
             WHERE {scope} {after_cursor} \
             ORDER BY m.caseload_added_at DESC, m.given_name, m.id LIMIT ?"
        ),
        values,
    )
    .await?;
    let more = rows.len() > per_page as usize;
    let mut mothers = Vec::with_capacity(rows.len());
    for row in rows {
        // Her consent in force decides whether her care team sees her attendance.
        let sees_attendance = Relation::Care.fields_under(row.scopes.as_deref()).attendance;
        mothers.push(CaseloadEntry {
            mother_id: row.id,
            name: [Some(row.given_name), row.family_name]
                .into_iter()
                .flatten()
                .collect::<Vec<_>>()
                .join(" "),
            language: row.language,
            interpreter_needed: row.interpreter_needed,
            due_date: row.due_date.map(|d| d.to_string()),
            baby_birth_date: row.baby_birth_date.map(|d| d.to_string()),
            has_consent: row.scopes.is_some(),
            open_referrals: u32::try_from(row.open_referrals).unwrap_or(0),
            referrals: u32::try_from(row.referrals).unwrap_or(0),
            last_attended: row
                .last_attended_on
                .filter(|_| sees_attendance)
                .map(|d| d.to_string()),
        });
    }
    if more {
        mothers.truncate(per_page as usize);
    }
    let next = more
        .then(|| mothers.last().map(|m| m.mother_id.clone()))
        .flatten();
    Ok(Caseload { mothers, next })
}

/// Records a mother's consent; the newest consent replaces earlier ones.
pub async fn record_consent(
    db: &impl ConnectionTrait,
    viewer: &Viewer,
    mother_id: &str,
    input: ConsentInput,
) -> Result<consent::Model, AppError> {
    if input.scopes.is_empty() {
        return Err(AppError::Validation("say what she agreed may be shared".into()));
    }
    let shared_with = input.shared_with.trim().to_owned();
    if shared_with.is_empty() || shared_with.chars().count() > 300 {
        return Err(AppError::Validation(
            "shared_with must be 1 to 300 characters".into(),
        ));
    }
    let mut scopes: Vec<&str> = input.scopes.iter().map(|s| s.as_str()).collect();
    scopes.sort_unstable();
    scopes.dedup();
    Ok(consent::ActiveModel {
        id: Set(new_id()),
        mother_id: Set(mother_id.to_owned()),
        scopes: Set(scopes.join(" ")),
        shared_with: Set(shared_with),
        contact: Set(input.contact.as_str().into()),
        recorded_at: Set(Utc::now()),
        recorded_by: Set(viewer.id.clone()),
        withdrawn_at: Set(None),
        withdrawn_by: Set(None),
    }
    .insert(db)
    .await?)
}

/// Withdraws a mother's consent. Her open referrals resting on it are withdrawn too.
pub async fn withdraw_consent(
    db: &DatabaseConnection,
    viewer: &Viewer,
    mother_id: &str,
) -> Result<(), AppError> {
    let Some(current) = current_consent(db, mother_id).await? else {
        return Err(AppError::NotFound);
    };
    let actor = if viewer.role == perilink_shared::auth::Role::Mother {
        Actor::Mother
    } else {
        Actor::Referrer
    };
    let txn = db.begin().await?;
    let now = Utc::now();
    let mut active = current.clone().into_active_model();
    active.withdrawn_at = Set(Some(now));
    active.withdrawn_by = Set(Some(viewer.id.clone()));
    active.update(&txn).await?;
    let open = referral::Entity::find()
        .filter(referral::Column::ConsentId.eq(current.id.as_str()))
        .all(&txn)
        .await?;
    for r in open {
        let from: ReferralStatus = column::column(&r.status, "referrals", "status", &r.id)?;
        if from.can_become(ReferralStatus::Withdrawn) {
            move_referral(
                &txn,
                r,
                ReferralStatus::Withdrawn,
                actor,
                Some(&viewer.id),
                Some("consent withdrawn"),
            )
            .await?;
        }
    }
    txn.commit().await?;
    Ok(())
}

/// Sends a referral. Her consent must be recorded and in force.
pub async fn create_referral(
    db: &DatabaseConnection,
    viewer: &Viewer,
    request: ReferralRequest,
) -> Result<referral::Model, AppError> {
    if request.reasons.is_empty() {
        return Err(AppError::Validation(
            "give at least one reason for the referral".into(),
        ));
    }
    let what_matters = optional_text(request.what_matters, "what_matters", 2000)?;
    let note = optional_text(request.note, "note", 2000)?;
    let mother = mother::Entity::find_by_id(request.mother_id.as_str())
        .one(db)
        .await?
        .ok_or(AppError::NotFound)?;
    let (programme_id, session_id) = match (request.programme_id, request.session_id) {
        (_, Some(session_id)) => {
            let s = session::Entity::find_by_id(session_id.as_str())
                .one(db)
                .await?
                .ok_or_else(|| AppError::Validation("no such session".into()))?;
            (s.programme_id, Some(s.id))
        }
        (Some(programme_id), None) => {
            programme::Entity::find_by_id(programme_id.as_str())
                .one(db)
                .await?
                .ok_or_else(|| AppError::Validation("no such programme".into()))?;
            (programme_id, None)
        }
        (None, None) => {
            return Err(AppError::Validation(
                "refer to a programme_id or a session_id".into(),
            ));
        }
    };
    let consent = current_consent(db, &mother.id)
        .await?
        .ok_or(AppError::ConsentRequired)?;
    let mut reasons: Vec<&str> = request.reasons.iter().map(|r| r.as_str()).collect();
    reasons.dedup();
    let now = Utc::now();
    let txn = db.begin().await?;
    add_to_caseload(&txn, &viewer.id, &mother.id, None).await?;
    let r = referral::ActiveModel {
        id: Set(new_id()),
        mother_id: Set(mother.id.clone()),
        referrer_id: Set(viewer.id.clone()),
        programme_id: Set(programme_id),
        session_id: Set(session_id),
        consent_id: Set(consent.id),
        status: Set(ReferralStatus::Sent.as_str().into()),
        reasons: Set(reasons.join(" ")),
        what_matters: Set(what_matters),
        note: Set(note),
        booking_id: Set(None),
        decline_reason: Set(None),
        declined_by: Set(None),
        created_at: Set(now),
        updated_at: Set(now),
        replied_at: Set(None),
        first_attended_at: Set(None),
    }
    .insert(&txn)
    .await?;
    event(
        &txn,
        &r.id,
        None,
        ReferralStatus::Sent,
        Actor::Referrer,
        Some(&viewer.id),
        None,
    )
    .await?;
    txn.commit().await?;
    tracing::info!(referral.id = %r.id, mother.id = %r.mother_id, "referral sent");
    Ok(r)
}

async fn event(
    db: &impl ConnectionTrait,
    referral_id: &str,
    from: Option<ReferralStatus>,
    to: ReferralStatus,
    actor: Actor,
    by: Option<&str>,
    reason: Option<&str>,
) -> Result<(), DbErr> {
    referral_event::ActiveModel {
        id: Set(new_id()),
        referral_id: Set(referral_id.to_owned()),
        from_status: Set(from.map(|s| s.as_str().to_owned())),
        to_status: Set(to.as_str().into()),
        actor: Set(actor.as_str().into()),
        by_user_id: Set(by.map(str::to_owned)),
        at: Set(Utc::now()),
        reason: Set(reason.map(str::to_owned)),
    }
    .insert(db)
    .await?;
    Ok(())
}

/// Tells a user something in the app.
pub async fn notify(
    db: &impl ConnectionTrait,
    user_id: &str,
    kind: &str,
    subject_id: &str,
) -> Result<(), DbErr> {
    notification::ActiveModel {
        id: Set(new_id()),
        user_id: Set(user_id.to_owned()),
        kind: Set(kind.into()),
        subject_id: Set(Some(subject_id.to_owned())),
        created_at: Set(Utc::now()),
        read_at: Set(None),
    }
    .insert(db)
    .await?;
    Ok(())
}

/// Queues a message to a mother by the one contact rule
/// ([`crate::service::contact::plan`]): the channel she chose, when her contact
/// window and quiet hours allow; none if she asked for none. Templates name no
/// health details.
pub async fn message_mother(
    db: &impl ConnectionTrait,
    mother_id: &str,
    template: &str,
    subject_id: &str,
) -> Result<(), DbErr> {
    let Some(m) = mother::Entity::find_by_id(mother_id).one(db).await? else {
        return Ok(());
    };
    let now = Utc::now();
    let Some(plan) = crate::service::contact::plan(db, &m, now).await? else {
        tracing::info!(mother.id = %m.id, template, "no message: her contact choices rule it out");
        return Ok(());
    };
    outbox::ActiveModel {
        id: Set(new_id()),
        channel: Set(plan.channel.into()),
        recipient_user_id: Set(m.user_id.clone()),
        recipient_mother_id: Set(Some(m.id.clone())),
        template: Set(template.into()),
        language: Set(m.language.clone()),
        subject_id: Set(Some(subject_id.to_owned())),
        status: Set("pending".into()),
        attempts: Set(0),
        available_at: Set(plan.at),
        created_at: Set(now),
        sent_at: Set(None),
    }
    .insert(db)
    .await?;
    Ok(())
}

/// Moves a referral, keeping the move, and does what the move means for the people
/// around her. The caller has checked the move is allowed.
pub async fn move_referral(
    db: &impl ConnectionTrait,
    r: referral::Model,
    to: ReferralStatus,
    actor: Actor,
    by: Option<&str>,
    reason: Option<&str>,
) -> Result<referral::Model, DbErr> {
    let from: ReferralStatus = column::column(&r.status, "referrals", "status", &r.id)?;
    let now = Utc::now();
    // A conditional update, so two racing moves cannot both apply.
    let changed = sql::exec(
        db,
        "UPDATE referrals SET status = ?, updated_at = ? WHERE id = ? AND status = ?",
        vec![
            to.as_str().into(),
            now.into(),
            r.id.clone().into(),
            from.as_str().into(),
        ],
    )
    .await?;
    if changed != 1 {
        return Err(DbErr::Custom("the referral changed meanwhile".into()));
    }
    let mut active = r.clone().into_active_model();
    active.status = Set(to.as_str().into());
    active.updated_at = Set(now);
    if from == ReferralStatus::Booked && to == ReferralStatus::Accepted {
        // Her booking was cancelled: there is none to point at any more.
        active.booking_id = Set(None);
    }
    if matches!(to, ReferralStatus::Accepted | ReferralStatus::Declined) && r.replied_at.is_none() {
        active.replied_at = Set(Some(now));
    }
    if to == ReferralStatus::Declined {
        active.decline_reason = Set(reason.map(str::to_owned));
        active.declined_by = Set(Some(actor.as_str().into()));
    }
    let first_attendance = to == ReferralStatus::Attending && r.first_attended_at.is_none();
    if first_attendance {
        active.first_attended_at = Set(Some(now));
    }
    let updated = active.update(db).await?;
    event(db, &r.id, Some(from), to, actor, by, reason).await?;
    let tell_referrer = match to {
        ReferralStatus::Accepted if from == ReferralStatus::Booked => Some("referral_booking_cancelled"),
        ReferralStatus::Accepted => Some("referral_accepted"),
        ReferralStatus::Declined => Some("referral_declined"),
        ReferralStatus::Attending if first_attendance => Some("referral_first_attended"),
        ReferralStatus::DidNotAttend => Some("referral_missed_twice"),
        ReferralStatus::Withdrawn => Some("referral_withdrawn"),
        _ => None,
    };
    if let Some(kind) = tell_referrer {
        notify(db, &r.referrer_id, kind, &r.id).await?;
    }
    match to {
        ReferralStatus::Accepted if actor == Actor::Provider => {
            message_mother(db, &r.mother_id, "referral_accepted", &r.id).await?
        }
        ReferralStatus::Booked => message_mother(db, &r.mother_id, "referral_booked", &r.id).await?,
        _ => {}
    }
    tracing::info!(referral.id = %r.id, from = %from, to = %to, actor = %actor, "referral moved");
    Ok(updated)
}

/// The actor a caller is for a referral, if they may move it at all.
pub async fn actor_for(
    db: &impl ConnectionTrait,
    viewer: &Viewer,
    r: &referral::Model,
) -> Result<Option<Actor>, AppError> {
    use perilink_shared::auth::Role;
    Ok(match viewer.role {
        Role::Mother => {
            let own = mother::Entity::find_by_id(r.mother_id.as_str())
                .one(db)
                .await?
                .and_then(|m| m.user_id);
            (own.as_deref() == Some(viewer.id.as_str())).then_some(Actor::Mother)
        }
        Role::Referrer => viewer
            .cares_for(db, &r.mother_id)
            .await?
            .then_some(Actor::Referrer),
        Role::Host | Role::Coordinator => viewer
            .provides(db, &r.programme_id)
            .await?
            .then_some(Actor::Provider),
        Role::Admin => None,
    })
}

/// Applies a requested move, with its checks: visible, legal, this actor's to make.
pub async fn transition(
    db: &DatabaseConnection,
    snapshot: &Snapshot,
    viewer: &Viewer,
    r: referral::Model,
    request: TransitionRequest,
    today: NaiveDate,
) -> Result<referral::Model, AppError> {
    let actor = actor_for(db, viewer, &r).await?.ok_or(AppError::Forbidden)?;
    let from: ReferralStatus = column::column(&r.status, "referrals", "status", &r.id)?;
    let reason = optional_text(request.reason, "reason", 1000)?;
    from.transition(request.to, actor, reason.is_some())
        .map_err(|e| match e {
            TransitionError::ReasonRequired => AppError::Validation(e.to_string()),
            _ => AppError::IllegalTransition(e.to_string()),
        })?;
    // Where a booking move puts her: the place to take (none for a drop-in) and
    // the session. The place is taken in the move's own transaction, so a move
    // that is not made (a twin of this request or another actor got there first)
    // leaves no booking behind.
    let mut booked_on: Option<(Option<bookings::Checked>, String)> = None;
    if request.to == ReferralStatus::Booked {
        let occurrence_id = request
            .occurrence_id
            .ok_or_else(|| AppError::Validation("say which date to book her on: occurrence_id".into()))?;
        let m = mother::Entity::find_by_id(r.mother_id.as_str())
            .one(db)
            .await?
            .ok_or(AppError::NotFound)?;
        let occurrence = crate::entity::occurrence::Entity::find_by_id(occurrence_id.as_str())
            .one(db)
            .await?
            .ok_or_else(|| AppError::Validation("no such date".into()))?;
        let s = session::Entity::find_by_id(occurrence.session_id.as_str())
            .one(db)
            .await?
            .ok_or(AppError::NotFound)?;
        if s.programme_id != r.programme_id {
            return Err(AppError::Validation(
                "that date is not of the programme she was referred to".into(),
            ));
        }
        let p = programme::Entity::find_by_id(s.programme_id.as_str())
            .one(db)
            .await?
            .ok_or(AppError::NotFound)?;
        let booking_request = if p.format == "course" {
            BookingRequest {
                occurrence_id: None,
                session_id: Some(s.id.clone()),
                waiting_list: false,
            }
        } else {
            BookingRequest {
                occurrence_id: Some(occurrence_id),
                session_id: None,
                waiting_list: false,
            }
        };
        // Drop-in sessions need no booking: she is expected, and that is enough.
        let place = if p.booking == "drop_in" {
            None
        } else {
            Some(bookings::check(db, &m, &booking_request, today).await?)
        };
        booked_on = Some((place, s.id));
    }
    let id = r.id.clone();
    let txn = sql::begin_write(db).await?;
    let mut taken = None;
    let moved = match move_referral(&txn, r, request.to, actor, Some(&viewer.id), reason.as_deref()).await {
        Ok(moved) => match booked_on {
            Some((place, session_id)) => {
                let booking_id = match place {
                    None => None,
                    Some(bookings::Checked::Hers(booked)) => Some(booked.booking.id),
                    Some(bookings::Checked::Free(prepared)) => {
                        let took = prepared.take(&txn).await?;
                        let booking_id = took.booking.id.clone();
                        taken = Some((prepared, took));
                        Some(booking_id)
                    }
                };
                let mut active = moved.into_active_model();
                active.booking_id = Set(booking_id);
                active.session_id = Set(Some(session_id));
                active.update(&txn).await?
            }
            None => moved,
        },
        Err(DbErr::Custom(message)) => {
            txn.rollback().await?;
            // Moved meanwhile, most often by a twin of this request (a retry, a
            // second tap): answered as a repeat after it is.
            let now: Option<ReferralStatus> = referral::Entity::find_by_id(id.as_str())
                .one(db)
                .await?
                .map(|r| column::column(&r.status, "referrals", "status", &r.id))
                .transpose()?;
            return Err(
                match now.map(|now| now.transition(request.to, actor, reason.is_some())) {
                    Some(Err(refused)) => AppError::IllegalTransition(refused.to_string()),
                    _ => AppError::Conflict(message),
                },
            );
        }
        Err(other) => return Err(other.into()),
    };
    txn.commit().await?;
    if let Some((prepared, took)) = taken {
        prepared.settle(db, snapshot, took).await;
    }
    Ok(moved)
}

/// A programme's title in a language, else English marked untranslated.
pub async fn programme_title(
    db: &impl ConnectionTrait,
    programme_id: &str,
    language: &str,
) -> Result<LocalisedText, DbErr> {
    Ok(programme_titles(db, &[programme_id.to_owned()], language)
        .await?
        .remove(programme_id)
        .unwrap_or_else(untitled))
}

/// Programmes' titles in `language`, else English marked untranslated, by id: one
/// query however many. Programmes with no text at all are left out.
async fn programme_titles(
    db: &impl ConnectionTrait,
    programme_ids: &[String],
    language: &str,
) -> Result<HashMap<String, LocalisedText>, DbErr> {
    let mut texts: HashMap<String, Vec<programme_translation::Model>> = HashMap::new();
    for t in programme_translation::Entity::find()
        .filter(programme_translation::Column::ProgrammeId.is_in(programme_ids.iter().map(String::as_str)))
        .all(db)
        .await?
    {
        texts.entry(t.programme_id.clone()).or_default().push(t);
    }
    Ok(texts
        .into_iter()
        .map(|(id, texts)| {
            let pick = |lang: &str| texts.iter().find(|t| t.language == lang).map(|t| t.title.clone());
            (id, crate::service::listings::localised(language, pick))
        })
        .collect())
}

/// The title of a programme with no text in any language.
fn untitled() -> LocalisedText {
    LocalisedText {
        text: String::new(),
        language: "en".into(),
        translated: false,
    }
}

/// A referral as this viewer may see it, in `language`.
pub async fn view(
    db: &impl ConnectionTrait,
    viewer: &Viewer,
    r: &referral::Model,
    language: &str,
) -> Result<Referral, AppError> {
    views(db, viewer, std::slice::from_ref(r), language)
        .await?
        .pop()
        .ok_or(AppError::NotFound)
}

/// Referrals as this viewer may see them, in `language`, in their order; any
/// they may not see, or whose mother is gone, left out. The mothers, referrers,
/// moves, relations, consents, titles and attendance (shown only where consent
/// allows) are read once for the whole list, not once a referral.
pub async fn views(
    db: &impl ConnectionTrait,
    viewer: &Viewer,
    referrals: &[referral::Model],
    language: &str,
) -> Result<Vec<Referral>, AppError> {
    if referrals.is_empty() {
        return Ok(Vec::new());
    }
    let ids = |of: fn(&referral::Model) -> &str| {
        let mut ids: Vec<String> = referrals.iter().map(|r| of(r).to_owned()).collect();
        ids.sort();
        ids.dedup();
        ids
    };
    let mother_ids = ids(|r| &r.mother_id);
    let mothers: HashMap<String, mother::Model> = mother::Entity::find()
        .filter(mother::Column::Id.is_in(mother_ids.clone()))
        .all(db)
        .await?
        .into_iter()
        .map(|m| (m.id.clone(), m))
        .collect();
    let referrers: HashMap<String, String> = user::Entity::find()
        .filter(user::Column::Id.is_in(ids(|r| &r.referrer_id)))
        .all(db)
        .await?
        .into_iter()
        .map(|u| (u.id, u.display_name))
        .collect();
    let mut events: HashMap<String, Vec<ReferralEvent>> = HashMap::new();
    for e in referral_event::Entity::find()
        .filter(referral_event::Column::ReferralId.is_in(ids(|r| &r.id)))
        .order_by_asc(referral_event::Column::At)
        .all(db)
        .await?
    {
        events
            .entry(e.referral_id.clone())
            .or_default()
            .push(ReferralEvent {
                from: column::optional(e.from_status.as_deref(), "referral_events", "from_status", &e.id)?,
                to: column::column(&e.to_status, "referral_events", "to_status", &e.id)?,
                actor: column::column(&e.actor, "referral_events", "actor", &e.id)?,
                by: e.by_user_id,
                at: rfc3339(e.at),
                reason: e.reason,
            });
    }
    // Each mother's newest consent not withdrawn, as `current_consent`.
    let mut consents: HashMap<String, consent::Model> = HashMap::new();
    for c in consent::Entity::find()
        .filter(consent::Column::MotherId.is_in(mother_ids))
        .filter(consent::Column::WithdrawnAt.is_null())
        .order_by_desc(consent::Column::RecordedAt)
        .all(db)
        .await?
    {
        consents.entry(c.mother_id.clone()).or_insert(c);
    }
    let relations = viewer.relations(db, referrals).await?;
    let fields: Vec<Option<ReferralFields>> = referrals
        .iter()
        .zip(relations)
        .map(|(r, relation)| relation.map(|relation| relation.fields(consents.get(&r.mother_id))))
        .collect();
    // Attendance where it is shown: her marks at the programme since the referral.
    let shown: Vec<(usize, MarksOf)> = referrals
        .iter()
        .zip(&fields)
        .enumerate()
        .filter(|(_, (_, fields))| fields.is_some_and(|f| f.attendance))
        .map(|(i, (r, _))| {
            let programme = Some((r.programme_id.as_str(), r.created_at.date_naive()));
            (
                i,
                MarksOf {
                    mother_id: &r.mother_id,
                    programme,
                },
            )
        })
        .collect();
    let marks = attendance_of(db, &shown.iter().map(|&(_, m)| m).collect::<Vec<_>>(), language).await?;
    let mut attendance: HashMap<usize, Vec<AttendanceEntry>> =
        shown.iter().map(|&(i, _)| i).zip(marks).collect();
    let titles = programme_titles(db, &ids(|r| &r.programme_id), language).await?;

    let mut out = Vec::with_capacity(referrals.len());
    for (i, (r, fields)) in referrals.iter().zip(fields).enumerate() {
        let (Some(m), Some(fields)) = (mothers.get(&r.mother_id), fields) else {
            continue;
        };
        let mother_name = if fields.full_name {
            [Some(m.given_name.clone()), m.family_name.clone()]
                .into_iter()
                .flatten()
                .collect::<Vec<_>>()
                .join(" ")
        } else {
            m.given_name.clone()
        };
        out.push(Referral {
            id: r.id.clone(),
            mother_id: r.mother_id.clone(),
            mother_name,
            mother_language: m.language.clone(),
            interpreter_needed: m.interpreter_needed,
            programme_id: r.programme_id.clone(),
            programme_title: titles.get(&r.programme_id).cloned().unwrap_or_else(untitled),
            session_id: r.session_id.clone(),
            status: column::column(&r.status, "referrals", "status", &r.id)?,
            reasons: if fields.reasons {
                column::list(&r.reasons, "referrals", "reasons", &r.id)?
            } else {
                Vec::new()
            },
            what_matters: r.what_matters.clone().filter(|_| fields.reasons),
            note: r.note.clone().filter(|_| fields.note),
            mother_phone: m.phone.clone().filter(|_| fields.contacts),
            mother_email: m.email.clone().filter(|_| fields.contacts),
            referrer_name: referrers.get(&r.referrer_id).cloned().unwrap_or_default(),
            created_at: rfc3339(r.created_at),
            events: events.remove(&r.id).unwrap_or_default(),
            attendance: attendance.remove(&i).unwrap_or_default(),
        });
    }
    Ok(out)
}

/// The referrals a viewer may see, newest first.
pub async fn list(db: &impl ConnectionTrait, viewer: &Viewer) -> Result<Vec<referral::Model>, AppError> {
    let (condition, values) = viewer.referral_condition();
    // One query for them all, not one a referral.
    Ok(referral::Entity::find()
        .from_raw_sql(sql::statement(
            db,
            &format!("SELECT r.* FROM referrals r WHERE {condition} ORDER BY r.created_at DESC LIMIT 500"),
            values,
        ))
        .all(db)
        .await?)
}

/// One referral, if the viewer may see it.
pub async fn find_visible(
    db: &impl ConnectionTrait,
    viewer: &Viewer,
    id: &str,
) -> Result<referral::Model, AppError> {
    let (condition, mut values) = viewer.referral_condition();
    values.insert(0, id.into());
    let found = sql::ids(
        db,
        &format!("SELECT r.id FROM referrals r WHERE r.id = ? AND {condition}"),
        values,
    )
    .await?;
    if found.is_empty() {
        return Err(AppError::NotFound);
    }
    referral::Entity::find_by_id(id)
        .one(db)
        .await?
        .ok_or(AppError::NotFound)
}

/// Which scopes a consent covers.
pub fn consent_covers(c: &consent::Model, scope: ConsentScope) -> bool {
    c.scopes.split_whitespace().any(|s| s == scope.as_str())
}
