"""`plugins: [raci]`: the widget's files in the built site, its script on the pages that show a
matrix, <raci-matrix> as a block-level tag, and the ```raci fence, checked at build time."""

import functools
import logging
import os
import posixpath
import shutil
import subprocess

from mkdocs.config import config_options as c
from mkdocs.config.base import Config
from mkdocs.plugins import BasePlugin
from mkdocs.utils import get_relative_url

from . import fence

log = logging.getLogger("mkdocs.plugins.raci")
WIDGET = os.path.join(os.path.dirname(__file__), "widget")


class RaciConfig(Config):
    # Where the widget's files go in the built site.
    assets_dir = c.Type(str, default="assets/raci")
    # The `raci` command line (the widget's own reader, `cargo install raci-widget`): fences are
    # checked with it, with its messages; without it, only their structure is checked.
    cli = c.Optional(c.Type(str))
    # With the command line: fences carry the widget's first view, rendered at build time
    # (a declarative shadow root), so the table is painted at once and nothing moves when the
    # wasm takes over.
    prerender = c.Type(bool, default=True)


class RaciPlugin(BasePlugin[RaciConfig]):
    def __init__(self):
        self.page = None
        self.instant = False

    def on_config(self, config):
        config.markdown_extensions.append("mkdocs_raci.blocks")
        if "md_in_html" not in config.markdown_extensions:
            config.markdown_extensions.append("md_in_html")
        if "pymdownx.superfences" not in config.markdown_extensions:
            config.markdown_extensions.append("pymdownx.superfences")
        settings = config.mdx_configs.setdefault("pymdownx.superfences", {})
        fences = [f for f in settings.get("custom_fences", []) if f.get("name") != "raci"]
        fences.append({
            "name": "raci",
            "class": "raci",
            "format": functools.partial(format_fence, plugin=self),
            "validator": functools.partial(validate_fence, plugin=self),
        })
        settings["custom_fences"] = fences
        features = (config.theme.get("features") or []) if config.theme else []
        # Instant navigation swaps pages without running their head scripts: then the (1 KB)
        # loader goes on every page; it fetches nothing more where there is no matrix.
        self.instant = "navigation.instant" in features
        self.cli = self.config.cli or os.environ.get("RACI_CLI") or shutil.which("raci")
        if not self.cli:
            log.info("raci: the `raci` command line is not installed: fences get structural checks only")
        return config

    def on_page_markdown(self, markdown, page, **kwargs):
        self.page = page
        return markdown

    def on_post_page(self, output, page, config):
        if "<raci-matrix" not in output and not self.instant:
            return output
        src = get_relative_url(posixpath.join(self.config.assets_dir, "raci-widget.js"), page.url)
        tags = f'<script type="module" src="{src}"></script>'
        if "shadowrootmode" in output:
            # Render-blocking here, so the prerendered view is styled from its first paint.
            css = get_relative_url(posixpath.join(self.config.assets_dir, "raci-widget.css"), page.url)
            tags += f'\n<link rel="stylesheet" href="{css}">'
        return output.replace("</head>", f"{tags}\n</head>", 1)

    def asset_url(self, name):
        """A widget file's URL relative to the page being built."""
        return get_relative_url(posixpath.join(self.config.assets_dir, name), self.page.url if self.page else "")

    def prerendered(self, source, options):
        """The fence as the command line renders it, first view included; None without it."""
        # Tables only: a JSON body's own data (intro, role meanings) stays the widget's source.
        if not (self.cli and self.config.prerender and source.strip()) or fence.kind_of(source) == "json":
            return None
        args = [self.cli, "convert", "-", "--to", "html", "--prerender", self.asset_url("raci-widget.css")]
        if options.get("title"):
            args += ["--title", options["title"]]
        for key in fence.ATTRIBUTES:
            if key in options and key != "src":
                args += ["--attr", f"{key}={options[key]}"]
        run = subprocess.run(args, input=source, capture_output=True, text=True, check=False)
        return run.stdout if run.returncode == 0 else None

    def on_post_build(self, config):
        target = os.path.join(config.site_dir, *self.config.assets_dir.split("/"))
        if not os.path.isdir(WIDGET):
            log.error("raci: the widget files are missing from the package (see integrations/mkdocs/README.md)")
            return
        shutil.copytree(WIDGET, target, dirs_exist_ok=True)

    def page_relative_src(self, src):
        """`src` written next to the page's Markdown file, as a URL from the built page."""
        if not self.page or "://" in src or src.startswith("/"):
            return src, None
        here = posixpath.dirname(self.page.file.src_uri)
        target = posixpath.normpath(posixpath.join(here, src))
        folder = os.path.dirname(self.page.file.abs_src_path or "")
        return get_relative_url(target, self.page.url), os.path.join(folder, src)

    def check(self, text=None, path=None):
        """Problems in a fence body (or a file), in the widget reader's own words."""
        if self.cli:
            args = [self.cli, "check", path or "-"]
            run = subprocess.run(args, input=None if path else text, capture_output=True, text=True, check=False)
            if run.returncode == 0:
                return []
            prefix = f"{path or '-'}: error: "
            lines = run.stderr.splitlines()
            errors = [line[len(prefix):] if line.startswith(prefix) else line for line in lines if ": error: " in line]
            # A file that cannot be read says so on a line of its own.
            return errors or [line for line in lines if line.strip()] or [f"raci check exited with {run.returncode}"]
        if path:
            if not os.path.isfile(path):
                return [f"{path}: no such file"]
            with open(path, encoding="utf-8") as f:
                text = f.read()
        return fence.structural_problems(text, fence.kind_of(text))


def validate_fence(language, inputs, options, attrs, md, plugin=None):
    """Both header forms: ```raci title="x" view=parties and ```{.raci title="x"}."""
    for key, value in inputs.items():
        if key in fence.OPTIONS:
            options[key] = value
        else:
            where = plugin.page.file.src_uri if plugin and plugin.page else "a page"
            log.warning(f"raci fence in {where}: unknown option {key!r} (known: {', '.join(fence.OPTIONS)})")
    return True


def format_fence(source, language, class_name, options, md, plugin=None, **kwargs):
    where = plugin.page.file.src_uri if plugin and plugin.page else "a page"
    page_src = None
    problems = []
    if "src" in options and plugin:
        page_src, path = plugin.page_relative_src(options["src"])
        if path and not source.strip():
            problems += plugin.check(path=path)
    if source.strip():
        problems += plugin.check(text=source) if plugin else []
    for problem in problems:
        log.warning(f"raci fence in {where}: {problem}")
    if not problems and plugin and "src" not in options:
        first = plugin.prerendered(source, options)
        if first:
            return first
    return fence.element(source, options, page_src)
