//! When feeds are read: the job that reads each when it is due, and "read it
//! now", each claiming the feed first so that no two readings of one run at once.

use super::*;

/// How long a claim on a feed holds: longer than the longest reading (two passes
/// of [`fetch::MAX_PAGES`] pages of [`fetch::TIMEOUT`] each, about 35 minutes), so
/// that the claim of a server stopped part-way through lapses.
const CLAIM_HOLDS_MINUTES: i64 = 60;

/// Claims a feed for one reading, as one conditional UPDATE: only if no reading
/// holds it (or its claim has lapsed) and, for the job (`due_only`), only if it is
/// due. Moves its next reading on. Whether it was claimed.
async fn claim(
    db: &DatabaseConnection,
    feed_id: &str,
    every_hours: i32,
    due_only: bool,
) -> Result<bool, AppError> {
    let now = Utc::now();
    let next = now + Duration::hours(i64::from(every_hours.max(1)));
    let mut update = directory_feed::Entity::update_many()
        .col_expr(directory_feed::Column::NextRunAt, Expr::value(next))
        .col_expr(directory_feed::Column::ReadingSince, Expr::value(Some(now)))
        .filter(directory_feed::Column::Id.eq(feed_id))
        .filter(
            Condition::any()
                .add(directory_feed::Column::ReadingSince.is_null())
                .add(directory_feed::Column::ReadingSince.lt(now - Duration::minutes(CLAIM_HOLDS_MINUTES))),
        );
    if due_only {
        update = update.filter(directory_feed::Column::NextRunAt.lte(now));
    }
    Ok(update.exec(db).await?.rows_affected == 1)
}

/// Reads a feed claimed with [`claim`], then lets it go, whatever came of it.
async fn run_claimed(
    db: &DatabaseConnection,
    directory: &Directory,
    client: &FeedClient,
    viewer: &Viewer,
    feed_id: &str,
) -> Result<FeedRun, AppError> {
    // As it is now the claim holds it: a reading that just finished has moved
    // its ETags and last good reading on.
    let read = match directory_feed::Entity::find_by_id(feed_id).one(db).await {
        Ok(Some(feed)) => run_feed(db, directory, client, viewer, feed).await,
        Ok(None) => Err(AppError::NotFound),
        Err(e) => Err(e.into()),
    };
    let released = release(db, feed_id).await;
    let run = read?;
    released?;
    Ok(run)
}

/// Lets go of a feed claimed with [`claim`].
async fn release(db: &DatabaseConnection, feed_id: &str) -> Result<(), AppError> {
    directory_feed::Entity::update_many()
        .col_expr(
            directory_feed::Column::ReadingSince,
            Expr::value(Option::<DateTime<Utc>>::None),
        )
        .filter(directory_feed::Column::Id.eq(feed_id))
        .exec(db)
        .await?;
    Ok(())
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
        if !claim(db, &feed.id, feed.every_hours, true).await? {
            continue;
        }
        let Some(viewer) = writer_for(db, &feed).await? else {
            tracing::warn!(feed.id = %feed.id, "a feed is due but its organisation has no active coordinator");
            release(db, &feed.id).await?;
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
    if !claim(db, &feed.id, feed.every_hours, false).await? {
        return Err(AppError::FeedBusy);
    }
    run_claimed(db, directory, client, viewer, &feed.id).await
}
