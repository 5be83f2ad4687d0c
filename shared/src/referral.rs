//! Supported referral: the mother's record as a referrer keeps it, her consent, the
//! referral and its one state machine, and the NHS number check.
//!
//! The lifecycle (DOMAIN.md, "Two ways in"):
//!
//! ```text
//! sent ──► accepted ──► booked ──► attending ──► completed
//!   │                      │           │
//!   └──► declined          └───────────┴──► did_not_attend (two missed in a row)
//!
//! withdrawn: by the mother (or for her), from any state before completion.
//! ```

use serde::{Deserialize, Serialize};

string_enum! {
    /// Where a referral stands.
    ReferralStatus {
        /// Sent to the provider; awaiting a reply.
        Sent = "sent",
        /// The provider (or the mother) said yes.
        Accepted = "accepted",
        /// The provider or the mother said no, with a reason.
        Declined = "declined",
        /// She has a place.
        Booked = "booked",
        /// She has come at least once.
        Attending = "attending",
        /// She finished the course, or the programme.
        Completed = "completed",
        /// She missed two sessions in a row.
        DidNotAttend = "did_not_attend",
        /// She withdrew.
        Withdrawn = "withdrawn",
    }
}

string_enum! {
    /// Who moves a referral on.
    Actor {
        /// The midwife, MSW, health visitor or link worker who referred her.
        Referrer = "referrer",
        /// The programme's host or a coordinator.
        Provider = "provider",
        /// The mother herself.
        Mother = "mother",
        /// PeriLink, from attendance.
        System = "system",
    }
}

string_enum! {
    /// Why she was referred (the fixed list).
    ReferralReason {
        Isolation = "isolation",
        LowMoodOrAnxiety = "low_mood_or_anxiety",
        EnglishLanguage = "english_language",
        InfantFeeding = "infant_feeding",
        MoneyHousingOrWork = "money_housing_or_work",
        BondingWithBaby = "bonding_with_baby",
        Other = "other",
    }
}

string_enum! {
    /// How she wants to be contacted.
    ContactPreference {
        Sms = "sms",
        Email = "email",
        Phone = "phone",
        /// Not at all.
        None = "none",
    }
}

string_enum! {
    /// What she agreed may be shared.
    ConsentScope {
        /// Her contact details and language, with the provider of the session.
        ContactDetails = "contact_details",
        /// Why she was referred and what matters to her, with the provider.
        ReferralReasons = "referral_reasons",
        /// Whether she attends, back to the referrer.
        AttendanceToReferrer = "attendance_to_referrer",
        /// Screening results, with the midwifery team caring for her.
        ScreeningToCareTeam = "screening_to_care_team",
    }
}

/// Why a transition is not allowed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum TransitionError {
    /// No such move in the lifecycle.
    Illegal {
        from: ReferralStatus,
        to: ReferralStatus,
    },
    /// A legal move, but not one this actor makes.
    NotYours { to: ReferralStatus, actor: Actor },
    /// Declining needs a reason.
    ReasonRequired,
}

impl std::fmt::Display for TransitionError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            TransitionError::Illegal { from, to } => write!(f, "a referral cannot go from {from} to {to}"),
            TransitionError::NotYours { to, actor } => write!(f, "a {actor} cannot move a referral to {to}"),
            TransitionError::ReasonRequired => f.write_str("say why the referral is declined"),
        }
    }
}

impl ReferralStatus {
    /// Whether the referral has ended.
    pub fn is_final(self) -> bool {
        matches!(
            self,
            ReferralStatus::Declined | ReferralStatus::Completed | ReferralStatus::Withdrawn
        )
    }

    /// The lifecycle's moves, whoever makes them.
    pub fn can_become(self, to: ReferralStatus) -> bool {
        use ReferralStatus::*;
        match (self, to) {
            (Sent, Accepted | Declined) => true,
            (Accepted, Booked) => true,
            // She cancelled the booking: accepted still, with a date to find again.
            (Booked, Accepted) => true,
            (Booked, Attending | DidNotAttend) => true,
            (Attending, Completed | DidNotAttend) => true,
            // She came back after missing two.
            (DidNotAttend, Attending | Booked) => true,
            (from, Withdrawn) => !from.is_final(),
            _ => false,
        }
    }

    /// Checks a move by an actor; a decline must carry a reason.
    pub fn transition(
        self,
        to: ReferralStatus,
        actor: Actor,
        has_reason: bool,
    ) -> Result<(), TransitionError> {
        use ReferralStatus::*;
        if !self.can_become(to) {
            return Err(TransitionError::Illegal { from: self, to });
        }
        let allowed = match to {
            // Back from booked only when her booking is cancelled, which the
            // system follows.
            Accepted if self == Booked => actor == Actor::System,
            // The provider replies; the mother may accept or decline herself.
            Accepted | Declined => matches!(actor, Actor::Provider | Actor::Mother),
            // The provider books her, or she books herself.
            Booked => matches!(actor, Actor::Provider | Actor::Mother | Actor::System),
            // Attendance decides these.
            Attending | DidNotAttend => matches!(actor, Actor::System | Actor::Provider),
            Completed => matches!(actor, Actor::System | Actor::Provider),
            // The mother withdraws, or her referrer records it for her.
            Withdrawn => matches!(actor, Actor::Mother | Actor::Referrer),
            Sent => false,
        };
        if !allowed {
            return Err(TransitionError::NotYours { to, actor });
        }
        if to == Declined && !has_reason {
            return Err(TransitionError::ReasonRequired);
        }
        Ok(())
    }

    /// The FHIR R4 Task status this state maps to.
    pub fn fhir_task_status(self) -> &'static str {
        use ReferralStatus::*;
        match self {
            Sent => "requested",
            Accepted => "accepted",
            Declined => "rejected",
            Booked | Attending | DidNotAttend => "in-progress",
            Completed => "completed",
            Withdrawn => "cancelled",
        }
    }
}

/// Checks an NHS number: ten digits (spaces or dashes allowed) whose last is the
/// modulus-11 check digit of the first nine. Returns the ten digits.
pub fn parse_nhs_number(input: &str) -> Result<String, String> {
    let digits: String = input.chars().filter(|c| !matches!(c, ' ' | '-')).collect();
    if digits.len() != 10 || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return Err(format!("`{input}` is not an NHS number: it has ten digits"));
    }
    let d: Vec<u32> = digits.bytes().map(|b| u32::from(b - b'0')).collect();
    let sum: u32 = d[..9].iter().enumerate().map(|(i, x)| x * (10 - i as u32)).sum();
    let check = match 11 - sum % 11 {
        11 => 0,
        10 => return Err(format!("`{input}` is not a valid NHS number")),
        c => c,
    };
    if check == d[9] {
        Ok(digits)
    } else {
        Err(format!(
            "`{input}` is not a valid NHS number: its check digit is wrong"
        ))
    }
}

/// A mother as a referrer registers her, or updates what is known.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct MotherInput {
    pub given_name: String,
    #[serde(default)]
    pub family_name: Option<String>,
    #[serde(default)]
    pub phone: Option<String>,
    #[serde(default)]
    pub email: Option<String>,
    /// Her preferred language: a BCP 47 tag, any language (not only the interface's).
    pub language: String,
    #[serde(default)]
    pub dialect: Option<String>,
    #[serde(default)]
    pub interpreter_needed: bool,
    /// `YYYY-MM-DD`.
    #[serde(default)]
    pub due_date: Option<String>,
    /// `YYYY-MM-DD`.
    #[serde(default)]
    pub baby_birth_date: Option<String>,
    #[serde(default)]
    pub nhs_number: Option<String>,
    #[serde(default)]
    pub postcode: Option<String>,
    /// Her baby's first name, if she gives it.
    #[serde(default)]
    pub baby_name: Option<String>,
}

/// A mother on a caseload.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct MotherRecord {
    pub id: String,
    pub given_name: String,
    pub family_name: Option<String>,
    pub phone: Option<String>,
    pub email: Option<String>,
    pub language: String,
    pub dialect: Option<String>,
    pub interpreter_needed: bool,
    pub due_date: Option<String>,
    pub baby_birth_date: Option<String>,
    pub nhs_number: Option<String>,
    pub postcode: Option<String>,
    pub baby_name: Option<String>,
    /// Her consent now, if any is recorded and not withdrawn.
    pub consent: Option<ConsentRecord>,
    /// How and when she says she may be contacted, if she has said: shown to her
    /// care team before they call or text.
    #[serde(default)]
    pub contact_window: Option<crate::contact_window::ContactWindow>,
    /// When the latest message to her could not be delivered, its channel (`sms`
    /// or `email`): her referrer should reach her another way.
    #[serde(default)]
    pub undelivered: Option<String>,
}

/// Consent as recorded.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct ConsentInput {
    /// What she agreed may be shared.
    pub scopes: Vec<ConsentScope>,
    /// With whom, in her words or the service's name.
    pub shared_with: String,
    pub contact: ContactPreference,
}

/// A recorded consent.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ConsentRecord {
    pub id: String,
    pub scopes: Vec<ConsentScope>,
    pub shared_with: String,
    pub contact: ContactPreference,
    /// RFC 3339.
    pub recorded_at: String,
    pub recorded_by: String,
    pub withdrawn_at: Option<String>,
}

/// A referral, as the referrer sends it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct ReferralRequest {
    pub mother_id: String,
    /// The programme; or give a session.
    #[serde(default)]
    pub programme_id: Option<String>,
    #[serde(default)]
    pub session_id: Option<String>,
    pub reasons: Vec<ReferralReason>,
    /// What matters to her, in her own words.
    #[serde(default)]
    pub what_matters: Option<String>,
    /// A note for the care team; never shown to hosts.
    #[serde(default)]
    pub note: Option<String>,
}

/// A move in a referral's lifecycle.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct TransitionRequest {
    pub to: ReferralStatus,
    /// Why, when declining (or withdrawing).
    #[serde(default)]
    pub reason: Option<String>,
    /// For `booked`: the date (or, for a course, any date of it) to book her on.
    #[serde(default)]
    pub occurrence_id: Option<String>,
}

/// One move, kept.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ReferralEvent {
    pub from: Option<ReferralStatus>,
    pub to: ReferralStatus,
    pub actor: Actor,
    /// The user who made the move; `None` for PeriLink itself.
    pub by: Option<String>,
    /// RFC 3339.
    pub at: String,
    pub reason: Option<String>,
}

/// A referral as its viewer may see it. Fields a role must not see are `None`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Referral {
    pub id: String,
    pub mother_id: String,
    /// Her first name (and family name for her care team).
    pub mother_name: String,
    pub mother_language: String,
    pub interpreter_needed: bool,
    pub programme_id: String,
    pub programme_title: crate::directory::LocalisedText,
    pub session_id: Option<String>,
    pub status: ReferralStatus,
    /// Why she was referred: providers see it only under `referral_reasons`.
    pub reasons: Vec<ReferralReason>,
    pub what_matters: Option<String>,
    /// The clinical note: her care team and care coordinators only.
    pub note: Option<String>,
    /// Her phone number: providers see it only under `contact_details`.
    #[serde(default)]
    pub mother_phone: Option<String>,
    /// Her email: providers see it only under `contact_details`.
    #[serde(default)]
    pub mother_email: Option<String>,
    pub referrer_name: String,
    /// RFC 3339.
    pub created_at: String,
    pub events: Vec<ReferralEvent>,
    /// Each date of the programme she was marked at since the referral, newest
    /// first. Her referrer sees it only while her consent covers sharing attendance.
    #[serde(default)]
    pub attendance: Vec<crate::register::AttendanceEntry>,
}

/// A mother found by her exact phone number, email or NHS number who is not in the
/// caller's care: only that she exists, so she is not registered twice. Her record
/// follows once the caller adds her to their caseload, with a reason she sees.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct MotherHint {
    pub id: String,
    pub given_name: String,
    /// The first letter of her family name, if known.
    pub family_initial: Option<String>,
    /// `YYYY-MM`: the month her baby is due, if she is pregnant.
    pub due_month: Option<String>,
    /// `YYYY-MM`: the month her baby was born.
    pub birth_month: Option<String>,
}

/// `POST /api/mothers/{id}/caseload`: why the caller takes her on. She sees it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct CaseloadRequest {
    /// 1 to 500 characters.
    pub reason: String,
}

/// Someone caring for her, as she sees it in her account.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct CareTeamMember {
    pub name: String,
    pub job_title: Option<String>,
    pub organisation: Option<String>,
    /// RFC 3339: when she was added to their caseload.
    pub added_at: String,
    /// Why, when they found her and added her themselves.
    pub reason: Option<String>,
}

/// `GET /api/me/care-team`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct CareTeam {
    pub members: Vec<CareTeamMember>,
}

/// A mother on the caller's caseload, referred or not yet.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct CaseloadEntry {
    pub mother_id: String,
    pub name: String,
    pub language: String,
    pub interpreter_needed: bool,
    /// `YYYY-MM-DD`.
    pub due_date: Option<String>,
    /// `YYYY-MM-DD`.
    pub baby_birth_date: Option<String>,
    /// Whether consent is recorded and not withdrawn: no referral without it.
    pub has_consent: bool,
    /// Referrals that have not ended.
    pub open_referrals: u32,
    /// All her referrals.
    pub referrals: u32,
    /// `YYYY-MM-DD`: the last session she came to, if any.
    pub last_attended: Option<String>,
}

/// `GET /api/caseload`: a page of the mothers the caller cares for, newest on the
/// caseload first.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Caseload {
    pub mothers: Vec<CaseloadEntry>,
    /// When there are more: the `after` that asks for the next page.
    #[serde(default)]
    pub next: Option<String>,
}

/// How many mothers a page of the caseload has unless `per_page` says otherwise.
pub const CASELOAD_PAGE: u32 = 100;

/// The most mothers one page of the caseload may have.
pub const CASELOAD_PAGE_MAX: u32 = 200;

/// A page of referrals.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ReferralList {
    pub referrals: Vec<Referral>,
}

#[cfg(test)]
mod tests {
    use super::*;
    use ReferralStatus::*;

    #[test]
    fn the_lifecycle_allows_exactly_its_moves() {
        let legal = [
            (Sent, Accepted),
            (Sent, Declined),
            (Accepted, Booked),
            (Booked, Accepted),
            (Booked, Attending),
            (Booked, DidNotAttend),
            (Attending, Completed),
            (Attending, DidNotAttend),
            (DidNotAttend, Attending),
            (DidNotAttend, Booked),
            (Sent, Withdrawn),
            (Accepted, Withdrawn),
            (Booked, Withdrawn),
            (Attending, Withdrawn),
            (DidNotAttend, Withdrawn),
        ];
        for from in ReferralStatus::ALL {
            for to in ReferralStatus::ALL {
                assert_eq!(
                    from.can_become(*to),
                    legal.contains(&(*from, *to)),
                    "{from} -> {to}"
                );
            }
        }
    }

    #[test]
    fn each_move_belongs_to_its_actor() {
        assert_eq!(Sent.transition(Accepted, Actor::Provider, false), Ok(()));
        assert_eq!(Sent.transition(Accepted, Actor::Mother, false), Ok(()));
        assert!(matches!(
            Sent.transition(Accepted, Actor::Referrer, false),
            Err(TransitionError::NotYours { .. })
        ));
        assert_eq!(
            Sent.transition(Declined, Actor::Provider, false),
            Err(TransitionError::ReasonRequired)
        );
        assert_eq!(Sent.transition(Declined, Actor::Provider, true), Ok(()));
        assert_eq!(Booked.transition(Attending, Actor::System, false), Ok(()));
        // Only her cancelled booking takes a booked referral back to accepted.
        assert_eq!(Booked.transition(Accepted, Actor::System, false), Ok(()));
        for actor in [Actor::Provider, Actor::Mother, Actor::Referrer] {
            assert!(Booked.transition(Accepted, actor, false).is_err(), "{actor}");
        }
        assert!(Booked.transition(Attending, Actor::Mother, false).is_err());
        assert_eq!(Attending.transition(Withdrawn, Actor::Mother, false), Ok(()));
        assert!(Attending.transition(Withdrawn, Actor::Provider, false).is_err());
        assert!(matches!(
            Completed.transition(Withdrawn, Actor::Mother, false),
            Err(TransitionError::Illegal { .. })
        ));
        assert!(matches!(
            Sent.transition(Completed, Actor::System, false),
            Err(TransitionError::Illegal { .. })
        ));
    }

    #[test]
    fn nhs_numbers_carry_a_modulus_11_check_digit() {
        assert_eq!(parse_nhs_number("943 476 5919"), Ok("9434765919".into()));
        assert_eq!(parse_nhs_number("401-023-2137"), Ok("4010232137".into()));
        assert!(parse_nhs_number("943 476 5918").is_err(), "wrong check digit");
        assert!(parse_nhs_number("12345").is_err());
        assert!(parse_nhs_number("94347659AB").is_err());
        // A remainder giving a check digit of 10 is never valid.
        // (The first nine digits 001000002 give a check digit of 10.)
        for last in 0..=9 {
            assert!(parse_nhs_number(&format!("001000002{last}")).is_err());
        }
    }

    #[test]
    fn task_statuses_follow_the_lifecycle() {
        assert_eq!(Sent.fhir_task_status(), "requested");
        assert_eq!(Declined.fhir_task_status(), "rejected");
        assert_eq!(Attending.fhir_task_status(), "in-progress");
        assert_eq!(Completed.fhir_task_status(), "completed");
    }
}

/// Mothers found (`GET /api/mothers`).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct MotherList {
    /// In the caller's care: their records.
    pub mothers: Vec<MotherRecord>,
    /// Known by the exact phone, email or NHS number given, but not in the caller's
    /// care: only that she exists. `POST /api/mothers/{id}/caseload` takes her on.
    #[serde(default)]
    pub elsewhere: Vec<MotherHint>,
}

/// How a programme answers referrals (`GET /api/programmes/{id}/referral-record`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ReferralRecord {
    /// Referrals it has had.
    pub referrals: u32,
    /// Of those answered, the share accepted, in whole percent.
    pub accepted_percent: Option<u32>,
    /// The median days from sent to first reply: "usually replies within N days".
    pub median_reply_days: Option<u32>,
}
