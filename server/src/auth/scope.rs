//! The privacy policy: which records a caller may see, and which parts of them,
//! decided here and nowhere else. Roles gate the routes (see [`super::extract`]);
//! these rules gate the rows and the fields. `docs/privacy.md` says the same in
//! words, as a table a data protection officer can review.
//!
//! Relationships:
//!
//! - Her **care team**: everyone with her on their caseload, and everyone in a team
//!   with one of them.
//! - Her **care organisations**: the organisations her care team belong to that are
//!   care organisations (`provides_care`); their coordinators act for them.
//! - The **providers** of a referral: the hosts of its programme's sessions and the
//!   coordinators of the organisation that runs the programme.
//!
//! What each sees:
//!
//! - A mother sees her own record, referrals, screenings, alerts' effects and
//!   attendance; never the care team's note.
//! - Her care team and her care organisations' coordinators see her record, her
//!   referrals with the note, her wellbeing plan and her safety alerts (always:
//!   vital interest); her screening results only while her consent covers
//!   `screening_to_care_team`; her attendance only under `attendance_to_referrer`.
//! - Providers see referrals to their programmes: her first name, language and
//!   interpreter need; the reasons and what matters to her only under
//!   `referral_reasons`; her phone and email only under `contact_details`; never the
//!   note, her record, screenings or alerts.
//! - Admins run accounts and organisations, not care: no mother's record,
//!   referral, screening or alert; reports for the whole service, suppressed.
//! - Finding a mother by exact phone, email or NHS number tells care staff only that
//!   she exists ([`MotherHint`](perilink_shared::referral)); her record follows once
//!   they add her to their caseload with a reason, which is audited and shown to her.
//! - Listings belong to their organisation: its coordinators edit them, hosts come
//!   from its staff, and only an admin moves one to another organisation.
//! - An alert goes to her care team; with none, to the coordinators of care
//!   organisations marked to receive unassigned alerts. Unacknowledged, it escalates
//!   to her care organisations' coordinators. Only someone who may read her record
//!   acknowledges it.

use super::AuthUser;
use crate::entity::{consent, referral};
use crate::error::AppError;
use crate::service::referrals::{consent_covers, current_consent};
use crate::service::sql;
use crate::service::sql::in_list;
use perilink_shared::auth::Role;
use perilink_shared::referral::ConsentScope;
use sea_orm::{ConnectionTrait, Value};
use std::collections::HashSet;

/// A subquery selecting no mother.
const NOBODY: &str = "SELECT id FROM mothers WHERE 1 = 0";

/// A caller with what the rules need to know about them.
pub struct Viewer {
    pub id: String,
    pub role: Role,
    pub organisation_id: Option<String>,
    /// Whether the caller's organisation is a care organisation.
    pub cares: bool,
    /// Whether the caller's organisation hears of unassigned alerts.
    pub receives_unassigned_alerts: bool,
}

/// How a viewer stands to a referral; the fields they see follow from it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Relation {
    /// The mother herself.
    Herself,
    /// Her care team, or a coordinator of one of her care organisations.
    Care,
    /// A host or coordinator of the programme she was referred to.
    Provider,
}

/// Which parts of a referral a viewer sees.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ReferralFields {
    /// Her family name as well as her first name.
    pub full_name: bool,
    /// The reasons and what matters to her.
    pub reasons: bool,
    /// Her phone number and email.
    pub contacts: bool,
    /// The care team's clinical note.
    pub note: bool,
    /// The sessions she attended or missed.
    pub attendance: bool,
}

impl Relation {
    /// What this relation sees of a referral under her consent in force.
    pub fn fields(self, consent: Option<&consent::Model>) -> ReferralFields {
        self.fields_under(consent.map(|c| c.scopes.as_str()))
    }

    /// What this relation sees under the scopes of her consent in force, as stored
    /// (space-separated); `None` when no consent is in force.
    pub fn fields_under(self, scopes: Option<&str>) -> ReferralFields {
        let covers =
            |scope: ConsentScope| scopes.is_some_and(|s| s.split_whitespace().any(|s| s == scope.as_str()));
        match self {
            Relation::Herself => ReferralFields {
                full_name: true,
                reasons: true,
                contacts: true,
                note: false,
                attendance: true,
            },
            Relation::Care => ReferralFields {
                full_name: true,
                reasons: true,
                contacts: true,
                note: true,
                attendance: covers(ConsentScope::AttendanceToReferrer),
            },
            Relation::Provider => ReferralFields {
                full_name: false,
                reasons: covers(ConsentScope::ReferralReasons),
                contacts: covers(ConsentScope::ContactDetails),
                note: false,
                attendance: true,
            },
        }
    }
}

impl Viewer {
    /// The caller as the rules see them. The extractor has already checked, in its
    /// one query per request, that the account is active, and read its role,
    /// organisation and what that organisation is for.
    pub fn of(caller: &AuthUser) -> Viewer {
        Viewer {
            id: caller.id.clone(),
            role: caller.role,
            organisation_id: caller.organisation_id.clone(),
            cares: caller.organisation_cares,
            receives_unassigned_alerts: caller.organisation_receives_unassigned_alerts,
        }
    }

    fn org(&self) -> Value {
        Value::from(self.organisation_id.clone().unwrap_or_default())
    }

    /// A subquery selecting the mother ids on this referrer's caseload: her own and
    /// her team-mates', with its values.
    pub fn caseload_subquery(&self) -> (&'static str, Vec<Value>) {
        (
            "SELECT mother_id FROM caseload WHERE user_id = ? OR user_id IN \
             (SELECT mate.user_id FROM team_members mine \
              JOIN team_members mate ON mate.team_id = mine.team_id WHERE mine.user_id = ?)",
            vec![self.id.clone().into(), self.id.clone().into()],
        )
    }

    /// Whether the caller is care staff: a referrer, or a coordinator of a care
    /// organisation. Only they find mothers, register them and keep caseloads.
    pub fn is_care_staff(&self) -> bool {
        match self.role {
            Role::Referrer => true,
            Role::Coordinator => self.cares,
            _ => false,
        }
    }

    /// A subquery selecting the mothers in this viewer's care: a referrer's are those
    /// whose care team she is in; a care coordinator's, those with a care team
    /// member in their organisation. Nobody else has any.
    pub fn care_subquery(&self) -> (String, Vec<Value>) {
        match self.role {
            Role::Referrer => {
                let (sql, values) = self.caseload_subquery();
                (sql.to_owned(), values)
            }
            Role::Coordinator if self.cares => (
                "SELECT c.mother_id FROM caseload c JOIN users u ON u.id = c.user_id WHERE u.organisation_id = ? \
                 UNION SELECT c.mother_id FROM caseload c JOIN team_members holder ON holder.user_id = c.user_id \
                 JOIN team_members mate ON mate.team_id = holder.team_id JOIN users u ON u.id = mate.user_id \
                 WHERE u.organisation_id = ?"
                    .into(),
                vec![self.org(), self.org()],
            ),
            _ => (NOBODY.into(), vec![]),
        }
    }

    /// A SQL condition on a mother aliased `m`, with its values, selecting the
    /// mothers in this viewer's care (see [`Viewer::care_subquery`]).
    pub fn caseload_condition(&self) -> (String, Vec<Value>) {
        let (sql, values) = self.care_subquery();
        (format!("m.id IN ({sql})"), values)
    }

    /// Whether the mother is in this viewer's care.
    pub async fn cares_for(&self, db: &impl ConnectionTrait, mother_id: &str) -> Result<bool, AppError> {
        if !self.is_care_staff() {
            return Ok(false);
        }
        let (care, values) = self.care_subquery();
        let values = std::iter::once(mother_id.into()).chain(values).collect();
        Ok(!sql::ids(
            db,
            &format!("SELECT id FROM mothers WHERE id = ? AND id IN ({care})"),
            values,
        )
        .await?
        .is_empty())
    }

    /// Whether this viewer is the mother herself.
    async fn is_her(&self, db: &impl ConnectionTrait, mother_id: &str) -> Result<bool, AppError> {
        if self.role != Role::Mother {
            return Ok(false);
        }
        Ok(!sql::ids(
            db,
            "SELECT id FROM mothers WHERE id = ? AND user_id = ?",
            vec![mother_id.into(), self.id.clone().into()],
        )
        .await?
        .is_empty())
    }

    /// Whether this viewer may see a mother's record: she herself, and those caring
    /// for her.
    pub async fn may_see_mother(&self, db: &impl ConnectionTrait, mother_id: &str) -> Result<bool, AppError> {
        Ok(self.is_her(db, mother_id).await? || self.cares_for(db, mother_id).await?)
    }

    /// Whether this viewer may read a mother's screening results: she herself, and
    /// those caring for her while her consent shares screening with her care team.
    pub async fn sees_screenings(
        &self,
        db: &impl ConnectionTrait,
        mother_id: &str,
    ) -> Result<bool, AppError> {
        if self.is_her(db, mother_id).await? {
            return Ok(true);
        }
        if !self.cares_for(db, mother_id).await? {
            return Ok(false);
        }
        Ok(current_consent(db, mother_id)
            .await?
            .is_some_and(|c| consent_covers(&c, ConsentScope::ScreeningToCareTeam)))
    }

    /// Whether this role may ever read screening results (hosts and admins never
    /// do, whoever the mother is: they get 403 rather than 404).
    pub fn may_ever_read_screenings(&self) -> bool {
        matches!(self.role, Role::Mother | Role::Referrer | Role::Coordinator)
    }

    /// A SQL condition on a referral aliased `r`, with its values, selecting the
    /// referrals this viewer may see.
    pub fn referral_condition(&self) -> (String, Vec<Value>) {
        let me = || Value::from(self.id.clone());
        match self.role {
            Role::Admin => ("1 = 0".into(), vec![]),
            Role::Mother => (
                "r.mother_id IN (SELECT id FROM mothers WHERE user_id = ?)".into(),
                vec![me()],
            ),
            Role::Referrer => {
                let (care, values) = self.care_subquery();
                (
                    format!("(r.referrer_id = ? OR r.mother_id IN ({care}))"),
                    std::iter::once(me()).chain(values).collect(),
                )
            }
            Role::Host => (
                "r.programme_id IN (SELECT programme_id FROM sessions WHERE host_id = ?)".into(),
                vec![me()],
            ),
            Role::Coordinator => {
                let (care, values) = self.care_subquery();
                (
                    format!(
                        "(r.programme_id IN (SELECT id FROM programmes WHERE organisation_id = ?) \
                         OR r.mother_id IN ({care}))"
                    ),
                    std::iter::once(self.org()).chain(values).collect(),
                )
            }
        }
    }

    /// How this viewer stands to a referral they may see; `None` if they may not.
    pub async fn relation(
        &self,
        db: &impl ConnectionTrait,
        r: &referral::Model,
    ) -> Result<Option<Relation>, AppError> {
        Ok(self.relations(db, std::slice::from_ref(r)).await?.pop().flatten())
    }

    /// [`relation`](Self::relation) for each of many referrals, in at most three
    /// queries however many: she herself first, then her care, then the provider.
    pub async fn relations(
        &self,
        db: &impl ConnectionTrait,
        referrals: &[referral::Model],
    ) -> Result<Vec<Option<Relation>>, AppError> {
        let mothers: Vec<&str> = referrals.iter().map(|r| r.mother_id.as_str()).collect();
        let programmes: Vec<&str> = referrals.iter().map(|r| r.programme_id.as_str()).collect();
        let hers = self.hers_among(db, &mothers).await?;
        let cared = self.cared_for_among(db, &mothers).await?;
        let provided = self.provided_among(db, &programmes).await?;
        Ok(referrals
            .iter()
            .map(|r| {
                if hers.contains(&r.mother_id) {
                    return Some(Relation::Herself);
                }
                let care = match self.role {
                    Role::Referrer => r.referrer_id == self.id || cared.contains(&r.mother_id),
                    Role::Coordinator => cared.contains(&r.mother_id),
                    _ => false,
                };
                if care {
                    Some(Relation::Care)
                } else {
                    provided.contains(&r.programme_id).then_some(Relation::Provider)
                }
            })
            .collect())
    }

    /// Those of `mothers` who are this viewer herself.
    async fn hers_among(
        &self,
        db: &impl ConnectionTrait,
        mothers: &[&str],
    ) -> Result<HashSet<String>, AppError> {
        if self.role != Role::Mother || mothers.is_empty() {
            return Ok(HashSet::new());
        }
        let (list, mut values) = in_list(mothers);
        values.push(self.id.clone().into());
        Ok(sql::ids(
            db,
            &format!("SELECT id FROM mothers WHERE id IN ({list}) AND user_id = ?"),
            values,
        )
        .await?
        .into_iter()
        .collect())
    }

    /// Those of `mothers` in this viewer's care.
    async fn cared_for_among(
        &self,
        db: &impl ConnectionTrait,
        mothers: &[&str],
    ) -> Result<HashSet<String>, AppError> {
        if !self.is_care_staff() || mothers.is_empty() {
            return Ok(HashSet::new());
        }
        let (list, mut values) = in_list(mothers);
        let (care, care_values) = self.care_subquery();
        values.extend(care_values);
        Ok(sql::ids(
            db,
            &format!("SELECT id FROM mothers WHERE id IN ({list}) AND id IN ({care})"),
            values,
        )
        .await?
        .into_iter()
        .collect())
    }

    /// Those of `programmes` this viewer may act for as their provider (as
    /// [`provides`](Self::provides)).
    async fn provided_among(
        &self,
        db: &impl ConnectionTrait,
        programmes: &[&str],
    ) -> Result<HashSet<String>, AppError> {
        if programmes.is_empty() {
            return Ok(HashSet::new());
        }
        let (list, mut values) = in_list(programmes);
        let sql = match self.role {
            Role::Host => {
                values.push(self.id.clone().into());
                format!(
                    "SELECT DISTINCT programme_id FROM sessions WHERE programme_id IN ({list}) AND host_id = ?"
                )
            }
            Role::Coordinator => {
                values.push(self.org());
                format!("SELECT id FROM programmes WHERE id IN ({list}) AND organisation_id = ?")
            }
            Role::Mother | Role::Referrer | Role::Admin => return Ok(HashSet::new()),
        };
        Ok(sql::ids(db, &sql, values).await?.into_iter().collect())
    }

    /// Whether this viewer may act for the provider of a programme: its hosts, and
    /// coordinators of its organisation.
    pub async fn provides(&self, db: &impl ConnectionTrait, programme_id: &str) -> Result<bool, AppError> {
        let (sql, values): (&str, Vec<Value>) = match self.role {
            Role::Host => (
                "SELECT id FROM sessions WHERE programme_id = ? AND host_id = ?",
                vec![programme_id.into(), self.id.clone().into()],
            ),
            Role::Coordinator => (
                "SELECT id FROM programmes WHERE id = ? AND organisation_id = ?",
                vec![programme_id.into(), self.org()],
            ),
            Role::Mother | Role::Referrer | Role::Admin => return Ok(false),
        };
        Ok(!sql::ids(db, sql, values).await?.is_empty())
    }

    /// A SQL condition on an alert aliased `a` selecting the alerts this viewer must
    /// see, or `None` when the role never sees alerts: her care team and care
    /// coordinators see hers; coordinators of organisations marked to receive them
    /// see those of mothers nobody cares for yet.
    pub fn alert_condition(&self) -> Option<(String, Vec<Value>)> {
        let (care, values) = self.care_subquery();
        match self.role {
            Role::Referrer => Some((format!("a.mother_id IN ({care})"), values)),
            Role::Coordinator => {
                let unassigned = if self.cares && self.receives_unassigned_alerts {
                    " OR a.mother_id NOT IN (SELECT mother_id FROM caseload)"
                } else {
                    ""
                };
                Some((format!("(a.mother_id IN ({care}){unassigned})"), values))
            }
            Role::Mother | Role::Host | Role::Admin => None,
        }
    }

    /// A SQL condition on a programme aliased `p` and a mother aliased `m` selecting
    /// the rows a coordinator's reports count: a provider's own programmes, a care
    /// organisation's caseloads; an admin's, everything (suppressed by the report).
    pub fn report_condition(&self) -> (String, Vec<Value>) {
        match self.role {
            Role::Admin => ("1 = 1".into(), vec![]),
            Role::Coordinator => {
                let (care, values) = self.care_subquery();
                (
                    format!("(p.organisation_id = ? OR m.id IN ({care}))"),
                    std::iter::once(self.org()).chain(values).collect(),
                )
            }
            _ => ("1 = 0".into(), vec![]),
        }
    }

    /// A SQL condition on a referral aliased `r` selecting the referral records a
    /// coordinator's or admin's PRSB export holds: the referrals they may see, and an
    /// admin's every one. What of each record they see is [`Viewer::export_fields`].
    pub fn export_condition(&self) -> (String, Vec<Value>) {
        match self.role {
            Role::Admin => ("1 = 1".into(), vec![]),
            _ => self.referral_condition(),
        }
    }

    /// What an export record shows this viewer: `(reasons, screening totals)`, given
    /// whether they care for her and which scopes her consent covers. Her care sees
    /// the reasons, and her screening totals under `screening_to_care_team`; a
    /// provider the reasons under `referral_reasons`; an admin neither.
    pub fn export_fields(&self, cares_for_her: bool, scopes: &[&str]) -> (bool, bool) {
        let covers = |scope: ConsentScope| scopes.contains(&scope.as_str());
        if cares_for_her {
            (true, covers(ConsentScope::ScreeningToCareTeam))
        } else {
            (
                self.role != Role::Admin && covers(ConsentScope::ReferralReasons),
                false,
            )
        }
    }

    /// A SQL condition on a session aliased `s` selecting the sessions whose
    /// registers this viewer takes: a host their own, a coordinator their
    /// organisation's programmes'.
    pub fn register_condition(&self) -> (String, Vec<Value>) {
        match self.role {
            Role::Coordinator => (
                "s.programme_id IN (SELECT id FROM programmes WHERE organisation_id = ?)".into(),
                vec![self.org()],
            ),
            Role::Host => ("s.host_id = ?".into(), vec![self.id.clone().into()]),
            _ => ("1 = 0".into(), vec![]),
        }
    }

    /// Whether this viewer may edit a listing (venue, programme, session) belonging
    /// to `organisation_id`: its own coordinators, and admins.
    pub fn may_edit_listing_of(&self, organisation_id: &str) -> bool {
        match self.role {
            Role::Admin => true,
            Role::Coordinator => self.organisation_id.as_deref() == Some(organisation_id),
            _ => false,
        }
    }

    /// Whether this viewer may move a listing from one organisation to another:
    /// admins only.
    pub fn may_move_listings(&self) -> bool {
        self.role == Role::Admin
    }
}

/// Whether a member of staff may host a session of a programme run by
/// `programme_organisation`: an active host or coordinator of that organisation.
pub fn may_host(
    role: Role,
    active: bool,
    organisation_id: Option<&str>,
    programme_organisation: &str,
) -> bool {
    active
        && matches!(role, Role::Host | Role::Coordinator)
        && organisation_id == Some(programme_organisation)
}

/// A subquery selecting a mother's care team (values: her id twice).
const CARE_TEAM: &str = "SELECT c.user_id FROM caseload c WHERE c.mother_id = ? \
     UNION SELECT mate.user_id FROM caseload c JOIN team_members holder ON holder.user_id = c.user_id \
     JOIN team_members mate ON mate.team_id = holder.team_id WHERE c.mother_id = ?";

/// The active members of a mother's care team.
pub async fn care_team(db: &impl ConnectionTrait, mother_id: &str) -> Result<Vec<String>, AppError> {
    Ok(sql::ids(
        db,
        &format!("SELECT id FROM users WHERE active = TRUE AND id IN ({CARE_TEAM}) ORDER BY id"),
        vec![mother_id.into(), mother_id.into()],
    )
    .await?)
}

/// The active coordinators of care organisations marked to hear of alerts for
/// mothers nobody cares for yet.
pub async fn unassigned_alert_coordinators(db: &impl ConnectionTrait) -> Result<Vec<String>, AppError> {
    Ok(sql::ids(
        db,
        "SELECT u.id FROM users u JOIN organisations o ON o.id = u.organisation_id \
         WHERE u.role = 'coordinator' AND u.active = TRUE AND o.provides_care = TRUE \
         AND o.receives_unassigned_alerts = TRUE ORDER BY u.id",
        vec![],
    )
    .await?)
}

/// Who is told at once of a safety alert for this mother: her care team; with
/// none, the coordinators who receive unassigned alerts.
pub async fn alert_recipients(db: &impl ConnectionTrait, mother_id: &str) -> Result<Vec<String>, AppError> {
    let team = care_team(db, mother_id).await?;
    if team.is_empty() {
        unassigned_alert_coordinators(db).await
    } else {
        Ok(team)
    }
}

/// Who hears of an alert nobody acknowledged in time: the active coordinators of
/// her care organisations; with none, the coordinators who receive unassigned
/// alerts, so an alert is never escalated to nobody.
pub async fn escalation_recipients(
    db: &impl ConnectionTrait,
    mother_id: &str,
) -> Result<Vec<String>, AppError> {
    let coordinators = sql::ids(
        db,
        &format!(
            "SELECT u.id FROM users u JOIN organisations o ON o.id = u.organisation_id \
             WHERE u.role = 'coordinator' AND u.active = TRUE AND o.provides_care = TRUE \
             AND u.organisation_id IN (SELECT organisation_id FROM users WHERE id IN ({CARE_TEAM})) ORDER BY u.id"
        ),
        vec![mother_id.into(), mother_id.into()],
    )
    .await?;
    if coordinators.is_empty() {
        unassigned_alert_coordinators(db).await
    } else {
        Ok(coordinators)
    }
}
