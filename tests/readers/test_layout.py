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
        page=1,
        indent=-44.3,
        top=435.4,
        size=12.0,
        bold=True,
        italic=False,
        centred=False,
        underlined=False,
        lines=(11, 12),
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


def _set(page: int, text: str, x: float, y: float, bold: bool = False, size: float = 10.0) -> PdfLine:
    return PdfLine(page, x, 500.0, y, size, bold, (Span(text, False),), 612.0, 792.0)


def test_page_feet_set_higher_and_the_last_pages_job_number_are_furniture() -> None:
    """An executive board's foot "25-04764 3" at 52 pt (above the template's band) and a
    long report's job number printed again on its last page ("25-09651 (E) 090725" at 88
    pt) are removed and logged; a line of text as low, or figures that are no foot, stay."""
    lines = [
        _set(1, "1. The Board took note of the report.", 121.6, 700),
        _set(1, "25-04764X (E) 040425", 121.6, 82),
        _set(2, "2. It approved the programme of 25 projects.", 121.6, 700),
        _set(2, "25-04764 3", 121.6, 52),
        _set(3, "3. The Board decided to meet again.", 121.6, 700),
        _set(3, "It received 12 reports and 1,200 letters.", 121.6, 60),
        _set(3, "25-09651 (E) 090725", 121.6, 88),
    ]
    raw = pdf.read_layout(lines, "DP_2025_10.en.pdf")
    assert _removed(raw) == [
        ("cover-block", "25-04764X (E) 040425"),
        ("page-foot", "25-04764 3"),
        ("cover-block", "25-09651 (E) 090725"),
    ]
    assert [b.text for b in raw.furniture] == ["Job number 25-04764"]  # the first page's only
    assert any("1,200 letters" in b.text for b in raw.blocks)


def _typed(page: int, y: float, *spans: tuple[str, bool], x: float = 64.8) -> PdfLine:
    """A line of a typescript of the 1990s (10 pt type), its runs raised or not."""
    return PdfLine(page, x, 500.0, y, 10.0, False, tuple(Span(t, r) for t, r in spans), 612.0, 792.0)


def _removed(raw: object) -> list[tuple[str, str]]:
    return [(e.rule, e.removed) for e in raw.log if e.kind == "removed"]  # type: ignore[attr-defined]


def test_a_typescripts_furniture_and_its_notes_without_a_printed_rule() -> None:
    """A/52/620 (1997): the cover's job number ends "/..." (the text goes on overleaf), the
    running head's "Page 2" is set below the band, each page ends "/...", and a page's
    notes stand under a drawn rule (no text): the note opening with a raised "1" that the
    body marked is a note, with its next line; nothing of them stays in the body."""
    lines = [
        _typed(1, 400.0, ("1. At its 4th plenary meeting, the General Assembly decided", False)),
        _typed(1, 72.5, ("97-31708 (E) 181197 /...", False)),
        _typed(2, 749.3, ("A/52/620", False)),
        _typed(2, 737.5, ("English", False)),
        _typed(2, 714.0, ("Page 2", False)),
        _typed(2, 680.4, ("of Independence to Colonial Countries and Peoples (A/52/23),", False)),
        _typed(2, 668.6, ("chap. VIII);", False), ("1", True)),
        _typed(2, 128.2, ("1", True), (" To be issued as Official Records of the General Assembly,", False), x=94.8),
        _typed(2, 116.6, ("Session, Supplement No. 23 (A/51/23).", False)),
        _typed(2, 60.7, ("/...", False), x=523.2),
    ]
    raw = pdf.read_layout(lines, "A_52_620.en.pdf")
    assert _removed(raw) == [
        ("cover-block", "97-31708 (E) 181197 /..."),
        ("running-head", "A/52/620"),
        ("running-head", "English"),
        ("running-head", "Page 2"),
        ("continuation-mark", "/..."),
    ]
    assert [b.text for b in raw.furniture] == ["Job number 97-31708"]
    assert [(n.marker, n.text) for n in raw.notes] == [
        ("1", "To be issued as Official Records of the General Assembly,\nSession, Supplement No. 23 (A/51/23).")
    ]
    assert [e.rule for e in raw.log if e.rule == "notes-without-rule"] == ["notes-without-rule"]
    assert not any("To be issued" in b.text or "/..." in b.text or "Page 2" in b.text for b in raw.blocks)


def test_notes_whose_numbers_are_set_on_the_line_open_after_a_wide_gap() -> None:
    """TD/B/43/6 (1996): the notes "6 TRAINMAR stands for ..." and "7 Road, lake ..." print
    their numbers on the line, under a drawn rule, far below the body that marked them."""
    lines = [
        _typed(25, 649.3, ("74. TRAINMAR", False), ("6", True), (" centres have been established", False)),
        _typed(25, 565.4, ("(iv) RoadTracker and Lake/river Tracker", False), ("7", True)),
        _typed(25, 215.9, ("6. Insurance", False)),
        _typed(25, 144.2, ("6 TRAINMAR stands for Training for the Maritime Industry.", False)),
        _typed(25, 118.2, ("7 Road, lake, river, rail Tracker are elements of the Advance", False)),
        _typed(25, 104.2, ("Cargo Information System.", False), x=98.0),
    ]
    raw = pdf.read_layout(lines, "TD_B_43_6.en.pdf")
    assert [(n.marker, n.text) for n in raw.notes] == [
        ("6", "TRAINMAR stands for Training for the Maritime Industry."),
        ("7", "Road, lake, river, rail Tracker are elements of the Advance\nCargo Information System."),
    ]
    assert [b.text for b in raw.blocks][-1] == "6. Insurance"


def _sized(page: int, y: float, size: float, *spans: tuple[str, bool]) -> PdfLine:
    """A line of A/80/10 (body 10 pt, notes 9 pt), its runs raised or not."""
    return PdfLine(page, 113.0, 500.0, y, size, False, tuple(Span(t, r) for t, r in spans), 595.0, 842.0)


def _page_of_notes_going_on(next_text: str, next_size: float = 9.0) -> list[PdfLine]:
    """A/80/10, pp. 193-194: note 44 stops at "in particular the Geneva" at the page's
    foot (under the page's rule); overleaf, the body's lines (marking note 45), then (the
    rule a drawing) the note going on, then note 45."""
    return [
        _sized(201, 400.0, 10.0, ("the Optional Protocol to the Convention.", False), ("44", True)),
        _sized(201, 150.0, 10.0, ("__________________", False)),
        _sized(201, 135.7, 9.0, ("44", True), (" General Assembly 60th Session 61st Plenary Meeting.", False)),
        _sized(201, 91.8, 9.0, ("harmonization of that protocol with, in particular the Geneva", False)),
        _sized(202, 761.3, 10.0, ("as Brazil stated, the protection regime under the Convention", False)),
        _sized(202, 749.3, 10.0, ("political issues and legal clarification was crucial for the", False)),
        _sized(202, 737.3, 10.0, ("in the domestic courts. Nigeria pointed out that the Convention", False)),
        _sized(202, 665.3, 10.0, ("understandings and interpretations of the term in the", False)),
        _sized(202, 653.3, 10.0, ("Protocol must seriously be taken into account.", False), ("45", True)),
        _sized(202, 597.8, next_size, (next_text, False)),
        _sized(202, 531.8, next_size, ("3. Liechtenstein: The risks to which UN personnel were exposed.", False)),
        _sized(202, 300.0, next_size, ("45", True), (" The study identifies gaps in international law.", False)),
    ]


def test_a_note_going_on_overleaf_opens_the_next_pages_notes_area() -> None:
    """A/80/10, p. 194: the lines in the notes' smaller type, well below the body, after a
    page whose last note ends no sentence, are that note's (its "3. Liechtenstein" too),
    not the body's paragraphs (they were read as annex IV's paragraphs 3, 5, 6 again)."""
    raw = pdf.read_layout(_page_of_notes_going_on("Conventions of 1949 and their additional protocols."), "x.pdf")
    assert [n.marker for n in raw.notes] == ["44", "45"]
    assert raw.notes[0].text.endswith(
        "Conventions of 1949 and their additional protocols.\n"
        "3. Liechtenstein: The risks to which UN personnel were exposed."
    )
    assert [e.rule for e in raw.log if e.rule == "notes-without-rule"] == ["notes-without-rule"]
    assert not any("Liechtenstein" in b.text for b in raw.blocks)


def test_a_note_going_on_overleaf_is_not_the_bodys_own_text() -> None:
    """Declines: lines set larger than the note they would continue are the body's (a
    quotation); lines in the notes' type with no note opening below them on the page (a
    table set small after a page of notes, A/79/924's annex) are the body's too."""
    raw = pdf.read_layout(_page_of_notes_going_on("Conventions of 1949 and their protocols.", 10.0), "x.pdf")
    assert not any("going on" in (e.detail or "") for e in raw.log)  # note 45 opens its own area
    assert any("Liechtenstein" in b.text for b in raw.blocks)
    lines = _page_of_notes_going_on("Allegation category Cases in 2022 Cases in 2023")[:-1]
    raw = pdf.read_layout(lines, "x.pdf")
    assert not any(e.rule == "notes-without-rule" for e in raw.log)
    assert any("Allegation category" in b.text for b in raw.blocks)


def test_a_notes_area_without_a_rule_is_not_opened_by_the_body() -> None:
    """Declines: a paragraph "12 States ..." a paragraph's gap below the body (12 marked,
    its note not read), a marked number opening a line in the page's upper part, a raised
    number no marker of the body named; "English" after the body began is text, not the
    running head."""
    lines = [
        _typed(2, 749.3, ("A/52/620", False)),
        _typed(2, 700.0, ("The Committee noted the reports of States", False), ("12", True)),
        _typed(2, 676.5, ("12 States have since reported to the Committee.", False)),
        _typed(2, 640.0, ("English", False)),
        _typed(2, 600.0, ("12", True), (" opens a line high on the page", False)),
        _typed(2, 300.0, ("closing the page's text.", False)),
        _typed(2, 250.0, ("3", True), (" a raised figure no marker of the body named", False)),
    ]
    raw = pdf.read_layout(lines, "A_52_999.en.pdf")
    assert raw.notes == []
    assert not any(e.rule == "notes-without-rule" for e in raw.log)
    assert _removed(raw) == [("running-head", "A/52/620")]
    assert any(b.text.startswith("12 States") for b in raw.blocks)
    assert any("English" in b.text for b in raw.blocks)


def test_a_job_number_or_a_page_number_alone_at_a_pages_foot_is_furniture() -> None:
    """DP/2025/12/Add.1 prints its job number alone at 54 pt on even pages, A/53/603 its
    page's number alone at 66 pt, the page's last line: page feet; figures higher up,
    with words, or over another line (DP/OPS/2025/4's note number "9") are text."""
    lines = [
        _typed(2, 700.0, ("2. The Board took note of 25 reports.", False)),
        _typed(2, 54.1, ("25-04933", False), x=544.8),
        _typed(3, 700.0, ("3. It approved them.", False)),
        _typed(3, 100.0, ("4", False)),
        _typed(3, 65.8, ("3", False), x=547.7),
        _typed(4, 700.0, ("4. It met again.", False)),
        _typed(4, 79.6, ("9", False), x=59.8),
        _typed(4, 75.0, ("The Group further completed the audit fieldwork.", False), x=66.4),
    ]
    raw = pdf.read_layout(lines, "DP_2025_12_Add.1.en.pdf")
    assert _removed(raw) == [("page-foot", "25-04933"), ("page-foot", "3")]
    assert any(b.text == "4" for b in raw.blocks)
    assert any(b.text.startswith("9") for b in raw.blocks)  # a note's number over its line


def test_star_notes_a_page_prints_without_a_rule_are_notes() -> None:
    """E/ICEF/2025/AB/L.3/Add.2: "agenda*" and a title's raised "**" mark the notes "* E/ICEF/
    2025/11." and "** The Office ..." at the first page's foot, in the text's size (most
    of the document is a table in 8 pt), no rule printed; a note "70 ..." smaller than the
    text (A/79/924) a paragraph's gap under a caption opens the notes too."""
    lines = [
        _typed(1, 519.3, ("Item 14 of the provisional agenda*", False)),
        _typed(1, 471.9, ("assessment with established financial losses during 2024", False), ("**", True)),
        _typed(1, 261.9, ("386 in 2023, an 18 per cent increase.", False)),
        _typed(1, 155.2, ("* E/ICEF/2025/11.", False)),
        _typed(1, 144.7, ("** The Office of Internal Audit and Investigations has harmonized", False)),
        _typed(2, 535.0, ("Moldova's Liberation Day is not a holiday for our authorities.", False), ("70", True)),
        _typed(2, 121.0, ("Source: https://www.md.kp.media/online/news/5799768/", False)),
        dataclasses.replace(_typed(2, 94.1, ("70 В Молдавии запретили зажечь Вечный огонь", False)), size=7.0),
    ]
    raw = pdf.read_layout(lines, "E_ICEF_2025_AB_L.3_Add.2.en.pdf")
    assert [(n.marker, n.text) for n in raw.notes] == [
        ("*", "E/ICEF/2025/11."),
        ("**", "The Office of Internal Audit and Investigations has harmonized"),
        ("70", "В Молдавии запретили зажечь Вечный огонь"),
    ]


def test_the_symbol_at_the_covers_foot_is_the_documents_furniture() -> None:
    """FCCC/SBSTA/2011/MISC.14 prints its symbol in bold at the cover's foot, over its
    Geneva job number, after its notes: furniture that states the symbol, not a note's
    last line; a symbol in a note's text, or in bold higher up, is text."""
    bold = {"bold": True}
    lines = [
        _typed(1, 400.0, ("1. The SBSTA welcomed the report.", False), ("1", True)),
        _typed(1, 157.4, ("1", True), (" FCCC/SBSTA/2010/13, paragraph 47.", False)),
        _typed(1, 146.3, ("FCCC/SBSTA/2011/2", False)),
        dataclasses.replace(_typed(1, 111.3, ("FCCC/SBSTA/2011/MISC.14", False)), **bold),
        _typed(1, 87.5, ("GE.11-64419", False)),
        dataclasses.replace(_typed(2, 300.0, ("FCCC/SBSTA/2011/INF.1", False)), **bold),
    ]
    raw = pdf.read_layout(lines, "FCCC_SBSTA_2011_Misc.14.en.pdf")
    assert _removed(raw) == [("cover-symbol", "FCCC/SBSTA/2011/MISC.14"), ("cover-block", "GE.11-64419")]
    assert [b.text for b in raw.furniture] == ["FCCC/SBSTA/2011/MISC.14", "Job number GE.11-64419"]
    assert raw.notes[0].text == "FCCC/SBSTA/2010/13, paragraph 47.\nFCCC/SBSTA/2011/2"
    assert any(b.text == "FCCC/SBSTA/2011/INF.1" for b in raw.blocks)


def test_notes_marked_with_a_slash_in_a_typescript() -> None:
    """A/49/624 (1994) marks its notes "1/" on the line ("... of the Committee. 1/") and
    opens each at the page's foot "1/ See A/49/23 (Part III)."; the markers become the
    notes' markers (logged), symbols such as "A/49/23" stay text, and a document with no
    note opening "N/ " keeps every "1/" as printed."""
    lines = [
        _typed(2, 621.8, ("arrangements by colonial Powers in their administration. 1/", False)),
        _typed(2, 305.9, ("(see para. 8). 2/ The voting was as follows: 3/", False)),
        _typed(2, 197.0, ("1/ See A/49/23 (Part III). To be incorporated in the", False), x=94.8),
        _typed(2, 185.2, ("Official Records.", False)),
        _typed(2, 163.3, ("2/ Statements in explanation of vote were made.", False), x=94.8),
        _typed(2, 117.9, ("3/ The delegation of Senegal informed the Committee.", False), x=94.8),
    ]
    raw = pdf.read_layout(lines, "A_49_624.en.pdf")
    assert [(n.marker, n.text) for n in raw.notes] == [
        ("1", "See A/49/23 (Part III). To be incorporated in the\nOfficial Records."),
        ("2", "Statements in explanation of vote were made."),
        ("3", "The delegation of Senegal informed the Committee."),
    ]
    texts = [b.text for b in raw.blocks]
    assert texts == [
        f"arrangements by colonial Powers in their administration.{sentinel('1')}",
        f"(see para. 8).{sentinel('2')} The voting was as follows:{sentinel('3')}",
    ]
    assert sum(e.rule == "slash-marker" for e in raw.log) == 5
    plain = pdf.read_layout([_typed(2, 600.0, ("a ratio of 1/ 2 in the text 1/", False))], "x.pdf")
    assert [b.text for b in plain.blocks] == ["a ratio of 1/ 2 in the text 1/"]


def test_a_numbered_line_atop_a_page_after_an_items_and_opens_a_paragraph() -> None:
    """DP/FPA/2025/6: page 11 ends "... vacant positions; and", page 12 opens "36. Country
    offices need ...": paragraph 36, not the rest of 35 (once the page's number "11"
    between them is furniture); a line that ends mid-sentence carries on."""
    measures = pdf._Measures(10.0, 93.6)
    ended = "processes for vacant positions; and"
    before, after = _typed(11, 104.4, (ended, False)), _typed(12, 696.2, ("36. Country offices need", False))
    assert pdf._opens_paragraph(before, after, measures, ended, after.text) is True
    running = "as set out in the report of the Board and"
    assert pdf._opens_paragraph(before, after, measures, running, after.text) is False


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


def test_a_number_glued_to_its_first_word_is_the_paragraphs_number() -> None:
    """S/2025/272: paragraph 290 ends page 62 without its stop ("... of Bosnia and
    Herzegovina"), page 63 opens "291.Since the invitation ...", its space lost: the number
    after 290's, which opens paragraph 291 where 290's line started; "291.5 tonnes" (a
    figure) is no paragraph's number."""
    assert pdf._marks("291.Since the invitation to the NATO membership") == {"number": ("291", "290")}
    assert pdf._marks("291. Since the invitation") == {"number": ("291", "290")}
    assert pdf._marks("291.5 tonnes were destroyed") == {}
    opened = {"number": ("290", 100.6)}
    line = _set(63, "291.Since the invitation to the NATO membership Action Plan", 100.6, 706.1)
    assert pdf._next_paragraph(opened, line, line.text) is True


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


def _small(page: int, y: float, *spans: tuple[str, bool], x: float = 123.4, size: float = 8.5) -> PdfLine:
    """A line of a note or a chart's sources, set smaller than the text."""
    return PdfLine(page, x, 500.0, y, size, False, tuple(Span(t, r) for t, r in spans), 612.0, 792.0)


def test_a_note_set_down_in_the_feet_band_is_a_note() -> None:
    """DP/2025/23, page 11: note 3 is set at 40 pt, in the band of the page's foot, under
    note 2: a line opening with the raised marker of a note the body marked and whose
    text is still to come is that note. A line as low opening with a raised figure no
    marker of the body named ("9") is the page's foot."""
    lines = [
        _typed(11, 600.0, ("endorsed by the Finance and Budget Network", False), ("3", True), (" for use", False)),
        _typed(11, 300.0, ("as defined in the harmonized classification.", False), ("2", True)),
        _small(11, 49.0, ("2", True), (" The harmonized cost classification categories.", False), x=72.0),
        _small(11, 39.9, ("3", True), (" See document CEB/2022/HLCM/FBN/7.", False), x=72.0),
        _small(11, 30.0, ("9", True), (" 25-10740", False), x=72.0),
    ]
    raw = pdf.read_layout(lines, "DP_2025_23.en.pdf")
    assert [(n.marker, n.text) for n in raw.notes] == [
        ("2", "The harmonized cost classification categories."),
        ("3", "See document CEB/2022/HLCM/FBN/7."),
    ]
    assert _removed(raw) == [("page-foot", "9 25-10740")]


def _figure_page(labels: list[PdfLine]) -> list[PdfLine]:
    """A/80/82's pages 1 and 2: the summary's note "a", then figure I, whose notes "a"
    and "b" stand under its sources, above the page's rule and its note 1."""
    return [
        _set(1, "The underlying data are contained in the statistical annex.", 123.7, 255.9),
        _small(1, 229.0, ("a", True), (" Available at www.un.org/ohrlls.", False), x=116.9),
        _set(2, "1. Progress towards the Goals remains insufficient, affecting 692 million people.", 123.4, 631.9),
        *[
            _set(2, "Least developed countries continue to face disproportionately high poverty.", 123.4, y)
            for y in (619.9, 607.9, 595.9, 583.9)
        ],
        _set(2, "Figure I", 123.4, 409.8),
        _set(2, "Real gross domestic product growth in least developed countries, 2010–2026", 123.4, 397.8),
        *labels,
        _small(2, 139.2, ("Source: United Nations, Department of Economic and Social Affairs.", False), x=123.2),
        _small(2, 118.4, ("a", True), (" Partially estimated.", False), x=130.9),
        _small(2, 107.8, ("b", True), (" Forecast.", False), x=130.9),
        _set(2, "__________________", 99.6, 94.6, size=7.9),
        _small(2, 80.4, ("1", True), (" World Economic Situation and Prospects 2025.", False), x=116.9),
    ]


def test_a_pictured_charts_notes_are_kept_with_it_as_printed() -> None:
    """A/80/82's figure I is a picture (no word of it in the text): its notes "a" and "b"
    carry markers only the picture prints. They are kept with the figure as printed,
    each said, not read as notes (one of them a second note "a" of the document)."""
    lines = _figure_page([])
    lines[2] = dataclasses.replace(lines[2], spans=(Span(lines[2].text, False), Span("1", True)))
    raw = pdf.read_layout(lines, "A_80_82.en.pdf")
    assert [(n.marker, n.text) for n in raw.notes] == [
        ("a", "Available at www.un.org/ohrlls."),
        ("1", "World Economic Situation and Prospects 2025."),
    ]
    figure = next(block for block in raw.blocks if block.kind == "figure")
    assert figure.text.endswith("Affairs. a Partially estimated. b Forecast.")
    assert figure.figure is not None and len(figure.figure.sources) == 3
    said = [(e.kind, e.line) for e in raw.log if e.rule == "figure-note"]
    assert said == [("warning", 11), ("warning", 12)]


def test_a_charts_notes_stay_notes_where_its_words_are_in_the_text() -> None:
    """Declines: a chart whose words are in the text (its axis) may print its notes'
    markers among them, and a page whose text marks them has them as notes: they stay
    notes, as before."""
    axis = [_small(2, 300.0, ("2010 2014 2018 2022 2024", False), x=140.0), _small(2, 200.0, ("4.1", False))]
    raw = pdf.read_layout(_figure_page(axis), "A_80_82.en.pdf")
    assert [n.marker for n in raw.notes] == ["a", "a", "b", "1"]
    assert not any(e.rule == "figure-note" for e in raw.log)
    # a page's notes set with no rule just under a pictured chart (DP/FPA/2025/6, page
    # 14), their markers printed in the page's text: notes
    lines = _figure_page([])
    lines[2] = dataclasses.replace(lines[2], spans=(Span(lines[2].text, False), Span("a,b", True)))
    raw = pdf.read_layout(lines, "A_80_82.en.pdf")
    assert [n.marker for n in raw.notes] == ["a", "a", "b", "1"]
    assert not any(e.rule == "figure-note" for e in raw.log)


def test_raised_letters_no_note_has_are_letters() -> None:
    """``_unnoted_letters``: "c,d" marks notes c and d when the document has both; a list
    with a letter no note has, or "th", is text; figures are never letters."""
    assert pdf._unnoted_letters("c,d", frozenset({"a", "b", "c", "d"})) is False
    assert pdf._unnoted_letters("c,d", frozenset({"c"})) is True
    assert pdf._unnoted_letters("th", frozenset({"t", "h"})) is True
    assert pdf._unnoted_letters("38 ,39", frozenset()) is False


def _keyed_page(key: str) -> list[PdfLine]:
    """DP/2025/12, page 18: "Top 15 contributors⁴" and "United States of America*"; note
    4 at the page's foot, its text opening with ``key``."""
    return [
        _typed(18, 668.5, ("Top 15 contributors to regular resources", False), ("4", True)),
        _typed(18, 657.1, ("Germany, United States of America", False), ("*", True), (",Japan, Switzerland", False)),
        *[
            _typed(18, y, ("The partners had multi-year pledges to contribute regular resources.", False))
            for y in (640, 628)
        ],
        _typed(18, 87.0, ("__________________", False)),
        _small(18, 73.5, ("4", True), (f" {key} the inclusion of regular resources received in 2024.", False)),
    ]


def test_a_raised_star_a_notes_text_explains_is_kept_as_printed() -> None:
    """DP/2025/12: note 4's text opens "* Indicates ...": the raised star on "America" is
    the sign it explains, no note's marker (none is marked "*"): kept as printed, said."""
    raw = pdf.read_layout(_keyed_page("* Indicates"), "DP_2025_12.en.pdf")
    assert [n.marker for n in raw.notes] == ["4"]
    text = next(block.text for block in raw.blocks if "America" in block.text)
    assert "America*,Japan" in text and sentinel("*") not in text
    assert [(e.rule, e.line) for e in raw.log if e.rule == "keyed-symbol"] == [("keyed-symbol", 2)]


def test_a_raised_star_no_notes_text_explains_stays_a_marker() -> None:
    """Declines: where no note's text opens with the star, the raised star is a marker
    (of a note the source lacks: said so by the structure)."""
    raw = pdf.read_layout(_keyed_page("Indicates"), "DP_2025_12.en.pdf")
    text = next(block.text for block in raw.blocks if "America" in block.text)
    assert sentinel("*") in text
    assert not any(e.rule == "keyed-symbol" for e in raw.log)


def test_a_notes_number_set_on_the_line_with_a_stop_opens_the_notes_in_their_size() -> None:
    """DP/FPA/2025/6, page 23: note 18 is printed "18. In 2024, OAIS sent ...", in the
    notes' size, far under the text that marked it, no rule printed: the notes area, the
    stop part of its marker. Declines: "12. ..." as large as the text, as far down, is a
    paragraph (12 marked, its note to come)."""
    lines = [
        _typed(23, 673.2, ("each of which required further review and action.", False), ("18", True)),
        _typed(23, 581.2, ("whether they fall within the mandate, before opening a case.", False)),
        _small(
            23, 79.7, ("18. In 2024, OAIS sent nine referrals concerning nine of these non-cases.", False), size=7.9
        ),
        _small(23, 70.3, ("Nations agency, where appropriate.", False), size=7.9),
    ]
    raw = pdf.read_layout(lines, "DP_FPA_2025_6.en.pdf")
    assert [(n.marker, n.text) for n in raw.notes] == [
        (
            "18",
            "In 2024, OAIS sent nine referrals concerning nine of these non-cases.\nNations agency, where appropriate.",
        )
    ]
    lines = [
        _typed(2, 600.0, ("The Committee noted the reports of States", False), ("12", True)),
        _typed(2, 400.0, ("closing the page's text.", False)),
        _typed(2, 300.0, ("12. States have since reported to the Committee.", False)),
    ]
    raw = pdf.read_layout(lines, "A_52_999.en.pdf")
    assert raw.notes == [] and any(b.text.startswith("12. States") for b in raw.blocks)


def test_a_bulleted_items_line_wrapped_under_its_text_goes_on() -> None:
    """A/80/10's bibliography: "• UN General Assembly, Report of special committee on
    peacekeeping operations," then "A/75/19(2021)." under the item's text, past the bullet:
    one item, whatever its first letter. Declines: after a line that ends the item, or
    where the next line is bulleted or set back at the bullet, a paragraph opens."""
    measures = pdf._Measures(10.0, 113.3)
    item = "• UN General Assembly, Report of special committee on peacekeeping operations,"
    wrapped = "A/75/19(2021)."

    def at(text: str, x: float, y: float) -> PdfLine:
        return PdfLine(208, x, 500.0, y, 10.0, False, (Span(text, False),), 612.0, 792.0)

    assert pdf._opens_paragraph(at(item, 133.2, 212.2), at(wrapped, 141.7, 200.7), measures, item, wrapped) is False
    ended = "• UN Security Council, On peacekeeping reform, S/RES/2378(2017)."
    assert pdf._opens_paragraph(at(ended, 133.2, 212.2), at(wrapped, 141.7, 200.7), measures, ended, wrapped) is True
    plain = "UN General Assembly, Report of special committee on peacekeeping operations,"
    assert pdf._opens_paragraph(at(plain, 133.2, 212.2), at(wrapped, 141.7, 200.7), measures, plain, wrapped) is True


def test_a_running_head_set_below_the_top_band_is_known_by_its_repeating() -> None:
    """DP/FPA/2025/5 prints "DP/FPA/2025/5" 88 pt from the top of every page, below the
    running head's band: the same symbol opening pages 2 to 4 is removed and logged; a
    symbol opening a single page (a heading quoting it), or words repeated, are kept."""
    lines = [_set(1, "1. The report covers 2024.", 106.0, 600)]
    for page in (2, 3, 4):
        lines += [_set(page, "DP/FPA/2025/5", 43.0, 704.1, bold=True, size=8.5)]
        lines += [_set(page, f"{page}. The evaluation function grew in 2024 on page {page}.", 106.0, 680)]
    raw = pdf.read_layout(lines, "DP_FPA_2025_5.en.pdf")
    assert [e.removed for e in raw.log if e.rule == "running-head"] == ["DP/FPA/2025/5"] * 3
    once = [*lines[:3], _set(3, "DP/FPA/2025/6", 43.0, 704.1, bold=True, size=8.5), *lines[4:]]
    once = [line for line in once if line.text != "DP/FPA/2025/5" or line.page == 2]
    kept = pdf.read_layout(once, "DP_FPA_2025_5.en.pdf")
    assert not any(e.rule == "running-head" for e in kept.log)
    assert pdf._low_running_heads(once, set()) == set()


def test_a_sideways_heads_character_on_a_line_of_the_other_margin_is_furniture() -> None:
    """A/AC.172/2025/2's landscape pages: "1." at x 40 and "/2" at x 740 share a baseline
    and are read as one line, "/2" one of the right margin's characters of
    "A/AC.172/2025/2" set sideways: the line is removed with them."""

    def wide(text: str, x: float, y: float, pieces: tuple[tuple[int, float, float], ...] = ()) -> PdfLine:
        return PdfLine(3, x, x + 5, y, 8.4, True, (Span(text, False),), 792.0, 612.0, pieces=pieces)

    lines = [
        _set(2, "1. The calendar is annexed to the note, as the page's lines show.", 123.4, 700),
        *(wide(t, 740.4, y) for t, y in (("C", 538.8), (".1", 530.4), ("7", 525.9), ("2", 521.6))),
        wide("1.   /2", 39.6, 515.7, ((0, 39.6, 45.0), (5, 740.4, 746.0))),
        *(wide(t, 740.4, y) for t, y in (("0", 510.5), ("2", 506.0), ("5", 501.7))),
    ]
    raw = pdf.read_layout(lines, "A_AC.172_2025_2.en.pdf")
    removed = [e.removed for e in raw.log if e.rule == "sideways-furniture"]
    assert "1.   /2" in removed and len(removed) == 8
    assert not any("/2" in block.text for block in raw.blocks)
