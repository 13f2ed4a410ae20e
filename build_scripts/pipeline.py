"""The conversion, end to end: sources directory -> documents (-> pages, via writers)."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from .cache import ConversionCache
from .errors import SourceError
from .model import Document, Event
from .readers import choose_reader
from .sources import Source, load_sources
from .structure import build_document
from .transforms.chronology import document_events, merge_events
from .transforms.citations import load_catalogue
from .transforms.fidelity import FidelityReport, check_fidelity
from .transforms.links import LinkIndex, build_link_index
from .transforms.references import extract_references


@dataclass
class Collection:
    documents: list[Document] = field(default_factory=list)
    links: LinkIndex | None = None
    events: list[Event] = field(default_factory=list)
    fidelity: list[FidelityReport] = field(default_factory=list)

    def by_symbol(self) -> dict[str, Document]:
        return {doc.symbol: doc for doc in self.documents if doc.symbol}


@dataclass(frozen=True)
class Converted:
    """All that depends on one source alone: its document, the proof of its fidelity, and
    the events it tells (merged with other documents' later)."""

    document: Document
    fidelity: FidelityReport
    events: list[Event]


def convert_source(source: Source) -> Converted:
    """One source converted: read, structured, citations found, words proven kept, events
    found. Unexplained loss or addition is an error naming the file, line and words."""
    reader = choose_reader(source.text, source.name)
    raw = reader.read(source.text, source.name)
    doc = build_document(raw, source.sidecar, source.notes)
    catalogue = load_catalogue()
    doc.references = extract_references(doc, catalogue)
    report = check_fidelity(source.text, doc)
    if report.problems:
        raise SourceError(source.name, "fidelity check failed: " + "; ".join(report.problems))
    return Converted(doc, report, document_events(doc, catalogue))


def convert_cached(source: Source, cache: ConversionCache | None) -> Converted:
    """``convert_source``, skipped when this very source was converted before by this very
    converter. Converted documents are never changed after conversion (links, events and
    pages are built beside them), which is what makes sharing the cached value safe."""
    if cache is None:
        return convert_source(source)
    key = cache.key(source.name, source.text, source.sidecar)
    found = cache.get(key)
    if not isinstance(found, Converted):
        found = convert_source(source)
        cache.put(key, found)
    return found


def convert_directory(directory: Path, cache: ConversionCache | None = None) -> Collection:
    """Every source of ``directory`` as a Document, sorted by date then symbol; then what
    the collection shares: links and back-links, and the merged chronology."""
    converted = [convert_cached(source, cache) for source in load_sources(directory)]
    documents = [c.document for c in converted]
    seen: dict[str, str] = {}
    for doc in documents:
        assert doc.symbol is not None
        if doc.symbol in seen:
            raise SourceError(doc.source_file, f"symbol {doc.symbol} is also the symbol of {seen[doc.symbol]}")
        seen[doc.symbol] = doc.source_file
    documents.sort(key=lambda d: (d.sort_date() is None, d.sort_date() or "", d.symbol))  # type: ignore[operator]
    reports = sorted((c.fidelity for c in converted), key=lambda r: r.source_file)
    events = merge_events([event for c in converted for event in c.events])
    return Collection(documents, build_link_index(documents, load_catalogue()), events, reports)
