//! Screenings a course schedules: what a mother has due when she enrols, the
//! reminder she is sent once, the screening that does a point, who may read the
//! schedule, and that a reminder says nothing about her health.

use crate::helpers::{TestApp, assert_error, count, db_test, get_json, post_with_token as post};
use chrono::{Duration, NaiveDate};
use perilink_server::entity::{occurrence, session};
use perilink_server::service::screening_schedule::{REMINDER_TEMPLATE, remind_due};
use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder, Statement};
use serde_json::{Value, json};

fn today() -> NaiveDate {
    perilink_server::clock::london_today()
}

fn ymd(date: NaiveDate) -> String {
    date.format("%Y-%m-%d").to_string()
}

/// A demo singing course (scheduled: EPDS at baseline, week 6 and end) with a
/// place free, and the first and last dates of its term.
async fn scheduled_course(app: &TestApp) -> (String, NaiveDate, NaiveDate) {
    let db = &app.state.db;
    let rows = db
        .query_all_raw(Statement::from_string(
            db.get_database_backend(),
            "SELECT s.id FROM sessions s JOIN programmes p ON p.id = s.programme_id \
             WHERE p.kind = 'singing' AND p.format = 'course' AND s.capacity > s.enrolled \
             AND EXISTS (SELECT 1 FROM screening_schedules sc WHERE sc.session_id = s.id) ORDER BY s.id"
                .to_owned(),
        ))
        .await
        .unwrap();
    for row in rows {
        let id: String = row.try_get_by_index(0).unwrap();
        let term = session::Entity::find_by_id(id.as_str())
            .one(db)
            .await
            .unwrap()
            .unwrap();
        let dates: Vec<NaiveDate> = occurrence::Entity::find()
            .filter(occurrence::Column::SessionId.eq(id.as_str()))
            .filter(occurrence::Column::Cancelled.eq(false))
            .filter(occurrence::Column::Date.gte(term.starts_on))
            .filter(occurrence::Column::Date.lte(term.ends_on.unwrap()))
            .order_by_asc(occurrence::Column::Date)
            .all(db)
            .await
            .unwrap()
            .into_iter()
            .map(|o| o.date)
            .collect();
        if let (Some(first), Some(last)) = (dates.first(), dates.last())
            && *last >= today()
        {
            return (id, *first, *last);
        }
    }
    panic!("the demo has a scheduled singing course running now");
}

/// Enrols the demo mother on the course; returns her token and her record's id.
async fn enrol(app: &TestApp, session_id: &str) -> (String, String) {
    let (mother, _) = app.login_demo("mother").await;
    let booked = post(app, "/api/bookings", &mother, json!({"session_id": session_id})).await;
    assert_eq!(booked.status(), 201, "she enrols");
    let booked: Value = booked.json().await.unwrap();
    assert_eq!(booked["status"], "booked");
    let data = get_json(app, "/api/me/data", &mother).await;
    (mother, data["mother"]["id"].as_str().unwrap().to_owned())
}

/// The id of her due row for a course and point.
async fn due_id(app: &TestApp, mother_id: &str, session_id: &str, point: &str) -> String {
    crate::helpers::text(
        app,
        &format!("SELECT id FROM screening_due WHERE mother_id = '{mother_id}' AND session_id = '{session_id}' AND point = '{point}'"),
    )
    .await
}

db_test! {
    async fn enrolling_on_a_scheduled_course_derives_her_screenings_with_the_course_dates(app: TestApp) {
        let (session_id, first, last) = scheduled_course(&app).await;
        let (mother, mother_id) = enrol(&app, &session_id).await;
        assert_eq!(count(&app, &format!("SELECT COUNT(*) FROM screening_due WHERE mother_id = '{mother_id}' AND session_id = '{session_id}'")).await, 3, "one per point, at enrolment");
        // Her data download holds her schedule too.
        let data = get_json(&app, "/api/me/data", &mother).await;
        let scheduled = data["screening_schedule"]["points"].as_array().expect("her schedule in her data");
        assert_eq!(scheduled.iter().filter(|p| p["session_id"] == session_id.as_str()).count(), 3);

        // Baseline is due now: the course began days ago.
        let due = get_json(&app, "/api/me/screenings/due", &mother).await;
        let due = due.as_array().unwrap();
        assert_eq!(due.len(), 1, "{due:?}");
        assert_eq!(due[0]["instrument"], "epds");
        assert_eq!(due[0]["point"], "baseline");
        assert_eq!(due[0]["session_id"], session_id.as_str());
        assert_eq!(due[0]["due_from"], ymd(first - Duration::days(3)));
        assert_eq!(due[0]["due_until"], ymd(first + Duration::days(14)));
        assert!(!due[0]["course_title"].as_str().unwrap().is_empty());

        // Her referrer sees every point: baseline due, week 6 and the end to come.
        let (referrer, _) = app.login_demo("referrer").await;
        let schedule = get_json(&app, &format!("/api/screenings/schedule?mother_id={mother_id}"), &referrer).await;
        let points: Vec<(String, String, String)> = schedule["points"].as_array().unwrap().iter()
            .filter(|p| p["session_id"] == session_id.as_str())
            .map(|p| (p["point"].as_str().unwrap().to_owned(), p["due_on"].as_str().unwrap().to_owned(), p["status"].as_str().unwrap().to_owned()))
            .collect();
        assert_eq!(points, vec![
            ("baseline".to_owned(), ymd(first), "due".to_owned()),
            ("week6".to_owned(), ymd(first + Duration::days(42)), "upcoming".to_owned()),
            ("end".to_owned(), ymd(last), "upcoming".to_owned()),
        ]);
        assert_eq!(count(&app, &format!("SELECT COUNT(*) FROM audit_events WHERE action = 'screening.read' AND subject_id = '{mother_id}' AND detail = 'screening schedule'")).await, 1, "the read is audited");

        // The course's schedule is kept by its organisation's coordinators (the
        // demo has none for the singing charity) or an admin: PHQ-9 at baseline
        // only, and her points follow.
        let (coordinator, _) = app.login_demo("admin").await;
        let put = app.client.put(app.url(&format!("/api/directory/sessions/{session_id}/screening-schedule")))
            .bearer_auth(&coordinator).json(&json!({"instrument": "phq9", "points": ["baseline"]})).send().await.unwrap();
        assert_eq!(put.status(), 200);
        assert_eq!(get_json(&app, &format!("/api/directory/sessions/{session_id}/screening-schedule"), &coordinator).await, json!({"instrument": "phq9", "points": ["baseline"]}));
        let due = get_json(&app, "/api/me/screenings/due", &mother).await;
        assert_eq!(due[0]["instrument"], "phq9");
        assert_eq!(count(&app, &format!("SELECT COUNT(*) FROM screening_due WHERE mother_id = '{mother_id}' AND session_id = '{session_id}'")).await, 1);

        // Once she leaves the course, nothing is due.
        let booking_id = crate::helpers::text(&app, &format!("SELECT id FROM bookings WHERE mother_id = '{mother_id}' AND session_id = '{session_id}'")).await;
        let cancelled = app.client.post(app.url(&format!("/api/bookings/{booking_id}/cancel"))).bearer_auth(&mother).send().await.unwrap();
        assert!(cancelled.status().is_success());
        assert_eq!(get_json(&app, "/api/me/screenings/due", &mother).await, json!([]));
    }
}

db_test! {
    async fn a_reminder_is_queued_once_however_often_and_wherever_the_job_runs(app: TestApp) {
        let (session_id, _, _) = scheduled_course(&app).await;
        let (_, mother_id) = enrol(&app, &session_id).await;
        let due = due_id(&app, &mother_id, &session_id, "baseline").await;
        // A second pool on the same database, as a second server would have.
        let other = sea_orm::Database::connect(app.db.url.as_str()).await.unwrap();
        let db = &app.state.db;
        let (a, b) = tokio::join!(remind_due(db, today()), remind_due(&other, today()));
        a.unwrap();
        b.unwrap();
        remind_due(db, today()).await.unwrap();
        remind_due(&other, today()).await.unwrap();
        assert_eq!(count(&app, &format!("SELECT COUNT(*) FROM outbox WHERE subject_id = '{due}'")).await, 1, "queued exactly once");
        assert_eq!(crate::helpers::text(&app, &format!("SELECT template FROM outbox WHERE subject_id = '{due}'")).await, REMINDER_TEMPLATE);
        assert_eq!(crate::helpers::text(&app, &format!("SELECT recipient_mother_id FROM outbox WHERE subject_id = '{due}'")).await, mother_id);
        assert_eq!(crate::helpers::text(&app, &format!("SELECT language FROM outbox WHERE subject_id = '{due}'")).await, "ar", "in her language");
        assert_eq!(count(&app, &format!("SELECT COUNT(*) FROM screening_due WHERE id = '{due}' AND reminded_at IS NOT NULL")).await, 1);
        // Points whose window has not opened are not reminded.
        let week6 = due_id(&app, &mother_id, &session_id, "week6").await;
        assert_eq!(count(&app, &format!("SELECT COUNT(*) FROM outbox WHERE subject_id = '{week6}'")).await, 0);
        other.close().await.unwrap();
    }
}

db_test! {
    async fn a_screening_in_the_window_with_the_instrument_does_the_point(app: TestApp) {
        let (session_id, _, _) = scheduled_course(&app).await;
        let (mother, mother_id) = enrol(&app, &session_id).await;
        // Another instrument does not do it.
        let gad2: Value = post(&app, "/api/screenings", &mother, json!({"instrument": "gad2", "language": "ar", "answers": [0, 1]})).await.json().await.unwrap();
        assert_eq!(gad2["timepoint"], Value::Null);
        assert_eq!(get_json(&app, "/api/me/screenings/due", &mother).await.as_array().unwrap().len(), 1);
        // An EPDS now does, and is stamped with the course and point.
        let epds = post(&app, "/api/screenings", &mother, json!({"instrument": "epds", "language": "ar", "answers": [0, 0, 3, 0, 3, 3, 3, 3, 3, 3]})).await;
        assert_eq!(epds.status(), 201);
        let epds: Value = epds.json().await.unwrap();
        assert_eq!(epds["timepoint"], "baseline");
        let id = epds["id"].as_str().unwrap();
        assert_eq!(crate::helpers::text(&app, &format!("SELECT session_id FROM screenings WHERE id = '{id}'")).await, session_id);
        assert_eq!(get_json(&app, "/api/me/screenings/due", &mother).await, json!([]));
        let (referrer, _) = app.login_demo("referrer").await;
        let schedule = get_json(&app, &format!("/api/screenings/schedule?mother_id={mother_id}"), &referrer).await;
        let baseline = schedule["points"].as_array().unwrap().iter().find(|p| p["session_id"] == session_id.as_str() && p["point"] == "baseline").unwrap();
        assert_eq!(baseline["status"], "done");
        assert_eq!(baseline["screening_id"], id);
        // Done before the job ran: no reminder goes.
        remind_due(&app.state.db, today()).await.unwrap();
        let due = due_id(&app, &mother_id, &session_id, "baseline").await;
        assert_eq!(count(&app, &format!("SELECT COUNT(*) FROM outbox WHERE subject_id = '{due}'")).await, 0);
        // A second EPDS does nothing more: the point is done once.
        let again: Value = post(&app, "/api/screenings", &mother, json!({"instrument": "epds", "language": "ar", "answers": [0, 0, 3, 0, 3, 3, 3, 3, 3, 3]})).await.json().await.unwrap();
        assert_eq!(again["timepoint"], Value::Null);
    }
}

db_test! {
    async fn hosts_and_strangers_cannot_read_a_mothers_schedule_and_only_coordinators_set_one(app: TestApp) {
        let (session_id, _, _) = scheduled_course(&app).await;
        let (_, mother_id) = enrol(&app, &session_id).await;
        let (host, _) = app.login_demo("host").await;
        let (referrer, _) = app.login_demo("referrer").await;
        // An admin keeps the charity's course; her care organisation's coordinator
        // reads her schedule, the libraries' coordinator may do neither.
        let (coordinator, _) = app.login_demo("admin").await;
        let (care, _) = app.login_demo("care.coordinator").await;
        let (provider, _) = app.login_demo("coordinator").await;
        assert_error(app.get_with_token("/api/me/screenings/due", &host).await, 403, "forbidden").await;
        assert_error(app.get_with_token("/api/me/screenings/due", &referrer).await, 403, "forbidden").await;
        assert_error(app.get_with_token(&format!("/api/screenings/schedule?mother_id={mother_id}"), &host).await, 403, "forbidden").await;
        assert_error(app.get("/api/me/screenings/due").await, 401, "unauthorized").await;
        let other: Value = app.sign_up(&json!({"name": "Other", "phone": "07700 900777", "language": "en", "password": "a long enough passphrase"})).await.json().await.unwrap();
        let other = other["access_token"].as_str().unwrap();
        assert_error(app.get_with_token(&format!("/api/screenings/schedule?mother_id={mother_id}"), other).await, 404, "not_found").await;
        assert_eq!(get_json(&app, "/api/me/screenings/due", other).await, json!([]));
        assert_eq!(get_json(&app, &format!("/api/screenings/schedule?mother_id={mother_id}"), &care).await["points"].as_array().unwrap().len(), 3);
        assert_error(app.get_with_token(&format!("/api/screenings/schedule?mother_id={mother_id}"), &provider).await, 404, "not_found").await;

        let path = format!("/api/directory/sessions/{session_id}/screening-schedule");
        let put = |token: &str, body: Value| app.client.put(app.url(&path)).bearer_auth(token.to_owned()).json(&body).send();
        assert_error(put(&host, json!({"points": ["baseline"]})).await.unwrap(), 403, "forbidden").await;
        assert_error(put(&referrer, json!({"points": ["baseline"]})).await.unwrap(), 403, "forbidden").await;
        assert_error(put(&provider, json!({"points": ["baseline"]})).await.unwrap(), 403, "forbidden").await;
        assert_error(put(&coordinator, json!({"instrument": "k10", "points": ["baseline"]})).await.unwrap(), 422, "validation_failed").await;
        assert_error(put(&coordinator, json!({"points": ["week_7"]})).await.unwrap(), 422, "validation_failed").await;
        // An ongoing session has no start or end to screen at.
        let ongoing = crate::helpers::text(&app, "SELECT s.id FROM sessions s JOIN programmes p ON p.id = s.programme_id WHERE p.format = 'ongoing' ORDER BY s.id").await;
        let response = app.client.put(app.url(&format!("/api/directory/sessions/{ongoing}/screening-schedule"))).bearer_auth(&coordinator).json(&json!({"points": ["baseline"]})).send().await.unwrap();
        assert_error(response, 422, "validation_failed").await;
        let response = app.client.put(app.url("/api/directory/sessions/no-such-session/screening-schedule")).bearer_auth(&coordinator).json(&json!({"points": []})).send().await.unwrap();
        assert_error(response, 404, "not_found").await;
    }
}

db_test! {
    async fn a_reminder_names_no_health_detail_in_any_language(app: TestApp) {
        use perilink_server::service::outbox::render;
        let health_words = [
            "depress", "mental", "mood", "anxi", "score", "epds", "phq", "gad", "whooley", "screen",
            "harm", "suicid", "edinburgh", "postnatal", "wellbeing", "health",
        ];
        for language in ["en", "ar", "pl", "pt", "ro", "ckb", "fa", "ur", "bn", "so", "ti", "zh-Hans"] {
            let text = render(REMINDER_TEMPLATE, language, None).to_lowercase();
            assert!(text.contains("perilink"), "{text}");
            for word in health_words {
                assert!(!text.contains(word), "`{word}` in the reminder: {text}");
            }
        }
        // And what is queued for her names the template, never the instrument.
        let (session_id, _, _) = scheduled_course(&app).await;
        let (_, mother_id) = enrol(&app, &session_id).await;
        remind_due(&app.state.db, today()).await.unwrap();
        let template = crate::helpers::text(&app, &format!("SELECT template FROM outbox WHERE recipient_mother_id = '{mother_id}' AND template = '{REMINDER_TEMPLATE}'")).await;
        assert_eq!(template, REMINDER_TEMPLATE);
    }
}
