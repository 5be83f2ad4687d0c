//! A feed's listings as she sees them, and her decision on a change the feed made
//! to a listing edited here: use the feed's change, or keep hers.

use super::*;

/// A feed's services, with changes waiting first, each beside the listing as it
/// is here.
pub async fn list_listings(
    db: &impl ConnectionTrait,
    viewer: &Viewer,
    feed_id: &str,
) -> Result<Vec<ImportedListing>, AppError> {
    feed_of(db, viewer, feed_id).await?;
    let sessions = provenance(db, feed_id, SESSION).await?;
    let venues = venue_ids(&provenance(db, feed_id, LOCATION).await?);
    let mut out = Vec::new();
    for row in provenance(db, feed_id, SERVICE).await?.into_values() {
        let local = local_of(db, feed_id, &row, &sessions, &venues).await?;
        let pending: Option<ImportedContent> =
            row.pending.as_deref().and_then(|j| serde_json::from_str(j).ok());
        let prefix = format!("{}/", row.remote_id);
        let mut gone_sessions: Vec<String> = sessions
            .values()
            .filter(|s| s.gone_at.is_some() && s.remote_id.starts_with(&prefix))
            .map(|s| s.local_id.clone())
            .collect();
        gone_sessions.sort();
        out.push(ImportedListing {
            gone_sessions,
            id: row.id,
            remote_id: row.remote_id,
            programme_id: row.local_id,
            title: local.as_ref().map(|c| c.title.clone()).unwrap_or_default(),
            edited_locally: row.edited_locally,
            gone_at: row.gone_at.map(iso),
            current: pending.is_some().then_some(local).flatten(),
            pending,
            pending_since: row.pending_since.map(iso),
        });
    }
    out.sort_by(|a, b| {
        b.pending
            .is_some()
            .cmp(&a.pending.is_some())
            .then(b.gone_at.is_some().cmp(&a.gone_at.is_some()))
            .then_with(|| a.title.to_lowercase().cmp(&b.title.to_lowercase()))
    });
    Ok(out)
}

async fn waiting_row(
    db: &impl ConnectionTrait,
    viewer: &Viewer,
    feed_id: &str,
    listing_id: &str,
) -> Result<(directory_feed::Model, feed_listing::Model, ImportedContent), AppError> {
    let feed = feed_of(db, viewer, feed_id).await?;
    let row = feed_listing::Entity::find_by_id(listing_id)
        .filter(feed_listing::Column::FeedId.eq(feed_id))
        .filter(feed_listing::Column::Kind.eq(SERVICE))
        .one(db)
        .await?
        .ok_or(AppError::NotFound)?;
    let pending = row
        .pending
        .as_deref()
        .and_then(|j| serde_json::from_str::<ImportedContent>(j).ok())
        .ok_or_else(|| AppError::Conflict("no change from the feed is waiting for this listing".into()))?;
    Ok((feed, row, pending))
}

/// Records her decision on a feed's change in the audit log.
async fn decided(
    db: &DatabaseConnection,
    viewer: &Viewer,
    action: &'static str,
    listing: &str,
) -> Result<(), AppError> {
    audit::record(
        db,
        AuditEntry {
            actor_id: Some(&viewer.id),
            action,
            subject_type: Some("feed_listing"),
            subject_id: Some(listing),
            detail: None,
        },
    )
    .await?;
    Ok(())
}

/// Applies the change a feed made to a listing edited here, replacing the edit.
pub async fn approve(
    db: &DatabaseConnection,
    directory: &Directory,
    viewer: &Viewer,
    feed_id: &str,
    listing_id: &str,
) -> Result<(), AppError> {
    let (feed, row, pending) = waiting_row(db, viewer, feed_id, listing_id).await?;
    let editor = Editor::of(viewer);
    let mut writer = Writer::new(db, &editor, &feed).await?;
    writer
        .write(&row.remote_id, Some(&row.local_id), &pending)
        .await?;
    let listing = row.id.clone();
    writer.settle(row, hash(&pending)).await?;
    refresh_baselines(db, feed_id).await?;
    decided(db, viewer, "directory.feed_change_approved", &listing).await?;
    if let Err(error) = directory.refresh(db).await {
        tracing::warn!(%error, "an approved change could not be reloaded yet");
    }
    Ok(())
}

/// Turns down the change a feed made to a listing edited here: the listing stays
/// as it is, and the feed's next change waits again.
pub async fn reject(
    db: &DatabaseConnection,
    viewer: &Viewer,
    feed_id: &str,
    listing_id: &str,
) -> Result<(), AppError> {
    let (_, row, pending) = waiting_row(db, viewer, feed_id, listing_id).await?;
    let listing = row.id.clone();
    let mut active = row.into_active_model();
    active.remote_hash = Set(Some(hash(&pending)));
    active.pending = Set(None);
    active.pending_since = Set(None);
    active.updated_at = Set(Utc::now());
    active.update(db).await?;
    decided(db, viewer, "directory.feed_change_rejected", &listing).await?;
    Ok(())
}
