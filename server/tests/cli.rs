//! The `perilink-server` binary's command line: help, and refusing to start unsafely.

use std::process::Command;

fn server() -> Command {
    let mut command = Command::new(env!("CARGO_BIN_EXE_perilink-server"));
    for name in [
        "PERILINK_JWT_SECRET",
        "PERILINK_DEMO",
        "DATABASE_URL",
        "PERILINK_ADDR",
    ] {
        command.env_remove(name);
    }
    command
}

#[test]
fn help_lists_every_setting() {
    let output = server().arg("--help").output().unwrap();
    assert!(output.status.success());
    let help = String::from_utf8(output.stdout).unwrap();
    for setting in [
        "PERILINK_ADDR",
        "DATABASE_URL",
        "PERILINK_DEMO",
        "PERILINK_JWT_SECRET",
        "PERILINK_APP_DIR",
    ] {
        assert!(help.contains(setting), "--help mentions {setting}");
    }
}

#[test]
fn without_a_secret_outside_demo_mode_it_refuses_to_start() {
    let dir = std::env::temp_dir().join(format!("perilink-cli-{}", std::process::id()));
    let output = server()
        .env("DATABASE_URL", format!("sqlite://{}/x.db", dir.display()))
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(2));
    let stderr = String::from_utf8(output.stderr).unwrap();
    assert!(stderr.contains("PERILINK_JWT_SECRET"), "{stderr}");
    assert!(!dir.exists(), "nothing was created before refusing");
}

#[test]
fn an_unknown_argument_is_refused() {
    let output = server().arg("--frobnicate").output().unwrap();
    assert_eq!(output.status.code(), Some(2));
}
