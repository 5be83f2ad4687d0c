//! `perilink-server`: reads its configuration from the environment and serves.

use perilink_server::config::{Config, HELP};

#[tokio::main]
async fn main() -> std::process::ExitCode {
    if std::env::args().skip(1).any(|a| a == "--help" || a == "-h") {
        print!("{HELP}");
        return std::process::ExitCode::SUCCESS;
    }
    if let Some(unknown) = std::env::args().nth(1) {
        eprintln!("perilink-server: unknown argument `{unknown}`; see --help");
        return std::process::ExitCode::from(2);
    }
    let config = match Config::from_env() {
        Ok(config) => config,
        Err(err) => {
            eprintln!("perilink-server: {err}");
            return std::process::ExitCode::from(2);
        }
    };
    match perilink_server::startup::run(config).await {
        Ok(()) => std::process::ExitCode::SUCCESS,
        Err(err) => {
            eprintln!("perilink-server: {err}");
            std::process::ExitCode::FAILURE
        }
    }
}
