//! The directory as mothers search it: an in-memory snapshot of every listed session
//! and its upcoming dates, so a search never touches the database.
//!
//! Each process holds one [`Snapshot`] behind an `Arc`, swapped whole when the
//! directory changes. Edits bump `directory_state.version` in the same transaction;
//! the editing process reloads at once, and every other process (PostgreSQL lets
//! several share one database) notices within [`WATCH_INTERVAL`]. Places booked are
//! counted in the snapshot as bookings happen here; the database stays the
//! authority, and a session's page reads its dates and places from it.

pub mod feed;
mod index;
mod load;
pub mod page;
pub mod places;
pub mod search;
mod snapshot;
mod strings;

pub use snapshot::{OccurrenceEntry, SessionEntry, Snapshot, Strings, Sym};

use sea_orm::{ConnectionTrait, DatabaseConnection, DbErr, Statement};
use std::sync::{Arc, Mutex, RwLock};
use std::time::{Duration, Instant};

/// How often each process checks whether another has changed the directory.
pub const WATCH_INTERVAL: Duration = Duration::from_secs(2);

/// Listings not checked for this many days are flagged to their owner.
pub const FLAG_AFTER_DAYS: i64 = 90;
/// Listings not checked for this many days are hidden from mothers.
pub const HIDE_AFTER_DAYS: i64 = 120;

/// The current snapshot, shared by every request.
pub struct Directory {
    current: RwLock<Arc<Snapshot>>,
    reload_lock: tokio::sync::Mutex<()>,
    /// When the snapshot was built, and when it was last found current.
    times: Mutex<(Instant, Instant)>,
}

/// How old the snapshot is, for the metrics.
#[derive(Clone, Copy, Debug)]
pub struct SnapshotAges {
    /// Since it was built from the database.
    pub built: Duration,
    /// Since it was last found to match the database's directory version: grows
    /// while the database cannot be reached.
    pub checked: Duration,
}

impl Directory {
    /// Loads the directory from the database.
    pub async fn load(db: &DatabaseConnection) -> Result<Directory, DbErr> {
        let snapshot = timed_load(db, "directory loaded").await?;
        Ok(Directory {
            current: RwLock::new(Arc::new(snapshot)),
            reload_lock: tokio::sync::Mutex::new(()),
            times: Mutex::new((Instant::now(), Instant::now())),
        })
    }

    /// How old the snapshot is.
    pub fn ages(&self) -> SnapshotAges {
        let (built, checked) = match self.times.lock() {
            Ok(guard) => *guard,
            Err(poisoned) => *poisoned.into_inner(),
        };
        SnapshotAges {
            built: built.elapsed(),
            checked: checked.elapsed(),
        }
    }

    fn mark(&self, rebuilt: bool) {
        let now = Instant::now();
        let mut guard = match self.times.lock() {
            Ok(guard) => guard,
            Err(poisoned) => poisoned.into_inner(),
        };
        if rebuilt {
            guard.0 = now;
        }
        guard.1 = now;
    }

    /// The snapshot searches read.
    pub fn snapshot(&self) -> Arc<Snapshot> {
        match self.current.read() {
            Ok(guard) => Arc::clone(&guard),
            Err(poisoned) => Arc::clone(&poisoned.into_inner()),
        }
    }

    /// Rebuilds the snapshot from the database, if its version moved on.
    pub async fn refresh(&self, db: &DatabaseConnection) -> Result<(), DbErr> {
        let _one_at_a_time = self.reload_lock.lock().await;
        let version = current_version(db).await?;
        if version == self.snapshot().version {
            self.mark(false);
            return Ok(());
        }
        let snapshot = Arc::new(timed_load(db, "directory reloaded").await?);
        match self.current.write() {
            Ok(mut guard) => *guard = snapshot,
            Err(poisoned) => *poisoned.into_inner() = snapshot,
        }
        self.mark(true);
        Ok(())
    }

    /// Watches for edits made by other processes, for as long as the server runs.
    pub fn watch(self: Arc<Self>, db: DatabaseConnection) {
        tokio::spawn(async move {
            let mut ticker = tokio::time::interval(WATCH_INTERVAL);
            ticker.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
            loop {
                ticker.tick().await;
                if let Err(error) = self.refresh(&db).await {
                    tracing::warn!(%error, "could not check the directory for changes");
                }
            }
        });
    }
}

/// Loads a snapshot and logs its counts, its own size in bytes and how long it took.
async fn timed_load(db: &DatabaseConnection, message: &'static str) -> Result<Snapshot, DbErr> {
    let started = Instant::now();
    let snapshot = Snapshot::load(db).await?;
    tracing::info!(
        version = snapshot.version,
        sessions = snapshot.sessions.len(),
        occurrences = snapshot.occurrences.len(),
        bytes = snapshot.bytes(),
        build_ms = started.elapsed().as_millis() as u64,
        "{message}"
    );
    Ok(snapshot)
}

/// The directory's version, which every edit bumps.
pub async fn current_version(db: &impl ConnectionTrait) -> Result<i64, DbErr> {
    let row = db
        .query_one_raw(Statement::from_string(
            db.get_database_backend(),
            "SELECT version FROM directory_state WHERE id = 1",
        ))
        .await?
        .ok_or_else(|| DbErr::RecordNotFound("directory_state".into()))?;
    row.try_get::<i64>("", "version")
}

/// Marks the directory changed; call inside the transaction that changes it.
pub async fn bump_version(db: &impl ConnectionTrait) -> Result<(), DbErr> {
    db.execute_raw(Statement::from_string(
        db.get_database_backend(),
        "UPDATE directory_state SET version = version + 1 WHERE id = 1",
    ))
    .await?;
    Ok(())
}
