"""One call for the whole conversion: sources directory -> every generated file's content.

Both the MkDocs hook and the command line use this, so they cannot drift apart.
"""

from __future__ import annotations

import contextlib
import dataclasses
import functools
import gc
import logging
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import networkx as nx

from .cache import ConversionCache
from .errors import Unread, stop_at_first
from .model import Document
from .output_store import StoredFiles, digest_in
from .parallel import split_work
from .paths import safe_join
from .pipeline import Collection, add_cached_lineage, convert_sources, source_keys
from .settings import load_settings, strict_sources
from .sources import gather_sources
from .transforms.lineage import ComparedParagraph, compare_documents
from .transforms.links import LinkIndex
from .writers.akn import akn_document
from .writers.chronology import (
    chronology_csv,
    chronology_ics,
    chronology_json,
    chronology_pages,
    chronology_paths,
    render_chronology,
)
from .writers.codebook import DATA_PAGE, load_codebook, render_data_page
from .writers.collection import document_pages, render_collection, render_home
from .writers.compare import render_comparison_page
from .writers.fidelity import fidelity_json, fidelity_paths, render_fidelity
from .writers.json_export import (
    DOCUMENTS_INDEX,
    DOCUMENTS_LINES,
    document_record_json,
    documents_index,
    documents_lines,
    record_path,
)
from .writers.network import CITATIONS_GRAPHML, NETWORK_SVG, citation_graph, graphml, network_svg
from .writers.page_keys import page_key
from .writers.pages import PlaceLabels, compare_links, render_documents
from .writers.references import reference_pages, render_references
from .writers.search_index import paragraph_entries
from .writers.series import chains, render_series, series_paths
from .writers.tables import CITATIONS_CSV, DOCUMENTS_CSV, citation_rows, citations_csv, documents_csv
from .writers.urls import HOME_PAGE, REFERENCES_PAGE, akn_path, compare_path, page_path

log = logging.getLogger("mkdocs.plugins.un_docs")


@dataclass
class Generated:
    """What a build hands to MkDocs: every generated file (path under docs/ -> content)
    and the paragraph entries for the search index. ``collection`` is the converted
    model, absent when the whole output came from the cache."""

    # a deferred build's are on disk (``output_store``), read a file at a time
    files: Mapping[str, str]
    search_entries: list[dict[str, Any]]
    documents: int
    page_keys: dict[str, str] = field(default_factory=dict)  # document page -> digest of its inputs
    # document page -> the path of its record (in documents.json too) among ``files``
    records: dict[str, str] = field(default_factory=dict)
    pages_reused: int = 0  # document pages taken from the previous build unchanged
    lineage_reused: int = 0  # paragraphs whose lineage came from the previous build
    # files whose content is that of the previous build's (all, when nothing changed):
    # ``mkdocs serve --dirty`` renders only the others again
    unchanged: frozenset[str] = frozenset()
    collection: Collection | None = None
    unread: list[Unread] = field(default_factory=list)  # the source files left out, with why


@contextlib.contextmanager
def paused_gc() -> Iterator[None]:
    """No cyclic garbage collection while the model is built: the conversion allocates
    millions of objects that all survive, and every full collection would walk them all
    again (a third of lineage's time at 1,000 documents). Reference counting still frees
    what is dropped; one collection runs at the end."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


@contextlib.contextmanager
def model_frozen_gc() -> Iterator[None]:
    """Cyclic garbage collection of what is made from here on only, while pages are
    rendered: the model (which lives on) is moved out of the collector's sight, and what
    each page leaves behind is collected. Rendering leaves cycles (Jinja2's contexts): with
    collection paused, every page's rendered paragraphs stayed in memory until the process
    ended (0.3 MB a document). Forked workers inherit the state."""
    enabled = gc.isenabled()
    gc.freeze()
    gc.enable()
    try:
        yield
    finally:
        gc.unfreeze()
        if not enabled:
            gc.disable()


@dataclass
class Begun:
    """A build converted and linked, not yet rendered: what rendering it needs, and where
    its output goes in the cache. ``collection`` is None once a forked process renders it
    (``deferred.start``): MkDocs's process no longer holds the model."""

    collection: Collection | None
    directory_urls: bool
    previous: Generated | None  # the previous build's output, for reuse
    key: str | None = None  # the cache key of this build's output
    previous_key: str | None = None
    last: str = ""  # the cache slot naming the latest build's output
    # search entries for each paragraph and note (Material's own search), not only for
    # each document (Pagefind's symbols list): every paragraph's text again, held to the
    # build's end, 0.1 MB a document
    paragraph_search: bool = True
    documents: int = 0  # how many (the model's, kept when it goes)
    unread: list[Unread] = field(default_factory=list)  # the source files left out, with why


def begin(
    sources: Path,
    directory_urls: bool,
    cache: ConversionCache | None,
    strict: bool = False,
    paragraph_search: bool = True,
) -> Generated | Begun:
    """Sources converted, linked and their events found, their lineage not yet computed:
    ``render_begun`` or the deferred half does what is left. Or, when a cache holds the
    output of these very sources (and converter), that output whole.

    A source file that cannot be read is left out and listed (``unread``) unless the
    build is strict (``strict``, or the collection's or environment's ``strict_sources``):
    then the first stops it, with the file's name and why. ``paragraph_search``: see
    ``Begun``."""
    gathered = gather_sources(sources)
    settings = load_settings(sources)
    strict = strict or strict_sources(settings)
    stop_at_first(gathered.unread, strict)
    loaded = gathered.sources
    keys = source_keys(loaded, cache)
    last = f"last-output-{directory_urls}"
    key = previous_key = None
    previous: Generated | None = None
    if cache is not None:
        refused = [f"{u.source_file}\0{u.line}\0{u.reason}" for u in gathered.unread]  # they are on its pages
        search = f"paragraph-search:{paragraph_search}"
        key = cache.collection_key([*keys, settings.digest(), *refused, search], directory_urls)
        found = cache.get(key)
        if isinstance(found, Generated) and _intact(found):
            stop_at_first(found.unread, strict)  # refused in conversion, when this output was made
            log.info("sources unchanged since the last build: conversion skipped")
            return dataclasses.replace(found, unchanged=frozenset(found.files))
        remembered = cache.peek(last)
        previous_key = remembered if isinstance(remembered, str) else None
        # (an output of these very sources whose files are gone is no output to reuse:
        # this build writes its files where that one's were)
        earlier = cache.peek(previous_key) if previous_key and previous_key != key else None
        previous = earlier if isinstance(earlier, Generated) and _intact(earlier) else None
    with paused_gc():
        collection = convert_sources(
            loaded, cache, keys, lineage=False, settings=settings, strict=strict, unread=gathered.unread
        )
    log_conversion(collection)
    documents, unread = len(collection.documents), collection.unread
    return Begun(collection, directory_urls, previous, key, previous_key, last, paragraph_search, documents, unread)


def _intact(output: Generated) -> bool:
    """Whether a cached output's files are all there (a cache directory cleaned by hand)."""
    return not isinstance(output.files, StoredFiles) or output.files.intact()


def finish(begun: Begun, rendered: Rendered, entries: list[dict[str, Any]], cache: ConversionCache | None) -> Generated:
    """The build's output, remembered in the cache for the next build (the previous
    build's output, and its files, forgotten)."""
    unchanged = unchanged_since(rendered.files, begun.previous)
    generated = Generated(
        rendered.files,
        entries,
        begun.documents,
        rendered.page_keys,
        rendered.records,
        rendered.reused,
        rendered.lineage_reused,
        unread=begun.unread,
    )
    if generated.pages_reused or generated.lineage_reused:
        log.info(
            "reused from the previous build: %d pages, lineage of %d paragraphs",
            generated.pages_reused,
            generated.lineage_reused,
        )
    if cache is not None and begun.key is not None:
        cache.put(begun.key, generated)
        if begun.previous_key is not None and begun.previous_key != begun.key:
            cache.forget(begun.previous_key)
        cache.put(begun.last, begun.key)
    return dataclasses.replace(generated, unchanged=unchanged, collection=begun.collection)


def generate(
    sources: Path, directory_urls: bool = True, cache: ConversionCache | None = None, strict: bool = False
) -> Generated:
    """Every generated file and search entry of the collection in ``sources``.

    With a cache, a collection whose sources (and converter) are all unchanged since a
    previous build is not converted, linked or written again: its output is reused whole.
    """
    begun = begin(sources, directory_urls, cache, strict)
    if isinstance(begun, Generated):
        return begun
    return render_begun(begun, cache)


@dataclass(frozen=True)
class Written:
    """What ``generate_into`` wrote: how many documents, and the source files left out."""

    documents: int
    unread: list[Unread]


def generate_into(sources: Path, directory: Path, directory_urls: bool = True, strict: bool = False) -> Written:
    """Every generated file of ``generate`` (without a cache), written under ``directory``
    as it is rendered and not kept: the command line's way. At 5,000 documents the files
    are 330 MB of Markdown and JSON, twice that as Python strings; held together with the
    model they took the conversion to 1.7 GB."""
    begun = begin(sources, directory_urls, None, strict)
    assert isinstance(begun, Begun), "without a cache, a build is always converted"
    collection = begun.collection
    assert collection is not None
    links = collection.links
    outputs = output_plan(collection, directory_urls)

    def meanwhile() -> None:
        for _, make in outputs.collection_makers():
            write_tree(directory, make().items())
        lines_path = safe_join(directory, DOCUMENTS_LINES)
        lines_path.parent.mkdir(parents=True, exist_ok=True)
        with lines_path.open("w", encoding="utf-8") as lines:
            for doc in collection.documents:
                record = document_record_json(doc, links, directory_urls, collection.lineage)
                write_tree(directory, [(record_path(doc.symbol), record)])
                lines.writelines(documents_lines([record]))
        write_tree(directory, [(DOCUMENTS_INDEX, documents_index(collection.documents, directory_urls))])

    with paused_gc():
        add_cached_lineage(collection, None)
    with model_frozen_gc():
        split_work(_write_document_pages, (collection, directory, directory_urls), len(collection.documents), meanwhile)
    return Written(len(collection.documents), collection.unread)


def _write_document_pages(job: tuple[Collection, Path, bool], start: int, stop: int) -> dict[str, None]:
    collection, directory, directory_urls = job
    pages = render_documents(
        collection.documents[start:stop],
        collection.links,
        collection.lineage,
        collection.comparisons,
        directory_urls=directory_urls,
    )
    write_tree(directory, pages.items())
    return dict.fromkeys(pages)


def write_tree(directory: Path, files: Iterable[tuple[str, str]]) -> None:
    """Files (path under ``directory``, content) written as UTF-8; a path that would lead
    out of ``directory`` is refused (``paths.safe_join``) before anything is written there."""
    for path, content in files:
        target = safe_join(directory, path)
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(content, encoding="utf-8")


def render_begun(begun: Begun, cache: ConversionCache | None) -> Generated:
    """A begun build rendered whole, here, what it lacks found first: findings and
    events, lineage."""
    collection = begun.collection
    assert collection is not None
    with paused_gc():
        add_cached_lineage(collection, cache)
    with model_frozen_gc():
        rendered = render_output(collection, begun.directory_urls, begun.previous)
        entries = paragraph_entries(collection.documents, begun.directory_urls, begun.paragraph_search)
    return finish(begun, rendered, entries, cache)


def unchanged_since(files: Mapping[str, str], previous: Generated | None) -> frozenset[str]:
    """The files whose content is the previous build's (``mkdocs serve --dirty`` skips
    them), compared by digest (``output_store``: a stored output is never read for it)."""
    if previous is None:
        return frozenset()
    return frozenset(path for path in files if digest_in(files, path) == digest_in(previous.files, path))


@dataclass
class Rendered:
    files: Mapping[str, str]
    page_keys: dict[str, str]  # document page -> digest of its inputs
    records: dict[str, str]  # document page -> its record's path among ``files``
    reused: int  # document pages (and records) taken from the previous build
    lineage_reused: int = 0  # paragraphs whose lineage came from the previous build


@dataclass
class ReusedRecords:
    """The previous build's records (documents.json) of the pages a build keeps, by page:
    read from the previous output when asked for, one at a time."""

    files: Mapping[str, str] = field(default_factory=dict)
    paths: dict[str, str] = field(default_factory=dict)  # kept page -> its record's path in files

    def get(self, page: str) -> str | None:
        path = self.paths.get(page)
        return self.files[path] if path is not None else None


@dataclass
class PagePlan:
    """Which document pages a build renders, and which it takes from the previous build."""

    page_keys: dict[str, str]  # document page -> digest of its inputs
    kept: set[str]  # document pages whose content is the previous build's
    todo: list[Document]
    records_before: ReusedRecords = field(default_factory=ReusedRecords)


def plan_pages(collection: Collection, previous: Generated | None) -> PagePlan:
    """A document page (and its JSON record) whose inputs' digest is that of ``previous``
    is taken from it; the others are rendered."""
    plan = PagePlan({}, set(), [])
    compares = compare_links(collection.comparisons)
    for doc in collection.documents:
        plan_page(plan, doc, collection, compares, previous)
    plan_records(plan, previous)
    return plan


def plan_page(
    plan: PagePlan,
    doc: Document,
    collection: Collection,
    compares: dict[str, list[tuple[str, str]]],
    previous: Generated | None,
) -> bool:
    """One document into ``plan``: whether its page is taken from ``previous`` (its
    paragraphs' lineage must be known)."""
    path = page_path(doc.symbol)
    if collection.keys:
        plan.page_keys[path] = page_key(doc, collection.links, collection.lineage, compares, collection.keys)
        if previous is not None and previous.page_keys.get(path) == plan.page_keys[path] and path in previous.files:
            plan.kept.add(path)
            return True
    plan.todo.append(doc)
    return False


def plan_records(plan: PagePlan, previous: Generated | None) -> None:
    """The previous build's documents.json records of the pages ``plan`` keeps."""
    if previous is not None:
        kept = {path: previous.records[path] for path in plan.kept if previous.records.get(path) in previous.files}
        plan.records_before = ReusedRecords(previous.files, kept)


def write_files(collection: Collection, directory_urls: bool = True) -> dict[str, str]:
    """Every generated page and data file of a converted collection, in memory."""
    return dict(render_output(collection, directory_urls).files)


def render_output(collection: Collection, directory_urls: bool, previous: Generated | None = None) -> Rendered:
    """Every generated file: the document pages not taken from ``previous`` rendered in
    worker processes, the collection-wide files meanwhile here."""
    plan = plan_pages(collection, previous)
    outputs = output_plan(collection, directory_urls)

    def meanwhile() -> tuple[dict[str, str], dict[str, str]]:
        files = {path: content for _, make in outputs.collection_makers() for path, content in make().items()}
        records, data = document_records(collection, directory_urls, plan.records_before)
        files.update(data)
        return files, records

    job = (collection, plan.todo, directory_urls)
    rendered, (rest, records) = split_work(_document_pages, job, len(plan.todo), meanwhile)
    kept = {path: previous.files[path] for path in plan.kept} if previous is not None else {}
    files = {**kept, **rendered, **rest}
    files = {path: files[path] for path in outputs.paths()}
    return Rendered(files, plan.page_keys, records, len(plan.kept), collection.lineage_reused)


def _document_pages(job: tuple[Collection, list[Document], bool], start: int, stop: int) -> dict[str, str]:
    collection, todo, directory_urls = job
    return render_documents(
        todo[start:stop], collection.links, collection.lineage, collection.comparisons, directory_urls=directory_urls
    )


@dataclass(frozen=True)
class OutputPlan:
    """Every generated file, in the one order MkDocs is given them and reads the pages (and
    a deferred build sends them): the collection-wide pages, each document's page, the
    collection's data files (the tables, XML and network read lineage: made after every
    page's), then the documents' records and the files made of them. Every kind of build
    (in memory, into a directory, the deferred process) takes its files from this plan,
    so their output is the same (Material's search index lists pages in this order)."""

    pages: list[Maker]  # collection-wide pages
    documents: list[Document]  # a page each
    data: list[Maker]  # collection-wide data files

    def collection_makers(self) -> list[Maker]:
        return [*self.pages, *self.data]

    def paths(self) -> list[str]:
        order = [path for paths, _ in self.pages for path in paths]
        order += [page_path(doc.symbol) for doc in self.documents]
        order += [path for paths, _ in self.data for path in paths]
        return [*order, *data_paths(self.documents)]


def output_plan(collection: Collection, directory_urls: bool) -> OutputPlan:
    makers = collection_file_makers(collection, directory_urls)
    pages = [maker for maker in makers if maker[0][0].endswith(".md")]
    data = [maker for maker in makers if not maker[0][0].endswith(".md")]
    return OutputPlan(pages, collection.documents, data)


def data_paths(documents: list[Document]) -> list[str]:
    """The documents as data: each record, all as JSON Lines, the index."""
    return [*(record_path(doc.symbol) for doc in documents), DOCUMENTS_LINES, DOCUMENTS_INDEX]


Maker = tuple[list[str], Callable[[], dict[str, str]]]


def collection_file_makers(collection: Collection, directory_urls: bool) -> list[Maker]:
    """Each collection-wide file's path and how to make it (several pages from one
    maker: the documents by group, the chronology by year, the references by series):
    the paths are known before any is made, so that MkDocs is told of the files a
    deferred build has yet to send. The collection must be linked, its events found."""
    documents, fidelity = collection.documents, collection.fidelity
    links, events = collection.links, collection.events

    def one(path: str, make: Callable[[], str]) -> Maker:
        return [path], lambda: {path: make()}

    latest = max((d.sort_date() for d in documents if d.sort_date()), default=None)
    compared: dict[tuple[str, str], list[ComparedParagraph]] = {}

    def compare(old: Document, new: Document) -> list[ComparedParagraph]:
        """Once a pair: its compare page and the series page both count its rows."""
        key = (old.symbol, new.symbol)
        if key not in compared:
            compared[key] = compare_documents(old, new)
        return compared[key]

    @functools.cache
    def network() -> nx.DiGraph:
        """Once: the GraphML export and the references page's figure both draw it."""
        return citation_graph(documents, links, citation_rows(documents, links, directory_urls), directory_urls)

    makers: list[Maker] = [
        one(
            HOME_PAGE,
            lambda: render_home(collection.settings, len(documents), len(chains(documents, collection.series))),
        ),
        (document_pages(documents), lambda: render_collection(documents)),
        (fidelity_paths(fidelity), lambda: render_fidelity(fidelity, collection.unread)),
    ]
    makers += [
        one(
            compare_path(old.symbol, new.symbol),
            functools.partial(lambda a, b: render_comparison_page(a, b, directory_urls, compare(a, b)), old, new),
        )
        for old, new in collection.comparisons
    ]
    makers.append(
        (series_paths(documents, collection.series), lambda: render_series(documents, collection.series, compare))
    )
    makers += [
        (
            [REFERENCES_PAGE, *(page.path for page in reference_pages(links))],
            lambda: render_references(links, PlaceLabels()),
        ),
        (
            chronology_paths(chronology_pages(events)),
            lambda: render_chronology(events, directory_urls, latest.isoformat() if latest else None),
        ),
        one("data/chronology.json", lambda: chronology_json(events, directory_urls)),
        one("data/chronology.csv", lambda: chronology_csv(events)),
        one("data/chronology.ics", lambda: chronology_ics(events)),
        one("data/fidelity.json", lambda: fidelity_json(fidelity, collection.unread)),
        one(DATA_PAGE, lambda: render_data_page(load_codebook())),
        # the tables read lineage: a deferred build makes them after it (not .md pages)
        one(DOCUMENTS_CSV, lambda: documents_csv(documents, links, collection.lineage, directory_urls)),
        one(CITATIONS_CSV, lambda: citations_csv(documents, links, directory_urls)),
        *_akn_makers(documents, links),
        one(CITATIONS_GRAPHML, lambda: graphml(network())),
        one(NETWORK_SVG, lambda: network_svg(network())),
    ]
    return makers


AKN_BATCH = 200  # documents a maker: never every document's XML in memory at once


def _akn_makers(documents: list[Document], links: LinkIndex) -> list[Maker]:
    """Each document's Akoma Ntoso XML, a batch of documents a maker."""

    def make(batch: list[Document]) -> dict[str, str]:
        return {akn_path(doc.symbol): akn_document(doc, links) for doc in batch}

    batches = [documents[start : start + AKN_BATCH] for start in range(0, len(documents), AKN_BATCH)]
    return [([akn_path(doc.symbol) for doc in batch], functools.partial(make, batch)) for batch in batches]


def document_records(
    collection: Collection, directory_urls: bool, records_before: ReusedRecords
) -> tuple[dict[str, str], dict[str, str]]:
    """Each document's record's path, by its page (taken from ``records_before`` when its
    page's inputs are unchanged); and the data files made of them (``data_paths``)."""
    records = {}
    files = {}
    for doc, record in record_texts(collection, directory_urls, records_before):
        path = records[page_path(doc.symbol)] = record_path(doc.symbol)
        files[path] = record
    files[DOCUMENTS_LINES] = "".join(documents_lines(files[path] for path in records.values()))
    files[DOCUMENTS_INDEX] = documents_index(collection.documents, directory_urls)
    return records, files


def record_texts(
    collection: Collection, directory_urls: bool, records_before: ReusedRecords
) -> Iterator[tuple[Document, str]]:
    """Each document and its record's JSON text, in the collection's order (taken from
    ``records_before``, by page, when its page's inputs are unchanged)."""
    for doc in collection.documents:
        found = records_before.get(page_path(doc.symbol))
        yield doc, found or document_record_json(doc, collection.links, directory_urls, collection.lineage)


def unread_report(unread: list[Unread]) -> list[str]:
    """The source files left out, as the lines ending a build's output: how many, then
    each with why, then where they are listed."""
    if not unread:
        return []
    files = "1 source file was" if len(unread) == 1 else f"{len(unread)} source files were"
    return [
        f"{files} not read and left out of the site:",
        *(f"  {one.describe()}" for one in unread),
        "(listed on the fidelity page and in data/fidelity.json; strict_sources: true in collection.yml, "
        "or make site STRICT=1, stops the build at such a file)",
    ]


def log_conversion(collection: Collection) -> None:
    """Every document, and every removal, repair and warning, in the build log."""
    for doc in collection.documents:
        log.info(
            "%s -> %s (%s, %d paragraphs, %d notes)",
            doc.source_file,
            doc.symbol,
            doc.shape,
            len(doc.all_paragraphs()),
            len(doc.footnotes),
        )
        for entry in doc.log:
            log.info("  %s", entry.describe(doc.source_file))
