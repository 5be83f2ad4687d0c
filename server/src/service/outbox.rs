//! Messages to mothers and staff leave through the `outbox` table, drained by a
//! background worker through a [`Sender`]. The default sender only logs (ids and
//! templates, never contact details); an SMS or email provider plugs in as another
//! `Sender`. A message is claimed with a conditional update before it is sent, so
//! two workers never send it twice, and one that fails is retried with backoff.
//! Messages carry no health details: templates say only that there is news in
//! PeriLink.

use crate::entity::{mother, outbox, user};
use crate::service::sql;
use chrono::{Duration, Utc};
use sea_orm::{ColumnTrait, DatabaseConnection, DbErr, EntityTrait, QueryFilter, QueryOrder, QuerySelect};
use std::future::Future;

/// Gives up on a message after this many attempts.
pub const MAX_ATTEMPTS: i32 = 5;

/// One message, ready to send.
#[derive(Clone, Debug)]
pub struct OutboundMessage {
    pub id: String,
    /// `sms`, `email` or `phone`.
    pub channel: String,
    /// The phone number or email address.
    pub to: String,
    pub language: String,
    pub text: String,
}

/// Something that delivers messages.
pub trait Sender: Send + Sync + 'static {
    /// Delivers one message, or says why not.
    fn send(&self, message: &OutboundMessage) -> impl Future<Output = Result<(), String>> + Send;
}

/// The default: writes what it would send to the log (ids only).
pub struct LoggingSender;

impl Sender for LoggingSender {
    async fn send(&self, message: &OutboundMessage) -> Result<(), String> {
        tracing::info!(message.id = %message.id, channel = %message.channel, language = %message.language, "message sent (logging sender)");
        Ok(())
    }
}

/// The words of a template. They name no programme, session or health detail.
pub fn render(template: &str, _language: &str) -> String {
    match template {
        "waiting_list_promoted" => "A place has come free for you. Open PeriLink to see it.",
        "referral_accepted" => "You have been offered a place. Open PeriLink to see it.",
        "referral_booked" => "Your place is booked. Open PeriLink to see when and where.",
        "screening_due" => {
            "You have a check-in waiting in PeriLink. Open the app when you have a few minutes."
        }
        _ => "There is news for you in PeriLink.",
    }
    .to_owned()
}

/// Puts messages stuck mid-send (by a worker that died) back in the queue.
pub async fn recover(db: &DatabaseConnection) -> Result<u64, DbErr> {
    sql::exec(
        db,
        "UPDATE outbox SET status = 'pending' WHERE status = 'sending' AND available_at < ?",
        vec![(Utc::now() - Duration::minutes(5)).into()],
    )
    .await
}

/// Sends what is due, up to `batch` messages; returns how many were sent.
pub async fn drain_once<S: Sender>(db: &DatabaseConnection, sender: &S, batch: u64) -> Result<usize, DbErr> {
    let now = Utc::now();
    let due = outbox::Entity::find()
        .filter(outbox::Column::Status.eq("pending"))
        .filter(outbox::Column::AvailableAt.lte(now))
        .order_by_asc(outbox::Column::AvailableAt)
        .limit(batch)
        .all(db)
        .await?;
    let mut sent = 0;
    for message in due {
        let claimed = sql::exec(
            db,
            "UPDATE outbox SET status = 'sending', attempts = attempts + 1, available_at = ? WHERE id = ? AND status = 'pending'",
            vec![now.into(), message.id.clone().into()],
        )
        .await?;
        if claimed != 1 {
            continue;
        }
        let to = match (&message.recipient_mother_id, &message.recipient_user_id) {
            (Some(m), _) => mother::Entity::find_by_id(m.as_str())
                .one(db)
                .await?
                .and_then(|m| {
                    if message.channel == "email" {
                        m.email
                    } else {
                        m.phone
                    }
                }),
            (None, Some(u)) => user::Entity::find_by_id(u.as_str()).one(db).await?.and_then(|u| {
                if message.channel == "email" {
                    u.email
                } else {
                    u.phone
                }
            }),
            (None, None) => None,
        };
        let Some(to) = to else {
            sql::exec(
                db,
                "UPDATE outbox SET status = 'failed' WHERE id = ?",
                vec![message.id.clone().into()],
            )
            .await?;
            tracing::warn!(message.id = %message.id, "message has no address to go to");
            continue;
        };
        let outbound = OutboundMessage {
            id: message.id.clone(),
            channel: message.channel.clone(),
            to,
            language: message.language.clone(),
            text: render(&message.template, &message.language),
        };
        match sender.send(&outbound).await {
            Ok(()) => {
                sql::exec(
                    db,
                    "UPDATE outbox SET status = 'sent', sent_at = ? WHERE id = ?",
                    vec![Utc::now().into(), message.id.clone().into()],
                )
                .await?;
                sent += 1;
            }
            Err(reason) => {
                let attempts = message.attempts + 1;
                let (status, retry_at) = if attempts >= MAX_ATTEMPTS {
                    ("failed", Utc::now())
                } else {
                    (
                        "pending",
                        Utc::now() + Duration::seconds(30 * 2i64.pow(attempts as u32)),
                    )
                };
                sql::exec(
                    db,
                    "UPDATE outbox SET status = ?, available_at = ? WHERE id = ?",
                    vec![status.into(), retry_at.into(), message.id.clone().into()],
                )
                .await?;
                tracing::warn!(message.id = %message.id, attempts, %reason, "message not sent");
            }
        }
    }
    Ok(sent)
}

/// Drains the outbox every `interval`, for as long as the server runs.
pub fn spawn_worker<S: Sender>(db: DatabaseConnection, sender: S, interval: std::time::Duration) {
    tokio::spawn(async move {
        if let Err(error) = recover(&db).await {
            tracing::warn!(%error, "could not recover stuck messages");
        }
        let mut ticker = tokio::time::interval(interval);
        ticker.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
        loop {
            ticker.tick().await;
            if let Err(error) = drain_once(&db, &sender, 50).await {
                tracing::warn!(%error, "could not drain the outbox");
            }
        }
    });
}
