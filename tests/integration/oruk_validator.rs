//! The official Open Referral UK validator's checks (OpenReferralUK/oruk-validator,
//! profile HSDS-UK-3.0), re-expressed in Rust and replayed against the feed: over the
//! demo directory, and over the benchmark's directory at full scale (200 venues,
//! 2,000 programmes, 20,000 sessions, 500,000 dates), where every service and
//! every service at a location is checked against the schemas too.
//!
//! Level 1 (required: the feed fails without them): the details document at `/`,
//! `/services` paged with its envelope right on every page, and `/services/{id}`
//! with an id from the list. Level 2 (the validator only warns): the other lists
//! and their `/{id}`, and the `/services` parameters a service finder needs (text,
//! taxonomy, day and time, postcode), each tried with a value taken from a service
//! that has it and expected to find that service. Every answer is checked against
//! the profile's schemas (`tests/standards/oruk-v3`), and for the UK profile's
//! `Access-Control-Allow-Origin: *`.

use crate::helpers::{TestApp, db_test};
use crate::oruk::{BASE, check_datapackage_types, directory_changed, page_schema, schema_file};
use serde_json::{Value, json};

/// How many pages of a list the validator reads at most.
const MAX_PAGES: u64 = 10;

/// One endpoint of the test profile.
struct Check {
    path: &'static str,
    /// The schema of the answer, or of each item of a page.
    schema: &'static str,
    paged: bool,
    /// Level 1: the feed fails without it.
    required: bool,
}

/// The HSDS-UK-3.0 test profile's endpoints, in the order the validator runs them.
const PROFILE: [Check; 9] = [
    check("/", "api_details", false, true),
    check("/services", "compiled/service_list.json", true, true),
    check("/services/{id}", "compiled/service.json", false, true),
    check(
        "/service_at_locations",
        "compiled/service_at_location_list.json",
        true,
        false,
    ),
    check(
        "/service_at_locations/{id}",
        "compiled/service_at_location.json",
        false,
        false,
    ),
    check("/taxonomies", "taxonomy.json", true, false),
    check("/taxonomies/{id}", "taxonomy.json", false, false),
    check("/taxonomy_terms", "taxonomy_term.json", true, false),
    check("/taxonomy_terms/{id}", "taxonomy_term.json", false, false),
];

const fn check(path: &'static str, schema: &'static str, paged: bool, required: bool) -> Check {
    Check {
        path,
        schema,
        paged,
        required,
    }
}

/// What the validator found, by level.
#[derive(Default, Debug)]
struct Report {
    errors: Vec<String>,
    warnings: Vec<String>,
    /// Parameter tests it could not run for want of data.
    not_possible: Vec<&'static str>,
}

impl Report {
    fn fail(&mut self, required: bool, message: String) {
        if required {
            self.errors.push(message)
        } else {
            self.warnings.push(message)
        }
    }
}

/// A compiled schema, formats included, as the validator checks them.
struct Schema(jsonschema::Validator);

impl Schema {
    fn of(name: &str) -> Schema {
        let schema = if name == "api_details" {
            // The profile's OpenAPI document defines `/`'s answer inline.
            let openapi = schema_file("openapi.json");
            openapi["paths"]["/"]["get"]["responses"]["200"]["content"]["application/json"]["schema"].clone()
        } else {
            schema_file(name)
        };
        Schema::compile(&schema)
    }

    fn compile(schema: &Value) -> Schema {
        Schema(
            jsonschema::draft202012::options()
                .should_validate_formats(true)
                .build(schema)
                .unwrap_or_else(|e| panic!("the schema compiles: {e}")),
        )
    }

    fn errors(&self, instance: &Value) -> Vec<String> {
        self.0
            .iter_errors(instance)
            .map(|e| format!("{e} at {}", e.instance_path()))
            .collect()
    }
}

/// GETs a path of the feed as the validator does: 200, JSON, and readable by any
/// site; the failure otherwise.
async fn fetch(app: &TestApp, path: &str) -> Result<Value, String> {
    let response = app.get(&format!("{BASE}{path}")).await;
    let status = response.status();
    let cors = response
        .headers()
        .get("access-control-allow-origin")
        .and_then(|v| v.to_str().ok())
        .map(str::to_owned);
    let content_type = response
        .headers()
        .get("content-type")
        .and_then(|v| v.to_str().ok())
        .unwrap_or("")
        .to_owned();
    if status != 200 {
        return Err(format!("GET {path}: status {status}"));
    }
    if cors.as_deref() != Some("*") {
        return Err(format!(
            "GET {path}: Access-Control-Allow-Origin is {cors:?}, not *"
        ));
    }
    if !content_type.starts_with("application/json") {
        return Err(format!("GET {path}: {content_type}, not JSON"));
    }
    response
        .json()
        .await
        .map_err(|e| format!("GET {path}: not JSON: {e}"))
}

/// Reads a list page by page (at most `max_pages`) and checks each page's envelope
/// says where it is; the ids of every item read.
async fn read_pages(
    app: &TestApp,
    path: &str,
    item: &Schema,
    (per_page, max_pages): (u64, u64),
    report: &mut Report,
    required: bool,
) -> Vec<String> {
    let envelope = Schema::compile(&page_schema(&json!({})));
    let mut ids: Vec<String> = Vec::new();
    let mut total_items = None;
    let mut page = 1;
    loop {
        let url = format!("{path}?page={page}&per_page={per_page}");
        let body = match fetch(app, &url).await {
            Ok(body) => body,
            Err(e) => {
                report.fail(required, e);
                break;
            }
        };
        for e in envelope.errors(&body) {
            report.fail(required, format!("{url}: the page envelope: {e}"));
        }
        let contents = body["contents"].as_array().cloned().unwrap_or_default();
        for (i, value) in contents.iter().enumerate() {
            for e in item.errors(value) {
                report.fail(required, format!("{url}: item {i}: {e}"));
            }
            check_datapackage_types(value, &url);
            ids.push(value["id"].as_str().unwrap_or_default().to_owned());
        }
        let (items, pages) = (
            body["total_items"].as_u64().unwrap_or(0),
            body["total_pages"].as_u64().unwrap_or(0),
        );
        for fault in page_faults(&body, page, per_page) {
            report.fail(required, format!("{url}: {fault}"));
        }
        if total_items.is_some_and(|t| t != items) {
            report.fail(required, format!("{url}: total_items changed between pages"));
        }
        total_items = Some(items);
        if page >= pages || page >= max_pages {
            if page == pages && ids.len() as u64 != items {
                report.fail(
                    required,
                    format!(
                        "{path}: the pages hold {} items, total_items says {items}",
                        ids.len()
                    ),
                );
            }
            break;
        }
        page += 1;
    }
    let mut unique = ids.clone();
    unique.sort();
    unique.dedup();
    if unique.len() != ids.len() {
        report.fail(required, format!("{path}: an id appears on two pages"));
    }
    ids
}

/// What is wrong with the envelope of page `page` read `per_page` at a time.
fn page_faults(body: &Value, page: u64, per_page: u64) -> Vec<String> {
    let contents = body["contents"].as_array().map_or(0, Vec::len) as u64;
    let (items, pages) = (
        body["total_items"].as_u64().unwrap_or(0),
        body["total_pages"].as_u64().unwrap_or(0),
    );
    let expect =
        |what: &str, got: &Value, want: Value| (got != &want).then(|| format!("{what} is {got}, not {want}"));
    [
        expect("page_number", &body["page_number"], json!(page)),
        expect("size", &body["size"], json!(contents)),
        expect("empty", &body["empty"], json!(contents == 0)),
        expect("first_page", &body["first_page"], json!(page == 1)),
        expect("last_page", &body["last_page"], json!(page >= pages)),
        expect(
            "total_pages",
            &body["total_pages"],
            json!(items.div_ceil(per_page)),
        ),
        (contents > per_page).then(|| "more than per_page items".to_owned()),
        (page < pages && contents != per_page).then(|| "a page before the last is not full".to_owned()),
    ]
    .into_iter()
    .flatten()
    .collect()
}

/// Runs the profile's endpoint checks.
async fn check_endpoints(app: &TestApp, per_page: u64, report: &mut Report) {
    let mut ids_of: std::collections::HashMap<&str, Vec<String>> = Default::default();
    for check in &PROFILE {
        let schema = Schema::of(check.schema);
        if check.paged {
            let ids = read_pages(
                app,
                check.path,
                &schema,
                (per_page, MAX_PAGES),
                report,
                check.required,
            )
            .await;
            if ids.is_empty() {
                report.fail(check.required, format!("{}: no items to test by id", check.path));
            }
            ids_of.insert(check.path, ids);
            continue;
        }
        let path = match check.path.strip_suffix("/{id}") {
            // The validator takes the id of the list's first item.
            Some(list) => match ids_of.get(list).and_then(|ids| ids.first()) {
                Some(id) => format!("{list}/{id}"),
                None => continue,
            },
            None => check.path.to_owned(),
        };
        match fetch(app, &path).await {
            Ok(body) => {
                for e in schema.errors(&body) {
                    report.fail(check.required, format!("{path}: {e}"));
                }
                if check.path == "/" {
                    check_details(app, &body, report).await;
                } else {
                    check_datapackage_types(&body, &path);
                }
            }
            Err(e) => report.fail(check.required, e),
        }
    }
}

/// The details document names HSDS 3.0 and an OpenAPI document that describes
/// every path of the profile.
async fn check_details(app: &TestApp, details: &Value, report: &mut Report) {
    if details["version"] != "3.0" {
        report.fail(true, format!("/: version is {}, not 3.0", details["version"]));
    }
    let url = details["openapi_url"].as_str().unwrap_or_default();
    // The server names itself by its configured public address, which a test
    // server on a random port is not: read the same path from the test server.
    let Some(path) = url.find("/openreferral/").map(|at| &url[at..]) else {
        return report.fail(true, format!("/: openapi_url {url} is not under /openreferral/"));
    };
    let document: Value = match app.get(path).await.json().await {
        Ok(document) => document,
        Err(e) => return report.fail(true, format!("{url}: not JSON: {e}")),
    };
    if !document["openapi"].as_str().is_some_and(|v| v.starts_with("3.")) {
        report.fail(true, format!("{url}: not an OpenAPI 3 document"));
    }
    for path in schema_file("openapi.json")["paths"].as_object().unwrap().keys() {
        if !document["paths"][path]["get"].is_object() {
            report.fail(true, format!("{url}: GET {path} is not described"));
        }
    }
}

/// Does `/services?{query}` find the service `id`, on whichever page?
async fn finds(app: &TestApp, query: &str, id: &str, report: &mut Report, test: &str) {
    let mut number = 1;
    loop {
        let path = format!("/services?{query}&per_page=100&page={number}");
        let page = match fetch(app, &path).await {
            Ok(page) => page,
            Err(e) => return report.fail(false, format!("{test}: {e}")),
        };
        let found = page["contents"]
            .as_array()
            .is_some_and(|c| c.iter().any(|s| s["id"] == id));
        if found {
            return;
        }
        if number >= page["total_pages"].as_u64().unwrap_or(0) {
            return report.fail(
                false,
                format!("{test}: /services?{query} does not find service {id} on any of its pages"),
            );
        }
        number += 1;
    }
}

/// The level-2 parameter tests: each takes the richest service for its data,
/// queries with that data and expects to find the service.
async fn check_parameters(app: &TestApp, report: &mut Report) {
    let first = fetch(app, "/services?per_page=100").await.unwrap_or_default();
    let services = first["contents"].as_array().cloned().unwrap_or_default();
    let count = |s: &Value, key: &str| s[key].as_array().map_or(0, Vec::len);
    let text = |s: &Value, key: &str| s[key].as_str().unwrap_or_default().to_owned();
    // Each test: its name, how rich a service is for it, and the queries to try.
    type Queries = fn(&Value) -> Vec<String>;
    type Richness<'a> = &'a dyn Fn(&Value) -> usize;
    let tests: [(&'static str, Richness, Queries); 4] = [
        ("text test", &|s| usize::from(s["name"].is_string()), |s| {
            vec![format!("text={}", encode(s["name"].as_str().unwrap_or_default()))]
        }),
        ("taxonomy test", &|s| count(s, "attributes"), |s| {
            let terms = s["attributes"]
                .as_array()
                .into_iter()
                .flatten()
                .map(|a| &a["taxonomy_term"]);
            terms
                .flat_map(|t| {
                    let id = |key: &str| encode(t[key].as_str().unwrap_or_default());
                    [
                        format!("taxonomy_term_id={}", id("id")),
                        format!("taxonomy_id={}", id("taxonomy_id")),
                    ]
                })
                .collect()
        }),
        ("time search test", &|s| count(s, "schedules"), |s| {
            let schedule = &s["schedules"][0];
            let clock = |key: &str| {
                schedule[key]
                    .as_str()
                    .unwrap_or_default()
                    .chars()
                    .take(5)
                    .collect::<String>()
            };
            let day = schedule["byday"].as_str().unwrap_or_default();
            vec![format!(
                "day={day}&start_time={}&end_time={}",
                clock("opens_at"),
                clock("closes_at")
            )]
        }),
        ("postcode search", &|s| count(s, "service_at_locations"), |s| {
            let address = &s["service_at_locations"][0]["location"]["addresses"][0];
            vec![format!(
                "postcode={}&proximity=1000",
                encode(address["postal_code"].as_str().unwrap_or_default())
            )]
        }),
    ];
    for (test, richness, queries) in tests {
        let richest = services
            .iter()
            .max_by_key(|s| richness(s))
            .filter(|s| richness(s) > 0);
        let Some(service) = richest else {
            report.not_possible.push(test);
            continue;
        };
        for query in queries(service) {
            finds(app, &query, &text(service, "id"), report, test).await;
        }
    }
    // PeriLink states who a programme is for in words and terms, never as ages in
    // years: the validator cannot run its age test, and says so.
    if services
        .iter()
        .any(|s| s.get("minimum_age").is_some() || s.get("maximum_age").is_some())
    {
        report.fail(
            false,
            "age test: services state ages the feed cannot filter by".into(),
        );
    } else {
        report.not_possible.push("age test");
    }
}

fn encode(text: &str) -> String {
    text.bytes()
        .map(|b| match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' => (b as char).to_string(),
            _ => format!("%{b:02X}"),
        })
        .collect()
}

/// Replays every check, reading lists `per_page` at a time.
async fn validate(app: &TestApp, per_page: u64) -> Report {
    let mut report = Report::default();
    check_endpoints(app, per_page, &mut report).await;
    check_parameters(app, &mut report).await;
    report
}

#[track_caller]
fn assert_passes(report: &Report) {
    assert!(
        report.errors.is_empty(),
        "level 1 fails:\n{}",
        report.errors.join("\n")
    );
    assert!(
        report.warnings.is_empty(),
        "level 2 warns:\n{}",
        report.warnings.join("\n")
    );
    assert_eq!(
        report.not_possible,
        ["age test"],
        "every parameter test but age runs"
    );
}

#[test]
fn the_test_profile_covers_every_path_of_the_uk_profile() {
    let openapi = schema_file("openapi.json");
    let mut paths: Vec<&str> = openapi["paths"]
        .as_object()
        .unwrap()
        .keys()
        .map(String::as_str)
        .collect();
    paths.sort();
    let mut checked: Vec<&str> = PROFILE.iter().map(|c| c.path).collect();
    checked.sort();
    assert_eq!(paths, checked);
}

#[test]
fn the_schema_check_catches_what_the_profile_forbids() {
    let service = Schema::of("compiled/service.json");
    let id = "2989d3ed-c547-48f8-8f9d-432d81c7892e";
    let fails = |instance: Value| !service.errors(&instance).is_empty();
    assert!(!fails(
        json!({"id": id, "name": "Rhyme time", "status": "active"})
    ));
    assert!(
        fails(json!({"id": "rhyme-time", "name": "Rhyme time", "status": "active"})),
        "ids are UUIDs"
    );
    assert!(
        fails(json!({"id": id, "name": "Rhyme time", "status": "open"})),
        "status is an enum"
    );
    assert!(
        fails(json!({"id": id, "name": "Rhyme time"})),
        "status is required"
    );
    assert!(fails(
        json!({"id": id, "name": "Rhyme time", "status": "active", "description": null})
    ));
    assert!(
        fails(json!({"id": id, "name": "x", "status": "active", "schedules": [{"id": id, "freq": "DAILY"}]})),
        "nested objects are checked"
    );
    // The taxonomy's terms are checked through the reference inlined from
    // taxonomy_term.json.
    let taxonomy = Schema::of("taxonomy.json");
    let broken =
        json!({"id": id, "name": "t", "description": "d", "taxonomy_terms": [{"id": id, "name": "n"}]});
    assert!(!taxonomy.errors(&broken).is_empty());
    assert!(
        !Schema::compile(&page_schema(&json!({})))
            .errors(&json!({"contents": []}))
            .is_empty(),
        "the envelope is whole"
    );
    let details = Schema::of("api_details");
    assert!(details.errors(&json!({"version": "3.0", "profile": "https://example.org/p", "openapi_url": "https://example.org/o"})).is_empty());
    assert!(
        !details
            .errors(
                &json!({"version": "3.0", "profile": "not a uri", "openapi_url": "https://example.org/o"})
            )
            .is_empty()
    );
}

db_test! {
    async fn the_demo_feed_passes_the_validators_level_1_and_level_2_checks(app: TestApp) {
        // Two at a time, so every list has several pages to check.
        assert_passes(&validate(&app, 2).await);
    }
}

db_test! {
    async fn the_benchmarks_full_scale_directory_passes_the_validators_checks(app: TestApp) {
        let started = std::time::Instant::now();
        let seeded = perilink_server::bench_seed::seed_directory(&app.state.db, 1.0).await.unwrap();
        let seeding = started.elapsed();
        assert_eq!(
            (seeded.venues, seeded.programmes, seeded.sessions, seeded.occurrences),
            (200, 2_000, 20_000, 500_000),
            "the benchmark's directory at full scale"
        );
        directory_changed(&app).await;
        let loading = started.elapsed() - seeding;
        let services = fetch(&app, "/services?per_page=1").await.unwrap();
        assert_eq!(services["total_items"], json!(5 + seeded.programmes), "the demo's five and the benchmark's");
        let places = fetch(&app, "/service_at_locations?per_page=1").await.unwrap();
        assert_eq!(places["total_items"], json!(13 + seeded.sessions), "the demo's thirteen shown and the benchmark's");
        // The validator's own page size and its ten-page sample.
        assert_passes(&validate(&app, 50).await);
        // Beyond the validator's sample: every service and every service at a
        // location against the profile's schemas, every page's envelope right.
        let mut report = Report::default();
        for (path, schema, total) in [
            ("/services", "compiled/service.json", 5 + seeded.programmes),
            ("/service_at_locations", "compiled/service_at_location_list.json", 13 + seeded.sessions),
        ] {
            let ids = read_pages(&app, path, &Schema::of(schema), (100, u64::MAX), &mut report, true).await;
            assert_eq!(ids.len(), total, "{path}: every item read");
        }
        assert_passes(&report_with_age_untested(report));
        eprintln!(
            "full-scale directory: seeded in {seeding:?}, loaded in {loading:?}, validated in {:?}",
            started.elapsed() - seeding - loading
        );
    }
}

/// `report` as [`assert_passes`] takes it: the age test cannot run, as ever.
fn report_with_age_untested(mut report: Report) -> Report {
    report.not_possible.push("age test");
    report
}

#[test]
fn the_page_checks_catch_an_envelope_that_misplaces_itself() {
    let right = json!({
        "total_items": 5, "total_pages": 3, "page_number": 2, "size": 2,
        "first_page": false, "last_page": false, "empty": false, "contents": [{}, {}]
    });
    assert_eq!(page_faults(&right, 2, 2), Vec::<String>::new());
    for (key, wrong) in [
        ("page_number", json!(1)),
        ("size", json!(5)),
        ("first_page", json!(true)),
        ("last_page", json!(true)),
        ("empty", json!(true)),
        ("total_pages", json!(2)),
    ] {
        let mut broken = right.clone();
        broken[key] = wrong;
        let faults = page_faults(&broken, 2, 2);
        assert!(faults.iter().any(|f| f.starts_with(key)), "{key}: {faults:?}");
    }
    let mut short = right.clone();
    short["contents"] = json!([{}]);
    short["size"] = json!(1);
    assert_eq!(page_faults(&short, 2, 2), ["a page before the last is not full"]);
}
