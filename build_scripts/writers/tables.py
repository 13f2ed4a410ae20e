"""The collection as tables for researchers: ``data/documents.csv`` (a row a document, a
column a variable) and ``data/citations.csv`` (a row a citation). Their variables are
defined in ``build_scripts/data/codebook.yaml``; ``citation_rows`` also feeds the
citation network (``writers/network.py``), so that the two always agree."""

from __future__ import annotations

import csv
import io
from collections import Counter
from collections.abc import Iterable, Iterator, Mapping
from typing import Any

from ..model import Document
from ..transforms.lineage import ParagraphLineage
from ..transforms.links import LinkIndex
from .json_export import record_path, reference_record
from .pages import PlaceLabels
from .urls import akn_path, page_path, site_url

DOCUMENTS_CSV = "data/documents.csv"
CITATIONS_CSV = "data/citations.csv"

DOCUMENT_COLUMNS = (
    "symbol",
    "body",
    "type",
    "session",
    "agenda_item",
    "committee",
    "title",
    "adopted",
    "distributed",
    "dated",
    "published",
    "meeting",
    "vote",
    "based_on",
    "preambular_paragraphs",
    "operative_paragraphs",
    "report_paragraphs",
    "all_paragraphs",
    "notes",
    "notes_missing",
    "citations_out",
    "citations_in",
    "unchanged_share",
    "amended_share",
    "new_share",
    "series_previous",
    "series_next",
    "shape",
    "source_file",
    "page",
    "record",
    "akoma_ntoso",
)
CITATION_COLUMNS = (
    "citing_symbol",
    "citing_place",
    "citing_label",
    "cited_symbol",
    "locator",
    "as_written",
    "kind",
    "in_collection",
    "url",
)


def to_csv(columns: tuple[str, ...], rows: Iterable[Mapping[str, Any]]) -> str:
    """Rows as CSV text: a header, then a line a row; None as an empty cell, booleans as
    true/false (what R and pandas read as logical)."""
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(columns)
    for row in rows:
        writer.writerow(_cell(row[name]) for name in columns)
    return out.getvalue()


def _cell(value: Any) -> Any:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    return value


def citation_rows(
    documents: list[Document], index: LinkIndex, directory_urls: bool = True, labels: PlaceLabels | None = None
) -> Iterator[dict[str, Any]]:
    """Every citation of another document, in the order of the documents and their text:
    the rows of citations.csv and the edges of the network (self-citations left out, as
    in each page's "Cited by")."""
    labels = labels if labels is not None else PlaceLabels()
    for doc in documents:
        for ref in doc.references:
            if ref.symbol == doc.symbol:
                continue
            record = reference_record(ref, index, directory_urls)
            yield {
                "citing_symbol": doc.symbol,
                "citing_place": ref.in_paragraph,
                "citing_label": labels(doc, ref.in_paragraph),
                "cited_symbol": ref.symbol,
                "locator": ref.locator,
                "as_written": ref.label,
                "kind": ref.kind,
                "in_collection": record["internal"],
                "url": record["url"],
            }


def citations_csv(documents: list[Document], index: LinkIndex, directory_urls: bool = True) -> str:
    return to_csv(CITATION_COLUMNS, citation_rows(documents, index, directory_urls))


def _shares(doc: Document, lineage: Mapping[tuple[str, str], ParagraphLineage]) -> dict[str, float | None]:
    """Shares of the document's paragraphs by lineage status, over those whose lineage
    was computed (headings have none); None when none was."""
    statuses = Counter(
        found.status for p in doc.all_paragraphs() if (found := lineage.get((doc.symbol, p.id))) is not None
    )
    total = sum(statuses.values())
    return {
        f"{status}_share": round(statuses[status] / total, 3) if total else None
        for status in ("unchanged", "amended", "new")
    }


def document_row(
    doc: Document,
    index: LinkIndex,
    lineage: Mapping[tuple[str, str], ParagraphLineage],
    directory_urls: bool = True,
) -> dict[str, Any]:
    """One document's row of documents.csv."""
    symbol = doc.symbol
    own = Counter(p.kind for p in doc.paragraphs if p.part is None)
    previous, following = index.previous.get(symbol), index.following.get(symbol)
    return {
        "symbol": symbol,
        "body": doc.body,
        "type": doc.doc_type,
        "session": doc.session,
        "agenda_item": doc.agenda_item,
        "committee": doc.extra.get("committee"),
        "title": doc.title,
        "adopted": doc.adopted.isoformat() if doc.adopted else None,
        "distributed": doc.distributed.isoformat() if doc.distributed else None,
        "dated": doc.dated.isoformat() if doc.dated else None,
        "published": doc.published,
        "meeting": doc.meeting,
        "vote": doc.vote,
        "based_on": doc.based_on,
        "preambular_paragraphs": own["preamble"],
        "operative_paragraphs": own["operative"],
        "report_paragraphs": own["numbered"],
        "all_paragraphs": len(doc.all_paragraphs()),
        "notes": len(doc.footnotes),
        "notes_missing": sum(1 for note in doc.footnotes if note.missing),
        "citations_out": sum(1 for ref in doc.references if ref.symbol != symbol),  # as citation_rows
        "citations_in": len(index.cited_by.get(symbol, [])),
        **_shares(doc, lineage),
        "series_previous": previous.symbol if previous else None,
        "series_next": following.symbol if following else None,
        "shape": doc.shape,
        "source_file": doc.source_file,
        "page": site_url(page_path(symbol), directory_urls),
        "record": record_path(symbol),
        "akoma_ntoso": akn_path(symbol),
    }


def documents_csv(
    documents: list[Document],
    index: LinkIndex,
    lineage: Mapping[tuple[str, str], ParagraphLineage] | None = None,
    directory_urls: bool = True,
) -> str:
    rows = (document_row(doc, index, lineage or {}, directory_urls) for doc in documents)
    return to_csv(DOCUMENT_COLUMNS, rows)
