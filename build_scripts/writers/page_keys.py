"""What each document page is rendered from, as a digest: a rebuild renders again only
the pages whose digest changed."""

from __future__ import annotations

import hashlib
from collections.abc import Mapping

from ..model import Document
from ..transforms.lineage import ParagraphLineage
from ..transforms.links import LinkIndex


def page_key(
    doc: Document,
    index: LinkIndex,
    lineage: Mapping[tuple[str, str], ParagraphLineage],
    compares: Mapping[str, list[tuple[str, str]]],
    keys: Mapping[str, str],
) -> str:
    """A digest of everything a document's page is rendered from, so that a rebuild
    renders again only pages whose inputs changed. ``keys`` names each document's content
    (its source's cache key, which covers the converter too). The page reads: its own
    document; each document it cites (whether it is in the collection, its title and
    paragraphs); the documents that cite it or take note of it, and of which it takes
    note; its series neighbours; the lineage of its paragraphs; its compare pages.
    ``tests/test_corpus.py`` checks that a rebuild equals a fresh build after edits,
    additions and removals."""
    symbol = doc.symbol
    parts = ["page", keys.get(symbol, "")]
    related = [ref.symbol for ref in doc.references]
    for role, citings in (
        ("cited_by", index.cited_by.get(symbol, [])),
        ("noted_in", index.noted_in.get(symbol, [])),
        ("took_note_of", index.took_note_of.get(symbol, [])),
    ):
        parts.append(role)
        for citing in citings:
            parts += [citing.document.symbol, citing.reference.symbol, citing.reference.in_paragraph]
            related.append(citing.document.symbol)
            related.append(citing.reference.symbol)
    for role, neighbour in (("previous", index.previous.get(symbol)), ("following", index.following.get(symbol))):
        parts += [role, neighbour.symbol if neighbour else "-"]
        if neighbour:
            related.append(neighbour.symbol)
    for other in sorted(set(related)):
        parts += [other, keys.get(other, "-") if other in index.documents else "-"]
    parts += [repr(lineage.get((symbol, p.id))) for p in doc.all_paragraphs()]
    parts.append(repr(compares.get(symbol, [])))
    return hashlib.blake2b("\0".join(parts).encode("utf-8", "surrogatepass"), digest_size=20).hexdigest()
