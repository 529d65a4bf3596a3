//! raci-widget: RACI responsibility matrices as filterable, color-coded, accessible tables.
//!
//! `model` is pure Rust (tested natively); the rest is the Yew front end, built for wasm32 and,
//! to render a first view to HTML (`prerender`), natively.

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
pub mod components;
#[cfg(target_arch = "wasm32")]
pub mod embed;
#[cfg(not(target_arch = "wasm32"))]
pub mod fence;
pub mod page_url;
#[cfg(not(target_arch = "wasm32"))]
pub mod prerender;
pub mod state;
