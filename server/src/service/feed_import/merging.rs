//! A feed's service that looks like a listing her organisation already has is
//! offered for merging, never silently doubled (issue 21, item 5).
//!
//! When a reading would list a service for the first time, it is compared with
//! each of her organisation's listings that did not come from this feed, by the
//! rules of [`super::duplicates`]. If one looks like it, the service is not
//! written: `listing_duplicates` keeps it, with what the feed says, beside the
//! likeliest of hers, until she decides.
//!
//! - **The same** ([`link`]): the feed's service is tied to her listing in
//!   `feed_listings`, and so are the feed's places and times to her sessions and
//!   venues that match them. Nothing of hers is written, and a venue of hers tied
//!   so is never written by the feed (its row is marked `edited_locally`). The tie counts as an edit
//!   of hers, so the feed's later changes wait for her approval as any change to a
//!   listing edited here does.
//! - **Different** ([`separate`]): the service is listed as its own, as a reading
//!   would have listed it.
//!
//! Either way the decision is kept, and the next reading does not ask again (the
//! service now has its row in `feed_listings`, and a decided record is never
//! reopened).

use super::duplicates::{Listing, Slot, looks_like};
use super::{
    LOCATION, SERVICE, SESSION, Writer, feed_of, iso, local_of, new_id, provenance, remember, venue_ids,
};
use crate::auth::scope::Viewer;
use crate::directory::Directory;
use crate::entity::{
    directory_feed, feed_listing, listing_duplicate, programme, programme_translation, session, venue,
};
use crate::error::AppError;
use crate::service::audit::{self, AuditEntry};
use crate::service::feed_import::content::{hash, local_content};
use crate::service::listings_admin::Editor;
use chrono::{DateTime, NaiveDate, Utc};
use perilink_shared::feeds::{DuplicateDecision, ImportedContent, ImportedDuplicate};
use sea_orm::sea_query::Expr;
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DatabaseConnection, EntityTrait, IntoActiveModel,
    PaginatorTrait, QueryFilter, Set,
};
use std::collections::{HashMap, HashSet};

/// Her organisation's listings a feed's new service may look like: each
/// programme's id and how the rules see it.
pub(super) type Candidates = Vec<(String, Listing)>;

fn slot_of_venue(
    v: &venue::Model,
    weekday: i32,
    start: &str,
    end: &str,
    from: NaiveDate,
    to: Option<NaiveDate>,
) -> Slot {
    Slot {
        lat: v.lat,
        lon: v.lon,
        venue_words: format!("{} {}", v.name, v.town),
        weekday: weekday.clamp(1, 7) as u8,
        start_time: start.to_owned(),
        end_time: end.to_owned(),
        starts_on: from,
        ends_on: to,
    }
}

/// A feed's service as the rules see it.
fn listing_of(c: &ImportedContent) -> Listing {
    Listing {
        titles: vec![c.title.clone()],
        slots: c
            .sessions
            .iter()
            .filter_map(|s| {
                Some(Slot {
                    lat: s.venue.lat,
                    lon: s.venue.lon,
                    venue_words: format!("{} {}", s.venue.name, s.venue.town),
                    weekday: s.weekday,
                    start_time: s.start_time.clone(),
                    end_time: s.end_time.clone(),
                    starts_on: s.starts_on.parse().ok()?,
                    ends_on: s.ends_on.as_deref().and_then(|d| d.parse().ok()),
                })
            })
            .collect(),
    }
}

/// The organisation's listings that did not come from this feed.
pub(super) async fn candidates(
    db: &impl ConnectionTrait,
    feed: &directory_feed::Model,
) -> Result<Candidates, AppError> {
    let from_feed: HashSet<String> = provenance(db, &feed.id, SERVICE)
        .await?
        .into_values()
        .map(|r| r.local_id)
        .collect();
    let programmes: Vec<String> = programme::Entity::find()
        .filter(programme::Column::OrganisationId.eq(feed.organisation_id.as_str()))
        .all(db)
        .await?
        .into_iter()
        .map(|p| p.id)
        .filter(|id| !from_feed.contains(id))
        .collect();
    if programmes.is_empty() {
        return Ok(Vec::new());
    }
    let mut titles: HashMap<String, Vec<String>> = HashMap::new();
    for t in programme_translation::Entity::find()
        .filter(programme_translation::Column::ProgrammeId.is_in(programmes.clone()))
        .all(db)
        .await?
    {
        titles.entry(t.programme_id).or_default().push(t.title);
    }
    let sessions = session::Entity::find()
        .filter(session::Column::ProgrammeId.is_in(programmes.clone()))
        .all(db)
        .await?;
    let venue_ids: HashSet<String> = sessions.iter().map(|s| s.venue_id.clone()).collect();
    let venues: HashMap<String, venue::Model> = venue::Entity::find()
        .filter(venue::Column::Id.is_in(venue_ids))
        .all(db)
        .await?
        .into_iter()
        .map(|v| (v.id.clone(), v))
        .collect();
    let mut slots: HashMap<String, Vec<Slot>> = HashMap::new();
    for s in &sessions {
        if let Some(v) = venues.get(&s.venue_id) {
            slots
                .entry(s.programme_id.clone())
                .or_default()
                .push(slot_of_venue(
                    v,
                    s.weekday,
                    &s.start_time,
                    &s.end_time,
                    s.starts_on,
                    s.ends_on,
                ));
        }
    }
    Ok(programmes
        .into_iter()
        .filter_map(|id| {
            let slots = slots.remove(&id)?;
            let titles = titles.remove(&id).unwrap_or_default();
            Some((id, Listing { titles, slots }))
        })
        .collect())
}

/// Whether a service the feed lists for the first time is held back instead of
/// being written: `Some(true)` when it waits for her decision (it already did, or
/// it looks like one of `candidates` and is now kept, waiting); `Some(false)` when
/// she said it is the same as hers (never written as its own, never asked
/// again); `None` to write it (nothing like it, or she said it is different).
pub(super) async fn hold(
    db: &DatabaseConnection,
    feed: &directory_feed::Model,
    remote_id: &str,
    content: &ImportedContent,
    candidates: &[(String, Listing)],
    now: DateTime<Utc>,
) -> Result<Option<bool>, AppError> {
    let json = serde_json::to_string(content).unwrap_or_default();
    let known = listing_duplicate::Entity::find()
        .filter(listing_duplicate::Column::FeedId.eq(feed.id.as_str()))
        .filter(listing_duplicate::Column::RemoteId.eq(remote_id))
        .one(db)
        .await?;
    if let Some(row) = known {
        if row.decision.is_some() {
            // Decided: "different" lists it as its own; "same" keeps it off. Either
            // is written already if it has its row now (decided while this reading
            // ran, after it looked): then it is not written again.
            let written = feed_listing::Entity::find()
                .filter(feed_listing::Column::FeedId.eq(feed.id.as_str()))
                .filter(feed_listing::Column::Kind.eq(SERVICE))
                .filter(feed_listing::Column::RemoteId.eq(remote_id))
                .one(db)
                .await?
                .is_some();
            let same = row.decision.as_deref() == Some(DuplicateDecision::Same.as_str());
            return Ok((same || written).then_some(false));
        }
        if row.content != json {
            let mut active = row.into_active_model();
            active.content = Set(json);
            active.update(db).await?;
        }
        return Ok(Some(true));
    }
    let theirs = listing_of(content);
    let best = candidates
        .iter()
        .filter_map(|(id, mine)| looks_like(&theirs, mine).map(|score| (id, score)))
        .max_by(|a, b| a.1.total_cmp(&b.1));
    let Some((programme_id, similarity)) = best else {
        return Ok(None);
    };
    listing_duplicate::ActiveModel {
        id: Set(new_id()),
        feed_id: Set(feed.id.clone()),
        remote_id: Set(remote_id.to_owned()),
        programme_id: Set(programme_id.clone()),
        content: Set(json),
        similarity: Set(similarity),
        found_at: Set(now),
        decision: Set(None),
        decided_by: Set(None),
        decided_at: Set(None),
    }
    .insert(db)
    .await?;
    Ok(Some(true))
}

/// How many of a feed's services wait for her to say whether they are the same.
pub(super) async fn waiting_count(db: &impl ConnectionTrait, feed_id: &str) -> Result<u32, AppError> {
    let waiting = listing_duplicate::Entity::find()
        .filter(listing_duplicate::Column::FeedId.eq(feed_id))
        .filter(listing_duplicate::Column::Decision.is_null())
        .count(db)
        .await?;
    Ok(u32::try_from(waiting).unwrap_or(u32::MAX))
}

/// Stops asking about look-alikes the feed no longer lists (`listed`: every
/// service id of its full list): there is nothing left to link or list. One she
/// decided stays decided; one that comes back is compared afresh, as new.
/// Returns how many were withdrawn.
pub(super) async fn withdraw_unlisted(
    db: &impl ConnectionTrait,
    feed_id: &str,
    listed: &HashSet<&String>,
) -> Result<u32, AppError> {
    let unlisted: Vec<String> = listing_duplicate::Entity::find()
        .filter(listing_duplicate::Column::FeedId.eq(feed_id))
        .filter(listing_duplicate::Column::Decision.is_null())
        .all(db)
        .await?
        .into_iter()
        .filter(|row| !listed.contains(&row.remote_id))
        .map(|row| row.id)
        .collect();
    if unlisted.is_empty() {
        return Ok(0);
    }
    let withdrawn = listing_duplicate::Entity::delete_many()
        .filter(listing_duplicate::Column::Id.is_in(unlisted))
        .filter(listing_duplicate::Column::Decision.is_null())
        .exec(db)
        .await?;
    Ok(u32::try_from(withdrawn.rows_affected).unwrap_or(u32::MAX))
}

/// Her listing as it is here, in the feed's shape.
async fn mine(db: &impl ConnectionTrait, programme_id: &str) -> Result<Option<ImportedContent>, AppError> {
    let sessions: Vec<(String, String)> = session::Entity::find()
        .filter(session::Column::ProgrammeId.eq(programme_id))
        .all(db)
        .await?
        .into_iter()
        .map(|s| (s.id.clone(), s.id))
        .collect();
    Ok(local_content(db, programme_id, &sessions, &HashMap::new()).await?)
}

/// A feed's services that look like her listings, waiting ones first, each
/// beside hers.
pub async fn list_duplicates(
    db: &impl ConnectionTrait,
    viewer: &Viewer,
    feed_id: &str,
) -> Result<Vec<ImportedDuplicate>, AppError> {
    feed_of(db, viewer, feed_id).await?;
    let mut out = Vec::new();
    for row in listing_duplicate::Entity::find()
        .filter(listing_duplicate::Column::FeedId.eq(feed_id))
        .all(db)
        .await?
    {
        let Ok(theirs) = serde_json::from_str::<ImportedContent>(&row.content) else {
            continue;
        };
        out.push(ImportedDuplicate {
            mine: mine(db, &row.programme_id).await?,
            id: row.id,
            remote_id: row.remote_id,
            programme_id: row.programme_id,
            similarity: row.similarity,
            found_at: iso(row.found_at),
            decision: row.decision.as_deref().and_then(|d| d.parse().ok()),
            decided_at: row.decided_at.map(iso),
            theirs,
        });
    }
    out.sort_by(|a, b| {
        a.decision
            .is_some()
            .cmp(&b.decision.is_some())
            .then_with(|| a.theirs.title.to_lowercase().cmp(&b.theirs.title.to_lowercase()))
    });
    Ok(out)
}

/// Takes her decision on a waiting record, once: `duplicate_decided` (409) when
/// it was decided already, by her or anyone else.
async fn claim(
    db: &DatabaseConnection,
    viewer: &Viewer,
    feed_id: &str,
    id: &str,
    decision: DuplicateDecision,
) -> Result<(directory_feed::Model, listing_duplicate::Model, ImportedContent), AppError> {
    let feed = feed_of(db, viewer, feed_id).await?;
    let row = listing_duplicate::Entity::find_by_id(id)
        .filter(listing_duplicate::Column::FeedId.eq(feed_id))
        .one(db)
        .await?
        .ok_or(AppError::NotFound)?;
    let content = serde_json::from_str::<ImportedContent>(&row.content).map_err(AppError::internal)?;
    let taken = listing_duplicate::Entity::update_many()
        .col_expr(
            listing_duplicate::Column::Decision,
            Expr::value(Some(decision.as_str())),
        )
        .col_expr(
            listing_duplicate::Column::DecidedBy,
            Expr::value(Some(viewer.id.clone())),
        )
        .col_expr(
            listing_duplicate::Column::DecidedAt,
            Expr::value(Some(Utc::now())),
        )
        .filter(listing_duplicate::Column::Id.eq(id))
        .filter(listing_duplicate::Column::Decision.is_null())
        .exec(db)
        .await?
        .rows_affected
        == 1;
    if !taken {
        return Err(AppError::DuplicateDecided);
    }
    Ok((feed, row, content))
}

/// Puts a record back to waiting when carrying out her decision failed.
async fn unclaim(db: &DatabaseConnection, id: &str) {
    let reopened = listing_duplicate::Entity::update_many()
        .col_expr(
            listing_duplicate::Column::Decision,
            Expr::value(Option::<String>::None),
        )
        .col_expr(
            listing_duplicate::Column::DecidedBy,
            Expr::value(Option::<String>::None),
        )
        .col_expr(
            listing_duplicate::Column::DecidedAt,
            Expr::value(Option::<DateTime<Utc>>::None),
        )
        .filter(listing_duplicate::Column::Id.eq(id))
        .exec(db)
        .await;
    if let Err(error) = reopened {
        tracing::warn!(%error, duplicate = id, "a decision that failed could not be reopened");
    }
}

/// Ends a decision just claimed: reopens the record if carrying it out failed;
/// else audits it and reloads the directory.
async fn conclude(
    db: &DatabaseConnection,
    directory: &Directory,
    viewer: &Viewer,
    id: &str,
    action: &'static str,
    work: Result<(), AppError>,
) -> Result<(), AppError> {
    if work.is_err() {
        unclaim(db, id).await;
    }
    work?;
    audit::record(
        db,
        AuditEntry {
            actor_id: Some(&viewer.id),
            action,
            subject_type: Some("listing_duplicate"),
            subject_id: Some(id),
            detail: None,
        },
    )
    .await?;
    if let Err(error) = directory.refresh(db).await {
        tracing::warn!(%error, "a decided look-alike could not be reloaded yet");
    }
    Ok(())
}

/// "The same": ties the feed's service to her listing, writing nothing of hers.
/// Its sessions are tied to hers that meet at the same venue at overlapping
/// times, and their venues to hers, so that a change the feed makes later, once
/// she approves it, changes her sessions rather than adding others.
pub async fn link(
    db: &DatabaseConnection,
    directory: &Directory,
    viewer: &Viewer,
    feed_id: &str,
    id: &str,
) -> Result<(), AppError> {
    let (feed, row, content) = claim(db, viewer, feed_id, id, DuplicateDecision::Same).await?;
    let work = tie(db, &feed, &row, &content).await;
    conclude(db, directory, viewer, id, "directory.feed_duplicate_linked", work).await
}

async fn tie(
    db: &DatabaseConnection,
    feed: &directory_feed::Model,
    row: &listing_duplicate::Model,
    content: &ImportedContent,
) -> Result<(), AppError> {
    let now = Utc::now();
    let exists = programme::Entity::find_by_id(row.programme_id.as_str())
        .filter(programme::Column::OrganisationId.eq(feed.organisation_id.as_str()))
        .one(db)
        .await?
        .is_some();
    if !exists {
        return Err(AppError::Conflict(
            "your listing is no longer there: list the feed's service as its own instead".into(),
        ));
    }
    let services = provenance(db, &feed.id, SERVICE).await?;
    if services.contains_key(&row.remote_id) {
        return Err(AppError::DuplicateDecided);
    }
    if services.values().any(|s| s.local_id == row.programme_id) {
        return Err(AppError::Conflict(
            "your listing is tied to another of this feed's services already: list this one as its own"
                .into(),
        ));
    }
    let mut locations = provenance(db, &feed.id, LOCATION).await?;
    let mut sessions = provenance(db, &feed.id, SESSION).await?;
    let tied: HashSet<String> = sessions.values().map(|s| s.local_id.clone()).collect();
    let hers = session::Entity::find()
        .filter(session::Column::ProgrammeId.eq(row.programme_id.as_str()))
        .all(db)
        .await?;
    let mut free: Vec<(session::Model, venue::Model)> = Vec::new();
    for s in hers.into_iter().filter(|s| !tied.contains(&s.id)) {
        if let Some(v) = venue::Entity::find_by_id(s.venue_id.as_str()).one(db).await? {
            free.push((s, v));
        }
    }
    let theirs = listing_of(content);
    for (s, slot) in content.sessions.iter().zip(&theirs.slots) {
        let key = format!("{}/{}", row.remote_id, s.remote_id);
        if sessions.contains_key(&key) {
            continue;
        }
        let matching = free.iter().position(|(mine, v)| {
            let mine = slot_of_venue(
                v,
                mine.weekday,
                &mine.start_time,
                &mine.end_time,
                mine.starts_on,
                mine.ends_on,
            );
            super::duplicates::same_venue(slot, &mine) && super::duplicates::times_overlap(slot, &mine)
        });
        let Some(at) = matching else {
            continue;
        };
        let (mine, v) = free.remove(at);
        let tied = remember(db, &feed.id, SESSION, &key, &mine.id, now).await?;
        sessions.insert(key, tied);
        if !locations.contains_key(&s.venue.remote_id) {
            // Hers: the feed does not write over it (see `Writer::write`).
            let mut place = remember(db, &feed.id, LOCATION, &s.venue.remote_id, &v.id, now)
                .await?
                .into_active_model();
            place.edited_locally = Set(true);
            let place = place.update(db).await?;
            locations.insert(s.venue.remote_id.clone(), place);
        }
    }
    let service = remember(db, &feed.id, SERVICE, &row.remote_id, &row.programme_id, now).await?;
    let local = local_of(db, &feed.id, &service, &sessions, &venue_ids(&locations)).await?;
    let mut active = service.into_active_model();
    active.remote_hash = Set(Some(hash(content)));
    active.local_hash = Set(local.as_ref().map(hash));
    // Hers: what the feed says from now on waits for her approval.
    active.edited_locally = Set(true);
    active.updated_at = Set(now);
    active.update(db).await?;
    Ok(())
}

/// "Different": lists the feed's service as its own, as a reading would have.
pub async fn separate(
    db: &DatabaseConnection,
    directory: &Directory,
    viewer: &Viewer,
    feed_id: &str,
    id: &str,
) -> Result<(), AppError> {
    let (feed, row, content) = claim(db, viewer, feed_id, id, DuplicateDecision::Different).await?;
    let via = format!("imported from feed {}", feed.id);
    let editor = Editor {
        via: Some(&via),
        ..Editor::of(viewer)
    };
    let work = list_apart(db, &editor, &feed, &row, &content).await;
    conclude(
        db,
        directory,
        viewer,
        id,
        "directory.feed_duplicate_separated",
        work,
    )
    .await
}

async fn list_apart(
    db: &DatabaseConnection,
    editor: &Editor<'_>,
    feed: &directory_feed::Model,
    row: &listing_duplicate::Model,
    content: &ImportedContent,
) -> Result<(), AppError> {
    if provenance(db, &feed.id, SERVICE)
        .await?
        .contains_key(&row.remote_id)
    {
        return Err(AppError::DuplicateDecided);
    }
    let mut writer = Writer::new(db, editor, feed).await?;
    let programme_id = writer.write(&row.remote_id, None, content).await?;
    let service = remember(db, &feed.id, SERVICE, &row.remote_id, &programme_id, editor.now).await?;
    writer.settle(service, hash(content)).await
}
