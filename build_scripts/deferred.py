"""The second half of a build in a forked process, while MkDocs renders pages.

MkDocs renders pages on one core. Once the sources are read, structured, proven kept,
linked and their events found (which must finish before MkDocs starts: a bad source
stops the build before the old site is touched, and the collection pages' paths
depend on the links and events), the rest, which raises no error on any source, is
done in a forked process on the other core, and every file handed to MkDocs in the
order it reads them: the collection pages, then each document page, the lineage of its
paragraphs scored just before it (``LineageRun``), then the data files, which MkDocs
only copies at the end. MkDocs takes ~50 ms a page, the process ~10: it stays ahead,
and MkDocs hardly waits. The output is the same as rendering everything before MkDocs
starts (``tests/test_deferred.py``); only the waiting is gone. Measured on the 908 real
documents with no cache: a build 101-103 s with it, 126 s without (benchmarks/README.md).
"""

from __future__ import annotations

import gc
import multiprocessing
import os
import threading
import time
import traceback
from collections.abc import Callable
from dataclasses import dataclass, field
from multiprocessing.connection import Connection
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
_BATCH = 8  # pages a message
_RECORD_BATCH = 200  # documents' records a message
# The pipe's buffer: at Linux's default 64 KB, a 750 KB message took a dozen reads, each
# taking the GIL back from MkDocs; at 1 MB (the unprivileged maximum) the receiving thread's
# CPU at 1,000 documents went from 0.79 to 0.52 s.
_PIPE_BYTES = 1 << 20


@dataclass
class _Tail:
    """What the forked process sends last: all the build needs besides the files."""

    page_keys: dict[str, str]
    records: dict[str, str]
    reused: int
    lineage_reused: int
    remembered: dict[bytes, ParagraphLineage] | None
    search_entries: list[dict[str, Any]]


@dataclass
class DeferredBuild:
    """A build whose files a forked process is still writing; ``pending`` names them in
    the order MkDocs reads them. A thread takes in what the process sends as soon as it
    is sent: a pipe holds 64 KB, a page as much, and a process that waited for MkDocs to
    ask for each page would stay one message ahead of it, not the whole collection."""

    begun: Begun
    pending: list[str]
    cache: ConversionCache | None
    _connection: Connection
    _process: Any  # multiprocessing's forked Process
    received: dict[str, str] = field(default_factory=dict)
    # CPU the receiving thread used (reading and unpickling): MkDocs's process pays for it,
    # out of the main thread's sight, so the hook's clock adds it
    receiving_seconds: float = 0.0
    _tail: _Tail | None = None
    _failure: SourceError | None = None
    _arrived: threading.Condition = field(default_factory=threading.Condition)

    def __post_init__(self) -> None:
        threading.Thread(target=self._receive_all, name="deferred-build", daemon=True).start()

    def content(self, path: str) -> str:
        """A pending file's content, waiting for it if the process has not sent it yet;
        without a cache to fill, not kept once read (MkDocs reads each file once)."""
        self._wait_for(lambda: path in self.received)
        if path not in self.received:
            raise SourceError(path, "the deferred build finished without this file")
        return self.received[path] if self.cache is not None else self.received.pop(path)

    def complete(self) -> Generated:
        """Every file, once the process has sent all; the output is remembered in the
        cache as a build rendered whole would be."""
        self._wait_for(lambda: self._tail is not None)
        self._process.join()
        tail = self._tail
        assert tail is not None
        collection = self.begun.collection
        collection.lineage_reused = tail.lineage_reused
        if self.cache is not None and tail.remembered is not None:
            self.cache.put(LINEAGE_MEMO, tail.remembered)
        # without a cache, the files were let go as MkDocs read them: nothing to remember
        files = {path: self.received[path] for path in self.pending} if self.cache is not None else {}
        rendered = Rendered(files, tail.page_keys, tail.records, tail.reused)
        return finish(self.begun, rendered, tail.search_entries, self.cache)

    def unchanged(self, path: str) -> bool:
        """Whether a pending file's content is the previous build's (``--dirty``)."""
        previous = self.begun.previous
        return previous is not None and previous.files.get(path) == self.content(path)

    def abandon(self) -> None:
        """Stop the process (a build that ended early)."""
        if self._process.is_alive():
            self._process.terminate()
        self._process.join()
        self._connection.close()

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
                    self.received.update(message)
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


# What the forked process inherits: the build, what lineage remembers, its end of the pipe.
# and whether a cache will remember the build's output (else the records are not sent back)
_inherited: tuple[Begun, dict[bytes, ParagraphLineage] | None, Connection, bool] | None = None


def start(begun: Begun, cache: ConversionCache | None) -> Generated | DeferredBuild:
    """Render a begun build (converted, linked, its events found; without lineage): in a
    forked process (see the module's docstring), which sends the files in the order
    MkDocs reads them; whole and here where fork is not available, or below the
    threshold ``$UN_DOCS_DEFER_FROM`` sets."""
    collection = begun.collection
    threshold = int(os.environ.get(DEFER_ENV) or DEFER_FROM)
    if len(collection.documents) < threshold or "fork" not in multiprocessing.get_all_start_methods():
        return render_begun(begun, cache)
    global _inherited
    receiving, sending = multiprocessing.Pipe(duplex=False)
    _widen(sending)
    _inherited = (begun, cache.peek(LINEAGE_MEMO) if cache is not None else None, sending, cache is not None)
    try:
        with paused_gc():  # the process inherits it paused: it collects by itself (_collect_new)
            process = multiprocessing.get_context("fork").Process(target=_render_rest, daemon=True)
            process.start()
    finally:
        _inherited = None
    sending.close()
    paths = output_plan(collection, begun.directory_urls).paths()
    return DeferredBuild(begun, paths, cache, receiving, process)


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
    begun, remembered_before, sending, cached = _inherited
    try:
        parallel.work_alone()  # the other core renders MkDocs's pages
        gc.freeze()  # what it inherits (the model) lives until it exits: out of sight
        collection = begun.collection
        outputs = output_plan(collection, begun.directory_urls)
        for _, make in outputs.pages:  # several pages a message
            sending.send(make())
            _collect_new()
        plan, remembered = _send_document_pages(begun, remembered_before, outputs, sending)
        for _, make in outputs.data:
            sending.send(make())
            _collect_new()
        records = _send_records(begun, plan.records_before, sending, cached)
        entries = paragraph_entries(collection.documents, begun.directory_urls, begun.paragraph_search)
        sending.send(_Tail(plan.page_keys, records, len(plan.kept), collection.lineage_reused, remembered, entries))
    except BaseException:
        sending.send(traceback.format_exc())
    finally:
        sending.close()


def _send_records(begun: Begun, records_before: dict[str, str], sending: Connection, cached: bool) -> dict[str, str]:
    """Each document's record, ``_RECORD_BATCH`` a message, then their JSON Lines and the
    index (``build.data_paths``): a message is pickled whole, and every record with its
    JSON Lines in one made 225 MB at 5,000 documents. The records by page, for the cache
    (empty without one: only a cache reads them again)."""
    collection = begun.collection
    records: dict[str, str] = {}
    lines: list[str] = []
    batch: dict[str, str] = {}
    for doc, record in record_texts(collection, begun.directory_urls, records_before):
        if cached:
            records[page_path(doc.symbol)] = record
        lines.append(record)
        batch[record_path(doc.symbol)] = record
        if len(batch) >= _RECORD_BATCH:
            sending.send(batch)
            batch = {}
    batch[DOCUMENTS_LINES] = "".join(documents_lines(lines))
    batch[DOCUMENTS_INDEX] = documents_index(collection.documents, begun.directory_urls)
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
    sending: Connection,
) -> tuple[PagePlan, dict[bytes, ParagraphLineage] | None]:
    """Each document page, its paragraphs' lineage scored just before it; the plan of
    which pages were kept, and the lineage to remember."""
    collection = begun.collection
    run = start_lineage(collection, remembered_before)
    plan = PagePlan({}, {}, [], {})
    compares = compare_links(collection.comparisons)
    labels = PlaceLabels()  # one for all pages, as render_documents keeps for a slice
    batch: dict[str, str] = {}
    for doc in outputs.documents:
        run.document(doc)
        path = page_path(doc.symbol)
        if plan_page(plan, doc, collection, compares, begun.previous):
            batch[path] = plan.kept[path]
        else:
            pages = render_documents(
                [doc], collection.links, collection.lineage, collection.comparisons, labels, begun.directory_urls
            )
            batch.update(pages)
        if len(batch) >= _BATCH:
            sending.send(batch)
            batch = {}
            _collect_new()
    sending.send(batch)
    remembered = finish_lineage(collection, run)
    plan_records(plan, begun.previous)
    return plan, remembered
