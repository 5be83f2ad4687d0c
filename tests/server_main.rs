//! `perilink-server-test`: the server's command line (`perilink_server::cli::main`,
//! exactly what `perilink-server` runs), built as a binary of this package so the
//! integration tests can start it as a process of its own (SIGTERM, backups,
//! restores, JSON logs). It differs from the shipped binary only in its allocator.

fn main() -> std::process::ExitCode {
    perilink_server::cli::main()
}
