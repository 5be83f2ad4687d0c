//! Who is on a register as this phone sees it: the mothers the server expects, then
//! anyone marked here whom the server does not list yet (walk-ins, mothers found on
//! another register), each with the mark that stands for her.

use crate::offline::{DeviceMark, MarkState, Target, Who};
use perilink_shared::register::{AttendanceStatus, ExpectedBecause, MarkOutcome, RegisterOccurrence};

/// One person on a register.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Row {
    /// Her id, or the key this phone gave a walk-in the server does not know yet.
    pub key: String,
    /// Whom a new mark for her is for.
    pub target: Target,
    pub who: Who,
    pub because: ExpectedBecause,
    /// The mark that stands: this phone's latest, unless the server has a later one.
    pub status: Option<AttendanceStatus>,
    pub babies: Option<u8>,
    pub children: Option<u8>,
    /// Where her latest mark made on this phone is.
    pub sync: Option<MarkState>,
}

impl Row {
    /// Whether she was first recorded on this phone, or found on another register.
    pub fn added_here(&self) -> bool {
        self.because == ExpectedBecause::WalkIn
    }
}

fn latest<'a>(marks: &[&'a DeviceMark], person: &str, usable: bool) -> Option<&'a DeviceMark> {
    marks
        .iter()
        .filter(|m| m.person() == person && (!usable || m.state != MarkState::Refused))
        .max_by(|a, b| a.mark.recorded_at.cmp(&b.mark.recorded_at))
        .copied()
}

/// The mark of hers that stands on this phone: not refused, and not one the
/// server kept only in its log because a later mark (from another phone) stands.
fn standing<'a>(marks: &[&'a DeviceMark], person: &str) -> Option<&'a DeviceMark> {
    latest(marks, person, true).filter(|m| m.state != MarkState::Sent(MarkOutcome::Superseded))
}

/// The rows of `occurrence`, given every mark kept on this phone, by first name.
pub fn rows(occurrence: &RegisterOccurrence, marks: &[DeviceMark]) -> Vec<Row> {
    let here: Vec<&DeviceMark> = marks
        .iter()
        .filter(|m| m.mark.occurrence_id == occurrence.occurrence_id)
        .collect();
    let mut out: Vec<Row> = occurrence
        .expected
        .iter()
        .map(|e| {
            let mark = standing(&here, &e.mother_id);
            Row {
                key: e.mother_id.clone(),
                target: Target::Mother(e.mother_id.clone()),
                who: Who {
                    given_name: e.given_name.clone(),
                    baby_name: e.baby_name.clone(),
                    language: e.language.clone(),
                    interpreter_needed: e.interpreter_needed,
                },
                because: e.because,
                status: mark.map(|m| m.mark.status).or(e.status),
                babies: mark.map_or(e.babies, |m| m.mark.babies),
                children: mark.map_or(e.children, |m| m.mark.children),
                sync: latest(&here, &e.mother_id, false).map(|m| m.state),
            }
        })
        .collect();
    let mut added: Vec<&str> = Vec::new();
    for m in &here {
        let person = m.person();
        if !person.is_empty()
            && !occurrence.expected.iter().any(|e| e.mother_id == person)
            && !added.contains(&person)
        {
            added.push(person);
        }
    }
    for person in added {
        let Some(last) = latest(&here, person, false) else {
            continue;
        };
        let target = match (&last.mother_id, &last.walk_in_key) {
            (Some(id), _) => Target::Mother(id.clone()),
            (None, Some(key)) => {
                let details = here
                    .iter()
                    .filter(|m| m.walk_in_key.as_deref() == Some(key.as_str()))
                    .find_map(|m| m.mark.walk_in.clone());
                match details {
                    Some(details) => Target::WalkIn {
                        key: key.clone(),
                        details,
                    },
                    None => continue,
                }
            }
            (None, None) => continue,
        };
        let mark = standing(&here, person);
        out.push(Row {
            key: person.to_owned(),
            target,
            who: last.who.clone(),
            because: ExpectedBecause::WalkIn,
            status: mark.map(|m| m.mark.status),
            babies: mark.and_then(|m| m.mark.babies),
            children: mark.and_then(|m| m.mark.children),
            sync: Some(last.state),
        });
    }
    out.sort_by_key(|r| r.who.given_name.to_lowercase());
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use perilink_shared::directory::LocalisedText;
    use perilink_shared::register::{ExpectedMother, Mark, WalkIn};

    fn occurrence() -> RegisterOccurrence {
        RegisterOccurrence {
            occurrence_id: "o".into(),
            session_id: "s".into(),
            date: "2026-11-23".into(),
            start_time: "10:30".into(),
            end_time: "11:00".into(),
            title: LocalisedText {
                text: "Rhyme time".into(),
                language: "en".into(),
                translated: true,
            },
            venue_name: "Toxteth Library".into(),
            cancelled: false,
            replies: Vec::new(),
            expected: vec![ExpectedMother {
                mother_id: "m1".into(),
                given_name: "Zainab".into(),
                baby_name: Some("Omar".into()),
                language: "ar".into(),
                interpreter_needed: true,
                because: ExpectedBecause::Booked,
                status: Some(AttendanceStatus::Present),
                babies: Some(1),
                children: None,
            }],
        }
    }

    fn mark(
        id: &str,
        at: &str,
        person: (Option<&str>, Option<&str>),
        status: AttendanceStatus,
        state: MarkState,
    ) -> DeviceMark {
        DeviceMark {
            mark: Mark {
                id: id.into(),
                occurrence_id: "o".into(),
                mother_id: person.0.map(Into::into),
                walk_in: person.1.map(|_| WalkIn {
                    given_name: "Agnieszka".into(),
                    phone: None,
                    language: "pl".into(),
                }),
                status,
                recorded_at: at.into(),
                babies: None,
                children: None,
            },
            date: "2026-11-23".into(),
            user_id: "host".into(),
            walk_in_key: person.1.map(Into::into),
            mother_id: person.0.map(Into::into),
            who: Who {
                given_name: "Agnieszka".into(),
                baby_name: None,
                language: "pl".into(),
                interpreter_needed: false,
            },
            state,
        }
    }

    #[test]
    fn the_server_mark_shows_until_this_phone_makes_a_later_one() {
        let rows_now = rows(&occurrence(), &[]);
        assert_eq!(rows_now[0].status, Some(AttendanceStatus::Present));
        assert_eq!(rows_now[0].babies, Some(1));
        let marks = [mark(
            "a",
            "2026-11-23T10:40:00.000Z",
            (Some("m1"), None),
            AttendanceStatus::Absent,
            MarkState::Waiting,
        )];
        let rows_now = rows(&occurrence(), &marks);
        assert_eq!(rows_now[0].status, Some(AttendanceStatus::Absent));
        assert_eq!(rows_now[0].sync, Some(MarkState::Waiting));
    }

    #[test]
    fn a_superseded_mark_gives_way_to_the_servers() {
        let marks = [mark(
            "a",
            "2026-11-23T10:40:00.000Z",
            (Some("m1"), None),
            AttendanceStatus::Absent,
            MarkState::Sent(MarkOutcome::Superseded),
        )];
        assert_eq!(
            rows(&occurrence(), &marks)[0].status,
            Some(AttendanceStatus::Present)
        );
    }

    #[test]
    fn a_walk_in_recorded_here_is_on_the_register_in_name_order() {
        let marks = [mark(
            "a",
            "2026-11-23T10:41:00.000Z",
            (None, Some("w1")),
            AttendanceStatus::Present,
            MarkState::Waiting,
        )];
        let rows_now = rows(&occurrence(), &marks);
        let names: Vec<&str> = rows_now.iter().map(|r| r.who.given_name.as_str()).collect();
        assert_eq!(names, ["Agnieszka", "Zainab"]);
        assert_eq!(rows_now[0].key, "w1");
        assert!(rows_now[0].added_here());
        assert!(matches!(&rows_now[0].target, Target::WalkIn { key, .. } if key == "w1"));
    }
}
