"""The conversion, end to end: sources directory -> documents (-> pages, via writers)."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from .errors import SourceError
from .model import Document, Event
from .readers import choose_reader
from .sources import Source, load_sources
from .structure import build_document
from .transforms.chronology import collection_events
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


def convert_source(source: Source) -> tuple[Document, FidelityReport]:
    """One source to its Document, citations included, and the proof that its words are
    all there (all of it depends on that source only). Unexplained loss or addition is
    an error naming the file, the line and the words."""
    reader = choose_reader(source.text, source.name)
    raw = reader.read(source.text, source.name)
    doc = build_document(raw, source.sidecar, source.notes)
    doc.references = extract_references(doc, load_catalogue())
    report = check_fidelity(source.text, doc)
    if report.problems:
        raise SourceError(source.name, "fidelity check failed: " + "; ".join(report.problems))
    return doc, report


def convert_directory(directory: Path) -> Collection:
    """Every source of ``directory`` as a Document, sorted by date then symbol."""
    converted = [convert_source(source) for source in load_sources(directory)]
    documents = [doc for doc, _ in converted]
    seen: dict[str, str] = {}
    for doc in documents:
        assert doc.symbol is not None
        if doc.symbol in seen:
            raise SourceError(doc.source_file, f"symbol {doc.symbol} is also the symbol of {seen[doc.symbol]}")
        seen[doc.symbol] = doc.source_file
    documents.sort(key=lambda d: (d.sort_date() is None, d.sort_date() or "", d.symbol))  # type: ignore[operator]
    catalogue = load_catalogue()
    reports = sorted((report for _, report in converted), key=lambda r: r.source_file)
    return Collection(
        documents, build_link_index(documents, catalogue), collection_events(documents, catalogue), reports
    )
