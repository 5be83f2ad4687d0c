//! A programme: what is offered (ESOL Stepping Stones, rhyme time, singing for
//! mums...), its audience and terms. Titles and descriptions live in
//! [`super::programme_translation`], one row per language.

use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, DeriveEntityModel)]
#[sea_orm(table_name = "programmes")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: String,
    pub organisation_id: String,
    /// `esol`, `rhyme_time`, `singing`, `breastfeeding_support`, `advice` or `other`.
    pub kind: String,
    /// Open to mothers who are pregnant.
    pub for_pregnant: bool,
    /// Youngest baby, in months, if babies are welcome.
    pub baby_min_months: Option<i32>,
    /// Oldest baby, in months, if babies are welcome.
    pub baby_max_months: Option<i32>,
    /// Price per session in pence; 0 is free.
    pub cost_pence: i32,
    /// `booking` (places are booked) or `drop_in`.
    pub booking: String,
    /// `course` (a term with enrolment) or `ongoing`.
    pub format: String,
    pub owner_id: String,
    pub assured_at: DateTimeUtc,
    pub created_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
