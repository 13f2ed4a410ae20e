"""``data/documents.json``: the collection as data, in the shape DESIGN.md gives."""

from __future__ import annotations

import json
from typing import Any

from ..model import Document, Paragraph, Reference
from ..transforms.links import LinkIndex
from .urls import page_path, site_url


def _paragraph(para: Paragraph, parent: str | None) -> dict[str, Any]:
    return {
        "id": para.id,
        "kind": para.kind,
        "number": para.number,
        "text": para.text,
        "parent": parent,
        "footnote_refs": [
            {"marker": r.marker, "footnote": r.footnote_id, "offset": r.offset} for r in para.footnote_refs
        ],
    }


def _paragraphs(paragraphs: list[Paragraph], parent: str | None = None) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    for para in paragraphs:
        out.append(_paragraph(para, parent))
        out.extend(_paragraphs(para.subparagraphs, para.id))
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


def document_record(doc: Document, index: LinkIndex, directory_urls: bool = True) -> dict[str, Any]:
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
        "paragraphs": _paragraphs(doc.paragraphs),
        "footnotes": [{"id": n.id, "marker": n.marker, "text": n.text, "missing": n.missing} for n in doc.footnotes],
        "references": [reference_record(ref, index, directory_urls) for ref in doc.references],
        "cited_by": [
            {"symbol": c.document.symbol, "paragraph": c.reference.in_paragraph, "locator": c.reference.locator}
            for c in index.cited_by.get(doc.symbol or "", [])
        ],
        "log": [{"kind": e.kind, "rule": e.rule, "line": e.line, "detail": e.detail} for e in doc.log],
        "warnings": doc.warnings,
    }


def documents_json(documents: list[Document], index: LinkIndex, directory_urls: bool = True) -> str:
    records = [document_record(doc, index, directory_urls) for doc in documents]
    return json.dumps(records, ensure_ascii=False, sort_keys=True, separators=(",", ":")) + "\n"
