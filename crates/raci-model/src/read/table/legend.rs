//! Legend tables: `| R | Responsible | Does the work |`, `| X | Description |` over rows of
//! letters and their names. They define the matrix's role vocabulary; they are not matrices.

use crate::read::grid::Grid;
use crate::read::vocab::{standard, Vocab};
use crate::text::plain;

/// The legend lines of `grid` (letter, name, meaning), or `None` when it is not a legend.
pub fn legend_lines(grid: &Grid) -> Option<Vec<(String, String, String)>> {
    let header: Vec<String> = grid.header.iter().map(|h| plain(h)).collect();
    if !(2..=4).contains(&header.len()) {
        return None;
    }
    // "| R | Responsible |" as the header row is a legend line too.
    let header_is_line = is_key(header.first()?)
        && header
            .get(1)
            .and_then(|n| standard().by_word(n, false))
            .is_some();
    // `| Task | R | A |` over tasks named like keys (`CI`, `DNS`) is a matrix.
    let role_headers = header
        .iter()
        .skip(1)
        .any(|h| standard().role_of_header(h).is_some());
    if role_headers && !header_is_line {
        return None;
    }
    let rows = header_is_line
        .then_some(&grid.header)
        .into_iter()
        .chain(&grid.rows);
    let mut lines: Vec<(String, String, String)> = Vec::new();
    for row in rows {
        let cell = |i: usize| row.get(i).map(|c| plain(c)).unwrap_or_default();
        let (key, name, meaning) = (cell(0), cell(1), cell(2));
        if key.is_empty() {
            continue; // "|   | - | Not involved |": what a blank cell means
        }
        let word = name.chars().filter(|c| c.is_alphabetic()).count() >= 3
            && standard().letters(&name).is_none_or(|l| l.len() <= 1);
        if !is_key(&key) || !word || lines.iter().any(|l| l.0.eq_ignore_ascii_case(&key)) {
            return None;
        }
        lines.push((key, name, meaning));
    }
    (!lines.is_empty()).then_some(lines)
}

/// A legend's key: one to three capital letters (`R`, `S`, `RA`, `X`).
fn is_key(text: &str) -> bool {
    (1..=3).contains(&text.chars().count()) && text.chars().all(|c| c.is_uppercase())
}

/// Applies every legend among `grids` to the known vocabulary; returns it and which grids
/// were legends.
pub fn vocabulary(grids: &[Grid]) -> (Vocab, Vec<bool>) {
    let mut vocab = Vocab::default();
    let mut legends = Vec::with_capacity(grids.len());
    for grid in grids {
        let lines = legend_lines(grid);
        legends.push(lines.is_some());
        for (letter, name, meaning) in lines.into_iter().flatten() {
            vocab.define(&letter, &name, &meaning);
        }
    }
    (vocab, legends)
}
