"""The website's search: Pagefind's index, queried by a worker that speaks Material's
protocol (``docs/assets/un-search-worker.js``); the offline bundle searches the same
index (``bundle.py`` gives its files as scripts).

Material's search loads its whole index on every page before the first answer: 39 MB
for 908 real resolutions (15.9 MB for 1,000 synthetic ones). Pagefind splits the index
into chunks a query fetches as it needs them, and each page's text into a fragment
fetched only when the page is a result. Pagefind reads the built HTML; its record of
each page's anchors (every ``<p id>``) and of where the words were found gives the
paragraph-level results. With ``extra.search_engine: lunr`` the site searches with
Material's own index instead, each paragraph an entry of it.
"""

from __future__ import annotations

import asyncio
import gzip
import html
import json
import logging
import re
import time
from pathlib import Path
from typing import Any

from .paths import safe_join

log = logging.getLogger("mkdocs.plugins.un_docs")
ENGINE_KEY = "search_engine"  # in mkdocs.yml's extra: "pagefind" (default) or "lunr"
WORKER = "assets/un-search-worker.js"
# The symbols list, in shards by the number a symbol ends with (the last two digits of
# its last segment's first number): a query reads the one its number names, ~1/100
SYMBOLS = "search/symbols/{shard}.json"
SHARDS = 100
_LAST_NUMBER_RE = re.compile(r"\d+")
# A word the worker searches as Pagefind loads, so that its WebAssembly is optimised before
# the first query (``warmup_word``): found on this many pages, in one of the smallest chunks
WARMUP = "search/warmup.json"
WARMUP_PAGES = (64, 512)
WARMUP_CHUNKS = 16  # the smallest chunks looked into for it
_WARMUP_WORD_RE = re.compile(r"[a-z]{4,}")
_CHUNK_SIGNATURE = b"pagefind_dcd"
WRITE_SECONDS = 300.0  # how long Pagefind may take to write its files once it has answered
# What is on a page but is not its text: permalinks and their labels, badges and word
# changes, the cite buttons, the converter's log, navigation and drawings
EXCLUDED = [
    ".headerlink",
    ".un-pl",
    ".un-lineage",
    ".un-diff",
    ".un-changes",
    ".un-cite-button",
    ".un-filter",
    "nav",
    "svg",
    "figure",
]
_ARTICLE = '<article class="md-content__inner md-typeset">'
_MATERIAL_WORKER_RE = re.compile(r"javascripts/workers/search\.[0-9a-f]+\.min\.js")


def engine(extra: dict[str, Any]) -> str:
    return str(extra.get(ENGINE_KEY) or "pagefind")


def prepare_page(output: str, indexed: bool, symbol: str | None = None) -> str:
    """A page of the website: Material's worker swapped for ours, and its article marked
    for Pagefind when it is to be found (the documents and the hand-written pages; the
    lists of documents, events and references point to them)."""
    output = _MATERIAL_WORKER_RE.sub(WORKER.removeprefix("assets/"), output, count=1)
    if indexed:
        # a document's symbol, for the worker to name its paragraphs as they are cited
        meta = f' data-pagefind-meta="symbol:{html.escape(symbol)}"' if symbol else ""
        output = output.replace(_ARTICLE, _ARTICLE[:-1] + f" data-pagefind-body{meta}>", 1)
    return output


def symbol_shard(typed: str) -> int | None:
    """The shard of the symbols list a symbol, or a form of it as typed ("56/145",
    "242 (1967)"), is in: the last two digits of its last segment's first number (the search
    worker computes the same, ``symbolShard``); None when that segment has no digit."""
    last = typed.replace(" ", "").rsplit("/", 1)[-1]
    found = _LAST_NUMBER_RE.search(last)
    return int(found.group()[-2:]) if found else None  # its last two digits: any length


def symbols_json(entries: list[dict[str, Any]]) -> dict[str, str]:
    """Each document's symbol in the forms people type, title, URL and facts: what the
    worker needs to put the document a symbol names first; by file, one a shard (every
    shard written, an empty one as ``[]``)."""
    shards: dict[str, list[dict[str, Any]]] = {SYMBOLS.format(shard=n): [] for n in range(SHARDS)}
    for entry in entries:
        if "#" in entry["location"]:
            continue
        symbol = entry["tags"][0]
        record = {
            "symbol": symbol,
            "title": entry["title"].removeprefix(f"{symbol}: "),
            "url": entry["location"],
            "forms": entry["tags"],
            "facts": html.unescape(entry["text"]),
        }
        for shard in sorted({symbol_shard(form) for form in entry["tags"]} - {None}):
            shards[SYMBOLS.format(shard=shard)].append(record)
    return {path: json.dumps(records, ensure_ascii=False, separators=(",", ":")) for path, records in shards.items()}


def write_index(site: Path, entries: list[dict[str, Any]]) -> int:
    """Pagefind's index of the built site, and the symbols; returns the pages indexed.

    Pagefind answers that its files are written while its last writes are still queued,
    and the Python package stops it at once (``PagefindIndex``'s exit): on a busy
    machine ``pagefind-entry.json`` was left empty (4 index writes of the seed site in 30,
    five CPU-bound processes on two cores), and every page's search failed ("Failed to
    load Pagefind metadata: Unexpected end of JSON input"). Pagefind is stopped here only
    once its files are written (``_wait_for_writes``).
    """
    from pagefind.index import IndexConfig
    from pagefind.service import PagefindService

    output = site / "pagefind"

    async def index() -> int:
        config = IndexConfig(exclude_selectors=EXCLUDED, output_path=str(output))
        service = await PagefindService().launch()
        try:
            built = await service.create_index(config)
            found = await built.add_directory(str(site))
            await built.write_files()
            await _wait_for_writes(service._backend.pid, output)  # the package pinned: its process
        finally:
            await service.close()
        return int(found.get("page_count", 0))

    pages = asyncio.run(index())
    files = symbols_json(entries)
    try:
        word = warmup_word(output / "index")
    except (ValueError, IndexError, OSError) as err:  # a Pagefind that writes its chunks otherwise
        log.info("search warm-up left out: Pagefind's index chunks not read (%s)", err)
        word = None
    files[WARMUP] = json.dumps({"word": word})
    for path, text in files.items():
        written = safe_join(site, path)
        written.parent.mkdir(parents=True, exist_ok=True)
        written.write_text(text, encoding="utf-8")
    return pages


def warmup_word(index: Path) -> str | None:
    """A word for the search worker to look up as Pagefind loads, or None (no index).

    Browsers compile WebAssembly in two tiers: at once, plainly, and optimised in the
    background once a function has run a while, for its next call. Pagefind ranks all
    the pages that hold a query's words in one call, so a first query ran all of it in
    the plain tier: at 5,000 synthetic documents, 1.1-1.8 s of CPU for a phrase against
    0.7-1.1 s for the same search again (benchmarks/README.md). Looking up a word found on a
    few hundred pages runs the same functions long enough to have them optimised while
    the user types. It must cost little at any size: one of Pagefind's smallest chunks
    (looked for among the ``WARMUP_CHUNKS`` smallest, smallest first), a word of it on
    ``WARMUP_PAGES`` pages, the most pages first, then alphabetical; else the word of
    those chunks on the most pages below that (a small collection). Chosen from the files
    alone, so the same index always gives the same word.
    """
    chunks = sorted(index.glob("*.pf_index"), key=lambda path: (path.stat().st_size, path.name))
    fewest, most = WARMUP_PAGES
    fallback: tuple[int, str] | None = None
    for chunk in chunks[:WARMUP_CHUNKS]:
        counts = [(pages, word) for word, pages in chunk_words(chunk.read_bytes()) if _WARMUP_WORD_RE.fullmatch(word)]
        within = [(-pages, word) for pages, word in counts if fewest <= pages <= most]
        if within:
            return min(within)[1]
        below = [(-pages, word) for pages, word in counts if pages < fewest]
        if below and (fallback is None or min(below) < fallback):
            fallback = min(below)
    return fallback[1] if fallback else None


def chunk_words(data: bytes) -> list[tuple[str, int]]:
    """The words of one of Pagefind's index chunks, each with the number of pages it is
    on: the file is gzip of a signature and CBOR, an array whose first item lists the
    words, each an array of the word, its pages and (Pagefind 1.5) their variants
    (``pagefind_web/src/index.rs``). Only what that needs of CBOR is read."""
    raw = gzip.decompress(data)
    if not raw.startswith(_CHUNK_SIGNATURE):
        raise ValueError("not a Pagefind index chunk")
    reader = _Cbor(raw, len(_CHUNK_SIGNATURE))
    reader.array()  # the chunk
    words = []
    for _ in range(reader.array()):
        fields = reader.array()
        word = reader.text()
        pages = reader.array()
        for _ in range(pages):
            reader.skip()
        for _ in range(fields - 2):
            reader.skip()
        words.append((word, pages))
    return words


class _Cbor:
    """Reads the CBOR Pagefind writes: definite lengths, integers, text and arrays."""

    def __init__(self, data: bytes, at: int = 0) -> None:
        self.data = data
        self.at = at

    def head(self) -> tuple[int, int]:
        """The next item's major type and its argument (a value or a length)."""
        first = self.data[self.at]
        major, extra = first >> 5, first & 31
        self.at += 1
        if extra < 24:
            return major, extra
        if extra > 27:
            raise ValueError(f"CBOR item not read here (additional information {extra}) at {self.at - 1}")
        size = 1 << (extra - 24)
        value = int.from_bytes(self.data[self.at : self.at + size], "big")
        self.at += size
        return major, value

    def array(self) -> int:
        major, length = self.head()
        if major != 4:
            raise ValueError(f"CBOR array expected at {self.at}")
        return length

    def text(self) -> str:
        major, length = self.head()
        if major != 3:
            raise ValueError(f"CBOR text expected at {self.at}")
        self.at += length
        return self.data[self.at - length : self.at].decode("utf-8")

    def skip(self) -> None:
        """Past the next item, whatever it holds (an explicit stack: no recursion)."""
        pending = 1
        while pending:
            pending -= 1
            major, value = self.head()
            if major in (2, 3):
                self.at += value
            elif major == 4:
                pending += value
            elif major == 5:
                pending += 2 * value
            elif major not in (0, 1):
                raise ValueError(f"CBOR major type {major} not read here")


async def _wait_for_writes(pid: int, output: Path, timeout: float = WRITE_SECONDS) -> None:
    """Until process ``pid`` holds no file of ``output`` open: Pagefind has opened every
    file when it answers, and closes each once its bytes are on disk. Where a process's
    open files cannot be listed (no /proc), until no file is empty (none of Pagefind's
    is). An empty file left all the same fails the build rather than its search."""
    descriptors = Path(f"/proc/{pid}/fd")
    listed = descriptors.is_dir()
    deadline = time.monotonic() + timeout
    while _holds_open(descriptors, output.resolve()) if listed else _empty_files(output):
        if time.monotonic() > deadline:
            raise RuntimeError(f"Pagefind did not finish writing {output} in {timeout:.0f} s")
        await asyncio.sleep(0.02)
    if empty := _empty_files(output):
        raise RuntimeError(f"Pagefind left empty files in {output}: {', '.join(p.name for p in empty[:5])}")


def _holds_open(descriptors: Path, directory: Path) -> bool:
    try:
        links = list(descriptors.iterdir())
    except OSError:  # the process has ended
        return False
    for link in links:
        try:
            if link.readlink().is_relative_to(directory):
                return True
        except OSError:  # closed meanwhile
            continue
    return False


def _empty_files(directory: Path) -> list[Path]:
    return [path for path in sorted(directory.rglob("*")) if path.is_file() and path.stat().st_size == 0]
