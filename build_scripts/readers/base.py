"""What every reader produces: the raw document, before structure is recognised.

A reader knows one raw *shape* (how the text was exported) and undoes that shape's
damage; it does not decide what is a preamble or a meeting line. That is
``structure.build_document``'s job, shared by all shapes, so a resolution exported
as PDF text and one saved from the web end up as the same kind of document.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal, Protocol

from ..model import LogEntry

BlockKind = Literal["text", "heading"]


@dataclass
class Block:
    """One logical paragraph of source text; footnote markers are sentinels (see repairs.markers)."""

    text: str
    line: int
    kind: BlockKind = "text"


@dataclass
class RawNote:
    """A footnote text as found; ``marker`` is None when the export lost it."""

    marker: str | None
    text: str
    line: int
    # Index into RawDocument.blocks before which the note stood (its page's end).
    position: int = 0
    # The source lines the note stands on, as (first, last) runs, when they are not the
    # run of its text's lines from ``line`` on (a PDF note carried onto the next page).
    spans: list[tuple[int, int]] = field(default_factory=list)


@dataclass
class RawDocument:
    source_file: str
    shape: str
    blocks: list[Block] = field(default_factory=list)
    notes: list[RawNote] = field(default_factory=list)
    # Lines of page furniture (running headers, template fields) that carry metadata.
    furniture: list[Block] = field(default_factory=list)
    log: list[LogEntry] = field(default_factory=list)
    # whether a hyphen at a line's end may be the typesetter's ("migra-" "tory"); the UN's
    # PDFs are not hyphenated, so there it is the word's own ("fact-" "finding")
    hyphenated: bool = True
    # facts the export states beside the text (front matter), read like a sidecar's:
    # field -> {"value": ..., "why": ...}; the text wins where it states them too
    facts: dict[str, dict[str, Any]] = field(default_factory=dict)


def line_runs(numbers: list[int]) -> list[tuple[int, int]]:
    """Line numbers as (first, last) runs; one blank line between two lines of a note does
    not end its run (``RawNote.spans``)."""
    runs: list[tuple[int, int]] = []
    for number in numbers:
        if runs and number <= runs[-1][1] + 2:
            runs[-1] = (runs[-1][0], number)
        else:
            runs.append((number, number))
    return runs


class Reader(Protocol):
    name: str

    def sniff(self, text: str) -> float:
        """Confidence in [0, 1] that ``text`` is of this reader's shape."""
        ...

    def read(self, text: str, source_file: str) -> RawDocument: ...
