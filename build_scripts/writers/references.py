"""The references: the documents cited most, and every cited document or instrument by
the series of its symbol, with each place citing it, in pages of bounded size."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from ..transforms.links import LinkIndex
from .collection import slug
from .pages import PlaceLabels, _environment, md_link
from .urls import REFERENCES_PAGE, page_path, relative

# A page of the references holds at most this many cited documents, and this many
# places citing them; a document cited more often than that shows the first ones and
# says how many more there are (every one is on the citing documents' pages and in data)
MAX_REFERENCES_PER_PAGE = 300
MAX_PLACES_PER_PAGE = 3000
MOST_CITED = 50  # shown on the overview


def reference_series(symbol: str) -> str:
    """The series a cited symbol belongs to: its symbol without the last part
    (``A/RES/78`` for ``A/RES/78/217``); instruments cited by name are one series."""
    return symbol.rsplit("/", 1)[0] if "/" in symbol else "Instruments and texts cited by name"


@dataclass
class ReferencePage:
    series: list[str]
    symbols: list[str]
    part: int = 1

    @property
    def title(self) -> str:
        span = self.series[0] if len(self.series) == 1 else f"{self.series[0]} to {self.series[-1]}"
        return span + (f" (part {self.part})" if self.part > 1 else "")

    @property
    def path(self) -> str:
        return f"references/{slug(self.series[0])}" + (f"-{self.part}" if self.part > 1 else "") + ".md"


def reference_pages(index: LinkIndex) -> list[ReferencePage]:
    """Every cited document by series, the series packed into pages in symbol order: a
    page holds whole series until it would pass ``MAX_REFERENCES_PER_PAGE`` documents or
    ``MAX_PLACES_PER_PAGE`` places; a larger series takes pages of its own."""
    by_series: dict[str, list[str]] = {}
    for symbol in sorted(index.cited_by, key=_natural_key):
        by_series.setdefault(reference_series(symbol), []).append(symbol)
    pages: list[ReferencePage] = []
    current: ReferencePage | None = None
    entries = places = 0
    for series in sorted(by_series, key=lambda s: (s == reference_series("name"), _natural_key(s))):
        symbols = by_series[series]
        costs = [min(len(index.cited_by[symbol]), MAX_PLACES_PER_PAGE) for symbol in symbols]
        if current and entries + len(symbols) <= MAX_REFERENCES_PER_PAGE and places + sum(costs) <= MAX_PLACES_PER_PAGE:
            current.series.append(series)
            current.symbols.extend(symbols)
            entries, places = entries + len(symbols), places + sum(costs)
            continue
        current, part = None, 0
        for symbol, cost in zip(symbols, costs, strict=True):
            if current is None or entries + 1 > MAX_REFERENCES_PER_PAGE or places + cost > MAX_PLACES_PER_PAGE:
                part += 1
                current = ReferencePage([series], [], part)
                pages.append(current)
                entries = places = 0
            current.symbols.append(symbol)
            entries, places = entries + 1, places + cost
    return pages


def reference_anchor(symbol: str) -> str:
    return "ref-" + slug(symbol)


def render_references(index: LinkIndex, labels: PlaceLabels) -> dict[str, str]:
    """The references: an overview (the documents cited most, the series with their
    pages) and the pages of every cited document with the places that cite it."""
    pages = reference_pages(index)
    page_of = {symbol: page for page in pages for symbol in page.symbols}
    environment = _environment()
    most = sorted(index.cited_by, key=lambda s: (-len(index.cited_by[s]), _natural_key(s)))[:MOST_CITED]
    files = {
        REFERENCES_PAGE: environment.get_template("references.md.j2").render(
            most=[
                _reference_entry(index, symbol, labels, REFERENCES_PAGE, page_of[symbol], places=False)
                for symbol in most
            ],
            pages=[(page.title, relative(REFERENCES_PAGE, page.path), len(page.symbols)) for page in pages],
            count=len(index.cited_by),
            inside=sum(1 for symbol in index.cited_by if symbol in index.documents),
        )
    }
    template = environment.get_template("references_page.md.j2")
    for page in pages:
        files[page.path] = template.render(
            page=page,
            entries=[_reference_entry(index, symbol, labels, page.path, page) for symbol in page.symbols],
            overview=relative(page.path, REFERENCES_PAGE),
        )
    return files


def _reference_entry(
    index: LinkIndex, symbol: str, labels: PlaceLabels, here: str, page: ReferencePage, places: bool = True
) -> dict[str, Any]:
    citings = index.cited_by[symbol]
    target = index.resolve(symbol)
    if target.document is not None:
        link = md_link(symbol, relative(here, page_path(symbol)), target.document.title or symbol)
    else:
        link = md_link(symbol, target.url or "", f"{symbol} (external)")
    shown = []
    for citing in citings[:MAX_PLACES_PER_PAGE] if places else []:
        source, ref = citing.document, citing.reference
        anchor = None if ref.in_paragraph.startswith("metadata:") else ref.in_paragraph
        label = f"{source.symbol}, {labels(source, ref.in_paragraph)}"
        if ref.locator:
            label += f" ({ref.locator})"
        shown.append(md_link(label, relative(here, page_path(source.symbol), anchor), ref.label))
    return {
        "symbol": symbol,
        "anchor": reference_anchor(symbol),
        "entry": relative(here, page.path, reference_anchor(symbol)),
        "link": link,
        "title": index.title(symbol),
        "count": len(citings),
        "documents": len({c.document.symbol for c in citings}),
        "internal": target.document is not None,
        "places": shown,
        "more": len(citings) - len(shown) if places else 0,
    }


def _natural_key(symbol: str) -> list[Any]:
    return [(0, int(part), "") if part.isdigit() else (1, 0, part) for part in re.split(r"(\d+)", symbol)]
