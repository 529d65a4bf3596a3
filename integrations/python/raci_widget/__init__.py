"""raci-widget for Python docs engines: the native `raci` binary this wheel carries (the
widget's own reader, found by `_find_raci`), one `raci render --batch` process per build
(`render`), the widget's files (`WIDGET`), and the engines' plugins: `raci_widget.sphinx`
(Sphinx) and the `mkdocs_raci` package (MkDocs, `plugins: [raci]`)."""

import os

# The widget's built files (raci-widget.js and the rest), put in by ./build-package.
WIDGET = os.path.join(os.path.dirname(os.path.abspath(__file__)), "widget")
