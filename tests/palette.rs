//! The party colours the widget hands out are the ones its stylesheet defines: party N wears
//! `raci-party-{N mod PARTY_COLORS}`, so every such class must have light and dark colours.
#![cfg(not(target_arch = "wasm32"))]

use raci_widget::components::chip::PARTY_COLORS;

#[test]
fn the_stylesheet_defines_each_party_colour_for_light_and_dark_and_no_more() {
    let css = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/styles/raci.css"))
        .expect("styles/raci.css");
    for part in ["bg", "text", "line"] {
        let mut found: Vec<u8> = css
            .match_indices("--raci-party-")
            .filter_map(|(at, _)| {
                let rest = css.get(at + "--raci-party-".len()..)?;
                let (n, after) = rest.split_once('-')?;
                after
                    .starts_with(&format!("{part}:"))
                    .then(|| n.parse().ok())?
            })
            .collect();
        found.sort_unstable();
        let expected: Vec<u8> = (0..PARTY_COLORS).flat_map(|n| [n, n]).collect();
        assert_eq!(
            found, expected,
            "--raci-party-N-{part}: once for light, once for dark"
        );
    }
}
