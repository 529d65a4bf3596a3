"""The ```raci fence: a Markdown table, CSV or JSON in the data format becomes a <raci-matrix>
with plain tables inside (what readers without JavaScript and search engines see, and the data
the widget reads), or with the JSON inside a <script type="application/json"> plus a table."""

import csv
import html
import io
import json

import markdown

# Fence options that become attributes of <raci-matrix> (the widget's public vocabulary).
ATTRIBUTES = ("model", "view", "party", "roles", "q", "checks", "from", "theme", "loading", "src")
OPTIONS = ATTRIBUTES + ("title",)
ROLE_NAMES = {"r": "Responsible", "a": "Accountable", "c": "Consulted", "i": "Informed"}


def kind_of(source):
    """'json', 'markdown' or 'csv', from the body's look (as the widget's reader decides)."""
    text = source.lstrip("\ufeff").lstrip()
    if text.startswith(("{", "[")):
        return "json"
    lines = [line.strip() for line in text.splitlines()]
    for first, second in zip(lines, lines[1:]):
        if "|" in first and second and set(second) <= set("|-: \t") and "-" in second:
            return "markdown"
    return "csv"


def _table(header, rows, title=""):
    esc = html.escape
    out = ["<table>"]
    if title:
        out.append(f"<caption>{esc(title)}</caption>")
    out.append("<thead><tr>" + "".join(f'<th scope="col">{esc(h)}</th>' for h in header) + "</tr></thead>")
    out.append("<tbody>")
    for row in rows:
        cells = list(row) + [""] * (len(header) - len(row))
        first, rest = cells[0], cells[1:]
        out.append(f'<tr><th scope="row">{esc(first)}</th>' + "".join(f"<td>{esc(c)}</td>" for c in rest) + "</tr>")
    out.append("</tbody></table>")
    return "\n".join(out)


def csv_rows(source):
    text = source.lstrip("\ufeff")
    first = text.splitlines()[0] if text.strip() else ""
    delimiter = max((",", ";", "\t"), key=first.count)
    rows = [[c.strip() for c in row] for row in csv.reader(io.StringIO(text), delimiter=delimiter)]
    return [row for row in rows if any(row)]


def json_tables(data):
    """Plain tables for a JSON catalog: one per model, cells as written."""
    roles = data.get("roles") or [{"id": k, "name": v} for k, v in ROLE_NAMES.items()]
    header = ["Task", "Description"] + [str(r.get("name", r.get("id", ""))) for r in roles]
    tables = []
    for model in data.get("models") or []:
        rows = []
        for task in model.get("tasks") or []:
            cells = task.get("cells") or {}
            rows.append([str(task.get("task", "")), str(task.get("description", "") or "")]
                        + [str(cells.get(r.get("id"), "") or "") for r in roles])
        tables.append(_table(header, rows, str(model.get("title", ""))))
    return "\n".join(tables)


def fallback(source, kind, title):
    """The markup inside the element for a fence body of `kind`."""
    if not source.strip():
        return ""
    if kind == "markdown":
        body = markdown.markdown(source, extensions=["tables"])
        if title and body.count("<table>") == 1:
            body = body.replace("<table>", f"<table>\n<caption>{html.escape(title)}</caption>", 1)
        return body
    if kind == "csv":
        rows = csv_rows(source)
        return _table(rows[0], rows[1:], title) if rows else ""
    try:
        data = json.loads(source)
    except ValueError:
        return ""
    script = json.dumps(data, ensure_ascii=False).replace("<", "\\u003c")
    tables = json_tables(data) if isinstance(data, dict) else ""
    return f'<script type="application/json">{script}</script>\n{tables}'


def structural_problems(source, kind):
    """What can be said without the widget's reader (used when the `raci` CLI is absent)."""
    if kind == "json":
        try:
            data = json.loads(source)
        except ValueError as error:
            return [f"the JSON does not parse: {error}"]
        if not isinstance(data, dict) or not isinstance(data.get("models"), list) or not data["models"]:
            return ["models: missing (the data format needs a list of models)"]
        return []
    if kind == "csv":
        rows = csv_rows(source)
        if len(rows) < 2:
            return ["the CSV table needs a header row and at least one row"]
        wide = [r[0] for r in rows[1:] if len(r) > len(rows[0])]
        return [f'row "{name}": more cells than the header' for name in wide]
    return []


def element(source, options, page_src=None):
    """The whole <raci-matrix> for a fence; `page_src` rewrites `src` for the built page."""
    kind = kind_of(source)
    attrs = ""
    for key in ATTRIBUTES:
        if key in options:
            value = page_src if key == "src" and page_src else options[key]
            attrs += f' {key}="{html.escape(str(value), quote=True)}"'
    inner = fallback(source, kind, options.get("title", ""))
    if not inner and "src" in options:
        href = html.escape(page_src or options["src"], quote=True)
        inner = f'<p>The RACI matrix in <a href="{href}">{html.escape(options["src"])}</a>.</p>'
    return f"<raci-matrix{attrs}>\n{inner}\n</raci-matrix>"
