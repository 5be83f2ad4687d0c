//! The marks waiting to be sent, and the sync that sends them: the pure rules of
//! the queue (which marks a batch carries, what an answer changes, how a new mark
//! is made) and the [`Device`]'s sending loop.

use super::store::Device;
use super::worker::tell_worker_online;
use super::{new_id, now_rfc3339, sleep};
use crate::api::{self, ApiError};
use crate::session::AuthState;
use leptos::prelude::*;
use perilink_shared::register::{
    AttendanceStatus, BatchResult, Mark, MarkBatch, MarkOutcome, MarkResult, WalkIn,
};
use serde::{Deserialize, Serialize};
use std::collections::HashSet;
use std::sync::atomic::Ordering;
use std::time::Duration;

/// Marks sent in one request (the server takes up to `MAX_BATCH`).
const BATCH: usize = 100;

/// What became of a mark kept on this phone.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum MarkState {
    /// Stored here; the server has not answered for it yet.
    Waiting,
    /// The server answered for it.
    Sent(MarkOutcome),
    /// The server refused it (malformed, or not on this host's registers). Kept so
    /// the host sees it; never sent again.
    Refused,
}

/// Who a mark is about, as the register shows her. Nothing clinical.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Who {
    pub given_name: String,
    #[serde(default)]
    pub baby_name: Option<String>,
    /// A BCP 47 tag.
    pub language: String,
    #[serde(default)]
    pub interpreter_needed: bool,
}

/// A mark as this phone keeps it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct DeviceMark {
    /// The mark, as it is (or was) sent.
    pub mark: Mark,
    /// The register's date, `YYYY-MM-DD`.
    pub date: String,
    /// Who made it: only they send it.
    pub user_id: String,
    /// For a walk-in first recorded on this phone: the key this phone gave her, the
    /// same on every mark for her.
    #[serde(default)]
    pub walk_in_key: Option<String>,
    /// The mother as the server knows her: given for a known mother, learnt from
    /// the server's answer for a walk-in.
    #[serde(default)]
    pub mother_id: Option<String>,
    pub who: Who,
    pub state: MarkState,
}

impl DeviceMark {
    /// The person on the register this mark is for: her id, or her walk-in key.
    pub fn person(&self) -> &str {
        self.mother_id
            .as_deref()
            .or(self.walk_in_key.as_deref())
            .unwrap_or_default()
    }

    /// Whether the mark still waits to be sent.
    pub fn waiting(&self) -> bool {
        self.state == MarkState::Waiting
    }
}

/// Whom a new mark is for.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Target {
    /// A mother the server knows.
    Mother(String),
    /// A walk-in recorded on this phone, by the key it gave her.
    WalkIn { key: String, details: WalkIn },
}

/// A mark the host has just made.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NewMark {
    pub user_id: String,
    pub date: String,
    pub occurrence_id: String,
    pub target: Target,
    pub who: Who,
    pub status: AttendanceStatus,
    pub babies: Option<u8>,
    pub children: Option<u8>,
}

/// How sending stands.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SyncState {
    /// Nothing being sent; whatever could be sent has been.
    Idle,
    /// Sending now.
    Sending,
    /// The server could not be reached.
    NoConnection,
    /// Nobody is signed in (the refresh cookie was refused).
    SignInNeeded,
    /// The server answered with an error; tried again later.
    ServerTrouble,
}
/// The marks a batch may carry, oldest first: every waiting mark of `user`, except
/// that a walk-in the server does not know yet sends only her first mark (which
/// makes her record); the rest follow with her new id once it is known.
pub fn next_batch(marks: &[DeviceMark], user: &str) -> Vec<Mark> {
    let mut waiting: Vec<&DeviceMark> = marks
        .iter()
        .filter(|m| m.waiting() && m.user_id == user)
        .collect();
    waiting.sort_by(|a, b| a.mark.recorded_at.cmp(&b.mark.recorded_at));
    let mut creating = HashSet::new();
    let mut batch = Vec::new();
    for m in waiting {
        if m.mark.mother_id.is_none() && !creating.insert(m.walk_in_key.clone().unwrap_or_default()) {
            continue;
        }
        batch.push(m.mark.clone());
        if batch.len() == BATCH {
            break;
        }
    }
    batch
}

/// Records the server's answers, and `refused` marks, in `marks`. A walk-in's new
/// id is given to every mark for her, and her waiting marks are sent with it.
pub fn apply_answers(marks: &mut [DeviceMark], answers: &[MarkResult], refused: &[String]) {
    for answer in answers {
        let Some(index) = marks.iter().position(|m| m.mark.id == answer.id) else {
            continue;
        };
        marks[index].state = MarkState::Sent(answer.outcome);
        marks[index].mother_id = Some(answer.mother_id.clone());
        if let Some(key) = marks[index].walk_in_key.clone() {
            for m in marks
                .iter_mut()
                .filter(|m| m.walk_in_key.as_deref() == Some(key.as_str()))
            {
                m.mother_id = Some(answer.mother_id.clone());
                if m.waiting() {
                    m.mark.mother_id = Some(answer.mother_id.clone());
                    m.mark.walk_in = None;
                }
            }
        }
    }
    for id in refused {
        if let Some(m) = marks.iter_mut().find(|m| &m.mark.id == id) {
            m.state = MarkState::Refused;
        }
    }
}

/// Builds the mark for `new`, given the marks already kept (a walk-in the server
/// already knows is sent by her id).
pub fn make_mark(marks: &[DeviceMark], new: NewMark) -> DeviceMark {
    let (mother_id, walk_in, walk_in_key) = match new.target {
        Target::Mother(id) => (Some(id), None, None),
        Target::WalkIn { key, details } => {
            let known = marks
                .iter()
                .filter(|m| m.walk_in_key.as_deref() == Some(key.as_str()))
                .find_map(|m| m.mother_id.clone());
            match known {
                Some(id) => (Some(id), None, Some(key)),
                None => (None, Some(details), Some(key)),
            }
        }
    };
    DeviceMark {
        mark: Mark {
            id: new_id(),
            occurrence_id: new.occurrence_id,
            mother_id: if walk_in.is_some() {
                None
            } else {
                mother_id.clone()
            },
            walk_in,
            status: new.status,
            recorded_at: now_rfc3339(),
            babies: new.babies,
            children: new.children,
        },
        date: new.date,
        user_id: new.user_id,
        walk_in_key,
        mother_id,
        who: new.who,
        state: MarkState::Waiting,
    }
}

impl Device {
    /// Starts sending whatever waits, unless that is already happening.
    pub fn sync(&self) {
        let device = self.clone();
        leptos::task::spawn_local(async move { device.run().await });
    }

    /// The timer: tries again while marks wait, unless only signing in can help.
    pub(super) fn retry(&self) {
        let signed_in = untrack(|| matches!(self.session.state(), AuthState::SignedIn { .. }));
        if self.state.get_untracked() == SyncState::SignInNeeded && !signed_in {
            return;
        }
        if self
            .marks
            .with_untracked(|marks| marks.iter().any(DeviceMark::waiting))
        {
            self.sync();
        }
    }

    async fn run(self) {
        if self.running.swap(true, Ordering::SeqCst) {
            // The sync under way picks up new marks before it stops.
            return;
        }
        let state = loop {
            if !self
                .marks
                .with_untracked(|marks| marks.iter().any(DeviceMark::waiting))
            {
                break SyncState::Idle;
            }
            let user = match self.signed_in_user().await {
                Ok(user) => user,
                Err(state) => break state,
            };
            let batch = self.marks.with_untracked(|marks| next_batch(marks, &user));
            if batch.is_empty() {
                break SyncState::Idle;
            }
            self.state.set(SyncState::Sending);
            if let Err(state) = self.send(batch).await {
                break state;
            }
        };
        self.state.set(state);
        self.running.store(false, Ordering::SeqCst);
    }

    /// The signed-in user's id, after renewing the sign-in if needed.
    async fn signed_in_user(&self) -> Result<String, SyncState> {
        for _ in 0..50 {
            match untrack(|| self.session.state()) {
                AuthState::Checking => sleep(Duration::from_millis(200)).await,
                AuthState::SignedIn { user, .. } => return Ok(user.id),
                AuthState::SignedOut => {
                    return match api::refresh().await {
                        Ok(response) => {
                            tell_worker_online();
                            let id = response.user.id.clone();
                            self.session.signed_in(response);
                            Ok(id)
                        }
                        Err(ApiError::Server {
                            status: 401 | 403, ..
                        }) => Err(SyncState::SignInNeeded),
                        Err(ApiError::Network) => Err(SyncState::NoConnection),
                        Err(_) => Err(SyncState::ServerTrouble),
                    };
                }
            }
        }
        Err(SyncState::NoConnection)
    }

    async fn post(&self, marks: Vec<Mark>) -> Result<BatchResult, ApiError> {
        let batch = MarkBatch { marks };
        self.session
            .call(|token| {
                let batch = batch.clone();
                async move { api::register::send_marks(&token, &batch).await }
            })
            .await
    }

    /// Sends one batch and records the answers. If the server refuses the batch,
    /// the marks go one by one, to find and set aside the one it refuses.
    async fn send(&self, batch: Vec<Mark>) -> Result<(), SyncState> {
        let result = match self.post(batch.clone()).await {
            Ok(result) => {
                self.update_marks(|marks| apply_answers(marks, &result.results, &[]));
                Ok(())
            }
            Err(err) if refused(&err) && batch.len() > 1 => {
                for mark in batch {
                    let id = mark.id.clone();
                    match self.post(vec![mark]).await {
                        Ok(result) => self.update_marks(|marks| apply_answers(marks, &result.results, &[])),
                        Err(err) if refused(&err) => {
                            self.update_marks(|marks| apply_answers(marks, &[], &[id]))
                        }
                        Err(err) => return Err(state_of(&err)),
                    }
                }
                Ok(())
            }
            Err(err) if refused(&err) => {
                let ids: Vec<String> = batch.into_iter().map(|m| m.id).collect();
                self.update_marks(|marks| apply_answers(marks, &[], &ids));
                Ok(())
            }
            Err(err) => Err(state_of(&err)),
        };
        if result.is_ok() {
            tell_worker_online();
            self.answered.update(|n| *n = n.wrapping_add(1));
        }
        result
    }
}

/// Whether the server refused the marks themselves (sending again cannot help).
fn refused(err: &ApiError) -> bool {
    matches!(
        err,
        ApiError::Server {
            status: 400 | 422,
            ..
        }
    )
}

fn state_of(err: &ApiError) -> SyncState {
    match err {
        ApiError::Network => SyncState::NoConnection,
        ApiError::Server {
            status: 401 | 403, ..
        } => SyncState::SignInNeeded,
        ApiError::Server { .. } => SyncState::ServerTrouble,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kept(id: &str, recorded_at: &str, mother: Option<&str>, walk_in_key: Option<&str>) -> DeviceMark {
        DeviceMark {
            mark: Mark {
                id: id.into(),
                occurrence_id: "o".into(),
                mother_id: mother.map(Into::into),
                walk_in: walk_in_key.filter(|_| mother.is_none()).map(|_| WalkIn {
                    given_name: "Sara".into(),
                    phone: None,
                    language: "ar".into(),
                }),
                status: AttendanceStatus::Present,
                recorded_at: recorded_at.into(),
                babies: None,
                children: None,
            },
            date: "2026-11-23".into(),
            user_id: "host".into(),
            walk_in_key: walk_in_key.map(Into::into),
            mother_id: mother.map(Into::into),
            who: Who::default(),
            state: MarkState::Waiting,
        }
    }

    #[test]
    fn a_new_walk_in_sends_only_her_first_mark_until_the_server_knows_her() {
        let marks = vec![
            kept("b", "2026-11-23T10:02:00.000Z", None, Some("w")),
            kept("a", "2026-11-23T10:01:00.000Z", None, Some("w")),
            kept("c", "2026-11-23T10:03:00.000Z", Some("m1"), None),
        ];
        let ids: Vec<String> = next_batch(&marks, "host").into_iter().map(|m| m.id).collect();
        assert_eq!(ids, ["a", "c"]);
        assert!(next_batch(&marks, "someone else").is_empty());
    }

    #[test]
    fn the_answer_gives_a_walk_in_her_id_and_her_waiting_marks_use_it() {
        let mut marks = vec![
            kept("a", "2026-11-23T10:01:00.000Z", None, Some("w")),
            kept("b", "2026-11-23T10:02:00.000Z", None, Some("w")),
        ];
        let answer = MarkResult {
            id: "a".into(),
            outcome: MarkOutcome::Applied,
            mother_id: "m9".into(),
        };
        apply_answers(&mut marks, &[answer], &[]);
        assert_eq!(marks[0].state, MarkState::Sent(MarkOutcome::Applied));
        assert_eq!(marks[1].state, MarkState::Waiting);
        assert_eq!(marks[1].mark.mother_id.as_deref(), Some("m9"));
        assert_eq!(marks[1].mark.walk_in, None);
        assert_eq!(marks[1].person(), "m9");
        let ids: Vec<String> = next_batch(&marks, "host").into_iter().map(|m| m.id).collect();
        assert_eq!(ids, ["b"]);
    }

    #[test]
    fn refused_marks_are_kept_but_never_sent_again() {
        let mut marks = vec![kept("a", "2026-11-23T10:01:00.000Z", Some("m1"), None)];
        apply_answers(&mut marks, &[], &["a".to_owned()]);
        assert_eq!(marks[0].state, MarkState::Refused);
        assert!(next_batch(&marks, "host").is_empty());
    }
}
