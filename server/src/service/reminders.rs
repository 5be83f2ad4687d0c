//! The day-before reminder (issue 16): a mother booked on a date, or enrolled on a
//! course that meets that day, gets one message the afternoon before, in her
//! language, saying only the time and the venue ("PeriLink: tomorrow at 10:30,
//! Toxteth Library…"): never the programme, which may say what it is for.
//!
//! It goes through the one contact rule ([`crate::service::contact::plan`]), so her
//! consent, her preference and her contact window decide whether and how. Each
//! booking and date is claimed once in `session_reminders` before its message is
//! queued, in one transaction, so several servers running this job send it once.

use crate::entity::mother;
use crate::service::contact;
use crate::service::outbox::{self, Queued, Recipient};
use crate::service::sql;
use chrono::{DateTime, Days, Utc};
use sea_orm::{DatabaseConnection, DbErr, EntityTrait, FromQueryResult};

/// The outbox template.
pub const TEMPLATE: &str = "session_reminder";

/// Reminders go out from 14:00 to the start of quiet hours (21:00), London time,
/// the day before.
const FROM_MINUTE: i64 = 14 * 60;
const UNTIL_MINUTE: i64 = 21 * 60;

/// Every place booked for tomorrow (London) not reminded yet: a booked date, or a
/// course enrolment whose session meets tomorrow. Cancelled dates are left out.
const TOMORROW: &str = "SELECT b.id AS booking_id, b.mother_id, o.id AS occurrence_id, s.start_time, v.name AS place \
     FROM bookings b \
     JOIN occurrences o ON (b.kind = 'occurrence' AND o.id = b.occurrence_id) \
                        OR (b.kind = 'enrolment' AND o.session_id = b.session_id) \
     JOIN sessions s ON s.id = b.session_id \
     JOIN venues v ON v.id = s.venue_id \
     WHERE b.status = 'booked' AND o.date = ? AND o.cancelled = FALSE \
     AND NOT EXISTS (SELECT 1 FROM session_reminders r WHERE r.booking_id = b.id AND r.occurrence_id = o.id) \
     ORDER BY b.id";

/// A place booked for tomorrow: [`TOMORROW`].
#[derive(FromQueryResult)]
struct Tomorrow {
    booking_id: String,
    mother_id: String,
    occurrence_id: String,
    start_time: String,
    place: String,
}

/// Queues tomorrow's reminders, if `now` is the afternoon or evening in London;
/// returns how many this call queued.
pub async fn remind_tomorrow(db: &DatabaseConnection, now: DateTime<Utc>) -> Result<usize, DbErr> {
    if !(FROM_MINUTE..UNTIL_MINUTE).contains(&contact::london_minute(now)) {
        return Ok(0);
    }
    let Some(tomorrow) = crate::clock::london_date(now).checked_add_days(Days::new(1)) else {
        return Ok(0);
    };
    let rows: Vec<Tomorrow> = sql::rows(db, TOMORROW, vec![tomorrow.into()]).await?;
    let mut queued = 0;
    for Tomorrow {
        booking_id: booking,
        mother_id,
        occurrence_id: occurrence,
        start_time: time,
        place,
    } in rows
    {
        let txn = sql::begin_write(db).await?;
        let claimed = sql::exec(
            &txn,
            "INSERT INTO session_reminders (booking_id, occurrence_id, queued_at) VALUES (?, ?, ?) \
             ON CONFLICT DO NOTHING",
            vec![booking.clone().into(), occurrence.clone().into(), now.into()],
        )
        .await?;
        if claimed != 1 {
            txn.rollback().await?;
            continue;
        }
        let Some(m) = mother::Entity::find_by_id(mother_id.as_str()).one(&txn).await? else {
            txn.commit().await?;
            continue;
        };
        // Her consent, preference and contact window: perhaps no message at all.
        if let Some(plan) = contact::plan(&txn, &m, now).await? {
            let payload = serde_json::json!({ "time": time, "place": place }).to_string();
            let message = Queued {
                channel: plan.channel,
                template: TEMPLATE,
                language: &m.language,
                subject_id: &occurrence,
                payload: &payload,
            };
            outbox::enqueue_with_payload_at(&txn, Recipient::Mother(&m.id), message, plan.at).await?;
            queued += 1;
        }
        txn.commit().await?;
        tracing::info!(booking.id = %booking, occurrence.id = %occurrence, "day-before reminder claimed");
    }
    Ok(queued)
}
