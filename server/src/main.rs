//! `perilink-server`: serves PeriLink, or runs one of its maintenance commands
//! (see `--help`).

/// mimalloc rather than glibc's malloc: glibc keeps each freed 19 MiB argon2 block
/// in the arena of the thread that freed it (up to 16 arenas on two cores), which
/// took the server to 600 MB under a burst of sign-ins; mimalloc hands such large
/// blocks back to the system. Measured in BENCHMARKS.md ("Memory").
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> std::process::ExitCode {
    perilink_server::cli::main()
}
