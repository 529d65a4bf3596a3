//! Thin readers of tables written as text: Markdown (GitHub pipe tables) and CSV. Each hands
//! rows of strings to [`crate::read::grid`], the one step that understands RACI tables.

use crate::problem::Pos;
use crate::read::grid::Grid;

/// Every pipe table in a Markdown text. A table's title is the nearest `#` heading above it
/// (else "Matrix N"). Cells keep their Markdown; the grid reader drops the formatting.
pub fn markdown_grids(text: &str) -> Vec<Grid> {
    let lines: Vec<&str> = text.lines().collect();
    let mut grids = Vec::new();
    let mut heading = String::new();
    let mut i = 0;
    while let Some(line) = lines.get(i) {
        let trimmed = line.trim();
        if let Some(h) = heading_text(trimmed) {
            heading = crate::text::plain(&h);
        }
        let is_table =
            trimmed.contains('|') && lines.get(i + 1).is_some_and(|next| is_delimiter_row(next));
        if !is_table {
            i += 1;
            continue;
        }
        let (header, header_at) = split_row(line, i);
        let mut rows = Vec::new();
        let mut positions = vec![header_at];
        i += 2;
        while let Some(row) = lines
            .get(i)
            .filter(|l| !l.trim().is_empty() && l.contains('|'))
        {
            let (cells, at) = split_row(row, i);
            rows.push(cells);
            positions.push(at);
            i += 1;
        }
        let number = grids.len() + 1;
        grids.push(Grid {
            label: format!("table {number}"),
            id: String::new(),
            title: std::mem::take(&mut heading),
            header,
            rows,
            positions,
        });
    }
    grids
}

fn heading_text(line: &str) -> Option<String> {
    let hashes = line.chars().take_while(|c| *c == '#').count();
    let rest = line.get(hashes..)?;
    ((1..=6).contains(&hashes) && rest.starts_with(' '))
        .then(|| rest.trim().trim_end_matches('#').trim().to_string())
}

fn is_delimiter_row(line: &str) -> bool {
    let line = line.trim();
    line.contains('-')
        && line.contains(['|', '-'])
        && line
            .chars()
            .all(|c| matches!(c, '|' | '-' | ':' | ' ' | '\t'))
}

/// `| a | b \| c |` → ["a", "b | c"]: outer pipes optional, `\|` is a literal pipe, pipes
/// inside backticks do not split. With each cell, where it starts in the text: `index` is
/// the line's, counting from 0; the column is the cell's first character after spaces.
fn split_row(line: &str, index: usize) -> (Vec<String>, Vec<Pos>) {
    let line_no = u32::try_from(index + 1).unwrap_or(u32::MAX);
    let text = line.trim_end();
    let lead = text.len() - text.trim_start().len();
    // The outer pipes: one leading (after indentation) and one trailing unescaped.
    let open = text.trim_start().starts_with('|').then_some(lead);
    let close = (text.ends_with('|') && !text.ends_with("\\|") && text.len() > lead + 1)
        .then(|| text.len() - 1);
    let mut cells = Vec::new();
    let mut starts = Vec::new();
    let mut cell = String::new();
    // Columns (1-based, in characters): where the current cell begins (after the last pipe)
    // and where its first non-space character is.
    let (mut column, mut begin, mut first) = (0u32, 1u32, None);
    let mut in_code = false;
    let mut chars = text.char_indices().peekable();
    while let Some((offset, c)) = chars.next() {
        column += 1;
        if Some(offset) == open || Some(offset) == close {
            begin = column + 1;
            continue;
        }
        match c {
            '\\' if chars.peek().map(|(_, c)| *c) == Some('|') => {
                first.get_or_insert(column);
                cell.push('|');
                chars.next();
                column += 1;
            }
            '|' if !in_code => {
                cells.push(std::mem::take(&mut cell).trim().to_string());
                let at = first.take().unwrap_or(begin);
                starts.push(Pos {
                    line: line_no,
                    column: at,
                });
                begin = column + 1;
            }
            c => {
                if c == '`' {
                    in_code = !in_code;
                }
                if !c.is_whitespace() {
                    first.get_or_insert(column);
                }
                cell.push(c);
            }
        }
    }
    cells.push(cell.trim().to_string());
    starts.push(Pos {
        line: line_no,
        column: first.unwrap_or(begin),
    });
    (cells, starts)
}

/// A CSV text (RFC 4180: quoted fields, doubled quotes, CRLF or LF; `;` or tab separated
/// files too, told from the header line) as one table whose first row is the header.
pub fn csv_grid(text: &str, label: &str, title: &str) -> Grid {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let first = text.lines().next().unwrap_or("");
    let separator = [',', ';', '\t']
        .into_iter()
        .max_by_key(|s| first.matches(*s).count())
        .unwrap_or(',');
    let mut rows: Vec<Vec<String>> = Vec::new();
    let mut row: Vec<String> = Vec::new();
    let mut positions: Vec<Vec<Pos>> = Vec::new();
    let mut row_at: Vec<Pos> = Vec::new();
    let mut field = String::new();
    let mut quoted = false;
    // Where we are (1-based line and column) and where the current field starts: its first
    // character that is not a space, else where it begins.
    let (mut line, mut column) = (1u32, 0u32);
    let mut begin = Pos { line, column: 1 };
    let mut first: Option<Pos> = None;
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        column += 1;
        let here = Pos { line, column };
        if c == '\n' {
            line = line.saturating_add(1);
            column = 0;
        }
        match (quoted, c) {
            (true, '"') if chars.peek() == Some(&'"') => {
                field.push('"');
                chars.next();
                column += 1;
            }
            (true, '"') => quoted = false,
            (true, c) => field.push(c),
            (false, '"') if field.trim().is_empty() => {
                field.clear();
                quoted = true;
                first = Some(here);
            }
            (false, '\r') => {}
            (false, '\n') => {
                row.push(std::mem::take(&mut field).trim().to_string());
                row_at.push(first.take().unwrap_or(begin));
                rows.push(std::mem::take(&mut row));
                positions.push(std::mem::take(&mut row_at));
                begin = Pos { line, column: 1 };
            }
            (false, c) if c == separator => {
                row.push(std::mem::take(&mut field).trim().to_string());
                row_at.push(first.take().unwrap_or(begin));
                begin = Pos {
                    line,
                    column: column + 1,
                };
            }
            (false, c) => {
                if !c.is_whitespace() {
                    first.get_or_insert(here);
                }
                field.push(c);
            }
        }
    }
    if !field.is_empty() || !row.is_empty() {
        row.push(field.trim().to_string());
        row_at.push(first.take().unwrap_or(begin));
        rows.push(row);
        positions.push(row_at);
    }
    // Blank lines are no rows (their positions go with them).
    let mut kept = rows.iter().map(|r| r.iter().any(|c| !c.is_empty()));
    positions.retain(|_| kept.next().unwrap_or(false));
    rows.retain(|r| r.iter().any(|c| !c.is_empty()));
    let header = if rows.is_empty() {
        Vec::new()
    } else {
        rows.remove(0)
    };
    Grid {
        label: label.to_string(),
        id: String::new(),
        title: title.to_string(),
        header,
        rows,
        positions,
    }
}
