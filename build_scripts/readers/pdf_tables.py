"""Tables of an official PDF, found from its layout: rows of cells at aligned places.

A UN table is set as lines whose words stand in columns, parted by blanks far wider
than a word space (``pdf_layout.CELL_GAP``): its header (the first lines, set in
another weight, slant or size than its rows), its rows, often a caption above ("Table
2. Staff recruited in 2024, by gender") and its sources below ("Data source: ...").
Its notes marked "a", "b" (raised, smaller) are the page's notes (``pdf.py``). A line
of prose has no such blank; a numbered paragraph or a lettered item has one, after its
label, and is never a row.

The rule is conservative, a false table being worse than a missed one (it would hide
paragraphs): at least two lines of cells in a row, one under the other, and either a
caption naming the table, or three such lines with three columns or a column of
figures. Two-column lists without a caption (signatures side by side, names of States)
are left to the paragraphs. A table cut by a page break is one table: its part on the
next page (at the top of that page, as many columns) carries it on, and a header that
page repeats is dropped (and logged).

Pure functions over ``PdfLine``; ``pdf.py`` makes the table's block from what is found.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from itertools import pairwise

from .pdf_layout import PdfLine

# "Table 2.", "Table IV", "Table A.1", "Table A.II.1" (an annex's), "Table 3 (continued)"
CAPTION_RE = re.compile(r"^\s*Table\s+(?:\d{1,3}|[IVXL]{1,6}|[A-Z]\.(?:\d{1,3}|[IVXL]{1,6}))(?:\.\d{1,3})*\b")
CONTINUED_RE = re.compile(r"\((?:continued|cont’d|cont'd)\)\s*$", re.IGNORECASE)
# a table's unit, under its title: "(Thousands of United States dollars)"
UNIT_RE = re.compile(r"\s*\([^()]{3,120}\)\s*")
# what stands under a table and belongs to it
SOURCE_RE = re.compile(r"^\s*(?:Data\s+)?(?:Sources?|Notes?|Abbreviations?)\s*:", re.IGNORECASE)
# the label of a numbered paragraph, a list item or a heading: "13.", "(a)", "(ii)", "a)", "•", "IV.", "B."
LABEL_RE = re.compile(r"\s*(?:\d{1,3}\.|\(?[a-z]{1,2}\)|\([ivxl]{1,6}\)|[•\-–—▪●o]|[IVXL]{1,6}\.|[A-Z]\.)\s*")
# a figure's caption: the words of a chart under it are no table
FIGURE_RE = re.compile(r"^\s*(?:Figure|Chart|Graph|Map)\s+(?:\d{1,3}|[IVXL]{1,6}|[A-Z]\.\d{1,3})\b")
# a figure's caption on its own line: its label, a panel's letter, then nothing, a stop
# or a title ("Figure I", "Figure I (a). Issues ...", "Figure 3: Trends"; an annex's one
# figure: "Figure" alone); never a sentence about it ("Figure I shows that ...")
FIGURE_CAPTION_RE = re.compile(
    r"^\s*(?:Figure|Chart|Graph|Map)(?:\s*$|\s+(?:\d{1,3}|[IVXL]{1,6}|[A-Z]\.\d{1,3})(?:\.\d{1,3})*\b"
    r"(?:\s*\([a-z]\))?\s*(?:[.:–—-]\s*)?(?:$|[A-Z(“‘\"]))"
)
# a numbered paragraph's first line, its number not set apart: "60. Figure 3 shows ..."
PARAGRAPH_RE = re.compile(r"\s*\d{1,3}\.\s+[A-Z“‘(]")
# a section's heading: its label, then its title ("V. Non-core funding", "B. Staffing")
SECTION_RE = re.compile(r"\s*(?:[IVXL]{1,6}|[A-Z])\.\s+[A-Z][a-z]")
# a contents entry's leader dots ("Introduction ........ 4"): a contents is a list of
# its entries (the report's ``contents_entry`` rule), not a table
LEADER_RE = re.compile(r"(?:\.\s?){5,}")
_YEAR_RE = re.compile(r"(?:19|20)\d\d(?:[-–/]\d{2,4})?")
_FIGURE_RE = re.compile(r"[-–(]?[$€£]?\s?\d[\d\s,.]*%?\)?[*†‡a-z]?")
# Lines more than this many sizes apart are not of one table.
ROW_GAP = 3.0
# A total row may stand this many sizes under the table's last row.
TOTAL_GAP = 4.5
# A line this close under the one before (in sizes) is a wrapped cell of its row, when
# the table's rows stand further apart than that.
WRAP_GAP = 1.35
# Of an uncaptioned table's cells, at least this share holds words (a chart's labels,
# scattered over its columns, do not)
FILLED = 0.5
# ... or this share, under a header row of column heads set in their own style (a table
# of indicators whose text cells wrap over several lines: E/2025/61's results framework)
FILLED_HEADED = 0.3
# A table's unit may stand this many sizes above its first line (over a header set apart).
UNIT_GAP = 4.0
# A run of this many lines, most of them figures alone, smaller than the text: a chart
# printed without a caption.
CHART_LINES = 6
# A table's caption with a blank this many sizes high under it: the table is a picture.
PICTURE_GAP = 6.0
# The caption may stand this many lines above the table (a title under "Table 3", a
# unit: "(Thousands of United States dollars)").
CAPTION_LINES = 3


@dataclass
class FoundFigure:
    """A figure of a page: indexes into the page's body lines of its caption (label,
    title, unit), the chart's labels and its sources, in order."""

    caption: list[int]
    labels: list[int]
    sources: list[int]

    @property
    def first(self) -> int:
        return (self.caption or self.labels)[0]

    @property
    def last(self) -> int:
        return (self.sources or self.labels or self.caption)[-1]


@dataclass
class Row:
    """The lines (indexes into the page's lines) one row of the table was read from."""

    lines: list[int]
    header: bool = False


@dataclass
class Found:
    """A table of a page: indexes into the page's body lines, and its columns (left and
    right edges), from left to right."""

    caption: list[int]
    rows: list[Row]
    sources: list[int]
    columns: list[tuple[float, float]]
    dropped: list[int] = field(default_factory=list)  # a header repeated from the page before
    # cells of its rows run together (words of several columns too close to be parted,
    # kept in one cell): the page says so
    run_together: bool = False

    @property
    def first(self) -> int:
        return (self.caption or [self.rows[0].lines[0]])[0]

    @property
    def last(self) -> int:
        return (self.sources or [row.lines[-1] for row in self.rows][-1:] or self.caption)[-1]

    @property
    def pictured(self) -> bool:
        """A caption with no rows: the table is printed as a picture, its cells no text."""
        return not self.rows


def cells(line: PdfLine) -> list[tuple[str, float, float]]:
    """The line's pieces with words in them."""
    return [(text, left, right) for text, left, right in line.cells() if text.strip()]


def is_row(line: PdfLine) -> bool:
    """Words in two or more places on the line, not only a paragraph's label before its text."""
    pieces = cells(line)
    if len(pieces) < 2:
        return False
    return not (len(pieces) == 2 and LABEL_RE.fullmatch(pieces[0][0]))


def find_figures(lines: list[PdfLine], body_size: float, start: int = 0) -> list[FoundFigure]:
    """The figures among a page's body lines (from ``start``), in order: each from its
    caption ("Figure II") through its title and the chart's words to its sources
    ("Source: UNIFIL." and the lines it wraps onto), on its page; it ends before a line
    of prose, a numbered paragraph, another caption."""
    found: list[FoundFigure] = []
    starts = [round(line.x) for line in lines if _prose(line, body_size)]
    text = _Text(body_size, min(starts) if starts else None)
    index = start
    while index < len(lines):
        if not is_figure_caption(lines, index):
            index += 1
            continue
        figure = _figure(lines, index, text)
        found.append(figure)
        index = figure.last + 1
    taken = [False] * len(lines)
    for figure in found:
        taken[figure.first : figure.last + 1] = [True] * (figure.last + 1 - figure.first)
    found += _uncaptioned(lines, body_size, taken, start)
    return sorted(found, key=lambda figure: figure.first)


def _uncaptioned(lines: list[PdfLine], body_size: float, taken: list[bool], start: int) -> list[FoundFigure]:
    """Charts printed with no "Figure" caption: a run of at least ``CHART_LINES`` lines
    set smaller than the text, none of them prose, a numbered paragraph or a heading,
    half of them or more a figure alone (``_tick``), with the sources under them."""
    page_text = _Text(body_size, None)
    found: list[FoundFigure] = []
    index = start
    while index < len(lines):
        end = index
        while (
            end < len(lines)
            and not taken[end]
            and lines[end].page == lines[index].page
            and lines[end].size < body_size - 0.5
            and not _ends_chart(lines[end], page_text)
        ):
            end += 1
        ticks = sum(1 for i in range(index, end) if _tick(lines[i]))
        if end - index >= CHART_LINES and ticks * 2 >= end - index:
            figure = FoundFigure([], list(range(index, end)), _figure_sources(lines, end, lines[index].page))
            found.append(figure)
            index = figure.last + 1
        else:
            index = max(end, index + 1)
    return found


def _tick(line: PdfLine) -> bool:
    """A figure alone on its line, of two digits or more: an axis's tick or a bar's value
    ("$200.0m", "1 600", "12%"); a table's row of figures has several cells, a job number
    printed down a landscape page's margin one digit a line."""
    pieces = cells(line)
    text = pieces[0][0].strip()
    return len(pieces) == 1 and _FIGURE_RE.fullmatch(text) is not None and sum(c.isdigit() for c in text) >= 2


def is_figure_caption(lines: list[PdfLine], index: int) -> bool:
    """A figure's caption: "Figure I" alone, or followed by its title, in one piece (a
    paragraph's text after a label is not set apart in cells); never a contents entry
    ("Figure I - Total service matters ....... 14")."""
    line = lines[index]
    text = line.text
    return len(cells(line)) == 1 and FIGURE_CAPTION_RE.match(text) is not None and not LEADER_RE.search(text)


@dataclass(frozen=True)
class _Text:
    """What the page's text is set in: its size, and the left margin of its lines of
    prose, the leftmost (a list's lines start further in; None: the page has none)."""

    size: float
    margin: int | None


def _figure(lines: list[PdfLine], first: int, text: _Text) -> FoundFigure:
    """The figure whose caption is ``first``: its title (lines close under the caption,
    bold or of its size and weight, and a unit in brackets), the chart's lines, then its
    sources."""
    caption = [first]
    index = first + 1
    while index < len(lines) and _titles(lines, caption[-1], index):
        caption.append(index)
        index += 1
    labels: list[int] = []
    while index < len(lines) and lines[index].page == lines[first].page:
        if _ends_chart(lines[index], text) or is_figure_caption(lines, index):
            break
        labels.append(index)
        index += 1
    sources = _figure_sources(lines, index, lines[first].page)
    return FoundFigure(caption, labels, sources)


def _titles(lines: list[PdfLine], above: int, index: int) -> bool:
    """A line of the figure's caption: close under the line above it, in bold or in the
    caption's size and weight (its title wrapped), or its unit ("(Percentage)")."""
    line, upper = lines[index], lines[above]
    if not _close_above(lines, above, index, 1.6) or len(cells(line)) != 1 or is_figure_caption(lines, index):
        return False
    if SOURCE_RE.match(line.text) or CAPTION_RE.match(line.text):
        return False
    if UNIT_RE.fullmatch(line.text):
        return True
    return abs(line.size - upper.size) < 0.6 and (line.bold or line.bold == upper.bold)


def _ends_chart(line: PdfLine, page: _Text) -> bool:
    """What no chart holds: its sources' first line, a table's caption, a line of prose
    (words of the text's size across most of the page, or of any size a long sentence
    across it: a note; an axis of years across the page is the chart's), a numbered paragraph's first line ("60." set apart or not), a heading
    (bold, larger than the text or opening with a section's label: "V. Non-core
    funding"), a line of the text's size in one piece at the margin of its prose, in
    bold or of words alone ("Analysis of project audit recommendations")."""
    text = line.text
    words = sum(1 for word in text.split() if any(c.isalpha() for c in word))
    if SOURCE_RE.match(text) or CAPTION_RE.match(text) or (_prose(line, page.size) and words >= 3) or _numbered(line):
        return True
    if line.bold and (line.size > page.size + 0.5 or SECTION_RE.match(text) is not None):
        return True
    one_piece = len(cells(line)) == 1
    if one_piece and words >= 8 and line.end - line.x > 0.55 * (line.page_width or 612.0):
        return True
    if line.size >= page.size - 0.3 and PARAGRAPH_RE.match(text):
        return True
    at_margin = page.margin is not None and abs(line.x - page.margin) < 1.5 and line.size >= page.size - 0.3
    worded = len(text.split()) >= 3 and not any(c.isdigit() for c in text)
    return at_margin and one_piece and (line.bold or worded)


def _figure_sources(lines: list[PdfLine], index: int, page: int) -> list[int]:
    """The figure's sources and notes from ``index``: lines opening with "Source:",
    "Note:" ..., each with the lines it wraps onto (close under it, as set)."""
    out: list[int] = []
    while index < len(lines) and lines[index].page == page:
        line, previous = lines[index], lines[index - 1]
        wrapped = (
            bool(out)
            and 0 < previous.y - line.y <= WRAP_GAP * line.size
            and abs(line.size - previous.size) < 0.3
            and line.italic == previous.italic
            and not _numbered(line)
        )
        if not (SOURCE_RE.match(line.text) or wrapped) or is_figure_caption(lines, index):
            break
        out.append(index)
        index += 1
    return out


def find_tables(
    lines: list[PdfLine], body_size: float, start: int = 0, carried: list[tuple[float, float]] | None = None
) -> list[Found]:
    """The tables among a page's body lines (from ``start``: the lines above are the
    masthead's), in order, none overlapping; a figure's lines are none of a table's.
    ``carried``: the columns of a table the page before left open at its foot, which
    rows opening this page may carry on (``_carried_on``)."""
    found: list[Found] = []
    figures = _in_figures(lines, body_size, start)
    index = start
    while index < len(lines):
        if not figures[index] and (pictured := _pictured(lines, index)) is not None:
            found.append(pictured)
            index = pictured.last + 1
            continue
        if not is_row(lines[index]) or figures[index]:
            index += 1
            continue
        end = _extent(lines, index, body_size, figures)
        table = _table(lines, index, end, body_size, found[-1].last + 1 if found else start)
        if table is None and carried is not None and index == start:
            table = _carried_on(lines, index, end, carried)
        if table is None:
            index = end
            continue
        found.append(table)
        index = table.last + 1
    return found


# Of the rows carrying on a table from the page before, at least this share stand in
# its columns: a cell's edge where a column's is (within ``ALIGNED`` points)
CARRIED_ALIGNED = 2 / 3
ALIGNED = 6.0


def _carried_on(lines: list[PdfLine], first: int, end: int, columns: list[tuple[float, float]]) -> Found | None:
    """The rows opening a page (``first``..``end``, exclusive) as the rest of the table
    the page before ended with (its ``columns``): no caption, at least two lines of
    cells, every line's cells in those columns' order, and most rows' cells standing
    where the columns do. Judged against the table they carry on, not alone: a
    continuation may hold a few rows whose cells are mostly empty (DP/FPA/2025/5's key
    performance indicators 9 and 10, each a tall row of wrapped words), which a table
    read on its own page would not be taken for."""
    members = list(range(first, end))
    row_lines = [i for i in members if is_row(lines[i])]
    if len(row_lines) < 2 or not all(_fits(lines[i], columns) for i in members):
        return None
    aligned = sum(1 for i in row_lines if _aligned(lines[i], columns))
    if aligned < CARRIED_ALIGNED * len(row_lines):
        return None
    header = _header(lines, members)  # its head printed again: dropped if the table's own
    rows = [Row(header, header=True)] if header else []
    rows += _rows(lines, [i for i in members if i not in header], columns)
    together = any(_spans(piece, columns) for i in row_lines if i not in header for piece in cells(lines[i]))
    return Found([], rows, _sources(lines, end - 1), columns, run_together=together)


def _aligned(line: PdfLine, columns: list[tuple[float, float]]) -> bool:
    """Two or more of the line's cells stand where a column does (their left or right
    edge at the column's, a cell set left, right or centred in it)."""
    edges = [edge for column in columns for edge in column]
    at = sum(
        1 for _, left, right in cells(line) if any(abs(left - e) < ALIGNED or abs(right - e) < ALIGNED for e in edges)
    )
    return at >= 2


def _pictured(lines: list[PdfLine], index: int) -> Found | None:
    """A table printed as a picture: its caption ("Table 1. Procurement by sector, 2024",
    with its title and unit under it), then a blank more than ``PICTURE_GAP`` lines high
    on its page, where the picture stands. None for any other line."""
    line = lines[index]
    if len(cells(line)) != 1 or not CAPTION_RE.match(line.text) or LEADER_RE.search(line.text):
        return None
    caption = [index]
    while caption[-1] + 1 < len(lines) and _titles(lines, caption[-1], caption[-1] + 1):
        caption.append(caption[-1] + 1)
    below, last = caption[-1] + 1, lines[caption[-1]]
    if below >= len(lines) or lines[below].page != last.page or is_row(lines[below]):
        return None
    if last.y - lines[below].y <= PICTURE_GAP * max(last.size, lines[below].size):
        return None
    return Found(caption, [], [], [])


def _in_figures(lines: list[PdfLine], body_size: float, start: int = 0) -> list[bool]:
    """Which lines are a figure's (``find_figures``)."""
    inside = [False] * len(lines)
    for figure in find_figures(lines, body_size, start):
        for index in range(figure.first, figure.last + 1):
            inside[index] = True
    return inside


def _numbered(line: PdfLine) -> bool:
    """A paragraph's first line: its label, then its text."""
    pieces = cells(line)
    return len(pieces) == 2 and LABEL_RE.fullmatch(pieces[0][0]) is not None


def _extent(lines: list[PdfLine], first: int, body_size: float, figures: list[bool]) -> int:
    """Where the run of rows beginning at ``first`` ends (exclusive): lines of cells, and
    lines of one piece between them (a wrapped cell, a row of one cell) close under the
    line before; not prose, a heading larger than the text, a source line, a figure's.
    A total row may stand a little further apart (``TOTAL_GAP``) when its cells are as
    many as the row's above it."""
    last = first
    index = first + 1
    while index < len(lines):
        line, previous = lines[index], lines[index - 1]
        gap, size = previous.y - line.y, max(line.size, previous.size)
        if line.page != previous.page or (gap > ROW_GAP * size and not _total_row(line, previous, gap)):
            break
        if figures[index] or line.size > body_size + 0.5 or SOURCE_RE.match(line.text):
            break
        if is_row(line):
            last = index
        elif _groups_rows(lines, index):
            pass  # a row naming the rows under it, across the table: theirs if a row follows
        elif _numbered(line) and _in_column(line, lines[first:index]):
            last = index  # an agenda item's number and title in a column of the table
        elif _prose(line, body_size) or _numbered(line):
            break
        elif last == index - 1 and previous.y - line.y <= WRAP_GAP * line.size and _wraps(line, previous):
            last = index  # the last row's cell wrapped onto this line
        elif last == index - 1 and is_row(previous) and _under_cell(line, previous):
            last = index  # a cell's text going on under it, a line apart ("(Under-Secretaries-General ...")
        elif last == index - 1 and _run_together_row(line, previous, lines[first:index], body_size):
            last = index
        index += 1
    return last + 1


def _groups_rows(lines: list[PdfLine], index: int) -> bool:
    """A bold line of one piece between a table's rows that names the group of rows under
    it, set across the table as a heading is (S/2025/476: "Strengthening prevention of
    online radicalization of youth by terrorist groups" between two recommendations),
    when a line of cells follows close under it on its page; never a caption."""
    line = lines[index]
    if not line.bold or len(cells(line)) != 1 or CAPTION_RE.match(line.text) or FIGURE_RE.match(line.text):
        return False
    if index + 1 >= len(lines) or not is_row(lines[index + 1]):
        return False
    return _close_above(lines, index, index + 1)


def _in_column(line: PdfLine, above: list[PdfLine]) -> bool:
    """A numbered line set in a column of the rows above it, past their first (a
    programme of work's "2. Election of officers" under "1. Opening of the session" in
    its column "Agenda item"): a cell, not a paragraph of the text."""
    return any(abs(line.x - left) < 2 for row in above if is_row(row) for _, left, _ in cells(row)[1:])


def _run_together_row(line: PdfLine, previous: PdfLine, run: list[PdfLine], body_size: float) -> bool:
    """A row whose cells ran together into one piece (A/79/352's "Security Officer (P-3)
    Encumbered Encumbered ..." under the row before): set smaller than the text and as
    the row above, from the rows' left edge across as far as they reach."""
    rows = [row for row in run if is_row(row)]
    if not rows or line.size > body_size - 0.5 or _style(line) != _style(previous):
        return False
    reach = max(row.end for row in rows)
    return abs(line.x - min(row.x for row in rows)) < 2 and line.end >= 0.9 * reach


def _wraps(line: PdfLine, previous: PdfLine) -> bool:
    """A line of one piece that can be a cell of the line above wrapped: set as that
    line is, or standing under one of its cells past the first (a plain cell under a row
    whose label is bold: DP/FPA/2025/5's "centralized evaluations" under "of total")."""
    return _style(line) == _style(previous) or _under_cell(line, previous)


def _under_cell(line: PdfLine, previous: PdfLine) -> bool:
    """The line (of one piece) starts under a cell of the line above past its first."""
    return any(abs(line.x - left) < 2 for _, left, _ in cells(previous)[1:])


def _total_row(line: PdfLine, previous: PdfLine, gap: float) -> bool:
    """A table's last row set a little apart from the rows above ("Total   8   96   54.5"):
    as many cells as the row above it, three or more, within ``TOTAL_GAP`` sizes."""
    count = len(cells(line))
    return count >= 3 and count == len(cells(previous)) and gap <= TOTAL_GAP * max(line.size, previous.size)


def _prose(line: PdfLine, body_size: float) -> bool:
    """A line of the text's own size across most of the page's text: a paragraph's."""
    width = line.page_width or 612.0
    return abs(line.size - body_size) < 0.3 and line.end - line.x > 0.55 * width and not is_row(line)


def _table(lines: list[PdfLine], first: int, end: int, body_size: float, floor: int) -> Found | None:
    """The table of lines ``first``..``end`` (exclusive) if the rule holds: its caption,
    header, rows, columns and sources; None if these lines are no table."""
    members = list(range(first, end))
    row_lines = [i for i in members if is_row(lines[i])]
    header = _header(lines, members)
    columns = _columns([lines[i] for i in row_lines if i not in header])
    heads = max((len(cells(lines[i])) for i in header), default=0)
    from_head = bool(header) and (len(columns) < 2 or (heads >= HEAD_COLUMNS and len(columns) * 2 <= heads))
    if from_head:
        columns = _head_columns(lines, header, row_lines, body_size) or columns
    if len(columns) < 2 or len(row_lines) < 2:
        return None
    if header:
        above = _head_above(lines, first, floor, columns)
        header, members, first = above + header, above + members, (above or [first])[0]
    caption = _caption(lines, first, floor)
    if not caption and not (len(row_lines) >= 3 and (len(columns) >= 3 or _has_figures(lines, row_lines, columns))):
        return None
    if sum(1 for i in row_lines if LEADER_RE.search(lines[i].text)) * 2 > len(row_lines):
        return None  # a table of contents: entries, their leader dots and page numbers
    if not all(_fits(lines[i], columns) for i in members):
        return None  # a line's words across two columns: not set as a table
    rows = [Row(header, header=True)] if header else []
    rows += _rows(lines, [i for i in members if i not in header], columns)
    headed = bool(header) and _set_as_heads(lines, header, body_size)
    if not caption and _filled(lines, rows, columns) < (FILLED_HEADED if headed else FILLED):
        return None  # words scattered over the columns: a chart's labels, not a table
    together = from_head and any(
        _spans(piece, columns) for i in row_lines if i not in header for piece in cells(lines[i])
    )
    return Found(caption, rows, _sources(lines, end - 1), columns, run_together=together)


def _spans(piece: tuple[str, float, float], columns: list[tuple[float, float]]) -> bool:
    """The piece stands over two columns or more."""
    _, left, right = piece
    return sum(1 for start, stop in columns if min(right, stop) - max(left, start) > 0) > 1


# A header row of at least this many column heads gives the columns of rows whose
# cells stand too close to be parted
HEAD_COLUMNS = 4


def _head_columns(
    lines: list[PdfLine], header: list[int], row_lines: list[int], body_size: float
) -> list[tuple[float, float]]:
    """The columns as the header row sets them, where the rows' cells run together into
    one piece (A/79/352's incumbency table: "Encumbered Encumbered ..." a blank of less
    than a size apart under "2015", "2016" ...): at least ``HEAD_COLUMNS`` heads in one
    line, set as column heads are (in italics or smaller than the text: never lines of
    prose justified wide, E/2025/36's "Budgetary  Questions  of  the  United  Nations"),
    and most rows' first cell under the first head (``CARRIED_ALIGNED``). The rows' run-together cells
    stay in the column they overlap most, and the page says so (``Found.run_together``)."""
    heads = max((cells(lines[i]) for i in header), key=len)
    if len(heads) < HEAD_COLUMNS or not _set_as_heads(lines, header, body_size):
        return []
    columns = _columns([lines[i] for i in header if len(cells(lines[i])) == len(heads)])
    if len(columns) != len(heads):
        return []
    bodies = [i for i in row_lines if i not in header]
    first = columns[0]
    under = sum(1 for i in bodies if abs(cells(lines[i])[0][1] - first[0]) < ALIGNED)
    if under < CARRIED_ALIGNED * len(bodies):
        return []
    return columns


def _set_as_heads(lines: list[PdfLine], header: list[int], body_size: float) -> bool:
    """The header's lines are set as column heads are: in italics or smaller than the
    text (never lines of prose, justified wide, over a bold line)."""
    return all(lines[i].italic or lines[i].size < body_size - 0.5 for i in header)


def _head_above(lines: list[PdfLine], first: int, floor: int, columns: list[tuple[float, float]]) -> list[int]:
    """The lines of the header above its first line of cells: a column head set higher
    than the others ("Net of staff" over "assessment"), in the header's style, close
    above, each within one column or over columns right of the first (a head spanning
    the columns under it: "General Service" over "Principal level", "Other level"); a
    unit or a title across the table, from its first column, is no column head."""
    out: list[int] = []
    index = first - 1
    while index >= floor:
        line, below = lines[index], lines[index + 1]
        pieces = cells(line)
        if len(pieces) != 1 or _style(line) != _style(lines[first]) or CAPTION_RE.match(line.text):
            break
        _, left, right = pieces[0]
        column = columns[column_of(left, right, columns)]
        spanning = left > columns[0][1]  # a head over several columns of figures ("General Service")
        # a head over columns may stand a row's height above them (A/79/352's "Strategic
        # heritage plan project period (2014–2028)" over the years, a rule between)
        reach = ROW_GAP if spanning else WRAP_GAP
        if line.page != below.page or line.y - below.y > reach * max(line.size, below.size):
            break
        if min(right, column[1]) - max(left, column[0]) < 0.5 * (right - left) and not spanning:
            break
        out.insert(0, index)
        index -= 1
    return out


def _filled(lines: list[PdfLine], rows: list[Row], columns: list[tuple[float, float]]) -> float:
    """The share of the table's cells that hold words."""
    filled = sum(
        len({column_of(left, right, columns) for i in row.lines for _, left, right in cells(lines[i])}) for row in rows
    )
    return filled / (len(rows) * len(columns))


def _caption(lines: list[PdfLine], first: int, floor: int) -> list[int]:
    """The caption above the table ("Table 2. ..."), with the lines between it and the
    table (its title's second line, a unit), on the same page."""
    for above in range(first - 1, max(floor, first - CAPTION_LINES) - 1, -1):
        if lines[above].page != lines[first].page:
            break
        if CAPTION_RE.match(lines[above].text):
            return list(range(above, first))
    return _titled(lines, first, floor)


def _titled(lines: list[PdfLine], first: int, floor: int) -> list[int]:
    """An unnumbered table's caption: its unit in brackets just above it ("(Number of
    countries by observed trend)"), under its title in bold ("Trends in income
    inequality by region"). Without the unit line a bold line above is a heading."""
    unit = first - 1
    if unit < floor or not _close_above(lines, unit, first, UNIT_GAP) or not UNIT_RE.fullmatch(lines[unit].text):
        return []
    title = unit - 1
    if title >= floor and lines[title].bold and _close_above(lines, title, unit, 1.5):
        return [title, unit]
    return [unit]


def _close_above(lines: list[PdfLine], above: int, below: int, sizes: float = ROW_GAP) -> bool:
    upper, lower = lines[above], lines[below]
    return upper.page == lower.page and 0 < upper.y - lower.y <= sizes * max(upper.size, lower.size)


def _style(line: PdfLine) -> tuple[bool, bool, float]:
    return line.bold, line.italic, round(line.size)


def _header(lines: list[PdfLine], members: list[int]) -> list[int]:
    """The table's first lines when they are set in another style than its rows (bold,
    italic or smaller column heads over plain rows)."""
    styles = [_style(lines[i]) for i in members]
    head = styles[0]
    count = next((n for n, style in enumerate(styles) if style != head), len(styles))
    if count == len(styles) or styles[count:].count(head) > len(styles[count:]) // 2:
        return []  # the rows are set as the first line is ("Total" rows in bold are rows)
    figures = (
        text.strip()
        for i in members[:count]
        for text, _, _ in cells(lines[i])[1:]
        if _FIGURE_RE.fullmatch(text.strip()) and not _YEAR_RE.fullmatch(text.strip())
    )
    if next(figures, None) is not None:
        return []  # column heads are words (and years), not amounts: a row set apart
    return members[:count]


def _columns(rows: list[PdfLine]) -> list[tuple[float, float]]:
    """The columns: the places the rows' cells stand, where cells one above the other
    overlap (a column's cells may be set left, right or centred)."""
    spans = sorted((left, right) for line in rows for _, left, right in cells(line))
    columns: list[tuple[float, float]] = []
    for left, right in spans:
        if columns and left <= columns[-1][1] + 2:
            columns[-1] = (columns[-1][0], max(columns[-1][1], right))
        else:
            columns.append((left, right))
    return columns


def column_of(left: float, right: float, columns: list[tuple[float, float]]) -> int:
    """The column a piece stands in: the one it overlaps most (the nearest if none)."""

    def overlap(column: tuple[float, float]) -> float:
        return min(right, column[1]) - max(left, column[0])

    return max(range(len(columns)), key=lambda n: overlap(columns[n]))


def column_at(left: float, columns: list[tuple[float, float]]) -> int:
    """The column a piece begins in: the last one starting at or left of its left edge
    (a cell run together with the next ones stands in the column of its first words)."""
    return max((n for n, (start, _) in enumerate(columns) if start <= left + ALIGNED), default=0)


def _fits(line: PdfLine, columns: list[tuple[float, float]]) -> bool:
    """Each of the line's pieces within one column, or a header's over several (never
    part-way into the next column but one); a line of one piece fits wherever it stands."""
    pieces = cells(line)
    if len(pieces) < 2:
        return True
    used = [column_of(left, right, columns) for _, left, right in pieces]
    return used == sorted(used)


def _has_figures(lines: list[PdfLine], row_lines: list[int], columns: list[tuple[float, float]]) -> bool:
    """A column past the first whose cells are figures ("11.74", "50%", "(2.3)") in most rows."""
    counts = [0] * len(columns)
    for index in row_lines:
        for text, left, right in cells(lines[index]):
            if _FIGURE_RE.fullmatch(text.strip()):
                counts[column_of(left, right, columns)] += 1
    return any(count * 3 >= len(row_lines) * 2 for count in counts[1:])


def _rows(lines: list[PdfLine], members: list[int], columns: list[tuple[float, float]]) -> list[Row]:
    """The body's lines as rows: where rows stand further apart than a line's height, a
    line close under the one before, in its style, is a wrapped cell of its row when it
    opens no cell of the first column (or is one piece: a wrapped label)."""
    gaps = [lines[a].y - lines[b].y for a, b in pairwise(members)]
    sizes = [max(lines[a].size, lines[b].size) for a, b in pairwise(members)]
    padded = any(gap > WRAP_GAP * size for gap, size in zip(gaps, sizes, strict=True))
    rows: list[Row] = []
    for n, index in enumerate(members):
        line = lines[index]
        pieces = cells(line)
        opens = len(pieces) > 1 and column_of(pieces[0][1], pieces[0][2], columns) == 0
        wrapped = (
            n > 0
            and padded
            and gaps[n - 1] <= WRAP_GAP * sizes[n - 1]
            and not opens
            and _style(line) == _style(lines[members[n - 1]])
        )
        if wrapped and rows:
            rows[-1].lines.append(index)
        else:
            rows.append(Row([index]))
    return rows


def _sources(lines: list[PdfLine], last: int) -> list[int]:
    """The lines under the table that state its sources or notes ("Data source: UNDP
    data", "Note: ..."), with their wrapped lines."""
    out: list[int] = []
    index = last + 1
    while index < len(lines):
        line, previous = lines[index], lines[index - 1]
        if line.page != previous.page or previous.y - line.y > ROW_GAP * max(line.size, previous.size):
            break
        wrapped = bool(out) and previous.y - line.y <= WRAP_GAP * line.size and line.size == previous.size
        if SOURCE_RE.match(line.text) or wrapped:
            out.append(index)
        else:
            break
        index += 1
    return out


def carries_on(before: Found, lines: list[PdfLine], after: Found) -> bool:
    """Whether ``after`` (the first table of a page) carries on ``before`` (the last of the
    page before): it opens its page's body, ``before`` ended its own, and their columns match."""
    if after.caption and not CONTINUED_RE.search(lines[after.caption[0]].text):
        return False
    if len(before.columns) != len(after.columns):
        return False
    return all(abs(a[0] - b[0]) < 6 or abs(a[1] - b[1]) < 6 for a, b in zip(before.columns, after.columns, strict=True))
