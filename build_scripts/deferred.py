"""The second half of a build in a forked process, while MkDocs renders pages.

MkDocs renders pages on one core. Once the sources are read, structured, proven kept,
linked and their events found (which must finish before MkDocs starts: a bad source
stops the build before the old site is touched, and the collection pages' paths
depend on the links and events), the rest, which raises no error on any source, is
done in a forked process on the other core, and every file handed to MkDocs in the
order it reads them: the collection pages, then each document page, the lineage of its
paragraphs scored just before it (``LineageRun``), then the data files, which MkDocs
only copies at the end. MkDocs takes ~50 ms a page, the process ~10: it stays ahead,
and MkDocs hardly waits. The process writes each file to disk (``output_store``: the
cache's copy of the output, or a temporary directory) and sends only its path and
digest: MkDocs reads a page from there when it renders it, copies a data file from
there, and its process never holds the output; nor, once the process is started, the
model (``start``). The output is the same as rendering everything before MkDocs
starts (``tests/test_deferred.py``); only the waiting is gone. Measured on the 908 real
documents with no cache: a build 101-103 s with it, 126 s without (benchmarks/README.md).
"""

from __future__ import annotations

import dataclasses
import gc
import multiprocessing
import os
import tempfile
import threading
import time
import traceback
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Any

from . import parallel
from .build import (
    Begun,
    Generated,
    OutputPlan,
    PagePlan,
    Rendered,
    finish,
    output_plan,
    paused_gc,
    plan_page,
    plan_records,
    record_texts,
    render_begun,
)
from .cache import ConversionCache
from .errors import SourceError
from .output_store import StoredFiles, digest_in
from .pipeline import LINEAGE_MEMO, finish_lineage, start_lineage
from .transforms.lineage import ParagraphLineage
from .writers.json_export import DOCUMENTS_INDEX, DOCUMENTS_LINES, documents_index, documents_lines, record_path
from .writers.pages import PlaceLabels, compare_links, render_documents
from .writers.search_index import paragraph_entries
from .writers.urls import page_path

# Documents from which a build is finished in a forked process: every collection. Measured
# (MkDocs's time in or waiting for the converter, by the hook's clock, $UN_DOCS_TIMINGS):
# the five seeds 0.04-0.13 s deferred, 0.24-0.39 s rendered first; 40 documents 0.19-0.36
# against 0.8-1.2 s; 100 documents 0.63-0.70 against 2.3-2.5 s.
DEFER_FROM = 1
DEFER_ENV = "UN_DOCS_DEFER_FROM"  # another threshold (a large number: never deferred)
_BATCH = 8  # pages a message (their paths and digests: the pages are on disk)
_RECORD_BATCH = 200  # documents' records a message (the same)
# The pipe's buffer. Chosen when the files themselves went through the pipe: at Linux's
# default 64 KB a 750 KB message took a dozen reads, each taking the GIL back from MkDocs;
# at 1 MB (the unprivileged maximum) the receiving thread's CPU at 1,000 documents went from
# 0.79 to 0.52 s. Now that a message is a few kilobytes of paths and digests, the default
# would do; kept, as it costs nothing.
_PIPE_BYTES = 1 << 20


@dataclass
class _Tail:
    """What the forked process sends last: all the build needs besides the files."""

    page_keys: dict[str, str]
    records: dict[str, str]  # document page -> its record's path (``Generated.records``)
    reused: int
    lineage_reused: int
    # what lineage remembers, for a cache without a directory (one with a directory is
    # given it by the process itself: never held by MkDocs's)
    remembered: dict[bytes, ParagraphLineage] | None
    search_entries: list[dict[str, Any]]


@dataclass
class DeferredBuild:
    """A build whose files a forked process is still writing into ``store``; ``pending``
    names them in the order MkDocs reads them. A thread takes in each file's digest as
    soon as it is written (``store.digests``), so that MkDocs, asking for a file, waits
    only while it is not. ``begun`` without its model: the process has it."""

    begun: Begun
    pending: list[str]
    cache: ConversionCache | None
    store: StoredFiles
    _connection: Connection
    _process: Any  # multiprocessing's forked Process
    # CPU the receiving thread used (reading and unpickling the paths and digests): MkDocs's process pays for it,
    # out of the main thread's sight, so the hook's clock adds it
    receiving_seconds: float = 0.0
    _tail: _Tail | None = None
    _failure: SourceError | None = None
    _arrived: threading.Condition = field(default_factory=threading.Condition)

    def __post_init__(self) -> None:
        threading.Thread(target=self._receive_all, name="deferred-build", daemon=True).start()

    def wait_written(self, path: str) -> None:
        """Once a pending file is on disk (``store.source(path)``); waiting for it if the
        process has not written it yet."""
        self._wait_for(lambda: path in self.store.digests)
        if path not in self.store.digests:
            raise SourceError(path, "the deferred build finished without this file")

    def content(self, path: str) -> str:
        """A pending file's content, read from disk once written."""
        self.wait_written(path)
        return self.store[path]

    def complete(self) -> Generated:
        """Every file, once the process has written all; the output remembered in the
        cache as a build rendered whole would be. Without a cache the files, copied into
        the site by now, go with their temporary directory."""
        self._wait_for(lambda: self._tail is not None)
        self._process.join()
        tail = self._tail
        assert tail is not None
        if self.cache is not None and tail.remembered is not None:
            self.cache.put(LINEAGE_MEMO, tail.remembered)
        elif self.cache is not None:  # the process stored it: a copy in memory is the last build's
            self.cache.memory.pop(LINEAGE_MEMO, None)
        files: StoredFiles | dict[str, str] = StoredFiles(
            self.store.directory, {path: self.store.digests[path] for path in self.pending}
        )
        if self._temporary():
            self.store.remove()
            files = {}
        rendered = Rendered(files, tail.page_keys, tail.records, tail.reused, tail.lineage_reused)
        return finish(self.begun, rendered, tail.search_entries, self.cache)

    def unchanged(self, path: str) -> bool:
        """Whether a pending file's content is the previous build's (``--dirty``)."""
        previous = self.begun.previous
        self.wait_written(path)
        return previous is not None and digest_in(previous.files, path) == self.store.digests[path]

    def abandon(self) -> None:
        """Stop the process (a build that ended early); a temporary store goes."""
        if self._process.is_alive():
            self._process.terminate()
        self._process.join()
        self._connection.close()
        if self._temporary():
            self.store.remove()

    def _temporary(self) -> bool:
        """Whether the store is this build's alone (no cache will read it again)."""
        return self.cache is None or self.begun.key is None

    def _wait_for(self, done: Callable[[], bool]) -> None:
        with self._arrived:
            self._arrived.wait_for(lambda: done() or self._tail is not None or self._failure is not None)
        if self._failure is not None and not done():
            raise self._failure

    def _receive_all(self) -> None:
        """In the thread: every message, until the tail or a failure."""
        started = time.thread_time()
        while True:
            try:
                message = self._connection.recv()
            except (EOFError, OSError):
                message = None
            with self._arrived:
                if isinstance(message, _Tail):
                    self._tail = message
                elif isinstance(message, dict):
                    self.store.digests.update(message)
                elif isinstance(message, str):  # the process failed: its traceback
                    self._failure = SourceError("(deferred build)", f"rendering the pages failed:\n{message}")
                else:
                    self._failure = SourceError("(deferred build)", "the process rendering the pages ended early")
                last = not isinstance(message, dict)
                if last:
                    self.receiving_seconds = time.thread_time() - started
                self._arrived.notify_all()
            if last:
                return


# What the forked process inherits: the build, the cache, its end of the pipe, where it
# writes the files
_inherited: tuple[Begun, ConversionCache | None, Connection, StoredFiles] | None = None


def start(begun: Begun, cache: ConversionCache | None) -> Generated | DeferredBuild:
    """Render a begun build (converted, linked, its events found; without lineage): in a
    forked process (see the module's docstring), which writes the files in the order
    MkDocs reads them; whole and here where fork is not available, or below the
    threshold ``$UN_DOCS_DEFER_FROM`` sets. The build returned holds no model: once
    forked, this process lets it go (the caller must hold none either)."""
    collection = begun.collection
    assert collection is not None
    threshold = int(os.environ.get(DEFER_ENV) or DEFER_FROM)
    if len(collection.documents) < threshold or "fork" not in multiprocessing.get_all_start_methods():
        return render_begun(begun, cache)
    if cache is not None and begun.key is not None:
        store = cache.output_store(begun.key)
        store.remove()  # what an interrupted build left there
    else:
        store = StoredFiles(Path(tempfile.mkdtemp(prefix="un-docs-output-")))
    global _inherited
    receiving, sending = multiprocessing.Pipe(duplex=False)
    _widen(sending)
    _inherited = (begun, cache, sending, store)
    try:
        with paused_gc():  # the process inherits it paused: it collects by itself (_collect_new)
            process = multiprocessing.get_context("fork").Process(target=_render_rest, daemon=True)
            process.start()
    finally:
        _inherited = None
    sending.close()
    paths = output_plan(collection, begun.directory_urls).paths()
    del collection
    return DeferredBuild(dataclasses.replace(begun, collection=None), paths, cache, store, receiving, process)


def _widen(connection: Connection) -> None:
    """A pipe of ``_PIPE_BYTES`` where the system allows it (Linux); else as it is."""
    try:
        import fcntl

        fcntl.fcntl(connection.fileno(), fcntl.F_SETPIPE_SZ, _PIPE_BYTES)
    except (ImportError, AttributeError, OSError):
        pass


def _render_rest() -> None:
    """In the forked process: the files of the build's ``OutputPlan``, in its order, then
    the tail; on failure, the traceback."""
    assert _inherited is not None
    begun, cache, sending, store = _inherited
    try:
        parallel.work_alone()  # the other core renders MkDocs's pages
        gc.freeze()  # what it inherits (the model) lives until it exits: out of sight
        collection = begun.collection
        assert collection is not None
        outputs = output_plan(collection, begun.directory_urls)
        for _, make in outputs.pages:  # several pages a message
            sending.send(_written(store, make()))
            _collect_new()
        remembered_before = cache.peek(LINEAGE_MEMO) if cache is not None else None
        plan, remembered = _send_document_pages(begun, remembered_before, outputs, store, sending)
        del remembered_before
        for _, make in outputs.data:
            sending.send(_written(store, make()))
            _collect_new()
        records = _send_records(begun, plan, store, sending)
        entries = paragraph_entries(collection.documents, begun.directory_urls, begun.paragraph_search)
        if cache is not None and cache.directory is not None and remembered is not None:
            cache.put(LINEAGE_MEMO, remembered)  # stored from here: MkDocs's process never holds it
            remembered = None
        sending.send(_Tail(plan.page_keys, records, len(plan.kept), collection.lineage_reused, remembered, entries))
    except BaseException:
        sending.send(traceback.format_exc())
    finally:
        sending.close()


def _written(store: StoredFiles, files: dict[str, str]) -> dict[str, str]:
    """Files written into the store: what is sent of them, each path with its digest."""
    return {path: store.write(path, content) for path, content in files.items()}


def _send_records(begun: Begun, plan: PagePlan, store: StoredFiles, sending: Connection) -> dict[str, str]:
    """Each document's record, then their JSON Lines (written a record at a time: 110 MB
    at 5,000 documents) and the index (``build.data_paths``), ``_RECORD_BATCH`` digests
    a message. Each record's path by page (``Generated.records``)."""
    collection = begun.collection
    assert collection is not None
    records: dict[str, str] = {}
    batch: dict[str, str] = {}

    def each_record() -> Iterator[str]:
        for doc, record in record_texts(collection, begun.directory_urls, plan.records_before):
            path = records[page_path(doc.symbol)] = record_path(doc.symbol)
            batch[path] = store.write(path, record)
            if len(batch) >= _RECORD_BATCH:
                sending.send(dict(batch))
                batch.clear()
            yield record

    batch[DOCUMENTS_LINES] = store.write_lines(DOCUMENTS_LINES, documents_lines(each_record()))
    batch[DOCUMENTS_INDEX] = store.write(DOCUMENTS_INDEX, documents_index(collection.documents, begun.directory_urls))
    sending.send(batch)
    return records


def _collect_new() -> None:
    """Collect what the last pages left behind, then freeze what survived: rendering a
    page leaves cycles (Jinja2's contexts), and with collection paused (the lineage
    scored meanwhile makes millions of objects that all survive) every page's rendered
    paragraphs stayed to the end: the process grew by 0.3 MB a document (706 MB at 2,000
    synthetic documents). Each collection walks only what was made since the last."""
    gc.collect()
    gc.freeze()


def _send_document_pages(
    begun: Begun,
    remembered_before: dict[bytes, ParagraphLineage] | None,
    outputs: OutputPlan,
    store: StoredFiles,
    sending: Connection,
) -> tuple[PagePlan, dict[bytes, ParagraphLineage] | None]:
    """Each document page, its paragraphs' lineage scored just before it; the plan of
    which pages were kept (taken from the previous build's store), and the lineage to
    remember."""
    collection = begun.collection
    assert collection is not None
    run = start_lineage(collection, remembered_before)
    plan = PagePlan({}, set(), [])
    compares = compare_links(collection.comparisons)
    labels = PlaceLabels()  # one for all pages, as render_documents keeps for a slice
    batch: dict[str, str] = {}
    for doc in outputs.documents:
        run.document(doc)
        path = page_path(doc.symbol)
        if plan_page(plan, doc, collection, compares, begun.previous):
            assert begun.previous is not None
            batch[path] = store.take(path, begun.previous.files)
        else:
            pages = render_documents(
                [doc], collection.links, collection.lineage, collection.comparisons, labels, begun.directory_urls
            )
            batch.update(_written(store, pages))
        if len(batch) >= _BATCH:
            sending.send(batch)
            batch = {}
            _collect_new()
    sending.send(batch)
    remembered = finish_lineage(collection, run)
    plan_records(plan, begun.previous)
    return plan, remembered
