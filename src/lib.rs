//! raci-widget: RACI responsibility matrices as filterable, color-coded, accessible tables.
//!
//! `model` is pure Rust (tested natively); the rest is the Yew front end. Features choose the
//! hosts (Cargo.toml): `element`, the browser's `<raci-matrix>` (`embed`, Yew's client
//! renderer); `ssr`, the build-time renderer of fences (`fence`, `prerender`, Yew's server
//! renderer), run natively by the `raci` command line and on wasm32 by the Node module.

// Data reaches every layer, and the size build aborts on panic, which kills every widget on
// the page (they share one wasm instance): no unwrap, expect, indexing or panic anywhere in
// the library. Tests and the CLI may.
#![deny(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::indexing_slicing,
    clippy::panic
)]

pub mod model;

pub mod browser;
#[cfg(feature = "ssr")]
pub mod check;
pub mod components;
#[cfg(feature = "element")]
pub mod embed;
#[cfg(feature = "ssr")]
pub mod fence;
pub mod page_url;
#[cfg(feature = "ssr")]
pub mod prerender;
pub mod state;
