//! ORUK's page envelope, and which page of a list was asked for.

use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

/// The largest page a list returns.
pub const MAX_PER_PAGE: u32 = 100;
/// The page size when none is asked for.
pub const DEFAULT_PER_PAGE: u32 = 50;

/// ORUK's page envelope around a list.
#[derive(Clone, Debug, Serialize, Deserialize, ToSchema)]
#[schema(as = OrukPage)]
pub struct Page<T> {
    /// How many items there are across all pages.
    pub total_items: u64,
    /// How many pages there are.
    pub total_pages: u64,
    /// This page's number, from 1.
    pub page_number: u64,
    /// How many items this page holds.
    pub size: u64,
    pub first_page: bool,
    pub last_page: bool,
    /// True when this page holds nothing.
    pub empty: bool,
    pub contents: Vec<T>,
}

impl<T> Page<T> {
    /// Cuts one page out of `items`.
    pub fn of(items: Vec<T>, window: Window) -> Page<T> {
        let total = items.len() as u64;
        let contents = items
            .into_iter()
            .skip(window.skip())
            .take(window.take())
            .collect();
        Page::around(contents, total, window)
    }

    /// Wraps a page already cut from a list of `total` items.
    pub fn around(contents: Vec<T>, total: u64, window: Window) -> Page<T> {
        let total_pages = total.div_ceil(u64::from(window.per_page));
        let page_number = u64::from(window.page);
        Page {
            total_items: total,
            total_pages,
            page_number,
            size: contents.len() as u64,
            first_page: page_number == 1,
            last_page: page_number >= total_pages,
            empty: contents.is_empty(),
            contents,
        }
    }
}

/// Which page of a list, checked.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Window {
    /// From 1.
    pub page: u32,
    /// 1 to [`MAX_PER_PAGE`].
    pub per_page: u32,
}

impl Window {
    /// The page asked for, as the query string gives it, or why it cannot be served.
    pub fn parse(page: Option<&str>, per_page: Option<&str>) -> Result<Window, String> {
        let number = |name: &str, value: Option<&str>, default: u32, max: u32| match value.map(str::trim) {
            None | Some("") => Ok(default),
            Some(text) => text
                .parse::<u32>()
                .ok()
                .filter(|n| (1..=max).contains(n))
                .ok_or_else(|| format!("{name} must be a whole number from 1 to {max}")),
        };
        Ok(Window {
            page: number("page", page, 1, u32::MAX)?,
            per_page: number("per_page", per_page, DEFAULT_PER_PAGE, MAX_PER_PAGE)?,
        })
    }

    /// How many items come before this page.
    pub fn skip(self) -> usize {
        let skip = u64::from(self.page - 1) * u64::from(self.per_page);
        usize::try_from(skip).unwrap_or(usize::MAX)
    }

    /// How many items a page holds at most.
    pub fn take(self) -> usize {
        self.per_page as usize
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pages_count_from_one_and_say_where_they_are() {
        let window = Window::parse(Some("2"), Some("2")).unwrap();
        let page = Page::of(vec![1, 2, 3, 4, 5], window);
        assert_eq!(page.contents, [3, 4]);
        assert_eq!((page.total_items, page.total_pages, page.size), (5, 3, 2));
        assert!(!page.first_page && !page.last_page && !page.empty);
        let past = Page::of(vec![1], Window::parse(Some("3"), None).unwrap());
        assert!(past.empty && past.last_page);
        assert_eq!(Window::parse(None, None).unwrap().per_page, DEFAULT_PER_PAGE);
        assert_eq!(
            Window::parse(Some(""), Some(" 7 ")).unwrap(),
            Window { page: 1, per_page: 7 }
        );
    }

    #[test]
    fn pages_out_of_range_or_not_numbers_are_refused_by_name() {
        for (page, per_page, named) in [
            (Some("0"), None, "page"),
            (Some("first"), None, "page"),
            (Some("-1"), None, "page"),
            (Some("99999999999"), None, "page"),
            (None, Some("0"), "per_page"),
            (None, Some("101"), "per_page"),
            (None, Some("1.5"), "per_page"),
        ] {
            let refusal = Window::parse(page, per_page).unwrap_err();
            assert!(refusal.starts_with(named), "{page:?} {per_page:?}: {refusal}");
        }
    }

    #[test]
    fn a_far_page_skips_without_overflowing() {
        let far = Window::parse(Some(&u32::MAX.to_string()), Some("100")).unwrap();
        assert!(far.skip() > 0);
        assert!(Page::of(vec![1, 2, 3], far).empty);
    }
}
