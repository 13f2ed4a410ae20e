"""A synthetic collection large enough for the worker processes and the caches to engage
(benchmarks/make_corpus.py, all five shapes): the parallel paths give exactly what the
sequential ones give, and a warm rebuild converts only what changed."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from benchmarks.make_corpus import make_corpus
from build_scripts import parallel, pipeline
from build_scripts.build import generate, generate_into, write_files
from build_scripts.cache import ConversionCache
from build_scripts.errors import SourceError
from build_scripts.pipeline import Collection, convert_directory
from build_scripts.sources import load_sources
from build_scripts.transforms import lineage
from build_scripts.transforms.lineage import lineage_paragraphs

COUNT = 80  # above both PARALLEL_FROM thresholds


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    directory = tmp_path_factory.mktemp("corpus") / "sources"
    make_corpus(COUNT, directory)
    return directory


@pytest.fixture(scope="module")
def collection(corpus: Path) -> Collection:
    return convert_directory(corpus)


def test_the_corpus_is_above_the_parallel_thresholds(collection):
    assert COUNT >= parallel.PARALLEL_FROM and COUNT >= pipeline.PARALLEL_FROM
    assert sum(len(lineage_paragraphs(doc)) for doc in collection.documents) >= lineage.PARALLEL_FROM


def test_parallel_lineage_gives_what_sequential_lineage_gives(corpus, collection, monkeypatch):
    together = collection.lineage
    monkeypatch.setattr(lineage, "PARALLEL_FROM", 10**9)
    alone = convert_directory(corpus).lineage
    assert together == alone
    statuses = {found.status for found in together.values()}
    assert statuses >= {"new", "unchanged", "amended"}


def test_parallel_rendering_gives_what_sequential_rendering_gives(collection, monkeypatch):
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


def _most_cited(directory: Path) -> Path:
    """The source whose document the others cite most (its edits reach other pages)."""
    collection = convert_directory(directory)
    symbol = max(collection.by_symbol(), key=lambda s: (len(collection.links.cited_by.get(s, [])), s))
    assert collection.links.cited_by.get(symbol)
    return directory / collection.by_symbol()[symbol].source_file


def _copied_words(directory: Path) -> tuple[Path, str]:
    """A source with a paragraph that a later document repeats word for word (so that
    rewording it changes the later paragraph's lineage), and words of it found once."""
    collection = convert_directory(directory)
    by_symbol = collection.by_symbol()
    for found in collection.lineage.values():
        if found.status != "unchanged" or found.source is None:
            continue
        doc = by_symbol[found.source.symbol]
        para = next(p for p in doc.all_paragraphs() if p.id == found.source.paragraph)
        path = directory / doc.source_file
        text = path.read_text(encoding="utf-8")
        split = para.text.split()
        for start in range(len(split) - 4):
            words = " ".join(split[start : start + 5])
            if text.count(words) == 1:
                return path, words
    raise AssertionError("the corpus has no paragraph repeated word for word")


def test_a_rebuild_after_edits_additions_and_removals_equals_a_fresh_build(corpus, tmp_path):
    """Pages and lineage are reused from the previous build only when their inputs are
    unchanged: after each change, the output is byte for byte that of a build from scratch."""
    sources = tmp_path / "sources"
    shutil.copytree(corpus, sources)
    more = tmp_path / "more"
    make_corpus(COUNT + 3, more)  # the same documents, then three more that cite them
    cache = ConversionCache(tmp_path / "cache")
    generate(sources, cache=cache)
    cited = _most_cited(sources)
    text = cited.read_text(encoding="utf-8")
    copied, words = _copied_words(sources)
    copied_text = copied.read_text(encoding="utf-8")
    changes = [
        ("a paragraph others copy, reworded", lambda: copied.write_text(copied_text.replace(words, words + " anew"))),
        ("a word of a much-cited document", lambda: cited.write_text(text.replace(" the ", " the very ", 1))),
        ("three documents added", lambda: [shutil.copy(p, sources) for p in sorted(more.iterdir())[-4:]]),
        ("the much-cited document removed", lambda: cited.unlink()),
    ]
    for what, change in changes:
        change()
        rebuilt = generate(sources, cache=cache)
        fresh = generate(sources)
        assert rebuilt.files == fresh.files, what
        assert rebuilt.search_entries == fresh.search_entries, what
        assert rebuilt.pages_reused > 0 and rebuilt.lineage_reused > 0, what
        assert rebuilt.pages_reused < rebuilt.documents, what


def test_parallel_conversion_gives_what_sequential_conversion_gives(corpus, collection, monkeypatch):
    monkeypatch.setattr(pipeline, "PARALLEL_FROM", 10**9)
    alone = convert_directory(corpus)
    assert write_files(alone) == write_files(collection)


@pytest.mark.parametrize("split", [True, False])
def test_of_two_bad_sources_the_first_stops_a_strict_build_and_both_are_listed(corpus, tmp_path, monkeypatch, split):
    if not split:
        monkeypatch.setattr(pipeline, "PARALLEL_FROM", 10**9)
    broken = tmp_path / "sources"
    shutil.copytree(corpus, broken)
    names = sorted(path.name for path in broken.glob("*.txt"))
    for name in (names[5], names[-5]):
        (broken / name).write_text("Some words that are no UN document.\n" * 3, encoding="utf-8")  # no shape
    with pytest.raises(SourceError) as caught:
        convert_directory(broken, strict=True)
    assert names[5] in str(caught.value) and names[-5] not in str(caught.value)
    # not strict: both left out and listed (in order), the others converted, split or not
    collection = convert_directory(broken)
    assert [u.source_file for u in collection.unread] == [names[5], names[-5]]
    assert all("text of unknown shape" in u.reason for u in collection.unread)
    assert len(collection.documents) == len(names) - 2


def test_the_command_line_writes_each_page_as_it_is_rendered_and_the_same_files(corpus, tmp_path):
    """``python -m build_scripts`` without a cache writes pages from the worker processes
    and streams documents.json (it never holds all files): exactly ``generate``'s files."""
    whole = generate(corpus).files
    assert generate_into(corpus, tmp_path).documents == COUNT
    written = {str(path.relative_to(tmp_path)): path for path in tmp_path.rglob("*") if path.is_file()}
    assert sorted(written) == sorted(whole)
    for path, content in whole.items():
        assert written[path].read_bytes() == content.encode("utf-8"), path


def test_findings_and_events_are_remembered_with_each_source(corpus, collection, tmp_path, monkeypatch):
    """A source's citations, signatures and events are cached with its conversion: the next
    build takes them from the cache (nothing found again) and links, dates and scores the
    collection exactly as a build without a cache."""
    first = pipeline.convert_sources(load_sources(corpus), ConversionCache(tmp_path))
    references = [(doc.symbol, doc.references) for doc in collection.documents]
    assert [(doc.symbol, doc.references) for doc in first.documents] == references
    assert sum(len(refs) for _, refs in references) > COUNT

    def not_again(*args, **kwargs):
        raise AssertionError("found again instead of taken from the cache")

    monkeypatch.setattr(pipeline, "document_events", not_again)
    monkeypatch.setattr(pipeline, "find_in", not_again)
    again = pipeline.convert_sources(load_sources(corpus), ConversionCache(tmp_path))
    assert again.events == collection.events and len(again.events) > COUNT
    assert [(doc.symbol, doc.references) for doc in again.documents] == references
    assert {s: [c.document.symbol for c in cs] for s, cs in again.links.cited_by.items()} == {
        s: [c.document.symbol for c in cs] for s, cs in collection.links.cited_by.items()
    }
    assert again.lineage == collection.lineage
