//! The large, realistic directory and history `scripts/bench` measures against
//! (through `perilink-bench-seed`), added to a database that already holds the
//! demo. The Open Referral feed's tests seed the directory at a small scale too.
//!
//! At scale 1.0: 200 venues, 2,000 programmes, 20,000 sessions with 500,000
//! occurrences over a year, 50,000 mothers, 2,000,000 attendance marks and 200,000
//! screenings. Ids are UUID-shaped and the generator is seeded, so every run seeds
//! the same rows; listings were last checked a month before the day of the seed.

use chrono::{Duration, Utc};
use sea_orm::{ConnectionTrait, DatabaseConnection, DbErr, Statement, TransactionTrait};
use std::time::Instant;

const POSTCODES: &str = include_str!("../data/postcodes/cheshire-merseyside-postcodes.csv");
const KINDS: [&str; 6] = [
    "esol",
    "rhyme_time",
    "singing",
    "breastfeeding_support",
    "advice",
    "other",
];
const LANGUAGES: [&str; 12] = [
    "en", "ar", "pl", "pt", "ro", "ckb", "fa", "ur", "bn", "so", "ti", "zh-Hans",
];

/// A small deterministic generator, so every run seeds the same data.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
}

/// A UUID-shaped id for the `n`th row of a kind, so the directory snapshot (which
/// keys dates by UUID) takes them and reruns give the same ids.
fn id(kind: u32, n: usize) -> String {
    format!("{kind:08x}-0000-4000-8000-{n:012x}")
}

async fn insert(db: &impl ConnectionTrait, table: &str, columns: &str, rows: &[String]) -> Result<(), DbErr> {
    for chunk in rows.chunks(500) {
        let sql = format!("INSERT INTO {table} ({columns}) VALUES {}", chunk.join(","));
        db.execute_raw(Statement::from_string(db.get_database_backend(), sql))
            .await?;
    }
    Ok(())
}

/// Says on standard error how long each step of the seed took, so a slow engine
/// shows where its time goes.
struct Steps(Instant);

impl Steps {
    fn start() -> Self {
        Self(Instant::now())
    }

    fn done(&mut self, step: &str) {
        eprintln!("  {step}: {:.1}s", self.0.elapsed().as_secs_f64());
        self.0 = Instant::now();
    }
}

/// What [`seed_directory`] added.
#[derive(Clone, Copy, Debug)]
pub struct Directory {
    pub venues: usize,
    pub programmes: usize,
    pub sessions: usize,
    pub occurrences: usize,
}

/// What [`seed_history`] added.
#[derive(Clone, Copy, Debug)]
pub struct History {
    pub mothers: usize,
    pub marks: usize,
    pub screenings: usize,
}

/// The demo's accounts and organisation the seeded rows belong to.
struct Demo {
    owner: String,
    host: String,
    referrer: String,
    organisation: String,
}

async fn one(db: &impl ConnectionTrait, sql: &str) -> Result<String, DbErr> {
    let row = db
        .query_one_raw(Statement::from_string(db.get_database_backend(), sql.to_owned()))
        .await?
        .ok_or_else(|| DbErr::Custom(format!("no row for {sql}")))?;
    row.try_get_by_index::<String>(0)
}

async fn demo(db: &impl ConnectionTrait) -> Result<Demo, DbErr> {
    let user = |email: &str| format!("SELECT id FROM users WHERE email = '{email}@demo.perilink.test'");
    Ok(Demo {
        owner: one(db, &user("coordinator")).await?,
        host: one(db, &user("host")).await?,
        referrer: one(db, &user("referrer")).await?,
        organisation: one(db, "SELECT id FROM organisations ORDER BY name LIMIT 1").await?,
    })
}

/// When seeded listings were last checked: a month ago, so they are shown (and
/// not yet due for checking) whenever the seed runs.
fn stamp() -> String {
    (Utc::now() - Duration::days(30))
        .format("%Y-%m-%d %H:%M:%S+00:00")
        .to_string()
}

fn count(full: usize, scale: f64) -> usize {
    ((full as f64 * scale).round() as usize).max(1)
}

/// Seeds venues, programmes (with English and Arabic texts), sessions and their
/// dates, in one transaction, and marks the directory changed.
pub async fn seed_directory(db: &DatabaseConnection, scale: f64) -> Result<Directory, DbErr> {
    let n = |full: usize| count(full, scale);
    let Demo {
        owner,
        host,
        organisation,
        ..
    } = demo(db).await?;
    let now = stamp();
    let today = chrono::Utc::now().date_naive();
    let mut rng = Rng(0x5eed_cafe_f00d_1234);
    let postcodes: Vec<(&str, &str, &str)> = POSTCODES
        .lines()
        .skip(1)
        .filter_map(|l| {
            let mut f = l.split(',');
            Some((f.next()?, f.next()?, f.next()?))
        })
        .collect();

    let mut steps = Steps::start();
    let txn = db.begin().await?;
    let venues = n(200);
    let rows: Vec<String> = (0..venues)
        .map(|v| {
            let (postcode, lat, lon) = postcodes[rng.below(postcodes.len())];
            format!(
                "('{}', '{organisation}', 'Bench venue {v}', '{v} Bench Street', 'Liverpool', '{postcode}', {lat}, {lon}, TRUE, TRUE, {}, TRUE, 'Buses stop nearby.', '{owner}', '{now}', '{now}')",
                id(0xb1, v),
                v % 2 == 0
            )
        })
        .collect();
    insert(&txn, "venues", "id, organisation_id, name, address, town, postcode, lat, lon, step_free, buggy_space, baby_change, breastfeeding_welcome, bus_routes, owner_id, assured_at, created_at", &rows).await?;

    let programmes = n(2000);
    let (rows, texts) = programme_rows(programmes, &organisation, &owner, &now);
    insert(&txn, "programmes", "id, organisation_id, kind, for_pregnant, baby_min_months, baby_max_months, cost_pence, booking, format, owner_id, assured_at, created_at", &rows).await?;
    insert(
        &txn,
        "programme_translations",
        "programme_id, language, title, description, what_to_bring",
        &texts,
    )
    .await?;
    steps.done("venues and programmes");

    let sessions = n(20_000);
    let per_session = 25;
    let mut rows = Vec::new();
    let mut occurrences = Vec::new();
    for s in 0..sessions {
        let weekday = s % 7 + 1;
        let hour = 9 + s % 9;
        let languages = format!("en {}", LANGUAGES[s % LANGUAGES.len()]);
        let interpreter = LANGUAGES[(s / 7) % LANGUAGES.len()];
        // Dates spread over the year: each session runs 25 weeks, starting up to
        // half a year ago.
        let first = today - chrono::Duration::days(182) + chrono::Duration::days((s % 182) as i64);
        let first =
            first + chrono::Duration::days(((weekday as i64 - 1) - first.weekday_number()).rem_euclid(7));
        rows.push(format!(
            "('{}', '{}', '{}', '{}', 'weekly', {weekday}, '{hour:02}:00', '{:02}:00', '{first}', '{}', {}, '{languages}', TRUE, '{interpreter}', 0, '{owner}', '{now}', '{now}')",
            id(0xb3, s),
            id(0xb2, s % programmes),
            id(0xb1, rng.below(venues)),
            if s % 50 == 0 { &host } else { &owner },
            hour + 1,
            first + chrono::Duration::weeks(per_session as i64 - 1),
            if s % 3 == 0 { "NULL".to_owned() } else { "20".to_owned() },
        ));
        for w in 0..per_session {
            let o = s * per_session + w;
            occurrences.push(format!(
                "('{}', '{}', '{}', FALSE, 0)",
                id(0xb4, o),
                id(0xb3, s),
                first + chrono::Duration::weeks(w as i64)
            ));
        }
    }
    insert(&txn, "sessions", "id, programme_id, venue_id, host_id, frequency, weekday, start_time, end_time, starts_on, ends_on, capacity, languages, interpreter, interpreter_languages, enrolled, owner_id, assured_at, created_at", &rows).await?;
    steps.done("sessions");
    insert(
        &txn,
        "occurrences",
        "id, session_id, date, cancelled, booked",
        &occurrences,
    )
    .await?;
    drop(occurrences);
    // Every process notices the new listings.
    crate::directory::bump_version(&txn).await?;
    txn.commit().await?;
    steps.done("occurrences");
    Ok(Directory {
        venues,
        programmes,
        sessions,
        occurrences: sessions * per_session,
    })
}

/// The rows of `programmes` programmes and their English (and, for every other
/// one, Arabic) texts.
fn programme_rows(
    programmes: usize,
    organisation: &str,
    owner: &str,
    now: &str,
) -> (Vec<String>, Vec<String>) {
    let mut rows = Vec::new();
    let mut texts = Vec::new();
    for p in 0..programmes {
        let kind = KINDS[p % KINDS.len()];
        let (booking, format) = match p % 3 {
            0 => ("drop_in", "ongoing"),
            1 => ("booking", "ongoing"),
            _ => ("booking", "course"),
        };
        rows.push(format!(
            "('{}', '{organisation}', '{kind}', {}, 0, 24, {}, '{booking}', '{format}', '{owner}', '{now}', '{now}')",
            id(0xb2, p),
            p % 2 == 0,
            if p % 5 == 0 { 300 } else { 0 }
        ));
        texts.push(format!(
            "('{}', 'en', 'Bench {kind} {p}', 'A benchmark programme.', NULL)",
            id(0xb2, p)
        ));
        if p % 2 == 0 {
            texts.push(format!(
                "('{}', 'ar', 'برنامج {p}', 'برنامج للقياس.', NULL)",
                id(0xb2, p)
            ));
        }
    }
    (rows, texts)
}

/// Seeds mothers, a caseload, attendance marks and screenings over a directory
/// [`seed_directory`] seeded at the same scale.
pub async fn seed_history(
    db: &DatabaseConnection,
    scale: f64,
    directory: &Directory,
) -> Result<History, DbErr> {
    let n = |full: usize| count(full, scale);
    let Demo { host, referrer, .. } = demo(db).await?;
    let now = stamp();
    let mut steps = Steps::start();
    let txn = db.begin().await?;
    let mothers = n(50_000);
    let rows: Vec<String> = (0..mothers)
        .map(|m| {
            format!(
                "('{}', 'Mum{m}', '{}', {}, '{now}')",
                id(0xb5, m),
                LANGUAGES[m % LANGUAGES.len()],
                m % 4 == 0
            )
        })
        .collect();
    insert(
        &txn,
        "mothers",
        "id, given_name, language, interpreter_needed, created_at",
        &rows,
    )
    .await?;
    let rows: Vec<String> = (0..mothers.min(n(2000)))
        .map(|m| format!("('{}', '{referrer}', '{now}')", id(0xb5, m)))
        .collect();
    insert(&txn, "caseload", "mother_id, user_id, added_at", &rows).await?;
    // And every mother on a midwife's caseload, as in a service: 500 each (issue
    // 18's caseload target), added a minute apart over the month before. The
    // first midwife's caseload is the bench's 500-mother row.
    let midwives = mothers.div_ceil(500);
    let hash = one(
        &txn,
        &format!("SELECT password_hash FROM users WHERE id = '{referrer}'"),
    )
    .await?;
    let organisation = one(
        &txn,
        &format!("SELECT organisation_id FROM users WHERE id = '{referrer}'"),
    )
    .await?;
    let rows: Vec<String> = (0..midwives)
        .map(|k| {
            format!(
                "('{}', 'midwife-{k}@bench.perilink.test', '{hash}', 'referrer', 'Midwife {k}', '{organisation}', 'en', TRUE, '{now}', TRUE)",
                id(0xb8, k)
            )
        })
        .collect();
    insert(
        &txn,
        "users",
        "id, email, password_hash, role, display_name, organisation_id, language, active, created_at, mfa_exempt",
        &rows,
    )
    .await?;
    let month_before = Utc::now() - Duration::days(60);
    let rows: Vec<String> = (0..mothers)
        .map(|m| {
            let added = month_before + Duration::minutes(m as i64 % 43_200);
            format!(
                "('{}', '{}', '{}')",
                id(0xb5, m),
                id(0xb8, m / 500),
                added.format("%Y-%m-%d %H:%M:%S+00:00")
            )
        })
        .collect();
    insert(&txn, "caseload", "mother_id, user_id, added_at", &rows).await?;
    crate::service::referrals::rank_caseloads(&txn).await?;
    txn.commit().await?;
    steps.done("mothers and caseloads");

    // Attendance: the latest mark per mother per date, and the log of marks.
    let marks = n(2_000_000);
    let mut done = 0;
    while done < marks {
        let txn = db.begin().await?;
        let end = (done + 100_000).min(marks);
        let mut current = Vec::with_capacity(end - done);
        let mut log = Vec::with_capacity(end - done);
        for k in done..end {
            let occurrence = (k * 7919) % directory.occurrences;
            // Distinct (occurrence, mother) pairs: the mother index follows k.
            let mother = (k / directory.occurrences + k * 31) % mothers;
            let status = if k % 5 == 0 { "absent" } else { "present" };
            let row = format!(
                "('{}', '{}', '{}', '{status}', NULL, NULL, '{now}', '{host}', '{now}')",
                id(0xb6, k),
                id(0xb4, occurrence),
                id(0xb5, mother)
            );
            current.push(row.clone());
            log.push(row);
        }
        let columns =
            "id, occurrence_id, mother_id, status, babies, children, recorded_at, recorded_by, received_at";
        for chunk in current.chunks(500) {
            let sql = format!(
                "INSERT INTO attendance ({columns}) VALUES {} ON CONFLICT DO NOTHING",
                chunk.join(",")
            );
            txn.execute_raw(Statement::from_string(txn.get_database_backend(), sql))
                .await?;
        }
        insert(&txn, "attendance_marks", columns, &log).await?;
        txn.commit().await?;
        done = end;
    }
    steps.done("attendance and its marks");
    crate::service::registers::keep_last_attended(db, None).await?;
    steps.done("each mother's last attended date");

    let screenings = n(200_000);
    let txn = db.begin().await?;
    let rows: Vec<String> = (0..screenings)
        .map(|k| {
            let total = k % 24;
            let band = if total >= 13 { "probable" } else if total >= 10 { "possible" } else { "none" };
            format!(
                "('{}', '{}', 'epds', 'EPDS-1987', 'en', TRUE, '0,0,0,0,0,0,0,0,0,0', '0,0,0,0,0,0,0,0,0,0', {total}, '{band}', FALSE, '{referrer}', 'referrer', NULL, NULL, '{now}')",
                id(0xb7, k),
                id(0xb5, k % mothers)
            )
        })
        .collect();
    insert(&txn, "screenings", "id, mother_id, instrument, instrument_version, language, language_validated, answers, item_scores, total, band, urgent, administered_by, administered_as, session_id, timepoint, taken_at", &rows).await?;
    txn.commit().await?;
    steps.done("screenings");
    Ok(History {
        mothers,
        marks,
        screenings,
    })
}

trait WeekdayNumber {
    fn weekday_number(&self) -> i64;
}

impl WeekdayNumber for chrono::NaiveDate {
    fn weekday_number(&self) -> i64 {
        chrono::Datelike::weekday(self).num_days_from_monday() as i64
    }
}
