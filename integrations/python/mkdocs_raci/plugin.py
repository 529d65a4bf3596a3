"""`plugins: [raci]`: the widget's files in the built site, its script on the pages that show a
matrix, <raci-matrix> as a block-level tag, and the ```raci fence, read, checked and rendered
at build time by the `raci` binary (the widget's own reader) that the wheel carries."""

import functools
import logging
import os
import posixpath
import shutil

from mkdocs.config import config_options as c
from mkdocs.config.base import Config
from mkdocs.exceptions import PluginError
from mkdocs.plugins import BasePlugin
from mkdocs.utils import get_relative_url

from raci_widget import WIDGET
from raci_widget._find_raci import RaciNotFound, find_raci_bin
from raci_widget.render import Renderer

from . import fence

log = logging.getLogger("mkdocs.plugins.raci")


class RaciConfig(Config):
    # Where the widget's files go in the built site.
    assets_dir = c.Type(str, default="assets/raci")
    # Another `raci` binary than the one installed with the plugin (also env RACI_CLI).
    cli = c.Optional(c.Type(str))
    # Fences carry the widget's first view, rendered at build time (a declarative shadow
    # root), so the table is painted at once and nothing moves when the wasm takes over.
    prerender = c.Type(bool, default=True)


class RaciPlugin(BasePlugin[RaciConfig]):
    def __init__(self):
        self.page = None
        self.instant = False
        self.renderer = None
        self.locator = fence.Locator()
        # Superfences swallows what a fence formatter raises (the fence then becomes a plain
        # code block): a failure is kept here and raised once the page is converted.
        self.failure = None

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
            "validator": validate_fence,
        })
        settings["custom_fences"] = fences
        features = (config.theme.get("features") or []) if config.theme else []
        # Instant navigation swaps pages without running their head scripts: then the (1 KB)
        # loader goes on every page; it fetches nothing more where there is no matrix.
        self.instant = "navigation.instant" in features
        try:
            cli = self.config.cli or os.environ.get("RACI_CLI") or find_raci_bin()
        except RaciNotFound as error:
            raise PluginError(f"raci: {error}") from None
        self.close()
        self.renderer = Renderer(cli)
        return config

    def on_page_markdown(self, markdown, page, **kwargs):
        self.page = page
        self.locator = fence.Locator(markdown)
        self.failure = None
        return markdown

    def on_page_content(self, html, page, **kwargs):
        if self.failure:
            failure, self.failure = self.failure, None
            raise PluginError(f"raci: {page.file.src_uri}: {failure}")
        return html

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

    def on_post_build(self, config):
        self.close()
        target = os.path.join(config.site_dir, *self.config.assets_dir.split("/"))
        if not os.path.isdir(WIDGET):
            raise PluginError("raci: the widget's files are missing from the package (see integrations/python/README.md)")
        shutil.copytree(WIDGET, target, dirs_exist_ok=True)

    def on_build_error(self, error):
        self.close()

    def on_shutdown(self):
        self.close()

    def close(self):
        if self.renderer:
            self.renderer.close()

    def asset_url(self, name):
        """A widget file's URL relative to the page being built."""
        return get_relative_url(posixpath.join(self.config.assets_dir, name), self.page.url if self.page else "")

    def page_relative_src(self, src):
        """`src` written next to the page's Markdown file: (URL from the built page, file path)."""
        if not self.page or "://" in src or src.startswith("/"):
            return src, None
        here = posixpath.dirname(self.page.file.src_uri)
        target = posixpath.normpath(posixpath.join(here, src))
        folder = os.path.dirname(self.page.file.abs_src_path or "")
        return get_relative_url(target, self.page.url), os.path.join(folder, src)

    def render(self, source, options):
        """(the page's HTML or None, errors, notes) for one fence, messages naming its place."""
        page = self.page.file.src_uri if self.page else "a page"
        line, place = self.locator.place_of(source)
        where = f"{page}:{line}" if line else page
        text, name, pairs = source, "-", list(options.items())
        if "src" in options:
            url, path = self.page_relative_src(options["src"])
            # The file is the data (its name titles a CSV); the page links it by its URL.
            pairs = [(k, url if k == "src" else v) for k, v in pairs]
            if path and not source.strip():
                if not os.path.isfile(path):
                    return None, [f"raci fence in {where}: src {options['src']!r}: no such file ({path})"], []
                with open(path, encoding="utf-8") as f:
                    text, name = f.read(), path
        stylesheet = self.asset_url("raci-widget.css") if self.config.prerender else None
        answer = self.renderer.render(text, name, pairs, stylesheet)
        errors, notes = [], []
        for problem in answer.get("problems", []):
            at = where
            if place and name == "-" and problem.get("line"):
                # Placed by the reader in the body: the page's own line and column.
                at = "{}:{}:{}".format(page, *place(problem["line"], problem["column"]))
            said = f"raci fence in {at}: {problem['message']}"
            (errors if problem.get("level") == "error" else notes).append(said)
        return answer.get("html"), errors, notes


def validate_fence(language, inputs, options, attrs, md):
    """Both header forms: ```raci title="x" view=parties and ```{.raci title="x"}. Every
    option goes to `raci`, which knows the vocabulary (an unknown one is an error there)."""
    options.update(inputs)
    return True


def format_fence(source, language, class_name, options, md, plugin=None, **kwargs):
    try:
        html, errors, notes = plugin.render(source, options)
    except Exception as error:  # noqa: BLE001 (superfences would hide it: see RaciPlugin.failure)
        plugin.failure = plugin.failure or error
        return fence.broken(source, [str(error)])
    # Errors fail `mkdocs build --strict`; the reader's warnings (which the widget shows on the
    # page, in its notes) are reported without failing it.
    for message in errors:
        log.warning(message)
    for message in notes:
        log.info(message)
    if html is None:
        return fence.broken(source, errors)
    return html
