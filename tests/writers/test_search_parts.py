"""A large site's search index in parts (build_scripts/search_engine.py: write_index):
every page in exactly one part, each part holding every word of the site, the parts
listed for the worker with the filter that hides their vocabulary pages. Pagefind itself
writes the parts here; the worker's merge is tested in Chromium in
tests/test_offline_search.py."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest

from build_scripts import search_engine
from build_scripts.search_engine import (
    PART_PAGES,
    PART_PAGES_ENV,
    glob_of,
    page_words,
    part_pages,
    parts_of,
    vocabulary_page,
    write_index,
)

# Paths with what a glob reads otherwise: a Security Council symbol's parentheses, a
# comma, braces, brackets, a space
PAGES = {
    "S/RES/2768(2025)/index.html": "sanctions Haiti regime",
    "a,b/index.html": "sanctions Bosnia",
    "x{y}/index.html": "sanctions Sudan",
    "br[1]/index.html": "migrants Sudan",
    "sp ace/index.html": "migrants Haiti",
}


def _page(words: str) -> str:
    return f'<html><body><nav>Home Documents</nav><article class="md" data-pagefind-body><p>{words}</p></article></body></html>'


def _fragments(directory: Path) -> dict[str, dict[str, object]]:
    """A part's pages by URL, as Pagefind wrote them (gzip of a signature and JSON)."""
    pages = {}
    for path in (directory / "fragment").glob("*.pf_fragment"):
        data = gzip.decompress(path.read_bytes())
        record = json.loads(data[data.index(b"{") :])
        pages[record["url"]] = record
    return pages


@pytest.fixture(scope="module")
def parted(tmp_path_factory: pytest.TempPathFactory) -> Path:
    site = tmp_path_factory.mktemp("parted")
    for name, words in PAGES.items():
        (site / name).parent.mkdir(parents=True, exist_ok=True)
        (site / name).write_text(_page(words), encoding="utf-8")
    (site / "list.html").write_text("<html><body><p>Sudan list</p></body></html>", encoding="utf-8")
    assert write_index(site, [], 2) == 6
    return site


def test_pages_are_dealt_to_parts_in_turn():
    pages = [f"p{n}.html" for n in range(5)]
    assert parts_of(pages, 2) == [["p0.html", "p3.html"], ["p1.html", "p4.html"], ["p2.html"]]
    assert parts_of(pages, 5) == [pages]
    assert parts_of([], 3) == [[]]


def test_every_page_is_in_exactly_one_part(parted):
    listed = json.loads((parted / "search" / "parts.json").read_text(encoding="utf-8"))
    assert listed == {"parts": ["pagefind/part-1/", "pagefind/part-2/"], "filters": {"not": {"un": "vocabulary"}}}
    parts = [parted / "pagefind", parted / "pagefind/part-1", parted / "pagefind/part-2"]
    found = [{url for url in _fragments(part) if "vocabulary" not in url} for part in parts]
    assert sum(len(urls) for urls in found) == len(PAGES)
    assert set().union(*found) == {"/" + name.removesuffix("index.html") for name in PAGES}
    # the merged parts need their index and fragments only: the engine is the first part's
    assert not [p.name for p in (parted / "pagefind/part-1").iterdir() if p.suffix in (".js", ".css", ".pagefind")]
    assert (parted / "pagefind" / "pagefind.js").is_file()


def test_each_part_holds_the_words_only_other_parts_have(parted):
    """Pagefind searches a word a part lacks by a shorter word it holds: each part's
    vocabulary page gives it every other part's words, and is marked for the filter."""
    for k, part in enumerate([parted / "pagefind", parted / "pagefind/part-1", parted / "pagefind/part-2"]):
        pages = _fragments(part)
        vocabulary = pages.pop(f"/pagefind/part-{k}/vocabulary.html")
        assert vocabulary["filters"] == {"un": ["vocabulary"]}
        # Pagefind ends each block of text with a stop
        own = {word.strip(".") for record in pages.values() for word in str(record["content"]).lower().split()}
        everything = {word.lower() for words in PAGES.values() for word in words.split()}
        assert set(str(vocabulary["content"]).split()) == everything - own, k
        assert "home" not in own  # the navigation is not a page's text


def test_a_page_outside_its_part_is_not_indexed_there(parted):
    """``list.html`` has no indexed article: in no part (Pagefind indexes only the marked
    articles of a site that has them)."""
    urls = set().union(*(_fragments(p) for p in [parted / "pagefind", *sorted((parted / "pagefind").glob("part-*"))]))
    assert "/list.html" not in urls


def test_a_small_site_is_one_index(tmp_path):
    (tmp_path / "a.html").write_text(_page("one page"), encoding="utf-8")
    assert write_index(tmp_path, [], 2) == 1
    assert json.loads((tmp_path / "search" / "parts.json").read_text(encoding="utf-8")) == {"parts": [], "filters": {}}
    assert not list((tmp_path / "pagefind").glob("part-*"))
    assert not any("vocabulary" in url for url in _fragments(tmp_path / "pagefind"))


def test_a_glob_matches_its_paths_and_no_other():
    glob = glob_of(["S/RES/2768(2025)/index.html", "a,b/index.html"])
    assert glob == r"{S/RES/2768\(2025\)/index.html,a\,b/index.html}"


def test_the_words_of_an_indexed_page():
    page = (
        '<article class="md" data-pagefind-body><p id="op1">“Reaffirms,” A/RES/56/145 &lt;akn&gt; Rights;</p></article>'
    )
    assert page_words(page) == {"reaffirms", "a/res/56/145", "akn", "rights"}
    assert page_words("<article><p>not indexed</p></article>") == set()


def test_a_vocabulary_page_keeps_words_that_look_like_markup():
    """A word read from an escaped "<" is escaped again: unescaped, it opened a tag that
    swallowed every word after it (the real collection's vocabulary lost a third)."""
    page = vocabulary_page({"<akn", "zebra"})
    assert "&lt;akn zebra" in page and "<akn" not in page


def test_the_part_size_setting(monkeypatch):
    monkeypatch.delenv(PART_PAGES_ENV, raising=False)
    assert part_pages({}) == PART_PAGES
    assert part_pages({search_engine.PART_PAGES_KEY: 300}) == 300
    monkeypatch.setenv(PART_PAGES_ENV, "8")
    assert part_pages({search_engine.PART_PAGES_KEY: 300}) == 8
    monkeypatch.setenv(PART_PAGES_ENV, "0")
    with pytest.raises(ValueError, match="at least 1"):
        part_pages({})
    monkeypatch.setenv(PART_PAGES_ENV, "many")
    with pytest.raises(ValueError, match="whole number"):
        part_pages({})


def test_parts_indexed_at_once_are_those_indexed_one_after_another(parted, tmp_path, monkeypatch):
    """Pagefind indexes ``PAGEFIND_AT_ONCE`` parts at a time, each part's vocabulary page
    found meanwhile: every file of every part is the one a part indexed alone writes."""
    assert search_engine.PAGEFIND_AT_ONCE > 1
    alone = tmp_path / "alone"
    for name, words in PAGES.items():
        (alone / name).parent.mkdir(parents=True, exist_ok=True)
        (alone / name).write_text(_page(words), encoding="utf-8")
    (alone / "list.html").write_text("<html><body><p>Sudan list</p></body></html>", encoding="utf-8")
    monkeypatch.setattr(search_engine, "PAGEFIND_AT_ONCE", 1)
    assert write_index(alone, [], 2) == 6

    def files(site: Path) -> dict[str, bytes]:
        return {p.relative_to(site).as_posix(): p.read_bytes() for p in (site / "pagefind").rglob("*") if p.is_file()}

    together = files(parted)
    assert len([name for name in together if name.endswith(".pf_fragment")]) >= 6  # every page's
    assert files(alone) == together


def test_the_first_part_is_written_before_any_other(tmp_path, monkeypatch):
    """Pagefind empties the directory it writes to, and the other parts' are inside the
    first's: written at the same time, the first deleted a second's files and the second
    never answered. Every other part starts writing only once the first has written."""
    from pagefind.index import PagefindIndex

    events: list[tuple[str, str]] = []
    write = PagefindIndex.write_files

    async def recorded(self, output_path=None):  # type: ignore[no-untyped-def]
        where = Path(self._config["output_path"]).name
        events.append(("start", where))
        await write(self, output_path)
        events.append(("end", where))

    monkeypatch.setattr(PagefindIndex, "write_files", recorded)
    for n in range(8):
        (tmp_path / f"p{n}").mkdir()
        (tmp_path / f"p{n}" / "index.html").write_text(_page(f"word{n} sanctions"), encoding="utf-8")
    assert write_index(tmp_path, [], 2) == 8
    assert events[:2] == [("start", "pagefind"), ("end", "pagefind")], events
    assert sorted(where for kind, where in events[2:] if kind == "end") == ["part-1", "part-2", "part-3"]


def test_a_pagefind_that_does_not_answer_stops_the_index_with_a_message(tmp_path, monkeypatch):
    """A Pagefind process that never answers stopped a build, silently, until killed: no
    answer within ``ANSWER_SECONDS`` is an error naming the index being made (the hook
    gives it as the build's error), and the process is stopped."""
    (tmp_path / "p").mkdir()
    (tmp_path / "p" / "index.html").write_text(_page("sanctions"), encoding="utf-8")
    monkeypatch.setattr(search_engine, "ANSWER_SECONDS", 0.0)
    with pytest.raises(RuntimeError, match=r"Pagefind did not answer in 0 s while indexing .*pagefind"):
        write_index(tmp_path, [], 2)
