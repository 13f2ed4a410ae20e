"""A scanned page's damage that its text layer carries: the edge of the next sheet.

A typescript of the 1980s and 1990s scanned as it lay in a bound volume shows, at the
very edge of the page, the last letters of the facing sheet's lines; the OCR reads them
as words (A/47/435, page 3: "1 of", ":t,", ")se", "and" at 0-20 pt from the page's left,
set before the text's own lines, which begin at 86 pt). No UN document prints there: a
page's text keeps at least half an inch from the paper's edge. Only the left edge is
read so: a scan's page may be cropped narrower than its text on the right (A/47/435's
pages are 523-537 pt wide, its lines run to 551), but a line that begins past the
page's box is not on the page at all (its page 2: a smudge read as "I" at 585 pt). Such a fragment, short
and set apart from the line's own text by a wide blank, is removed and logged (rule
``scan-edge``) with its words, so that the proof of fidelity accounts for them.
"""

from __future__ import annotations

from dataclasses import replace

from ..model import LogEntry
from .pdf_layout import PdfLine

# The strip along the paper's edge no printed text reaches (in points; half an inch is 36)
EDGE = 24.0
# The most characters (blanks aside) such a fragment has: a word's last letters, not a line
EDGE_CHARACTERS = 8
# The blank between a fragment and the line's own text, at least (in points)
EDGE_GAP = 36.0


def scan_edge(lines: list[PdfLine], log: list[LogEntry]) -> tuple[list[PdfLine], set[int]]:
    """The lines with the fragments at the paper's edge cut off (a line that is only such
    a fragment, or set wholly off the page, is given in the set of line numbers, 1-based,
    to be skipped), each logged."""
    out: list[PdfLine] = []
    whole: set[int] = set()
    upright = _upright_pages(lines)
    for number, line in enumerate(lines, start=1):
        off_page = line.page in upright and line.x >= (line.page_width or 612.0)
        # its right edge: the last character's box, or its origin where no box is known
        if _fragment(line.text, max(line.end, line.right)) or off_page:
            detail = _OFF_PAGE if off_page else _detail(line.text)
            log.append(LogEntry("removed", "scan-edge", number, detail, line.text.strip()))
            whole.add(number)
            out.append(line)
            continue
        out.append(_cut(line, number, log))
    return out, whole


def _upright_pages(lines: list[PdfLine]) -> set[int]:
    """The pages most of whose lines begin in their left half: pages whose text lies in
    their box as it is shown (a page turned sideways may give its text in other
    coordinates than its width: nothing is read as off such a page)."""
    left: dict[int, int] = {}
    total: dict[int, int] = {}
    for line in lines:
        total[line.page] = total.get(line.page, 0) + 1
        left[line.page] = left.get(line.page, 0) + (line.x < (line.page_width or 612.0) / 2)
    return {page for page, count in total.items() if 2 * left[page] > count}


def _fragment(text: str, right: float) -> bool:
    """A short run of characters lying wholly in the strip along the paper's left edge
    (the right one is not known: a scan's page may be cropped narrower than its text)."""
    return 0 < len(text.replace(" ", "")) <= EDGE_CHARACTERS and right <= EDGE


def _cut(line: PdfLine, number: int, log: list[LogEntry]) -> PdfLine:
    """The line without its first piece where that piece is an edge's fragment a wide
    blank sets apart from the rest."""
    pieces = line.pieces
    if len(pieces) < 2:
        return line
    text = line.text
    (_, _, right), (second, next_left, _) = pieces[0], pieces[1]
    if _fragment(text[:second], right) and next_left - right >= EDGE_GAP:
        log.append(LogEntry("removed", "scan-edge", number, _detail(text[:second]), text[:second].strip()))
        shifted = tuple((offset - second, a, b) for offset, a, b in pieces[1:])
        return replace(
            line, spans=line.spans_between(second, len(text)), x=next_left, pieces=shifted if len(shifted) > 1 else ()
        )
    return line


_OFF_PAGE = "set past the right edge of the scanned page's box: not on the page as shown"


def _detail(fragment: str) -> str:
    return f"{fragment.strip()!r}: letters of the facing sheet at the scanned page's edge"
