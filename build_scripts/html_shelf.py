"""Each page's HTML kept on disk between MkDocs's reading every page and writing each.

Why: ``mkdocs build`` renders every page's Markdown to HTML before it writes any page
(the navigation and the anchors of every page must be known first), and keeps that HTML
on each ``Page`` until the page is written: at 5,000 documents MkDocs's process grew by
some 400 MB of HTML between its first page and its last, at 20,000 by well over a
gigabyte, the largest part of a build's peak. The hook shelves each page's HTML here
once it is made (``on_page_content``) and puts it back just before the page's template
is rendered (``on_page_context``): the page written is the same, and MkDocs's process
holds the HTML of one page at a time. Written by hand: the whole need is a temporary
directory and a file a page.
"""

from __future__ import annotations

import itertools
import shutil
import tempfile
from pathlib import Path


class HtmlShelf:
    """HTML put away under a token and taken back once; a temporary directory of files."""

    def __init__(self) -> None:
        self.directory = Path(tempfile.mkdtemp(prefix="un-docs-html-"))
        self._numbers = itertools.count()

    def put(self, html: str) -> str:
        """``html`` kept on disk; the token that takes it back."""
        token = f"{next(self._numbers)}.html"
        (self.directory / token).write_text(html, encoding="utf-8")
        return token

    def take(self, token: str) -> str:
        """The HTML put under ``token``, no longer kept."""
        path = self.directory / token
        html = path.read_text(encoding="utf-8")
        path.unlink()
        return html

    def close(self) -> None:
        """Every file left (a page MkDocs did not write: ``--dirty``, a failed build) gone."""
        shutil.rmtree(self.directory, ignore_errors=True)
