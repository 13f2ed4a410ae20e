"""The conversion, end to end: sources directory -> documents (-> pages, via writers)."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from .cache import ConversionCache
from .errors import SourceError
from .model import Document, Event, Reference
from .parallel import split_work
from .readers import reader_for
from .settings import CollectionSettings
from .sources import Source, load_sources
from .structure import build_document
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


@dataclass
class Collection:
    documents: list[Document] = field(default_factory=list)
    # None until ``add_findings``: a deferred build links the collection late
    links: LinkIndex | None = None
    # the merged chronology: None until ``add_events`` (a deferred build merges it late)
    events: list[Event] | None = field(default_factory=list)
    # each document's own events (None: not found yet), in source order, which merging keeps
    document_events: dict[str, list[Event] | None] = field(default_factory=dict)
    fidelity: list[FidelityReport] = field(default_factory=list)
    lineage: dict[tuple[str, str], ParagraphLineage] = field(default_factory=dict)
    comparisons: list[tuple[Document, Document]] = field(default_factory=list)
    # each document's content key (its source's cache key), when built with a cache
    keys: dict[str, str] = field(default_factory=dict)
    lineage_reused: int = 0  # paragraphs whose lineage came from the previous build
    # each document's citations and signatures (None: not found yet), per symbol
    findings: dict[str, Findings | None] = field(default_factory=dict)
    series: Series = field(default_factory=lambda: Series({}, {}))
    settings: CollectionSettings = field(default_factory=CollectionSettings)

    def by_symbol(self) -> dict[str, Document]:
        return {doc.symbol: doc for doc in self.documents if doc.symbol}


@dataclass(frozen=True)
class Findings:
    """What links and lineage need from one document, found from it alone: its citations
    and its paragraphs' MinHash signatures. They raise no error on any document, so a
    build may begin before they are found (``add_findings``; a deferred build finds them
    beside MkDocs: a third of the conversion's time)."""

    references: list[Reference]
    signatures: dict[str, np.ndarray]


@dataclass(frozen=True)
class Converted:
    """All that depends on one source alone: its document, the proof of its fidelity,
    its findings and the events it tells (merged with other documents' later). Findings
    and events are None when the conversion was asked to leave them for later."""

    document: Document
    fidelity: FidelityReport
    findings: Findings | None
    events: list[Event] | None


def convert_source(source: Source, complete: bool = True) -> Converted:
    """One source converted: read, structured, words proven kept; then (unless asked not
    to: ``complete=False``) its citations, signatures and events found. Unexplained loss
    or addition is an error naming the file, line and words."""
    raw, text = reader_for(source).read(source)
    doc = build_document(raw, source.sidecar, source.notes)
    report = check_fidelity(text, doc)
    if report.problems:
        raise SourceError(source.name, "fidelity check failed: " + "; ".join(report.problems))
    if not complete:
        return Converted(doc, report, None, None)
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


def convert_all(
    sources: list[Source], cache: ConversionCache | None, keys: list[str] | None = None, complete: bool = True
) -> list[Converted]:
    """Every source converted, in order: from the cache when it can, split across the
    cores when there are many to convert. ``keys``: the sources' cache keys, when the
    caller has them already. Of several bad sources, the first in order is reported.
    ``complete=False``: findings and events not found now (those cached are kept)."""
    keys = keys if keys is not None else source_keys(sources, cache)
    found: list[Converted | None] = [cache.get(k) if cache else None for k in keys]
    missing = [sources[i] for i, value in enumerate(found) if not isinstance(value, Converted)]
    fresh, _ = split_work(_convert_part, (missing, complete), len(missing), lambda: None, minimum=PARALLEL_FROM)
    at = 0
    for index, value in enumerate(found):
        if isinstance(value, Converted):
            continue
        result = fresh[at]
        at += 1
        if isinstance(result, SourceError):
            raise result
        found[index] = result
        if cache is not None:
            cache.put(keys[index], result)
    return found  # type: ignore[return-value]


def _convert_part(job: tuple[list[Source], bool], start: int, stop: int) -> dict[int, Converted | SourceError]:
    sources, complete = job
    out: dict[int, Converted | SourceError] = {}
    for number in range(start, stop):
        try:
            out[number] = convert_source(sources[number], complete)
        except SourceError as err:
            out[number] = err
    return out


def convert_directory(directory: Path, cache: ConversionCache | None = None) -> Collection:
    return convert_sources(load_sources(directory), cache)


def convert_sources(
    sources: list[Source],
    cache: ConversionCache | None = None,
    keys: list[str] | None = None,
    lineage: bool = True,
    complete: bool = True,
) -> Collection:
    """Every source as a Document, sorted by date then symbol, with what the collection
    shares: series and comparisons; then links and back-links, the merged chronology and
    lineage. Unless asked not to (``complete=False``, ``lineage=False``): ``add_findings``,
    ``add_events`` and ``add_lineage`` may run later, elsewhere (they raise no error on
    any source: a build may begin before they are known)."""
    keys = keys if keys is not None else source_keys(sources, cache)
    converted = convert_all(sources, cache, keys, complete)
    documents = [c.document for c in converted]
    seen: dict[str, str] = {}
    for doc in documents:
        assert doc.symbol is not None
        if doc.symbol in seen:
            raise SourceError(doc.source_file, f"symbol {doc.symbol} is also the symbol of {seen[doc.symbol]}")
        seen[doc.symbol] = doc.source_file
    documents.sort(key=lambda d: (d.sort_date() is None, d.sort_date() or "", d.symbol))  # type: ignore[operator]
    reports = sorted((c.fidelity for c in converted), key=lambda r: r.source_file)
    content_keys: dict[str, str] = {}
    if cache is not None:
        content_keys = {c.document.symbol or "": key for c, key in zip(converted, keys, strict=True)}
    series = series_of(documents)
    collection = Collection(
        documents,
        None,
        None,
        {c.document.symbol or "": c.events for c in converted},
        reports,
        comparisons=comparison_pairs(documents, series.previous),
        keys=content_keys,
        findings={c.document.symbol or "": c.findings for c in converted},
        series=series,
    )
    if complete:
        add_findings(collection, cache)
        add_events(collection, cache)
    if lineage:
        add_cached_lineage(collection, cache)
    return collection


# Under a source's key + these, what is found after its conversion (``complete=False``)
FINDINGS_SLOT = "-findings"
EVENTS_SLOT = "-events"
Value = TypeVar("Value")


def _find_late(
    collection: Collection,
    cache: ConversionCache | None,
    found: dict[str, Value | None],
    slot: str,
    find: Callable[[Document], Value],
) -> None:
    """Each document's value in ``found``: as converted, or remembered in the cache under
    its key + ``slot``, or found now (and remembered)."""
    by_symbol = collection.by_symbol()
    for symbol, value in found.items():
        if value is not None:
            continue
        key = collection.keys.get(symbol)
        remembered = cache.peek(key + slot) if cache is not None and key else None
        value = remembered if remembered is not None else find(by_symbol[symbol])
        if cache is not None and key and remembered is None:
            cache.put(key + slot, value)
        found[symbol] = value


def add_findings(collection: Collection, cache: ConversionCache | None) -> None:
    """Each document's citations and signatures, and the links and back-links of the
    collection, into ``collection``."""
    if collection.links is not None:
        return
    catalogue = load_catalogue()
    _find_late(collection, cache, collection.findings, FINDINGS_SLOT, lambda doc: find_in(doc, catalogue))
    for doc in collection.documents:
        found = collection.findings[doc.symbol or ""]
        assert found is not None
        doc.references = found.references
    collection.links = build_link_index(collection.documents, catalogue, collection.series)


def add_events(collection: Collection, cache: ConversionCache | None) -> None:
    """The merged chronology, into ``collection`` (its findings first: events are found
    from the citations)."""
    if collection.events is not None:
        return
    add_findings(collection, cache)
    catalogue = load_catalogue()
    _find_late(collection, cache, collection.document_events, EVENTS_SLOT, lambda doc: document_events(doc, catalogue))
    collection.events = merge_events([event for told in collection.document_events.values() for event in told or []])


def add_cached_lineage(collection: Collection, cache: ConversionCache | None) -> None:
    """``add_lineage`` with what the cache remembers of the last build's, and this build's
    results remembered there for the next (the findings first, from the cache too)."""
    add_findings(collection, cache)
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
    assert collection.links is not None, "add_findings first: lineage compares the signatures"
    signatures = {symbol: found.signatures for symbol, found in collection.findings.items() if found is not None}
    run = LineageRun(collection.documents, signatures, memo)
    collection.lineage = run.result
    return run


def finish_lineage(collection: Collection, run: LineageRun) -> dict[bytes, ParagraphLineage] | None:
    """How many results the run reused, into ``collection``; this build's results, to
    remember for the next (with content keys)."""
    memo = run.memo
    collection.lineage_reused = memo.reused if memo else 0
    return memo.current if memo else None
