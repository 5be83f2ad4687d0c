//! Crash safety: the real `perilink-server` binary is killed with SIGKILL in the
//! middle of bursts of bookings and attendance batches, twenty times, and restarted
//! on the same SQLite file each time. Every write the server acknowledged before a
//! kill must be there afterwards, exactly once, and the place counters must agree
//! with the bookings.

mod support;

use sea_orm::Database;
use serde_json::{Value, json};
use std::collections::HashSet;
use std::sync::{Arc, Mutex};
use std::time::Duration;
use support::{Server, strings};

const CYCLES: usize = 20;

async fn login(client: &reqwest::Client, base: &str, email: &str, password: &str) -> String {
    let body: Value = client
        .post(format!("{base}/api/auth/login"))
        .json(&json!({"email": email, "password": password}))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    body["access_token"].as_str().expect("a token").to_owned()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn every_acknowledged_write_survives_sigkill_exactly_once() {
    let dir = std::env::temp_dir().join(format!("perilink-fault-{}", uuid::Uuid::new_v4()));
    std::fs::create_dir_all(&dir).unwrap();
    let db_url = format!("sqlite://{}", dir.join("perilink.db").display());
    let client = reqwest::Client::builder()
        .timeout(Duration::from_secs(10))
        .build()
        .unwrap();

    // First start: seed the demo, sign people in, learn the ids to write against.
    let server = Server::start(&db_url);
    server.wait_ready(&client).await;
    let host = login(&client, &server.base, "host@demo.perilink.test", "demo-password").await;
    let mut mothers = Vec::new();
    for i in 0..4 {
        let details = json!({"name": format!("Mum {i}"), "phone": format!("07700 900{:03}", 200 + i), "language": "en", "password": "a good password"});
        let body: Value = support::sign_up(&client, &server.base, &details)
            .await
            .json()
            .await
            .unwrap();
        mothers.push(body["access_token"].as_str().unwrap().to_owned());
    }
    server.kill();
    let db = Database::connect(&db_url).await.unwrap();
    let advice_dates = strings(
        &db,
        "SELECT o.id FROM occurrences o JOIN sessions s ON s.id = o.session_id JOIN programmes p ON p.id = s.programme_id \
         WHERE p.kind = 'advice' AND o.cancelled = FALSE AND o.date >= date('now') ORDER BY o.date",
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

    let acknowledged_marks: Arc<Mutex<HashSet<String>>> = Arc::default();
    let acknowledged_bookings: Arc<Mutex<HashSet<String>>> = Arc::default();
    let mut writes_before_kills = 0usize;
    for cycle in 0..CYCLES {
        let server = Server::start(&db_url);
        server.wait_ready(&client).await;
        let base = server.base.clone();
        let stop = Arc::new(std::sync::atomic::AtomicBool::new(false));
        let mut tasks = Vec::new();
        // Two hosts' phones syncing batches of five marks each.
        for phone in 0..2 {
            let (client, base, host, stop, acked) = (
                client.clone(),
                base.clone(),
                host.clone(),
                stop.clone(),
                acknowledged_marks.clone(),
            );
            let (dates, mothers) = (host_dates.clone(), demo_mothers.clone());
            tasks.push(tokio::spawn(async move {
                let mut n = cycle * 1000 + phone * 500;
                while !stop.load(std::sync::atomic::Ordering::Relaxed) {
                    let marks: Vec<Value> = support::marks(&mut n, 5, &dates, &mothers);
                    let ids: Vec<String> = marks
                        .iter()
                        .map(|m| m["id"].as_str().unwrap().to_owned())
                        .collect();
                    let sent = client
                        .post(format!("{base}/api/attendance/batch"))
                        .bearer_auth(&host)
                        .json(&json!({"marks": marks}))
                        .send()
                        .await;
                    if let Ok(response) = sent
                        && response.status() == 200
                        && response.json::<Value>().await.is_ok()
                    {
                        acked.lock().unwrap().extend(ids);
                    }
                }
            }));
        }
        // Mothers booking dates (joining the waiting list when full) and cancelling.
        for (m, token) in mothers.iter().enumerate() {
            let (client, base, token, stop, acked) = (
                client.clone(),
                base.clone(),
                token.clone(),
                stop.clone(),
                acknowledged_bookings.clone(),
            );
            let dates = advice_dates.clone();
            tasks.push(tokio::spawn(async move {
                let mut k = cycle + m;
                while !stop.load(std::sync::atomic::Ordering::Relaxed) {
                    k += 1;
                    let date = &dates[k % dates.len()];
                    let sent = client
                        .post(format!("{base}/api/bookings"))
                        .bearer_auth(&token)
                        .json(&json!({"occurrence_id": date, "waiting_list": true}))
                        .send()
                        .await;
                    let Ok(response) = sent else { continue };
                    if response.status() != 201 && response.status() != 200 {
                        continue;
                    }
                    let Ok(body) = response.json::<Value>().await else {
                        continue;
                    };
                    let id = body["id"].as_str().unwrap().to_owned();
                    acked.lock().unwrap().insert(id.clone());
                    if k % 2 == 0 {
                        let _ = client
                            .post(format!("{base}/api/bookings/{id}/cancel"))
                            .bearer_auth(&token)
                            .send()
                            .await;
                    }
                }
            }));
        }
        // Let the burst run, then kill the server mid-flight.
        tokio::time::sleep(Duration::from_millis(300 + (cycle as u64 * 37) % 400)).await;
        server.kill();
        stop.store(true, std::sync::atomic::Ordering::Relaxed);
        for task in tasks {
            let _ = task.await;
        }
        writes_before_kills =
            acknowledged_marks.lock().unwrap().len() + acknowledged_bookings.lock().unwrap().len();
    }
    assert!(
        writes_before_kills > 100,
        "the bursts acknowledged {writes_before_kills} writes; too few to mean much"
    );

    // Every acknowledged write is there, once; the counters agree with the rows.
    let db = Database::connect(&db_url).await.unwrap();
    let marks: Vec<String> = strings(&db, "SELECT id FROM attendance_marks").await;
    let stored_marks: HashSet<String> = marks.iter().cloned().collect();
    assert_eq!(stored_marks.len(), marks.len(), "no mark is stored twice");
    let missing: Vec<_> = acknowledged_marks
        .lock()
        .unwrap()
        .difference(&stored_marks)
        .cloned()
        .collect();
    assert!(
        missing.is_empty(),
        "{} acknowledged marks lost, e.g. {:?}",
        missing.len(),
        missing.first()
    );
    let bookings: HashSet<String> = strings(&db, "SELECT id FROM bookings")
        .await
        .into_iter()
        .collect();
    let lost: Vec<_> = acknowledged_bookings
        .lock()
        .unwrap()
        .difference(&bookings)
        .cloned()
        .collect();
    assert!(lost.is_empty(), "{} acknowledged bookings lost", lost.len());
    let disagreeing = strings(
        &db,
        "SELECT o.id FROM occurrences o WHERE o.booked <> (SELECT COUNT(*) FROM bookings b WHERE b.occurrence_id = o.id AND b.status = 'booked' AND b.kind = 'occurrence')",
    )
    .await;
    assert!(
        disagreeing.is_empty(),
        "place counters disagree with bookings on {} dates",
        disagreeing.len()
    );
    let live_twice = strings(
        &db,
        "SELECT mother_id FROM bookings WHERE status <> 'cancelled' AND kind = 'occurrence' GROUP BY mother_id, occurrence_id HAVING COUNT(*) > 1",
    )
    .await;
    assert!(
        live_twice.is_empty(),
        "a mother holds two live bookings of one date"
    );
    eprintln!(
        "fault test: {CYCLES} SIGKILLs; {} marks and {} bookings acknowledged, all present once",
        acknowledged_marks.lock().unwrap().len(),
        acknowledged_bookings.lock().unwrap().len()
    );
    db.close().await.unwrap();
    let _ = std::fs::remove_dir_all(dir);
}
