//! TLS to PostgreSQL: `sslmode` and `sslrootcert` in `DATABASE_URL`, against the
//! local server (which runs with `ssl = on` and a self-signed certificate).

use crate::helpers::{Options, TestApp, TestDatabase, postgres_url, test_config, workspace_root};
use perilink_server::startup::Application;
use sea_orm::ConnectionTrait;

/// A fresh database with these settings added to its URL, or `None` (said) when no
/// PostgreSQL is configured.
async fn database_with(test: &str, settings: &str) -> Option<TestDatabase> {
    let Some(mut db) = TestDatabase::postgres().await else {
        eprintln!("SKIPPED ops_tls::{test}: set PERILINK_TEST_POSTGRES_URL to run it");
        return None;
    };
    let separator = if db.url.contains('?') { '&' } else { '?' };
    db.url = format!("{}{separator}{settings}", db.url);
    Some(db)
}

/// Whether the server's own connection to PostgreSQL is encrypted, and with what.
async fn encryption(app: &TestApp) -> (bool, Option<String>) {
    let db = &app.state.db;
    let row = db
        .query_one_raw(sea_orm::Statement::from_string(
            db.get_database_backend(),
            "SELECT ssl, version FROM pg_stat_ssl WHERE pid = pg_backend_pid()",
        ))
        .await
        .unwrap()
        .expect("a row for this connection");
    (row.try_get_by_index(0).unwrap(), row.try_get_by_index(1).unwrap())
}

/// The file the PostgreSQL server presents as its certificate, if this process can
/// read it.
async fn server_certificate() -> Option<std::path::PathBuf> {
    let admin = sea_orm::Database::connect(postgres_url()?).await.ok()?;
    let setting = |sql: &'static str| {
        let admin = &admin;
        async move {
            admin
                .query_one_raw(sea_orm::Statement::from_string(admin.get_database_backend(), sql))
                .await
                .ok()
                .flatten()
                .and_then(|row| row.try_get_by_index::<String>(0).ok())
        }
    };
    let file = setting("SHOW ssl_cert_file").await?;
    let data = setting("SHOW data_directory").await.unwrap_or_default();
    let _ = admin.close().await;
    let path = std::path::Path::new(&data).join(file);
    std::fs::read_to_string(&path)
        .ok()?
        .contains("BEGIN CERTIFICATE")
        .then_some(path)
}

async fn start(db: TestDatabase) -> TestApp {
    TestApp::start_on(
        db,
        crate::helpers::Backend::Postgres,
        Options {
            demo: false,
            ..Options::default()
        },
    )
    .await
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn sslmode_require_encrypts_and_disable_does_not() {
    let Some(db) = database_with("sslmode_require_encrypts_and_disable_does_not", "sslmode=require").await
    else {
        return;
    };
    let app = start(db).await;
    let (ssl, version) = encryption(&app).await;
    assert!(ssl, "sslmode=require: the connection is encrypted");
    assert!(
        version.unwrap_or_default().starts_with("TLSv1."),
        "a modern TLS version"
    );
    assert_eq!(app.get("/api/health").await.status(), 200);

    let mut db = app.stop().await;
    db.url = db.url.replace("sslmode=require", "sslmode=disable");
    let app = start(db).await;
    assert!(!encryption(&app).await.0, "sslmode=disable: plain TCP");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn verify_ca_trusts_the_servers_certificate_and_refuses_a_wrong_root() {
    const TEST: &str = "verify_ca_trusts_the_servers_certificate_and_refuses_a_wrong_root";
    if postgres_url().is_none() {
        eprintln!("SKIPPED ops_tls::{TEST}: set PERILINK_TEST_POSTGRES_URL to run it");
        return;
    }
    let Some(certificate) = server_certificate().await else {
        eprintln!("SKIPPED ops_tls::{TEST}: the PostgreSQL server's certificate is not readable here");
        return;
    };
    let Some(db) = database_with(
        TEST,
        &format!("sslmode=verify-ca&sslrootcert={}", certificate.display()),
    )
    .await
    else {
        return;
    };
    let app = start(db).await;
    assert!(
        encryption(&app).await.0,
        "verify-ca with the server's certificate as root connects over TLS"
    );
    let mut db = app.stop().await;

    // A root that did not sign the server's certificate: refused, and the error says
    // which settings to look at.
    let wrong = workspace_root().join("tests/fixtures/tls/wrong-root.pem");
    db.url = db.url.replace(
        &format!("sslrootcert={}", certificate.display()),
        &format!("sslrootcert={}", wrong.display()),
    );
    let refused = Application::build(test_config(&db.url, &Options::default()))
        .await
        .err()
        .expect("a certificate signed by another authority is refused")
        .to_string();
    assert!(refused.contains("sslmode=verify-ca"), "{refused}");
    assert!(
        refused.contains(&format!("sslrootcert={}", wrong.display())),
        "{refused}"
    );
    assert!(
        refused.contains("not signed by the certificate authority in sslrootcert"),
        "{refused}"
    );

    // verify-full also checks the host name: the certificate names localhost.
    db.url = db
        .url
        .replace("sslmode=verify-ca", "sslmode=verify-full")
        .replace(
            &format!("sslrootcert={}", wrong.display()),
            &format!("sslrootcert={}", certificate.display()),
        );
    if db.url.contains("@127.0.0.1:") {
        let by_address = Application::build(test_config(&db.url, &Options::default()))
            .await
            .err()
            .expect("verify-full refuses a certificate that does not name 127.0.0.1")
            .to_string();
        assert!(by_address.contains("does not name the host"), "{by_address}");
        db.url = db.url.replace("@127.0.0.1:", "@localhost:");
        let app = start(db).await;
        assert!(
            encryption(&app).await.0,
            "verify-full by the certificate's name connects"
        );
    } else {
        eprintln!("SKIPPED ops_tls::{TEST} (verify-full part): the test URL's host is not 127.0.0.1");
    }
}
