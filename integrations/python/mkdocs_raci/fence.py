"""The ```raci fences of a page: where each one is (for messages naming the page and line),
and what the page shows for one that has errors. Reading the tables is not done here: the
`raci` binary reads and renders every fence with the widget's own reader (render.py)."""

import html
import re
import textwrap

# An opening fence of the raci kind, in both header forms: ```raci … and ```{.raci …}.
OPENING = re.compile(r"^(?P<indent>[ \t]*)(?P<fence>`{3,}|~{3,})[ \t]*(?:\{[ \t]*\.raci\b|raci\b)")


def fences(markdown):
    """[(line, indent, body)] of the page's raci fences, in order; lines count from 1, the
    indentation (removed from the body) in characters."""
    found = []
    lines = markdown.splitlines()
    i = 0
    while i < len(lines):
        opening = OPENING.match(lines[i])
        if not opening:
            i += 1
            continue
        indent, fence = opening.group("indent"), opening.group("fence")
        closing = re.compile(rf"^[ \t]*{re.escape(fence[0])}{{{len(fence)},}}[ \t]*$")
        end = i + 1
        while end < len(lines) and not closing.match(lines[end]):
            end += 1
        body = "\n".join(line[len(indent):] if line.startswith(indent) else line for line in lines[i + 1:end])
        found.append((i + 1, len(indent), body))
        i = end + 1
    return found


class Locator:
    """The line of each fence superfences hands over, in the order it does (document order)."""

    def __init__(self, markdown=""):
        self.pending = fences(markdown)

    def line_of(self, source):
        """The line of the first fence not yet seen whose body is `source`; None if unknown."""
        return self.place_of(source)[0]

    def place_of(self, source):
        """(line, where) for the first fence not yet seen whose body is `source`: `where(l, c)`
        is the page's line and column of the body's line l and column c, or None when the
        body superfences handed over is not the page's text line for line."""
        wanted = _normal(source)
        for index, (line, indent, body) in enumerate(self.pending):
            if _normal(body) == wanted:
                del self.pending[index]
                if body.rstrip("\n") != source.rstrip("\n"):
                    return line, None
                return line, lambda l, c: (line + l, c + indent)
        return None, None


def _normal(text):
    return textwrap.dedent(text).strip()


def broken(source, messages):
    """What the page shows for a fence that has errors: the messages and the author's text."""
    items = "".join(f"<li>{html.escape(m)}</li>" for m in messages)
    return (
        '<div class="raci-fence-error"><p>This RACI matrix could not be read:</p>'
        f"<ul>{items}</ul><pre><code>{html.escape(source)}</code></pre></div>"
    )
