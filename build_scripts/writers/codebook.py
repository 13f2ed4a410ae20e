"""The Data page (``data/index.md``): every export of the collection, its size, and the
codebook defining each variable; and ``data/README.md``, the codebook alone, for those
who take the files without the site. Both from ``build_scripts/data/codebook.yaml``.

A file's size is known only once the site is written (the data files are made after the
pages in a deferred build): the page holds a placeholder per export that the hook fills
from the written files (``fill_sizes``), before the site is indexed and bundled."""

from __future__ import annotations

import functools
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import yaml

from .escape import html_text, md_text

CODEBOOK = Path(__file__).resolve().parent.parent / "data" / "codebook.yaml"
DATA_PAGE = "data/index.md"
DATA_README = "data/README.md"
_SIZE_RE = re.compile(r'<span class="un-size" data-path="([^"]+)">[^<]*</span>')

# Exports the codebook does not define variable by variable: what they are.
PER_DOCUMENT = (
    (
        "data/documents/",
        "Each document's record alone (`data/documents/A/RES/56/145.json`): as a line of `documents.jsonl`.",
    ),
)
OTHER_FORMATS = (
    ("data/chronology.csv", "The chronology as CSV: date, end, precision, label, status and its sources in one cell."),
    ("data/chronology.ics", "The chronology as iCalendar: an event a date, for a calendar program."),
)


@functools.cache
def load_codebook() -> list[dict[str, Any]]:
    """The exports and their variables, as the YAML lists them."""
    return yaml.safe_load(CODEBOOK.read_text(encoding="utf-8"))["exports"]


def _size_placeholder(path: str) -> str:
    return f'<span class="un-size" data-path="{html_text(path)}">…</span>'


def _file_link(path: str, short: bool = False) -> str:
    """A Markdown link from a page in ``data/`` to a data file (MkDocs checks and rewrites
    it), named in full or (``short``) from ``data/``; a directory of files a document,
    named only."""
    name = path.removeprefix("data/")
    shown = name if short else path
    if path.endswith("/"):
        return f"`{shown}`"
    return f"[`{shown}`]({name})"


def codebook_markdown(exports: list[dict[str, Any]], level: int = 2, links: bool = True) -> str:
    """Each export's variables as a table: name, type, source, definition."""
    hashes = "#" * level
    parts = []
    for export in exports:
        name = _file_link(export["path"]) if links else f"`{export['path']}`"
        anchor = "codebook-" + re.sub(r"[^a-z0-9]+", "-", export["path"].removeprefix("data/").lower()).strip("-")
        parts.append(f"{hashes} {md_text(export['title'])} {{ #{anchor} }}\n")
        parts.append(f"{name}: {md_text(export['format'])}; {md_text(export['unit'])}.\n")
        parts.append("| Variable | Type | Source | Definition |\n|---|---|---|---|")
        for var in export["variables"]:
            parts.append(f"| `{var['name']}` | {var['type']} | {var['source']} | {md_text(var['definition'])} |")
        parts.append("")
    return "\n".join(parts)


SOURCES_LEGEND = (
    "**Source** of a variable: *text*, stated by the document itself; *derived*, computed "
    "from the text by the converter (counts, anchors, lineage); *converter*, a record of "
    "the conversion; *sidecar*, a fact from a small YAML file beside the source, with its "
    "reason; *site*, a path on this site."
)


def render_data_page(exports: list[dict[str, Any]]) -> str:
    """The Data page: the exports with their sizes (filled once written), then the codebook."""
    rows = [
        f"| {_file_link(e['path'], short=True)} | **{md_text(e['title'])}**: {md_text(e['format'])} | "
        f"{_size_placeholder(e['path'])} |"
        for e in exports
    ]
    rows += [
        f"| {_file_link(path, short=True)} | {md_text(what)} | {_size_placeholder(path)} |"
        for path, what in OTHER_FORMATS
    ]
    rows += [
        f"| {_file_link(path, short=True)} | {md_text(what)} | {_size_placeholder(path)} |"
        for path, what in PER_DOCUMENT
    ]
    return "\n".join(
        [
            "---",
            "title: Data",
            "kind: guide  # the website's search indexes it, as it does the hand-written pages",
            "---",
            "",
            "# Data",
            "",
            "The collection as data, for research: every export below is made by the same build "
            "as the pages, from the same model, and is in the offline bundle. The codebook defines "
            "each variable, its type and where it comes from; it is also "
            # raw HTML: README.md is written beside the data after the build, not a page MkDocs knows
            '<a href="README.md"><code>data/README.md</code></a> beside the files.',
            "",
            "| File (in `data/`) | What, in what format | Size |",
            "|---|---|--:|",
            *rows,
            "",
            "## Codebook { #codebook }",
            "",
            SOURCES_LEGEND,
            "",
            codebook_markdown(exports, level=3),
        ]
    )


def render_readme(exports: list[dict[str, Any]], collection_name: str) -> str:
    """``data/README.md``: the codebook for someone holding only the files."""
    listing = [f"- `{e['path']}`: {e['title']}, {e['format']}" for e in exports]
    listing += [f"- `{path}`: {what}" for path, what in (*OTHER_FORMATS, *PER_DOCUMENT)]
    return "\n".join(
        [
            f"# {collection_name}: the data",
            "",
            "The files of this directory, made by the same build as the site's pages.",
            "",
            *listing,
            "",
            "## Codebook",
            "",
            SOURCES_LEGEND,
            "",
            codebook_markdown(exports, level=3, links=False),
        ]
    )


def human_size(size: int) -> str:
    """1.2 MB, 34 KB, 512 bytes (decimal units, as file managers show)."""
    if size >= 1_000_000:
        return f"{size / 1_000_000:.1f} MB"
    if size >= 1_000:
        return f"{size / 1_000:.0f} KB"
    return f"{size} bytes"


def fill_sizes(html: str, size_of: Callable[[str], tuple[int, int] | None]) -> str:
    """The Data page with each placeholder replaced by its export's size; ``size_of``
    gives (bytes, files) for a path (a directory: all its files), None when absent."""

    def size(match: re.Match[str]) -> str:
        found = size_of(match.group(1))
        if found is None:
            return '<span class="un-size">not built</span>'
        total, files = found
        told = human_size(total) + (f" in {files:,} files" if match.group(1).endswith("/") else "")
        return f'<span class="un-size" data-bytes="{total}">{told}</span>'

    return _SIZE_RE.sub(size, html)
