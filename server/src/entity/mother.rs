//! A mother known to PeriLink, with or without an account of her own.

use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, DeriveEntityModel)]
#[sea_orm(table_name = "mothers")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: String,
    /// Her sign-in account, if she has one.
    #[sea_orm(unique)]
    pub user_id: Option<String>,
    pub given_name: String,
    pub family_name: Option<String>,
    pub phone: Option<String>,
    pub email: Option<String>,
    /// Her preferred language, a BCP 47 tag (any language, not only the interface ones).
    pub language: String,
    pub dialect: Option<String>,
    pub interpreter_needed: bool,
    pub due_date: Option<Date>,
    pub baby_birth_date: Option<Date>,
    pub postcode: Option<String>,
    pub nhs_number: Option<String>,
    /// The secret in her private calendar feed's address.
    pub calendar_token: Option<String>,
    pub created_at: DateTimeUtc,
    /// Her baby's first name, if she gave it.
    pub baby_name: Option<String>,
    /// The latest date she was marked present at a session, kept by the register
    /// as it writes her marks, so a caseload page need not read her attendance.
    pub last_attended_on: Option<Date>,
    /// When she was last added to anyone's caseload, kept by every write to it, so
    /// a caseload page is read in order from an index.
    pub caseload_added_at: Option<DateTimeUtc>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
