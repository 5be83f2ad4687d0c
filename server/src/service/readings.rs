//! Claims on scheduled readings: a feed or a calendar is read by one server process
//! at a time, whether the daily job or a coordinator's "read now" asks.
//!
//! A claim is one conditional `UPDATE` of the row: it succeeds only if no reading
//! holds the row (or the claim has lapsed, as a server stopped part-way through
//! leaves it) and, for the job, only if the row is due. It moves the next reading
//! on at the same time, so a reading that fails is not retried every minute.

use crate::error::AppError;
use chrono::{DateTime, Duration, Utc};
use sea_orm::sea_query::Expr;
use sea_orm::{ColumnTrait, Condition, ConnectionTrait, DbErr, EntityTrait, QueryFilter};
use std::future::Future;

/// The columns of a table whose rows are read on a schedule.
pub struct Schedule<E: EntityTrait> {
    pub id: E::Column,
    /// When the row is next due.
    pub next_run_at: E::Column,
    /// When the reading that holds the row began; null when none does.
    pub reading_since: E::Column,
    /// How long a claim holds: longer than the longest reading.
    pub holds: Duration,
}

impl<E: EntityTrait> Schedule<E> {
    /// Claims row `id` for one reading, moving its next reading `every_hours` on;
    /// with `due_only` (the job), only if it is due. Whether it was claimed.
    pub async fn claim(
        &self,
        db: &impl ConnectionTrait,
        id: &str,
        every_hours: i32,
        due_only: bool,
    ) -> Result<bool, DbErr> {
        let now = Utc::now();
        let next = now + Duration::hours(i64::from(every_hours.max(1)));
        let mut update = E::update_many()
            .col_expr(self.next_run_at, Expr::value(next))
            .col_expr(self.reading_since, Expr::value(Some(now)))
            .filter(self.id.eq(id))
            .filter(
                Condition::any()
                    .add(self.reading_since.is_null())
                    .add(self.reading_since.lt(now - self.holds)),
            );
        if due_only {
            update = update.filter(self.next_run_at.lte(now));
        }
        Ok(update.exec(db).await?.rows_affected == 1)
    }

    /// Runs `read` on row `id` as it is now (the claim holds it: a reading that
    /// just finished has moved it on), then lets the row go, whatever came of the
    /// reading. The reading's error comes first, then the release's.
    pub async fn read_claimed<T, F, Fut>(
        &self,
        db: &impl ConnectionTrait,
        id: &str,
        read: F,
    ) -> Result<T, AppError>
    where
        F: FnOnce(E::Model) -> Fut,
        Fut: Future<Output = Result<T, AppError>>,
    {
        let outcome = match E::find().filter(self.id.eq(id)).one(db).await {
            Ok(Some(row)) => read(row).await,
            Ok(None) => Err(AppError::NotFound),
            Err(e) => Err(e.into()),
        };
        let released = self.release(db, id).await;
        let value = outcome?;
        released?;
        Ok(value)
    }

    /// Lets go of row `id`, claimed with [`Schedule::claim`].
    pub async fn release(&self, db: &impl ConnectionTrait, id: &str) -> Result<(), DbErr> {
        E::update_many()
            .col_expr(self.reading_since, Expr::value(Option::<DateTime<Utc>>::None))
            .filter(self.id.eq(id))
            .exec(db)
            .await?;
        Ok(())
    }
}
