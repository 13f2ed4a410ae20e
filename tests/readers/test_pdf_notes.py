"""Notes and their markers as four real pages print them (tests/fixtures/notes): a marker
raised with its stop, a table's notes marked "a/", a star set before the bracket it marks,
and a corrigendum quoting the marker and note it inserts."""

from __future__ import annotations

from pathlib import Path

from build_scripts.pipeline import convert_source
from build_scripts.readers import pdf
from build_scripts.readers.base import RawDocument
from build_scripts.readers.pdf_layout import PdfLine, Span, read_pdf
from build_scripts.repairs.markers import sentinel, split_markers
from build_scripts.sources import Source

NOTES = Path(__file__).parent.parent / "fixtures" / "notes"


def _read(name: str) -> RawDocument:
    return pdf.read_layout(read_pdf(name, (NOTES / name).read_bytes()), name)


def _line(*spans: tuple[str, bool], y: float = 600.0) -> PdfLine:
    return PdfLine(2, 72.0, 400.0, y, 10.0, False, tuple(Span(t, r) for t, r in spans), 612.0, 792.0)


def test_a_marker_raised_with_its_stop_marks_the_sentence_before() -> None:
    """DP/FPA/2025/6, page 7: "... four were vacant." and the next line opening "⁵·" (the
    marker and a stop both raised): note 5 is marked there, the stop kept as text."""
    raw = _read("DP_FPA_2025_6_p7.en.pdf")
    assert [n.marker for n in raw.notes] == ["4", "5"]
    block = next(b for b in raw.blocks if "four were vacant" in b.text)
    text, markers = split_markers(block.text)
    assert [m for m, _ in markers] == ["5"]
    assert f"were vacant.\n{sentinel('5')}. The four vacancies" in block.text
    assert "vacant.\n. The four" in text


def test_a_tables_notes_marked_a_slash_are_marked_a() -> None:
    """DP/OPS/2025/4, page 8: table 2's cells "5ᵃ/", "7ᵇ/", "3ᶜ/" and its notes "ᵃ/ In
    collating ...": notes a, b and c, each marked in its cell (the row "Assurance and
    advisory reviews": 15, 5ᵃ, 1, 1, 0, 8), the slashes the markers' (logged), the notes'
    texts opening with their words."""
    raw = _read("DP_OPS_2025_4_p8.en.pdf")
    assert [(n.marker, n.text[:13]) for n in raw.notes[:3]] == [
        ("a", "In collating "),
        ("b", "In collating "),
        ("c", "Projects rece"),
    ]
    marked = [m for b in raw.blocks for m, _ in split_markers(b.text)[1]]
    assert marked == ["a", "c", "b", "10"]
    table = next(b for b in raw.blocks if b.kind == "table" and b.table is not None)
    assert table.table is not None
    row = next(
        r for r in table.table.rows if any(sentinel("a") in table.text[s:e] for c in r.cells for s, e in c.spans)
    )
    assert [" ".join(table.text[s:e] for s, e in c.spans) for c in row.cells][1:] == [
        "15",
        f"5{sentinel('a')}",
        "1",
        "1",
        "0",
        "8",
    ]
    assert sum(e.rule == "marker-slash" for e in raw.log) == 6


def test_a_slash_within_a_word_after_a_raised_figure_stays() -> None:
    """A raised figure before "/s" ("m²/s") is no marker's slash: nothing changes."""
    line = _line(("flow in m", False), ("2", True), ("/s at the gauge", False))
    log: list = []
    assert pdf._marker_slashes([line], log) == [line]
    assert log == []


def test_a_star_set_before_the_word_it_marks() -> None:
    """E/2025/37, annex II, page 33: "Vice-Chairs: *(Belarus)" and under the table "* see
    ECE/CTCS/2022/2, paras 16-19.": the star marks the note, before its word."""
    raw = _read("E_2025_37_p39.en.pdf")
    assert [n.marker for n in raw.notes] == ["*"]
    assert any(f"{sentinel('*')}(Belarus)" in b.text for b in raw.blocks)


def test_a_star_before_a_bracket_is_text_where_no_note_has_it_and_before_a_word() -> None:
    """With no note "*", a star before a bracket stays as printed; a star glued to a word
    opening a line is a note's own text ("*Thematic figures include ...", E/ICEF/2025/19)."""
    assert pdf._line_text(_line(("Vice-Chairs: *(Belarus)", False)), frozenset({"1"})) == "Vice-Chairs: *(Belarus)"
    thematic = "*Thematic figures include the humanitarian action pools"
    assert pdf._line_text(_line((thematic, False)), frozenset({"*"})) == thematic


def test_a_corrigendum_keeps_the_marker_it_quotes_as_printed() -> None:
    """E/2025/68/Corr.1: "insert footnote marker ⁵. At the end of the page, insert a
    corresponding footnote reading ⁵ International Migration ...": the marker and the
    note are the corrected report's, quoted; no note is missing from the corrigendum."""
    name = "E_2025_68_Corr.1.en.pdf"
    doc = convert_source(Source(name, "", {}, [], (NOTES / name).read_bytes())).document
    assert doc.footnotes == []
    # the corrigendum's item "1. Paragraph 44", the instruction held under it
    assert doc.paragraphs[0].text == "Paragraph 44"
    held = [p for p in doc.all_paragraphs() if "insert footnote marker" in p.text]
    assert len(held) == 1 and held[0].id.startswith(doc.paragraphs[0].id)
    assert "insert footnote marker⁵. At the end of the page" in held[0].text
    assert "footnote reading ⁵ International Migration and Sustainable Development" in held[0].text
    assert all(p.footnote_refs == [] for p in doc.all_paragraphs())
    assert [e.rule for e in doc.log if e.rule in ("quoted-marker", "missing-note")] == ["quoted-marker"] * 2
