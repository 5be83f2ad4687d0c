//! What a session's page reads of the directory beyond what search and the feed
//! read: each programme's id, descriptions and what to bring in every language it
//! has, each session's own descriptions and rhythm. With these the page is built
//! from the snapshot (`service::listings::page`); only its dates and places left
//! come from the database, in one query, so they are exact whichever server took
//! the booking.

use super::strings::{Strings, Sym};
use std::mem::size_of;

/// A programme as its sessions' pages show it.
pub struct ProgrammePage {
    pub id: Sym,
    /// (language, description), one per language it has text in.
    pub descriptions: Box<[(Sym, Sym)]>,
    /// (language, what to bring), where it says.
    pub what_to_bring: Box<[(Sym, Sym)]>,
    /// The youngest and oldest baby, in months, each where the programme says.
    pub baby_months: (Option<u32>, Option<u32>),
}

/// A session's own part of its page, at the same index as its search entry.
pub struct SessionPage {
    /// Index into [`Pages::programmes`].
    pub programme: u32,
    /// `weekly`, `fortnightly`...
    pub frequency: Sym,
    /// (language, description) where the session says more than its programme.
    pub descriptions: Box<[(Sym, Sym)]>,
}

/// The pages' part of a snapshot.
#[derive(Default)]
pub struct Pages {
    pub programmes: Vec<ProgrammePage>,
    pub sessions: Vec<SessionPage>,
}

/// The text for `language` in a list of (language, text).
pub fn text_in<'s>(strings: &'s Strings, texts: &[(Sym, Sym)], language: &str) -> Option<&'s str> {
    texts
        .iter()
        .find(|&&(l, _)| strings.get(l) == language)
        .map(|&(_, t)| strings.get(t))
}

impl Pages {
    /// The memory it holds, in bytes.
    pub fn bytes(&self) -> usize {
        let pair = size_of::<(Sym, Sym)>();
        self.programmes.capacity() * size_of::<ProgrammePage>()
            + self
                .programmes
                .iter()
                .map(|p| (p.descriptions.len() + p.what_to_bring.len()) * pair)
                .sum::<usize>()
            + self.sessions.capacity() * size_of::<SessionPage>()
            + self
                .sessions
                .iter()
                .map(|s| s.descriptions.len() * pair)
                .sum::<usize>()
    }
}
