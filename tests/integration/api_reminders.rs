//! The day-before reminder (issue 16): a place booked for tomorrow is reminded
//! once, the afternoon before, in her language, with the time and the venue and
//! nothing about what the session is; however many servers run the job.

use crate::helpers::db_test;
use chrono::{DateTime, Duration, NaiveDate, Utc};
use perilink_server::service::reminders::remind_tomorrow;
use perilink_server::service::sql;
use serde_json::{Value, json};

/// `hour`:30 UTC on the day before `date`.
fn day_before(date: NaiveDate, hour: u32) -> DateTime<Utc> {
    (date - Duration::days(1))
        .and_hms_opt(hour, 30, 0)
        .unwrap()
        .and_utc()
}

db_test! {
    async fn a_place_booked_for_tomorrow_is_reminded_once_the_afternoon_before_in_her_language(app: TestApp) {
        let signed_up: Value = app
            .sign_up(&json!({"name": "Reem", "phone": "07700 900321", "language": "ar", "password": "a good long password"}))
            .await
            .json()
            .await
            .unwrap();
        let token = signed_up["access_token"].as_str().unwrap();
        // She books the money advice session's next two dates.
        let found: Value = app.get("/api/sessions?kind=advice&per_page=2").await.json().await.unwrap();
        let mut bookings = Vec::new();
        for session in found["results"].as_array().unwrap() {
            let booked = app
                .client
                .post(app.url("/api/bookings"))
                .bearer_auth(token)
                .json(&json!({"occurrence_id": session["occurrence_id"]}))
                .send()
                .await
                .unwrap();
            assert!(booked.status().is_success(), "{}", booked.status());
            bookings.push(booked.json::<Value>().await.unwrap());
        }
        let date_of = |session: &Value| NaiveDate::parse_from_str(session["date"].as_str().unwrap(), "%Y-%m-%d").unwrap();
        let (session, booking) = (&found["results"][0], &bookings[0]);
        let date = date_of(session);
        let mother_id: String = sql::query(&app.state.db, "SELECT mother_id FROM bookings WHERE id = ?", vec![booking["id"].as_str().unwrap().into()])
            .await
            .unwrap()[0]
            .try_get_by_index(0)
            .unwrap();
        let hers = || async {
            sql::query(
                &app.state.db,
                "SELECT id FROM outbox WHERE template = 'session_reminder' AND recipient_mother_id = ?",
                vec![mother_id.clone().into()],
            )
            .await
            .unwrap()
            .into_iter()
            .map(|row| row.try_get_by_index::<String>(0).unwrap())
            .collect::<Vec<_>>()
        };
        let db = &app.state.db;

        // Not in the morning, and not in quiet hours.
        remind_tomorrow(db, day_before(date, 9)).await.unwrap();
        remind_tomorrow(db, day_before(date, 22)).await.unwrap();
        assert!(hers().await.is_empty(), "no reminder before the afternoon, nor at night");

        // Two servers at once, then again an hour later: one reminder.
        let (a, b) = tokio::join!(remind_tomorrow(db, day_before(date, 15)), remind_tomorrow(db, day_before(date, 15)));
        assert!(a.unwrap() + b.unwrap() >= 1);
        assert_eq!(remind_tomorrow(db, day_before(date, 16)).await.unwrap(), 0);
        let reminders = hers().await;
        assert_eq!(reminders.len(), 1, "exactly one reminder");

        // Delivered in Arabic: the time in her digits, the venue, nothing of the
        // session. (Queued for the test's afternoon, days ahead: brought forward.)
        sql::exec(db, "UPDATE outbox SET available_at = ? WHERE id = ?", vec![(Utc::now() - Duration::minutes(1)).into(), reminders[0].clone().into()])
            .await
            .unwrap();
        let deadline = std::time::Instant::now() + std::time::Duration::from_secs(20);
        let message = loop {
            if let Some(message) = app.sent.sent(&reminders[0]) {
                break message;
            }
            assert!(std::time::Instant::now() < deadline, "the reminder was not sent");
            tokio::time::sleep(std::time::Duration::from_millis(100)).await;
        };
        let start: String = session["start_time"].as_str().unwrap().chars().take(5).collect();
        let arabic_time: String = start
            .chars()
            .map(|c| c.to_digit(10).map_or(c, |d| char::from_u32(0x0660 + d).unwrap()))
            .collect();
        assert_eq!(message.language, "ar");
        assert!(message.text.contains("غدًا") && message.text.contains(&arabic_time), "{}", message.text);
        assert!(message.text.contains(session["venue"]["name"].as_str().unwrap()), "{}", message.text);
        assert!(!message.text.contains(session["title"]["text"].as_str().unwrap()), "{}", message.text);

        // The second date, given up before its afternoon, is not reminded.
        let next = date_of(&found["results"][1]);
        assert!(next > date);
        let cancel = app
            .client
            .post(app.url(&format!("/api/bookings/{}/cancel", bookings[1]["id"].as_str().unwrap())))
            .bearer_auth(token)
            .send()
            .await
            .unwrap();
        assert!(cancel.status().is_success());
        remind_tomorrow(db, day_before(next, 15)).await.unwrap();
        assert_eq!(hers().await.len(), 1);
    }
}
