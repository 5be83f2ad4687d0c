//! What the process-level tests share: the real `perilink-server` binary started
//! on a free port against a database URL, and waited for.

#![allow(dead_code)] // each test file uses its own part of this

use sea_orm::{ConnectionTrait, DatabaseConnection, Statement};
use std::net::TcpListener;
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

/// Signs a mother up on a demo server at `base` in the sign-up's two steps, with
/// the code the demo's first answer carries; the second step's answer.
pub async fn sign_up(client: &reqwest::Client, base: &str, details: &serde_json::Value) -> reqwest::Response {
    let started = client
        .post(format!("{base}/api/auth/signup"))
        .json(details)
        .send()
        .await
        .expect("the sign-up's first step");
    assert_eq!(started.status(), 202, "the sign-up's first step");
    let started: serde_json::Value = started.json().await.expect("JSON");
    let code = started["demo_code"].as_str().expect("the demo's code").to_owned();
    client
        .post(format!("{base}/api/auth/signup/confirm"))
        .json(&serde_json::json!({"signup": details, "code": code}))
        .send()
        .await
        .expect("the sign-up's second step")
}

/// A running `perilink-server` process; killed when dropped.
pub struct Server {
    child: Child,
    pub base: String,
}

impl Server {
    /// Starts the server in demo mode on a free port, logging errors nowhere.
    pub fn start(db_url: &str) -> Server {
        Server::spawn(db_url, &[], None)
    }

    /// Starts the server with extra environment, its warnings written to `log`.
    pub fn start_logging(db_url: &str, env: &[(&str, &str)], log: &Path) -> Server {
        Server::spawn(db_url, env, Some(log))
    }

    fn spawn(db_url: &str, env: &[(&str, &str)], log: Option<&Path>) -> Server {
        let port = free_port();
        let mut command = Command::new(env!("CARGO_BIN_EXE_perilink-server"));
        command
            .env("PERILINK_ADDR", format!("127.0.0.1:{port}"))
            .env("DATABASE_URL", db_url)
            .env("PERILINK_DEMO", "1")
            .env(
                "PERILINK_JWT_SECRET",
                "process-test-secret-of-more-than-thirty-two-bytes",
            )
            .env("PERILINK_APP_DIR", "/nonexistent-perilink-app")
            .env("PERILINK_COOKIE_SECURE", "0")
            .env("RUST_LOG", if log.is_some() { "warn" } else { "error" })
            .envs(env.iter().copied())
            .stdout(Stdio::null());
        match log {
            Some(path) => command.stderr(std::fs::File::create(path).expect("create the server log")),
            None => command.stderr(Stdio::null()),
        };
        Server {
            child: command.spawn().expect("start perilink-server"),
            base: format!("http://127.0.0.1:{port}"),
        }
    }

    /// Waits (up to a minute) until `/api/health` answers 200.
    pub async fn wait_ready(&self, client: &reqwest::Client) {
        let deadline = Instant::now() + Duration::from_secs(60);
        while Instant::now() < deadline {
            if client
                .get(format!("{}/api/health", self.base))
                .send()
                .await
                .is_ok_and(|r| r.status() == 200)
            {
                return;
            }
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
        panic!("the server did not become ready");
    }

    /// Whether the process is still running.
    pub fn is_running(&mut self) -> bool {
        matches!(self.child.try_wait(), Ok(None))
    }

    /// SIGKILL (what `Child::kill` sends on Unix): no graceful shutdown, no flushing.
    pub fn kill(mut self) {
        self.child.kill().expect("SIGKILL");
        self.child.wait().expect("reap");
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// A port nothing listens on just now.
pub fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

/// The first column of every row `sql` returns, as text.
pub async fn strings(db: &DatabaseConnection, sql: &str) -> Vec<String> {
    db.query_all_raw(Statement::from_string(db.get_database_backend(), sql.to_owned()))
        .await
        .unwrap()
        .iter()
        .map(|r| r.try_get_by_index::<String>(0).unwrap())
        .collect()
}

/// Enrols every mother on the sessions of these dates, so a host may mark any of
/// them there: a host marks only the mothers expected at a date.
pub async fn expect_everyone(db: &DatabaseConnection, dates: &[String], mothers: &[String]) {
    let list = dates
        .iter()
        .map(|d| format!("'{d}'"))
        .collect::<Vec<_>>()
        .join(", ");
    let sessions = strings(
        db,
        &format!("SELECT DISTINCT session_id FROM occurrences WHERE id IN ({list})"),
    )
    .await;
    let now = chrono::Utc::now().to_rfc3339();
    for session in &sessions {
        for mother in mothers {
            let sql = format!(
                "INSERT INTO bookings (id, mother_id, session_id, occurrence_id, kind, status, created_at, updated_at) \
                 SELECT '{}', '{mother}', '{session}', NULL, 'enrolment', 'booked', '{now}', '{now}' \
                 WHERE NOT EXISTS (SELECT 1 FROM bookings WHERE mother_id = '{mother}' AND session_id = '{session}' \
                 AND kind = 'enrolment' AND status = 'booked')",
                uuid::Uuid::new_v4()
            );
            db.execute_unprepared(&sql)
                .await
                .unwrap_or_else(|e| panic!("{sql}: {e}"));
        }
    }
}

/// `count` attendance marks with fresh UUIDs, present or absent, walking `dates`
/// and `mothers` on from `*n`.
pub fn marks(n: &mut usize, count: usize, dates: &[String], mothers: &[String]) -> Vec<serde_json::Value> {
    (0..count)
        .map(|k| {
            *n += 1;
            serde_json::json!({
                "id": uuid::Uuid::new_v4().to_string(),
                "occurrence_id": dates[*n % dates.len()],
                "mother_id": mothers[(*n + k) % mothers.len()],
                "status": if (*n).is_multiple_of(3) { "absent" } else { "present" },
                "recorded_at": chrono::Utc::now().to_rfc3339(),
            })
        })
        .collect()
}
