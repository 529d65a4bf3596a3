//! Tables as text (Markdown, CSV, the page script's hand-over) and as rows of strings: the
//! grid reader never panics or hangs in any layout, and whatever it accepts (groups and quoted
//! party names included) exports, reads back equal and renders (`tests/props`).
#![no_main]

use arbitrary::{Arbitrary, Result, Unstructured};
use libfuzzer_sys::fuzz_target;
use raci_widget::model::read::grid::{read_grids, read_grids_as, Grid, Layout};
use raci_widget::model::read::load::Format;

#[path = "../../tests/props/mod.rs"]
mod props;

/// A cell: mostly words RACI tables are made of, so that grids get past the header checks.
struct Cell(String);

impl<'a> Arbitrary<'a> for Cell {
    fn arbitrary(u: &mut Unstructured<'a>) -> Result<Self> {
        Ok(Cell(if u.ratio(3, 4)? {
            let words = u.int_in_range(1..=3)?;
            let mut out = String::new();
            for _ in 0..words {
                out.push_str(u.choose(props::WORDS)?);
            }
            out
        } else {
            String::arbitrary(u)?
        }))
    }
}

#[derive(Arbitrary)]
struct FuzzGrid {
    id: String,
    title: String,
    header: Vec<Cell>,
    rows: Vec<Vec<Cell>>,
}

fn strings(cells: Vec<Cell>) -> Vec<String> {
    cells.into_iter().map(|c| c.0).collect()
}

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    for format in [Format::Markdown, Format::Csv, Format::PageTables] {
        props::check_load(&text, format);
    }
    let mut u = Unstructured::new(data);
    if let Ok(grids) = Vec::<FuzzGrid>::arbitrary(&mut u) {
        let grids: Vec<Grid> = grids
            .into_iter()
            .enumerate()
            .map(|(i, g)| Grid {
                label: format!("table {}", i + 1),
                id: g.id,
                title: g.title,
                header: strings(g.header),
                rows: g.rows.into_iter().map(strings).collect(),
                positions: Vec::new(),
            })
            .collect();
        let text = format!("{grids:?}");
        props::check_result(&read_grids(&grids), &text);
        // Every layout an author can ask for: transposed, forced letters, forced roles.
        for layout in Layout::ALL {
            props::check_result(&read_grids_as(&grids, layout), &text);
        }
    }
});
