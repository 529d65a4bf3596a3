"""What the new Sphinx site's builds wrote (integrations/sphinx/test):
  check-output.py HTML… LATEX TEXT      (each theme's HTML build, then the LaTeX and text builds)
- each HTML build: the matrix pages hold every <raci-matrix> with its light-DOM fallback table
  and the prerendered first view linked to _static/raci/raci-widget.css, the module loader
  (where the theme puts scripts) and the stylesheet in the head; the page without a matrix has
  neither; the widget's files are in _static/raci/;
- the LaTeX and text builds: each matrix is a table with its caption, a row per task, a column
  per role, the parties in the cells."""

import os
import re
import sys

problems = []


def expect(ok, what):
    if not ok:
        problems.append(what)


def read(*path):
    with open(os.path.join(*path), encoding="utf-8") as f:
        return f.read()


def check_html(out):
    matrices = {"raci.html": (2, ["Scope the release", "Page the on-call"]), "myst.html": (1, ["Announce"])}
    for page, (count, rows) in matrices.items():
        html = read(out, page)
        elements = re.findall(r"<raci-matrix[^>]*>.*?</raci-matrix>", html, re.S)
        expect(len(elements) == count, f"{out}/{page}: {len(elements)} <raci-matrix>, expected {count}")
        for element in elements:
            view = re.search(r'<template shadowrootmode="open"><link rel="stylesheet" href="_static/raci/raci-widget.css">(.*?)</template>', element, re.S)
            expect(view and "<table" in view.group(1), f"{out}/{page}: no prerendered first view in {element[:300]}")
            light = element.replace(view.group(0), "") if view else element
            expect(re.search(r'<table.*<th scope="row">', light, re.S), f"{out}/{page}: no light-DOM table in {light[:300]}")
        for row in rows:
            expect(f'<th scope="row">{row}</th>' in html, f"{out}/{page}: no row {row!r}")
        head = html[: html.index("</head>")]
        # The theme places the scripts: alabaster in the head, Furo at the end of the body.
        expect(re.search(r'<script[^>]*src="_static/raci/raci-widget\.js(\?v=[0-9a-f]+)?"[^>]*type="module"|<script[^>]*type="module"[^>]*src="_static/raci/raci-widget\.js', html),
               f"{out}/{page}: no module script for raci-widget.js")
        expect(re.search(r'<link[^>]*href="_static/raci/raci-widget\.css', head), f"{out}/{page}: no stylesheet link in the head")
    for page in ("plain.html", "index.html"):
        html = read(out, page)
        expect("raci-widget" not in html and "<raci-matrix" not in html, f"{out}/{page}: the widget on a page without a matrix")
    myst = read(out, "myst.html")
    expect('<raci-matrix party="legal">' in myst, f"{out}/myst.html: the fence's option is not on the element")
    for name in ("raci-widget.js", "raci-widget-main.js", "raci-widget-core.js", "raci-widget-core_bg.wasm", "raci-widget.css"):
        expect(os.path.isfile(os.path.join(out, "_static", "raci", name)), f"{out}/_static/raci/{name} is missing")


# Each matrix as the non-HTML builders must show it: the header, then a row per task, a column
# per role, the parties as the data names them (the reader's `raci convert`; "—" is nobody).
ROLES = ["Task", "Responsible (R)", "Accountable (A)", "Consulted (C)", "Informed (I)"]
TABLES = {
    "Release": [ROLES, ["Scope the release", "Product", "Product", "Engineering", "—"],
                ["Announce", "Product", "Product", "Legal (if rights unclear)", "Engineering"]],
    "teams": [ROLES[:3], ["Page the on-call", "Ops", "Lead"], ["Write the postmortem", "Ops/Dev", "Lead"]],
}
TABLES["Release (MyST)"] = TABLES["Release"]


def check_tables(where, found):
    """found: [(caption, rows)] in the document's order."""
    captions = [caption for caption, _ in found]
    expect(captions == ["Release", "teams", "Release (MyST)"], f"{where}: the tables' captions are {captions}")
    for caption, rows in found:
        expect(rows == TABLES.get(caption), f"{where}: the table {caption!r} reads {rows}, expected {TABLES.get(caption)}")


def check_latex(out):
    tex = [n for n in os.listdir(out) if n.endswith(".tex")]
    expect(len(tex) == 1, f"{out}: expected one .tex, found {tex}")
    if not tex:
        return
    # LaTeX's escapes undone for the checks (a hyphen is written \sphinxhyphen{}).
    text = read(out, tex[0]).replace(r"\sphinxhyphen{}", "-")
    found = []
    for caption, _, body in re.findall(r"\\sphinxcaption\{([^}]*)\}.*?\\begin\{(tabulary|tabular|longtable)\}(.*?)\\end\{\2\}", text, re.S):
        rows = []
        for line in re.split(r"\\\\\s*\n", body):  # a row ends with \\ at the end of a line
            cells = [re.search(r"\\sphinxAtStartPar\s*(.*?)\s*\\sphinxbeforeendvarwidth", c, re.S) for c in line.split("&")]
            if any(cells):
                rows.append([c.group(1) if c else "" for c in cells])
        found.append((caption, rows))
    check_tables(f"{out}/{tex[0]}", found)
    expect("raci-matrix" not in text, f"{out}/{tex[0]}: HTML in the LaTeX")


def check_text(out):
    """The text builder's grid tables, each under its caption."""
    found = []
    for page in ("raci.txt", "myst.txt"):
        lines = read(out, page).splitlines()
        for i, line in enumerate(lines):
            if line.startswith("+-") and (i == 0 or not lines[i - 1].startswith("|")):
                caption = next(l for l in reversed(lines[:i]) if l.strip() and not set(l) <= set("^=*-~\"'"))
                rows = []
                for row in lines[i:]:
                    if not row.startswith(("|", "+")):
                        break
                    if row.startswith("|") and not row.startswith("|="):
                        rows.append([c.strip() for c in row.strip("|").split("|")])
                found.append((caption.strip(), rows))
        expect("raci-matrix" not in "\n".join(lines), f"{out}/{page}: HTML in the text")
    check_tables(out, found)


if __name__ == "__main__":
    *htmls, latex, text = sys.argv[1:]
    for html in htmls:
        check_html(html)
    check_latex(latex)
    check_text(text)
    if problems:
        sys.exit("check-output: " + "\ncheck-output: ".join(problems))
    print(f"check-output: {len(htmls)} HTML builds, the LaTeX and the text hold the matrices")
