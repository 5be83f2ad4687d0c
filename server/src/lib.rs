//! The PeriLink server: an axum API over sea-orm that also serves the built app.
//!
//! - [`config`]: settings from the environment.
//! - [`startup`]: [`startup::Application`] binds, migrates, seeds and serves; [`startup::router`]
//!   assembles every route and layer.
//! - [`routes`]: one module per resource; every handler states who may call it.
//! - [`auth`]: access tokens, passwords, refresh cookies and the role guards.
//! - [`directory`]: the in-memory directory that session search reads, and postcodes.
//! - [`service`]: queries and mutations over a database connection.
//! - [`entity`] and [`migration`]: the tables, for SQLite and PostgreSQL alike.
//! - [`web`]: the app's files, compressed and cached, under a strict CSP.
//! - [`error`]: the one error type and JSON shape.

pub mod auth;
pub mod config;
pub mod db;
pub mod directory;
pub mod entity;
pub mod error;
pub mod migration;
pub mod routes;
pub mod service;
pub mod startup;
pub mod state;
pub mod telemetry;
pub mod web;
