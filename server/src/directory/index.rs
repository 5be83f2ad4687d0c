//! The snapshot's index, so that a search touches only what it returns.
//!
//! Every upcoming date has a position in [`Snapshot::occurrences`](super::Snapshot),
//! which is in order of date, so the dates of a day (and of a range of days) are one
//! run of positions. For each filter the index keeps the positions it admits, per
//! key (a kind, a language, a weekday, ...): a bitset where a key is common, sorted
//! positions where it is rare. A search copies the dates in range that are current
//! into a bitset window, intersects the filters into it, and reads the total and
//! the page off the bits. `near` looks up the places around the point in a grid of
//! cells and walks their dates nearest first.

use super::places::Point;
use super::snapshot::{OccurrenceEntry, SessionEntry, Strings};
use perilink_shared::directory::{ProgrammeKind, TimeOfDay};
use std::collections::HashMap;
use std::hash::Hash;

/// A key is kept as a bitset once it admits at least one date in this many.
const DENSE_ONE_IN: usize = 32;
/// The side of a cell of the places grid, in degrees.
const CELL_DEGREES: f64 = 0.1;
/// Cells around the world at the equator.
const LON_CELLS: i64 = 3600;
/// Added to each side of the box of cells a search looks in, in degrees, so no
/// rounding can leave out a place the exact distance would admit.
const GRID_MARGIN_DEGREES: f64 = 0.01;
const EARTH_RADIUS_KM: f64 = 6371.0;

/// The positions one key admits.
pub(super) enum Postings {
    /// One bit per position in the snapshot.
    Dense(Vec<u64>),
    /// Sorted positions.
    Sparse(Vec<u32>),
}

impl Postings {
    fn new(positions: Vec<u32>, len: usize) -> Postings {
        if positions.len().saturating_mul(DENSE_ONE_IN) < len {
            return Postings::Sparse(positions);
        }
        let mut bits = vec![0u64; len.div_ceil(64)];
        for p in positions {
            bits[p as usize / 64] |= 1 << (p % 64);
        }
        Postings::Dense(bits)
    }

    fn or_into(&self, window: &mut Window) {
        match self {
            Postings::Dense(bits) => {
                let from = window.first_word.min(bits.len());
                let to = (window.first_word + window.words.len()).min(bits.len());
                for (w, b) in window.words.iter_mut().zip(&bits[from..to]) {
                    *w |= b;
                }
            }
            Postings::Sparse(positions) => {
                for &p in in_range(positions, window.start, window.end) {
                    window.set(p);
                }
            }
        }
    }

    fn bytes(&self) -> usize {
        match self {
            Postings::Dense(bits) => bits.capacity() * 8,
            Postings::Sparse(positions) => positions.capacity() * 4,
        }
    }
}

/// The part of sorted `positions` that lies in `start..end`.
fn in_range(positions: &[u32], start: u32, end: u32) -> &[u32] {
    let from = positions.partition_point(|&p| p < start);
    let to = positions.partition_point(|&p| p < end);
    &positions[from..to.max(from)]
}

/// A bitset over the positions `start..end`, kept in whole words of the snapshot's
/// bitsets so that intersecting is a loop over words.
pub struct Window {
    first_word: usize,
    start: u32,
    end: u32,
    words: Vec<u64>,
}

impl Window {
    fn empty(start: u32, end: u32) -> Window {
        let first_word = start as usize / 64;
        let last_word = (end as usize).div_ceil(64);
        Window {
            first_word,
            start,
            end,
            words: vec![0; last_word.saturating_sub(first_word)],
        }
    }

    fn set(&mut self, p: u32) {
        if (self.start..self.end).contains(&p) {
            self.words[p as usize / 64 - self.first_word] |= 1 << (p % 64);
        }
    }

    fn clear(&mut self, p: u32) {
        if (self.start..self.end).contains(&p) {
            self.words[p as usize / 64 - self.first_word] &= !(1 << (p % 64));
        }
    }

    pub fn contains(&self, p: u32) -> bool {
        (self.start..self.end).contains(&p)
            && self.words[p as usize / 64 - self.first_word] & (1 << (p % 64)) != 0
    }

    fn and(&mut self, other: &Window) {
        for (w, o) in self.words.iter_mut().zip(&other.words) {
            *w &= o;
        }
    }

    /// Clears the bits outside `start..end` in the first and last words.
    fn trim(&mut self) {
        let Some(first) = self.words.first_mut() else {
            return;
        };
        *first &= !0u64 << (self.start % 64);
        let tail = self.end % 64;
        if tail != 0
            && let Some(last) = self.words.last_mut()
        {
            *last &= (1u64 << tail) - 1;
        }
    }

    /// How many positions are in the set.
    pub fn count(&self) -> u64 {
        self.words.iter().map(|w| u64::from(w.count_ones())).sum()
    }

    /// The positions in the set in order, after skipping the first `skip`.
    pub fn positions_after(&self, mut skip: u64) -> impl Iterator<Item = u32> + '_ {
        let mut first = self.words.len();
        let mut word = 0u64;
        for (i, &w) in self.words.iter().enumerate() {
            let ones = u64::from(w.count_ones());
            if skip < ones {
                let mut w = w;
                for _ in 0..skip {
                    w &= w - 1;
                }
                first = i;
                word = w;
                break;
            }
            skip -= ones;
        }
        let base = self.first_word;
        let rest = self.words.get(first + 1..).unwrap_or_default();
        std::iter::once((first, word))
            .chain(rest.iter().enumerate().map(move |(i, &w)| (first + 1 + i, w)))
            .flat_map(move |(i, mut w)| {
                std::iter::from_fn(move || {
                    if w == 0 {
                        return None;
                    }
                    let bit = w.trailing_zeros();
                    w &= w - 1;
                    Some(((base + i) * 64) as u32 + bit)
                })
            })
    }
}

/// Groups of positions, one run per group, in the layout of a compressed sparse row.
pub(super) struct Runs {
    offsets: Vec<u32>,
    positions: Vec<u32>,
}

impl Runs {
    /// Puts each position in the group `group_of` gives it, keeping them in order.
    fn new(groups: usize, positions: usize, group_of: impl Fn(u32) -> usize) -> Runs {
        let mut offsets = vec![0u32; groups + 1];
        for p in 0..positions as u32 {
            offsets[group_of(p) + 1] += 1;
        }
        for g in 0..groups {
            offsets[g + 1] += offsets[g];
        }
        let mut next = offsets.clone();
        let mut sorted = vec![0u32; positions];
        for p in 0..positions as u32 {
            let g = group_of(p);
            sorted[next[g] as usize] = p;
            next[g] += 1;
        }
        Runs {
            offsets,
            positions: sorted,
        }
    }

    /// The positions of a group, in order.
    pub(super) fn of(&self, group: u32) -> &[u32] {
        let g = group as usize;
        match (self.offsets.get(g), self.offsets.get(g + 1)) {
            (Some(&from), Some(&to)) => &self.positions[from as usize..to as usize],
            _ => &[],
        }
    }

    fn bytes(&self) -> usize {
        (self.offsets.capacity() + self.positions.capacity()) * 4
    }
}

/// Keys to the positions they admit.
type Family<K> = HashMap<K, Postings>;

/// Builds one filter's postings: `keys` says which keys a session has.
fn family<K: Hash + Eq + Clone>(
    sessions: &[SessionEntry],
    occurrences: &[OccurrenceEntry],
    keys: impl Fn(&SessionEntry) -> Vec<K>,
) -> Family<K> {
    let of_session: Vec<Vec<K>> = sessions.iter().map(keys).collect();
    let mut positions: HashMap<K, Vec<u32>> = HashMap::new();
    for (p, o) in occurrences.iter().enumerate() {
        for key in &of_session[o.session as usize] {
            positions.entry(key.clone()).or_default().push(p as u32);
        }
    }
    positions
        .into_iter()
        .map(|(key, list)| (key, Postings::new(list, occurrences.len())))
        .collect()
}

fn family_bytes<K>(family: &Family<K>) -> usize {
    family.capacity() * (std::mem::size_of::<K>() + std::mem::size_of::<Postings>() + 1)
        + family.values().map(Postings::bytes).sum::<usize>()
}

/// The keys a language filter matches a tag by: the tag, and its primary subtag,
/// without case (as [`SessionEntry::speaks`] compares them).
/// The key under which sessions for every language are kept
/// ([`ProgrammeKind::for_every_language`]): no language tag is `*`.
const EVERY_LANGUAGE: &str = "*";

fn language_keys(strings: &Strings, s: &SessionEntry) -> Vec<Box<str>> {
    let every = s.kind.for_every_language().then(|| EVERY_LANGUAGE.into());
    let mut keys: Vec<Box<str>> = s
        .tags(strings)
        .flat_map(|tag| {
            let primary = tag.split('-').next().unwrap_or_default();
            [tag.to_ascii_lowercase(), primary.to_ascii_lowercase()]
        })
        .map(String::into_boxed_str)
        .chain(every)
        .collect();
    keys.sort();
    keys.dedup();
    keys
}

/// The index of one snapshot.
pub struct Index {
    /// The first day held, as a day number; `day_starts[d]` is the first position
    /// of the `d`th day after it, and the last entry is the number of dates.
    first_day: i32,
    day_starts: Vec<u32>,
    /// Sessions current when the index was built, and when that was.
    current: Postings,
    built_at: i64,
    /// Each session's expiry (when its listing is hidden unless checked again) and
    /// the session, soonest first.
    expiries: Vec<(i64, u32)>,
    pub(super) by_session: Runs,
    kinds: Family<ProgrammeKind>,
    languages: Family<Box<str>>,
    weekdays: Family<u8>,
    times: Family<TimeOfDay>,
    /// Free sessions, and sessions for the pregnant: one key each.
    free: Family<()>,
    pregnant: Family<()>,
    /// By a programme's range of a baby's months.
    baby_months: Family<(u32, u32)>,
    /// Every distinct point sessions meet at.
    places: Vec<Point>,
    by_place: Runs,
    /// Places by cell of the grid; places with no valid coordinates are kept
    /// apart and always looked at.
    grid: HashMap<(i64, i64), Vec<u32>>,
    strays: Vec<u32>,
}

fn cell(point: Point) -> (i64, i64) {
    (
        (point.lat / CELL_DEGREES).floor() as i64,
        ((point.lon / CELL_DEGREES).floor() as i64).rem_euclid(LON_CELLS),
    )
}

impl Index {
    /// Indexes `occurrences`, which must be in order of date.
    pub fn new(
        strings: &Strings,
        sessions: &[SessionEntry],
        occurrences: &[OccurrenceEntry],
        now: i64,
    ) -> Index {
        let len = occurrences.len();
        let day = OccurrenceEntry::day;
        let first_day = occurrences.first().map_or(0, day);
        let last_day = occurrences.last().map_or(first_day, day);
        let days = usize::try_from(i64::from(last_day) - i64::from(first_day) + 1).unwrap_or(0);
        let mut day_starts = Vec::with_capacity(days + 1);
        for d in 0..=days {
            let target = i64::from(first_day) + d as i64;
            day_starts.push(occurrences.partition_point(|o| i64::from(o.day()) < target) as u32);
        }

        let expiry = |s: &SessionEntry| s.assured_at.saturating_add(super::HIDE_AFTER_DAYS * 86_400);
        let mut expiries: Vec<(i64, u32)> = sessions
            .iter()
            .enumerate()
            .map(|(i, s)| (expiry(s), i as u32))
            .collect();
        expiries.sort_unstable();
        let current_positions = occurrences
            .iter()
            .enumerate()
            .filter(|(_, o)| now < expiry(&sessions[o.session as usize]))
            .map(|(p, _)| p as u32)
            .collect();

        let mut place_ids: HashMap<(u64, u64), u32> = HashMap::new();
        let mut places = Vec::new();
        let session_place: Vec<u32> = sessions
            .iter()
            .map(|s| {
                let key = (s.location.lat.to_bits(), s.location.lon.to_bits());
                *place_ids.entry(key).or_insert_with(|| {
                    places.push(s.location);
                    places.len() as u32 - 1
                })
            })
            .collect();
        let mut grid: HashMap<(i64, i64), Vec<u32>> = HashMap::new();
        let mut strays = Vec::new();
        for (i, &point) in places.iter().enumerate() {
            if (-90.0..=90.0).contains(&point.lat) && (-180.0..=180.0).contains(&point.lon) {
                grid.entry(cell(point)).or_default().push(i as u32);
            } else {
                strays.push(i as u32);
            }
        }
        let session_of = |p: u32| occurrences[p as usize].session as usize;

        Index {
            first_day,
            day_starts,
            current: Postings::new(current_positions, len),
            built_at: now,
            expiries,
            by_session: Runs::new(sessions.len(), len, session_of),
            kinds: family(sessions, occurrences, |s| vec![s.kind]),
            languages: family(sessions, occurrences, |s| language_keys(strings, s)),
            weekdays: family(sessions, occurrences, |s| vec![s.weekday]),
            times: family(sessions, occurrences, |s| vec![s.time_of_day]),
            free: family(sessions, occurrences, |s| {
                (s.cost_pence == 0).then_some(()).into_iter().collect()
            }),
            pregnant: family(sessions, occurrences, |s| {
                s.for_pregnant.then_some(()).into_iter().collect()
            }),
            baby_months: family(sessions, occurrences, |s| s.baby_months.into_iter().collect()),
            by_place: Runs::new(places.len(), len, |p| session_place[session_of(p)] as usize),
            places,
            grid,
            strays,
        }
    }

    /// The positions of the dates from `from` to `to` (days as chrono counts them
    /// from the common era), as a range.
    pub fn days(&self, from: i32, to: i32) -> (u32, u32) {
        let at = |day: i32| -> u32 {
            let d = i64::from(day) - i64::from(self.first_day);
            let last = self.day_starts.len().saturating_sub(1);
            let i = usize::try_from(d.max(0)).unwrap_or(0).min(last);
            self.day_starts.get(i).copied().unwrap_or(0)
        };
        let end = if to < from {
            at(from)
        } else {
            at(to.saturating_add(1))
        };
        (at(from), end.max(at(from)))
    }

    /// The dates in `start..end` of sessions current at `now`. Every other filter
    /// narrows this window.
    pub fn current(&self, start: u32, end: u32, now: i64) -> Window {
        let mut window = Window::empty(start, end);
        self.current.or_into(&mut window);
        window.trim();
        // Sessions whose listing expired (or, with a clock set back, had not yet)
        // between the build and now.
        let (low, high) = (self.built_at.min(now), self.built_at.max(now));
        let from = self.expiries.partition_point(|&(e, _)| e <= low);
        let to = self.expiries.partition_point(|&(e, _)| e <= high);
        for &(expiry, session) in &self.expiries[from..to.max(from)] {
            for &p in in_range(self.by_session.of(session), start, end) {
                if now < expiry {
                    window.set(p);
                } else {
                    window.clear(p);
                }
            }
        }
        window
    }

    /// Keeps in `window` only what one of `keys` of `family` admits.
    fn keep<'k, K: Hash + Eq + 'k>(
        window: &mut Window,
        family: &Family<K>,
        keys: impl IntoIterator<Item = &'k K>,
    ) {
        let mut admitted = Window::empty(window.start, window.end);
        for key in keys {
            if let Some(postings) = family.get(key) {
                postings.or_into(&mut admitted);
            }
        }
        window.and(&admitted);
    }

    pub fn keep_kinds(&self, window: &mut Window, kinds: &[ProgrammeKind]) {
        Self::keep(window, &self.kinds, kinds);
    }

    /// Keeps the dates delivered in `language`, with an interpreter for it, or
    /// meant for every language.
    pub fn keep_language(&self, window: &mut Window, language: &str) {
        let key: Box<str> = language.to_ascii_lowercase().into_boxed_str();
        Self::keep(window, &self.languages, [&key, &EVERY_LANGUAGE.into()]);
    }

    pub fn keep_weekdays(&self, window: &mut Window, weekdays: &[u8]) {
        Self::keep(window, &self.weekdays, weekdays);
    }

    pub fn keep_times(&self, window: &mut Window, times: &[TimeOfDay]) {
        Self::keep(window, &self.times, times);
    }

    pub fn keep_free(&self, window: &mut Window) {
        Self::keep(window, &self.free, [&()]);
    }

    pub fn keep_pregnant(&self, window: &mut Window) {
        Self::keep(window, &self.pregnant, [&()]);
    }

    /// Keeps sessions for a baby of `months` whole months.
    pub fn keep_baby_months(&self, window: &mut Window, months: u32) {
        let ranges = self
            .baby_months
            .keys()
            .filter(|(lo, hi)| *lo <= months && months <= *hi);
        Self::keep(window, &self.baby_months, ranges);
    }

    /// Leaves out the dates of `day` whose session `ended` says is over.
    pub fn drop_ended(
        &self,
        window: &mut Window,
        day: i32,
        occurrences: &[OccurrenceEntry],
        ended: impl Fn(u32) -> bool,
    ) {
        let (start, end) = self.days(day, day);
        let (start, end) = (start.max(window.start), end.min(window.end));
        for p in start..end {
            if window.contains(p) && occurrences.get(p as usize).is_some_and(|o| ended(o.session)) {
                window.clear(p);
            }
        }
    }

    /// The total and one page of the dates in `window` within `radius_km` of
    /// `point`, nearest first and equally near ones in order of position: the
    /// places are counted, and only those on the page are listed.
    pub fn nearest(
        &self,
        window: &Window,
        (point, radius_km): (Point, f64),
        mut skip: u64,
        per_page: usize,
    ) -> (u64, Vec<(u32, f32)>) {
        let matching = |place: u32| {
            in_range(self.by_place.of(place), window.start, window.end)
                .iter()
                .copied()
                .filter(|&p| window.contains(p))
        };
        let mut places: Vec<(f32, u32, u64)> = self
            .places_near(point, radius_km)
            .into_iter()
            .map(|(place, d)| (d as f32, place, matching(place).count() as u64))
            .filter(|&(_, _, count)| count > 0)
            .collect();
        places.sort_by(|a, b| a.0.total_cmp(&b.0));
        let total = places.iter().map(|&(_, _, count)| count).sum();
        let mut page = Vec::new();
        for group in places.chunk_by(|a, b| a.0.total_cmp(&b.0).is_eq()) {
            if page.len() >= per_page {
                break;
            }
            let count: u64 = group.iter().map(|&(_, _, count)| count).sum();
            if skip >= count {
                skip -= count;
                continue;
            }
            let mut positions: Vec<u32> = group.iter().flat_map(|&(_, place, _)| matching(place)).collect();
            positions.sort_unstable();
            let distance = group[0].0;
            let wanted = per_page - page.len();
            page.extend(
                positions
                    .into_iter()
                    .skip(skip as usize)
                    .take(wanted)
                    .map(|p| (p, distance)),
            );
            skip = 0;
        }
        (total, page)
    }

    /// The places within `radius_km` of `point`, as (place, distance), in no order.
    fn places_near(&self, point: Point, radius_km: f64) -> Vec<(u32, f64)> {
        let candidates = self.cells_near(point, radius_km);
        candidates
            .into_iter()
            .filter_map(|place| {
                let d = point.distance_km(self.places[place as usize]);
                (d <= radius_km).then_some((place, d))
            })
            .collect()
    }

    /// Every place that could be within `radius_km` of `point`: those in the cells
    /// around it, and the strays.
    fn cells_near(&self, point: Point, radius_km: f64) -> Vec<u32> {
        let everywhere = || (0..self.places.len() as u32).collect();
        if !(point.lat.is_finite() && point.lon.is_finite() && radius_km.is_finite()) {
            return everywhere();
        }
        // Two points d apart differ in latitude by at most d / R; at latitudes up
        // to `highest`, sin(dlon / 2) is at most sin(d / 2R) / cos(highest).
        let dlat = (radius_km / EARTH_RADIUS_KM).to_degrees() + GRID_MARGIN_DEGREES;
        let highest = point.lat.abs() + dlat;
        if highest >= 89.0 {
            return everywhere();
        }
        let spread = (radius_km / (2.0 * EARTH_RADIUS_KM)).sin() / highest.to_radians().cos();
        if spread.is_nan() || spread >= 1.0 {
            return everywhere();
        }
        let dlon = (2.0 * spread.asin()).to_degrees() + GRID_MARGIN_DEGREES;
        let lat_cells = ((point.lat - dlat) / CELL_DEGREES).floor() as i64
            ..=((point.lat + dlat) / CELL_DEGREES).floor() as i64;
        let lon_cells = ((point.lon - dlon) / CELL_DEGREES).floor() as i64
            ..=((point.lon + dlon) / CELL_DEGREES).floor() as i64;
        let lon_count = lon_cells.end() - lon_cells.start() + 1;
        let cells = (lat_cells.end() - lat_cells.start() + 1).saturating_mul(lon_count);
        if lon_count >= LON_CELLS || cells > self.grid.len() as i64 {
            return everywhere();
        }
        let mut found = self.strays.clone();
        for lat in lat_cells {
            for lon in lon_cells.clone() {
                if let Some(places) = self.grid.get(&(lat, lon.rem_euclid(LON_CELLS))) {
                    found.extend_from_slice(places);
                }
            }
        }
        found
    }

    /// The memory the index holds, in bytes.
    pub fn bytes(&self) -> usize {
        self.day_starts.capacity() * 4
            + self.current.bytes()
            + self.expiries.capacity() * std::mem::size_of::<(i64, u32)>()
            + self.by_session.bytes()
            + family_bytes(&self.kinds)
            + family_bytes(&self.languages)
            + self.languages.keys().map(|k| k.len()).sum::<usize>()
            + family_bytes(&self.weekdays)
            + family_bytes(&self.times)
            + family_bytes(&self.free)
            + family_bytes(&self.pregnant)
            + family_bytes(&self.baby_months)
            + self.places.capacity() * std::mem::size_of::<Point>()
            + self.by_place.bytes()
            + self.grid.capacity() * (std::mem::size_of::<((i64, i64), Vec<u32>)>() + 1)
            + self.grid.values().map(|v| v.capacity() * 4).sum::<usize>()
            + self.strays.capacity() * 4
    }
}
