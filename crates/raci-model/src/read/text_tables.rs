//! Thin readers of tables written as text: Markdown (GitHub pipe tables) and CSV. Each hands
//! rows of strings to [`crate::read::grid`], the one step that understands RACI tables.

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
        let header = split_row(trimmed);
        let mut rows = Vec::new();
        i += 2;
        while let Some(row) = lines
            .get(i)
            .map(|l| l.trim())
            .filter(|l| !l.is_empty() && l.contains('|'))
        {
            rows.push(split_row(row));
            i += 1;
        }
        let number = grids.len() + 1;
        grids.push(Grid {
            label: format!("table {number}"),
            id: String::new(),
            title: std::mem::take(&mut heading),
            header,
            rows,
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
/// inside backticks do not split.
fn split_row(line: &str) -> Vec<String> {
    let line = line.trim();
    let line = line.strip_prefix('|').unwrap_or(line);
    let line = if line.ends_with('|') && !line.ends_with("\\|") {
        line.get(..line.len() - 1).unwrap_or("")
    } else {
        line
    };
    let mut cells = Vec::new();
    let mut cell = String::new();
    let mut chars = line.chars().peekable();
    let mut in_code = false;
    while let Some(c) = chars.next() {
        match c {
            '\\' if chars.peek() == Some(&'|') => {
                cell.push('|');
                chars.next();
            }
            '`' => {
                in_code = !in_code;
                cell.push(c);
            }
            '|' if !in_code => cells.push(std::mem::take(&mut cell).trim().to_string()),
            c => cell.push(c),
        }
    }
    cells.push(cell.trim().to_string());
    cells
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
    let mut field = String::new();
    let mut quoted = false;
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match (quoted, c) {
            (true, '"') if chars.peek() == Some(&'"') => {
                field.push('"');
                chars.next();
            }
            (true, '"') => quoted = false,
            (true, c) => field.push(c),
            (false, '"') if field.trim().is_empty() => {
                field.clear();
                quoted = true;
            }
            (false, '\r') => {}
            (false, '\n') => {
                row.push(std::mem::take(&mut field).trim().to_string());
                rows.push(std::mem::take(&mut row));
            }
            (false, c) if c == separator => row.push(std::mem::take(&mut field).trim().to_string()),
            (false, c) => field.push(c),
        }
    }
    if !field.is_empty() || !row.is_empty() {
        row.push(field.trim().to_string());
        rows.push(row);
    }
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
    }
}
