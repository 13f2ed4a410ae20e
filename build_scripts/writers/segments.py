"""A text cut into what every writer shows differently: plain words, note markers where
they stood, and cited words. One walk for the page (Markdown or HTML) and the Akoma
Ntoso XML, so that both put every marker and every citation at the same place."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import Protocol, TypeVar

from ..model import FootnoteRef


class Span(Protocol):
    @property
    def start(self) -> int: ...

    @property
    def end(self) -> int: ...


S = TypeVar("S", bound=Span)


def segments(
    text: str, marks: Sequence[FootnoteRef], spans: Sequence[S]
) -> Iterator[tuple[str, FootnoteRef | None, S | None]]:
    """``(words, None, None)`` for plain words, ``("", mark, None)`` for a note marker,
    ``(words, None, span)`` for cited words, in the text's order. A marker inside cited
    words ends them there; a span overlapping the one before is left out (its words are
    already shown); a marker past the text's end (a masthead's ``A/RES/78/68*``) comes last."""
    pending = sorted(marks, key=lambda mark: mark.offset)
    pos = 0

    def plain(until: int) -> Iterator[tuple[str, FootnoteRef | None, S | None]]:
        nonlocal pos
        while pending and pending[0].offset <= until:
            mark = pending.pop(0)
            if text[pos : mark.offset]:
                yield text[pos : mark.offset], None, None
            yield "", mark, None
            pos = mark.offset
        if text[pos:until]:
            yield text[pos:until], None, None
        pos = until

    for span in sorted(spans, key=lambda s: s.start):
        if span.start < pos:
            continue
        yield from plain(span.start)
        end = min([span.end, *(m.offset for m in pending if span.start < m.offset < span.end)])
        yield text[span.start : end], None, span
        pos = end
    yield from plain(len(text))
    for mark in pending:
        yield "", mark, None
