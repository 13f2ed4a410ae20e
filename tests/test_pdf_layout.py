"""build_scripts/readers/pdf_layout.py: a PDF's text layer as lines, and PDFs that cannot be read."""

from __future__ import annotations

import ctypes
import io
from datetime import date
from pathlib import Path

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c
import pytest

from build_scripts.errors import SourceError
from build_scripts.model import Document
from build_scripts.pipeline import read_source
from build_scripts.readers import pdf_layout
from build_scripts.readers.pdf_layout import as_text, read_pdf
from build_scripts.sources import Source

REAL = Path(__file__).parent / "fixtures" / "real"


def test_lines_carry_place_size_and_raised_markers() -> None:
    lines = read_pdf("A_RES_78_10.pdf", (REAL / "A_RES_78_10.pdf").read_bytes())
    assert {line.page for line in lines} == {1, 2, 3, 4, 5}
    masthead = lines[0]
    assert masthead.text == "United Nations A/RES/78/10" and masthead.page == 1
    assert not any(span.raised for span in masthead.spans)  # a smaller symbol set higher is no marker
    # "... as declared in the 2005 World Summit Outcome,¹ sports can ..." (page 1)
    marked = next(line for line in lines if "World Summit Outcome," in line.text)
    assert [span.text.strip() for span in marked.spans if span.raised] == ["1"]
    assert marked.size == 10.0
    note = next(line for line in lines if line.text.strip().endswith("Resolution 60/1."))
    assert note.spans[0].raised and note.spans[0].text.strip() == "1" and note.size < marked.size
    foot = next(line for line in lines if line.text.strip() == "2/5 23-23443")
    assert foot.y < 50 and foot.page == 2
    # justified words PDFium cut with a made-up space are whole again
    assert "2030 Agenda" in as_text(lines)


def _blank_pdf() -> bytes:
    pdf = pdfium.PdfDocument.new()
    pdf.new_page(612, 792)
    buffer = io.BytesIO()
    pdf.save(buffer)
    return buffer.getvalue()


def pdf_of_runs(runs: list[tuple[str, float, float, float]]) -> bytes:
    """A one-page PDF of text runs: (text, font size, the transform's scale, baseline)."""
    pdf = pdfium.PdfDocument.new()
    page = pdf.new_page(612, 792)
    for text, size, scale, y in runs:
        run = pdfium_c.FPDFPageObj_NewTextObj(pdf.raw, b"Helvetica", ctypes.c_float(size))
        chars = ctypes.create_string_buffer((text + "\x00").encode("utf-16-le"))
        pdfium_c.FPDFText_SetText(run, ctypes.cast(chars, ctypes.POINTER(ctypes.c_ushort)))
        pdfium_c.FPDFPageObj_Transform(run, scale, 0, 0, scale, 72, y)
        pdfium_c.FPDFPage_InsertObject(page.raw, run)
    pdfium_c.FPDFPage_GenerateContent(page.raw)
    out = io.BytesIO()
    pdf.save(out)
    return out.getvalue()


def test_a_line_printed_too_small_to_be_seen_is_marked_invisible() -> None:
    """A run at 0.7 pt (S/2024/228 in Russian hides "J ," so) is invisible; one whose font
    size is 1.5 but which the page's transform prints 12 pt high is not, nor plain text."""
    data = pdf_of_runs([("Hidden mark", 0.7, 1, 600), ("Scaled up", 1.5, 8, 500), ("Plain text", 10, 1, 400)])
    lines = read_pdf("runs.pdf", data)
    assert [(line.text, line.invisible) for line in lines] == [
        ("Hidden mark", True),
        ("Scaled up", False),
        ("Plain text", False),
    ]


def test_a_text_shrunk_by_its_matrix_is_measured_at_its_printed_size() -> None:
    """A run at font size 14 its matrix shrinks to 0.4 prints 5.6 pt high (DP/2025/23's
    pasted spreadsheet): measured so. A page with no shrunk text is read without each
    character's matrix (``_page_objects`` says so), its sizes unchanged."""
    lines = read_pdf("shrunk.pdf", pdf_of_runs([("Shrunk cells", 14, 0.4, 600), ("Plain text", 10, 1, 400)]))
    assert [(line.text, line.size) for line in lines] == [("Shrunk cells", 5.6), ("Plain text", 10.0)]
    plain = pdfium.PdfDocument(pdf_of_runs([("Plain text", 10, 1, 400), ("Larger", 14, 1.5, 300)]))
    assert pdf_layout._page_objects(plain[0]) == ([], False)
    assert [(line.text, line.size) for line in read_pdf("plain.pdf", pdf_of_runs([("Plain text", 10, 1, 400)]))] == [
        ("Plain text", 10.0)
    ]


def test_a_pdf_without_a_text_layer_is_refused_with_what_to_do() -> None:
    with pytest.raises(SourceError, match="no text layer"):
        read_pdf("scan.pdf", _blank_pdf())


def test_a_damaged_pdf_is_refused() -> None:
    with pytest.raises(SourceError, match="not a readable PDF"):
        read_pdf("broken.pdf", b"%PDF-1.7\nthis is not a PDF body")


def test_lines_carry_their_end_and_slant() -> None:
    lines = read_pdf("A_RES_78_10.pdf", (REAL / "A_RES_78_10.pdf").read_bytes())
    signed = next(line for line in lines if line.text.strip() == "38th plenary meeting")
    assert signed.italic and not signed.bold
    assert not next(line for line in lines if "World Summit Outcome," in line.text).italic
    # "[without reference ...]": italic inside, upright brackets at both ends
    assert not next(line for line in lines if line.text.startswith("[without reference")).italic
    # the end: the last character's right edge, past its origin by less than a character
    assert all(line.right < line.end <= line.right + line.size for line in lines)


def test_a_line_is_weighed_after_the_paragraph_number_it_opens_with() -> None:
    """S/2025/272 sets "106." in the bold italic of the heading before it, "Despite ..."
    in roman: the line is read from its first word, not bold; a line with no number, or
    a number alone on it, is weighed by its first character."""
    chars = [(c, float(i), 0.0, 12.0, i) for i, c in enumerate("106.Despite")]
    assert pdf_layout._after_number(chars) == 4
    assert pdf_layout._after_number([(c, 0.0, 0.0, 12.0, i) for i, c in enumerate("Srebrenica")]) == 0
    assert pdf_layout._after_number([(c, 0.0, 0.0, 12.0, i) for i, c in enumerate("106.")]) == 0
    lines = read_pdf("A_RES_78_10.pdf", (REAL / "A_RES_78_10.pdf").read_bytes())
    assert not next(line for line in lines if line.text.startswith("1. ")).bold

    def style(first: int, last: int) -> tuple[bool, bool, float]:
        return first < 4, False, 480.0  # "106." in bold, the rest roman

    full = [(c, 100.0 + 6 * i, 400.0, 12.0, i) for i, c in enumerate("106.Despite confirmation from UN")]
    assert pdf_layout._runs(full, style, None, 306.0).bold is False  # type: ignore[union-attr]
    # S/2025/356: "1. Recruitment of children", a short line: a heading, its number in bold
    assert pdf_layout._runs(full, lambda f, la: (f < 4, False, 250.0), None, 306.0).bold is True  # type: ignore[union-attr]


def _column_line(x: float, y: float, text: str, end: float) -> pdf_layout.PdfLine:
    return pdf_layout.PdfLine(2, x, end - 5.0, y, 10.0, False, (pdf_layout.Span(text, False),), 612.0, 792.0, end=end)


def test_a_page_in_two_columns_is_read_down_the_left_column_then_the_right() -> None:
    """A/56/509 (2001) sets its pages in two columns, lines of both on the same baselines:
    the left column's lines, then the right's (the title across both first, the page's
    number at its foot last), as the PDF holds them; read across, each left line ran on
    into the right one. A table of prose in two columns the PDF writes row by row
    (DP/2025/12/Add.1's recommendations and remarks) stays in the page's order, as does a
    page in one column."""
    title = _column_line(83.5, 695.3, "Report of the Executive Secretary", 496.6)
    left = [_column_line(59.8, 640.7 - 12 * i, f"left {i}", 300.0) for i in range(12)]
    right = [_column_line(312.0, 640.7 - 12 * i, f"right {i}", 551.7) for i in range(12)]
    foot = _column_line(59.8, 63.1, "2", 63.6)
    columns = pdf_layout._in_columns([title, *left, *right, foot], 612.0)
    assert [line.text for line in columns] == [title.text, *(ln.text for ln in left), *(ln.text for ln in right), "2"]
    rows = [line for pair in zip(left, right, strict=True) for line in pair]
    assert [line.text for line in pdf_layout._in_columns([title, *rows, foot], 612.0)] == [
        title.text,
        *(line.text for line in rows),
        "2",
    ]
    single = [_column_line(59.8, 640.7 - 12 * i, f"line {i}", 551.7) for i in range(12)]
    assert pdf_layout._in_columns(single, 612.0) == single


TYPEWRITTEN = Path(__file__).parent / "fixtures" / "typewritten"


def _converted(path: Path) -> Document:
    return read_source(Source(path.name, "", {}, [], path.read_bytes()))[0]


def test_a_typewritten_pdf_set_at_size_1_keeps_its_word_spaces() -> None:
    """A/48/653 (1993): its date is "29 November 1993" as printed, read as its date."""
    doc = _converted(TYPEWRITTEN / "A_48_653.en.pdf")
    assert (doc.symbol, doc.distributed) == ("A/48/653", date(1993, 11, 29))
    assert "29 November 1993" in " ".join(doc.header_lines)


def test_a_word_set_in_pieces_on_the_next_letter_stays_one_word() -> None:
    """A/RES/79/172's paragraph 45 opens "Invites", set in pieces at 0.96 points: its
    made-up spaces stand on the next letter, inside the word (not "I n v i t e s")."""
    doc = _converted(TYPEWRITTEN / "A_RES_79_172.pdf")
    paragraph = next(p for p in doc.paragraphs if p.id == "op45")
    assert paragraph.text.startswith("Invites relevant special procedure mandate holders")


OLD = Path(__file__).parent / "fixtures" / "old_layouts"


def test_a_marker_read_apart_from_its_line_is_put_back_where_it_stands() -> None:
    """``_markers_set_apart``: a group of figures smaller than a line and raised above it
    joins it at its place ("Council,1 relating"; "1" before a note's text); a group of
    figures as large as the text, or far from any line, stays a line of its own."""
    line = [(c, 120.0 + 5 * i, 228.3, 9.8, i) for i, c in enumerate("Council, relating")]
    line[8] = (" ", line[7][1], 228.3, 9.8, -1)  # a space stands where the letter before is
    marker = [("1", 158.0, 232.1, 5.8, 50)]
    page_number = [("3", 547.7, 65.8, 8.4, 60)]
    note = [(c, 123.4 + 5 * i, 92.9, 8.4, 70 + i) for i, c in enumerate("Official")]
    note_marker = [("2", 117.2, 96.5, 5.8, 90)]
    groups = pdf_layout._markers_set_apart([(line, {}), (marker, {}), (page_number, {}), (note_marker, {}), (note, {})])
    texts = ["".join(c[0] for c in chars) for chars, _ in groups]
    assert texts == ["Council,1 relating", "3", "2Official"]


def test_a_typescripts_notes_and_furniture_are_read_off_its_layout() -> None:
    """A/52/620 (1997): four notes under drawn rules, each referenced; nothing of the
    furniture ("/...", "Page 2", the job number) in a paragraph; the job number kept."""
    doc = _converted(OLD / "A_52_620.en.pdf")
    assert [(n.marker, n.missing) for n in doc.footnotes] == [(m, False) for m in "1234"]
    assert doc.footnotes[3].text == "A/52/365."
    texts = [p.text for p in doc.all_paragraphs()]
    assert not any("/..." in t or "97-31708" in t or "Page 2" in t or t.strip() == "A/52/365." for t in texts)
    removed = {e.rule for e in doc.log if e.kind == "removed"}
    assert {"cover-block", "continuation-mark", "running-head"} <= removed


def test_markers_printed_apart_from_their_lines_are_read_in_them() -> None:
    """A/53/603 (1998): seven notes, each with its marker in the body and its text; the
    pages' numbers at their feet in no note."""
    doc = _converted(OLD / "A_53_603.en.pdf")
    assert [(n.marker, n.missing) for n in doc.footnotes] == [(str(m), False) for m in range(1, 8)]
    assert (
        doc.footnotes[0].text
        == "Official Records ofthe General Assembly, Fifty-third Session, Supplement No. 3 (A/53/3)."
    )
    para1 = next(p for p in doc.paragraphs if p.id == "para1")
    assert "Economic and Social Council, relating to the item" in para1.text
    assert [ref.marker for ref in para1.footnote_refs] == ["1"]


def _style(_first: int, _last: int) -> tuple[bool, bool, float]:
    return False, False, 500.0


def _chars(text: str, x: float, y: float, size: float, first: int = 0) -> list[tuple[str, float, float, float, int]]:
    return [(c, x + 5 * i, y, size, first + i) for i, c in enumerate(text)]


def test_a_space_inside_raised_markers_keeps_them_one_run() -> None:
    """A/CONF.230/2025/10: "coral bleaching³⁸ ,³⁹ and" sets a space inside its markers:
    one raised run "38 ,39" (two notes), not "38" and a stray ",39" left as text. A space
    between a raised marker and the next word is the text's."""
    line = _chars("bleaching", 100.0, 647.5, 10.0) + _chars("38 ,39", 150.0, 651.0, 6.5, 20)
    line[9 + 2] = (" ", 160.0, 651.0, 1.0, -1)  # PDFium's space, at size 1
    line += [(" ", 185.0, 647.5, 10.0, -1), *_chars("and", 190.0, 647.5, 10.0, 40)]
    run = pdf_layout._runs(line, _style)
    assert run is not None
    assert [(span.text, span.raised) for span in run.spans] == [("bleaching", False), ("38 ,39", True), (" and", False)]


def test_raised_letters_listed_mark_a_tables_notes() -> None:
    """E/2025/65's table: "Africaᶜ,ᵈ" marks notes c and d, a raised run of letters set
    apart by a comma; a raised run of letters without commas ("th") is text unless one
    letter (``pdf._line_text`` declines a list with a letter no note has)."""
    line = _chars("Africa", 60.0, 362.2, 8.5) + _chars("c,d", 90.0, 365.2, 5.5, 10)
    run = pdf_layout._runs(line, _style)
    assert run is not None and [(s.text, s.raised) for s in run.spans] == [("Africa", False), ("c,d", True)]
    word = _chars("8", 60.0, 362.2, 8.5) + _chars("th", 66.0, 365.2, 5.5, 10)
    ordinal = pdf_layout._runs(word, _style)
    assert ordinal is not None and not any(span.raised for span in ordinal.spans)


def test_a_notes_marker_read_apart_in_the_notes_own_size_opens_it_raised() -> None:
    """DP/OPS/2025/4: each note's number is read apart, at 8 pt like its note and 4.6 pt
    above it, just left of its first letter: put back, and raised. A group as large set on
    the line's baseline, or over its middle, stays a line of its own."""
    note = _chars("Audit engagements", 65.4, 65.9, 8.0, 10)
    marker = _chars("1", 59.8, 70.5, 8.0, 1)
    level = _chars("7", 59.8, 40.0, 8.0, 40)  # level with its line: a line of its own
    line = _chars("Budget", 65.4, 38.0, 8.0, 50)
    over = _chars("5", 90.0, 70.0, 8.0, 60)  # over the middle of a line, not before it
    other = _chars("Funds received", 65.4, 65.9 - 200, 8.0, 70)
    groups = pdf_layout._markers_set_apart([(marker, {}), (note, {}), (level, {}), (line, {}), (over, {}), (other, {})])
    texts = ["".join(c[0] for c in chars) for chars, _ in groups]
    assert texts == ["1Audit engagements", "7", "Budget", "5", "Funds received"]
    opened = pdf_layout._runs(groups[0][0], _style)
    assert opened is not None and [(s.text, s.raised) for s in opened.spans][:1] == [("1", True)]
    # figures opening a line on its baseline are the line's text ("12 States ...")
    plain = pdf_layout._runs(_chars("12 States", 60.0, 100.0, 10.0), _style)
    assert plain is not None and not any(span.raised for span in plain.spans)
    # a chart's values set at two heights ("18" over "13", DP/2025/14) are no marker
    values = pdf_layout._runs(_chars("18 ", 304.8, 247.1, 7.0) + _chars("13", 331.8, 242.9, 7.0, 5), _style)
    assert values is not None and not any(span.raised for span in values.spans)


def test_the_symbol_fonts_asterisk_is_read_as_an_asterisk() -> None:
    """E/2025/39 sets its notes' star in the Symbol font, which PDFium gives at the font's
    code in the private use area (U+F02A): read as "*", the note's marker."""
    assert pdf_layout.as_printed("\uf02a") == "*"
    assert pdf_layout.as_printed("\x02") == "-"  # PDFium's hyphen at a line's end
    assert [pdf_layout.as_printed(c) for c in "a*\uf0b7"] == ["a", "*", "\uf0b7"]  # others as read


def test_pdfiums_calls_unchecked_read_what_the_checked_ones_do() -> None:
    """``_calls``: each character's origin, size, matrix and whether PDFium made it up,
    asked without pypdfium2's argument types, are what the checked calls give, on a
    typewritten PDF set at size 1 (its matrices read) and on a resolution; each size
    rounded through ``_ROUNDED`` is ``round``'s, zero and its sign included."""
    calls = pdf_layout._calls()
    for path in (TYPEWRITTEN / "A_48_653.en.pdf", REAL / "A_RES_78_10.pdf"):
        pdf = pdfium.PdfDocument(path.read_bytes())
        textpage = pdf[0].get_textpage()
        raw = textpage.raw
        x, y, x2, y2 = (ctypes.c_double() for _ in range(4))
        matrix, matrix2 = pdfium_c.FS_MATRIX(), pdfium_c.FS_MATRIX()
        for index in range(textpage.count_chars()):
            assert calls.origin(raw, index, ctypes.byref(x), ctypes.byref(y)) == pdfium_c.FPDFText_GetCharOrigin(
                raw, index, ctypes.byref(x2), ctypes.byref(y2)
            )
            assert (x.value, y.value) == (x2.value, y2.value)
            size = calls.font_size(raw, index)
            assert size == pdfium_c.FPDFText_GetFontSize(raw, index) and type(size) is float
            assert calls.generated(raw, index) == pdfium_c.FPDFText_IsGenerated(raw, index)
            assert calls.matrix(raw, index, ctypes.byref(matrix)) == pdfium_c.FPDFText_GetMatrix(
                raw, index, ctypes.byref(matrix2)
            )
            assert bytes(matrix) == bytes(matrix2)
            printed = pdf_layout._printed_size(raw, index)
            for value in (printed, printed):  # once to hold it, once to find it held
                assert repr(pdf_layout._ROUNDED.get(value) or pdf_layout._round(value)) == repr(round(value, 1))
        pdf.close()
    for value in (0.0, -0.0, 0.04, -0.04, 0.04, 0.0, -0.0, 11.96, float("inf")):
        assert repr(pdf_layout._ROUNDED.get(value) or pdf_layout._round(value)) == repr(round(value, 1))


def test_a_line_raising_nothing_is_one_run_as_the_general_path_makes_it(monkeypatch: pytest.MonkeyPatch) -> None:
    """``_runs`` and ``_raised`` skip their loops for a line with no raised character
    (most lines): for each line of a resolution, what those loops make of it with nothing
    raised is what the skip gives, one run of its text and no space raised."""
    seen: list[list[pdf_layout._Char]] = []
    runs = pdf_layout._runs

    def recording(chars: list[pdf_layout._Char], *args: object) -> pdf_layout.PdfLine | None:
        seen.append(list(chars))
        return runs(chars, *args)  # type: ignore[arg-type]

    monkeypatch.setattr(pdf_layout, "_runs", recording)
    read_pdf("A_RES_78_10.pdf", (REAL / "A_RES_78_10.pdf").read_bytes())
    assert len(seen) > 100
    for chars in seen:
        nothing = [False] * len(chars)
        assert pdf_layout._bridged(chars, list(nothing)) == nothing
        spans = pdf_layout._spans(chars, nothing)
        assert spans == [pdf_layout.Span("".join(c[0] for c in chars), False)]


def _page_objects_by_helpers(page: pdfium.PdfPage) -> tuple[list[tuple[float, float, float, float]], bool]:
    """``_page_objects`` as pypdfium2's object helpers read it (what it was written as)."""
    rules: list[tuple[float, float, float, float]] = []
    shrinks = False
    kinds = [pdfium_c.FPDF_PAGEOBJ_PATH, pdfium_c.FPDF_PAGEOBJ_TEXT, pdfium_c.FPDF_PAGEOBJ_FORM]
    for obj in page.get_objects(filter=kinds, max_depth=1):
        if obj.type == pdfium_c.FPDF_PAGEOBJ_PATH:
            left, bottom, right, top = obj.get_bounds()
            if top - bottom <= pdf_layout.RULE_THICKNESS and right - left >= pdf_layout.RULE_LENGTH:
                rules.append((left, bottom, right, top))
        elif not shrinks:
            m = obj.get_matrix() if obj.type == pdfium_c.FPDF_PAGEOBJ_TEXT else None
            shrinks = m is None or (m.c**2 + m.d**2) ** 0.5 < pdf_layout.SHRUNK
    return rules, shrinks


def test_a_pages_objects_read_of_pdfium_directly_tell_what_its_helpers_do() -> None:
    """``_page_objects`` asks PDFium for the page's objects without pypdfium2's helpers:
    the same rules and the same answer whether a text may be shrunk, on pages with rules,
    a shrunk spreadsheet and forms (DP/2025/23), a typescript (A/48/653), shrunk text alone
    and plain text."""
    fixtures = Path(__file__).parent / "fixtures"
    paths = [
        fixtures / "tables" / "DP_2025_23_p1_p10.pdf",
        TYPEWRITTEN / "A_48_653.en.pdf",
        *sorted(REAL.glob("*.pdf")),
    ]
    shrunk = pdf_of_runs([("Shrunk cells", 14, 0.4, 600), ("Plain text", 10, 1, 400)])
    answers = set()
    for data in [path.read_bytes() for path in paths] + [shrunk]:
        pdf = pdfium.PdfDocument(data)
        for page in pdf:
            read = pdf_layout._page_objects(page)
            assert read == _page_objects_by_helpers(page)
            answers.add((bool(read[0]), read[1]))
        pdf.close()
    assert answers == {(False, False), (True, False), (False, True), (True, True)}
