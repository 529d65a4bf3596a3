//! A page's build-time data (`read_payload`), hand-edited or cut short: never a panic, and
//! what it accepts is a catalog every view can show.
#![no_main]

use libfuzzer_sys::fuzz_target;

#[path = "../../tests/props/mod.rs"]
mod props;

fuzz_target!(|data: &[u8]| {
    props::check_any_payload(&String::from_utf8_lossy(data));
});
