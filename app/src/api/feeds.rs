//! The coordinator's calls for listings from other directories: her feeds, reading
//! one now, what each brought, and her decisions on its changes and look-alikes.

use crate::api::{self, ApiError, Token, id_path};
use perilink_shared::directory::encode_query_value;
use perilink_shared::feeds::{
    Feed, FeedInput, FeedList, FeedRun, ImportedDuplicate, ImportedDuplicates, ImportedListing,
    ImportedListings,
};

fn feed_path(feed: &str, rest: &str) -> String {
    id_path("/api/directory/feeds", feed, rest)
}

/// `GET /api/directory/feeds`.
pub async fn feeds(token: Token) -> Result<Vec<Feed>, ApiError> {
    api::signed_in_call::<FeedList>(&token, "GET", "/api/directory/feeds", None::<&()>)
        .await
        .map(|l| l.feeds)
}

/// `POST /api/directory/feeds`.
pub async fn add_feed(token: Token, input: FeedInput) -> Result<Feed, ApiError> {
    api::signed_in_call(&token, "POST", "/api/directory/feeds", Some(&input)).await
}

/// `POST /api/directory/feeds/{id}/runs`: read it now.
pub async fn read_now(token: Token, feed: String) -> Result<FeedRun, ApiError> {
    api::signed_in_call(&token, "POST", &feed_path(&feed, "/runs"), None::<&()>).await
}

/// `GET /api/directory/feeds/{id}/listings`.
pub async fn listings(token: Token, feed: String) -> Result<Vec<ImportedListing>, ApiError> {
    api::signed_in_call::<ImportedListings>(&token, "GET", &feed_path(&feed, "/listings"), None::<&()>)
        .await
        .map(|l| l.listings)
}

/// `POST /api/directory/feeds/{id}/listings/{listing}/{verb}`: her decision on a
/// change the feed made to a listing she edited here.
pub async fn decide_change(
    token: Token,
    feed: String,
    listing: String,
    verb: &'static str,
) -> Result<(), ApiError> {
    let rest = format!("/listings/{}/{verb}", encode_query_value(&listing));
    api::signed_in_call_no_content(&token, "POST", &feed_path(&feed, &rest)).await
}

/// `GET /api/directory/feeds/{id}/duplicates`: the look-alikes still waiting for her.
pub async fn waiting_duplicates(token: Token, feed: String) -> Result<Vec<ImportedDuplicate>, ApiError> {
    api::signed_in_call::<ImportedDuplicates>(&token, "GET", &feed_path(&feed, "/duplicates"), None::<&()>)
        .await
        .map(|l| {
            l.duplicates
                .into_iter()
                .filter(|d| d.decision.is_none())
                .collect()
        })
}

/// `POST /api/directory/feeds/{id}/duplicates/{duplicate}/{verb}`: the same, or different.
pub async fn decide_duplicate(
    token: Token,
    feed: String,
    duplicate: String,
    verb: &'static str,
) -> Result<(), ApiError> {
    let rest = format!("/duplicates/{}/{verb}", encode_query_value(&duplicate));
    api::signed_in_call_no_content(&token, "POST", &feed_path(&feed, &rest)).await
}
