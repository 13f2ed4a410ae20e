"""Blocks keep how they were set (``base.Layout``): the PDF reader fills what the layout
says, the office reader the line, text readers nothing; the model never carries it."""

from __future__ import annotations

import dataclasses
import itertools
import json
from pathlib import Path

import pytest

from build_scripts.pipeline import read_source
from build_scripts.readers import pdf, reader_for
from build_scripts.readers.base import Block, Layout
from build_scripts.readers.pdf_layout import PdfLine, Span
from build_scripts.repairs.markers import sentinel
from build_scripts.sources import Source

from .. import shapes
from .test_office import docx

REAL = Path(__file__).parent.parent / "fixtures" / "real"


def _pdf_blocks(name: str) -> list[Block]:
    source = Source(name, "", {}, [], (REAL / name).read_bytes())
    raw, _ = reader_for(source).read(source)
    return raw.blocks


def _block(blocks: list[Block], start: str) -> Block:
    return next(block for block in blocks if block.text.startswith(start))


def test_the_pdf_reader_fills_page_size_weight_and_centring() -> None:
    blocks = _pdf_blocks("A_RES_78_10.pdf")
    title = _block(blocks, "78/10. Building a peaceful")
    # the title: bold, larger than the text, set out left of the margin, flush (not centred)
    assert title.layout == Layout(
        page=1, indent=-44.3, top=435.4, size=12.0, bold=True, italic=False, centred=False, lines=(11, 12)
    )
    preamble = [block for block in blocks if block.text.startswith(("Recalling", "Recognizing", "Noting"))]
    assert len(preamble) > 10
    for block in preamble:
        layout = block.layout
        assert layout is not None and layout.size == 10.0 and layout.indent == pytest.approx(24.1)
        assert layout.bold is False and layout.italic is False and layout.centred is False
        assert layout.in_box is None and layout.in_table is None  # not known: not said
    assert _block(blocks, "Recognizing the humanitarian").layout.page == 4  # type: ignore[union-attr]
    # the sign-off is set in italics
    assert _block(blocks, "38th plenary meeting").layout.italic is True  # type: ignore[union-attr]


def test_each_pdf_block_names_the_lines_it_was_read_from() -> None:
    blocks = _pdf_blocks("A_RES_78_10.pdf")
    runs = [block.layout.lines for block in blocks if block.layout is not None]
    assert len(runs) == len(blocks)
    assert all(run is not None and run[0] == block.line for run, block in zip(runs, blocks, strict=True))
    assert all(a[1] < b[0] for a, b in itertools.pairwise(runs))  # type: ignore[index]
    recalling = _block(blocks, "Recalling its resolution 76/13")
    assert recalling.layout is not None and recalling.layout.lines == (14, 18)  # five lines of the page


def _line(text: str, x: float, y: float, end: float, size: float = 10.0) -> PdfLine:
    return PdfLine(1, x, end - 5, y, size, False, (Span(text, False),), 612.0, 792.0, False, end)


def test_a_line_is_centred_by_its_middle_unless_it_starts_where_the_text_is_aligned() -> None:
    lines = [_line("The General Assembly,", 147.1, 600, 246.1)]
    y = 580.0
    for number in range(1, 4):  # paragraphs: a first line at the indent, the next at the margin
        lines += [_line(f"{number}. Decides that the text goes on as paragraphs do,", 147.1, y, 488.0)]
        lines += [_line("and runs from the margin to the right edge of the text;", 123.4, y - 12, 488.0)]
        y -= 32
    lines += [_line("Annex", 292.5, y, 319.5)]  # its middle on the page's
    lines += [_line("(v) the gross weight of the goods or their quantity", 146.9, y - 20, 465.1)]
    blocks = pdf.read_layout(lines, "synthetic.pdf").blocks
    centred = {block.text.split("\n")[0]: block.layout.centred for block in blocks if block.layout is not None}
    assert centred["Annex"] is True
    # its middle is the page's too, but it starts at the paragraphs' indent: aligned
    assert centred["(v) the gross weight of the goods or their quantity"] is False
    assert not any(value for text, value in centred.items() if text != "Annex")


@pytest.mark.parametrize(
    "text", [shapes.markdown_superscript(), shapes.word_ods(), shapes.pdf_text(), shapes.ohchr_web()]
)
def test_text_readers_know_no_layout(text: str) -> None:
    source = Source("x.txt", text)
    raw, _ = reader_for(source).read(source)
    assert raw.blocks and all(block.layout is None for block in raw.blocks)


def test_the_office_reader_knows_each_paragraphs_line_only() -> None:
    source = Source("r.docx", "", {}, [], docx())
    raw, _ = reader_for(source).read(source)
    assert [block.layout for block in raw.blocks] == [Layout(lines=(block.line, block.line)) for block in raw.blocks]


def test_the_model_does_not_carry_layout() -> None:
    name = "A_RES_78_10.pdf"
    document = read_source(Source(name, "", {}, [], (REAL / name).read_bytes()))[0]
    assert '"layout"' not in json.dumps(dataclasses.asdict(document), default=str)


def _spans_line(*spans: tuple[str, bool]) -> PdfLine:
    return PdfLine(1, 72.0, 500.0, 400.0, 10.0, False, tuple(Span(t, r) for t, r in spans), 612.0, 792.0)


def test_a_raised_2_on_a_unit_of_length_is_its_power_not_a_notes_marker() -> None:
    """S/2025/176: "cleared 20,907 m² of land" is square metres (note 2 was "missing");
    a raised 2 on a word, or a raised 12 on "km", stays a note's marker."""
    unit = _spans_line(("cleared 20,907 m ", False), ("2", True), (" of land", False))
    assert pdf._line_text(unit, frozenset()) == "cleared 20,907 m2 of land"
    cubed = _spans_line(("699 km", False), ("3", True))
    assert pdf._line_text(cubed, frozenset()) == "699 km3"
    word = _spans_line(("the Territories ", False), ("2", True), (" and", False))
    assert pdf._line_text(word, frozenset()) == f"the Territories{sentinel('2')} and"
    twelve = _spans_line(("within 5 km", False), ("12", True))
    assert pdf._line_text(twelve, frozenset()) == f"within 5 km{sentinel('12')}"


def _at(text: str, y: float) -> PdfLine:
    return PdfLine(3, 121.6, 500.0, y, 10.0, False, (Span(text, False),), 612.0, 792.0)


def test_an_item_a_little_further_apart_than_lines_opens_a_paragraph() -> None:
    """DP/OPS/2025/2: items 14.4 pt apart, lines 11.5: "(b) ..." under an item ending
    "... in 2023." opens a paragraph; at the lines' spacing, or under a line that ends no
    sentence, it does not."""
    measures = pdf._Measures(10.0, 121.6)
    before = "within the organization. Completed to planned scope in 2023."
    item = "(b) In order to monitor and report on the number of cases"
    assert pdf._opens_paragraph(_at(before, 557.5), _at(item, 543.1), measures, before, item) is True
    assert pdf._opens_paragraph(_at(before, 557.5), _at(item, 546.0), measures, before, item) is False
    cut = "the review recommended, in its paragraph"
    assert pdf._opens_paragraph(_at(cut, 557.5), _at(item, 543.1), measures, cut, item) is False


def test_a_line_in_bold_that_runs_on_a_sentence_opens_no_paragraph() -> None:
    """A/80/10: "16. Concerning the topic “Immunity of State officials from foreign criminal"
    then "jurisdiction”, the Commission ..." whose first word is bold: one paragraph; a bold
    line after a sentence's end, or one opening with a capital, is a heading."""
    measures = pdf._Measures(10.0, 113.3)
    before = "16. Concerning the topic “Immunity of State officials from foreign criminal"
    bold = dataclasses.replace(_at("jurisdiction”, the Commission had before it", 230.1), bold=True)
    assert pdf._opens_paragraph(_at(before, 242.1), bold, measures, before, bold.text) is False
    ended = "the topic (chap. IV and annex I)."
    assert pdf._opens_paragraph(_at(ended, 242.1), bold, measures, ended, bold.text) is True
    heading = dataclasses.replace(_at("Summary of the work of the Commission", 230.1), bold=True)
    assert pdf._opens_paragraph(_at(before, 242.1), heading, measures, before, heading.text) is True


def _on(page: int, text: str, y: float) -> PdfLine:
    return PdfLine(page, 121.6, 500.0, y, 10.0, False, (Span(text, False),), 612.0, 792.0)


def test_page_feet_set_higher_and_the_last_pages_job_number_are_furniture() -> None:
    """An executive board's foot "25-04764 3" at 52 pt (above the template's band) and a
    long report's job number printed again on its last page ("25-09651 (E) 090725" at 88
    pt) are removed and logged; a line of text as low, or figures that are no foot, stay."""
    lines = [
        _on(1, "1. The Board took note of the report.", 700),
        _on(1, "25-04764X (E) 040425", 82),
        _on(2, "2. It approved the programme of 25 projects.", 700),
        _on(2, "25-04764 3", 52),
        _on(3, "3. The Board decided to meet again.", 700),
        _on(3, "It received 12 reports and 1,200 letters.", 60),
        _on(3, "25-09651 (E) 090725", 88),
    ]
    raw = pdf.read_layout(lines, "DP_2025_10.en.pdf")
    removed = [(e.rule, e.removed) for e in raw.log if e.kind == "removed"]
    assert removed == [
        ("cover-block", "25-04764X (E) 040425"),
        ("page-foot", "25-04764 3"),
        ("cover-block", "25-09651 (E) 090725"),
    ]
    assert [b.text for b in raw.furniture] == ["Job number 25-04764"]  # the first page's only
    assert any("1,200 letters" in b.text for b in raw.blocks)


def _set(page: int, text: str, x: float, y: float, bold: bool = False, size: float = 10.0) -> PdfLine:
    return PdfLine(page, x, 500.0, y, size, bold, (Span(text, False),), 612.0, 792.0)


def test_the_number_after_the_last_paragraphs_opens_a_paragraph_across_a_page() -> None:
    """DP/2025/3: paragraph 10's fields ("Target date: First quarter of 2025", no stop)
    end page 3, "11. Management response: ..." opens page 4 at paragraph 10's indent:
    paragraph 11, not the field's next line; "12" of "paragraph 12" at a line's start,
    or a number that does not follow, runs on."""
    lines = [
        _set(3, "10. In paragraph 37, the Board recommended that UNDP act.", 72.0, 600),
        _set(3, "Department(s) responsible: Office of Financial", 100.0, 570),
        _set(3, "Target date: First quarter of 2025", 250.0, 558),
        _set(4, "11. Management response: UNDP is updating its system", 72.0, 700),
        _set(4, "to include all revenue agreements, as the Board said in", 72.0, 688),
        _set(4, "13. of its report.", 72.0, 676),
    ]
    texts = [b.text for b in pdf.read_layout(lines, "DP_2025_3.en.pdf").blocks]
    assert texts[-1].startswith("11. Management response") and texts[-1].endswith("13. of its report.")
    assert texts[-2].endswith("Target date: First quarter of 2025")


def test_a_paragraphs_line_set_in_the_running_heads_band_is_text() -> None:
    """DP/OPS/2025/3 sets an A4 page's text from 69 pt below its top, where the running
    head's band ends lower: "9. The first year ..." followed at the lines' spacing is the
    text's; the running head above it, set apart, is still removed."""
    lines = [
        _set(1, "8. The programme focuses on data.", 72.0, 500),
        PdfLine(2, 50.0, 120.0, 791.9, 8.5, True, (Span("DP/OPS/2025/3", False),), 595.0, 842.0),
        dataclasses.replace(_set(2, "9. The first year of the programme, 2023,", 72.0, 773.4), page_height=842.0),
        dataclasses.replace(_set(2, "was dedicated to setting up the team.", 72.0, 761.9), page_height=842.0),
    ]
    raw = pdf.read_layout(lines, "DP_OPS_2025_3.en.pdf")
    assert [e.removed for e in raw.log if e.rule == "running-head"] == ["DP/OPS/2025/3"]
    assert raw.blocks[-1].text.startswith("9. The first year")


def test_a_bold_heading_wrapped_after_a_comma_is_a_heading() -> None:
    """A/80/36: "5. Combating sexual and gender-based violence, sexual exploitation and
    abuse," / "trafficking and related exploitation", both in bold: a heading (its first
    line's comma alone made it text); a bold sentence wrapped so ("Decides," / "to act.")
    stays text."""
    heading = [
        _set(1, "38. As of mid-2025, OHCHR was co-implementing projects.", 72.0, 740),
        _set(1, "5. Combating sexual and gender-based violence, sexual exploitation and abuse,", 50.0, 707.5, True),
        _set(1, "trafficking and related exploitation", 50.0, 695.5, True),
        _set(1, "39. OHCHR continued efforts to prevent gender-based violence.", 72.0, 677.5),
    ]
    blocks = pdf.read_layout(heading, "A_80_36.en.pdf").blocks
    assert [(b.kind, b.text[:5]) for b in blocks[-2:]] == [("heading", "5. Co"), ("text", "39. O")]
    sentence = [
        _set(1, "1. The Board took note.", 72.0, 720),
        _set(1, "Decides, in the light of the review,", 72.0, 700, True),
        _set(1, "to act on the recommendations.", 72.0, 688, True),
    ]
    assert pdf.read_layout(sentence, "test.pdf").blocks[-1].kind == "text"
    # A/RES/80/226's model strategy, in bold, its second line ending on a hyphen: text
    strategy = [
        _set(1, "1. The Board took note.", 72.0, 720),
        _set(1, "Rehabilitation programmes, whether in community or custodial settings,", 72.0, 700, True),
        _set(1, "should be evidence-based, age-appropriate, culture- and gender-", 72.0, 688, True),
        _set(1, "sensitive and subject to regular review and evaluation.", 72.0, 676, True),
    ]
    assert pdf.read_layout(strategy, "test.pdf").blocks[-1].kind == "text"


def test_the_letter_after_the_last_items_opens_an_item_across_a_page() -> None:
    """E/CN.6/2025/4: item (a)'s last theme ends page 8 "... all women and girls" (no
    stop), "(b) Seventy-first session (2027):" opens page 9 where (a) was set: item (b);
    a "(d)" after it, set elsewhere, runs on."""
    lines = [
        _set(1, "33. The proposed themes for the sessions are the following:", 72.0, 700),
        _set(2, "(a) Seventieth session (2026):", 96.0, 700),
        _set(2, "• Review theme: participation in public life for achieving", 96.0, 682),
        _set(2, "gender equality and the empowerment of all women and girls", 105.0, 670),
        _set(3, "(b) Seventy-first session (2027):", 96.0, 700),
        _set(3, "• Priority theme: gender equality across the Goals and", 96.0, 682),
        _set(3, "(d) of the agreed conclusions.", 105.0, 670),
    ]
    texts = [b.text for b in pdf.read_layout(lines, "E_CN.6_2025_4.en.pdf").blocks]
    assert texts[-3].endswith("all women and girls")
    assert texts[-2] == "(b) Seventy-first session (2027):"
    assert texts[-1].endswith("Goals and\n(d) of the agreed conclusions.")


def test_a_running_head_set_sideways_in_a_landscape_margin_is_furniture() -> None:
    """A/79/879's landscape annex page: "S", "/2 A", "0", "2 /7" ... a character or two a
    line at x 740 (its symbols set sideways), "2", "5", "-0" ... at x 40 (its job
    number): removed and logged; the same characters in the text's area (a table's
    column of figures), or small letters (a heading set sideways), are kept."""

    def wide(text: str, x: float, y: float, size: float = 8.5) -> PdfLine:
        return PdfLine(3, x, x + 5, y, size, True, (Span(text, False),), 792.0, 612.0)

    lines = [
        _set(2, "1. The letter goes on at the text's margin, as the page's lines do.", 123.4, 700),
        wide("Annex to the letter dated 23 April 2025", 121.0, 542.6, 12.0),
        *(wide(t, 740.3, y) for t, y in (("S", 102.7), ("/2 A", 95.6), ("0", 91.1), ("2 /7", 86.8))),
        *(wide(t, 40.2, y, 7.0) for t, y in (("2", 552.2), ("5", 548.6), ("-0", 542.6))),
        *(wide(t, 300.0, y) for t, y in (("12", 400.0), ("15", 392.0), ("A", 384.0))),
        *(wide(t, 20.0, y) for t, y in (("Tot", 300.0), ("al", 294.0))),
    ]
    raw = pdf.read_layout(lines, "A_79_879.en.pdf")
    removed = [e.removed for e in raw.log if e.rule == "sideways-furniture"]
    assert removed == ["S", "/2 A", "0", "2 /7", "2", "5", "-0"]
    kept = "\n".join(b.text for b in raw.blocks)
    assert all(figure in kept for figure in ("12", "15", "Tot"))
