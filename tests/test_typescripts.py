"""Typescripts of the 1990s read from their PDFs: a scan's edge, underlined headings,
numbered headings under a chapter, lists in roman numerals that paragraphs interrupt
or that label groups of items (fixtures: tests/fixtures/typescripts/README.md)."""

from __future__ import annotations

from pathlib import Path

from build_scripts.model import Document, LogEntry
from build_scripts.pipeline import read_source
from build_scripts.readers.pdf_layout import read_pdf
from build_scripts.readers.pdf_scan import scan_edge
from build_scripts.sources import Source

FIXTURES = Path(__file__).parent / "fixtures"
TYPESCRIPTS = FIXTURES / "typescripts"


def _converted(path: Path) -> Document:
    return read_source(Source(path.name, "", {}, [], path.read_bytes()))[0]


def _paragraph(doc: Document, pid: str):
    return next(p for p in doc.all_paragraphs() if p.id == pid)


def test_the_facing_sheets_edge_is_cut_off_a_scanned_page() -> None:
    """A/47/435, page 3: "and 8. The ideas conveyed ..." is paragraph 8's first line, its
    "and" the facing sheet's (at 5-21 pt, the text at 86 pt); ":t," a line of its own
    there; on page 2, "I" set at 585 pt, past the page's box (530 pt), is on no page.
    Paragraph 3's and 8's words are kept whole."""
    path = TYPESCRIPTS / "A_47_435.pages2-3.en.pdf"
    lines = read_pdf(path.name, path.read_bytes())
    log: list[LogEntry] = []
    cut, whole = scan_edge(lines, log)
    removed = [entry.removed for entry in log]
    assert "and" in removed and ":t," in removed and "1 of" in removed and "I" in removed
    assert all(entry.rule == "scan-edge" and entry.kind == "removed" for entry in log)
    eight = next(line for line in cut if "The ideas conveyed" in line.text)
    assert eight.text.startswith("8. The ideas conveyed") and eight.x > 80
    assert {lines[n - 1].text for n in whole} >= {":t,", "I", "by"}
    # the text's own lines, at the margin, are never cut
    kept = [line for number, line in enumerate(cut, start=1) if number not in whole]
    assert all(line.x > 60 for line in kept if line.page == 2 and line.y < 700)


def test_a_page_with_nothing_at_its_edge_is_left_alone() -> None:
    """Declines: A/48/653's lines start at 64 pt or more; nothing is cut or logged."""
    path = FIXTURES / "typewritten" / "A_48_653.en.pdf"
    lines = read_pdf(path.name, path.read_bytes())
    log: list[LogEntry] = []
    assert scan_edge(lines, log) == (lines, set()) and log == []


def test_underlined_lines_are_read_from_the_drawn_rules() -> None:
    """A/48/653: "A/C.4/48/L.12 (amendments ...)" is underlined from end to end (p. 3);
    "7. Calls upon ..." has its first two words underlined only, and is not."""
    path = FIXTURES / "typewritten" / "A_48_653.en.pdf"
    lines = read_pdf(path.name, path.read_bytes())
    label = next(line for line in lines if line.text.startswith("A/C.4/48/L.12"))
    assert label.underlined and label.page == 3
    quoted = next(line for line in lines if line.text.startswith('"7. Calls upon'))
    assert not quoted.underlined


def test_an_underlined_line_heads_a_second_list_inside_a_paragraph() -> None:
    """A/48/653, paragraph 7: the amendments of A/C.4/48/L.11, (a) to (g), then those of
    A/C.4/48/L.12, (a) to (c), each under its underlined heading; the masthead's
    underlined lines stay the masthead's (the title as before)."""
    doc = _converted(FIXTURES / "typewritten" / "A_48_653.en.pdf")
    assert doc.title is not None and doc.title.startswith("IMPLEMENTATION OF THE DECLARATION")
    headings = [p for p in doc.paragraphs if p.kind == "heading" and p.text.startswith("A/C.4/48/L.1")]
    assert [h.text for h in headings] == [
        "A/C.4/48/L.11 (amendments to A/48/23 (Part III), chap. V, para. 13)",
        "A/C.4/48/L.12 (amendments to A/48/23 (Part III), chap. VI, para. 14)",
    ]
    assert [s.number for s in headings[0].subparagraphs] == [f"({c})" for c in "abcdefg"]
    assert [s.number for s in headings[1].subparagraphs] == ["(a)", "(b)", "(c)"]
    assert _paragraph(doc, "para7").text.endswith("introduced the amendments, as follows:")


def test_an_underlined_numbered_heading_over_four_lines_is_one_heading() -> None:
    """A/52/613, p. 7: "4. American Samoa, ... United States Virgin Islands", underlined,
    wrapped at a hanging indent: one heading, and paragraph 22 follows paragraph 21."""
    doc = _converted(TYPESCRIPTS / "A_52_613.en.pdf")
    heading = next(p for p in doc.paragraphs if p.text.startswith("4. American Samoa"))
    assert heading.kind == "heading"
    assert heading.text.endswith("Turks and Caicos Islands and United States Virgin Islands")
    ids = [p.id for p in doc.paragraphs]
    assert ids.index("para22") == ids.index(heading.id) + 1 and ids.index("para21") == ids.index(heading.id) - 1
    assert not any(p.id == "para4-2" for p in doc.paragraphs)


def test_a_numbered_heading_under_a_chapter_and_a_list_that_goes_on() -> None:
    """TD/B/CN.4/36, chapter V: "1. TRAINMAR" is a heading (then paragraph 57); "(i)"
    under paragraph 59, then paragraphs 60 and 61, then "(ii)" to "(vi)": the list goes
    on under paragraph 61, as printed, and the page says so."""
    doc = _converted(TYPESCRIPTS / "TD_B_CN.4_36.en.pdf")
    trainmar = next(p for p in doc.paragraphs if p.text == "1. TRAINMAR")
    assert trainmar.kind == "heading"
    assert not any(p.id == "chapv-para1" for p in doc.paragraphs)
    assert [s.number for s in _paragraph(doc, "chapv-para59").subparagraphs] == ["(i)"]
    items = _paragraph(doc, "chapv-para61").subparagraphs
    assert [(s.id, s.number) for s in items] == [
        (f"chapv-para61-{n}", f"({n})") for n in ("ii", "iii", "iv", "v", "vi")
    ]
    assert items[0].text.startswith("Training development, which involves four distinct activities:")
    said = [e.detail for e in doc.log if e.rule == "list-resumes"]
    assert said == ["item (ii) goes on the list of chapv-para59 under chapv-para61, as printed after it"]


def test_items_labelled_as_groups_keep_their_labels() -> None:
    """A/50/610, paragraph 8: "(b) Third preambular paragraph" / "(i)-(iii) The Committee
    adopted the first three amendments ..." / "(iv) ..."; "(l) ..." / "(i) and (iii) The
    Committee adopted the first and third amendments ..." / "(ii)" / "(iv)". No gap is
    said: each numeral is named once."""
    doc = _converted(TYPESCRIPTS / "A_50_610.en.pdf")
    b = _paragraph(doc, "para8b")
    assert b.text == "Third preambular paragraph"
    assert [(s.id, s.number) for s in b.subparagraphs] == [("para8b-i", "(i)-(iii)"), ("para8b-iv", "(iv)")]
    assert b.subparagraphs[0].text.startswith("The Committee adopted the first three amendments")
    l_items = _paragraph(doc, "para8l").subparagraphs
    assert [s.number for s in l_items] == ["(i) and (iii)", "(ii)", "(iv)"]
    assert l_items[0].text.startswith("The Committee adopted the first and third amendments")
    assert not any(e.rule == "numbering-gap" for e in doc.log)


def test_a_printed_pdf_is_read_as_no_typescript() -> None:
    """Declines: A/RES/78/10 sets its title in bold, so it is no typescript: nothing near
    its edge is taken for the facing sheet, no underline makes a heading."""
    path = FIXTURES / "real" / "A_RES_78_10.pdf"
    doc = _converted(path)
    assert not any(e.rule == "scan-edge" for e in doc.log)
    from build_scripts.readers import pdf

    lines = read_pdf(path.name, path.read_bytes())
    assert not pdf._measures(lines).typewritten
    assert pdf._measures(
        read_pdf("A_48_653.en.pdf", (FIXTURES / "typewritten" / "A_48_653.en.pdf").read_bytes())
    ).typewritten
