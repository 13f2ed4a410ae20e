"""Notes: markers in the text given ids in order of first use, note texts matched to them.

A marker is numbered by the note it leads to (``fn8`` for note 8, ``fn-star`` for ``*``);
the same marker used twice leads twice to one note (``fnref8``, ``fnref8-2``). A note
whose marker the text never uses, a marker whose note the source lacks, and a note
that lost its marker are each kept and said, never dropped or invented.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from .. import anchors
from ..model import Footnote, FootnoteRef, LogEntry, Paragraph
from ..readers.base import RawNote
from ..repairs.joining import join_wrapped
from ..repairs.markers import SUPERSCRIPT_DIGITS, printed_and_note, strip_sentinels


@dataclass
class NoteRefs:
    """The markers met so far, in order of first use, and how often each was met."""

    seen: dict[str, int] = field(default_factory=dict)
    order: list[str] = field(default_factory=list)
    # each marker's note id, fixed when first met (a letter's id is by its order: fn-x2)
    ids: dict[str, str] = field(default_factory=dict)

    def refs(self, markers: list[tuple[str, int]]) -> list[FootnoteRef]:
        """Each (marker, offset) as a reference to its note, in the order met: a marker
        printed otherwise than its note's (``repairs.markers.linked_sentinel``) keeps its
        printed glyphs and leads to its note."""
        out: list[FootnoteRef] = []
        for payload, offset in markers:
            printed, marker = printed_and_note(payload)  # "?°" printed for note 20
            count = self.seen.get(marker, 0) + 1
            self.seen[marker] = count
            if count == 1:
                self.order.append(marker)
                self.ids[marker] = anchors.note(marker, len(self.order))
            fid = self.ids[marker]
            out.append(FootnoteRef(printed, fid, anchors.note_ref(fid, count), offset))
        return out


@dataclass
class _NoteTexts:
    """The source's note texts: by marker, and those no marker leads to."""

    by_marker: dict[str, tuple[str, tuple[int, int]]] = field(default_factory=dict)
    unmarked: list[tuple[str, str, tuple[int, int]]] = field(default_factory=list)
    spans: dict[int, list[tuple[int, int]]] = field(default_factory=dict)


def _note_texts(raw_notes: list[RawNote], hyphenated: bool, log: list[LogEntry]) -> _NoteTexts:
    found = _NoteTexts()
    for note in raw_notes:
        text, _ = join_wrapped(strip_sentinels(note.text), hyphenated)
        lines = (note.line, note.spans[-1][1] if note.spans else note.line + note.text.count("\n"))
        if len(note.spans) > 1:
            found.spans[note.line] = note.spans
        if note.marker is None:
            found.unmarked.append(("", text, lines))
        elif note.marker in found.by_marker:
            log.append(
                LogEntry("warning", "duplicate-note", note.line, f"a second note {note.marker}; kept after the first")
            )
            found.unmarked.append((note.marker, text, lines))
        else:
            found.by_marker[note.marker] = (text, lines)
    return found


def collect_notes(raw_notes: list[RawNote], hyphenated: bool, refs: NoteRefs, log: list[LogEntry]) -> list[Footnote]:
    """The document's notes: first those the text leads to, in order of first use (a
    missing text said), then texts no marker leads to (said), each with its lines."""
    found = _note_texts(raw_notes, hyphenated, log)
    texts = found.by_marker
    notes: list[Footnote] = []
    for ordinal, marker in enumerate(refs.order, start=1):
        fid = refs.ids.get(marker) or anchors.note(marker, ordinal)
        if marker in texts:
            text, (line, end) = texts.pop(marker)
            notes.append(Footnote(fid, marker, text, False, line, end))
        else:
            notes.append(Footnote(fid, marker, None, True))
            detail = f"note {marker}: its marker is in the text but the source has no text for it"
            log.append(LogEntry("warning", "missing-note", None, detail))
    for marker, (text, (line, end)) in texts.items():
        notes.append(Footnote(anchors.note(marker, len(notes) + 1), marker, text, False, line, end))
        log.append(LogEntry("warning", "unreferenced-note", line, f"note {marker} has no marker in the text"))
    for marker, text, (line, end) in found.unmarked:
        notes.append(Footnote(anchors.unmarked_note(len(notes) + 1), marker, text, False, line, end))
        if not marker:
            log.append(LogEntry("warning", "unmarked-note", line, f"note text with no marker: {text[:50]!r}"))
    for note in notes:
        note.line_spans = found.spans.get(note.line or 0, [])
    return notes


# the kinds of document that quote the text of another, its notes' markers with it
QUOTING = frozenset({"corrigendum"})
_RAISED_DIGITS = str.maketrans("0123456789", SUPERSCRIPT_DIGITS)


def quoted_markers(
    doc_type: str | None, paragraphs: list[Paragraph], raw_notes: list[RawNote], refs: NoteRefs, log: list[LogEntry]
) -> None:
    """A corrigendum quotes the text it corrects, the markers of that text's notes with it
    ("At the end of the first sentence, insert footnote marker ⁵. At the end of the page,
    insert a corresponding footnote reading ⁵ International Migration ...", E/2025/68/
    Corr.1): a marker there whose note the corrigendum itself does not print is the
    corrected document's, not a reference to a note this one lacks. It is kept in the text
    where it stands, as printed (raised: "⁵"), and said; a marker whose note the
    corrigendum prints, or one standing in a table, a figure or the masthead (whose text
    has no place for it), stays a reference. Any other document's marker without its note is a
    note missing, said by ``collect_notes``."""
    printed = {note.marker for note in raw_notes if note.marker}
    missing = {marker for marker in refs.order if marker not in printed}
    if doc_type not in QUOTING or not missing:
        return
    walked = [para for top in paragraphs for para in top.walk()]
    in_text = {ref.marker for para in walked if not _spanned(para) for ref in para.footnote_refs}
    elsewhere = {ref.marker for para in walked if _spanned(para) for ref in para.footnote_refs}
    quoted = (missing & in_text) - elsewhere - _masthead_markers(refs, walked)
    for para in walked:
        if not _spanned(para) and any(ref.marker in quoted for ref in para.footnote_refs):
            _as_printed(para, quoted, log)
    refs.order = [marker for marker in refs.order if marker not in quoted]
    for marker in quoted:
        refs.seen.pop(marker, None)
        refs.ids.pop(marker, None)


def _spanned(para: Paragraph) -> bool:
    """A table or a figure: its cells are spans of its text, which nothing may shift."""
    return para.table is not None or para.figure is not None


def _masthead_markers(refs: NoteRefs, walked: list[Paragraph]) -> set[str]:
    """The markers met somewhere but in the paragraphs (the masthead's facts), counted."""
    in_paragraphs: dict[str, int] = {}
    for para in walked:
        for ref in para.footnote_refs:
            in_paragraphs[ref.marker] = in_paragraphs.get(ref.marker, 0) + 1
    return {marker for marker, count in refs.seen.items() if count > in_paragraphs.get(marker, 0)}


def _as_printed(para: Paragraph, quoted: set[str], log: list[LogEntry]) -> None:
    """The paragraph with its ``quoted`` markers written into its text, raised."""
    text, kept, shift = para.text, [], 0
    for ref in sorted(para.footnote_refs, key=lambda r: r.offset):
        if ref.marker not in quoted:
            kept.append(replace(ref, offset=ref.offset + shift))
            continue
        mark = ref.marker.translate(_RAISED_DIGITS)
        at = ref.offset + shift
        text = text[:at] + mark + text[at:]
        shift += len(mark)
        detail = f"marker {ref.marker} quoted from the corrected text, kept as printed: its note is that text's"
        log.append(LogEntry("repaired", "quoted-marker", para.line, detail))
    para.text, para.footnote_refs = text, kept
