//! Queries and mutations: plain async functions over a database connection, used by
//! the routes and by start-up.

pub mod audit;
pub mod demo;
pub mod login;
pub mod users;
