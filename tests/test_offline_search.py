"""The offline bundle's search on a collection too large for a whole index: 500 synthetic
documents, built and bundled as ``make site`` does, opened from file:// in Chromium.

The whole index of this collection, as the bundle holds it, is more than the 3 MB a
first query may read (Material's, which the bundle loaded on every page before, is
larger still); the bundle's search reads Pagefind's chunks as scripts
(build_scripts/bundle.py), so a first query reads a few hundred kilobytes. The tests
assert what was found and what was read (the worker's own count), not times
(benchmarks/offline_bench.py measures those).
"""

from __future__ import annotations

import base64
import contextlib
import json
import zipfile
from pathlib import Path

import pytest

from benchmarks.make_corpus import make_corpus
from build_scripts.bundle import write_bundle
from build_scripts.search_engine import PART_PAGES_ENV, WARMUP_PAGES, chunk_words

from .conftest import run_mkdocs
from .test_browser import search, serving, watched_context

DOCUMENTS = 500
MB = 1024 * 1024


def built_and_bundled(
    factory: pytest.TempPathFactory, name: str, sources: Path | None = None, settings: dict[str, str] | None = None
) -> tuple[Path, Path]:
    """A site built as ``make site`` builds it, and its bundle unzipped."""
    site = factory.mktemp(f"{name}-site")
    result = run_mkdocs(site, sources=sources, settings=settings)
    assert result.returncode == 0 and "WARNING" not in result.stderr, result.stderr[-2000:]
    bundle = factory.mktemp(f"{name}-dist") / "bundle.zip"
    write_bundle(site, bundle)
    offline = factory.mktemp(f"{name}-offline")
    with zipfile.ZipFile(bundle) as archive:
        archive.extractall(offline)
    return site, offline


@pytest.fixture(scope="module")
def large(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path, list[str]]:
    """The site, its unzipped bundle, and the documents' symbols."""
    sources = tmp_path_factory.mktemp("large-sources")
    symbols = make_corpus(DOCUMENTS, sources)
    return (*built_and_bundled(tmp_path_factory, "large", sources=sources), symbols)


def read_by_search(page) -> int:  # type: ignore[no-untyped-def]
    """The bytes the search worker read from the bundle (in the frame Material's shim made)."""
    counts = [frame.evaluate("typeof bytesRead === 'number' ? bytesRead : -1") for frame in page.frames]
    assert max(counts) >= 0, "no search worker frame"
    return max(counts)


def test_the_index_is_too_large_to_load_whole(large):
    """What a whole-index design would load before a first answer, Pagefind's index and
    fragments as the bundle's scripts hold them: more than the 3 MB a first query may read."""
    _, offline, _ = large
    index = sum(p.stat().st_size for p in (offline / "pagefind").rglob("*.pf_*.js"))
    assert index > 3 * MB, index
    assert not (offline / "search" / "search_index.json").exists()
    assert (offline / "search" / "search_index.js").stat().st_size < 1024  # Material's: no entries


def test_a_symbol_and_a_phrase_from_file(browser, large):
    _, offline, symbols = large
    context, page, watch = watched_context(browser, "file://")
    try:
        page.goto((offline / "index.html").as_uri())
        wanted = symbols[DOCUMENTS // 2]
        results = search(page, wanted)
        assert results[0].endswith(wanted + "/index.html"), (wanted, results[:3])
        after_symbol = read_by_search(page)
        assert 0 < after_symbol < 1 * MB, after_symbol
        # a phrase: documents, then their paragraphs, each at its anchor
        results = search(page, "migrant workers")
        paragraphs = [r for r in results if "/index.html#" in r]
        assert paragraphs, results
        assert all(r.startswith(offline.as_uri()) for r in results), results
        assert after_symbol < read_by_search(page) < 3 * MB  # both queries together
        anchor = paragraphs[0].split("#")[1]
        page.goto(paragraphs[0])
        assert page.locator(f"[id='{anchor}']").count() == 1
        assert watch.clean(), watch
    finally:
        context.close()


def test_pagefind_is_warmed_up_with_one_small_chunk(browser, large):
    """Before any query (from a file, Material starts its worker as the search box takes
    the focus), the worker reads Pagefind's engine (entry, WebAssembly, metadata), the
    list of the index's other parts (none here) and, to have it optimised
    (search/warmup.json: tests/writers/test_search_warmup.py), the one chunk holding the
    word the build chose: no more. Every chunk of the site's
    index reads as ``chunk_words`` reads it."""
    site, offline, _ = large
    word = json.loads((site / "search" / "warmup.json").read_text(encoding="utf-8"))["word"]
    chunks = {path: dict(chunk_words(path.read_bytes())) for path in (site / "pagefind" / "index").glob("*.pf_index")}
    holding = [path for path, words in chunks.items() if word in words]
    assert len(holding) == 1 and 1 < chunks[holding[0]][word] <= WARMUP_PAGES[1], (word, holding)
    engine = [p for p in (site / "pagefind").iterdir() if p.name == "pagefind-entry.json" or p.suffix == ".pf_meta"]
    engine.append(site / "pagefind" / "wasm.en.pagefind")
    read = [*engine, site / "search" / "parts.json", site / "search" / "warmup.json", holding[0]]
    context, page, watch = watched_context(browser, "file://")
    try:
        page.goto((offline / "index.html").as_uri())
        page.focus("input.md-search__input")  # from a file, Material starts its worker then
        # the worker runs in the frame Material's shim made
        page.wait_for_function(
            "w => [...document.querySelectorAll('iframe')].some(f => f.contentWindow.warmed === w)",
            arg=word,
        )
        assert read_by_search(page) == sum(len(base64.b64encode(path.read_bytes())) for path in read)
        assert watch.clean(), watch
    finally:
        context.close()


# -- an index in parts ---------------------------------------------------------------

PART_QUERIES = ["migrant workers", "right development", "Convention"]


@pytest.fixture(scope="module")
def parted(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """The seed site with its index in parts of 8 pages (``search_part_pages``), and its
    bundle unzipped."""
    return built_and_bundled(tmp_path_factory, "parted", settings={PART_PAGES_ENV: "8"})


def _pages_found(page, query: str, start: str) -> set[str]:  # type: ignore[no-untyped-def]
    """The pages (not their paragraphs) a query lists, relative to the site."""
    return {r.removeprefix(start).removesuffix("index.html") for r in search(page, query) if "#" not in r}


def test_an_index_in_parts_finds_what_the_whole_index_finds(browser, site, parted):
    """The seed site's 30 pages in 4 parts, merged by the worker (each part's files read
    ahead), online and from the bundle: every query finds the pages one index finds (their order may differ: each
    part ranks its own), and no part's vocabulary page. "right development" is one
    page's: without the vocabulary pages, the parts lacking "development" searched
    "right" alone and found six."""
    parted_site, offline = parted
    listed = json.loads((parted_site / "search" / "parts.json").read_text(encoding="utf-8"))["parts"]
    assert len(listed) == 3
    assert all((offline / part / "pagefind-entry.json.js").is_file() for part in listed)
    found: dict[str, list[set[str]]] = {query: [] for query in PART_QUERIES}
    for directory, online in ((site, True), (parted_site, True), (offline, False)):
        with contextlib.ExitStack() as stack:
            start = stack.enter_context(serving(directory)) if online else directory.as_uri() + "/"
            context, page, watch = watched_context(browser, start if online else "file://")
            stack.callback(context.close)
            page.goto(start + ("" if online else "index.html"))
            for query in PART_QUERIES:
                found[query].append(_pages_found(page, query, start))
            if directory is not site:
                # the worker: online a worker, from a file the frame Material's shim made
                scopes = [*page.frames, *page.workers]
                merged = [scope.evaluate("typeof merged === 'undefined' ? null : merged") for scope in scopes]
                assert listed in merged, merged
                # each part's entry and word list read ahead, as the worker started
                ahead = [scope.evaluate("typeof early === 'undefined' ? [] : Object.keys(early)") for scope in scopes]
                ahead = max(ahead, key=len)
                for part in listed:
                    assert f"{part}pagefind-entry.json" in ahead, ahead
                    assert any(name.startswith(part) and name.endswith(".pf_meta") for name in ahead), ahead
            assert watch.clean(), watch
    for query, (whole, parts, bundled) in found.items():
        assert whole == parts == bundled, query
        assert not any("vocabulary" in url for url in parts)
    assert found["right development"][0] == {"A/56/179/"}
