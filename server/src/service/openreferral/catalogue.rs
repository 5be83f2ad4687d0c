//! The feed read from the directory snapshot, as search reads it: no request
//! touches the database. Lists are filtered and counted over the snapshot's
//! compact entries, and only the page returned is turned into ORUK objects.

pub use super::filters::{ServiceFilters, ServiceQuery};
use super::mapping::{self, Spoken, Venue};
use super::paging::{Page, Window};
use super::schedule::{Meeting, parse_minutes, schedules};
use super::types::{Organization, Schedule, Service, ServiceAtLocation, ServiceSummary};
use super::{iso, london_date};
use crate::directory::Snapshot;
use crate::directory::feed::{OrganisationEntry, ProgrammeEntry};
use chrono::{DateTime, NaiveDate, Utc};

/// The published part of one snapshot, at one moment (listings not checked for a
/// long time are hidden, so what is published depends on when it is read).
pub struct Catalogue<'s> {
    snapshot: &'s Snapshot,
    now: i64,
    today: NaiveDate,
}

/// A published programme and those of its sessions that are shown.
struct Listed<'s> {
    programme: &'s ProgrammeEntry,
    sessions: Vec<u32>,
}

impl<'s> Catalogue<'s> {
    /// The catalogue of `snapshot` as it stands at `now`.
    pub fn new(snapshot: &'s Snapshot, now: DateTime<Utc>) -> Catalogue<'s> {
        Catalogue {
            snapshot,
            now: now.timestamp(),
            today: crate::clock::london_date(now),
        }
    }

    fn text(&self, sym: crate::directory::Sym) -> &'s str {
        self.snapshot.strings.get(sym)
    }

    /// A programme with its shown sessions, unless it is hidden: all its sessions
    /// are, and it is stale itself.
    fn listed(&self, index: u32) -> Option<Listed<'s>> {
        let programme = self.snapshot.feed.programmes.get(index as usize)?;
        let sessions: Vec<u32> = programme
            .sessions
            .iter()
            .copied()
            .filter(|&s| {
                self.snapshot
                    .sessions
                    .get(s as usize)
                    .is_some_and(|entry| Snapshot::is_current(entry.assured_at, self.now))
            })
            .collect();
        if sessions.is_empty() && !Snapshot::is_current(programme.assured_at, self.now) {
            return None;
        }
        Some(Listed { programme, sessions })
    }

    /// Every published programme, in order of name.
    fn all_listed(&self) -> impl Iterator<Item = Listed<'s>> + '_ {
        self.snapshot.feed.by_name.iter().filter_map(|&i| self.listed(i))
    }

    /// A page of the services `filters` keep, in order of name, fully nested.
    pub fn services(&self, filters: &ServiceFilters, window: Window) -> Page<Service> {
        let mut total = 0u64;
        let mut contents = Vec::new();
        for listed in self.all_listed().filter(|l| self.keeps(filters, l)) {
            if total >= window.skip() as u64 && contents.len() < window.take() {
                contents.push(self.service(&listed));
            }
            total += 1;
        }
        Page::around(contents, total, window)
    }

    /// A published service by id.
    pub fn service_by_id(&self, id: &str) -> Option<Service> {
        let (index, _) = self.snapshot.feed.programme(&self.snapshot.strings, id)?;
        self.listed(index).map(|l| self.service(&l))
    }

    /// A page of every shown session, in order of service name, weekday, time and
    /// venue.
    pub fn service_at_locations(&self, window: Window) -> Page<ServiceAtLocation> {
        let mut total = 0u64;
        let mut contents = Vec::new();
        for listed in self.all_listed() {
            for &session in &listed.sessions {
                if total >= window.skip() as u64 && contents.len() < window.take() {
                    contents.push(self.place(&listed, session, true));
                }
                total += 1;
            }
        }
        Page::around(contents, total, window)
    }

    /// A shown session by id.
    pub fn service_at_location_by_id(&self, id: &str) -> Option<ServiceAtLocation> {
        let (session, _) = self.snapshot.session(id)?;
        let programme = self.snapshot.feed.sessions.get(session as usize)?.programme?;
        let listed = self.listed(programme)?;
        listed
            .sessions
            .contains(&session)
            .then(|| self.place(&listed, session, true))
    }

    /// A page of the organisations that run a published service, in order of name.
    pub fn organizations(&self, window: Window) -> Page<Organization> {
        let feed = &self.snapshot.feed;
        let mut running = vec![false; feed.organisations.len()];
        for listed in self.all_listed() {
            if let Some(slot) = running.get_mut(listed.programme.organisation as usize) {
                *slot = true;
            }
        }
        let mut shown: Vec<&OrganisationEntry> = feed
            .organisations
            .iter()
            .zip(running)
            .filter_map(|(o, runs)| runs.then_some(o))
            .collect();
        shown.sort_by_key(|o| (self.text(o.name), self.text(o.id)));
        let total = shown.len() as u64;
        let contents = shown
            .into_iter()
            .skip(window.skip())
            .take(window.take())
            .map(|o| self.organization(o))
            .collect();
        Page::around(contents, total, window)
    }

    /// An organisation by id, if it runs a published service.
    pub fn organization_by_id(&self, id: &str) -> Option<Organization> {
        let (index, entry) = self.snapshot.feed.organisation(&self.snapshot.strings, id)?;
        self.all_listed()
            .any(|l| l.programme.organisation == index)
            .then(|| self.organization(entry))
    }

    fn keeps(&self, filters: &ServiceFilters, listed: &Listed<'_>) -> bool {
        let p = listed.programme;
        if !filters.keeps_programme(self.text(p.name), self.text(p.description), &p.offer) {
            return false;
        }
        if let Some(organisation) = &filters.organization_id {
            let runs = self.snapshot.feed.organisations.get(p.organisation as usize);
            if runs.is_none_or(|o| self.text(o.id) != organisation.as_str()) {
                return false;
            }
        }
        if filters
            .modified_after
            .is_some_and(|after| self.modified(listed) < after)
        {
            return false;
        }
        !filters.sessions.any()
            || listed.sessions.iter().any(|&s| {
                let entry = &self.snapshot.sessions[s as usize];
                let opens = parse_minutes(self.text(entry.start_time)).unwrap_or(0);
                filters
                    .sessions
                    .keeps(entry.weekday, opens, u32::from(entry.end_minute), entry.location)
            })
    }

    /// When the service, one of its shown sessions or one of their venues was last
    /// edited or checked (every edit counts as a check), Unix seconds.
    fn modified(&self, listed: &Listed<'_>) -> i64 {
        let feed = &self.snapshot.feed;
        listed
            .sessions
            .iter()
            .flat_map(|&s| {
                let own = feed.sessions.get(s as usize).map(|t| t.assured_at);
                let venue = self
                    .snapshot
                    .sessions
                    .get(s as usize)
                    .and_then(|e| feed.places.get(e.venue as usize))
                    .map(|p| p.assured_at);
                own.into_iter().chain(venue)
            })
            .fold(listed.programme.assured_at, i64::max)
    }

    fn organization(&self, o: &OrganisationEntry) -> Organization {
        let website = self.text(o.website);
        Organization {
            id: self.text(o.id).to_owned(),
            name: self.text(o.name).to_owned(),
            description: mapping::organisation_kind(self.text(o.kind)).into(),
            website: (website.starts_with("https://") || website.starts_with("http://"))
                .then(|| website.to_owned()),
        }
    }

    fn summary(&self, l: &Listed<'_>) -> ServiceSummary {
        let p = l.programme;
        let organization = self
            .snapshot
            .feed
            .organisations
            .get(p.organisation as usize)
            .map(|o| self.organization(o))
            .unwrap_or_else(|| Organization {
                id: String::new(),
                name: String::new(),
                description: "An organisation.".into(),
                website: None,
            });
        let description = self.text(p.description);
        ServiceSummary {
            id: self.text(p.id).to_owned(),
            organization_id: organization.id.clone(),
            name: self.text(p.name).to_owned(),
            description: (!description.is_empty()).then(|| description.to_owned()),
            status: "active".into(),
            eligibility_description: mapping::eligibility(&p.offer),
            assured_date: iso(london_date(p.assured_at)),
            organization,
        }
    }

    fn service(&self, l: &Listed<'_>) -> Service {
        let summary = self.summary(l);
        let spoken: Vec<Spoken<'_>> = l.sessions.iter().map(|&s| self.spoken(s)).collect();
        Service {
            schedules: l.sessions.iter().flat_map(|&s| self.schedules(l, s)).collect(),
            service_at_locations: l.sessions.iter().map(|&s| self.place(l, s, false)).collect(),
            languages: mapping::languages(&summary.id, &spoken),
            interpretation_services: mapping::interpretation(&spoken),
            cost_options: vec![mapping::cost_option(&summary.id, &l.programme.offer)],
            attributes: mapping::attributes(&summary.id, &l.programme.offer),
            id: summary.id,
            organization_id: summary.organization_id,
            name: summary.name,
            description: summary.description,
            status: summary.status,
            eligibility_description: summary.eligibility_description,
            assured_date: summary.assured_date,
            organization: summary.organization,
        }
    }

    fn spoken(&self, session: u32) -> Spoken<'s> {
        let entry = &self.snapshot.sessions[session as usize];
        Spoken {
            languages: self.text(entry.languages),
            interpreter: self
                .snapshot
                .feed
                .sessions
                .get(session as usize)
                .is_some_and(|t| t.interpreter),
            interpreter_languages: self.text(entry.interpreter_languages),
        }
    }

    /// A session at its venue; listed on its own (`alone`) it carries its
    /// service's one-to-one fields and its schedules too.
    fn place(&self, l: &Listed<'_>, session: u32, alone: bool) -> ServiceAtLocation {
        let entry = &self.snapshot.sessions[session as usize];
        let venue = self.venue(entry.venue);
        ServiceAtLocation {
            id: self.text(entry.id).to_owned(),
            service_id: self.text(l.programme.id).to_owned(),
            location_id: venue.id.to_owned(),
            location: mapping::location(&venue),
            service: alone.then(|| self.summary(l)),
            schedules: alone.then(|| self.schedules(l, session)),
        }
    }

    fn venue(&self, index: u32) -> Venue<'s> {
        let entry = self.snapshot.venues.get(index as usize);
        let place = self.snapshot.feed.places.get(index as usize);
        let text = |sym: Option<crate::directory::Sym>| sym.map_or("", |s| self.text(s));
        Venue {
            id: text(entry.map(|v| v.id)),
            name: text(entry.map(|v| v.name)),
            address: text(place.map(|p| p.address)),
            town: text(entry.map(|v| v.town)),
            postcode: text(entry.map(|v| v.postcode)),
            lat: place.map_or(0.0, |p| p.lat),
            lon: place.map_or(0.0, |p| p.lon),
            bus_routes: text(place.map(|p| p.bus_routes)),
            access: place.map_or(0, |p| p.access),
        }
    }

    fn schedules(&self, l: &Listed<'_>, session: u32) -> Vec<Schedule> {
        let entry = &self.snapshot.sessions[session as usize];
        let Some(terms) = self.snapshot.feed.sessions.get(session as usize) else {
            return Vec::new();
        };
        let meeting = Meeting {
            service_id: self.text(l.programme.id),
            session_id: self.text(entry.id),
            weekday: entry.weekday,
            fortnightly: terms.fortnightly,
            start_time: self.text(entry.start_time),
            end_time: self.text(entry.end_time),
            starts_on: terms.starts_on,
            ends_on: terms.ends_on,
            booking: l.programme.offer.booking,
            format: l.programme.offer.format,
        };
        let cancelled: Vec<NaiveDate> = self
            .snapshot
            .feed
            .cancelled(session)
            .filter(|d| *d >= self.today)
            .collect();
        schedules(&meeting, &cancelled, self.today)
    }
}
