//! Which records a caller may see, decided here and nowhere else. Roles gate the
//! routes (see [`super::extract`]); these rules gate the rows.
//!
//! - A mother sees only herself and her own referrals.
//! - A referrer sees the mothers on her caseload, and on the caseload of anyone in a
//!   team she belongs to, and the referrals she made or that concern them.
//! - A host sees referrals to the programmes they run, never the clinical note, and
//!   no mother's full record.
//! - A coordinator sees everything in their organisation; an admin everything.

use super::AuthUser;
use crate::error::AppError;
use crate::service::sql;
use perilink_shared::auth::Role;
use sea_orm::{ConnectionTrait, Value};

/// A caller with what the rules need to know about them.
pub struct Viewer {
    pub id: String,
    pub role: Role,
    pub organisation_id: Option<String>,
}

impl Viewer {
    /// The caller as the rules see them. The extractor has already checked, in its
    /// one query per request, that the account is active, and read its role and
    /// organisation.
    pub fn of(caller: &AuthUser) -> Viewer {
        Viewer {
            id: caller.id.clone(),
            role: caller.role,
            organisation_id: caller.organisation_id.clone(),
        }
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

    /// Whether this viewer may read referral notes (the referrer's clinical note).
    pub fn sees_notes(&self) -> bool {
        matches!(self.role, Role::Referrer | Role::Coordinator | Role::Admin)
    }

    /// A SQL condition on a referral aliased `r`, with its values, selecting the
    /// referrals this viewer may see.
    pub fn referral_condition(&self) -> (String, Vec<Value>) {
        let me = || Value::from(self.id.clone());
        let org = || Value::from(self.organisation_id.clone().unwrap_or_default());
        match self.role {
            Role::Admin => ("1 = 1".into(), vec![]),
            Role::Mother => (
                "r.mother_id IN (SELECT id FROM mothers WHERE user_id = ?)".into(),
                vec![me()],
            ),
            Role::Referrer => {
                let (caseload, values) = self.caseload_subquery();
                (
                    format!("(r.referrer_id = ? OR r.mother_id IN ({caseload}))"),
                    std::iter::once(me()).chain(values).collect(),
                )
            }
            Role::Host => (
                "r.programme_id IN (SELECT programme_id FROM sessions WHERE host_id = ?)".into(),
                vec![me()],
            ),
            Role::Coordinator => (
                "(r.programme_id IN (SELECT id FROM programmes WHERE organisation_id = ?) \
                 OR r.referrer_id IN (SELECT id FROM users WHERE organisation_id = ?))"
                    .into(),
                vec![org(), org()],
            ),
        }
    }

    /// A SQL condition on a mother aliased `m`, with its values, selecting the
    /// mothers on this viewer's caseload: her own and her teams' (a coordinator's:
    /// her organisation's).
    pub fn caseload_condition(&self) -> (String, Vec<Value>) {
        match self.role {
            Role::Admin => ("1 = 1".into(), vec![]),
            Role::Coordinator => (
                "m.id IN (SELECT c.mother_id FROM caseload c JOIN users u ON u.id = c.user_id WHERE u.organisation_id = ?)"
                    .into(),
                vec![self.organisation_id.clone().unwrap_or_default().into()],
            ),
            Role::Referrer => {
                let (caseload, values) = self.caseload_subquery();
                (format!("m.id IN ({caseload})"), values)
            }
            Role::Mother | Role::Host => ("1 = 0".into(), vec![]),
        }
    }

    /// Whether this viewer may see a mother's record.
    pub async fn may_see_mother(&self, db: &impl ConnectionTrait, mother_id: &str) -> Result<bool, AppError> {
        let me = || Value::from(self.id.clone());
        let org = || Value::from(self.organisation_id.clone().unwrap_or_default());
        let (sql, values): (String, Vec<Value>) = match self.role {
            Role::Admin => return Ok(true),
            Role::Host => return Ok(false),
            Role::Mother => (
                "SELECT id FROM mothers WHERE id = ? AND user_id = ?".into(),
                vec![mother_id.into(), me()],
            ),
            Role::Referrer => {
                let (caseload, values) = self.caseload_subquery();
                (
                    format!("SELECT id FROM mothers WHERE id = ? AND id IN ({caseload})"),
                    std::iter::once(mother_id.into()).chain(values).collect(),
                )
            }
            Role::Coordinator => (
                "SELECT c.mother_id FROM caseload c JOIN users u ON u.id = c.user_id \
                 WHERE c.mother_id = ? AND u.organisation_id = ? \
                 UNION SELECT r.mother_id FROM referrals r JOIN programmes p ON p.id = r.programme_id \
                 WHERE r.mother_id = ? AND p.organisation_id = ?"
                    .into(),
                vec![mother_id.into(), org(), mother_id.into(), org()],
            ),
        };
        Ok(!sql::ids(db, &sql, values).await?.is_empty())
    }

    /// Whether this viewer may act for the provider of a programme: its hosts, and
    /// coordinators of its organisation.
    pub async fn provides(&self, db: &impl ConnectionTrait, programme_id: &str) -> Result<bool, AppError> {
        let (sql, values): (&str, Vec<Value>) = match self.role {
            Role::Admin => return Ok(true),
            Role::Host => (
                "SELECT id FROM sessions WHERE programme_id = ? AND host_id = ?",
                vec![programme_id.into(), self.id.clone().into()],
            ),
            Role::Coordinator => (
                "SELECT id FROM programmes WHERE id = ? AND organisation_id = ?",
                vec![
                    programme_id.into(),
                    self.organisation_id.clone().unwrap_or_default().into(),
                ],
            ),
            Role::Mother | Role::Referrer => return Ok(false),
        };
        Ok(!sql::ids(db, sql, values).await?.is_empty())
    }
}
