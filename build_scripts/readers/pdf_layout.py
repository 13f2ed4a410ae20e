"""A PDF's text layer as lines with their place on the page: the only code that opens PDFs.

pypdfium2 (PDFium, Apache-2.0/BSD) gives every character with its origin and font size
in about 7 ms a page, where pdfplumber takes over 100 ms. What the readers need from the
layout is per *line*: where it starts (indentation) and ends (centring), its baseline
(spacing, the page's head and foot), its font size (notes are smaller), its weight and
slant, and which characters are raised and smaller than the line (footnote markers,
``Rights2`` is "Rights" + marker 2 without any guessing). Those facts are gathered here
once, so the reader works on plain data. Facts of a font are asked of a line's first and
last characters only: asking them of every character would add half the time again.

The text of the lines, one per row and page after page, is also the source *text* of a
PDF: the fidelity proof aligns the document against it, and log entries name its rows.
"""

from __future__ import annotations

import ctypes
import functools
import itertools
import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import Any

from ..errors import SourceError

# A character this much smaller than its line, and raised above the line's baseline,
# is a superscript (a note marker).
SUPERSCRIPT_SIZE = 0.85
SUPERSCRIPT_RISE = 1.0
# What a note marker is made of: a number, asterisks, daggers, a letter.
# Letters too ("c,d": a table's row marked with two of its notes).
MARKER_RE = re.compile(r"\s*(?:\d{1,3}(?:\s*,\s*\d{1,3})*|\*{1,3}|†{1,3}|‡{1,2}|[a-z](?:\s*,\s*[a-z])*)\s*")
# The flag a font's descriptor sets for an italic face (PDF 32000-1, table 123: bit 7).
ITALIC_FLAG = 1 << 6
# A blank this wide (in sizes of the line's font) between two characters of one line
# parts two cells of a table. Measured on the UN's PDFs: word spaces of justified text
# are at most 0.7 of the size, the tab after a paragraph's number 1.0-1.7 (read as a
# list label by the table rule), the narrowest gap between columns 1.2.
CELL_GAP = 1.0
# Below this size (in points) a line's size does not measure its print: a scanned
# page's text layer set at size 1 and scaled up. Its blanks are not measured, so no
# table is read from it (its OCR spacing would cut every word).
MEASURED_SIZE = 4.0
# A text matrix scaling the font by less than this prints it smaller than its size says:
# a spreadsheet pasted into the document as an object scaled down to fit the page
# (DP/2025/23's resources plan: fonts of size 14 printed at 5.8 points). Its size as
# printed is the one its blanks and its place among the page's lines are measured by.
SHRUNK = 0.9
# The Symbol font's asterisk, which PDFium cannot map to Unicode and gives at its code in
# the private use area (the font's 0x2A): E/2025/39 marks its notes with it, in the text
# and before the note ("\uf02a Available online only.")
SYMBOL_ASTERISK = "\uf02a"
# What PDFium reads for a character printed otherwise: its mark for a hyphen that ends a
# line ("well-" "being"), the Symbol font's asterisk
_PRINTED = str.maketrans({"\x02": "-", "\ufffe": "-", SYMBOL_ASTERISK: "*"})


def as_printed(text: str) -> str:
    """The characters PDFium read as the characters printed (``_PRINTED``)."""
    return text.translate(_PRINTED)


@dataclass(frozen=True)
class _Calls:
    """PDFium's functions asked of every character, called without pypdfium2's argument
    types (``_unchecked``)."""

    origin: Callable[..., int]
    font_size: Callable[..., float]
    generated: Callable[..., int]
    matrix: Callable[..., int]


def _unchecked(function: Any, restype: Any) -> Any:
    """A PDFium function as a ctypes function with no argument types, to be called only
    with what C takes as it is (ints, a text page's pointer, ``ctypes.byref``): checking
    each argument against pypdfium2's types costs more than the call itself (a
    character's origin 0.58 µs checked, 0.16 unchecked). Same function, same results."""
    unchecked = type(function)(ctypes.cast(function, ctypes.c_void_p).value)
    unchecked.restype = restype
    return unchecked


@functools.cache
def _calls() -> _Calls:
    import pypdfium2.raw as pdfium_c

    return _Calls(
        _unchecked(pdfium_c.FPDFText_GetCharOrigin, ctypes.c_int),
        _unchecked(pdfium_c.FPDFText_GetFontSize, ctypes.c_double),
        _unchecked(pdfium_c.FPDFText_IsGenerated, ctypes.c_int),
        _unchecked(pdfium_c.FPDFText_GetMatrix, ctypes.c_int),
    )


# A font size as read, rounded to a tenth: ``round`` costs a quarter of a microsecond,
# and a page has a few sizes for its thousands of characters. Zero is never held (0.0
# and -0.0 are one key, rounded apart), nor any size rounded to zero (``or`` reads it as
# absent); a NaN is never found.
_ROUNDED: dict[float, float] = {}


def _round(size: float) -> float:
    rounded = round(size, 1)
    if rounded and len(_ROUNDED) < 4096:
        _ROUNDED[size] = rounded
    return rounded


# A character as read: its text, origin (x, baseline), printed size and PDF index
_Char = tuple[str, float, float, float, int]


@dataclass(frozen=True)
class Span:
    """A run of characters of one kind on a line: ``raised`` marks a superscript."""

    text: str
    raised: bool


@dataclass(frozen=True)
class PdfLine:
    page: int  # 1-based
    x: float  # left edge of the first character, in points from the page's left
    right: float  # origin of the last character
    y: float  # baseline, in points from the page's bottom
    size: float  # the font size most of the line's characters have
    bold: bool
    spans: tuple[Span, ...]
    page_width: float
    page_height: float
    italic: bool = False  # its first and last characters are in an italic face
    end: float = 0.0  # right edge of the last character's box, in points from the page's left
    # where a blank wider than ``CELL_GAP`` cuts the line into pieces (a table's cells):
    # (offset in ``text`` where the piece begins, its left edge, its right edge) for
    # each piece; empty for a line with no such blank (a line of prose)
    pieces: tuple[tuple[int, float, float], ...] = ()
    # its characters' printed boxes are all lower than ``INVISIBLE_HEIGHT``: a mark no
    # reader can see, whatever its font size says (``_invisible``)
    invisible: bool = False
    # a rule drawn just under its baseline along its whole text (``_underlined``): a
    # typescript's heading, which a typewriter could not set in bold
    underlined: bool = False

    @property
    def text(self) -> str:
        return "".join(span.text for span in self.spans)

    def spans_between(self, start: int, stop: int) -> tuple[Span, ...]:
        """The line's runs between two offsets of its text, raised runs kept (a table's
        cell, a scan's line without its fragment of the facing sheet)."""
        spans: list[Span] = []
        offset = 0
        for span in self.spans:
            begin, end = max(start, offset), min(stop, offset + len(span.text))
            if begin < end:
                spans.append(Span(span.text[begin - offset : end - offset], span.raised))
            offset += len(span.text)
        return tuple(spans)

    def cells(self) -> list[tuple[str, float, float]]:
        """The line's pieces as (text, left, right); one piece for a line of prose."""
        text = self.text
        if not self.pieces:
            return [(text, self.x, self.end)]
        bounds = [offset for offset, _, _ in self.pieces[1:]] + [len(text)]
        return [(text[start:stop], left, right) for (start, left, right), stop in zip(self.pieces, bounds, strict=True)]


def _runs(
    chars: list[_Char],
    style: Callable[[int, int], tuple[bool, bool, float]],
    cuts: dict[int, float] | None = None,
    full: float = 0.0,
) -> PdfLine | None:
    """One line's characters (text, x, baseline, size, index) to a PdfLine; None if blank.
    ``style``: of the first and last characters' indexes, the line's weight, slant and end;
    ``cuts``: the PDF indexes of characters a wide blank sets apart from the one before
    (a table's cell), each with the right edge of the character before the blank."""
    printed = [c for c in chars if c[0] != " "]
    if not printed:
        return None
    sizes = Counter(c[3] for c in printed)  # in the order first met, as ``max`` breaks ties
    size = max(sizes.items(), key=lambda item: (item[1], item[0]))[0]
    baseline = min(c[2] for c in printed if c[3] == size)
    small, high = size * SUPERSCRIPT_SIZE, baseline + SUPERSCRIPT_RISE
    flags = _raised(chars, small, high, baseline + OPENING_RISE * size)
    # most lines raise nothing: one run of text, as ``_spans`` would make it
    spans = _spans(chars, flags) if True in flags else [Span("".join([c[0] for c in chars]), False)]
    return _line(chars, printed, (size, baseline), spans, style, cuts, full)


def _spans(chars: list[_Char], flags: list[bool]) -> list[Span]:
    """A line's characters as runs, raised (``flags``) or not."""
    spans: list[Span] = []
    run: list[str] = []
    run_raised = False
    for text, raised in zip((c[0] for c in chars), flags, strict=True):
        if raised != run_raised and run:
            spans.append(Span("".join(run), run_raised))
            run = []
        run.append(text)
        run_raised = raised
    spans.append(Span("".join(run), run_raised))
    # a raised run is a note marker only if it looks like one; a smaller symbol set
    # higher in a masthead ("United Nations A/RES/78/10") is text
    spans = [piece for span in spans for piece in _as_marker(span)]
    merged: list[Span] = []
    for span in spans:
        if merged and merged[-1].raised == span.raised and not span.raised:
            merged[-1] = Span(merged[-1].text + span.text, False)
        else:
            merged.append(span)
    return merged


def _line(
    chars: list[_Char],
    printed: list[_Char],
    measures: tuple[float, float],
    spans: list[Span],
    style: Callable[[int, int], tuple[bool, bool, float]],
    cuts: dict[int, float] | None,
    full: float,
) -> PdfLine:
    """The line of ``_runs``, of its size and baseline (``measures``) and its runs: its
    weight, slant, end and pieces."""
    size, baseline = measures
    bold, italic, end = style(printed[0][4], printed[-1][4])
    if bold and end - printed[0][1] >= full and (after := _after_number(printed)):
        bold = style(printed[after][4], printed[-1][4])[0]  # "106." bold, "Despite" not: a roman line
    pieces = _pieces(chars, cuts, end) if cuts else ()
    return PdfLine(0, printed[0][1], printed[-1][1], baseline, size, bold, tuple(spans), 0.0, 0.0, italic, end, pieces)


# a marker raised with the stop or slash after it: "vacant.⁵·" (DP/FPA/2025/6, page 7),
# a table's "5ᵃ/" (DP/OPS/2025/4, page 8: its notes marked "a/" as typescripts marked "1/")
_MARKER_AND_MARK_RE = re.compile(rf"({MARKER_RE.pattern})([./]\s*)")


def _as_marker(span: Span) -> list[Span]:
    """A raised run as a note's marker: as it is if it looks like one; a marker raised with
    the stop or slash printed after it, the marker raised and that mark set on the line
    (where the text has it: the slash a marker's, ``pdf._marker_slashes``); anything else
    raised (a masthead's smaller symbol) text on the line."""
    if not span.raised or MARKER_RE.fullmatch(span.text):
        return [span]
    if (found := _MARKER_AND_MARK_RE.fullmatch(span.text)) is not None:
        return [Span(found.group(1), True), Span(found.group(2), False)]
    return [Span(span.text, False)]


def _raised(chars: list[_Char], small: float, high: float, opening: float) -> list[bool]:
    """Which characters of a line are raised (smaller than ``small``, above ``high``); a
    space between two raised characters is raised too: "coral bleaching³⁸ ,³⁹" (A/CONF.230/
    2025/10) sets a space inside its markers, which are one run "38 ,39", not "38" and a
    stray ",39" left as text. The figures a line opens with, set above ``opening`` (a
    quarter of its size over its baseline), are raised in any size: a note's marker in
    the note's own size (DP/OPS/2025/4: "¹Audit engagements ...", all at 8 pt)."""
    flags = [c[0] != " " and c[3] < small and c[2] > high for c in chars]
    figures = 0
    while figures < len(chars) and chars[figures][0].isdigit() and chars[figures][2] > opening:
        figures += 1
    # the note's words follow on the baseline: never a chart's figures set at two heights
    # a note's number never opens with 0 ("01 bfl Cl p": a scan's noise)
    if figures and chars[0][0] != "0":
        rest = [c for c in chars[figures:] if c[0] != " "]
        if len(rest) >= NOTE_WORDS and rest[0][0].isalpha() and rest[0][2] <= opening:
            flags[:figures] = [True] * figures
    # nothing raised (most lines): no space stands between raised characters
    return _bridged(chars, flags) if True in flags else flags


def _bridged(chars: list[_Char], flags: list[bool]) -> list[bool]:
    """The flags of a line's characters with each space between two raised characters
    raised (``_raised``)."""
    after = [False] * len(chars)  # the next printed character is raised
    following = False
    for index in range(len(chars) - 1, -1, -1):
        after[index] = following
        following = flags[index] if chars[index][0] != " " else following
    before = False  # the last printed character was raised
    for index, char in enumerate(chars):
        if char[0] == " ":
            flags[index] = before and after[index]
        else:
            before = flags[index]
    return flags


def _after_number(printed: list[_Char]) -> int:
    """Where the text after the paragraph number a line opens with starts ("106.Despite
    ..."), or 0: a full line (``FULL_LINE``) is bold only if that text is too (S/2025/272
    sets "106." in the bold italic of the heading before it, as Word's list numbering
    keeps the style of the paragraph it was made from); a short one keeps its number's
    weight (S/2025/356's heading "1. Recruitment of children", its number alone in bold);
    a bold run-in title after a roman number ("6. Recommendation 1. ...", DP/2025/12/Add.1)
    leaves its line roman, as before."""
    digits = 0
    while digits < len(printed) and digits <= MAX_NUMBER_DIGITS and printed[digits][0].isdigit():
        digits += 1
    if 0 < digits <= MAX_NUMBER_DIGITS and digits + 1 < len(printed) and printed[digits][0] == ".":
        return digits + 1
    return 0


# the most digits a paragraph number has (a report's "1024.")
MAX_NUMBER_DIGITS = 4
# a line of a paragraph's text, not a heading's, runs at least this share of the page's width
FULL_LINE = 0.5


def _pieces(chars: list[_Char], cuts: dict[int, float], end: float) -> tuple[tuple[int, float, float], ...]:
    """The line's pieces between wide blanks: (offset in its text, left, right). The
    text is the characters' in order (``_runs`` keeps them all), so offsets count them."""
    pieces: list[list[float]] = []
    offset = 0
    for text, x, _y, _size, index in chars:
        if text != " " and (not pieces or index in cuts):
            if pieces:
                pieces[-1][2] = cuts[index]
            pieces.append([float(offset), x, end])
        offset += len(text)
    if len(pieces) < 2:
        return ()
    # the blanks before a cut belong to no piece: each piece begins at its first letter
    return tuple((int(start), left, right) for start, left, right in pieces)


def _page_lines(textpage: object, number: int, width: float, height: float, shrinks: bool = True) -> list[PdfLine]:
    """``shrinks``: whether a text of the page may be shrunk by its matrix (``_shrinks``);
    where none can, a character's matrix is read only for a font of size 1."""
    import pypdfium2.raw as pdfium_c

    raw = textpage.raw  # type: ignore[attr-defined]
    matrix = pdfium_c.FS_MATRIX()
    scaled = ctypes.byref(matrix)
    count = textpage.count_chars()  # type: ignore[attr-defined]
    text = textpage.get_text_range(0, count)  # type: ignore[attr-defined]
    if len(text) != count:  # characters outside the BMP: read them one by one
        text = "".join(chr(pdfium_c.FPDFText_GetUnicode(raw, i)) for i in range(count))
    text = as_printed(text)
    x, y = ctypes.c_double(), ctypes.c_double()
    px, py = ctypes.byref(x), ctypes.byref(y)
    calls = _calls()
    origin, font_size, generated, get_matrix = calls.origin, calls.font_size, calls.generated, calls.matrix
    rounded = _ROUNDED

    style = _styler(raw)
    right_of = _right_edge(raw)

    lines: list[PdfLine] = []
    groups: list[tuple[list[_Char], dict[int, float]]] = []
    current: list[_Char] = []
    cuts: dict[int, float] = {}
    base_y = base_size = last_x = 0.0
    last_index = -1
    for index in range(count):
        char = text[index]
        if char == " " or char == "\xa0":
            if current and not (generated(raw, index) == 1 and _tight(raw, index, count)):
                current.append((" ", last_x, base_y, base_size, -1))
            continue
        if char == "\r" or char == "\n":
            continue
        origin(raw, index, px, py)
        # the size as printed (``_printed_size``, written out: this runs for every character)
        size = font_size(raw, index)
        if (size == 1.0 or shrinks) and get_matrix(raw, index, scaled):
            scale = (matrix.c**2 + matrix.d**2) ** 0.5
            if size == 1.0 or scale < SHRUNK:
                size *= scale
        size = rounded.get(size) or _round(size)
        cx, cy = x.value, y.value
        # a line that so far holds only a raised marker ("1" opening a note) goes on
        # lower, in the larger size of its text
        drop = 0.6 if size * SUPERSCRIPT_SIZE > base_size else 0.4
        larger = size if size > base_size else base_size  # max(base_size, size)
        same = bool(current) and (-drop * larger < cy - base_y < 0.7 * larger and cx > last_x - 2 * base_size)
        if not same and current:
            groups.append((current, cuts))
            current, cuts = [], {}
        if not current:
            base_y, base_size = cy, size
        else:
            if (
                base_size >= MEASURED_SIZE
                and cx - last_x > CELL_GAP * base_size
                and (right := right_of(last_index)) < cx - CELL_GAP * base_size
            ):
                cuts[index] = right  # a blank as wide as a table's between columns (rare in prose)
            if size >= base_size * SUPERSCRIPT_SIZE:
                # the lower baseline within a point, else the character's; the larger size
                if not -1 < cy - base_y < 1 or cy < base_y:
                    base_y = cy
                base_size = larger
        current.append((char, cx, cy, size, index))
        last_x, last_index = cx, index
    if current:
        groups.append((current, cuts))
    for chars, cut in _markers_set_apart(groups):
        if (line := _runs(chars, style, cut, FULL_LINE * width)) is not None:
            lines.append(replace(line, invisible=True) if _invisible(raw, line, chars) else line)
    lines = _in_columns(lines, width)
    return [replace(ln, page=number, page_width=width, page_height=height) for ln in _merge_split(lines)]


# A page set in two columns (A/56/509, 2001): at least this many full lines start at the
# right column's edge, and as many end within ``COLUMN_GAP_WIDTH`` of the page's width
# before it
COLUMN_LINES = 10
COLUMN_GAP_WIDTH = 0.12
# a column's full line is at least this share of the page's width (a table's cells are
# narrower: its columns are no text columns)
COLUMN_WIDTH = 0.3
# where the right column may start, as a share of the page's width, and how far in from
# there its lines may start (a heading's indent; a page's number further right is none)
RIGHT_COLUMN_FROM, RIGHT_COLUMN_TO = 0.4, 0.65
COLUMN_INDENT = 0.1
# how far (in lines of its size) above or below the columns' full lines a line is still
# theirs (a paragraph's short last line); a page's number at the foot is further
COLUMN_REACH = 2.0
# how often the PDF's order may go back from the right column to the left
COLUMN_RETURNS = 2
# how far short of a justified column's edge its full lines may end, in points
JUSTIFIED = 2.0


def _in_columns(lines: list[PdfLine], width: float) -> list[PdfLine]:
    """A page's lines (top to bottom) in reading order: where the page is set in two
    columns, the left column's lines before the right's, between the lines that span
    both (a title above them, notes below) or stand apart (a page's number at its foot);
    any other page as it is. Set side by side, the columns' lines share their baselines:
    read across, each line of the left column ran on into the right's ("II. Outcome of
    the fifth session of the I. Outcome of the fourth session of"). Two columns are known
    by many lines starting at one edge right of the middle and as many ending just before
    it, none of them crossing it within the columns (a table's rows do: each is one line
    across its cells), and by the PDF's own order, which reads down the left column
    before the right (a table of prose in two columns, DP/2025/12/Add.1's recommendations
    and remarks, is written row by row: it goes back and forth)."""
    stream = lines
    lines = sorted(lines, key=lambda ln: (-round(ln.y), ln.x))
    found = _gutter(lines, width)
    if found is None or not _column_by_column(stream, found):
        return lines
    gutter, top, bottom = found
    out: list[PdfLine] = []
    left: list[PdfLine] = []
    right: list[PdfLine] = []
    for line in lines:
        within = bottom - COLUMN_REACH * line.size <= line.y <= top + COLUMN_REACH * line.size
        if within and gutter - 1.0 <= line.x <= gutter + COLUMN_INDENT * width:
            right.append(line)
        elif within and line.end <= gutter:
            left.append(line)
        else:  # across both columns, or apart from them: the columns above it end there
            out += [*left, *right, line]
            left, right = [], []
    return out + left + right


def _gutter(lines: list[PdfLine], width: float) -> tuple[float, float, float] | None:
    """Where the right column of a page set in two columns starts, and the baselines of
    the columns' first and last full lines; None for a page not so set."""
    starts: dict[int, int] = {}
    for line in lines:
        if RIGHT_COLUMN_FROM * width < line.x < RIGHT_COLUMN_TO * width:
            starts[round(line.x)] = starts.get(round(line.x), 0) + 1
    if not starts:
        return None
    edge, count = max(starts.items(), key=lambda item: (item[1], -item[0]))
    if count < COLUMN_LINES:
        return None
    gutter = float(edge)
    wide = COLUMN_WIDTH * width  # a column's full line: prose, not a table's cell
    right = [line for line in lines if abs(line.x - gutter) < 1.0 and line.end - line.x >= wide]
    ending = [
        line
        for line in lines
        if gutter - COLUMN_GAP_WIDTH * width < line.end <= gutter and line.x < gutter and line.end - line.x >= wide
    ]
    if not (_justified(right) and _justified(ending)):
        return None
    full = right + ending
    top, bottom = max(line.y for line in full), min(line.y for line in full)
    across = [line for line in lines if line.x < gutter - 1.0 < gutter < line.end and bottom <= line.y <= top]
    return (gutter, top, bottom) if len(ending) >= COLUMN_LINES and len(across) <= 1 else None


def _justified(lines: list[PdfLine]) -> bool:
    """At least ``COLUMN_LINES`` of a column's lines end where its longest does (within
    ``JUSTIFIED`` points): a column of justified prose, as UN documents set theirs; a
    table's cells of prose are set ragged (S/2025/73's incidents, year by year)."""
    if len(lines) < COLUMN_LINES:
        return False
    edge = max(line.end for line in lines)
    return sum(1 for line in lines if line.end >= edge - JUSTIFIED) >= COLUMN_LINES


def _column_by_column(stream: list[PdfLine], found: tuple[float, float, float]) -> bool:
    """Whether the PDF writes the columns' lines (in the order it holds them) down one
    column, then the other: it goes back from the right column to the left at most
    ``COLUMN_RETURNS`` times (a column's lines broken by a line across the page)."""
    gutter, top, bottom = found
    sides = [line.x >= gutter - 1.0 for line in stream if bottom <= line.y <= top]
    returns = sum(1 for before, after in itertools.pairwise(sides) if before and not after)
    return returns <= COLUMN_RETURNS


_MARKER_CHARS_RE = re.compile(r"\d{1,3}")


def _markers_set_apart(
    groups: list[tuple[list[_Char], dict[int, float]]],
) -> list[tuple[list[_Char], dict[int, float]]]:
    """Each note marker that PDFium reads apart from its line put back into it, where its
    place says (some typeset PDFs of the 1990s write every superscript after or before
    the text: A/53/603's "Council,1 relating" read as a line "1" above its line): a group
    of figures only, smaller than a line and raised above its baseline by less than its
    size, within its width. The marker then reads as a raised run of that line."""
    kept = [group for group in groups if group[0]]
    out: list[tuple[list[_Char], dict[int, float]]] = []
    for group in kept:
        chars = group[0]
        # a group opens with a printed character (a space is kept only after one): a group
        # of figures with a figure, which a line of words does not (most of them)
        figures = chars[0][0].isdecimal() and _MARKER_CHARS_RE.fullmatch(_printed(chars))
        host = _marker_host(chars, kept) if figures else None
        if host is None:
            out.append(group)
            continue
        at = next((i for i, c in enumerate(host[0]) if c[0] != " " and c[1] > chars[0][1]), len(host[0]))
        while at > 0 and host[0][at - 1][0] == " ":
            at -= 1  # on the word before: "Council,1 relating"
        host[0][at:at] = [c for c in chars if c[0] != " "]
    return out


def _printed(chars: list[_Char]) -> str:
    return "".join(c[0] for c in chars if c[0] != " ")


def _marker_host(
    chars: list[_Char], groups: list[tuple[list[_Char], dict[int, float]]]
) -> tuple[list[_Char], dict[int, float]] | None:
    """The line a lone raised group of figures belongs to (``_markers_set_apart``)."""
    printed = [c for c in chars if c[0] != " "]
    size, y, x = max(c[3] for c in printed), min(c[2] for c in printed), printed[0][1]
    for group in groups:
        line = [c for c in group[0] if c[0] != " "]
        if group[0] is chars or not line:
            continue
        line_size = max(c[3] for c in line)
        base = min(c[2] for c in line)
        raised = size < line_size * SUPERSCRIPT_SIZE and 0 < y - base < 0.7 * line_size
        raised = raised or _opens_note(size, x, y, line, line_size, base)
        # just before the line's first letter (a note's marker) or within the line; never
        # out in the margin (a landscape page's number, turned, by a heading)
        if raised and line[0][1] - 1.5 * size <= x <= line[-1][1] + line_size:
            return group
    return None


# A marker read apart before a note's first letter may be set in the note's own size or
# a little smaller, only raised (DP/OPS/2025/4: "1" at 8 pt, 4.6 pt above "Audit
# engagements ..." at 8 pt): raised by at least this share of the line's size (a line
# of text is set 1.15 sizes and more below the one above it, never this close)
OPENING_RISE = 0.25
# ... before a line of words, this many characters at least: never a character or two of
# a running head set sideways ("0" over "/7", A/79/794), a line a few characters long
NOTE_WORDS = 8


def _opens_note(size: float, x: float, y: float, line: list[_Char], line_size: float, base: float) -> bool:
    """A lone group of figures just left of a line's first letter, no larger than the
    line and raised above its baseline by a quarter to seven tenths of its size: the
    marker opening a note, read apart from its text."""
    rise = y - base
    before = line[0][1] - 1.5 * size <= x < line[0][1]
    worded = len(line) >= NOTE_WORDS and any(c[0].isalpha() for c in line)
    return before and worded and size <= line_size and OPENING_RISE * line_size < rise < 0.7 * line_size


def _right_edge(raw: object) -> Callable[[int], float]:
    """The right edge of a character's box: asked only where a blank may part two cells
    (the origins alone cannot tell a wide letter from a wide blank)."""
    import pypdfium2.raw as pdfium_c

    left, right, bottom, top = (ctypes.c_double() for _ in range(4))
    box = (ctypes.byref(left), ctypes.byref(right), ctypes.byref(bottom), ctypes.byref(top))

    def right_of(index: int) -> float:
        pdfium_c.FPDFText_GetCharBox(raw, index, *box)
        return right.value

    return right_of


def _styler(raw: object) -> Callable[[int, int], tuple[bool, bool, float]]:
    """What a line's first and last characters say of it: bold (the first one's weight),
    italic (both in an italic face, by their fonts' flags) and where it ends (the last
    one's box). Three calls a line cost 1 % of the time; a call for every character
    (some 3,200 a page) would add half of it again."""
    import pypdfium2.raw as pdfium_c

    flags = ctypes.c_int()
    left, right, bottom, top = (ctypes.c_double() for _ in range(4))
    box = (ctypes.byref(left), ctypes.byref(right), ctypes.byref(bottom), ctypes.byref(top))
    font_info, weight = pdfium_c.FPDFText_GetFontInfo, pdfium_c.FPDFText_GetFontWeight

    def italic(index: int) -> bool:
        font_info(raw, index, None, 0, ctypes.byref(flags))
        return bool(flags.value & ITALIC_FLAG)

    def style(first: int, last: int) -> tuple[bool, bool, float]:
        pdfium_c.FPDFText_GetCharBox(raw, last, *box)
        return weight(raw, first) >= 600, italic(first) and italic(last), right.value

    return style


def _tight(raw: object, index: int, count: int) -> bool:
    """Whether a space PDFium made up stands inside a word: justified text set in pieces
    ("we" "ll", "20" "30"). Measured on 60 of the UN's PDFs, from where PDFium put the
    space (the end of the letter before) to the next letter's origin, such gaps are at
    most 0.15 of the font size, word spaces at least 0.2. Where PDFium put the space on
    the next letter instead (typewritten PDFs of the 1990s, set in a font of size 1 that
    the text matrix scales to 10 points), the gap is measured from the end of the letter
    before (its loose box) and against the size as printed: else every word space of such
    a PDF is taken for a piece ("29November1993")."""
    import pypdfium2.raw as pdfium_c

    if index + 1 >= count or index == 0:
        return False
    x, y = ctypes.c_double(), ctypes.c_double()
    pdfium_c.FPDFText_GetCharOrigin(raw, index, ctypes.byref(x), ctypes.byref(y))
    space_x = x.value
    pdfium_c.FPDFText_GetCharOrigin(raw, index + 1, ctypes.byref(x), ctypes.byref(y))
    next_x = x.value
    size = _printed_size(raw, index - 1)
    # the space stands on the next letter of a font set at size 1: where did the one before
    # end? (Elsewhere a space on the next letter is a piece's: "I n v i t e s" in
    # A/RES/79/172, set at 0.96 points and scaled up by the page, is one word.)
    if space_x >= next_x and pdfium_c.FPDFText_GetFontSize(raw, index - 1) == 1.0:
        box = pdfium_c.FS_RECTF()
        pdfium_c.FPDFText_GetLooseCharBox(raw, index - 1, ctypes.byref(box))
        space_x = box.right
    return size > 0 and 0 <= next_x - space_x < 0.17 * size


# Characters whose printed boxes are all lower than this (in points) cannot be seen on
# the page: a typesetter's hidden mark ("J ," 0.7 pt high between a Russian masthead and
# its title). Only a line whose font size is below it is measured (its size may also be
# scaled by the page's transform, which PDFium's size leaves out: a JIU brochure's text at
# "1.2 pt" prints 8 pt high).
INVISIBLE_HEIGHT = 2.0


def _invisible(raw: object, line: PdfLine, chars: list[_Char]) -> bool:
    import pypdfium2.raw as pdfium_c

    if line.size >= INVISIBLE_HEIGHT:
        return False
    left, right, bottom, top = (ctypes.c_double() for _ in range(4))
    boxes = (ctypes.byref(left), ctypes.byref(right), ctypes.byref(bottom), ctypes.byref(top))
    for char in chars:
        if (
            char[4] >= 0
            and pdfium_c.FPDFText_GetCharBox(raw, char[4], *boxes)
            and top.value - bottom.value >= INVISIBLE_HEIGHT
        ):
            return False
    return True


def _printed_size(raw: object, index: int, scaled: object = None, matrix: object = None, shrinks: bool = True) -> float:
    """A character's font size as printed: PDFium's size, times the text matrix's scale
    where the font is set at size 1 and the matrix makes it the size it prints at, or
    where the matrix shrinks it (``SHRUNK``; only on a page where a text may be shrunk:
    reading every character's matrix costs a fifth of a page's reading). ``matrix`` is
    the page's one buffer for it, ``scaled`` a reference to it (made here when none)."""
    import pypdfium2.raw as pdfium_c

    size = float(pdfium_c.FPDFText_GetFontSize(raw, index))
    if matrix is None:
        matrix = pdfium_c.FS_MATRIX()
        scaled = ctypes.byref(matrix)
    if (size == 1.0 or shrinks) and pdfium_c.FPDFText_GetMatrix(raw, index, scaled):
        scale = (matrix.c**2 + matrix.d**2) ** 0.5  # type: ignore[attr-defined]
        if size == 1.0 or scale < SHRUNK:
            size *= scale
    return size


def _page_objects(page: object) -> tuple[list[tuple[float, float, float, float]], bool]:
    """What the page's objects tell, read in one pass: its thin horizontal paths (left,
    bottom, right, top: rules and underlines), and whether a text may be printed smaller
    than its font size (a text object whose matrix shrinks it below ``SHRUNK``, or a form,
    whose own matrix may). The page's own objects (not those inside its forms) are asked
    of PDFium directly: pypdfium2's ``get_objects`` makes a Python object of each (some
    150 a page), which cost a tenth of the page's reading; its errors are raised alike."""
    import pypdfium2 as pdfium
    import pypdfium2.raw as pdfium_c

    raw = page.raw  # type: ignore[attr-defined]
    rules: list[tuple[float, float, float, float]] = []
    shrinks = False
    count = pdfium_c.FPDFPage_CountObjects(raw)
    if count < 0:
        raise pdfium.PdfiumError("Failed to get number of pageobjects.")
    left, bottom, right, top = (ctypes.c_float() for _ in range(4))
    bounds = (ctypes.byref(left), ctypes.byref(bottom), ctypes.byref(right), ctypes.byref(top))
    matrix = pdfium_c.FS_MATRIX()
    path, text, form = pdfium_c.FPDF_PAGEOBJ_PATH, pdfium_c.FPDF_PAGEOBJ_TEXT, pdfium_c.FPDF_PAGEOBJ_FORM
    for index in range(count):
        obj = pdfium_c.FPDFPage_GetObject(raw, index)
        if not obj:
            raise pdfium.PdfiumError("Failed to get pageobject.")
        kind = pdfium_c.FPDFPageObj_GetType(obj)
        if kind == pdfium_c.FPDF_PAGEOBJ_UNKNOWN:
            raise pdfium.PdfiumError("Failed to determine pageobject type.")
        if kind == path:
            if not pdfium_c.FPDFPageObj_GetBounds(obj, *bounds):
                raise pdfium.PdfiumError("Failed to locate pageobject.")
            if top.value - bottom.value <= RULE_THICKNESS and right.value - left.value >= RULE_LENGTH:
                rules.append((left.value, bottom.value, right.value, top.value))
        elif kind == form and not shrinks:
            shrinks = True
        elif kind == text and not shrinks:
            if not pdfium_c.FPDFPageObj_GetMatrix(obj, ctypes.byref(matrix)):
                raise pdfium.PdfiumError("Failed to get matrix of pageobject.")
            shrinks = (matrix.c**2 + matrix.d**2) ** 0.5 < SHRUNK
    return rules, shrinks


def _merge_split(lines: list[PdfLine]) -> list[PdfLine]:
    """PDFium's order may cut a printed line in two (before a raised marker): rejoin
    consecutive pieces that share a baseline and follow each other left to right."""
    out: list[PdfLine] = []
    for line in lines:
        if out and abs(out[-1].y - line.y) < 1.0 and line.x > out[-1].right and abs(out[-1].size - line.size) < 0.5:
            prev = out[-1]
            gap = () if prev.text.endswith(" ") or line.text.startswith(" ") else (Span(" ", False),)
            spans = prev.spans + gap + line.spans
            italic = prev.italic and line.italic
            merged = PdfLine(
                prev.page, prev.x, line.right, prev.y, prev.size, prev.bold, spans, 0.0, 0.0, italic, line.end
            )
            out[-1] = replace(merged, pieces=_joined_pieces(prev, line, len(merged.text) - len(line.text)))
        else:
            out.append(line)
    return out


def _joined_pieces(first: PdfLine, second: PdfLine, shift: int) -> tuple[tuple[int, float, float], ...]:
    """The pieces of two pieces of a printed line joined (``_merge_split``): the second's
    shifted past the first's text; a blank as wide as a table's between them parts them."""
    head = first.pieces or ((0, first.x, first.end),)
    tail = tuple((offset + shift, left, right) for offset, left, right in second.pieces or ((0, second.x, second.end),))
    if second.x - first.end < CELL_GAP * max(first.size, second.size):
        start, left, _ = head[-1]
        head = (*head[:-1], (start, left, tail[0][2]))
        tail = tail[1:]
    pieces = head + tail
    return pieces if len(pieces) > 1 else ()


def read_pdf(name: str, data: bytes) -> list[PdfLine]:
    """Every text line of the PDF, page by page in reading order; a clear error for a PDF
    that has no text to read (scanned, encrypted, damaged)."""
    import pypdfium2 as pdfium

    try:
        pdf = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as err:
        reason = str(err)
        if "password" in reason.lower():
            raise SourceError(name, "the PDF is encrypted; save an unprotected copy into sources/") from None
        raise SourceError(name, f"not a readable PDF ({reason})") from None
    lines: list[PdfLine] = []
    try:
        for number in range(len(pdf)):
            page = pdf[number]
            width, height = page.get_size()
            rules, shrinks = _page_objects(page)
            lines += _underlined(_page_lines(page.get_textpage(), number + 1, width, height, shrinks), rules)
    finally:
        pdf.close()
    if not any(line.text.strip() for line in lines):
        raise SourceError(
            name,
            "the PDF has no text layer (a scan?); run OCR on it or put the document's text into sources/ instead",
        )
    return lines


# A rule under a line: a drawn path at most this thick (in points), at least this long
RULE_THICKNESS = 2.0
RULE_LENGTH = 10.0
# how far under a line's baseline its underline's top lies, at most (in points)
UNDERLINE_DROP = 4.0
# the share of a line's text its rules must run under for the line to be underlined
UNDERLINED_SHARE = 0.9


def _underlined(lines: list[PdfLine], rules: list[tuple[float, float, float, float]]) -> list[PdfLine]:
    """The lines whose text a rule runs under from end to end (a typescript's heading,
    "A/C.4/48/L.12 (amendments to A/48/23 (Part III), chap. VI, para. 14)" in A/48/653):
    rules just under the baseline covering ``UNDERLINED_SHARE`` of the line's width. A
    line with a few words underlined ("7. Calls upon ...") is not."""
    if not rules:
        return lines
    out: list[PdfLine] = []
    for line in lines:
        under = sorted(
            (max(left, line.x), min(right, line.end))
            for left, _, right, top in rules
            if line.y - UNDERLINE_DROP <= top <= line.y + 1 and right > line.x and left < line.end
        )
        covered, reach = 0.0, line.x
        for left, right in under:
            covered += max(0.0, right - max(left, reach))
            reach = max(reach, right)
        width = line.end - line.x
        out.append(replace(line, underlined=True) if width > 0 and covered >= UNDERLINED_SHARE * width else line)
    return out


def as_text(lines: list[PdfLine]) -> str:
    """The text layer, one line a row: what the fidelity proof holds the document to."""
    return "\n".join(line.text.strip() for line in lines) + "\n"
