//! Any bytes as a data file: the JSON reader never panics or hangs, and whatever it accepts
//! exports, reads back equal and renders (`tests/props`).
#![no_main]

use libfuzzer_sys::fuzz_target;
use raci_widget::model::read::load::{load, Format};

#[path = "../../tests/props/mod.rs"]
mod props;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    props::check_load(&text, Format::Json);
    // What the page does with a fetched file of unknown type.
    let format = Format::detect("", "", &text);
    if format != Format::Json {
        props::check_result(&load(&text, format, "data"), &text);
    }
});
