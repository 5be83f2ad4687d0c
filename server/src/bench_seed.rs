//! The large, realistic directory and history `scripts/bench` measures against
//! (through `perilink-bench-seed`), added to a database that already holds the
//! demo. The Open Referral feed's validator test seeds the directory alone, at full
//! scale ([`seed_directory`]).
//!
//! At scale 1.0: 200 venues, 2,000 programmes, 20,000 sessions with 500,000
//! occurrences over a year, 50,000 mothers, 2,000,000 attendance marks and 200,000
//! screenings. Ids are UUID-shaped and the generator is seeded, so every run seeds
//! the same rows; listings were last checked a month before the day of the seed.

use chrono::{Duration, Utc};
use sea_orm::sqlx::{self, Postgres};
use sea_orm::{
    ConnectionTrait, DatabaseBackend, DatabaseConnection, DatabaseTransaction, DbErr, RuntimeErr, Statement,
    TransactionTrait,
};
use std::collections::HashSet;
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

/// A transaction the seeded rows go into, a table at a time: multi-row INSERTs on
/// SQLite, and `COPY ... FROM STDIN` on PostgreSQL, which parses and plans each
/// 500-row INSERT slowly (the directory took 59 s that way, 10 s by COPY). On
/// PostgreSQL it holds a connection of the pool's, so nothing may wait for another
/// from a one-connection pool until it is committed.
enum Load {
    Insert(DatabaseTransaction),
    Copy(sqlx::Transaction<'static, Postgres>),
}

fn sqlx_err(err: sqlx::Error) -> DbErr {
    DbErr::Exec(RuntimeErr::SqlxError(err.into()))
}

impl Load {
    async fn begin(db: &DatabaseConnection) -> Result<Self, DbErr> {
        Ok(match db.get_database_backend() {
            DatabaseBackend::Postgres => Self::Copy(
                db.get_postgres_connection_pool()
                    .begin()
                    .await
                    .map_err(sqlx_err)?,
            ),
            _ => Self::Insert(db.begin().await?),
        })
    }

    /// Adds `rows`, each an SQL tuple of literals in the order of `columns`.
    async fn insert(&mut self, table: &str, columns: &str, rows: &[String]) -> Result<(), DbErr> {
        let txn = match self {
            Self::Insert(txn) => return insert(txn, table, columns, rows).await,
            Self::Copy(txn) => txn,
        };
        let mut copy = txn
            .copy_in_raw(&format!("COPY {table} ({columns}) FROM STDIN"))
            .await
            .map_err(sqlx_err)?;
        let mut data = String::new();
        for chunk in rows.chunks(10_000) {
            data.clear();
            for row in chunk {
                copy_line(row, &mut data)?;
            }
            copy.send(data.as_bytes()).await.map_err(sqlx_err)?;
        }
        copy.finish().await.map_err(sqlx_err)?;
        Ok(())
    }

    async fn commit(self) -> Result<(), DbErr> {
        match self {
            Self::Insert(txn) => txn.commit().await,
            Self::Copy(txn) => txn.commit().await.map_err(sqlx_err),
        }
    }
}

/// What [`without_checks`] took off a table, to be put back by [`Checks::restore`].
struct Checks(Vec<String>);

/// On PostgreSQL, drops the unique and foreign-key constraints and the other
/// indexes of `tables` (all but their primary keys), which it would otherwise check
/// and update row by row, in random order, for millions of rows (most of the time
/// of the attendance marks' load); [`Checks::restore`] puts them back as they were,
/// by name, each built or checked in one pass. A seed that fails in between
/// leaves them off. SQLite keeps its own, which cost it little.
async fn without_checks(db: &DatabaseConnection, tables: &[&str]) -> Result<Checks, DbErr> {
    if db.get_database_backend() != DatabaseBackend::Postgres {
        return Ok(Checks(Vec::new()));
    }
    let tables = tables
        .iter()
        .map(|t| format!("'{t}'::regclass"))
        .collect::<Vec<_>>()
        .join(", ");
    let all = |sql: String| async move {
        let rows = db
            .query_all_raw(Statement::from_string(DatabaseBackend::Postgres, sql))
            .await?;
        rows.iter()
            .map(|r| Ok((r.try_get_by_index::<String>(0)?, r.try_get_by_index::<String>(1)?)))
            .collect::<Result<Vec<_>, DbErr>>()
    };
    // Unique constraints before foreign keys, as they are put back.
    let constraints = all(format!(
        "SELECT format('ALTER TABLE %s DROP CONSTRAINT %I', conrelid::regclass, conname), \
                format('ALTER TABLE %s ADD CONSTRAINT %I %s', conrelid::regclass, conname, pg_get_constraintdef(oid)) \
         FROM pg_constraint WHERE conrelid IN ({tables}) AND contype IN ('u', 'f') \
         ORDER BY contype DESC, conrelid, conname"
    ))
    .await?;
    let indexes = all(format!(
        "SELECT format('DROP INDEX %s', i.indexrelid::regclass), pg_get_indexdef(i.indexrelid) \
         FROM pg_index i WHERE i.indrelid IN ({tables}) AND NOT EXISTS \
             (SELECT 1 FROM pg_constraint c WHERE c.conrelid = i.indrelid AND c.conindid = i.indexrelid) \
         ORDER BY i.indexrelid"
    ))
    .await?;
    let txn = db.begin().await?;
    for (drop, _) in constraints.iter().rev().chain(&indexes) {
        txn.execute_unprepared(drop).await?;
    }
    txn.commit().await?;
    Ok(Checks(
        indexes
            .into_iter()
            .chain(constraints)
            .map(|(_, add)| add)
            .collect(),
    ))
}

impl Checks {
    async fn restore(self, db: &DatabaseConnection) -> Result<(), DbErr> {
        if self.0.is_empty() {
            return Ok(());
        }
        let txn = db.begin().await?;
        // Room to sort two million keys in memory, for these statements only.
        txn.execute_unprepared("SET LOCAL maintenance_work_mem = '256MB'")
            .await?;
        for add in &self.0 {
            txn.execute_unprepared(add).await?;
        }
        txn.commit().await
    }
}

/// One of [`Load::insert`]'s rows, an SQL tuple of literals such as
/// `('it''s', 12, TRUE, NULL)`, as a line of COPY's text format: strings unquoted
/// and escaped, NULL as `\N`, numbers and booleans as written. PostgreSQL reads
/// each field as it would the literal, so both engines get the same values from the
/// same rows.
fn copy_line(row: &str, out: &mut String) -> Result<(), DbErr> {
    let bad = || DbErr::Custom(format!("not a tuple of literals: {row}"));
    let mut rest = row
        .trim()
        .strip_prefix('(')
        .and_then(|r| r.strip_suffix(')'))
        .ok_or_else(bad)?;
    let mut first = true;
    loop {
        if !first {
            out.push('\t');
        }
        first = false;
        rest = rest.trim_start();
        if let Some(quoted) = rest.strip_prefix('\'') {
            let mut chars = quoted.char_indices();
            let mut end = None;
            while let Some((i, c)) = chars.next() {
                match c {
                    '\'' if quoted[i + 1..].starts_with('\'') => {
                        out.push('\'');
                        chars.next();
                    }
                    '\'' => {
                        end = Some(i + 1);
                        break;
                    }
                    '\\' => out.push_str("\\\\"),
                    '\t' => out.push_str("\\t"),
                    '\n' => out.push_str("\\n"),
                    '\r' => out.push_str("\\r"),
                    c => out.push(c),
                }
            }
            rest = &quoted[end.ok_or_else(bad)?..];
        } else {
            let end = rest.find(',').unwrap_or(rest.len());
            match rest[..end].trim() {
                "" => return Err(bad()),
                null if null.eq_ignore_ascii_case("null") => out.push_str("\\N"),
                literal => out.push_str(literal),
            }
            rest = &rest[end..];
        }
        match rest.trim_start().strip_prefix(',') {
            Some(more) => rest = more,
            None if rest.trim().is_empty() => break,
            None => return Err(bad()),
        }
    }
    out.push('\n');
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
    let mut load = Load::begin(db).await?;
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
    load.insert("venues", "id, organisation_id, name, address, town, postcode, lat, lon, step_free, buggy_space, baby_change, breastfeeding_welcome, bus_routes, owner_id, assured_at, created_at", &rows).await?;

    let programmes = n(2000);
    let (rows, texts) = programme_rows(programmes, &organisation, &owner, &now);
    load.insert("programmes", "id, organisation_id, kind, for_pregnant, baby_min_months, baby_max_months, cost_pence, booking, format, owner_id, assured_at, created_at", &rows).await?;
    load.insert(
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
    load.insert("sessions", "id, programme_id, venue_id, host_id, frequency, weekday, start_time, end_time, starts_on, ends_on, capacity, languages, interpreter, interpreter_languages, enrolled, owner_id, assured_at, created_at", &rows).await?;
    steps.done("sessions");
    load.insert(
        "occurrences",
        "id, session_id, date, cancelled, booked",
        &occurrences,
    )
    .await?;
    drop(occurrences);
    load.commit().await?;
    // Every process notices the new listings.
    crate::directory::bump_version(db).await?;
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
    let hash = one(
        db,
        &format!("SELECT password_hash FROM users WHERE id = '{referrer}'"),
    )
    .await?;
    let organisation = one(
        db,
        &format!("SELECT organisation_id FROM users WHERE id = '{referrer}'"),
    )
    .await?;
    let mut load = Load::begin(db).await?;
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
    load.insert(
        "mothers",
        "id, given_name, language, interpreter_needed, created_at",
        &rows,
    )
    .await?;
    let rows: Vec<String> = (0..mothers.min(n(2000)))
        .map(|m| format!("('{}', '{referrer}', '{now}')", id(0xb5, m)))
        .collect();
    load.insert("caseload", "mother_id, user_id, added_at", &rows)
        .await?;
    // And every mother on a midwife's caseload, as in a service: 500 each (issue
    // 18's caseload target), added a minute apart over the month before. The
    // first midwife's caseload is the bench's 500-mother row.
    let midwives = mothers.div_ceil(500);
    let rows: Vec<String> = (0..midwives)
        .map(|k| {
            format!(
                "('{}', 'midwife-{k}@bench.perilink.test', '{hash}', 'referrer', 'Midwife {k}', '{organisation}', 'en', TRUE, '{now}', TRUE)",
                id(0xb8, k)
            )
        })
        .collect();
    load.insert(
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
    load.insert("caseload", "mother_id, user_id, added_at", &rows)
        .await?;
    load.commit().await?;
    crate::service::referrals::rank_caseloads(db).await?;
    steps.done("mothers and caseloads");

    // Attendance: the latest mark per mother per date, and the log of marks.
    let marks = n(2_000_000);
    // The first mark of a mother at a date is the one that stands (none repeats at
    // the scales measured, but a small enough scale could).
    let mut marked = HashSet::with_capacity(marks);
    let checks = without_checks(db, &["attendance", "attendance_marks"]).await?;
    let mut done = 0;
    while done < marks {
        let mut load = Load::begin(db).await?;
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
            if marked.insert((occurrence, mother)) {
                current.push(row.clone());
            }
            log.push(row);
        }
        let columns =
            "id, occurrence_id, mother_id, status, babies, children, recorded_at, recorded_by, received_at";
        load.insert("attendance", columns, &current).await?;
        load.insert("attendance_marks", columns, &log).await?;
        load.commit().await?;
        done = end;
    }
    steps.done("attendance and its marks");
    checks.restore(db).await?;
    steps.done("their indexes and constraints");
    crate::service::registers::keep_last_attended(db, None).await?;
    steps.done("each mother's last attended date");

    let screenings = n(200_000);
    let mut load = Load::begin(db).await?;
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
    load.insert("screenings", "id, mother_id, instrument, instrument_version, language, language_validated, answers, item_scores, total, band, urgent, administered_by, administered_as, session_id, timepoint, taken_at", &rows).await?;
    load.commit().await?;
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

#[cfg(test)]
mod tests {
    use super::copy_line;

    #[test]
    fn rows_of_literals_become_lines_of_copy_text() {
        let mut out = String::new();
        copy_line("('it''s', 12, TRUE, NULL, 'a\\b\tc', 53.4, false)", &mut out).unwrap();
        copy_line("('برنامج 1', 'x, y')", &mut out).unwrap();
        assert_eq!(
            out,
            "it's\t12\tTRUE\t\\N\ta\\\\b\\tc\t53.4\tfalse\nبرنامج 1\tx, y\n"
        );
        for bad in ["'a', 1", "('a', )", "('a' 'b')", "('unclosed)"] {
            assert!(copy_line(bad, &mut String::new()).is_err(), "{bad}");
        }
    }
}
