//! A feed's service as PeriLink would list it, and a listing here in the same
//! shape, so the two can be hashed, compared and shown side by side.

use crate::entity::{occurrence, programme, programme_translation, session, venue};
use crate::service::openreferral::{Location, Schedule, Service};
use chrono::{Datelike, NaiveDate};
use perilink_shared::directory::{BookingMode, Format, ProgrammeKind};
use perilink_shared::directory_admin::{ClockTime, Frequency};
use perilink_shared::feeds::{ImportedContent, ImportedSession, ImportedVenue};
use perilink_shared::language::LanguageTag;
use sea_orm::{ColumnTrait, ConnectionTrait, DbErr, EntityTrait, QueryFilter, QueryOrder};
use sha2::{Digest, Sha256};
use std::collections::HashMap;

const BYDAY: [&str; 7] = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"];

/// The SHA-256 of a listing's content, hex.
pub fn hash(content: &ImportedContent) -> String {
    let json = serde_json::to_string(content).unwrap_or_default();
    Sha256::digest(json.as_bytes())
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

/// A service as PeriLink would list it, and the sessions it could not keep (with
/// why); or why the whole service cannot be imported.
pub fn content_of(service: &Service) -> Result<(ImportedContent, Vec<String>), String> {
    let name = service.name.trim();
    if name.is_empty() {
        return Err(format!("service {} has no name", service.id));
    }
    let description = service
        .description
        .as_deref()
        .map(str::trim)
        .filter(|d| !d.is_empty())
        .unwrap_or(name);
    let mut kind = ProgrammeKind::Other;
    let (mut for_pregnant, mut baby) = (false, None);
    for a in &service.attributes {
        match (a.link_type.as_str(), a.taxonomy_term.term.as_str()) {
            ("service_type", term) => {
                if let Ok(k) = term.parse::<ProgrammeKind>() {
                    kind = k;
                }
            }
            (_, "pregnant") => for_pregnant = true,
            (_, "with_baby") => baby = a.value.as_deref().and_then(baby_months),
            _ => {}
        }
    }
    let (booking, format) = service
        .schedules
        .first()
        .map_or((BookingMode::DropIn, Format::Ongoing), |s| {
            attending(&s.attending_type)
        });
    let cost_pence = service
        .cost_options
        .first()
        .map_or(0, |c| (c.amount * 100.0).round().clamp(0.0, 100_000.0) as u32);
    let (mut delivered, mut interpreted) = (Vec::new(), Vec::new());
    for l in &service.languages {
        let Some(tag) = LanguageTag::parse(&l.code).map(String::from) else {
            continue;
        };
        let through = l
            .note
            .as_deref()
            .is_some_and(|n| n.starts_with("Through an interpreter"));
        let list = if through { &mut interpreted } else { &mut delivered };
        if !list.contains(&tag) {
            list.push(tag);
        }
    }
    if delivered.is_empty() {
        delivered.push("en".to_owned());
    }
    let mut sessions = Vec::new();
    let mut dropped = Vec::new();
    for place in &service.service_at_locations {
        let venue = match venue_of(&place.location) {
            Ok(v) => v,
            Err(why) => {
                dropped.push(why);
                continue;
            }
        };
        let schedules: Vec<&Schedule> = service
            .schedules
            .iter()
            .filter(|s| s.service_at_location_id == place.id)
            .collect();
        match sessions_of(&place.id, &venue, &schedules, &delivered, &interpreted) {
            Ok(mut made) => sessions.append(&mut made),
            Err(why) => dropped.push(why),
        }
    }
    sessions.sort_by(|a, b| a.remote_id.cmp(&b.remote_id));
    Ok((
        ImportedContent {
            title: name.to_owned(),
            description: description.to_owned(),
            kind,
            for_pregnant,
            baby_min_months: baby.map(|b| b.0),
            baby_max_months: baby.map(|b| b.1),
            cost_pence,
            booking,
            format,
            sessions,
        },
        dropped,
    ))
}

/// `0-12 months`, `6+ months`: the youngest and oldest baby.
fn baby_months(value: &str) -> Option<(u32, u32)> {
    let range = value.trim().strip_suffix("months")?.trim();
    if let Some(lo) = range.strip_suffix('+') {
        return Some((lo.trim().parse().ok()?, 60));
    }
    let (lo, hi) = range.split_once('-')?;
    Some((lo.trim().parse().ok()?, hi.trim().parse().ok()?))
}

/// How to attend, from the words PeriLink's own feed writes; drop-in otherwise.
fn attending(words: &str) -> (BookingMode, Format) {
    if words.contains("A course") {
        (BookingMode::Booking, Format::Course)
    } else if words.contains("Book a place") {
        (BookingMode::Booking, Format::Ongoing)
    } else {
        (BookingMode::DropIn, Format::Ongoing)
    }
}

fn venue_of(l: &Location) -> Result<ImportedVenue, String> {
    let Some(address) = l.addresses.first() else {
        return Err(format!("location {} has no address", l.id));
    };
    let offers = |words: &str| {
        l.accessibility.iter().any(|a| {
            a.description.to_lowercase().contains(words) || a.accessibility.to_lowercase().contains(words)
        })
    };
    Ok(ImportedVenue {
        remote_id: l.id.clone(),
        name: l.name.trim().to_owned(),
        address: address.address_1.trim().to_owned(),
        town: address.city.trim().to_owned(),
        postcode: address.postal_code.trim().to_owned(),
        lat: l.latitude,
        lon: l.longitude,
        step_free: offers("step-free") || offers("step free"),
        buggy_space: offers("buggies") || offers("pushchair"),
        baby_change: offers("baby chang"),
        breastfeeding_welcome: offers("breastfeeding"),
        bus_routes: l
            .transportation
            .as_deref()
            .map(str::trim)
            .filter(|t| !t.is_empty())
            .map(str::to_owned),
    })
}

/// `10:30:00+01:00` (or `10:30`) as `10:30`.
fn clock(text: &str) -> Option<String> {
    ClockTime::parse(text.get(..5)?).map(|t| t.to_string())
}

fn date(text: &str) -> Option<NaiveDate> {
    NaiveDate::parse_from_str(text.trim(), "%Y-%m-%d").ok()
}

/// `YYYY-MM-DD`.
pub fn ymd_of(d: NaiveDate) -> String {
    ymd(d)
}

fn ymd(d: NaiveDate) -> String {
    d.format("%Y-%m-%d").to_string()
}

/// The sessions one service at a location makes: one per weekday it meets on.
fn sessions_of(
    place_id: &str,
    venue: &ImportedVenue,
    schedules: &[&Schedule],
    delivered: &[String],
    interpreted: &[String],
) -> Result<Vec<ImportedSession>, String> {
    if schedules.is_empty() {
        return Err(format!("{} at {} has no schedule", place_id, venue.name));
    }
    let mut days: Vec<usize> = Vec::new();
    for s in schedules {
        if !s.freq.eq_ignore_ascii_case("WEEKLY") || !(1..=2).contains(&s.interval) {
            return Err(format!(
                "{} at {} meets {} every {}: PeriLink keeps weekly and fortnightly sessions only",
                place_id, venue.name, s.freq, s.interval
            ));
        }
        for day in s.byday.split(',').map(|d| d.trim().to_ascii_uppercase()) {
            let Some(i) = BYDAY.iter().position(|b| *b == day) else {
                return Err(format!(
                    "{} at {} meets on `{day}`, not a weekday",
                    place_id, venue.name
                ));
            };
            if !days.contains(&i) {
                days.push(i);
            }
        }
    }
    let several = days.len() > 1;
    let mut out = Vec::new();
    for day in days {
        let on_day: Vec<&&Schedule> = schedules
            .iter()
            .filter(|s| s.byday.to_ascii_uppercase().contains(BYDAY[day]))
            .collect();
        let first = on_day
            .iter()
            .min_by_key(|s| date(&s.dtstart).or_else(|| date(&s.valid_from)))
            .ok_or_else(|| format!("{place_id} has no schedule"))?;
        let fortnightly = first.interval == 2;
        // A fortnightly session counts its weeks from its first meeting.
        let starts_on = if fortnightly {
            date(&first.dtstart)
        } else {
            on_day.iter().filter_map(|s| date(&s.valid_from)).min()
        }
        .ok_or_else(|| format!("{place_id} has no date it starts on"))?;
        let ends_on = on_day
            .iter()
            .map(|s| s.valid_to.as_deref().and_then(date))
            .collect::<Option<Vec<_>>>()
            .and_then(|ends| ends.into_iter().max());
        let (Some(start_time), Some(end_time)) = (clock(&first.opens_at), clock(&first.closes_at)) else {
            return Err(format!(
                "{} at {} has no opening time as HH:MM",
                place_id, venue.name
            ));
        };
        let mut cancelled: Vec<String> = on_day
            .iter()
            .filter_map(|s| s.notes.as_deref())
            .filter_map(|n| n.strip_prefix("Not running on "))
            .flat_map(|n| n.trim_end_matches('.').split(','))
            .filter_map(date)
            .filter(|d| d.weekday().num_days_from_monday() as usize == day)
            .filter(|d| !fortnightly || (*d - starts_on).num_days().rem_euclid(14) < 7)
            .map(ymd)
            .collect();
        cancelled.sort();
        cancelled.dedup();
        out.push(ImportedSession {
            remote_id: if several {
                format!("{place_id}/{}", BYDAY[day])
            } else {
                place_id.to_owned()
            },
            venue: venue.clone(),
            frequency: if fortnightly {
                Frequency::Fortnightly
            } else {
                Frequency::Weekly
            },
            weekday: day as u8 + 1,
            start_time,
            end_time,
            starts_on: ymd(starts_on),
            ends_on: ends_on.map(ymd),
            languages: delivered.to_vec(),
            interpreter_languages: interpreted.to_vec(),
            cancelled_dates: cancelled,
        });
    }
    Ok(out)
}

/// A local programme and those of its sessions a feed brought (`sessions`: the
/// feed's id for each and the local session's), in the shape of a feed's service.
/// `venues` gives the feed's id of each local venue. `None` when the programme has
/// gone.
pub async fn local_content(
    db: &impl ConnectionTrait,
    programme_id: &str,
    sessions: &[(String, String)],
    venues: &HashMap<String, String>,
) -> Result<Option<ImportedContent>, DbErr> {
    let Some(p) = programme::Entity::find_by_id(programme_id).one(db).await? else {
        return Ok(None);
    };
    let english = programme_translation::Entity::find_by_id((programme_id.to_owned(), "en".to_owned()))
        .one(db)
        .await?;
    let mut out = Vec::new();
    for (remote_id, local_id) in sessions {
        let Some(s) = session::Entity::find_by_id(local_id.as_str()).one(db).await? else {
            continue;
        };
        let Some(v) = venue::Entity::find_by_id(s.venue_id.as_str()).one(db).await? else {
            continue;
        };
        let cancelled = occurrence::Entity::find()
            .filter(occurrence::Column::SessionId.eq(local_id.as_str()))
            .filter(occurrence::Column::Cancelled.eq(true))
            .order_by_asc(occurrence::Column::Date)
            .all(db)
            .await?
            .into_iter()
            .map(|o| ymd(o.date))
            .collect();
        let split = |tags: &str| tags.split_whitespace().map(str::to_owned).collect::<Vec<_>>();
        out.push(ImportedSession {
            remote_id: remote_id.clone(),
            venue: ImportedVenue {
                remote_id: venues.get(&v.id).cloned().unwrap_or_default(),
                name: v.name,
                address: v.address,
                town: v.town,
                postcode: v.postcode,
                lat: v.lat,
                lon: v.lon,
                step_free: v.step_free,
                buggy_space: v.buggy_space,
                baby_change: v.baby_change,
                breastfeeding_welcome: v.breastfeeding_welcome,
                bus_routes: v.bus_routes,
            },
            frequency: crate::db::column::column(&s.frequency, "sessions", "frequency", &s.id)?,
            weekday: s.weekday.clamp(1, 7) as u8,
            start_time: s.start_time,
            end_time: s.end_time,
            starts_on: ymd(s.starts_on),
            ends_on: s.ends_on.map(ymd),
            languages: split(&s.languages),
            interpreter_languages: split(&s.interpreter_languages),
            cancelled_dates: cancelled,
        });
    }
    out.sort_by(|a, b| a.remote_id.cmp(&b.remote_id));
    let (title, description) = english.map_or((String::new(), String::new()), |t| (t.title, t.description));
    Ok(Some(ImportedContent {
        title,
        description,
        kind: crate::db::column::column(&p.kind, "programmes", "kind", &p.id)?,
        for_pregnant: p.for_pregnant,
        baby_min_months: p.baby_min_months.map(|m| m.max(0) as u32),
        baby_max_months: p.baby_max_months.map(|m| m.max(0) as u32),
        cost_pence: p.cost_pence.max(0) as u32,
        booking: crate::db::column::column(&p.booking, "programmes", "booking", &p.id)?,
        format: crate::db::column::column(&p.format, "programmes", "format", &p.id)?,
        sessions: out,
    }))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn baby_ages_read_back_as_the_feed_writes_them() {
        assert_eq!(baby_months("0-12 months"), Some((0, 12)));
        assert_eq!(baby_months("6+ months"), Some((6, 60)));
        assert_eq!(baby_months("toddlers"), None);
    }

    #[test]
    fn how_to_attend_reads_perilinks_words_and_defaults_to_drop_in() {
        assert_eq!(
            attending("In person. A course: book a place for the whole course."),
            (BookingMode::Booking, Format::Course)
        );
        assert_eq!(
            attending("In person. Book a place for each session."),
            (BookingMode::Booking, Format::Ongoing)
        );
        assert_eq!(attending("Come along"), (BookingMode::DropIn, Format::Ongoing));
    }

    #[test]
    fn times_keep_the_wall_clock_and_drop_the_offset() {
        assert_eq!(clock("10:30:00+01:00").as_deref(), Some("10:30"));
        assert_eq!(clock("09:05").as_deref(), Some("09:05"));
        assert_eq!(clock("9am"), None);
    }

    fn schedule(byday: &str, from: &str, to: Option<&str>, dtstart: &str, interval: u32) -> Schedule {
        Schedule {
            id: "sch".into(),
            service_id: "s".into(),
            service_at_location_id: "sal".into(),
            valid_from: from.into(),
            valid_to: to.map(Into::into),
            dtstart: dtstart.into(),
            freq: "WEEKLY".into(),
            interval,
            byday: byday.into(),
            opens_at: "10:30:00+00:00".into(),
            closes_at: "11:00:00+00:00".into(),
            description: String::new(),
            attending_type: String::new(),
            notes: Some("Not running on 2026-11-30, 2026-12-01.".into()),
        }
    }

    fn venue() -> ImportedVenue {
        ImportedVenue {
            remote_id: "l".into(),
            name: "Library".into(),
            address: "1 Road".into(),
            town: "Liverpool".into(),
            postcode: "L8 1XF".into(),
            lat: 53.4,
            lon: -2.9,
            step_free: false,
            buggy_space: false,
            baby_change: false,
            breastfeeding_welcome: false,
            bus_routes: None,
        }
    }

    #[test]
    fn stretches_between_clock_changes_join_into_one_session() {
        let winter = schedule("MO", "2026-11-02", Some("2027-03-22"), "2026-11-02", 1);
        let summer = schedule("MO", "2027-03-23", None, "2027-03-29", 1);
        let out = sessions_of("sal", &venue(), &[&winter, &summer], &["en".into()], &[]).unwrap();
        assert_eq!(out.len(), 1);
        let s = &out[0];
        assert_eq!((s.weekday, s.frequency), (1, Frequency::Weekly));
        assert_eq!((s.start_time.as_str(), s.end_time.as_str()), ("10:30", "11:00"));
        assert_eq!((s.starts_on.as_str(), s.ends_on.as_deref()), ("2026-11-02", None));
        assert_eq!(
            s.cancelled_dates,
            ["2026-11-30"],
            "only the Monday is one of its dates"
        );
    }

    #[test]
    fn a_schedule_on_two_days_makes_two_sessions_and_others_are_refused() {
        let both = schedule("MO,WE", "2026-11-02", Some("2026-12-14"), "2026-11-02", 1);
        let out = sessions_of("sal", &venue(), &[&both], &["en".into()], &[]).unwrap();
        let ids: Vec<&str> = out.iter().map(|s| s.remote_id.as_str()).collect();
        assert_eq!(ids, ["sal/MO", "sal/WE"]);
        let mut monthly = schedule("MO", "2026-11-02", None, "2026-11-02", 1);
        monthly.freq = "MONTHLY".into();
        assert!(sessions_of("sal", &venue(), &[&monthly], &["en".into()], &[]).is_err());
        assert!(sessions_of("sal", &venue(), &[], &["en".into()], &[]).is_err());
    }

    #[test]
    fn a_fortnightly_session_starts_on_its_first_meeting() {
        let s = schedule("MO", "2027-03-16", None, "2027-03-29", 2);
        let out = sessions_of("sal", &venue(), &[&s], &["en".into()], &[]).unwrap();
        assert_eq!(out[0].starts_on, "2027-03-29");
        assert_eq!(out[0].frequency, Frequency::Fortnightly);
    }
}
