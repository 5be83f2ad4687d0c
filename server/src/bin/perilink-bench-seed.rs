//! Seeds a large, realistic directory and history into a PeriLink database that
//! already holds the demo (start the server once with `PERILINK_DEMO=1`), for the
//! benchmark (`scripts/bench`). Not used by the app; the rows are described in
//! `perilink_server::bench_seed`.
//!
//! `perilink-bench-seed <DATABASE_URL> <scale>`: scale 1.0 is 200 venues, 2,000
//! programmes, 20,000 sessions with 500,000 occurrences over a year, 50,000
//! mothers, 2,000,000 attendance marks and 200,000 screenings.

use perilink_server::bench_seed::{seed_directory, seed_history};
use sea_orm::sqlx::sqlite::SqliteSynchronous;
use sea_orm::{ConnectOptions, ConnectionTrait, Database, DatabaseConnection, DbErr};
use std::time::Instant;

/// One connection, tuned for loading generated rows that are consistent by
/// construction: no foreign-key checks on SQLite, a large page cache, and no
/// waiting for the disk at each commit (a benchmark database can be seeded again).
async fn connect(url: &str) -> Result<DatabaseConnection, DbErr> {
    let mut options = ConnectOptions::new(url.to_owned());
    options
        .max_connections(1)
        .sqlx_logging(false)
        .map_sqlx_sqlite_opts(|o| {
            // A page cache large enough to hold the indexes being filled in random
            // order: with SQLite's default 2 MB, each insert rereads pages.
            o.foreign_keys(false)
                .synchronous(SqliteSynchronous::Off)
                .pragma("cache_size", "-524288")
        })
        .map_sqlx_postgres_opts(|o| o.options([("synchronous_commit", "off")]));
    Database::connect(options).await
}

#[tokio::main(flavor = "current_thread")]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut args = std::env::args().skip(1);
    let url = args
        .next()
        .ok_or("usage: perilink-bench-seed <DATABASE_URL> <scale>")?;
    let scale: f64 = args.next().unwrap_or_else(|| "1".into()).parse()?;
    let db = connect(&url).await?;
    let started = Instant::now();
    let directory = seed_directory(&db, scale).await?;
    eprintln!("directory: {:.1}s", started.elapsed().as_secs_f64());
    let history_started = Instant::now();
    let history = seed_history(&db, scale, &directory).await?;
    eprintln!("history: {:.1}s", history_started.elapsed().as_secs_f64());
    // PostgreSQL plans from statistics that autovacuum gathers some minutes after a
    // bulk load; gathered now, the bench measures the plans a running service has,
    // not those of an empty table. (SQLite keeps none unless asked, nor does the
    // server ask, so its file is left as a service's would be.)
    if db.get_database_backend() == sea_orm::DatabaseBackend::Postgres {
        let analysed = Instant::now();
        db.execute_unprepared("ANALYZE").await?;
        eprintln!("ANALYZE: {:.1}s", analysed.elapsed().as_secs_f64());
    }
    println!(
        "seeded scale {scale}: {} venues, {} programmes, {} sessions, {} occurrences, {} mothers, {} marks, {} screenings in {:.1}s",
        directory.venues,
        directory.programmes,
        directory.sessions,
        directory.occurrences,
        history.mothers,
        history.marks,
        history.screenings,
        started.elapsed().as_secs_f64()
    );
    Ok(())
}
