"""The offline bundle's search from ``file://``, in Chromium: how soon a first query is
answered after a page loads, what it reads, how much memory the page then holds.

    .venv/bin/python benchmarks/offline_bench.py [--pause MS] SITE_DIR_OR_BUNDLE_ZIP [QUERY ...]

Given a built site (``mkdocs build``), makes its bundle as ``make site`` does; given a
bundle, unzips it. For each query, a fresh browser context opens the bundle's home page
from the file, waits for the page's load event, types the query and waits for the first
result. Printed per query: milliseconds from the load event to the first result, the
kilobytes the search read from the bundle (the worker's own count of the files it read:
Pagefind's entry, WebAssembly, index chunks and fragments, the symbols), with the worker's
and Pagefind's scripts, the JS heap of the page (with the frame the search runs in) after the
answer, the results shown, and any request that left the machine (there must be none).
With ``--pause MS``, the box takes the focus at the load event (from a file, Material
starts its search worker then) and the query is typed MS later, as a reader types it:
milliseconds from the keystroke to the first result.
"""

from __future__ import annotations

import base64
import sys
import tempfile
import time
import zipfile
from pathlib import Path
from statistics import median

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from benchmarks.search_bench import default_queries  # noqa: E402
from build_scripts.bundle import write_bundle  # noqa: E402

COMMON_WORDS = "the situation of human rights in"
WORKER = "assets/un-search-worker.js"
CLASSIC = "pagefind/pagefind.classic.js"


def _with_symbols(offline: Path) -> Path:
    """An unzipped bundle with its symbols list as the website has it (for the queries)."""
    for script in (offline / "search" / "symbols").glob("*.json.js"):
        data = base64.b64decode(script.read_text(encoding="utf-8").split('"')[3])
        script.with_suffix("").write_bytes(data)
    return offline


def unpacked_bundle(given: Path, work: Path) -> Path:
    """The bundle of ``given`` (a site or a zip), unzipped into ``work``."""
    bundle = given
    if given.is_dir():
        bundle = work / "bundle.zip"
        write_bundle(given, bundle)
    target = work / "offline"
    with zipfile.ZipFile(bundle) as archive:
        archive.extractall(target)
    return target


def first_search(browser, home: str, query: str, pause_ms: int = 0) -> dict[str, float]:  # type: ignore[no-untyped-def]
    context = browser.new_context()
    foreign: list[str] = []

    def route(route, request) -> None:  # type: ignore[no-untyped-def]
        if request.url.startswith(("file:", "data:", "blob:", "about:")):
            route.continue_()
        else:
            foreign.append(request.url)
            route.abort()

    context.route("**/*", route)
    page = context.new_page()
    page.goto(home)
    page.wait_for_load_state("load")
    if pause_ms:
        page.focus("input.md-search__input")
        page.wait_for_timeout(pause_ms)  # a reader's pause, not a wait for something
    loaded = time.perf_counter()
    page.fill("input.md-search__input", query)
    page.press("input.md-search__input", "End")  # Material reads the box on key events
    # answered: the worker (in the frame Material's shim made) has answered this query,
    # and its results, or Material's saying there are none, are on screen
    page.wait_for_function(
        "q => [...document.querySelectorAll('iframe')].some(f => f.contentWindow.answered === q) && "
        "(document.querySelector('a.md-search-result__link') || "
        "/^No matching/.test(document.querySelector('.md-search-result__meta').textContent))",
        arg=query,
        timeout=60_000,
    )
    answered = time.perf_counter()
    results = page.locator("a.md-search-result__link").count()
    read = 0.0
    for frame in page.frames:  # the search runs in the frame Material's shim made
        read = max(read, frame.evaluate("typeof bytesRead === 'number' ? bytesRead : 0"))
    cdp = context.new_cdp_session(page)
    cdp.send("HeapProfiler.collectGarbage")
    heap = cdp.send("Runtime.getHeapUsage")["usedSize"]
    context.close()
    return {
        "ms": 1000 * (answered - loaded),
        "read_kb": read / 1024,
        "heap_mb": heap / 1e6,
        "results": results,
        "foreign": len(foreign),
    }


def measure(given: Path, queries: list[str] | None = None, pause_ms: int = 0) -> dict[str, float]:
    """Each query's figures printed; the median and worst answer, the most read and the
    largest heap returned."""
    from playwright.sync_api import sync_playwright

    rows = []
    with tempfile.TemporaryDirectory() as work:
        offline = unpacked_bundle(given, Path(work))
        if queries is None:
            queries = [*default_queries(given if given.is_dir() else _with_symbols(offline)), COMMON_WORDS]
        # what the worker loads besides the files it counts: itself and Pagefind's script
        code = sum((offline / name).stat().st_size for name in (WORKER, CLASSIC))
        home = (offline / "index.html").as_uri()
        since = "keystroke" if pause_ms else "page loaded"
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path="/usr/bin/chromium", args=["--no-sandbox"])
            for query in queries:
                row = first_search(browser, home, query, pause_ms)
                row["read_kb"] += code / 1024
                rows.append(row)
                print(
                    f"  {query!r:>36}: {row['ms']:6.0f} ms after the {since}, {row['read_kb']:6.0f} KB read, "
                    f"heap {row['heap_mb']:5.1f} MB, {row['results']:3.0f} results, "
                    f"{row['foreign']:.0f} requests off the machine",
                    flush=True,
                )
            browser.close()
    return {
        "offline_search_ms": median(r["ms"] for r in rows),
        "offline_search_worst_ms": max(r["ms"] for r in rows),
        "offline_search_kb": max(r["read_kb"] for r in rows),
        "offline_heap_mb": max(r["heap_mb"] for r in rows),
        "offline_foreign_requests": sum(r["foreign"] for r in rows),
    }


def main() -> int:
    args = sys.argv[1:]
    pause_ms = 0
    if args[:1] == ["--pause"] and len(args) > 1:
        pause_ms, args = int(args[1]), args[2:]
    if not args or args[0] in ("-h", "--help"):
        print(__doc__, file=sys.stderr)
        return 0 if args else 2
    if not Path(args[0]).exists():
        print(f"{args[0]}: no such site or bundle; build one first (make site)", file=sys.stderr)
        return 2
    summary = measure(Path(args[0]), args[1:] or None, pause_ms)
    since = "keystroke" if pause_ms else "page loaded"
    print(
        f"from file://: median {summary['offline_search_ms']:.0f} ms after the {since} "
        f"(worst {summary['offline_search_worst_ms']:.0f} ms); at most {summary['offline_search_kb']:.0f} KB read "
        f"and {summary['offline_heap_mb']:.1f} MB of JS heap; "
        f"{summary['offline_foreign_requests']:.0f} requests off the machine"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
