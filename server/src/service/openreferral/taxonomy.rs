//! PeriLink's two taxonomies, fixed, so built from constants: what a programme
//! offers, and who it is for.

use super::derived_id;
use super::types::{Taxonomy, TaxonomyTerm};

/// A taxonomy's code, name and description, and its terms' codes, names and
/// descriptions.
type TaxonomySeed = (
    &'static str,
    &'static str,
    &'static str,
    &'static [(&'static str, &'static str, &'static str)],
);

pub(super) const PROGRAMME_KINDS: &str = "programme_kind";
pub(super) const ELIGIBILITY: &str = "eligibility";
pub(super) const PREGNANT: &str = "pregnant";
pub(super) const WITH_BABY: &str = "with_baby";

const TAXONOMIES: [TaxonomySeed; 2] = [
    (
        PROGRAMME_KINDS,
        "PeriLink programme kinds",
        "What a PeriLink maternity social prescribing programme offers.",
        &[
            (
                "esol",
                "ESOL (English classes)",
                "English classes for mothers with a bump or a baby, teaching everyday English for health and baby care.",
            ),
            (
                "rhyme_time",
                "Rhyme time",
                "Songs and rhymes for parent and baby, supporting bonding and language.",
            ),
            (
                "singing",
                "Singing",
                "Group singing for mothers, such as singing for postnatal depression.",
            ),
            (
                "breastfeeding_support",
                "Breastfeeding support",
                "Peer support from trained mothers to start and keep breastfeeding.",
            ),
            (
                "advice",
                "Money and work advice",
                "Advice on benefits, maternity pay, housing and problems at work.",
            ),
            (
                "other",
                "Other support",
                "Other community support for mothers and babies.",
            ),
        ],
    ),
    (
        ELIGIBILITY,
        "PeriLink eligibility",
        "Who a PeriLink programme is for.",
        &[
            (PREGNANT, "Pregnant", "Open to women who are pregnant."),
            (
                WITH_BABY,
                "With a baby",
                "Open to mothers with a baby; the attribute's value gives the baby's age range.",
            ),
        ],
    ),
];

/// Every taxonomy PeriLink publishes, with its terms.
pub fn taxonomies() -> Vec<Taxonomy> {
    TAXONOMIES
        .iter()
        .map(|(code, name, description, terms)| Taxonomy {
            id: taxonomy_id(code),
            name: (*name).into(),
            description: (*description).into(),
            version: "1".into(),
            taxonomy_terms: terms
                .iter()
                .map(|(term, _, _)| taxonomy_term(code, term))
                .collect(),
        })
        .collect()
}

/// Every term of every taxonomy, in order.
pub fn taxonomy_terms() -> Vec<TaxonomyTerm> {
    taxonomies().into_iter().flat_map(|t| t.taxonomy_terms).collect()
}

fn taxonomy_id(code: &str) -> String {
    derived_id("taxonomy", &[code])
}

/// A term by its taxonomy's code and its own; an unknown kind is `other`.
pub(super) fn taxonomy_term(taxonomy: &str, term: &str) -> TaxonomyTerm {
    let (code, taxonomy_name, _, terms) = TAXONOMIES
        .iter()
        .find(|t| t.0 == taxonomy)
        .unwrap_or(&TAXONOMIES[0]);
    let (term, name, description) = terms
        .iter()
        .find(|t| t.0 == term)
        .or_else(|| terms.last())
        .copied()
        .unwrap_or(("other", "Other", "Other."));
    TaxonomyTerm {
        id: derived_id("taxonomy_term", &[code, term]),
        name: name.into(),
        description: description.into(),
        taxonomy: (*taxonomy_name).into(),
        taxonomy_id: taxonomy_id(code),
        term: term.into(),
    }
}

/// A term's taxonomy code and its own code, by the term's id.
pub(super) fn term_codes(id: &str) -> Option<(&'static str, &'static str)> {
    TAXONOMIES.iter().find_map(|(code, _, _, terms)| {
        terms
            .iter()
            .find(|(term, _, _)| derived_id("taxonomy_term", &[code, term]) == id)
            .map(|(term, _, _)| (*code, *term))
    })
}

/// A taxonomy's code, by its id.
pub(super) fn taxonomy_code(id: &str) -> Option<&'static str> {
    TAXONOMIES
        .iter()
        .map(|(code, _, _, _)| *code)
        .find(|code| taxonomy_id(code) == id)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_term_belongs_to_its_taxonomy() {
        for taxonomy in taxonomies() {
            for term in &taxonomy.taxonomy_terms {
                assert_eq!(term.taxonomy_id, taxonomy.id);
                assert_eq!(
                    term_codes(&term.id).map(|(_, code)| code),
                    Some(term.term.as_str())
                );
            }
            assert!(taxonomy_code(&taxonomy.id).is_some());
        }
        assert_eq!(taxonomy_terms().len(), 8);
        assert_eq!(taxonomy_term(PROGRAMME_KINDS, "nonsense").term, "other");
        assert_eq!(term_codes("nonsense"), None);
    }
}
