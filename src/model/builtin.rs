//! The built-in catalog: WSO2 Cloud's private data plane management models, baked from
//! `data/management-models.json` by `build.rs`.

use super::types::{Assignment, Catalog, Model, Party, PartyId, Role, Task};

static BUILTIN: Catalog = include!(concat!(env!("OUT_DIR"), "/builtin_catalog.rs"));

/// The catalog shipped with the widget.
pub fn builtin() -> &'static Catalog {
    &BUILTIN
}
