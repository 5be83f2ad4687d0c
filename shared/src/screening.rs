//! Perinatal mental health screening instruments, defined once: items, options,
//! scoring, bands and safety items (DOMAIN.md, "Perinatal mental health
//! screening"). The server scores every screening from the options chosen; a total
//! sent by a client is never used.
//!
//! Answers are the index (from 0) of the option chosen, in the order the options
//! are shown. For EPDS, items 1, 2 and 4 score their index (0, 1, 2, 3); items 3
//! and 5 to 10 are reverse-scored (3, 2, 1, 0 in the order shown). PHQ-9 and GAD-2
//! options score their index. Whooley answers are no (0) or yes (1).

use serde::{Deserialize, Serialize};

string_enum! {
    /// A screening instrument.
    Instrument {
        /// Edinburgh Postnatal Depression Scale: 10 items, 0–30.
        Epds = "epds",
        /// Patient Health Questionnaire: 9 items, 0–27.
        Phq9 = "phq9",
        /// Generalised Anxiety Disorder 2-item: 0–6.
        Gad2 = "gad2",
        /// The two Whooley questions: yes or no.
        Whooley = "whooley",
    }
}

string_enum! {
    /// Where a total falls.
    Band {
        /// EPDS 0–9, PHQ-9 0–4, GAD-2 0–2, Whooley both no.
        None = "none",
        /// EPDS 10–12: possible depression.
        Possible = "possible",
        /// EPDS 13 or more: probable depression; refer for assessment.
        Probable = "probable",
        /// PHQ-9 5–9.
        Mild = "mild",
        /// PHQ-9 10–14.
        Moderate = "moderate",
        /// PHQ-9 15–19.
        ModeratelySevere = "moderately_severe",
        /// PHQ-9 20–27.
        Severe = "severe",
        /// GAD-2 3 or more, or a yes to either Whooley question: offer a full
        /// assessment.
        Positive = "positive",
    }
}

/// The full EPDS citation, shown wherever the EPDS is used.
pub const EPDS_CITATION: &str = "Cox, J.L., Holden, J.M., and Sagovsky, R. (1987). Detection of postnatal depression: \
Development of the 10-item Edinburgh Postnatal Depression Scale. British Journal of Psychiatry 150:782-786.";

/// EPDS items (1-based) whose options score 0, 1, 2, 3 in the order shown; every
/// other item is reverse-scored.
pub const EPDS_FORWARD_ITEMS: [usize; 3] = [1, 2, 4];
/// EPDS items (1-based) forming the anxiety subscale (EPDS-3A).
pub const EPDS_ANXIETY_ITEMS: [usize; 3] = [3, 4, 5];

impl Instrument {
    /// How many items it has.
    pub fn items(self) -> usize {
        match self {
            Instrument::Epds => 10,
            Instrument::Phq9 => 9,
            Instrument::Gad2 | Instrument::Whooley => 2,
        }
    }

    /// How many options each item has.
    pub fn options(self) -> u8 {
        match self {
            Instrument::Whooley => 2,
            _ => 4,
        }
    }

    /// The safety item (1-based), if it has one: EPDS item 10, PHQ-9 item 9.
    pub fn safety_item(self) -> Option<usize> {
        match self {
            Instrument::Epds => Some(10),
            Instrument::Phq9 => Some(9),
            _ => None,
        }
    }

    /// The version of the instrument scored.
    pub fn version(self) -> &'static str {
        match self {
            Instrument::Epds => "EPDS-1987",
            Instrument::Phq9 => "PHQ-9",
            Instrument::Gad2 => "GAD-2",
            Instrument::Whooley => "Whooley-NICE-CG192",
        }
    }

    /// Whether its wording is licensed and must come from a content pack (EPDS);
    /// the others' wording is public and ships in `locales/`.
    pub fn wording_is_licensed(self) -> bool {
        self == Instrument::Epds
    }

    /// The scored value of one answer to item `item` (1-based).
    fn item_score(self, item: usize, option: u8) -> u8 {
        match self {
            Instrument::Epds if !EPDS_FORWARD_ITEMS.contains(&item) => 3 - option,
            _ => option,
        }
    }

    /// The band a total falls in.
    pub fn band(self, total: u8) -> Band {
        match self {
            Instrument::Epds => match total {
                0..=9 => Band::None,
                10..=12 => Band::Possible,
                _ => Band::Probable,
            },
            Instrument::Phq9 => match total {
                0..=4 => Band::None,
                5..=9 => Band::Mild,
                10..=14 => Band::Moderate,
                15..=19 => Band::ModeratelySevere,
                _ => Band::Severe,
            },
            Instrument::Gad2 => {
                if total >= 3 {
                    Band::Positive
                } else {
                    Band::None
                }
            }
            Instrument::Whooley => {
                if total >= 1 {
                    Band::Positive
                } else {
                    Band::None
                }
            }
        }
    }
}

/// Why answers could not be scored.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ScoreError {
    /// Not one answer per item.
    WrongCount { expected: usize, got: usize },
    /// An option index the item does not have.
    OutOfRange { item: usize, option: i64, options: u8 },
}

impl std::fmt::Display for ScoreError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            ScoreError::WrongCount { expected, got } => write!(f, "expected {expected} answers, got {got}"),
            ScoreError::OutOfRange {
                item,
                option,
                options,
            } => {
                write!(
                    f,
                    "answer to item {item} is {option}; it must be 0 to {}",
                    options - 1
                )
            }
        }
    }
}

/// A screening, scored.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Score {
    /// The option index chosen per item, as given.
    pub answers: Vec<u8>,
    /// The scored value per item.
    pub item_scores: Vec<u8>,
    pub total: u8,
    pub band: Band,
    /// The safety item scored 1 or more: same-day safety follow-up, whatever the
    /// total.
    pub urgent: bool,
    /// EPDS-3A (items 3, 4 and 5), for EPDS only.
    pub anxiety_subscale: Option<u8>,
}

impl Score {
    /// Whether this result raises a safety alert for her referrers: a safety item
    /// of 1 or more, an EPDS total of 13 or more, or a PHQ-9 of 15 or more
    /// (moderately severe or severe, treated like EPDS "probable").
    pub fn raises_alert(&self) -> bool {
        self.urgent || matches!(self.band, Band::Probable | Band::ModeratelySevere | Band::Severe)
    }
}

/// Scores answers (option indexes in the order shown) for an instrument.
pub fn score(instrument: Instrument, answers: &[i64]) -> Result<Score, ScoreError> {
    if answers.len() != instrument.items() {
        return Err(ScoreError::WrongCount {
            expected: instrument.items(),
            got: answers.len(),
        });
    }
    let options = instrument.options();
    let mut chosen = Vec::with_capacity(answers.len());
    for (i, &option) in answers.iter().enumerate() {
        if option < 0 || option >= i64::from(options) {
            return Err(ScoreError::OutOfRange {
                item: i + 1,
                option,
                options,
            });
        }
        chosen.push(option as u8);
    }
    let item_scores: Vec<u8> = chosen
        .iter()
        .enumerate()
        .map(|(i, &o)| instrument.item_score(i + 1, o))
        .collect();
    let total: u8 = item_scores.iter().sum();
    let urgent = instrument
        .safety_item()
        .is_some_and(|item| item_scores[item - 1] >= 1);
    let anxiety_subscale = (instrument == Instrument::Epds)
        .then(|| EPDS_ANXIETY_ITEMS.iter().map(|&i| item_scores[i - 1]).sum());
    Ok(Score {
        answers: chosen,
        item_scores,
        total,
        band: instrument.band(total),
        urgent,
        anxiety_subscale,
    })
}

/// `POST /api/screenings`. Unknown fields are accepted and ignored, so a total a
/// client sends is never read.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ScreeningRequest {
    /// A UUID the device made for this screening, so that sending it again (a
    /// retry while the first is still in flight) keeps it once and answers 200
    /// with it. Without one, every request is a screening of its own.
    #[serde(default)]
    pub id: Option<String>,
    /// Whose screening; a mother taking it herself may leave it out.
    #[serde(default)]
    pub mother_id: Option<String>,
    pub instrument: Instrument,
    /// The language it was taken in (BCP 47).
    pub language: String,
    /// The option index chosen per item, in the order shown.
    pub answers: Vec<i64>,
    /// For a course's scheduled screening: the session and `baseline`, `week6` or `end`.
    #[serde(default)]
    pub session_id: Option<String>,
    #[serde(default)]
    pub timepoint: Option<String>,
    // Unknown fields (such as a `total`) are ignored: the server scores.
}

/// A screening result.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ScreeningResult {
    pub id: String,
    pub mother_id: String,
    pub instrument: Instrument,
    pub instrument_version: String,
    pub language: String,
    /// Whether the language version she used is validated.
    pub language_validated: bool,
    pub answers: Vec<u8>,
    pub item_scores: Vec<u8>,
    pub total: u8,
    pub band: Band,
    pub urgent: bool,
    pub anxiety_subscale: Option<u8>,
    /// Whether an alert went to her referrers.
    pub alert_raised: bool,
    /// `mother` or `referrer`.
    pub administered_as: String,
    /// RFC 3339.
    pub taken_at: String,
    pub timepoint: Option<String>,
}

/// A mother's screenings, newest first.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ScreeningList {
    pub screenings: Vec<ScreeningResult>,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn epds_items_one_two_and_four_score_forward_and_the_rest_in_reverse() {
        let all_first = score(Instrument::Epds, &[0; 10]).unwrap();
        assert_eq!(all_first.item_scores, [0, 0, 3, 0, 3, 3, 3, 3, 3, 3]);
        assert_eq!(all_first.total, 21);
        let all_last = score(Instrument::Epds, &[3; 10]).unwrap();
        assert_eq!(all_last.item_scores, [3, 3, 0, 3, 0, 0, 0, 0, 0, 0]);
        assert_eq!(all_last.total, 9);
    }

    #[test]
    fn epds_band_edges() {
        assert_eq!(Instrument::Epds.band(9), Band::None);
        assert_eq!(Instrument::Epds.band(10), Band::Possible);
        assert_eq!(Instrument::Epds.band(12), Band::Possible);
        assert_eq!(Instrument::Epds.band(13), Band::Probable);
        assert_eq!(Instrument::Epds.band(30), Band::Probable);
    }

    #[test]
    fn item_ten_of_one_is_urgent_even_with_a_total_of_one() {
        // Items 1, 2, 4 at index 0 score 0; the reversed items at index 3 score 0;
        // item 10 at index 2 scores 1 ("hardly ever").
        let answers = [0, 0, 3, 0, 3, 3, 3, 3, 3, 2];
        let s = score(Instrument::Epds, &answers).unwrap();
        assert_eq!(s.total, 1);
        assert_eq!(s.band, Band::None);
        assert!(s.urgent);
        assert!(s.raises_alert());
    }

    #[test]
    fn phq9_bands_and_item_nine() {
        for (total, band) in [
            (4, Band::None),
            (5, Band::Mild),
            (9, Band::Mild),
            (10, Band::Moderate),
            (14, Band::Moderate),
            (15, Band::ModeratelySevere),
            (19, Band::ModeratelySevere),
            (20, Band::Severe),
            (27, Band::Severe),
        ] {
            assert_eq!(Instrument::Phq9.band(total), band, "{total}");
        }
        let s = score(Instrument::Phq9, &[0, 0, 0, 0, 0, 0, 0, 0, 1]).unwrap();
        assert!(s.urgent && s.total == 1);
    }

    #[test]
    fn gad2_and_whooley() {
        assert_eq!(score(Instrument::Gad2, &[1, 1]).unwrap().band, Band::None);
        assert_eq!(score(Instrument::Gad2, &[1, 2]).unwrap().band, Band::Positive);
        assert_eq!(score(Instrument::Whooley, &[0, 0]).unwrap().band, Band::None);
        assert_eq!(score(Instrument::Whooley, &[0, 1]).unwrap().band, Band::Positive);
        assert!(score(Instrument::Whooley, &[0, 2]).is_err());
    }

    #[test]
    fn wrong_counts_and_out_of_range_answers_are_refused() {
        assert_eq!(
            score(Instrument::Epds, &[0; 9]),
            Err(ScoreError::WrongCount { expected: 10, got: 9 })
        );
        assert!(matches!(
            score(Instrument::Epds, &[0, 0, 0, 0, 0, 0, 0, 0, 0, 4]),
            Err(ScoreError::OutOfRange { item: 10, .. })
        ));
        assert!(matches!(
            score(Instrument::Phq9, &[0, 0, -1, 0, 0, 0, 0, 0, 0]),
            Err(ScoreError::OutOfRange { item: 3, .. })
        ));
    }

    /// An independent reference, written differently: a lookup table per item of
    /// the scores in the order the options are shown.
    fn epds_reference(answers: &[usize; 10]) -> (u32, &'static str, bool) {
        const FORWARD: [u32; 4] = [0, 1, 2, 3];
        const REVERSE: [u32; 4] = [3, 2, 1, 0];
        const TABLE: [[u32; 4]; 10] = [
            FORWARD, FORWARD, REVERSE, FORWARD, REVERSE, REVERSE, REVERSE, REVERSE, REVERSE, REVERSE,
        ];
        let total: u32 = (0..10).map(|i| TABLE[i][answers[i]]).sum();
        let band = if total >= 13 {
            "probable"
        } else if total >= 10 {
            "possible"
        } else {
            "none"
        };
        (total, band, TABLE[9][answers[9]] > 0)
    }

    #[test]
    fn every_epds_answer_vector_scores_as_the_reference_does() {
        let mut answers = [0usize; 10];
        for n in 0..4usize.pow(10) {
            let mut rest = n;
            for a in answers.iter_mut() {
                *a = rest % 4;
                rest /= 4;
            }
            let given: Vec<i64> = answers.iter().map(|&a| a as i64).collect();
            let s = score(Instrument::Epds, &given).unwrap();
            let (total, band, urgent) = epds_reference(&answers);
            assert_eq!(
                (u32::from(s.total), s.band.as_str(), s.urgent),
                (total, band, urgent),
                "{answers:?}"
            );
        }
    }

    #[test]
    fn every_phq9_answer_vector_scores_as_the_reference_does() {
        let band_of = |t: usize| {
            ["none", "mild", "moderate", "moderately_severe", "severe"]
                [[5, 10, 15, 20].iter().filter(|&&edge| t >= edge).count()]
        };
        for n in 0..4usize.pow(9) {
            let digits: Vec<usize> = (0..9).map(|i| (n / 4usize.pow(i)) % 4).collect();
            let given: Vec<i64> = digits.iter().map(|&d| d as i64).collect();
            let s = score(Instrument::Phq9, &given).unwrap();
            let total: usize = digits.iter().sum();
            assert_eq!(
                (usize::from(s.total), s.band.as_str(), s.urgent),
                (total, band_of(total), digits[8] > 0),
                "{digits:?}"
            );
        }
    }
}

/// One item's licensed wording, from the content pack.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ContentItem {
    pub text: String,
    /// The options, in the order shown (the answer is the index of the one chosen).
    pub options: Vec<String>,
}

/// An instrument's wording, if licensed content is needed
/// (`GET /api/screenings/content/{instrument}/{language}`).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ScreeningContent {
    pub instrument: Instrument,
    pub language: String,
    /// False when the licensed wording is not installed: show neutral placeholders.
    pub installed: bool,
    /// Whether this language version is validated.
    pub validated: bool,
    pub items: Vec<ContentItem>,
    /// The full citation, shown wherever the instrument is used (EPDS).
    pub citation: Option<String>,
}

/// An open (or recently acknowledged) safety alert (`GET /api/alerts`).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Alert {
    pub id: String,
    pub mother_id: String,
    pub mother_name: String,
    /// `urgent` (a safety item of 1 or more) or `probable`.
    pub reason: String,
    pub screening_id: String,
    /// RFC 3339.
    pub raised_at: String,
    /// Nobody acknowledged it within four hours, so it went to the coordinators.
    pub escalated: bool,
    pub acknowledged_at: Option<String>,
    pub action_note: Option<String>,
}

/// Alerts, newest first.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct AlertList {
    pub alerts: Vec<Alert>,
}
