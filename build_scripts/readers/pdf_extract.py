"""Shape: the plain-text extraction of an official UN PDF (PyMuPDF, pdftotext and the like).

What it looks like: pages separated by an empty line or a form feed; inside a page a
line holding one space stands for a blank; each page after the first opens with its
head (the symbol, the running title, the job number ``23-23443``, the page ``2/5``, in
some order), the first with the cover block (``23-23443 (E)    011223``, the barcode
``*2323443*``); the notes stand after a rule of underscores at the page's foot, each
opening with its marker (``1  Resolution 60/1.``); in the body the superscripts became
plain digits, glued (``Development,3``) or spaced (``Outcome, 1  sports``); a number or
a letter may stand alone on its line (``9.`` then ``Decides ...``).

What the text lost is taken back from what it kept: a page's notes say which markers
that page (or the one before) holds and in which order, and ``repairs.marker_search``
finds the likeliest places for them in that order. A marker not found that way is not
guessed: the note is kept and a warning says so.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, field

from ..metadata import PART_HEADING_RE, PREAMBLE_OPENER_RE, SECTION_ONLY_RE, SYMBOL_RE, is_closing_line
from ..model import LogEntry, Table
from ..repairs.joining import ends_paragraph, is_wrapped, wrap_width
from ..repairs.junk import NOTE_RULE_RE, cover_block_line
from ..repairs.marker_search import Wanted, put_back_markers
from ..repairs.markers import strip_sentinels
from .base import Block, RawDocument, RawNote, line_runs
from .text_tables import TableText, TextTable, find_tables, notes_spans, same_head, table_rows

name = "pdf-extract"

_JOB_RE = re.compile(r"\d{2}-\d{5}(?:\s*\(E\))?(?:\s+\d{6})?")
_BARCODE_RE = re.compile(r"\*\d{6,9}\*")
_PAGE_NUMBER_RE = re.compile(r"\d{1,3}/\d{1,3}")
_FOOT_RE = re.compile(r"(?:\d{1,3}/\d{1,3}\s+\d{2}-\d{5}|\d{2}-\d{5}\s+\d{1,3}/\d{1,3})")
_LIST_ITEM_RE = re.compile(r"^\s*(?:\((?:[a-z]{1,2}|[ivx]{1,5})\)|\d{1,3}\.)(?:\s|$)")
# a note opens with its marker, then its text: a capital, a figure, a quote, a bracket
# ("2 Report of ..."), never a dash or a comma ("3 – 14 June 1992" goes on a note)
_NOTE_START_RE = re.compile(r"^(\d{1,3}|\*{1,3}|†{1,3}|[a-z])(?:\s{1,4})([A-Z0-9“\"‘(\[].*)$")
# how far into a page its head may reach (symbol, title of up to three lines, job, page)
_HEAD_LINES = 9


def sniff(text: str) -> float:
    lines = [line.strip() for line in text.split("\n")[:4000]]
    jobs = sum(1 for line in lines if _JOB_RE.fullmatch(line) or _FOOT_RE.fullmatch(line))
    pages = sum(1 for line in lines if _PAGE_NUMBER_RE.fullmatch(line) or _FOOT_RE.fullmatch(line))
    barcode = any(_BARCODE_RE.fullmatch(line) for line in lines[:40])
    score = 0.0
    if jobs:
        score += 0.4
    if barcode:
        score += 0.3
    if pages or "\f" in text:
        score += 0.2
    if any(NOTE_RULE_RE.fullmatch(line) for line in lines):
        score += 0.1
    return min(score, 1.0)


@dataclass
class _Page:
    number: int
    body: list[tuple[int, str]] = field(default_factory=list)
    notes: list[RawNote] = field(default_factory=list)


def _pages(text: str) -> list[list[tuple[int, str]]]:
    """Lines (number, text) page by page: pages end at a form feed, or at an empty line
    where blanks are written as a line holding a space (PyMuPDF)."""
    lines = text.split("\n")
    spaced_blanks = any(line and not line.strip() for line in lines)
    pages: list[list[tuple[int, str]]] = [[]]
    for number, line in enumerate(lines, start=1):
        parts = line.split("\f")
        for index, part in enumerate(parts):
            if index > 0:
                pages.append([])
            if part == "" and spaced_blanks and len(parts) == 1:
                if pages[-1]:
                    pages.append([])
                continue
            pages[-1].append((number, part))
    return [page for page in pages if any(text.strip() for _, text in page)]


def _head_end(page: list[tuple[int, str]]) -> int:
    """Index after the page's head: the last furniture line among its first lines."""
    end = 0
    for index, (_, line) in enumerate(page[:_HEAD_LINES]):
        stripped = line.strip()
        furniture = _JOB_RE.fullmatch(stripped) or _PAGE_NUMBER_RE.fullmatch(stripped) or _FOOT_RE.fullmatch(stripped)
        # the running symbol alone, as a page without job number or page number prints it
        if furniture or (index == 0 and SYMBOL_RE.fullmatch(stripped)):
            end = index + 1
    return end


def read(text: str, source_file: str) -> RawDocument:
    raw = RawDocument(source_file, name, hyphenated=False)
    pages: list[_Page] = []
    note_lines: list[list[int]] = []  # the lines of each note of raw.notes
    for number, lines in enumerate(_pages(text), start=1):
        page = _Page(number)
        pages.append(page)
        start = _head_end(lines) if number > 1 else 0
        for line_number, line in lines[:start]:
            if line.strip():
                raw.log.append(
                    LogEntry("removed", "page-head", line_number, f"{line.strip()!r}: page head", line.strip())
                )
        in_notes = False
        for line_number, line in lines[start:]:
            stripped = line.strip()
            cover = cover_block_line(stripped, line_number) if number == 1 else None
            if cover is not None:
                raw.log.append(cover[0])
                if cover[1]:
                    raw.furniture.append(Block(f"Job number {cover[1]}", line_number))
                continue
            if _FOOT_RE.fullmatch(stripped) or (in_notes and _PAGE_NUMBER_RE.fullmatch(stripped)):
                raw.log.append(LogEntry("removed", "page-foot", line_number, f"{stripped!r}: page foot", stripped))
                continue
            if NOTE_RULE_RE.fullmatch(stripped):
                raw.log.append(LogEntry("removed", "note-rule", line_number, "rule above the page's notes", stripped))
                in_notes = True
                continue
            if in_notes:
                _note_line(raw, page, note_lines, line_number, stripped)
            else:
                page.body.append((line_number, line))
    for note, numbers in zip(raw.notes, note_lines, strict=True):
        note.spans = line_runs(numbers)
    raw.blocks = _blocks(raw, pages)
    return raw


def _opens_preambular(text: str) -> bool:
    """ "Recalling", "Mindful", and with an adverb: "Strongly condemning", "Also recalling"."""
    return bool(PREAMBLE_OPENER_RE.match(text) or re.match(r"^[A-Z][a-z]+ [a-z]+(?:ing|ed)\b", text))


def _note_line(raw: RawDocument, page: _Page, note_lines: list[list[int]], number: int, text: str) -> None:
    """A line of the notes area: a marker opens a note (unless the note before has not
    ended and the "marker" is not the next one: "1577, No. 27531." goes on a note)."""
    if not text:
        return
    start = _NOTE_START_RE.match(text)
    previous = raw.notes[-1] if raw.notes else None
    expected = str(int(previous.marker) + 1) if previous and previous.marker and previous.marker.isdigit() else None
    runs_on = previous is not None and previous.text.rstrip().endswith((",", ";", "–", "-", "and", "of"))
    if start and (previous is None or _ends_note(previous.text) or (start.group(1) == expected and not runs_on)):
        note = RawNote(start.group(1), start.group(2).rstrip(), number)
        raw.notes.append(note)
        note_lines.append([number])
        page.notes.append(note)
    elif previous is not None:
        previous.text += "\n" + text
        note_lines[-1].append(number)
    else:
        raw.log.append(LogEntry("warning", "note-without-marker", number, f"note text without a marker: {text[:50]!r}"))
        raw.notes.append(RawNote(None, text, number))
        note_lines.append([number])


def _ends_note(text: str) -> bool:
    return bool(re.search(r"[.)]\s*$", text))


def _blocks(raw: RawDocument, pages: list[_Page]) -> list[Block]:
    """Paragraphs: runs of lines between blanks. A paragraph goes on over a page break
    when the new page opens in lower case, with a quote or a figure, or the last page
    ended mid-sentence. Where no blank line came, an item's number after a finished line
    opens one, and so do the sign-off and a capital after a short line that ended a
    sentence ("depositary." / "DONE in a single original")."""
    blocks: list[Block] = []
    width = wrap_width([line for page in pages for _, line in page.body])
    current: list[tuple[int, str]] = []
    open_table: Block | None = None  # a table that ran to the end of its page

    def close() -> None:
        if current:
            blocks.append(Block("\n".join(text.strip() for _, text in current), current[0][0]))
            current.clear()

    for page, body in zip(pages, _mark(raw, pages), strict=True):
        first = next((line.strip() for _, line in body if line.strip()), "")
        last_text = max((number for number, line in body if line.strip()), default=0)
        last = strip_sentinels(current[-1][1]).rstrip() if current else ""
        # a line that ended no sentence, or a comma where no preambular paragraph follows
        unfinished = (
            bool(current)
            and not is_closing_line(last)
            and (
                not ends_paragraph(last)
                or (last.endswith(",") and not _opens_preambular(first) and not _LIST_ITEM_RE.match(first + " "))
            )
        )
        if current and not (
            unfinished
            or first[:1].islower()
            or first[:1] in '“‘"'
            or (first[:1].isdigit() and not _LIST_ITEM_RE.match(first))
        ):
            close()
        first_text = min((number for number, line in body if line.strip()), default=0)
        tables = {table.start: table for table in find_tables(body)}
        skip = 0
        for index, (number, line) in enumerate(body):
            if index < skip:
                continue
            if index in tables:
                close()
                table = tables[index]
                if open_table is None or number != first_text or not _carry_on(open_table, body, table, raw.log):
                    blocks.append(_table_block(body, table, raw.log))
                # a table that runs to its page's end may go on on the next
                ends_page = all(not text.strip() for _, text in body[table.end :])
                open_table = blocks[-1] if ends_page and not table.notes else None
                skip = table.end
                continue
            if line.strip():
                open_table = None
            previous = strip_sentinels(current[-1][1]) if current else ""
            # a finished line; not a number alone on its line ("9." then "Decides ...")
            ended = bool(re.search(r"[;:.]\W*$", previous)) and not _LIST_ITEM_RE.fullmatch(previous.strip() + " ")
            # the sign-off ("45th plenary meeting") stands apart from the text before it; a
            # heading's title ("Section 11" / "... Agenda 2063:" / "The Africa We Want") does not
            signs_off = is_closing_line(strip_sentinels(line)) and not is_closing_line(previous)
            label = current[0][1].strip() if current else ""
            in_heading = bool(PART_HEADING_RE.match(label) or SECTION_ONLY_RE.match(label))
            ended = ended and not in_heading
            if current and (
                signs_off
                or (
                    ended
                    and (
                        _LIST_ITEM_RE.match(line)
                        or (
                            line.strip()[:1].isupper()
                            and previous.rstrip().endswith(".")
                            and not is_wrapped(previous, width)
                        )
                    )
                )
            ):
                close()
            if line.strip():
                current.append((number, line))
            elif first_text < number < last_text:  # blanks around a page's text close nothing
                close()
        for note in page.notes:
            note.position = len(blocks)
    close()
    return blocks


def _table_block(body: list[tuple[int, str]], table: TextTable, log: list[LogEntry]) -> Block:
    """A table as one block: its words line by line, its rows and cells as spans of them,
    its lettered notes under it as its sources."""
    text = TableText()
    rows, whole = table_rows(body, table, text, with_head=True)
    sources = notes_spans(body, table, text)
    number = body[table.start][0]
    detail = f"table of {len(rows)} rows and {table.columns + 1} columns read as a table (a cell a line)"
    log.append(LogEntry("repaired", "table", number, detail))
    if whole:
        detail = (
            f"the table's {len(table.head)} lines over its first row kept as one head cell: which are its "
            f"{table.columns + 1} columns' heads (and whether the last begins the row's label) cannot be told"
        )
        log.append(LogEntry("warning", "table-head", number, detail))
    return Block(text.text, number, "table", table=Table(rows, [], sources))


def _carry_on(block: Block, body: list[tuple[int, str]], table: TextTable, log: list[LogEntry]) -> bool:
    """A table at the top of a page, as many columns as the one that ended the page
    before, goes on with it; the head it repeats is dropped (logged). Not when it has a
    head of its own (another table)."""
    assert block.table is not None
    own = block.table
    head = " ".join(cell.text(block.text) for row in own.rows if row.header for cell in row.cells)
    if own.columns != table.columns + 1 or (table.head and not same_head(body, table.head, head)):
        return False
    for index in table.head:
        number, line = body[index]
        detail = f"{line.strip()!r}: the table's head repeated on its next page"
        log.append(LogEntry("removed", "table-header-repeated", number, detail, line.strip()))
    text = TableText(block.text)
    rows, _ = table_rows(body, table, text, with_head=False)
    own.rows += rows
    own.sources += notes_spans(body, table, text)
    block.text = text.text
    log.append(LogEntry("repaired", "table-continued", body[table.start][0], "table continued on the next page"))
    return True


def _mark(raw: RawDocument, pages: list[_Page]) -> list[list[tuple[int, str]]]:
    """Each page's body with the notes' markers put back: each looked for on its note's
    page and the page before (a note may fall to the foot of the next page), preferring
    its own page."""
    first_line = list(itertools.accumulate((len(page.body) for page in pages), initial=0))
    flat = [line for page in pages for line in page.body]
    wanted = [
        Wanted(note.marker, note.line, range(first_line[max(index - 1, 0)], first_line[index + 1]), first_line[index])
        for index, page in enumerate(pages)
        for note in page.notes
        if note.marker is not None
    ]
    lines = put_back_markers([text for _, text in flat], wanted, raw.log)
    flat = [(number, text) for (number, _), text in zip(flat, lines, strict=True)]
    return [flat[first_line[i] : first_line[i + 1]] for i in range(len(pages))]
