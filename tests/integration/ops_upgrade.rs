//! Upgrades that keep data and backups that restore, on PostgreSQL as on SQLite: the
//! first release's database and one of each schema since (tests/fixtures/upgrade, made by
//! scripts/make-upgrade-fixture) upgraded by today's migrations and read back
//! through the API; two servers migrating one database at once; and the `pg_dump` /
//! `pg_restore` round trip that docs/operations.md gives.

use crate::helpers::{Backend, Options, TestApp, TestDatabase, postgres_url};
use sea_orm::ConnectionTrait;

/// Every table (but the migrations' own) with its row count, on either engine.
async fn rows_by_table(db: &impl ConnectionTrait) -> Vec<(String, i64)> {
    let backend = db.get_database_backend();
    let list = match backend {
        sea_orm::DatabaseBackend::Sqlite => {
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name"
        }
        _ => "SELECT tablename::TEXT FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename",
    };
    let tables: Vec<String> = db
        .query_all_raw(sea_orm::Statement::from_string(backend, list))
        .await
        .expect("the tables")
        .iter()
        .map(|r| r.try_get_by_index::<String>(0).unwrap())
        .filter(|t| t != "schema_migrations")
        .collect();
    let mut counts = Vec::new();
    for table in tables {
        let row = db
            .query_one_raw(sea_orm::Statement::from_string(
                backend,
                format!("SELECT COUNT(*) FROM \"{table}\""),
            ))
            .await
            .expect("a count")
            .expect("a row");
        counts.push((table, row.try_get_by_index::<i64>(0).unwrap()));
    }
    counts
}

/// Every table in the public schema with its row count, in name order.
async fn table_counts(url: &str) -> Vec<(String, i64)> {
    let db = sea_orm::Database::connect(url).await.expect("connect");
    let counts = rows_by_table(&db).await;
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

/// A fixture's SQL for an engine: an earlier version's schema with the demo data,
/// as `NAME.ENGINE.sql` or gzipped as `NAME.ENGINE.sql.gz`.
fn fixture(name: &str, engine: &str) -> String {
    let folder = crate::helpers::workspace_root().join("tests/fixtures/upgrade");
    let plain = folder.join(format!("{name}.{engine}.sql"));
    if plain.is_file() {
        return std::fs::read_to_string(&plain).unwrap_or_else(|e| panic!("{}: {e}", plain.display()));
    }
    let zipped = folder.join(format!("{name}.{engine}.sql.gz"));
    let file = std::fs::File::open(&zipped).unwrap_or_else(|e| panic!("{}: {e}", zipped.display()));
    let mut sql = String::new();
    std::io::Read::read_to_string(&mut flate2::read::GzDecoder::new(file), &mut sql)
        .unwrap_or_else(|e| panic!("{}: {e}", zipped.display()));
    sql
}

/// The version part of a migration's name (`20261205_000080`), which names the
/// fixture of the schema it was the newest migration of.
fn version_of(migration: &str) -> &str {
    migration.get(..15).unwrap_or(migration)
}

/// The ids a query returns.
async fn ids(app: &TestApp, sql: &str) -> Vec<String> {
    let db = &app.state.db;
    db.query_all_raw(sea_orm::Statement::from_string(
        db.get_database_backend(),
        sql.to_owned(),
    ))
    .await
    .expect(sql)
    .iter()
    .map(|r| r.try_get_by_index::<String>(0).unwrap())
    .collect()
}

/// The first column of the first row, as a number.
async fn count_rows(app: &TestApp, sql: &str) -> i64 {
    crate::helpers::count(app, sql).await
}

/// GET as someone, expecting 200, and the body as text.
async fn read(app: &TestApp, path: &str, token: &str) -> String {
    let response = app.get_with_token(path, token).await;
    assert_eq!(response.status(), 200, "GET {path} on the upgraded database");
    response.text().await.unwrap()
}

/// Loads the fixture `name` into a fresh database, starts today's server on it
/// (which migrates it) and reads every kind of record back through the API.
async fn upgrade_from(name: &str, backend: Backend) {
    let Some(db) = TestDatabase::new(backend).await else {
        eprintln!("SKIPPED ops_upgrade from {name} on PostgreSQL: set PERILINK_TEST_POSTGRES_URL to run it");
        return;
    };
    let before = {
        let url = match backend {
            Backend::Sqlite => format!("{}?mode=rwc", db.url),
            Backend::Postgres => db.url.clone(),
        };
        let conn = sea_orm::Database::connect(&url).await.expect("connect");
        let sql = fixture(
            name,
            match backend {
                Backend::Sqlite => "sqlite",
                Backend::Postgres => "postgres",
            },
        );
        conn.execute_unprepared(&sql).await.expect("load the fixture");
        let before = rows_by_table(&conn).await;
        let _ = conn.close().await;
        before
    };
    let app = TestApp::start_on(db, backend, Options::default()).await;
    // No row is lost on the way: every table the fixture had holds at least as many.
    let after = rows_by_table(&app.state.db).await;
    for (table, rows) in &before {
        let now = after.iter().find(|(t, _)| t == table).map(|(_, n)| *n);
        assert!(now >= Some(*rows), "{name}: {table} had {rows} rows, now {now:?}");
    }
    assert!(
        before.iter().filter(|(_, rows)| *rows > 0).count() >= 15,
        "{name} holds the demo: {before:?}"
    );
    let ready: serde_json::Value = app.get("/api/health/ready").await.json().await.unwrap();
    assert_eq!(
        ready["status"], "ready",
        "every migration applied on top of {name}: {ready}"
    );
    let applied = ids(&app, "SELECT version FROM schema_migrations").await;
    assert_eq!(applied.len(), perilink_server::migration::MIGRATIONS.len());

    // People: every demo account signs in as its role. Staff accounts from before
    // two-factor existed are not exempt from it: each enrols an authenticator first,
    // which also writes to the tables the upgrade added.
    let mut tokens = std::collections::HashMap::new();
    for role in ["mother", "referrer", "host", "coordinator", "admin"] {
        let (token, _) = app.login_demo(role).await;
        let token = if role == "mother" {
            token
        } else {
            crate::helpers::enrol_two_factor(&app, &token).await.access_token
        };
        assert!(
            read(&app, "/api/me", &token)
                .await
                .contains(&format!("\"role\":\"{role}\""))
        );
        tokens.insert(role, token);
    }
    // The directory: every venue, programme and session, as coordinators edit it.
    let coordinator = &tokens["coordinator"];
    for (path, table) in [
        ("/api/directory/venues", "venues"),
        ("/api/directory/programmes", "programmes"),
        ("/api/directory/sessions", "sessions"),
    ] {
        let body = read(&app, path, coordinator).await;
        let all = ids(&app, &format!("SELECT id FROM {table}")).await;
        assert!(!all.is_empty());
        for id in all {
            assert!(body.contains(&id), "{path} lists {table} {id}");
        }
    }
    assert!(
        read(&app, "/openreferral/services?per_page=50", coordinator)
            .await
            .contains("\"contents\"")
    );
    read(&app, "/api/reports", coordinator).await;

    // A mother's own record: her referrals, in her data download; her attendance.
    let mother = &tokens["mother"];
    let data = read(&app, "/api/me/data", mother).await;
    let her = "(SELECT m.id FROM mothers m JOIN users u ON u.id = m.user_id WHERE u.email = 'mother@demo.perilink.test')";
    let hers = ids(&app, &format!("SELECT id FROM referrals WHERE mother_id = {her}")).await;
    assert!(!hers.is_empty(), "the fixture has her referrals");
    for id in hers {
        assert!(data.contains(&id), "her data download holds referral {id}");
    }
    read(&app, "/api/me/attendance", mother).await;

    // Staff: referrals with their events, screenings, alerts, the caseload, plans.
    let referrer = &tokens["referrer"];
    let referrals = read(&app, "/api/referrals", referrer).await;
    let theirs = ids(&app, "SELECT r.id FROM referrals r JOIN users u ON u.id = r.referrer_id WHERE u.email = 'referrer@demo.perilink.test'").await;
    assert!(!theirs.is_empty());
    for id in &theirs {
        assert!(referrals.contains(id.as_str()), "the referrer's list holds {id}");
        read(&app, &format!("/api/referrals/{id}"), referrer).await;
    }
    // Screenings and their alerts: the referrer's alert list, the outcomes report.
    assert!(count_rows(&app, "SELECT COUNT(*) FROM screenings").await > 0);
    read(&app, "/api/alerts", referrer).await;
    // The date each mother last attended, kept on her row since 20261205_000095,
    // is filled in from the attendance the fixture had.
    let latest = "(SELECT MAX(o.date) FROM attendance a JOIN occurrences o ON o.id = a.occurrence_id \
                  WHERE a.mother_id = m.id AND a.status = 'present')";
    assert!(
        count_rows(
            &app,
            &format!("SELECT COUNT(*) FROM mothers m WHERE {latest} IS NOT NULL")
        )
        .await
            > 0
    );
    assert_eq!(
        count_rows(
            &app,
            &format!("SELECT COUNT(*) FROM mothers m WHERE m.last_attended_on IS DISTINCT FROM {latest}")
        )
        .await,
        0,
        "{name}: every mother's last attended date"
    );
    let caseload = read(&app, "/api/caseload", referrer).await;
    let amira = ids(&app, "SELECT id FROM mothers WHERE given_name = 'Amira'").await;
    assert!(caseload.contains(&amira[0]));
    read(&app, &format!("/api/mothers/{}", amira[0]), referrer).await;
    read(&app, "/api/notifications", referrer).await;

    // Registers: a past date with attendance (the demo's marks are other hosts').
    let host = &tokens["host"];
    let marked = ids(&app, "SELECT CAST(o.date AS TEXT) FROM attendance a JOIN occurrences o ON o.id = a.occurrence_id ORDER BY o.date DESC").await;
    read(&app, &format!("/api/registers?date={}", &marked[0][..10]), host).await;
    read(&app, "/api/audit", &tokens["admin"]).await;
    drop(app);
}

/// A test on each engine for each fixture: the first release's, and one for each
/// schema since (named for its newest migration, made by
/// scripts/make-upgrade-fixture).
macro_rules! upgrades_from {
    ($($test:ident: $name:literal,)*) => {
        $(
            mod $test {
                #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
                async fn sqlite() {
                    super::upgrade_from($name, crate::helpers::Backend::Sqlite).await;
                }

                #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
                async fn postgres() {
                    super::upgrade_from($name, crate::helpers::Backend::Postgres).await;
                }
            }
        )*

        /// Every schema change adds its own fixture: today's newest migration has
        /// one, on both engines, and is in the list above.
        #[test]
        fn the_newest_schema_has_its_own_fixture() {
            let names = [$($name),*];
            let newest = perilink_server::migration::MIGRATIONS.last().expect("migrations").version;
            let version = version_of(newest);
            assert!(
                names.contains(&version),
                "no upgrade test from {version}: run scripts/make-upgrade-fixture {version} \
                 postgres://postgres@127.0.0.1:5432/test and add it to upgrades_from!"
            );
            for engine in ["sqlite", "postgres"] {
                assert!(!fixture(version, engine).is_empty(), "{version}.{engine}");
            }
        }
    };
}

upgrades_from! {
    from_the_first_release: "first-release",
    from_20261202_000007: "20261202_000007",
    from_20261204_000010: "20261204_000010",
    from_20261204_000040: "20261204_000040",
    from_20261204_000050: "20261204_000050",
    from_20261205_000060: "20261205_000060",
    from_20261205_000070: "20261205_000070",
    from_20261205_000080: "20261205_000080",
    from_20261205_000090: "20261205_000090",
    from_20261205_000095: "20261205_000095",
    from_20261206_000100: "20261206_000100",
    from_20261207_000105: "20261207_000105",
    from_20261207_000110: "20261207_000110",
    from_20261208_000115: "20261208_000115",
}
