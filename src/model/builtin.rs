//! The built-in catalog: WSO2 Cloud's private data plane management models. `build.rs` checks
//! `data/management-models.json` with the same reader and embeds it without white space; it is
//! read once, on first use (well under a millisecond).

use std::sync::OnceLock;

use raci_model::read::data_format::read_json;
use raci_model::Catalog;

const DATA: &str = include_str!(concat!(env!("OUT_DIR"), "/builtin.json"));

/// The catalog shipped with the widget.
pub fn builtin() -> &'static Catalog {
    static BUILTIN: OnceLock<Catalog> = OnceLock::new();
    // build.rs refuses data the reader refuses, so the default is never used.
    BUILTIN.get_or_init(|| read_json(DATA).map(|l| l.catalog).unwrap_or_default())
}
