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
import html
import json
import re
import time
from pathlib import Path
from typing import Any

from .paths import safe_join

ENGINE_KEY = "search_engine"  # in mkdocs.yml's extra: "pagefind" (default) or "lunr"
WORKER = "assets/un-search-worker.js"
# The symbols list, in shards by the number a symbol ends with (the last two digits of
# its last segment's first number): a query reads the one its number names, ~1/100
SYMBOLS = "search/symbols/{shard}.json"
SHARDS = 100
_LAST_NUMBER_RE = re.compile(r"\d+")
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
    for path, text in symbols_json(entries).items():
        shard = safe_join(site, path)
        shard.parent.mkdir(parents=True, exist_ok=True)
        shard.write_text(text, encoding="utf-8")
    return pages


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
