"""Tables the reader once missed, so that their figures and labels were read as
paragraphs (their numbers counted as the paragraphs' numbering): a spreadsheet pasted
shrunk, a table carried on by the next page's rows, a table of recommendations whose
groups are named across it, a programme of work whose agenda items stand in a column,
and a table whose cells run together under a header of many columns (said on the page).
The facts were read off the PDFs by hand (tests/fixtures/tables/README.md)."""

from __future__ import annotations

from dataclasses import replace

from benchmarks.corpus_check import _numbering_problems, _table_problems
from build_scripts.model import Document, Paragraph
from build_scripts.readers.pdf import _opens_body
from build_scripts.readers.pdf_tables import (
    _carried_on,
    _groups_rows,
    _head_columns,
    _in_column,
    _run_together_row,
    find_tables,
)

from .fixture_pdf import convert
from .pdf_lines import cells_line as _line


def tables(doc: Document) -> list[Paragraph]:
    return [p for p in doc.all_paragraphs() if p.table is not None]


def grid(para: Paragraph) -> list[list[str]]:
    assert para.table is not None
    return [[cell.text(para.text) for cell in row.cells] for row in para.table.rows]


def test_a_spreadsheet_pasted_shrunk_is_read_as_a_table() -> None:
    """DP/2025/23, p. 10 (with its cover): the integrated resources plan, a spreadsheet
    whose fonts of size 14 the page prints at 5.8 points. Measured at its printed size
    it is a table (its caption, unit, heads and rows), not 30 headings and paragraphs of
    figures; under it, para. 36 goes on as a paragraph."""
    doc = convert("tables/DP_2025_23_p1_p10.pdf")
    first, second = tables(doc)
    assert first.table is not None
    assert [first.text[a:b] for a, b in first.table.caption] == [
        "Table 1. Integrated resources plan, 2026-2029",
        "(In millions of United States dollars)",
    ]
    rows = grid(first)
    assert rows[0][1] == "2022-2025 updated estimates" and rows[0][5] == "2026-2029 planning estimates"
    assert rows[-1] == [
        "Total 1. Resources available",
        "2,995.4 21,720.6",
        "1,656.0",
        "26,371.9",
        "2,400.7",
        "19,663.3",
        "1,740.1",
        "23,804.1",
    ]
    # the spreadsheet's second block, a little further down: a table of its own
    assert grid(second)[-1] == [
        "3. Balance of resources",
        "245.9",
        "3,616.6",
        "-",
        "3,862.5",
        "",
        "139.6",
        "1,799.5",
        "-",
        "1,939.1",
        "",
    ]
    assert [p.id for p in doc.paragraphs][-3:] == ["table1", "table2", "para36"]
    assert _table_problems(doc) == []


def test_a_table_carried_on_by_the_next_pages_rows_is_one_table() -> None:
    """DP/FPA/2025/5, pp. 4-5: table 1's indicators 9 and 10 open p. 5 under a running
    head set below the top band ("DP/FPA/2025/5", removed); alone they would be no
    table (few cells filled), against table 1's columns they carry it on. Paragraphs 17
    and 18 stand before and after it, the numbering unbroken."""
    doc = convert("tables/DP_FPA_2025_5_p1-5.pdf")
    [table] = tables(doc)
    ids = [p.id for p in doc.paragraphs]
    assert ids[ids.index("para17") + 1 : ids.index("para17") + 3] == ["table1", "para18"]
    rows = grid(table)
    assert rows[0][:3] == ["Key performance indicator", "Description", "2015"]
    labels = [row[0] for row in rows]
    assert "9. Use of" in labels and "10. Engagement" in labels
    assert rows[labels.index("10. Engagement")][2:12] == [
        "-",
        "-",
        "-",
        "-",
        "54.0",
        "57.0",
        "57.0",
        "61.0",
        "58.0",
        "58.8",
    ]
    assert any(e.rule == "table-continued" for e in doc.log)
    heads = [e.removed for e in doc.log if e.rule == "running-head"]
    assert heads.count("DP/FPA/2025/5") == 4  # pp. 2-5
    assert not any(p.text == "DP/FPA/2025/5" for p in doc.all_paragraphs())
    assert _numbering_problems(doc) == [] and _table_problems(doc) == []


def test_a_table_whose_groups_are_named_across_it_runs_over_its_page() -> None:
    """S/2025/476: the Committee's positions on four recommendations, one table over
    pp. 3-4: "Strengthening prevention of online radicalization ..." (bold, across the
    table) names the group of the rows under it; the recommendations' numbers 1 to 4 are
    the table's, not paragraphs (before: a second "para2")."""
    doc = convert("tables/S_2025_476.en.pdf")
    [table] = tables(doc)
    rows = grid(table)
    assert rows[0] == ["", "Recommendation", "Paragraph", "Position of the Committee"]
    assert [row[1] for row in rows if row[0] == ""][1:] == [
        "Travel of listed individuals",
        "Strengthening prevention of online radicalization of youth by terrorist groups",
        "Financing of terrorism",
    ]
    assert [row[0] for row in rows if row[0]] == ["1.", "2.", "3.", "4."]
    assert [p.id for p in doc.paragraphs if p.number] == ["para1", "para2"]
    assert _numbering_problems(doc) == []


def test_a_programme_of_work_is_tables_its_agenda_items_in_a_column() -> None:
    """A/AC.121/2025/L.2: the draft programme of work opens the body under its title, a
    table ("Date/time", "Agenda item", "Documents"); agenda items 1 to 9 stand in its
    column, never numbered paragraphs (before: paragraphs 2 to 5 and 7)."""
    doc = convert("tables/A_AC.121_2025_L.2.en.pdf")
    assert [p.id for p in doc.paragraphs] == ["table1", "table2"]
    first = grid(tables(doc)[0])
    assert first[0] == ["Date/time", "", "Agenda item", "Documents"]
    assert [row[1] for row in first if row[1]] == ["1.", "2.", "3.", "4.", "5.", "5.", "5.", "6."]
    assert first[6] == ["", "3.", "Adoption of the agenda", "A/AC.121/2025/L.1"]
    # the briefing's participants, set a line under its title in the same cell's column
    assert first[-1][2].startswith("(Under-Secretaries-General for Peace Operations")
    assert _numbering_problems(doc) == []


def test_a_tables_cells_run_together_under_its_heads_are_said_on_the_page() -> None:
    """A/79/352, table 1 (pp. 8-10, landscape): "Encumbered" under each year, the cells
    less than a size apart, read as one piece. The header's twelve heads give the
    columns; a run-together cell stays in the column of its first word, and the page
    says so. The table runs over three pages, its head printed again dropped; no row of
    it is a paragraph."""
    doc = convert("tables/A_79_352_p1-3_p7-10.pdf")
    [table] = tables(doc)
    rows = grid(table)
    assert rows[0] == ["Positions", *map(str, range(2015, 2025)), "2025 planned"]
    assert rows[-2][0] == "Engineer (P-3)" and rows[-2][1].startswith("Encumbered Encumbered")
    assert rows[-1][0].startswith("Security Officer (P-3) Encumbered")
    assert ["Engineer (P-3)", *["–"] * 10, "Encumbered"] in rows
    warned = [e for e in doc.log if e.rule == "table-cells-run-together"]
    assert len(warned) == 1
    assert [e.removed for e in doc.log if e.rule == "table-header-repeated"].count(
        "Positions 2015 2016 2017 2018 2019 2020 2021 2022 2023 2024 2025 planned"
    ) == 2
    assert _table_problems(doc) == []


def _rows(*rows: tuple[str, ...], y: float = 700.0, step: float = 12.0) -> list:
    return [
        _line(y - step * n, *((text, 72.0 + 100 * k, 72.0 + 100 * k + 40) for k, text in enumerate(row)))
        for n, row in enumerate(rows)
    ]


def test_carried_on_judges_a_pages_rows_against_the_open_tables_columns() -> None:
    """Two rows mostly empty carry on a table whose columns they stand in; rows whose
    cells stand elsewhere do not."""
    columns = [(72.0, 112.0), (172.0, 212.0), (272.0, 312.0), (372.0, 412.0)]
    opening = _line(700, ("9. Use of", 72, 112), ("Percentage", 172, 212), ("100", 372, 412))
    rows = [opening, *_rows(("evaluation", "new country"), y=688)]
    found = _carried_on(rows, 0, 2, columns)
    assert found is not None and [r.lines for r in found.rows] == [[0], [1]]
    astray = [_line(700 - 12 * n, ("words", 130, 150), ("more", 330, 350)) for n in range(2)]
    assert _carried_on(astray, 0, 2, columns) is None
    # with the columns of the page before, its opening rows are found; without, not
    assert find_tables(rows, 10.0) == []
    assert len(find_tables(rows, 10.0, 0, columns)) == 1


def test_groups_rows_takes_a_bold_line_over_rows_never_a_caption() -> None:
    """A bold line over a row of cells names their group; a bold caption, or a bold line
    with prose under it, does not."""
    row = _line(688, ("2.", 60, 67), ("Given the risk", 84, 232), ("131", 315, 329))
    group = _line(700, ("Strengthening prevention of online radicalization of youth", 60, 415), bold=True)
    assert _groups_rows([group, row], 0) is True
    caption = _line(700, ("Table 2. Resources by source", 60, 300), bold=True)
    assert _groups_rows([caption, row], 0) is False
    prose = _line(688, ("The Committee agreed to write to Member States on it.", 60, 500))
    assert _groups_rows([group, prose], 0) is False


def test_in_column_takes_a_numbered_line_under_a_cell_not_at_the_margin() -> None:
    """ "2. Election of officers" under the column of "1. Opening of the session" is a
    cell; "2." at the rows' left edge is a paragraph's number."""
    above = [_line(700, ("10 a.m.–1 p.m.", 123, 187), ("1.", 279, 286), ("Opening of the session", 300, 398))]
    assert _in_column(_line(680, ("2.", 279, 286), ("Election of officers", 300, 383)), above) is True
    assert _in_column(_line(680, ("2.", 123, 130), ("The Committee met.", 147, 300)), above) is False


def test_head_columns_need_many_heads_over_rows_under_the_first() -> None:
    """Twelve heads give the columns of rows run together; three heads do not."""
    heads = [("Positions", 58.0, 86.0), *((str(2015 + n), 146.0 + 52 * n, 161.0 + 52 * n) for n in range(11))]
    lines = [
        _line(475, *heads, size=7.0, italic=True),
        _line(458, ("Project Director (D-2)", 58, 130), ("Encumbered Encumbered Encumbered", 146, 713), size=8.5),
        _line(433, ("Chief, Programme", 58, 125), ("Encumbered Encumbered", 146, 713), size=8.5),
    ]
    assert len(_head_columns(lines, [0], [0, 1, 2], 10.0)) == 12
    few = [_line(475, *heads[:3], size=7.0, italic=True), *lines[1:]]
    assert _head_columns(few, [0], [0, 1, 2], 10.0) == []
    [found] = find_tables(lines, 10.0)
    assert found.run_together and len(found.columns) == 12
    # lines of prose justified wide, in the text's size and roman: no heads
    prose = [replace(lines[0], size=10.0, italic=False), *lines[1:]]
    assert _head_columns(prose, [0], [0, 1, 2], 10.0) == []


def test_run_together_row_takes_a_small_line_across_the_rows_not_a_short_one() -> None:
    """A line of one piece as wide as the rows above, in their size and style, is a row;
    a short line, or one in the text's size, is not."""
    rows = [_line(519, ("Engineer (P-3)", 58, 111), ("Encumbered Encumbered", 146, 713), size=8.5)]
    wide = _line(505, ("Security Officer (P-3) Encumbered Encumbered", 58, 713), size=8.5)
    assert _run_together_row(wide, rows[0], rows, 10.0) is True
    short = _line(505, ("a Reassignment of a position", 58, 300), size=8.5)
    assert _run_together_row(short, rows[0], rows, 10.0) is False
    text = _line(505, ("Security Officer (P-3) Encumbered Encumbered", 58, 713), size=10.0)
    assert _run_together_row(text, rows[0], rows, 10.0) is False


def test_opens_body_takes_a_table_with_column_heads_not_a_mastheads_lines() -> None:
    """Under a title, a table with a row of column heads and three columns opens the
    body; a masthead's lines side by side, no header row, do not."""
    heads = _line(
        498, ("Date/time", 123, 153), ("Agenda item", 279, 316), ("Documents", 436, 470), size=7.0, italic=True
    )
    rows = [
        _line(480 - 20 * n, (when, 123, 187), (item, 279, 400), (doc, 436, 521))
        for n, (when, item, doc) in enumerate(
            [
                ("10 a.m.", "1. Opening", "A/1"),
                ("3 p.m.", "2. Debate", "A/2"),
                ("Friday", "3. Report", "A/3"),
                ("Monday", "4. Other matters", "A/4"),
            ]
        )
    ]
    [table] = find_tables([heads, *rows], 10.0)
    assert _opens_body(table) is True
    masthead = [
        _line(735, ("United Nations", 123, 206), ("A/AC.121/2025/L.2", 459, 551), ("x", 560, 570)),
        _line(705, ("General Assembly", 123, 272), ("Distr.: Limited", 397, 460), ("y", 560, 570)),
        _line(693, ("Special Committee", 123, 272), ("8 January 2025", 397, 461), ("z", 560, 570)),
        _line(681, ("New York", 123, 272), ("Original: English", 397, 471), ("w", 560, 570)),
    ]
    found = find_tables(masthead, 10.0)
    assert all(_opens_body(t) is False for t in found)
