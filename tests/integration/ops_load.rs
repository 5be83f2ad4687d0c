//! A load of register syncs and bookings against a server process, recording which
//! writes the server acknowledged, to check against the database afterwards.

use crate::process::ServerProcess;
use serde_json::{Value, json};
use std::sync::atomic::{AtomicBool, AtomicU32, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

static PHONE: AtomicU32 = AtomicU32::new(0);

/// Who sends the load, and what they write to.
pub struct Workload {
    base: String,
    client: reqwest::Client,
    host: String,
    mothers: Vec<String>,
    /// Dates with places booked ahead.
    occurrences: Vec<String>,
    /// The host's register for today.
    register: String,
    /// Every request sent, with its answer.
    sent: Mutex<Vec<Sent>>,
    /// The writes the server acknowledged.
    acknowledged: Mutex<Acknowledged>,
    /// Requests of the slow burst on their way.
    burst_started: AtomicU32,
}

/// What became of one request.
#[derive(Clone, Debug)]
pub struct Sent {
    pub started: Instant,
    pub finished: Instant,
    /// The status and body, or why there was no complete answer.
    pub answer: Result<(u16, Value), String>,
}

/// Writes the server acknowledged.
#[derive(Clone, Debug, Default)]
pub struct Acknowledged {
    /// Bookings by id, with the time the answer came.
    pub bookings: Vec<(String, Instant)>,
    /// Register marks applied, by mark id, with the walk-in's name.
    pub marks: Vec<(String, String, Instant)>,
}

impl Workload {
    /// Signs in the demo host and mother, signs up `extra_mothers` more, and finds
    /// bookable dates and today's register.
    pub async fn prepare(server: &ServerProcess, extra_mothers: usize) -> Workload {
        let client = reqwest::Client::builder()
            .timeout(Duration::from_secs(120))
            .pool_max_idle_per_host(0)
            .build()
            .unwrap();
        let host = server.login_demo("host").await;
        let mut mothers = vec![server.login_demo("mother").await];
        for i in 0..extra_mothers {
            let n = PHONE.fetch_add(1, Ordering::Relaxed);
            let phone = format!("07700 90{:04}", (std::process::id() % 50) * 100 + n % 100);
            let response = server
                .sign_up(&json!({"name": format!("Load Mum {i}"), "phone": phone, "language": "en", "password": "a good load password"}))
                .await;
            assert_eq!(response.status(), 200, "a mother signs up");
            let body: Value = response.json().await.unwrap();
            mothers.push(body["access_token"].as_str().unwrap().to_owned());
        }
        let today = perilink_server::clock::london_today();
        let to = today + chrono::Duration::days(60);
        let search = server
            .get_json(&format!("/api/sessions?per_page=100&to={to}"), None)
            .await;
        let occurrences: Vec<String> = search["results"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|o| o["booking"] == "booking" && o["format"] != "course")
            .map(|o| o["occurrence_id"].as_str().unwrap().to_owned())
            .collect();
        assert!(occurrences.len() >= 5, "the demo has dates to book: {search}");
        let registers = server
            .get_json(&format!("/api/registers?date={today}"), Some(&host))
            .await;
        let register = registers["occurrences"][0]["occurrence_id"]
            .as_str()
            .expect("the demo host has a register today")
            .to_owned();
        Workload {
            base: server.url(""),
            client,
            host,
            mothers,
            occurrences,
            register,
            sent: Mutex::new(Vec::new()),
            acknowledged: Mutex::new(Acknowledged::default()),
            burst_started: AtomicU32::new(0),
        }
    }

    /// How many requests of the slow burst have been sent.
    pub fn started(&self) -> usize {
        self.burst_started.load(Ordering::SeqCst) as usize
    }

    /// Every request sent so far, and the writes acknowledged.
    pub fn results(&self) -> (Vec<Sent>, Acknowledged) {
        (
            self.sent.lock().unwrap().clone(),
            self.acknowledged.lock().unwrap().clone(),
        )
    }

    /// Sends, all at once, requests that take the server a while: a sign-in for
    /// every account (passwords are hashed slowly on purpose) and large register
    /// syncs. Returns once they are all on their way.
    pub fn slow_burst(self: &Arc<Self>) -> tokio::task::JoinSet<()> {
        let mut set = tokio::task::JoinSet::new();
        for email in ["host", "mother", "referrer", "coordinator", "admin"] {
            let me = Arc::clone(self);
            set.spawn(async move {
                let request = me.client.post(format!("{}/api/auth/login", me.base)).json(
                    &json!({"email": format!("{email}@demo.perilink.test"), "password": "demo-password"}),
                );
                me.burst_started.fetch_add(1, Ordering::SeqCst);
                let _ = me.send(request).await;
            });
        }
        for _ in 0..3 {
            let me = Arc::clone(self);
            set.spawn(async move {
                me.burst_started.fetch_add(1, Ordering::SeqCst);
                me.sync(300).await
            });
        }
        set
    }

    /// Sends requests from `tasks` clients until `stop` is set: each client in turn
    /// books a date for one of the mothers and syncs a batch of walk-in marks.
    pub async fn run(self: Arc<Self>, tasks: usize, stop: Arc<AtomicBool>) {
        let mut handles = Vec::new();
        for task in 0..tasks {
            let (me, stop) = (Arc::clone(&self), Arc::clone(&stop));
            handles.push(tokio::spawn(async move {
                let mut round = 0usize;
                while !stop.load(Ordering::SeqCst) {
                    if (task + round).is_multiple_of(2) {
                        me.book(task, round).await;
                    } else {
                        me.sync(5).await;
                    }
                    round += 1;
                }
            }));
        }
        for handle in handles {
            handle.await.unwrap();
        }
    }

    async fn send(&self, request: reqwest::RequestBuilder) -> Result<(u16, Value), String> {
        let started = Instant::now();
        let answer = async {
            let response = request.send().await.map_err(|e| format!("send: {e:?}"))?;
            let status = response.status().as_u16();
            let body = response.bytes().await.map_err(|e| format!("body: {e:?}"))?;
            let body: Value =
                serde_json::from_slice(&body).map_err(|e| format!("not JSON ({e}): {body:?}"))?;
            Ok((status, body))
        }
        .await;
        self.sent.lock().unwrap().push(Sent {
            started,
            finished: Instant::now(),
            answer: answer.clone(),
        });
        answer
    }

    async fn book(&self, task: usize, round: usize) {
        let mother = &self.mothers[(task + round) % self.mothers.len()];
        let occurrence = &self.occurrences[(task * 7 + round) % self.occurrences.len()];
        let request = self
            .client
            .post(format!("{}/api/bookings", self.base))
            .bearer_auth(mother)
            .json(&json!({"occurrence_id": occurrence, "waiting_list": true}));
        if let Ok((201, body)) = self.send(request).await {
            let id = body["id"].as_str().expect("a booking id").to_owned();
            self.acknowledged
                .lock()
                .unwrap()
                .bookings
                .push((id, Instant::now()));
        }
    }

    async fn sync(&self, size: usize) {
        let marks: Vec<(String, String)> = (0..size)
            .map(|_| {
                let id = uuid::Uuid::new_v4().to_string();
                let name = format!("Walkin {}", &id[..8]);
                (id, name)
            })
            .collect();
        let body: Vec<Value> = marks
            .iter()
            .map(|(id, name)| {
                json!({
                    "id": id, "occurrence_id": self.register,
                    "walk_in": {"given_name": name, "phone": null, "language": "en"},
                    "status": "present", "recorded_at": chrono::Utc::now().to_rfc3339(),
                })
            })
            .collect();
        let request = self
            .client
            .post(format!("{}/api/attendance/batch", self.base))
            .bearer_auth(&self.host)
            .json(&json!({"marks": body}));
        if let Ok((200, body)) = self.send(request).await {
            let now = Instant::now();
            let mut acknowledged = self.acknowledged.lock().unwrap();
            for (i, (id, name)) in marks.into_iter().enumerate() {
                assert_eq!(body["results"][i]["outcome"], "applied", "{body}");
                acknowledged.marks.push((id, name, now));
            }
        }
    }
}

/// Asserts every acknowledged write acknowledged before `before` is in the SQLite
/// database at `url`, once: each booking by its id, each mark by its id, and each
/// walk-in mother it made by her name. Returns how many were checked.
pub async fn assert_all_there(url: &str, acknowledged: &Acknowledged, before: Instant) -> usize {
    use sea_orm::{ConnectionTrait, Statement};
    let db = sea_orm::Database::connect(url).await.expect("open the database");
    let count = |sql: String| {
        let db = &db;
        async move {
            let row = db
                .query_one_raw(Statement::from_string(db.get_database_backend(), sql.clone()))
                .await
                .expect(&sql)
                .expect("a row");
            row.try_get_by_index::<i64>(0).expect("a count")
        }
    };
    let mut checked = 0;
    for (id, at) in &acknowledged.bookings {
        if *at < before {
            assert_eq!(
                count(format!("SELECT COUNT(*) FROM bookings WHERE id = '{id}'")).await,
                1,
                "booking {id}"
            );
            checked += 1;
        }
    }
    for (id, name, at) in &acknowledged.marks {
        if *at < before {
            assert_eq!(
                count(format!("SELECT COUNT(*) FROM attendance_marks WHERE id = '{id}'")).await,
                1,
                "mark {id}"
            );
            assert_eq!(
                count(format!(
                    "SELECT COUNT(*) FROM mothers WHERE given_name = '{name}'"
                ))
                .await,
                1,
                "walk-in {name}"
            );
            checked += 1;
        }
    }
    let _ = db.close().await;
    checked
}
