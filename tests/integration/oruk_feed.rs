//! The Open Referral UK feed as an importing directory uses it: its details and
//! OpenAPI document, ETags and CORS, `/organizations`, the profile's filters of
//! `/services`, and answers read from the directory snapshot, never the database.

use crate::helpers::{TestApp, assert_error, db_test};
use crate::oruk::{BASE, all_services, assert_valid, directory_changed, get_json, page_schema, schema_file};
use chrono::{Duration, Utc};
use perilink_server::directory::places::{self, Point};
use sea_orm::sea_query::Expr;
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};
use serde_json::{Value, json};
use std::collections::BTreeSet;

db_test! {
    async fn the_feed_opens_with_its_details_and_answers_any_site_with_etags(app: TestApp) {
        // What the validator and an importing directory read first.
        for path in ["/openreferral/", "/openreferral"] {
            let details = get_json(&app, path).await;
            assert_eq!(details["version"], "3.0", "{path}");
            assert!(details["profile"].as_str().unwrap().starts_with("https://"), "{path}");
            let openapi_url = details["openapi_url"].as_str().unwrap();
            assert!(openapi_url.ends_with("/openreferral/openapi.json"), "{openapi_url}");
        }
        // The feed's own OpenAPI document, written as the UK profile's is: paths
        // under the feed's address, every profile path there, nothing of the API.
        let profile: Value = schema_file("openapi.json");
        let feed = get_json(&app, "/openreferral/openapi.json").await;
        assert!(feed["servers"][0]["url"].as_str().unwrap().ends_with("/openreferral"));
        for path in profile["paths"].as_object().unwrap().keys() {
            assert!(feed["paths"][path]["get"].is_object(), "the feed documents GET {path}");
        }
        assert!(feed["paths"].as_object().unwrap().keys().all(|p| !p.starts_with("/api")), "only the feed");

        // Any site may read it; each answer has an ETag, and asking again with it
        // gives 304 and no body. Refusals are readable by any site too.
        for path in ["/openreferral/", "/openreferral", "/openreferral/openapi.json", "/openreferral/services", "/openreferral/service_at_locations?per_page=2", "/openreferral/taxonomies", "/openreferral/taxonomy_terms", "/openreferral/organizations"] {
            let first = app.get(path).await;
            assert_eq!(first.status(), 200, "{path}");
            assert_eq!(first.headers()["access-control-allow-origin"], "*", "{path}");
            let etag = first.headers()["etag"].clone();
            let again = app.client.get(app.url(path)).header("If-None-Match", etag.clone()).send().await.unwrap();
            assert_eq!(again.status(), 304, "{path}");
            assert_eq!(again.headers()["etag"], etag, "{path}");
            assert_eq!(again.headers()["access-control-allow-origin"], "*", "{path}");
            assert!(again.bytes().await.unwrap().is_empty(), "{path}");
            let stale = app.client.get(app.url(path)).header("If-None-Match", "W/\"0000\"").send().await.unwrap();
            assert_eq!(stale.status(), 200, "{path}");
        }
        // The profile's filters: words in the name or description, a taxonomy term.
        let rhyme = get_json(&app, "/openreferral/services?search=RHYME%20time").await;
        assert!(rhyme["total_items"].as_u64().unwrap() >= 1);
        for service in rhyme["contents"].as_array().unwrap() {
            let text = format!("{} {}", service["name"], service["description"]).to_lowercase();
            assert!(text.contains("rhyme") && text.contains("time"), "{text}");
        }
        let all = get_json(&app, "/openreferral/services").await["total_items"].as_u64().unwrap();
        assert!(rhyme["total_items"].as_u64().unwrap() < all);
        let term = rhyme["contents"][0]["attributes"][0]["taxonomy_term_id"].as_str().unwrap().to_owned();
        let tagged = get_json(&app, &format!("/openreferral/services?taxonomy_term_id={term}")).await;
        assert!(tagged["total_items"].as_u64().unwrap() >= 1);
        for service in tagged["contents"].as_array().unwrap() {
            assert!(service["attributes"].as_array().unwrap().iter().any(|a| a["taxonomy_term_id"] == term.as_str()));
        }
        assert_eq!(get_json(&app, "/openreferral/services?search=no-such-words-anywhere").await["empty"], true);

        // Never the app's page: unknown feed paths are JSON 404s any site may read,
        // and a method the feed does not take is refused in JSON too.
        for path in ["/openreferral/services/no-such-service", "/openreferral/nothing", "/openreferral/services/a/b", "/openreferral/index.html"] {
            let missing = app.get(path).await;
            assert_eq!(missing.headers()["access-control-allow-origin"], "*", "{path}");
            assert_error(missing, 404, "not_found").await;
        }
        let posted = app.client.post(app.url("/openreferral/services")).send().await.unwrap();
        assert_eq!(posted.headers()["access-control-allow-origin"], "*");
        assert_error(posted, 405, "method_not_allowed").await;
        // A browser's preflight, for a page that sends If-None-Match itself.
        let preflight = app
            .client
            .request(reqwest::Method::OPTIONS, app.url("/openreferral/services"))
            .header("Origin", "https://directory.example")
            .header("Access-Control-Request-Method", "GET")
            .header("Access-Control-Request-Headers", "if-none-match")
            .send()
            .await
            .unwrap();
        assert_eq!(preflight.status(), 204);
        assert_eq!(preflight.headers()["access-control-allow-origin"], "*");
        assert!(preflight.headers()["access-control-allow-headers"].to_str().unwrap().to_lowercase().contains("if-none-match"));
        let read = app.get("/openreferral/services").await;
        assert_eq!(read.headers()["access-control-expose-headers"], "ETag", "a page's script may read the ETag");
    }
}

/// The ids of `/services?{query}`, all on one page.
async fn ids(app: &TestApp, query: &str) -> BTreeSet<String> {
    let page = get_json(app, &format!("{BASE}/services?per_page=100&{query}")).await;
    assert_eq!(page["last_page"], true, "{query}: one page");
    page["contents"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["id"].as_str().unwrap().to_owned())
        .collect()
}

/// The ids of the services `keep` keeps, by a plain scan of the whole list.
fn scan(services: &[Value], keep: impl Fn(&Value) -> bool) -> BTreeSet<String> {
    services
        .iter()
        .filter(|s| keep(s))
        .map(|s| s["id"].as_str().unwrap().to_owned())
        .collect()
}

/// `HH:MM` of a schedule's `opens_at` or `closes_at`, as minutes.
fn minutes(time: &Value) -> u32 {
    let t = time.as_str().unwrap();
    t[..2].parse::<u32>().unwrap() * 60 + t[3..5].parse::<u32>().unwrap()
}

db_test! {
    async fn services_filter_by_text_terms_organisation_day_time_and_place(app: TestApp) {
        let services = all_services(&app).await;
        let all = scan(&services, |_| true);
        assert_eq!(all.len(), 5);

        // Words, in name or description, any case; `search` is the same.
        let rhyme = scan(&services, |s| format!("{} {}", s["name"], s["description"]).to_lowercase().contains("rhyme"));
        assert!(!rhyme.is_empty() && rhyme.len() < all.len());
        assert_eq!(ids(&app, "text=RHYME").await, rhyme);
        assert_eq!(ids(&app, "search=rhyme").await, rhyme);

        // Terms and taxonomies.
        let eligibility = scan(&services, |s| s["attributes"].as_array().unwrap().iter().any(|a| a["link_type"] == "eligibility"));
        let taxonomy = services[0]["attributes"].as_array().unwrap().iter().find(|a| a["link_type"] == "eligibility").unwrap()["taxonomy_term"]["taxonomy_id"].as_str().unwrap().to_owned();
        assert_eq!(ids(&app, &format!("taxonomy_id={taxonomy}")).await, eligibility);
        assert!(ids(&app, "taxonomy_term_id=not-a-term").await.is_empty());
        assert!(ids(&app, "taxonomy_id=not-a-taxonomy").await.is_empty());

        // The organisation that runs it.
        let libraries = services.iter().find(|s| s["organization"]["name"] == "Liverpool Libraries").unwrap()["organization_id"].as_str().unwrap().to_owned();
        assert_eq!(ids(&app, &format!("organization_id={libraries}")).await, scan(&services, |s| s["organization_id"] == libraries.as_str()));
        assert!(ids(&app, "organization_id=nobody").await.is_empty());

        // Day and time: one session must meet on the day, within the hours.
        let meets = |s: &Value, day: &str, from: u32, to: u32| {
            s["schedules"].as_array().unwrap().iter().any(|x| x["byday"] == day && minutes(&x["opens_at"]) >= from && minutes(&x["closes_at"]) <= to)
        };
        let monday_mornings = scan(&services, |s| meets(s, "MO", 9 * 60, 12 * 60));
        assert!(!monday_mornings.is_empty());
        assert_eq!(ids(&app, "day=MO&start_time=09:00&end_time=12:00").await, monday_mornings);
        assert_eq!(ids(&app, "day=monday&start_time=09:00:00&end_time=12:00").await, monday_mornings);
        assert_eq!(ids(&app, "day=MO,SA").await, scan(&services, |s| meets(s, "MO", 0, 1440) || meets(s, "SA", 0, 1440)));
        assert!(ids(&app, "start_time=23:00").await.is_empty());

        // Near a postcode.
        let l8 = places::resolve("L8 1XF").unwrap();
        let within = |s: &Value, km: f64| {
            s["service_at_locations"].as_array().unwrap().iter().any(|p| {
                let at = Point { lat: p["location"]["latitude"].as_f64().unwrap(), lon: p["location"]["longitude"].as_f64().unwrap() };
                at.distance_km(l8) <= km
            })
        };
        let near = scan(&services, |s| within(s, 1.0));
        assert!(!near.is_empty() && near.len() < all.len(), "Toxteth's sessions, not St Helens'");
        assert_eq!(ids(&app, "postcode=L8%201XF&proximity=1000").await, near);
        assert_eq!(ids(&app, "postcode=L8%201XF").await, scan(&services, |s| within(s, 5.0)));

        // Filters combine, and paging counts what they keep.
        let both = &rhyme & &near;
        assert_eq!(ids(&app, "text=rhyme&postcode=L8%201XF&proximity=1000").await, both);
        let page = get_json(&app, &format!("{BASE}/services?text=rhyme&per_page=1&page=1")).await;
        assert_eq!(page["total_items"], json!(rhyme.len()));
    }
}

db_test! {
    async fn bad_filters_are_refused_by_name_with_400(app: TestApp) {
        for (query, named) in [
            ("day=funday", "day"),
            ("start_time=25:00", "start_time"),
            ("end_time=noon", "end_time"),
            ("modified_after=last%20week", "modified_after"),
            ("proximity=500", "proximity"),
            ("postcode=L8&proximity=0", "proximity"),
            ("postcode=not%20a%20postcode", "postcode"),
            ("postcode=ZZ99%209ZZ", "postcode"),
            ("per_page=1000", "per_page"),
        ] {
            let response = app.get(&format!("{BASE}/services?{query}")).await;
            assert_eq!(response.headers()["access-control-allow-origin"], "*", "{query}");
            let body = assert_error(response, 400, "bad_request").await;
            assert!(body["error"]["message"].as_str().unwrap().contains(named), "{query}: {body}");
        }
    }
}

db_test! {
    async fn modified_after_returns_what_changed_since(app: TestApp) {
        use perilink_server::entity::{programme, session, venue};
        let services = all_services(&app).await;
        let all = scan(&services, |_| true);
        let tomorrow = (Utc::now() + Duration::days(1)).format("%Y-%m-%d").to_string();
        assert!(ids(&app, &format!("modified_after={tomorrow}")).await.is_empty());
        assert_eq!(ids(&app, "modified_after=2000-01-01T00:00:00Z").await, all);

        // Everything last checked two months ago, but one programme edited today.
        let db = &app.state.db;
        let long_ago = Utc::now() - Duration::days(60);
        programme::Entity::update_many().col_expr(programme::Column::AssuredAt, Expr::value(long_ago)).exec(db).await.unwrap();
        session::Entity::update_many().col_expr(session::Column::AssuredAt, Expr::value(long_ago)).exec(db).await.unwrap();
        venue::Entity::update_many().col_expr(venue::Column::AssuredAt, Expr::value(long_ago)).exec(db).await.unwrap();
        let edited = services[1]["id"].as_str().unwrap().to_owned();
        programme::Entity::update_many()
            .col_expr(programme::Column::AssuredAt, Expr::value(Utc::now()))
            .filter(programme::Column::Id.eq(edited.as_str()))
            .exec(db)
            .await
            .unwrap();
        directory_changed(&app).await;
        let week_ago = (Utc::now() - Duration::days(7)).to_rfc3339_opts(chrono::SecondsFormat::Secs, true);
        assert_eq!(ids(&app, &format!("modified_after={}", week_ago.replace('+', "%2B"))).await, BTreeSet::from([edited]));
        assert_eq!(ids(&app, "modified_after=2000-01-01").await, all);
    }
}

db_test! {
    async fn organizations_are_those_that_run_a_published_service(app: TestApp) {
        let item = schema_file("compiled/service.json")["properties"]["organization"].clone();
        assert!(item.is_object(), "the profile's service schema nests an organization");
        let page = get_json(&app, &format!("{BASE}/organizations")).await;
        assert_valid(&page_schema(&item), &page, "the page of organizations");
        let services = all_services(&app).await;
        let running: BTreeSet<&str> = services.iter().map(|s| s["organization_id"].as_str().unwrap()).collect();
        let listed: Vec<&Value> = page["contents"].as_array().unwrap().iter().collect();
        assert_eq!(listed.iter().map(|o| o["id"].as_str().unwrap()).collect::<BTreeSet<_>>(), running);
        let names: Vec<&str> = listed.iter().map(|o| o["name"].as_str().unwrap()).collect();
        let mut sorted = names.clone();
        sorted.sort();
        assert_eq!(names, sorted, "in order of name");
        for organization in &listed {
            let id = organization["id"].as_str().unwrap();
            let one = get_json(&app, &format!("{BASE}/organizations/{id}")).await;
            assert_valid(&item, &one, &format!("/organizations/{id}"));
            assert_eq!(&&one, organization);
            let nested = services.iter().find(|s| s["organization_id"] == id).unwrap();
            assert_eq!(nested["organization"], one, "the same as services nest it");
        }
        // The trust runs no listing: not published.
        let trust = perilink_server::entity::organisation::Entity::find()
            .filter(perilink_server::entity::organisation::Column::Kind.eq("nhs_trust"))
            .one(&app.state.db)
            .await
            .unwrap()
            .expect("the demo trust");
        assert!(!running.contains(trust.id.as_str()));
        assert_error(app.get(&format!("{BASE}/organizations/{}", trust.id)).await, 404, "not_found").await;
        assert_error(app.get(&format!("{BASE}/organizations/nobody")).await, 404, "not_found").await;
    }
}

db_test! {
    async fn the_feed_reads_the_snapshot_not_the_database(app: TestApp) {
        use perilink_server::entity::programme_translation;
        let before = all_services(&app).await;
        let place = get_json(&app, &format!("{BASE}/service_at_locations?per_page=1")).await["contents"][0].clone();

        // A change behind the server's back is not seen until the directory says it
        // changed, as search sees it.
        programme_translation::Entity::update_many()
            .col_expr(programme_translation::Column::Title, Expr::value("Renamed"))
            .filter(programme_translation::Column::Language.eq("en"))
            .exec(&app.state.db)
            .await
            .unwrap();
        assert_eq!(all_services(&app).await, before, "served from the snapshot");
        directory_changed(&app).await;
        assert!(all_services(&app).await.iter().all(|s| s["name"] == "Renamed"));

        // With the database gone, every list and item still answers.
        app.state.db.clone().close().await.unwrap();
        let id = before[0]["id"].as_str().unwrap();
        for path in [
            format!("{BASE}/services"),
            format!("{BASE}/services/{id}"),
            format!("{BASE}/service_at_locations"),
            format!("{BASE}/service_at_locations/{}", place["id"].as_str().unwrap()),
            format!("{BASE}/organizations"),
            format!("{BASE}/services?text=renamed&day=MO"),
        ] {
            assert_eq!(app.get(&path).await.status(), 200, "{path} without the database");
        }
    }
}
