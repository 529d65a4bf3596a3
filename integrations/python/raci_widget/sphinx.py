"""`extensions = ["raci_widget.sphinx"]`: the `raci` directive, for reST (`.. raci::`) and for
MyST (```` ```{raci} ````), with the fence options as directive options and the body a
Markdown table, CSV or JSON (or `:file:`, a file next to the document).

The native `raci` this wheel carries (the widget's own reader) reads, checks and renders every
matrix, in one `raci render --batch` process per build: nothing here reads a table.
- A problem is a Sphinx error naming the document and the directive's line, in the reader's
  words, so `sphinx-build -W` fails on it; the page then shows the messages and the text.
- HTML builders get the `<raci-matrix>` element that raci renders (the light-DOM fallback
  table and the prerendered first view), the widget's files in `_static/raci/`, and the
  loader script and stylesheet on the pages that show a matrix, and only there.
- Other builders (LaTeX/PDF, text, epub, man, …) get a docutils table of each model, built
  from the data that `raci convert --to json` writes: tasks by roles, each cell the parties
  as the data names them, the model's title as the caption.
"""

import json
import os
import shutil
import subprocess
import tempfile

from docutils import nodes
from docutils.parsers.rst import directives
from sphinx.errors import ExtensionError
from sphinx.transforms.post_transforms import SphinxPostTransform
from sphinx.util import logging
from sphinx.util.docutils import SphinxDirective
from sphinx.util.osutil import relative_uri

from . import WIDGET
from ._find_raci import RaciNotFound, find_raci_bin
from .render import Renderer

logger = logging.getLogger(__name__)
# Where the widget's files go, under the HTML output's _static/.
STATIC = "raci"
# Builders of the HTML format that are not web pages: a web component does not run there.
NOT_WEB = ("epub", "epub3")


class raci_matrix(nodes.General, nodes.Element):  # noqa: N801 (docutils' node naming)
    """A checked matrix: the author's text, its name, the options; rendered per builder."""


class Options(dict):
    """The directive's options: every name `raci vocabulary` prints, and `file`. Any other
    name is let through to raci, which rejects it in the reader's words ("did you mean")."""

    def __missing__(self, key):
        return directives.unchanged

    def __contains__(self, key):
        return True


class RaciDirective(SphinxDirective):
    has_content = True
    option_spec = Options(file=directives.path)

    def run(self):
        text = "\n".join(self.content)
        name = "-"
        options = [(key, value or "") for key, value in self.options.items() if key != "file"]
        if "file" in self.options:
            if text.strip():
                return self.failed(text, [':file: names the table, so the body must be empty; write one or the other'])
            relative, path = self.env.relfn2path(self.options["file"], self.env.docname)
            self.env.note_dependency(relative)
            try:
                with open(path, encoding="utf-8") as f:
                    text = f.read()
            except OSError as error:
                return self.failed(text, [f":file: {self.options['file']}: {error.strerror} ({path})"])
            # The file's name titles a CSV table and tells its format, as for `raci check`.
            name = self.options["file"]
        answer = renderer(self.env.app).render(text, name, options)
        errors = [p["message"] for p in answer.get("problems", []) if p.get("level") == "error"]
        for problem in answer.get("problems", []):
            if problem.get("level") != "error":
                # The reader's warnings, which the widget shows in its notes: not a failure.
                logger.info(f"raci: {problem['message']}", location=self.get_location())
        if answer.get("html") is None:
            return self.failed(text, errors or ["raci rendered nothing"])
        node = raci_matrix(text=text, name=name, options=options)
        self.set_source_info(node)
        return [node]

    def failed(self, text, messages):
        """Each message as an error naming the document and line; the page shows them."""
        for message in messages:
            logger.error(f"raci: {message}", location=self.get_location(), type="raci")
        box = nodes.container(classes=["raci-fence-error"])
        box += nodes.paragraph(text="This RACI matrix could not be read:")
        listed = nodes.bullet_list()
        for message in messages:
            listed += nodes.list_item("", nodes.paragraph(text=message))
        box += listed
        box += nodes.literal_block(text, text)
        return [box]


def renderer(app):
    """The build's one `raci render --batch` (one per process: a parallel build forks)."""
    mine = getattr(app, "_raci_renderer", None)
    if mine is None or mine[0] != os.getpid():
        mine = (os.getpid(), Renderer(cli_of(app)))
        app._raci_renderer = mine
    return mine[1]


def cli_of(app):
    cli = app.config.raci_cli or os.environ.get("RACI_CLI")
    if cli:
        return cli
    try:
        return find_raci_bin()
    except RaciNotFound as error:
        raise ExtensionError(f"raci: {error}") from None


def is_web(builder):
    return builder.format == "html" and builder.name not in NOT_WEB


def visit_html(self, node):
    """The element raci renders, with the first view linked to _static/raci/raci-widget.css
    as this page reaches it."""
    app = self.builder.app
    here = self.builder.get_target_uri(self.builder.current_docname)
    css = relative_uri(here, f"_static/{STATIC}/raci-widget.css") if app.config.raci_prerender else None
    answer = renderer(app).render(node["text"], node["name"], node["options"], css)
    if answer.get("html") is None:  # checked when read: only a changed binary gets here
        raise ExtensionError("raci: " + "; ".join(p["message"] for p in answer.get("problems", [])))
    self.body.append(answer["html"])
    raise nodes.SkipNode


class RaciTables(SphinxPostTransform):
    """For builders that are not web pages: each matrix as docutils tables, from the data."""

    default_priority = 200

    def is_supported(self):
        return not is_web(self.app.builder)

    def run(self, **kwargs):
        for node in list(self.document.findall(raci_matrix)):
            options = dict(node["options"])
            data = converted(self.app, node["text"], node["name"], options)
            if data is None:
                node.replace_self(nodes.paragraph(text=f"RACI matrix: {options.get('src', '')}"))
                continue
            wanted = options.get("model", "").lower()
            models = [m for m in data.get("models", []) if not wanted or m.get("id") == wanted] or data.get("models", [])
            tables = [table(data, model) for model in models]
            for each in tables:
                # A captioned table is a target (numfig, epub's checks): it needs an id.
                self.document.set_id(each)
            node.replace_self(tables)


def converted(app, text, name, options):
    """The data format of the author's text (`raci convert --to json`), or None for a `src`
    that the widget fetches (no text at build time)."""
    if not text.strip():
        return None
    command = [cli_of(app), "convert", "-", "--to", "json"]
    if options.get("layout"):
        command += ["--layout", options["layout"]]
    if options.get("title"):
        command += ["--title", options["title"]]
    with tempfile.TemporaryDirectory(prefix="raci-") as folder:
        if name != "-":
            # A file's name titles a CSV table (and tells its format): convert it under that
            # name, as render read it.
            command[2] = os.path.join(folder, os.path.basename(name))
            with open(command[2], "w", encoding="utf-8") as f:
                f.write(text)
        run = subprocess.run(command, input=text if name == "-" else None, capture_output=True, text=True, encoding="utf-8")
    if run.returncode != 0:
        raise ExtensionError(f"raci: `{' '.join(command)}` failed: {run.stderr.strip()}")
    return json.loads(run.stdout)


def table(data, model):
    """One model: a row per task (group headings as rows of their own), a column per role,
    each cell the parties as the data names them; the title as the caption."""
    roles = data.get("roles") or []
    tasks = model.get("tasks", [])
    described = any(t.get("description") for t in tasks)
    header = ["Task"] + ([model.get("descriptionHeader") or "Description"] if described else [])
    header += [f"{r.get('name') or r.get('letter')} ({r.get('letter')})" if r.get("name") else r.get("letter", r.get("id", "")) for r in roles]
    rows, group = [], None
    for task in tasks:
        if task.get("group") and task.get("group") != group:
            group = task["group"]
            rows.append([group] + [""] * (len(header) - 1))
        cells = task.get("cells", {})
        rows.append([task.get("task", "")] + ([task.get("description", "")] if described else [])
                    + [cells.get(r.get("id"), "") for r in roles])
    result = nodes.table(classes=["raci-table"])
    result += nodes.title(text=model.get("title", ""))
    group_node = nodes.tgroup(cols=len(header))
    result += group_node
    for column in range(len(header)):
        # Widths in characters (the text builder's; LaTeX takes them as proportions).
        widest = max(len(line[column]) for line in [header] + rows)
        group_node += nodes.colspec(colwidth=min(max(widest, 4), 40))
    thead = nodes.thead()
    group_node += thead
    thead += row(header)
    tbody = nodes.tbody()
    group_node += tbody
    for cells in rows:
        tbody += row(cells)
    return result


def row(cells):
    line = nodes.row()
    for text in cells:
        entry = nodes.entry()
        if text:
            entry += nodes.paragraph(text=text)
        line += entry
    return line


def vocabulary(app):
    """The option names from the one vocabulary (`raci vocabulary`), into the directive's spec."""
    said = subprocess.run([cli_of(app), "vocabulary"], capture_output=True, text=True, check=True).stdout
    names = [n for group in json.loads(said).values() for n in group]
    for name in names:
        RaciDirective.option_spec[name] = directives.unchanged
    return names


def on_builder_inited(app):
    vocabulary(app)
    if is_web(app.builder):
        if not os.path.isdir(WIDGET):
            raise ExtensionError("raci: the widget's files are missing from the package (see integrations/python/README.md)")
        # Before the pages are written, so Sphinx can stamp the script's URL with its checksum.
        shutil.copytree(WIDGET, os.path.join(app.outdir, "_static", STATIC), dirs_exist_ok=True)


def on_page_context(app, pagename, templatename, context, doctree):
    """The loader and stylesheet on the pages that show a matrix, and only there."""
    if doctree is None or not is_web(app.builder) or not any(doctree.findall(raci_matrix)):
        return
    app.add_js_file(f"{STATIC}/raci-widget.js", type="module")
    # Render-blocking, so the prerendered first view is styled from its first paint.
    app.add_css_file(f"{STATIC}/raci-widget.css")


def on_build_finished(app, exception):
    mine = getattr(app, "_raci_renderer", None)
    if mine and mine[0] == os.getpid():
        mine[1].close()
        app._raci_renderer = None


def setup(app):
    app.add_config_value("raci_cli", None, "env", [str])
    app.add_config_value("raci_prerender", True, "html", [bool])
    app.add_node(raci_matrix, html=(visit_html, None))
    app.add_directive("raci", RaciDirective)
    app.add_post_transform(RaciTables)
    app.connect("builder-inited", on_builder_inited)
    app.connect("html-page-context", on_page_context)
    app.connect("build-finished", on_build_finished)
    from importlib.metadata import PackageNotFoundError, version

    try:
        own = version("raci-widget")
    except PackageNotFoundError:
        own = "source"
    return {"version": own, "parallel_read_safe": True, "parallel_write_safe": True, "env_version": 1}
