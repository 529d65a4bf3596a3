//! The matrix written out: the JSON data format ([`json`]), Markdown tables ([`markdown`]),
//! and the current view as CSV, Markdown or a static HTML table ([`export`]).

pub mod export;
pub mod json;
pub mod markdown;
pub mod payload;
