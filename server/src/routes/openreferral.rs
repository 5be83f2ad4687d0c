//! Open Referral UK v3: the directory published for other directories to import.
//! Public and read-only; hidden listings are left out. Every answer is read from
//! the directory snapshot search reads (see [`crate::service::openreferral`]), and
//! passes through [`public_feed`]: any site may read it, and it is revalidated by
//! ETag.

use crate::error::{AppError, AppPath, AppQuery, api_not_found, method_not_allowed};
use crate::service::openreferral::{
    Catalogue, Details, Organization, Page, Service, ServiceAtLocation, ServiceFilters, ServiceQuery,
    Taxonomy, TaxonomyTerm, Window, taxonomies, taxonomy_terms,
};
use crate::state::AppState;
use axum::Json;
use axum::extract::State;
use axum::http::{HeaderValue, Method, StatusCode, header};
use axum::response::{IntoResponse, Response};
use axum::routing::{any, get};
use chrono::Utc;
use perilink_shared::error::ErrorBody;
use serde::Deserialize;
use utoipa_axum::router::{OpenApiRouter, UtoipaMethodRouter};
use utoipa_axum::routes;

pub fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .routes(read_only(routes!(details)))
        .route("/openreferral", get(details).fallback(method_not_allowed))
        .route(
            "/openreferral/openapi.json",
            get(feed_openapi).fallback(method_not_allowed),
        )
        .routes(read_only(routes!(list_services)))
        .routes(read_only(routes!(get_service)))
        .routes(read_only(routes!(list_service_at_locations)))
        .routes(read_only(routes!(get_service_at_location)))
        .routes(read_only(routes!(list_taxonomies)))
        .routes(read_only(routes!(get_taxonomy)))
        .routes(read_only(routes!(list_taxonomy_terms)))
        .routes(read_only(routes!(get_taxonomy_term)))
        .routes(read_only(routes!(list_organizations)))
        .routes(read_only(routes!(get_organization)))
        // Never the app's page: an unknown feed path is a JSON 404 like any other.
        .route("/openreferral/{*rest}", any(api_not_found))
        .layer(axum::middleware::from_fn(public_feed))
}

/// A route whose refusal of other methods passes through [`public_feed`] too: the
/// server's own 405 fallback is set after the layers, so it would not.
fn read_only(route: UtoipaMethodRouter<AppState>) -> UtoipaMethodRouter<AppState> {
    let (schemas, paths, method_router) = route;
    (schemas, paths, method_router.fallback(method_not_allowed))
}

/// The HSDS version and UK profile the feed follows.
const VERSION: &str = "3.0";
const PROFILE: &str = "https://github.com/openreferral/uk-profile";

/// The feed's details (`GET /openreferral/`, the UK profile's `/`).
#[utoipa::path(
    get,
    path = "/openreferral/",
    tag = "openreferral",
    responses((status = 200, description = "The feed's version, profile and OpenAPI document", body = Details))
)]
pub async fn details(State(state): State<AppState>) -> Json<Details> {
    Json(Details {
        version: VERSION.into(),
        profile: PROFILE.into(),
        openapi_url: format!("{}/openreferral/openapi.json", state.config.public_url),
    })
}

/// The OpenAPI document of the feed alone, its paths relative to
/// `<public address>/openreferral` as the UK profile's own document writes them.
pub async fn feed_openapi(State(state): State<AppState>) -> Result<Json<serde_json::Value>, AppError> {
    let whole = state
        .openapi
        .get()
        .ok_or_else(|| AppError::Internal("the OpenAPI document was not built".into()))?;
    let mut doc: serde_json::Value = serde_json::from_str(whole)
        .map_err(|e| AppError::Internal(format!("the OpenAPI document: {e}").into()))?;
    let paths: serde_json::Map<String, serde_json::Value> = doc["paths"]
        .as_object()
        .into_iter()
        .flatten()
        .filter_map(|(path, item)| {
            let relative = path.strip_prefix("/openreferral")?;
            Some((relative.to_owned(), item.clone()))
        })
        .collect();
    doc["paths"] = serde_json::Value::Object(paths);
    doc["servers"] = serde_json::json!([{ "url": format!("{}/openreferral", state.config.public_url) }]);
    doc["info"]["title"] = "PeriLink: Open Referral UK feed".into();
    doc["info"]["description"] =
        "Community sessions for expectant and new mothers, published to the Open Referral UK profile (HSDS 3.0)."
            .into();
    Ok(Json(doc))
}

/// Every answer of the feed is public and revalidated: any site may read it
/// (`Access-Control-Allow-Origin: *`, as the UK profile asks of a public feed), a
/// browser's preflight is answered, and each 200 carries an ETag, answering
/// `If-None-Match` with 304 and no body.
async fn public_feed(request: axum::extract::Request, next: axum::middleware::Next) -> Response {
    use http_body_util::BodyExt;
    if request.method() == Method::OPTIONS {
        let mut preflight = StatusCode::NO_CONTENT.into_response();
        let headers = preflight.headers_mut();
        headers.insert(header::ACCESS_CONTROL_ALLOW_ORIGIN, HeaderValue::from_static("*"));
        headers.insert(
            header::ACCESS_CONTROL_ALLOW_METHODS,
            HeaderValue::from_static("GET, HEAD, OPTIONS"),
        );
        headers.insert(
            header::ACCESS_CONTROL_ALLOW_HEADERS,
            HeaderValue::from_static("If-None-Match"),
        );
        headers.insert(header::ACCESS_CONTROL_MAX_AGE, HeaderValue::from_static("86400"));
        return preflight;
    }
    let asked = request.headers().get(header::IF_NONE_MATCH).cloned();
    let response = next.run(request).await;
    let (mut parts, body) = response.into_parts();
    parts
        .headers
        .insert(header::ACCESS_CONTROL_ALLOW_ORIGIN, HeaderValue::from_static("*"));
    parts.headers.insert(
        header::ACCESS_CONTROL_EXPOSE_HEADERS,
        HeaderValue::from_static("ETag"),
    );
    if parts.status != StatusCode::OK {
        return Response::from_parts(parts, body);
    }
    let Ok(collected) = body.collect().await else {
        return AppError::Internal("a feed answer could not be read".into()).into_response();
    };
    let bytes = collected.to_bytes();
    // Weak: the same answer may be sent compressed or not.
    let etag = format!("W/{}", crate::web::etag_of(&bytes));
    if let Ok(value) = HeaderValue::from_str(&etag) {
        parts.headers.insert(header::ETAG, value);
    }
    parts
        .headers
        .insert(header::CACHE_CONTROL, HeaderValue::from_static("no-cache"));
    let matches = asked
        .as_ref()
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.split(',').any(|t| t.trim() == etag || t.trim() == "*"));
    if matches {
        parts.status = StatusCode::NOT_MODIFIED;
        parts.headers.remove(header::CONTENT_TYPE);
        return Response::from_parts(parts, axum::body::Body::empty());
    }
    Response::from_parts(parts, axum::body::Body::from(bytes))
}

/// Which page of a list to return, as sent.
#[derive(Debug, Default, Deserialize, utoipa::IntoParams)]
#[into_params(parameter_in = Query)]
pub struct PageQuery {
    /// The page, from 1 (default 1).
    page: Option<String>,
    /// Items per page, 1 to 100 (default 50).
    per_page: Option<String>,
}

impl PageQuery {
    fn window(&self) -> Result<Window, AppError> {
        Window::parse(self.page.as_deref(), self.per_page.as_deref()).map_err(AppError::BadRequest)
    }
}

/// The catalogue of the directory as it stands now.
fn catalogue(state: &AppState) -> (std::sync::Arc<crate::directory::Snapshot>, chrono::DateTime<Utc>) {
    (state.directory.snapshot(), Utc::now())
}

/// Published programmes as ORUK services, fully nested, in order of name, with
/// the UK profile's filters.
#[utoipa::path(
    get,
    path = "/openreferral/services",
    tag = "openreferral",
    params(ServiceQuery),
    responses(
        (status = 200, description = "A page of services", body = Page<Service>),
        (status = 400, description = "A parameter is malformed or out of range, or the postcode is unknown", body = ErrorBody)
    )
)]
pub async fn list_services(
    State(state): State<AppState>,
    AppQuery(query): AppQuery<ServiceQuery>,
) -> Result<Json<Page<Service>>, AppError> {
    let window =
        Window::parse(query.page.as_deref(), query.per_page.as_deref()).map_err(AppError::BadRequest)?;
    let filters = ServiceFilters::parse(&query)?;
    let (snapshot, now) = catalogue(&state);
    Ok(Json(Catalogue::new(&snapshot, now).services(&filters, window)))
}

/// One published programme as a fully nested ORUK service.
#[utoipa::path(
    get,
    path = "/openreferral/services/{id}",
    tag = "openreferral",
    params(("id" = String, Path, description = "The programme's id")),
    responses(
        (status = 200, description = "The service", body = Service),
        (status = 404, description = "No such programme, or it is hidden", body = ErrorBody)
    )
)]
pub async fn get_service(
    State(state): State<AppState>,
    AppPath(id): AppPath<String>,
) -> Result<Json<Service>, AppError> {
    let (snapshot, now) = catalogue(&state);
    let found = Catalogue::new(&snapshot, now).service_by_id(&id);
    found.map(Json).ok_or(AppError::NotFound)
}

/// Published sessions as ORUK services at locations, each with its location, its
/// service's one-to-one fields and its schedules.
#[utoipa::path(
    get,
    path = "/openreferral/service_at_locations",
    tag = "openreferral",
    params(PageQuery),
    responses(
        (status = 200, description = "A page of services at locations", body = Page<ServiceAtLocation>),
        (status = 400, description = "`page` or `per_page` is malformed or out of range", body = ErrorBody)
    )
)]
pub async fn list_service_at_locations(
    State(state): State<AppState>,
    AppQuery(query): AppQuery<PageQuery>,
) -> Result<Json<Page<ServiceAtLocation>>, AppError> {
    let window = query.window()?;
    let (snapshot, now) = catalogue(&state);
    Ok(Json(Catalogue::new(&snapshot, now).service_at_locations(window)))
}

/// One published session as an ORUK service at location.
#[utoipa::path(
    get,
    path = "/openreferral/service_at_locations/{id}",
    tag = "openreferral",
    params(("id" = String, Path, description = "The session's id")),
    responses(
        (status = 200, description = "The service at location", body = ServiceAtLocation),
        (status = 404, description = "No such session, or it is hidden", body = ErrorBody)
    )
)]
pub async fn get_service_at_location(
    State(state): State<AppState>,
    AppPath(id): AppPath<String>,
) -> Result<Json<ServiceAtLocation>, AppError> {
    let (snapshot, now) = catalogue(&state);
    let found = Catalogue::new(&snapshot, now).service_at_location_by_id(&id);
    found.map(Json).ok_or(AppError::NotFound)
}

/// The organisations that run a published programme, in order of name.
#[utoipa::path(
    get,
    path = "/openreferral/organizations",
    tag = "openreferral",
    params(PageQuery),
    responses(
        (status = 200, description = "A page of organizations", body = Page<Organization>),
        (status = 400, description = "`page` or `per_page` is malformed or out of range", body = ErrorBody)
    )
)]
pub async fn list_organizations(
    State(state): State<AppState>,
    AppQuery(query): AppQuery<PageQuery>,
) -> Result<Json<Page<Organization>>, AppError> {
    let window = query.window()?;
    let (snapshot, now) = catalogue(&state);
    Ok(Json(Catalogue::new(&snapshot, now).organizations(window)))
}

/// One organisation that runs a published programme.
#[utoipa::path(
    get,
    path = "/openreferral/organizations/{id}",
    tag = "openreferral",
    params(("id" = String, Path, description = "The organisation's id")),
    responses(
        (status = 200, description = "The organization", body = Organization),
        (status = 404, description = "No such organisation, or it runs nothing published", body = ErrorBody)
    )
)]
pub async fn get_organization(
    State(state): State<AppState>,
    AppPath(id): AppPath<String>,
) -> Result<Json<Organization>, AppError> {
    let (snapshot, now) = catalogue(&state);
    let found = Catalogue::new(&snapshot, now).organization_by_id(&id);
    found.map(Json).ok_or(AppError::NotFound)
}

/// PeriLink's taxonomies (programme kinds, and who a programme is for), with their
/// terms.
#[utoipa::path(
    get,
    path = "/openreferral/taxonomies",
    tag = "openreferral",
    params(PageQuery),
    responses(
        (status = 200, description = "A page of taxonomies", body = Page<Taxonomy>),
        (status = 400, description = "`page` or `per_page` is malformed or out of range", body = ErrorBody)
    )
)]
pub async fn list_taxonomies(AppQuery(query): AppQuery<PageQuery>) -> Result<Json<Page<Taxonomy>>, AppError> {
    Ok(Json(Page::of(taxonomies(), query.window()?)))
}

/// One of PeriLink's taxonomies, with its terms.
#[utoipa::path(
    get,
    path = "/openreferral/taxonomies/{id}",
    tag = "openreferral",
    params(("id" = String, Path, description = "The taxonomy's id")),
    responses(
        (status = 200, description = "The taxonomy", body = Taxonomy),
        (status = 404, description = "No such taxonomy", body = ErrorBody)
    )
)]
pub async fn get_taxonomy(AppPath(id): AppPath<String>) -> Result<Json<Taxonomy>, AppError> {
    taxonomies()
        .into_iter()
        .find(|t| t.id == id)
        .map(Json)
        .ok_or(AppError::NotFound)
}

/// Every term of PeriLink's taxonomies.
#[utoipa::path(
    get,
    path = "/openreferral/taxonomy_terms",
    tag = "openreferral",
    params(PageQuery),
    responses(
        (status = 200, description = "A page of taxonomy terms", body = Page<TaxonomyTerm>),
        (status = 400, description = "`page` or `per_page` is malformed or out of range", body = ErrorBody)
    )
)]
pub async fn list_taxonomy_terms(
    AppQuery(query): AppQuery<PageQuery>,
) -> Result<Json<Page<TaxonomyTerm>>, AppError> {
    Ok(Json(Page::of(taxonomy_terms(), query.window()?)))
}

/// One term of PeriLink's taxonomies.
#[utoipa::path(
    get,
    path = "/openreferral/taxonomy_terms/{id}",
    tag = "openreferral",
    params(("id" = String, Path, description = "The term's id")),
    responses(
        (status = 200, description = "The taxonomy term", body = TaxonomyTerm),
        (status = 404, description = "No such term", body = ErrorBody)
    )
)]
pub async fn get_taxonomy_term(AppPath(id): AppPath<String>) -> Result<Json<TaxonomyTerm>, AppError> {
    taxonomy_terms()
        .into_iter()
        .find(|t| t.id == id)
        .map(Json)
        .ok_or(AppError::NotFound)
}
