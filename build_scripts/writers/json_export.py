"""The collection as data (DESIGN.md): each document's record in its own file
(``data/documents/A/RES/56/145.json``), all of them as JSON Lines
(``data/documents.jsonl``), and a small index of the documents (``data/documents.json``):
at 1,000 documents one array of every record was 22 MB, which a reader wanting one
document or the list downloaded whole."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator, Mapping
from typing import Any

from ..model import Document, Figure, Paragraph, Reference, Span, Table
from ..symbols import symbol_path
from ..transforms.lineage import Counterpart, ParagraphLineage
from ..transforms.links import LinkIndex
from .urls import page_path, site_url

Lineage = Mapping[tuple[str, str], ParagraphLineage]


def _counterpart(cp: Counterpart | None) -> dict[str, Any] | None:
    return None if cp is None else {"symbol": cp.symbol, "paragraph": cp.paragraph, "similarity": cp.similarity}


def _lineage(found: ParagraphLineage | None) -> dict[str, Any] | None:
    if found is None:
        return None
    return {
        "status": found.status,
        "source": _counterpart(found.source),
        "merged_from": [_counterpart(cp) for cp in found.merged_from],
        "counterparts": [_counterpart(cp) for cp in found.counterparts],
    }


def _paragraph(para: Paragraph, parent: str | None, lineage: ParagraphLineage | None) -> dict[str, Any]:
    return {
        "id": para.id,
        "kind": para.kind,
        "number": para.number,
        "text": para.text,
        "parent": parent,
        "footnote_refs": [
            {"marker": r.marker, "footnote": r.footnote_id, "offset": r.offset} for r in para.footnote_refs
        ],
        "lineage": _lineage(lineage),
        "table": _table(para.text, para.table),
        "figure": _figure(para.text, para.figure),
    }


def _figure(text: str, figure: Figure | None) -> dict[str, Any] | None:
    """A figure's caption, the chart's lines as printed and its sources."""
    if figure is None:
        return None
    return {
        "caption": " ".join(text[start:end] for start, end in figure.caption),
        "labels": [text[start:end] for start, end in figure.labels],
        "sources": [text[start:end] for start, end in figure.sources],
    }


def _table(text: str, table: Table | None) -> dict[str, Any] | None:
    """A table's caption, rows of cells (each its text and where its pieces stand in the
    paragraph's text, which the note markers' offsets point into) and sources."""
    if table is None:
        return None

    def joined(spans: list[Span]) -> str:
        return " ".join(text[start:end] for start, end in spans)

    return {
        "caption": joined(table.caption),
        "rows": [
            {
                "header": row.header,
                "cells": [{"text": cell.text(text), "spans": [list(s) for s in cell.spans]} for cell in row.cells],
            }
            for row in table.rows
        ],
        "sources": [text[start:end] for start, end in table.sources],
    }


def _paragraphs(
    symbol: str, paragraphs: list[Paragraph], lineage: Lineage, parent: str | None = None
) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    for para in paragraphs:
        out.append(_paragraph(para, parent, lineage.get((symbol, para.id))))
        out.extend(_paragraphs(symbol, para.subparagraphs, lineage, para.id))
    return out


def reference_record(ref: Reference, index: LinkIndex, directory_urls: bool) -> dict[str, Any]:
    target = index.resolve(ref.symbol, ref.locator)
    if target.document is not None:
        url = site_url(page_path(ref.symbol), directory_urls) + (f"#{target.anchor}" if target.anchor else "")
    else:
        url = target.url
    return {
        "symbol": ref.symbol,
        "kind": ref.kind,
        "locator": ref.locator,
        "paragraph": ref.in_paragraph,
        "label": ref.label,
        "internal": target.document is not None,
        "url": url,
    }


def document_record(
    doc: Document, index: LinkIndex, directory_urls: bool = True, lineage: Lineage | None = None
) -> dict[str, Any]:
    return {
        "symbol": doc.symbol,
        "title": doc.title,
        "subtitle": doc.subtitle,
        "body": doc.body,
        "doc_type": doc.doc_type,
        "session": doc.session,
        "agenda_item": doc.agenda_item,
        "adopted": doc.adopted.isoformat() if doc.adopted else None,
        "meeting": doc.meeting,
        "vote": doc.vote,
        "distributed": doc.distributed.isoformat() if doc.distributed else None,
        "dated": doc.dated.isoformat() if doc.dated else None,
        "published": doc.published,
        "based_on": doc.based_on,
        "source_file": doc.source_file,
        "shape": doc.shape,
        "url": site_url(page_path(doc.symbol), directory_urls),
        "opening": doc.opening,
        "extra": doc.extra,
        "provenance": doc.provenance,
        "paragraphs": _paragraphs(doc.symbol, doc.paragraphs, lineage or {}),
        "footnotes": [{"id": n.id, "marker": n.marker, "text": n.text, "missing": n.missing} for n in doc.footnotes],
        "references": [reference_record(ref, index, directory_urls) for ref in doc.references],
        "cited_by": [
            {"symbol": c.document.symbol, "paragraph": c.reference.in_paragraph, "locator": c.reference.locator}
            for c in index.cited_by.get(doc.symbol, [])
        ],
        "log": [{"kind": e.kind, "rule": e.rule, "line": e.line, "detail": e.detail} for e in doc.log],
        "warnings": doc.warnings,
    }


_COMPACT = (",", ":")


def json_array(records: list[Any]) -> str:
    """A JSON array with one compact record per line: readable, diffable line by line, and
    written by json's C encoder (an indented dump takes its pure-Python path, which was
    most of the time spent on the collection-wide files at 1,000 documents)."""
    lines = ",\n".join(json.dumps(record, ensure_ascii=False, separators=_COMPACT) for record in records)
    return f"[\n{lines}\n]\n" if records else "[]\n"


DOCUMENTS_INDEX = "data/documents.json"
DOCUMENTS_LINES = "data/documents.jsonl"


def record_path(symbol: str) -> str:
    """Where a document's record lives: its symbol as a path, like its page."""
    return f"data/documents/{symbol_path(symbol)}.json"


def document_record_json(
    doc: Document, index: LinkIndex, directory_urls: bool = True, lineage: Lineage | None = None
) -> str:
    """One document's record as JSON text: a rebuild reuses the text of unchanged ones."""
    return json.dumps(
        document_record(doc, index, directory_urls, lineage), ensure_ascii=False, sort_keys=True, separators=_COMPACT
    )


_INDEX_FIELDS = ("symbol", "title", "body", "doc_type", "session", "agenda_item", "meeting", "vote", "based_on")


def documents_index(documents: list[Document], directory_urls: bool = True) -> str:
    """Every document's facts, page and record, without its text: the list a reader or
    a program starts from."""
    records = []
    for doc in documents:
        record: dict[str, Any] = {name: getattr(doc, name) for name in _INDEX_FIELDS}
        record.update(
            adopted=doc.adopted.isoformat() if doc.adopted else None,
            distributed=doc.distributed.isoformat() if doc.distributed else None,
            dated=doc.dated.isoformat() if doc.dated else None,
            published=doc.published,
            committee=doc.extra.get("committee"),
            paragraphs=len(doc.all_paragraphs()),
            footnotes=len(doc.footnotes),
            url=site_url(page_path(doc.symbol), directory_urls),
            record=record_path(doc.symbol).removeprefix("data/"),
        )
        records.append(record)
    return json_array(records)


def documents_lines(records: Iterable[str]) -> Iterator[str]:
    """``data/documents.jsonl``, a record a line (110 MB at 5,000 documents: written as it comes)."""
    for record in records:
        yield record + "\n"
