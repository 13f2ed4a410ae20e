"""What every reader produces: the raw document, before structure is recognised.

A reader knows one raw *shape* (how the text was exported) and undoes that shape's
damage; it does not decide what is a preamble or a meeting line. That is
``structure.build_document``'s job, shared by all shapes, so a resolution exported
as PDF text and one saved from the web end up as the same kind of document.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, ClassVar, Literal, Protocol

from ..model import Figure, LogEntry, Table

if TYPE_CHECKING:
    from ..sources import Source

BlockKind = Literal["text", "heading", "table", "figure"]
# blocks their reader laid out (a table's cells, a figure's labels): never joined to
# another block, never cut, never read for a paragraph's number or an annex's label
LAID_OUT: tuple[BlockKind, ...] = ("table", "figure")
# The files of sources/ every shape of text is read from (which shape: sniffed from the text).
TEXT_SUFFIXES = (".txt", ".md")


@dataclass(frozen=True)
class Layout:
    """How a block was set, as far as its reader knows it: each fact None where the source
    does not say (a text export knows none of them), never guessed. Structure rules may
    read it; the model does not carry it (a document is the same whatever it was read from).

    ``indent`` is the left edge less the text margin, in points (the margin: where most
    body lines start); ``top`` the first line's baseline, in points from the page's bottom;
    ``lines`` the first and last source lines the block was read from."""

    page: int | None = None
    indent: float | None = None
    top: float | None = None
    size: float | None = None
    bold: bool | None = None
    italic: bool | None = None
    centred: bool | None = None
    in_box: bool | None = None
    # each of its lines underlined from end to end (a typescript's heading, for want of bold)
    underlined: bool | None = None
    in_table: bool | None = None
    lines: tuple[int, int] | None = None


@dataclass
class Block:
    """One logical paragraph of source text; footnote markers are sentinels (see repairs.markers).
    ``layout``: how it was set, when the reader read it from a layout (a PDF, an office file);
    ``table``: a table's rows and cells (kind "table"), as spans of ``text``, sentinels
    included (``structure`` maps them onto the text without them)."""

    text: str
    line: int
    kind: BlockKind = "text"
    layout: Layout | None = None
    table: Table | None = None
    figure: Figure | None = None  # a figure's caption, labels and sources (kind "figure")


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
    """What the registry (``readers.READERS``) asks every reader: a file format's module
    answers it itself, a shape of text through ``TextShape``."""

    @property
    def name(self) -> str: ...

    # what it reads: a file's bytes ("bytes", a format known by them) or its decoded text
    reads: Literal["text", "bytes"]
    # the names of sources/ it reads, by their (lower-case) suffix
    suffixes: tuple[str, ...]
    # what a file of one of its suffixes is told when its bytes are not of the format
    mismatch: str

    def sniff(self, source: Source) -> float:
        """Confidence in [0, 1] that ``source`` is of this reader's shape or format."""
        ...

    def read(self, source: Source) -> tuple[RawDocument, str]:
        """The raw document, and the source's text as the fidelity proof aligns the
        document against it (and log entries number its lines)."""
        ...


class TextShapeModule(Protocol):
    """A shape of text (one module of readers/): it knows its shape from the text alone."""

    @property
    def name(self) -> str: ...

    def sniff(self, text: str) -> float:
        """Confidence in [0, 1] that ``text`` is of this reader's shape."""
        ...

    def read(self, text: str, source_file: str) -> RawDocument: ...


@dataclass(frozen=True)
class TextShape:
    """A shape of text as a ``Reader``: it sniffs a text source's text, its own text is the
    text the document is held to, and it claims no bytes."""

    module: TextShapeModule
    reads: ClassVar[Literal["text", "bytes"]] = "text"
    suffixes: ClassVar[tuple[str, ...]] = TEXT_SUFFIXES
    mismatch: ClassVar[str] = ""

    @property
    def name(self) -> str:
        return self.module.name

    def sniff(self, source: Source) -> float:
        return 0.0 if source.data is not None else self.module.sniff(source.text)

    def read(self, source: Source) -> tuple[RawDocument, str]:
        return self.module.read(source.text, source.name), source.text
