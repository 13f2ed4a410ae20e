"""The collection's own pages: the list of documents and the references page (every
document or instrument cited, with where)."""

from __future__ import annotations

import re
from typing import Any

from ..model import Document
from ..settings import CollectionSettings
from ..transforms.links import LinkIndex
from .pages import PlaceLabels, _environment, md_link
from .urls import COLLECTION_PAGE, REFERENCES_PAGE, page_path, relative


def render_home(settings: CollectionSettings, count: int, series: int = 0) -> str:
    """The home page: the collection's own text (``collection.yml``), then what the site holds."""
    template = _environment().get_template("home.md.j2")
    return template.render(
        name=settings.name, description=settings.description, home=settings.home, count=count, series=series
    )


def render_collection(documents: list[Document]) -> str:
    rows = [
        {"doc": doc, "link": relative(COLLECTION_PAGE, page_path(doc.symbol or "")), "date": doc.sort_date()}
        for doc in documents
    ]
    bodies = sorted({doc.body or "Other" for doc in documents})
    return _environment().get_template("collection.md.j2").render(rows=rows, bodies=bodies)


def render_references(index: LinkIndex, labels: PlaceLabels) -> str:
    """Every document or instrument cited anywhere, with where it is cited."""
    entries = []
    for symbol in sorted(index.cited_by, key=_natural_key):
        citings = index.cited_by[symbol]
        target = index.resolve(symbol)
        if target.document is not None:
            link = md_link(symbol, relative(REFERENCES_PAGE, page_path(symbol)), target.document.title or symbol)
        else:
            link = md_link(symbol, target.url or "", f"{symbol} (external)")
        places = []
        for citing in citings:
            source, ref = citing.document, citing.reference
            anchor = None if ref.in_paragraph.startswith("metadata:") else ref.in_paragraph
            label = f"{source.symbol}, {labels(source, ref.in_paragraph)}"
            if ref.locator:
                label += f" ({ref.locator})"
            places.append(md_link(label, relative(REFERENCES_PAGE, page_path(source.symbol or ""), anchor), ref.label))
        entries.append(
            {
                "symbol": symbol,
                "link": link,
                "title": index.title(symbol),
                "count": len(citings),
                "documents": len({c.document.symbol for c in citings}),
                "internal": target.document is not None,
                "places": places,
            }
        )
    return _environment().get_template("references.md.j2").render(entries=entries)


def _natural_key(symbol: str) -> list[Any]:
    return [(0, int(part), "") if part.isdigit() else (1, 0, part) for part in re.split(r"(\d+)", symbol)]
