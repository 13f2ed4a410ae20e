"""A build's generated files kept on disk (build_scripts/output_store.py): read back as
written, digests that say what changed, unchanged files taken by hard link, no path out of
the store, and a cached output whose files are gone never reused."""

from __future__ import annotations

import os

import pytest

from benchmarks.make_corpus import make_corpus
from build_scripts import deferred
from build_scripts.build import Begun, Generated, begin, unchanged_since
from build_scripts.cache import ConversionCache
from build_scripts.errors import SourceError
from build_scripts.output_store import StoredFiles, digest_in, digest_of


def test_files_read_back_as_written_in_order(tmp_path):
    store = StoredFiles(tmp_path / "out")
    store.write("b/page.md", "# Tĥe page\n")
    store.write("a.json", "{}")
    assert list(store) == ["b/page.md", "a.json"] and len(store) == 2
    assert store["b/page.md"] == "# Tĥe page\n"
    assert "a.json" in store and "c" not in store
    with pytest.raises(KeyError):
        store["c"]
    assert store.digests["a.json"] == digest_of("{}") != digest_of("{ }")


def test_lines_written_one_at_a_time_have_the_digest_of_the_whole(tmp_path):
    store = StoredFiles(tmp_path / "out")
    digest = store.write_lines("data/all.jsonl", (f'{{"n": {n}}}\n' for n in range(3)))
    whole = '{"n": 0}\n{"n": 1}\n{"n": 2}\n'
    assert store["data/all.jsonl"] == whole and digest == digest_of(whole)


def test_an_unchanged_file_is_taken_by_hard_link(tmp_path):
    before = StoredFiles(tmp_path / "before")
    before.write("page.md", "kept")
    after = StoredFiles(tmp_path / "after")
    assert after.take("page.md", before) == before.digests["page.md"]
    assert os.path.samefile(after.source("page.md"), before.source("page.md"))
    before.remove()  # the previous output forgotten: the link keeps the file
    assert after["page.md"] == "kept" and after.intact()
    # from an output held in memory it is written
    assert after.take("other.md", {"other.md": "from memory"}) == digest_of("from memory")
    assert after["other.md"] == "from memory"


def test_no_file_is_written_out_of_the_store(tmp_path):
    store = StoredFiles(tmp_path / "out")
    with pytest.raises(SourceError):
        store.write("../escaped.md", "x")
    assert not (tmp_path / "escaped.md").exists()


def test_unchanged_files_are_found_by_digest(tmp_path):
    previous = StoredFiles(tmp_path / "before")
    previous.write("same.md", "one")
    previous.write("edited.md", "two")
    now = {"same.md": "one", "edited.md": "two, edited", "new.md": "three"}
    assert digest_in(now, "same.md") == digest_in(previous, "same.md")
    assert digest_in(now, "gone.md") is None
    assert unchanged_since(now, Generated(previous, [], 2)) == {"same.md"}


def test_a_cached_output_whose_files_are_gone_is_built_again(tmp_path, monkeypatch):
    sources = tmp_path / "sources"
    make_corpus(6, sources)
    monkeypatch.setenv(deferred.DEFER_ENV, "1")
    cache = ConversionCache(tmp_path / "cache", remember=False)
    begun = begin(sources, True, cache)
    assert isinstance(begun, Begun)
    started = deferred.start(begun, cache)
    assert isinstance(started, deferred.DeferredBuild)
    generated = started.complete()
    assert isinstance(generated.files, StoredFiles)
    assert isinstance(begin(sources, True, cache), Generated)  # reused whole: nothing changed
    generated.files.source(next(iter(generated.files))).unlink()  # a cache cleaned by hand
    again = begin(sources, True, cache)
    assert isinstance(again, Begun) and again.previous is None
    rebuilt = deferred.start(again, cache)
    assert isinstance(rebuilt, deferred.DeferredBuild)
    output = rebuilt.complete().files
    assert isinstance(output, StoredFiles) and output.intact()
    # a source edited: the previous output would lend its unchanged pages, but one is gone
    edited = sorted(sources.glob("*.txt"))[0]
    edited.write_text(edited.read_text(encoding="utf-8") + "\n", encoding="utf-8")
    before_loss = begin(sources, True, cache)
    assert isinstance(before_loss, Begun) and before_loss.previous is not None
    output.source(list(output)[-1]).unlink()
    after_edit = begin(sources, True, cache)
    assert isinstance(after_edit, Begun) and after_edit.previous is None
