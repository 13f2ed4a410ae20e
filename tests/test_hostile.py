"""Source text is text: markup, template syntax and attribute syntax in a source render
literally, inject nothing and break no page (end to end through MkDocs)."""

from __future__ import annotations

import html as html_lib
import json
import re

import pytest

from . import shapes
from .conftest import run_mkdocs, write_sources
from .htmlcheck import index_page

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
