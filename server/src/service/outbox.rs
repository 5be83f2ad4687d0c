//! Messages to mothers and staff leave through the `outbox` table, drained by a
//! background worker through a [`Sender`] ([`crate::service::delivery`]). The
//! default sender only logs (ids and templates, never contact details); an SMS or
//! email provider plugs in as another `Sender`. A message is claimed with a conditional update before it is sent, so
//! two workers never send it twice, and one that fails is retried with backoff.
//! Messages carry no health details: templates say only that there is news in
//! PeriLink.

use crate::entity::{mother, outbox, user};
pub use crate::service::delivery::{LoggingSender, OutboundMessage, SendError, Sender};
use crate::service::sql;
use chrono::{Duration, Utc};
use sea_orm::{
    ColumnTrait, DatabaseConnection, DbErr, EntityTrait, FromQueryResult, QueryFilter, QueryOrder,
    QuerySelect,
};

/// Gives up on a message after this many attempts.
pub const MAX_ATTEMPTS: i32 = 5;

/// The senders configured, by channel: text messages through Notify; email through
/// SMTP, else through Notify if it has an email template. A channel with neither
/// waits in the outbox.
pub struct Senders {
    pub smtp: Option<crate::service::email::SmtpSender>,
    pub notify: Option<crate::service::notify::NotifySender>,
    channels: Vec<&'static str>,
}

impl Senders {
    pub fn new(
        smtp: Option<crate::service::email::SmtpSender>,
        notify: Option<crate::service::notify::NotifySender>,
    ) -> Senders {
        let mut channels: Vec<&'static str> = Vec::new();
        let each = [
            smtp.as_ref().map(|s| s.channels()),
            notify.as_ref().map(|n| n.channels()),
        ];
        for channel in each.into_iter().flatten().flatten() {
            if !channels.contains(channel) {
                channels.push(channel);
            }
        }
        Senders {
            smtp,
            notify,
            channels,
        }
    }
}

impl Sender for Senders {
    fn channels(&self) -> &[&'static str] {
        &self.channels
    }

    async fn send(&self, message: &OutboundMessage) -> Result<(), SendError> {
        match (message.channel.as_str(), &self.smtp, &self.notify) {
            ("email", Some(smtp), _) => smtp.send(message).await,
            (_, _, Some(notify)) => notify.send(message).await,
            (channel, _, None) => Err(SendError::Transient(format!("no sender for `{channel}`"))),
        }
    }
}

/// When to try a message again after `attempts` tries: 30 s doubling each time,
/// with "equal jitter" (half the wait fixed, half random) so that messages failed
/// together (a provider's outage) do not all come back together.
pub fn retry_delay(attempts: i32) -> Duration {
    let full = 30i64 * 2i64.pow(attempts.clamp(0, 12) as u32);
    let random = i64::from(getrandom::u32().unwrap_or(u32::MAX / 2)) % (full / 2 + 1);
    Duration::seconds(full / 2 + random)
}

/// Where an account message goes: a user, a mother's record, or (for an
/// invitation, before any account exists) an address.
pub enum Recipient<'a> {
    User(&'a str),
    Mother(&'a str),
    Address(&'a str),
}

/// Queues an account message whose text carries `payload`: a link or a one-time
/// code. `subject_id` names the invitation, link or code it belongs to, so the
/// payload can be wiped from the queue once that is used.
pub async fn enqueue_with_payload<C: sea_orm::ConnectionTrait>(
    db: &C,
    channel: &str,
    to: Recipient<'_>,
    template: &str,
    language: &str,
    subject_id: &str,
    payload: &str,
) -> Result<(), DbErr> {
    let message = Queued {
        channel,
        template,
        language,
        subject_id,
        payload,
    };
    enqueue_with_payload_at(db, to, message, Utc::now()).await
}

/// Queues an account message with no link or code in it, to go now.
pub async fn enqueue<C: sea_orm::ConnectionTrait>(
    db: &C,
    channel: &str,
    to: Recipient<'_>,
    template: &str,
    language: &str,
) -> Result<(), DbErr> {
    let message = Queued {
        channel,
        template,
        language,
        subject_id: "",
        payload: "",
    };
    enqueue_with_payload_at(db, to, message, Utc::now()).await
}

/// An account message to queue. An empty `subject_id` or `payload` is none.
pub struct Queued<'a> {
    pub channel: &'a str,
    pub template: &'a str,
    pub language: &'a str,
    pub subject_id: &'a str,
    pub payload: &'a str,
}

/// [`enqueue_with_payload`], not to be sent before `available_at` (a link she did
/// not ask for herself, held for quiet hours or her contact window).
pub async fn enqueue_with_payload_at<C: sea_orm::ConnectionTrait>(
    db: &C,
    to: Recipient<'_>,
    message: Queued<'_>,
    available_at: chrono::DateTime<Utc>,
) -> Result<(), DbErr> {
    let Queued {
        channel,
        template,
        language,
        subject_id,
        payload,
    } = message;
    let (user, mother, address) = match to {
        Recipient::User(id) => (Some(id), None, None),
        Recipient::Mother(id) => (None, Some(id), None),
        Recipient::Address(a) => (None, None, Some(a)),
    };
    let now = Utc::now();
    sql::exec(
        db,
        "INSERT INTO outbox (id, channel, recipient_user_id, recipient_mother_id, to_address, template, \
         language, subject_id, status, attempts, available_at, created_at, sent_at, payload) \
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'pending', 0, ?, ?, NULL, ?)",
        vec![
            uuid::Uuid::new_v4().to_string().into(),
            channel.into(),
            user.map(str::to_owned).into(),
            mother.map(str::to_owned).into(),
            address.map(str::to_owned).into(),
            template.into(),
            language.into(),
            Some(subject_id)
                .filter(|s| !s.is_empty())
                .map(str::to_owned)
                .into(),
            available_at.into(),
            now.into(),
            Some(payload).filter(|p| !p.is_empty()).map(str::to_owned).into(),
        ],
    )
    .await?;
    Ok(())
}

/// Wipes the link or code from queued messages about `subject_id` once it has been
/// used, so the queue keeps no live secret.
pub async fn forget_payload<C: sea_orm::ConnectionTrait>(db: &C, subject_id: &str) -> Result<(), DbErr> {
    sql::exec(
        db,
        "UPDATE outbox SET payload = NULL WHERE subject_id = ? AND payload IS NOT NULL",
        vec![subject_id.into()],
    )
    .await?;
    Ok(())
}

/// The words of a template in her language, with its link or code if it has one
/// ([`crate::service::messages`]). They name no programme, session or health detail.
pub fn render(template: &str, language: &str, payload: Option<&str>) -> String {
    crate::service::messages::render(template, language, payload)
}

/// A message tried: how it went and how.
#[derive(FromQueryResult)]
struct Tried {
    channel: String,
    status: String,
}

/// Where a message goes and what it carries, kept apart from its row's model.
#[derive(FromQueryResult)]
struct Extra {
    to_address: Option<String>,
    payload: Option<String>,
}

/// The channel of the latest message to a mother (to her record or her account)
/// that has been tried, if it could not be delivered.
pub async fn undelivered_to<C: sea_orm::ConnectionTrait>(
    db: &C,
    m: &mother::Model,
) -> Result<Option<String>, DbErr> {
    let row = sql::row::<Tried>(
        db,
        "SELECT channel, status FROM outbox \
         WHERE (recipient_mother_id = ? OR (recipient_user_id IS NOT NULL AND recipient_user_id = ?)) \
         AND status IN ('sent', 'delivered', 'failed') \
         ORDER BY created_at DESC, id DESC LIMIT 1",
        vec![m.id.clone().into(), m.user_id.clone().unwrap_or_default().into()],
    )
    .await?;
    Ok(row.filter(|r| r.status == "failed").map(|r| r.channel))
}

/// How long a message may be overdue before it counts as stuck.
pub const STUCK_AFTER: Duration = Duration::minutes(30);

/// Undelivered messages of the last 7 days, and messages stuck in the queue (due
/// more than [`STUCK_AFTER`] ago and not sent), for coordinators.
pub async fn health<C: sea_orm::ConnectionTrait>(
    db: &C,
    now: chrono::DateTime<Utc>,
) -> Result<perilink_shared::directory_admin::MessageHealth, DbErr> {
    let count = |sql: &'static str, at: chrono::DateTime<Utc>| async move {
        let n = sql::count(db, sql, vec![at.into()]).await?;
        Ok::<u64, DbErr>(n.max(0) as u64)
    };
    Ok(perilink_shared::directory_admin::MessageHealth {
        undelivered: count(
            "SELECT COUNT(*) AS n FROM outbox WHERE status = 'failed' AND created_at > ?",
            now - Duration::days(7),
        )
        .await?,
        stuck: count(
            "SELECT COUNT(*) AS n FROM outbox WHERE status IN ('pending', 'sending') AND available_at < ?",
            now - STUCK_AFTER,
        )
        .await?,
    })
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
        .filter(outbox::Column::Channel.is_in(sender.channels().iter().copied()))
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
        let extra = sql::row::<Extra>(
            db,
            "SELECT to_address, payload FROM outbox WHERE id = ?",
            vec![message.id.clone().into()],
        )
        .await?;
        let (address, payload) = extra.map_or((None, None), |e| (e.to_address, e.payload));
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
            (None, None) => address,
        };
        let Some(to) = to else {
            sql::exec(
                db,
                "UPDATE outbox SET status = 'failed', payload = NULL WHERE id = ?",
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
            template: message.template.clone(),
            text: render(&message.template, &message.language, payload.as_deref()),
            payload: payload.clone(),
        };
        match sender.send(&outbound).await {
            Ok(()) => {
                sql::exec(
                    db,
                    "UPDATE outbox SET status = 'sent', sent_at = ?, payload = NULL WHERE id = ?",
                    vec![Utc::now().into(), message.id.clone().into()],
                )
                .await?;
                sent += 1;
            }
            Err(reason) => {
                let attempts = message.attempts + 1;
                let give_up = attempts >= MAX_ATTEMPTS || matches!(reason, SendError::Permanent(_));
                let (status, retry_at) = if give_up {
                    ("failed", Utc::now())
                } else {
                    ("pending", Utc::now() + retry_delay(attempts))
                };
                sql::exec(
                    db,
                    "UPDATE outbox SET status = ?, available_at = ?, \
                     payload = CASE WHEN ? THEN NULL ELSE payload END WHERE id = ?",
                    // A message given up on keeps no link or code.
                    vec![
                        status.into(),
                        retry_at.into(),
                        (status == "failed").into(),
                        message.id.clone().into(),
                    ],
                )
                .await?;
                tracing::warn!(message.id = %message.id, attempts, %reason, "message not sent");
            }
        }
    }
    Ok(sent)
}

/// How the outbox worker is doing: when it last went round its loop, and whether
/// it has stopped (or died). Readiness and the metrics read it.
#[derive(Debug, Default)]
pub struct Heartbeat {
    last: std::sync::Mutex<Option<std::time::Instant>>,
    stopped: std::sync::atomic::AtomicBool,
}

impl Heartbeat {
    fn beat(&self) {
        let now = std::time::Instant::now();
        match self.last.lock() {
            Ok(mut last) => *last = Some(now),
            Err(poisoned) => *poisoned.into_inner() = Some(now),
        }
    }

    /// Since the worker last went round its loop; `None` before it first did.
    pub fn age(&self) -> Option<std::time::Duration> {
        let last = match self.last.lock() {
            Ok(last) => *last,
            Err(poisoned) => *poisoned.into_inner(),
        };
        last.map(|t| t.elapsed())
    }

    /// Whether the worker has stopped, because it was told to or because it died.
    pub fn stopped(&self) -> bool {
        self.stopped.load(std::sync::atomic::Ordering::SeqCst)
    }
}

/// Marks the worker stopped when its task ends, however it ends (a panic too).
struct Alive(std::sync::Arc<Heartbeat>);

impl Drop for Alive {
    fn drop(&mut self) {
        self.0.stopped.store(true, std::sync::atomic::Ordering::SeqCst);
    }
}

/// Drains the outbox every `interval` until `stop` turns true (or its sender is
/// dropped); a batch under way is finished first, so no message is left claimed.
pub fn spawn_worker<S: Sender>(
    db: DatabaseConnection,
    sender: S,
    interval: std::time::Duration,
    heartbeat: std::sync::Arc<Heartbeat>,
    mut stop: tokio::sync::watch::Receiver<bool>,
) -> tokio::task::JoinHandle<()> {
    tokio::spawn(async move {
        let alive = Alive(heartbeat);
        alive.0.beat();
        if let Err(error) = recover(&db).await {
            tracing::warn!(%error, "could not recover stuck messages");
        }
        let mut ticker = tokio::time::interval(interval);
        ticker.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
        loop {
            alive.0.beat();
            if *stop.borrow() {
                break;
            }
            tokio::select! {
                _ = ticker.tick() => {}
                changed = stop.changed() => {
                    if changed.is_err() || *stop.borrow() {
                        break;
                    }
                }
            }
            if let Err(error) = drain_once(&db, &sender, 50).await {
                tracing::warn!(%error, "could not drain the outbox");
            }
        }
        tracing::info!("outbox worker stopped");
    })
}

#[cfg(test)]
mod worker_tests {
    use super::*;
    use std::sync::Arc;

    #[tokio::test]
    async fn a_worker_that_dies_is_seen_as_stopped() {
        let heartbeat = Arc::new(Heartbeat::default());
        assert!(heartbeat.age().is_none() && !heartbeat.stopped());
        let beating = Arc::clone(&heartbeat);
        let task = tokio::spawn(async move {
            let alive = Alive(beating);
            alive.0.beat();
            panic!("the worker dies");
        });
        assert!(task.await.is_err(), "the task panicked");
        assert!(heartbeat.stopped(), "its heartbeat says it stopped");
        assert!(heartbeat.age().is_some());
    }
}
