//! Tables as people write them → a catalog. One pure step, fed by thin readers (the page's
//! `<table>` elements, Markdown, CSV), each handing over rows of strings. Two layouts, told apart
//! by what the header and the cells hold: roles as columns (cells name parties) or parties as
//! columns (cells hold role letters); a transposed chart when asked. Legend tables give the
//! roles; each other table is one model; parties and roles are shared by all of them.

use crate::problem::Q;
use crate::problem::{Pos, Problem};
use crate::read::catalog_builder::{Builder, Loaded, TaskRef};
use crate::read::notation::{parse_cell, strip_formatting};
use crate::read::table::columns::{classify, Column};
use crate::read::table::legend::vocabulary;
use crate::read::table::plurals::share_plural;
use crate::read::table::shape::{prepare, shape, Row};
use crate::read::vocab::Vocab;
use crate::text::plain;

/// One table: where it is (for messages), its title, header and body rows.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Grid {
    /// "table 2", "the table in x.csv": opens every message about it.
    pub label: String,
    /// The model id to use (a table's `data-model`); empty: a slug of the title.
    pub id: String,
    pub title: String,
    pub header: Vec<String>,
    pub rows: Vec<Vec<String>>,
    /// Where each cell starts in the source text: `[0]` the header's, then each row's, cell
    /// by cell. Empty for tables that were not text (a page's tables, the writers' own).
    pub positions: Vec<Vec<Pos>>,
}

/// How a table is laid out (the `layout` attribute, `raci --layout`): told from its cells,
/// or as the author says.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Layout {
    #[default]
    Auto,
    /// Columns named after roles; cells name parties.
    RolesAsColumns,
    /// One column per party; cells hold role letters.
    PartiesAsColumns,
    /// One row per party, one column per task; cells hold role letters.
    Transposed,
}

impl Layout {
    pub const ALL: [Layout; 4] = [
        Layout::Auto,
        Layout::RolesAsColumns,
        Layout::PartiesAsColumns,
        Layout::Transposed,
    ];

    /// The layout ids, comma-separated, for messages.
    pub fn known() -> String {
        Layout::ALL.map(Layout::id).join(", ")
    }

    pub fn id(self) -> &'static str {
        match self {
            Layout::Auto => "auto",
            Layout::RolesAsColumns => "roles-as-columns",
            Layout::PartiesAsColumns => "parties-as-columns",
            Layout::Transposed => "transposed",
        }
    }

    pub fn parse(text: &str) -> Option<Layout> {
        Layout::ALL
            .into_iter()
            .find(|l| l.id().eq_ignore_ascii_case(text.trim()))
    }
}

/// Reads every table into one catalog; errors stop the load, warnings come with the catalog.
pub fn read_grids(grids: &[Grid]) -> Result<Loaded, Vec<Problem>> {
    read_grids_as(grids, Layout::Auto)
}

/// [`read_grids`] with the tables' layout given.
pub fn read_grids_as(grids: &[Grid], layout: Layout) -> Result<Loaded, Vec<Problem>> {
    let mut builder = Builder::default();
    if grids.is_empty() {
        builder.error("", "no table found");
    }
    let (vocab, legends) = vocabulary(grids);
    for (grid, legend) in grids.iter().zip(legends) {
        if !legend {
            read_grid(&mut builder, grid, &vocab, layout);
        }
    }
    if builder.catalog.models.is_empty() && !builder.has_errors() && !grids.is_empty() {
        builder.error(
            "",
            "found only legend tables (letter | name), no matrix: add the RACI table itself",
        );
    }
    builder.finish()
}

fn read_grid(b: &mut Builder, grid: &Grid, vocab: &Vocab, layout: Layout) {
    // Problems about the table as a whole point at its header.
    let table_at = grid.positions.first().and_then(|r| r.first()).copied();
    b.here = table_at;
    read_table(b, grid, vocab, layout);
    b.here = None;
}

fn read_table(b: &mut Builder, grid: &Grid, vocab: &Vocab, layout: Layout) {
    let label = grid.label.as_str();
    let table_at = b.here;
    if grid.header.len() < 2 {
        b.error(
            label,
            "needs a header row with a task column and role or party columns",
        );
        return;
    }
    let (header, body) = prepare(b, grid, layout, vocab);
    // Rows and cells are where the text has them unless the table was turned round, its
    // header found lower down or its empty columns dropped (then only the table's place).
    let as_written = matches!(body, std::borrow::Cow::Borrowed(_));
    let cell_at = |row: &Row, i: usize| {
        let row_at = grid.positions.get(row.number).filter(|_| as_written);
        let cell = row_at.and_then(|r| r.get(row.skipped + i).or(r.get(row.skipped)));
        cell.copied().or(table_at)
    };
    let shaped = shape(&header, &body, vocab);
    if shaped.rows.is_empty() {
        b.error(label, "has no rows below its header");
        return;
    }
    let Some(columns) = classify(b, label, &shaped, vocab, layout) else {
        return;
    };
    let header = &shaped.header;
    let model = b.add_model_with_id(label, &grid.id, &grid.title, "");
    let first_text = columns.iter().position(|c| matches!(c, Column::Text));
    if let Some(i) = first_text {
        let head = header.get(i + 1).map_or("", |h| h.as_str());
        let default = ["", "description", "task description"];
        if !default.iter().any(|d| head.eq_ignore_ascii_case(d)) {
            // Held to the data format's text limit, so the JSON export reads back
            // (fuzz/corpus/tables/bug-long-description-header).
            let head = b.text(label, "description column's header", head);
            if let Some(m) = b.catalog.models.get_mut(model) {
                m.description_header = head;
            }
        }
    }
    for row in &shaped.rows {
        let table = TableRead {
            label,
            model,
            header,
            columns: &columns,
            vocab,
        };
        read_row(b, &table, row, &|i| cell_at(row, i));
    }
    b.here = table_at;
    let letters = columns.iter().any(|c| matches!(c, Column::Party(_)));
    b.check_model(model, label, first_text.is_some(), letters);
}

/// What every row of a table is read against.
#[derive(Clone, Copy)]
struct TableRead<'a> {
    label: &'a str,
    model: usize,
    header: &'a [String],
    columns: &'a [Column],
    vocab: &'a Vocab,
}

fn read_row(b: &mut Builder, table: &TableRead, row: &Row, cell_at: &dyn Fn(usize) -> Option<Pos>) {
    let TableRead {
        label,
        model,
        header,
        columns,
        vocab,
    } = *table;
    // The row's problems point at its first cell, a cell's at the cell.
    b.here = cell_at(0);
    let width = header.len();
    // Empty cells past the header's end are a trailing "|" or ",", not data.
    let keep = row
        .cells
        .iter()
        .rposition(|c| !c.trim().is_empty())
        .map_or(0, |i| i + 1)
        .max(width.min(row.cells.len()));
    let cells = row.cells.get(..keep).unwrap_or(row.cells);
    let name = plain(cells.first().map_or("", |c| c.as_str()));
    let at = format!("{label}, row {name_q}", name_q = Q(&name));
    if name.is_empty() {
        b.error(
            &format!("{label}, row {}", row.number),
            format!(
                "the row has no task name in its first column: {}",
                Q(&cells.join(" | "))
            ),
        );
        return;
    }
    if cells.len() > width {
        b.error(
            &at,
            format!("{} cells, the header has {width}", cells.len()),
        );
        return;
    }
    if cells.len() < width {
        b.warn(
            &at,
            format!(
                "{} cells, the header has {width}: the missing cells are read as empty",
                cells.len()
            ),
        );
    }
    let text = |i: usize| cells.get(i + 1).map_or("", |c| c.as_str());
    let head = |i: usize| header.get(i + 1).map_or("", |h| h.as_str());
    // A letters chart's row with no letter but other text in its party cells (a signature
    // line, a note) is not a task.
    let parties: Vec<usize> = (0..columns.len())
        .filter(|&i| matches!(columns.get(i), Some(Column::Party(_))))
        .collect();
    let letters: Vec<Option<Vec<_>>> = parties.iter().map(|&i| vocab.letters(text(i))).collect();
    if !parties.is_empty()
        && letters
            .iter()
            .all(|l| l.as_ref().is_none_or(|l| l.is_empty()))
    {
        if let Some((i, _)) = parties.iter().zip(&letters).find(|(_, l)| l.is_none()) {
            b.warn(
                &at,
                format!(
                    "holds no role letter ({} in column {}): not read as a task",
                    Q(text(*i).trim()),
                    Q(head(*i))
                ),
            );
            return;
        }
    }
    let task = b.add_task(model, &at, &name);
    b.set_group(task, &at, &row.group);
    let mut description: Vec<String> = Vec::new();
    let mut party_letters = letters.into_iter();
    for (i, column) in columns.iter().enumerate() {
        let text = text(i);
        let at = format!("{at}, column {head_q}", head_q = Q(head(i)));
        b.here = cell_at(i + 1);
        match column {
            Column::Text => {
                let text = strip_formatting(text);
                // "-" in a text column (`SLA: -`) says there is none, as in a role cell.
                if !crate::read::notation::is_empty_mark(&text) {
                    description.push(if description.is_empty() {
                        text
                    } else {
                        format!("{}: {text}", head(i))
                    });
                }
            }
            Column::Role(role) => match parse_cell(text) {
                Ok(mut entries) => {
                    share_plural(b, &mut entries, &at);
                    for e in entries {
                        b.assign_entry(task, *role, &e, &at);
                    }
                }
                Err(e) => b.error(&at, format!("cell {} {e}", Q(text.trim()))),
            },
            Column::Named => read_named(b, task, text, vocab, &at),
            Column::Party(party) => match party_letters.next().flatten() {
                Some(letters) => {
                    for letter in letters {
                        let if_required =
                            letter.note.as_deref() == Some(crate::read::notation::IF_REQUIRED);
                        let note = letter.note.filter(|_| !if_required);
                        if let Some(role) = b.catalog.role_by_id(&letter.role.id) {
                            b.assign(task, role, party, if_required, note, &at);
                        }
                    }
                }
                None => b.warn(
                    &at,
                    format!(
                        "cell {} is not role letters (R, A, C, I, …): left out",
                        Q(text.trim())
                    ),
                ),
            },
        }
    }
    b.here = cell_at(0);
    b.set_description(task, &at, description.join("; "));
}

/// `Ana (R), Bo (A/R)`: each party with the roles its letters name.
fn read_named(b: &mut Builder, task: TaskRef, text: &str, vocab: &Vocab, at: &str) {
    let entries = match parse_cell(text) {
        Ok(entries) => entries,
        Err(e) => return b.error(at, format!("cell {} {e}", Q(text.trim()))),
    };
    for entry in entries {
        let letters = entry.note.as_deref().and_then(|n| vocab.letters(n));
        match letters.filter(|l| !l.is_empty()) {
            Some(letters) => {
                for letter in letters {
                    if let Some(role) = b.catalog.find_role(&letter.role.id) {
                        b.assign(task, role, &entry.name, false, None, at);
                    }
                }
            }
            None => b.warn(
                at,
                format!(
                    "{} has no role letters after it (like \"Ana (R)\"): left out",
                    Q(&entry.name)
                ),
            ),
        }
    }
}
