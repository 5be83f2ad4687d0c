//! Replies count (issue 16): what a mother texts back to PeriLink's number, passed
//! on by Notify's received-text callback.
//!
//! Her number finds her record. A reply that says she cannot come ("2", in any
//! script's digits, or the word for no in her language: [`NO_WORDS`]) is about her
//! next booked date that was reminded (`session_reminders`): her apologies are
//! recorded on that date's register, and a booked date is cancelled through
//! [`bookings::cancel`], the same path as cancelling in the app, so the place goes
//! to the waiting list. A course enrolment is not given up for one missed date:
//! only the apologies are recorded. Anything else she writes is kept for that
//! date's host and shown on the register.
//!
//! Each text is recorded once by Notify's id in `inbound_texts`, before anything
//! is done with it, so a callback Notify sends again changes nothing twice. Her
//! number is never kept or logged, and her words only when they are for the host.

use crate::entity::mother;
use crate::error::AppError;
use crate::service::{bookings, registers, sql};
use chrono::{DateTime, Utc};
use perilink_shared::contact::PhoneNumber;
use sea_orm::{DatabaseConnection, EntityTrait, FromQueryResult};

/// The words that mean "no" (she cannot come), per language tag, as written after
/// [`normalise`]. "2" works in every language; English words only in English (in
/// Polish, "no" means "yes, well").
pub const NO_WORDS: &[(&str, &[&str])] = &[
    ("en", &["no", "nope", "cannot", "can't", "cant"]),
    ("ar", &["لا", "ﻻ", "لأ", "كلا"]),
    ("bn", &["না", "na"]),
    ("ckb", &["نا", "نەخێر", "نەء"]),
    ("fa", &["نه", "نخیر", "خیر"]),
    ("pl", &["nie"]),
    ("pt", &["não", "nao"]),
    ("ro", &["nu"]),
    ("so", &["maya"]),
    ("ti", &["ኣይፋል", "ኣይኮነን", "ኣይ", "አይ"]),
    ("ur", &["نہیں", "نہ", "nahi", "nahin"]),
    ("zh-Hans", &["不", "不能", "不去", "不来", "否"]),
];

/// "2" as she may type it: Western, Arabic-Indic, Persian, Bengali, Ethiopic or
/// full-width digits.
const TWOS: &[&str] = &["2", "٢", "۲", "২", "፪", "２"];

/// The longest text kept (Notify passes on joined texts of up to about ten parts).
pub const MAX_CHARS: usize = 1600;

/// Her words without the spaces and punctuation around them, in lower case.
fn normalise(text: &str) -> String {
    text.trim_matches(|c: char| {
        c.is_whitespace()
            || matches!(
                c,
                '.' | '!' | '?' | ',' | '،' | '؟' | '۔' | '।' | '።' | '。' | '！' | '？' | '，' | '"' | '\''
            )
    })
    .to_lowercase()
}

/// Whether a reply says she cannot come: "2", or the word for no in her language.
pub fn says_no(text: &str, language: &str) -> bool {
    let said = normalise(text);
    if TWOS.contains(&said.as_str()) {
        return true;
    }
    NO_WORDS
        .iter()
        .filter(|(tag, _)| *tag == language)
        .flat_map(|(_, words)| words.iter())
        .any(|word| normalise(word) == said)
}

/// The sender's number as PeriLink keeps numbers: Notify writes it in
/// international form without the `+` (`447700900123`).
pub fn sender_number(source: &str) -> Option<PhoneNumber> {
    PhoneNumber::parse(source)
        .or_else(|_| PhoneNumber::parse(&format!("+{}", source.trim())))
        .ok()
}

/// A text Notify passed on.
pub struct Received<'a> {
    /// Notify's id for it.
    pub id: &'a str,
    pub source_number: &'a str,
    pub message: &'a str,
    pub received_at: DateTime<Utc>,
}

/// What became of a text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Outcome {
    /// She cannot come: apologies recorded, a booked date cancelled.
    Apologies,
    /// Kept for the host of her next reminded date.
    ForTheHost,
    /// From a mother with no reminded date ahead: nothing to do.
    NoDate,
    /// From a number no mother has.
    UnknownNumber,
    /// Handled before (Notify sent it again).
    Replayed,
}

impl Outcome {
    fn as_str(self) -> &'static str {
        match self {
            Outcome::Apologies => "apologies",
            Outcome::ForTheHost => "message",
            Outcome::NoDate => "no_date",
            Outcome::UnknownNumber => "unknown_number",
            Outcome::Replayed => "replayed",
        }
    }
}

/// The texts she sent that PeriLink kept, oldest first, for her data download:
/// when, about which date, what became of each, and her words where they were kept
/// for the host.
pub async fn sent_by<C: sea_orm::ConnectionTrait>(
    db: &C,
    mother_id: &str,
) -> Result<Vec<serde_json::Value>, AppError> {
    let rows: Vec<SentRow> = sql::rows(
        db,
        "SELECT received_at, occurrence_id, outcome, body FROM inbound_texts WHERE mother_id = ? \
         ORDER BY received_at, id",
        vec![mother_id.into()],
    )
    .await?;
    let mut texts = Vec::with_capacity(rows.len());
    for row in rows {
        texts.push(serde_json::json!({
            "received_at": row.received_at.to_rfc3339_opts(chrono::SecondsFormat::Secs, true),
            "occurrence_id": row.occurrence_id,
            "outcome": row.outcome,
            "text": row.body,
        }));
    }
    Ok(texts)
}

/// A text she sent.
#[derive(FromQueryResult)]
struct SentRow {
    received_at: DateTime<Utc>,
    occurrence_id: Option<String>,
    outcome: String,
    body: Option<String>,
}

/// The booking a text answers: [`NEXT_REMINDED`].
#[derive(FromQueryResult)]
struct RemindedRow {
    booking_id: String,
    kind: String,
    occurrence_id: String,
    mother_id: String,
}

/// Her next booked date that she was reminded of, from today on: the booking, its
/// kind, the date and whose it is (several records may share a number).
const NEXT_REMINDED: &str = "SELECT b.id AS booking_id, b.kind, o.id AS occurrence_id, b.mother_id FROM session_reminders r \
     JOIN bookings b ON b.id = r.booking_id \
     JOIN occurrences o ON o.id = r.occurrence_id \
     JOIN sessions s ON s.id = o.session_id \
     JOIN mothers m ON m.id = b.mother_id \
     WHERE m.phone = ? AND b.status = 'booked' AND o.cancelled = FALSE AND o.date >= ? \
     ORDER BY o.date, s.start_time, o.id LIMIT 1";

/// Acts on one text, once.
pub async fn receive(
    db: &DatabaseConnection,
    snapshot: &crate::directory::Snapshot,
    text: Received<'_>,
    now: DateTime<Utc>,
) -> Result<Outcome, AppError> {
    let seen = sql::ids(
        db,
        "SELECT id FROM inbound_texts WHERE id = ?",
        vec![text.id.into()],
    )
    .await?;
    if !seen.is_empty() {
        return Ok(Outcome::Replayed);
    }
    let Some(phone) = sender_number(text.source_number) else {
        return Ok(Outcome::UnknownNumber);
    };
    let phone = phone.as_str().to_owned();
    let today = crate::clock::london_date(now);
    let next = sql::row::<RemindedRow>(db, NEXT_REMINDED, vec![phone.clone().into(), today.into()]).await?;
    let (booking, mother_id) = match next {
        Some(row) => (Some((row.booking_id, row.kind, row.occurrence_id)), row.mother_id),
        None => match sql::ids(
            db,
            "SELECT id FROM mothers WHERE phone = ? ORDER BY created_at, id LIMIT 1",
            vec![phone.into()],
        )
        .await?
        .into_iter()
        .next()
        {
            Some(id) => (None, id),
            None => return Ok(Outcome::UnknownNumber),
        },
    };
    let Some(m) = mother::Entity::find_by_id(mother_id.as_str()).one(db).await? else {
        return Ok(Outcome::UnknownNumber);
    };
    let outcome = match &booking {
        Some(_) if says_no(text.message, &m.language) => Outcome::Apologies,
        Some(_) if !text.message.trim().is_empty() => Outcome::ForTheHost,
        _ => Outcome::NoDate,
    };
    let occurrence = booking
        .as_ref()
        .filter(|_| outcome != Outcome::NoDate)
        .map(|(_, _, o)| o.clone());
    // Claimed before anything is done, so a twin of this callback does nothing.
    let claimed = sql::exec(
        db,
        "INSERT INTO inbound_texts (id, mother_id, occurrence_id, outcome, body, received_at) \
         VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO NOTHING",
        vec![
            text.id.into(),
            m.id.clone().into(),
            occurrence.clone().into(),
            outcome.as_str().into(),
            (outcome == Outcome::ForTheHost)
                .then(|| text.message.trim().to_owned())
                .into(),
            text.received_at.into(),
        ],
    )
    .await?;
    if claimed != 1 {
        return Ok(Outcome::Replayed);
    }
    if let (Outcome::Apologies, Some((booking, kind, occurrence))) = (outcome, &booking)
        && let Err(error) = cannot_come(db, snapshot, &m, booking, kind, occurrence, now).await
    {
        // Undone, so that Notify's retry of this callback tries again.
        sql::exec(db, "DELETE FROM inbound_texts WHERE id = ?", vec![text.id.into()]).await?;
        return Err(error);
    }
    tracing::info!(
        notify.id = %text.id,
        mother.id = %m.id,
        occurrence.id = occurrence.as_deref().unwrap_or(""),
        outcome = outcome.as_str(),
        "text received"
    );
    Ok(outcome)
}

/// Her apologies on the register, and a booked date given up as in the app.
async fn cannot_come(
    db: &DatabaseConnection,
    snapshot: &crate::directory::Snapshot,
    m: &mother::Model,
    booking: &str,
    kind: &str,
    occurrence: &str,
    now: DateTime<Utc>,
) -> Result<(), AppError> {
    let txn = sql::begin_write(db).await?;
    registers::record_apologies(&txn, occurrence, m, now).await?;
    txn.commit().await?;
    if kind == "occurrence" {
        bookings::cancel(db, snapshot, &m.id, booking).await?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn two_means_she_cannot_come_in_any_language_and_any_digits() {
        for (text, language) in [
            ("2", "en"),
            (" 2. ", "so"),
            ("٢", "ar"),
            ("۲", "fa"),
            ("২", "bn"),
            ("2", "zh-Hans"),
        ] {
            assert!(says_no(text, language), "{text:?} in {language}");
        }
        assert!(!says_no("12", "en"));
        assert!(!says_no("2 people", "en"));
    }

    #[test]
    fn the_word_for_no_counts_only_in_her_language() {
        assert!(says_no("Maya", "so"));
        assert!(says_no("لا", "ar"));
        assert!(says_no("Nie!", "pl"));
        assert!(says_no("não", "pt"));
        assert!(says_no("不", "zh-Hans"));
        assert!(says_no("No", "en"));
        assert!(!says_no("no", "pl"), "in Polish `no` is a yes");
        assert!(!says_no("maya", "en"));
        assert!(!says_no("Running late, sorry", "en"));
    }

    #[test]
    fn every_language_has_its_word_for_no() {
        for language in [
            "ar", "bn", "ckb", "en", "fa", "pl", "pt", "ro", "so", "ti", "ur", "zh-Hans",
        ] {
            assert!(
                NO_WORDS
                    .iter()
                    .any(|(tag, words)| *tag == language && !words.is_empty()),
                "{language}"
            );
        }
    }

    #[test]
    fn notifys_numbers_are_read_as_the_server_keeps_them() {
        assert_eq!(sender_number("447700900111").unwrap().as_str(), "+447700900111");
        assert_eq!(sender_number("+447700900111").unwrap().as_str(), "+447700900111");
        assert_eq!(sender_number("07700900111").unwrap().as_str(), "+447700900111");
        assert!(sender_number("12025550123").is_none());
        assert!(sender_number("not a number").is_none());
    }
}
