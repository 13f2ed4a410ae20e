"""The site in a real browser: Debian's chromium driven by Playwright.

Served on 127.0.0.1, and as the offline bundle opened from file://. Every page load
is watched: no console error, no failed request, no request leaving the machine.
Screenshots land in site-screenshots/ (git-ignored) for review.

A test waits for what it checks (a locator's text or count, an element in the window,
search results), never for a fixed time, and as long as a busy machine may need
(``PATIENCE_MS``); a console error counts while its page is the one shown (``Watch``).
"""

from __future__ import annotations

import contextlib
import functools
import http.server
import json
import re
import sys
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import Browser, BrowserContext, ConsoleMessage, Page, Request, Worker, expect

from .conftest import ROOT

SCREENSHOTS = ROOT / "site-screenshots"
LOCAL_SCHEMES = ("data:", "blob:", "about:")
# How long a test waits for what it checks (actions, expect): generous, since a wait ends
# as soon as the thing is there (an idle machine loads Pagefind in well under a second)
PATIENCE_MS = 60_000
expect.set_options(timeout=PATIENCE_MS)
# Every page notes the fragments its address has had (the one it opened with, then each
# jump), so a test reads that a jump happened whatever the page did after it (the site
# leaves Material's navigation.tracking off: it rewrote the fragment 250 ms after a jump)
_FRAGMENTS = (
    "window.__fragments = [location.hash];"
    " addEventListener('hashchange', () => window.__fragments.push(location.hash));"
)


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:
        pass


class _Server(http.server.ThreadingHTTPServer):
    """A browser that leaves a page cuts the downloads it no longer needs: a connection
    closed mid-response is the client's choice, not a fault to print (others still are)."""

    def handle_error(self, request: object, client_address: object) -> None:
        if not isinstance(sys.exc_info()[1], ConnectionError):
            super().handle_error(request, client_address)  # type: ignore[arg-type]


@contextlib.contextmanager
def serving(directory: Path) -> Iterator[str]:
    """A built site over HTTP, at the address given."""
    httpd = _Server(("127.0.0.1", 0), functools.partial(_QuietHandler, directory=str(directory)))
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}/"
    finally:
        httpd.shutdown()


@pytest.fixture(scope="session")
def server(site: Path) -> Iterator[str]:
    """The seed site over HTTP, once built: ``site`` returns when ``mkdocs build`` has
    exited, its Pagefind files written whole (build_scripts/search_engine.py), and no
    fixture writes to the directory after."""
    with serving(site) as address:
        yield address


@pytest.fixture(scope="session")
def offline(offline_site: Path) -> str:
    """The offline bundle as `make site` makes it from the website, unzipped somewhere else."""
    return offline_site.as_uri() + "/"


@dataclass
class Watch:
    """What the page under test did that it should not have.

    A console error counts while its document is the one the test is on. Once the test
    leaves a page (a navigation request of the main frame), that page's workers are set
    aside: their errors go to ``left``, not counted. A search worker still reading
    Pagefind's entry file when its page is left gets the body cut short and logs
    "Failed to load Pagefind metadata" (a JSON syntax error), which Chromium reports
    after the next page has begun: seen with the file's bytes held back by the server,
    as a busy machine holds them back. Errors of the page itself, and of any worker not
    known to belong to a page left, always count.
    """

    errors: list[str] = field(default_factory=list)
    failed: list[str] = field(default_factory=list)
    foreign: list[str] = field(default_factory=list)
    left: list[str] = field(default_factory=list)
    workers: list[Worker] = field(default_factory=list, repr=False)  # of the page shown
    gone: list[Worker] = field(default_factory=list, repr=False)  # of the pages left

    def clean(self) -> bool:
        return not (self.errors or self.failed or self.foreign)

    def worker_started(self, worker: Worker) -> None:
        self.workers.append(worker)

    def page_left(self) -> None:
        self.gone.extend(self.workers)
        self.workers.clear()

    def console(self, message: ConsoleMessage) -> None:
        if message.type != "error":
            return
        worker = message.worker
        if worker is not None and any(worker is gone for gone in self.gone):
            self.left.append(message.text)
        else:
            self.errors.append(message.text)


def watched_context(browser: Browser, origin: str) -> tuple[BrowserContext, Page, Watch]:
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    context.set_default_timeout(PATIENCE_MS)
    context.add_init_script(_FRAGMENTS)
    watch = Watch()

    def route(route, request: Request) -> None:  # type: ignore[no-untyped-def]
        if request.url.startswith(origin) or request.url.startswith(LOCAL_SCHEMES):
            route.continue_()
        else:
            watch.foreign.append(request.url)
            route.abort()

    context.route("**/*", route)
    page = context.new_page()

    def request(request: Request) -> None:
        if request.is_navigation_request() and request.frame == page.main_frame:
            watch.page_left()

    page.on("request", request)
    page.on("worker", watch.worker_started)
    page.on("console", watch.console)
    page.on("pageerror", lambda exc: watch.errors.append(str(exc)))
    # a request cut short because the test navigated away (ERR_ABORTED) is no broken link
    page.on(
        "requestfailed",
        lambda req: req.url.startswith(origin) and req.failure != "net::ERR_ABORTED" and watch.failed.append(req.url),
    )
    return context, page, watch


@pytest.fixture
def online(browser: Browser, server: str) -> Iterator[tuple[Page, Watch]]:
    context, page, watch = watched_context(browser, server)
    yield page, watch
    context.close()


@pytest.fixture
def from_file(browser: Browser, offline: str) -> Iterator[tuple[Page, Watch]]:
    context, page, watch = watched_context(browser, "file://")
    yield page, watch
    context.close()


def shot(page: Page, name: str, full_page: bool = False) -> None:
    SCREENSHOTS.mkdir(exist_ok=True)
    page.screenshot(path=str(SCREENSHOTS / f"{name}.png"), full_page=full_page)


def expect_in_viewport(page: Page, selector: str) -> None:
    """Wait until the element's top is in the window: the browser scrolls to an anchor as
    the page lays out, which a loaded machine does late."""
    page.wait_for_function(
        "s => { const box = document.querySelector(s)?.getBoundingClientRect();"
        " return Boolean(box) && box.top >= 0 && box.top < innerHeight; }",
        arg=selector,
    )


def wait_for_fragment(page: Page, fragment: str, path: str = "", prefix: bool = False) -> None:
    """Wait until the page whose path ends with ``path`` has had ``fragment`` in its
    address (a fragment starting with it, with ``prefix``): it stays there only 250 ms
    after a jump (``_FRAGMENTS``)."""
    page.wait_for_function(
        "([path, fragment, prefix]) => location.pathname.endsWith(path)"
        " && (window.__fragments || []).some(f => prefix ? f.startsWith(fragment) : f === fragment)",
        arg=[path, fragment, prefix],
    )


def search(page: Page, query: str) -> list[str]:
    """Enter a query in Material's search box; the result links shown for it, best first.

    The query goes in whole, then a key is released (Material asks its worker on keyup):
    typed key by key, every prefix was a query of its own whose answer could be the one
    read. The box is emptied first and the list seen empty, so no earlier query's results
    are read either. Material sends the query once its worker is ready; the worker may
    still be loading its index: the wait is for the results, not for a time.
    """
    box = page.locator("input.md-search__input")
    links = page.locator("a.md-search-result__link")
    box.fill("")
    box.press("End")  # Material asks for "" (answered at once with nothing)
    expect(links).to_have_count(0)
    box.fill(query)
    box.press("End")
    expect(links.first).to_be_attached()  # Material renders a result with its whole list
    hrefs: list[str] = links.evaluate_all("els => els.map(e => e.href)")
    return [href.split("?")[0] + ("#" + href.split("#")[1] if "#" in href else "") for href in hrefs]


# -- the watch ------------------------------------------------------------------

# a worker of the page that logs one console error
_WORKER_ERROR = "text => new Worker(URL.createObjectURL(new Blob([`console.error(${JSON.stringify(text)})`])))"


def test_the_watch_counts_the_errors_of_the_page_shown_not_of_a_page_left(online, server):
    """A worker's error counts while its page is shown; once the test has left the page,
    an error its worker still reports is set aside (as Chromium reports the search
    worker's cut-off fetch after the next page has begun), and the next page's count."""
    page, watch = online
    page.goto(server + "about/")
    with page.expect_console_message(lambda m: m.text == "first page") as logged:
        page.evaluate(_WORKER_ERROR, "first page")
    assert watch.errors == ["first page"]
    assert any(logged.value.worker is worker for worker in watch.workers)  # as Playwright names it
    first_page_workers = list(watch.workers)
    page.goto(server + "cite/")
    assert all(any(worker is gone for gone in watch.gone) for worker in first_page_workers)
    assert not any(worker is gone for worker in watch.workers for gone in first_page_workers)
    watch.console(_LateError(text="cut off", worker=first_page_workers[-1]))  # type: ignore[arg-type]
    assert "cut off" in watch.left and "cut off" not in watch.errors
    with page.expect_console_message(lambda m: m.text == "second page"):
        page.evaluate(_WORKER_ERROR, "second page")
    assert watch.errors == ["first page", "second page"]
    assert not watch.clean()


@dataclass
class _LateError:
    """A console error as Playwright gives it, from a worker of a page already left."""

    text: str
    worker: Worker
    type: str = "error"


# -- reading and citing ---------------------------------------------------------


def test_a_paragraph_anchor_opens_at_that_paragraph(online, server):
    page, watch = online
    page.goto(server + "A/RES/56/145/#op3")
    expect_in_viewport(page, "#op3")
    assert page.locator("#op3").inner_text().startswith("3.")
    assert "only four more ratifications" in page.locator("#op3").inner_text()
    shot(page, "resolution-op3")
    assert watch.clean(), watch


def test_footnote_round_trip_and_tooltip(online, server):
    page, watch = online
    page.goto(server + "A/RES/56/145/")
    page.focus("#fnref8 a")
    tooltip = page.wait_for_selector(".md-tooltip2--active")
    assert tooltip.inner_text().strip() == "A/56/179."
    page.click("#fnref8 a")
    wait_for_fragment(page, "#fn8")
    expect_in_viewport(page, "#fn8")
    assert "A/56/179." in page.locator("#fn8").inner_text()
    page.click("#fn8 a.un-fn-back")
    wait_for_fragment(page, "#fnref8")
    expect_in_viewport(page, "#fnref8")
    assert watch.clean(), watch


def test_copy_citation_gives_symbol_paragraph_and_link(online, server):
    page, watch = online
    page.context.grant_permissions(["clipboard-read", "clipboard-write"], origin=server.rstrip("/"))
    page.goto(server + "A/RES/56/145/")
    page.click("#op3 .un-cite-button")
    expected = f"A/RES/56/145, op. 3 — {server}A/RES/56/145/#op3"
    expect(page.locator("#un-cite-status")).to_have_text(f"Copied: {expected}")
    assert page.evaluate("navigator.clipboard.readText()") == expected
    page.goto(server + "A/56/179/")
    page.click("#para6 .un-cite-button")
    expected = f"A/56/179, para. 6 — {server}A/56/179/#para6"
    expect(page.locator("#un-cite-status")).to_have_text(f"Copied: {expected}")  # the copy is asynchronous
    assert page.evaluate("navigator.clipboard.readText()") == expected
    assert watch.clean(), watch


def test_permalink_puts_the_paragraph_in_the_address_bar(online, server):
    page, _ = online
    page.goto(server + "A/56/179/")
    page.click("#para6 a.un-pl")
    wait_for_fragment(page, "#para6")
    assert page.locator("#para6").get_attribute("data-cite") == "A/56/179, para. 6"
    shot(page, "report", full_page=True)


def test_keyboard_reaches_permalinks_and_footnotes(online, server):
    page, _ = online
    page.goto(server + "A/RES/56/145/")
    reached: set[str] = set()
    for _ in range(150):
        page.keyboard.press("Tab")
        reached.add(
            page.evaluate(
                "(e => (e.matches('a.un-pl') ? 'permalink' : 'other') + e.getAttribute('href'))(document.activeElement)"
            )
        )
        if "permalink#pp1" in reached and "other#fn1" in reached:
            break
    assert "permalink#pp1" in reached  # the first preambular paragraph's permalink
    assert "other#fn1" in reached  # the first footnote reference


def test_palette_toggle_switches_to_dark(online, server):
    page, _ = online
    page.goto(server + "A/RES/56/145/")
    before = page.get_attribute("body", "data-md-color-scheme")
    page.click("form[data-md-component=palette] label:visible")
    page.wait_for_function(f"document.body.getAttribute('data-md-color-scheme') !== '{before}'")
    assert page.get_attribute("body", "data-md-color-scheme") in {"default", "slate"}
    shot(page, "resolution-other-palette")


def test_print_stylesheet_shows_the_document_only(online, server):
    page, _ = online
    page.goto(server + "A/RES/56/145/")
    page.emulate_media(media="print")
    assert page.eval_on_selector(".md-sidebar--primary", "e => getComputedStyle(e).display") == "none"
    assert page.eval_on_selector(".md-header", "e => getComputedStyle(e).display") == "none"
    assert page.eval_on_selector("#fn8", "e => getComputedStyle(e).display") != "none"
    after = page.eval_on_selector("a.un-cite[href^='https']", "e => getComputedStyle(e, '::after').content")
    assert "undocs.org" in after


def test_pages_render_without_errors(online, server):
    page, watch = online
    for path in (
        "",
        "documents/",
        "references/",
        "A/RES/54/158/",
        "E/CN.4/RES/2003/48/",
        "A/RES/58/166/",
        "cite/",
        "about/",
        "data/",
    ):
        page.goto(server + path)
        assert page.locator("h1").count() == 1, path
        assert page.get_attribute("html", "lang") == "en"
    shot(page, "about")
    page.goto(server)
    shot(page, "home")
    page.goto(server + "documents/")
    shot(page, "documents", full_page=True)
    assert watch.clean(), watch


# -- search ---------------------------------------------------------------------

SEARCHES = [
    ("56/145", "A/RES/56/145/", True),
    ("A/RES/56/145", "A/RES/56/145/", True),
    ("2003/48", "E/CN.4/RES/2003/48/", True),
    ("A/56/179", "A/56/179/", True),
    ("Marshall Islands", "A/56/179/#para5", False),
    ("xenophobia", "A/RES/56/145/#op1", False),
    ("Special Rapporteur", "E/CN.4/RES/2003/48/#op8", False),
    ("45/158", "A/RES/58/166/#pp8", False),
]


@pytest.mark.parametrize(("query", "expected", "first"), SEARCHES)
def test_search_finds_documents_and_paragraphs(online, server, query, expected, first):
    page, watch = online
    page.goto(server)
    results = search(page, query)
    assert server + expected in results, results
    if first:
        assert results[0] == server + expected
    if query == "Marshall Islands":
        shot(page, "search-result")
    assert watch.clean(), watch


def test_a_symbol_typed_with_words_gives_its_document_first_with_its_paragraphs(online, server):
    """ "78/217 human rights" is a reader looking in one document: that document first,
    named with its facts as a symbol typed alone gives it, and under it its paragraphs
    holding the other words; then the others. Before, only a symbol typed alone was read
    as one, and Pagefind ranked a document numbered 217 of another session above
    A/RES/78/217 (real collection)."""
    page, watch = online
    page.goto(server)
    _in_page_worker(page, server)
    forms = page.evaluate("symbolForms('56/145 migrant workers, A/56/179.')")
    assert forms == ["56/145MIGRANTWORKERS,A/56/179.", "56/145", "A/56/179"], forms
    assert page.evaluate("otherWords('56/145 migrant workers')") == ["migrant", "workers"]
    assert page.evaluate("otherWords('S/RES/242 (1967)')") == []
    assert page.evaluate("otherWords('2003/48 travailleurs migrants')") == ["travailleurs", "migrants"]
    assert page.evaluate("otherWords('56/145 права')") == ["права"]  # any script's letters
    groups = page.evaluate("search('56/145 migrant workers').then(r => r.items)")
    first = groups[0]
    assert first[0]["location"] == "A/RES/56/145/" and first[0]["text"], first[0]  # its facts
    assert len(first) > 1 and all(item["location"].startswith("A/RES/56/145/#") for item in first[1:]), first
    assert first[1]["score"] == first[0]["score"]  # the best shown, not folded under "more on this page"
    assert [group[0]["location"] for group in groups].count("A/RES/56/145/") == 1
    assert len(groups) > 1  # then the other documents holding the words
    # a symbol alone: the document with its facts, its own paragraphs not listed
    alone = page.evaluate("search('56/145').then(r => r.items)")
    assert len(alone[0]) == 1 and alone[0][0]["location"] == "A/RES/56/145/", alone[0]
    assert watch.clean(), watch


def test_search_finds_the_documents_not_the_pages_that_repeat_them(online, server):
    """Compare pages, the chronology and the references repeat the documents' words:
    search answers with the documents' own paragraphs (then the home page, which cites
    45/158 too)."""
    page, watch = online
    page.goto(server)
    results = [result.removeprefix(server) for result in search(page, "45/158")]
    documents = [n for n, result in enumerate(results) if result.startswith(("A/RES/", "E/CN.4/", "A/56/"))]
    assert documents == list(range(len(documents))), results  # first; then the site's own pages
    assert not any(result.startswith(("compare/", "chronology/", "references/")) for result in results), results
    assert "A/RES/58/166/#pp8" in results
    assert watch.clean(), watch


def test_search_leaves_out_common_words_unless_quoted(online, server):
    """Pagefind has no stop words: "right to development" fetched the index of "to", its
    largest chunks (real corpus: 685-769 ms, 734 KB for "the situation of human rights in";
    260-338 ms, 377 KB without the common words; benchmarks/README.md)."""
    page, watch = online
    page.goto(server)
    page.add_script_tag(url=server + "assets/un-search-worker.js")  # its functions, in the page
    assert page.evaluate("lookup('right to development')") == "right development"
    assert page.evaluate("lookup('The situation of human rights in')") == "situation human rights"
    assert page.evaluate("lookup('of the')") == "of the"  # nothing else to look up
    assert page.evaluate("""lookup('"right to development"')""") == '"right to development"'
    from build_scripts.search_engine import symbol_shard

    from .writers.test_search_forms import SHARDED

    typed = [*SHARDED, "242 (1967)", "A/HRC/RES", "56/145"]
    assert page.evaluate("forms => forms.map(symbolShard)", typed) == [symbol_shard(form) for form in typed]
    results = [result.removeprefix(server) for result in search(page, "the rights of migrant workers")]
    assert results and results[0].startswith(("A/RES/", "E/CN.4/", "A/56/")), results
    assert watch.clean(), watch


def _in_page_worker(page: Page, server: str) -> None:
    """The search worker's script run in the page itself (its functions and state as
    globals, its messages the window's), started as Material starts it."""
    page.add_script_tag(url=server + "assets/un-search-worker.js")
    page.evaluate("dispatchEvent(new MessageEvent('message', {data: {type: 0}}))")  # SETUP


def test_search_loads_pagefind_before_materials_first_message(online, server):
    """The worker loads Pagefind, its word list and the index's parts as it starts, not
    when Material's first message comes (from a file, the shim's frame hands that message
    0.1 s after the script runs): with no message at all, the engine is ready, and the
    files read ahead are the ones Pagefind reads."""
    page, watch = online
    page.goto(server)
    page.add_script_tag(url=server + "assets/un-search-worker.js")  # no SETUP sent
    page.wait_for_function("merged !== null")
    ahead = page.evaluate("Object.keys(early).sort()")
    assert ahead[0] == "pagefind/pagefind-entry.json" and len(ahead) == 3, ahead
    assert {name.rsplit(".", 1)[-1] for name in ahead[1:]} == {"pf_meta", "pagefind"}, ahead
    assert watch.clean(), watch


def test_search_warms_pagefind_up_with_the_word_of_the_build(online, server, site):
    """As it loads Pagefind, the worker looks up the word the build chose (search/warmup.json;
    tests/writers/test_search_warmup.py), so that a first query runs optimised code."""
    page, watch = online
    page.goto(server)
    word = json.loads((site / "search" / "warmup.json").read_text(encoding="utf-8"))["word"]
    assert word
    _in_page_worker(page, server)
    page.wait_for_function("w => warmed === w", arg=word)
    assert page.evaluate("searched") == []  # no query of its own: no answer to show
    assert watch.clean(), watch


def test_search_while_typing_searches_the_last_query(online, server):
    """Material asks on every key released; queries typed while a search runs wait, and
    only the last of them is searched, then answered."""
    page, watch = online
    page.goto(server)
    _in_page_worker(page, server)
    typed = ["m", "ma", "mar", "marshall", "Marshall Islands"]
    page.evaluate(
        "typed => { window.shown = [];"
        " addEventListener('message', e => e.data.type === 3 && shown.push(e.data.data.items.flat().map(i => i.location)));"
        " typed.forEach(q => dispatchEvent(new MessageEvent('message', {data: {type: 2, data: q}}))); }",
        typed,
    )
    page.wait_for_function("answered === 'Marshall Islands'")
    assert page.evaluate("searched") == ["m", "Marshall Islands"]
    shown = page.evaluate("shown")
    assert len(shown) == 1 and "A/56/179/#para5" in shown[0], shown  # the answer to the last only
    assert watch.clean(), watch


def test_a_search_result_opens_the_paragraph(online, server):
    page, _ = online
    page.goto(server)
    search(page, "Marshall Islands")
    page.click("a.md-search-result__link[href*='#para5']")
    wait_for_fragment(page, "#para5", path="/A/56/179/")
    expect_in_viewport(page, "#para5")


# -- accessibility --------------------------------------------------------------


@pytest.mark.parametrize(
    "path",
    [
        "",
        "documents/",
        "references/",
        "A/RES/56/145/",
        "A/56/179/",
        "A/RES/54/158/",
        "cite/",
        "fidelity/",
        "fidelity/documents/",
        "chronology/2003/",
        "compare/A-RES-56-145--A-RES-58-166/",
        "data/",
    ],
)
def test_no_serious_accessibility_violation(online, server, path):
    page, _ = online
    page.goto(server + path)
    violations = Axe().run(page).response["violations"]
    serious = [(v["id"], v["nodes"][0]["target"]) for v in violations if v["impact"] in ("serious", "critical")]
    assert serious == []


# -- offline bundle -------------------------------------------------------------


def test_offline_bundle_pages_links_and_anchors(from_file, offline):
    page, watch = from_file
    page.goto(offline + "index.html")
    page.click("a[href='documents/index.html'] >> nth=0")
    page.click("a[href='../A/RES/56/145/index.html'] >> nth=0")
    page.wait_for_url("**/A/RES/56/145/index.html")
    page.click("#fnref8 a")
    wait_for_fragment(page, "#fn8")
    page.click("#fn8 a.un-cite")
    page.wait_for_url("**/A/56/179/index.html")
    page.goto(offline + "A/RES/56/145/index.html#op3")
    expect_in_viewport(page, "#op3")
    shot(page, "offline-resolution")
    assert watch.clean(), watch


def test_offline_bundle_search(from_file, offline):
    page, watch = from_file
    page.goto(offline + "index.html")
    results = search(page, "Marshall Islands")
    assert any(r.endswith("A/56/179/index.html#para5") for r in results), results
    results = search(page, "A/RES/56/145")
    assert results[0].endswith("A/RES/56/145/index.html")
    assert watch.clean(), watch


# -- chronology -------------------------------------------------------------------


def test_chronology_overview_year_page_and_filter(online, server):
    page, watch = online
    page.goto(server + "chronology/")
    shot(page, "chronology", full_page=True)
    page.click("svg.un-years a.un-year-bar >> nth=0")  # the first year's bar opens its page
    page.wait_for_url("**/chronology/1990/")
    page.goto(server + "chronology/2003/")
    shot(page, "chronology-2003", full_page=True)
    total = page.locator(".un-event").count()
    assert total == 4  # 2003's events (the seeds' chronology, read by hand)
    page.fill(".un-filter-input", "A/RES/58/166")
    expect(page.locator(".un-filter-count")).to_have_text(re.compile(rf"^\d+ of {total}$"))  # filtered
    visible = page.locator(".un-event:visible").count()
    assert 0 < visible < total
    assert all(
        "A/RES/58/166" in s
        for s in page.eval_on_selector_all(".un-event:visible", "els => els.map(e => e.dataset.sources)")
    )
    assert page.locator(".un-filter-count").inner_text() == f"{visible} of {total}"
    page.fill(".un-filter-input", "")
    expect(page.locator(".un-event:visible")).to_have_count(total)
    page.click("svg.un-timeline a.un-mark >> nth=0")
    wait_for_fragment(page, "#ev-2003", prefix=True)
    assert watch.clean(), watch


def test_documents_filter(online, server):
    page, watch = online
    page.goto(server + "documents/")
    rows = page.locator(".md-typeset table tbody tr")
    assert rows.count() == 5
    page.fill(".un-filter-input", "56/")
    expect(page.locator(".md-typeset table tbody tr:visible")).to_have_count(2)  # A/RES/56/145 and A/56/179
    page.fill(".un-filter-input", "commission human")
    expect(page.locator(".md-typeset table tbody tr:visible")).to_have_count(1)
    assert watch.clean(), watch


def test_chronology_is_accessible(online, server):
    page, _ = online
    page.goto(server + "chronology/")
    violations = Axe().run(page).response["violations"]
    assert [(v["id"], v["nodes"][0]["target"]) for v in violations if v["impact"] in ("serious", "critical")] == []


# -- data for researchers ----------------------------------------------------------


def test_the_data_page_and_the_network_figure(online, server):
    page, watch = online
    page.goto(server + "data/")
    shot(page, "data", full_page=True)
    sizes = page.locator(".un-size").all_inner_texts()
    assert len(sizes) >= 10 and all(s.endswith(("KB", "MB", "bytes", "files")) for s in sizes), sizes
    href = page.locator("a", has_text="documents.csv").first.get_attribute("href")
    table = page.request.get(server + "data/" + href).text()  # the link names the file
    assert table.startswith("symbol,body,type,") and table.count("\n") == 6
    page.goto(server + "references/")
    figure = page.locator("img.un-network")
    figure.scroll_into_view_if_needed()
    page.wait_for_function("document.querySelector('img.un-network').naturalWidth > 0")
    assert figure.bounding_box()["width"] > 500
    shot(page, "references-network")
    page.goto(server + "A/RES/56/145/")
    xml = page.locator("a", has_text="Akoma Ntoso XML").evaluate("a => a.href")  # resolved
    assert xml == server + "data/akn/A/RES/56/145.xml"
    assert "<docNumber>A/RES/56/145</docNumber>" in page.request.get(xml).text()
    results = search(page, "codebook variable")  # the Data page is searchable, as a guide
    assert any(result.startswith(server + "data/") for result in results), results
    assert watch.clean(), watch


def test_the_offline_bundle_has_the_data_and_the_figure(from_file, offline):
    page, watch = from_file
    page.goto(offline + "references/index.html")
    page.wait_for_function("document.querySelector('img.un-network').naturalWidth > 0")
    page.goto(offline + "data/index.html")
    assert "not built" not in page.content()
    for name in ("documents.csv", "citations.csv", "citations.graphml", "README.md", "akn/A/RES/56/145.xml"):
        assert (Path(offline.removeprefix("file://")) / "data" / name).is_file(), name
    assert watch.clean(), watch


# every form of the anchor grammar (build_scripts/anchors.py), and ids that are none
ANCHOR_FORMS = [
    "pp1", "op3", "op3a", "op3aa", "op3a-ii", "op1-ii", "op3-p1", "op3a-p2", "para16-i3-p1", "op3-i2",
    "op3-i8-i1", "op3-i1a", "op3-2", "op3-2a", "annex", "annex-2", "annex-para3", "annex-2-pp3", "annex-p1",
    "secXXV-op1", "annex-art12-para1", "annex-artiv-para2", "annex-art12 bis-para1", "chapi-para1",
    "chapviii-para3a", "draft2-op3", "draft1-secB-op2", "annex-2-draft1-secA-op1a", "annex-draft1-pp2", "st2-para3",
    "annex-st1-para2a", "annex-rule15-para1", "annex-part2-para1", "p3", "h2",
    "u1", "u1-i2", "table2", "figure1", "annex-figure2", "para5-i10", "fn8", "fn-star", "fn-star2", "fn-dagger",
    "fn-ddagger", "fn-x3",
]  # fmt: skip


def test_the_search_cites_every_anchor_as_the_pages_do(online, server):
    """The worker names a paragraph found as the site cites it (``anchors.label``) for
    every form of the anchor grammar; an id the grammar does not make (a heading's slug)
    is none of its paragraphs. Before, "chapi-para1", "para5-i10" or "figure1" were none,
    and the words found in them were given to the paragraph before."""
    from build_scripts import anchors

    page, watch = online
    page.goto(server)
    page.add_script_tag(url=server + "assets/un-search-worker.js")  # its functions, in the page
    assert all(anchors.parse(form) is not None for form in ANCHOR_FORMS)
    others = ["introduction", "title", "op3-02", "op3-1", "fn-star1", "secA-secB-op1"]
    assert not any(anchors.parse(other) for other in others)
    cited = page.evaluate("ids => ids.map(citation)", [*ANCHOR_FORMS, *others])
    assert cited == [anchors.label(form) for form in ANCHOR_FORMS] + [None] * len(others)
    assert cited[ANCHOR_FORMS.index("chapi-para1")] == "chap. I, para. 1"
    assert cited[ANCHOR_FORMS.index("st2-para3")] == "statement 2, para. 3"
    assert watch.clean(), watch
