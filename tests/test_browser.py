"""The site in a real browser (Debian's chromium driven by Playwright), served on 127.0.0.1."""

from __future__ import annotations

import functools
import http.server
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Browser, Page, sync_playwright

from .conftest import ROOT

CHROMIUM = "/usr/bin/chromium"
SCREENSHOTS = ROOT / "site-screenshots"


@pytest.fixture(scope="session")
def server(site: Path) -> Iterator[str]:
    handler = functools.partial(_QuietHandler, directory=str(site))
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}/"
    httpd.shutdown()


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:
        pass


@pytest.fixture(scope="session")
def browser() -> Iterator[Browser]:
    assert Path(CHROMIUM).exists(), "browser tests need Debian's chromium: apt-get install -y chromium"
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=CHROMIUM,
            args=["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update"],
        )
        yield browser
        browser.close()


@pytest.fixture
def page(browser: Browser, server: str) -> Iterator[Page]:
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    page.errors: list[str] = []  # type: ignore[attr-defined]
    page.foreign: list[str] = []  # type: ignore[attr-defined]
    page.on("console", lambda msg: msg.type == "error" and page.errors.append(msg.text))  # type: ignore[attr-defined]
    page.on("pageerror", lambda exc: page.errors.append(str(exc)))  # type: ignore[attr-defined]
    page.on(
        "request", lambda req: req.url.startswith(server) or req.url.startswith("data:") or page.foreign.append(req.url)
    )  # type: ignore[attr-defined]
    yield page
    context.close()


def in_viewport(page: Page, selector: str) -> bool:
    box = page.locator(selector).bounding_box()
    return box is not None and 0 <= box["y"] < 900


def test_a_paragraph_anchor_opens_at_that_paragraph(page, server):
    page.goto(server + "A/RES/56/145/#op3")
    assert in_viewport(page, "#op3")
    assert page.locator("#op3").inner_text().startswith("3.")
    assert "only four more ratifications" in page.locator("#op3").inner_text()
    SCREENSHOTS.mkdir(exist_ok=True)
    page.screenshot(path=str(SCREENSHOTS / "resolution-op3.png"))
    assert page.errors == [] and page.foreign == []


def test_footnote_round_trip(page, server):
    page.goto(server + "A/RES/56/145/")
    page.click("#fnref8 a")
    page.wait_for_function("location.hash === '#fn8'")
    assert in_viewport(page, "#fn8")
    assert "A/56/179." in page.locator("#fn8").inner_text()
    page.click("#fn8 a.un-fn-back")
    page.wait_for_function("location.hash === '#fnref8'")
    assert in_viewport(page, "#fnref8")
    assert page.errors == [] and page.foreign == []


def test_permalink_puts_the_paragraph_in_the_address_bar(page, server):
    page.goto(server + "A/56/179/")
    page.click("#para6 a.un-pl")
    page.wait_for_function("location.hash === '#para6'")
    assert page.locator("#para6").get_attribute("data-cite") == "A/56/179, para. 6"
    page.screenshot(path=str(SCREENSHOTS / "report.png"), full_page=True)


def test_pages_render_without_errors(page, server):
    for path in ("", "documents/", "A/RES/54/158/", "E/CN.4/RES/2003/48/", "A/RES/58/166/", "cite/", "about/"):
        page.goto(server + path)
        assert page.locator("h1").count() == 1, path
    page.goto(server + "documents/")
    page.screenshot(path=str(SCREENSHOTS / "documents.png"), full_page=True)
    assert page.errors == [] and page.foreign == []
