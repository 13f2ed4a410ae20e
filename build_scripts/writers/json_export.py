"""``data/documents.json``: the collection as data, in the shape DESIGN.md gives."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator, Mapping
from typing import Any

from ..model import Document, Paragraph, Reference
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
        "based_on": doc.based_on,
        "source_file": doc.source_file,
        "shape": doc.shape,
        "url": site_url(page_path(doc.symbol or ""), directory_urls),
        "opening": doc.opening,
        "extra": doc.extra,
        "provenance": doc.provenance,
        "paragraphs": _paragraphs(doc.symbol or "", doc.paragraphs, lineage or {}),
        "footnotes": [{"id": n.id, "marker": n.marker, "text": n.text, "missing": n.missing} for n in doc.footnotes],
        "references": [reference_record(ref, index, directory_urls) for ref in doc.references],
        "cited_by": [
            {"symbol": c.document.symbol, "paragraph": c.reference.in_paragraph, "locator": c.reference.locator}
            for c in index.cited_by.get(doc.symbol or "", [])
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


def documents_json(
    documents: list[Document], index: LinkIndex, directory_urls: bool = True, lineage: Lineage | None = None
) -> str:
    return documents_json_from([document_record_json(doc, index, directory_urls, lineage) for doc in documents])


def document_record_json(
    doc: Document, index: LinkIndex, directory_urls: bool = True, lineage: Lineage | None = None
) -> str:
    """One document's record as JSON text: a rebuild reuses the text of unchanged ones."""
    return json.dumps(
        document_record(doc, index, directory_urls, lineage), ensure_ascii=False, sort_keys=True, separators=_COMPACT
    )


def documents_json_from(records: list[str]) -> str:
    """documents.json from its records' JSON texts (exactly what dumping the list gives)."""
    return "".join(documents_json_parts(records))


def documents_json_parts(records: Iterable[str]) -> Iterator[str]:
    """documents.json in pieces, for writing it record by record (110 MB at 5,000 documents)."""
    yield "["
    for number, record in enumerate(records):
        yield "," + record if number else record
    yield "]\n"
