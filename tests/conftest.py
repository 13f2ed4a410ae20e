"""Shared fixtures: the seed collection converted once, and the site built once."""

from __future__ import annotations

import os
import subprocess
import sys
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from hypothesis import settings

from build_scripts.model import Document
from build_scripts.pipeline import Collection, convert_directory

if TYPE_CHECKING:
    from playwright.sync_api import Browser

ROOT = Path(__file__).resolve().parent.parent
SOURCES = ROOT / "sources"
CHROMIUM = "/usr/bin/chromium"

# Hypothesis fails an example that takes over 200 ms: a test of a machine's load, not of
# the code (the suite runs beside builds); test_properties.py says so test by test
settings.register_profile("busy-machine", deadline=None)
settings.load_profile("busy-machine")


@pytest.fixture(scope="session")
def collection() -> Collection:
    return convert_directory(SOURCES)


@pytest.fixture(scope="session")
def docs(collection: Collection) -> dict[str, Document]:
    return collection.by_symbol()


def run_mkdocs(
    site_dir: Path,
    config: str = "mkdocs.yml",
    sources: Path | None = None,
    strict_sources: bool = False,
    settings: dict[str, str] | None = None,
) -> subprocess.CompletedProcess[str]:
    """``mkdocs build --strict`` as ``make site`` runs it; ``strict_sources`` as ``make site
    STRICT=1`` (a source file that cannot be read stops the build); ``settings``, more of
    the build's environment (``UN_DOCS_SEARCH_PART_PAGES``)."""
    env = dict(os.environ, NO_MKDOCS_2_WARNING="1", **(settings or {}))
    env.pop("UN_DOCS_STRICT_SOURCES", None)
    if strict_sources:
        env["UN_DOCS_STRICT_SOURCES"] = "1"
    if sources is not None:
        env["UN_DOCS_SOURCES"] = str(sources)
    return subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "--config-file", config, "--site-dir", str(site_dir)],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )


@pytest.fixture(scope="session")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The seed site, built with ``mkdocs build --strict`` exactly as ``make site`` does."""
    site_dir = tmp_path_factory.mktemp("site")
    result = run_mkdocs(site_dir)
    assert result.returncode == 0, result.stderr
    assert "WARNING" not in result.stderr, result.stderr
    return site_dir


@pytest.fixture(scope="session")
def offline_site(site: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The offline bundle, made from the seed site as ``make site`` makes it, unzipped."""
    from build_scripts.bundle import write_bundle

    bundle = tmp_path_factory.mktemp("dist") / "bundle.zip"
    write_bundle(site, bundle)
    unpacked = tmp_path_factory.mktemp("offline")
    with zipfile.ZipFile(bundle) as archive:
        archive.extractall(unpacked)
    return unpacked


def write_sources(directory: Path, files: dict[str, str | bytes]) -> Path:
    directory.mkdir(parents=True, exist_ok=True)
    for name, content in files.items():
        path = directory / name
        if isinstance(content, bytes):
            path.write_bytes(content)
        else:
            path.write_text(content, encoding="utf-8")
    return directory


@pytest.fixture(scope="session")
def browser() -> Iterator[Browser]:
    """One Chromium for every browser test of the session (Playwright's sync API allows
    one instance at a time)."""
    from playwright.sync_api import sync_playwright

    assert Path(CHROMIUM).exists(), "browser tests need Debian's chromium: apt-get install -y chromium"
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=CHROMIUM,
            args=["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update"],
        )
        yield browser
        browser.close()
