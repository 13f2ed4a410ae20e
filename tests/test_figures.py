"""Figures and pictured tables of an official PDF: a chart's words (axis ticks, values,
the legend) are one paragraph of kind "figure", its caption, labels and sources kept as
printed, never paragraphs nor a table; a table printed as a picture keeps its caption as
a table's, with a warning; a column head over several columns belongs to the header.
The real facts were read off tests/fixtures/figures/DP_2025_26.en.pdf by hand
(tests/fixtures/figures/README.md)."""

from __future__ import annotations

import re

from benchmarks.corpus_check import _table_problems
from build_scripts.model import Document, Figure, Paragraph
from build_scripts.readers.pdf_tables import find_figures, find_tables, is_figure_caption
from build_scripts.transforms.citations import load_catalogue
from build_scripts.transforms.links import build_link_index
from build_scripts.writers.json_export import document_record
from build_scripts.writers.pages import render_document

from .fixture_pdf import convert
from .pdf_lines import cells_line as _at

PROSE = "the Israel Defense Forces were observed further north near Khiyam and Bint Jubayl, in Sector West"


def test_a_reports_charts_are_figures_their_words_as_printed() -> None:
    """DP/2025/26: its three charts are ``figure1``..``figure3`` where they stand (figure
    I between paras. 8 and D.), each its caption and unit, then the chart's words a line
    each; no paragraph reads "200.0 180.0 160.0 ..."; "Figure III shows ..." at the head
    of a line of para. 17 stays the paragraph's sentence."""
    doc = convert("figures/DP_2025_26.en.pdf")
    ids = [p.id for p in doc.paragraphs]
    assert [i for i in ids if i.startswith("figure")] == ["figure1", "figure2", "figure3"]
    assert ids[ids.index("para8") + 1 : ids.index("para8") + 3] == ["figure1", "h8"]  # h2: "Contents"
    figure = doc.paragraphs[ids.index("figure2")]
    assert figure.kind == "figure" and figure.figure is not None
    assert [figure.text[a:b] for a, b in figure.figure.caption] == [
        "Figure II. Total annual contributions, 2020-2024",
        "(In millions of United States dollars)",
    ]
    labels = [figure.text[a:b] for a, b in figure.figure.labels]
    assert labels[:3] == ["200.0", "180.0", "160.0"] and len(labels) == 19
    assert labels[-2:] == ["2020 2021 2022 2023 2024", "Regular resources Other resources"]
    para17 = doc.paragraphs[ids.index("para17")]
    assert "Figure III shows annual contributions from the top 15 funding partners" in para17.text
    assert _table_problems(doc) == []


def test_a_figure_on_the_page_and_in_the_json() -> None:
    """The page shows a ``figure`` anchored ``figure2``: its caption with its permalink,
    the chart's words a line each, said to be a chart's; the JSON record keeps them."""
    doc = convert("figures/DP_2025_26.en.pdf")
    page = render_document(doc, build_link_index([doc], load_catalogue()))
    block = re.search(r'<figure id="figure2" class="un-para un-figure".*?</figure>', page)
    assert block is not None and "\n" not in block.group(0)
    html = block.group(0)
    assert "<figcaption>" in html and "Figure II. Total annual contributions, 2020-2024" in html
    assert "200.0<br>180.0<br>160.0" in html and 'class="un-figure-labels"' in html
    record = document_record(doc, build_link_index([doc], load_catalogue()))
    [entry] = [p for p in record["paragraphs"] if p["id"] == "figure2"]
    assert entry["kind"] == "figure" and entry["table"] is None
    assert entry["figure"]["labels"][-1] == "Regular resources Other resources"
    assert entry["figure"]["caption"].startswith("Figure II. Total annual contributions")


def test_find_figures_from_caption_through_title_and_words_to_sources() -> None:
    """S/2025/153's figure I as set: "Figure I", its bold title over two lines, the
    chart's ticks and axis words in a smaller size, "Source: UNIFIL."; the paragraph
    after it is not the figure's."""
    lines = [
        _at(614, ("Figure I", 123, 157)),
        _at(
            602,
            ("Daily trajectories of projectiles detected by the United Nations Interim Force in", 123, 486),
            bold=True,
        ),
        _at(590, ("Lebanon, October to November 2024", 123, 291), bold=True),
        _at(566, ("1 600", 141, 160), size=8.5),
        _at(547, ("1 400", 141, 160), size=8.5),
        _at(471, ("ber of trajectories", 134, 134), ("600", 148, 161), size=8.5),
        _at(371, ("South to north", 248, 300), ("North to south", 334, 387), size=8.5),
        _at(351, ("Source: UNIFIL.", 123, 185), size=8.5),
        _at(
            327, ("3.", 123, 130), ("UNIFIL observed daily military activities by the Israel Defense Forces", 147, 490)
        ),
    ]
    [found] = find_figures(lines, 10.0)
    assert (found.caption, found.labels, found.sources) == ([0, 1, 2], [3, 4, 5, 6], [7])
    assert find_tables(lines, 10.0) == []  # the legend's two pieces are no table's row


def test_a_chart_ends_at_prose_a_numbered_paragraph_or_a_heading() -> None:
    """With no source under it (a chart printed as a picture), the figure ends before
    the text's next line: a paragraph's number in its text ("60. Figure 3 shows"), a
    bold heading at the margin, a line of prose."""
    caption = _at(733, ("Figure 2. Internal audit recommendations by functional area, 2022-2024", 120, 428), bold=True)
    numbered = _at(521, ("60. Figure 3 shows the distribution of recommendations by objective type.", 114, 330))
    heading = _at(267, ("Advisory", 114, 152), bold=True)
    prose = _at(250, (PROSE, 114, 488))
    for after in (numbered, heading):
        [found] = find_figures([caption, after, prose], 10.0)
        assert (found.caption, found.labels, found.sources) == ([0], [], [])
    [found] = find_figures([caption, _at(700, ("45", 200, 210), size=8), prose], 10.0)
    assert found.labels == [1]


def test_is_figure_caption_declines_a_sentence_and_a_contents_entry() -> None:
    """ "Figure III shows ..." opening a line of prose, and a contents entry with leader
    dots, are no captions; "Figure", "Figure I (a). Issues ..." and "Figure 3: Trends" are."""
    for text in ("Figure", "Figure I (a). Issues and recommendations", "Figure 3: Trends", "Figure XIV"):
        assert is_figure_caption([_at(700, (text, 96, 300))], 0) is True
    sentence = "Figure III shows annual contributions from the top 15 funding partners to UNCDF"
    entry = "Figure I - Total service matters by category in 2024 . . . . . . . . . . . 6"
    for text in (sentence, entry):
        assert is_figure_caption([_at(700, (text, 96, 500))], 0) is False
    assert is_figure_caption([_at(700, ("Figure II", 96, 130), ("300", 200, 220))], 0) is False


def test_a_table_printed_as_a_picture_keeps_its_caption_as_a_tables() -> None:
    """DP/OPS/2025/12's "Table 1. Procurement by sector, 2024" over a blank the height of
    thirty lines (the table is a picture): a table of no rows, its caption; a caption
    with its rows under it is the table's as before, and a caption under which prose
    follows at once is neither."""
    caption = _at(583, ("Table 1. Procurement by sector, 2024", 226, 385), bold=True)
    after = _at(242, ("8.", 85, 92), ("The annual statistical report uses the United Nations Standard", 103, 527))
    [found] = find_tables([caption, after], 10.0)
    assert (found.caption, found.rows, found.pictured) == ([0], [], True)
    rows = [
        _at(570 - 12 * n, (name, 72, 140), (a, 300, 320), (b, 400, 420))
        for n, (name, a, b) in enumerate([("Africa", "9", "24"), ("Asia", "13", "12"), ("Total", "22", "36")])
    ]
    [table] = find_tables([caption, *rows], 10.0)
    assert table.caption == [0] and len(table.rows) == 3 and not table.pictured
    assert find_tables([caption, _at(571, (PROSE, 72, 540))], 10.0) == []


def test_a_head_over_several_columns_is_the_headers_and_the_caption_above_is_found() -> None:
    """E/2025/61's table 3: "General Service" set above "Principal level" and "Other
    level" (over two columns of figures, right of the labels' column) is a line of the
    header, so "Table 3", its title and unit above it are the caption."""
    lines = [
        _at(358, ("Table 3", 60, 90)),
        _at(346, ("Post resources by component for 2024", 60, 229), bold=True),
        _at(334, ("(Number of posts)", 60, 116), size=7),
        _at(308, ("General Service", 411, 461), size=7, italic=True),
        _at(300, ("Professional", 238, 312), ("Principal", 412, 440), ("Other", 453, 471), size=7, italic=True),
        _at(280, ("A. Executive direction", 60, 162), ("1", 300, 304), ("–", 430, 434), ("2", 462, 466), size=8.5),
        _at(266, ("B. Programme of work", 60, 148), ("5", 300, 304), ("3", 430, 434), ("4", 462, 466), size=8.5),
        _at(252, ("Total", 60, 90), ("6", 300, 304), ("3", 430, 434), ("6", 462, 466), size=8.5),
    ]
    [table] = find_tables(lines, 10.0)
    assert table.caption == [0, 1, 2]
    assert table.rows[0].header and table.rows[0].lines == [3, 4]
    assert [row.lines for row in table.rows[1:]] == [[5], [6], [7]]


def test_the_judge_reads_no_figure_as_prose() -> None:
    """A figure's words are a chart's, marked as such: not a table or chart read as prose;
    the same words in a paragraph are."""
    text = "400 350 300 250 200 150 100 50 0 Weeks"
    figure = Paragraph("figure1", "figure", None, text, figure=Figure([], [(0, len(text))], []))
    doc = Document("S/2025/153", "Security Council", "report", "T", paragraphs=[figure])
    assert _table_problems(doc) == []
    doc.paragraphs = [Paragraph("p1", "numbered", None, text)]
    assert _table_problems(doc) == ["table or chart read as prose"]


def test_a_chart_without_caption_is_a_figure_from_its_ticks() -> None:
    """DP/2025/18's chart under a bold title (no "Figure"): its ticks "$200.0m" ... set
    smaller than the text, one a line, then its years and legend, are a figure of no
    caption; the paragraph after it is not the figure's."""
    ticks = [_at(523 - 17 * n, (f"${200 - 20 * n}.0m", 102, 134), size=9, bold=True) for n in range(8)]
    years = _at(338, *((str(2018 + n), 159 + 51 * n, 177 + 51 * n) for n in range(7)), size=9, bold=True)
    legend = [_at(318 - 17 * n, (text, 221, 400), size=9) for n, text in enumerate(["Regular resources", "Total"])]
    after = _at(216, ("60. Overall expenditures amounted to $82.9 million in 2024, a decrease of 20.8", 95, 513))
    [found] = find_figures([*ticks, years, *legend, after], 10.0)
    assert (found.caption, found.labels, found.sources) == ([], list(range(11)), [])


def test_no_chart_is_read_from_a_tables_rows_nor_a_job_number_down_a_margin() -> None:
    """Rows of figures in columns (a table of years and counts) and digits one a line (a
    landscape page's job number, "2", "5", "-0") are no chart's ticks."""
    rows = [_at(500 - 12 * n, (str(2017 + n), 72, 95), (str(150 + n), 300, 320), size=8.5) for n in range(8)]
    assert find_figures(rows, 10.0) == []
    digits = [_at(500 - 6 * n, (d, 30, 34), size=8) for n, d in enumerate(["2", "5", "-0", "4", "0", "4", "2", "/2"])]
    assert find_figures(digits, 10.0) == []


def test_a_total_row_set_a_little_apart_is_the_tables_last_row() -> None:
    """DP/OPS/2025/4's table of audit ratings: "Total   8   96   54.5   100%" stands 26 pt
    under the last row (rows 20 pt apart, in 8 pt type): as many cells as the row above,
    it is the table's last row; a line of one piece that far down is not."""
    names = ["Satisfactory", "Some improvement needed", "Major improvement needed", "Unsatisfactory"]
    rows = [
        _at(600 - 20 * n, (name, 65, 160), ("1", 200, 204), ("4", 250, 254), size=8) for n, name in enumerate(names)
    ]
    total = _at(600 - 20 * 3 - 26, ("Total", 65, 90), ("8", 200, 204), ("96", 250, 258), size=8)
    [table] = find_tables([*rows, total], 10.0)
    assert [row.lines for row in table.rows] == [[0], [1], [2], [3], [4]]
    [table] = find_tables([*rows, _at(600 - 20 * 3 - 26, ("Total 8 96", 65, 120), size=8)], 10.0)
    assert table.last == 3
