"""One bad file never costs the collection (issue 27): a file that cannot be read is
left out, the site built from every other source, and the file listed with why (the
fidelity page, ``data/fidelity.json``, the end of the build's output). A strict build
(``strict_sources: true``, ``make site STRICT=1``, ``--strict``) stops at it instead,
the previous site untouched."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from build_scripts.build import generate
from build_scripts.cache import ConversionCache
from build_scripts.errors import SourceError
from build_scripts.pipeline import convert_directory
from build_scripts.sources import gather_sources

from .conftest import SOURCES, run_mkdocs
from .test_cli import run_cli

SEED_000 = (SOURCES / "000_b4a211301873ce80.txt").read_text(encoding="utf-8")
# What documents.un.org served for A/78/1 (littlehifive/ai-un-report's A_78_1.en.pdf)
PLACEHOLDER = (Path(__file__).parent / "fixtures" / "unread" / "document-does-not-exist.pdf").read_bytes()
# The bad files, each with what its reason must say
BAD = {
    "broken.pdf": (b"%PDF-1.4 garbage, no document here", "broken.pdf: not a readable PDF"),
    "old.doc": (b"an old Word file", "old.doc: a Word 97-2003 file (.doc) cannot be read; save it as .docx"),
    "empty.txt": (b"", "empty.txt: the file is empty"),
    "placeholder.pdf": (
        PLACEHOLDER,
        "placeholder.pdf: this is the page the UN's document system returns for a document it does not hold",
    ),
    "zz-copy.txt": (
        SEED_000.encode("utf-8"),
        "zz-copy.txt: symbol A/RES/56/145 is also the symbol of 000_b4a211301873ce80.txt; kept 000_b4a211301873ce80.txt",
    ),
}
SEED_SYMBOLS = ["A/56/179", "A/RES/54/158", "A/RES/56/145", "A/RES/58/166", "E/CN.4/RES/2003/48"]


@pytest.fixture
def damaged(tmp_path: Path) -> Path:
    """The seeds (with their collection.yml) and the bad files."""
    sources = tmp_path / "sources"
    shutil.copytree(SOURCES, sources)
    for name, (data, _) in BAD.items():
        (sources / name).write_bytes(data)
    return sources


def test_the_seed_symbols_are_the_documents_expected():
    """The list the tests below check pages against is the seeds' (or they prove nothing)."""
    assert sorted(d.symbol for d in convert_directory(SOURCES).documents) == sorted(SEED_SYMBOLS)


def test_the_conversion_keeps_every_good_source_and_lists_the_bad(damaged):
    collection = convert_directory(damaged)
    assert sorted(d.symbol for d in collection.documents) == sorted(SEED_SYMBOLS)
    assert "000_b4a211301873ce80.txt" in {d.source_file for d in collection.documents}
    assert [u.source_file for u in collection.unread] == sorted(BAD)
    for unread in collection.unread:
        assert unread.describe().startswith(BAD[unread.source_file][1])


def test_loading_refuses_each_file_and_loads_the_others(damaged):
    gathered = gather_sources(damaged)
    assert [u.source_file for u in gathered.unread] == ["old.doc", "empty.txt"]  # the PDF's bytes say PDF
    assert "broken.pdf" in {s.name for s in gathered.sources}


def test_a_strict_conversion_stops_at_the_first_bad_file(damaged):
    with pytest.raises(SourceError, match=r"^old\.doc: a Word 97-2003 file"):
        convert_directory(damaged, strict=True)
    for name in ("old.doc", "empty.txt"):
        (damaged / name).unlink()
    with pytest.raises(SourceError, match=r"^broken\.pdf: not a readable PDF"):
        convert_directory(damaged, strict=True)


def test_a_cached_build_lists_them_again_and_a_strict_one_still_stops(damaged, tmp_path):
    """The whole output taken from the cache carries the files left out; a strict build
    with the same sources is not let through by it."""
    cache = ConversionCache(tmp_path / "cache")
    first = generate(damaged, cache=cache)
    again = generate(damaged, cache=cache)
    assert again.unchanged and again.unread == first.unread
    assert [u.source_file for u in again.unread] == sorted(BAD)
    for name in ("old.doc", "empty.txt"):
        (damaged / name).unlink()
    assert [u.source_file for u in generate(damaged, cache=cache).unread] == [
        "broken.pdf",
        "placeholder.pdf",
        "zz-copy.txt",
    ]
    with pytest.raises(SourceError, match=r"^broken\.pdf: not a readable PDF"):
        generate(damaged, cache=cache, strict=True)


def test_mkdocs_builds_the_rest_and_lists_the_bad_files(damaged, tmp_path):
    """``mkdocs build --strict`` (make site): exit 0 and no warning, every good document
    has its page, the fidelity page and data list the bad files with why, and the end
    of the output names them."""
    site = tmp_path / "site"
    result = run_mkdocs(site, sources=damaged)
    assert result.returncode == 0, result.stderr
    assert "WARNING" not in result.stderr and "Traceback" not in result.stderr
    for symbol in SEED_SYMBOLS:
        assert (site / symbol / "index.html").is_file(), symbol
    page = (site / "fidelity" / "index.html").read_text(encoding="utf-8")
    assert "Sources not read" in page and f"{len(BAD)} source files were not read" in page
    assert page.index("Sources not read") < page.index("of body words kept")  # listed first
    for name in BAD:
        assert name in page
    assert "save it as .docx, .odt, PDF or plain text" in page
    records = json.loads((site / "data" / "fidelity.json").read_text(encoding="utf-8"))
    unread = {r["source_file"]: r for r in records if not r["read"]}
    assert sorted(unread) == sorted(BAD)
    for name, record in unread.items():
        assert f"{name}: {record['reason']}".startswith(BAD[name][1])
        assert record["symbol"] is None and record["source_words"] is None
    assert len([r for r in records if r["read"]]) == len(SEED_SYMBOLS)
    report = result.stderr[result.stderr.index(f"{len(BAD)} source files were not read") :]
    for name in BAD:
        assert BAD[name][1] in report
    assert "Documentation built" in report  # at the end, just before MkDocs says it is done


def test_strict_sources_stops_the_build_and_leaves_no_site(damaged, tmp_path):
    """``strict_sources: true`` in collection.yml; ``make site STRICT=1`` likewise."""
    settings = damaged / "collection.yml"
    settings.write_text(settings.read_text(encoding="utf-8") + "strict_sources: true\n", encoding="utf-8")
    site = tmp_path / "site"
    result = run_mkdocs(site, sources=damaged)
    assert result.returncode != 0
    assert "cannot build the collection: old.doc: a Word 97-2003 file" in result.stderr
    assert "Traceback" not in result.stderr
    assert not site.exists()
    settings.write_text(settings.read_text(encoding="utf-8").replace("strict_sources: true\n", ""), encoding="utf-8")
    result = run_mkdocs(site, sources=damaged, strict_sources=True)
    assert result.returncode != 0 and "old.doc: a Word 97-2003 file" in result.stderr
    assert not site.exists()


def test_the_command_line_lists_them_and_exits_0_unless_strict(damaged, tmp_path):
    out = tmp_path / "out"
    result = run_cli("--sources", str(damaged), "--out", str(out))
    assert result.returncode == 0, result.stderr
    assert "5 documents" in result.stdout
    assert result.stderr.startswith(f"warning: {len(BAD)} source files were not read")
    for name in BAD:
        assert BAD[name][1] in result.stderr
    assert all((out / f"{symbol}.md").is_file() for symbol in SEED_SYMBOLS)
    assert "## Sources not read" in (out / "fidelity" / "index.md").read_text(encoding="utf-8")
    strict = run_cli("--sources", str(damaged), "--out", str(tmp_path / "strict"), "--strict")
    assert strict.returncode == 2
    assert strict.stderr.startswith("error: old.doc: a Word 97-2003 file")
    assert not (tmp_path / "strict").exists()
