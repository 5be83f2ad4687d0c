//! The server as a process of its own (`perilink-server-test`, the server's command
//! line), for what a process in this one cannot show: signals, exit codes, the
//! maintenance commands, and log lines on standard output.

use crate::helpers::TEST_JWT_SECRET;
use serde_json::Value;
use std::process::Stdio;
use std::sync::{Arc, Mutex};
use std::time::Duration;
use tokio::io::{AsyncBufReadExt, BufReader};

/// The server's command line, built by cargo for these tests.
pub const BINARY: &str = env!("CARGO_BIN_EXE_perilink-server-test");

/// The settings every test process gets: a random port, the demo, JSON logs, no app.
fn base_env(database_url: &str) -> Vec<(String, String)> {
    [
        ("PERILINK_ADDR", "127.0.0.1:0"),
        ("DATABASE_URL", database_url),
        ("PERILINK_DEMO", "1"),
        ("PERILINK_JWT_SECRET", TEST_JWT_SECRET),
        ("PERILINK_APP_DIR", "/nonexistent-perilink-app"),
        ("PERILINK_LOG_FORMAT", "json"),
        ("PERILINK_DB_MAX_CONNECTIONS", "8"),
        ("RUST_LOG", "info"),
    ]
    .into_iter()
    .map(|(k, v)| (k.to_owned(), v.to_owned()))
    .collect()
}

/// Runs one maintenance command (`backup`, `restore`, `check-config`, ...) to the end.
pub async fn command(args: &[&str], env: &[(&str, &str)]) -> std::process::Output {
    let mut command = tokio::process::Command::new(BINARY);
    command
        .args(args)
        .env_clear()
        .env("PATH", std::env::var("PATH").unwrap_or_default());
    for (k, v) in env {
        command.env(k, v);
    }
    tokio::time::timeout(Duration::from_secs(120), command.output())
        .await
        .expect("the command finishes within two minutes")
        .expect("the command runs")
}

/// A running server process; killed if dropped while running.
pub struct ServerProcess {
    child: tokio::process::Child,
    pub port: u16,
    pub metrics_port: Option<u16>,
    /// Every line it wrote, standard output and error alike.
    pub lines: Arc<Mutex<Vec<String>>>,
    pub client: reqwest::Client,
}

impl ServerProcess {
    /// Starts the server on `database_url` with extra settings, and waits until it
    /// says it is listening.
    pub async fn start(database_url: &str, extra: &[(&str, &str)]) -> ServerProcess {
        let mut env = base_env(database_url);
        for (k, v) in extra {
            env.retain(|(key, _)| key != k);
            env.push(((*k).to_owned(), (*v).to_owned()));
        }
        let mut child = tokio::process::Command::new(BINARY)
            .env_clear()
            .envs(env)
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .kill_on_drop(true)
            .spawn()
            .expect("start the server process");
        let lines = Arc::new(Mutex::new(Vec::new()));
        let (found, mut ports) = tokio::sync::mpsc::unbounded_channel::<(&'static str, u16)>();
        for stream in [
            Box::new(child.stdout.take().expect("stdout")) as Box<dyn tokio::io::AsyncRead + Send + Unpin>,
            Box::new(child.stderr.take().expect("stderr")),
        ] {
            let (lines, found) = (Arc::clone(&lines), found.clone());
            tokio::spawn(async move {
                let mut reader = BufReader::new(stream).lines();
                while let Ok(Some(line)) = reader.next_line().await {
                    if let Ok(json) = serde_json::from_str::<Value>(&line) {
                        let fields = &json["fields"];
                        if let Some(port) = fields["port"].as_u64() {
                            let _ = found.send(("port", port as u16));
                        }
                        if let Some(port) = fields["metrics_port"].as_u64() {
                            let _ = found.send(("metrics", port as u16));
                        }
                    }
                    lines.lock().unwrap().push(line);
                }
            });
        }
        drop(found);
        let wants_metrics = extra.iter().any(|(k, _)| *k == "PERILINK_METRICS_ADDR");
        let (mut port, mut metrics_port) = (None, None);
        let deadline = tokio::time::Instant::now() + Duration::from_secs(120);
        while port.is_none() || (wants_metrics && metrics_port.is_none()) {
            match tokio::time::timeout_at(deadline, ports.recv()).await {
                Ok(Some(("port", p))) => port = Some(p),
                Ok(Some((_, p))) => metrics_port = Some(p),
                _ => panic!("the server did not start: {:?}", lines.lock().unwrap()),
            }
        }
        ServerProcess {
            child,
            port: port.expect("a port"),
            metrics_port,
            lines,
            client: reqwest::Client::builder()
                .timeout(Duration::from_secs(60))
                .build()
                .expect("a client"),
        }
    }

    pub fn url(&self, path: &str) -> String {
        format!("http://127.0.0.1:{}{path}", self.port)
    }

    /// Sends SIGTERM, as systemd does to stop a service.
    pub fn terminate(&self) {
        let pid = self.child.id().expect("the server is running");
        let status = std::process::Command::new("kill")
            .args(["-TERM", &pid.to_string()])
            .status()
            .expect("run kill");
        assert!(status.success(), "kill -TERM {pid}");
    }

    /// Waits for the process to exit and returns its status.
    pub async fn wait(&mut self, within: Duration) -> std::process::ExitStatus {
        tokio::time::timeout(within, self.child.wait())
            .await
            .expect("the server exits in time")
            .expect("wait for the server")
    }

    /// Everything it has written so far.
    pub fn output(&self) -> Vec<String> {
        self.lines.lock().unwrap().clone()
    }

    /// `GET` a path, with a token if given, expecting JSON.
    pub async fn get_json(&self, path: &str, token: Option<&str>) -> Value {
        let mut request = self.client.get(self.url(path));
        if let Some(token) = token {
            request = request.bearer_auth(token);
        }
        let response = request.send().await.expect("GET");
        response.json().await.expect("JSON")
    }

    /// Signs in a demo account and returns its access token.
    /// Signs a mother up with the code the demo's answer carries (its messages
    /// go to the log), and returns the second step's answer.
    pub async fn sign_up(&self, details: &Value) -> reqwest::Response {
        let started = self
            .client
            .post(self.url("/api/auth/signup"))
            .json(details)
            .send()
            .await
            .expect("POST /api/auth/signup");
        assert_eq!(started.status(), 202, "the sign-up's first step");
        let started: Value = started.json().await.expect("JSON");
        let code = started["demo_code"].as_str().expect("the demo's code");
        self.client
            .post(self.url("/api/auth/signup/confirm"))
            .json(&serde_json::json!({"signup": details, "code": code}))
            .send()
            .await
            .expect("POST /api/auth/signup/confirm")
    }

    pub async fn login_demo(&self, role: &str) -> String {
        let response = self
            .client
            .post(self.url("/api/auth/login"))
            .json(&serde_json::json!({"email": format!("{role}@demo.perilink.test"), "password": "demo-password"}))
            .send()
            .await
            .expect("POST /api/auth/login");
        assert_eq!(response.status(), 200, "demo {role} signs in");
        let body: Value = response.json().await.expect("JSON");
        body["access_token"].as_str().expect("a token").to_owned()
    }
}
