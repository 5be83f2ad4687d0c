//! Schema migrations, run in order at start-up, each in its own transaction.
//!
//! Each migration is a module `mYYYYMMDD_NNNNNN_name` with `UP` and `DOWN`: SQL that
//! SQLite and PostgreSQL both accept (TEXT ids, TIMESTAMPTZ, DATE, BOOLEAN, DOUBLE
//! PRECISION), so one schema serves both engines. Applied versions are recorded in
//! `schema_migrations`; on PostgreSQL an advisory lock keeps two servers starting at
//! once from migrating twice.

mod m20261122_000001_foundation;
mod m20261122_000002_directory_bookings;
mod m20261122_000003_referrals;
mod m20261122_000004_screening;
mod m20261122_000005_report_indexes;
mod m20261202_000006_accounts;
mod m20261202_000007_screening_schedule;
mod m20261204_000010_care_and_providers;
mod m20261204_000040_contact_windows;
mod m20261204_000050_report_reason;
mod m20261205_000060_session_reminders;
mod m20261205_000070_attendance_by_mother_and_status;
mod m20261205_000080_signup_codes;
mod m20261205_000090_inbound_texts;
mod m20261205_000095_last_attended;
mod m20261206_000100_feed_imports;
mod m20261207_000105_calendar_imports;
mod m20261207_000110_listing_duplicates;
mod m20261208_000115_caseload_rank;

use sea_orm::{
    ConnectionTrait, DatabaseBackend, DatabaseConnection, DbErr, FromQueryResult, Statement, TransactionTrait,
};

/// One migration: a version and the statements that apply and revert it.
pub struct Migration {
    /// Sorts migrations; recorded once applied.
    pub version: &'static str,
    /// Statements that apply it, run in order.
    pub up: &'static [&'static str],
    /// Statements that revert it, run in order.
    pub down: &'static [&'static str],
}

/// Every migration, oldest first.
pub const MIGRATIONS: &[Migration] = &[
    m20261122_000001_foundation::MIGRATION,
    m20261122_000002_directory_bookings::MIGRATION,
    m20261122_000003_referrals::MIGRATION,
    m20261122_000004_screening::MIGRATION,
    m20261122_000005_report_indexes::MIGRATION,
    m20261202_000006_accounts::MIGRATION,
    m20261202_000007_screening_schedule::MIGRATION,
    m20261204_000010_care_and_providers::MIGRATION,
    m20261204_000040_contact_windows::MIGRATION,
    m20261204_000050_report_reason::MIGRATION,
    m20261205_000060_session_reminders::MIGRATION,
    m20261205_000070_attendance_by_mother_and_status::MIGRATION,
    m20261205_000080_signup_codes::MIGRATION,
    m20261205_000090_inbound_texts::MIGRATION,
    m20261205_000095_last_attended::MIGRATION,
    m20261206_000100_feed_imports::MIGRATION,
    m20261207_000105_calendar_imports::MIGRATION,
    m20261207_000110_listing_duplicates::MIGRATION,
    m20261208_000115_caseload_rank::MIGRATION,
];

const LOCK_KEY: i64 = 0x5045_5249_4c49_4e4b; // "PERILINK"

/// The versions of the migrations the database has recorded as applied.
pub async fn applied(db: &impl ConnectionTrait) -> Result<Vec<String>, DbErr> {
    #[derive(FromQueryResult)]
    struct Applied {
        version: String,
    }
    let statement =
        Statement::from_string(db.get_database_backend(), "SELECT version FROM schema_migrations");
    Ok(Applied::find_by_statement(statement)
        .all(db)
        .await?
        .into_iter()
        .map(|a| a.version)
        .collect())
}

/// Applies every migration not yet applied.
pub async fn migrate_up(db: &DatabaseConnection) -> Result<(), DbErr> {
    let backend = db.get_database_backend();
    // Under the lock too: two PostgreSQL sessions racing `CREATE TABLE IF NOT
    // EXISTS` can both miss the table and one fails on a duplicate type.
    let txn = db.begin().await?;
    if backend == DatabaseBackend::Postgres {
        txn.execute_unprepared(&format!("SELECT pg_advisory_xact_lock({LOCK_KEY})"))
            .await?;
    }
    txn.execute_unprepared(
        "CREATE TABLE IF NOT EXISTS schema_migrations (
            version TEXT PRIMARY KEY,
            applied_at TIMESTAMPTZ NOT NULL DEFAULT CURRENT_TIMESTAMP
        )",
    )
    .await?;
    txn.commit().await?;
    for migration in MIGRATIONS {
        let txn = db.begin().await?;
        if backend == DatabaseBackend::Postgres {
            txn.execute_unprepared(&format!("SELECT pg_advisory_xact_lock({LOCK_KEY})"))
                .await?;
        }
        let applied = txn
            .query_one_raw(Statement::from_sql_and_values(
                backend,
                placeholder(backend, "SELECT version FROM schema_migrations WHERE version = ?"),
                [migration.version.into()],
            ))
            .await?
            .is_some();
        if !applied {
            for sql in migration.up {
                txn.execute_unprepared(sql).await?;
            }
            txn.execute_raw(Statement::from_sql_and_values(
                backend,
                placeholder(backend, "INSERT INTO schema_migrations (version) VALUES (?)"),
                [migration.version.into()],
            ))
            .await?;
            tracing::info!(migration = migration.version, "applied migration");
        }
        txn.commit().await?;
    }
    Ok(())
}

/// Reverts every applied migration, newest first. For tests and development.
pub async fn migrate_down(db: &DatabaseConnection) -> Result<(), DbErr> {
    let backend = db.get_database_backend();
    for migration in MIGRATIONS.iter().rev() {
        let txn = db.begin().await?;
        for sql in migration.down {
            txn.execute_unprepared(sql).await?;
        }
        txn.execute_raw(Statement::from_sql_and_values(
            backend,
            placeholder(backend, "DELETE FROM schema_migrations WHERE version = ?"),
            [migration.version.into()],
        ))
        .await?;
        txn.commit().await?;
    }
    Ok(())
}

/// Rewrites `?` placeholders as `$1, $2, ...` for PostgreSQL.
fn placeholder(backend: DatabaseBackend, sql: &str) -> String {
    if backend != DatabaseBackend::Postgres {
        return sql.to_owned();
    }
    let mut out = String::with_capacity(sql.len() + 8);
    let mut n = 0;
    for c in sql.chars() {
        if c == '?' {
            n += 1;
            out.push('$');
            out.push_str(&n.to_string());
        } else {
            out.push(c);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn versions_are_unique_and_in_order() {
        let versions: Vec<&str> = MIGRATIONS.iter().map(|m| m.version).collect();
        let mut sorted = versions.clone();
        sorted.sort();
        sorted.dedup();
        assert_eq!(versions, sorted);
    }

    #[test]
    fn postgres_placeholders_are_numbered() {
        assert_eq!(
            placeholder(DatabaseBackend::Postgres, "a = ? AND b = ?"),
            "a = $1 AND b = $2"
        );
        assert_eq!(placeholder(DatabaseBackend::Sqlite, "a = ?"), "a = ?");
    }
}
