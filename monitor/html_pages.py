"""Read a web page's text as a browser shows it, for the training logs pasted into it.

A blog post or a documentation site built from Markdown (Hexo, Jekyll, MkDocs, Sphinx) keeps a
console in a `<pre>` block, each of its lines often wrapped in a `<span>` for the highlighter
and ended by a `<br>`; :mod:`lossmon.server.log_formats` reads the page's text as it would a
file where nothing reads the HTML itself.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser

#: Elements that end a line where they close (a `<br>` ends one where it stands).
_BLOCKS = frozenset(
    ("p", "div", "pre", "li", "tr", "table", "h1", "h2", "h3", "h4", "h5", "h6", "figure",
     "section", "article", "blockquote", "dt", "dd", "header", "footer", "code")
)  # fmt: skip
#: Elements whose content a browser does not show.
_HIDDEN = frozenset(("script", "style", "head", "template", "svg"))
#: The start of an HTML document.
_DOCUMENT = re.compile(r"\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html)\b", re.I | re.S)


def is_page(text: str) -> bool:
    """Return whether a text is an HTML document (it opens with a doctype or `<html>`)."""
    return _DOCUMENT.match(text[:4096]) is not None


def page_text(html: str) -> str:
    """Return the text of an HTML document: tags dropped, character references undone, a
    line ended at each `<br>` and each block element's end, hidden content passed over."""
    parser = _TextParser()
    parser.feed(html)
    parser.close()
    return "".join(parser.parts)


class _TextParser(HTMLParser):
    """Collect the text a browser shows, with its line breaks."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._hidden = 0  # depth inside elements not shown

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _HIDDEN:
            self._hidden += 1
        elif tag == "br" and not self._hidden:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in _HIDDEN:
            self._hidden = max(0, self._hidden - 1)
        elif tag in _BLOCKS and not self._hidden:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if not self._hidden:
            self.parts.append(data)
