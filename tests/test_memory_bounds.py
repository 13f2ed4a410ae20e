"""What a build holds is bounded by a page, not the collection (issue 29): counts, not
times or bytes. The forked process rendering the pages collects what each page leaves
behind and writes every file to disk; MkDocs's process holds neither the files nor,
once the process is forked, the model; a cache keeps the output as files and a manifest;
with Pagefind, no search entry is made for each paragraph."""

from __future__ import annotations

import dataclasses
import gc
import json
import pickle
import weakref
from pathlib import Path

import pytest

from benchmarks.make_corpus import make_corpus
from build_scripts import deferred
from build_scripts.build import Begun, begin
from build_scripts.cache import ConversionCache
from build_scripts.output_store import StoredFiles
from build_scripts.writers import pages
from build_scripts.writers.search_index import paragraph_entries

from .conftest import ROOT, run_mkdocs

COUNT = 12


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    directory = tmp_path_factory.mktemp("bounds") / "sources"
    make_corpus(COUNT, directory)
    return directory


def _begun(corpus: Path, paragraph_search: bool = True, cache: ConversionCache | None = None) -> Begun:
    begun = begin(corpus, True, cache, paragraph_search=paragraph_search)
    assert isinstance(begun, Begun)
    return begun


def _read_all(started: deferred.DeferredBuild) -> int:
    return sum(len(started.content(path)) for path in started.pending)


def test_once_forked_mkdocs_process_holds_no_model_and_no_file(corpus, monkeypatch):
    monkeypatch.setenv(deferred.DEFER_ENV, "1")
    begun = _begun(corpus)
    assert begun.collection is not None
    documents = [weakref.ref(doc) for doc in begun.collection.documents]
    started = deferred.start(begun, None)
    del begun
    assert isinstance(started, deferred.DeferredBuild)
    try:
        assert started.begun.collection is None and started.begun.documents == COUNT
        gc.collect()
        assert [ref for ref in documents if ref() is not None] == []  # the forked process has the model
        assert _read_all(started) > 0
        store = started.store
        # every file on disk, each announced by its digest alone
        assert list(store.digests) == started.pending or sorted(store.digests) == sorted(started.pending)
        assert {len(digest) for digest in store.digests.values()} == {32}
        assert all(store.source(path).is_file() for path in started.pending)
        assert started.complete().files == {}
        assert not store.directory.exists()  # the temporary output, copied by MkDocs, gone
    finally:
        started.abandon()


def test_with_a_cache_the_output_is_kept_as_files_and_a_manifest(corpus, monkeypatch, tmp_path):
    monkeypatch.setenv(deferred.DEFER_ENV, "1")
    cache = ConversionCache(tmp_path / "cache", remember=False)
    started = deferred.start(_begun(corpus, cache=cache), cache)
    assert isinstance(started, deferred.DeferredBuild)
    try:
        _read_all(started)
        generated = started.complete()
        assert isinstance(generated.files, StoredFiles)
        assert list(generated.files) == started.pending  # in MkDocs's order
        assert generated.files.directory.is_relative_to(tmp_path / "cache" / "output")
        assert len(generated.records) == COUNT  # each document's record, for the next build to reuse
        assert all(path in generated.files for path in generated.records.values())
        output = sum(generated.files.source(path).stat().st_size for path in generated.files)
        # what the cache pickles is the manifest, not the files (nor the model)
        assert len(pickle.dumps(dataclasses.replace(generated, collection=None))) < output / 5
        assert cache.memory == {}  # a one-off build's cache keeps nothing in memory
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


PROBE = """
import json, os

seen = {}


def on_env(env, config, files):
    pages = [f.page for f in files.documentation_pages() if f.page is not None]
    seen["pages"] = len(pages)
    seen["holding_html"] = sum(bool(page.content) for page in pages)
    seen["holding_markdown"] = sum(bool(page.markdown) for page in pages)
    seen["files"] = files
    return env


def on_post_build(config):
    pages = [f.page for f in seen.pop("files").documentation_pages() if f.page is not None]
    seen["holding_html_at_end"] = sum(page.content is not None for page in pages)
    with open(os.environ["PROBE_OUT"], "w") as out:
        json.dump(seen, out)
"""


def test_mkdocs_holds_no_page_html_between_reading_and_writing(corpus, tmp_path):
    """MkDocs renders every page before it writes any: their HTML waits on disk
    (``html_shelf``), and a page's content goes once written."""
    probe = tmp_path / "probe.py"
    probe.write_text(PROBE, encoding="utf-8")
    config = tmp_path / "mkdocs.yml"
    hooks = [str(ROOT / "build_scripts" / "hook.py"), str(probe)]
    config.write_text(f"INHERIT: {ROOT / 'mkdocs.yml'}\ndocs_dir: {ROOT / 'docs'}\nhooks: {hooks}\n", encoding="utf-8")
    temporary = tmp_path / "tmp"  # the build's temporary directories, apart from any other's
    temporary.mkdir()
    settings = {"PROBE_OUT": str(tmp_path / "seen.json"), "TMPDIR": str(temporary)}
    result = run_mkdocs(tmp_path / "site", str(config), corpus, settings=settings)
    assert result.returncode == 0, result.stderr
    seen = json.loads((tmp_path / "seen.json").read_text(encoding="utf-8"))
    assert seen["pages"] > COUNT
    assert seen["holding_html"] == seen["holding_markdown"] == seen["holding_html_at_end"] == 0
    assert list(temporary.iterdir()) == []  # the shelf and the temporary output are gone
    page = next((tmp_path / "site").glob("A/RES/*/*/index.html")).read_text(encoding="utf-8")
    assert 'id="op1"' in page and "data-pagefind-body" in page  # written whole all the same
