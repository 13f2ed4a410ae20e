"""Where each page lives: one rule for paths and URLs, used by every writer."""

from __future__ import annotations

import posixpath


def page_path(symbol: str) -> str:
    """A document's Markdown file: its symbol as a path (``A/RES/56/145.md``)."""
    return f"{symbol}.md"


def relative(from_page: str, to_page: str, anchor: str | None = None) -> str:
    """A link from one Markdown page to another, as MkDocs resolves it."""
    link = posixpath.relpath(to_page, posixpath.dirname(from_page) or ".")
    return f"{link}#{anchor}" if anchor else link


def site_url(page: str, directory_urls: bool = True) -> str:
    """The URL (relative to the site root) MkDocs gives a page."""
    stem = page[: -len(".md")]
    if stem == "index" or stem.endswith("/index"):
        stem = stem[: -len("index")]
        return stem if directory_urls else stem + "index.html"
    return f"{stem}/" if directory_urls else f"{stem}.html"
