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
import concurrent.futures
import functools
import gzip
import html
import json
import logging
import os
import re
import time
from collections.abc import Awaitable, Callable, Coroutine
from pathlib import Path
from typing import Any, TypeVar

from .paths import safe_join

log = logging.getLogger("mkdocs.plugins.un_docs")
Result = TypeVar("Result")
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
# How long Pagefind may take to answer one request (a part's pages read: 10-40 s at 2,000
# pages here): a process that never answers stopped a build, silently, until killed
ANSWER_SECONDS = 1800.0
# A large site's index is written in parts of at most this many pages (``write_index``),
# ``extra.search_part_pages`` in mkdocs.yml or ``$UN_DOCS_SEARCH_PART_PAGES`` otherwise
PART_PAGES = 2000
PART_PAGES_KEY = "search_part_pages"
PART_PAGES_ENV = "UN_DOCS_SEARCH_PART_PAGES"
PART_DIR = "pagefind/part-{k}/"  # part 0 is pagefind/ itself
PARTS = "search/parts.json"  # the parts after the first, for the worker to merge, and
# the filters it searches them with
# Of a part's files, those its merged index never reads (the engine and the user
# interfaces are the first part's): left out of the site
_PART_UNREAD_RE = re.compile(r"pagefind[\w.-]*\.(?:js|css)|wasm\.[\w-]+\.pagefind")
# Each part's page of the words only other parts hold (``vocabulary_page``), and the
# filter that keeps it out of every result (the worker searches with it)
VOCABULARY_URL = "/pagefind/part-{k}/vocabulary.html"
VOCABULARY_FILTER = ("un", "vocabulary")
_BODY_RE = re.compile(r"<article [^>]*\bdata-pagefind-body\b[^>]*>(.*?)</article>", re.S)
_TAG_RE = re.compile(r"<[^>]*>")
_EDGES = "".join(chr(c) for c in range(0x21, 0x30)) + ":;<=>?@[\\]^_`{|}~“”‘’…«»–—"
# What a glob reads as other than itself (Pagefind's globs are the ``wax`` crate's)
_GLOB_SPECIAL_RE = re.compile(r"([\\?*$:<>()\[\]{},!])")
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


def part_pages(extra: dict[str, Any]) -> int:
    """The most pages one part of the index holds: the environment's setting, else
    mkdocs.yml's, else ``PART_PAGES``."""
    value = os.environ.get(PART_PAGES_ENV) or extra.get(PART_PAGES_KEY) or PART_PAGES
    try:
        pages = int(value)
    except (TypeError, ValueError):
        raise ValueError(f"{PART_PAGES_KEY} must be a whole number of pages, not {value!r}") from None
    if pages < 1:
        raise ValueError(f"{PART_PAGES_KEY} must be at least 1, not {pages}")
    return pages


def site_pages(site: Path) -> list[str]:
    """The site's pages, as paths relative to it, sorted (Pagefind's own files aside)."""
    pages = (path.relative_to(site).as_posix() for path in site.rglob("*.html"))
    return sorted(page for page in pages if not page.startswith("pagefind/"))


def parts_of(pages: list[str], most: int) -> list[list[str]]:
    """The pages cut into as few parts as hold at most ``most`` pages each, page k in part
    k mod n: each part a sample of every session and body, so that its word statistics,
    by which Pagefind ranks within a part, are the collection's (parts cut by folder put
    one session's documents together, and ranked near-ties further apart; measured in
    benchmarks/README.md)."""
    count = max(1, -(-len(pages) // most))
    return [pages[k::count] for k in range(count)]


def glob_of(pages: list[str]) -> str:
    """A glob matching exactly these paths: their alternation, each character a glob reads
    otherwise (symbols give paths such as ``S/RES/2768(2025)/index.html``) escaped."""
    return "{" + ",".join(_GLOB_SPECIAL_RE.sub(r"\\\1", page) for page in pages) + "}"


def page_words(page: str) -> set[str]:
    """The words of a page's text Pagefind indexes (its ``data-pagefind-body`` article),
    lower-cased, without the punctuation at their ends; none when it is not indexed. A
    few more than Pagefind indexes (the permalinks' labels it is told to leave out): a
    word is only ever added to a part that lacks it, never taken from one."""
    found = _BODY_RE.search(page)
    if not found:
        return set()
    text = html.unescape(_TAG_RE.sub(" ", found.group(1)))
    return {word for word in (token.strip(_EDGES) for token in set(text.lower().split())) if word}


def vocabulary_page(words: set[str]) -> str:
    """A page holding ``words``, and marked by the filter the search leaves out.

    Pagefind searches for a word its index lacks by a shorter word its index holds (its
    "longest matching prefix", for words typed half-way), and one part's index lacks
    most of another's rare words: "Bosnia sanctions" searched every part without Bosnia
    as "b... sanctions" and gave every page on sanctions. With the words only other
    parts hold on a page of its own, every part holds every word of the site: a part
    whose pages lack a word gives no page for a query requiring it, as the whole index
    would. The page is one of the part's pages in its statistics (one page more, longer
    than the others), never in a result."""
    name, value = VOCABULARY_FILTER
    body = html.escape(" ".join(sorted(words)), quote=False)
    return f'<html lang="en"><body><main data-pagefind-body data-pagefind-filter="{name}:{value}">{body}</main></body></html>'


def write_index(site: Path, entries: list[dict[str, Any]], most: int = PART_PAGES) -> int:
    """Pagefind's index of the built site, and the symbols; returns the pages indexed.

    One Pagefind process holds the whole index it builds until it has written it: 2.1 GB
    at 5,473 pages, growing with the site (benchmarks/README.md). A site of more than
    ``most`` pages is indexed in parts (``parts_of``), ``PAGEFIND_AT_ONCE`` processes at
    a time, each part a complete index of its pages (``pagefind/``, then
    ``pagefind/part-1/`` ..., listed in ``search/parts.json``) that the search worker
    merges into the first (Pagefind's ``mergeIndex``): 0.7 GB a process at 5,473 pages in
    parts of 2,000 (0.4 GB in parts of 1,000), and a query ranks fewer pages in each. Each part is given
    the words only the others hold (``vocabulary_page``). Ranking is within each part, so
    among results of nearly equal score the order may differ from one whole index's.

    Pagefind answers that its files are written while its last writes are still queued,
    and the Python package stops it at once (``PagefindIndex``'s exit): on a busy
    machine ``pagefind-entry.json`` was left empty (4 index writes of the seed site in 30,
    five CPU-bound processes on two cores), and every page's search failed ("Failed to
    load Pagefind metadata: Unexpected end of JSON input"). Pagefind is stopped here only
    once its files are written (``_wait_for_writes``).
    """
    parts = parts_of(site_pages(site), most)
    pages = _run(_index_parts(site, parts))
    for k in range(1, len(parts)):
        for path in (site / PART_DIR.format(k=k)).iterdir():
            if path.is_file() and _PART_UNREAD_RE.fullmatch(path.name):
                path.unlink()
    files = symbols_json(entries)
    name, value = VOCABULARY_FILTER
    merged = [PART_DIR.format(k=k) for k in range(1, len(parts))]
    files[PARTS] = json.dumps({"parts": merged, "filters": {"not": {name: value}} if merged else {}})
    try:
        word = warmup_word(site / "pagefind" / "index")
    except (ValueError, IndexError, OSError) as err:  # a Pagefind that writes its chunks otherwise
        log.info("search warm-up left out: Pagefind's index chunks not read (%s)", err)
        word = None
    files[WARMUP] = json.dumps({"word": word})
    for path, text in files.items():
        written = safe_join(site, path)
        written.parent.mkdir(parents=True, exist_ok=True)
        written.write_text(text, encoding="utf-8")
    return pages


def _vocabularies(site: Path, parts: list[list[str]]) -> list[set[str]]:
    """For each part, the words of the site's indexed text its pages lack."""
    held = [set().union(*(page_words((site / page).read_text(encoding="utf-8")) for page in part)) for part in parts]
    everything = set().union(*held)
    return [everything - words for words in held]


def _run(coroutine: Coroutine[Any, Any, int]) -> int:
    """``asyncio.run``, or in a thread of its own where this thread runs an event loop
    already (a caller's own, as Playwright's in the tests): Pagefind's package is async."""
    try:
        asyncio.get_running_loop()
    except RuntimeError:
        return asyncio.run(coroutine)
    with concurrent.futures.ThreadPoolExecutor(1) as pool:
        return pool.submit(asyncio.run, coroutine).result()


# Pagefind processes indexing parts at the same time: one uses about 1.4 of this
# machine's 2 cores; two keep both busy. Each holds its part's index (under 0.9 GB at
# 2,000 pages), while MkDocs's process has let its pages go (benchmarks/README.md).
PAGEFIND_AT_ONCE = 2


async def _index_parts(site: Path, parts: list[list[str]]) -> int:
    """Every part's index (``_index_part``), ``PAGEFIND_AT_ONCE`` at a time, in their own
    processes; returns the site's pages indexed. The words only other parts hold
    (``_vocabularies``: every page read again, 11 s at 5,000 documents) are found here,
    in a thread, while the first parts' Pagefind reads their pages, and each part is given
    its vocabulary page after its own pages, as before. Each part's index is what it was
    when the parts were indexed one after another, byte for byte.

    The first part is written first: Pagefind empties the directory it writes to, and the
    other parts' directories are inside the first's (``pagefind/part-1/``). Written at
    the same time, the first part's Pagefind deleted a second's files as it wrote them,
    and the second never answered (a build of 5,000 documents waited for it for 15
    minutes)."""
    if len(parts) == 1:
        return await _index_part(site, site / "pagefind", None, None)
    vocabularies = asyncio.get_running_loop().run_in_executor(None, _vocabularies, site, parts)
    running = asyncio.Semaphore(PAGEFIND_AT_ONCE)
    first_written = asyncio.Event()

    async def extra(k: int) -> tuple[str, str]:
        return VOCABULARY_URL.format(k=k), vocabulary_page((await vocabularies)[k])

    async def part(k: int) -> int:
        async with running:
            output = site / (PART_DIR.format(k=k) if k else "pagefind")
            try:
                return await _index_part(
                    site, output, glob_of(parts[k]), functools.partial(extra, k), first_written.wait if k else None
                )
            finally:
                if not k:
                    first_written.set()

    return sum(await asyncio.gather(*(part(k) for k in range(len(parts)))))


async def _index_part(
    site: Path,
    output: Path,
    glob: str | None,
    extra: Callable[[], Awaitable[tuple[str, str]]] | None,
    before_writing: Callable[[], Awaitable[Any]] | None = None,
) -> int:
    """Pagefind's index of the site's pages ``glob`` matches (all when None) and, after
    them, of the page ``extra`` gives (its URL and HTML) if any, written to ``output``
    once ``before_writing`` has returned; returns the site's pages indexed."""
    from pagefind.index import IndexConfig
    from pagefind.service import PagefindService

    config = IndexConfig(exclude_selectors=EXCLUDED, output_path=str(output))
    service = await PagefindService().launch()
    try:
        built = await _answered(service.create_index(config), output)
        found = await _answered(
            built.add_directory(str(site), glob=glob) if glob else built.add_directory(str(site)), output
        )
        if extra:
            url, content = await extra()
            await _answered(built.add_html_file(url=url, content=content), output)
        if before_writing:
            await before_writing()
        await _answered(built.write_files(), output)
        await _wait_for_writes(service._backend.pid, output)  # the package pinned: its process
    finally:
        await service.close()
    return int(found.get("page_count", 0))


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


async def _answered(request: Awaitable[Result], output: Path) -> Result:
    """Pagefind's answer to a request, or an error naming the index it was making when
    none comes within ``ANSWER_SECONDS``."""
    try:
        return await asyncio.wait_for(request, ANSWER_SECONDS)
    except TimeoutError:
        raise RuntimeError(f"Pagefind did not answer in {ANSWER_SECONDS:.0f} s while indexing {output}") from None


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
