"""Lets Python-Markdown treat <raci-matrix> as a block-level HTML element.

Python-Markdown passes only *known* block-level tags (div, table, ...) through as raw HTML
blocks; any other tag is inline HTML, wrapped in a <p>. With this, `<raci-matrix markdown>` on
its own line, a Markdown table, and `</raci-matrix>` (with md_in_html) put the table inside.
"""

from markdown import Extension

BLOCK_TAGS = ("raci-matrix",)


class RaciBlocksExtension(Extension):
    def extendMarkdown(self, md):  # noqa: N802 (Python-Markdown's name)
        for tag in BLOCK_TAGS:
            if tag not in md.block_level_elements:
                md.block_level_elements.append(tag)


def makeExtension(**kwargs):  # noqa: N802 (Python-Markdown's name)
    return RaciBlocksExtension(**kwargs)
