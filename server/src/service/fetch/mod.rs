//! Reading other sites politely, for both importers (Open Referral UK feeds in
//! [`crate::service::feed_import`], calendars in
//! [`crate::service::calendar_import`]): one page at a time with a pause between,
//! each request with a timeout over its whole answer, a cap on its size, a user
//! agent naming PeriLink, and `If-None-Match` for a page read before. A feed that
//! is not JSON, not ORUK v3 services, answers with an error, or pages without end
//! is refused with a [`FeedProblem`] and words saying what was wrong.

pub mod address;

use crate::service::openreferral::{Page, Service};
use address::{CheckedResolver, Policy, Refused};
use axum::http::{Request, StatusCode, header};
use bytes::Bytes;
use http_body_util::{BodyExt, Empty, Limited};
use hyper_util::client::legacy::{Client, connect::HttpConnector};
use perilink_shared::feeds::{FeedProblem, FeedTake};
use serde::{Deserialize, Serialize};
use std::collections::HashSet;
use std::time::Duration;

/// How long one page may take, from asking to its last byte.
pub const TIMEOUT: Duration = Duration::from_secs(20);
/// The pause between two requests to the same feed.
pub const PAUSE: Duration = Duration::from_millis(500);
/// Services asked for per page (the profile's largest usual page).
pub const PER_PAGE: u32 = 100;
/// The most pages read from one feed in one pass: 5,000 services.
pub const MAX_PAGES: u32 = 50;
/// The largest page read, in bytes.
pub const MAX_PAGE_BYTES: usize = 8 * 1024 * 1024;

type Https = Client<hyper_rustls::HttpsConnector<HttpConnector<CheckedResolver>>, Empty<Bytes>>;

/// Why a feed could not be read, in words for the coordinator.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Refusal {
    pub problem: FeedProblem,
    pub detail: String,
}

fn refuse(problem: FeedProblem, detail: impl Into<String>) -> Refusal {
    Refusal {
        problem,
        detail: detail.into(),
    }
}

/// A page of the full list read before: its ETag and the services it held.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct KnownPage {
    pub etag: String,
    pub ids: Vec<String>,
}

/// What one pass over a feed's list found.
#[derive(Default)]
pub struct Pass {
    /// Services sent in full (pages answered 304 send none).
    pub services: Vec<Service>,
    /// Every service id listed, from full pages and from pages unchanged since.
    pub ids: Vec<String>,
    /// Each page's ETag and ids, for the next pass.
    pub pages: Vec<KnownPage>,
    /// Requests made.
    pub requests: u32,
    /// Whether every page was unchanged since the last pass.
    pub unchanged: bool,
}

/// An HTTP client for feeds.
#[derive(Clone)]
pub struct FeedClient {
    client: Https,
    user_agent: String,
    pause: Duration,
    policy: Policy,
}

impl FeedClient {
    /// A client that names PeriLink and where it is (`public_url`) to the feeds
    /// it reads, and connects only to addresses `policy` allows.
    pub fn new(public_url: &str, policy: Policy) -> Result<FeedClient, String> {
        #[allow(deprecated)]
        let provider = rustls::crypto::ring::default_provider();
        let mut http = HttpConnector::new_with_resolver(CheckedResolver { policy });
        http.enforce_http(false);
        let connector = hyper_rustls::HttpsConnectorBuilder::new()
            .with_provider_and_webpki_roots(provider)
            .map_err(|e| format!("no TLS for feeds: {e}"))?
            .https_or_http()
            .enable_http1()
            .wrap_connector(http);
        Ok(FeedClient {
            client: Client::builder(hyper_util::rt::TokioExecutor::new()).build(connector),
            user_agent: user_agent(public_url),
            pause: PAUSE,
            policy,
        })
    }

    /// Checks a feed's address may be read: see [`Policy::check_url`].
    pub async fn check_address(&self, url: &url::Url) -> Result<(), Refused> {
        self.policy.check_url(url).await
    }

    /// One page of JSON: its status, its ETag and its body (none for 304).
    pub async fn get(
        &self,
        url: &str,
        etag: Option<&str>,
    ) -> Result<(StatusCode, Option<String>, Bytes), Refusal> {
        self.get_as(url, "application/json", etag).await
    }

    /// One document of the media type `accept`, read as [`FeedClient::get`] reads.
    pub async fn get_as(
        &self,
        url: &str,
        accept: &str,
        etag: Option<&str>,
    ) -> Result<(StatusCode, Option<String>, Bytes), Refusal> {
        let mut request = Request::get(url)
            .header(header::USER_AGENT, &self.user_agent)
            .header(header::ACCEPT, accept);
        if let Some(etag) = etag {
            request = request.header(header::IF_NONE_MATCH, etag);
        }
        let request = request.body(Empty::new()).map_err(|_| {
            refuse(
                FeedProblem::Unreachable,
                format!("{url} is not an address PeriLink can read"),
            )
        })?;
        // A host written as a number is connected to without the resolver, so it
        // is checked here; a name is checked by the resolver, as it connects.
        if let Ok(parsed) = url::Url::parse(url)
            && matches!(parsed.host(), Some(url::Host::Ipv4(_) | url::Host::Ipv6(_)))
        {
            self.policy
                .check_url(&parsed)
                .await
                .map_err(|why| refuse(FeedProblem::Unreachable, why.0))?;
        }
        let exchange = async {
            let response = self
                .client
                .request(request)
                .await
                .map_err(|e| match refused_in(&e) {
                    Some(why) => refuse(FeedProblem::Unreachable, why.0.clone()),
                    None => refuse(
                        FeedProblem::Unreachable,
                        format!("{url} could not be reached ({})", plain_error(&e)),
                    ),
                })?;
            let status = response.status();
            let etag = response
                .headers()
                .get(header::ETAG)
                .and_then(|v| v.to_str().ok())
                .map(str::to_owned);
            let body = Limited::new(response.into_body(), MAX_PAGE_BYTES)
                .collect()
                .await
                .map_err(|e| {
                    if e.is::<http_body_util::LengthLimitError>() {
                        refuse(
                            FeedProblem::TooBig,
                            format!(
                                "a page of {url} is larger than {} MB",
                                MAX_PAGE_BYTES / 1024 / 1024
                            ),
                        )
                    } else {
                        refuse(
                            FeedProblem::Unreachable,
                            format!("{url} stopped part-way through its answer"),
                        )
                    }
                })?
                .to_bytes();
            Ok((status, etag, body))
        };
        tokio::time::timeout(TIMEOUT, exchange).await.map_err(|_| {
            refuse(
                FeedProblem::Unreachable,
                format!(
                    "{url} did not finish answering within {} seconds",
                    TIMEOUT.as_secs()
                ),
            )
        })?
    }

    /// Reads every page of the services `take` keeps (changed since `since`, when
    /// given), using `known` pages' ETags. Stops at the first problem.
    pub async fn pass(
        &self,
        base: &url::Url,
        take: FeedTake,
        take_value: Option<&str>,
        since: Option<&str>,
        known: &[KnownPage],
    ) -> Result<Pass, Refusal> {
        let mut pass = Pass {
            unchanged: !known.is_empty(),
            ..Pass::default()
        };
        let mut seen: HashSet<String> = HashSet::new();
        let mut announced: Option<u64> = None;
        for number in 1..=MAX_PAGES {
            if number > 1 {
                tokio::time::sleep(self.pause).await;
            }
            let url = services_url(base, take, take_value, since, number);
            let before = known.get(number as usize - 1);
            let (status, etag, body) = self.get(url.as_str(), before.map(|p| p.etag.as_str())).await?;
            pass.requests += 1;
            let (ids, last) = if status == StatusCode::NOT_MODIFIED
                && let Some(before) = before
            {
                pass.pages.push(before.clone());
                (before.ids.clone(), number as usize >= known.len())
            } else {
                pass.unchanged = false;
                if !status.is_success() {
                    return Err(refuse(
                        FeedProblem::ServerError,
                        format!("{url} answered {status} instead of a page of services"),
                    ));
                }
                let page = parse_page(&url, &body)?;
                let total_pages = page.total_pages;
                if number == 1 {
                    if total_pages > u64::from(MAX_PAGES) {
                        return Err(refuse(
                            FeedProblem::TooBig,
                            format!(
                                "the feed says it has {} pages of {PER_PAGE} services; PeriLink reads at most {MAX_PAGES}",
                                total_pages
                            ),
                        ));
                    }
                    announced = Some(total_pages);
                }
                let last = page.last_page || page.empty || u64::from(number) >= total_pages;
                // Past the count it gave at first, a feed that says "more" is
                // not asked for more.
                if !last && announced.is_some_and(|pages| u64::from(number) >= pages) {
                    return Err(refuse(
                        FeedProblem::EndlessPages,
                        format!(
                            "the feed said it had {} pages, but page {number} says there are more",
                            announced.unwrap_or_default()
                        ),
                    ));
                }
                let ids: Vec<String> = page.contents.iter().map(|s| s.id.clone()).collect();
                if let Some(etag) = etag {
                    pass.pages.push(KnownPage {
                        etag,
                        ids: ids.clone(),
                    });
                }
                pass.services.extend(page.contents);
                (ids, last)
            };
            for id in ids {
                if !seen.insert(id.clone()) {
                    return Err(refuse(
                        FeedProblem::EndlessPages,
                        format!("page {number} sent service {id} again: its pages go round in a circle"),
                    ));
                }
                pass.ids.push(id);
            }
            if last {
                return Ok(pass);
            }
        }
        Err(refuse(
            FeedProblem::EndlessPages,
            format!("the feed still had more after {MAX_PAGES} pages"),
        ))
    }
}

/// `PeriLink/<version> (+<public url>)`.
pub fn user_agent(public_url: &str) -> String {
    format!(
        "PeriLink/{} (+{})",
        env!("CARGO_PKG_VERSION"),
        public_url.trim_end_matches('/')
    )
}

/// The resolver's refusal of a private address, if that is why a request failed.
fn refused_in(e: &hyper_util::client::legacy::Error) -> Option<&Refused> {
    let mut cause: Option<&(dyn std::error::Error + 'static)> = std::error::Error::source(e);
    while let Some(c) = cause {
        if let Some(why) = c.downcast_ref::<Refused>() {
            return Some(why);
        }
        // An `io::Error`'s own source skips the error it carries.
        if let Some(why) = c
            .downcast_ref::<std::io::Error>()
            .and_then(|io| io.get_ref())
            .and_then(|inner| inner.downcast_ref::<Refused>())
        {
            return Some(why);
        }
        cause = c.source();
    }
    None
}

/// The connection error without the chain of causes hyper gives.
fn plain_error(e: &hyper_util::client::legacy::Error) -> &'static str {
    if e.is_connect() {
        "nothing answered there"
    } else {
        "the connection failed"
    }
}

/// `base/services?page=..&per_page=..` with the filters.
pub fn services_url(
    base: &url::Url,
    take: FeedTake,
    take_value: Option<&str>,
    since: Option<&str>,
    page: u32,
) -> url::Url {
    let mut url = base.clone();
    let path = format!("{}/services", url.path().trim_end_matches('/'));
    url.set_path(&path);
    url.set_query(None);
    {
        let mut query = url.query_pairs_mut();
        query.append_pair("page", &page.to_string());
        query.append_pair("per_page", &PER_PAGE.to_string());
        match (take, take_value) {
            (FeedTake::TaxonomyTerm, Some(term)) => {
                query.append_pair("taxonomy_term_id", term);
            }
            (FeedTake::Text, Some(words)) => {
                query.append_pair("text", words);
            }
            _ => {}
        }
        if let Some(since) = since {
            query.append_pair("modified_after", since);
        }
    }
    url
}

/// Places each location that has no latitude and longitude by its address's full
/// UK postcode, from the postcode table `near` search uses (the profile asks for
/// coordinates, but many directories give only the address). A location with
/// neither is left as it is, and the page refused as not ORUK v3 as before.
fn place_by_postcode(page: &mut serde_json::Value) {
    use serde_json::Value;
    let Some(services) = page.get_mut("contents").and_then(Value::as_array_mut) else {
        return;
    };
    let places = services
        .iter_mut()
        .filter_map(|s| s.get_mut("service_at_locations").and_then(Value::as_array_mut))
        .flatten()
        .filter_map(|sal| sal.get_mut("location").and_then(Value::as_object_mut));
    for location in places {
        let placed = |key: &str| location.get(key).is_some_and(Value::is_number);
        if placed("latitude") && placed("longitude") {
            continue;
        }
        let point = location
            .get("addresses")
            .and_then(|a| a.get(0))
            .and_then(|a| a.get("postal_code"))
            .and_then(Value::as_str)
            .and_then(full_postcode);
        if let Some(point) = point {
            location.insert("latitude".into(), point.lat.into());
            location.insert("longitude".into(), point.lon.into());
        }
    }
}

/// Where a full UK postcode is (`L8 1XF`), if the table knows it. A district
/// alone (`L8`) would place a venue only roughly, so is not taken.
fn full_postcode(text: &str) -> Option<crate::directory::places::Point> {
    let compact: String = text
        .chars()
        .filter(|c| !c.is_whitespace())
        .collect::<String>()
        .to_ascii_uppercase();
    let b = compact.as_bytes();
    let inward = b.len() >= 5
        && b[b.len() - 3].is_ascii_digit()
        && b[b.len() - 2..].iter().all(u8::is_ascii_uppercase);
    if !inward {
        return None;
    }
    crate::directory::places::resolve(&compact).ok()
}

/// A page of services, or what is wrong with it.
fn parse_page(url: &url::Url, body: &[u8]) -> Result<Page<Service>, Refusal> {
    let mut value: serde_json::Value = serde_json::from_slice(body).map_err(|_| {
        refuse(
            FeedProblem::NotJson,
            format!("{url} did not send JSON (is this the feed's address?)"),
        )
    })?;
    place_by_postcode(&mut value);
    serde_json::from_value::<Page<Service>>(value).map_err(|e| {
        refuse(
            FeedProblem::WrongSchema,
            format!("{url} sent JSON that is not a page of Open Referral UK v3 services: {e}"),
        )
    })
}

/// Checks a feed's address: `http` or `https`, with a host.
pub fn parse_base(text: &str) -> Result<url::Url, String> {
    let text = text.trim();
    let url = url::Url::parse(text).map_err(|_| format!("`{text}` is not a web address"))?;
    if !matches!(url.scheme(), "http" | "https") || url.host_str().is_none_or(str::is_empty) {
        return Err("base_url must start https:// (or http://)".into());
    }
    if url.query().is_some() || url.fragment().is_some() || !url.username().is_empty() {
        return Err("base_url is the feed's address alone, with no query, fragment or user name".into());
    }
    Ok(url)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_user_agent_names_perilink_its_version_and_where_it_is() {
        let agent = user_agent("https://perilink.example.nhs.uk/");
        assert!(agent.starts_with("PeriLink/"), "{agent}");
        assert!(agent.ends_with(" (+https://perilink.example.nhs.uk)"), "{agent}");
    }

    #[test]
    fn the_services_address_carries_the_page_and_the_filters() {
        let base = parse_base("https://feed.example.org/openreferral/").unwrap();
        let url = services_url(
            &base,
            FeedTake::Text,
            Some("baby & me"),
            Some("2026-12-01T09:00:00Z"),
            2,
        );
        assert_eq!(
            url.as_str(),
            "https://feed.example.org/openreferral/services?page=2&per_page=100&text=baby+%26+me&modified_after=2026-12-01T09%3A00%3A00Z"
        );
        let term = services_url(&base, FeedTake::TaxonomyTerm, Some("t1"), None, 1);
        assert!(
            term.as_str()
                .ends_with("?page=1&per_page=100&taxonomy_term_id=t1"),
            "{term}"
        );
        let all = services_url(&base, FeedTake::All, Some("ignored"), None, 1);
        assert!(
            all.as_str()
                .ends_with("/openreferral/services?page=1&per_page=100"),
            "{all}"
        );
    }

    #[test]
    fn only_plain_web_addresses_are_feeds() {
        assert!(parse_base("https://feed.example.org/openreferral").is_ok());
        assert!(parse_base("http://127.0.0.1:8080/openreferral").is_ok());
        for bad in [
            "ftp://feed.example.org",
            "feed.example.org",
            "https://u@x.org/f",
            "https://x.org/f?a=1",
            "",
        ] {
            assert!(parse_base(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn a_page_that_is_not_json_or_not_services_is_named_as_such() {
        let url = parse_base("https://x.org/f").unwrap();
        assert_eq!(
            parse_page(&url, b"<html>").unwrap_err().problem,
            FeedProblem::NotJson
        );
        let wrong = br#"{"total_items": 1, "contents": [{"id": 1}]}"#;
        assert_eq!(
            parse_page(&url, wrong).unwrap_err().problem,
            FeedProblem::WrongSchema
        );
        assert!(full_postcode("L8").is_none(), "a district is not a full postcode");
        let placed = full_postcode("l8 1xf").expect("a Liverpool postcode in the table");
        let page = |postcode: &str| {
            serde_json::json!({
                "total_items": 1, "total_pages": 1, "page_number": 1, "size": 1,
                "first_page": true, "last_page": true, "empty": false,
                "contents": [{
                    "id": "s1", "name": "Baby group", "description": "Songs.", "status": "active",
                    "service_at_locations": [{
                        "id": "sal1", "service_id": "s1", "location_id": "l1",
                        "location": {
                            "id": "l1", "location_type": "physical", "name": "Library",
                            "addresses": [{
                                "id": "a1", "location_id": "l1", "address_1": "1 High St",
                                "city": "Liverpool", "state_province": "", "postal_code": postcode,
                                "country": "GB", "address_type": "physical"
                            }]
                        }
                    }]
                }]
            })
        };
        let mut known = page("L8 1XF");
        place_by_postcode(&mut known);
        let location = &known["contents"][0]["service_at_locations"][0]["location"];
        assert_eq!(
            (location["latitude"].as_f64(), location["longitude"].as_f64()),
            (Some(placed.lat), Some(placed.lon))
        );
        let mut rough = page("L8");
        place_by_postcode(&mut rough);
        let location = &rough["contents"][0]["service_at_locations"][0]["location"];
        assert!(location.get("latitude").is_none(), "{location}");
        let empty = br#"{"total_items":0,"total_pages":0,"page_number":1,"size":0,"first_page":true,"last_page":true,"empty":true,"contents":[]}"#;
        assert!(parse_page(&url, empty).unwrap().contents.is_empty());
    }
}
