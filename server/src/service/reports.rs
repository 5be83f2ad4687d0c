//! Outcome reports: aggregated in the database, small numbers suppressed.
