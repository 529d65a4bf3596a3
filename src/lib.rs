//! raci-widget: RACI responsibility matrices as filterable, color-coded, accessible tables.
//!
//! `model` is pure Rust (tested natively); the rest is the Yew front end, built for wasm32.

// Data can reach the model and the embed layer: no panics there (an abort kills every widget).
#[deny(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::indexing_slicing,
    clippy::panic
)]
pub mod model;

#[cfg(target_arch = "wasm32")]
pub mod browser;
#[cfg(target_arch = "wasm32")]
pub mod components;
#[cfg(target_arch = "wasm32")]
pub mod embed;
#[cfg(target_arch = "wasm32")]
pub mod page_url;
#[cfg(target_arch = "wasm32")]
pub mod state;
