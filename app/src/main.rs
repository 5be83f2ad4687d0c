//! The PeriLink app's entry point: a panic hook for readable errors, then mount.

fn main() {
    console_error_panic_hook::set_once();
    leptos::mount::mount_to_body(perilink_app::App);
}
