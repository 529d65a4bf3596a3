//! The built-in catalog: WSO2 Cloud's private data plane management models. `build.rs` checks
//! `data/management-models.json` with the reader and embeds it as build-time data (the
//! payload a fence's element carries); it is decoded once, on first use (well under a
//! millisecond).

use std::sync::OnceLock;

use raci_model::read::payload::read_payload;
use raci_model::Catalog;

const DATA: &str = include_str!(concat!(env!("OUT_DIR"), "/builtin.payload"));

/// The catalog shipped with the widget.
pub fn builtin() -> &'static Catalog {
    static BUILTIN: OnceLock<Catalog> = OnceLock::new();
    // build.rs writes what the reader accepted, so the default is never used.
    BUILTIN.get_or_init(|| read_payload(DATA).map(|l| l.catalog).unwrap_or_default())
}
