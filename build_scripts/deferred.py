"""The second half of a large build in a forked process, while MkDocs renders pages.

MkDocs renders pages on one core. Once the sources are converted and linked (which
must finish before MkDocs starts: a bad source stops the build before the old site is
touched), the lineage of every paragraph and the document pages that show it are
computed in a forked process on the other core, and handed to MkDocs page by page, in
the order it reads them; meanwhile this process writes the collection-wide pages, which
MkDocs reads first. The output is the same as rendering everything before MkDocs starts
(``tests/test_deferred.py``); only the waiting is gone.
"""

from __future__ import annotations

import multiprocessing
import os
import traceback
from dataclasses import dataclass, field
from multiprocessing.connection import Connection
from typing import Any

from . import parallel
from .build import (
    DOCUMENTS_JSON,
    Begun,
    Generated,
    Rendered,
    collection_files,
    document_records,
    finish,
    paused_gc,
    plan_pages,
    render_begun,
    unchanged_since,
)
from .cache import ConversionCache
from .errors import SourceError
from .pipeline import LINEAGE_MEMO, add_lineage
from .transforms.lineage import ParagraphLineage
from .writers.pages import PlaceLabels, render_documents
from .writers.search_index import paragraph_entries
from .writers.urls import page_path

DEFER_FROM = 200  # documents: a smaller collection is rendered whole before MkDocs starts
DEFER_ENV = "UN_DOCS_DEFER_FROM"  # another threshold (0: always; a large number: never)
_BATCH = 8  # pages a message


@dataclass
class _Tail:
    """What the forked process sends last: all the build needs besides the files."""

    page_keys: dict[str, str]
    records: dict[str, str]
    reused: int
    lineage_reused: int
    remembered: dict[bytes, ParagraphLineage] | None


@dataclass
class DeferredBuild:
    """A build whose document pages and documents.json a forked process is still writing.
    ``ready`` holds what is written already (and the search entries); ``pending`` names
    the rest in the order the process sends it."""

    begun: Begun
    ready: Generated
    pending: list[str]
    cache: ConversionCache | None
    _connection: Connection
    _process: Any  # multiprocessing's forked Process
    received: dict[str, str] = field(default_factory=dict)
    _tail: _Tail | None = None

    def content(self, path: str) -> str:
        """A pending file's content, waiting for it if the process has not sent it yet."""
        while path not in self.received and self._tail is None:
            self._receive()
        if path not in self.received:
            raise SourceError(path, "the deferred build finished without this file")
        return self.received[path]

    def complete(self) -> Generated:
        """Every file, once the process has sent all; the output is remembered in the
        cache as a build rendered whole would be."""
        while self._tail is None:
            self._receive()
        self._process.join()
        tail = self._tail
        collection = self.begun.collection
        collection.lineage_reused = tail.lineage_reused
        if self.cache is not None and tail.remembered is not None:
            self.cache.put(LINEAGE_MEMO, tail.remembered)
        files = {path: self.received[path] for path in self.pending if path != DOCUMENTS_JSON}
        files.update(self.ready.files)
        files[DOCUMENTS_JSON] = self.received[DOCUMENTS_JSON]
        rendered = Rendered(files, tail.page_keys, tail.records, tail.reused)
        return finish(self.begun, rendered, self.ready.search_entries, self.cache)

    def abandon(self) -> None:
        """Stop the process (a build that ended early)."""
        if self._process.is_alive():
            self._process.terminate()
        self._process.join()
        self._connection.close()

    def _receive(self) -> None:
        try:
            message = self._connection.recv()
        except EOFError:
            raise SourceError("(deferred build)", "the process rendering the document pages ended early") from None
        if isinstance(message, _Tail):
            self._tail = message
        elif isinstance(message, str):  # the process failed: its traceback
            raise SourceError("(deferred build)", f"rendering the document pages failed:\n{message}")
        else:
            self.received.update(message)


# What the forked process inherits: the build, what lineage remembers, its end of the pipe.
_inherited: tuple[Begun, dict[bytes, ParagraphLineage] | None, Connection] | None = None


def start(begun: Begun, cache: ConversionCache | None) -> Generated | DeferredBuild:
    """Render a begun build (converted, linked, without lineage yet): whole and here when
    it is small or fork is not available; otherwise with its lineage and document pages
    in a forked process (see the module's docstring)."""
    collection = begun.collection
    threshold = int(os.environ.get(DEFER_ENV) or DEFER_FROM)
    if len(collection.documents) < threshold or "fork" not in multiprocessing.get_all_start_methods():
        return render_begun(begun, cache)
    assert collection.links is not None
    global _inherited
    receiving, sending = multiprocessing.Pipe(duplex=False)
    _inherited = (begun, cache.peek(LINEAGE_MEMO) if cache is not None else None, sending)
    try:
        with paused_gc():  # the process inherits it paused: it allocates, and exits
            process = multiprocessing.get_context("fork").Process(target=_render_rest, daemon=True)
            process.start()
    finally:
        _inherited = None
    sending.close()
    with paused_gc():  # meanwhile, the half that does not read lineage
        files = collection_files(collection, begun.directory_urls)
        entries = paragraph_entries(collection.documents, collection.links, begun.directory_urls)
    unchanged = unchanged_since(files, begun.previous)
    ready = Generated(files, entries, len(collection.documents), unchanged=unchanged, collection=collection)
    pending = [page_path(doc.symbol or "") for doc in collection.documents] + [DOCUMENTS_JSON]
    return DeferredBuild(begun, ready, pending, cache, receiving, process)


def _render_rest() -> None:
    """In the forked process: lineage, then each document page in order, then
    documents.json, then the tail; on failure, the traceback."""
    assert _inherited is not None
    begun, remembered_before, sending = _inherited
    try:
        parallel.work_alone()  # the other core renders MkDocs's pages
        collection = begun.collection
        assert collection.links is not None
        remembered = add_lineage(collection, remembered_before)
        plan = plan_pages(collection, begun.previous)
        batch: dict[str, str] = {}
        todo = {id(doc) for doc in plan.todo}
        labels = PlaceLabels()  # one for all pages, as render_documents keeps for a slice
        for doc in collection.documents:
            path = page_path(doc.symbol or "")
            if id(doc) in todo:
                batch.update(
                    render_documents([doc], collection.links, collection.lineage, collection.comparisons, labels)
                )
            else:
                batch[path] = plan.kept[path]
            if len(batch) >= _BATCH:
                sending.send(batch)
                batch = {}
        records, batch[DOCUMENTS_JSON] = document_records(collection, begun.directory_urls, plan.records_before)
        sending.send(batch)
        sending.send(_Tail(plan.page_keys, records, len(plan.kept), collection.lineage_reused, remembered))
    except BaseException:
        sending.send(traceback.format_exc())
    finally:
        sending.close()
