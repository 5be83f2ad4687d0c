//! The write path: on SQLite one task owns the write connection and commits the
//! queued writes in groups (group commit); on PostgreSQL each write is its own
//! transaction on the pool.
//!
//! Why: SQLite lets one transaction write at a time, and with `synchronous = FULL`
//! every commit waits for an fsync. Requests that each write in their own
//! transaction on the pool wait for the lock by sleeping and retrying (the busy
//! timeout) and each pays its own fsync: at 64 connections a booking's p99 was over
//! 100 ms (BENCHMARKS.md, "Issue 18"). Here the writes queue for one task instead.
//! It takes what is queued (at most [`MAX_GROUP`] jobs), runs the jobs one after
//! another in one transaction, each inside its own savepoint, and commits once: one
//! fsync for the whole group.
//!
//! - A job that fails is rolled back to its savepoint alone and its caller gets its
//!   error; the rest of the group is kept. A job that panics or runs longer than
//!   [`JOB_TIMEOUT`] is rolled back the same way and its caller gets an error.
//! - Nothing acknowledged is lost: callers are answered only once the group's
//!   commit succeeded. If the commit fails, every job of the group gets the error
//!   (503, try again) and nothing of the group was kept; jobs are `FnOnce`, so the
//!   writer does not retry them itself. If a savepoint cannot be ended, the group so
//!   far is rolled back and answered the same way, and the jobs not yet run go on in
//!   the next group.
//! - A caller that goes away (its request dropped) does not take its job back once
//!   queued: the job runs and commits with the others, and its answer is dropped.
//! - The queue is bounded ([`QUEUE`]): when it is full, callers wait to enqueue.
//!
//! Jobs run one after another on one connection, each seeing what the earlier ones
//! wrote, so a conditional update (the capacity rule, `booked < capacity`) holds as
//! it did with one transaction per write. A job must use only the transaction it is
//! given: on SQLite a write through the pool inside a job would wait for the lock
//! the writer holds. Reads stay on the pool, and a caller that reads after its write
//! returns sees it, since the answer comes after the commit.

use crate::service::sql;
use sea_orm::{DatabaseConnection, DatabaseTransaction, DbErr, RuntimeErr, TransactionTrait};
use std::collections::VecDeque;
use std::future::Future;
use std::panic::AssertUnwindSafe;
use std::pin::Pin;
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};
use std::task::Poll;
use std::time::Duration;
use tokio::sync::{mpsc, oneshot};

/// A boxed future that may borrow for `'a`, as a job returns.
pub type BoxFuture<'a, T> = Pin<Box<dyn Future<Output = T> + Send + 'a>>;

/// The most jobs committed together.
pub const MAX_GROUP: usize = 64;

/// The most jobs waiting; beyond it callers wait to enqueue.
pub const QUEUE: usize = 1024;

/// The longest one job may run before it is rolled back and its caller told.
pub const JOB_TIMEOUT: Duration = Duration::from_secs(10);

/// What became of a job that ran: whether its savepoint is kept, and how its caller
/// is answered once the group has ended (given the commit's result).
struct Ran {
    kept: bool,
    answer: Box<dyn FnOnce(Result<(), DbErr>) + Send>,
}

/// A queued job with its types erased: given the group's savepoint for it (or why
/// there is none), runs the job.
type Queued =
    Box<dyn for<'t> FnOnce(Result<&'t DatabaseTransaction, DbErr>) -> BoxFuture<'t, Option<Ran>> + Send>;

#[derive(Clone)]
enum Way {
    /// The queue, and the writer task's connection (for [`Writer::close`]).
    Queue(mpsc::Sender<Queued>, DatabaseConnection),
    Pool(DatabaseConnection),
}

/// Counts, for tests and the curious.
#[derive(Default)]
struct Counts {
    groups: AtomicU64,
    jobs: AtomicU64,
}

/// Where writes go. Cheap to clone.
#[derive(Clone)]
pub struct Writer {
    way: Way,
    counts: Arc<Counts>,
}

impl Writer {
    /// Each write in its own transaction on the pool (PostgreSQL, an in-memory
    /// SQLite database, and callers that hold only a connection).
    pub fn on_pool(db: DatabaseConnection) -> Writer {
        Writer {
            way: Way::Pool(db),
            counts: Arc::default(),
        }
    }

    /// A writer task owning `connection` (a pool of one), taking queued writes in
    /// groups. It stops when the last clone of the writer is dropped.
    pub fn spawn(connection: DatabaseConnection) -> Writer {
        let (jobs, queue) = mpsc::channel(QUEUE);
        let counts = Arc::new(Counts::default());
        tokio::spawn(run(connection.clone(), queue, Arc::clone(&counts)));
        Writer {
            way: Way::Queue(jobs, connection),
            counts,
        }
    }

    /// Whether writes go through the queue.
    pub fn is_queued(&self) -> bool {
        matches!(self.way, Way::Queue(..))
    }

    /// How many groups the writer task has committed.
    pub fn groups_committed(&self) -> u64 {
        self.counts.groups.load(Ordering::Relaxed)
    }

    /// How many jobs' writes have been committed in those groups (not counting the
    /// jobs that failed and were rolled back).
    pub fn jobs_committed(&self) -> u64 {
        self.counts.jobs.load(Ordering::Relaxed)
    }

    /// How many jobs wait in the queue.
    pub fn queued(&self) -> usize {
        match &self.way {
            Way::Queue(jobs, _) => jobs.max_capacity() - jobs.capacity(),
            Way::Pool(_) => 0,
        }
    }

    /// Closes the writer task's connection, once the server has stopped taking
    /// requests, so that nothing holds the SQLite file open after it; writes after
    /// this fail. The pool is the caller's to close.
    pub async fn close(&self) {
        if let Way::Queue(_, connection) = &self.way
            && let Err(error) = connection.clone().close().await
        {
            tracing::warn!(%error, "the write connection did not close cleanly");
        }
    }

    /// Runs `job` in a transaction and answers once it is committed: `Ok` only if
    /// what it wrote is stored. If the job fails, nothing it wrote is kept.
    pub async fn write<T, E, F>(&self, job: F) -> Result<T, E>
    where
        T: Send + 'static,
        E: From<DbErr> + Send + 'static,
        F: for<'t> FnOnce(&'t DatabaseTransaction) -> BoxFuture<'t, Result<T, E>> + Send + 'static,
    {
        let jobs = match &self.way {
            Way::Pool(db) => {
                let txn = sql::begin_write(db).await?;
                return match job(&txn).await {
                    Ok(value) => {
                        txn.commit().await?;
                        Ok(value)
                    }
                    Err(error) => {
                        txn.rollback().await.ok();
                        Err(error)
                    }
                };
            }
            Way::Queue(jobs, _) => jobs,
        };
        let (reply, answer) = oneshot::channel::<Result<T, E>>();
        let queued: Queued = Box::new(move |savepoint| {
            Box::pin(async move {
                let savepoint = match savepoint {
                    Ok(savepoint) => savepoint,
                    Err(error) => {
                        reply.send(Err(E::from(error))).ok();
                        return None;
                    }
                };
                let result = job(savepoint).await;
                Some(Ran {
                    kept: result.is_ok(),
                    answer: Box::new(move |committed| {
                        let answer = match (result, committed) {
                            (Ok(value), Ok(())) => Ok(value),
                            (Ok(_), Err(error)) => Err(E::from(error)),
                            (Err(error), _) => Err(error),
                        };
                        // The caller may have gone away; the write stands.
                        reply.send(answer).ok();
                    }),
                })
            })
        });
        if jobs.send(queued).await.is_err() {
            return Err(E::from(unavailable("the writer has stopped".into())));
        }
        answer.await.unwrap_or_else(|_| {
            Err(E::from(DbErr::Custom(
                "the write failed (it panicked or took too long) and nothing of it was kept".into(),
            )))
        })
    }
}

/// An error that says "try again shortly" (503).
fn unavailable(message: String) -> DbErr {
    DbErr::Conn(RuntimeErr::Internal(message))
}

/// The writer task: waits for a job, takes whatever else is queued, commits it as a
/// group, again, until every sender is gone.
async fn run(connection: DatabaseConnection, mut queue: mpsc::Receiver<Queued>, counts: Arc<Counts>) {
    let mut pending: VecDeque<Queued> = VecDeque::new();
    loop {
        if pending.is_empty() {
            match queue.recv().await {
                Some(job) => pending.push_back(job),
                None => return,
            }
        }
        while pending.len() < MAX_GROUP {
            match queue.try_recv() {
                Ok(job) => pending.push_back(job),
                Err(_) => break,
            }
        }
        commit_group(&connection, &mut pending, &counts).await;
    }
}

/// Runs up to [`MAX_GROUP`] of the pending jobs in one transaction, each in its
/// own savepoint, commits, and answers their callers.
async fn commit_group(connection: &DatabaseConnection, pending: &mut VecDeque<Queued>, counts: &Counts) {
    let size = pending.len().min(MAX_GROUP);
    let txn = match sql::begin_write(connection).await {
        Ok(txn) => txn,
        Err(error) => {
            tracing::error!(%error, jobs = size, "the writer could not begin a transaction");
            let message = error.to_string();
            for job in pending.drain(..size) {
                job(Err(unavailable(message.clone()))).await;
            }
            return;
        }
    };
    let mut answers = Vec::with_capacity(size);
    let mut kept_jobs = 0;
    let mut broken = None;
    for _ in 0..size {
        let Some(job) = pending.pop_front() else { break };
        let savepoint = match txn.begin().await {
            Ok(savepoint) => savepoint,
            Err(error) => {
                pending.push_front(job);
                broken = Some(error);
                break;
            }
        };
        let ran = guarded(job(Ok(&savepoint))).await;
        let kept = ran.as_ref().is_some_and(|ran| ran.kept);
        let ended = if kept {
            kept_jobs += 1;
            savepoint.commit().await
        } else {
            savepoint.rollback().await
        };
        if let Some(ran) = ran {
            answers.push(ran.answer);
        }
        if let Err(error) = ended {
            broken = Some(error);
            break;
        }
    }
    let committed = match broken {
        Some(error) => {
            tracing::error!(%error, "a savepoint could not be ended: the group is rolled back");
            txn.rollback().await.ok();
            Err(error)
        }
        None => txn.commit().await,
    };
    let failed = match committed {
        Ok(()) => {
            counts.groups.fetch_add(1, Ordering::Relaxed);
            counts.jobs.fetch_add(kept_jobs, Ordering::Relaxed);
            None
        }
        Err(error) => {
            tracing::error!(%error, jobs = answers.len(), "a group of writes could not be committed");
            Some(format!("the write was not stored: {error}"))
        }
    };
    for answer in answers {
        answer(match &failed {
            None => Ok(()),
            Some(message) => Err(unavailable(message.clone())),
        });
    }
}

/// Runs a job's future, turning a panic or a run longer than [`JOB_TIMEOUT`] into
/// `None` (the job's caller is then told by its dropped reply).
async fn guarded(mut run: BoxFuture<'_, Option<Ran>>) -> Option<Ran> {
    let caught = std::future::poll_fn(|cx| {
        match std::panic::catch_unwind(AssertUnwindSafe(|| run.as_mut().poll(cx))) {
            Ok(poll) => poll,
            Err(_) => {
                tracing::error!("a write panicked: it alone is rolled back");
                Poll::Ready(None)
            }
        }
    });
    match tokio::time::timeout(JOB_TIMEOUT, caught).await {
        Ok(ran) => ran,
        Err(_) => {
            tracing::error!(
                seconds = JOB_TIMEOUT.as_secs(),
                "a write took too long: it alone is rolled back"
            );
            None
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use sea_orm::{ConnectOptions, ConnectionTrait, Database};

    /// A fresh SQLite file with a table `t (id TEXT PRIMARY KEY)`: a pool to read
    /// it and a writer on its own connection.
    async fn fixture() -> (DatabaseConnection, Writer, std::path::PathBuf) {
        let path = std::env::temp_dir().join(format!("perilink-writer-{}.db", uuid::Uuid::new_v4()));
        let url = format!("sqlite://{}?mode=rwc", path.display());
        let open = |max: u32| {
            let mut options = ConnectOptions::new(url.clone());
            options
                .max_connections(max)
                .sqlx_logging(false)
                .map_sqlx_sqlite_opts(|o| {
                    o.journal_mode(sea_orm::sqlx::sqlite::SqliteJournalMode::Wal)
                        .busy_timeout(Duration::from_secs(5))
                        .foreign_keys(true)
                });
            Database::connect(options)
        };
        let pool = open(4).await.expect("the pool");
        pool.execute_unprepared("CREATE TABLE t (id TEXT PRIMARY KEY)")
            .await
            .expect("the table");
        pool.execute_unprepared("CREATE TABLE directory_state (version INTEGER)")
            .await
            .expect("the table begin_write touches");
        let writer = Writer::spawn(open(1).await.expect("the write connection"));
        (pool, writer, path)
    }

    async fn insert(writer: &Writer, id: &str) -> Result<String, DbErr> {
        let id = id.to_owned();
        writer
            .write(move |txn| {
                Box::pin(async move {
                    sql::exec(txn, "INSERT INTO t (id) VALUES (?)", vec![id.clone().into()]).await?;
                    Ok(id)
                })
            })
            .await
    }

    /// A write's caller, spawned.
    type Call<T> = tokio::task::JoinHandle<Result<T, DbErr>>;

    async fn ids(pool: &DatabaseConnection) -> Vec<String> {
        sql::ids(pool, "SELECT id FROM t ORDER BY id", vec![])
            .await
            .expect("ids")
    }

    /// Holds the writer inside a job until `release` is sent, so that jobs queue
    /// up behind it; returns once the writer is holding.
    async fn hold(
        writer: &Writer,
    ) -> (
        oneshot::Sender<()>,
        tokio::task::JoinHandle<Result<String, DbErr>>,
    ) {
        let (release, released) = oneshot::channel::<()>();
        let (holding, held) = oneshot::channel::<()>();
        let w = writer.clone();
        let holder = tokio::spawn(async move {
            w.write(move |txn| {
                Box::pin(async move {
                    sql::exec(txn, "INSERT INTO t (id) VALUES ('holder')", vec![]).await?;
                    holding.send(()).ok();
                    released.await.ok();
                    Ok("holder".to_owned())
                })
            })
            .await
        });
        held.await.expect("the writer holds");
        (release, holder)
    }

    /// Waits until `n` jobs are queued.
    async fn until_queued(writer: &Writer, n: usize) {
        while writer.queued() < n {
            tokio::task::yield_now().await;
        }
    }

    /// Queues an insert of `id` behind what is queued, once it is queued.
    async fn queue_insert(writer: &Writer, id: &'static str) -> Call<String> {
        let n = writer.queued() + 1;
        let w = writer.clone();
        let call = tokio::spawn(async move { insert(&w, id).await });
        until_queued(writer, n).await;
        call
    }

    /// Queues a job running `statements` in turn behind what is queued, once it is
    /// queued.
    async fn queue_statements(writer: &Writer, statements: &'static [&'static str]) -> Call<()> {
        let n = writer.queued() + 1;
        let w = writer.clone();
        let call = tokio::spawn(async move {
            w.write(move |txn| {
                Box::pin(async move {
                    for statement in statements {
                        sql::exec(txn, statement, vec![]).await?;
                    }
                    Ok(())
                })
            })
            .await
        });
        until_queued(writer, n).await;
        call
    }

    #[tokio::test]
    async fn queued_jobs_commit_as_one_group_and_each_caller_gets_its_own_result() {
        let (pool, writer, path) = fixture().await;
        assert!(writer.is_queued());
        let (release, holder) = hold(&writer).await;
        let mut callers = Vec::new();
        for n in 0..10 {
            let w = writer.clone();
            callers.push(tokio::spawn(
                async move { insert(&w, &format!("job-{n:02}")).await },
            ));
        }
        until_queued(&writer, 10).await;
        release.send(()).expect("release");
        assert_eq!(holder.await.expect("joined").expect("kept"), "holder");
        for (n, caller) in callers.into_iter().enumerate() {
            assert_eq!(
                caller.await.expect("joined").expect("kept"),
                format!("job-{n:02}")
            );
        }
        assert_eq!(
            writer.groups_committed(),
            2,
            "the holder's group, then the ten together"
        );
        assert_eq!(writer.jobs_committed(), 11);
        assert_eq!(ids(&pool).await.len(), 11, "every answered write is stored");
        std::fs::remove_file(&path).ok();
    }

    #[tokio::test]
    async fn a_failed_job_rolls_back_only_itself() {
        let (pool, writer, path) = fixture().await;
        let (release, holder) = hold(&writer).await;
        let first = queue_insert(&writer, "a").await;
        // Writes a row, then fails on a duplicate: neither of its rows may stay.
        let failing = queue_statements(
            &writer,
            &[
                "INSERT INTO t (id) VALUES ('mine')",
                "INSERT INTO t (id) VALUES ('a')",
            ],
        )
        .await;
        let last = queue_insert(&writer, "z").await;
        release.send(()).expect("release");
        holder.await.expect("joined").expect("kept");
        assert_eq!(first.await.expect("joined").expect("kept"), "a");
        let error = failing.await.expect("joined").expect_err("a duplicate fails");
        assert!(sql::is_unique_violation(&error), "{error}");
        assert_eq!(last.await.expect("joined").expect("kept"), "z");
        assert_eq!(ids(&pool).await, ["a", "holder", "z"]);
        assert_eq!(writer.groups_committed(), 2);
        assert_eq!(writer.jobs_committed(), 3, "the failed job is not counted");
        std::fs::remove_file(&path).ok();
    }

    #[tokio::test]
    async fn a_panicking_job_and_a_caller_gone_away_do_not_break_the_group() {
        let (pool, writer, path) = fixture().await;
        let (release, holder) = hold(&writer).await;
        let w = writer.clone();
        let panicking = tokio::spawn(async move {
            w.write(|txn| {
                Box::pin(async move {
                    sql::exec(txn, "INSERT INTO t (id) VALUES ('panicked')", vec![]).await?;
                    if txn.get_database_backend() == sea_orm::DatabaseBackend::Sqlite {
                        panic!("a bug in a job");
                    }
                    Ok::<_, DbErr>(())
                })
            })
            .await
        });
        until_queued(&writer, 1).await;
        // A caller that enqueues and then goes away: its write still stands.
        let gone = queue_insert(&writer, "gone").await;
        gone.abort();
        assert!(gone.await.expect_err("aborted").is_cancelled());
        let after = queue_insert(&writer, "after").await;
        release.send(()).expect("release");
        holder.await.expect("joined").expect("kept");
        let error = panicking.await.expect("joined").expect_err("its caller is told");
        assert!(error.to_string().contains("nothing of it was kept"), "{error}");
        assert_eq!(after.await.expect("joined").expect("kept"), "after");
        assert_eq!(ids(&pool).await, ["after", "gone", "holder"]);
        // The writer goes on taking writes.
        insert(&writer, "later").await.expect("kept");
        assert_eq!(ids(&pool).await.len(), 4);
        assert_eq!(writer.jobs_committed(), 4, "the panicked job is not counted");
        std::fs::remove_file(&path).ok();
    }

    #[tokio::test]
    async fn a_failed_commit_answers_every_job_of_the_group_with_an_error() {
        let (pool, writer, path) = fixture().await;
        // A deferred foreign key is checked only at the commit.
        pool.execute_unprepared(
            "CREATE TABLE child (id TEXT PRIMARY KEY, parent TEXT REFERENCES t (id) DEFERRABLE INITIALLY DEFERRED)",
        )
        .await
        .expect("the table");
        let (release, holder) = hold(&writer).await;
        let orphan = queue_statements(
            &writer,
            &["INSERT INTO child (id, parent) VALUES ('c', 'nobody')"],
        )
        .await;
        let innocent = queue_insert(&writer, "innocent").await;
        release.send(()).expect("release");
        // The holder was a group of its own; the orphan and the innocent share one.
        assert_eq!(holder.await.expect("joined").expect("kept"), "holder");
        orphan.await.expect("joined").expect_err("the group failed");
        let innocent = innocent.await.expect("joined").expect_err("the group failed");
        assert!(
            innocent.to_string().contains("the write was not stored"),
            "{innocent}"
        );
        assert_eq!(
            ids(&pool).await,
            ["holder"],
            "nothing of a failed group is stored"
        );
        assert_eq!(writer.groups_committed(), 1);
        // The writer goes on: the connection is not left inside the failed transaction.
        insert(&writer, "later").await.expect("kept");
        assert_eq!(ids(&pool).await, ["holder", "later"]);
        std::fs::remove_file(&path).ok();
    }
}
