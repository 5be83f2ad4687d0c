//! What the Open Referral feed reads of the directory beyond what search reads:
//! organisations, each programme's terms and English text, each venue's address and
//! access, each session's dates and rhythm, and the dates cancelled ahead.
//!
//! Kept in the same snapshot as search, built in the same pass over the same rows
//! and as compact: strings interned once, dates as chrono's four-byte days, a
//! session's terms at the same index as its search entry.

use super::snapshot::{SessionEntry, VenueEntry};
use super::strings::{Interner, Strings, Sym};
use chrono::NaiveDate;
use perilink_shared::directory::{BookingMode, Format, ProgrammeKind};
use sea_orm::{
    ColumnTrait, DatabaseConnection, DbErr, EntityTrait, FromQueryResult, QueryFilter, QuerySelect,
};
use std::collections::HashMap;

/// An organisation that runs programmes.
pub struct OrganisationEntry {
    pub id: Sym,
    pub name: Sym,
    /// `nhs_trust`, `library_service`, `charity`, `council`...
    pub kind: Sym,
    /// Empty when it has none.
    pub website: Sym,
}

/// What a programme offers and to whom: the part of it the feed maps to terms,
/// plain so the mapping can be tested without a snapshot.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Offer {
    pub kind: ProgrammeKind,
    pub booking: BookingMode,
    pub format: Format,
    pub for_pregnant: bool,
    /// The youngest and oldest baby, in months, each when the programme says.
    pub baby_months: (Option<u16>, Option<u16>),
    pub cost_pence: u32,
}

/// A programme as the feed publishes it.
pub struct ProgrammeEntry {
    pub id: Sym,
    /// Index into [`Feed::organisations`].
    pub organisation: u32,
    /// Its English title, else its first by language.
    pub name: Sym,
    /// The description beside that title; empty when there is none.
    pub description: Sym,
    pub offer: Offer,
    /// When it was last edited or checked, Unix seconds.
    pub assured_at: i64,
    /// Its sessions (indexes into [`super::Snapshot::sessions`]) in order of
    /// weekday, start time, venue name and id.
    pub sessions: Box<[u32]>,
}

/// Access a venue offers, one bit each.
pub mod access {
    pub const STEP_FREE: u8 = 1;
    pub const BUGGY_SPACE: u8 = 2;
    pub const BABY_CHANGE: u8 = 4;
    pub const BREASTFEEDING_WELCOME: u8 = 8;
}

/// A venue's address and access, at the same index as its [`VenueEntry`].
pub struct PlaceEntry {
    pub address: Sym,
    pub lat: f64,
    pub lon: f64,
    /// Empty when none are given.
    pub bus_routes: Sym,
    /// [`access`] bits.
    pub access: u8,
    pub assured_at: i64,
}

/// A session's dates and rhythm, at the same index as its [`SessionEntry`].
pub struct SessionTerms {
    /// Index into [`Feed::programmes`]; `None` when its programme is not published.
    pub programme: Option<u32>,
    pub starts_on: NaiveDate,
    pub ends_on: Option<NaiveDate>,
    pub fortnightly: bool,
    pub interpreter: bool,
    /// When the session itself was last edited or checked, Unix seconds.
    pub assured_at: i64,
}

/// The feed's part of a snapshot.
#[derive(Default)]
pub struct Feed {
    pub organisations: Vec<OrganisationEntry>,
    pub programmes: Vec<ProgrammeEntry>,
    pub places: Vec<PlaceEntry>,
    pub sessions: Vec<SessionTerms>,
    /// Dates from the day of the load on that do not run, by session index then date.
    pub cancelled: Vec<(u32, NaiveDate)>,
    /// Programmes in order of name, then id.
    pub by_name: Vec<u32>,
    programmes_by_id: Vec<u32>,
    organisations_by_id: Vec<u32>,
}

impl Feed {
    /// A programme by id.
    pub fn programme(&self, strings: &Strings, id: &str) -> Option<(u32, &ProgrammeEntry)> {
        let found = self
            .programmes_by_id
            .binary_search_by(|&i| strings.get(self.programmes[i as usize].id).cmp(id))
            .ok()?;
        let i = self.programmes_by_id[found];
        Some((i, &self.programmes[i as usize]))
    }

    /// An organisation by id.
    pub fn organisation(&self, strings: &Strings, id: &str) -> Option<(u32, &OrganisationEntry)> {
        let found = self
            .organisations_by_id
            .binary_search_by(|&i| strings.get(self.organisations[i as usize].id).cmp(id))
            .ok()?;
        let i = self.organisations_by_id[found];
        Some((i, &self.organisations[i as usize]))
    }

    /// The dates a session does not run, from the day of the load on, in order.
    pub fn cancelled(&self, session: u32) -> impl Iterator<Item = NaiveDate> + '_ {
        let start = self.cancelled.partition_point(|&(s, _)| s < session);
        self.cancelled[start..]
            .iter()
            .take_while(move |&&(s, _)| s == session)
            .map(|&(_, date)| date)
    }

    /// The memory the feed's part holds, in bytes.
    pub fn bytes(&self) -> usize {
        use std::mem::size_of;
        self.organisations.capacity() * size_of::<OrganisationEntry>()
            + self.programmes.capacity() * size_of::<ProgrammeEntry>()
            + self
                .programmes
                .iter()
                .map(|p| p.sessions.len() * 4)
                .sum::<usize>()
            + self.places.capacity() * size_of::<PlaceEntry>()
            + self.sessions.capacity() * size_of::<SessionTerms>()
            + self.cancelled.capacity() * size_of::<(u32, NaiveDate)>()
            + (self.by_name.capacity()
                + self.programmes_by_id.capacity()
                + self.organisations_by_id.capacity())
                * 4
    }
}

#[derive(FromQueryResult)]
struct OrganisationRow {
    id: String,
    name: String,
    kind: String,
    website: Option<String>,
}

/// The text a programme is published with: its English title and description,
/// else those of its first language.
struct Text {
    language: String,
    name: Sym,
    description: String,
}

/// Gathers the feed's part while [`super::Snapshot::load`] reads the directory.
#[derive(Default)]
pub(super) struct FeedBuilder {
    feed: Feed,
    organisation_of: HashMap<String, u32>,
    texts: Vec<Option<Text>>,
    sessions_of: Vec<Vec<u32>>,
}

impl FeedBuilder {
    /// Starts with every organisation.
    pub(super) async fn new(db: &DatabaseConnection, strings: &mut Interner) -> Result<FeedBuilder, DbErr> {
        use crate::entity::organisation;
        let mut builder = FeedBuilder::default();
        for o in organisation::Entity::find()
            .select_only()
            .columns([
                organisation::Column::Id,
                organisation::Column::Name,
                organisation::Column::Kind,
                organisation::Column::Website,
            ])
            .into_model::<OrganisationRow>()
            .all(db)
            .await?
        {
            builder
                .organisation_of
                .insert(o.id.clone(), builder.feed.organisations.len() as u32);
            builder.feed.organisations.push(OrganisationEntry {
                id: strings.intern(&o.id),
                name: strings.intern(&o.name),
                kind: strings.intern(&o.kind),
                website: strings.intern(o.website.as_deref().unwrap_or_default()),
            });
        }
        Ok(builder)
    }

    /// Adds a venue's address and access; call once per venue, in order.
    pub(super) fn place(&mut self, place: PlaceEntry) {
        self.feed.places.push(place);
    }

    /// Adds a programme, unless its organisation is unknown; its index if added.
    pub(super) fn programme(
        &mut self,
        strings: &mut Interner,
        id: &str,
        organisation_id: &str,
        offer: Offer,
        assured_at: i64,
    ) -> Option<u32> {
        let organisation = *self.organisation_of.get(organisation_id)?;
        let index = self.feed.programmes.len() as u32;
        self.feed.programmes.push(ProgrammeEntry {
            id: strings.intern(id),
            organisation,
            name: strings.intern(""),
            description: strings.intern(""),
            offer,
            assured_at,
            sessions: Box::default(),
        });
        self.texts.push(None);
        self.sessions_of.push(Vec::new());
        Some(index)
    }

    /// Offers one of a programme's translations as its published text: English wins,
    /// else the first language in order.
    pub(super) fn text(&mut self, programme: u32, language: &str, name: Sym, description: &str) {
        let Some(slot) = self.texts.get_mut(programme as usize) else {
            return;
        };
        let better = match slot {
            None => true,
            Some(kept) => kept.language != "en" && (language == "en" || language < kept.language.as_str()),
        };
        if better {
            *slot = Some(Text {
                language: language.to_owned(),
                name,
                description: description.trim().to_owned(),
            });
        }
    }

    /// Adds a session's terms; call once per search entry, in order.
    pub(super) fn session(&mut self, terms: SessionTerms) {
        if let Some(list) = terms.programme.and_then(|p| self.sessions_of.get_mut(p as usize)) {
            list.push(self.feed.sessions.len() as u32);
        }
        self.feed.sessions.push(terms);
    }

    /// Reads the dates cancelled from `today` on, of the sessions `session_of` knows.
    pub(super) async fn cancelled(
        &mut self,
        db: &DatabaseConnection,
        today: NaiveDate,
        session_of: impl Fn(&str) -> Option<u32>,
    ) -> Result<(), DbErr> {
        use crate::entity::occurrence;
        #[derive(FromQueryResult)]
        struct CancelledRow {
            session_id: String,
            date: NaiveDate,
        }
        let rows = occurrence::Entity::find()
            .select_only()
            .columns([occurrence::Column::SessionId, occurrence::Column::Date])
            .filter(occurrence::Column::Cancelled.eq(true))
            .filter(occurrence::Column::Date.gte(today))
            .into_model::<CancelledRow>()
            .all(db)
            .await?;
        self.feed.cancelled = rows
            .into_iter()
            .filter_map(|row| Some((session_of(&row.session_id)?, row.date)))
            .collect();
        self.feed.cancelled.sort_unstable();
        self.feed.cancelled.dedup();
        Ok(())
    }

    /// Interns the chosen texts and puts everything in the orders the feed pages by.
    pub(super) fn finish(
        mut self,
        strings: &mut Interner,
        venues: &[VenueEntry],
        sessions: &[SessionEntry],
    ) -> Feed {
        for (p, text) in self.feed.programmes.iter_mut().zip(self.texts) {
            if let Some(text) = text {
                p.name = text.name;
                p.description = strings.intern(&text.description);
            }
        }
        let venue_name = |s: &SessionEntry| venues.get(s.venue as usize).map(|v| v.name);
        for (p, mut list) in self.feed.programmes.iter_mut().zip(self.sessions_of) {
            list.sort_by(|&a, &b| {
                let (a, b) = (&sessions[a as usize], &sessions[b as usize]);
                let key = |s: &SessionEntry| {
                    (
                        s.weekday,
                        strings.get(s.start_time),
                        venue_name(s).map(|n| strings.get(n)),
                        strings.get(s.id),
                    )
                };
                key(a).cmp(&key(b))
            });
            p.sessions = list.into_boxed_slice();
        }
        let feed = &mut self.feed;
        let count = feed.programmes.len() as u32;
        feed.by_name = (0..count).collect();
        feed.by_name.sort_by(|&a, &b| {
            let key = |i: u32| {
                let p = &feed.programmes[i as usize];
                (strings.get(p.name), strings.get(p.id))
            };
            key(a).cmp(&key(b))
        });
        feed.programmes_by_id = (0..count).collect();
        feed.programmes_by_id.sort_by(|&a, &b| {
            strings
                .get(feed.programmes[a as usize].id)
                .cmp(strings.get(feed.programmes[b as usize].id))
        });
        feed.organisations_by_id = (0..feed.organisations.len() as u32).collect();
        feed.organisations_by_id.sort_by(|&a, &b| {
            strings
                .get(feed.organisations[a as usize].id)
                .cmp(strings.get(feed.organisations[b as usize].id))
        });
        feed.programmes.shrink_to_fit();
        feed.places.shrink_to_fit();
        feed.sessions.shrink_to_fit();
        feed.cancelled.shrink_to_fit();
        self.feed
    }
}
