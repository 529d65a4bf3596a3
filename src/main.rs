//! The standalone page: mounts the widget into `#raci-widget`, state taken from the URL.

#[cfg(target_arch = "wasm32")]
fn main() {
    raci_widget::mount::standalone();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("raci-widget runs in the browser: use ./run (trunk serve) to open it.");
}
