"""Lines of a page as the PDF reader sees them, made from their cells: what the tests of
tables and figures feed the detectors."""

from __future__ import annotations

from build_scripts.readers.pdf_layout import PdfLine, Span


def cells_line(
    y: float, *cells: tuple[str, float, float], size: float = 10.0, bold: bool = False, italic: bool = False
) -> PdfLine:
    """A line of page 1: its pieces (text, left, right) three spaces apart in its text,
    set ``size`` points high; one piece is a line of prose (no pieces recorded)."""
    text = "   ".join(text for text, _, _ in cells)
    offsets, at = [], 0
    for piece, left, right in cells:
        offsets.append((at, left, right))
        at += len(piece) + 3
    pieces = tuple(offsets) if len(cells) > 1 else ()
    last = cells[-1][2]
    return PdfLine(1, cells[0][1], last, y, size, bold, (Span(text, False),), 612.0, 792.0, italic, last, pieces)
