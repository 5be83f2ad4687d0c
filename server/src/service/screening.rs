//! Screenings scored on the server, the safety net of alerts, the licensed content
//! pack, a mother's own data, and erasure.

use crate::auth::scope::Viewer;
use crate::db::column::column;
use crate::entity::{alert, mother, screening};
use crate::error::AppError;
use crate::service::audit::{self, AuditEntry};
use crate::service::referrals::notify;
use crate::service::sql;
use chrono::{DateTime, Duration, Utc};
use perilink_shared::auth::Role;
use perilink_shared::language::LanguageTag;
use perilink_shared::screening::{Alert, ContentItem, Instrument, ScreeningRequest, ScreeningResult, score};
use sea_orm::sea_query::OnConflict;
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DatabaseConnection, DbErr, EntityTrait, QueryFilter,
    QueryOrder, Set, TransactionTrait,
};
use serde::{Deserialize, Serialize};
use std::path::Path;

/// Unacknowledged alerts go to the coordinators after this long.
pub const ESCALATE_AFTER: Duration = Duration::hours(4);

fn join(values: &[u8]) -> String {
    values.iter().map(u8::to_string).collect::<Vec<_>>().join(",")
}

fn split(values: &str) -> Vec<u8> {
    values.split(',').filter_map(|v| v.parse().ok()).collect()
}

/// One language's wording of an instrument, from the content pack.
#[derive(Clone, Debug, Serialize, Deserialize, utoipa::ToSchema)]
pub struct ContentPack {
    /// Whether this language version is validated.
    pub validated: bool,
    pub items: Vec<ContentItem>,
}

/// Loads the licensed wording of an instrument in a language, if the pack has it:
/// the file is named by the tag in its usual case (`epds/zh-Hans.json`), and text
/// that is not a tag names no file. A malformed file is treated as absent (and
/// logged), never trusted.
pub fn load_content(dir: Option<&Path>, instrument: Instrument, language: &str) -> Option<ContentPack> {
    let language = LanguageTag::parse(language)?;
    let path = dir?.join(instrument.as_str()).join(format!("{language}.json"));
    let text = std::fs::read_to_string(&path).ok()?;
    match serde_json::from_str::<ContentPack>(&text) {
        Ok(pack)
            if pack.items.len() == instrument.items()
                && pack
                    .items
                    .iter()
                    .all(|i| i.options.len() == usize::from(instrument.options())) =>
        {
            Some(pack)
        }
        _ => {
            tracing::warn!(path = %path.display(), "content pack file is malformed; ignored");
            None
        }
    }
}

/// Whether the version she answered is validated: the content pack says, for
/// EPDS and for any validated translation of PHQ-9, GAD-2 or Whooley it supplies;
/// otherwise the public ones are validated in English only (the project's own
/// translations are not).
fn language_validated(content_dir: Option<&Path>, instrument: Instrument, language: &str) -> bool {
    match load_content(content_dir, instrument, language) {
        Some(pack) => pack.validated,
        None => !instrument.wording_is_licensed() && language == "en",
    }
}

/// Refuses a questionnaire whose licensed wording is not installed in the
/// language she would take it in (clinical safety hazard H11): without it she
/// would answer placeholders, and the score would mean nothing.
pub fn require_wording(
    content_dir: Option<&Path>,
    instrument: Instrument,
    language: &str,
) -> Result<(), AppError> {
    if instrument.wording_is_licensed() && load_content(content_dir, instrument, language).is_none() {
        return Err(AppError::WordingNotInstalled(format!(
            "the licensed {} wording is not installed in `{language}`: offer PHQ-9, GAD-2 or Whooley",
            instrument.as_str().to_uppercase()
        )));
    }
    Ok(())
}

/// The result as the API shows it.
pub fn result(s: &screening::Model, alert_raised: bool) -> Result<ScreeningResult, DbErr> {
    let instrument: Instrument = column(&s.instrument, "screenings", "instrument", &s.id)?;
    let item_scores = split(&s.item_scores);
    Ok(ScreeningResult {
        id: s.id.clone(),
        mother_id: s.mother_id.clone(),
        instrument,
        instrument_version: s.instrument_version.clone(),
        language: s.language.clone(),
        language_validated: s.language_validated,
        answers: split(&s.answers),
        anxiety_subscale: (instrument == Instrument::Epds && item_scores.len() == 10)
            .then(|| item_scores[2] + item_scores[3] + item_scores[4]),
        item_scores,
        total: s.total.clamp(0, 255) as u8,
        band: column(&s.band, "screenings", "band", &s.id)?,
        urgent: s.urgent,
        alert_raised,
        administered_as: s.administered_as.clone(),
        taken_at: s.taken_at.to_rfc3339_opts(chrono::SecondsFormat::Secs, true),
        timepoint: s.timepoint.clone(),
    })
}

/// A screening as recorded, and whether this request recorded it.
pub struct Recorded {
    pub result: ScreeningResult,
    /// False when the device's id named a screening kept before: nothing changed.
    pub created: bool,
}

/// The screening kept under a device's id for this mother, if any, as recorded.
async fn kept_before(
    db: &impl ConnectionTrait,
    id: &str,
    mother_id: &str,
) -> Result<Option<Recorded>, DbErr> {
    let Some(kept) = screening::Entity::find_by_id(id)
        .filter(screening::Column::MotherId.eq(mother_id))
        .one(db)
        .await?
    else {
        return Ok(None);
    };
    let alert_raised = alert::Entity::find()
        .filter(alert::Column::ScreeningId.eq(id))
        .one(db)
        .await?
        .is_some();
    Ok(Some(Recorded {
        result: result(&kept, alert_raised)?,
        created: false,
    }))
}

/// Scores and stores a screening, and raises the alert it calls for in the same
/// transaction, so a stored urgent result always has its alert. A screening sent
/// again with the same `id` is kept once.
pub async fn record(
    db: &DatabaseConnection,
    viewer: &Viewer,
    content_dir: Option<&Path>,
    request: ScreeningRequest,
) -> Result<Recorded, AppError> {
    let id = match request.id.as_deref() {
        Some(id) => uuid::Uuid::parse_str(id)
            .map_err(|_| AppError::Validation("id must be a UUID".into()))?
            .to_string(),
        None => uuid::Uuid::new_v4().to_string(),
    };
    let scored =
        score(request.instrument, &request.answers).map_err(|e| AppError::Validation(e.to_string()))?;
    let language = LanguageTag::parse(&request.language)
        .map(String::from)
        .ok_or_else(|| AppError::Validation("language must be a BCP 47 tag".into()))?;
    let timepoint = request.timepoint.filter(|t| !t.is_empty());
    if timepoint
        .as_deref()
        .is_some_and(|t| !["baseline", "week6", "end"].contains(&t))
    {
        return Err(AppError::Validation(
            "timepoint must be baseline, week6 or end".into(),
        ));
    }
    let mother_id = match (viewer.role, request.mother_id) {
        (Role::Mother, given) => {
            let own = crate::service::bookings::mother_of_user(db, &viewer.id)
                .await?
                .ok_or(AppError::Forbidden)?;
            if given.is_some_and(|g| g != own.id) {
                return Err(AppError::NotFound);
            }
            own.id
        }
        (Role::Referrer | Role::Coordinator, Some(id)) => {
            if !viewer.cares_for(db, &id).await? {
                return Err(AppError::NotFound);
            }
            id
        }
        (Role::Referrer | Role::Coordinator, None) => {
            return Err(AppError::Validation(
                "say whose screening this is: mother_id".into(),
            ));
        }
        (Role::Host | Role::Admin, _) => return Err(AppError::Forbidden),
    };
    require_wording(content_dir, request.instrument, &language)?;
    let not_hers = || AppError::Conflict("another screening has this id".into());
    if request.id.is_some()
        && let Some(kept) = kept_before(db, &id, &mother_id).await?
    {
        return Ok(kept);
    }
    let now = Utc::now();
    let model = screening::ActiveModel {
        id: Set(id.clone()),
        mother_id: Set(mother_id.clone()),
        instrument: Set(request.instrument.as_str().into()),
        instrument_version: Set(request.instrument.version().into()),
        language_validated: Set(language_validated(content_dir, request.instrument, &language)),
        language: Set(language),
        answers: Set(join(&scored.answers)),
        item_scores: Set(join(&scored.item_scores)),
        total: Set(i32::from(scored.total)),
        band: Set(scored.band.as_str().into()),
        urgent: Set(scored.urgent),
        administered_by: Set(viewer.id.clone()),
        administered_as: Set(if viewer.role == Role::Mother {
            "mother"
        } else {
            "referrer"
        }
        .into()),
        session_id: Set(request.session_id.filter(|s| !s.is_empty())),
        timepoint: Set(timepoint),
        taken_at: Set(now),
    };
    let txn = db.begin().await?;
    // A twin of this request (a retry while the first is in flight) may be
    // writing the same id: the first is kept, and this one answers with it.
    let inserted = screening::Entity::insert(model)
        .on_conflict(OnConflict::column(screening::Column::Id).do_nothing().to_owned())
        .exec_without_returning(&txn)
        .await?;
    if inserted == 0 {
        txn.rollback().await?;
        return kept_before(db, &id, &mother_id).await?.ok_or_else(not_hers);
    }
    let mut saved = screening::Entity::find_by_id(id.as_str())
        .one(&txn)
        .await?
        .ok_or_else(not_hers)?;
    // The course point it does, if one of hers is due with this instrument.
    if let Some((session_id, point)) = crate::service::screening_schedule::satisfy(&txn, &saved).await? {
        (saved.session_id, saved.timepoint) = (Some(session_id), Some(point.as_str().to_owned()));
    }
    let raise = scored.raises_alert();
    if raise {
        let alert_id = uuid::Uuid::new_v4().to_string();
        alert::ActiveModel {
            id: Set(alert_id.clone()),
            screening_id: Set(saved.id.clone()),
            mother_id: Set(mother_id.clone()),
            reason: Set(if scored.urgent { "urgent" } else { "probable" }.into()),
            raised_at: Set(now),
            escalated_at: Set(None),
            acknowledged_at: Set(None),
            acknowledged_by: Set(None),
            action_note: Set(None),
        }
        .insert(&txn)
        .await?;
        // Her care team hears at once; with none, the coordinators who receive
        // unassigned alerts.
        let recipients = crate::auth::scope::alert_recipients(&txn, &mother_id).await?;
        if recipients.is_empty() {
            tracing::warn!(alert.id = %alert_id, "an alert was raised and nobody is set to receive it");
        }
        for user_id in recipients {
            notify(&txn, &user_id, "screening_alert", &alert_id).await?;
        }
    }
    audit::record(
        &txn,
        AuditEntry {
            actor_id: Some(&viewer.id),
            action: "screening.create",
            subject_type: Some("screening"),
            subject_id: Some(&saved.id),
            detail: Some(if raise { "scored; alert raised" } else { "scored" }),
        },
    )
    .await?;
    txn.commit().await?;
    tracing::info!(screening.id = %saved.id, mother.id = %mother_id, alert = raise, "screening recorded");
    Ok(Recorded {
        result: result(&saved, raise)?,
        created: true,
    })
}

/// Records a read of screening data: who, which record, when, why.
pub async fn audit_read(
    db: &impl ConnectionTrait,
    viewer: &Viewer,
    subject_type: &str,
    subject_id: &str,
    why: &str,
) -> Result<(), DbErr> {
    audit::record(
        db,
        AuditEntry {
            actor_id: Some(&viewer.id),
            action: "screening.read",
            subject_type: Some(subject_type),
            subject_id: Some(subject_id),
            detail: Some(why),
        },
    )
    .await
}

/// A mother's screenings, newest first.
pub async fn list(db: &impl ConnectionTrait, mother_id: &str) -> Result<Vec<ScreeningResult>, DbErr> {
    let rows = screening::Entity::find()
        .filter(screening::Column::MotherId.eq(mother_id))
        .order_by_desc(screening::Column::TakenAt)
        .all(db)
        .await?;
    let alerted: Vec<String> = sql::ids(
        db,
        "SELECT screening_id FROM alerts WHERE mother_id = ?",
        vec![mother_id.into()],
    )
    .await?;
    rows.iter().map(|s| result(s, alerted.contains(&s.id))).collect()
}

/// The alerts a viewer must see, as the policy says ([`Viewer::alert_condition`]).
pub async fn alerts_for(
    db: &impl ConnectionTrait,
    viewer: &Viewer,
    open_only: bool,
) -> Result<Vec<Alert>, AppError> {
    let (scope, values) = viewer.alert_condition().ok_or(AppError::Forbidden)?;
    let open = if open_only {
        " AND a.acknowledged_at IS NULL"
    } else {
        ""
    };
    let ids = sql::ids(
        db,
        &format!("SELECT a.id FROM alerts a WHERE {scope}{open} ORDER BY a.raised_at DESC LIMIT 200"),
        values,
    )
    .await?;
    let mut out = Vec::new();
    for id in ids {
        let Some(a) = alert::Entity::find_by_id(id).one(db).await? else {
            continue;
        };
        let name = mother::Entity::find_by_id(a.mother_id.as_str())
            .one(db)
            .await?
            .map(|m| {
                [Some(m.given_name), m.family_name]
                    .into_iter()
                    .flatten()
                    .collect::<Vec<_>>()
                    .join(" ")
            });
        out.push(Alert {
            id: a.id,
            mother_id: a.mother_id,
            mother_name: name.unwrap_or_default(),
            reason: a.reason,
            screening_id: a.screening_id,
            raised_at: a.raised_at.to_rfc3339_opts(chrono::SecondsFormat::Secs, true),
            escalated: a.escalated_at.is_some(),
            acknowledged_at: a
                .acknowledged_at
                .map(|t| t.to_rfc3339_opts(chrono::SecondsFormat::Secs, true)),
            action_note: a.action_note,
        });
    }
    Ok(out)
}

/// Acknowledges an alert with what was done. Only someone who sees the alert and may
/// read her record may (a coordinator told of an unassigned alert takes her on
/// first); it stays open until one does.
pub async fn acknowledge(
    db: &DatabaseConnection,
    viewer: &Viewer,
    alert_id: &str,
    note: &str,
) -> Result<(), AppError> {
    let note = note.trim();
    if note.is_empty() || note.chars().count() > 2000 {
        return Err(AppError::Validation(
            "say what action was taken (1 to 2,000 characters)".into(),
        ));
    }
    let visible = alerts_for(db, viewer, false).await?;
    let Some(alert) = visible.iter().find(|a| a.id == alert_id) else {
        return Err(AppError::NotFound);
    };
    if !viewer.may_see_mother(db, &alert.mother_id).await? {
        return Err(AppError::Forbidden);
    }
    let changed = sql::exec(
        db,
        "UPDATE alerts SET acknowledged_at = ?, acknowledged_by = ?, action_note = ? WHERE id = ? AND acknowledged_at IS NULL",
        vec![Utc::now().into(), viewer.id.clone().into(), note.to_owned().into(), alert_id.into()],
    )
    .await?;
    if changed == 0 {
        return Err(AppError::Conflict("this alert was already acknowledged".into()));
    }
    audit::record(
        db,
        AuditEntry {
            actor_id: Some(&viewer.id),
            action: "alert.acknowledge",
            subject_type: Some("alert"),
            subject_id: Some(alert_id),
            detail: None,
        },
    )
    .await?;
    Ok(())
}

/// Escalates alerts nobody acknowledged within [`ESCALATE_AFTER`] to the
/// coordinators of her care organisations (or, for a mother nobody cares for, those
/// who receive unassigned alerts). Returns how many were escalated.
pub async fn escalate_due(db: &DatabaseConnection, now: DateTime<Utc>) -> Result<usize, DbErr> {
    let due = sql::ids(
        db,
        "SELECT id FROM alerts WHERE acknowledged_at IS NULL AND escalated_at IS NULL AND raised_at <= ?",
        vec![(now - ESCALATE_AFTER).into()],
    )
    .await?;
    let mut escalated = 0;
    for id in due {
        let txn = db.begin().await?;
        let mother_id = sql::ids(
            &txn,
            "SELECT mother_id FROM alerts WHERE id = ?",
            vec![id.clone().into()],
        )
        .await?
        .into_iter()
        .next()
        .unwrap_or_default();
        let coordinators = crate::auth::scope::escalation_recipients(&txn, &mother_id)
            .await
            .map_err(|e| DbErr::Custom(e.to_string()))?;
        if sql::exec(
            &txn,
            "UPDATE alerts SET escalated_at = ? WHERE id = ? AND escalated_at IS NULL",
            vec![now.into(), id.clone().into()],
        )
        .await?
            == 1
        {
            for coordinator in &coordinators {
                notify(&txn, coordinator, "screening_alert_escalated", &id).await?;
            }
            escalated += 1;
            tracing::warn!(alert.id = %id, "alert escalated: not acknowledged within four hours");
        }
        txn.commit().await?;
    }
    Ok(escalated)
}

/// Carries out erasure requests: her screenings, alerts, attendance, bookings,
/// referrals, consents and plan are deleted, her record emptied and her account
/// closed. The audit log keeps that it happened, not what was there.
pub async fn process_erasures(db: &DatabaseConnection) -> Result<usize, DbErr> {
    let pending = sql::ids(
        db,
        "SELECT id FROM erasure_requests WHERE done_at IS NULL",
        vec![],
    )
    .await?;
    let mut done = 0;
    for request_id in pending {
        let mother_id = sql::ids(
            db,
            "SELECT mother_id FROM erasure_requests WHERE id = ?",
            vec![request_id.clone().into()],
        )
        .await?
        .remove(0);
        let txn = sql::begin_write(db).await?;
        let m = mother::Entity::find_by_id(mother_id.as_str()).one(&txn).await?;
        for statement in [
            "DELETE FROM alerts WHERE mother_id = ?",
            "DELETE FROM screening_due WHERE mother_id = ?",
            "DELETE FROM screenings WHERE mother_id = ?",
            "DELETE FROM attendance WHERE mother_id = ?",
            "DELETE FROM attendance_marks WHERE mother_id = ?",
            "DELETE FROM referral_events WHERE referral_id IN (SELECT id FROM referrals WHERE mother_id = ?)",
            "UPDATE referrals SET booking_id = NULL WHERE mother_id = ?",
            "DELETE FROM referrals WHERE mother_id = ?",
            "DELETE FROM session_reminders WHERE booking_id IN (SELECT id FROM bookings WHERE mother_id = ?)",
            "DELETE FROM bookings WHERE mother_id = ?",
            "DELETE FROM consents WHERE mother_id = ?",
            "DELETE FROM wellbeing_plans WHERE mother_id = ?",
            "DELETE FROM contact_windows WHERE mother_id = ?",
            "DELETE FROM caseload WHERE mother_id = ?",
            "DELETE FROM outbox WHERE recipient_mother_id = ?",
            "DELETE FROM inbound_texts WHERE mother_id = ?",
            "UPDATE mothers SET given_name = 'Erased', family_name = NULL, phone = NULL, email = NULL, dialect = NULL, \
             due_date = NULL, baby_birth_date = NULL, postcode = NULL, nhs_number = NULL, calendar_token = NULL, baby_name = NULL, last_attended_on = NULL, \
             caseload_added_at = NULL WHERE id = ?",
        ] {
            sql::exec(&txn, statement, vec![mother_id.clone().into()]).await?;
        }
        if let Some(user_id) = m.and_then(|m| m.user_id) {
            sql::exec(&txn, "UPDATE users SET active = FALSE, email = NULL, phone = NULL, display_name = 'Erased' WHERE id = ?", vec![user_id.clone().into()]).await?;
            sql::exec(
                &txn,
                "UPDATE refresh_tokens SET revoked_at = ? WHERE user_id = ? AND revoked_at IS NULL",
                vec![Utc::now().into(), user_id.into()],
            )
            .await?;
        }
        sql::exec(
            &txn,
            "UPDATE erasure_requests SET done_at = ? WHERE id = ?",
            vec![Utc::now().into(), request_id.clone().into()],
        )
        .await?;
        audit::record(
            &txn,
            AuditEntry {
                actor_id: None,
                action: "mother.erased",
                subject_type: Some("mother"),
                subject_id: Some(&mother_id),
                detail: Some("erased at her request"),
            },
        )
        .await?;
        txn.commit().await?;
        done += 1;
    }
    Ok(done)
}

/// Escalates due alerts, carries out erasures, derives and reminds scheduled
/// screenings, and queues the day-before reminders of booked places, every minute.
pub fn spawn_jobs(db: DatabaseConnection) {
    tokio::spawn(async move {
        let mut ticker = tokio::time::interval(std::time::Duration::from_secs(60));
        ticker.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
        loop {
            ticker.tick().await;
            if let Err(error) = escalate_due(&db, Utc::now()).await {
                tracing::warn!(%error, "could not escalate alerts");
            }
            if let Err(error) = process_erasures(&db).await {
                tracing::warn!(%error, "could not carry out erasures");
            }
            crate::service::screening_schedule::run_jobs(&db, Utc::now()).await;
            if let Err(error) = crate::service::reminders::remind_tomorrow(&db, Utc::now()).await {
                tracing::warn!(%error, "could not queue the day-before reminders");
            }
        }
    });
}
