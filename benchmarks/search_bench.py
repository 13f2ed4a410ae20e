"""The website's first search, in Chromium: what it downloads and how long it takes to answer.

    .venv/bin/python benchmarks/search_bench.py SITE_DIR [QUERY ...]

Serves a built site (``mkdocs build``), opens its home page in a fresh browser for each
query, waits until the page is loaded (the search worker then loads Pagefind's entry
files), types the query into Material's search box and prints, for each query: the
milliseconds from the last keystroke to the first result on screen, the bytes the
search fetched from the first keystroke on (index chunks, page fragments, the symbols
list), and the bytes the page fetched for search before it (the worker, Pagefind's
script, its WebAssembly and entry files; Material's index on the offline build).
"""

from __future__ import annotations

import functools
import http.server
import socketserver
import sys
import threading
import time
from pathlib import Path
from statistics import median

PHRASES = ["protection of migrants", "xenophobia", "human rights defenders", "right to development"]


def default_queries(site: Path) -> list[str]:
    """A document's symbol, short and whole (the site's middle document), and phrases."""
    import json

    shards = sorted((site / "search" / "symbols").glob("*.json"))
    symbols = [s for shard in shards for s in json.loads(shard.read_text(encoding="utf-8"))]
    symbols.sort(key=lambda s: s["symbol"])
    middle = symbols[len(symbols) // 2]
    return [middle["forms"][1] if len(middle["forms"]) > 1 else middle["symbol"], middle["symbol"], *PHRASES]


SEARCH_PATHS = ("/pagefind/", "/search/", "un-search-worker", "/workers/search")


class _Quiet(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:
        pass


def serve(root: Path) -> tuple[socketserver.ThreadingTCPServer, str]:
    handler = functools.partial(_Quiet, directory=str(root))
    server = socketserver.ThreadingTCPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server, f"http://127.0.0.1:{server.server_address[1]}/"


def first_search(browser, base: str, query: str) -> dict[str, float]:  # type: ignore[no-untyped-def]
    context = browser.new_context()
    page = context.new_page()
    fetched: list[tuple[float, str, int]] = []
    page.on("requestfinished", lambda r: fetched.append((time.perf_counter(), r.url, r.sizes()["responseBodySize"])))
    page.goto(base)
    page.wait_for_load_state("networkidle")
    page.click("input.md-search__input")
    started = time.perf_counter()
    page.keyboard.insert_text(query)
    page.keyboard.press("End")  # Material reads the box on key events
    typed = time.perf_counter()
    # answered: results on screen, or Material saying there are none
    page.wait_for_function(
        "document.querySelector('a.md-search-result__link') || "
        "/^No matching/.test(document.querySelector('.md-search-result__meta').textContent)",
        timeout=20000,
    )
    answered = time.perf_counter()
    results = page.locator("a.md-search-result__link").count()
    page.wait_for_load_state("networkidle")
    context.close()
    before = sum(size for when, url, size in fetched if when < started and any(p in url for p in SEARCH_PATHS))
    after = sum(size for when, _, size in fetched if when >= started)
    return {"ms": 1000 * (answered - typed), "search_kb": after / 1024, "preload_kb": before / 1024, "results": results}


def measure(site: Path, queries: list[str]) -> dict[str, float]:
    """Each query's figures printed; the median answer time and the largest download returned."""
    from playwright.sync_api import sync_playwright

    server, base = serve(site)
    rows = []
    try:
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path="/usr/bin/chromium", args=["--no-sandbox"])
            for query in queries:
                row = first_search(browser, base, query)
                rows.append(row)
                print(
                    f"  {query!r:>26}: {row['ms']:6.0f} ms, {row['search_kb']:7.0f} KB fetched by the query, "
                    f"{row['preload_kb']:7.0f} KB before it, {row['results']:3.0f} results",
                    flush=True,
                )
            browser.close()
    finally:
        server.shutdown()
    return {
        "first_search_ms": median(r["ms"] for r in rows),
        "first_search_worst_ms": max(r["ms"] for r in rows),
        "first_search_kb": max(r["search_kb"] + r["preload_kb"] for r in rows),
    }


def main() -> int:
    site = Path(sys.argv[1])
    summary = measure(site, sys.argv[2:] or default_queries(site))
    print(
        f"median {summary['first_search_ms']:.0f} ms (worst {summary['first_search_worst_ms']:.0f} ms); "
        f"at most {summary['first_search_kb']:.0f} KB for a first search"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
