//! The `perilink-server` command line: serve (no command), `check-config`,
//! `backup FILE`, `restore FILE`, `rotate-data-key`, `--version` and `--help`. `main` calls [`main`];
//! so does the tests' copy of the binary.

use crate::config::{Config, HELP};
use std::process::ExitCode;

/// The version and the commit this build came from.
pub fn version() -> String {
    format!(
        "perilink-server {} (commit {})",
        env!("CARGO_PKG_VERSION"),
        env!("PERILINK_COMMIT")
    )
}

/// Runs the command the arguments name and says how it went.
pub fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    if args.iter().any(|a| a == "--help" || a == "-h") {
        print!("{HELP}");
        return ExitCode::SUCCESS;
    }
    if args.iter().any(|a| a == "--version" || a == "-V") {
        println!("{}", version());
        return ExitCode::SUCCESS;
    }
    let runtime = match tokio::runtime::Builder::new_multi_thread().enable_all().build() {
        Ok(runtime) => runtime,
        Err(err) => {
            eprintln!("perilink-server: cannot start the async runtime: {err}");
            return ExitCode::FAILURE;
        }
    };
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    match args.as_slice() {
        [] => runtime.block_on(serve()),
        ["check-config"] => runtime.block_on(check_config()),
        ["rotate-data-key"] => runtime.block_on(rotate_data_key()),
        ["backup", file] => runtime.block_on(backup(file)),
        ["restore", file] => runtime.block_on(restore(file)),
        ["backup" | "restore", ..] => {
            eprintln!("perilink-server: {} takes one FILE; see --help", args[0]);
            ExitCode::from(2)
        }
        [unknown, ..] => {
            eprintln!("perilink-server: unknown argument `{unknown}`; see --help");
            ExitCode::from(2)
        }
    }
}

async fn serve() -> ExitCode {
    let config = match Config::from_env() {
        Ok(config) => config,
        Err(err) => {
            eprintln!("perilink-server: {err}");
            return ExitCode::from(2);
        }
    };
    match crate::startup::run(config).await {
        Ok(()) => ExitCode::SUCCESS,
        Err(err) => {
            eprintln!("perilink-server: {err}");
            ExitCode::FAILURE
        }
    }
}

/// The database URL the maintenance commands work on: `DATABASE_URL`, or the
/// default the server would use.
fn database_url() -> String {
    std::env::var("DATABASE_URL")
        .ok()
        .filter(|s| !s.is_empty())
        .unwrap_or_else(|| "sqlite://./data/perilink.db".into())
}

async fn backup(file: &str) -> ExitCode {
    match crate::backup::backup(&database_url(), std::path::Path::new(file)).await {
        Ok(report) => {
            println!("{report}");
            ExitCode::SUCCESS
        }
        Err(err) => {
            eprintln!("perilink-server backup: {err}");
            ExitCode::FAILURE
        }
    }
}

async fn restore(file: &str) -> ExitCode {
    match crate::backup::restore(&database_url(), std::path::Path::new(file)).await {
        Ok(report) => {
            println!("{report}");
            ExitCode::SUCCESS
        }
        Err(err) => {
            eprintln!("perilink-server restore: {err}");
            ExitCode::FAILURE
        }
    }
}

async fn rotate_data_key() -> ExitCode {
    let config = match Config::from_env() {
        Ok(config) => config,
        Err(err) => {
            eprintln!("perilink-server: {err}");
            return ExitCode::from(2);
        }
    };
    match crate::startup::rotate_data_key(&config).await {
        Ok(count) => {
            println!(
                "perilink-server: {count} secrets re-sealed under data key `{}`",
                config.data_keys.current.id
            );
            ExitCode::SUCCESS
        }
        Err(err) => {
            eprintln!("perilink-server: {err}");
            ExitCode::FAILURE
        }
    }
}

async fn check_config() -> ExitCode {
    let report = crate::check::check(|name| std::env::var(name).ok()).await;
    print!("{report}");
    if report.is_ok() {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(2)
    }
}
