//! Cell texts: `parse_cell`, `parse_letters` and `strip_formatting` never panic, and what
//! `format_cell` writes for parsed entries reads back as the same entries.
#![no_main]

use libfuzzer_sys::fuzz_target;

#[path = "../../tests/props/mod.rs"]
mod props;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    props::check_cell(&text);
    // A table cell is one line; a grid row is several cells.
    if text.contains(['\n', '|']) {
        for cell in text.split(['\n', '|']) {
            props::check_cell(cell);
        }
    }
});
