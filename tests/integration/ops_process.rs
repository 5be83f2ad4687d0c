//! The server as operators run it: as a process that is stopped with SIGTERM in the
//! middle of a morning's register syncs and bookings, backed up while it serves,
//! restored, and asked its version and whether its configuration will do.

use crate::ops_load::{Workload, assert_all_there};
use crate::process::{ServerProcess, command};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::{Duration, Instant};

/// A folder of its own for a test's files, removed on drop.
struct Folder(std::path::PathBuf);

impl Folder {
    fn new() -> Folder {
        let dir = std::env::temp_dir().join(format!("perilink-ops-{}", uuid::Uuid::new_v4()));
        std::fs::create_dir_all(&dir).unwrap();
        Folder(dir)
    }

    fn file(&self, name: &str) -> std::path::PathBuf {
        self.0.join(name)
    }

    fn url(&self, name: &str) -> String {
        format!("sqlite://{}", self.file(name).display())
    }
}

impl Drop for Folder {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn sigterm_mid_load_answers_every_request_sent_and_keeps_every_acknowledged_write() {
    let folder = Folder::new();
    let url = folder.url("perilink.db");
    let mut server = ServerProcess::start(&url, &[("PERILINK_SHUTDOWN_SECS", "20")]).await;
    let workload = Arc::new(Workload::prepare(&server, 3).await);
    let stop = Arc::new(AtomicBool::new(false));
    let load = tokio::spawn(Arc::clone(&workload).run(8, Arc::clone(&stop)));
    tokio::time::sleep(Duration::from_secs(3)).await;

    // Stop the steady load, send a burst of slow requests, and signal while they
    // are still being served: a request on the wire before the signal is answered.
    stop.store(true, Ordering::SeqCst);
    let burst = workload.slow_burst();
    // Signal only once every request of the burst has been sent and has had time to
    // reach the server (this machine is shared and busy).
    while workload.started() < burst.len() {
        tokio::time::sleep(Duration::from_millis(10)).await;
    }
    tokio::time::sleep(Duration::from_millis(400)).await;
    let signalled = Instant::now();
    server.terminate();

    // New connections are refused from now on, while the ones in flight finish.
    tokio::time::sleep(Duration::from_millis(300)).await;
    let late = reqwest::Client::new().get(server.url("/api/health")).send().await;
    assert!(
        late.as_ref().err().is_some_and(|e| e.is_connect()),
        "a connection after SIGTERM is refused: {late:?}"
    );

    load.await.unwrap();
    burst.join_all().await;
    let (sent, acknowledged) = workload.results();
    let status = server.wait(Duration::from_secs(40)).await;
    assert!(
        status.success(),
        "the server exits 0 after SIGTERM: {status:?}\n{:?}",
        server.output()
    );

    let failures: Vec<_> = sent.iter().filter(|s| s.answer.is_err()).collect();
    assert!(
        failures.is_empty(),
        "every request sent before the signal was answered in full: {failures:?}"
    );
    let in_flight = sent.iter().filter(|s| s.finished > signalled).count();
    assert!(
        in_flight > 0,
        "the signal came while requests were in flight ({} sent)",
        sent.len()
    );
    assert!(sent.iter().all(|s| s.started < signalled));
    assert!(
        acknowledged.bookings.len() + acknowledged.marks.len() > 10,
        "the load wrote: {acknowledged:?}"
    );
    let output = server.output();
    for said in ["stopping", "outbox worker stopped", "stopped"] {
        assert!(
            output
                .iter()
                .any(|l| l.contains(&format!("\"message\":\"{said}\""))),
            "it logs `{said}`: {output:?}"
        );
    }

    // Restarted on the same file, every acknowledged write is there, once.
    let again = ServerProcess::start(&url, &[]).await;
    let ready = again
        .client
        .get(again.url("/api/health/ready"))
        .send()
        .await
        .unwrap();
    assert_eq!(ready.status(), 200);
    let checked = assert_all_there(&url, &acknowledged, Instant::now()).await;
    eprintln!(
        "SIGTERM test: {} requests, {in_flight} in flight at the signal, {checked} acknowledged writes found after restart",
        sent.len()
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn a_backup_taken_during_a_burst_restores_every_write_acknowledged_before_it_began() {
    let folder = Folder::new();
    let url = folder.url("live.db");
    let mut server = ServerProcess::start(&url, &[]).await;
    let workload = Arc::new(Workload::prepare(&server, 2).await);
    let stop = Arc::new(AtomicBool::new(false));
    let load = tokio::spawn(Arc::clone(&workload).run(6, Arc::clone(&stop)));
    tokio::time::sleep(Duration::from_secs(2)).await;

    let backup = folder.file("backup.db");
    let began = Instant::now();
    let output = command(
        &["backup", &backup.display().to_string()],
        &[("DATABASE_URL", &url)],
    )
    .await;
    let ended = Instant::now();
    assert!(
        output.status.success(),
        "backup: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    let said = String::from_utf8_lossy(&output.stdout);
    assert!(
        said.contains("backed up to") && said.contains("schema 2026"),
        "{said}"
    );
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(&backup).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode, 0o600, "the backup holds health data: owner only");
    }
    tokio::time::sleep(Duration::from_millis(500)).await;
    stop.store(true, Ordering::SeqCst);
    load.await.unwrap();
    let (sent, acknowledged) = workload.results();
    let during = sent
        .iter()
        .filter(|s| s.started < ended && s.finished > began)
        .count();
    assert!(during > 0, "the burst went on while the backup ran");

    // A second backup to the same file is refused rather than overwriting it.
    let again = command(
        &["backup", &backup.display().to_string()],
        &[("DATABASE_URL", &url)],
    )
    .await;
    assert!(!again.status.success());
    assert!(String::from_utf8_lossy(&again.stderr).contains("already exists"));

    // Restore into a new place and serve from it.
    server.terminate();
    assert!(server.wait(Duration::from_secs(40)).await.success());
    let restored_url = folder.url("restored/perilink.db");
    let restore = command(
        &["restore", &backup.display().to_string()],
        &[("DATABASE_URL", &restored_url)],
    )
    .await;
    assert!(
        restore.status.success(),
        "restore: {}",
        String::from_utf8_lossy(&restore.stderr)
    );
    let restored = ServerProcess::start(&restored_url, &[]).await;
    assert_eq!(
        restored
            .client
            .get(restored.url("/api/health/ready"))
            .send()
            .await
            .unwrap()
            .status(),
        200
    );
    let checked = assert_all_there(&restored_url, &acknowledged, began).await;
    assert!(checked > 0, "writes were acknowledged before the backup began");
    let host = restored.login_demo("host").await;
    assert!(!host.is_empty(), "the restored demo accounts sign in");
    eprintln!(
        "backup test: {} requests, {during} while the backup ran, {checked} writes checked",
        sent.len()
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn restore_refuses_a_database_a_server_is_using_and_keeps_the_one_it_replaces() {
    let folder = Folder::new();
    let url = folder.url("perilink.db");
    let mut server = ServerProcess::start(&url, &[]).await;
    let backup = folder.file("backup.db");
    let made = command(
        &["backup", &backup.display().to_string()],
        &[("DATABASE_URL", &url)],
    )
    .await;
    assert!(made.status.success(), "{}", String::from_utf8_lossy(&made.stderr));

    let refused = command(
        &["restore", &backup.display().to_string()],
        &[("DATABASE_URL", &url)],
    )
    .await;
    assert!(!refused.status.success());
    let why = String::from_utf8_lossy(&refused.stderr);
    assert!(why.contains("in use by a running perilink-server"), "{why}");
    assert_eq!(
        server
            .client
            .get(server.url("/api/health/ready"))
            .send()
            .await
            .unwrap()
            .status(),
        200
    );

    // A second server on the same file is refused too: two would corrupt nothing,
    // but a restore could not then know the file is free.
    let second = command(
        &[],
        &[
            ("DATABASE_URL", &url),
            ("PERILINK_DEMO", "1"),
            ("PERILINK_ADDR", "127.0.0.1:0"),
        ],
    )
    .await;
    assert!(!second.status.success());
    assert!(String::from_utf8_lossy(&second.stderr).contains("is in use by another perilink-server"));

    // Not a backup: refused before anything is touched.
    let junk = folder.file("junk.db");
    std::fs::write(&junk, b"not a database").unwrap();
    server.terminate();
    assert!(server.wait(Duration::from_secs(40)).await.success());
    let bad = command(
        &["restore", &junk.display().to_string()],
        &[("DATABASE_URL", &url)],
    )
    .await;
    assert!(!bad.status.success());
    assert!(String::from_utf8_lossy(&bad.stderr).contains("is not a usable PeriLink backup"));

    let done = command(
        &["restore", &backup.display().to_string()],
        &[("DATABASE_URL", &url)],
    )
    .await;
    assert!(done.status.success(), "{}", String::from_utf8_lossy(&done.stderr));
    let said = String::from_utf8_lossy(&done.stdout);
    assert!(said.contains("the database it replaced is kept at"), "{said}");
    let kept: Vec<_> = std::fs::read_dir(&folder.0)
        .unwrap()
        .filter_map(|e| e.ok())
        .filter(|e| {
            e.file_name()
                .to_string_lossy()
                .starts_with("perilink.db.before-restore-")
        })
        .collect();
    assert_eq!(kept.len(), 1, "the replaced database is kept beside it");
    let restarted = ServerProcess::start(&url, &[]).await;
    assert!(!restarted.login_demo("coordinator").await.is_empty());
}

#[tokio::test]
async fn version_names_the_release_and_the_commit() {
    let output = command(&["--version"], &[]).await;
    assert!(output.status.success());
    let said = String::from_utf8_lossy(&output.stdout).trim().to_owned();
    let expected_start = format!("perilink-server {} (commit ", env!("CARGO_PKG_VERSION"));
    assert!(said.starts_with(&expected_start) && said.ends_with(')'), "{said}");
    let commit = &said[expected_start.len()..said.len() - 1];
    assert!(
        commit == "unknown" || (commit.len() == 12 && commit.chars().all(|c| c.is_ascii_hexdigit())),
        "{commit}"
    );
    let changelog = std::fs::read_to_string(crate::helpers::workspace_root().join("CHANGELOG.md")).unwrap();
    assert!(
        changelog.contains(&format!("## [{}]", env!("CARGO_PKG_VERSION"))),
        "CHANGELOG.md has a section for this version"
    );
}

#[tokio::test]
async fn check_config_says_what_is_missing_without_starting() {
    let folder = Folder::new();
    let nothing = command(&["check-config"], &[]).await;
    assert_eq!(nothing.status.code(), Some(2));
    let said = String::from_utf8_lossy(&nothing.stdout);
    assert!(said.contains("ERROR   PERILINK_JWT_SECRET"), "{said}");

    let url = folder.url("never-created.db");
    let secret = crate::helpers::TEST_JWT_SECRET;
    let partial = command(
        &["check-config"],
        &[
            ("PERILINK_JWT_SECRET", secret),
            (
                "PERILINK_DATA_KEY",
                "k1:000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f",
            ),
            ("DATABASE_URL", &url),
        ],
    )
    .await;
    assert_eq!(partial.status.code(), Some(2));
    let said = String::from_utf8_lossy(&partial.stdout);
    assert!(said.contains("ERROR   PERILINK_PUBLIC_URL"), "{said}");
    assert!(said.contains("does not exist yet"), "{said}");
    assert!(
        !folder.file("never-created.db").exists(),
        "checking creates nothing"
    );

    let bad_tls = command(
        &["check-config"],
        &[
            ("PERILINK_JWT_SECRET", secret),
            ("DATABASE_URL", "postgres://u:pw@127.0.0.1/db?sslmode=verify"),
        ],
    )
    .await;
    let said = String::from_utf8_lossy(&bad_tls.stdout);
    assert!(
        said.contains("ERROR   DATABASE_URL") && said.contains("sslmode `verify`"),
        "{said}"
    );
    assert!(!said.contains(":pw@"), "the password is never repeated");

    let good = command(
        &["check-config"],
        &[
            ("PERILINK_JWT_SECRET", secret),
            (
                "PERILINK_DATA_KEY",
                "k1:000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f",
            ),
            ("DATABASE_URL", &url),
            ("PERILINK_PUBLIC_URL", "https://perilink.example.nhs.uk"),
            ("PERILINK_METRICS_ADDR", "127.0.0.1:9464"),
            ("PERILINK_TRUSTED_PROXIES", "127.0.0.1/32, 10.0.0.0/8"),
        ],
    )
    .await;
    let said = String::from_utf8_lossy(&good.stdout);
    assert_eq!(good.status.code(), Some(0), "{said}");
    assert!(said.contains("configuration is usable"), "{said}");
    assert!(
        said.contains("X-Forwarded-For believed from 127.0.0.1/32, 10.0.0.0/8"),
        "{said}"
    );

    // A proxy list that trusts everyone, or is not CIDR blocks, stops the start.
    for (list, says) in [
        ("0.0.0.0/0", "trusts every address"),
        ("10.0.0.0/40", "prefix length"),
    ] {
        let bad = command(
            &["check-config"],
            &[
                ("PERILINK_JWT_SECRET", secret),
                (
                    "PERILINK_DATA_KEY",
                    "k1:000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f",
                ),
                ("DATABASE_URL", &url),
                ("PERILINK_PUBLIC_URL", "https://perilink.example.nhs.uk"),
                ("PERILINK_TRUSTED_PROXIES", list),
            ],
        )
        .await;
        let said = String::from_utf8_lossy(&bad.stdout);
        assert_eq!(bad.status.code(), Some(2), "{list}: {said}");
        assert!(
            said.contains("ERROR   PERILINK_TRUSTED_PROXIES") && said.contains(says),
            "{list}: {said}"
        );
    }
}
