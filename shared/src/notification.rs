//! In-app notifications: what happened that a signed-in user should know of
//! (`GET /api/notifications`).

use serde::{Deserialize, Serialize};

/// One notification.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Notification {
    pub id: String,
    /// What happened, such as `referral_accepted` or `waiting_list_promoted`.
    pub kind: String,
    /// The record it is about: for referral news, the referral's id.
    pub subject_id: Option<String>,
    /// RFC 3339.
    pub created_at: String,
    pub read: bool,
}

/// The newest notifications, and how many of all are unread.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Notifications {
    pub notifications: Vec<Notification>,
    pub unread: u32,
}
