"""What the structure rules of one document share while they read it.

Rules read blocks and write here: facts of the masthead and sign-off (each set once; a
second, different value is a warning, never a silent overwrite), the notes' markers
in order of use, and the log of every repair and warning under the rule's name. The
``Document`` is made from this state only when the whole source has been read
(``document.build_document``), so no half-read document leaves the package.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

from ..model import FootnoteRef, LogEntry, LogKind
from ..readers.base import RawDocument
from .notes import NoteRefs


@dataclass
class Facts:
    """The facts a document states of itself; None until a rule finds one."""

    symbol: str | None = None
    body: str | None = None
    doc_type: str | None = None
    title: str | None = None
    session: int | None = None
    agenda_item: str | None = None
    adopted: date | None = None
    meeting: str | None = None
    vote: str | None = None
    distributed: date | None = None
    based_on: str | None = None
    subtitle: str | None = None
    dated: date | None = None
    published: int | None = None


@dataclass
class DocumentState:
    raw: RawDocument
    facts: Facts = field(default_factory=Facts)
    notes: NoteRefs = field(default_factory=NoteRefs)
    log: list[LogEntry] = field(default_factory=list)
    # Facts of the header the fields above do not hold ("Original", the committee, ...)
    extra: dict[str, str] = field(default_factory=dict)
    # Note markers attached to a fact rather than to a paragraph, by the fact's name
    metadata_refs: dict[str, list[FootnoteRef]] = field(default_factory=dict)
    # Where a fact came from when not from the text (a sidecar's "why", a derivation)
    provenance: dict[str, str] = field(default_factory=dict)
    # The masthead and sign-off as printed, and the opening formula ("The General Assembly,")
    header_lines: list[str] = field(default_factory=list)
    closing_lines: list[str] = field(default_factory=list)
    opening: str | None = None
    # The resolution's number as its title prints it ("56/145"), from which its symbol follows
    number: str | None = None
    # A Security Council resolution's number printed without a readable year ("Resolution
    # 290", "Resolution 361 (197-4)"), and what its brackets held: the year is its adoption's
    yearless_number: tuple[str, str] | None = None

    def note(self, kind: LogKind, rule: str, line: int | None, detail: str) -> None:
        """Log a repair or warning under the name of the rule that made it."""
        self.log.append(LogEntry(kind, rule, line, detail))

    def set_fact(
        self, name: str, value: Any, line: int, markers: list[tuple[str, int]] | None = None, line_text: str = ""
    ) -> None:
        """Set a fact once; a second, different value is a warning. Markers on the line
        are kept with the fact, their offsets made relative to the value."""
        current = getattr(self.facts, name)
        if current is None:
            setattr(self.facts, name, value)
            if markers:
                start = max(line_text.find(value), 0) if isinstance(value, str) else 0
                size = len(value) if isinstance(value, str) else 0
                shifted = [(marker, min(max(offset - start, 0), size)) for marker, offset in markers]
                self.metadata_refs[name] = self.notes.refs(shifted)
        elif current != value:
            detail = f"{name}: {value!r} differs from {current!r}; kept the first"
            self.note("warning", "conflicting-metadata", line, detail)
