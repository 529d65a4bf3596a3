"""A new MkDocs Material project with `plugins: [search, raci]`: fences in both header forms,
a wrapped table, `src`, the script only where needed, and --strict failing on a broken fence
with the widget reader's message. Run with the venv that has the plugin installed."""

import os
import re
import subprocess
import sys
import tempfile
import textwrap
import unittest

MKDOCS = [sys.executable, "-m", "mkdocs"]

CONFIG = """\
site_name: A new site
theme:
  name: material
plugins:
  - search
  - raci
"""

GOOD = """\
# Matrices

```raci title="Release" view="parties"
| Activity | Product | Engineering |
|---|---|---|
| Scope | A/R | C |
```

```{.raci party="ops"}
Task,Responsible,Accountable
Deploy,Ops + Dev,Lead
```

<raci-matrix markdown id="wrapped">

| Task | R | A |
|---|---|---|
| Review | Docs | Lead |

</raci-matrix>

```raci src="teams.csv"
```
"""


def build(pages, strict=True, extra_files=None):
    """Builds a new project with `pages` ({name: markdown}); returns (exit code, log, site dir)."""
    root = tempfile.mkdtemp(prefix="raci-mkdocs-")
    os.makedirs(os.path.join(root, "docs"))
    with open(os.path.join(root, "mkdocs.yml"), "w") as f:
        f.write(CONFIG)
    for name, text in {**pages, **(extra_files or {})}.items():
        with open(os.path.join(root, "docs", name), "w") as f:
            f.write(text)
    args = MKDOCS + ["build"] + (["--strict"] if strict else [])
    run = subprocess.run(args, cwd=root, capture_output=True, text=True, env={**os.environ, "NO_MKDOCS_2_WARNING": "1"})
    return run.returncode, run.stdout + run.stderr, os.path.join(root, "site")


def read(site, path):
    with open(os.path.join(site, path), encoding="utf-8") as f:
        return f.read()


class RaciPluginTest(unittest.TestCase):
    def test_fences_wrapped_table_and_src(self):
        code, log, site = build({"index.md": GOOD, "plain.md": "# Plain\n\nNo matrix.\n"},
                                extra_files={"teams.csv": "Task,R\nOn-call,SRE\n"})
        self.assertEqual(code, 0, log)
        html = read(site, "index.html")
        tags = re.findall(r"<raci-matrix[^>]*>", html)
        self.assertEqual(tags, ['<raci-matrix view="parties">', '<raci-matrix party="ops">',
                                '<raci-matrix id="wrapped">', '<raci-matrix src="teams.csv">'])
        self.assertIn("<caption>Release</caption>", html)
        # As written, or as the command line writes it back when it prerenders the fence.
        self.assertRegex(html, r'<th scope="row">Deploy</th>(<td></td>)?<td>Ops( \+ |/)Dev</td><td>Lead</td>')
        if os.environ.get("RACI_CLI"):
            self.assertEqual(html.count('<template shadowrootmode="open">'), 2, "both table fences prerendered")
            self.assertIn('<link rel="stylesheet" href="assets/raci/raci-widget.css">\n</head>', html)
        self.assertIn("<td>Review</td>", html)
        self.assertIn('<script type="module" src="assets/raci/raci-widget.js"></script>', html)
        self.assertNotIn("raci-widget.js", read(site, "plain/index.html"), "no script without a matrix")
        for name in ("raci-widget.js", "raci-widget-main.js", "raci-widget-core.js", "raci-widget-core_bg.wasm", "raci-widget.css"):
            self.assertTrue(os.path.isfile(os.path.join(site, "assets", "raci", name)), name)

    def test_a_json_body_keeps_its_data_and_a_fallback_table(self):
        body = '{"models": [{"title": "M", "tasks": [{"task": "T", "cells": {"r": "Ops </script>"}}]}]}'
        code, log, site = build({"index.md": f"```raci\n{body}\n```\n"})
        self.assertEqual(code, 0, log)
        html = read(site, "index.html")
        self.assertIn('<script type="application/json">{"models": [{"title": "M", "tasks": [{"task": "T", "cells": {"r": "Ops \\u003c/script>"}}]}]}</script>', html)
        self.assertIn("<caption>M</caption>", html)

    @unittest.skipUnless(os.environ.get("RACI_CLI"), "needs the raci command line (RACI_CLI)")
    def test_strict_fails_on_a_broken_fence_with_the_readers_message(self):
        broken = "```raci\n| Task | R | A |\n|---|---|---|\n| Deploy | Ops//Dev | Lead |\n```\n"
        code, log, _ = build({"index.md": broken})
        self.assertNotEqual(code, 0)
        self.assertIn('raci fence in index.md: table 1, row "Deploy", column "R": cell "Ops//Dev" has an empty name between separators', log)
        code, log, _ = build({"index.md": '```raci src="missing.csv"\n```\n'})
        self.assertNotEqual(code, 0)
        self.assertIn("missing.csv", log)

    def test_unknown_options_are_reported(self):
        code, log, _ = build({"index.md": '```raci colour="red"\n| Task | R |\n|---|---|\n| A | B |\n```\n'})
        self.assertNotEqual(code, 0)
        self.assertIn("raci fence in index.md: unknown option 'colour'", log)


if __name__ == "__main__":
    unittest.main()
