"""The word the search worker looks up as Pagefind loads (``search/warmup.json``), so that
Pagefind's WebAssembly is optimised before a first query: read from Pagefind's index
chunks, one of the smallest, a word of a bounded number of pages. The chunks here are
written as Pagefind writes them (gzip of a signature and CBOR); the site's own chunks are
read in tests/test_offline_search.py."""

from __future__ import annotations

import gzip
from pathlib import Path

import pytest

from build_scripts.search_engine import WARMUP_PAGES, chunk_words, warmup_word

Word = tuple[str, int]  # a word and the number of pages it is on


def _cbor(item: object) -> bytes:
    """CBOR of non-negative or negative integers, text and arrays (what a chunk holds)."""

    def head(major: int, value: int) -> bytes:
        if value < 24:
            return bytes([major << 5 | value])
        size = next(n for n in (1, 2, 4, 8) if value < 1 << (8 * n))
        return bytes([major << 5 | {1: 24, 2: 25, 4: 26, 8: 27}[size]]) + value.to_bytes(size, "big")

    if isinstance(item, int):
        return head(0, item) if item >= 0 else head(1, -1 - item)
    if isinstance(item, str):
        data = item.encode()
        return head(3, len(data)) + data
    assert isinstance(item, list)
    return head(4, len(item)) + b"".join(_cbor(part) for part in item)


def chunk(words: list[Word], padding: int = 0) -> bytes:
    """A chunk of these words, each on its number of pages (page deltas of 1, a weight
    marker and two locations a page, as Pagefind writes them), one word with a variant
    form; ``padding`` more words of one page make it larger."""
    listed: list[object] = []
    for word, pages in [*words, *((f"pad{n:05d}x", 1) for n in range(padding))]:
        listed.append([word, [[1, [-25, 3, 40]] for _ in range(pages)], [["variant", [[1, [7]]]]]])
    return gzip.compress(b"pagefind_dcd" + _cbor([listed, []]), mtime=0)


def index(tmp_path: Path, chunks: dict[str, bytes]) -> Path:
    for name, data in chunks.items():
        (tmp_path / f"en_{name}.pf_index").write_bytes(data)
    return tmp_path


def test_a_chunk_lists_its_words_and_their_pages() -> None:
    words = [("human", 300), ("“gener", 2), ("right", 1000), ("x", 0)]
    assert chunk_words(chunk(words)) == words


def test_a_file_that_is_no_chunk_is_refused() -> None:
    with pytest.raises(ValueError, match="not a Pagefind index chunk"):
        chunk_words(gzip.compress(b"pagefind_xyz"))


def test_the_word_of_a_small_chunk_within_the_bounds(tmp_path: Path) -> None:
    """Not a word on more pages (every page: as costly as any query), nor one of a few
    pages (too short a run to have the ranking optimised), nor a form no one types."""
    fewest, most = WARMUP_PAGES
    small = chunk([("everywhere", most + 1), ("rare", fewest - 1), ("york", fewest + 10), ("yorker", fewest + 5)])
    large = chunk([("decemb", most)], padding=3000)
    typed = chunk([("“promot", 2), ("2003", 2), ("ab", 2)])
    assert len(typed) < len(small) < len(large)
    # the smallest chunk's words are no form typed; the next one's: within the bounds,
    # the most pages first; not the larger chunk's, though on more pages
    assert warmup_word(index(tmp_path, {"a": large, "b": small, "c": typed})) == "york"


def test_a_small_collection_has_its_commonest_word(tmp_path: Path) -> None:
    """No word on enough pages: the one on the most (ties alphabetically); no index, none."""
    assert WARMUP_PAGES[0] > 7
    assert warmup_word(index(tmp_path, {"a": chunk([("migrant", 5), ("worker", 7), ("rights", 7)])})) == "rights"
    empty = tmp_path / "empty"
    empty.mkdir()
    assert warmup_word(empty) is None


def test_the_same_index_gives_the_same_word(tmp_path: Path) -> None:
    """Chunks of one size are taken by name; words of as many pages, alphabetically."""
    fewest, _ = WARMUP_PAGES
    one = chunk([("zebra", fewest), ("apple", fewest)])
    two = chunk([("mango", fewest), ("peach", fewest)])
    assert len(one) == len(two)
    assert warmup_word(index(tmp_path, {"b": one, "a": two})) == "mango"
