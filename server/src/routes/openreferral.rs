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
        .routes(routes!(list_services))
        .routes(routes!(get_service))
        .routes(routes!(list_service_at_locations))
        .routes(routes!(get_service_at_location))
        .routes(routes!(list_taxonomies))
        .routes(routes!(get_taxonomy))
        .routes(routes!(list_taxonomy_terms))
        .routes(routes!(get_taxonomy_term))
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

/// Published programmes as ORUK services, fully nested, in order of name.
#[utoipa::path(
    get,
    path = "/openreferral/services",
    tag = "openreferral",
    params(PageQuery),
    responses(
        (status = 200, description = "A page of services", body = Page<Service>),
        (status = 400, description = "The query string is malformed", body = ErrorBody),
        (status = 422, description = "`page` or `per_page` is out of range", body = ErrorBody)
    )
)]
pub async fn list_services(
    State(state): State<AppState>,
    AppQuery(query): AppQuery<PageQuery>,
) -> Result<Json<Page<Service>>, AppError> {
    let window = query.window()?;
    let catalogue = Catalogue::load(&state.db, None, Utc::now()).await?;
    Ok(Json(Page::of(catalogue.services(), window)))
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
