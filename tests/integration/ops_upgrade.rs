//! PostgreSQL backups that restore: the `pg_dump` / `pg_restore` round trip that
//! docs/operations.md gives, on the demo data.

use crate::helpers::{Backend, Options, TestApp, TestDatabase, postgres_url};
use sea_orm::ConnectionTrait;

/// Every table in the public schema with its row count, in name order.
async fn table_counts(url: &str) -> Vec<(String, i64)> {
    let db = sea_orm::Database::connect(url).await.expect("connect");
    let backend = db.get_database_backend();
    let tables: Vec<String> = db
        .query_all_raw(sea_orm::Statement::from_string(
            backend,
            "SELECT tablename::TEXT FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename",
        ))
        .await
        .unwrap()
        .iter()
        .map(|r| r.try_get_by_index::<String>(0).unwrap())
        .collect();
    let mut counts = Vec::new();
    for table in tables {
        let row = db
            .query_one_raw(sea_orm::Statement::from_string(
                backend,
                format!("SELECT COUNT(*) FROM \"{table}\""),
            ))
            .await
            .unwrap()
            .unwrap();
        counts.push((table, row.try_get_by_index::<i64>(0).unwrap()));
    }
    let _ = db.close().await;
    counts
}

fn tool(name: &str) -> Option<()> {
    std::process::Command::new(name)
        .arg("--version")
        .output()
        .ok()
        .filter(|o| o.status.success())
        .map(|_| ())
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn pg_dump_and_pg_restore_round_trip_the_demo_data() {
    const TEST: &str = "ops_upgrade::pg_dump_and_pg_restore_round_trip_the_demo_data";
    if postgres_url().is_none() {
        eprintln!("SKIPPED {TEST}: set PERILINK_TEST_POSTGRES_URL to run it");
        return;
    }
    if tool("pg_dump").is_none() || tool("pg_restore").is_none() {
        eprintln!("SKIPPED {TEST}: pg_dump and pg_restore are not installed");
        return;
    }
    let app = TestApp::spawn(Backend::Postgres).await.expect("PostgreSQL");
    // A write of the day, beside the seeded demo.
    let (host, _) = app.login_demo("host").await;
    assert!(!host.is_empty());
    let source = app.stop().await;
    let before = table_counts(&source.url).await;
    assert!(before.iter().any(|(t, n)| t == "mothers" && *n > 0), "{before:?}");

    let dump = std::env::temp_dir().join(format!("perilink-{}.dump", uuid::Uuid::new_v4()));
    let dumped = std::process::Command::new("pg_dump")
        .args(["--format=custom", "--no-owner", "--file"])
        .arg(&dump)
        .arg(&source.url)
        .output()
        .expect("run pg_dump");
    assert!(
        dumped.status.success(),
        "pg_dump: {}",
        String::from_utf8_lossy(&dumped.stderr)
    );

    let target = TestDatabase::postgres().await.expect("a second database");
    let restored = std::process::Command::new("pg_restore")
        .args(["--no-owner", "--exit-on-error", "--dbname"])
        .arg(&target.url)
        .arg(&dump)
        .output()
        .expect("run pg_restore");
    let _ = std::fs::remove_file(&dump);
    assert!(
        restored.status.success(),
        "pg_restore: {}",
        String::from_utf8_lossy(&restored.stderr)
    );
    assert_eq!(table_counts(&target.url).await, before, "every table, every row");

    // A server on the restored database finds its schema current and its people.
    let app = TestApp::start_on(
        target,
        Backend::Postgres,
        Options {
            demo: false,
            ..Options::default()
        },
    )
    .await;
    assert_eq!(app.get("/api/health/ready").await.status(), 200);
    for role in ["mother", "referrer", "host", "coordinator", "admin"] {
        assert!(
            !app.login_demo(role).await.0.is_empty(),
            "{role} signs in on the restored copy"
        );
    }
    drop(source);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn two_servers_starting_together_on_a_fresh_postgresql_migrate_it_once() {
    use perilink_server::startup::Application;
    let Some(db) = TestDatabase::postgres().await else {
        eprintln!(
            "SKIPPED ops_upgrade::two_servers_starting_together_on_a_fresh_postgresql_migrate_it_once: set PERILINK_TEST_POSTGRES_URL to run it"
        );
        return;
    };
    let config = crate::helpers::test_config(
        &db.url,
        &Options {
            demo: false,
            ..Options::default()
        },
    );
    // Both connect and migrate at the same moment: without the advisory lock one
    // would fail on a table the other had just made.
    let (first, second) = tokio::join!(Application::build(config.clone()), Application::build(config));
    let first = first.expect("the first server starts");
    let second = second.expect("the second server starts");
    let conn = &first.state().db;
    let row = conn
        .query_one_raw(sea_orm::Statement::from_string(
            conn.get_database_backend(),
            "SELECT COUNT(*), COUNT(DISTINCT version) FROM schema_migrations",
        ))
        .await
        .unwrap()
        .unwrap();
    let (rows, distinct): (i64, i64) = (row.try_get_by_index(0).unwrap(), row.try_get_by_index(1).unwrap());
    assert_eq!(
        rows,
        perilink_server::migration::MIGRATIONS.len() as i64,
        "each migration recorded once"
    );
    assert_eq!(rows, distinct);
    drop((first, second));
}
