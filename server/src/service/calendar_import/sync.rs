//! Bringing a session's dates from today on in line with what its calendar says,
//! as a coordinator's edit does: a date the calendar adds is added; a date it
//! cancels is marked cancelled, as a coordinator cancels one, and every mother
//! with a place (or waiting for one) on it is told, in the app and by the one
//! message her contact choices allow; a date it no longer lists is taken away
//! when nobody has booked it and cancelled (and the mothers told) when someone
//! has. A date the calendar cancelled comes back when it lists it again; a date a
//! coordinator cancelled by hand stays cancelled. Dates before today, and dates
//! that did not change, are left alone.

use super::expand::Dates;
use crate::entity::{booking, notification, occurrence};
use chrono::{NaiveDate, Utc};
use perilink_shared::booking::BookingStatus;
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DbErr, EntityTrait, IntoActiveModel, QueryFilter, Set,
};
use std::collections::{BTreeSet, HashMap};

/// The template and in-app notice of a date cancelled that she had booked.
pub const DATE_CANCELLED: &str = "session_date_cancelled";

/// What a reading changed.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Changes {
    pub added: u32,
    pub cancelled: u32,
    pub told: u32,
    /// The dates the calendar has cancelled now, to remember.
    pub calendar_cancelled: BTreeSet<NaiveDate>,
}

fn new_id() -> String {
    uuid::Uuid::new_v4().to_string()
}

/// Applies `dates` to the session's dates from `today` on. `before` are the dates
/// the calendar had cancelled at its last reading.
pub async fn apply(
    db: &impl ConnectionTrait,
    session_id: &str,
    dates: &Dates,
    before: &BTreeSet<NaiveDate>,
    today: NaiveDate,
) -> Result<Changes, DbErr> {
    let existing: Vec<occurrence::Model> = occurrence::Entity::find()
        .filter(occurrence::Column::SessionId.eq(session_id))
        .filter(occurrence::Column::Date.gte(today))
        .all(db)
        .await?;
    let mut bookings: HashMap<String, Vec<booking::Model>> = HashMap::new();
    for b in booking::Entity::find()
        .filter(booking::Column::SessionId.eq(session_id))
        .all(db)
        .await?
    {
        if let Some(o) = b.occurrence_id.clone() {
            bookings.entry(o).or_default().push(b);
        }
    }
    let mut changes = Changes::default();
    let mut seen = BTreeSet::new();
    let mut removed = Vec::new();
    for o in existing {
        seen.insert(o.date);
        if dates.meets.contains(&o.date) {
            if o.cancelled && before.contains(&o.date) {
                set_cancelled(db, o, false).await?;
                changes.added += 1;
            }
            continue;
        }
        let named = dates.cancelled.contains(&o.date);
        if o.cancelled {
            if before.contains(&o.date) || named {
                changes.calendar_cancelled.insert(o.date);
            }
            continue;
        }
        let held = bookings.get(&o.id).map(Vec::as_slice).unwrap_or_default();
        // Today's date is cancelled rather than taken away: its register may
        // have begun.
        if !named && o.booked == 0 && held.is_empty() && o.date > today {
            removed.push(o.id);
            changes.cancelled += 1;
            continue;
        }
        changes.calendar_cancelled.insert(o.date);
        changes.cancelled += 1;
        set_cancelled(db, o, true).await?;
        for b in held
            .iter()
            .filter(|b| b.status != BookingStatus::Cancelled.as_str())
        {
            tell(db, b).await?;
            changes.told += 1;
        }
    }
    if !removed.is_empty() {
        occurrence::Entity::delete_many()
            .filter(occurrence::Column::Id.is_in(removed))
            .exec(db)
            .await?;
    }
    let new_meets = dates.meets.iter().filter(|d| !seen.contains(*d));
    let new_cancelled = dates.cancelled.iter().filter(|d| !seen.contains(*d));
    for (date, cancelled) in new_meets
        .map(|d| (d, false))
        .chain(new_cancelled.map(|d| (d, true)))
    {
        occurrence::ActiveModel {
            id: Set(new_id()),
            session_id: Set(session_id.to_owned()),
            date: Set(*date),
            cancelled: Set(cancelled),
            booked: Set(0),
        }
        .insert(db)
        .await?;
        if cancelled {
            changes.calendar_cancelled.insert(*date);
        } else {
            changes.added += 1;
        }
    }
    Ok(changes)
}

async fn set_cancelled(
    db: &impl ConnectionTrait,
    o: occurrence::Model,
    cancelled: bool,
) -> Result<(), DbErr> {
    let mut row = o.into_active_model();
    row.cancelled = Set(cancelled);
    row.update(db).await?;
    Ok(())
}

/// Tells a mother that a date she booked is cancelled: in the app, and by the
/// message her contact choices allow. The message names no programme.
async fn tell(db: &impl ConnectionTrait, b: &booking::Model) -> Result<(), DbErr> {
    let mother = crate::entity::mother::Entity::find_by_id(b.mother_id.as_str())
        .one(db)
        .await?;
    if let Some(user_id) = mother.and_then(|m| m.user_id) {
        notification::ActiveModel {
            id: Set(new_id()),
            user_id: Set(user_id),
            kind: Set(DATE_CANCELLED.into()),
            subject_id: Set(Some(b.id.clone())),
            created_at: Set(Utc::now()),
            read_at: Set(None),
        }
        .insert(db)
        .await?;
    }
    crate::service::referrals::message_mother(db, &b.mother_id, DATE_CANCELLED, &b.id).await
}
