//! The shape of a table before its columns are read: a transposed chart turned round, the
//! header of a spreadsheet paste found inside the body, empty columns dropped, section rows
//! (`| **Design** |`, `| Phase 2 | --- | --- |`) and group columns (`Phase | Task | …`, the
//! phase written on its first row only) turned into the group of the tasks below them.

use std::borrow::Cow;

use crate::problem::Q;
use crate::read::catalog_builder::Builder;
use crate::read::grid::{Grid, Layout};
use crate::read::notation::is_empty_mark;
use crate::read::vocab::Vocab;
use crate::text::plain;

/// A body row: its cells as written, the group it sits under, its number in the body
/// (1-based, for messages about rows without a name).
#[derive(Debug)]
pub struct Row<'a> {
    pub cells: &'a [String],
    pub group: String,
    pub number: usize,
    /// Cells of the row as written left out in front of `cells` (a group column).
    pub skipped: usize,
}

/// The table ready for its columns: header (plain text) and task rows.
pub struct Shape<'a> {
    pub header: Vec<String>,
    pub rows: Vec<Row<'a>>,
}

/// The header and body rows to read: the grid's own, or (turned round, a header found in
/// the body, empty columns dropped) a changed copy.
pub fn prepare<'g>(
    b: &mut Builder,
    grid: &'g Grid,
    layout: Layout,
    vocab: &Vocab,
) -> (Vec<String>, Cow<'g, [Vec<String>]>) {
    let (mut header, mut body) = match layout {
        Layout::Transposed => {
            let (header, body) = transpose(&grid.header, &grid.rows);
            (header, Cow::Owned(body))
        }
        _ => (grid.header.clone(), Cow::Borrowed(grid.rows.as_slice())),
    };
    if header.iter().all(|h| plain(h).is_empty()) {
        find_header(b, &grid.label, &mut header, body.to_mut(), vocab);
    }
    if empty_columns(&header, &body) {
        drop_empty_columns(&mut header, body.to_mut());
    }
    (header, body)
}

pub fn shape<'a>(header: &[String], body: &'a [Vec<String>], vocab: &Vocab) -> Shape<'a> {
    let header: Vec<String> = header.iter().map(|h| plain(h)).collect();
    let width = header.len();
    let mut rows = Vec::with_capacity(body.len());
    let mut group = String::new();
    for (n, cells) in body.iter().enumerate() {
        if cells.iter().all(|c| c.trim().is_empty()) {
            continue;
        }
        if let Some(heading) = section(cells, width) {
            // "—" ends the group above (how the writers mark ungrouped tasks after a group).
            group = if is_empty_mark(&heading) {
                String::new()
            } else {
                heading
            };
            continue;
        }
        rows.push(Row {
            cells,
            group: group.clone(),
            number: n + 1,
            skipped: 0,
        });
    }
    let mut shape = Shape { header, rows };
    group_column(&mut shape, vocab);
    shape
}

/// A section row's heading: its first cell, when the row has nothing else (written alone,
/// bold over empty cells, over `---` fillers, or one cell spanning the row).
fn section(cells: &[String], width: usize) -> Option<String> {
    let first = cells.first()?.trim();
    let rest = cells.get(1..).unwrap_or(&[]);
    if first.is_empty() || width < 2 {
        return None;
    }
    let filler = |c: &String| {
        let c = c.trim();
        c.chars().count() >= 2 && c.chars().all(|ch| matches!(ch, '-' | '–' | '—' | '='))
    };
    let empty = |c: &String| c.trim().is_empty();
    let written_alone = rest.iter().all(empty) && cells.len() == 1;
    let bold = ["**", "__", "<b>", "<strong>"]
        .iter()
        .any(|m| first.starts_with(m))
        && rest.iter().all(empty);
    let fillers = rest.iter().any(filler) && rest.iter().all(|c| empty(c) || filler(c));
    let spanning = cells.len() == width && rest.iter().all(|c| c.trim() == first);
    if !(written_alone || bold || fillers || spanning) {
        return None;
    }
    Some(plain(first)).filter(|name| !name.is_empty())
}

/// `Phase | Task | …` with the phase on its group's first row only: the first column is the
/// group of the rows below it, the second names the task.
fn group_column(shape: &mut Shape, vocab: &Vocab) {
    let rows = &shape.rows;
    fn cell<'a>(r: &Row<'a>, i: usize) -> &'a str {
        r.cells.get(i).map_or("", |c| c.trim())
    }
    let second_head = shape.header.get(1).map_or("", |h| h.as_str());
    let applies = shape.header.len() >= 3
        && rows.first().is_some_and(|r| !cell(r, 0).is_empty())
        && rows.iter().any(|r| cell(r, 0).is_empty())
        && rows.iter().all(|r| !cell(r, 1).is_empty())
        && vocab.role_of_header(second_head).is_none()
        && !rows.iter().all(|r| vocab.letters(cell(r, 1)).is_some());
    if !applies {
        return;
    }
    let mut group = String::new();
    let mut section = String::new();
    for row in &mut shape.rows {
        let first = plain(row.cells.first().map_or("", |c| c.as_str()));
        if !first.is_empty() {
            group = first;
        } else if row.group != section {
            // A section row between phases starts a group of its own.
            group = row.group.clone();
        }
        section = row.group.clone();
        row.group = group.clone();
        row.cells = row.cells.get(1..).unwrap_or(&[]);
        row.skipped += 1;
    }
    if !shape.header.is_empty() {
        shape.header.remove(0);
    }
}

/// Parties as rows, tasks as columns → tasks as rows.
fn transpose(header: &[String], rows: &[Vec<String>]) -> (Vec<String>, Vec<Vec<String>>) {
    let corner = header.first().cloned().unwrap_or_default();
    let mut new_header = vec![corner];
    new_header.extend(rows.iter().map(|r| r.first().cloned().unwrap_or_default()));
    let body = header
        .iter()
        .enumerate()
        .skip(1)
        .map(|(j, task)| {
            let mut row = vec![task.clone()];
            row.extend(rows.iter().map(|r| r.get(j).cloned().unwrap_or_default()));
            row
        })
        .collect();
    (new_header, body)
}

/// A spreadsheet pasted with an empty header row: the header is the first body row that the
/// next row answers with role letters; the rows above it (title, dates) and those after the
/// first blank row below the tasks (a legend, notes) are left out, and a warning says so.
fn find_header(
    b: &mut Builder,
    label: &str,
    header: &mut Vec<String>,
    body: &mut Vec<Vec<String>>,
    vocab: &Vocab,
) {
    let has_letters = |row: &Vec<String>| {
        row.iter()
            .skip(1)
            .filter(|c| vocab.letters(c).is_some_and(|l| !l.is_empty()))
            .count()
            >= 2
    };
    let Some(at) = (0..body.len()).find(|&i| {
        body.get(i + 1).is_some_and(has_letters) && body.get(i).is_some_and(|r| !has_letters(r))
    }) else {
        return;
    };
    let found = body.get(at).cloned().unwrap_or_default();
    let first = found.iter().find(|c| !c.trim().is_empty()).cloned();
    let mut rest: Vec<Vec<String>> = body.split_off(at + 1);
    let blank = |r: &Vec<String>| r.iter().all(|c| c.trim().is_empty());
    let end = rest.iter().position(blank).unwrap_or(rest.len());
    let after = rest.split_off(end);
    b.warn(
        label,
        format!(
            "the header row is empty; row {} ({}) is read as the header and the {} rows above \
             it are left out: put the column names in the table's header row",
            at + 1,
            Q(first.as_deref().unwrap_or("")),
            at
        ),
    );
    if after.iter().any(|r| !blank(r)) {
        b.warn(
            label,
            format!(
                "the rows after the blank row {} are left out (not tasks: a legend or notes?)",
                at + end + 2
            ),
        );
    }
    *header = found;
    *body = rest;
}

/// Columns with an empty header and nothing in any row (a spreadsheet's unused column A).
fn is_empty_column(header: &[String], body: &[Vec<String>], i: usize) -> bool {
    header.get(i).is_some_and(|h| plain(h).is_empty())
        && body
            .iter()
            .all(|r| r.get(i).is_none_or(|c| c.trim().is_empty()))
}

fn empty_columns(header: &[String], body: &[Vec<String>]) -> bool {
    header.len() > 1 && (0..header.len()).any(|i| is_empty_column(header, body, i))
}

fn drop_empty_columns(header: &mut Vec<String>, body: &mut [Vec<String>]) {
    let width = header.len();
    for i in (0..width).rev() {
        if is_empty_column(header, body, i) && header.len() > 1 {
            header.remove(i);
            for row in body.iter_mut() {
                if i < row.len() {
                    row.remove(i);
                }
            }
        }
    }
}
