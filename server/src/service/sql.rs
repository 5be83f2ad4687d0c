//! Raw SQL for what the entities do not say well (conditional updates, joins), with
//! `?` placeholders numbered for PostgreSQL where it needs them.

use sea_orm::{
    ConnectionTrait, DatabaseBackend, DatabaseConnection, DatabaseTransaction, DbErr, FromQueryResult,
    QueryResult, Statement, TransactionTrait, Value,
};

/// A statement for this connection's engine.
pub fn statement(db: &impl ConnectionTrait, sql: &str, values: Vec<Value>) -> Statement {
    let backend = db.get_database_backend();
    let sql = if backend == DatabaseBackend::Postgres {
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
    } else {
        sql.to_owned()
    };
    Statement::from_sql_and_values(backend, sql, values)
}

/// Runs a statement and says how many rows it changed.
pub async fn exec(db: &impl ConnectionTrait, sql: &str, values: Vec<Value>) -> Result<u64, DbErr> {
    Ok(db.execute_raw(statement(db, sql, values)).await?.rows_affected())
}

/// `?, ?, ?` for each distinct id, and their values, for `IN (...)`.
pub fn in_list(ids: &[&str]) -> (String, Vec<Value>) {
    let distinct: std::collections::BTreeSet<&str> = ids.iter().copied().collect();
    let list = vec!["?"; distinct.len()].join(", ");
    (list, distinct.into_iter().map(Value::from).collect())
}

/// Runs a query.
pub async fn query(
    db: &impl ConnectionTrait,
    sql: &str,
    values: Vec<Value>,
) -> Result<Vec<QueryResult>, DbErr> {
    db.query_all_raw(statement(db, sql, values)).await
}

/// Runs a query, reading each row into a `T` by its columns' names.
pub async fn rows<T: FromQueryResult>(
    db: &impl ConnectionTrait,
    sql: &str,
    values: Vec<Value>,
) -> Result<Vec<T>, DbErr> {
    T::find_by_statement(statement(db, sql, values)).all(db).await
}

/// Runs a query, reading its first row, if any, into a `T` by its columns' names.
pub async fn row<T: FromQueryResult>(
    db: &impl ConnectionTrait,
    sql: &str,
    values: Vec<Value>,
) -> Result<Option<T>, DbErr> {
    T::find_by_statement(statement(db, sql, values)).one(db).await
}

/// A count, named `n` by the query.
#[derive(FromQueryResult)]
struct Count {
    n: i64,
}

/// Runs a query that counts, as `SELECT COUNT(*) AS n ...`: its count, or 0 with no row.
pub async fn count(db: &impl ConnectionTrait, sql: &str, values: Vec<Value>) -> Result<i64, DbErr> {
    Ok(row::<Count>(db, sql, values).await?.map_or(0, |c| c.n))
}

/// The first column of each row, as text.
pub async fn ids(db: &impl ConnectionTrait, sql: &str, values: Vec<Value>) -> Result<Vec<String>, DbErr> {
    query(db, sql, values)
        .await?
        .iter()
        .map(|row| row.try_get_by_index::<String>(0))
        .collect()
}

/// Whether a database error is a unique-constraint violation.
pub fn is_unique_violation(err: &DbErr) -> bool {
    let text = err.to_string().to_lowercase();
    text.contains("unique") || text.contains("duplicate key")
}

/// Begins a transaction that will write, taking SQLite's write lock at once.
///
/// SQLite starts transactions deferred: one that reads first and writes later must
/// upgrade its snapshot, and fails at once ("database is locked", SQLITE_BUSY_SNAPSHOT)
/// if another writer committed meanwhile; the busy timeout cannot help. Writing
/// first makes it wait its turn instead. PostgreSQL needs nothing.
pub async fn begin_write(db: &DatabaseConnection) -> Result<DatabaseTransaction, DbErr> {
    let txn = db.begin().await?;
    if txn.get_database_backend() == DatabaseBackend::Sqlite {
        txn.execute_unprepared("UPDATE directory_state SET version = version WHERE 1 = 0")
            .await?;
    }
    Ok(txn)
}
