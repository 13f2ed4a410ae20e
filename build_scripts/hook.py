"""MkDocs hook: runs the converter inside ``mkdocs build`` / ``mkdocs serve``.

Kept thin on purpose (the renderer may change): it finds the sources, asks
``build.begin`` and ``deferred.start`` for the pages, and hands them to MkDocs as
in-memory files, so nothing generated ever lands in ``docs/`` and nothing stale
survives a rename.
"""

from __future__ import annotations

import contextlib
import ctypes
import ctypes.util
import dataclasses
import gc
import json
import logging
import os
import sys
import time
import weakref
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.plugins import event_priority
from mkdocs.structure.files import File, Files, InclusionLevel

# MkDocs imports this file by path; make the package beside it importable.
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from build_scripts import IMPORT_STARTED, deferred, search_engine
from build_scripts.build import Generated, begin, unread_report
from build_scripts.cache import ConversionCache
from build_scripts.errors import SourceError, Unread
from build_scripts.html_shelf import HtmlShelf
from build_scripts.output_store import StoredFiles
from build_scripts.paths import check_relative, safe_join
from build_scripts.settings import load_settings
from build_scripts.writers.codebook import DATA_README, fill_sizes, load_codebook, render_readme
from build_scripts.writers.search_index import with_paragraph_entries, without_pages_of

SOURCES_ENV = "UN_DOCS_SOURCES"
CACHE_ENV = "UN_DOCS_CACHE"  # a directory for the conversion cache, or "off"
# A file to write, after the build, how long MkDocs spent in (or waiting for) the converter,
# its import and the CPU its process gave the thread receiving the forked process's files
# counted in (each also on its own), and how long the build took: the benchmark's measure
# of the converter's share of one build, which this machine's drift cannot skew as it
# skews two builds compared
TIMINGS_ENV = "UN_DOCS_TIMINGS"
# Generated pages in the navigation; documents and comparisons are reached through them.
NAV_PAGES = (
    "index.md",
    "documents/index.md",
    "lineage/index.md",
    "references/index.md",
    "chronology/index.md",
    "fidelity/index.md",
    "data/index.md",
)

log = logging.getLogger("mkdocs.plugins.un_docs")
# The current build's collection and generated files, from on_pre_build to the later events.
_built: dict[str, Any] = {}
_clock = {"start": 0.0, "converter": 0.0, "receiving": 0.0, "import": time.perf_counter() - IMPORT_STARTED}


@contextlib.contextmanager
def _converter_time() -> Iterator[None]:
    """Time MkDocs spends in the converter (or waiting for it), counted in ``_clock``; also
    a decorator of the hook's events."""
    start = time.perf_counter()
    try:
        yield
    finally:
        _clock["converter"] += time.perf_counter() - start


def sources_dir(config: MkDocsConfig) -> Path:
    """``$UN_DOCS_SOURCES``, else ``extra.sources_dir`` of mkdocs.yml, else ``sources/``,
    relative to the directory of mkdocs.yml."""
    configured = os.environ.get(SOURCES_ENV) or config.extra.get("sources_dir") or "sources"
    base = Path(config.config_file_path or ".").resolve().parent
    return (base / configured).resolve()


def conversion_cache(config: MkDocsConfig) -> ConversionCache | None:
    """One cache per process, on disk in build/cache; what it reads or stores is also kept
    in memory only for ``mkdocs serve``'s next rebuild (a one-off build would hold every
    converted document to its end)."""
    setting = os.environ.get(CACHE_ENV, "")
    if setting == "off":
        return None
    if "cache" not in _built:
        base = Path(config.config_file_path or ".").resolve().parent
        directory = Path(setting) if setting else base / "build" / "cache"
        _built["cache"] = ConversionCache(directory, remember=_built.get("command") == "serve")
    cache: ConversionCache = _built["cache"]
    return cache


def on_startup(command: str, dirty: bool) -> None:
    """Which command runs (``serve`` rebuilds in the same process)."""
    _built["command"] = command


def on_config(config: MkDocsConfig) -> MkDocsConfig:
    """The collection's name and description (``collection.yml`` beside its sources)."""
    try:
        settings = load_settings(sources_dir(config))
    except SourceError as err:
        raise PluginError(f"cannot build the collection: {err}") from None
    config.site_name = settings.name
    config.site_description = settings.description
    try:
        search_engine.part_pages(config.extra)  # said now, not once every page is built
    except ValueError as err:
        raise PluginError(f"mkdocs.yml: {err}") from None
    return config


@_converter_time()
def on_pre_build(config: MkDocsConfig) -> None:
    """Convert the collection before MkDocs cleans the site directory, so that a source
    that cannot be converted stops the build with the previous site still whole. What
    raises no error on any source (lineage, every generated file) is left to a forked
    process (``deferred``), which works while MkDocs renders."""
    # the first build counts from the converter's import (serve's rebuilds import nothing);
    # the decorator adds this event's time
    imported = _clock["import"] if not _clock["start"] else 0.0
    _clock.update(start=time.perf_counter() - imported, converter=imported, receiving=0.0)
    gc.unfreeze()  # the previous build's output (mkdocs serve) may be freed again
    _abandon()
    _built.pop("generated", None)
    cache = conversion_cache(config)
    try:
        # linked and its events found here (the collection pages' paths depend on them);
        # lineage and every page later, beside MkDocs (deferred.py)
        # each paragraph a search entry for Material's search only: Pagefind finds them
        lunr = search_engine.engine(config.extra) == "lunr"
        begun = begin(sources_dir(config), config.use_directory_urls, cache, paragraph_search=lunr)
        started = begun if isinstance(begun, Generated) else deferred.start(begun, cache)
    except SourceError as err:
        raise PluginError(f"cannot build the collection: {err}") from None
    if isinstance(started, deferred.DeferredBuild):
        _built["deferred"] = started  # every file comes from it
        _built["generated"] = Generated({}, [], started.begun.documents)
        _built["unread"] = started.begun.unread
    else:
        _built["generated"] = dataclasses.replace(started, collection=None)
        _built["unread"] = started.unread
    del started, begun
    # What exists now (the generated pages, MkDocs, the theme) lives for the whole build:
    # out of the cyclic collector's sight, each collection during the build is cheaper.
    # (No collection first: the conversion leaves no cycles to free, and one took 0.3 s
    # at 1,000 documents to find none.)
    gc.freeze()


def _abandon() -> None:
    """Stop a deferred build that a failed or interrupted build left running; the HTML
    it shelved goes."""
    running: deferred.DeferredBuild | None = _built.pop("deferred", None)
    if running is not None:
        running.abandon()
    _close_shelf()


def _close_shelf() -> None:
    shelf: HtmlShelf | None = _built.pop("shelf", None)
    if shelf is not None:
        shelf.close()


class GeneratedFile(File):
    """A generated file that knows whether its content changed since the previous build.
    MkDocs counts every in-memory file as modified; with ``--dirty`` (``mkdocs serve
    --dirty``), an unchanged one whose output is already in the site is not rendered again."""

    unchanged = False

    def is_modified(self) -> bool:
        return not (self.unchanged and os.path.isfile(self.abs_dest_path))


class DeferredFile(GeneratedFile):
    """A generated file a forked process is still writing, backed by the path it writes it
    to (``abs_src_path``): MkDocs asks for ``_content`` before it reads or copies a file,
    and waits here until the file is written; then reads it from disk (content None)."""

    # a weak reference: once the build is complete, what it holds goes with it, though
    # MkDocs keeps its files to the end
    deferred_build: deferred.DeferredBuild

    def is_modified(self) -> bool:
        return not (self.deferred_build.unchanged(self.src_uri) and os.path.isfile(self.abs_dest_path))

    @property  # type: ignore[override]
    def _content(self) -> str | bytes | None:
        value: str | bytes | None = self.__dict__.get("_value")
        if value is None and not self.__dict__.get("_written"):
            try:
                with _converter_time():
                    self.deferred_build.wait_written(self.src_uri)
            except SourceError as err:
                raise PluginError(f"cannot build the collection: {err}") from None
            self.__dict__["_written"] = True
        return value

    @_content.setter
    def _content(self, value: str | bytes | None) -> None:
        self.__dict__["_value"] = value


def _inclusion(path: str) -> InclusionLevel:
    # document and compare pages stay out of the navigation: index pages lead to them
    hidden = path.endswith(".md") and path not in NAV_PAGES
    return InclusionLevel.NOT_IN_NAV if hidden else InclusionLevel.UNDEFINED


@_converter_time()
def on_files(files: Files, config: MkDocsConfig) -> Files:
    """Hand the generated pages and data to MkDocs as in-memory files, in
    the order of ``build.OutputPlan`` (MkDocs reads the pages in this order), written already or
    still being written. MkDocs writes each where its path says: a path that would lead
    out of the site stops the build first (``paths.check_relative``)."""
    generated: Generated = _built["generated"]
    running: deferred.DeferredBuild | None = _built.get("deferred")
    try:
        for path in [*generated.files, *(running.pending if running is not None else [])]:
            check_relative(path, config.site_dir)
    except SourceError as err:
        raise PluginError(f"cannot build the collection: {err}") from None
    stored = generated.files if isinstance(generated.files, StoredFiles) else None
    for path in generated.files:
        if stored is not None:  # read from the cache's copy when MkDocs wants it
            file = GeneratedFile.generated(
                config, path, abs_src_path=str(stored.source(path)), inclusion=_inclusion(path)
            )
        else:
            file = GeneratedFile.generated(config, path, content=generated.files[path], inclusion=_inclusion(path))
        file.unchanged = path in generated.unchanged
        files.append(file)
    for path in running.pending if running is not None else []:
        source = str(running.store.source(path))
        later = DeferredFile.generated(config, path, abs_src_path=source, inclusion=_inclusion(path))
        later.deferred_build = weakref.proxy(running)
        files.append(later)
    return files


@event_priority(-100)  # last: the HTML shelved is the HTML every handler made
def on_page_content(html: str, page, config: MkDocsConfig, files: Files) -> str:  # type: ignore[no-untyped-def]
    """A page's Markdown, once it is HTML, is not read again: let it go. MkDocs reads
    every page before it writes any and keeps each to the build's end. (Emptied, not
    None: a page whose Markdown is None has no title for MkDocs.) Its HTML is shelved on
    disk until the page is written (``html_shelf``)."""
    page.markdown = ""
    if "shelf" not in _built:
        _built["shelf"] = HtmlShelf()
    page.un_docs_shelved = _built["shelf"].put(html)
    return ""


@event_priority(100)  # first: the search plugin reads the page's HTML in this event
def on_page_context(context, page, config: MkDocsConfig, nav):  # type: ignore[no-untyped-def]
    """The page's HTML back from the shelf, just before its template is rendered."""
    token = getattr(page, "un_docs_shelved", None)
    if token is not None:
        page.content = _built["shelf"].take(token)
        page.un_docs_shelved = None
    return context


def on_post_page(output: str, page, config: MkDocsConfig) -> str:  # type: ignore[no-untyped-def]
    """Name Material's search dialog for assistive technology (axe: aria-dialog-name);
    on the website, search with Pagefind (``search_engine``). The page is rendered (what
    MkDocs writes is ``output``): its HTML is let go (the anchors MkDocs checks at the
    end are kept apart, ``present_anchor_ids``)."""
    page.content = None
    output = output.replace(
        '<div class="md-search" data-md-component="search" role="dialog">',
        '<div class="md-search" data-md-component="search" role="dialog" aria-label="Search">',
        1,
    )
    if search_engine.engine(config.extra) == "pagefind":
        # the documents, the home page and the hand-written pages; not the lists of them
        document = page.meta.get("kind") == "document"
        guide = page.meta.get("kind") == "guide"  # a generated page read for itself (the Data page)
        indexed = document or guide or page.is_homepage or not isinstance(page.file, GeneratedFile)
        output = search_engine.prepare_page(output, indexed, page.meta.get("title") if document else None)
    return output


@event_priority(50)  # before the search plugin writes its index
@_converter_time()
def on_post_build(config: MkDocsConfig) -> None:
    """Give Material's search index one entry per paragraph and note (deep links)."""
    _close_shelf()  # every page is written
    running: deferred.DeferredBuild | None = _built.pop("deferred", None)
    if running is not None:  # every file has been read: the whole output, for the cache
        try:
            _built["generated"] = dataclasses.replace(running.complete(), collection=None)
        except SourceError as err:
            raise PluginError(f"cannot build the collection: {err}") from None
        _clock["converter"] += running.receiving_seconds
        _clock["receiving"] = running.receiving_seconds
        del running  # and with it the model: nothing reads it now
        _give_back_memory()
    _finish_data(Path(config.site_dir), config.site_name)
    _report_unread(_built.pop("unread", []))
    generated: Generated | None = _built.get("generated")
    search = config.plugins.get("material/search")
    index = getattr(search, "search_index", None)
    if generated is None or index is None:
        return
    if search_engine.engine(config.extra) == "pagefind":
        # the website and the offline bundle: Pagefind's index of the pages written;
        # Material's, which its script loads on every page, left empty
        site = Path(config.site_dir)
        try:
            most = search_engine.part_pages(config.extra)
            search_engine.write_index(site, generated.search_entries, most)
        except Exception as err:  # the Pagefind binary missing or failing: say so, no traceback
            raise PluginError(f"cannot index the site for search (Pagefind): {err}") from None
        index.entries = []
    else:
        # Material's own search: the paragraphs into the index the plugin is about to write
        # (reading and rewriting the written file took 0.4 s at 1,000 documents)
        index.entries = with_paragraph_entries(index.entries, generated.search_entries)
    # under ``mkdocs serve --dirty`` the plugin merges this build's entries with the
    # previous build's: the previous paragraph entries go
    previous = getattr(search, "search_index_prev", None)
    if previous is not None:
        previous.entries = without_pages_of(previous.entries, generated.search_entries)


def _give_back_memory() -> None:
    """What the build let go (the model, the pages' HTML), given back to the system
    before Pagefind, a process as large as the site's text, starts beside this one:
    Python's collector over everything (the model was frozen out of its sight), then
    glibc's free lists (``malloc_trim``: pages freed by the thread that received the
    files stay with its arena otherwise). Where there is no glibc, the collector alone."""
    gc.unfreeze()
    gc.collect()
    with contextlib.suppress(OSError, AttributeError, TypeError):
        ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6").malloc_trim(0)


def _report_unread(unread: list[Unread]) -> None:
    """The source files left out, at the end of the build's output. Logged at INFO, not
    WARNING: ``mkdocs build --strict`` (``make site``) counts every WARNING of MkDocs'
    loggers and fails the build, and a file left out must not fail it unless the
    collection asks (``strict_sources``, which stops the build at the file before this)."""
    for line in unread_report(unread):
        log.info(line)


def _finish_data(site: Path, collection_name: str) -> None:
    """The data's codebook beside the files (``data/README.md``), and the Data page's
    sizes from the files as written; before the site is indexed and bundled."""
    readme = _site_file(site, DATA_README)
    readme.parent.mkdir(parents=True, exist_ok=True)
    readme.write_text(render_readme(load_codebook(), collection_name), encoding="utf-8")
    page = _site_file(site, "data/index.html")
    if not page.exists():
        return

    def size_of(path: str) -> tuple[int, int] | None:
        found = site / path
        if found.is_dir():
            sizes = [f.stat().st_size for f in found.rglob("*") if f.is_file()]
            return sum(sizes), len(sizes)
        return (found.stat().st_size, 1) if found.is_file() else None

    page.write_text(fill_sizes(page.read_text(encoding="utf-8"), size_of), encoding="utf-8")


def _site_file(site: Path, path: str) -> Path:
    """Where the hook writes a file of the site: inside it (``paths.safe_join``: not through
    a link leading out), or the build stops saying so."""
    try:
        return safe_join(site, path)
    except SourceError as err:
        raise PluginError(f"cannot finish the site: {err}") from None


def on_shutdown() -> None:
    _abandon()
    target = os.environ.get(TIMINGS_ENV)
    if target and _clock["start"]:
        spent = {
            "converter": _clock["converter"],
            "receiving": _clock["receiving"],
            "import": _clock["import"],
            "build": time.perf_counter() - _clock["start"],
        }
        Path(target).write_text(json.dumps(spent), encoding="utf-8")


def on_serve(server, config: MkDocsConfig, builder):  # type: ignore[no-untyped-def]
    """Rebuild when a source or sidecar changes."""
    server.watch(str(sources_dir(config)))
    return server
