"""A synthetic collection large enough for the worker processes and the caches to engage
(benchmarks/make_corpus.py, all five shapes): the parallel paths give exactly what the
sequential ones give, and a warm rebuild converts only what changed."""

from __future__ import annotations

from pathlib import Path

import pytest

from benchmarks.make_corpus import make_corpus
from build_scripts import parallel, pipeline
from build_scripts.build import generate, write_files
from build_scripts.cache import ConversionCache
from build_scripts.pipeline import convert_directory

COUNT = 80  # above both PARALLEL_FROM thresholds


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    directory = tmp_path_factory.mktemp("corpus") / "sources"
    make_corpus(COUNT, directory)
    return directory


def test_the_corpus_is_above_the_parallel_thresholds():
    assert COUNT >= parallel.PARALLEL_FROM and COUNT >= pipeline.PARALLEL_FROM


def test_parallel_rendering_gives_what_sequential_rendering_gives(corpus, monkeypatch):
    collection = convert_directory(corpus)
    assert len(collection.documents) == COUNT
    together = write_files(collection)
    monkeypatch.setattr(parallel, "PARALLEL_FROM", 10**9)
    alone = write_files(collection)
    assert list(together) == list(alone)  # the same files, in the same order
    assert together == alone
    pages = [path for path in together if path.endswith(".md") and path.startswith(("A/", "E/"))]
    assert len(pages) == COUNT


def test_a_warm_rebuild_converts_only_what_changed(corpus, tmp_path):
    cache = ConversionCache(tmp_path / "cache")
    first = generate(corpus, cache=cache)
    assert cache.misses == COUNT + 1  # every source, and the collection
    cache = ConversionCache(tmp_path / "cache")  # a new process: from disk
    again = generate(corpus, cache=cache)
    assert (cache.hits, cache.misses) == (1, 0)  # the whole output, reused
    assert again.files == first.files and again.collection is None
    changed = sorted(corpus.glob("*.txt"))[0]
    original = changed.read_text(encoding="utf-8")
    try:
        changed.write_text(original + "\n", encoding="utf-8")
        cache.hits = cache.misses = 0
        generate(corpus, cache=cache)
        assert cache.misses == 2  # that source, and the collection
        assert cache.hits == COUNT - 1
    finally:
        changed.write_text(original, encoding="utf-8")
