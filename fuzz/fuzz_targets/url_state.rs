//! The URL/attribute state: any query reads, writes back (host keys kept) and reads back the
//! same, with the built-in catalog, fixed catalogs with awkward vocabularies, and a catalog
//! given before a `\n---\n` line in the input.
#![no_main]

use std::sync::OnceLock;

use libfuzzer_sys::fuzz_target;
use raci_widget::model::read::load::{load, Format};
use raci_widget::model::{builtin, Catalog};

#[path = "../../tests/props/mod.rs"]
mod props;

fn catalogs() -> &'static [Catalog] {
    static CATALOGS: OnceLock<Vec<Catalog>> = OnceLock::new();
    CATALOGS.get_or_init(props::sample_catalogs)
}

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    props::check_query(builtin(), &text);
    for catalog in catalogs() {
        props::check_query(catalog, &text);
    }
    if let Some((source, query)) = text.split_once("\n---\n") {
        let format = Format::detect("", "", source);
        if let Ok(loaded) = load(source, format, "data") {
            props::check_query(&loaded.catalog, query);
        }
    }
});
