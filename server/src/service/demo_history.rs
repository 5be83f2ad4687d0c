//! Past terms for the demo, so every outcome report shows real figures: two
//! ten-week terms before the current one, with registers, referrals that went
//! through every state, a singing course's EPDS screenings at baseline, week 6 and
//! end, and a full ESOL course with a waiting list now.
//!
//! It adds 28 invented mothers (varied languages and interpreter needs), cared for
//! by a perinatal link worker who cannot sign in, and gives five of the demo's
//! mothers past attendance. Amira, the demo mother who signs in, gets no history.
//!
//! It keeps out of the rest of the demo's way: past dates belong to the demo's
//! existing sessions (before their current `starts_on`), so the directory, the
//! Open Referral feed and the stale-listing checks are unchanged; the link worker's
//! referrals are to singing, breastfeeding and advice only, so the demo referrer,
//! host and coordinator see the referrals they saw before (an admin sees them all);
//! no mark goes in the device log (`attendance_marks`), only the register.
//!
//! Everything goes in with a few multi-row inserts, so it is quick on every fresh
//! demo and in every test.

use crate::service::sql;
use chrono::{DateTime, Datelike, Duration, NaiveDate, Utc};
use perilink_shared::calendar;
use perilink_shared::screening::{Instrument, score};
use sea_orm::{ConnectionTrait, DbErr, FromQueryResult, Value};
use std::collections::{BTreeMap, HashMap};

/// Seeds past terms of attendance, referrals and screenings around the demo's
/// sessions, which must already be there.
pub async fn seed_history<C: ConnectionTrait>(db: &C) -> Result<(), DbErr> {
    let Some(world) = World::load(db).await? else {
        return Ok(());
    };
    let now = Utc::now();
    let mut out = Rows::default();

    let link_worker = new_id();
    out.users.push(vec![
        link_worker.clone().into(),
        "link.worker@demo.perilink.test".into(),
        "!disabled".into(),
        "referrer".into(),
        "Lena Marsh".into(),
        "Specialist perinatal link worker".into(),
        world.nhs_trust.clone().into(),
        "en".into(),
        true.into(),
        (now - Duration::days(400)).into(),
    ]);

    // The mothers: the demo's (but Amira), then the new ones.
    let mut mothers: Vec<String> = Vec::new();
    let mut languages: Vec<&str> = Vec::new();
    for given in DEMO_MOTHERS {
        let (id, language) = world.demo_mothers.get(given).cloned().unwrap_or_default();
        mothers.push(id);
        languages.push(static_tag(&language));
    }
    let mut consents = HashMap::new();
    for (i, (given, family, language, interpreter, baby_days, postcode)) in NEW_MOTHERS.iter().enumerate() {
        let id = new_id();
        let (due, born) = if *baby_days >= 0 {
            (Some(world.today + Duration::days(*baby_days)), None)
        } else {
            (None, Some(world.today + Duration::days(*baby_days)))
        };
        out.mothers.push(vec![
            id.clone().into(),
            (*given).into(),
            (*family).into(),
            format!("07700 900{:03}", 400 + i).into(),
            (*language).into(),
            (*interpreter).into(),
            due.into(),
            born.into(),
            (*postcode).into(),
            (now - Duration::days(240)).into(),
        ]);
        out.caseload.push(vec![
            id.clone().into(),
            link_worker.clone().into(),
            (now - Duration::days(230)).into(),
        ]);
        let consent = new_id();
        out.consents.push(vec![
            consent.clone().into(),
            id.clone().into(),
            "attendance_to_referrer contact_details referral_reasons screening_to_care_team".into(),
            "The session hosts and her midwifery team".into(),
            if i % 4 == 3 { "phone" } else { "sms" }.into(),
            (now - Duration::days(230)).into(),
            link_worker.clone().into(),
        ]);
        consents.insert(DEMO_MOTHERS.len() + i, consent);
        mothers.push(id);
        languages.push(language);
    }
    let who = |w: Who| match w {
        Who::Demo(i) => i,
        Who::New(i) => DEMO_MOTHERS.len() + i,
    };

    // Past dates of each session with a roster, and who came.
    let mut dates: HashMap<(SessionKey, Term), Vec<Held>> = HashMap::new();
    let mut marks_of: BTreeMap<(usize, String), Vec<Mark>> = BTreeMap::new();
    let referred: Vec<(usize, SessionKey)> = REFERRALS
        .iter()
        .filter(|r| r.term != Term::Current)
        .map(|r| (who(Who::New(r.mother)), r.session))
        .collect();
    for roster in ROSTERS {
        let Some(session) = world.session(roster.session) else {
            continue;
        };
        let term_dates: Vec<(NaiveDate, Option<String>)> = roster
            .term
            .dates(world.first_date(session))
            .into_iter()
            .enumerate()
            .map(|(i, date)| {
                let half_term = session.drop_in && i + 1 == roster.term.half_term_week();
                (date, (!half_term).then(new_id))
            })
            .collect();
        for (date, occurrence) in &term_dates {
            out.occurrences.push(vec![
                occurrence.clone().unwrap_or_else(new_id).into(),
                session.id.clone().into(),
                (*date).into(),
                occurrence.is_none().into(),
                0.into(),
            ]);
        }
        for (salt, (person, habit)) in roster.people.iter().enumerate() {
            let mother = who(*person);
            if mothers[mother].is_empty() {
                continue;
            }
            let expected = !session.drop_in || referred.contains(&(mother, roster.session));
            for (week, (date, occurrence)) in term_dates.iter().enumerate() {
                let Some(occurrence) = occurrence else { continue };
                let Some(status) = habit.mark(week + 1, salt + mother, expected) else {
                    continue;
                };
                let at = london_time(*date, &session.start) + Duration::minutes(90);
                out.attendance.push(vec![
                    new_id().into(),
                    occurrence.clone().into(),
                    mothers[mother].clone().into(),
                    status.into(),
                    at.into(),
                    session.host.clone().into(),
                    at.into(),
                ]);
                marks_of
                    .entry((mother, session.programme.clone()))
                    .or_default()
                    .push((*date, london_time(*date, &session.start), status));
            }
        }
        dates.insert((roster.session, roster.term), term_dates);
    }

    // Referrals, moved on by what the registers say, as the server would have.
    for (n, spec) in REFERRALS.iter().enumerate() {
        let Some(session) = world.session(spec.session) else {
            continue;
        };
        let mother = who(Who::New(spec.mother));
        let sent = match spec.term {
            Term::Current => london_time(world.today - Duration::days(spec.days_before), "11:00"),
            term => {
                let start = term.dates(world.first_date(session))[0];
                london_time(start - Duration::days(spec.days_before), "11:00")
            }
        };
        let course_end = dates
            .get(&(spec.session, spec.term))
            .and_then(|d| d.iter().rev().find(|(_, o)| o.is_some()))
            .map(|(date, _)| *date);
        let marks: Vec<(NaiveDate, DateTime<Utc>, &str)> = marks_of
            .get(&(mother, session.programme.clone()))
            .map(|m| m.iter().filter(|(_, at, _)| *at > sent).copied().collect())
            .unwrap_or_default();
        let moves = spec
            .decision
            .moves(sent, &marks, session.course.then_some(course_end).flatten());
        let id = new_id();
        let status = moves.last().map(|m| m.0).unwrap_or("sent");
        let first_attended = moves.iter().find(|m| m.0 == "attending").map(|m| m.1);
        let replied = moves.get(1).filter(|m| m.0 != "withdrawn").map(|m| m.1);
        let (decline_reason, declined_by) = match spec.decision {
            Decision::Declined { reason, by } => (Some(reason), Some(by)),
            _ => (None, None),
        };
        let texts = KIND_TEXTS
            .iter()
            .find(|t| t.0 == session.kind)
            .unwrap_or(&KIND_TEXTS[0]);
        out.referrals.push(vec![
            id.clone().into(),
            mothers[mother].clone().into(),
            link_worker.clone().into(),
            session.programme.clone().into(),
            Some(session.id.clone()).into(),
            consents.get(&mother).cloned().unwrap_or_default().into(),
            status.into(),
            texts.1.into(),
            Some(texts.2[n % texts.2.len()].to_owned()).into(),
            Some("Agreed with her at a home visit.".to_owned()).into(),
            decline_reason.map(str::to_owned).into(),
            declined_by.map(str::to_owned).into(),
            sent.into(),
            moves.last().map(|m| m.1).unwrap_or(sent).into(),
            replied.into(),
            first_attended.into(),
        ]);
        let mut from: Option<&str> = None;
        for (to, at, reason) in moves {
            let actor = match to {
                "sent" => "referrer",
                "withdrawn" => "mother",
                "declined" => declined_by.unwrap_or("provider"),
                "attending" | "did_not_attend" | "completed" => "system",
                _ if reason.is_some() => "system",
                _ => "provider",
            };
            out.events.push(vec![
                new_id().into(),
                id.clone().into(),
                from.map(str::to_owned).into(),
                to.into(),
                actor.into(),
                (actor == "referrer").then(|| link_worker.clone()).into(),
                at.into(),
                reason
                    .or(if to == "declined" { decline_reason } else { None })
                    .map(str::to_owned)
                    .into(),
            ]);
            from = Some(to);
        }
    }

    // EPDS at a course's baseline, week 6 and end, and the alerts a probable score
    // raised, each acknowledged at the time.
    for (key, term, people) in SCREENINGS {
        let (Some(session), Some(term_dates)) = (world.session(*key), dates.get(&(*key, *term))) else {
            continue;
        };
        for (person, totals) in *people {
            let mother = who(*person);
            for (week, timepoint, total) in [
                (1, "baseline", totals.0),
                (6, "week6", totals.1),
                (10, "end", totals.2),
            ] {
                let Some(total) = total else { continue };
                let taken = london_time(term_dates[week - 1].0, &session.start) + Duration::minutes(95);
                let scored = score(Instrument::Epds, &epds_answers(total))
                    .map_err(|e| DbErr::Custom(format!("demo EPDS answers: {e}")))?;
                let join = |v: &[u8]| v.iter().map(u8::to_string).collect::<Vec<_>>().join(",");
                let screening = new_id();
                out.screenings.push(vec![
                    screening.clone().into(),
                    mothers[mother].clone().into(),
                    Instrument::Epds.as_str().into(),
                    Instrument::Epds.version().into(),
                    languages[mother].into(),
                    matches!(languages[mother], "en" | "ar" | "pl").into(),
                    join(&scored.answers).into(),
                    join(&scored.item_scores).into(),
                    i32::from(scored.total).into(),
                    scored.band.as_str().into(),
                    scored.urgent.into(),
                    link_worker.clone().into(),
                    "referrer".into(),
                    Some(session.id.clone()).into(),
                    Some(timepoint.to_owned()).into(),
                    taken.into(),
                ]);
                if scored.raises_alert() {
                    out.alerts.push(vec![
                        new_id().into(),
                        screening.into(),
                        mothers[mother].clone().into(),
                        if scored.urgent { "urgent" } else { "probable" }.into(),
                        taken.into(),
                        Some(taken + Duration::hours(3)).into(),
                        Some(link_worker.clone()).into(),
                        Some(
                            "Talked it through with her the same day; her GP and health visitor know."
                                .to_owned(),
                        )
                        .into(),
                    ]);
                }
            }
        }
    }

    // This term's ESOL course at St Helens is full, with a waiting list.
    let mut enrolled = 0;
    if let Some(session) = world.session(ESOL_ST_HELENS) {
        for (i, person) in ENROLLED.iter().enumerate() {
            let at = london_time(world.first - Duration::days(12 - i as i64), "12:00");
            out.bookings
                .push(booking(&session.id, &mothers[who(*person)], "booked", at));
            enrolled += 1;
        }
        for (i, person) in WAITING.iter().enumerate() {
            let at = london_time(
                world.first - Duration::days(2) + Duration::days(i as i64),
                "15:30",
            );
            out.bookings.push(booking(
                &session.id,
                &mothers[who(*person)],
                "waiting",
                at.min(now),
            ));
        }
    }

    out.insert(db).await?;
    super::registers::keep_last_attended(db, None).await?;
    if let Some(session) = world.session(ESOL_ST_HELENS) {
        sql::exec(
            db,
            "UPDATE sessions SET enrolled = enrolled + ? WHERE id = ?",
            vec![enrolled.into(), session.id.clone().into()],
        )
        .await?;
    }
    Ok(())
}

/// A date of a session, and its occurrence's id unless it was cancelled.
type Held = (NaiveDate, Option<String>);

/// A register mark: the date, when the session began, and the mark.
type Mark = (NaiveDate, DateTime<Utc>, &'static str);

/// A table, its columns, and the rows to insert.
type Table = (&'static str, &'static [&'static str], Vec<Vec<Value>>);

fn new_id() -> String {
    uuid::Uuid::new_v4().to_string()
}

/// A demo mother's language, as a `'static` tag of an interface language.
fn static_tag(tag: &str) -> &'static str {
    perilink_shared::language::Language::ALL
        .into_iter()
        .map(|l| l.tag())
        .find(|t| *t == tag)
        .unwrap_or("en")
}

/// The instant a London wall-clock time (`HH:MM`) falls on a date.
fn london_time(date: NaiveDate, hh_mm: &str) -> DateTime<Utc> {
    let (h, m) = hh_mm.split_once(':').unwrap_or(("12", "00"));
    let naive = date
        .and_hms_opt(h.parse().unwrap_or(12), m.parse().unwrap_or(0), 0)
        .unwrap_or_default();
    let guess = naive.and_utc();
    guess - Duration::seconds(calendar::london_offset_seconds(guess.timestamp()))
}

/// Option indexes (in the order shown) for an EPDS total with item 10 scored 0: the
/// total spread over items 1 to 9, each scored 0 to 3, then turned into the option
/// that scores it (items 1, 2 and 4 score in order, the rest in reverse).
fn epds_answers(total: u8) -> Vec<i64> {
    let mut scores = [0i64; 10];
    let mut left = i64::from(total.min(27));
    while left > 0 {
        for score in scores.iter_mut().take(9) {
            if left > 0 && *score < 3 {
                *score += 1;
                left -= 1;
            }
        }
    }
    scores
        .iter()
        .enumerate()
        .map(|(i, score)| {
            if [1, 2, 4].contains(&(i + 1)) {
                *score
            } else {
                3 - score
            }
        })
        .collect()
}

fn booking(session: &str, mother: &str, status: &str, at: DateTime<Utc>) -> Vec<Value> {
    vec![
        new_id().into(),
        mother.to_owned().into(),
        session.to_owned().into(),
        "enrolment".into(),
        status.into(),
        at.into(),
        at.into(),
    ]
}

// ------------------------------------------------------------------ the demo so far

/// A session of the demo, found by kind, venue and weekday (1 is Monday).
type SessionKey = (&'static str, &'static str, u32);

const RHYME_TOXTETH: SessionKey = ("rhyme_time", "Toxteth Library", 1);
const RHYME_KENSINGTON: SessionKey = ("rhyme_time", "Kensington Library", 3);
const RHYME_OLD_SWAN: SessionKey = ("rhyme_time", "Old Swan Library", 4);
const ESOL_ST_HELENS: SessionKey = ("esol", "St Helens Central Library", 4);
const SINGING_CENTRAL: SessionKey = ("singing", "Central Library", 3);
const SINGING_KENSINGTON: SessionKey = ("singing", "Kensington Library", 1);
const FEEDING_OLD_SWAN: SessionKey = ("breastfeeding_support", "Old Swan Library", 2);
const FEEDING_HOSPITAL: SessionKey = ("breastfeeding_support", "Liverpool Women's Hospital", 5);
const ADVICE_HOSPITAL: SessionKey = ("advice", "Liverpool Women's Hospital", 1);

struct Session {
    id: String,
    programme: String,
    kind: String,
    host: String,
    start: String,
    weekday: u32,
    drop_in: bool,
    course: bool,
}

/// A session of the demo seed, with its programme and venue.
#[derive(FromQueryResult)]
struct SessionRow {
    id: String,
    programme_id: String,
    kind: String,
    venue: String,
    weekday: i32,
    host_id: String,
    start_time: String,
    starts_on: NaiveDate,
    booking: String,
    format: String,
}

/// A mother of the demo seed.
#[derive(FromQueryResult)]
struct MotherRow {
    given_name: String,
    id: String,
    language: String,
}

/// What the demo seed made, found again.
struct World {
    /// The first day of the current term.
    first: NaiveDate,
    today: NaiveDate,
    sessions: HashMap<(String, String, u32), Session>,
    /// The demo's mothers by first name: id and language.
    demo_mothers: HashMap<String, (String, String)>,
    nhs_trust: String,
}

impl World {
    async fn load(db: &impl ConnectionTrait) -> Result<Option<World>, DbErr> {
        let rows: Vec<SessionRow> = sql::rows(
            db,
            "SELECT s.id, s.programme_id, p.kind, v.name AS venue, s.weekday, s.host_id, s.start_time, s.starts_on, \
               p.booking, p.format \
             FROM sessions s JOIN programmes p ON p.id = s.programme_id JOIN venues v ON v.id = s.venue_id",
            vec![],
        )
        .await?;
        let mut sessions = HashMap::new();
        let mut first: Option<NaiveDate> = None;
        for r in rows {
            first = Some(first.map_or(r.starts_on, |f| f.min(r.starts_on)));
            let weekday = r.weekday.max(1) as u32;
            let key = (r.kind.clone(), r.venue, weekday);
            sessions.entry(key).or_insert(Session {
                id: r.id,
                programme: r.programme_id,
                kind: r.kind,
                weekday,
                host: r.host_id,
                start: r.start_time,
                drop_in: r.booking == "drop_in",
                course: r.format == "course",
            });
        }
        let Some(first) = first else {
            return Ok(None);
        };
        let mut demo_mothers = HashMap::new();
        for r in sql::rows::<MotherRow>(db, "SELECT given_name, id, language FROM mothers", vec![]).await? {
            demo_mothers.insert(r.given_name, (r.id, r.language));
        }
        let nhs_trust = sql::ids(
            db,
            "SELECT id FROM organisations WHERE kind = 'nhs_trust'",
            vec![],
        )
        .await?
        .into_iter()
        .next();
        let Some(nhs_trust) = nhs_trust else {
            return Ok(None);
        };
        Ok(Some(World {
            first,
            today: first + Duration::days(7),
            sessions,
            demo_mothers,
            nhs_trust,
        }))
    }

    fn session(&self, (kind, venue, weekday): SessionKey) -> Option<&Session> {
        self.sessions.get(&(kind.to_owned(), venue.to_owned(), weekday))
    }

    /// The session's first date this term.
    fn first_date(&self, session: &Session) -> NaiveDate {
        let from = self.first.weekday().number_from_monday();
        self.first + Duration::days(i64::from((session.weekday + 7 - from) % 7))
    }
}

// ------------------------------------------------------------------------ the past

/// A ten-week term, counted back from the current term's first week.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
enum Term {
    /// Weeks -24 to -15.
    Older,
    /// Weeks -12 to -3, with a fortnight's break either side.
    Recent,
    /// This term, begun a week ago.
    Current,
}

impl Term {
    /// The term's ten dates for a session whose first date this term is `first`.
    fn dates(self, first: NaiveDate) -> Vec<NaiveDate> {
        let back = match self {
            Term::Older => 25,
            Term::Recent => 13,
            Term::Current => 1,
        };
        (1..=10)
            .map(|week| first - Duration::weeks(back - week))
            .collect()
    }

    /// The week drop-in sessions close for half term.
    fn half_term_week(self) -> usize {
        match self {
            Term::Older => 7,
            _ => 6,
        }
    }
}

/// How often a mother came.
#[derive(Clone, Copy, Debug)]
enum Habit {
    /// Nine weeks in ten.
    Regular,
    /// Seven in ten.
    Often,
    /// Four in ten.
    Sometimes,
    /// The first two weeks, then missed two and stopped.
    Dropped,
    /// From week 4, seven in ten of the weeks left.
    Joined,
}

impl Habit {
    /// Her mark in `week` (from 1), if any. At drop-ins only those expected there
    /// (referred) are marked absent; at courses and booked sessions everyone is.
    fn mark(self, week: usize, salt: usize, expected: bool) -> Option<&'static str> {
        let present = match self {
            Habit::Regular => !(salt + week).is_multiple_of(10),
            Habit::Often => (salt + week * 3) % 10 < 7,
            Habit::Sometimes => (salt + week * 7) % 10 < 4,
            Habit::Dropped if week <= 2 => true,
            Habit::Dropped if week <= 4 => return expected.then_some("absent"),
            Habit::Dropped => return None,
            Habit::Joined if week < 4 => return None,
            Habit::Joined => (salt + week * 3) % 10 < 7,
        };
        match (present, expected) {
            (true, _) => Some("present"),
            (false, false) => None,
            (false, true) if (salt + week).is_multiple_of(3) => Some("apologies"),
            (false, true) => Some("absent"),
        }
    }
}

/// A mother: one of the demo's (by index into [`DEMO_MOTHERS`]) or a new one (by
/// index into [`NEW_MOTHERS`]).
#[derive(Clone, Copy, Debug)]
enum Who {
    Demo(usize),
    New(usize),
}

/// The demo's mothers who get a history. Amira, who signs in, does not.
const DEMO_MOTHERS: [&str; 5] = ["Magdalena", "Fatima", "Hana", "Ana", "Shirin"];

/// New mothers: name, family name, language, needs an interpreter, due in days
/// (negative: her baby was born that many days ago), postcode. All invented.
const NEW_MOTHERS: [(&str, &str, &str, bool, i64, &str); 28] = [
    ("Layla", "Mansour", "ar", true, -125, "L8 4TE"),
    ("Noor", "Al-Sayed", "ar", true, -60, "L7 3EA"),
    ("Rania", "Khalil", "ar", false, -200, "L15 1HP"),
    ("Samira", "Darwish", "ar", true, 45, "L8 0RT"),
    ("Huda", "Nasser", "ar", true, -30, "L6 1NG"),
    ("Mariam", "Saleh", "ar", false, -150, "L8 2UE"),
    ("Dalia", "Farouk", "ar", true, -90, "L7 8RS"),
    ("Katarzyna", "Wójcik", "pl", false, -140, "L6 5AB"),
    ("Agnieszka", "Kamińska", "pl", true, -150, "L13 2AA"),
    ("Ewa", "Lewandowska", "pl", false, -220, "L4 0TH"),
    ("Monika", "Zielińska", "pl", false, 30, "L6 3AP"),
    ("Aleksandra", "Szymańska", "pl", false, -160, "L13 0AL"),
    ("Chloe", "Roberts", "en", false, -50, "L8 9SP"),
    ("Jade", "Thompson", "en", false, -130, "L4 5UN"),
    ("Emma", "Walsh", "en", false, -80, "L15 4LT"),
    ("Sophie", "Clarke", "en", false, -160, "L17 7AB"),
    ("Megan", "Hughes", "en", false, 60, "L13 7DE"),
    ("Laura", "Bennett", "en", false, -25, "WA10 3PA"),
    ("Elena", "Ionescu", "ro", false, -135, "L13 3AD"),
    ("Ioana", "Dumitru", "ro", true, -140, "L6 2HJ"),
    ("Maria", "Stan", "ro", false, 20, "L7 6HD"),
    ("Shilan", "Ahmed", "ckb", true, -130, "L8 1TX"),
    ("Avin", "Rashid", "ckb", true, -170, "WA10 1QL"),
    ("Ayesha", "Malik", "ur", true, -65, "L7 0LR"),
    ("Sana", "Qureshi", "ur", false, -140, "L15 0HE"),
    ("Hodan", "Warsame", "so", true, -35, "L8 8AP"),
    ("Beatriz", "Almeida", "pt", false, -125, "L4 3SL"),
    ("Mei", "Zhang", "zh-Hans", true, -125, "L3 5TF"),
];

/// Who came to a session in a past term, and how often.
struct Roster {
    session: SessionKey,
    term: Term,
    people: &'static [(Who, Habit)],
}

use Habit::*;
use Who::{Demo, New};

const ROSTERS: &[Roster] = &[
    // Rhyme times: drop-ins, mostly new mothers.
    Roster {
        session: RHYME_TOXTETH,
        term: Term::Older,
        people: &[
            (New(2), Regular),
            (New(5), Often),
            (New(6), Sometimes),
            (New(12), Often),
            (New(15), Regular),
            (New(21), Sometimes),
        ],
    },
    Roster {
        session: RHYME_TOXTETH,
        term: Term::Recent,
        people: &[
            (New(0), Often),
            (New(2), Regular),
            (New(5), Regular),
            (New(6), Often),
            (New(12), Sometimes),
            (New(14), Often),
            (New(25), Joined),
        ],
    },
    Roster {
        session: RHYME_KENSINGTON,
        term: Term::Older,
        people: &[
            (New(7), Regular),
            (New(9), Often),
            (New(11), Sometimes),
            (New(13), Often),
        ],
    },
    Roster {
        session: RHYME_KENSINGTON,
        term: Term::Recent,
        people: &[
            (New(7), Often),
            (New(9), Regular),
            (New(10), Joined),
            (New(11), Often),
            (New(17), Sometimes),
        ],
    },
    Roster {
        session: RHYME_OLD_SWAN,
        term: Term::Recent,
        people: &[
            (New(18), Regular),
            (New(19), Often),
            (New(20), Sometimes),
            (New(16), Often),
        ],
    },
    // ESOL at St Helens: a course, both terms.
    Roster {
        session: ESOL_ST_HELENS,
        term: Term::Older,
        people: &[
            (New(1), Often),
            (New(3), Regular),
            (New(22), Often),
            (New(23), Sometimes),
            (New(25), Often),
            (New(27), Regular),
        ],
    },
    Roster {
        session: ESOL_ST_HELENS,
        term: Term::Recent,
        people: &[
            (New(1), Regular),
            (New(3), Often),
            (New(4), Often),
            (New(6), Dropped),
            (New(22), Regular),
            (New(23), Often),
            (New(25), Regular),
        ],
    },
    // Singing for mums at Central Library: a course each term; the recent one
    // screened at baseline, week 6 and end.
    Roster {
        session: SINGING_CENTRAL,
        term: Term::Older,
        people: &[
            (Demo(4), Often),
            (New(6), Regular),
            (New(12), Often),
            (New(14), Often),
            (New(17), Regular),
        ],
    },
    Roster {
        session: SINGING_CENTRAL,
        term: Term::Recent,
        people: &[
            (New(0), Regular),
            (New(2), Often),
            (New(5), Regular),
            (New(7), Often),
            (New(9), Regular),
            (New(13), Dropped),
            (New(15), Often),
            (New(18), Regular),
            (New(21), Regular),
            (New(22), Often),
            (New(24), Dropped),
            (New(27), Often),
        ],
    },
    // Singing at Kensington, with a Polish interpreter: a small group.
    Roster {
        session: SINGING_KENSINGTON,
        term: Term::Recent,
        people: &[
            (New(8), Regular),
            (New(11), Often),
            (New(19), Regular),
            (New(26), Dropped),
        ],
    },
    // Breastfeeding peer support: drop-ins.
    Roster {
        session: FEEDING_OLD_SWAN,
        term: Term::Older,
        people: &[
            (Demo(1), Regular),
            (Demo(0), Sometimes),
            (New(12), Often),
            (New(23), Regular),
        ],
    },
    Roster {
        session: FEEDING_OLD_SWAN,
        term: Term::Recent,
        people: &[
            (Demo(1), Often),
            (New(3), Joined),
            (New(4), Regular),
            (New(23), Dropped),
            (New(24), Sometimes),
        ],
    },
    Roster {
        session: FEEDING_HOSPITAL,
        term: Term::Recent,
        people: &[
            (Demo(2), Sometimes),
            (New(25), Often),
            (New(16), Joined),
            (New(10), Sometimes),
        ],
    },
    // Money and work advice: booked appointments.
    Roster {
        session: ADVICE_HOSPITAL,
        term: Term::Older,
        people: &[(New(1), Sometimes), (New(9), Sometimes), (Demo(3), Sometimes)],
    },
    Roster {
        session: ADVICE_HOSPITAL,
        term: Term::Recent,
        people: &[(New(7), Sometimes), (New(26), Dropped), (New(14), Sometimes)],
    },
];

/// What became of a referral, before the registers moved it on.
#[derive(Clone, Copy, Debug)]
enum Decision {
    /// Accepted; the registers do the rest.
    Accepted,
    /// Declined, with a reason, by `provider` or `mother`.
    Declined { reason: &'static str, by: &'static str },
    /// Accepted, then she withdrew.
    Withdrawn,
    /// Not answered yet.
    Waiting,
}

/// A move: the status, when, and why (for the system's moves).
type Move = (&'static str, DateTime<Utc>, Option<&'static str>);

impl Decision {
    /// The referral's moves from `sent`: the decision, then (once accepted) what her
    /// register marks at the programme did, as `registers::apply` moves a referral;
    /// `course_end` is the last date of the course, for completion.
    fn moves(
        self,
        sent: DateTime<Utc>,
        marks: &[(NaiveDate, DateTime<Utc>, &str)],
        course_end: Option<NaiveDate>,
    ) -> Vec<Move> {
        let mut moves: Vec<Move> = vec![("sent", sent, None)];
        match self {
            Decision::Waiting => return moves,
            Decision::Declined { .. } => {
                moves.push(("declined", sent + Duration::days(2), None));
                return moves;
            }
            Decision::Withdrawn => {
                moves.push(("accepted", sent + Duration::days(1), None));
                moves.push(("withdrawn", sent + Duration::days(6), None));
                return moves;
            }
            Decision::Accepted => moves.push(("accepted", sent + Duration::days(1), None)),
        }
        if course_end.is_some() {
            moves.push(("booked", sent + Duration::days(2), None));
        }
        let mut status = moves.last().map(|m| m.0).unwrap_or("accepted");
        let mut history: Vec<&str> = Vec::new();
        let mut present = 0;
        let needed = (10.0 * perilink_shared::register::COURSE_COMPLETION_SHARE).ceil() as usize;
        for (date, at, mark) in marks {
            history.push(mark);
            if *mark == "present" {
                present += 1;
                if status == "accepted" {
                    moves.push(("booked", *at, Some("came without a booking")));
                    status = "booked";
                }
                if matches!(status, "booked" | "did_not_attend") {
                    moves.push(("attending", *at, None));
                    status = "attending";
                }
            } else if history.len() >= 2
                && history[history.len() - 2..].iter().all(|m| *m == "absent")
                && matches!(status, "booked" | "attending")
            {
                moves.push(("did_not_attend", *at, Some("missed two sessions in a row")));
                status = "did_not_attend";
            }
            if course_end == Some(*date) && status == "attending" && present >= needed {
                moves.push(("completed", *at, None));
                status = "completed";
            }
        }
        // Away on the last date, but came enough: the coordinator closed the course.
        if let (Some(end), "attending", true) = (course_end, status, present >= needed) {
            let closed = london_time(end + Duration::days(1), "10:00");
            moves.push(("completed", closed, Some("course closed")));
        }
        moves
    }
}

/// A referral by the link worker: the new mother, the session, the term (whose
/// first date it was sent so many days before; for this term, days before today),
/// and the decision.
struct ReferralSeed {
    mother: usize,
    session: SessionKey,
    term: Term,
    days_before: i64,
    decision: Decision,
}

const FULL: Decision = Decision::Declined {
    reason: "The course is full this term; she has first refusal next term.",
    by: "provider",
};
const SHE_DECLINED: Decision = Decision::Declined {
    reason: "She has help from her family for now.",
    by: "mother",
};

const fn referral(
    mother: usize,
    session: SessionKey,
    term: Term,
    days_before: i64,
    decision: Decision,
) -> ReferralSeed {
    ReferralSeed {
        mother,
        session,
        term,
        days_before,
        decision,
    }
}

const REFERRALS: &[ReferralSeed] = &[
    // To the recent singing course at Central Library.
    referral(0, SINGING_CENTRAL, Term::Recent, 24, Decision::Accepted),
    referral(2, SINGING_CENTRAL, Term::Recent, 21, Decision::Accepted),
    referral(5, SINGING_CENTRAL, Term::Recent, 20, Decision::Accepted),
    referral(7, SINGING_CENTRAL, Term::Recent, 19, Decision::Accepted),
    referral(9, SINGING_CENTRAL, Term::Recent, 17, Decision::Accepted),
    referral(13, SINGING_CENTRAL, Term::Recent, 16, Decision::Accepted),
    referral(15, SINGING_CENTRAL, Term::Recent, 14, Decision::Accepted),
    referral(18, SINGING_CENTRAL, Term::Recent, 13, Decision::Accepted),
    referral(21, SINGING_CENTRAL, Term::Recent, 12, Decision::Accepted),
    referral(24, SINGING_CENTRAL, Term::Recent, 9, Decision::Accepted),
    referral(27, SINGING_CENTRAL, Term::Recent, 8, Decision::Accepted),
    referral(16, SINGING_CENTRAL, Term::Recent, 7, FULL),
    referral(20, SINGING_CENTRAL, Term::Recent, 6, FULL),
    referral(14, SINGING_CENTRAL, Term::Recent, 10, Decision::Withdrawn),
    // To the small singing group at Kensington.
    referral(8, SINGING_KENSINGTON, Term::Recent, 15, Decision::Accepted),
    referral(11, SINGING_KENSINGTON, Term::Recent, 11, Decision::Accepted),
    referral(26, SINGING_KENSINGTON, Term::Recent, 9, Decision::Accepted),
    // To breastfeeding peer support.
    referral(23, FEEDING_OLD_SWAN, Term::Older, 4, Decision::Accepted),
    referral(12, FEEDING_OLD_SWAN, Term::Older, 5, Decision::Accepted),
    referral(3, FEEDING_OLD_SWAN, Term::Recent, 20, Decision::Accepted),
    referral(4, FEEDING_OLD_SWAN, Term::Recent, 6, Decision::Accepted),
    referral(25, FEEDING_HOSPITAL, Term::Recent, 8, Decision::Accepted),
    referral(19, FEEDING_HOSPITAL, Term::Recent, 4, SHE_DECLINED),
    referral(10, FEEDING_HOSPITAL, Term::Current, 5, Decision::Accepted),
    // To money and work advice.
    referral(1, ADVICE_HOSPITAL, Term::Older, 6, Decision::Accepted),
    referral(9, ADVICE_HOSPITAL, Term::Older, 3, Decision::Accepted),
    referral(7, ADVICE_HOSPITAL, Term::Recent, 5, Decision::Accepted),
    referral(26, ADVICE_HOSPITAL, Term::Recent, 2, Decision::Accepted),
    referral(20, ADVICE_HOSPITAL, Term::Recent, 12, Decision::Withdrawn),
    // Waiting for a reply now.
    referral(16, SINGING_CENTRAL, Term::Current, 2, Decision::Waiting),
    referral(17, ADVICE_HOSPITAL, Term::Current, 1, Decision::Waiting),
];

/// Per kind: the referral reasons, and what matters to her, in her words.
const KIND_TEXTS: [(&str, &str, &[&str]); 3] = [
    (
        "singing",
        "low_mood_or_anxiety isolation",
        &[
            "Feeling like myself again and getting out of the house with the baby.",
            "Meeting other mums who understand.",
            "Sleeping better and not crying every day.",
        ],
    ),
    (
        "breastfeeding_support",
        "infant_feeding",
        &[
            "Keep breastfeeding; I stopped with my first.",
            "Help with latching and feeding at night.",
        ],
    ),
    (
        "advice",
        "money_housing_or_work",
        &[
            "Sorting out my maternity pay.",
            "Damp in the flat and the landlord will not fix it.",
        ],
    ),
];

/// EPDS totals at baseline, week 6 and end: mothers of a course in a term.
type Screened = &'static [(Who, (Option<u8>, Option<u8>, Option<u8>))];

const SCREENINGS: &[(SessionKey, Term, Screened)] = &[
    (
        SINGING_CENTRAL,
        Term::Recent,
        &[
            (New(0), (Some(17), Some(12), Some(9))),
            (New(2), (Some(14), Some(11), Some(10))),
            (New(5), (Some(19), Some(15), Some(12))),
            (New(7), (Some(13), Some(10), Some(8))),
            (New(9), (Some(15), Some(13), Some(11))),
            (New(13), (Some(16), None, None)),
            (New(15), (Some(12), Some(9), Some(7))),
            (New(18), (Some(18), Some(13), Some(11))),
            (New(21), (Some(21), Some(16), Some(13))),
            (New(22), (Some(14), Some(12), Some(12))),
            (New(24), (Some(20), None, None)),
            (New(27), (Some(15), Some(10), None)),
        ],
    ),
    (
        SINGING_KENSINGTON,
        Term::Recent,
        &[
            (New(8), (Some(14), Some(11), Some(9))),
            (New(11), (Some(16), Some(12), Some(10))),
            (New(19), (Some(11), Some(9), Some(8))),
            (New(26), (Some(13), None, None)),
        ],
    ),
    (
        ESOL_ST_HELENS,
        Term::Recent,
        &[
            (New(1), (Some(15), Some(12), None)),
            (New(23), (Some(11), Some(9), None)),
            (New(25), (Some(14), Some(13), None)),
        ],
    ),
];

/// Enrolled on this term's ESOL course at St Helens (its ten places).
const ENROLLED: [Who; 10] = [
    New(1),
    New(3),
    New(4),
    New(6),
    New(21),
    New(22),
    New(23),
    New(25),
    New(27),
    New(0),
];

/// On its waiting list, first come first.
const WAITING: [Who; 6] = [New(8), New(19), New(24), New(26), New(10), New(20)];

// ------------------------------------------------------------------- the inserts

/// The rows to insert, per table.
#[derive(Default)]
struct Rows {
    users: Vec<Vec<Value>>,
    mothers: Vec<Vec<Value>>,
    caseload: Vec<Vec<Value>>,
    consents: Vec<Vec<Value>>,
    occurrences: Vec<Vec<Value>>,
    attendance: Vec<Vec<Value>>,
    referrals: Vec<Vec<Value>>,
    events: Vec<Vec<Value>>,
    screenings: Vec<Vec<Value>>,
    alerts: Vec<Vec<Value>>,
    bookings: Vec<Vec<Value>>,
}

impl Rows {
    async fn insert(self, db: &impl ConnectionTrait) -> Result<(), DbErr> {
        let tables: [Table; 11] = [
            (
                "users",
                &[
                    "id",
                    "email",
                    "password_hash",
                    "role",
                    "display_name",
                    "job_title",
                    "organisation_id",
                    "language",
                    "active",
                    "created_at",
                ],
                self.users,
            ),
            (
                "mothers",
                &[
                    "id",
                    "given_name",
                    "family_name",
                    "phone",
                    "language",
                    "interpreter_needed",
                    "due_date",
                    "baby_birth_date",
                    "postcode",
                    "created_at",
                ],
                self.mothers,
            ),
            ("caseload", &["mother_id", "user_id", "added_at"], self.caseload),
            (
                "consents",
                &[
                    "id",
                    "mother_id",
                    "scopes",
                    "shared_with",
                    "contact",
                    "recorded_at",
                    "recorded_by",
                ],
                self.consents,
            ),
            (
                "occurrences",
                &["id", "session_id", "date", "cancelled", "booked"],
                self.occurrences,
            ),
            (
                "attendance",
                &[
                    "id",
                    "occurrence_id",
                    "mother_id",
                    "status",
                    "recorded_at",
                    "recorded_by",
                    "received_at",
                ],
                self.attendance,
            ),
            (
                "referrals",
                &[
                    "id",
                    "mother_id",
                    "referrer_id",
                    "programme_id",
                    "session_id",
                    "consent_id",
                    "status",
                    "reasons",
                    "what_matters",
                    "note",
                    "decline_reason",
                    "declined_by",
                    "created_at",
                    "updated_at",
                    "replied_at",
                    "first_attended_at",
                ],
                self.referrals,
            ),
            (
                "referral_events",
                &[
                    "id",
                    "referral_id",
                    "from_status",
                    "to_status",
                    "actor",
                    "by_user_id",
                    "at",
                    "reason",
                ],
                self.events,
            ),
            (
                "screenings",
                &[
                    "id",
                    "mother_id",
                    "instrument",
                    "instrument_version",
                    "language",
                    "language_validated",
                    "answers",
                    "item_scores",
                    "total",
                    "band",
                    "urgent",
                    "administered_by",
                    "administered_as",
                    "session_id",
                    "timepoint",
                    "taken_at",
                ],
                self.screenings,
            ),
            (
                "alerts",
                &[
                    "id",
                    "screening_id",
                    "mother_id",
                    "reason",
                    "raised_at",
                    "acknowledged_at",
                    "acknowledged_by",
                    "action_note",
                ],
                self.alerts,
            ),
            (
                "bookings",
                &[
                    "id",
                    "mother_id",
                    "session_id",
                    "kind",
                    "status",
                    "created_at",
                    "updated_at",
                ],
                self.bookings,
            ),
        ];
        for (table, columns, rows) in tables {
            // Well under SQLite's oldest limit of 999 values a statement.
            let per_statement = (900 / columns.len()).max(1);
            let one = format!("({})", vec!["?"; columns.len()].join(", "));
            for chunk in rows.chunks(per_statement) {
                let statement = format!(
                    "INSERT INTO {table} ({}) VALUES {}",
                    columns.join(", "),
                    vec![one.as_str(); chunk.len()].join(", ")
                );
                sql::exec(db, &statement, chunk.iter().flatten().cloned().collect()).await?;
            }
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn demo_epds_answers_score_to_the_total_asked_for_without_a_safety_item() {
        for total in 0..=27u8 {
            let scored = score(Instrument::Epds, &epds_answers(total)).unwrap();
            assert_eq!(scored.total, total);
            assert!(!scored.urgent, "item 10 is never scored in the demo");
        }
    }

    #[test]
    fn a_course_dropout_is_marked_did_not_attend_after_two_misses() {
        let sent = london_time(NaiveDate::from_ymd_opt(2026, 6, 1).unwrap(), "11:00");
        let dates: Vec<NaiveDate> = Term::Recent.dates(NaiveDate::from_ymd_opt(2026, 9, 2).unwrap());
        let marks: Vec<(NaiveDate, DateTime<Utc>, &str)> = (1..=10)
            .filter_map(|w| {
                Habit::Dropped
                    .mark(w, 0, true)
                    .map(|m| (dates[w - 1], london_time(dates[w - 1], "13:00"), m))
            })
            .collect();
        let moves = Decision::Accepted.moves(sent, &marks, Some(dates[9]));
        let statuses: Vec<&str> = moves.iter().map(|m| m.0).collect();
        assert_eq!(
            statuses,
            ["sent", "accepted", "booked", "attending", "did_not_attend"]
        );
        let regular: Vec<(NaiveDate, DateTime<Utc>, &str)> = (1..=10)
            .filter_map(|w| {
                Habit::Regular
                    .mark(w, 3, true)
                    .map(|m| (dates[w - 1], london_time(dates[w - 1], "13:00"), m))
            })
            .collect();
        let moves = Decision::Accepted.moves(sent, &regular, Some(dates[9]));
        assert_eq!(moves.last().unwrap().0, "completed");
    }

    #[test]
    fn terms_fall_before_the_current_one_on_the_same_weekday() {
        let first = NaiveDate::from_ymd_opt(2026, 11, 18).unwrap();
        for term in [Term::Older, Term::Recent] {
            let dates = term.dates(first);
            assert_eq!(dates.len(), 10);
            assert!(
                dates
                    .iter()
                    .all(|d| d.weekday() == first.weekday() && *d < first - Duration::days(14))
            );
        }
        assert!(Term::Older.dates(first)[9] < Term::Recent.dates(first)[0]);
    }

    #[test]
    fn london_times_follow_the_clocks() {
        let winter = london_time(NaiveDate::from_ymd_opt(2026, 1, 7).unwrap(), "13:00");
        assert_eq!(winter.to_rfc3339(), "2026-01-07T13:00:00+00:00");
        let summer = london_time(NaiveDate::from_ymd_opt(2026, 7, 8).unwrap(), "13:00");
        assert_eq!(summer.to_rfc3339(), "2026-07-08T12:00:00+00:00");
    }
}
