"""The document model: plain dataclasses, no I/O.

Everything format-specific stops at the readers; writers and transforms only ever
see these objects (the pandoc rule: many readers, one model, many writers).
Unknown facts are ``None``: the model never guesses.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Literal

ParagraphKind = Literal["preamble", "operative", "numbered", "heading", "table", "figure"]
# Document types with a preamble and an operative part (anchors pp<n>, op<n>)
RESOLUTION_TYPES = ("resolution", "decision", "draft resolution", "draft decision")
LogKind = Literal["removed", "repaired", "warning"]


@dataclass(frozen=True)
class LogEntry:
    """One removal, repair or warning, kept so the build can explain every change it made."""

    kind: LogKind
    rule: str
    line: int | None
    detail: str
    # For a removal: the exact text taken out of the source (so losses can be audited).
    removed: str | None = None

    def describe(self, source_file: str) -> str:
        where = f"{source_file}:{self.line}" if self.line else source_file
        return f"{where}: {self.kind} [{self.rule}] {self.detail}"


@dataclass
class FootnoteRef:
    """A footnote marker as it stands in the text: ``offset`` is its position in the
    paragraph's text (markers are not part of the text itself)."""

    marker: str
    footnote_id: str
    ref_id: str
    offset: int


Span = tuple[int, int]


@dataclass
class TableCell:
    """A cell: the pieces of its table's text it holds (``start``, ``end`` offsets in the
    paragraph's text), one a line it stands on (a cell wrapped over lines has several);
    none for an empty cell."""

    spans: list[Span] = field(default_factory=list)

    def text(self, text: str) -> str:
        """The cell's words, its lines joined by a space."""
        return " ".join(text[start:end].strip() for start, end in self.spans).strip()


@dataclass
class TableRow:
    cells: list[TableCell]
    header: bool = False  # a row of column heads


@dataclass
class Table:
    """How a table paragraph's text is laid out. The paragraph's ``text`` holds the
    table's words in the order they were read (line by line), so that search, citations
    and the fidelity proof read a table as any paragraph; rows and cells point into it.
    ``caption``: its caption's lines ("Table 2. Staff recruited in 2024, by gender");
    ``sources``: the lines under it that belong to it ("Data source: ...")."""

    rows: list[TableRow]
    caption: list[Span] = field(default_factory=list)
    sources: list[Span] = field(default_factory=list)

    @property
    def columns(self) -> int:
        return max((len(row.cells) for row in self.rows), default=0)


@dataclass
class Figure:
    """How a figure paragraph's text is laid out: a chart's words are labels (axis ticks,
    bars' values, the legend) scattered over a drawing, neither prose nor a table's
    rows; they are kept as printed, line by line, apart from the paragraphs, so that no
    paragraph reads "400 350 300 250" and no grid is invented. The paragraph's ``text``
    holds every word in the order read; ``caption``: its caption's lines ("Figure II",
    its title, its unit); ``labels``: the chart's lines; ``sources``: the lines under it
    ("Source: UNIFIL.")."""

    caption: list[Span] = field(default_factory=list)
    labels: list[Span] = field(default_factory=list)
    sources: list[Span] = field(default_factory=list)


@dataclass
class Paragraph:
    id: str
    kind: ParagraphKind
    number: str | None
    text: str
    footnote_refs: list[FootnoteRef] = field(default_factory=list)
    subparagraphs: list[Paragraph] = field(default_factory=list)
    line: int | None = None
    # the annex it belongs to, as printed ("Annex", "Annex II"); None: the body itself
    part: str | None = None
    # a table (kind "table"): its rows and cells, over ``text``
    table: Table | None = None
    # a figure (kind "figure"): its caption, labels and sources, over ``text``
    figure: Figure | None = None

    def walk(self) -> list[Paragraph]:
        """This paragraph followed by its sub-paragraphs, depth first, in source order."""
        out = [self]
        for sub in self.subparagraphs:
            out.extend(sub.walk())
        return out


@dataclass
class Footnote:
    id: str
    marker: str
    text: str | None
    missing: bool = False
    line: int | None = None
    end_line: int | None = None
    # the source lines it stands on when not the run line..end_line (a PDF note carried
    # onto the next page, with that page's body between)
    line_spans: list[tuple[int, int]] = field(default_factory=list)


@dataclass
class Reference:
    """A citation of another document: ``label`` is the source's own words, found at
    ``start:end`` of the text of ``in_paragraph`` (a paragraph id, a footnote id, or
    ``metadata:<field>``)."""

    symbol: str
    kind: str
    in_paragraph: str
    label: str
    locator: str | None = None
    start: int = 0
    end: int = 0


@dataclass(frozen=True)
class EventSource:
    """Where an event is told: a paragraph of a document (None: its metadata), in its words."""

    symbol: str
    paragraph: str | None
    as_written: str
    status: Literal["happened", "planned"]


@dataclass
class Event:
    """A dated event; ``date``/``end`` are ISO strings of the event's precision
    (``1993-06-25``, ``1993-06``, ``1997``). ``key`` says which mentions are the same event."""

    date: str
    precision: Literal["day", "month", "year"]
    end: str | None
    label: str
    status: Literal["happened", "planned"]
    sources: list[EventSource] = field(default_factory=list)
    key: str = ""
    id: str = ""


@dataclass
class Document:
    symbol: str
    body: str | None
    doc_type: str | None
    title: str | None
    session: int | None = None
    agenda_item: str | None = None
    adopted: date | None = None
    meeting: str | None = None
    vote: str | None = None
    distributed: date | None = None
    based_on: str | None = None
    # A document whose masthead prints no date (a report in the Official Records): the day
    # it gives itself in square brackets ("[25 June 2025]"), and the year its title page's
    # imprint prints ("United Nations • New York, 2025"), a year and never made a day.
    dated: date | None = None
    published: int | None = None
    paragraphs: list[Paragraph] = field(default_factory=list)
    footnotes: list[Footnote] = field(default_factory=list)
    references: list[Reference] = field(default_factory=list)
    source_file: str = ""
    warnings: list[str] = field(default_factory=list)
    # Facts of the header that the core fields above do not hold (e.g. "Original",
    # the agenda item's title, the committee), kept so no header word is lost.
    extra: dict[str, str] = field(default_factory=dict)
    # The opening words of a resolution ("The General Assembly,"), part of the body.
    opening: str | None = None
    subtitle: str | None = None
    # The masthead and the signature block as printed (markup and junk removed), so that
    # every header word survives even when it is also parsed into a field above.
    header_lines: list[str] = field(default_factory=list)
    closing_lines: list[str] = field(default_factory=list)
    # Footnote markers attached to metadata rather than to a paragraph
    # (a report's "Item 132 (a) of the preliminary list*"), keyed by field name.
    metadata_refs: dict[str, list[FootnoteRef]] = field(default_factory=dict)
    shape: str = ""
    log: list[LogEntry] = field(default_factory=list)
    # Where each fact came from when it is not the text itself (e.g. a sidecar's "why").
    provenance: dict[str, str] = field(default_factory=dict)

    def all_paragraphs(self) -> list[Paragraph]:
        out: list[Paragraph] = []
        for para in self.paragraphs:
            out.extend(para.walk())
        return out

    def sort_date(self) -> date | None:
        """The day a document is known by: adopted, else distributed, else the day it gives
        itself (never its year of publication made a day)."""
        return self.adopted or self.distributed or self.dated
