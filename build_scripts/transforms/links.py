"""Where each citation leads, who cites whom, and the series documents belong to.

Built once per collection, in time linear in the number of references: one pass to
index documents by symbol, one over all references. Writers only look things up.
"""

from __future__ import annotations

import itertools
import re
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING
from urllib.parse import quote

from .. import anchors
from ..model import RESOLUTION_TYPES, Document, Reference
from .citations import Catalogue

if TYPE_CHECKING:
    import numpy as np

RESOLVER = "https://undocs.org/"
_PARAGRAPH_LOCATOR_RE = re.compile(r"\b(?:paras?\.|paragraphs?)\s*(\d+)")
_TAKES_NOTE_RE = re.compile(r"\b[Tt]akes? note\b[^;]*\breport\b")


@dataclass(frozen=True)
class Target:
    symbol: str
    document: Document | None  # in the collection
    anchor: str | None  # a paragraph of it, when the citation names one
    url: str | None  # outside the collection


@dataclass(frozen=True)
class Citing:
    """One place in the collection that cites a symbol."""

    document: Document
    reference: Reference


@dataclass
class LinkIndex:
    catalogue: Catalogue
    documents: dict[str, Document] = field(default_factory=dict)
    cited_by: dict[str, list[Citing]] = field(default_factory=dict)
    previous: dict[str, Document] = field(default_factory=dict)
    following: dict[str, Document] = field(default_factory=dict)
    took_note_of: dict[str, list[Citing]] = field(default_factory=dict)
    noted_in: dict[str, list[Citing]] = field(default_factory=dict)

    def resolve(self, symbol: str, locator: str | None = None) -> Target:
        document = self.documents.get(symbol)
        if document is None:
            url = self.catalogue.url(symbol) or RESOLVER + quote(symbol, safe="/.")
            return Target(symbol, None, None, url)
        return Target(symbol, document, paragraph_anchor(document, locator), None)

    def title(self, symbol: str) -> str | None:
        document = self.documents.get(symbol)
        return document.title if document else self.catalogue.title(symbol)


def paragraph_anchor(document: Document, locator: str | None) -> str | None:
    """'para. 3' of a resolution is its operative paragraph 3; of a report, paragraph 3."""
    match = _PARAGRAPH_LOCATOR_RE.search(locator or "")
    if not match:
        return None
    number = match.group(1)
    wanted = anchors.operative(number) if document.doc_type in RESOLUTION_TYPES else anchors.numbered(number)
    return wanted if any(p.id == wanted for p in document.all_paragraphs()) else None


_ORDINAL = (
    r"(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)-)?"
    r"(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|"
    r"fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|thirtieth|fortieth|"
    r"fiftieth|sixtieth|seventieth|eightieth|ninetieth|hundredth|\d+(?:st|nd|rd|th))"
)
# What changes from one instance of a recurring title to the next: its year ("... for
# 2025"), its session ("... on the work of its fifty-eighth session")
_RECURRING_RE = re.compile(rf"\b(?:(?:19|20)\d\d|{_ORDINAL}(?= session\b))")
_DASHES_RE = re.compile(r"[\u2010-\u2015]")


def series_title(title: str) -> str:
    """A title as its series knows it: case, dashes, quotes and spacing as one, and the
    year or session that each instance names left out ('Report of the International Law
    Commission on the work of its seventy-fifth session' and '... seventy-sixth session'
    are one series; so are 'Non-Proliferation' and 'Non Proliferation', a PDF's damage)."""
    text = _DASHES_RE.sub("-", unicodedata.normalize("NFKC", title)).casefold().replace("\u2019", "'")
    text = _RECURRING_RE.sub("#", text)
    return " ".join(text.replace("-", " ").split()).strip(" .:;,")


def _series_key(doc: Document) -> tuple[str, str, str] | None:
    if not doc.title:
        return None
    return (doc.body or "", doc.doc_type or "", series_title(doc.title))


@dataclass(frozen=True)
class Series:
    """Each document's neighbours in its series (same body, type and title, in date
    order). Known from the metadata alone: a build knows its compare pages before it
    finds any citation."""

    previous: dict[str, Document]
    following: dict[str, Document]


def _in_date_order(doc: Document) -> tuple[bool, str, str]:
    return (doc.sort_date() is None, str(doc.sort_date() or ""), doc.symbol)


def series_of(documents: list[Document], signatures: Mapping[str, Mapping[str, np.ndarray]] | None = None) -> Series:
    """Documents of one body and type under one title, in date order; with the
    paragraphs' ``signatures`` (``lineage.paragraph_signatures``), untitled documents
    too, each after the one it cites and repeats (``_untitled_series``)."""
    series: dict[tuple[str, str, str], list[Document]] = {}
    for doc in documents:
        key = _series_key(doc)
        if key is not None:
            series.setdefault(key, []).append(doc)
    found = Series({}, {})
    for members in series.values():
        members.sort(key=_in_date_order)
        for before, after in itertools.pairwise(members):
            found.previous[after.symbol] = before
            found.following[before.symbol] = after
    if signatures:
        _untitled_series(documents, signatures, found)
    return found


# An untitled document continues the series of an earlier one when at least this share
# of its paragraphs is found again there; a paragraph is found again when its MinHash
# signature agrees with one of the other's on at least this share of its values (an
# estimate of the two paragraphs' resemblance: a renewal's "Decides to extend the mandate
# ... until 31 January 2026" against "... until 31 January 2025" agrees on most).
SERIES_SHARE = 0.5
PARAGRAPH_AGREEMENT = 0.5
# Whole documents proposed as each one's earlier neighbours (banded MinHash, as lineage's
# paragraphs are), and how alike two must look (signature values shared of 64) to be tried
SERIES_NEIGHBOURS = 8
DOCUMENT_AGREEMENT = 16


def _untitled_series(
    documents: list[Document], signatures: Mapping[str, Mapping[str, np.ndarray]], found: Series
) -> None:
    """A Security Council resolution prints no title, yet a mandate renewed year after
    year is a series: each renewal repeats most of the one before, often citing it
    ("Recalling its resolution 2723 (2024)"). So an untitled document follows the earlier
    untitled document of its body and type that it repeats most (``SERIES_SHARE`` of its
    paragraphs at least; the more recent of two as alike), among those it cites and those
    whose whole text looks like its own (a document's MinHash signature is the minimum of
    its paragraphs': the signature of all its words). A thematic resolution that cites
    another theme's repeats too little of it. A series stays a chain: a document already
    followed is not followed twice. Linear in the collection: each document tries its own
    citations and a bounded number of neighbours."""
    import numpy as np

    from .minhash import NUM_PERM, band_keys, neighbours

    untitled = sorted((d for d in documents if not d.title and signatures.get(d.symbol)), key=_in_date_order)
    if len(untitled) < 2:
        return
    place = {doc.symbol: at for at, doc in enumerate(untitled)}
    whole = np.array([np.array(list(signatures[d.symbol].values())).min(axis=0) for d in untitled], dtype=np.uint32)
    near = neighbours(band_keys(whole.reshape(len(untitled), NUM_PERM)), SERIES_NEIGHBOURS, whole, DOCUMENT_AGREEMENT)
    for at, doc in enumerate(untitled):
        if doc.symbol in found.previous:
            continue
        tried = {other for other, _ in near[at] if other < at}
        tried |= {place[r.symbol] for r in doc.references if place.get(r.symbol, at) < at}
        best: tuple[float, int] | None = None
        for other in tried:
            candidate = untitled[other]
            if (candidate.body, candidate.doc_type) != (doc.body, doc.doc_type) or candidate.symbol in found.following:
                continue
            share = _share_repeated(signatures[doc.symbol], signatures[candidate.symbol])
            if share >= SERIES_SHARE and (best is None or (share, other) > best):
                best = (share, other)
        if best is not None:
            before = untitled[best[1]]
            found.previous[doc.symbol] = before
            found.following[before.symbol] = doc


def _share_repeated(mine: Mapping[str, np.ndarray], theirs: Mapping[str, np.ndarray]) -> float:
    """Share of ``mine``'s paragraphs that ``theirs`` has (signatures agreeing on
    ``PARAGRAPH_AGREEMENT`` of their values)."""
    import numpy as np

    rows, others = np.array(list(mine.values())), np.array(list(theirs.values()))
    agreement = (rows[:, None, :] == others[None, :, :]).mean(axis=2)
    return float((agreement.max(axis=1) >= PARAGRAPH_AGREEMENT).mean())


def build_link_index(documents: list[Document], catalogue: Catalogue, series: Series | None = None) -> LinkIndex:
    """``series``: ``series_of(documents)``, when the caller has it already."""
    series = series if series is not None else series_of(documents)
    index = LinkIndex(catalogue, {d.symbol: d for d in documents})
    index.previous, index.following = series.previous, series.following
    for doc in documents:
        for ref in doc.references:
            if ref.symbol != doc.symbol:
                index.cited_by.setdefault(ref.symbol, []).append(Citing(doc, ref))

    # "Takes note of the report ..." with the report cited in the paragraph or its notes
    for doc in documents:
        by_place: dict[str, list[Reference]] = {}
        for ref in doc.references:
            by_place.setdefault(ref.in_paragraph, []).append(ref)
        for para in doc.all_paragraphs():
            if not _TAKES_NOTE_RE.search(para.text):
                continue
            places = [para.id, *(r.footnote_id for r in para.footnote_refs)]
            for place in places:
                for ref in by_place.get(place, []):
                    if ref.kind == "document":
                        noted = Reference(ref.symbol, ref.kind, para.id, ref.label, ref.locator)
                        index.took_note_of.setdefault(doc.symbol, []).append(Citing(doc, noted))
                        index.noted_in.setdefault(ref.symbol, []).append(Citing(doc, noted))
    return index
