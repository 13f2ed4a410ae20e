"""The site in a real browser: Debian's chromium driven by Playwright.

Served on 127.0.0.1, and as the offline bundle opened from file://. Every page load
is watched: no console error, no failed request, no request leaving the machine.
Screenshots land in site-screenshots/ (git-ignored) for review.
"""

from __future__ import annotations

import functools
import http.server
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import Browser, BrowserContext, Page, Request

from .conftest import ROOT

SCREENSHOTS = ROOT / "site-screenshots"
LOCAL_SCHEMES = ("data:", "blob:", "about:")


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:
        pass


@pytest.fixture(scope="session")
def server(site: Path) -> Iterator[str]:
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(_QuietHandler, directory=str(site)))
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}/"
    httpd.shutdown()


@pytest.fixture(scope="session")
def offline(offline_site: Path) -> str:
    """The offline bundle as `make site` makes it from the website, unzipped somewhere else."""
    return offline_site.as_uri() + "/"


@dataclass
class Watch:
    """What a page did that it should not have."""

    errors: list[str] = field(default_factory=list)
    failed: list[str] = field(default_factory=list)
    foreign: list[str] = field(default_factory=list)

    def clean(self) -> bool:
        return not (self.errors or self.failed or self.foreign)


def watched_context(browser: Browser, origin: str) -> tuple[BrowserContext, Page, Watch]:
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    watch = Watch()

    def route(route, request: Request) -> None:  # type: ignore[no-untyped-def]
        if request.url.startswith(origin) or request.url.startswith(LOCAL_SCHEMES):
            route.continue_()
        else:
            watch.foreign.append(request.url)
            route.abort()

    context.route("**/*", route)
    page = context.new_page()
    page.on("console", lambda msg: msg.type == "error" and watch.errors.append(msg.text))
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


def in_viewport(page: Page, selector: str) -> bool:
    box = page.locator(selector).bounding_box()
    return box is not None and 0 <= box["y"] < 900


def search(page: Page, query: str) -> list[str]:
    """Type a query into Material's search; the result links, best first.

    The search worker loads its index in the background: a query typed before it is
    ready gets no answer, so the query is typed again until results come.
    """
    for _ in range(10):
        page.fill("input.md-search__input", "")
        page.locator("input.md-search__input").press_sequentially(query, delay=20)
        try:
            page.wait_for_selector("a.md-search-result__link", state="attached", timeout=3000)
            break
        except Exception:
            continue
    page.wait_for_timeout(300)
    hrefs = page.eval_on_selector_all("a.md-search-result__link", "els => els.map(e => e.href)")
    return [href.split("?")[0] + ("#" + href.split("#")[1] if "#" in href else "") for href in hrefs]


# -- reading and citing ---------------------------------------------------------


def test_a_paragraph_anchor_opens_at_that_paragraph(online, server):
    page, watch = online
    page.goto(server + "A/RES/56/145/#op3")
    assert in_viewport(page, "#op3")
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
    page.wait_for_function("location.hash === '#fn8'")
    assert in_viewport(page, "#fn8")
    assert "A/56/179." in page.locator("#fn8").inner_text()
    page.click("#fn8 a.un-fn-back")
    page.wait_for_function("location.hash === '#fnref8'")
    assert in_viewport(page, "#fnref8")
    assert watch.clean(), watch


def test_copy_citation_gives_symbol_paragraph_and_link(online, server):
    page, watch = online
    page.context.grant_permissions(["clipboard-read", "clipboard-write"], origin=server.rstrip("/"))
    page.goto(server + "A/RES/56/145/")
    page.click("#op3 .un-cite-button")
    expected = f"A/RES/56/145, op. 3 — {server}A/RES/56/145/#op3"
    page.wait_for_function("document.getElementById('un-cite-status')?.textContent.length > 0")
    assert page.inner_text("#un-cite-status") == f"Copied: {expected}"
    assert page.evaluate("navigator.clipboard.readText()") == expected
    page.goto(server + "A/56/179/")
    page.click("#para6 .un-cite-button")
    assert page.evaluate("navigator.clipboard.readText()") == f"A/56/179, para. 6 — {server}A/56/179/#para6"
    assert watch.clean(), watch


def test_permalink_puts_the_paragraph_in_the_address_bar(online, server):
    page, _ = online
    page.goto(server + "A/56/179/")
    page.click("#para6 a.un-pl")
    page.wait_for_function("location.hash === '#para6'")
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
    results = [result.removeprefix(server) for result in search(page, "the rights of migrant workers")]
    assert results and results[0].startswith(("A/RES/", "E/CN.4/", "A/56/")), results
    assert watch.clean(), watch


def test_a_search_result_opens_the_paragraph(online, server):
    page, _ = online
    page.goto(server)
    search(page, "Marshall Islands")
    page.click("a.md-search-result__link[href*='#para5']")
    page.wait_for_function("location.hash === '#para5'")
    assert in_viewport(page, "#para5")


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
    assert page.url.endswith("A/RES/56/145/index.html")
    page.click("#fnref8 a")
    page.wait_for_function("location.hash === '#fn8'")
    page.click("#fn8 a.un-cite")
    page.wait_for_load_state()
    assert page.url.endswith("A/56/179/index.html")
    page.goto(offline + "A/RES/56/145/index.html#op3")
    assert in_viewport(page, "#op3")
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
    visible = page.locator(".un-event:visible").count()
    assert 0 < visible < total
    assert all(
        "A/RES/58/166" in s
        for s in page.eval_on_selector_all(".un-event:visible", "els => els.map(e => e.dataset.sources)")
    )
    assert page.locator(".un-filter-count").inner_text() == f"{visible} of {total}"
    page.fill(".un-filter-input", "")
    assert page.locator(".un-event:visible").count() == total
    page.click("svg.un-timeline a.un-mark >> nth=0")
    page.wait_for_function("location.hash.startsWith('#ev-2003')")
    assert watch.clean(), watch


def test_documents_filter(online, server):
    page, watch = online
    page.goto(server + "documents/")
    rows = page.locator(".md-typeset table tbody tr")
    assert rows.count() == 5
    page.fill(".un-filter-input", "56/")
    assert page.locator(".md-typeset table tbody tr:visible").count() == 2  # A/RES/56/145 and A/56/179
    page.fill(".un-filter-input", "commission human")
    assert page.locator(".md-typeset table tbody tr:visible").count() == 1
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
