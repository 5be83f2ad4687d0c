//! `perilink-server`: reads its configuration from the environment and serves.

use perilink_server::config::{Config, HELP};

/// mimalloc rather than glibc's malloc: glibc keeps each freed 19 MiB argon2 block
/// in the arena of the thread that freed it (up to 16 arenas on two cores), which
/// took the server to 600 MB under a burst of sign-ins; mimalloc hands such large
/// blocks back to the system. Measured in BENCHMARKS.md ("Memory").
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

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
