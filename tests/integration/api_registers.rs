//! Registers: who is expected, marks synced in batches without doubles, the latest
//! mark standing, and what attendance does to referrals.

use crate::helpers::{TestApp, assert_error, count, db_test, get_json, post_with_token as post, text};
use chrono::{Duration, Utc};
use sea_orm::ConnectionTrait;
use serde_json::{Value, json};

fn mark(occurrence: &str, mother: &str, status: &str, minutes_ago: i64) -> Value {
    json!({
        "id": uuid::Uuid::new_v4().to_string(),
        "occurrence_id": occurrence,
        "mother_id": mother,
        "status": status,
        "recorded_at": (Utc::now() - Duration::minutes(minutes_ago)).to_rfc3339(),
    })
}

fn outcomes(body: &Value) -> Vec<&str> {
    body["results"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["outcome"].as_str().unwrap())
        .collect()
}

/// The dates of the demo's ESOL course at Toxteth (run by the demo host), in order.
async fn esol_dates(app: &TestApp) -> (String, Vec<String>) {
    let session = text(app, "SELECT s.id FROM sessions s JOIN programmes p ON p.id = s.programme_id JOIN venues v ON v.id = s.venue_id WHERE p.kind = 'esol' AND v.name = 'Toxteth Library'").await;
    let db = &app.state.db;
    let rows = db
        .query_all_raw(sea_orm::Statement::from_string(db.get_database_backend(), format!("SELECT id FROM occurrences WHERE session_id = '{session}' AND cancelled = FALSE ORDER BY date")))
        .await
        .unwrap();
    (
        session,
        rows.iter()
            .map(|r| r.try_get_by_index::<String>(0).unwrap())
            .collect(),
    )
}

db_test! {
    async fn the_host_has_a_register_today_with_who_is_expected_and_nothing_clinical(app: TestApp) {
        let (host, _) = app.login_demo("host").await;
        let today = perilink_server::clock::london_today();
        let registers = get_json(&app, &format!("/api/registers?date={today}"), &host).await;
        assert!(!registers["occurrences"].as_array().unwrap().is_empty(), "the demo host runs a session every day");

        // The ESOL course's next date expects the enrolled, referred demo mother.
        let date: String = {
            let (_, dates) = esol_dates(&app).await;
            text(&app, &format!("SELECT CAST(date AS TEXT) FROM occurrences WHERE id = '{}'", dates.last().unwrap())).await
        };
        let register = get_json(&app, &format!("/api/registers?date={}", &date[..10]), &host).await;
        let esol = register["occurrences"].as_array().unwrap().iter().find(|o| o["venue_name"] == "Toxteth Library").expect("ESOL at Toxteth");
        let amira = esol["expected"].as_array().unwrap().iter().find(|m| m["given_name"] == "Amira").expect("Amira is expected");
        assert_eq!(amira["because"], "enrolled");
        assert_eq!(amira["language"], "ar");
        assert_eq!(amira["interpreter_needed"], true);
        assert!(amira["baby_name"].is_string());
        let raw = serde_json::to_string(&register).unwrap();
        assert!(!raw.contains("28-week") && !raw.contains("\"note\"") && !raw.contains("family_name") && !raw.contains("phone"), "{raw}");

        let (mother, _) = app.login_demo("mother").await;
        assert_error(app.get_with_token(&format!("/api/registers?date={today}"), &mother).await, 403, "forbidden").await;
        let (referrer, _) = app.login_demo("referrer").await;
        assert_error(app.get_with_token(&format!("/api/registers?date={today}"), &referrer).await, 403, "forbidden").await;
        assert_error(app.get_with_token("/api/registers?date=today", &host).await, 422, "validation_failed").await;
    }
}

db_test! {
    async fn replaying_a_batch_whole_or_in_part_changes_nothing(app: TestApp) {
        let (host, _) = app.login_demo("host").await;
        let (_, dates) = esol_dates(&app).await;
        let occurrence = &dates[0];
        let amira = text(&app, "SELECT id FROM mothers WHERE given_name = 'Amira'").await;
        let hana = text(&app, "SELECT id FROM mothers WHERE given_name = 'Hana'").await;
        let walk_in = json!({
            "id": uuid::Uuid::new_v4().to_string(), "occurrence_id": occurrence,
            "walk_in": {"given_name": "Leyla", "phone": null, "language": "ckb"},
            "status": "present", "recorded_at": Utc::now().to_rfc3339(), "babies": 1, "children": 2
        });
        // Hana is enrolled on the course too, so she is expected at its dates.
        let session = text(&app, &format!("SELECT session_id FROM occurrences WHERE id = '{occurrence}'")).await;
        perilink_server::service::sql::exec(
            &app.state.db,
            "INSERT INTO bookings (id, mother_id, session_id, occurrence_id, kind, status, created_at, updated_at) VALUES (?, ?, ?, NULL, 'enrolment', 'booked', ?, ?)",
            vec![uuid::Uuid::new_v4().to_string().into(), hana.clone().into(), session.into(), Utc::now().into(), Utc::now().into()],
        )
        .await
        .unwrap();
        let marks = vec![mark(occurrence, &amira, "present", 3), mark(occurrence, &hana, "apologies", 2), walk_in];
        let first = post(&app, "/api/attendance/batch", &host, json!({"marks": marks})).await;
        assert_eq!(first.status(), 200);
        let first: Value = first.json().await.unwrap();
        assert_eq!(outcomes(&first), ["applied", "applied", "applied"]);
        let leyla = first["results"][2]["mother_id"].as_str().unwrap().to_owned();

        let again: Value = post(&app, "/api/attendance/batch", &host, json!({"marks": marks})).await.json().await.unwrap();
        assert_eq!(outcomes(&again), ["already_had", "already_had", "already_had"]);
        assert_eq!(again["results"][2]["mother_id"], leyla.as_str(), "the walk-in is not made twice");

        let extra = mark(occurrence, &hana, "present", 1);
        let partial: Value = post(&app, "/api/attendance/batch", &host, json!({"marks": [marks[0].clone(), marks[2].clone(), extra]})).await.json().await.unwrap();
        assert_eq!(outcomes(&partial), ["already_had", "already_had", "applied"]);

        assert_eq!(count(&app, &format!("SELECT COUNT(*) FROM attendance_marks WHERE occurrence_id = '{occurrence}'")).await, 4);
        assert_eq!(count(&app, &format!("SELECT COUNT(*) FROM attendance WHERE occurrence_id = '{occurrence}'")).await, 3);
        assert_eq!(count(&app, "SELECT COUNT(*) FROM mothers WHERE given_name = 'Leyla'").await, 1);
        assert_eq!(text(&app, &format!("SELECT status FROM attendance WHERE occurrence_id = '{occurrence}' AND mother_id = '{hana}'")).await, "present");
        assert_eq!(count(&app, &format!("SELECT COUNT(*) FROM attendance WHERE mother_id = '{leyla}' AND babies = 1 AND children = 2")).await, 1);

        // The register shows the marks, the walk-in among them.
        let date = text(&app, &format!("SELECT CAST(date AS TEXT) FROM occurrences WHERE id = '{occurrence}'")).await;
        let register = get_json(&app, &format!("/api/registers?date={}", &date[..10]), &host).await;
        let esol = register["occurrences"].as_array().unwrap().iter().find(|o| o["occurrence_id"] == occurrence.as_str()).unwrap();
        let leyla_row = esol["expected"].as_array().unwrap().iter().find(|m| m["mother_id"] == leyla.as_str()).unwrap();
        assert_eq!(leyla_row["because"], "walk_in");
        assert_eq!(leyla_row["status"], "present");
        assert_eq!(leyla_row["babies"], 1);
    }
}

db_test! {
    async fn two_hosts_marking_one_mother_resolve_to_the_latest_recorded(app: TestApp) {
        let (host, _) = app.login_demo("host").await;
        let (coordinator, _) = app.login_demo("coordinator").await;
        let (_, dates) = esol_dates(&app).await;
        let occurrence = &dates[1];
        let amira = text(&app, "SELECT id FROM mothers WHERE given_name = 'Amira'").await;
        // The coordinator's later mark arrives first; the host's earlier one after.
        let later = mark(occurrence, &amira, "absent", 5);
        let earlier = mark(occurrence, &amira, "present", 10);
        let first: Value = post(&app, "/api/attendance/batch", &coordinator, json!({"marks": [later]})).await.json().await.unwrap();
        assert_eq!(outcomes(&first), ["applied"]);
        let second: Value = post(&app, "/api/attendance/batch", &host, json!({"marks": [earlier]})).await.json().await.unwrap();
        assert_eq!(outcomes(&second), ["superseded"]);
        assert_eq!(text(&app, &format!("SELECT status FROM attendance WHERE occurrence_id = '{occurrence}' AND mother_id = '{amira}'")).await, "absent");
        // Both marks are kept in the log.
        assert_eq!(count(&app, &format!("SELECT COUNT(*) FROM attendance_marks WHERE occurrence_id = '{occurrence}'")).await, 2);
        // A newer mark changes it again.
        let newest: Value = post(&app, "/api/attendance/batch", &host, json!({"marks": [mark(occurrence, &amira, "present", 0)]})).await.json().await.unwrap();
        assert_eq!(outcomes(&newest), ["applied"]);
        assert_eq!(text(&app, &format!("SELECT status FROM attendance WHERE occurrence_id = '{occurrence}' AND mother_id = '{amira}'")).await, "present");
    }
}

db_test! {
    async fn bad_marks_are_refused_whole_with_the_reason(app: TestApp) {
        let (host, _) = app.login_demo("host").await;
        let (_, dates) = esol_dates(&app).await;
        let amira = text(&app, "SELECT id FROM mothers WHERE given_name = 'Amira'").await;
        let mut bad = mark(&dates[0], &amira, "present", 0);
        bad["id"] = json!("not-a-uuid");
        assert_error(post(&app, "/api/attendance/batch", &host, json!({"marks": [bad]})).await, 422, "validation_failed").await;
        // A mother not expected there is not found, whether or not she exists.
        assert_error(post(&app, "/api/attendance/batch", &host, json!({"marks": [mark(&dates[0], "nobody", "present", 0)]})).await, 404, "not_found").await;
        let mut late = mark(&dates[0], &amira, "present", 0);
        late["recorded_at"] = json!("yesterday");
        assert_error(post(&app, "/api/attendance/batch", &host, json!({"marks": [late]})).await, 422, "validation_failed").await;
        assert_error(post(&app, "/api/attendance/batch", &host, json!({"marks": [mark(&dates[0], &amira, "late", 0)]})).await, 422, "validation_failed").await;
        // Someone else's session is not on this host's register.
        let others = text(&app, "SELECT o.id FROM occurrences o JOIN sessions s ON s.id = o.session_id JOIN programmes p ON p.id = s.programme_id WHERE p.kind = 'singing' LIMIT 1").await;
        assert_error(post(&app, "/api/attendance/batch", &host, json!({"marks": [mark(&others, &amira, "present", 0)]})).await, 422, "validation_failed").await;
        let too_many: Vec<Value> = (0..501).map(|_| mark(&dates[0], &amira, "present", 0)).collect();
        assert_error(post(&app, "/api/attendance/batch", &host, json!({"marks": too_many})).await, 422, "validation_failed").await;
        // Nothing of the refused batches was written.
        assert_eq!(count(&app, "SELECT COUNT(*) FROM attendance_marks").await, 0);
        let (mother, _) = app.login_demo("mother").await;
        assert_error(post(&app, "/api/attendance/batch", &mother, json!({"marks": []})).await, 403, "forbidden").await;
    }
}

db_test! {
    async fn attendance_moves_referrals_and_tells_the_referrer(app: TestApp) {
        let (referrer, _) = app.login_demo("referrer").await;
        let (host, _) = app.login_demo("host").await;
        // Amira's ESOL referral is booked; she comes to every date of the course.
        let referral = text(&app, "SELECT r.id FROM referrals r JOIN mothers m ON m.id = r.mother_id WHERE m.given_name = 'Amira'").await;
        let amira = text(&app, "SELECT id FROM mothers WHERE given_name = 'Amira'").await;
        let (_, dates) = esol_dates(&app).await;
        let n = dates.len() as i64;
        let first: Value = post(&app, "/api/attendance/batch", &host, json!({"marks": [mark(&dates[0], &amira, "present", n + 10)]})).await.json().await.unwrap();
        assert_eq!(outcomes(&first), ["applied"]);
        let view = get_json(&app, &format!("/api/referrals/{referral}"), &referrer).await;
        assert_eq!(view["status"], "attending");
        assert_eq!(count(&app, &format!("SELECT COUNT(*) FROM notifications WHERE kind = 'referral_first_attended' AND subject_id = '{referral}'")).await, 1);

        // Two absences in a row: did not attend, and the referrer is told.
        let misses = vec![mark(&dates[1], &amira, "absent", n + 5), mark(&dates[2], &amira, "absent", n + 4)];
        post(&app, "/api/attendance/batch", &host, json!({"marks": misses})).await;
        assert_eq!(get_json(&app, &format!("/api/referrals/{referral}"), &referrer).await["status"], "did_not_attend");
        assert_eq!(count(&app, &format!("SELECT COUNT(*) FROM notifications WHERE kind = 'referral_missed_twice' AND subject_id = '{referral}'")).await, 1);

        // She comes back, and comes to the rest: the course is completed.
        let rest: Vec<Value> = dates[3..].iter().enumerate().map(|(i, d)| mark(d, &amira, "present", n - i as i64)).collect();
        let body: Value = post(&app, "/api/attendance/batch", &host, json!({"marks": rest})).await.json().await.unwrap();
        assert!(outcomes(&body).iter().all(|o| *o == "applied"));
        let view = get_json(&app, &format!("/api/referrals/{referral}"), &referrer).await;
        assert_eq!(view["status"], "completed", "{view}");
        let moves: Vec<&str> = view["events"].as_array().unwrap().iter().map(|e| e["to"].as_str().unwrap()).collect();
        assert_eq!(moves, ["sent", "accepted", "booked", "attending", "did_not_attend", "attending", "completed"]);
        // Only one first-attendance notice, though she came back.
        assert_eq!(count(&app, &format!("SELECT COUNT(*) FROM notifications WHERE kind = 'referral_first_attended' AND subject_id = '{referral}'")).await, 1);

        // Her own history shows it, in her language.
        let (mother, _) = app.login_demo("mother").await;
        let history = get_json(&app, "/api/me/attendance", &mother).await;
        let entries = history["entries"].as_array().unwrap();
        assert_eq!(entries.len(), dates.len());
        assert_eq!(entries[0]["title"]["language"], "ar");
        assert!(entries.iter().any(|e| e["status"] == "absent"));
    }
}
