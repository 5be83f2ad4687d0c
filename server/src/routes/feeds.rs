//! Open Referral UK feeds a coordinator imports listings from, under
//! `/api/directory/feeds`: add one, see its readings, read it now, and approve or
//! turn down a change the feed made to a listing edited here, and say whether a
//! feed's service that looks like one of hers is the same. Coordinators only,
//! and only their own organisation's feeds (another organisation's is 404).

use crate::auth::extract::{Authorized, policy::Coordinators};
use crate::auth::scope::Viewer;
use crate::error::{AppError, AppJson, AppPath};
use crate::service::feed_import as feeds;
use crate::state::AppState;
use axum::Json;
use axum::extract::State;
use axum::http::StatusCode;
use perilink_shared::error::ErrorBody;
use perilink_shared::feeds::{
    Feed, FeedInput, FeedList, FeedRun, FeedRuns, ImportedDuplicates, ImportedListings,
};
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

type Coordinator = Authorized<Coordinators>;

pub fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .routes(routes!(list_feeds, create_feed))
        .routes(routes!(get_feed))
        .routes(routes!(list_feed_runs, run_feed))
        .routes(routes!(list_feed_listings))
        .routes(routes!(approve_feed_change))
        .routes(routes!(reject_feed_change))
        .routes(routes!(list_feed_duplicates))
        .routes(routes!(link_feed_duplicate))
        .routes(routes!(separate_feed_duplicate))
}

/// The feeds of the caller's organisation, newest first, each with its latest
/// reading.
#[utoipa::path(
    get,
    path = "/api/directory/feeds",
    tag = "directory-admin",
    security(("bearer" = [])),
    responses(
        (status = 200, description = "The organisation's feeds", body = FeedList),
        (status = 401, description = "Not signed in", body = ErrorBody),
        (status = 403, description = "Not a coordinator of an organisation", body = ErrorBody)
    )
)]
pub async fn list_feeds(
    State(state): State<AppState>,
    caller: Coordinator,
) -> Result<Json<FeedList>, AppError> {
    let viewer = Viewer::of(caller.user());
    Ok(Json(FeedList {
        feeds: feeds::list_feeds(&state.db, &viewer).await?,
    }))
}

/// Adds an Open Referral UK v3 feed for the caller's organisation: it is read
/// within a minute, then every day.
#[utoipa::path(
    post,
    path = "/api/directory/feeds",
    tag = "directory-admin",
    security(("bearer" = [])),
    request_body = FeedInput,
    responses(
        (status = 201, description = "Added", body = Feed),
        (status = 401, description = "Not signed in", body = ErrorBody),
        (status = 403, description = "Not a coordinator of an organisation", body = ErrorBody),
        (status = 409, description = "The organisation already reads this feed", body = ErrorBody),
        (status = 422, description = "Not a web address, or `take_value` missing (`validation_failed`), or an address on a private or local network (`feed_address_refused`)", body = ErrorBody)
    )
)]
pub async fn create_feed(
    State(state): State<AppState>,
    caller: Coordinator,
    AppJson(input): AppJson<FeedInput>,
) -> Result<(StatusCode, Json<Feed>), AppError> {
    let viewer = Viewer::of(caller.user());
    let feed = feeds::add_feed(&state.db, &state.feeds, &viewer, input).await?;
    Ok((StatusCode::CREATED, Json(feed)))
}

/// One feed of the caller's organisation.
#[utoipa::path(
    get,
    path = "/api/directory/feeds/{id}",
    tag = "directory-admin",
    security(("bearer" = [])),
    params(("id" = String, Path, description = "The feed's id")),
    responses(
        (status = 200, description = "The feed", body = Feed),
        (status = 401, description = "Not signed in", body = ErrorBody),
        (status = 403, description = "Not a coordinator of an organisation", body = ErrorBody),
        (status = 404, description = "No such feed of the organisation", body = ErrorBody)
    )
)]
pub async fn get_feed(
    State(state): State<AppState>,
    caller: Coordinator,
    AppPath(id): AppPath<String>,
) -> Result<Json<Feed>, AppError> {
    let viewer = Viewer::of(caller.user());
    Ok(Json(feeds::get_feed(&state.db, &viewer, &id).await?))
}

/// A feed's latest readings, newest first, each saying in plain words what came
/// of it.
#[utoipa::path(
    get,
    path = "/api/directory/feeds/{id}/runs",
    tag = "directory-admin",
    security(("bearer" = [])),
    params(("id" = String, Path, description = "The feed's id")),
    responses(
        (status = 200, description = "Its readings", body = FeedRuns),
        (status = 401, description = "Not signed in", body = ErrorBody),
        (status = 403, description = "Not a coordinator of an organisation", body = ErrorBody),
        (status = 404, description = "No such feed of the organisation", body = ErrorBody)
    )
)]
pub async fn list_feed_runs(
    State(state): State<AppState>,
    caller: Coordinator,
    AppPath(id): AppPath<String>,
) -> Result<Json<FeedRuns>, AppError> {
    let viewer = Viewer::of(caller.user());
    Ok(Json(FeedRuns {
        runs: feeds::list_runs(&state.db, &viewer, &id).await?,
    }))
}

/// Reads a feed now. A feed that cannot be read changes nothing: the answer is
/// still 200, with the reading's `problem` and words saying what was wrong.
#[utoipa::path(
    post,
    path = "/api/directory/feeds/{id}/runs",
    tag = "directory-admin",
    security(("bearer" = [])),
    params(("id" = String, Path, description = "The feed's id")),
    responses(
        (status = 200, description = "The reading", body = FeedRun),
        (status = 401, description = "Not signed in", body = ErrorBody),
        (status = 403, description = "Not a coordinator of an organisation", body = ErrorBody),
        (status = 404, description = "No such feed of the organisation", body = ErrorBody),
        (status = 409, description = "The feed is being read already (`feed_busy`)", body = ErrorBody)
    )
)]
pub async fn run_feed(
    State(state): State<AppState>,
    caller: Coordinator,
    AppPath(id): AppPath<String>,
) -> Result<Json<FeedRun>, AppError> {
    let viewer = Viewer::of(caller.user());
    Ok(Json(
        feeds::run_now(&state.db, &state.directory, &state.feeds, &viewer, &id).await?,
    ))
}

/// The services a feed brought in, changes waiting for approval first, each beside
/// the listing as it is here.
#[utoipa::path(
    get,
    path = "/api/directory/feeds/{id}/listings",
    tag = "directory-admin",
    security(("bearer" = [])),
    params(("id" = String, Path, description = "The feed's id")),
    responses(
        (status = 200, description = "Its listings", body = ImportedListings),
        (status = 401, description = "Not signed in", body = ErrorBody),
        (status = 403, description = "Not a coordinator of an organisation", body = ErrorBody),
        (status = 404, description = "No such feed of the organisation", body = ErrorBody)
    )
)]
pub async fn list_feed_listings(
    State(state): State<AppState>,
    caller: Coordinator,
    AppPath(id): AppPath<String>,
) -> Result<Json<ImportedListings>, AppError> {
    let viewer = Viewer::of(caller.user());
    Ok(Json(ImportedListings {
        listings: feeds::list_listings(&state.db, &viewer, &id).await?,
    }))
}

/// Applies the feed's waiting change to a listing edited here.
#[utoipa::path(
    post,
    path = "/api/directory/feeds/{id}/listings/{listing}/approve",
    tag = "directory-admin",
    security(("bearer" = [])),
    params(
        ("id" = String, Path, description = "The feed's id"),
        ("listing" = String, Path, description = "The imported listing's id")
    ),
    responses(
        (status = 204, description = "Applied"),
        (status = 401, description = "Not signed in", body = ErrorBody),
        (status = 403, description = "Not a coordinator of an organisation", body = ErrorBody),
        (status = 404, description = "No such feed or listing of the organisation", body = ErrorBody),
        (status = 409, description = "No change is waiting for it", body = ErrorBody),
        (status = 422, description = "The change cannot be listed as it is", body = ErrorBody)
    )
)]
pub async fn approve_feed_change(
    State(state): State<AppState>,
    caller: Coordinator,
    AppPath((id, listing)): AppPath<(String, String)>,
) -> Result<StatusCode, AppError> {
    let viewer = Viewer::of(caller.user());
    feeds::approve(&state.db, &state.directory, &viewer, &id, &listing).await?;
    Ok(StatusCode::NO_CONTENT)
}

/// Turns down the feed's waiting change: the listing stays as edited here.
#[utoipa::path(
    post,
    path = "/api/directory/feeds/{id}/listings/{listing}/reject",
    tag = "directory-admin",
    security(("bearer" = [])),
    params(
        ("id" = String, Path, description = "The feed's id"),
        ("listing" = String, Path, description = "The imported listing's id")
    ),
    responses(
        (status = 204, description = "Turned down"),
        (status = 401, description = "Not signed in", body = ErrorBody),
        (status = 403, description = "Not a coordinator of an organisation", body = ErrorBody),
        (status = 404, description = "No such feed or listing of the organisation", body = ErrorBody),
        (status = 409, description = "No change is waiting for it", body = ErrorBody)
    )
)]
pub async fn reject_feed_change(
    State(state): State<AppState>,
    caller: Coordinator,
    AppPath((id, listing)): AppPath<(String, String)>,
) -> Result<StatusCode, AppError> {
    let viewer = Viewer::of(caller.user());
    feeds::reject(&state.db, &viewer, &id, &listing).await?;
    Ok(StatusCode::NO_CONTENT)
}

/// The feed's services that look like listings the organisation already has (a
/// session at a venue within 50 m, at overlapping times, with a similar title),
/// each beside hers: those waiting for her decision first, then those decided.
#[utoipa::path(
    get,
    path = "/api/directory/feeds/{id}/duplicates",
    tag = "directory-admin",
    security(("bearer" = [])),
    params(("id" = String, Path, description = "The feed's id")),
    responses(
        (status = 200, description = "Its look-alikes", body = ImportedDuplicates),
        (status = 401, description = "Not signed in", body = ErrorBody),
        (status = 403, description = "Not a coordinator of an organisation", body = ErrorBody),
        (status = 404, description = "No such feed of the organisation", body = ErrorBody)
    )
)]
pub async fn list_feed_duplicates(
    State(state): State<AppState>,
    caller: Coordinator,
    AppPath(id): AppPath<String>,
) -> Result<Json<ImportedDuplicates>, AppError> {
    let viewer = Viewer::of(caller.user());
    Ok(Json(ImportedDuplicates {
        duplicates: feeds::merging::list_duplicates(&state.db, &viewer, &id).await?,
    }))
}

/// "The same": ties the feed's service to her listing, whose texts stay as they
/// are; the feed's later changes to it wait for her approval. Kept: not asked
/// again.
#[utoipa::path(
    post,
    path = "/api/directory/feeds/{id}/duplicates/{duplicate}/link",
    tag = "directory-admin",
    security(("bearer" = [])),
    params(
        ("id" = String, Path, description = "The feed's id"),
        ("duplicate" = String, Path, description = "The look-alike's id")
    ),
    responses(
        (status = 204, description = "Tied to her listing"),
        (status = 401, description = "Not signed in", body = ErrorBody),
        (status = 403, description = "Not a coordinator of an organisation", body = ErrorBody),
        (status = 404, description = "No such feed or look-alike of the organisation", body = ErrorBody),
        (status = 409, description = "Decided already (`duplicate_decided`), or her listing is no longer there or tied to another of the feed's services (`conflict`)", body = ErrorBody)
    )
)]
pub async fn link_feed_duplicate(
    State(state): State<AppState>,
    caller: Coordinator,
    AppPath((id, duplicate)): AppPath<(String, String)>,
) -> Result<StatusCode, AppError> {
    let viewer = Viewer::of(caller.user());
    feeds::merging::link(&state.db, &state.directory, &viewer, &id, &duplicate).await?;
    Ok(StatusCode::NO_CONTENT)
}

/// "Different": lists the feed's service as a listing of its own, beside hers.
/// Kept: not asked again.
#[utoipa::path(
    post,
    path = "/api/directory/feeds/{id}/duplicates/{duplicate}/separate",
    tag = "directory-admin",
    security(("bearer" = [])),
    params(
        ("id" = String, Path, description = "The feed's id"),
        ("duplicate" = String, Path, description = "The look-alike's id")
    ),
    responses(
        (status = 204, description = "Listed as its own"),
        (status = 401, description = "Not signed in", body = ErrorBody),
        (status = 403, description = "Not a coordinator of an organisation", body = ErrorBody),
        (status = 404, description = "No such feed or look-alike of the organisation", body = ErrorBody),
        (status = 409, description = "Decided already (`duplicate_decided`)", body = ErrorBody),
        (status = 422, description = "The feed's service cannot be listed as it is", body = ErrorBody)
    )
)]
pub async fn separate_feed_duplicate(
    State(state): State<AppState>,
    caller: Coordinator,
    AppPath((id, duplicate)): AppPath<(String, String)>,
) -> Result<StatusCode, AppError> {
    let viewer = Viewer::of(caller.user());
    feeds::merging::separate(&state.db, &state.directory, &viewer, &id, &duplicate).await?;
    Ok(StatusCode::NO_CONTENT)
}
