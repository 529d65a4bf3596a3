//! The `<raci-matrix>` element's attributes, the one list every host takes them from (public
//! contract, README "URL query and element attributes"): the view state keys that the URL query
//! shares, then the element-only ones. The build-time plugins take the same names as fence
//! options; `title` is a fence option only (it titles a single table).

use crate::views::url_query::{KEYS, READING_KEYS};

/// Attributes that only the element has (not in the URL query).
pub const ELEMENT_ONLY: [&str; 5] = ["sync-url", "show-intro", "theme", "src", "loading"];

/// Fence options that are not attributes.
pub const FENCE_ONLY: [&str; 1] = ["title"];

/// Every attribute the element observes: state keys, how the tables are read, element-only.
pub fn element_attributes() -> impl Iterator<Item = &'static str> {
    KEYS.iter()
        .chain(READING_KEYS.iter())
        .chain(ELEMENT_ONLY.iter())
        .copied()
}

/// Every option a fence takes: the attributes, then the fence-only ones.
pub fn fence_options() -> impl Iterator<Item = &'static str> {
    element_attributes().chain(FENCE_ONLY.iter().copied())
}

/// The vocabulary as JSON, for the JS, TypeScript and Python copies to be checked against.
pub fn vocabulary_json() -> String {
    let list = |names: &mut dyn Iterator<Item = &'static str>| {
        names
            .map(|n| format!("\"{n}\""))
            .collect::<Vec<_>>()
            .join(", ")
    };
    format!(
        "{{\"state\": [{}], \"reading\": [{}], \"elementOnly\": [{}], \"fenceOnly\": [{}]}}\n",
        list(&mut KEYS.iter().copied()),
        list(&mut READING_KEYS.iter().copied()),
        list(&mut ELEMENT_ONLY.iter().copied()),
        list(&mut FENCE_ONLY.iter().copied()),
    )
}
