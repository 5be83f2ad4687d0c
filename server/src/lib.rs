//! The PeriLink server: an axum API over sea-orm that also serves the built app.
//!
//! - [`config`]: settings from the environment; [`check`] checks them for `check-config`.
//! - [`clock`]: today, and the date of an instant, in London.
//! - [`cli`]: the command line: serve, `check-config`, `backup`, `restore`, `--version`.
//! - [`backup`]: consistent SQLite backups while serving, and restores that refuse a
//!   database in use.
//! - [`bench_seed`]: the large directory and history the benchmark seeds.
//! - [`metrics`]: Prometheus metrics on a separate address.
//! - [`startup`]: [`startup::Application`] binds, migrates, seeds and serves; [`startup::router`]
//!   assembles every route and layer.
//! - [`routes`]: one module per resource; every handler states who may call it.
//! - [`client_addr`]: the caller's address for rate limits, believing forwarding
//!   headers only from `PERILINK_TRUSTED_PROXIES`.
//! - [`auth`]: access tokens, passwords, refresh cookies and the role guards.
//! - [`directory`]: the in-memory directory that session search reads, and postcodes.
//! - [`service`]: queries and mutations over a database connection.
//! - [`entity`] and [`migration`]: the tables, for SQLite and PostgreSQL alike.
//! - [`first_screen`]: the first screen of `/`, `/find` and a session's page,
//!   written by the server in her language before the app loads.
//! - [`web`]: the app's files, compressed and cached, under a strict CSP.
//! - [`error`]: the one error type and JSON shape.

pub mod auth;
pub mod backup;
pub mod bench_seed;
pub mod check;
pub mod cli;
pub mod client_addr;
pub mod clock;
pub mod config;
pub mod db;
pub mod directory;
pub mod entity;
pub mod error;
pub mod first_screen;
pub mod metrics;
pub mod migration;
pub mod routes;
pub mod service;
pub mod startup;
pub mod state;
pub mod telemetry;
pub mod web;
