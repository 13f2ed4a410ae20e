"""Real resolutions in a real browser: twelve official PDFs and eight text extractions of
three series (sessions 78-80), built with ``mkdocs build --strict``: an annex and its
anchors, many notes, an annexed convention's articles; the documents filter, a year of
the chronology, a series and its compare page, symbol search on the website (Pagefind)
and in the offline bundle (file://)."""

from __future__ import annotations

import functools
import re
import shutil
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import expect

from .conftest import run_mkdocs
from .test_browser import _QuietHandler, _Server, expect_in_viewport, search, shot, wait_for_fragment, watched_context

REAL = Path(__file__).parent / "fixtures" / "real"
SERIES = Path(__file__).parent / "fixtures" / "series"


@pytest.fixture(scope="module")
def real_sources(tmp_path_factory: pytest.TempPathFactory) -> Path:
    sources = tmp_path_factory.mktemp("real-sources")
    for path in [*REAL.glob("*.pdf"), *SERIES.glob("*.txt")]:
        shutil.copy(path, sources / path.name)
    return sources


@pytest.fixture(scope="module")
def real_site(tmp_path_factory: pytest.TempPathFactory, real_sources: Path) -> Path:
    """The website of the real documents, built once: served, and bundled for file://."""
    site = tmp_path_factory.mktemp("real-site")
    result = run_mkdocs(site, sources=real_sources)
    assert result.returncode == 0 and "WARNING" not in result.stderr, result.stderr
    return site


@pytest.fixture(scope="module")
def real_server(real_site: Path) -> Iterator[str]:
    httpd = _Server(("127.0.0.1", 0), functools.partial(_QuietHandler, directory=str(real_site)))
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
    expect_in_viewport(page, "#annex-para1")
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
    wait_for_fragment(page, "#fn10")
    assert "A/79/149, para. 61." in page.locator("#fn10").inner_text()
    page.click("#fn10 a.un-fn-back")
    wait_for_fragment(page, "#fnref10")
    expect_in_viewport(page, "#fnref10")
    shot(page, "real-notes")
    assert watch.clean(), watch


def test_an_article_of_an_annexed_convention(real):
    page, watch, server = real
    page.goto(server + "A/RES/80/162/#annex-art10-para1")
    expect_in_viewport(page, "#annex-art10-para1")
    assert page.locator("#annex-art10-para1").get_attribute("data-cite") == "A/RES/80/162, annex, art. 10, para. 1"
    assert watch.clean(), watch


def test_search_finds_a_real_resolution_by_symbol(real):
    page, watch, server = real
    page.goto(server)
    results = search(page, "80/162")
    assert results and results[0].startswith(server + "A/RES/80/162/")
    assert watch.clean(), watch


def test_the_documents_filter(real):
    page, watch, server = real
    page.goto(server + "documents/")
    rows = page.locator(".md-typeset table tbody tr")
    assert rows.count() == 20
    page.fill(".un-filter-input", "protection of migrants")
    visible = page.locator(".md-typeset table tbody tr:visible")
    expect(visible).to_have_count(2)
    assert sorted(visible.locator("td:nth-child(2)").all_inner_texts()) == ["A/RES/78/217", "A/RES/80/218"]
    assert page.locator(".un-filter-count").inner_text() == "2 of 20"
    shot(page, "real-documents-filter")
    assert watch.clean(), watch


def test_a_year_of_the_chronology(real):
    page, watch, server = real
    page.goto(server + "chronology/")
    page.click("svg.un-years a.un-year-bar[href='2023/']")
    page.wait_for_url("**/chronology/2023/")
    assert page.locator("h1").inner_text().startswith("Chronology: 2023")
    adoption = page.locator(".un-event", has_text="General Assembly adopts resolution 78/217")
    assert adoption.count() == 1 and "19 December 2023" in adoption.inner_text()
    page.fill(".un-filter-input", "A/RES/78/217")
    total = page.locator(".un-event").count()
    expect(page.locator(".un-filter-count")).to_have_text(re.compile(rf"^\d+ of {total}$"))  # filtered
    assert 0 < page.locator(".un-event:visible").count() < total
    shot(page, "real-chronology-2023", full_page=False)
    adoption.locator("a").first.click()
    wait_for_fragment(page, "#signature", path="/A/RES/78/217/")
    assert watch.clean(), watch


def test_a_series_and_its_compare_page(real):
    page, watch, server = real
    page.goto(server + "lineage/")
    section = page.locator("h2", has_text="Protection of migrants")
    assert section.count() == 1
    row = page.locator("tr", has_text="A/RES/80/218")
    assert row.locator("td").all_inner_texts()[2:8] == ["110", "71", "31", "8", "21", "65%"]
    shot(page, "real-series")
    row.locator("a", has_text="with the one before").click()
    page.wait_for_url("**/compare/A-RES-78-217--A-RES-80-218/")
    assert page.locator(".un-compare-row").count() == 71 + 31 + 8 + 21
    assert page.locator(".un-compare-row.un-unchanged").count() == 71
    page.locator(".un-compare-row a", has_text="A/RES/80/218, pp. 9").first.click()
    wait_for_fragment(page, "#pp9", path="/A/RES/80/218/")
    expect_in_viewport(page, "#pp9")
    assert watch.clean(), watch


def test_symbol_and_phrase_search_on_the_website(real):
    page, watch, server = real
    page.goto(server)
    results = search(page, "78/217")
    assert results[0] == server + "A/RES/78/217/"
    results = search(page, "International Migration Review Forum")
    assert any(r.startswith(server + "A/RES/80/218/#") for r in results), results
    shot(page, "real-search")
    assert watch.clean(), watch


def test_the_offline_bundle_searches_from_file(tmp_path_factory, real_site, browser):
    """The bundle made from the website's build (reading it only), as ``make site`` makes it."""
    import zipfile

    from build_scripts.bundle import write_bundle

    bundle = tmp_path_factory.mktemp("real-dist") / "bundle.zip"
    write_bundle(real_site, bundle)
    unpacked = tmp_path_factory.mktemp("real-offline")
    with zipfile.ZipFile(bundle) as archive:
        archive.extractall(unpacked)
    context, page, watch = watched_context(browser, "file://")
    try:
        page.goto((unpacked / "index.html").as_uri())
        results = search(page, "80/218")
        assert results[0].endswith("A/RES/80/218/index.html"), results
        results = search(page, "Migration Review Forum")
        assert any("A/RES/80/218/index.html#" in r for r in results), results
        assert watch.clean(), watch
    finally:
        context.close()
