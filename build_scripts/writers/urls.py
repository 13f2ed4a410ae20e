"""Where each page lives: one rule for paths and URLs, used by every writer."""

from __future__ import annotations

import functools
import posixpath

from ..symbols import symbol_path

HOME_PAGE = "index.md"
COLLECTION_PAGE = "documents/index.md"
REFERENCES_PAGE = "references/index.md"


def page_path(symbol: str) -> str:
    """A document's Markdown file: its symbol as a path (``A/RES/56/145.md``)."""
    return f"{symbol_path(symbol)}.md"


def akn_path(symbol: str) -> str:
    """Where a document's Akoma Ntoso XML lives: its symbol as a path, like its page."""
    return f"data/akn/{symbol_path(symbol)}.xml"


def compare_path(old_symbol: str, new_symbol: str) -> str:
    """The page comparing two documents: ``compare/A-RES-56-145--A-RES-58-166.md``."""
    return f"compare/{symbol_path(old_symbol).replace('/', '-')}--{symbol_path(new_symbol).replace('/', '-')}.md"


def relative(from_page: str, to_page: str, anchor: str | None = None) -> str:
    """A link from one Markdown page to another, as MkDocs resolves it."""
    link = _relative_path(posixpath.dirname(from_page), to_page)
    return f"{link}#{anchor}" if anchor else link


@functools.lru_cache(maxsize=65536)
def _relative_path(from_dir: str, to_page: str) -> str:
    """posixpath.relpath for the clean relative paths of a docs tree, computed once per pair."""
    source = [part for part in from_dir.split("/") if part]
    target = to_page.split("/")
    common = 0
    while common < min(len(source), len(target) - 1) and source[common] == target[common]:
        common += 1
    return "/".join([".."] * (len(source) - common) + target[common:])


def site_url(page: str, directory_urls: bool = True) -> str:
    """The URL (relative to the site root) MkDocs gives a page."""
    stem = page[: -len(".md")]
    if stem == "index" or stem.endswith("/index"):
        stem = stem[: -len("index")]
        return stem if directory_urls else stem + "index.html"
    return f"{stem}/" if directory_urls else f"{stem}.html"


def html_href(from_page: str, to_page: str, directory_urls: bool, anchor: str | None = None) -> str:
    """A link as finished HTML needs it (raw HTML and SVG, which MkDocs does not rewrite):
    from one page's URL to another's, for either URL style."""
    link = _html_path(from_page, to_page, directory_urls)
    return f"{link}#{anchor}" if anchor else link


@functools.lru_cache(maxsize=65536)
def _html_path(from_page: str, to_page: str, directory_urls: bool) -> str:
    source, target = site_url(from_page, directory_urls), site_url(to_page, directory_urls)
    from_dir = source if source.endswith("/") or not source else posixpath.dirname(source)
    link = posixpath.relpath(target or ".", from_dir or ".")
    if target.endswith("/") or not target:
        link = "./" if link == "." else link + "/"
    return link
