//! Outcome reports: figures checked against counts worked out by hand on a small
//! fixed dataset (the server started without demo data), the small-number rule at 4
//! and 5, CSV that parses back, the PRSB export as CSV and FHIR, who may read them,
//! and the demo's history giving every report real figures.

use crate::helpers::{Backend, Options, TestApp, assert_error, db_test};
use chrono::{DateTime, NaiveDate, TimeZone, Utc};
use perilink_shared::auth::Role;
use perilink_shared::report::{Column, Count, Figure, ReportTable, parse_csv};
use sea_orm::Value as Db;
use serde_json::Value;

/// Declares a test that runs on SQLite and PostgreSQL, each with a fresh database
/// holding only [`Fixture`]'s records (no demo data).
macro_rules! fixture_test {
    (async fn $name:ident($app:ident: TestApp, $fx:ident: Fixture) $body:block) => {
        mod $name {
            #[allow(unused_imports, reason = "whatever the test body uses")]
            use super::*;

            async fn run($app: TestApp) {
                let $fx = Fixture::insert(&$app).await;
                $body
            }

            #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
            async fn sqlite() {
                run(bare(Backend::Sqlite)
                    .await
                    .expect("SQLite is always available"))
                .await;
            }

            #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
            async fn postgres() {
                match bare(Backend::Postgres).await {
                    Some(app) => run(app).await,
                    None => eprintln!(
                        "SKIPPED {}::postgres: set PERILINK_TEST_POSTGRES_URL to run it",
                        stringify!($name)
                    ),
                }
            }
        }
    };
}

async fn bare(backend: Backend) -> Option<TestApp> {
    TestApp::spawn_with(
        backend,
        Options {
            demo: false,
            ..Options::default()
        },
    )
    .await
}

// ---------------------------------------------------------------------------------
// The fixture
// ---------------------------------------------------------------------------------

/// February 2026, when London is on UTC.
const FEBRUARY: &str = "from=2026-02-01&to=2026-02-28";

fn at(y: i32, m: u32, d: u32, h: u32, min: u32) -> DateTime<Utc> {
    Utc.with_ymd_and_hms(y, m, d, h, min, 0).unwrap()
}

fn day(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

async fn exec(app: &TestApp, sql: &str, values: Vec<Db>) {
    perilink_server::service::sql::exec(&app.state.db, sql, values)
        .await
        .unwrap_or_else(|e| panic!("{sql}: {e}"));
}

async fn insert(app: &TestApp, table: &str, columns: &str, rows: Vec<Vec<Db>>) {
    for row in rows {
        let marks = vec!["?"; row.len()].join(", ");
        exec(
            app,
            &format!("INSERT INTO {table} ({columns}) VALUES ({marks})"),
            row,
        )
        .await;
    }
}

/// Two programmes, seven mothers and what happened to them in February 2026 (and
/// around it, to be left out). The counts each test expects are worked out in its
/// comments.
///
/// - Singing, together (`P1`, kind singing) at "Hall, with commas" (`V1`), Mondays:
///   2, 9, 16 (cancelled), 23 February and 2 March.
/// - Rhymes (`P2`, kind rhyme time) at Library (`V2`): 4 and 11 February.
/// - Mothers M1–M5 speak Arabic (M1–M3 need an interpreter), M6 Polish, M7 English.
struct Fixture {
    coordinator: String,
    admin: String,
    other_coordinator: String,
    mother: String,
    referrer: String,
    host: String,
    p1: String,
    v1: String,
    /// The referral of M1 to P1.
    f1: String,
}

impl Fixture {
    async fn insert(app: &TestApp) -> Fixture {
        let id = |name: &str| format!("{name}-{}", uuid::Uuid::new_v4().simple());
        let now = at(2026, 1, 1, 9, 0);
        let (o1, o2) = (id("org"), id("org"));
        insert(
            app,
            "organisations",
            "id, name, kind, created_at",
            vec![
                vec![
                    o1.clone().into(),
                    "Funders' org".into(),
                    "charity".into(),
                    now.into(),
                ],
                vec![
                    o2.clone().into(),
                    "Elsewhere".into(),
                    "charity".into(),
                    now.into(),
                ],
            ],
        )
        .await;
        let user = |id: &str, role: &str, org: &str| -> Vec<Db> {
            vec![
                id.to_owned().into(),
                format!("{id}@test.example").into(),
                "!disabled".into(),
                role.into(),
                format!("Test {role}").into(),
                org.to_owned().into(),
                "en".into(),
                true.into(),
                now.into(),
            ]
        };
        let (coordinator, admin, other_coordinator) = (id("coordinator"), id("admin"), id("coordinator"));
        let (mother, referrer, host) = (id("mother"), id("referrer"), id("host"));
        insert(
            app,
            "users",
            "id, email, password_hash, role, display_name, organisation_id, language, active, created_at",
            vec![
                user(&coordinator, "coordinator", &o1),
                user(&admin, "admin", &o1),
                user(&other_coordinator, "coordinator", &o2),
                user(&mother, "mother", &o1),
                user(&referrer, "referrer", &o1),
                user(&host, "host", &o1),
            ],
        )
        .await;

        let (v1, v2) = (id("venue"), id("venue"));
        for (venue, name) in [(&v1, "Hall, with commas"), (&v2, "Library")] {
            insert(
                app,
                "venues",
                "id, organisation_id, name, address, town, postcode, lat, lon, step_free, buggy_space, baby_change, \
                 breastfeeding_welcome, owner_id, assured_at, created_at",
                vec![vec![
                    venue.clone().into(),
                    o1.clone().into(),
                    name.into(),
                    "1 Street".into(),
                    "Liverpool".into(),
                    "L8 1XF".into(),
                    53.4.into(),
                    (-2.9).into(),
                    true.into(),
                    true.into(),
                    true.into(),
                    true.into(),
                    coordinator.clone().into(),
                    now.into(),
                    now.into(),
                ]],
            )
            .await;
        }
        let (p1, p2) = (id("programme"), id("programme"));
        for (programme, kind, title) in [
            (&p1, "singing", "Singing, together"),
            (&p2, "rhyme_time", "Rhymes"),
        ] {
            insert(
                app,
                "programmes",
                "id, organisation_id, kind, for_pregnant, cost_pence, booking, format, owner_id, assured_at, created_at",
                vec![vec![
                    programme.clone().into(),
                    o1.clone().into(),
                    kind.into(),
                    false.into(),
                    0.into(),
                    "booking".into(),
                    "course".into(),
                    coordinator.clone().into(),
                    now.into(),
                    now.into(),
                ]],
            )
            .await;
            insert(
                app,
                "programme_translations",
                "programme_id, language, title, description",
                vec![vec![
                    programme.clone().into(),
                    "en".into(),
                    title.into(),
                    "Words.".into(),
                ]],
            )
            .await;
        }
        let (s1, s2) = (id("session"), id("session"));
        for (session, programme, venue, weekday) in [(&s1, &p1, &v1, 1), (&s2, &p2, &v2, 3)] {
            insert(
                app,
                "sessions",
                "id, programme_id, venue_id, host_id, frequency, weekday, start_time, end_time, starts_on, ends_on, \
                 languages, interpreter, owner_id, assured_at, created_at",
                vec![vec![
                    session.clone().into(),
                    programme.clone().into(),
                    venue.clone().into(),
                    host.clone().into(),
                    "weekly".into(),
                    weekday.into(),
                    "10:00".into(),
                    "11:00".into(),
                    day(2026, 1, 26).into(),
                    Some(day(2026, 3, 30)).into(),
                    "en".into(),
                    false.into(),
                    coordinator.clone().into(),
                    now.into(),
                    now.into(),
                ]],
            )
            .await;
        }

        // Mothers M1..M7 (index 1..=7; 0 is unused).
        let mut m = vec![String::new()];
        let languages = ["", "ar", "ar", "ar", "ar", "ar", "pl", "en"];
        let mut rows = Vec::new();
        for (i, language) in languages.iter().enumerate().skip(1) {
            let mother_id = id(&format!("m{i}"));
            rows.push(vec![
                mother_id.clone().into(),
                format!("Mother{i}").into(),
                (*language).into(),
                (i <= 3).into(),
                Some(day(2025, 12, 1)).into(),
                now.into(),
            ]);
            m.push(mother_id);
        }
        insert(
            app,
            "mothers",
            "id, given_name, language, interpreter_needed, baby_birth_date, created_at",
            rows,
        )
        .await;

        // Dates: (id, session, date, cancelled).
        let o = |name: &str| id(name);
        let (d1, d2, d3, d4, d5) = (o("o1"), o("o2"), o("o3"), o("o4"), o("o5"));
        let (q1, q2) = (o("q1"), o("q2"));
        let dates = [
            (&d1, &s1, day(2026, 2, 2), false),
            (&d2, &s1, day(2026, 2, 9), false),
            (&d3, &s1, day(2026, 2, 16), true),
            (&d4, &s1, day(2026, 2, 23), false),
            (&d5, &s1, day(2026, 3, 2), false),
            (&q1, &s2, day(2026, 2, 4), false),
            (&q2, &s2, day(2026, 2, 11), false),
        ];
        insert(
            app,
            "occurrences",
            "id, session_id, date, cancelled, booked",
            dates
                .iter()
                .map(|(i, s, d, c)| {
                    vec![
                        (*i).clone().into(),
                        (*s).clone().into(),
                        (*d).into(),
                        (*c).into(),
                        0.into(),
                    ]
                })
                .collect(),
        )
        .await;

        // Register marks: (date, mother, status).
        let marks: Vec<(&String, usize, &str)> = vec![
            (&d1, 1, "present"),
            (&d1, 2, "present"),
            (&d1, 3, "present"),
            (&d1, 4, "present"),
            (&d1, 5, "present"),
            (&d1, 6, "absent"),
            (&d2, 1, "present"),
            (&d2, 2, "present"),
            (&d2, 3, "present"),
            (&d2, 6, "apologies"),
            // A mark on the cancelled date is not counted.
            (&d3, 1, "present"),
            (&d4, 1, "present"),
            (&d4, 2, "present"),
            (&d4, 7, "present"),
            // March: outside the range.
            (&d5, 1, "present"),
            (&d5, 2, "present"),
            (&d5, 3, "present"),
            (&d5, 4, "present"),
            (&d5, 5, "present"),
            (&q1, 6, "present"),
            (&q1, 7, "present"),
        ];
        insert(
            app,
            "attendance",
            "id, occurrence_id, mother_id, status, recorded_at, recorded_by, received_at",
            marks
                .into_iter()
                .map(|(date, mother, status)| {
                    vec![
                        id("mark").into(),
                        date.clone().into(),
                        m[mother].clone().into(),
                        status.into(),
                        now.into(),
                        host.clone().into(),
                        now.into(),
                    ]
                })
                .collect(),
        )
        .await;

        // The waiting list: five waiting for P1 in February; one in March, one
        // cancelled and one booked, none of them counted.
        let bookings: Vec<(usize, &String, &str, DateTime<Utc>)> = vec![
            (3, &s1, "waiting", at(2026, 2, 10, 12, 0)),
            (4, &s1, "waiting", at(2026, 2, 10, 12, 5)),
            (5, &s1, "waiting", at(2026, 2, 10, 12, 10)),
            (6, &s1, "waiting", at(2026, 2, 11, 9, 0)),
            (7, &s1, "waiting", at(2026, 2, 12, 9, 0)),
            (1, &s2, "waiting", at(2026, 3, 5, 9, 0)),
            (2, &s2, "cancelled", at(2026, 2, 5, 9, 0)),
            (1, &s1, "booked", at(2026, 2, 1, 9, 0)),
        ];
        insert(
            app,
            "bookings",
            "id, mother_id, session_id, kind, status, created_at, updated_at",
            bookings
                .into_iter()
                .map(|(mother, session, status, when)| {
                    vec![
                        id("booking").into(),
                        m[mother].clone().into(),
                        session.clone().into(),
                        "enrolment".into(),
                        status.into(),
                        when.into(),
                        when.into(),
                    ]
                })
                .collect(),
        )
        .await;

        // Referrals: (name, mother, programme, session, created, moves after sent,
        // first attended).
        let consent = id("consent");
        insert(
            app,
            "consents",
            "id, mother_id, scopes, shared_with, contact, recorded_at, recorded_by",
            vec![vec![
                consent.clone().into(),
                m[1].clone().into(),
                "referral_reasons screening_to_care_team".into(),
                "hosts".into(),
                "sms".into(),
                now.into(),
                referrer.clone().into(),
            ]],
        )
        .await;
        let f1 = id("f1");
        type ReferralRow<'a> = (
            String,
            usize,
            &'a String,
            Option<&'a String>,
            DateTime<Utc>,
            Vec<&'a str>,
            Option<DateTime<Utc>>,
        );
        let referrals: Vec<ReferralRow> = vec![
            (
                f1.clone(),
                1,
                &p1,
                Some(&s1),
                at(2026, 2, 1, 10, 0),
                vec!["accepted", "booked", "attending"],
                Some(at(2026, 2, 2, 10, 0)),
            ),
            // The last minute of January: outside the range.
            (
                id("f2"),
                2,
                &p1,
                Some(&s1),
                at(2026, 1, 31, 23, 59),
                vec!["accepted"],
                None,
            ),
            (
                id("f3"),
                3,
                &p1,
                Some(&s1),
                at(2026, 2, 3, 10, 0),
                vec!["accepted", "booked", "attending", "completed"],
                Some(at(2026, 2, 9, 10, 0)),
            ),
            (
                id("f4"),
                4,
                &p1,
                Some(&s1),
                at(2026, 2, 5, 10, 0),
                vec!["accepted", "booked", "attending", "did_not_attend"],
                Some(at(2026, 2, 23, 10, 0)),
            ),
            (
                id("f5"),
                5,
                &p1,
                Some(&s1),
                at(2026, 2, 6, 10, 0),
                vec!["declined"],
                None,
            ),
            (
                id("f6"),
                6,
                &p1,
                Some(&s1),
                at(2026, 2, 7, 10, 0),
                vec!["accepted", "withdrawn"],
                None,
            ),
            // The last minute of February: inside.
            (id("f7"), 7, &p1, Some(&s1), at(2026, 2, 28, 23, 59), vec![], None),
            (
                id("f8"),
                6,
                &p2,
                Some(&s2),
                at(2026, 2, 10, 10, 0),
                vec!["accepted"],
                None,
            ),
            // Not yet placed at a session.
            (
                id("f9"),
                7,
                &p2,
                None,
                at(2026, 2, 12, 10, 0),
                vec!["accepted", "booked", "attending"],
                Some(at(2026, 2, 14, 10, 0)),
            ),
            (
                id("f10"),
                5,
                &p2,
                Some(&s2),
                at(2026, 2, 15, 10, 0),
                vec!["accepted", "booked", "attending"],
                Some(at(2026, 2, 18, 10, 0)),
            ),
        ];
        for (referral, mother, programme, session, created, moves, first) in referrals {
            let status = moves.last().copied().unwrap_or("sent");
            insert(
                app,
                "referrals",
                "id, mother_id, referrer_id, programme_id, session_id, consent_id, status, reasons, what_matters, \
                 created_at, updated_at, first_attended_at",
                vec![vec![
                    referral.clone().into(),
                    m[mother].clone().into(),
                    referrer.clone().into(),
                    programme.clone().into(),
                    session.cloned().into(),
                    consent.clone().into(),
                    status.into(),
                    "isolation low_mood_or_anxiety".into(),
                    Some("Singing, \"loudly\", with others".to_owned()).into(),
                    created.into(),
                    created.into(),
                    first.into(),
                ]],
            )
            .await;
            let mut from: Option<&str> = None;
            for (step, to) in std::iter::once("sent").chain(moves).enumerate() {
                insert(
                    app,
                    "referral_events",
                    "id, referral_id, from_status, to_status, actor, at",
                    vec![vec![
                        id("event").into(),
                        referral.clone().into(),
                        from.map(str::to_owned).into(),
                        to.into(),
                        "provider".into(),
                        (created + chrono::Duration::hours(step as i64)).into(),
                    ]],
                )
                .await;
                from = Some(to);
            }
        }

        // EPDS at P1's course (S1): (mother, timepoint, total, taken), and some
        // that do not count.
        type ScreeningRow<'a> = (usize, &'a str, &'a str, i32, Option<&'a String>, DateTime<Utc>);
        let screenings: Vec<ScreeningRow> = vec![
            (1, "epds", "baseline", 15, Some(&s1), at(2026, 2, 2, 10, 30)),
            // A retake: the first baseline counts.
            (1, "epds", "baseline", 18, Some(&s1), at(2026, 2, 3, 10, 30)),
            (1, "epds", "week6", 10, Some(&s1), at(2026, 2, 20, 10, 30)),
            (1, "epds", "end", 8, Some(&s1), at(2026, 3, 20, 10, 30)),
            (2, "epds", "baseline", 14, Some(&s1), at(2026, 2, 2, 10, 30)),
            (2, "epds", "week6", 10, Some(&s1), at(2026, 2, 20, 10, 30)),
            (3, "epds", "baseline", 13, Some(&s1), at(2026, 2, 2, 10, 30)),
            (3, "epds", "week6", 9, Some(&s1), at(2026, 2, 20, 10, 30)),
            (4, "epds", "baseline", 20, Some(&s1), at(2026, 2, 2, 10, 30)),
            (4, "epds", "week6", 15, Some(&s1), at(2026, 2, 20, 10, 30)),
            (5, "epds", "baseline", 11, Some(&s1), at(2026, 2, 2, 10, 30)),
            (5, "epds", "week6", 12, Some(&s1), at(2026, 2, 20, 10, 30)),
            (6, "epds", "baseline", 16, Some(&s1), at(2026, 2, 2, 10, 30)),
            (6, "epds", "week6", 11, Some(&s1), at(2026, 2, 20, 10, 30)),
            // A follow-up without a baseline, another instrument, and one not
            // scheduled by a course: none is paired.
            (7, "epds", "week6", 5, Some(&s1), at(2026, 2, 20, 10, 30)),
            (2, "phq9", "week6", 3, Some(&s1), at(2026, 2, 20, 10, 30)),
            (3, "epds", "week6", 2, None, at(2026, 2, 21, 10, 30)),
        ];
        insert(
            app,
            "screenings",
            "id, mother_id, instrument, instrument_version, language, language_validated, answers, item_scores, total, \
             band, urgent, administered_by, administered_as, session_id, timepoint, taken_at",
            screenings
                .into_iter()
                .map(|(mother, instrument, timepoint, total, session, taken)| {
                    vec![
                        id("screening").into(),
                        m[mother].clone().into(),
                        instrument.into(),
                        "v".into(),
                        "en".into(),
                        true.into(),
                        "".into(),
                        "".into(),
                        total.into(),
                        "none".into(),
                        false.into(),
                        referrer.clone().into(),
                        "referrer".into(),
                        session.cloned().into(),
                        Some(timepoint.to_owned()).into(),
                        taken.into(),
                    ]
                })
                .collect(),
        )
        .await;

        // Each account has a live sign-in, which the tokens name.
        for user in [
            &coordinator,
            &admin,
            &other_coordinator,
            &mother,
            &referrer,
            &host,
        ] {
            exec(
                app,
                "INSERT INTO sign_ins (id, user_id, created_at, last_used_at, user_agent, mfa, ended_at) VALUES (?, ?, ?, ?, NULL, TRUE, NULL)",
                vec![format!("test-sign-in-{user}").into(), user.clone().into(), now.into(), now.into()],
            )
            .await;
        }
        // The funders' organisation is both a provider (it runs P1 and P2) and a
        // care organisation (its referrer keeps these mothers on her caseload), so
        // its coordinator's export carries their screening change.
        exec(
            app,
            "UPDATE organisations SET provides_care = TRUE WHERE id = ?",
            vec![o1.clone().into()],
        )
        .await;
        exec(
            app,
            "INSERT INTO caseload (mother_id, user_id, added_at) SELECT DISTINCT mother_id, ?, ? FROM referrals",
            vec![referrer.clone().into(), now.into()],
        )
        .await;
        perilink_server::service::referrals::rank_caseloads(&app.state.db)
            .await
            .unwrap();

        Fixture {
            coordinator,
            admin,
            other_coordinator,
            mother,
            referrer,
            host,
            p1,
            v1,
            f1,
        }
    }
}

fn token(app: &TestApp, user: &str, role: Role) -> String {
    // Signed with the server's key, as a sign-in that passed two-factor.
    app.state
        .keys
        .issue(user, role, &format!("test-sign-in-{user}"), true)
        .expect("a token")
}

async fn table(app: &TestApp, token: &str, path: &str) -> ReportTable {
    let response = app.get_with_token(path, token).await;
    assert_eq!(response.status(), 200, "GET {path}");
    response.json().await.expect("a report table")
}

/// The figure in a column of the row with this key (and follow-up, if given).
fn cell(t: &ReportTable, key: &str, follow_up: Option<&str>, column: Column) -> Figure {
    let row = t
        .rows
        .iter()
        .chain(&t.totals)
        .find(|r| r.key == key && r.follow_up.map(|f| f.as_str()) == follow_up)
        .unwrap_or_else(|| panic!("a row {key} {follow_up:?} in {t:?}"));
    row.figure(&t.columns, column).expect("the column")
}

fn n(value: u64) -> Figure {
    Figure::Count(Count::of(value))
}

const HIDDEN: Figure = Figure::Value(None);
const SUPPRESSED: Figure = Figure::Count(Count::Suppressed);

fn value(v: f64) -> Figure {
    Figure::Value(Some(v))
}

// ---------------------------------------------------------------------------------
// Tests
// ---------------------------------------------------------------------------------

fixture_test! {
    async fn attendance_is_counted_per_programme_with_small_numbers_suppressed(app: TestApp, fx: Fixture) {
        let token = token(&app, &fx.coordinator, Role::Coordinator);
        let t = table(&app, &token, &format!("/api/reports/attendance?{FEBRUARY}")).await;
        assert_eq!((t.from.as_str(), t.to.as_str()), ("2026-02-01", "2026-02-28"));
        assert_eq!(t.group_by.as_str(), "programme");
        // P1: held on 2, 9 and 23 February (16th cancelled, 2 March out of range): 3.
        // Present: 5 + 3 + 3 = 11, by M1, M2, M3, M4, M5, M7: 6 mothers; M1 and M2
        // came three times. Waiting: M3 to M7 asked in February: 5.
        assert_eq!(cell(&t, &fx.p1, None, Column::SessionsHeld), SUPPRESSED);
        assert_eq!(cell(&t, &fx.p1, None, Column::Attendances), n(11));
        assert_eq!(cell(&t, &fx.p1, None, Column::Mothers), n(6));
        assert_eq!(cell(&t, &fx.p1, None, Column::Mothers3Plus), SUPPRESSED);
        assert_eq!(cell(&t, &fx.p1, None, Column::Waiting), n(5));
        let row = t.rows.iter().find(|r| r.key == fx.p1).unwrap();
        assert_eq!(row.label, "Singing, together");
        // P2: one date held (4 Feb; 11 Feb had no marks), 2 present, nobody waiting
        // in range (the March one and the cancelled one do not count).
        let p2 = t.rows.iter().find(|r| r.key != fx.p1).unwrap();
        assert_eq!(p2.label, "Rhymes");
        assert_eq!(p2.figures, vec![SUPPRESSED, SUPPRESSED, SUPPRESSED, n(0), n(0)]);
        // Everyone: 4 dates, 13 present, 7 mothers, 2 came three times, 5 waiting.
        assert_eq!(t.totals.len(), 1);
        assert_eq!(t.totals[0].key, "all");
        assert_eq!(t.totals[0].figures, vec![SUPPRESSED, n(13), n(7), SUPPRESSED, n(5)]);

        // By venue, the same groups under the venues' names.
        let t = table(&app, &token, &format!("/api/reports/attendance?group_by=venue&{FEBRUARY}")).await;
        assert_eq!(cell(&t, &fx.v1, None, Column::Attendances), n(11));
        assert_eq!(t.rows.iter().find(|r| r.key == fx.v1).unwrap().label, "Hall, with commas");
    }
}

fixture_test! {
    async fn the_equity_view_suppresses_four_and_shows_five(app: TestApp, fx: Fixture) {
        let token = token(&app, &fx.coordinator, Role::Coordinator);
        // Arabic (M1–M5): 5 + 3 + 2 present = 10, five mothers: 5 is shown.
        let t = table(&app, &token, &format!("/api/reports/attendance?group_by=language&{FEBRUARY}")).await;
        assert_eq!(cell(&t, "ar", None, Column::Attendances), n(10));
        assert_eq!(cell(&t, "ar", None, Column::Mothers), n(5));
        assert_eq!(cell(&t, "ar", None, Column::Waiting), SUPPRESSED);
        assert_eq!(cell(&t, "pl", None, Column::Mothers), SUPPRESSED);
        assert_eq!(t.rows.iter().map(|r| r.key.as_str()).collect::<Vec<_>>(), ["ar", "en", "pl"]);
        // No interpreter (M4–M7): four came, so "<5"; with one (M1–M3): three.
        let t = table(&app, &token, &format!("/api/reports/attendance?group_by=interpreter&{FEBRUARY}")).await;
        assert_eq!(cell(&t, "no", None, Column::Mothers), SUPPRESSED);
        assert_eq!(cell(&t, "yes", None, Column::Mothers), SUPPRESSED);
        // M1–M3 were present on 2 and 9 February, and M1 and M2 on the 23rd: 8.
        assert_eq!(cell(&t, "yes", None, Column::Attendances), n(8));
        // In JSON the suppressed count is the string "<5", the shown ones numbers.
        let raw: Value = app
            .get_with_token(&format!("/api/reports/attendance?group_by=language&{FEBRUARY}"), &token)
            .await
            .json()
            .await
            .unwrap();
        let arabic = raw["rows"].as_array().unwrap().iter().find(|r| r["key"] == "ar").unwrap();
        assert_eq!(arabic["figures"], serde_json::json!(["<5", 10, 5, "<5", "<5"]));
    }
}

fixture_test! {
    async fn referrals_are_counted_by_how_far_they_got(app: TestApp, fx: Fixture) {
        let token = token(&app, &fx.admin, Role::Admin);
        let t = table(&app, &token, &format!("/api/reports/referrals?{FEBRUARY}")).await;
        // In February: F1, F3–F10 (F2 was sent a minute before midnight on 31 January).
        // Accepted or further: F1, F3, F4, F6, F8, F9, F10 = 7; booked or further: F1,
        // F3, F4, F9, F10 = 5; came: the same 5; completed F3; declined F5; withdrawn
        // F6; did not attend F4.
        let totals = &t.totals[0].figures;
        assert_eq!(
            totals[..8],
            [n(9), n(7), n(5), n(5), SUPPRESSED, SUPPRESSED, SUPPRESSED, SUPPRESSED]
        );
        // 5 of 9 came; days from sent to first attendance 1, 6, 18, 2, 3: median 3.
        assert_eq!(cell(&t, "all", None, Column::AttendedPercent), value(55.6));
        assert_eq!(cell(&t, "all", None, Column::MedianDaysToAttend), value(3.0));
        // P1: F1, F3–F7 = 6 sent, 4 accepted, 3 came: the share and median are hidden.
        assert_eq!(cell(&t, &fx.p1, None, Column::Sent), n(6));
        assert_eq!(cell(&t, &fx.p1, None, Column::Accepted), SUPPRESSED);
        assert_eq!(cell(&t, &fx.p1, None, Column::AttendedPercent), HIDDEN);
        assert_eq!(cell(&t, &fx.p1, None, Column::MedianDaysToAttend), HIDDEN);
        // By venue, F9 has no session yet.
        let t = table(&app, &token, &format!("/api/reports/referrals?group_by=venue&{FEBRUARY}")).await;
        assert_eq!(cell(&t, &fx.v1, None, Column::Sent), n(6));
        assert_eq!(cell(&t, "unplaced", None, Column::Sent), SUPPRESSED);
        // By kind and language, the same totals.
        for group_by in ["kind", "language", "interpreter"] {
            let t = table(&app, &token, &format!("/api/reports/referrals?group_by={group_by}&{FEBRUARY}")).await;
            assert_eq!(t.totals[0].figures[0], n(9), "{group_by}");
        }
        let t = table(&app, &token, &format!("/api/reports/referrals?group_by=kind&{FEBRUARY}")).await;
        assert_eq!(cell(&t, "singing", None, Column::Sent), n(6));
        // A one-day range at the end of February holds only F7, sent at 23:59.
        let t = table(&app, &token, "/api/reports/referrals?from=2026-02-28&to=2026-02-28").await;
        assert_eq!(t.totals[0].figures[0], SUPPRESSED);
        let t = table(&app, &token, "/api/reports/referrals?from=2026-04-01&to=2026-04-30").await;
        assert_eq!(t.totals[0].figures[0], n(0));
        assert!(t.rows.is_empty());
    }
}

fixture_test! {
    async fn screening_change_pairs_each_baseline_with_its_follow_up(app: TestApp, fx: Fixture) {
        let token = token(&app, &fx.coordinator, Role::Coordinator);
        let t = table(&app, &token, &format!("/api/reports/screening?{FEBRUARY}")).await;
        // Week 6 in February, paired with the first baseline at S1: M1 15→10, M2
        // 14→10, M3 13→9, M4 20→15, M5 11→12, M6 16→11. Six paired; means 89/6 =
        // 14.8 and 67/6 = 11.2; change -22/6 = -3.7; five fell by 4 or more (83.3%);
        // five were 13 or more at baseline, of whom four (M1, M2, M3, M6) are now
        // below 13: "<5", and the share is hidden.
        let week6 = |c| cell(&t, &fx.p1, Some("week6"), c);
        assert_eq!(week6(Column::Paired), n(6));
        assert_eq!(week6(Column::MeanBaseline), value(14.8));
        assert_eq!(week6(Column::MeanFollowUp), value(11.2));
        assert_eq!(week6(Column::MeanChange), value(-3.7));
        assert_eq!(week6(Column::Fell4Plus), n(5));
        assert_eq!(week6(Column::Fell4PlusPercent), value(83.3));
        assert_eq!(week6(Column::ProbableAtBaseline), n(5));
        assert_eq!(week6(Column::LeftProbable), SUPPRESSED);
        assert_eq!(week6(Column::LeftProbablePercent), HIDDEN);
        assert_eq!(week6(Column::Unvalidated), n(0), "every score here is in a validated version");
        // M1's end-of-course screening is in March: no end row for February, and the
        // end totals say nobody.
        assert!(t.rows.iter().all(|r| r.follow_up.map(|f| f.as_str()) == Some("week6")));
        assert_eq!(cell(&t, "all", Some("end"), Column::Paired), n(0));
        assert_eq!(cell(&t, "all", Some("end"), Column::MeanChange), HIDDEN);
        // By language: Arabic (M1–M5) five paired, mean change -17/5 = -3.4; four fell
        // by 4 or more, so the share is hidden. Polish: one.
        let t = table(&app, &token, &format!("/api/reports/screening?group_by=language&{FEBRUARY}")).await;
        assert_eq!(cell(&t, "ar", Some("week6"), Column::Paired), n(5));
        assert_eq!(cell(&t, "ar", Some("week6"), Column::MeanChange), value(-3.4));
        assert_eq!(cell(&t, "ar", Some("week6"), Column::Fell4PlusPercent), HIDDEN);
        assert_eq!(cell(&t, "pl", Some("week6"), Column::Paired), SUPPRESSED);
        assert_eq!(cell(&t, "pl", Some("week6"), Column::MeanBaseline), HIDDEN);
        // Five baselines (M1–M5) in a translation nobody validated: their pairs are
        // counted apart, so funders read that change with care (hazard H10).
        exec(
            &app,
            "UPDATE screenings SET language_validated = FALSE WHERE timepoint = 'baseline' AND total IN (15, 14, 13, 20, 11)",
            vec![],
        )
        .await;
        let t = table(&app, &token, &format!("/api/reports/screening?{FEBRUARY}")).await;
        assert_eq!(cell(&t, &fx.p1, Some("week6"), Column::Unvalidated), n(5));
        assert_eq!(cell(&t, &fx.p1, Some("week6"), Column::Paired), n(6));
        // Into March, M1's end pairs too (15→8), one mother: suppressed.
        let t = table(&app, &token, "/api/reports/screening?from=2026-02-01&to=2026-03-31").await;
        assert_eq!(cell(&t, &fx.p1, Some("end"), Column::Paired), SUPPRESSED);
    }
}

fixture_test! {
    async fn csv_has_a_header_and_a_row_per_group_and_parses_back(app: TestApp, fx: Fixture) {
        let token = token(&app, &fx.coordinator, Role::Coordinator);
        let json = table(&app, &token, &format!("/api/reports/attendance?{FEBRUARY}")).await;
        for (path, accept) in [
            (format!("/api/reports/attendance?{FEBRUARY}"), Some("text/csv")),
            (format!("/api/reports/attendance?{FEBRUARY}&format=csv"), None),
        ] {
            let mut request = app.client.get(app.url(&path)).bearer_auth(&token);
            if let Some(accept) = accept {
                request = request.header("Accept", accept);
            }
            let response = request.send().await.unwrap();
            assert_eq!(response.status(), 200);
            assert_eq!(response.headers()["content-type"], "text/csv; charset=utf-8");
            let disposition = response.headers()["content-disposition"].to_str().unwrap().to_owned();
            assert!(disposition.starts_with("attachment; filename=\"perilink-attendance-"), "{disposition}");
            let text = response.text().await.unwrap();
            assert!(text.ends_with("\r\n") && text.contains("\"Singing, together\""), "{text}");
            let records = parse_csv(&text).unwrap();
            assert_eq!(
                records[0],
                ["key", "programme", "sessions_held", "attendances", "mothers", "mothers_3_plus", "waiting"]
            );
            assert_eq!(records.len(), 1 + json.rows.len() + json.totals.len());
            let p1 = records.iter().find(|r| r[0] == fx.p1).unwrap();
            assert_eq!(p1[1..], ["Singing, together", "<5", "11", "6", "<5", "5"]);
            assert_eq!(records.last().unwrap()[..4], ["all", "All", "<5", "13"]);
        }
        // The screening CSV names the follow-up and leaves hidden figures empty.
        let response = app
            .client
            .get(app.url(&format!("/api/reports/screening?group_by=language&format=csv&{FEBRUARY}")))
            .bearer_auth(&token)
            .send()
            .await
            .unwrap();
        let records = parse_csv(&response.text().await.unwrap()).unwrap();
        assert_eq!(records[0][..4], ["key", "language", "follow_up", "paired"]);
        let polish = records.iter().find(|r| r[0] == "pl").unwrap();
        assert_eq!(polish[2..5], ["week6", "<5", ""]);
        let arabic = records.iter().find(|r| r[0] == "ar").unwrap();
        assert_eq!(arabic[3..7], ["5", "14.6", "11.2", "-3.4"]);
    }
}

fixture_test! {
    async fn the_prsb_export_has_a_record_per_referral_as_csv_and_fhir(app: TestApp, fx: Fixture) {
        let token = token(&app, &fx.coordinator, Role::Coordinator);
        let response = app
            .get_with_token(&format!("/api/reports/prsb?{FEBRUARY}&format=csv"), &token)
            .await;
        assert_eq!(response.status(), 200);
        assert_eq!(response.headers()["content-type"], "text/csv; charset=utf-8");
        let records = parse_csv(&response.text().await.unwrap()).unwrap();
        let header = &records[0];
        for column in ["referral_id", "language", "interpreter_needed", "age_band", "reasons", "what_matters", "programme", "programme_kind", "attendances", "status", "status_changed_on", "epds_change"] {
            assert!(header.iter().any(|h| h == column), "{column} in {header:?}");
        }
        assert!(!header.iter().any(|h| h.contains("name")), "no names: {header:?}");
        assert_eq!(records.len(), 1 + 9, "the nine referrals made in February");
        let get = |row: &Vec<String>, column: &str| row[header.iter().position(|h| h == column).unwrap()].clone();
        let f1 = records.iter().find(|r| r[0] == fx.f1).unwrap();
        assert_eq!(get(f1, "language"), "ar");
        assert_eq!(get(f1, "interpreter_needed"), "yes");
        assert_eq!(get(f1, "perinatal_stage"), "baby_0_3_months");
        assert_eq!(get(f1, "reasons"), "isolation;low_mood_or_anxiety");
        assert_eq!(get(f1, "what_matters"), "Singing, \"loudly\", with others");
        assert_eq!(get(f1, "programme"), "Singing, together");
        assert_eq!(get(f1, "status"), "attending");
        // Present on 2, 9, 23 February and 2 March (not the cancelled 16th).
        assert_eq!(get(f1, "attendances"), "4");
        // The first baseline, 15; the latest follow-up, 8 at the end: -7.
        assert_eq!(get(f1, "epds_baseline"), "15");
        assert_eq!(get(f1, "epds_follow_up"), "8");
        assert_eq!(get(f1, "epds_follow_up_timepoint"), "end");
        assert_eq!(get(f1, "epds_change"), "-7");
        assert_eq!(get(f1, "first_attended_on"), "2026-02-02");

        // As FHIR: a ServiceRequest and its Task per referral.
        let response = app.get_with_token(&format!("/api/reports/prsb?{FEBRUARY}"), &token).await;
        assert_eq!(response.status(), 200);
        assert_eq!(response.headers()["content-type"], "application/fhir+json");
        let bundle: Value = response.json().await.unwrap();
        assert_eq!(bundle["resourceType"], "Bundle");
        assert_eq!(bundle["type"], "collection");
        let entries = bundle["entry"].as_array().unwrap();
        let requests: Vec<&Value> = entries
            .iter()
            .map(|e| &e["resource"])
            .filter(|r| r["resourceType"] == "ServiceRequest")
            .collect();
        assert_eq!(requests.len(), 9);
        assert_eq!(entries.len(), 18);
        let request = requests.iter().find(|r| r["id"] == fx.f1.as_str()).unwrap();
        assert_eq!(request["code"]["coding"][0]["system"], "http://snomed.info/sct");
        assert_eq!(request["code"]["coding"][0]["code"], "871731000000106");
        assert_eq!(request["subject"]["reference"], "#mother");
        let patient = &request["contained"][0];
        assert_eq!(patient["resourceType"], "Patient");
        assert!(patient.get("name").is_none(), "no name");
        let extension = patient["communication"][0]["extension"][0]["extension"].as_array().unwrap();
        assert!(extension.iter().any(|e| e["url"] == "interpreterRequired" && e["valueBoolean"] == true));
        let task = entries
            .iter()
            .map(|e| &e["resource"])
            .find(|r| r["resourceType"] == "Task" && r["focus"]["reference"] == format!("ServiceRequest/{}", fx.f1))
            .unwrap();
        assert_eq!(task["status"], "in-progress");
        let outputs = task["output"].as_array().unwrap();
        assert!(outputs.iter().any(|o| o["type"]["text"] == "attendances" && o["valueInteger"] == 4));
        assert!(outputs.iter().any(|o| o["valueInteger"] == -7));

        // A coordinator elsewhere sees none of these referrals; each export is audited.
        let elsewhere = self::token(&app, &fx.other_coordinator, Role::Coordinator);
        let none: Value = app.get_with_token(&format!("/api/reports/prsb?{FEBRUARY}"), &elsewhere).await.json().await.unwrap();
        assert_eq!(none["entry"].as_array().unwrap().len(), 0);
        let audited = perilink_server::service::sql::query(
            &app.state.db,
            "SELECT COUNT(*) FROM audit_events WHERE action = 'report.prsb_export'",
            vec![],
        )
        .await
        .unwrap()[0]
            .try_get_by_index::<i64>(0)
            .unwrap();
        assert_eq!(audited, 3);
    }
}

fixture_test! {
    async fn only_coordinators_and_admins_may_read_reports(app: TestApp, fx: Fixture) {
        let paths = [
            "/api/reports".to_owned(),
            format!("/api/reports/attendance?{FEBRUARY}"),
            format!("/api/reports/referrals?{FEBRUARY}&format=csv"),
            format!("/api/reports/prsb?{FEBRUARY}"),
        ];
        for (user, role) in [(&fx.coordinator, Role::Coordinator), (&fx.admin, Role::Admin)] {
            let token = token(&app, user, role);
            for path in &paths {
                assert_eq!(app.get_with_token(path, &token).await.status(), 200, "{role} {path}");
            }
        }
        for (user, role) in [(&fx.mother, Role::Mother), (&fx.referrer, Role::Referrer), (&fx.host, Role::Host)] {
            let token = token(&app, user, role);
            for path in &paths {
                assert_error(app.get_with_token(path, &token).await, 403, "forbidden").await;
            }
        }
        for path in &paths {
            assert_error(app.get(path).await, 401, "unauthorized").await;
        }
    }
}

fixture_test! {
    async fn bad_dates_groupings_formats_and_reports_are_refused(app: TestApp, fx: Fixture) {
        let token = token(&app, &fx.coordinator, Role::Coordinator);
        for path in [
            "/api/reports/attendance?from=2026-02-30",
            "/api/reports/attendance?from=yesterday",
            "/api/reports/attendance?to=2026/02/01",
            "/api/reports/attendance?from=2026-03-01&to=2026-02-01",
            "/api/reports/attendance?group_by=postcode",
            "/api/reports/attendance?format=xlsx",
            "/api/reports/prsb?format=json",
            "/api/reports/prsb?from=2026-02-31",
        ] {
            assert_error(app.get_with_token(path, &token).await, 422, "validation_failed").await;
        }
        assert_error(app.get_with_token("/api/reports/outcomes", &token).await, 404, "not_found").await;
        // The list names every report and how it can be had.
        let list: Value = app.get_with_token("/api/reports", &token).await.json().await.unwrap();
        let ids: Vec<&str> = list["reports"].as_array().unwrap().iter().map(|r| r["id"].as_str().unwrap()).collect();
        assert_eq!(ids, ["referrals", "attendance", "screening", "prsb"]);
        assert_eq!(list["reports"][0]["group_by"], serde_json::json!(["programme", "kind", "venue", "language", "interpreter"]));
        assert_eq!(list["reports"][3]["formats"], serde_json::json!(["fhir", "csv"]));
    }
}

db_test! {
    async fn the_demo_history_gives_every_report_real_figures(app: TestApp) {
        // An admin's reports cover the whole service (suppressed).
        let (coordinator, _) = app.login_demo("admin").await;
        for report in ["referrals", "attendance", "screening"] {
            for group_by in ["programme", "kind", "venue", "language", "interpreter"] {
                let t = table(&app, &coordinator, &format!("/api/reports/{report}?group_by={group_by}")).await;
                assert!(!t.rows.is_empty(), "{report} by {group_by}");
                let shown = t.totals.iter().flat_map(|r| &r.figures).any(|f| matches!(f, Figure::Count(Count::Exact(n)) if *n >= 5));
                assert!(shown, "{report} by {group_by} has totals of 5 or more: {t:?}");
            }
            // Some groups are big enough to show, some are suppressed.
            let t = table(&app, &coordinator, &format!("/api/reports/{report}?group_by=language")).await;
            assert!(t.rows.iter().flat_map(|r| &r.figures).any(|f| f.is_suppressed()), "{report}");
            let t = table(&app, &coordinator, &format!("/api/reports/{report}?group_by=venue")).await;
            assert!(t.rows.iter().any(|r| matches!(r.figures[0], Figure::Count(Count::Exact(n)) if n >= 5)), "{report}");
        }
        // The singing course's EPDS change is there, and so is a waiting list.
        let t = table(&app, &coordinator, "/api/reports/screening?group_by=kind").await;
        assert!(matches!(cell(&t, "singing", Some("week6"), Column::MeanChange), Figure::Value(Some(v)) if v < 0.0));
        assert!(matches!(cell(&t, "singing", Some("end"), Column::Fell4PlusPercent), Figure::Value(Some(_))));
        let t = table(&app, &coordinator, "/api/reports/attendance?group_by=kind").await;
        assert!(matches!(cell(&t, "esol", None, Column::Waiting), Figure::Count(Count::Exact(n)) if n >= 5));
        // The care organisation's PRSB export holds its mothers' past referrals with
        // their outcomes; an admin's holds them all, without screening totals.
        let (admin, _) = app.login_demo("admin").await;
        let all = parse_csv(&app.get_with_token("/api/reports/prsb?format=csv", &admin).await.text().await.unwrap()).unwrap();
        let change = all[0].iter().position(|h| h == "epds_change").unwrap();
        assert!(all.len() > 20 && all.iter().skip(1).all(|r| r[change].is_empty()));
        let (care, _) = app.login_demo("care.coordinator").await;
        let response = app.get_with_token("/api/reports/prsb?format=csv", &care).await;
        let records = parse_csv(&response.text().await.unwrap()).unwrap();
        let change = records[0].iter().position(|h| h == "epds_change").unwrap();
        assert!(records.len() > 20);
        assert!(records.iter().skip(1).any(|r| r[change].starts_with('-')));
    }
}
