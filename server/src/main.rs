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
    let command = std::env::args().nth(1);
    if let Some(unknown) = command.as_deref().filter(|c| *c != "rotate-data-key") {
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
    if command.is_some() {
        return match perilink_server::startup::rotate_data_key(&config).await {
            Ok(count) => {
                println!(
                    "perilink-server: {count} secrets re-sealed under data key `{}`",
                    config.data_keys.current.id
                );
                std::process::ExitCode::SUCCESS
            }
            Err(err) => {
                eprintln!("perilink-server: {err}");
                std::process::ExitCode::FAILURE
            }
        };
    }
    match perilink_server::startup::run(config).await {
        Ok(()) => std::process::ExitCode::SUCCESS,
        Err(err) => {
            eprintln!("perilink-server: {err}");
            std::process::ExitCode::FAILURE
        }
    }
}
