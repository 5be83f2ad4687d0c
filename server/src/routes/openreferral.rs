//! Open Referral UK v3: the directory published for other directories to import.
//! Public and read-only; hidden listings are left out. The mapping from PeriLink's
//! programmes, venues and sessions is in [`crate::service::openreferral`].

use crate::entity::session;
use crate::error::{AppError, AppPath, AppQuery};
use crate::service::openreferral::{
    Catalogue, Page, Service, ServiceAtLocation, Taxonomy, TaxonomyTerm, Window, taxonomies, taxonomy_terms,
};
use crate::state::AppState;
use axum::Json;
use axum::extract::State;
use chrono::Utc;
use perilink_shared::error::ErrorBody;
use sea_orm::EntityTrait;
use serde::Deserialize;
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

pub fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .routes(routes!(details))
        .route("/openreferral", axum::routing::get(details))
        .route("/openreferral/openapi.json", axum::routing::get(feed_openapi))
        .routes(routes!(list_services))
        .routes(routes!(get_service))
        .routes(routes!(list_service_at_locations))
        .routes(routes!(get_service_at_location))
        .routes(routes!(list_taxonomies))
        .routes(routes!(get_taxonomy))
        .routes(routes!(list_taxonomy_terms))
        .routes(routes!(get_taxonomy_term))
        .layer(axum::middleware::from_fn(public_feed))
}

/// The HSDS version and UK profile the feed follows.
const VERSION: &str = "3.0";
const PROFILE: &str = "https://github.com/openreferral/uk-profile";

/// What the feed is: its HSDS version, its profile and where its OpenAPI document
/// is, the first thing a validator or an importing directory reads.
#[derive(Debug, serde::Serialize, utoipa::ToSchema)]
pub struct Details {
    /// The HSDS version.
    pub version: String,
    /// The profile's address.
    pub profile: String,
    /// The OpenAPI document of the feed's routes.
    pub openapi_url: String,
}

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
/// (`Access-Control-Allow-Origin: *`, as the UK profile asks of a public feed), and
/// it carries an ETag, answering `If-None-Match` with 304 and no body.
async fn public_feed(
    request: axum::extract::Request,
    next: axum::middleware::Next,
) -> axum::response::Response {
    use axum::http::{HeaderValue, StatusCode, header};
    use axum::response::IntoResponse;
    use http_body_util::BodyExt;
    let asked = request.headers().get(header::IF_NONE_MATCH).cloned();
    let response = next.run(request).await;
    let (mut parts, body) = response.into_parts();
    parts
        .headers
        .insert(header::ACCESS_CONTROL_ALLOW_ORIGIN, HeaderValue::from_static("*"));
    if parts.status != StatusCode::OK {
        return axum::response::Response::from_parts(parts, body);
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
        return axum::response::Response::from_parts(parts, axum::body::Body::empty());
    }
    axum::response::Response::from_parts(parts, axum::body::Body::from(bytes))
}

/// Which page of a list to return.
#[derive(Debug, Default, Deserialize, utoipa::IntoParams)]
#[into_params(parameter_in = Query)]
pub struct PageQuery {
    /// The page, from 1 (default 1).
    page: Option<u32>,
    /// Items per page, 1 to 100 (default 50).
    per_page: Option<u32>,
}

impl PageQuery {
    fn window(&self) -> Result<Window, AppError> {
        Window::parse(self.page, self.per_page).map_err(AppError::Validation)
    }
}

/// The UK profile's filters of `/services` that PeriLink's services can answer.
#[derive(Debug, Default, Deserialize, utoipa::IntoParams)]
#[into_params(parameter_in = Query)]
pub struct ServiceFilters {
    /// Words the service's name or description holds (any case).
    search: Option<String>,
    /// A taxonomy term the service is tagged with (its kind, or who it is for).
    taxonomy_term_id: Option<String>,
}

impl ServiceFilters {
    fn keeps(&self, service: &Service) -> bool {
        let words = self.search.as_deref().map(str::trim).filter(|w| !w.is_empty());
        let text_matches = words.is_none_or(|words| {
            let words = words.to_lowercase();
            let name = service.name.to_lowercase();
            let description = service.description.as_deref().unwrap_or_default().to_lowercase();
            words
                .split_whitespace()
                .all(|word| name.contains(word) || description.contains(word))
        });
        let term_matches = self
            .taxonomy_term_id
            .as_deref()
            .filter(|t| !t.is_empty())
            .is_none_or(|term| service.attributes.iter().any(|a| a.taxonomy_term_id == term));
        text_matches && term_matches
    }
}

/// Published programmes as ORUK services, fully nested, in order of name.
#[utoipa::path(
    get,
    path = "/openreferral/services",
    tag = "openreferral",
    params(PageQuery, ServiceFilters),
    responses(
        (status = 200, description = "A page of services", body = Page<Service>),
        (status = 400, description = "The query string is malformed", body = ErrorBody),
        (status = 422, description = "`page` or `per_page` is out of range", body = ErrorBody)
    )
)]
pub async fn list_services(
    State(state): State<AppState>,
    AppQuery(query): AppQuery<PageQuery>,
    AppQuery(filters): AppQuery<ServiceFilters>,
) -> Result<Json<Page<Service>>, AppError> {
    let window = query.window()?;
    let catalogue = Catalogue::load(&state.db, None, Utc::now()).await?;
    let services = catalogue
        .services()
        .into_iter()
        .filter(|s| filters.keeps(s))
        .collect();
    Ok(Json(Page::of(services, window)))
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
    let catalogue = Catalogue::load(&state.db, Some(&id), Utc::now()).await?;
    catalogue.service_by_id(&id).map(Json).ok_or(AppError::NotFound)
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
        (status = 400, description = "The query string is malformed", body = ErrorBody),
        (status = 422, description = "`page` or `per_page` is out of range", body = ErrorBody)
    )
)]
pub async fn list_service_at_locations(
    State(state): State<AppState>,
    AppQuery(query): AppQuery<PageQuery>,
) -> Result<Json<Page<ServiceAtLocation>>, AppError> {
    let window = query.window()?;
    let catalogue = Catalogue::load(&state.db, None, Utc::now()).await?;
    Ok(Json(Page::of(catalogue.service_at_locations(), window)))
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
    let session = session::Entity::find_by_id(id.as_str())
        .one(&state.db)
        .await?
        .ok_or(AppError::NotFound)?;
    let catalogue = Catalogue::load(&state.db, Some(&session.programme_id), Utc::now()).await?;
    catalogue
        .service_at_location_by_id(&id)
        .map(Json)
        .ok_or(AppError::NotFound)
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
        (status = 400, description = "The query string is malformed", body = ErrorBody),
        (status = 422, description = "`page` or `per_page` is out of range", body = ErrorBody)
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
        (status = 400, description = "The query string is malformed", body = ErrorBody),
        (status = 422, description = "`page` or `per_page` is out of range", body = ErrorBody)
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
