"""The conversion, end to end: sources directory -> documents (-> pages, via writers)."""

from __future__ import annotations

import copy
import re
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING

from .cache import ConversionCache
from .errors import SourceError, Unread, no_source_read, stop_at_first
from .model import Document, Event, LogEntry, Reference
from .parallel import split_work
from .readers import reader_for
from .readers.base import LAID_OUT
from .settings import CollectionSettings
from .sources import Source, gather_sources
from .structure import build_document
from .symbols import check_symbol
from .transforms.chronology import document_events, merge_events
from .transforms.citations import Catalogue, load_catalogue
from .transforms.fidelity import FidelityReport, check_fidelity
from .transforms.lineage import (
    LineageMemo,
    LineageRun,
    ParagraphLineage,
    comparison_pairs,
    paragraph_signatures,
)
from .transforms.links import LinkIndex, Series, build_link_index, series_of
from .transforms.references import extract_references

if TYPE_CHECKING:
    import numpy as np

    from .readers.base import RawDocument, Reader


@dataclass(frozen=True)
class Findings:
    """What links and lineage need from one document, found from it alone: its citations
    and its paragraphs' MinHash signatures."""

    references: list[Reference]
    signatures: dict[str, np.ndarray]


@dataclass(frozen=True)
class Converted:
    """All that depends on one source alone: its document, the proof of its fidelity,
    its findings and the events it tells (merged with other documents' later)."""

    document: Document
    fidelity: FidelityReport
    findings: Findings
    events: list[Event]


@dataclass
class Collection:
    """A converted collection, linked and its events merged: everything its pages need
    but lineage, which a lineage run fills as it scores the documents (``start_lineage``:
    a deferred build scores a document just before rendering its page)."""

    documents: list[Document]  # by date, then symbol
    fidelity: list[FidelityReport]  # by source file
    links: LinkIndex
    events: list[Event]  # the merged chronology
    series: Series
    comparisons: list[tuple[Document, Document]]
    # each document's paragraph signatures (lineage compares them), by symbol
    signatures: dict[str, dict[str, np.ndarray]]
    settings: CollectionSettings = field(default_factory=CollectionSettings)
    # each document's content key (its source's cache key), when built with a cache
    keys: dict[str, str] = field(default_factory=dict)
    lineage: dict[tuple[str, str], ParagraphLineage] = field(default_factory=dict)
    lineage_reused: int = 0  # paragraphs whose lineage came from the previous build
    # the source files left out, with why (``errors.Unread``): by file name
    unread: list[Unread] = field(default_factory=list)

    def by_symbol(self) -> dict[str, Document]:
        return {doc.symbol: doc for doc in self.documents}


# What documents.un.org serves, as a PDF, for a symbol it does not hold
_PLACEHOLDER_RE = re.compile(r"The document you are looking for does not exist in the Official Document System")


def read_source(source: Source) -> tuple[Document, FidelityReport]:
    """One source read and structured, its words proven kept: its document and the proof.
    Unexplained loss or addition is an error naming the file, line and words."""
    reader = reader_for(source)
    raw, text = reader.read(source)
    if _PLACEHOLDER_RE.search(text[:2000]):
        raise SourceError(
            source.name,
            "this is the page the UN's document system returns for a document it does not hold "
            "('The document you are looking for does not exist'), not a document: download it again",
        )
    tabled = any(block.kind in LAID_OUT for block in raw.blocks)
    doc = build_document(copy.deepcopy(raw) if tabled else raw, source.sidecar, source.notes)
    check_symbol(doc.symbol, source.name)  # it becomes paths, URLs and anchors
    report = check_fidelity(text, doc)
    if report.problems and tabled:
        doc, report = _with_tables_as_text(reader, raw, text, source, doc, report)
    if report.problems:
        raise SourceError(source.name, "fidelity check failed: " + "; ".join(report.problems))
    return doc, report


def _with_tables_as_text(
    reader: Reader, raw: RawDocument, text: str, source: Source, doc: Document, report: FidelityReport
) -> tuple[Document, FidelityReport]:
    """A document whose tables, read as tables, broke the proof (a paragraph that announces
    a table and goes on after it took the words after the table before it): read again
    with its tables as text, as it was read before tables were (by the reader, when it
    can: ``read_without_tables``), and said on its page. If that breaks the proof too, the
    first reading and its problems stand."""
    without = getattr(reader, "read_without_tables", None)
    if without is not None:
        flat, _ = without(source)
    else:
        flat = replace(
            raw,
            blocks=[replace(b, kind="text", table=None, figure=None) if b.kind in LAID_OUT else b for b in raw.blocks],
        )
    again = build_document(flat, source.sidecar, source.notes)
    proof = check_fidelity(text, again)
    if proof.problems:
        return doc, report
    detail = "its tables are read as text: read as tables, its words did not stay in their order"
    entry = LogEntry("warning", "tables-as-text", None, detail)
    again.log.append(entry)
    again.warnings.append(entry.describe(flat.source_file))
    return again, proof


def convert_source(source: Source) -> Converted:
    """One source converted (``read_source``), its citations, signatures and events found."""
    doc, report = read_source(source)
    catalogue = load_catalogue()
    found = find_in(doc, catalogue)
    return Converted(doc, report, found, document_events(doc, catalogue))


def find_in(doc: Document, catalogue: Catalogue) -> Findings:
    """A document's findings; its references set on it (events are found from them)."""
    doc.references = extract_references(doc, catalogue)
    return Findings(doc.references, paragraph_signatures(doc))


LINEAGE_MEMO = "last-lineage"  # the cache slot of the latest build's lineage results
PARALLEL_FROM = 64  # sources to convert before worker processes pay for themselves


def source_keys(sources: list[Source], cache: ConversionCache | None) -> list[str]:
    return [cache.key(s.name, s.text, s.sidecar, s.data) if cache else "" for s in sources]


@dataclass
class Outcome:
    """What became of the sources: each one converted, or refused with why (in source
    order)."""

    converted: list[Converted]
    refused: list[Unread]


def convert_all(
    sources: list[Source], cache: ConversionCache | None, keys: list[str] | None = None, strict: bool = False
) -> Outcome:
    """Every source converted, in order: from the cache when it can, split across the
    cores when there are many to convert. ``keys``: the sources' cache keys, when the
    caller has them already. A source that cannot be converted is refused, not cached;
    ``strict``: the first refused in order is raised instead."""
    keys = keys if keys is not None else source_keys(sources, cache)
    found: list[Converted | None] = [cache.get(k) if cache else None for k in keys]
    missing = [sources[i] for i, value in enumerate(found) if not isinstance(value, Converted)]
    fresh, _ = split_work(_convert_part, missing, len(missing), lambda: None, minimum=PARALLEL_FROM)
    outcome = Outcome([], [])
    at = 0
    for index, value in enumerate(found):
        if not isinstance(value, Converted):
            value = fresh[at]
            at += 1
            if isinstance(value, SourceError):
                if strict:
                    raise value
                outcome.refused.append(Unread.of(value))
                continue
            if cache is not None:
                cache.put(keys[index], value)
        outcome.converted.append(value)
    return outcome


def _convert_part(sources: list[Source], start: int, stop: int) -> dict[int, Converted | SourceError]:
    out: dict[int, Converted | SourceError] = {}
    for number in range(start, stop):
        try:
            out[number] = convert_source(sources[number])
        except SourceError as err:
            out[number] = err
    return out


def convert_directory(directory: Path, cache: ConversionCache | None = None, strict: bool = False) -> Collection:
    """The collection of ``directory``'s sources; the files that cannot be read are its
    ``unread`` (``strict``: the first stops the conversion)."""
    gathered = gather_sources(directory)
    stop_at_first(gathered.unread, strict)
    return convert_sources(gathered.sources, cache, strict=strict, unread=gathered.unread)


def without_duplicates(converted: list[Converted]) -> tuple[list[Converted], list[Unread]]:
    """The first source of each symbol kept (in source order); each later one refused
    naming the kept one: a symbol is a page's address, and two cannot share it."""
    seen: dict[str, str] = {}
    kept: list[Converted] = []
    refused: list[Unread] = []
    for one in converted:
        doc = one.document
        if doc.symbol in seen:
            first = seen[doc.symbol]
            refused.append(Unread(doc.source_file, f"symbol {doc.symbol} is also the symbol of {first}; kept {first}"))
            continue
        seen[doc.symbol] = doc.source_file
        kept.append(one)
    return kept, refused


def convert_sources(
    sources: list[Source],
    cache: ConversionCache | None = None,
    keys: list[str] | None = None,
    lineage: bool = True,
    settings: CollectionSettings | None = None,
    strict: bool = False,
    unread: list[Unread] | None = None,
) -> Collection:
    """Every source as a Document, sorted by date then symbol, linked, its events merged
    into the chronology; with ``lineage`` (else a lineage run fills it later, beside
    MkDocs: it raises no error on any source) the lineage of every paragraph.

    A source that cannot be converted (or repeats an earlier one's symbol) is left out
    and listed in the collection's ``unread``, with ``unread`` (files refused before
    conversion); ``strict``: it stops the conversion instead. When files were refused
    and none converted, there is nothing to publish: the conversion stops naming them."""
    keys = keys if keys is not None else source_keys(sources, cache)
    outcome = convert_all(sources, cache, keys, strict)
    key_of = dict(zip((s.name for s in sources), keys, strict=True))
    converted, duplicates = without_duplicates(outcome.converted)
    stop_at_first(duplicates, strict)
    refused = sorted([*(unread or []), *outcome.refused, *duplicates], key=lambda u: u.source_file)
    if refused and not converted:
        raise no_source_read(refused)
    documents = [c.document for c in converted]
    documents.sort(key=lambda d: (d.sort_date() is None, d.sort_date() or "", d.symbol))  # type: ignore[operator]
    signatures = {c.document.symbol: c.findings.signatures for c in converted}
    series = series_of(documents, signatures)
    collection = Collection(
        documents,
        sorted((c.fidelity for c in converted), key=lambda r: r.source_file),
        build_link_index(documents, load_catalogue(), series),
        # each document's events in source order, which merging keeps
        merge_events([event for c in converted for event in c.events]),
        series,
        comparison_pairs(documents, series.previous),
        signatures,
        settings or CollectionSettings(),
        {c.document.symbol: key_of[c.document.source_file] for c in converted} if cache is not None else {},
        unread=refused,
    )
    if lineage:
        add_cached_lineage(collection, cache)
    return collection


def add_cached_lineage(collection: Collection, cache: ConversionCache | None) -> None:
    """``add_lineage`` with what the cache remembers of the last build's, and this build's
    results remembered there for the next."""
    remembered = add_lineage(collection, cache.peek(LINEAGE_MEMO) if cache is not None else None)
    if cache is not None and remembered is not None:
        cache.put(LINEAGE_MEMO, remembered)


def add_lineage(
    collection: Collection, remembered: Mapping[bytes, ParagraphLineage] | None
) -> dict[bytes, ParagraphLineage] | None:
    """The lineage of every paragraph, into ``collection``. ``remembered``: an earlier
    build's results (reused where their inputs are unchanged); returns this build's, to
    remember for the next, when the collection has content keys (built with a cache)."""
    run = start_lineage(collection, remembered)
    run.everything()
    return finish_lineage(collection, run)


def start_lineage(collection: Collection, remembered: Mapping[bytes, ParagraphLineage] | None) -> LineageRun:
    """A lineage run whose results fill ``collection.lineage`` as documents are scored
    (``LineageRun.document``); ``finish_lineage`` once all are."""
    memo = LineageMemo(collection.keys, remembered or {}) if collection.keys else None
    run = LineageRun(collection.documents, collection.signatures, memo)
    collection.lineage = run.result
    return run


def finish_lineage(collection: Collection, run: LineageRun) -> dict[bytes, ParagraphLineage] | None:
    """How many results the run reused, into ``collection``; this build's results, to
    remember for the next (with content keys)."""
    memo = run.memo
    collection.lineage_reused = memo.reused if memo else 0
    return memo.current if memo else None
