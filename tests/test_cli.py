"""``python -m build_scripts`` and the MkDocs hook: exit codes and messages on bad input."""

from __future__ import annotations

import subprocess
import sys

from .conftest import ROOT, SOURCES, run_mkdocs, write_sources

SEED_000 = (SOURCES / "000_b4a211301873ce80.txt").read_text(encoding="utf-8")


def run_cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "build_scripts", *args], cwd=ROOT, capture_output=True, text=True, check=False
    )


def test_cli_writes_pages_and_data(tmp_path):
    out = tmp_path / "out"
    result = run_cli("--sources", str(SOURCES), "--out", str(out))
    assert result.returncode == 0, result.stderr
    assert "5 documents" in result.stdout
    assert (out / "A/RES/56/145.md").is_file() and (out / "data/documents.json").is_file()
    assert '<p id="op3" class="un-para un-operative"' in (out / "A/RES/56/145.md").read_text(encoding="utf-8")


def test_cli_bad_source_gives_a_message_and_leaves_the_old_output(tmp_path):
    """--strict: the first bad file stops the conversion; without it, a collection of
    only bad files stops too (nothing to publish). Either way the old output stays."""
    out = tmp_path / "out"
    assert run_cli("--sources", str(SOURCES), "--out", str(out)).returncode == 0
    bad = write_sources(tmp_path / "bad", {"notes.txt": "milk\neggs\n"})
    for strict, message in ((["--strict"], "notes.txt: text of unknown shape"), ([], "notes.txt: no source could")):
        result = run_cli("--sources", str(bad), "--out", str(out), *strict)
        assert result.returncode == 2
        assert message in result.stderr
        assert "Traceback" not in result.stderr
        assert (out / "A/RES/56/145.md").is_file()


def test_mkdocs_build_stops_cleanly_on_a_bad_source(tmp_path):
    bad = write_sources(tmp_path / "bad", {"empty.txt": "", "a.txt": SEED_000})
    result = run_mkdocs(tmp_path / "site", sources=bad, strict_sources=True)
    assert result.returncode != 0
    assert "empty.txt: the file is empty" in result.stderr
    assert "Traceback" not in result.stderr
    assert not (tmp_path / "site" / "index.html").exists()


def test_mkdocs_serve_watches_the_sources(monkeypatch, tmp_path):
    """``mkdocs serve`` rebuilds when a source or sidecar changes."""
    from mkdocs.config.defaults import MkDocsConfig

    from build_scripts import hook

    watched: list[str] = []

    class FakeServer:
        def watch(self, path: str) -> None:
            watched.append(path)

    config = MkDocsConfig(config_file_path=str(ROOT / "mkdocs.yml"))
    config["extra"] = {"sources_dir": "sources"}
    monkeypatch.delenv(hook.SOURCES_ENV, raising=False)
    hook.on_serve(FakeServer(), config, None)
    assert watched == [str(SOURCES)]
    monkeypatch.setenv(hook.SOURCES_ENV, str(tmp_path))
    assert hook.sources_dir(config) == tmp_path


def test_a_failed_build_leaves_the_previous_site_untouched(tmp_path):
    """A strict build stopped at a bad file, and a build with no file it could read,
    leave the previous site as it was."""
    site = tmp_path / "site"
    assert run_mkdocs(site).returncode == 0
    before = {p: p.read_bytes() for p in site.rglob("*") if p.is_file()}
    bad = write_sources(tmp_path / "bad", {"binary.txt": b"\x00\x01\x02 not text", "a.txt": SEED_000})
    result = run_mkdocs(site, sources=bad, strict_sources=True)
    assert result.returncode != 0 and "binary.txt: binary file" in result.stderr
    (bad / "a.txt").unlink()
    result = run_mkdocs(site, sources=bad)
    assert result.returncode != 0 and "binary.txt: no source could be read: binary file" in result.stderr
    assert {p: p.read_bytes() for p in site.rglob("*") if p.is_file()} == before
