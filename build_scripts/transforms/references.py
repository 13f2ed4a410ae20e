"""Every citation of a document, as References on the model (pure: document in, list out)."""

from __future__ import annotations

from .. import anchors
from ..model import Document, Reference
from .citations import Catalogue, find_citations, instrument_citations


def extract_references(doc: Document, catalogue: Catalogue) -> list[Reference]:
    """Citations in paragraphs, footnotes and the 'adopted on the report of' field, in
    document order. The title is read first only to know which treaty "the Convention"
    means; it is the document's subject, not a citation."""
    _, current = instrument_citations(doc.title or "", catalogue, None)
    refs: list[Reference] = []
    texts: list[tuple[str, str]] = [(p.id, p.text) for p in doc.all_paragraphs()]
    texts += [(n.id, n.text) for n in doc.footnotes if n.text]
    if doc.based_on:
        texts.append((anchors.masthead("based_on"), doc.based_on))
    for where, text in texts:
        citations, current = find_citations(text, doc.body, catalogue, current)
        refs.extend(Reference(c.symbol, c.kind, where, c.text(text), c.locator, c.start, c.end) for c in citations)
    return refs
