"""Compare pages: two documents side by side in reading order, with word changes."""

from __future__ import annotations

from typing import Any

from .. import anchors
from ..model import Document
from ..transforms.lineage import ComparedParagraph, compare_documents
from .escape import html_text
from .pages import _environment, changes_html
from .urls import compare_path, html_href, page_path, relative


def _row(row: ComparedParagraph, old: Document, new: Document, page: str, directory_urls: bool) -> dict[str, Any]:
    """A row as finished HTML: no ``markdown`` block a row (md_in_html re-reads the rest
    of the page at each block's end: a long resolution's page took time rows x size)."""

    def link(doc: Document, para_id: str) -> str:
        href = html_href(page, page_path(doc.symbol), directory_urls, para_id)
        return f'<a href="{html_text(href)}">{html_text(f"{doc.symbol}, {anchors.label(para_id)}")}</a>'

    if row.status == "amended":
        text = changes_html(row.changes)
    else:
        shown = row.new if row.new is not None else row.old
        text = html_text(shown.text if shown else "")
    return {
        "status": row.status,
        "moved": row.moved,
        "new": link(new, row.new.id) if row.new else "",
        "old": link(old, row.old.id) if row.old else "",
        "similarity": f"{row.similarity:.0%}" if row.old and row.new else "",
        "text": text,
    }


def render_comparison_page(
    old: Document, new: Document, directory_urls: bool = True, rows: list[ComparedParagraph] | None = None
) -> str:
    """The compare page's Markdown (``rows``: the comparison, when the caller has it)."""
    path = compare_path(old.symbol, new.symbol)
    rows = rows if rows is not None else compare_documents(old, new)
    counts = {
        status: sum(1 for r in rows if r.status == status) for status in ("unchanged", "amended", "new", "dropped")
    }
    counts["moved"] = sum(1 for r in rows if r.moved)
    return (
        _environment()
        .get_template("compare.md.j2")
        .render(
            old=old,
            new=new,
            counts=counts,
            rows=[_row(r, old, new, path, directory_urls) for r in rows],
            old_link=relative(path, page_path(old.symbol)),
            new_link=relative(path, page_path(new.symbol)),
        )
    )
