//! A session that takes its dates from a partner's iCalendar (`.ics`) address
//! (issue 21, item 3): a stand-in calendar served here, read through the API, its
//! rules, exceptions, extra dates, time zones and cancellations turned into the
//! session's dates; a later reading that cancels a booked date, telling the
//! mother; a broken calendar that changes nothing; and the address and
//! organisation checks.

use crate::helpers::{Backend, TestApp, assert_error, count, db_test, get_json, post_with_token, text};
use axum::http::{HeaderMap, StatusCode, header};
use axum::response::IntoResponse;
use chrono::{Duration, NaiveDate};
use serde_json::{Value, json};
use std::collections::BTreeSet;
use std::sync::{Arc, Mutex};

/// A stand-in calendar: the body it serves now, with an ETag that changes with
/// it, and the `If-None-Match` of each request.
#[derive(Clone, Default)]
pub(crate) struct Calendar {
    body: Arc<Mutex<String>>,
    asked: Arc<Mutex<Vec<Option<String>>>>,
}

impl Calendar {
    pub(crate) fn set(&self, body: String) {
        *self.body.lock().unwrap() = body;
    }

    fn etag(body: &str) -> String {
        format!("\"{}-{}\"", body.len(), body.bytes().map(u64::from).sum::<u64>())
    }
}

async fn serve_calendar(
    axum::extract::State(c): axum::extract::State<Calendar>,
    headers: HeaderMap,
) -> axum::response::Response {
    // Asked for as a calendar, as a calendar server that serves several formats
    // requires; anything else is not acceptable.
    let accept = headers.get(header::ACCEPT).and_then(|v| v.to_str().ok());
    if !accept.is_some_and(|a| a.contains("text/calendar")) {
        return StatusCode::NOT_ACCEPTABLE.into_response();
    }
    let body = c.body.lock().unwrap().clone();
    let etag = Calendar::etag(&body);
    let sent = headers
        .get(header::IF_NONE_MATCH)
        .and_then(|v| v.to_str().ok())
        .map(str::to_owned);
    c.asked.lock().unwrap().push(sent.clone());
    if sent.as_deref() == Some(etag.as_str()) {
        return (StatusCode::NOT_MODIFIED, [(header::ETAG, etag)]).into_response();
    }
    (
        [
            (header::CONTENT_TYPE, "text/calendar".to_owned()),
            (header::ETAG, etag),
        ],
        body,
    )
        .into_response()
}

/// Serves a stand-in calendar on 127.0.0.1; its address.
pub(crate) async fn serve(calendar: &Calendar) -> String {
    let router = axum::Router::new()
        .route("/library/rhymes.ics", axum::routing::get(serve_calendar))
        .with_state(calendar.clone());
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let port = listener.local_addr().unwrap().port();
    tokio::spawn(async move { axum::serve(listener, router).await.unwrap() });
    format!("http://127.0.0.1:{port}/library/rhymes.ics")
}

fn today() -> NaiveDate {
    perilink_server::clock::london_today()
}

/// `today + days`, as iCalendar writes a date.
fn ics(days: i64) -> String {
    (today() + Duration::days(days)).format("%Y%m%d").to_string()
}

fn ymd(days: i64) -> String {
    (today() + Duration::days(days)).format("%Y-%m-%d").to_string()
}

pub(crate) fn wrap(events: &str) -> String {
    format!(
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Toxteth Library//Events//EN\r\n{events}END:VCALENDAR\r\n"
    )
}

/// A library's calendar: the weekly rhyme time (five weeks, less one week, plus
/// one extra date, with one week cancelled), an online one in New York's time, a
/// one-off in UTC, a cancelled one, and a knitting club that is not ours.
pub(crate) fn first_calendar() -> String {
    let series = format!(
        "BEGIN:VEVENT\r\nUID:rhymes@library\r\nSUMMARY:Baby Rhyme Time\r\n\
         DTSTART;TZID=Europe/London:{d}T103000\r\nDTEND;TZID=Europe/London:{d}T113000\r\n\
         RRULE:FREQ=WEEKLY;COUNT=5\r\nEXDATE;TZID=Europe/London:{x}T103000\r\n\
         RDATE;TZID=Europe/London:{r}T103000\r\nEND:VEVENT\r\n",
        d = ics(10),
        x = ics(17),
        r = ics(13),
    );
    let cancelled_instance = format!(
        "BEGIN:VEVENT\r\nUID:rhymes@library\r\nSUMMARY:Baby Rhyme Time\r\n\
         RECURRENCE-ID;TZID=Europe/London:{d}T103000\r\nDTSTART;TZID=Europe/London:{d}T103000\r\n\
         STATUS:CANCELLED\r\nEND:VEVENT\r\n",
        d = ics(31)
    );
    format!(
        "{series}{cancelled_instance}\
         BEGIN:VEVENT\r\nUID:online@library\r\nSUMMARY:Rhyme time online\r\n\
         DTSTART;TZID=America/New_York:{ny}T203000\r\nEND:VEVENT\r\n\
         BEGIN:VEVENT\r\nUID:special@library\r\nSUMMARY:Rhyme time special\r\nDTSTART:{utc}T120000Z\r\nEND:VEVENT\r\n\
         BEGIN:VEVENT\r\nUID:off@library\r\nSUMMARY:Rhyme time\r\nDTSTART;VALUE=DATE:{off}\r\nSTATUS:CANCELLED\r\nEND:VEVENT\r\n\
         BEGIN:VEVENT\r\nUID:knit@library\r\nSUMMARY:Knitting club\r\nDTSTART:{knit}T100000Z\r\nEND:VEVENT\r\n",
        ny = ics(15),
        utc = ics(17),
        off = ics(19),
        knit = ics(20),
    )
}

/// The same library a week later, its series now ending on a date (UNTIL): the
/// extra date and the last week gone, the week someone booked taken out, the
/// cancelled week back on, one new date.
fn second_calendar() -> String {
    format!(
        "BEGIN:VEVENT\r\nUID:rhymes@library\r\nSUMMARY:Baby Rhyme Time\r\n\
         DTSTART;TZID=Europe/London:{d}T103000\r\nRRULE:FREQ=WEEKLY;UNTIL={u}T235959Z\r\n\
         EXDATE;TZID=Europe/London:{x}T103000,{b}T103000\r\nRDATE;TZID=Europe/London:{n}T103000\r\nEND:VEVENT\r\n\
         BEGIN:VEVENT\r\nUID:online@library\r\nSUMMARY:Rhyme time online\r\n\
         DTSTART;TZID=America/New_York:{ny}T203000\r\nEND:VEVENT\r\n\
         BEGIN:VEVENT\r\nUID:special@library\r\nSUMMARY:Rhyme time special\r\nDTSTART:{utc}T120000Z\r\nEND:VEVENT\r\n\
         BEGIN:VEVENT\r\nUID:off@library\r\nSUMMARY:Rhyme time\r\nDTSTART;VALUE=DATE:{off}\r\nSTATUS:CANCELLED\r\nEND:VEVENT\r\n",
        d = ics(10),
        u = ics(31),
        x = ics(17),
        b = ics(24),
        n = ics(45),
        ny = ics(15),
        utc = ics(17),
        off = ics(19),
    )
}

/// The session's dates after today: those it meets on, and those cancelled.
/// (Today's, when the demo gave it one, is cancelled rather than taken away.)
pub(crate) async fn dates(app: &TestApp, session: &str) -> (BTreeSet<String>, BTreeSet<String>) {
    let rows = perilink_server::service::sql::query(
        &app.state.db,
        "SELECT date, cancelled FROM occurrences WHERE session_id = ? AND date > ?",
        vec![session.into(), today().into()],
    )
    .await
    .unwrap();
    let (mut meets, mut cancelled) = (BTreeSet::new(), BTreeSet::new());
    for row in rows {
        let date: NaiveDate = row.try_get_by_index(0).unwrap();
        let off: bool = row.try_get_by_index(1).unwrap();
        let date = date.format("%Y-%m-%d").to_string();
        if off {
            cancelled.insert(date);
        } else {
            meets.insert(date);
        }
    }
    (meets, cancelled)
}

pub(crate) fn set(days: &[i64]) -> BTreeSet<String> {
    days.iter().map(|d| ymd(*d)).collect()
}

async fn put(app: &TestApp, path: &str, token: &str, body: Value) -> reqwest::Response {
    app.client
        .put(app.url(path))
        .bearer_auth(token)
        .json(&body)
        .send()
        .await
        .unwrap()
}

/// The demo's rhyme time, run by the coordinator's organisation (the one checked
/// most lately, so listed), made bookable, with no date ahead cancelled.
pub(crate) async fn rhyme_time(app: &TestApp) -> String {
    let session = text(
        app,
        "SELECT s.id FROM sessions s JOIN programmes p ON p.id = s.programme_id \
         WHERE p.kind = 'rhyme_time' AND p.organisation_id = \
         (SELECT organisation_id FROM users WHERE email = 'coordinator@demo.perilink.test') \
         ORDER BY s.assured_at DESC, s.id LIMIT 1",
    )
    .await;
    let db = &app.state.db;
    perilink_server::service::sql::exec(
        db,
        "UPDATE programmes SET booking = 'booking' WHERE id = (SELECT programme_id FROM sessions WHERE id = ?)",
        vec![session.clone().into()],
    )
    .await
    .unwrap();
    // No date ahead cancelled by hand (the demo cancels bank holidays), so that
    // every cancelled date below is the calendar's or the test's own.
    perilink_server::service::sql::exec(
        db,
        "UPDATE occurrences SET cancelled = FALSE WHERE session_id = ? AND date > ?",
        vec![session.clone().into(), today().into()],
    )
    .await
    .unwrap();
    perilink_server::directory::bump_version(db).await.unwrap();
    app.state.directory.refresh(db).await.unwrap();
    session
}

async fn read_now(app: &TestApp, token: &str, session: &str) -> Value {
    let read = post_with_token(
        app,
        &format!("/api/directory/sessions/{session}/calendar/read"),
        token,
        json!({}),
    )
    .await;
    assert_eq!(read.status(), 200, "the calendar is read");
    read.json().await.unwrap()
}

db_test! {
    async fn a_session_takes_its_dates_from_a_calendar_and_keeps_in_step_with_it(app: TestApp) {
        let (coordinator, _) = app.login_demo("coordinator").await;
        let session = rhyme_time(&app).await;
        let calendar = Calendar::default();
        calendar.set(wrap(&first_calendar()));
        let url = serve(&calendar).await;
        let path = format!("/api/directory/sessions/{session}/calendar");
        assert_eq!(get_json(&app, &path, &coordinator).await["calendar"], Value::Null);

        let attached = put(&app, &path, &coordinator, json!({"url": url, "words": "rhyme time"})).await;
        assert_eq!(attached.status(), 200);
        let attached: Value = attached.json().await.unwrap();
        assert_eq!(attached["url"], url.as_str());
        assert_eq!(attached["last_reading"], Value::Null, "not read yet");

        // RRULE with COUNT, less EXDATE, plus RDATE; New York's 20:30 is the next
        // day in London; the cancelled instance and the cancelled event cancel
        // their dates; the knitting club is not ours.
        let read = read_now(&app, &coordinator, &session).await;
        let reading = &read["last_reading"];
        assert_eq!(reading["problem"], Value::Null, "{read}");
        assert_eq!(reading["dates"], 6, "{read}");
        let (meets, cancelled) = dates(&app, &session).await;
        assert_eq!(meets, set(&[10, 13, 16, 17, 24, 38]));
        assert_eq!(cancelled, set(&[19, 31]));
        assert_eq!(
            count(&app, &format!("SELECT COUNT(*) FROM audit_events WHERE action = 'directory.calendar_read' AND subject_id = '{session}'")).await,
            1,
            "the reading is in the audit log"
        );
        // Mothers see the calendar's dates.
        let page: Value = app.get(&format!("/api/sessions/{session}")).await.json().await.unwrap();
        assert!(page.to_string().contains(&ymd(13)), "the extra date is listed: {page}");

        // An unchanged calendar costs a 304 and changes nothing.
        let again = read_now(&app, &coordinator, &session).await;
        assert_eq!(again["last_reading"]["problem"], Value::Null);
        assert_eq!(again["last_reading"]["added"], 0);
        assert!(calendar.asked.lock().unwrap().last().unwrap().is_some(), "it sent the ETag");
        assert_eq!(dates(&app, &session).await, (meets.clone(), cancelled.clone()));

        // She cancels one of its dates by hand in the session form, and keeps
        // the calendar's: the form does not re-make the dates from the weekday.
        let listed = get_json(&app, "/api/directory/sessions", &coordinator).await;
        let mine = listed["sessions"].as_array().unwrap().iter().find(|s| s["id"] == session.as_str()).unwrap().clone();
        let mut input = json!({});
        for key in ["programme_id", "venue_id", "host_id", "frequency", "weekday", "start_time", "end_time",
                    "starts_on", "ends_on", "capacity", "languages", "interpreter_languages", "translations"] {
            input[key] = mine[key].clone();
        }
        let mut hers: Vec<String> = mine["cancelled_dates"].as_array().unwrap().iter().map(|d| d.as_str().unwrap().to_owned()).collect();
        hers.push(ymd(16));
        input["cancelled_dates"] = json!(hers);
        let saved = put(&app, &format!("/api/directory/sessions/{session}"), &coordinator, input).await;
        assert_eq!(saved.status(), 200, "{}", saved.text().await.unwrap());
        let (meets, cancelled) = dates(&app, &session).await;
        assert_eq!(meets, set(&[10, 13, 17, 24, 38]));
        assert_eq!(cancelled, set(&[16, 19, 31]));

        // A mother books the date the calendar will take out.
        let (mother, _) = app.login_demo("mother").await;
        let occurrence = text(&app, &format!("SELECT id FROM occurrences WHERE session_id = '{session}' AND date = '{}'", ymd(24))).await;
        let booked = post_with_token(&app, "/api/bookings", &mother, json!({"occurrence_id": occurrence})).await;
        assert_eq!(booked.status(), 201, "{}", booked.text().await.unwrap());
        let mother_user = text(&app, "SELECT id FROM users WHERE email = 'mother@demo.perilink.test'").await;

        // The next reading: dates gone that nobody booked are taken away, the
        // booked one is cancelled (kept, with its booking) and she is told, the
        // week the calendar had cancelled is back, the new date is added, and her
        // own cancellation stands.
        calendar.set(wrap(&second_calendar()));
        let read = read_now(&app, &coordinator, &session).await;
        let reading = &read["last_reading"];
        assert_eq!(reading["problem"], Value::Null, "{read}");
        assert_eq!((reading["added"].as_u64(), reading["cancelled"].as_u64(), reading["told"].as_u64()),
                   (Some(2), Some(3), Some(1)), "{read}");
        let (meets, cancelled) = dates(&app, &session).await;
        assert_eq!(meets, set(&[10, 17, 31, 45]));
        assert_eq!(cancelled, set(&[16, 19, 24]));
        assert_eq!(count(&app, &format!("SELECT COUNT(*) FROM bookings WHERE occurrence_id = '{occurrence}'")).await, 1,
                   "the booked date is cancelled, never deleted");
        assert_eq!(
            count(&app, &format!("SELECT COUNT(*) FROM notifications WHERE user_id = '{mother_user}' AND kind = 'session_date_cancelled'")).await,
            1,
            "she is told in the app"
        );
        assert_eq!(
            count(&app, "SELECT COUNT(*) FROM outbox WHERE template = 'session_date_cancelled'").await,
            1,
            "and by a message"
        );

        // A broken calendar is reported in plain words and changes nothing.
        let before = dates(&app, &session).await;
        for broken in ["<html><body>Page not found</body></html>".to_owned(),
                       "BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nnot a line at all\r\n".to_owned(),
                       wrap("BEGIN:VEVENT\r\nUID:z\r\nSUMMARY:Rhyme time\r\nDTSTART;TZID=Nowhere/Atlantis:20270105T100000\r\nEND:VEVENT\r\n")] {
            calendar.set(broken);
            let read = read_now(&app, &coordinator, &session).await;
            assert_eq!(read["last_reading"]["problem"], "not_calendar", "{read}");
            assert!(read["last_reading"]["detail"].as_str().is_some_and(|d| !d.is_empty()), "{read}");
            assert_eq!(dates(&app, &session).await, before, "nothing changed");
        }
        calendar.set(wrap("BEGIN:VEVENT\r\nUID:k\r\nSUMMARY:Knitting club\r\nDTSTART:20270105T100000Z\r\nEND:VEVENT\r\n"));
        let read = read_now(&app, &coordinator, &session).await;
        assert_eq!(read["last_reading"]["problem"], "no_events", "{read}");
        assert_eq!(dates(&app, &session).await, before, "a calendar with none of ours cancels nothing");

        // She stops taking dates from it; they stay as they are.
        let stopped = app.client.delete(app.url(&path)).bearer_auth(&coordinator).send().await.unwrap();
        assert_eq!(stopped.status(), 204);
        assert_eq!(get_json(&app, &path, &coordinator).await["calendar"], Value::Null);
        assert_eq!(dates(&app, &session).await, before);
    }
}

db_test! {
    async fn another_organisations_session_is_not_hers_to_give_a_calendar(app: TestApp) {
        let (coordinator, _) = app.login_demo("coordinator").await;
        let theirs = text(
            &app,
            "SELECT s.id FROM sessions s JOIN programmes p ON p.id = s.programme_id \
             WHERE p.organisation_id <> (SELECT organisation_id FROM users WHERE email = 'coordinator@demo.perilink.test') \
             ORDER BY s.id LIMIT 1",
        )
        .await;
        let path = format!("/api/directory/sessions/{theirs}/calendar");
        let body = json!({"url": "https://calendar.example.org/x.ics"});
        assert_error(put(&app, &path, &coordinator, body.clone()).await, 403, "forbidden").await;
        assert_error(app.get_with_token(&path, &coordinator).await, 403, "forbidden").await;
        let read = post_with_token(&app, &format!("{path}/read"), &coordinator, json!({})).await;
        assert_error(read, 403, "forbidden").await;
        let none = put(&app, "/api/directory/sessions/no-such-session/calendar", &coordinator, body).await;
        assert_error(none, 404, "not_found").await;
        assert_eq!(count(&app, "SELECT COUNT(*) FROM calendar_imports").await, 0);
        // A mother may not touch one at all.
        let (mother, _) = app.login_demo("mother").await;
        let mine = rhyme_time(&app).await;
        let refused = put(&app, &format!("/api/directory/sessions/{mine}/calendar"), &mother,
                          json!({"url": "https://calendar.example.org/x.ics"})).await;
        assert_error(refused, 403, "forbidden").await;
        // An address that is not a web address is refused in plain words.
        for bad in ["not an address", "ftp://calendar.example.org/x.ics", "https://user:pw@example.org/x.ics"] {
            let refused = put(&app, &format!("/api/directory/sessions/{mine}/calendar"), &coordinator, json!({"url": bad})).await;
            assert_error(refused, 422, "validation_failed").await;
        }
    }
}

/// With the address check on (`PERILINK_FEEDS_ALLOW_PRIVATE` unset), a calendar
/// on a loopback or private address is refused, as a feed is.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_calendar_on_a_private_address_is_refused() {
    let options = crate::helpers::Options {
        feeds_allow_private: false,
        ..crate::helpers::Options::default()
    };
    let app = TestApp::spawn_with(Backend::Sqlite, options).await.unwrap();
    let (coordinator, _) = app.login_demo("coordinator").await;
    let session = rhyme_time(&app).await;
    let calendar = Calendar::default();
    calendar.set(wrap(&first_calendar()));
    let local = serve(&calendar).await;
    let path = format!("/api/directory/sessions/{session}/calendar");
    for bad in [
        local.clone(),
        local.replace("127.0.0.1", "localhost"),
        "webcal://192.168.1.20/rhymes.ics".to_owned(),
        "http://169.254.169.254/latest/meta-data".to_owned(),
        "http://[::1]/rhymes.ics".to_owned(),
    ] {
        let refused = put(&app, &path, &coordinator, json!({"url": bad})).await;
        let body = assert_error(refused, 422, "feed_address_refused").await;
        assert!(
            body["error"]["message"]
                .as_str()
                .unwrap()
                .contains("private or local network address"),
            "{bad}: {body}"
        );
    }
    assert!(
        calendar.asked.lock().unwrap().is_empty(),
        "nothing was asked of it"
    );
    assert_eq!(count(&app, "SELECT COUNT(*) FROM calendar_imports").await, 0);
}

/// Waits (a little) until the calendar has been asked for `n` times and no
/// reading holds it: the server's own job may be the one reading it.
async fn wait_for_readings(app: &TestApp, calendar: &Calendar, session: &str, n: usize) {
    let idle = format!(
        "SELECT COUNT(*) FROM calendar_imports WHERE session_id = '{session}' AND reading_since IS NULL AND last_read_at IS NOT NULL"
    );
    for _ in 0..100 {
        if calendar.asked.lock().unwrap().len() >= n && count(app, &idle).await == 1 {
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
    assert_eq!(
        calendar.asked.lock().unwrap().len(),
        n,
        "readings of the calendar"
    );
    assert_eq!(count(app, &idle).await, 1, "no reading holds the calendar");
}

/// The scheduled job keeps a session in step with its calendar on its own, as it
/// keeps feeds: read as soon as it is given, then not again until a day has
/// passed, when the calendar's changes arrive.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_daily_job_reads_a_calendar_when_due_and_not_before() {
    use perilink_server::service::calendar_import::run_due;
    let app = TestApp::spawn(Backend::Sqlite).await.unwrap();
    let (coordinator, _) = app.login_demo("coordinator").await;
    let session = rhyme_time(&app).await;
    let calendar = Calendar::default();
    calendar.set(wrap(&first_calendar()));
    let url = serve(&calendar).await;
    let path = format!("/api/directory/sessions/{session}/calendar");
    let given = put(
        &app,
        &path,
        &coordinator,
        json!({"url": url, "words": "rhyme time"}),
    )
    .await;
    assert_eq!(given.status(), 200);
    let job = || run_due(&app.state.db, &app.state.directory, &app.state.feeds);

    // Due at once.
    job().await.unwrap();
    wait_for_readings(&app, &calendar, &session, 1).await;
    assert_eq!(dates(&app, &session).await.0, set(&[10, 13, 16, 17, 24, 38]));
    let state = get_json(&app, &path, &coordinator).await;
    assert_eq!(
        state["calendar"]["last_reading"]["problem"],
        Value::Null,
        "{state}"
    );
    let next: chrono::DateTime<chrono::Utc> = state["calendar"]["next_read_at"]
        .as_str()
        .unwrap()
        .parse()
        .unwrap();
    let in_a_day = next - chrono::Utc::now();
    assert!(
        in_a_day > Duration::hours(23) && in_a_day <= Duration::hours(24),
        "read again in a day, not {in_a_day}"
    );

    // The library changes its calendar: not read again before it is due.
    calendar.set(wrap(&second_calendar()));
    assert_eq!(job().await.unwrap(), 0);
    wait_for_readings(&app, &calendar, &session, 1).await;
    assert!(!dates(&app, &session).await.0.contains(&ymd(45)));

    // A day later the job reads it, and the session follows.
    perilink_server::service::sql::exec(
        &app.state.db,
        "UPDATE calendar_imports SET next_run_at = ? WHERE session_id = ?",
        vec![
            (chrono::Utc::now() - Duration::minutes(1)).into(),
            session.clone().into(),
        ],
    )
    .await
    .unwrap();
    job().await.unwrap();
    wait_for_readings(&app, &calendar, &session, 2).await;
    let (meets, _) = dates(&app, &session).await;
    assert!(meets.contains(&ymd(45)), "the calendar's new date: {meets:?}");
    assert!(!meets.contains(&ymd(38)), "the date it dropped: {meets:?}");
}
