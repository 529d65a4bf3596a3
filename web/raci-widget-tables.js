// Reads the <table>s inside a <raci-matrix> (anywhere below it: MkDocs Material wraps tables in
// its own divs) as rows of strings for the Rust reader, which alone decides what they mean.
// Spanning cells are repeated into every row and column they cover; a table nested in a cell
// is reported, not guessed at.

/** [{ title, id, header: [..], rows: [[..]] } | { error }] for each table, in page order. */
export function readTables(el) {
  const all = [...el.querySelectorAll('table')];
  const tables = all.filter((t) => !all.some((outer) => outer !== t && outer.contains(t)));
  const headings = [...el.querySelectorAll('h1, h2, h3, h4, h5, h6')];
  return tables.map((table, i) => {
    if (table.querySelector('table')) {
      return { error: 'has a table inside one of its cells: write the matrix as one plain table' };
    }
    const grid = expand(table);
    const headRows = table.tHead ? table.tHead.rows.length : 0;
    const headerAt = Math.max(headRows - 1, 0); // the last header row names the columns
    return {
      title: title(table, headings, i),
      id: table.getAttribute('data-model') ?? '',
      header: grid[headerAt] ?? [],
      rows: grid.slice(headerAt + 1),
    };
  });
}

// Caption, else the nearest heading before the table inside the element, else "" (the reader
// then says "Matrix N").
function title(table, headings) {
  const caption = table.caption && text(table.caption);
  if (caption) return caption;
  const before = headings.filter((h) => h.compareDocumentPosition(table) & Node.DOCUMENT_POSITION_FOLLOWING);
  return before.length ? text(before[before.length - 1]) : '';
}

// The table as a full grid: rowspan/colspan cells fill every slot they cover.
function expand(table) {
  const grid = [];
  [...table.rows].forEach((row, r) => {
    grid[r] ??= [];
    let c = 0;
    for (const cell of row.cells) {
      while (grid[r][c] !== undefined) c++;
      const value = text(cell);
      const rows = Math.min(Math.max(cell.rowSpan || 1, 1), 1000);
      const cols = Math.min(Math.max(cell.colSpan || 1, 1), 1000);
      for (let dr = 0; dr < rows && r + dr < table.rows.length; dr++) {
        grid[r + dr] ??= [];
        for (let dc = 0; dc < cols; dc++) grid[r + dr][c + dc] = value;
      }
      c += cols;
    }
  });
  return grid.map((row) => Array.from(row, (v) => v ?? ''));
}

// A cell's text: line breaks, list items and paragraphs become new lines (the reader splits
// names there); scripts and templates are skipped.
function text(node) {
  let out = '';
  const walk = (parent) => {
    for (const child of parent.childNodes) {
      if (child.nodeType === Node.TEXT_NODE) out += child.data;
      else if (child.nodeType === Node.ELEMENT_NODE) {
        const tag = child.localName;
        if (tag === 'br') out += '\n';
        else if (tag === 'script' || tag === 'style' || tag === 'template') continue;
        else {
          const block = /^(p|li|div|ul|ol|dd|dt)$/.test(tag);
          if (block) out += '\n';
          walk(child);
          if (block) out += '\n';
        }
      }
    }
  };
  walk(node);
  return out.replace(/[^\S\n]+/g, ' ').replace(/ *\n[\s]*/g, '\n').trim();
}
