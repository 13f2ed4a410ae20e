"""Source text is text: markup, template syntax and attribute syntax in a source render
literally, inject nothing and break no page (end to end through MkDocs). A source's
symbol is a symbol: one that would lead a page out of the output is refused, with the
file named, and nothing is written outside the output (the converter's command line and
MkDocs)."""

from __future__ import annotations

import html as html_lib
import json
import re
from pathlib import Path

import pytest

from . import shapes
from .conftest import run_mkdocs, write_sources
from .htmlcheck import index_page
from .test_cli import run_cli

HOSTILE = [
    "<script>alert(1)</script>",
    '<img src=x onerror="alert(2)">',
    "[click](javascript:alert(3))",
    "*emphasis* and __strong__ and `code`",
    "text {#injected .evil}",
    "{{ config.site_name }} and {% raw %}",
    "back\\slash \\* \\\\",
    "&amp; &lt;b&gt; &#60;",
    "a | pipe | here",
    "<!-- a comment -->",
    "<http://example.org/autolink>",
    "[^1] and ![img](x.png)",
]
LINE_STARTS = ["# heading?", "> quote?", "- item?", "+ item?", "1) item?"]


@pytest.fixture(scope="module")
def hostile_site(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("hostile")
    paragraph = "Noting with concern " + " ".join(HOSTILE) + ","
    text = (
        shapes.word_ods()
        .replace(
            "\tNoting with concern the large and growing number",
            "\t"
            + paragraph
            + "\n\t"
            + "\n\t".join(f"{start} and text," for start in LINE_STARTS)
            + "\n\tNoting with concern the large and growing number",
        )
        .replace(
            "2 Resolution 217 A (III).", "2 Resolution 217 A (III). <script>alert(4)</script> {{ x }} [y](javascript:z)"
        )
    )
    sources = write_sources(tmp / "sources", {"hostile.txt": text})
    result = run_mkdocs(tmp / "site", sources=sources)
    assert result.returncode == 0, result.stderr
    assert "WARNING" not in result.stderr
    return tmp / "site", paragraph


def test_hostile_text_reaches_the_data_exactly(hostile_site):
    site, paragraph = hostile_site
    (record,) = map(json.loads, (site / "data/documents.jsonl").read_text(encoding="utf-8").splitlines())
    texts = [p["text"] for p in record["paragraphs"]]
    assert paragraph in texts
    for start in LINE_STARTS:
        assert f"{start} and text," in texts
    assert (
        record["footnotes"][1]["text"] == "Resolution 217 A (III). <script>alert(4)</script> {{ x }} [y](javascript:z)"
    )


def test_hostile_text_renders_literally_and_injects_nothing(hostile_site):
    site, _ = hostile_site
    html = (site / "A/RES/59/194/index.html").read_text(encoding="utf-8")
    page = index_page(site / "A/RES/59/194/index.html")
    body = html[html.index("<article") : html.index("</article>")]
    assert "<script" not in body
    assert not any(name.startswith("on") for e in page.elements for name in e.attrs)
    assert not any(link.attrs["href"].startswith("javascript:") for link in page.links)
    assert "injected" not in page.ids and not page.with_class("evil")
    assert not any(e.tag == "img" for e in page.elements)
    assert "<!-- a comment -->" not in body
    visible = html_lib.unescape(re.sub(r"<[^>]+>", "", body))
    for piece in HOSTILE:
        assert piece in visible, piece
    for start in LINE_STARTS:
        assert f"{start} and text," in visible, start
    assert "<script>alert(4)</script> {{ x }} [y](javascript:z)" in visible


def test_the_paragraph_structure_is_unchanged(hostile_site):
    site, _ = hostile_site
    page = index_page(site / "A/RES/59/194/index.html")
    ids = [e.attrs["id"] for e in page.elements if "un-para" in e.attrs.get("class", "")]
    assert ids[:10] == ["pp1", "pp2", "pp3", "pp4", "pp5", "pp6", "pp7", "pp8", "pp9", "op1"]
    assert not any(
        e.tag in ("h1", "h2", "blockquote", "ul", "ol") and "item?" in e.attrs.get("id", "") for e in page.elements
    )


# -- symbols that would lead out of the output ------------------------------------------

# front matter symbols of a Markdown export; "{tmp}" is the test's own directory, so that
# an absolute path that got through would land where the test can see it
ESCAPING_SYMBOLS = {
    "climbs out of the output": "../escaped/A",
    "climbs out of its parent": "../../escaped/A",
    "absolute": "{tmp}/escaped/A",
    "backslashes": "..\\..\\escaped\\A",
    "NUL": "A/RES/80\x00/../../../escaped/A",
    "newline": "A/RES/80/1\n../../escaped/A",
    "percent-encoded": "%2e%2e/%2e%2e/escaped/A",
    "query and fragment": "A/RES/80/1?x=../../escaped#A",
    "empty segments": "A//..//..//escaped/A",
    "very long": "/".join(["A", *["RES"] * 30, *[".."] * 31, "..", "..", "escaped", "A"]),
}


def files_outside(root: Path, *inside: Path) -> list[Path]:
    """Every file under ``root`` that is in none of the directories ``inside``."""
    return sorted(p for p in root.rglob("*") if p.is_file() and not any(p.is_relative_to(d) for d in inside))


# Either mode: strict, the refusal stops the build; not strict, the hostile file is left
# out and listed and the seed beside it built. Neither writes outside the output.
MODES = {"strict": True, "not strict": False}
SEED = (Path(__file__).parent.parent / "sources" / "000_b4a211301873ce80.txt").read_text(encoding="utf-8")


def cli_mode(strict: bool, result) -> None:  # type: ignore[no-untyped-def]
    """The run's exit status as its mode promises: 2 strict, else 0 with the file listed."""
    if strict:
        assert result.returncode == 2, result.stdout
    else:
        assert result.returncode == 0, result.stderr
        assert "1 source file was not read" in result.stderr


@pytest.mark.parametrize("strict", MODES.values(), ids=MODES.keys())
@pytest.mark.parametrize("symbol", ESCAPING_SYMBOLS.values(), ids=ESCAPING_SYMBOLS.keys())
def test_the_converter_refuses_a_front_matter_symbol_that_leads_out(tmp_path, symbol, strict):
    symbol = symbol.replace("{tmp}", str(tmp_path))
    sources = write_sources(tmp_path / "sources", {"hostile.md": shapes.markdown_export(symbol), "seed.txt": SEED})
    out = tmp_path / "build" / "out"
    result = run_cli("--sources", str(sources), "--out", str(out), *(["--strict"] if strict else []))
    cli_mode(strict, result)
    assert "hostile.md: " in result.stderr
    assert "is not a UN document symbol (e.g. A/RES/56/145" in result.stderr
    assert "fix the front matter" in result.stderr
    assert "Traceback" not in result.stderr
    assert files_outside(tmp_path, sources, out) == []
    assert (out / "A/RES/56/145.md").is_file() != strict


@pytest.mark.parametrize("strict", MODES.values(), ids=MODES.keys())
@pytest.mark.parametrize("symbol", ["../../escaped/B", "{tmp}/escaped/B", "A/RES/1\x00"])
def test_the_converter_refuses_a_sidecar_symbol_that_leads_out(tmp_path, symbol, strict):
    symbol = symbol.replace("{tmp}", str(tmp_path))
    sources = write_sources(
        tmp_path / "sources",
        {"r.md": shapes.markdown_report(), "r.meta.yaml": shapes.symbol_sidecar(symbol), "seed.txt": SEED},
    )
    out = tmp_path / "build" / "out"
    result = run_cli("--sources", str(sources), "--out", str(out), *(["--strict"] if strict else []))
    cli_mode(strict, result)
    assert "r.meta.yaml: " in result.stderr and "is not a UN document symbol" in result.stderr
    assert "fix the sidecar" in result.stderr
    assert "Traceback" not in result.stderr
    assert files_outside(tmp_path, sources, out) == []


@pytest.mark.parametrize("strict", MODES.values(), ids=MODES.keys())
@pytest.mark.parametrize("symbol", ["../escaped/A", "{tmp}/escaped/A"], ids=["climbs out", "absolute"])
def test_mkdocs_refuses_a_symbol_that_leads_out_and_writes_nothing(tmp_path, monkeypatch, symbol, strict):
    monkeypatch.setenv("UN_DOCS_CACHE", "off")  # converted now, not taken from an earlier build
    symbol = symbol.replace("{tmp}", str(tmp_path))
    sources = write_sources(tmp_path / "sources", {"hostile.md": shapes.markdown_export(symbol), "seed.txt": SEED})
    site = tmp_path / "build" / "site"
    result = run_mkdocs(site, sources=sources, strict_sources=strict)
    assert (result.returncode != 0) == strict, result.stderr
    assert "hostile.md: " in result.stderr and "is not a UN document symbol" in result.stderr
    assert "Traceback" not in result.stderr
    assert files_outside(tmp_path, sources, site) == []
    assert (site / "index.html").exists() != strict
    if not strict:  # the refusal is on the fidelity page, and the seed has its page
        assert "hostile.md" in (site / "fidelity" / "index.html").read_text(encoding="utf-8")
        assert (site / "A/RES/56/145/index.html").is_file()


def test_a_real_front_matter_symbol_still_builds(tmp_path):
    """The refusals above are the symbol's: the same export with a real symbol converts."""
    sources = write_sources(tmp_path / "sources", {"export.md": shapes.markdown_export("A/RES/80/999")})
    out = tmp_path / "build" / "out"
    result = run_cli("--sources", str(sources), "--out", str(out))
    assert result.returncode == 0, result.stderr
    assert (out / "A/RES/80/999.md").is_file() and (out / "data/akn/A/RES/80/999.xml").is_file()
    assert files_outside(tmp_path, sources, out) == []
