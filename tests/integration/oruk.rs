//! Open Referral UK v3 publishing: every response checked against the profile's own
//! schemas (copied into `tests/standards/oruk-v3/`), and the facts of the demo
//! directory as another directory would import them.

use crate::helpers::{TestApp, assert_error, db_test, workspace_root};
use chrono::{Duration, NaiveDate, Utc};
use sea_orm::sea_query::Expr;
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};
use serde_json::{Value, json};
use std::path::Path;

pub(crate) const BASE: &str = "/openreferral";

// ---------------------------------------------------------------------------------
// Schemas
// ---------------------------------------------------------------------------------

/// A schema file from the copy in the repository.
pub(crate) fn schema_file(relative: &str) -> Value {
    let path = workspace_root().join("tests/standards/oruk-v3").join(relative);
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("read {}: {e}", path.display()));
    let schema: Value =
        serde_json::from_str(&text).unwrap_or_else(|e| panic!("parse {}: {e}", path.display()));
    let folder = path.parent().expect("a folder").to_path_buf();
    inline_refs(schema, &folder)
}

/// Replaces each `{"$ref": "other.json"}` with that file, so a schema that names its
/// neighbours validates without fetching anything.
fn inline_refs(value: Value, folder: &Path) -> Value {
    match value {
        Value::Object(map) => {
            if let Some(Value::String(target)) = map.get("$ref")
                && target.ends_with(".json")
                && !target.contains("://")
            {
                let path = folder.join(target);
                let text =
                    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("read {}: {e}", path.display()));
                let referred: Value = serde_json::from_str(&text).expect("a JSON schema");
                return inline_refs(referred, path.parent().expect("a folder"));
            }
            Value::Object(
                map.into_iter()
                    .map(|(k, v)| (k, inline_refs(v, folder)))
                    .collect(),
            )
        }
        Value::Array(items) => Value::Array(items.into_iter().map(|v| inline_refs(v, folder)).collect()),
        other => other,
    }
}

/// ORUK's page envelope (the OpenAPI `Page` schema, every field required) around
/// items of `item`.
pub(crate) fn page_schema(item: &Value) -> Value {
    let openapi = schema_file("openapi.json");
    let page = openapi["components"]["schemas"]["Page"].clone();
    assert!(page.is_object(), "the profile's OpenAPI defines Page");
    json!({
        "allOf": [page],
        "type": "object",
        "required": [
            "total_items", "total_pages", "page_number", "size",
            "first_page", "last_page", "empty", "contents"
        ],
        "properties": { "contents": { "type": "array", "items": item } }
    })
}

/// The failures of `instance` against `schema`, formats (uuid, uri, email,
/// date-time) included.
pub(crate) fn schema_errors(schema: &Value, instance: &Value) -> Vec<String> {
    let validator = jsonschema::draft202012::options()
        .should_validate_formats(true)
        .build(schema)
        .unwrap_or_else(|e| panic!("the schema compiles: {e}"));
    validator
        .iter_errors(instance)
        .map(|e| format!("{} at {}", e, e.instance_path()))
        .collect()
}

/// Checks `instance` against `schema`, and its dates and times, listing every
/// failure.
#[track_caller]
pub(crate) fn assert_valid(schema: &Value, instance: &Value, what: &str) {
    let errors = schema_errors(schema, instance);
    assert!(
        errors.is_empty(),
        "{what} breaks the ORUK schema:\n{}\n{instance:#}",
        errors.join("\n")
    );
    check_datapackage_types(instance, what);
}

/// The profile types dates and times for tabular data (`datapackage_type`), which
/// JSON Schema does not check: check them here. Dates are `YYYY-MM-DD`; times carry
/// their UTC offset, as the schedule schema asks.
#[track_caller]
pub(crate) fn check_datapackage_types(value: &Value, what: &str) {
    match value {
        Value::Object(map) => {
            for (key, v) in map {
                match (key.as_str(), v) {
                    ("valid_from" | "valid_to" | "dtstart" | "assured_date", Value::String(s)) => {
                        assert!(
                            NaiveDate::parse_from_str(s, "%Y-%m-%d").is_ok() && s.len() == 10,
                            "{what}: {key} {s:?} is not YYYY-MM-DD"
                        );
                    }
                    ("opens_at" | "closes_at", Value::String(s)) => {
                        assert!(
                            chrono::DateTime::parse_from_rfc3339(&format!("2000-01-01T{s}")).is_ok()
                                && (s.ends_with('Z') || s.contains('+') || s.contains('-')),
                            "{what}: {key} {s:?} is not a time with its UTC offset"
                        );
                    }
                    _ => check_datapackage_types(v, what),
                }
            }
        }
        Value::Array(items) => items.iter().for_each(|v| check_datapackage_types(v, what)),
        _ => {}
    }
}

// ---------------------------------------------------------------------------------
// Calls
// ---------------------------------------------------------------------------------

pub(crate) async fn get_json(app: &TestApp, path: &str) -> Value {
    let response = app.get(path).await;
    assert_eq!(response.status(), 200, "GET {path}");
    let content_type = response.headers()["content-type"].to_str().unwrap().to_owned();
    assert!(
        content_type.starts_with("application/json"),
        "GET {path}: {content_type}"
    );
    response.json().await.expect("JSON")
}

pub(crate) async fn all_services(app: &TestApp) -> Vec<Value> {
    let page = get_json(app, &format!("{BASE}/services?per_page=100")).await;
    assert_eq!(page["last_page"], true, "one page holds the demo");
    page["contents"].as_array().unwrap().clone()
}

pub(crate) fn named<'a>(services: &'a [Value], name: &str) -> &'a Value {
    services
        .iter()
        .find(|s| s["name"] == name)
        .unwrap_or_else(|| panic!("a service named {name}"))
}

pub(crate) fn strings<'a>(value: &'a Value, key: &str) -> Vec<&'a str> {
    value
        .as_array()
        .unwrap()
        .iter()
        .map(|v| v[key].as_str().unwrap())
        .collect()
}

// ---------------------------------------------------------------------------------
// Tests
// ---------------------------------------------------------------------------------

db_test! {
    async fn every_service_matches_the_oruk_schemas(app: TestApp) {
        let full = schema_file("compiled/service.json");
        let listed = schema_file("compiled/service_list.json");

        let page = get_json(&app, &format!("{BASE}/services")).await;
        assert_valid(&page_schema(&listed), &page, "the page of services");
        assert_valid(&page_schema(&full), &page, "the page of services, fully nested");
        let services = page["contents"].as_array().unwrap();
        assert_eq!(page["total_items"], 5, "a programme of every kind the demo has");
        assert_eq!(services.len(), 5);
        assert_eq!(
            (&page["page_number"], &page["size"], &page["total_pages"]),
            (&json!(1), &json!(5), &json!(1))
        );
        assert_eq!((&page["first_page"], &page["last_page"], &page["empty"]), (&json!(true), &json!(true), &json!(false)));

        for service in services {
            let id = service["id"].as_str().unwrap();
            assert_valid(&full, service, &format!("service {id} in the list"));
            assert_eq!(service["status"], "active");
            assert!(!service["service_at_locations"].as_array().unwrap().is_empty(), "{id} has sessions");
            let one = get_json(&app, &format!("{BASE}/services/{id}")).await;
            assert_valid(&full, &one, &format!("/services/{id}"));
            assert_eq!(&one, service, "/services/{id} is the service the list shows");

            // Every schedule belongs to one of the service's places, and every place
            // has a schedule.
            let places = strings(&service["service_at_locations"], "id");
            let scheduled = strings(&service["schedules"], "service_at_location_id");
            assert!(scheduled.iter().all(|s| places.contains(s)), "{id}: schedules for its own places");
            assert!(places.iter().all(|p| scheduled.contains(p)), "{id}: a schedule for every place");
            for place in service["service_at_locations"].as_array().unwrap() {
                assert_eq!(place["service_id"], service["id"]);
                assert_eq!(place["location_id"], place["location"]["id"]);
            }
            assert_eq!(service["organization"]["id"], service["organization_id"]);
        }
        // In order of name, which the pages rely on.
        let names: Vec<&str> = services.iter().map(|s| s["name"].as_str().unwrap()).collect();
        let mut sorted = names.clone();
        sorted.sort();
        assert_eq!(names, sorted);
    }
}

db_test! {
    async fn the_rhyme_time_service_is_free_speaks_arabic_and_meets_weekly(app: TestApp) {
        let services = all_services(&app).await;
        let rhyme_time = named(&services, "Rhyme time");
        assert_eq!(
            rhyme_time["description"],
            "Songs and rhymes for you and your baby. Just come along: no need to book."
        );
        assert_eq!(rhyme_time["organization"]["name"], "Liverpool Libraries");

        // Languages as ISO 639 codes: those its sessions are delivered in.
        let codes = strings(&rhyme_time["languages"], "code");
        for code in ["en", "ar", "pl", "ro"] {
            assert!(codes.contains(&code), "rhyme time lists {code}: {codes:?}");
        }
        let arabic = rhyme_time["languages"].as_array().unwrap().iter().find(|l| l["code"] == "ar").unwrap();
        assert_eq!(arabic["name"], "Arabic");
        // ESOL's interpreters cover Arabic, Farsi, Sorani and Tigrinya.
        let esol = named(&services, "ESOL Stepping Stones");
        let codes = strings(&esol["languages"], "code");
        for code in ["en", "ar", "fa", "ckb", "ti"] {
            assert!(codes.contains(&code), "ESOL lists {code}: {codes:?}");
        }
        let farsi = esol["languages"].as_array().unwrap().iter().find(|l| l["code"] == "fa").unwrap();
        assert!(farsi["note"].as_str().unwrap().contains("interpreter"), "{farsi}");

        // Free, and said so.
        let costs = rhyme_time["cost_options"].as_array().unwrap();
        assert_eq!(costs.len(), 1);
        assert_eq!((&costs[0]["option"], &costs[0]["amount"]), (&json!("Free"), &json!(0.0)));

        // Its kind and who it is for, as taxonomy terms.
        let terms: Vec<&str> = rhyme_time["attributes"]
            .as_array()
            .unwrap()
            .iter()
            .map(|a| a["taxonomy_term"]["term"].as_str().unwrap())
            .collect();
        assert_eq!(terms, ["rhyme_time", "with_baby"], "drop-in rhyme time is for babies, not bumps");
        let baby = &rhyme_time["attributes"][1];
        assert_eq!((&baby["link_type"], &baby["value"]), (&json!("eligibility"), &json!("0-24 months")));
        assert_eq!(rhyme_time["eligibility_description"], "For mothers with a baby aged 0 to 24 months.");
        let esol_terms: Vec<&str> = esol["attributes"]
            .as_array()
            .unwrap()
            .iter()
            .map(|a| a["taxonomy_term"]["term"].as_str().unwrap())
            .collect();
        assert_eq!(esol_terms, ["esol", "pregnant", "with_baby"]);

        // Its places: Toxteth, Kensington, Old Swan and Central Library (on Friday and
        // at weekends), and not the St Helens session nobody has checked for months.
        let places: Vec<&str> = rhyme_time["service_at_locations"]
            .as_array()
            .unwrap()
            .iter()
            .map(|p| p["location"]["name"].as_str().unwrap())
            .collect();
        assert_eq!(
            places,
            ["Toxteth Library", "Kensington Library", "Old Swan Library", "Central Library", "Central Library", "Central Library"]
        );
        let toxteth = &rhyme_time["service_at_locations"][0];
        let location = &toxteth["location"];
        assert_eq!(location["location_type"], "physical");
        assert_eq!(location["addresses"][0]["postal_code"], "L8 1XF");
        assert_eq!(location["addresses"][0]["address_1"], "41 Windsor Street");
        assert_eq!(location["addresses"][0]["country"], "GB");
        assert!((location["latitude"].as_f64().unwrap() - 53.39387).abs() < 1e-6);
        let access = strings(&location["accessibility"], "description");
        assert_eq!(
            access,
            ["Step-free access", "Space for buggies and pushchairs", "Baby changing facilities", "Breastfeeding welcome"]
        );
        // Old Swan has no baby change, and does not claim one.
        let old_swan = &rhyme_time["service_at_locations"][2]["location"];
        assert!(!strings(&old_swan["accessibility"], "description").contains(&"Baby changing facilities"));

        // Toxteth's schedule: weekly on Mondays, 10:30 to 11:00 London time, for the
        // demo's nine weeks (split where the clocks change, if they do).
        let schedules: Vec<&Value> = rhyme_time["schedules"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|s| s["service_at_location_id"] == toxteth["id"])
            .collect();
        assert!(!schedules.is_empty());
        let today = perilink_server::clock::london_today();
        for s in &schedules {
            assert_eq!((&s["freq"], &s["interval"], &s["byday"]), (&json!("WEEKLY"), &json!(1), &json!("MO")));
            let opens = s["opens_at"].as_str().unwrap();
            assert!(["10:30:00+00:00", "10:30:00+01:00"].contains(&opens), "{opens}");
            assert_eq!(&s["closes_at"].as_str().unwrap()[..8], "11:00:00");
            assert_eq!(&opens[8..], &s["closes_at"].as_str().unwrap()[8..]);
        }
        let last = schedules.last().unwrap();
        assert_eq!(last["valid_to"], (today + Duration::days(56)).format("%Y-%m-%d").to_string());
        let first_from = NaiveDate::parse_from_str(schedules[0]["valid_from"].as_str().unwrap(), "%Y-%m-%d").unwrap();
        assert!(first_from <= today, "the schedule covers today");
        if schedules.len() == 1 {
            assert_eq!(first_from, today - Duration::days(7), "valid from the day the session starts");
        }
    }
}

db_test! {
    async fn service_at_locations_match_their_schemas_and_leave_out_hidden_sessions(app: TestApp) {
        let listed = schema_file("compiled/service_at_location_list.json");
        let full = schema_file("compiled/service_at_location.json");
        let page = get_json(&app, &format!("{BASE}/service_at_locations")).await;
        assert_valid(&page_schema(&listed), &page, "the page of services at locations");
        assert_valid(&page_schema(&full), &page, "the page of services at locations, nested");
        // Fourteen demo sessions, one of them hidden.
        assert_eq!(page["total_items"], 13);
        let places = page["contents"].as_array().unwrap();
        assert_eq!(places.len(), 13);

        let services = all_services(&app).await;
        for place in places {
            let id = place["id"].as_str().unwrap();
            let service = services.iter().find(|s| s["id"] == place["service_id"]).expect("its service is listed");
            assert_eq!(place["service"]["name"], service["name"]);
            assert_eq!(place["location_id"], place["location"]["id"]);
            let schedules = place["schedules"].as_array().unwrap();
            assert!(!schedules.is_empty(), "{id} has a schedule");
            for s in schedules {
                assert_eq!(s["service_at_location_id"], place["id"]);
                assert!(["MO", "TU", "WE", "TH", "FR", "SA", "SU"].contains(&s["byday"].as_str().unwrap()));
            }
            // The same schedules as the service lists for this place.
            let from_service: Vec<&Value> = service["schedules"]
                .as_array()
                .unwrap()
                .iter()
                .filter(|s| s["service_at_location_id"] == place["id"])
                .collect();
            assert_eq!(schedules.iter().collect::<Vec<_>>(), from_service);

            let one = get_json(&app, &format!("{BASE}/service_at_locations/{id}")).await;
            assert_valid(&full, &one, &format!("/service_at_locations/{id}"));
            assert_eq!(&one, place);
        }

        // The stale St Helens rhyme time (Tuesdays at 14:00) is hidden from mothers,
        // so it is not published; the St Helens ESOL class (Thursdays) is.
        let at_st_helens = |byday: &str, opens: &str| {
            places.iter().any(|p| {
                p["location"]["name"] == "St Helens Central Library"
                    && p["schedules"]
                        .as_array()
                        .unwrap()
                        .iter()
                        .any(|s| s["byday"] == byday && s["opens_at"].as_str().unwrap().starts_with(opens))
            })
        };
        assert!(!at_st_helens("TU", "14:00"), "the hidden session is left out");
        assert!(at_st_helens("TH", "10:00"), "the checked St Helens session is published");
        // The Central Library rhyme time is due for checking but not yet hidden.
        assert!(places.iter().any(|p| {
            p["location"]["name"] == "Central Library" && p["schedules"][0]["byday"] == "FR"
        }));

        // Asked for by id, the hidden session is not found either.
        let hidden = hidden_session_id(&app).await;
        assert!(places.iter().all(|p| p["id"] != hidden.as_str()));
        assert_error(app.get(&format!("{BASE}/service_at_locations/{hidden}")).await, 404, "not_found").await;
        assert_error(app.get(&format!("{BASE}/service_at_locations/no-such-session")).await, 404, "not_found").await;
    }
}

/// Tells the server its directory changed after a test edited rows behind its
/// back, as every edit through the API does, so the feed's snapshot is rebuilt.
pub(crate) async fn directory_changed(app: &TestApp) {
    let db = &app.state.db;
    perilink_server::directory::bump_version(db).await.unwrap();
    app.state.directory.refresh(db).await.unwrap();
}

/// The demo session at St Helens on Tuesdays at 14:00, whose listing is stale.
async fn hidden_session_id(app: &TestApp) -> String {
    use perilink_server::entity::{session, venue};
    let db = &app.state.db;
    let st_helens = venue::Entity::find()
        .filter(venue::Column::Name.eq("St Helens Central Library"))
        .one(db)
        .await
        .unwrap()
        .expect("the St Helens venue");
    let hidden = session::Entity::find()
        .filter(session::Column::VenueId.eq(st_helens.id))
        .filter(session::Column::Weekday.eq(2))
        .filter(session::Column::StartTime.eq("14:00"))
        .one(db)
        .await
        .unwrap()
        .expect("the stale demo session");
    assert!(
        hidden.assured_at < Utc::now() - Duration::days(120),
        "the demo session is stale"
    );
    hidden.id
}

db_test! {
    async fn lists_page_as_oruk_says(app: TestApp) {
        let everything = all_services(&app).await;
        let mut seen = Vec::new();
        for number in 1..=3 {
            let page = get_json(&app, &format!("{BASE}/services?page={number}&per_page=2")).await;
            assert_eq!(page["total_items"], 5);
            assert_eq!(page["total_pages"], 3);
            assert_eq!(page["page_number"], number);
            assert_eq!(page["first_page"], number == 1);
            assert_eq!(page["last_page"], number == 3);
            assert_eq!(page["empty"], false);
            assert_eq!(page["size"], if number == 3 { 1 } else { 2 });
            seen.extend(page["contents"].as_array().unwrap().iter().cloned());
        }
        assert_eq!(seen, everything, "the pages together are the whole list, in order");

        let past_the_end = get_json(&app, &format!("{BASE}/services?page=4&per_page=2")).await;
        assert_valid(&page_schema(&json!({})), &past_the_end, "a page past the end");
        assert_eq!(past_the_end["empty"], true);
        assert_eq!(past_the_end["size"], 0);
        assert_eq!(past_the_end["contents"], json!([]));

        let places = get_json(&app, &format!("{BASE}/service_at_locations?page=2&per_page=10")).await;
        assert_eq!((&places["size"], &places["total_pages"], &places["last_page"]), (&json!(3), &json!(2), &json!(true)));

        for bad in ["per_page=0", "per_page=101", "page=0", "page=first", "per_page=-1", "page=1.5"] {
            for list in ["services", "service_at_locations", "organizations", "taxonomies", "taxonomy_terms"] {
                let refused = assert_error(app.get(&format!("{BASE}/{list}?{bad}")).await, 400, "bad_request").await;
                let named = bad.split('=').next().unwrap();
                assert!(refused["error"]["message"].as_str().unwrap().starts_with(named), "{list}?{bad}: {refused}");
            }
        }
    }
}

db_test! {
    async fn taxonomies_and_their_terms_match_their_schemas(app: TestApp) {
        let taxonomy_schema = schema_file("taxonomy.json");
        let term_schema = schema_file("taxonomy_term.json");
        let page = get_json(&app, &format!("{BASE}/taxonomies")).await;
        assert_valid(&page_schema(&taxonomy_schema), &page, "the page of taxonomies");
        let taxonomies = page["contents"].as_array().unwrap();
        let kinds = taxonomies
            .iter()
            .find(|t| t["name"] == "PeriLink programme kinds")
            .expect("a taxonomy of programme kinds");
        assert_eq!(
            strings(&kinds["taxonomy_terms"], "term"),
            ["esol", "rhyme_time", "singing", "breastfeeding_support", "advice", "other"]
        );
        for taxonomy in taxonomies {
            let id = taxonomy["id"].as_str().unwrap();
            let one = get_json(&app, &format!("{BASE}/taxonomies/{id}")).await;
            assert_valid(&taxonomy_schema, &one, &format!("/taxonomies/{id}"));
            assert_eq!(&one, taxonomy);
        }

        let terms_page = get_json(&app, &format!("{BASE}/taxonomy_terms")).await;
        assert_valid(&page_schema(&term_schema), &terms_page, "the page of taxonomy terms");
        let terms = terms_page["contents"].as_array().unwrap();
        for term in terms {
            let id = term["id"].as_str().unwrap();
            let one = get_json(&app, &format!("{BASE}/taxonomy_terms/{id}")).await;
            assert_valid(&term_schema, &one, &format!("/taxonomy_terms/{id}"));
            assert!(taxonomies.iter().any(|t| t["id"] == term["taxonomy_id"]), "{id} is in a published taxonomy");
        }

        // Every term a service uses is published, the same.
        for service in all_services(&app).await {
            for attribute in service["attributes"].as_array().unwrap() {
                assert_eq!(attribute["link_id"], service["id"]);
                let term = terms
                    .iter()
                    .find(|t| t["id"] == attribute["taxonomy_term_id"])
                    .expect("a published term");
                assert_eq!(term, &attribute["taxonomy_term"]);
            }
        }

        assert_error(app.get(&format!("{BASE}/taxonomies/nope")).await, 404, "not_found").await;
        assert_error(app.get(&format!("{BASE}/taxonomy_terms/nope")).await, 404, "not_found").await;
    }
}

db_test! {
    async fn unknown_and_stale_services_are_not_found(app: TestApp) {
        use perilink_server::entity::{programme, venue};
        let body = assert_error(
            app.get(&format!("{BASE}/services/00000000-0000-4000-8000-000000000000")).await,
            404,
            "not_found",
        )
        .await;
        assert!(body["error"]["message"].is_string());

        let services = all_services(&app).await;
        let advice = named(&services, "Money and work advice for mums");
        let id = advice["id"].as_str().unwrap().to_owned();
        assert_eq!(strings(&advice["service_at_locations"], "location_id").len(), 1);
        let db = &app.state.db;
        let long_ago = Utc::now() - Duration::days(200);

        // Its only venue goes stale: its session is hidden, but the programme was
        // checked recently, so it stays listed with nowhere to go.
        venue::Entity::update_many()
            .col_expr(venue::Column::AssuredAt, Expr::value(long_ago))
            .filter(venue::Column::Name.eq("Liverpool Women's Hospital"))
            .exec(db)
            .await
            .unwrap();
        directory_changed(&app).await;
        let still = get_json(&app, &format!("{BASE}/services/{id}")).await;
        assert_valid(&schema_file("compiled/service.json"), &still, "a service with no sessions shown");
        assert_eq!(still["service_at_locations"], json!([]));
        assert_eq!(still["schedules"], json!([]));

        // Once the programme is stale too, it is hidden.
        programme::Entity::update_many()
            .col_expr(programme::Column::AssuredAt, Expr::value(long_ago))
            .filter(programme::Column::Id.eq(id.as_str()))
            .exec(db)
            .await
            .unwrap();
        directory_changed(&app).await;
        assert_error(app.get(&format!("{BASE}/services/{id}")).await, 404, "not_found").await;
        let remaining = all_services(&app).await;
        assert_eq!(remaining.len(), 4);
        assert!(remaining.iter().all(|s| s["id"] != id.as_str()));
    }
}

db_test! {
    async fn the_openapi_document_describes_the_openreferral_routes(app: TestApp) {
        let doc = get_json(&app, "/api/openapi.json").await;
        for path in [
            "/openreferral/services",
            "/openreferral/services/{id}",
            "/openreferral/service_at_locations",
            "/openreferral/service_at_locations/{id}",
            "/openreferral/taxonomies",
            "/openreferral/taxonomies/{id}",
            "/openreferral/taxonomy_terms",
            "/openreferral/taxonomy_terms/{id}",
            "/openreferral/organizations",
            "/openreferral/organizations/{id}",
        ] {
            let get = &doc["paths"][path]["get"];
            assert!(get.is_object(), "GET {path} documented");
            assert_eq!(get["tags"], json!(["openreferral"]), "{path}");
        }
        // Public: no sign-in needed.
        let response = app.get(&format!("{BASE}/services")).await;
        assert_eq!(response.status(), 200);
    }
}
