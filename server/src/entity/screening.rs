//! One screening: the answers as chosen, and what the server scored them.

use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, DeriveEntityModel)]
#[sea_orm(table_name = "screenings")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: String,
    pub mother_id: String,
    /// `epds`, `phq9`, `gad2` or `whooley`.
    pub instrument: String,
    pub instrument_version: String,
    /// The language she answered in.
    pub language: String,
    /// Whether that language's version is validated.
    pub language_validated: bool,
    /// The option index chosen for each item, in the order shown, comma-separated.
    pub answers: String,
    /// The scored value of each item, comma-separated.
    pub item_scores: String,
    pub total: i32,
    pub band: String,
    /// A safety item scored 1 or more.
    pub urgent: bool,
    pub administered_by: String,
    /// `mother` (she took it herself) or `referrer` (given in clinic).
    pub administered_as: String,
    /// The course it was scheduled by, if any.
    pub session_id: Option<String>,
    /// `baseline`, `week6` or `end`, for a course's screenings.
    pub timepoint: Option<String>,
    pub taken_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
