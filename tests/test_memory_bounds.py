"""What a build holds is bounded by a page, not the collection (issue 29): counts, not
times or bytes. The forked process rendering the pages collects what each page leaves
behind; without a cache to fill, a file the forked process sent is let go once MkDocs has
read it; with Pagefind, no search entry is made for each paragraph."""

from __future__ import annotations

import gc
import weakref
from pathlib import Path

import pytest

from benchmarks.make_corpus import make_corpus
from build_scripts import deferred
from build_scripts.build import Begun, begin
from build_scripts.cache import ConversionCache
from build_scripts.writers import pages
from build_scripts.writers.search_index import paragraph_entries

COUNT = 12


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    directory = tmp_path_factory.mktemp("bounds") / "sources"
    make_corpus(COUNT, directory)
    return directory


def _begun(corpus: Path, paragraph_search: bool = True) -> Begun:
    begun = begin(corpus, True, None, paragraph_search=paragraph_search)
    assert isinstance(begun, Begun)
    return begun


def _read_all(started: deferred.DeferredBuild) -> int:
    return sum(len(started.content(path)) for path in started.pending)


def test_without_a_cache_a_file_read_by_mkdocs_is_let_go(corpus, monkeypatch):
    monkeypatch.setenv(deferred.DEFER_ENV, "1")
    started = deferred.start(_begun(corpus), None)
    assert isinstance(started, deferred.DeferredBuild)
    try:
        assert _read_all(started) > 0
        assert started.received == {}  # every page, record and data file let go
        assert started.complete().files == {}
    finally:
        started.abandon()


def test_with_a_cache_every_file_is_kept_for_it(corpus, monkeypatch, tmp_path):
    monkeypatch.setenv(deferred.DEFER_ENV, "1")
    started = deferred.start(_begun(corpus), ConversionCache(tmp_path / "cache"))
    assert isinstance(started, deferred.DeferredBuild)
    try:
        _read_all(started)
        generated = started.complete()
        assert sorted(generated.files) == sorted(started.pending)
        assert len(generated.records) == COUNT  # each document's, for the next build to reuse
    finally:
        started.abandon()


def test_pagefind_builds_make_one_search_entry_a_document(corpus):
    begun = _begun(corpus)
    documents = begun.collection.documents
    every = paragraph_entries(documents, True)
    own = paragraph_entries(documents, True, paragraphs=False)
    assert len(own) == COUNT
    assert len(every) > 10 * COUNT  # each paragraph and note besides
    assert own == [entry for entry in every if "#" not in entry["location"]]


def test_the_forked_process_collects_what_each_page_leaves_behind(corpus, monkeypatch):
    """Rendering a page leaves cycles: with collection paused (as the forked process runs),
    its paragraphs outlive it until ``_collect_new`` runs."""
    begun = _begun(corpus)
    made: list[weakref.ref[pages.RenderedParagraph]] = []
    original = pages.RenderedParagraph

    def tracked(*args: object, **kwargs: object) -> pages.RenderedParagraph:
        rendered = original(*args, **kwargs)  # type: ignore[arg-type]
        made.append(weakref.ref(rendered))
        return rendered

    monkeypatch.setattr(pages, "RenderedParagraph", tracked)
    collection = begun.collection
    enabled = gc.isenabled()
    gc.collect()
    gc.disable()
    try:
        rendered = pages.render_documents(collection.documents[:3], collection.links, collection.lineage, [])
        assert len(rendered) == 3
        del rendered
        assert made and any(ref() is not None for ref in made)  # kept alive by cycles alone
        deferred._collect_new()
        assert [ref for ref in made if ref() is not None] == []
    finally:
        gc.unfreeze()
        if enabled:
            gc.enable()
