"""Tables of a plain-text extraction of a PDF (PyMuPDF), found from the order of its lines.

PyMuPDF writes a table cell by cell, a cell a line: its column heads (short lines, a
head wrapped over several), then row by row the row's label (one line, or more when it
wraps) and one line for each of its other cells: a figure ("63 930 800", "(2 061 900)",
"1 131", "120a"), a dash for nothing ("–"), or a line holding a space for an empty cell.
So a table is a run of rows in a strict cycle: words, then exactly ``k`` cells; prose
never keeps that cycle. Its notes follow it, lettered in order ("a See A/78/534.").

The rule is conservative, a false table being worse than a missed one (it would hide
paragraphs): at least two figure columns, three rows in the cycle, two of them full of
figures, and a run of lines that breaks the cycle ends the table. Column heads are
taken one a line when their lines are as many as the columns; otherwise they are kept
together in the first head cell and a warning says so (what a head wrapped over lines
means cannot be told from the text). A table cut by a page break is one table: its part
at the top of the next page, as many columns, carries it on, and the head that page
repeats is dropped (and logged).

Pure functions over the lines of a page; ``pdf_extract`` makes the table's block.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..model import TableCell, TableRow
from ..repairs.markers import strip_sentinels
from .pdf_tables import SOURCE_RE

# a cell of figures: "63 930 800", "(2 061 900)", "1 131", "12.5%", "120a" (a note's
# letter glued), a dash or dots for nothing
FIGURE_CELL_RE = re.compile(r"\(?[-–−]?[$€£]?\d{1,3}(?:[ ,]\d{3})*(?:\.\d+)?%?\)?[a-e]?|[-–—−]|\.{2,3}|…")
# a note under a table: its letter, then its text ("a See A/78/534.")
TABLE_NOTE_RE = re.compile(r"([a-z])\s+\S")
# At least this many columns of cells after the rows' labels, and this many rows.
MIN_COLUMNS = 2
MIN_ROWS = 3
# Of the rows, at least this many hold a figure in every cell.
MIN_FULL_ROWS = 2
# A row's label wraps over at most this many lines.
MAX_LABEL_LINES = 4
# Column heads are short lines, at most this many of them.
HEAD_WIDTH = 40
MAX_HEAD_LINES = 12

Line = tuple[int, str]


@dataclass
class TextRow:
    """Indexes into the page's lines: the row's label lines, then one line per cell."""

    label: list[int]
    cells: list[int]


@dataclass
class TextTable:
    """A table of a page: indexes into its lines (``start`` to ``end``, exclusive), its
    head lines, its rows and the lines of its lettered notes."""

    start: int
    end: int
    head: list[int]
    rows: list[TextRow]
    columns: int  # cells after the label
    notes: list[list[int]] = field(default_factory=list)  # each note's (or source's) lines


def _text(line: Line) -> str:
    return strip_sentinels(line[1]).strip()


def is_cell(text: str) -> bool:
    """A line that is one cell of figures, or empty."""
    return not text or FIGURE_CELL_RE.fullmatch(text) is not None


def _label_run(lines: list[Line], end: int, floor: int) -> list[int]:
    """The label lines that stand right above ``end``: words, not cells, from ``floor`` on."""
    start = end
    while start - 1 >= floor and not is_cell(_text(lines[start - 1])):
        start -= 1
    return list(range(start, end))


def _rows_after(lines: list[Line], index: int, columns: int) -> list[TextRow]:
    """The rows in the cycle from ``index`` (a label's first line): up to
    ``MAX_LABEL_LINES`` label lines, then ``columns`` cells; the cycle ends at a row that
    breaks it (fewer cells, or more figures than cells: such a row is not taken)."""
    rows: list[TextRow] = []
    while index < len(lines):
        label: list[int] = []
        while index < len(lines) and not is_cell(_text(lines[index])) and len(label) < MAX_LABEL_LINES:
            label.append(index)
            index += 1
        cells = list(range(index, index + columns))
        if not label or cells[-1] >= len(lines) or not all(is_cell(_text(lines[i])) for i in cells):
            break
        after = index + columns
        if after < len(lines) and _text(lines[after]) and is_cell(_text(lines[after])):
            break
        rows.append(TextRow(label, cells))
        index = after
    return rows


def _rows_before(lines: list[Line], top: TextRow, columns: int, floor: int) -> list[TextRow]:
    """Rows of empty cells (or dashes) above the first row of figures ("Professional and
    higher", then one blank line a cell), taken while the row under them has a label of
    one line (a label of more lines may be the table's head over its first row)."""
    rows: list[TextRow] = []
    while len(top.label) == 1:
        cells = list(range(top.label[0] - columns, top.label[0]))
        if cells[0] <= floor or not all(is_cell(_text(lines[i])) for i in cells):
            break
        label = _label_run(lines, cells[0], floor)
        if not label or any(_text(lines[i]) and not FIGURE_CELL_RE.fullmatch(_text(lines[i])) for i in cells):
            break
        top = TextRow(label, cells)
        rows.insert(0, top)
    return rows


def _full(lines: list[Line], row: TextRow) -> bool:
    return all(_text(lines[i]) for i in row.cells)


def _head(lines: list[Line], label: list[int]) -> tuple[list[int], list[int]]:
    """The first row's label lines split into the table's head (short lines over it) and
    the label itself: its last line, and the long lines it wraps from. No head when a
    line over the label is long (prose, not a head) or they are too many."""
    first = label[-1]
    while first - 1 >= label[0] and len(_text(lines[first - 1])) > HEAD_WIDTH:
        first -= 1
    head = [i for i in label if i < first]
    own = [i for i in label if i >= first]
    if len(head) > MAX_HEAD_LINES or any(len(_text(lines[i])) > HEAD_WIDTH for i in head):
        return [], own[-MAX_LABEL_LINES:]
    return head, own


def _notes(lines: list[Line], end: int) -> list[list[int]]:
    """What stands under the table and belongs to it, each up to a blank line: its
    lettered notes ("a See A/78/534.", then "b ..."), in order, and its sources
    ("Abbreviations: GS (OL), General Service (Other level)")."""
    taken: list[list[int]] = []
    index, letter = end, "a"
    while index < len(lines):
        while index < len(lines) and not _text(lines[index]):
            index += 1
        text = _text(lines[index]) if index < len(lines) else ""
        match = TABLE_NOTE_RE.match(text)
        if match is not None and match.group(1) == letter:
            letter = chr(ord(letter) + 1)
        elif not SOURCE_RE.match(text):
            break
        taken.append([])
        while index < len(lines) and _text(lines[index]):
            taken[-1].append(index)
            index += 1
    return taken


def find_tables(lines: list[Line], start: int = 0) -> list[TextTable]:
    """The tables among a page's lines (from ``start``), in order, none overlapping."""
    found: list[TextTable] = []
    index = start
    while index < len(lines):
        table = _table_at(lines, index, found[-1].end if found else start)
        if table is None:
            index += 1
            continue
        found.append(table)
        index = table.end
    return found


def _filled_run(lines: list[Line], index: int) -> int:
    """How many cells of figures (none empty) stand from ``index`` on."""
    count = 0
    while index + count < len(lines) and _text(lines[index + count]) and is_cell(_text(lines[index + count])):
        count += 1
    return count


def _table_at(lines: list[Line], index: int, floor: int) -> TextTable | None:
    """The table whose first full row of figures has its label's last line at ``index``,
    if the cycle holds from there."""
    if not _text(lines[index]) or is_cell(_text(lines[index])):
        return None
    columns = _filled_run(lines, index + 1)
    if columns < MIN_COLUMNS:
        return None
    label = _label_run(lines, index + 1, floor)
    after = _rows_after(lines, index + 1 + columns, columns)
    rows = [
        *_rows_before(lines, TextRow(label, []), columns, floor),
        TextRow(label, list(range(index + 1, index + 1 + columns))),
        *after,
    ]
    if len(rows) < MIN_ROWS or sum(_full(lines, row) for row in rows) < MIN_FULL_ROWS:
        return None
    head, rows[0].label = _head(lines, rows[0].label)
    end = rows[-1].cells[-1] + 1
    notes = _notes(lines, end)
    return TextTable((head or rows[0].label)[0], (notes[-1][-1] + 1) if notes else end, head, rows, columns, notes)


def head_cells(lines: list[Line], head: list[int], columns: int) -> list[list[int]] | None:
    """The head's lines grouped into the column heads: a line opening in lower case or
    with a bracket goes on the head above ("Number of posts" / "(excluding special" /
    "political missions)"). As many heads as columns, the label's column included or not
    (then its head is empty); None when they are not (what the lines mean cannot be told)."""
    groups: list[list[int]] = []
    for index in head:
        text = _text(lines[index])
        if groups and (text[:1].islower() or text[:1] == "("):
            groups[-1].append(index)
        else:
            groups.append([index])
    if len(groups) == columns + 1:
        return groups
    if len(groups) == columns:
        return [[], *groups]
    return None


class TableText:
    """A table's text as it is read, line by line, and the span each piece takes in it."""

    def __init__(self, text: str = "") -> None:
        self.text = text

    def add(self, piece: str) -> tuple[int, int] | None:
        if not piece.strip():
            return None
        if self.text:
            self.text += " "
        start = len(self.text)
        self.text += piece.strip()
        return start, len(self.text)


def same_head(lines: list[Line], head: list[int], words: str) -> bool:
    """The head repeats ``words`` (a head the page before printed)."""
    return sorted(" ".join(_text(lines[i]) for i in head).split()) == sorted(strip_sentinels(words).split())


def table_rows(lines: list[Line], table: TextTable, text: TableText, with_head: bool) -> tuple[list[TableRow], bool]:
    """The table's rows and cells, their words added to ``text`` in the order read; and
    whether its head was kept whole, its lines not told apart into columns."""
    rows: list[TableRow] = []
    whole = False
    if with_head and table.head:
        groups = head_cells(lines, table.head, table.columns)
        if groups is None:
            whole = True
            groups = [table.head] + [[] for _ in range(table.columns)]
        rows.append(TableRow([_cell(lines, group, text) for group in groups], header=True))
    for row in table.rows:
        rows.append(TableRow([_cell(lines, row.label, text), *(_cell(lines, [i], text) for i in row.cells)]))
    return rows, whole


def notes_spans(lines: list[Line], table: TextTable, text: TableText) -> list[tuple[int, int]]:
    """The table's notes and sources, each one span of ``text`` (its lines joined)."""
    joined = (" ".join(lines[i][1].strip() for i in note) for note in table.notes)
    return [span for note in joined if (span := text.add(note)) is not None]


def _cell(lines: list[Line], indexes: list[int], text: TableText) -> TableCell:
    return TableCell([span for i in indexes if (span := text.add(lines[i][1])) is not None])
