"""Documents the converter has never seen, in each known shape, build without code changes."""

from __future__ import annotations

from datetime import date

import pytest

from build_scripts.pipeline import convert_directory
from build_scripts.readers import choose_reader

from . import shapes
from .conftest import SOURCES, run_mkdocs, write_sources

RESOLUTION_SHAPES = {
    "markdown-superscript": shapes.markdown_superscript,
    "word-ods": shapes.word_ods,
    "pdf-text": shapes.pdf_text,
}


@pytest.mark.parametrize("shape", sorted(RESOLUTION_SHAPES))
def test_a_new_resolution_in_each_shape(tmp_path, shape):
    text = RESOLUTION_SHAPES[shape]()
    assert choose_reader(text, "new.txt").name == shape
    (doc,) = convert_directory(write_sources(tmp_path, {"new.txt": text})).documents
    assert doc.symbol == "A/RES/59/194"
    assert doc.title == shapes.TITLE
    assert doc.adopted == date(2004, 12, 20)
    assert doc.meeting == "74th plenary meeting"
    assert doc.session == 59
    assert [(p.id, p.text) for p in doc.all_paragraphs()] == shapes.EXPECTED_PARAGRAPHS
    assert [(n.marker, n.text) for n in doc.footnotes] == list(shapes.NOTES.items())
    placed = {p.id: [r.marker for r in p.footnote_refs] for p in doc.all_paragraphs() if p.footnote_refs}
    assert placed == {"pp1": ["1"], "pp2": ["2"], "op2": ["3"]}
    if shape != "pdf-text":
        assert doc.distributed == date(2005, 2, 9)
        assert doc.agenda_item == "105 (b)"
        assert doc.based_on == "A/59/503/Add.2"


def test_a_new_web_page_resolution(tmp_path):
    text = shapes.ohchr_web()
    assert choose_reader(text, "web.md").name == "ohchr-web"
    (doc,) = convert_directory(write_sources(tmp_path, {"web.md": text})).documents
    assert doc.symbol == "E/CN.4/RES/2004/53"
    assert doc.body == "Commission on Human Rights"
    assert doc.title == shapes.TITLE
    assert doc.vote == "by a recorded vote of 35 votes to none, with 17 abstentions"
    assert doc.based_on == "E/CN.4/2004/L.11/Add.5"
    assert [p.text for p in doc.all_paragraphs()] == shapes.CHR_PREAMBLE + [t for _, t in shapes.CHR_OPERATIVE]


def test_a_new_report_with_sections_and_page_breaks(tmp_path):
    text = shapes.markdown_report()
    assert choose_reader(text, "report.md").name == "markdown-report"
    sidecar = "symbol:\n  value: A/59/287\n  why: not printed in this text (test)\n"
    (doc,) = convert_directory(write_sources(tmp_path, {"report.md": text, "report.meta.yaml": sidecar})).documents
    assert doc.symbol == "A/59/287" and doc.doc_type == "report"
    assert doc.agenda_item == "105 (a) of the provisional agenda"
    assert [(p.id, p.kind) for p in doc.paragraphs] == [
        ("h1", "heading"),
        ("para1", "numbered"),
        ("para2", "numbered"),
        ("h2", "heading"),
        ("para3", "numbered"),
    ]
    texts = {p.id: p.text for p in doc.paragraphs}
    assert texts["para1"] == shapes.REPORT_PARAGRAPHS[0].rstrip("¹")
    assert texts["para2"] == shapes.REPORT_PARAGRAPHS[1]
    assert [(n.id, n.marker, n.text) for n in doc.footnotes] == [
        ("fn-star", "*", "A/59/150."),
        ("fn1", "1", "See A/58/221."),
    ]


def test_new_documents_build_into_a_site(tmp_path):
    sources = write_sources(
        tmp_path / "sources",
        {
            "a.txt": shapes.pdf_text(),
            "b.md": shapes.ohchr_web(),
            "c.md": shapes.markdown_report(),
            "c.meta.yaml": "symbol:\n  value: A/59/287\n  why: test\n",
        },
    )
    result = run_mkdocs(tmp_path / "site", sources=sources)
    assert result.returncode == 0, result.stderr
    assert "WARNING" not in result.stderr
    for page in ("A/RES/59/194", "E/CN.4/RES/2004/53", "A/59/287"):
        assert (tmp_path / "site" / page / "index.html").is_file()
    assert 'id="op2b"' in (tmp_path / "site" / "A/RES/59/194/index.html").read_text(encoding="utf-8")


def test_a_pdf_text_with_its_masthead(tmp_path):
    text = shapes.pdf_text_with_masthead()
    assert choose_reader(text, "new.txt").name == "pdf-text"
    (doc,) = convert_directory(write_sources(tmp_path, {"new.txt": text})).documents
    assert doc.symbol == "A/RES/59/194"
    assert (doc.distributed, doc.session, doc.agenda_item, doc.based_on) == (
        date(2005, 2, 9),
        59,
        "105 (b)",
        "A/59/503/Add.2",
    )
    assert "session" not in doc.provenance  # stated in the masthead, not derived
    assert [(p.id, p.text) for p in doc.all_paragraphs()] == shapes.EXPECTED_PARAGRAPHS
    assert [(n.marker, n.text) for n in doc.footnotes] == list(shapes.NOTES.items())
    assert [e for e in doc.log if e.kind == "warning"] == []
    removed = {e.removed for e in doc.log if e.kind == "removed"}
    assert {"04-48871", "2 A/RES/59/194"} <= removed


def test_a_markdown_resolution_without_any_notes(tmp_path):
    text = (SOURCES / "000_b4a211301873ce80.txt").read_text(encoding="utf-8")
    text = "\n".join(line for line in text.split("\n") if not (line and line[0] in "¹²³⁴⁵⁶⁷⁸⁹"))
    text = text.translate({ord(c): None for c in "¹²³⁴⁵⁶⁷⁸⁹"})
    assert choose_reader(text, "plain.txt").name == "markdown-superscript"
    (doc,) = convert_directory(write_sources(tmp_path, {"plain.txt": text})).documents
    assert doc.symbol == "A/RES/56/145" and doc.footnotes == []
    assert len(doc.all_paragraphs()) == 16
