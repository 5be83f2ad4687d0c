//! When feeds are read: the job that reads each when it is due, and "read it
//! now", each claiming the feed first so that no two readings of one run at once.

use super::*;
use crate::service::readings::Schedule;

/// When feeds are read, and the claim each reading takes first. A claim holds
/// longer than the longest reading (two passes of [`crate::service::fetch::MAX_PAGES`] pages of
/// [`crate::service::fetch::TIMEOUT`] each, about 35 minutes), so that the claim of a server
/// stopped part-way through lapses.
const SCHEDULE: Schedule<directory_feed::Entity> = Schedule {
    id: directory_feed::Column::Id,
    next_run_at: directory_feed::Column::NextRunAt,
    reading_since: directory_feed::Column::ReadingSince,
    holds: Duration::minutes(60),
};

/// Reads a feed claimed with [`SCHEDULE`], then lets it go, whatever came of it.
async fn run_claimed(
    db: &DatabaseConnection,
    directory: &Directory,
    client: &FeedClient,
    viewer: &Viewer,
    feed_id: &str,
) -> Result<FeedRun, AppError> {
    // As it is now: a reading that just finished has moved its ETags and last
    // good reading on.
    SCHEDULE
        .read_claimed(db, feed_id, |feed| run_feed(db, directory, client, viewer, feed))
        .await
}

/// Reads every feed that is due, each claimed first so that of several server
/// processes on one database only one reads it, and never while a "read now"
/// does. Returns how many it read.
pub async fn run_due(
    db: &DatabaseConnection,
    directory: &Directory,
    client: &FeedClient,
) -> Result<usize, AppError> {
    let due = directory_feed::Entity::find()
        .filter(directory_feed::Column::NextRunAt.lte(Utc::now()))
        .all(db)
        .await?;
    let mut read = 0;
    for feed in due {
        if !SCHEDULE.claim(db, &feed.id, feed.every_hours, true).await? {
            continue;
        }
        let Some(viewer) = writer_for(db, &feed).await? else {
            tracing::warn!(feed.id = %feed.id, "a feed is due but its organisation has no active coordinator");
            SCHEDULE.release(db, &feed.id).await?;
            continue;
        };
        run_claimed(db, directory, client, &viewer, &feed.id).await?;
        read += 1;
    }
    Ok(read)
}

/// Reads due feeds every [`JOB_INTERVAL`], for as long as the server runs.
pub fn spawn_job(db: DatabaseConnection, directory: Arc<Directory>, client: FeedClient) {
    tokio::spawn(async move {
        let mut ticker = tokio::time::interval(JOB_INTERVAL);
        ticker.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
        loop {
            ticker.tick().await;
            if let Err(error) = run_due(&db, &directory, &client).await {
                tracing::warn!(%error, "could not read the feeds that are due");
            }
        }
    });
}

/// Reads a feed now, as the caller: `feed_busy` (409) while another reading
/// holds it.
pub async fn run_now(
    db: &DatabaseConnection,
    directory: &Directory,
    client: &FeedClient,
    viewer: &Viewer,
    feed_id: &str,
) -> Result<FeedRun, AppError> {
    let feed = feed_of(db, viewer, feed_id).await?;
    if !SCHEDULE.claim(db, &feed.id, feed.every_hours, false).await? {
        return Err(AppError::FeedBusy);
    }
    run_claimed(db, directory, client, viewer, &feed.id).await
}
