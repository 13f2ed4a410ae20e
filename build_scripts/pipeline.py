"""The conversion, end to end: sources directory -> documents (-> pages, via writers)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from .cache import ConversionCache
from .errors import SourceError
from .model import Document, Event
from .parallel import split_work
from .readers import choose_reader
from .sources import Source, load_sources
from .structure import build_document
from .transforms.chronology import document_events, merge_events
from .transforms.citations import load_catalogue
from .transforms.fidelity import FidelityReport, check_fidelity
from .transforms.lineage import (
    LineageMemo,
    LineageRun,
    ParagraphLineage,
    comparison_pairs,
    paragraph_signatures,
)
from .transforms.links import LinkIndex, build_link_index
from .transforms.references import extract_references

if TYPE_CHECKING:
    import numpy as np


@dataclass
class Collection:
    documents: list[Document] = field(default_factory=list)
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
    signatures: dict[str, dict[str, np.ndarray]] = field(default_factory=dict)  # per symbol, for lineage

    def by_symbol(self) -> dict[str, Document]:
        return {doc.symbol: doc for doc in self.documents if doc.symbol}


@dataclass(frozen=True)
class Converted:
    """All that depends on one source alone: its document, the proof of its fidelity, and
    the events it tells (merged with other documents' later; None when the conversion was
    asked to leave them for later: ``add_events``)."""

    document: Document
    fidelity: FidelityReport
    events: list[Event] | None
    signatures: dict[str, np.ndarray]  # MinHash of each paragraph, for lineage


def convert_source(source: Source, events: bool = True) -> Converted:
    """One source converted: read, structured, citations found, words proven kept, events
    found (unless asked not to). Unexplained loss or addition is an error naming the
    file, line and words."""
    reader = choose_reader(source.text, source.name)
    raw = reader.read(source.text, source.name)
    doc = build_document(raw, source.sidecar, source.notes)
    catalogue = load_catalogue()
    doc.references = extract_references(doc, catalogue)
    report = check_fidelity(source.text, doc)
    if report.problems:
        raise SourceError(source.name, "fidelity check failed: " + "; ".join(report.problems))
    told = document_events(doc, catalogue) if events else None
    return Converted(doc, report, told, paragraph_signatures(doc))


LINEAGE_MEMO = "last-lineage"  # the cache slot of the latest build's lineage results
PARALLEL_FROM = 64  # sources to convert before worker processes pay for themselves


def source_keys(sources: list[Source], cache: ConversionCache | None) -> list[str]:
    return [cache.key(s.name, s.text, s.sidecar) if cache else "" for s in sources]


def convert_all(
    sources: list[Source], cache: ConversionCache | None, keys: list[str] | None = None, events: bool = True
) -> list[Converted]:
    """Every source converted, in order: from the cache when it can, split across the
    cores when there are many to convert. ``keys``: the sources' cache keys, when the
    caller has them already. Of several bad sources, the first in order is reported.
    ``events=False``: events not found now (those cached are kept)."""
    keys = keys if keys is not None else source_keys(sources, cache)
    found: list[Converted | None] = [cache.get(k) if cache else None for k in keys]
    missing = [sources[i] for i, value in enumerate(found) if not isinstance(value, Converted)]
    fresh, _ = split_work(_convert_part, (missing, events), len(missing), lambda: None, minimum=PARALLEL_FROM)
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
    sources, events = job
    out: dict[int, Converted | SourceError] = {}
    for number in range(start, stop):
        try:
            out[number] = convert_source(sources[number], events)
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
    events: bool = True,
) -> Collection:
    """Every source as a Document, sorted by date then symbol; then what the collection
    shares: links and back-links, the merged chronology, comparisons and lineage. Unless
    asked not to: ``add_lineage`` and ``add_events`` may run later, elsewhere (events and
    lineage raise no error on any source: a build may begin before they are known)."""
    keys = keys if keys is not None else source_keys(sources, cache)
    converted = convert_all(sources, cache, keys, events)
    documents = [c.document for c in converted]
    seen: dict[str, str] = {}
    for doc in documents:
        assert doc.symbol is not None
        if doc.symbol in seen:
            raise SourceError(doc.source_file, f"symbol {doc.symbol} is also the symbol of {seen[doc.symbol]}")
        seen[doc.symbol] = doc.source_file
    documents.sort(key=lambda d: (d.sort_date() is None, d.sort_date() or "", d.symbol))  # type: ignore[operator]
    reports = sorted((c.fidelity for c in converted), key=lambda r: r.source_file)
    links = build_link_index(documents, load_catalogue())
    content_keys: dict[str, str] = {}
    if cache is not None:
        content_keys = {c.document.symbol or "": key for c, key in zip(converted, keys, strict=True)}
    collection = Collection(
        documents,
        links,
        None,
        {c.document.symbol or "": c.events for c in converted},
        reports,
        comparisons=comparison_pairs(documents, links.previous),
        keys=content_keys,
        signatures={c.document.symbol or "": c.signatures for c in converted},
    )
    if events:
        add_events(collection, cache)
    if lineage:
        add_cached_lineage(collection, cache)
    return collection


EVENTS_SLOT = "-events"  # a source's events, found after its conversion, under its key + this


def add_events(collection: Collection, cache: ConversionCache | None) -> None:
    """The merged chronology, into ``collection``: each document's events as converted,
    or remembered in the cache, or found now (and remembered)."""
    if collection.events is not None:
        return
    catalogue = load_catalogue()
    by_symbol = collection.by_symbol()
    for symbol, told in collection.document_events.items():
        if told is not None:
            continue
        key = collection.keys.get(symbol)
        remembered = cache.peek(key + EVENTS_SLOT) if cache is not None and key else None
        told = remembered if isinstance(remembered, list) else document_events(by_symbol[symbol], catalogue)
        if cache is not None and key and remembered is None:
            cache.put(key + EVENTS_SLOT, told)
        collection.document_events[symbol] = told
    collection.events = merge_events([event for told in collection.document_events.values() for event in told or []])


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
