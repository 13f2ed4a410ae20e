"""Real resolutions from their official PDFs, in a real browser: an annex and its anchors,
many notes, an annexed convention's articles; built with ``mkdocs build --strict``."""

from __future__ import annotations

import functools
import http.server
import shutil
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from .conftest import run_mkdocs
from .test_browser import _QuietHandler, in_viewport, search, shot, watched_context

REAL = Path(__file__).parent / "fixtures" / "real"
PDFS = ("A_RES_78_1.pdf", "A_RES_80_112.pdf", "A_RES_80_162.pdf")


@pytest.fixture(scope="module")
def real_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    sources = tmp_path_factory.mktemp("real-sources")
    for name in PDFS:
        shutil.copy(REAL / name, sources / name)
    site = tmp_path_factory.mktemp("real-site")
    result = run_mkdocs(site, sources=sources)
    assert result.returncode == 0 and "WARNING" not in result.stderr, result.stderr
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(_QuietHandler, directory=str(site)))
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}/"
    httpd.shutdown()


@pytest.fixture
def real(browser, real_server):
    context, page, watch = watched_context(browser, real_server)
    yield page, watch, real_server
    context.close()


def test_an_annex_paragraph_opens_where_it_is_cited(real):
    page, watch, server = real
    page.goto(server + "A/RES/78/1/#annex-para1")
    assert in_viewport(page, "#annex-para1")
    paragraph = page.locator("#annex-para1")
    assert paragraph.get_attribute("data-cite") == "A/RES/78/1, annex, para. 1"
    assert paragraph.inner_text().startswith("1.")
    # the annex after the sign-off, its title and sections as headings of the page
    assert page.locator("#signature").inner_text().startswith("15th plenary meeting")
    assert page.locator("h2#annex").inner_text().strip().startswith("Annex")
    assert "I. Our shared commitment" in page.locator("h3#annex-h2").inner_text()
    shot(page, "real-annex")
    assert watch.clean(), watch


def test_notes_of_a_pdf_link_both_ways(real):
    page, watch, server = real
    page.goto(server + "A/RES/80/112/")
    page.click("#fnref10 a")
    page.wait_for_function("location.hash === '#fn10'")
    assert "A/79/149, para. 61." in page.locator("#fn10").inner_text()
    page.click("#fn10 a.un-fn-back")
    page.wait_for_function("location.hash === '#fnref10'")
    assert in_viewport(page, "#fnref10")
    shot(page, "real-notes")
    assert watch.clean(), watch


def test_an_article_of_an_annexed_convention(real):
    page, watch, server = real
    page.goto(server + "A/RES/80/162/#annex-art10-para1")
    assert in_viewport(page, "#annex-art10-para1")
    assert page.locator("#annex-art10-para1").get_attribute("data-cite") == "A/RES/80/162, annex, art. 10, para. 1"
    assert watch.clean(), watch


def test_search_finds_a_real_resolution_by_symbol(real):
    page, watch, server = real
    page.goto(server)
    results = search(page, "80/162")
    assert results and results[0].startswith(server + "A/RES/80/162/")
    assert watch.clean(), watch
