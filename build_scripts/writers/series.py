"""The series page: resolutions that recur under one title (or, untitled, repeat the one
before), and how much of each is unchanged, amended or new since the one before (the
counts of its compare page)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from ..model import Document
from ..transforms.lineage import ComparedParagraph
from ..transforms.links import Series
from .pages import _environment
from .urls import compare_path, page_path, relative

SERIES_PAGE = "lineage/index.md"
# Documents a page of the series lists at most (whole series a page; a longer one alone)
MAX_DOCUMENTS_PER_PAGE = 300

Compare = Callable[[Document, Document], list[ComparedParagraph]]


def chains(documents: list[Document], series: Series) -> list[list[Document]]:
    """Each series of two or more documents, oldest first, in the order of their first
    document (the collection's order: by date)."""
    found = []
    for doc in documents:
        symbol = doc.symbol
        if symbol in series.previous or symbol not in series.following:
            continue
        chain = [doc]
        while chain[-1].symbol in series.following:
            chain.append(series.following[chain[-1].symbol])
        found.append(chain)
    # titled series by title; untitled ones after them, in the order of their first document
    return sorted(found, key=lambda chain: (not chain[0].title, _title_order(chain)))


def _title_order(chain: list[Document]) -> tuple[str, str]:
    return ((chain[0].title or "").casefold(), chain[0].symbol) if chain[0].title else ("", "")


def series_label(chain: list[Document]) -> str:
    """A series' heading: its title; an untitled series (found by repeated text, as a
    Security Council mandate's renewals are) by its first and last documents."""
    if chain[0].title:
        return chain[0].title
    return f"{chain[0].symbol} to {chain[-1].symbol} (untitled, {len(chain)} documents)"


@dataclass
class SeriesPage:
    number: int
    chains: list[list[Document]]

    @property
    def path(self) -> str:
        return SERIES_PAGE if self.number == 1 else f"lineage/{self.number}.md"


def series_pages(documents: list[Document], series: Series) -> list[SeriesPage]:
    """The series in pages: whole series a page until a page would pass
    ``MAX_DOCUMENTS_PER_PAGE`` documents. The first page is the overview's."""
    pages = [SeriesPage(1, [])]
    listed = 0
    for chain in chains(documents, series):
        if listed and listed + len(chain) > MAX_DOCUMENTS_PER_PAGE:
            pages.append(SeriesPage(len(pages) + 1, []))
            listed = 0
        pages[-1].chains.append(chain)
        listed += len(chain)
    return pages


def series_paths(documents: list[Document], series: Series) -> list[str]:
    return [page.path for page in series_pages(documents, series)]


def series_anchor(chain: list[Document]) -> str:
    return "s-" + chain[0].symbol.replace("/", "-").lower()


def render_series(documents: list[Document], series: Series, compare: Compare) -> dict[str, str]:
    pages = series_pages(documents, series)
    page_of = {series_anchor(chain): page for page in pages for chain in page.chains}
    template = _environment().get_template("series.md.j2")
    files = {}
    for page in pages:
        entries = [_entry(chain, page.path, compare) for chain in page.chains]
        files[page.path] = template.render(
            page=page,
            entries=entries,
            count=sum(len(p.chains) for p in pages),
            documents=sum(len(chain) for p in pages for chain in p.chains),
            others=[
                (p.number, relative(page.path, p.path), series_label(p.chains[0]), series_label(p.chains[-1]))
                for p in pages
                if p.chains and p is not page
            ],
            page_of=page_of,
        )
    return files


def _entry(chain: list[Document], here: str, compare: Compare) -> dict[str, Any]:
    rows = []
    for before, doc in zip([None, *chain], chain, strict=False):
        row: dict[str, Any] = {
            "doc": doc,
            "link": relative(here, page_path(doc.symbol)),
            "date": doc.sort_date(),
            "paragraphs": len(doc.all_paragraphs()),
            "compare": None,  # the first of the series
        }
        if before is not None:
            compared = compare(before, doc)
            counts = {s: sum(1 for r in compared if r.status == s) for s in ("unchanged", "amended", "new", "dropped")}
            kept = counts["unchanged"] + counts["amended"] + counts["new"]
            row.update(
                counts,
                share=f"{100 * counts['unchanged'] / kept:.0f}%" if kept else "—",
                compare=relative(here, compare_path(before.symbol, doc.symbol)),
            )
        rows.append(row)
    return {"title": series_label(chain), "body": chain[0].body or "", "anchor": series_anchor(chain), "rows": rows}
