//! Every string of a snapshot held once, end to end, and looked up by a four-byte
//! symbol.

use std::collections::HashMap;
use std::hash::BuildHasher;

/// A string held in [`Strings`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Sym(u32);

/// Every string of a snapshot, each once, end to end.
#[derive(Default)]
pub struct Strings {
    text: String,
    ends: Vec<u32>,
}

impl Strings {
    /// The string `sym` stands for.
    pub fn get(&self, sym: Sym) -> &str {
        let i = sym.0 as usize;
        let start = if i == 0 {
            0
        } else {
            self.ends.get(i - 1).copied().unwrap_or(0) as usize
        };
        let end = self.ends.get(i).copied().unwrap_or(0) as usize;
        self.text.get(start..end).unwrap_or_default()
    }

    pub(super) fn bytes(&self) -> usize {
        self.text.capacity() + self.ends.capacity() * 4
    }
}

/// Hands out one [`Sym`] per distinct string while a snapshot is built; only
/// hashes are kept beside the text, so no string is held twice.
#[derive(Default)]
pub(super) struct Interner {
    strings: Strings,
    seen: HashMap<u64, Vec<Sym>>,
    hasher: std::collections::hash_map::RandomState,
}

impl Interner {
    pub(super) fn find(&self, s: &str) -> Option<Sym> {
        let hash = self.hasher.hash_one(s);
        self.seen
            .get(&hash)?
            .iter()
            .copied()
            .find(|&sym| self.strings.get(sym) == s)
    }

    /// The string `sym` stands for, while the snapshot is built.
    pub(super) fn get(&self, sym: Sym) -> &str {
        self.strings.get(sym)
    }

    pub(super) fn intern(&mut self, s: &str) -> Sym {
        if let Some(sym) = self.find(s) {
            return sym;
        }
        let sym = Sym(self.strings.ends.len() as u32);
        self.strings.text.push_str(s);
        self.strings.ends.push(self.strings.text.len() as u32);
        self.seen.entry(self.hasher.hash_one(s)).or_default().push(sym);
        sym
    }

    pub(super) fn finish(mut self) -> Strings {
        self.strings.text.shrink_to_fit();
        self.strings.ends.shrink_to_fit();
        self.strings
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_string_interned_twice_is_held_once() {
        let mut strings = Interner::default();
        let en = strings.intern("en");
        let title = strings.intern("Rhyme time");
        assert_eq!(strings.intern("en"), en);
        assert_ne!(title, en);
        let empty = strings.intern("");
        let strings = strings.finish();
        assert_eq!(strings.get(en), "en");
        assert_eq!(strings.get(title), "Rhyme time");
        assert_eq!(strings.get(empty), "");
        assert_eq!(strings.text, "enRhyme time");
        // A symbol from elsewhere reads as nothing rather than panicking.
        assert_eq!(strings.get(Sym(99)), "");
    }
}
