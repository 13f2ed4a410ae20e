"""``mkdocs serve`` end to end: an edit to a source shows in the served page, and the
rebuild it triggers is the only one (generated pages are not files MkDocs watches:
nothing it writes starts another build)."""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Callable
from pathlib import Path

from .conftest import ROOT

BUILT = "Documentation built in"


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def fetch(url: str) -> str:
    try:
        with urllib.request.urlopen(url, timeout=5) as response:
            return str(response.read().decode("utf-8"))
    except OSError:
        return ""


def wait_for(check: Callable[[], bool], seconds: float) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if check():
            return True
        time.sleep(0.25)
    return False


def test_an_edited_source_shows_in_the_served_page_after_one_rebuild(tmp_path: Path):
    sources = tmp_path / "sources"
    shutil.copytree(ROOT / "sources", sources)
    log = tmp_path / "serve.log"
    port = free_port()
    env = dict(os.environ, NO_MKDOCS_2_WARNING="1", UN_DOCS_SOURCES=str(sources), UN_DOCS_CACHE=str(tmp_path / "c"))
    command = [sys.executable, "-m", "mkdocs", "serve", "-a", f"127.0.0.1:{port}"]
    with log.open("w", encoding="utf-8") as out:
        server = subprocess.Popen(
            command, cwd=ROOT, env=env, stdout=out, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL
        )
    try:
        page = f"http://127.0.0.1:{port}/A/56/179/"
        assert wait_for(lambda: "tenth anniversary" in fetch(page), 120), log.read_text(encoding="utf-8")
        builds = log.read_text(encoding="utf-8").count(BUILT)
        report = next(sources.glob("004_*.txt"))
        text = report.read_text(encoding="utf-8")
        report.write_text(text.replace("tenth anniversary", "tenth (10th) anniversary"), encoding="utf-8")
        assert wait_for(lambda: "tenth (10th) anniversary" in fetch(page), 120), log.read_text(encoding="utf-8")
        time.sleep(3)  # time for a second rebuild, were the first to trigger one
        assert log.read_text(encoding="utf-8").count(BUILT) == builds + 1
        assert "Traceback" not in log.read_text(encoding="utf-8")
    finally:
        server.terminate()
        server.wait(timeout=30)
