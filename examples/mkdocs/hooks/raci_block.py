"""MkDocs hook: let Python-Markdown treat <raci-matrix> as a block-level HTML element.

Python-Markdown only passes *known* block-level tags (div, table, ...) through as raw HTML
blocks. Any other tag, custom elements included, is treated as inline HTML and wrapped in a
<p>, which breaks a multi-line <raci-matrix>...</raci-matrix> with a fallback paragraph inside
(the browser closes the outer <p>, and the raci-matrix with it, at the inner <p>).

Without this hook, wrap each element in a <div>...</div> instead.
"""

from markdown import Extension

CUSTOM_BLOCK_ELEMENTS = ("raci-matrix",)


class _CustomBlockElements(Extension):
    def extendMarkdown(self, md):  # noqa: N802 (Python-Markdown's API name)
        for tag in CUSTOM_BLOCK_ELEMENTS:
            if tag not in md.block_level_elements:
                md.block_level_elements.append(tag)


def on_config(config):
    config.markdown_extensions.append(_CustomBlockElements())
    return config
