"""What the new Sphinx site's builds wrote (integrations/sphinx/test):
  check-output.py HTML… LATEX      (each theme's HTML build, then the LaTeX build)
- each HTML build: the matrix pages hold every <raci-matrix> with its light-DOM fallback table
  and the prerendered first view linked to _static/raci/raci-widget.css, the module loader (where
  the theme puts scripts) and the stylesheet in the head; the page without a matrix has neither; the widget's files are
  in _static/raci/;
- the LaTeX build: each matrix is a table with its caption, its tasks, the role columns and
  the parties in the cells."""

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


def check_latex(out):
    tex = [n for n in os.listdir(out) if n.endswith(".tex")]
    expect(len(tex) == 1, f"{out}: expected one .tex, found {tex}")
    if not tex:
        return
    # LaTeX's escapes undone for the checks (a hyphen is written \sphinxhyphen{}).
    text = read(out, tex[0]).replace(r"\sphinxhyphen{}", "-")
    tables = re.findall(r"\\sphinxcaption\{([^}]*)\}.*?\\begin\{(tabulary|tabular|longtable)\}(.*?)\\end\{\2\}", text, re.S)
    captions = [t[0] for t in tables]
    expect(captions.count("Release") == 1 and captions.count("Release (MyST)") == 1 and "teams" in " ".join(captions),
           f"{out}/{tex[0]}: the tables' captions are {captions}, expected Release, the CSV's (teams) and Release (MyST)")
    wanted = {
        "Release": ["Scope the release", "Announce", "Responsible (R)", "Accountable (A)", "Consulted (C)", "Informed (I)",
                    "Product", "Engineering", "Legal (if rights unclear)"],
        "teams": ["Page the on-call", "Write the postmortem", "Responsible (R)", "Ops", "Lead"],
    }
    for caption, _, body in tables:
        key = "teams" if "teams" in caption else "Release"
        for word in wanted[key]:
            expect(word in body, f"{out}/{tex[0]}: the table {caption!r} has no {word!r}")
    expect("raci-matrix" not in text, f"{out}/{tex[0]}: HTML in the LaTeX")


if __name__ == "__main__":
    *htmls, latex = sys.argv[1:]
    for html in htmls:
        check_html(html)
    check_latex(latex)
    if problems:
        sys.exit("check-output: " + "\ncheck-output: ".join(problems))
    print(f"check-output: {len(htmls)} HTML builds and the LaTeX hold the matrices")
