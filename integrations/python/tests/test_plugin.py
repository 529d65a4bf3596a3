"""A new MkDocs Material project with `plugins: [search, raci]`, the plugin installed from its
wheel (the `raci` binary inside): fences in both header forms, a wrapped table, `src`, the
script only where needed, every table fence prerendered, and --strict failing on a broken
fence with the widget reader's message naming the page and the fence's line. Run with the venv
that has the plugin installed (integrations/test does)."""

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


def build(pages, strict=True, extra_files=None, config=CONFIG, env=None):
    """Builds a new project with `pages` ({name: markdown}); returns (exit code, log, site dir)."""
    root = tempfile.mkdtemp(prefix="raci-mkdocs-")
    os.makedirs(os.path.join(root, "docs"))
    with open(os.path.join(root, "mkdocs.yml"), "w") as f:
        f.write(config)
    for name, text in {**pages, **(extra_files or {})}.items():
        with open(os.path.join(root, "docs", name), "w") as f:
            f.write(text)
    args = MKDOCS + ["build"] + (["--strict"] if strict else [])
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1", **(env or {})}
    env = {k: v for k, v in env.items() if v is not None}
    run = subprocess.run(args, cwd=root, capture_output=True, text=True, env=env)
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
        # The fallback table as the widget's reader wrote it back (joint cell: Ops/Dev).
        self.assertIn('<th scope="row">Deploy</th><td></td><td>Ops/Dev</td><td>Lead</td>', html)
        # Both table fences carry the first view; a `src` one does not (the widget fetches it
        # and shows a loading note first), but it has the file's table for readers without JS.
        self.assertEqual(html.count('<template shadowrootmode="open">'), 2, "both table fences prerendered")
        self.assertIn('<link rel="stylesheet" href="assets/raci/raci-widget.css">\n</head>', html)
        self.assertIn('<th scope="row">On-call</th><td></td><td>SRE</td>', html)
        self.assertIn("<caption>teams</caption>", html)
        self.assertIn("<td>Review</td>", html)
        self.assertIn('<script type="module" src="assets/raci/raci-widget.js"></script>', html)
        self.assertNotIn("raci-widget.js", read(site, "plain/index.html"), "no script without a matrix")
        for name in ("raci-widget.js", "raci-widget-main.js", "raci-widget-core.js", "raci-widget-core_bg.wasm", "raci-widget.css"):
            self.assertTrue(os.path.isfile(os.path.join(site, "assets", "raci", name)), name)

    def test_a_json_body_keeps_its_data_and_a_fallback_table(self):
        body = '{"intro": "Who runs </script> what.", "models": [{"title": "M", "tasks": [{"task": "T", "cells": {"r": "Ops"}}]}]}'
        code, log, site = build({"index.md": f"```raci\n{body}\n```\n"})
        self.assertEqual(code, 0, log)
        html = read(site, "index.html")
        data = re.search(r'<template data-raci-catalog="([^"]*)"></template>', html)
        self.assertIsNotNone(data, html)
        # Its intro (which no table has room for) in the build-time data, with no `<` in it.
        self.assertIn("\nI\tWho runs \\l/script&gt; what.\n", data.group(1))
        self.assertIn("<caption>M</caption>", html)

    def test_strict_fails_on_a_misspelt_party_with_did_you_mean_naming_page_and_line(self):
        page = "# Teams\n\nIntro.\n\n```raci party=\"opz\"\n| Task | R | A |\n|---|---|---|\n| Deploy | Ops | Lead |\n```\n"
        code, log, site = build({"index.md": page})
        self.assertNotEqual(code, 0, log)
        self.assertIn('raci fence in index.md:5: option "party": no party "opz" (did you mean "ops"?)', log)
        # Without --strict the page still builds, with the message and the author's table.
        code, log, site = build({"index.md": page}, strict=False)
        self.assertEqual(code, 0, log)
        html = read(site, "index.html")
        self.assertIn('class="raci-fence-error"', html)
        self.assertIn("did you mean &quot;ops&quot;?", html)
        self.assertIn("| Deploy | Ops | Lead |", html)

    def test_strict_fails_on_a_broken_cell_and_a_missing_src_file(self):
        broken = "```raci\n| Task | R | A |\n|---|---|---|\n| Deploy | Ops//Dev | Lead |\n```\n"
        code, log, _ = build({"index.md": broken})
        self.assertNotEqual(code, 0)
        # Placed by the reader: the page's line 4, column 12 (the fence opens on line 1).
        self.assertIn('raci fence in index.md:4:12: table 1, row "Deploy", column "R": cell "Ops//Dev" has an empty name between separators', log)
        code, log, _ = build({"index.md": '# A\n\n```raci src="missing.csv"\n```\n'})
        self.assertNotEqual(code, 0)
        self.assertIn("raci fence in index.md:3: src 'missing.csv': no such file", log)

    def test_unknown_options_are_reported_in_the_readers_words(self):
        code, log, _ = build({"index.md": '```raci vew="parties"\n| Task | R |\n|---|---|\n| A | B |\n```\n'})
        self.assertNotEqual(code, 0)
        self.assertIn('raci fence in index.md:1: option "vew": unknown option (did you mean "view"?)', log)

    def test_the_plugin_finds_its_own_binary_without_path_or_raci_cli(self):
        code, log, site = build({"index.md": GOOD.split("<raci-matrix")[0]},
                                env={"RACI_CLI": None, "PATH": "/usr/bin:/bin"})
        self.assertEqual(code, 0, log)
        self.assertIn('<template shadowrootmode="open">', read(site, "index.html"))

    def test_cli_and_raci_cli_override_the_binary(self):
        code, log, _ = build({"index.md": GOOD}, strict=False, env={"RACI_CLI": "/no/such/raci"})
        self.assertNotEqual(code, 0)
        self.assertIn("cannot run /no/such/raci", log)
        config = CONFIG.replace("  - raci\n", "  - raci:\n      cli: /no/such/raci-either\n")
        code, log, _ = build({"index.md": GOOD}, strict=False, config=config, env={"RACI_CLI": None})
        self.assertNotEqual(code, 0)
        self.assertIn("cannot run /no/such/raci-either", log)


class FindRaciTest(unittest.TestCase):
    def test_without_the_binary_the_message_says_how_to_get_it(self):
        # The package as an editable or source-tree install leaves it: no `raci` anywhere the
        # wheel would have put it.
        from raci_widget import _find_raci

        empty = tempfile.mkdtemp(prefix="raci-nobin-")
        real = _find_raci.candidates
        _find_raci.candidates = lambda: [empty]
        try:
            with self.assertRaises(_find_raci.RaciNotFound) as caught:
                _find_raci.find_raci_bin()
        finally:
            _find_raci.candidates = real
        message = str(caught.exception)
        for hint in ("pip install raci-widget", "cargo build --release -p raci-cli", "RACI_CLI", "cli: PATH", empty):
            self.assertIn(hint, message)

    def test_the_installed_binary_is_found_and_is_this_version(self):
        from importlib.metadata import version

        from raci_widget import _find_raci

        path = _find_raci.find_raci_bin()
        out = subprocess.run([path, "--version"], capture_output=True, text=True, check=True).stdout
        self.assertEqual(out, f"raci {version('raci-widget')}\n")


class LocatorTest(unittest.TestCase):
    def test_fences_are_found_in_both_forms_nested_and_by_body(self):
        from mkdocs_raci.fence import Locator

        page = textwrap.dedent("""\
            # A

            ```raci title="x"
            a
            ```

            - item

                ~~~~{.raci}
                b
                ~~~~

            ```python
            raci
            ```

            ```raci
            a
            ```
            """)
        locator = Locator(page)
        self.assertEqual(locator.line_of("b"), 9)
        self.assertEqual(locator.line_of("a\n"), 3)
        self.assertEqual(locator.line_of("a"), 17)
        self.assertIsNone(locator.line_of("a"))

    def test_a_problem_in_a_fence_body_is_placed_at_the_page_s_line_and_column(self):
        from mkdocs_raci.fence import Locator

        page = "# T\n\n- item\n\n    ```raci\n    | Task | R |\n    |---|---|\n    | x | A | B |\n    ```\n"
        line, place = Locator(page).place_of("| Task | R |\n|---|---|\n| x | A | B |\n")
        self.assertEqual(line, 5)
        # Body line 3, column 3 ("x") is the page's line 8, column 7 (indented by four).
        self.assertEqual(place(3, 3), (8, 7))
        # A body that is not the page's text line for line is placed at the fence only.
        line, place = Locator("```raci\n\n\na\n```\n").place_of("a")
        self.assertEqual((line, place), (1, None))


if __name__ == "__main__":
    unittest.main()
