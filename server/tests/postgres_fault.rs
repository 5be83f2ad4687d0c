//! PostgreSQL going away under load. The real `perilink-server` runs against a
//! PostgreSQL cluster of the test's own (never the machine's shared server) while
//! hosts' phones sync attendance, mothers book, someone searches and a probe polls
//! `/api/health`. The cluster is stopped as if killed (`pg_ctl stop -m immediate`)
//! and, a few seconds later, started again on the same port.
//!
//! Meanwhile every request must be answered within a few seconds: what needs the
//! database with 503 `service_unavailable` and a `Retry-After`, never a 500 and
//! never a hang; search, served from memory, goes on answering. Then the same
//! server process, not restarted, must answer 200 again by itself; every write it
//! acknowledged is in the database; its background workers neither crashed nor
//! spun; its log names no one.
//!
//! Skipped (and says so) where PostgreSQL's server programs are not installed.

mod support;

use sea_orm::Database;
use serde_json::{Value, json};
use std::collections::HashSet;
use std::os::unix::fs::MetadataExt;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};
use support::{Server, free_port, strings};

/// The longest any request may take, outage or not: the server's own wait for a
/// connection (3 s) plus room for a busy machine.
const PROMPT: Duration = Duration::from_secs(6);
/// How long PostgreSQL stays down.
const OUTAGE: Duration = Duration::from_secs(7);
/// How long the server may take to answer 200 again once PostgreSQL is back.
const RECOVERY: Duration = Duration::from_secs(20);

/// A throwaway PostgreSQL cluster in a temporary folder, on a port of its own.
struct Cluster {
    bin: PathBuf,
    dir: PathBuf,
    port: u16,
    /// `initdb` refuses to run as root: then the cluster runs as `postgres`.
    as_postgres: bool,
}

impl Cluster {
    /// Creates (but does not start) a cluster, or says why it cannot.
    fn create() -> Result<Cluster, String> {
        let bin =
            server_programs().ok_or("PostgreSQL's server programs (initdb, pg_ctl) are not installed")?;
        let as_postgres = std::fs::metadata("/proc/self")
            .map(|m| m.uid() == 0)
            .unwrap_or(false);
        let dir = std::env::temp_dir().join(format!("perilink-pgfault-{}", uuid::Uuid::new_v4().simple()));
        std::fs::create_dir_all(&dir).map_err(|e| e.to_string())?;
        let cluster = Cluster {
            bin,
            dir,
            port: free_port(),
            as_postgres,
        };
        if as_postgres {
            let chowned = Command::new("chown")
                .arg("postgres:")
                .arg(&cluster.dir)
                .status()
                .map_err(|e| e.to_string())?;
            if !chowned.success() {
                return Err("running as root and there is no `postgres` user to run PostgreSQL as".into());
            }
        }
        let data = cluster.data();
        cluster.run(
            "initdb",
            &[
                "-D",
                &data,
                "-U",
                "postgres",
                "-A",
                "trust",
                "-E",
                "UTF8",
                "--no-sync",
            ],
        )?;
        Ok(cluster)
    }

    fn data(&self) -> String {
        self.dir.join("data").display().to_string()
    }

    fn url(&self) -> String {
        format!("postgres://postgres@127.0.0.1:{}/postgres", self.port)
    }

    /// Runs one of PostgreSQL's programs, as `postgres` when we are root.
    fn run(&self, program: &str, args: &[&str]) -> Result<(), String> {
        let path = self.bin.join(program);
        let mut command = if self.as_postgres {
            let mut c = Command::new("runuser");
            c.args(["-u", "postgres", "--"]).arg(&path);
            c
        } else {
            Command::new(&path)
        };
        let output = command
            .args(args)
            .stdin(Stdio::null())
            .output()
            .map_err(|e| format!("{program}: {e}"))?;
        if output.status.success() {
            Ok(())
        } else {
            Err(format!(
                "{program} failed: {}{}",
                String::from_utf8_lossy(&output.stdout),
                String::from_utf8_lossy(&output.stderr)
            ))
        }
    }

    /// Starts the cluster and waits until it accepts connections (after crash
    /// recovery, the second time).
    fn start(&self) {
        let options = format!(
            "-p {} -k {} -c listen_addresses=127.0.0.1 -c max_connections=40 -c shared_buffers=16MB",
            self.port,
            self.dir.display()
        );
        let log = self.dir.join("postgres.log").display().to_string();
        self.run(
            "pg_ctl",
            &[
                "-D",
                &self.data(),
                "-l",
                &log,
                "-o",
                &options,
                "-w",
                "-t",
                "60",
                "start",
            ],
        )
        .unwrap_or_else(|e| panic!("{e}"));
    }

    /// Stops the cluster the hard way: every backend is killed, nothing is flushed
    /// beyond what commit already wrote, and the next start runs crash recovery.
    fn stop_immediately(&self) {
        self.run("pg_ctl", &["-D", &self.data(), "-m", "immediate", "-w", "stop"])
            .unwrap_or_else(|e| panic!("{e}"));
    }
}

impl Drop for Cluster {
    fn drop(&mut self) {
        let _ = self.run("pg_ctl", &["-D", &self.data(), "-m", "immediate", "-w", "stop"]);
        let _ = std::fs::remove_dir_all(&self.dir);
    }
}

/// The folder holding `initdb` and `pg_ctl`: Debian's newest
/// `/usr/lib/postgresql/<version>/bin`, else wherever `pg_config` says.
fn server_programs() -> Option<PathBuf> {
    let has_both = |dir: &Path| dir.join("initdb").is_file() && dir.join("pg_ctl").is_file();
    let mut debian: Vec<(u32, PathBuf)> = std::fs::read_dir("/usr/lib/postgresql")
        .into_iter()
        .flatten()
        .flatten()
        .filter_map(|entry| {
            let version = entry.file_name().to_str()?.parse::<u32>().ok()?;
            Some((version, entry.path().join("bin")))
        })
        .filter(|(_, bin)| has_both(bin))
        .collect();
    debian.sort();
    if let Some((_, bin)) = debian.pop() {
        return Some(bin);
    }
    let output = Command::new("pg_config").arg("--bindir").output().ok()?;
    let bin = PathBuf::from(String::from_utf8_lossy(&output.stdout).trim());
    has_both(&bin).then_some(bin)
}

/// One request's fate, for judging afterwards.
struct Answer {
    what: &'static str,
    started: Instant,
    took: Duration,
    /// The status, or why there was none (a timeout is a hang).
    status: Result<u16, String>,
    /// The error code of a non-2xx JSON body.
    code: Option<String>,
    retry_after: bool,
}

type Answers = Arc<Mutex<Vec<Answer>>>;

/// Sends a request and records how it was answered; returns the body of a 2xx.
async fn send(answers: &Answers, what: &'static str, request: reqwest::RequestBuilder) -> Option<Value> {
    let started = Instant::now();
    let result = request.send().await;
    let (status, code, retry_after, body) = match result {
        Err(e) => (Err(e.to_string()), None, false, None),
        Ok(response) => {
            let status = response.status().as_u16();
            let retry_after = response.headers().contains_key("retry-after");
            match response.json::<Value>().await {
                Ok(body) if status < 300 => (Ok(status), None, retry_after, Some(body)),
                Ok(body) => (
                    Ok(status),
                    body["error"]["code"].as_str().map(str::to_owned),
                    retry_after,
                    None,
                ),
                Err(e) => (Ok(status), Some(format!("not JSON: {e}")), retry_after, None),
            }
        }
    };
    answers.lock().unwrap().push(Answer {
        what,
        started,
        took: started.elapsed(),
        status,
        code,
        retry_after,
    });
    body
}

async fn token(request: reqwest::RequestBuilder) -> String {
    let body: Value = request.send().await.unwrap().json().await.unwrap();
    body["access_token"].as_str().expect("a token").to_owned()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn the_server_rides_out_postgresql_stopping_and_starting() {
    let cluster = match Cluster::create() {
        Ok(cluster) => cluster,
        Err(why) => {
            eprintln!("SKIPPED the_server_rides_out_postgresql_stopping_and_starting: {why}");
            return;
        }
    };
    let test_started = Instant::now();
    cluster.start();
    let log = cluster.dir.join("perilink-server.log");
    let mut server = Server::start_logging(&cluster.url(), &[("PERILINK_DB_MAX_CONNECTIONS", "8")], &log);
    let client = reqwest::Client::builder()
        .timeout(Duration::from_secs(10))
        .build()
        .unwrap();
    server.wait_ready(&client).await;
    let base = server.base.clone();

    // People and the ids to write against.
    let host = token(
        client
            .post(format!("{base}/api/auth/login"))
            .json(&json!({"email": "host@demo.perilink.test", "password": "demo-password"})),
    )
    .await;
    let mut mothers = Vec::new();
    for i in 0..2 {
        mothers.push({
            let details = json!({
                "name": format!("Outage Mum {i}"),
                "phone": format!("07700 900{:03}", 300 + i),
                "language": "en",
                "password": "a good password"
            });
            let body: Value = support::sign_up(&client, &base, &details)
                .await
                .json()
                .await
                .unwrap();
            body["access_token"].as_str().expect("a token").to_owned()
        });
    }
    let db = Database::connect(&cluster.url()).await.unwrap();
    let advice_dates = strings(
        &db,
        "SELECT o.id FROM occurrences o JOIN sessions s ON s.id = o.session_id JOIN programmes p ON p.id = s.programme_id \
         WHERE p.kind = 'advice' AND o.cancelled = FALSE AND o.date >= CURRENT_DATE ORDER BY o.date",
    )
    .await;
    let host_dates = strings(
        &db,
        "SELECT o.id FROM occurrences o JOIN sessions s ON s.id = o.session_id JOIN users u ON u.id = s.host_id \
         WHERE u.email = 'host@demo.perilink.test' ORDER BY o.date LIMIT 40",
    )
    .await;
    let demo_mothers = strings(&db, "SELECT id FROM mothers ORDER BY id").await;
    support::expect_everyone(&db, &host_dates, &demo_mothers).await;
    db.close().await.unwrap();
    assert!(advice_dates.len() >= 3 && host_dates.len() >= 10 && demo_mothers.len() >= 4);
    // A session that is listed (and so current), as a mother reaches its page: a
    // session picked from the table could be one hidden as out of date, whose page
    // is a 404 from memory without asking the database.
    let found: Value = client
        .get(format!("{base}/api/sessions?kind=advice"))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    let session = found["results"][0]["session_id"]
        .as_str()
        .expect("an advice session is listed")
        .to_owned();

    let answers: Answers = Arc::default();
    let acked_marks: Arc<Mutex<HashSet<String>>> = Arc::default();
    let acked_bookings: Arc<Mutex<HashSet<String>>> = Arc::default();
    let stop = Arc::new(AtomicBool::new(false));
    let mut tasks = Vec::new();
    // Two hosts' phones syncing batches of three marks.
    for phone in 0..2usize {
        let (client, base, host, stop, answers, acked) = (
            client.clone(),
            base.clone(),
            host.clone(),
            stop.clone(),
            answers.clone(),
            acked_marks.clone(),
        );
        let (dates, mothers) = (host_dates.clone(), demo_mothers.clone());
        tasks.push(tokio::spawn(async move {
            let mut n = phone * 5000;
            while !stop.load(Ordering::Relaxed) {
                let marks: Vec<Value> = support::marks(&mut n, 3, &dates, &mothers);
                let ids = marks.iter().map(|m| m["id"].as_str().unwrap().to_owned());
                let ids: Vec<String> = ids.collect();
                let request = client
                    .post(format!("{base}/api/attendance/batch"))
                    .bearer_auth(&host)
                    .json(&json!({"marks": marks}));
                if send(&answers, "attendance batch", request).await.is_some() {
                    acked.lock().unwrap().extend(ids);
                }
                tokio::time::sleep(Duration::from_millis(20)).await;
            }
        }));
    }
    // Mothers booking dates (the waiting list when full) and cancelling every other.
    for (m, token) in mothers.iter().enumerate() {
        let (client, base, token, stop, answers, acked) = (
            client.clone(),
            base.clone(),
            token.clone(),
            stop.clone(),
            answers.clone(),
            acked_bookings.clone(),
        );
        let dates = advice_dates.clone();
        tasks.push(tokio::spawn(async move {
            let mut k = m;
            while !stop.load(Ordering::Relaxed) {
                k += 1;
                let request = client
                    .post(format!("{base}/api/bookings"))
                    .bearer_auth(&token)
                    .json(&json!({"occurrence_id": dates[k % dates.len()], "waiting_list": true}));
                if let Some(body) = send(&answers, "booking", request).await {
                    let id = body["id"].as_str().expect("a booking id").to_owned();
                    acked.lock().unwrap().insert(id.clone());
                    if k % 2 == 0 {
                        let request = client
                            .post(format!("{base}/api/bookings/{id}/cancel"))
                            .bearer_auth(&token);
                        send(&answers, "cancel", request).await;
                    }
                }
                tokio::time::sleep(Duration::from_millis(20)).await;
            }
        }));
    }
    // Readers: search (from memory), a session page (from memory, with its dates and
    // places left from the database), and a
    // health probe such as a load balancer sends.
    for (what, path, pause) in [
        ("search", "/api/sessions?kind=advice".to_owned(), 20),
        ("session page", format!("/api/sessions/{session}"), 50),
        ("health", "/api/health".to_owned(), 100),
    ] {
        let (client, base, stop, answers) = (client.clone(), base.clone(), stop.clone(), answers.clone());
        tasks.push(tokio::spawn(async move {
            while !stop.load(Ordering::Relaxed) {
                send(&answers, what, client.get(format!("{base}{path}"))).await;
                tokio::time::sleep(Duration::from_millis(pause)).await;
            }
        }));
    }

    // Load with the database up, then the outage, then PostgreSQL back.
    tokio::time::sleep(Duration::from_millis(1500)).await;
    let acked_before_stop = (
        acked_marks.lock().unwrap().clone(),
        acked_bookings.lock().unwrap().clone(),
    );
    let stopped_at = Instant::now();
    tokio::task::block_in_place(|| cluster.stop_immediately());
    tokio::time::sleep(OUTAGE).await;
    let restarted_at = Instant::now();
    tokio::task::block_in_place(|| cluster.start());
    let recovered_at = loop {
        let healthy = answers
            .lock()
            .unwrap()
            .iter()
            .filter(|a| a.what == "health" && a.started > restarted_at && a.status == Ok(200))
            .map(|a| a.started + a.took)
            .min();
        if let Some(at) = healthy {
            break at;
        }
        assert!(
            restarted_at.elapsed() < RECOVERY,
            "the server did not answer 200 within {RECOVERY:?} of PostgreSQL coming back"
        );
        tokio::time::sleep(Duration::from_millis(100)).await;
    };
    // Writes must go through again, not just the probe.
    tokio::time::sleep(Duration::from_millis(2000)).await;
    stop.store(true, Ordering::Relaxed);
    for task in tasks {
        task.await.unwrap();
    }
    assert!(server.is_running(), "the server process survived the outage");

    let answers = std::mem::take(&mut *answers.lock().unwrap());
    // Every request was answered, promptly, and never with a 500.
    for a in &answers {
        let status = a
            .status
            .as_ref()
            .unwrap_or_else(|e| panic!("a {} request got no answer after {:?}: {e}", a.what, a.took));
        assert!(a.took < PROMPT, "a {} request took {:?}", a.what, a.took);
        assert!(
            *status < 500 || *status == 503,
            "a {} request was answered {status} ({:?})",
            a.what,
            a.code
        );
        if *status == 503 {
            assert_eq!(
                a.code.as_deref(),
                Some("service_unavailable"),
                "a 503 to a {} request has the JSON error code",
                a.what
            );
            assert!(a.retry_after, "a 503 to a {} request says when to retry", a.what);
        }
    }
    assert!(
        answers
            .iter()
            .any(|a| a.what == "session page" && a.started + a.took < stopped_at && a.status == Ok(200)),
        "the session page answered 200 before the outage"
    );
    // While PostgreSQL was down (allowing half a second for the stop to land):
    let down = |a: &&Answer| {
        a.started > stopped_at + Duration::from_millis(500) && a.started + a.took < restarted_at
    };
    let during: Vec<&Answer> = answers.iter().filter(down).collect();
    let count = |what: &str, status: u16| {
        during
            .iter()
            .filter(|a| a.what == what && a.status == Ok(status))
            .count()
    };
    for what in ["health", "attendance batch", "booking", "session page"] {
        assert!(count(what, 503) > 0, "{what} answered 503 during the outage");
        assert_eq!(
            count(what, 200) + count(what, 201),
            0,
            "{what} cannot succeed without its database"
        );
    }
    assert!(
        count("search", 200) > 0,
        "search, served from memory, goes on answering without the database"
    );
    // And once it was back, writes went through again.
    let after = |what: &str| {
        answers
            .iter()
            .filter(|a| a.what == what && a.started > recovered_at && matches!(a.status, Ok(200 | 201)))
            .count()
    };
    assert!(
        after("attendance batch") > 0 && after("booking") > 0,
        "writes succeed again after recovery"
    );

    // Every acknowledged write is there: those from before the stop, and since.
    let db = Database::connect(&cluster.url()).await.unwrap();
    let stored_marks: HashSet<String> = strings(&db, "SELECT id FROM attendance_marks")
        .await
        .into_iter()
        .collect();
    let stored_bookings: HashSet<String> = strings(&db, "SELECT id FROM bookings")
        .await
        .into_iter()
        .collect();
    db.close().await.unwrap();
    assert!(
        acked_before_stop.0.len() + acked_before_stop.1.len() > 10,
        "too few writes before the stop to mean much"
    );
    let acked_marks = acked_marks.lock().unwrap().clone();
    let acked_bookings = acked_bookings.lock().unwrap().clone();
    assert_eq!(
        acked_marks.difference(&stored_marks).count(),
        0,
        "acknowledged marks lost"
    );
    assert_eq!(
        acked_bookings.difference(&stored_bookings).count(),
        0,
        "acknowledged bookings lost"
    );

    // The log: no panic, background workers that waited rather than spun, and no
    // one's name or phone number.
    drop(server);
    let log = std::fs::read_to_string(&log).unwrap();
    assert!(!log.contains("panicked"), "a panic in the server log:\n{log}");
    let directory_warnings = log.matches("could not check the directory for changes").count();
    assert!(
        directory_warnings <= 2 * OUTAGE.as_secs() as usize,
        "the directory watcher retried {directory_warnings} times in {OUTAGE:?}"
    );
    for personal in ["Outage Mum", "07700 900300", "07700900300"] {
        assert!(!log.contains(personal), "the server log names {personal}");
    }
    let outage_503s = during.iter().filter(|a| a.status == Ok(503)).count();
    eprintln!(
        "postgres fault test: {} requests during the {OUTAGE:?} outage ({outage_503s} answered 503, slowest {:?}); \
         200 again {:?} after PostgreSQL restarted; {} marks and {} bookings acknowledged, all present; {:?} in all",
        during.len(),
        during.iter().map(|a| a.took).max().unwrap_or_default(),
        recovered_at.saturating_duration_since(restarted_at),
        acked_marks.len(),
        acked_bookings.len(),
        test_started.elapsed()
    );
}
