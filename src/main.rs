//! The wasm entry point. `web/raci-widget.js` loads it and defines `<raci-matrix>`; every
//! element then mounts through `raci_widget::embed::RaciMatrix`.

/// Talc instead of dlmalloc: smaller wasm, faster allocation (the widget allocates per render).
#[cfg(target_arch = "wasm32")]
#[global_allocator]
static TALC: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();

#[cfg(target_arch = "wasm32")]
fn main() {
    raci_widget::embed::start();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("raci-widget runs in the browser: ./run serves it.");
}
