//! Bringing a mother back to where she was: signing up or in from a session's page
//! carries that page in `?next=`, and she returns to it afterwards.

use perilink_shared::directory::encode_query_value;

/// `next` when it is a path on this site; anything else (another site, `//host`,
/// a `javascript:` address) is refused, so the link cannot send her elsewhere.
pub fn safe_next(next: Option<String>) -> Option<String> {
    next.filter(|n| {
        n.starts_with('/')
            && !n.starts_with("//")
            && !n.starts_with("/\\")
            && !n.chars().any(char::is_control)
    })
}

/// The address of `page` that brings her back to `next` afterwards.
pub fn with_next(page: &str, next: Option<&str>) -> String {
    match next {
        Some(next) => format!("{page}?next={}", encode_query_value(next)),
        None => page.to_owned(),
    }
}
