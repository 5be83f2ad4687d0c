//! The one rule for messaging a mother: whether PeriLink may, by which channel, and
//! from when. Every message to a mother that she did not ask for herself this
//! minute (news of a referral, a place come free, a reminder, a set-up link a
//! referrer offered) is planned here; codes and links she asks for go at once by
//! the way she asked.
//!
//! In order:
//! - her consent: if she withdrew it, no such message at all; the contact
//!   preference on it: `none` means none either; otherwise that channel first.
//!   Without a consent (she signed up herself), a text if she gave a phone, else
//!   an email;
//! - the channel needs an address on her record;
//! - her contact window ([`crate::service::contact_windows`], issue 22): a channel
//!   she ruled out is skipped for the next; one allowed only at some times waits
//!   for the next of them;
//! - quiet hours: nothing goes between 21:00 and 08:00 in London; it waits for 08:00.
//!
//! A message that no channel and time allows within a week is not queued.

use crate::entity::{consent, mother};
use crate::service::contact_windows::window_of;
use chrono::{DateTime, Duration, Utc};
use perilink_shared::calendar::london_offset_seconds;
use perilink_shared::contact_window::{Channel, ContactWindow};
use perilink_shared::referral::ContactPreference;
use sea_orm::{ColumnTrait, ConnectionTrait, DbErr, EntityTrait, QueryFilter, QueryOrder};

/// When a message may go out and how.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Plan {
    /// The outbox channel: `sms`, `email` or `phone`.
    pub channel: &'static str,
    /// Not before then.
    pub at: DateTime<Utc>,
}

/// Quiet hours in London, as minutes after midnight: from 21:00 to 08:00.
const QUIET_FROM: i64 = 21 * 60;
const QUIET_UNTIL: i64 = 8 * 60;
/// How far ahead a time is looked for, and in what steps.
const LOOK_AHEAD: Duration = Duration::days(8);
const STEP: Duration = Duration::minutes(15);

/// Minutes after midnight in London at `at`.
pub fn london_minute(at: DateTime<Utc>) -> i64 {
    let unix = at.timestamp();
    (unix + london_offset_seconds(unix)).rem_euclid(86_400) / 60
}

/// Whether `at` falls in quiet hours in London.
pub fn is_quiet(at: DateTime<Utc>) -> bool {
    !(QUIET_UNTIL..QUIET_FROM).contains(&london_minute(at))
}

fn window_channel(channel: &str) -> Channel {
    match channel {
        "email" => Channel::Email,
        "phone" => Channel::Call,
        _ => Channel::Text,
    }
}

/// The first moment from `now` on, on a quarter hour after the first, outside
/// quiet hours and inside her window for `channel`; `None` within the look-ahead.
fn first_allowed(now: DateTime<Utc>, window: Option<&ContactWindow>, channel: &str) -> Option<DateTime<Utc>> {
    let allowed = |at: DateTime<Utc>| {
        !is_quiet(at) && window.is_none_or(|w| w.allows(window_channel(channel), at.timestamp()))
    };
    if allowed(now) {
        return Some(now);
    }
    // Later times on whole quarter hours (08:00 sharp, not 08:07).
    let quarter = STEP.num_seconds();
    let first = DateTime::from_timestamp((now.timestamp() / quarter + 1) * quarter, 0)?;
    std::iter::successors(Some(first), |t| Some(*t + STEP))
        .take_while(|t| *t < now + LOOK_AHEAD)
        .find(|t| allowed(*t))
}

/// The channels to try, in order, from her preference and her record alone.
fn candidates(m: &mother::Model, preference: Option<ContactPreference>) -> Vec<&'static str> {
    let wanted: &[&'static str] = match preference {
        Some(ContactPreference::None) => &[],
        Some(ContactPreference::Sms) | None => &["sms", "email"],
        Some(ContactPreference::Email) => &["email", "sms"],
        Some(ContactPreference::Phone) => &["phone"],
    };
    wanted
        .iter()
        .copied()
        .filter(|c| match *c {
            "email" => m.email.is_some(),
            _ => m.phone.is_some(),
        })
        .collect()
}

/// How and when a message she did not ask for may reach her, if at all.
pub async fn plan(
    db: &impl ConnectionTrait,
    m: &mother::Model,
    now: DateTime<Utc>,
) -> Result<Option<Plan>, DbErr> {
    let latest = consent::Entity::find()
        .filter(consent::Column::MotherId.eq(m.id.as_str()))
        .order_by_desc(consent::Column::RecordedAt)
        .one(db)
        .await?;
    if latest.as_ref().is_some_and(|c| c.withdrawn_at.is_some()) {
        // She withdrew her consent: nothing she did not ask for herself.
        return Ok(None);
    }
    let preference = latest.and_then(|c| c.contact.parse::<ContactPreference>().ok());
    let window = window_of(db, &m.id).await?;
    Ok(candidates(m, preference)
        .into_iter()
        .find_map(|channel| first_allowed(now, window.as_ref(), channel).map(|at| Plan { channel, at })))
}

/// [`plan`] for one channel only (a link offered by the way she gave her details).
pub async fn plan_by(
    db: &impl ConnectionTrait,
    m: &mother::Model,
    channel: &'static str,
    now: DateTime<Utc>,
) -> Result<Option<Plan>, DbErr> {
    let window = window_of(db, &m.id).await?;
    Ok(first_allowed(now, window.as_ref(), channel).map(|at| Plan { channel, at }))
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;
    use perilink_shared::contact_window::TimeRange;

    fn utc(y: i32, mo: u32, d: u32, h: u32, mi: u32) -> DateTime<Utc> {
        Utc.with_ymd_and_hms(y, mo, d, h, mi, 0).unwrap()
    }

    #[test]
    fn quiet_hours_are_nine_at_night_to_eight_in_the_morning_in_london() {
        // December: London is on UTC.
        assert!(!is_quiet(utc(2026, 12, 7, 8, 0)));
        assert!(!is_quiet(utc(2026, 12, 7, 20, 59)));
        assert!(is_quiet(utc(2026, 12, 7, 21, 0)));
        assert!(is_quiet(utc(2026, 12, 7, 7, 59)));
        // July: British Summer Time, an hour ahead.
        assert!(is_quiet(utc(2026, 7, 7, 20, 0)));
        assert!(!is_quiet(utc(2026, 7, 7, 19, 59)));
        assert!(!is_quiet(utc(2026, 7, 7, 7, 0)));
    }

    #[test]
    fn a_message_at_night_waits_for_eight() {
        assert_eq!(
            first_allowed(utc(2026, 12, 7, 22, 10), None, "sms"),
            Some(utc(2026, 12, 8, 8, 0))
        );
        assert_eq!(
            first_allowed(utc(2026, 7, 7, 22, 10), None, "sms"),
            Some(utc(2026, 7, 8, 7, 0))
        );
        let day = utc(2026, 12, 7, 10, 7);
        assert_eq!(
            first_allowed(day, None, "sms"),
            Some(day),
            "in the day it goes at once"
        );
    }

    #[test]
    fn her_window_moves_a_message_to_when_she_said_and_rules_out_a_channel() {
        // Texts on weekdays before 15:00 only; never email.
        let window = ContactWindow {
            channels: vec![Channel::Text],
            weekdays: vec![1, 2, 3, 4, 5],
            times: vec![TimeRange {
                from: 0,
                until: 15 * 60,
            }],
        }
        .parse()
        .unwrap();
        // Monday 7 December 2026, 16:00: not until Tuesday 08:00 (quiet hours end).
        assert_eq!(
            first_allowed(utc(2026, 12, 7, 16, 0), Some(&window), "sms"),
            Some(utc(2026, 12, 8, 8, 0))
        );
        // Friday 11 December, 15:30: Monday 14 December, 08:00.
        assert_eq!(
            first_allowed(utc(2026, 12, 11, 15, 30), Some(&window), "sms"),
            Some(utc(2026, 12, 14, 8, 0))
        );
        assert_eq!(
            first_allowed(utc(2026, 12, 7, 10, 0), Some(&window), "email"),
            None
        );
    }

    fn mother(phone: bool, email: bool) -> mother::Model {
        mother::Model {
            id: "m".into(),
            user_id: None,
            given_name: "Hodan".into(),
            family_name: None,
            phone: phone.then(|| "+447700900123".into()),
            email: email.then(|| "hodan@example.org".into()),
            language: "so".into(),
            dialect: None,
            interpreter_needed: false,
            due_date: None,
            baby_birth_date: None,
            postcode: None,
            nhs_number: None,
            calendar_token: None,
            created_at: Utc::now(),
            baby_name: None,
            last_attended_on: None,
            caseload_added_at: None,
        }
    }

    #[test]
    fn her_preference_and_record_decide_the_channels() {
        assert!(candidates(&mother(true, true), Some(ContactPreference::None)).is_empty());
        assert_eq!(
            candidates(&mother(true, true), Some(ContactPreference::Email)),
            ["email", "sms"]
        );
        assert_eq!(candidates(&mother(true, true), None), ["sms", "email"]);
        assert_eq!(
            candidates(&mother(false, true), Some(ContactPreference::Sms)),
            ["email"]
        );
        assert!(candidates(&mother(false, false), None).is_empty());
    }
}
