//! The pure model is its own crate (`crates/raci-model`: read, catalog, views, write), so
//! Cargo keeps Yew and web APIs out of it. The widget adds the built-in data, which its build
//! script checks with the same reader.

pub mod builtin;

pub use builtin::builtin;
pub use raci_model::*;
