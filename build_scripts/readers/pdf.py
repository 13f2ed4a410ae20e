"""Shape: the official PDF, read from its layout (``pdf_layout``), not from guessed text.

UN documents are typeset from one template, and the layout says what the text cannot:

- page furniture by its place: the running head in the top band of every page after
  the first (a typescript's "Page 3" a little lower too; a body line a paragraph's gap
  under the head is the body's), the foot (job number, ``2/5``, a page number alone,
  the typescript's "/..." that the text goes on) in the bottom band; on the first page
  the job number and the barcode at the foot are the cover block (kept as metadata), in
  every form the UN printed them ("97-31708 (E) 181197 /...", "GE.96-51477");
- the notes: below the rule of underscores at a page's foot, each opening with a
  raised marker; where no rule is printed as text (typescripts of the 1990s), from a
  line well below the body that opens with the marker of a note the body marked and
  whose text is still to come; a typescript's "1/" marks read as markers; a page
  whose notes area opens without a marker carries on the last note of the page before;
- footnote markers: characters raised above their line and smaller than it, so
  ``Rights2`` is "Rights" and marker 2, and a year stays a year;
- paragraphs: a first line indented past the text margin, or a vertical gap larger
  than the line spacing, opens one; a line at the margin on a new page carries on the
  paragraph the page before ended in;
- the header: each unit of the masthead (a change of size or weight, or a gap) is one
  logical line, however it was wrapped ("Resolution adopted by the General Assembly"
  / "on 21 November 2023");
- tables: lines of cells at aligned places (``pdf_tables``) are one block of kind
  "table" holding its rows and cells, never paragraphs; one cut by a page break is one;
- figures: from a caption ("Figure II") to its sources, the chart's words are one block of
  kind "figure", kept line by line as printed, never paragraphs nor a table; notes set
  under a chart printed as a picture, whose markers no line of the text prints, are the
  figure's, kept with it as printed and said (``_figure_notes``);
- a scanned page's edge: letters of the facing sheet the OCR read there (``pdf_scan``);
- a raised star or dagger no note is marked with, that a note's text opens with as its
  key ("* Indicates ..."), is kept on its word as printed (``_keyed_symbols``).

Each block keeps how it was set (``base.Layout``: page, indent, baseline, size, weight,
slant, centring, its lines) for structure rules to read; the reader decides nothing by it
beyond the above.
"""

from __future__ import annotations

import itertools
import re
from collections import Counter
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, Literal

from ..metadata import ANNEX_RE, DATE_LINE_RE, NAMING_RE, OPENING_RE, PART_HEADING_RE, RESOLUTION_TITLE_RE, SYMBOL_RE
from ..model import Figure, LogEntry, Table, TableCell, TableRow
from ..repairs.joining import ends_paragraph
from ..repairs.junk import CONTINUATION_MARK_RE, NOTE_RULE_RE, cover_block_line
from ..repairs.markers import SYMBOL_MARKER_RE, sentinel, strip_sentinels
from .base import Block, Layout, RawDocument, RawNote, line_runs
from .pdf_layout import INVISIBLE_HEIGHT, PdfLine, Span, as_text, read_pdf
from .pdf_scan import scan_edge
from .pdf_tables import UNIT_RE, Found, FoundFigure, carries_on, column_at, column_of, find_figures, find_tables

if TYPE_CHECKING:
    from ..sources import Source

name = "pdf"
reads: Literal["text", "bytes"] = "bytes"
suffixes = (".pdf",)
mismatch = "is not a PDF file (no %PDF- header)"

# Bands of the page that hold furniture, as shares of its height (UN template: the
# running head 30-60 pt from the top, the foot 27-44 pt from the bottom, notes down to 52 pt).
TOP_BAND = 0.085
BOTTOM_BAND = 0.06
# A foot that reads as one (page and job number, "2 25-04764", "25-09651 3/102"; the
# job number or the page's number alone, as DP/2025/12/Add.1 and A/53/603 print them at
# 54 and 66 pt) is furniture this high up
FOOT_TEXT_BAND = 0.1
_FOOT_LINE_RE = re.compile(r"\d{1,3}(?:/\d{1,3})?\s+\d{2}-\d{5}[A-Z]?|\d{2}-\d{5}[A-Z]?(?:\s+\d{1,3}(?:/\d{1,3})?)?")
# the page's number alone, when nothing is set below it (a number over a line is a
# note's, set on the line: DP/OPS/2025/4's "9" over "The Group further completed ...")
_PAGE_NUMBER_RE = re.compile(r"\d{1,3}")
_SYMBOL_NOTE_RE = re.compile(r"^(\*{1,3}|†{1,3}|‡{1,2})\s+\S")
_NUMBERED_RE = re.compile(r"^(?:\d{1,3}\.|\([a-z]{1,2}\)|\([ivx]{1,5}\))\s")
# A line is centred when its middle is this close to the page's, as a share of its size
# (its ends are its first character's origin and its last one's box: exact to a point).
CENTRED_WITHIN = 0.3
# Items of a list may be set only a little further apart than the lines of one item
# (DP/OPS/2025/2: 14.4 pt for lines 11.5 pt apart, in 10 pt type): a line opening with
# "(b)" or "3." this far below a line that ends a sentence opens a paragraph
ITEM_GAP = 1.2
# Lines start at a left edge of the text (the margin, a paragraph's indent, a list's) when
# at least this many lines longer than 40 % of the page's width start there.
EDGE_LINES = 3
# The most a paragraph's lines are set apart, as a share of their size (1.15 to 1.32 in
# UN documents; a running head stands 1.8 and more above the text)
LINE_PITCH = 1.35
# The fewest characters of a line of prose (a running head's symbol, language or page
# number has fewer)
PROSE_LINE = 40
# A running head set sideways: its lines hold a character or a few (their own lines,
# each below the one before by less than this share of its size, the characters' widths),
# in the page's outer margin; their text a symbol's, a job number's or a page's
SIDEWAYS_CHARACTERS = 6
SIDEWAYS_STEP = 1.6
# ... set in the page's outer margin: this far (points) left of the text's margin, or
# within twice this of the page's right edge
SIDEWAYS_MARGIN = 36.0
_SIDEWAYS_TEXT_RE = re.compile(r"[A-Z0-9/.\-* ]+")
# A paragraph's own number ("11. ", or glued to its first word: "291.Since"), as the
# text's paragraphs open; an item's letter ("(b) ")
_PARAGRAPH_NUMBER_RE = re.compile(r"^(\d{1,3})\.(?:\s|(?=[A-Z]))")
_LETTER_MARK_RE = re.compile(r"^\(([a-z])\)\s")
# A line opens the next paragraph (or item) when it starts this close (in points) to
# where the last numbered paragraph's (or lettered item's) first line started
NEXT_NUMBER_X = 2.0


def sniff(source: Source) -> float:
    """A PDF is known by its bytes (``%PDF-``), whatever the file is named."""
    return 1.0 if source.data is not None and source.data.startswith(b"%PDF-") else 0.0


def read(source: Source) -> tuple[RawDocument, str]:
    """The document read from the PDF's layout, and its text layer (a line a row): what
    the fidelity proof holds the document to."""
    lines = read_pdf(source.name, source.data or b"")
    return read_layout(lines, source.name), as_text(lines)


def read_without_tables(source: Source) -> tuple[RawDocument, str]:
    """The same, its tables read as lines of text (``pipeline`` asks for it when reading
    them as tables broke the fidelity proof)."""
    lines = read_pdf(source.name, source.data or b"")
    return read_layout(lines, source.name, tables=False), as_text(lines)


@dataclass
class _Measures:
    """Facts of the whole document that single lines are judged against."""

    body_size: float
    margin: float
    # no line in bold: a typescript (a typewriter underlines what print sets in bold);
    # its underlined lines may be headings, and a scan of it may show the facing sheet
    typewritten: bool = False


@dataclass
class _Page:
    number: int
    body: list[tuple[int, PdfLine]] = field(default_factory=list)
    notes: list[tuple[int, PdfLine]] = field(default_factory=list)
    below_rule: bool = False  # the rule of underscores seen: the rest of the page is notes
    unruled: bool = False  # its notes area opened where no rule is printed as text
    head_only: bool = False  # no line read on the page yet but its running head
    head_bottom: float | None = None  # the baseline of its running head's last line
    table_notes: set[int] = field(default_factory=set)  # lines of notes read in the body's area
    # the notes a figure keeps as printed (``_figure_notes``), by the figure's first body line
    figure_notes: dict[int, list[tuple[int, PdfLine]]] = field(default_factory=dict)


def _measures(lines: list[PdfLine]) -> _Measures:
    sizes: Counter[int] = Counter()
    for line in lines:
        sizes[round(line.size)] += len(line.text)
    body_size = float(sizes.most_common(1)[0][0]) if sizes else 10.0
    typewritten = bool(lines) and not any(line.bold for line in lines)
    starts = Counter(round(line.x) for line in lines if abs(line.size - body_size) < 1 and line.page > 1)
    if not starts:
        starts = Counter(round(line.x) for line in lines if abs(line.size - body_size) < 1)
    return _Measures(body_size, float(starts.most_common(1)[0][0]) if starts else 72.0, typewritten)


def _line_text(line: PdfLine, notes: frozenset[str] | None = None) -> str:
    """A line's text with its raised markers as sentinels, each on the word before it
    ("Summit, ¹ to" -> "Summit,¹ to"; "Disabilities, ⁶in" -> "Disabilities,⁶ in")."""
    out = ""
    spans = list(line.spans)
    for index, span in enumerate(spans):
        if span.raised and notes is not None and _unnoted_letters(span.text, notes):
            out += span.text  # a raised letter no note is marked with is a letter ("th" "e")
        elif span.raised and _is_unit_power(out, span.text):
            out = out.rstrip(" ") + span.text.strip()  # "20,907 m²" of land: a square metre
        elif span.raised:
            # "conflict,10,11": two notes, one marker each
            markers = "".join(sentinel(m.strip()) for m in span.text.split(",") if m.strip())
            following = spans[index + 1].text if index + 1 < len(spans) else ""
            # PDFium reads the shift up to a superscript as a space, and may read none for
            # the gap after it: a marker sits on its word, a word after it is a word apart
            out = out.rstrip(" ") + markers
            if following[:1].isalnum() or following[:1] in "“‘(":
                out += " "
        else:
            out += span.text
    if notes and any(marker in notes for marker in ("*", "**", "***", "†", "‡")):
        # a star or dagger set on the line, not raised ("Member States:*", "A/RES/78/68*")
        out = SYMBOL_MARKER_RE.sub(
            lambda m: sentinel(m.group(1).replace("\\", "")) if m.group(1).replace("\\", "") in notes else m.group(0),
            out,
        )
        out = _LEADING_SYMBOL_RE.sub(lambda m: sentinel(m.group(1)) if m.group(1) in notes else m.group(0), out)
    return out.strip()


# a star or dagger set on the line before the bracket it marks, after a blank or opening
# the line or a table's cell: "Vice-Chairs: *(Belarus)" (E/2025/37, annex II: an officer
# the note explains, "* see ECE/CTCS/2022/2, paras 16-19."); before a word, a star opens
# a note's own text more often ("*Thematic figures include ...", E/ICEF/2025/19)
_LEADING_SYMBOL_RE = re.compile(r"(?<!\S)(\*{1,3}|†{1,3}|‡{1,2})(?=\()")


def _unnoted_letters(raised: str, notes: frozenset[str]) -> bool:
    """A raised run of letters ("th", "c,d") one of which no note is marked with: letters
    of the text, not markers ("c,d" marks notes c and d only if the document has both)."""
    parts = [part.strip() for part in raised.split(",")]
    return all(part.isalpha() for part in parts) and any(part not in notes for part in parts)


# A unit of length a raised 2 or 3 squares or cubes: "m", "km", "cm", "mm", "ft", after a
# number or a space ("20,907 m²", "699 km²", "1.5 m³")
_UNIT_RE = re.compile(r"(?:^|[\s\d(/])(?:[kcdm]?m|ft)$")


def _is_unit_power(before: str, raised: str) -> bool:
    """A raised "2" or "3" on a unit of length is its power, not a note's marker."""
    return raised.strip() in ("2", "3") and _UNIT_RE.search(before.rstrip(" ")) is not None


def _is_table_note(line: PdfLine, measures: _Measures) -> bool:
    """A note under a table, in the body area: smaller than the text, opening with a
    raised marker ("ᵃ See A/78/534.")."""
    return line.size < measures.body_size * 0.95 and _starts_with_marker(line) is not None


def _carries_table_note(page: _Page, line: PdfLine, measures: _Measures) -> bool:
    """A line of a note under a table carried on: as small, just under the note's line."""
    if page.below_rule or not page.notes or line.size >= measures.body_size * 0.95:
        return False
    above = page.notes[-1][1]
    return abs(above.size - line.size) < 0.3 and 0 < above.y - line.y <= 1.5 * line.size


def _starts_with_marker(line: PdfLine) -> str | None:
    """The marker a note line opens with: raised, or a symbol set on the line ("* Reissued")."""
    first = next((span for span in line.spans if span.text.strip()), None)
    if first is not None and first.raised:
        return first.text.strip()
    symbol = _SYMBOL_NOTE_RE.match(line.text.strip())
    return symbol.group(1) if symbol else None


def read_layout(lines: list[PdfLine], source_file: str, tables: bool = True) -> RawDocument:
    raw = RawDocument(source_file, name, hyphenated=False)
    # a printed PDF's words near its edge (a photograph's credit) are no facing sheet's
    lines, edge = scan_edge(lines, raw.log) if _measures(lines).typewritten else (lines, set())
    lines = _marker_slashes(_slash_markers(lines, raw.log), raw.log)
    measures = _measures(lines)
    pages: dict[int, _Page] = {}
    last_page = max((line.page for line in lines), default=1)
    pending: set[str] = set()  # the markers the body printed whose notes are not yet read
    sideways = _sideways_furniture(lines, measures.margin)
    heads = _low_running_heads(lines, sideways)
    for number, line in enumerate(lines, start=1):
        page = pages.setdefault(line.page, _Page(line.page))
        text = line.text.strip()
        height = line.page_height or 792.0
        if number in edge:
            continue  # a scan's fragment of the facing sheet (logged by ``scan_edge``)
        if number in sideways:
            detail = f"{text!r}: a character of a running head or page number set sideways"
            raw.log.append(LogEntry("removed", "sideways-furniture", number, detail, text))
            continue
        if line.invisible:
            detail = f"{text!r}: printed less than {INVISIBLE_HEIGHT:g} pt high, too small to be seen on the page"
            raw.log.append(LogEntry("removed", "invisible-text", number, detail, text))
            continue
        following = lines[number] if number < len(lines) else None
        in_band = line.y > height * (1 - TOP_BAND) and not _body_in_band(page, line, text)
        in_band = in_band and not _text_set_high(line, following, measures)
        if line.page > 1 and (in_band or number in heads or _head_goes_on(page, line, text)):
            raw.log.append(LogEntry("removed", "running-head", number, f"{text!r}: running head", text))
            page.head_only, page.head_bottom = True, line.y
            continue
        # the job number and its barcode at the first page's foot (higher on some covers),
        # printed again on the last page of a long report
        ends = line.page in (1, last_page)
        cover = cover_block_line(text, number) if ends and line.y < height * 0.2 else None
        if line.page == 1 and line.bold and line.y < height * 0.2 and SYMBOL_RE.fullmatch(text):
            # the symbol printed at the cover's foot, not at its head (UNFCCC's "FCCC/SBSTA/
            # 2011/MISC.14" over the job number): the document's symbol, as furniture
            raw.log.append(
                LogEntry("removed", "cover-symbol", number, f"{text!r}: the symbol at the cover's foot", text)
            )
            raw.furniture.append(Block(text, number))
            continue
        if cover is not None:
            raw.log.append(cover[0])
            if cover[1] and line.page == 1:
                raw.furniture.append(Block(f"Job number {cover[1]}", number))
            continue
        # the page's number and job number, set a little higher than the template's foot
        # (the executive boards' "25-04764 3"): by its words, not its place alone
        last = number == len(lines) or lines[number].page != line.page
        foot = _FOOT_LINE_RE.fullmatch(text) or (last and _PAGE_NUMBER_RE.fullmatch(text))
        low_note = _note_set_low(line, pending) and not foot
        if (line.y < height * BOTTOM_BAND and not low_note) or (line.y < height * FOOT_TEXT_BAND and foot):
            raw.log.append(LogEntry("removed", "page-foot", number, f"{text!r}: page foot", text))
            continue
        if line.y < height * FOOT_TEXT_BAND and CONTINUATION_MARK_RE.fullmatch(text):
            raw.log.append(LogEntry("removed", "continuation-mark", number, f"{text!r}: text goes on overleaf", text))
            continue
        page.head_only = False
        if NOTE_RULE_RE.fullmatch(text):
            raw.log.append(LogEntry("removed", "note-rule", number, "rule above the page's notes", text))
            page.below_rule = True
            continue
        small_note = tables and _is_table_note(line, measures)  # a note as a table's is read so already
        if not (page.below_rule or small_note) and (opening := _opens_unruled_notes(page, line, pending, measures)):
            detail = f"notes area without a printed rule, opening with note {opening}"
            raw.log.append(LogEntry("repaired", "notes-without-rule", number, detail))
            page.below_rule, page.unruled = True, True
        elif not (page.below_rule or small_note) and _continues_notes(pages, page, line, lines[number:], pending):
            detail = f"notes area without a printed rule, opening with the last note of page {line.page - 1} going on"
            raw.log.append(LogEntry("repaired", "notes-without-rule", number, detail))
            page.below_rule, page.unruled = True, True
        if page.unruled and (marked := _plain_marker_opening(line, pending)) is not None:
            line = marked  # "6 TRAINMAR stands for ...": a note's number set on the line
        table_note = tables and (_is_table_note(line, measures) or _carries_table_note(page, line, measures))
        if page.below_rule or table_note:
            page.notes.append((number, line))
            if not page.below_rule:
                page.table_notes.add(number)
            if (marker := _starts_with_marker(line)) is not None:
                pending.discard(marker)
        else:
            page.body.append((number, line))
            pending.update(_marked(line))
    if tables:
        _figure_notes(pages, measures, raw.log)
    note_pages = _read_notes(raw, pages)
    markers = frozenset(note.marker for note in raw.notes if note.marker)
    _keyed_symbols(pages, raw.notes, markers, raw.log)
    raw.blocks, page_ends = _blocks(pages, measures, markers, raw.log, tables)
    _set_layouts(raw.blocks, pages, measures)
    for note, page_number in zip(raw.notes, note_pages, strict=True):
        note.position = page_ends.get(page_number, len(raw.blocks))  # before the block after its page
    return raw


def _note_set_low(line: PdfLine, pending: set[str]) -> bool:
    """A note set down in the band of the page's foot (DP/2025/23, page 11: "³ See
    document CEB/2022/HLCM/FBN/7." at 40 pt, over the page's number at 27): a line
    opening with the raised marker of a note the body marked whose text is still to come
    is that note, never furniture."""
    first = next((span for span in line.spans if span.text.strip()), None)
    return first is not None and first.raised and first.text.strip() in pending


# A running head's lines below the band: "Page 3" under the symbol and "English", set
# lower on some covers of the 1990s (A/52/826: 90 % of the page up)
_HEAD_LINE_RE = re.compile(r"(?:[Pp]age \d{1,4}|English|ENGLISH)")
HEAD_GOES_ON = 0.15


def _head_goes_on(page: _Page, line: PdfLine, text: str) -> bool:
    """A line of the running head under its lines in the band ("A/52/826", "English",
    then "Page 2" a little lower): nothing but the head read on the page yet, near its
    top, and a head's words only."""
    top = line.y > (line.page_height or 792.0) * (1 - HEAD_GOES_ON)
    return page.head_only and top and _HEAD_LINE_RE.fullmatch(text) is not None


# The body's first line may stand in the top band under a running head set higher
# (Geneva's typescripts on A4: "TD/B/CN.4/36" / "page 2" at 806 and 796 pt, the text
# from 775): a line this far under the head's last line (in sizes of its own; the lines
# of a head are at most 1.2 apart) that opens or ends with no symbol (as a head does:
# "A/RES/78/1 development convened ...") is the body's
HEAD_GAP = 1.6
_SYMBOL_IN_LINE_RE = re.compile(r"^[A-Z]{1,6}(?:\.\d+)?/\S|\s[A-Z]{1,6}(?:\.\d+)?/\S+$")


def _body_in_band(page: _Page, line: PdfLine, text: str) -> bool:
    """A line in the top band that is the body's, not the running head's: a paragraph's
    gap or more under the head, no symbol at its ends, or after the body has begun."""
    if page.head_bottom is None:
        return False
    if not page.head_only:
        return True
    far = page.head_bottom - line.y > HEAD_GAP * line.size
    return far and _SYMBOL_IN_LINE_RE.search(text) is None and _HEAD_LINE_RE.fullmatch(text) is None


# Where no rule is printed as text (a rule drawn, in typescripts of the 1990s), a page's
# notes open this far below the body's last line, in sizes of the note's line, and in
# the lower part of the page: a raised marker opens no line of the body after a
# paragraph's gap (DP/2025/12/Add.1: 2.7); a number set on the line may open a paragraph
# ("12 States ..."), so it opens the notes only further down than a paragraph's gap
# (at most 2.4; the drawn rule's space 3.6 and more) or in a smaller size than the text
# (A/79/924: "70 В Молдавии ..." in 10 pt under text in 14)
UNRULED_GAP = 2.0
UNRULED_PLAIN_GAP = 3.0
UNRULED_LOW = 0.45
# a note going on overleaf is set in the type of the note it continues (9 points: A/80/10)
NOTE_SIZE_TOLERANCE = 0.3
# (its number may be followed by a stop, in the notes' smaller size: DP/FPA/2025/6's
# "18. In 2024, OAIS sent nine referrals ...", the stop part of the marker as printed)
_PLAIN_MARKER_RE = re.compile(r"(\d{1,3})(\.?)(\s+)(?=\S)")


# a star or dagger on the end of a word, raised or not ("provisional agenda*", "2024**")
_SYMBOL_MARK_RE = re.compile(r"(?<=[\w.,;:)”’])(\*{1,3}|†{1,3}|‡{1,2})(?=\s|$)")


def _marked(line: PdfLine) -> set[str]:
    """The notes a body line marks: raised figures ("Peoples;1", "conflict,10,11"), stars
    and daggers on a word's end ("agenda*")."""
    numbers = {
        number.strip()
        for span in line.spans
        if span.raised
        for number in span.text.split(",")
        if number.strip().isdigit() and not number.strip().startswith("0")  # "01": a scan's noise
    }
    return numbers | set(_SYMBOL_MARK_RE.findall(line.text))


def _opens_unruled_notes(page: _Page, line: PdfLine, pending: set[str], measures: _Measures) -> str | None:
    """The marker of the note that opens a page's notes area where no rule is printed:
    a line well below the body's last one, in the page's lower part, opening with the
    number of a note the body has marked and whose text has not been read (raised, or set
    on the line: "6 TRAINMAR stands for ..."). None when the line is no such opening."""
    if not page.body or not pending or line.y > (line.page_height or 792.0) * UNRULED_LOW:
        return None
    gap = (page.body[-1][1].y - line.y) / max(line.size, 1.0)
    marker = _starts_with_marker(line)
    if marker is None and (plain := _PLAIN_MARKER_RE.match(line.text.lstrip())) is not None:
        smaller = line.size < measures.body_size * 0.9  # set as notes are, not as the text
        far = gap >= UNRULED_PLAIN_GAP and not plain.group(2)  # "12. ..." as large opens a paragraph
        marker = plain.group(1) if far or smaller else None
    return marker if marker in pending and gap >= UNRULED_GAP else None


def _continues_notes(
    pages: dict[int, _Page], page: _Page, line: PdfLine, after: list[PdfLine], pending: set[str]
) -> bool:
    """A line that opens a page's notes area with the words of the note the page before
    left unfinished (A/80/10, p. 194: note 44 stops at "in particular the Geneva", the
    next page's notes go on "Conventions of 1949 and ...", then notes 45 and 46, its rule
    a drawing, not text): no marker, in that note's type, well below the page's body,
    where the page before ends with a note line that ends no sentence, and where a note
    the body marked opens further down the page (``after``: the page's lines after it),
    so that a table or a text set small after a page of notes is not taken for one."""
    before = pages.get(page.number - 1)
    if before is None or not before.notes or not page.body or _starts_with_marker(line) is not None:
        return False
    last = before.notes[-1][1]
    if ends_paragraph(last.text.strip()) or abs(line.size - last.size) > NOTE_SIZE_TOLERANCE:
        return False
    if (page.body[-1][1].y - line.y) / max(line.size, 1.0) < UNRULED_GAP:
        return False
    rest = itertools.takewhile(lambda later: later.page == page.number, after)
    return any(_starts_with_marker(later) in pending for later in rest)


def _plain_marker_opening(line: PdfLine, pending: set[str]) -> PdfLine | None:
    """A line of a notes area that opens with the number of a note still to be read, set
    on the line, not raised ("7 Road, lake, river ..."): the same line, that number as
    its raised marker. None when it opens otherwise."""
    first = line.spans[0] if line.spans else None
    if first is None or first.raised:
        return None
    text = first.text.lstrip()
    plain = _PLAIN_MARKER_RE.match(text)
    if plain is None or plain.group(1) not in pending:
        return None
    rest = Span(text[plain.end(2) :], False)
    return replace(line, spans=(Span(plain.group(1), True), rest, *line.spans[1:]), pieces=())


# Typescripts of the 1990s mark notes on the line, a number and a slash: "... of the
# Committee. 1/", the note at the page's foot "1/ See A/49/23 (Part III)."
_SLASH_NOTE_RE = re.compile(r"^(\d{1,2})/\s+(?=\S)")
_SLASH_MARK_RE = re.compile(r"(?<=\S)\s(\d{1,2})/(?=\s|$)")


def _slash_markers(lines: list[PdfLine], log: list[LogEntry]) -> list[PdfLine]:
    """The notes a typescript marks "1/" read as notes marked with raised figures: where
    lines open with "N/ " and the text marks N after a word (" 1/"), each such mark
    becomes the raised marker N, and each line opening "N/ " a note's opening with that
    marker (the slash is no word: the proof of fidelity reads "1/" as "1"). Nothing
    changes in a document with no such note, whatever "1/" its text holds: "1/ First,
    ..." opening items that nothing marks are a list's."""
    openings = {m.group(1) for line in lines if (m := _SLASH_NOTE_RE.match(line.text.lstrip()))}
    if not openings:
        return lines
    # a note's number the text marks too ("1/ First, ..." items of a list are no notes)
    marks = {m.group(1) for line in lines for m in _SLASH_MARK_RE.finditer(line.text)}
    notes = openings & marks
    if not notes:
        return lines
    out: list[PdfLine] = []
    for number, line in enumerate(lines, start=1):
        spans: list[Span] = []
        for span in line.spans:
            spans += [span] if span.raised else _slash_spans(span.text, notes, not spans)
        if len(spans) != len(line.spans):
            log.append(LogEntry("repaired", "slash-marker", number, "note markers printed as 'N/' read as markers"))
            line = replace(line, spans=tuple(spans), pieces=())
        out.append(line)
    return out


def _slash_spans(text: str, notes: set[str], first: bool) -> list[Span]:
    """A run of text cut at its "N/" markers (the line's first run: a note's "N/ " opening
    too), each marker a raised run of its number."""
    spans: list[Span] = []
    start = 0
    opening = _SLASH_NOTE_RE.match(text.lstrip()) if first else None
    if opening is not None and opening.group(1) in notes:
        spans.append(Span(opening.group(1), True))
        start = len(text) - len(text.lstrip()) + len(opening.group(1)) + 1
    for mark in _SLASH_MARK_RE.finditer(text, start):
        if mark.group(1) not in notes:
            continue
        spans += [Span(text[start : mark.start()], False), Span(mark.group(1), True)]
        start = mark.end()
    if start == 0:
        return [Span(text, False)]
    return [*spans, Span(text[start:], False)] if text[start:] else spans


# the slash after a raised marker, before a blank or the line's end ("5ᵃ/ 1 1", "ᵃ/ In
# collating ...": a table's notes marked "a/" as the typescripts' "1/"), never within a
# word ("m²/s")
_MARKER_SLASH_RE = re.compile(r"/(?=\s|$)")


def _marker_slashes(lines: list[PdfLine], log: list[LogEntry]) -> list[PdfLine]:
    """The slash printed after a raised marker ("5ᵃ/", and the note "ᵃ/ In collating
    audit conclusions ...", DP/OPS/2025/4) is the marker's, as the typescripts' "1/"
    (``_slash_markers``): set blank, so that the note is marked "a", its text opening
    with its words, and a table's cell reads "5" and its marker. A blank, not nothing:
    where the line's pieces (a table's cells) begin is counted in its characters."""
    out: list[PdfLine] = []
    for number, line in enumerate(lines, start=1):
        spans = list(line.spans)
        for index in range(1, len(spans)):
            after = spans[index]
            if spans[index - 1].raised and not after.raised and _MARKER_SLASH_RE.match(after.text):
                spans[index] = Span(" " + after.text[1:], False)
        if spans != list(line.spans):
            detail = "the slash after a raised marker ('a/') read as the marker's"
            log.append(LogEntry("repaired", "marker-slash", number, detail))
            line = replace(line, spans=tuple(spans))
        out.append(line)
    return out


def _flat(line: PdfLine, keep_first: bool = False) -> PdfLine:
    """A note's line with the raised runs inside its text set on the line (a scan's "A/
    KES/3V1" with a raised "1" is "3V11", not a marker no note text can hold): only the
    marker opening a note (``keep_first``) stays raised."""
    spans = [
        span if not span.raised or (keep_first and index == 0) else Span(span.text, False)
        for index, span in enumerate(line.spans)
    ]
    return replace(line, spans=tuple(spans)) if spans != list(line.spans) else line


def _page_marks(page: _Page) -> set[str]:
    """Every marker raised on the page's body lines ("conflict,10,11": 10 and 11)."""
    return {
        part.strip() for _, line in page.body for span in line.spans if span.raised for part in span.text.split(",")
    }


def _figure_notes(pages: dict[int, _Page], measures: _Measures, log: list[LogEntry]) -> None:
    """The notes set under a figure whose markers no line of the figure prints: kept with
    the figure, as printed, not as the page's notes. A chart drawn as a picture carries
    its notes' markers in the picture (A/80/82's figure I: "ᵃ Partially estimated." and
    "ᵇ Forecast." under its sources, "a" and "b" nowhere in the text): as notes they would
    lead from nowhere, or from the page's other note "a". They are the notes read in the
    body's area after the figure's last line and before the page's next line of text,
    under a chart none of whose words is in the text (its caption and sources only), none
    of whose markers the page's text prints; each is said on the page. A chart with words
    in the text may print its notes' markers among them, and notes whose markers the
    page's text prints (its caption's, or its paragraphs' where a page's notes are set
    with no rule, just under a figure: DP/FPA/2025/6, page 14) are notes."""
    for page in pages.values():
        if not page.table_notes:
            continue
        body = [line for _, line in page.body]
        for figure in find_figures(body, measures.body_size):
            if any(not UNIT_RE.fullmatch(body[index].text) for index in figure.labels):
                continue  # the chart's words are in the text ("(in millions of $)" is its unit's)
            after = page.body[figure.last][0]
            until = page.body[figure.last + 1][0] if figure.last + 1 < len(page.body) else None
            lines = [
                (number, line)
                for number, line in page.notes
                if number in page.table_notes and number > after and (until is None or number < until)
            ]
            printed = _page_marks(page)
            opening = lines[0][1] if lines else None
            if opening is None or _starts_with_marker(opening) is None:
                continue
            own = [_starts_with_marker(line) for _, line in lines]
            if any(marker in printed for marker in own if marker):
                continue
            page.notes = [note for note in page.notes if note not in lines]
            page.figure_notes[figure.first] = lines
            for (number, _), marker in zip(lines, own, strict=True):
                if marker is not None:
                    detail = (
                        f"note {marker} under the figure on page {page.number} kept with it as printed: "
                        "its marker is in no line of the text (the chart is a picture, none of its words in the text)"
                    )
                    log.append(LogEntry("warning", "figure-note", number, detail))


_KEY_RE = re.compile(r"(\*{1,3}|†{1,3}|‡{1,2})\s")


def _keyed_symbols(pages: dict[int, _Page], notes: list[RawNote], markers: frozenset[str], log: list[LogEntry]) -> None:
    """A raised star or dagger that no note is marked with, where a note's text opens with
    it as a key ("⁴ * Indicates the inclusion of regular resources intended for 2023 but
    received in 2024.", DP/2025/12, under "Top 15 contributors⁴" and "United States of
    America*"): a sign that note explains, kept on its word as printed, not a marker of a
    note the source lacks. A raised star no note's text opens with stays a marker."""
    keys = {m.group(1) for note in notes if (m := _KEY_RE.match(note.text.lstrip()))} - markers
    if not keys:
        return
    for page in pages.values():
        for position, (number, line) in enumerate(page.body):
            spans = [Span(sp.text, False) if sp.raised and sp.text.strip() in keys else sp for sp in line.spans]
            if spans != list(line.spans):
                page.body[position] = (number, replace(line, spans=tuple(spans)))
                keyed = ", ".join(
                    sorted({sp.text.strip() for sp in line.spans if sp.raised and sp.text.strip() in keys})
                )
                detail = f"raised {keyed} kept as printed: no note is marked with it, a note's text explains it"
                log.append(LogEntry("repaired", "keyed-symbol", number, detail))


def _read_notes(raw: RawDocument, pages: dict[int, _Page]) -> list[int]:
    """Each note opens with a raised marker; lines without one carry the last note on,
    across a page break too. Returns the page each note starts on."""
    started_on: list[int] = []
    line_numbers: list[list[int]] = []
    for page in pages.values():
        for number, line in page.notes:
            text = line.text.strip()
            marker = _starts_with_marker(line)
            if marker is None and raw.notes:
                raw.notes[-1].text += "\n" + _line_text(_flat(line))
                line_numbers[-1].append(number)
                if started_on[-1] != page.number and line_numbers[-1][-2] < number - 1:
                    raw.log.append(
                        LogEntry(
                            "repaired",
                            "note-continued",
                            number,
                            f"note {raw.notes[-1].marker} continued from page {started_on[-1]} on page {page.number}",
                        )
                    )
                continue
            body = _line_text(_flat(line, keep_first=True))
            if marker is None:
                raw.log.append(
                    LogEntry("warning", "note-without-marker", number, f"note text without a marker: {text[:50]!r}")
                )
            elif "\ue001" in body:
                body = body[body.index("\ue001") + 1 :].strip()
            else:
                body = body[len(marker) :].strip()  # a symbol set on the line: "* Reissued ..."
            raw.notes.append(RawNote(marker, body, number))
            started_on.append(page.number)
            line_numbers.append([number])
    for note, numbers in zip(raw.notes, line_numbers, strict=True):
        note.spans = line_runs(numbers)
    return started_on


def _opens_paragraph(
    previous: PdfLine | None, line: PdfLine, measures: _Measures, previous_text: str, text: str
) -> bool:
    if previous is None:
        return True
    if abs(line.size - previous.size) > 0.6 or (line.bold != previous.bold and not _runs_on(previous_text, text)):
        return True
    if text.startswith("(Signed)"):
        return True  # a letter's signature, however close under its last paragraph
    indented = line.x > measures.margin + 0.5 * measures.body_size
    right_side = line.x > (line.page_width or 612.0) * 0.55
    if right_side or previous.x > (previous.page_width or 612.0) * 0.55:
        return True  # the sign-off ("38th plenary meeting", its date) stands on its own lines
    if line.page != previous.page:
        # a new page: more indented than the line the last page ended on opens a paragraph
        return (indented and line.x > previous.x + 2) or (bool(_NUMBERED_RE.match(text)) and _item_ended(previous_text))
    gap = previous.y - line.y
    if gap > 1.45 * max(line.size, previous.size):
        return True
    if gap > ITEM_GAP * max(line.size, previous.size) and _NUMBERED_RE.match(text) and _ends_item(previous_text):
        return True  # "(b) ..." after an item ending "... in 2023.", a little more apart than lines
    if line.bold and previous.bold:
        return False  # a heading wrapped at its own indent
    if line.underlined and previous.underlined and measures.typewritten:
        return False  # a typescript's underlined heading wrapped, however indented
    if _hanging_under_bullet(previous, line, previous_text, text):
        return False
    return indented and line.x > previous.x + 2


_BULLET_RE = re.compile(r"^[•▪●◦]\s")


def _hanging_under_bullet(previous: PdfLine, line: PdfLine, previous_text: str, text: str) -> bool:
    """A bulleted item's line that wraps under its text, past the bullet (A/80/10's
    bibliography: "• UN General Assembly, Report of special committee on peacekeeping
    operations," / "A/75/19(2021)."): the item goes on, whatever its first letter. A
    line after one that ends an item or a sentence, or itself bulleted, may open one."""
    hanging = previous.x + 2 < line.x < previous.x + 1.5 * line.size
    bulleted = _BULLET_RE.match(strip_sentinels(previous_text)) is not None
    return hanging and bulleted and not _BULLET_RE.match(strip_sentinels(text)) and not _ends_item(previous_text)


# a list's item that ends a page with "...; and" (DP/FPA/2025/6: "... vacant positions;
# and" / "36. Country offices need ...")
_LIST_END_RE = re.compile(r"(?:[.,;:]|;\s+(?:and|or))$")


def _item_ended(previous_text: str) -> bool:
    """The line a page ended on closes an item or sentence, or a list's last but one item
    ("...; and"): a numbered line at the next page's top opens a paragraph."""
    return _LIST_END_RE.search(strip_sentinels(previous_text).rstrip()) is not None


def _sideways_furniture(lines: list[PdfLine], margin: float) -> set[int]:
    """The lines (their 1-based numbers) of a running head, job number or page number
    set sideways in a landscape page's margin (A/79/879: "S", "/2 A", "0", "2 /7" ... at
    x 740, a character or two a line, closer than lines of text): on a page, runs of at
    least two short lines at one left edge in the page's outer margin (well left of the
    text's margin, or in the last inch), each less than ``SIDEWAYS_STEP`` of its size
    below the one before, whose characters are a symbol's, a job number's or a page's
    only (capitals, figures, "/", "-", "."). A table's column, inside the text's area, or
    a heading set sideways, with small letters, is kept."""
    found: set[int] = set()
    columns: dict[tuple[int, float], list[int]] = {}
    for number, line in enumerate(lines, start=1):
        width = line.page_width or 612.0
        lefts = [left for _, left, _ in line.cells()]
        outer = all(left < margin - SIDEWAYS_MARGIN or left > width - 2 * SIDEWAYS_MARGIN for left in lefts)
        if outer and len(line.text.replace(" ", "")) <= SIDEWAYS_CHARACTERS:
            # each piece in its margin's column: a character of the right margin's head
            # printed on the line of one in the left's (A/AC.172/2025/2: "1." and "/2")
            for left in lefts:
                columns.setdefault((line.page, round(left, 1)), []).append(number)
    for numbers in columns.values():
        run: list[int] = []
        for number in [*numbers, 0]:
            line = lines[number - 1] if number else None
            before = lines[run[-1] - 1] if run else None
            if line is not None and before is not None and 0 < before.y - line.y < SIDEWAYS_STEP * line.size:
                run.append(number)
                continue
            text = "".join(lines[n - 1].text for n in run)
            if len(run) >= 2 and _SIDEWAYS_TEXT_RE.fullmatch(text):
                found.update(run)
            run = [number] if number else []
    return found


# A running head set below the top band is known by its repeating: the same symbol as
# the first line of at least this many pages, and of half the pages after the first
LOW_HEAD_PAGES = 3


def _low_running_heads(lines: list[PdfLine], sideways: set[int]) -> set[int]:
    """The lines (their 1-based numbers) of a running head printed lower than the top
    band (DP/FPA/2025/5: "DP/FPA/2025/5" 88 pt from the top of every page, the band
    ending at 67): the first line of a page after the first, the document's symbol alone,
    the same text opening at least ``LOW_HEAD_PAGES`` pages and half the pages after the
    first (a landscape page's, 66 pt from its top: A/79/352), the characters of a head set
    sideways (``sideways``) not counted. A heading or a paragraph is never a symbol alone,
    nor opens every page."""
    firsts: dict[int, tuple[int, str]] = {}
    for number, line in enumerate(lines, start=1):
        if line.page > 1 and line.page not in firsts and number not in sideways:
            firsts[line.page] = (number, line.text.strip())
    counts = Counter(text for _, text in firsts.values() if SYMBOL_RE.fullmatch(text))
    repeated = {text for text, count in counts.items() if count >= LOW_HEAD_PAGES and count * 2 >= len(firsts)}
    return {number for number, text in firsts.values() if text in repeated}


def _text_set_high(line: PdfLine, following: PdfLine | None, measures: _Measures) -> bool:
    """A line of the text in the band of the running head, where a page's text begins
    higher than the template's (an A4 page of DP/OPS/2025/3: "9. The first year ..." at
    69 pt from the top, the running head 19 pt above it): a plain line of the body's size
    as long as a line of prose, that the next line of its page follows at a paragraph's
    line spacing. A running head is smaller, in bold, short (a scan's "A/47/435" and
    "English", as large as its text and as close above it) or set apart from the text."""
    if following is None or following.page != line.page or line.bold or len(line.text.strip()) < PROSE_LINE:
        return False
    body = abs(line.size - measures.body_size) < 0.6 and abs(following.size - line.size) < 0.6
    return body and 0 < line.y - following.y <= LINE_PITCH * line.size


def _next_paragraph(opened: dict[str, tuple[str, float]], line: PdfLine, text: str) -> bool:
    """A line opening with the number after the last numbered paragraph's ("11." after
    "10."), or the letter after the last lettered item's ("(b)" after "(a)"), set where
    that paragraph's first line was, opens the paragraph whatever the line before it: a
    field of a table-like block without a stop ("Target date: First quarter of 2025",
    DP/2025/3), the last name of a list ("2. Acronym Institute ...*",
    TPNW/MSP/2025/11), a theme's last line ("... all women and girls", E/CN.6/2025/4),
    a subheading set as close as a line; across a page break too."""
    for kind, (_, after) in _marks(text).items():
        if kind in opened and after == opened[kind][0] and abs(line.x - opened[kind][1]) < NEXT_NUMBER_X:
            return True
    return False


def _marks(text: str) -> dict[str, tuple[str, str]]:
    """The number or letter a line opens with, and the one before it: {"number": ("11",
    "10")}, {"letter": ("b", "a")}; empty for any other line."""
    stripped = strip_sentinels(text)
    if own := _PARAGRAPH_NUMBER_RE.match(stripped):
        return {"number": (own.group(1), str(int(own.group(1)) - 1))}
    if (letter := _LETTER_MARK_RE.match(stripped)) and letter.group(1) != "a":
        return {"letter": (letter.group(1), chr(ord(letter.group(1)) - 1))}
    return {}


def _runs_on(previous_text: str, text: str) -> bool:
    """A line that carries on a sentence the line before left open, in lower case: a
    change of weight there is a word set in bold or a run-in title ("Concerning the topic
    “Immunity of State officials from foreign criminal / jurisdiction”, the Commission"),
    never a heading."""
    stripped = strip_sentinels(text).lstrip()
    return stripped[:1].islower() and not _ends_item(previous_text)


def _ends_item(text: str) -> bool:
    """The line before ends as an item or a sentence does."""
    return strip_sentinels(text).rstrip()[-1:] in ".;:"


def _blocks(
    pages: dict[int, _Page], measures: _Measures, markers: frozenset[str], log: list[LogEntry], tables: bool = True
) -> tuple[list[Block], dict[int, int]]:
    """The body's paragraphs (and the header's units) and tables; also, per page, how
    many blocks had begun by its end."""
    blocks: list[Block] = []
    page_ends: dict[int, int] = {}
    previous: PdfLine | None = None
    previous_text = ""
    in_header = True
    titled = False  # the resolution's number and title seen ("78/225. Enhancing ...")
    # the last table, while it ends its page (the next page may carry it on)
    open_table: tuple[Block, Found] | None = None
    # the number of the last block opened by one ("10. ..."), the letter of the last
    # opened by one ("(a) ..."), and where its line started
    opened: dict[str, tuple[str, float]] = {}
    # the last block opened in bold on a line ending with a comma ("5. Combating sexual and
    # gender-based violence, sexual exploitation and abuse,"): all its lines bold so far
    pending = False
    # the last block opened by an underlined line read as a heading: all its lines so far underlined
    underlined = False
    for page in pages.values():
        body = [line for _, line in page.body]
        carried = open_table[1].columns if open_table is not None else None
        found = {table.first: table for table in find_tables(body, measures.body_size, 0, carried)} if tables else {}
        figures = {figure.first: figure for figure in find_figures(body, measures.body_size)} if tables else {}
        skip = 0
        for position, (number, line) in enumerate(page.body):
            if position < skip:
                continue
            figure = figures.get(position)
            if figure is not None and in_header and figure.caption:
                in_header, previous = False, None  # a masthead holds no captioned figure: the body began
            if figure is not None and not in_header:
                kept = page.figure_notes.get(figure.first, [])
                blocks.append(_figure_block(page.body, figure, markers, log, kept))
                open_table, skip, previous, previous_text = None, figure.last + 1, None, ""
                continue
            table = found.get(position)
            if table is not None and in_header and page.number == 1 and _opens_body(table):
                in_header, previous = False, None  # the body begins with a table
            if table is not None and not in_header:
                if open_table is not None and position == 0 and carries_on(open_table[1], body, table):
                    _carry_on(open_table[0], page.body, table, markers, log)
                else:
                    blocks.append(_table_block(page.body, table, markers, log))
                open_table = (blocks[-1], table) if table.last == len(body) - 1 else None
                skip, previous, previous_text = table.last + 1, None, ""
                continue
            open_table = None
            text = _line_text(line, markers)
            if not text:
                continue
            opening = bool(OPENING_RE.match(text))
            if in_header and not opening and _body_begins(line, text, measures, titled):
                in_header, previous = False, None  # printed without an opening formula
            if in_header or opening:
                # header units: one logical line each, joined however they were wrapped
                new = opening or _opens_header_unit(previous, line, measures)
                if new:
                    blocks.append(Block(text, number))
                else:
                    blocks[-1].text += "\n" + text
                    blocks[-1].kind = "heading"  # a wrapped unit: read as one line
                if opening:
                    in_header = False
                    previous = None
                else:
                    previous = line
                # the line naming a letter or a report ends its masthead as a title does
                titled = titled or bool(RESOLUTION_TITLE_RE.match(text) or NAMING_RE.match(text))
                previous_text = text
                continue
            label = ANNEX_RE.match(text) or PART_HEADING_RE.match(text)
            after_annex = previous_text and ANNEX_RE.match(previous_text)
            opens = _opens_paragraph(previous, line, measures, previous_text, text)
            if label or after_annex or opens or _next_paragraph(opened, line, text):
                # "Annex" and "Article 13" open their own block (the title under them too)
                bold = line.bold and not text.rstrip().endswith((",", ";"))
                underlined = measures.typewritten and "number" in opened and _underlined_heading(line, text)
                blocks.append(Block(text, number, "heading" if bold or label or underlined else "text"))
                opened |= {kind: (mark, line.x) for kind, (mark, _) in _marks(text).items()}
                if (first := _LETTER_MARK_RE.match(strip_sentinels(text))) and first.group(1) == "a":
                    opened["letter"] = ("a", line.x)
                # a bold line ending with a comma: a heading only if its lines go on in bold
                pending = line.bold and not bold and not label
            else:
                blocks[-1].text += "\n" + text
                if underlined and not line.underlined:
                    blocks[-1].kind, underlined = "text", False  # a line not underlined: no heading
                if pending:
                    # a heading wrapped after a comma, if its last line ends no sentence
                    # nor item; a sentence in bold, or a block going on in roman, is text
                    ended = _ends_item(text) or text.rstrip().endswith(",") or not line.bold
                    blocks[-1].kind = "text" if ended else "heading"
                    pending = line.bold and (not ended or text.rstrip().endswith(","))
            previous, previous_text = line, text
        page_ends[page.number] = len(blocks)
    return blocks, page_ends


def _underlined_heading(line: PdfLine, text: str) -> bool:
    """In a typescript (no line in bold: a printed PDF underlines its links, not its
    headings), a line underlined from end to end that opens a block, with no paragraph's number
    nor item's letter: a typescript's heading, which a typewriter underlined for want of
    bold ("A/C.4/48/L.12 (amendments to A/48/23 (Part III), chap. VI, para. 14)" over a
    list of amendments, A/48/653). A numbered or lettered line underlined is an item
    whose words are a title ("(l) Former operative paragraph 5 ...", A/50/610), and a
    line of a paragraph may be underlined throughout by the names it lists (A/52/613's
    sponsors): it opens no block. Read so only once the numbered paragraphs have begun:
    the masthead's title lines are underlined too ("Report of the Special Political and
    Decolonization Committee" / "(Fourth Committee)"), and are read as the masthead's.
    Nor is a line that opens a quotation or ends with a comma, as a bold one is not: a
    draft's formula quoted in a paragraph ('"The General Assembly,')."""
    if not line.underlined or _NUMBERED_RE.match(text) or _PARAGRAPH_NUMBER_RE.match(text):
        return False
    return not text.startswith(_QUOTES) and not text.rstrip().endswith((",", ";"))


# a quotation's opening: a quoted draft's formula underlined ('"The General Assembly,', A/52/613)
_QUOTES = ('"', "“", "'", "‘")


class _TableText:
    """A table's text as it is read, line by line, and the span each piece takes in it."""

    def __init__(self, text: str = "") -> None:
        self.text = text

    def add(self, piece: str) -> tuple[int, int] | None:
        if not piece:
            return None
        if self.text:
            self.text += " "
        start = len(self.text)
        self.text += piece
        return start, len(self.text)


def _piece(line: PdfLine, start: int, stop: int) -> PdfLine:
    """The part of a line between two offsets of its text (one cell), raised runs kept."""
    return replace(line, spans=line.spans_between(start, stop), pieces=())


def _row_cells(line: PdfLine, found: Found, markers: frozenset[str], text: _TableText, row: TableRow) -> None:
    """Each piece of a line of the table into the cell of its column."""
    offsets = [offset for offset, _, _ in line.pieces] or [0]
    bounds = [*offsets[1:], len(line.text)]
    for (start, stop), (_, left, right) in zip(zip(offsets, bounds, strict=True), line.cells(), strict=True):
        if (span := text.add(_line_text(_piece(line, start, stop), markers))) is not None:
            column = column_at(left, found.columns) if found.run_together else column_of(left, right, found.columns)
            row.cells[column].spans.append(span)


def _table_rows(
    body: list[tuple[int, PdfLine]], found: Found, markers: frozenset[str], text: _TableText, skip: set[int]
) -> list[TableRow]:
    rows: list[TableRow] = []
    for row in found.rows:
        made = TableRow([TableCell() for _ in found.columns], row.header)
        for index in row.lines:
            if index not in skip:
                _row_cells(body[index][1], found, markers, text, made)
        if any(cell.spans for cell in made.cells):
            rows.append(made)
    return rows


def _table_block(body: list[tuple[int, PdfLine]], found: Found, markers: frozenset[str], log: list[LogEntry]) -> Block:
    """A table as one block: its text line by line, its rows and cells as spans of it."""
    text = _TableText()
    caption = [span for i in found.caption if (span := text.add(_line_text(body[i][1], markers)))]
    rows = _table_rows(body, found, markers, text, set())
    sources = [span for i in found.sources if (span := text.add(_line_text(body[i][1], markers)))]
    number = body[found.first][0]
    if found.pictured:
        detail = "the table under this caption is printed as a picture: its cells are not in the PDF's text"
        log.append(LogEntry("warning", "table-as-picture", number, detail))
    else:
        detail = f"table of {len(rows)} rows and {len(found.columns)} columns read as a table"
        log.append(LogEntry("repaired", "table", number, detail))
    if found.run_together:
        detail = "some cells of this table are printed too close to be parted: their words stand in one cell"
        log.append(LogEntry("warning", "table-cells-run-together", number, detail))
    return Block(text.text, number, "table", table=Table(rows, caption, sources))


def _figure_block(
    body: list[tuple[int, PdfLine]],
    found: FoundFigure,
    markers: frozenset[str],
    log: list[LogEntry],
    notes: list[tuple[int, PdfLine]] | None = None,
) -> Block:
    """A figure as one block: its caption, the chart's lines and its sources, each line as
    printed (its pieces a space apart), and where each stands in the block's text; then
    the notes it keeps (``_figure_notes``), their markers as printed letters, no links."""
    text = _TableText()

    def spans(indexes: list[int]) -> list[tuple[int, int]]:
        return [span for i in indexes if (span := text.add(_line_text(body[i][1], markers)))]

    caption, labels, sources = spans(found.caption), spans(found.labels), spans(found.sources)
    sources += [span for _, line in notes or [] if (span := text.add(_line_text(_flat(line))))]
    figure = Figure(caption, labels, sources)
    number = body[found.first][0]
    detail = f"figure: its caption and {len(found.labels)} lines of the chart's words kept as printed"
    log.append(LogEntry("repaired", "figure", number, detail))
    return Block(text.text, number, "figure", figure=figure)


def _carry_on(
    block: Block, body: list[tuple[int, PdfLine]], found: Found, markers: frozenset[str], log: list[LogEntry]
) -> None:
    """A table's part on the next page added to it: a caption "(continued)" and a header
    that repeats the table's own are dropped (logged)."""
    assert block.table is not None
    table = block.table
    dropped = list(found.caption)
    own_head = [cell.text(block.text) for row in table.rows if row.header for cell in row.cells]
    if found.rows and found.rows[0].header and own_head:
        head = " ".join(strip_sentinels(_line_text(body[i][1], markers)) for i in found.rows[0].lines)
        # the same words (a head wrapped over lines is read line by line, kept cell by cell)
        if sorted(head.split()) == sorted(strip_sentinels(" ".join(own_head)).split()):
            dropped += found.rows[0].lines
    for index in dropped:
        number, line = body[index]
        removed = line.text.strip()
        detail = f"{removed!r}: the table's head repeated on its next page"
        log.append(LogEntry("removed", "table-header-repeated", number, detail, removed))
    text = _TableText(block.text)
    table.rows += _table_rows(body, found, markers, text, set(dropped))
    table.sources += [span for i in found.sources if (span := text.add(_line_text(body[i][1], markers)))]
    block.text = text.text
    detail = f"table continued on page {body[0][1].page}"
    log.append(LogEntry("repaired", "table-continued", body[found.first][0], detail))


# A table that opens the body under a masthead (a programme of work: "Date/time",
# "Agenda item", "Documents" under its title) has at least this many columns and rows
OPENING_TABLE = 3


def _opens_body(table: Found) -> bool:
    """A table found in the masthead's lines where the body begins with it: its column
    heads set apart (a header row), at least ``OPENING_TABLE`` columns and rows under
    them. A masthead's lines side by side ("United Nations  A/AC.121/2025/L.2") have no
    header row, nor three columns. Only on the masthead's page (``_blocks``): a later
    page's (DP/OPS/2025/12's contents, "Chapter" and "Page" over its entries) is left to
    the reading of the masthead's lines as before."""
    rows = table.rows
    return bool(rows) and rows[0].header and len(table.columns) >= OPENING_TABLE and len(rows) > OPENING_TABLE


def _body_begins(line: PdfLine, text: str, measures: _Measures, titled: bool) -> bool:
    """Where no opening formula ends the masthead: a paragraph of the body's size and
    weight after the title, or a report's first numbered paragraph."""
    plain = not line.bold and abs(line.size - measures.body_size) < 0.6
    return plain and (titled or text.startswith("1. "))


def _opens_header_unit(previous: PdfLine | None, line: PdfLine, measures: _Measures) -> bool:
    if previous is None or line.page != previous.page:
        return True
    if DATE_LINE_RE.match(previous.text.strip()):
        return True  # "11 December 2023" / "English" (of "Original: English")
    if line.bold != previous.bold or abs(line.size - previous.size) > 0.6:
        return True
    if abs(line.x - previous.x) > 20 and not (line.x > previous.x and previous.bold):
        return True
    return previous.y - line.y > 1.45 * max(line.size, previous.size)


def _set_layouts(blocks: list[Block], pages: dict[int, _Page], measures: _Measures) -> None:
    """Each block's layout, from the lines it was read from: in ``_blocks`` every body
    line opens a block (the block's ``line``) or is added to the block before it."""
    body = [(number, line) for page in pages.values() for number, line in page.body]
    starts = {block.line: index for index, block in enumerate(blocks)}
    members: list[list[tuple[int, PdfLine]]] = [[] for _ in blocks]
    index = -1
    for number, line in body:
        index = starts.get(number, index)
        if index >= 0:
            members[index].append((number, line))
    edges = _left_edges([line for _, line in body])
    for block, lines in zip(blocks, members, strict=True):
        block.layout = _layout_of(lines, measures, edges)


def _layout_of(lines: list[tuple[int, PdfLine]], measures: _Measures, edges: list[float]) -> Layout:
    """What a block's lines say of it: its first line's place and size; bold, italic,
    centred and underlined when each of its lines is."""
    number, first = lines[0]
    return Layout(
        page=first.page,
        indent=round(first.x - measures.margin, 1),
        top=round(first.y, 1),
        size=first.size,
        bold=all(line.bold for _, line in lines),
        italic=all(line.italic for _, line in lines),
        centred=all(_centred(line, edges) for _, line in lines),
        underlined=all(line.underlined for _, line in lines),
        lines=(number, lines[-1][0]),
    )


def _left_edges(lines: list[PdfLine]) -> list[float]:
    """Where the text's lines are set flush left: a line starting there is aligned, not
    centred, wherever its middle falls ("(v) the gross weight ..." at a list's indent)."""
    long = Counter(round(line.x) for line in lines if line.end - line.x > 0.4 * (line.page_width or 612.0))
    return [float(x) for x, count in long.items() if count >= EDGE_LINES]


def _centred(line: PdfLine, edges: list[float]) -> bool:
    """Its middle at the page's middle, and its start at none of the text's left edges."""
    middle = (line.x + line.end) / 2
    if abs(middle - (line.page_width or 612.0) / 2) > CENTRED_WITHIN * line.size:
        return False
    return not any(abs(line.x - edge) <= 1.5 for edge in edges)
