"""Tables kept as tables: read from an official PDF's layout (rows, cells, column heads,
a caption, sources, notes a, b, c at their markers), one across a page break, and
written as a table to the page, the JSON record and the search text; the judge's check
that none is read as prose; and tables of a PDF's text extraction, written a cell a
line. The facts were read off the PDFs and the text by hand
(tests/fixtures/tables/README.md)."""

from __future__ import annotations

import functools
import re

from benchmarks.corpus_check import _table_problems
from build_scripts.model import Document, Paragraph, Table, TableCell, TableRow
from build_scripts.pipeline import read_source
from build_scripts.readers.pdf_tables import find_tables, is_row
from build_scripts.readers.text_tables import find_tables as find_text_tables
from build_scripts.readers.text_tables import head_cells
from build_scripts.sources import Source
from build_scripts.transforms.citations import load_catalogue
from build_scripts.transforms.links import build_link_index
from build_scripts.writers.json_export import document_record
from build_scripts.writers.pages import render_document

from .fixture_pdf import FIXTURES, convert
from .pdf_lines import cells_line as _line


def tables(doc: Document) -> list[Paragraph]:
    return [p for p in doc.all_paragraphs() if p.table is not None]


def grid(para: Paragraph) -> list[list[str]]:
    assert para.table is not None
    return [[cell.text(para.text) for cell in row.cells] for row in para.table.rows]


def test_a_reports_table_is_one_table_with_its_caption_heads_rows_and_sources() -> None:
    """A/80/176: the table under para. 13 is ``table1``: its bold title and unit its
    caption (no longer a heading and a paragraph), its heads set over three lines in
    italics one header row, four rows of figures, its source and note lines under it."""
    doc = convert("tables/A_80_176.en.pdf")
    [table] = tables(doc)
    ids = [p.id for p in doc.paragraphs]
    assert ids[ids.index("para13") + 1 : ids.index("para13") + 3] == ["table1", "para14"]
    assert table.kind == "table" and table.table is not None
    assert [table.text[a:b] for a, b in table.table.caption] == [
        "Trends in income inequality by region, 1990 to 2022",
        "(Number of countries by observed trend in the Gini coefficient)",
    ]
    rows = grid(table)
    assert rows[0] == [
        "",
        "Africa",
        "Asia",
        "Latin America and the Caribbean",
        "Europe, Northern America, Oceania and Japan",
        "Total",
        "Percentage of countries",
        "Percentage of total population",
    ]
    assert rows[1:] == [
        ["Rising inequality", "9", "13", "4", "26", "52", "40.6", "65.3"],
        ["Decreasing inequality", "24", "12", "16", "14", "66", "51.6", "27.0"],
        ["No trend", "2", "2", "–", "6", "10", "7.8", "7.7"],
        ["Total", "35", "27", "20", "46", "128", "100.0", "100.0"],
    ]
    assert [row.header for row in table.table.rows] == [True, False, False, False, False]
    sources = [table.text[a:b] for a, b in table.table.sources]
    assert sources[0].startswith("Source: World Institute for Development Economics Research")
    assert sources[3].startswith("Note: The period covered comprises 1990")


def test_a_tables_notes_a_and_b_stand_in_their_cells_and_are_the_pages_notes() -> None:
    """Its notes "a" (on "Percentage of total population") and "b" (on "No trend"),
    raised in the cells and printed under the table, are linked to their markers."""
    doc = convert("tables/A_80_176.en.pdf")
    [table] = tables(doc)
    assert table.table is not None
    marks = {ref.marker: ref for ref in table.footnote_refs}
    assert sorted(marks) == ["a", "b"]
    notes = {note.id: note for note in doc.footnotes}
    assert notes[marks["a"].footnote_id].marker == "a" and not notes[marks["a"].footnote_id].missing
    head, no_trend = table.table.rows[0].cells[-1], table.table.rows[3].cells[0]
    assert head.spans[-1][1] == marks["a"].offset  # the marker closes the cell it stood in
    assert no_trend.spans[-1][1] == marks["b"].offset


def test_a_table_on_the_page_json_and_search() -> None:
    """The page shows it as an HTML table anchored ``table1`` (heads as ``th``, its
    notes' markers linked in their cells); the JSON record keeps its rows and cells;
    its words are the paragraph's text the search indexes."""
    doc = convert("tables/A_80_176.en.pdf")
    index = build_link_index([doc], load_catalogue())
    page = render_document(doc, index)
    block = re.search(r'<div id="table1" class="un-para un-table".*?</div>', page)
    assert block is not None and "\n" not in block.group(0)
    html = block.group(0)
    assert "<caption>" in html and "Trends in income inequality by region, 1990 to 2022" in html
    assert "<th>Africa</th>" in html and "<td>Rising inequality</td><td>9</td>" in html
    assert html.count("<tr>") == 5 and html.count("un-table-source") == 2  # source and note, each one paragraph
    assert re.search(r"<th>Percentage of total population<sup[^>]*>.*?>a<", html)
    record = document_record(doc, index)
    [entry] = [p for p in record["paragraphs"] if p["id"] == "table1"]
    assert entry["kind"] == "table"
    assert [c["text"] for c in entry["table"]["rows"][4]["cells"]][:2] == ["Total", "35"]
    assert entry["table"]["rows"][0]["header"] is True
    assert "Decreasing inequality 24 12 16 14 66 51.6 27.0" in entry["text"]


def test_a_table_across_a_page_break_is_one_table_its_repeated_head_dropped() -> None:
    """A/RES/78/252: the annex's staffing table runs from page 10 to page 11, where its
    column heads are printed again: one table ``annex-table1`` with one header row
    (the repeat logged as removed), 41 rows, its last "Total 10 415 4 079 14 494"."""
    doc = convert("tables/A_RES_78_252.pdf")
    [table] = tables(doc)
    assert table.id == "annex-table1" and table.part == "Annex"
    rows = grid(table)
    assert len(rows) == 41
    assert [row.header for row in table.table.rows if row.header] == [True]  # type: ignore[union-attr]
    assert rows[0] == [
        "Category",
        "Number of posts (excluding special political missions)",
        "Number of posts (special political missions)",
        "Total",
    ]
    assert rows[3] == ["Deputy Secretary-General", "1", "–", "1"]
    assert rows[-2:] == [["Income section 3 total", "64", "–", "64"], ["Total", "10 415", "4 079", "14 494"]]
    rules = [entry.rule for entry in doc.log]
    assert rules.count("table-header-repeated") == 3 and "table-continued" in rules


def test_a_resolutions_table_notes_a_b_c_are_linked() -> None:
    """A/RES/78/249's annex table: notes a, b and c of its cells (c twice) are its notes,
    and the operative paragraphs around it are as before."""
    doc = convert("real/A_RES_78_249.pdf")
    [table] = tables(doc)
    assert [ref.marker for ref in table.footnote_refs] == ["a", "b", "c", "c"]
    assert grid(table)[1] == ["Estimated appropriation for 2024", "63 930 800", "58 552 400"]
    assert grid(table)[0][1:] == ["Gross (United States dollars)", "Net of staff assessment"]
    assert _table_problems(doc) == []


def test_is_row_declines_a_numbered_paragraph_and_prose() -> None:
    """A paragraph's number set apart from its text is a label, not a cell; prose is one piece."""
    assert is_row(_line(700, ("13.", 72, 84), ("Since 1990, income inequality has increased", 108, 500))) is False
    assert is_row(_line(700, ("Since 1990, income inequality has increased in most countries", 72, 540))) is False
    assert is_row(_line(700, ("Rising inequality", 72, 150), ("9", 240, 246), ("13", 280, 290))) is True


def test_find_tables_needs_a_caption_or_three_rows_of_three_columns() -> None:
    """Two lines of two columns (names side by side) are no table; three rows of three
    columns one under the other are."""
    pair = [
        _line(700, ("Argentina", 72, 120), ("Brazil", 300, 330)),
        _line(688, ("Chile", 72, 100), ("Peru", 300, 322)),
    ]
    assert find_tables(pair, 10.0) == []
    rows = [
        _line(700 - 12 * n, (name, 72, 140), (a, 300, 320), (b, 400, 420))
        for n, (name, a, b) in enumerate([("Africa", "9", "24"), ("Asia", "13", "12"), ("Total", "22", "36")])
    ]
    [found] = find_tables(rows, 10.0)
    assert [row.lines for row in found.rows] == [[0], [1], [2]] and len(found.columns) == 3


def _doc(*paragraphs: Paragraph) -> Document:
    return Document("A/1", "General Assembly", "report", "T", paragraphs=list(paragraphs))


def test_the_judge_finds_a_table_read_as_prose_or_a_caption_without_its_table() -> None:
    """Hand-checked on A/RES/78/249 before tables were read (its rows as paragraphs:
    "... for 2024 63 930 800 58 552 400 ..."), A/79/7/Add.13 ("Table 2" a paragraph
    before its title), and prose lists and spaced job numbers that are no tables."""
    flat = Paragraph("p1", "numbered", None, "Estimated appropriation for 2024 63 930 800 58 552 400 Revised")
    assert _table_problems(_doc(flat)) == ["table or chart read as prose"]
    listed = Paragraph("op1", "operative", "1", "for programmes 5, 7, 8, 9, 12, 15, 16, 18, 19 and 22")
    job = Paragraph("para2", "numbered", "2", "Democratic Republic of the Congo. 2 5 -0 4 0 4 2")
    assert _table_problems(_doc(listed, job)) == []
    caption = Paragraph("h1", "heading", None, "Table 2")
    title = Paragraph("p2", "numbered", None, "Resource requirements for 2025")
    assert _table_problems(_doc(caption, title)) == ["table caption without its table"]
    grid_ = Table([TableRow([TableCell([(8, 15)])])], caption=[(0, 7)])
    read = Paragraph("table1", "table", None, "Table 2 Rows 12", table=grid_)
    assert _table_problems(_doc(read)) == []
    cited = Paragraph("para3", "numbered", "3", "Table 2 shows the resources requested for 2025.")
    assert _table_problems(_doc(cited)) == []
    # A/80/16, hand-checked: "Table 31.I.2" names where an amendment goes, no table
    place = Paragraph("h1", "heading", None, "Table 31.I.2")
    column = Paragraph("h2", "heading", None, "Column “2026 (planned)”")
    change = Paragraph("h3", "heading", None, "Replace “a proposal” with “proposals”.")
    assert _table_problems(_doc(place, column, change)) == []
    assert _table_problems(_doc(place, column)) == ["table caption without its table"]


@functools.cache
def convert_text(path: str) -> Document:
    source = FIXTURES / path
    doc, proof = read_source(Source(source.name, source.read_text(encoding="utf-8"), {}, []))
    assert proof.problems == []  # every word of the text accounted for
    return doc


def test_a_text_extractions_table_a_cell_a_line_is_one_table_across_its_page_break() -> None:
    """A/RES/79/255 as PyMuPDF wrote it: the annex table's cells one a line (a label,
    then two figures; a line holding a space for an empty cell), cut by a page break
    where its four head lines are printed again. One table ``annex-table1``: its head
    (the unit goes with the head above it), 12 rows, notes a and b under it as its
    sources; the repeated head logged as removed. No row is left as prose."""
    doc = convert_text("tables/A_RES_79_255.txt")
    [table] = tables(doc)
    assert table.id == "annex-table1" and table.part == "Annex"
    assert table.table is not None
    rows = grid(table)
    assert [row.header for row in table.table.rows].count(True) == 1
    assert rows[0] == ["", "Gross", "Net of staff assessment (United States dollars)"]
    assert rows[1] == ["Estimated appropriation for 2025a", "62 287 400", "57 451 300"]
    assert rows[3] == ["Recommendations of the Fifth Committee", "–", "–"]
    assert rows[5] == ["Total assessment for 2025", "", ""]  # first row of the next page
    assert rows[-1] == [
        "Contributions assessed on Member States in accordance with the scale of assessments "
        "applicable to peacekeeping operations of the United Nations for 2025",
        "23 999 350",
        "21 578 050",
    ]
    assert len(rows) == 13
    assert [table.text[a:b] for a, b in table.table.sources] == [
        "a See A/79/555.",
        "b Reflects amounts after recosting.",
    ]
    rules = [entry.rule for entry in doc.log]
    assert rules.count("table-header-repeated") == 4 and "table-continued" in rules
    assert _table_problems(doc) == []
    assert [p.id for p in doc.paragraphs][-1] == "annex-table1"


def test_a_text_extractions_table_in_the_real_fixture_and_its_notes() -> None:
    """A/RES/78/249's text (tests/fixtures/real): its annex table, 13 rows of two figure
    columns under a head of four lines, its notes a, b, c under it."""
    doc = convert_text("real/A_RES_78_249.txt")
    [table] = tables(doc)
    assert table.table is not None and table.table.columns == 3
    rows = grid(table)
    assert len(rows) == 14 and rows[0] == ["", "Gross", "Net of staff assessment (United States dollars)"]
    assert rows[3] == [
        "Recommendations of the Advisory Committee on Administrative and Budgetary Questionsc",
        "(2 061 900)",
        "(1 897 200)",
    ]
    assert rows[11] == ["Of which:", "", ""]  # a row of empty cells: a line holding a space each
    assert len(table.table.sources) == 3
    assert _table_problems(doc) == []


def _text_lines(*texts: str) -> list[tuple[int, str]]:
    return list(enumerate(texts, start=1))


def test_text_find_tables_declines_prose_and_a_short_or_broken_cycle() -> None:
    """Numbered paragraphs, a number alone on its line, and two rows of figures are no
    table; a row with more figures than the cycle's cells ends the table before it."""
    prose = _text_lines(
        "9. ", "Decides to appropriate 65,459,100 dollars;", " ", "10. ", "Requests the Secretary-General"
    )
    assert find_text_tables(prose) == []
    two_rows = _text_lines("Africa", "9", "24", "Asia", "13", "12", " ")
    assert find_text_tables(two_rows) == []
    broken = _text_lines(
        "Africa", "9", "24", "Asia", "13", "12", "Europe", "5", "6", "Total", "27", "42", "7", "Next paragraph"
    )
    [found] = find_text_tables(broken)
    assert len(found.rows) == 3 and found.columns == 2  # "Total 27 42 7" breaks the cycle


def test_text_table_head_grouped_into_columns_or_kept_whole() -> None:
    """Head lines opening with a bracket or in lower case go on the head above; as many
    heads as columns are taken one a column; otherwise the lines are not split (None)."""
    lines = _text_lines(
        "Category",
        "Number of posts",
        "(excluding special",
        "political missions)",
        "Total",
        "D-1",
        "313",
        "366",
        "D-2",
        "118",
        "127",
        "P-5",
        "939",
        "1 131",
    )
    [found] = find_text_tables(lines)
    assert [lines[i][1] for i in found.head] == [
        "Category",
        "Number of posts",
        "(excluding special",
        "political missions)",
        "Total",
    ]
    groups = head_cells(lines, found.head, found.columns)
    assert groups is not None and [[lines[i][1] for i in g] for g in groups] == [
        ["Category"],
        ["Number of posts", "(excluding special", "political missions)"],
        ["Total"],
    ]
    assert head_cells(lines, found.head, 4) is None


def test_the_lines_under_a_table_are_shown_as_the_paragraphs_they_make() -> None:
    """A/80/176's source, wrapped over three printed lines, and its note over two: two
    paragraphs under the table on the page, not five."""
    from build_scripts.writers.pages import source_paragraphs

    doc = convert("tables/A_80_176.en.pdf")
    [table] = tables(doc)
    assert table.table is not None
    grouped = source_paragraphs(table, table.table)
    texts = [" ".join(table.text[a:b] for a, b in lines) for lines in grouped]
    assert len(texts) == 2
    assert texts[0].startswith("Source: World Institute") and texts[0].endswith(
        "(accessed between September and October 2024)."
    )
    assert texts[1].startswith("Note: The period covered") and texts[1].endswith("128 countries with recorded data.")
    page = render_document(doc, build_link_index([doc], load_catalogue()))
    assert page.count('<p class="un-table-source">') == 2
