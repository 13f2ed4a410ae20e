"""Shape: text extracted from a PDF (pdftotext and the like).

What it looks like: no blank lines, lines hard-wrapped at the page width, markers
glued to words (``Rights,1``) because superscripts became plain digits, and the note
texts at each page's foot *without* their markers, dropped between two lines of body
text; the last page's notes come after the signature block. Page furniture (running
symbol, page numbers) may stand on lines of its own.
"""

from __future__ import annotations

import itertools
import re

from ..metadata import OPENING_RE, PREAMBLE_OPENER_RE, RESOLUTION_TITLE_RE, is_closing_line
from ..model import LogEntry
from ..repairs.joining import ends_paragraph, is_wrapped, starts_numbered, wrap_width
from ..repairs.junk import JunkRule, remove_junk_lines
from ..repairs.markers import SENTINEL_RE, attach_glued_markers, strip_sentinels
from ..repairs.orphan_notes import MarkerSite, align_orphan_notes
from .base import Block, RawDocument, RawNote

name = "pdf-text"

Line = tuple[int, str]

# How note texts of UN documents begin: citations, not sentences of a resolution.
_NOTE_START_RE = re.compile(
    r"^(?:\d{1,3}\s+)?(?:See\b|Resolutions? \d|Decisions? \d|General Assembly resolution|"
    r"Official Records\b|Ibid\b|Idem\b|United Nations, Treaty Series|[AES]/[\w.]+/|ST/|CCPR/|CERD/|CRC/|E/CN\.)"
)
_LEADING_MARKER_RE = re.compile(r"^(\d{1,3})\s+")
# "...the Rights of the Child,5": a paragraph's last line, its marker glued after the
# comma (markers are not yet told from figures when notes are taken out)
_MARKED_END_RE = re.compile(r"[,;:.!?][\"”’)\]]*\d{1,3}\s*$")
# A note is a citation: it ends with a full stop, not with the comma of a wrapped line.
_NOTE_END_RE = re.compile(r"[.!?][\"”’)\]]*\s*$")
LINE_JUNK = [
    JunkRule("page-number", re.compile(r"(?:Page )?\d{1,3}"), "page number"),
    JunkRule(
        "running-header",
        # a symbol ends with a word character: "A/56/179." alone on its line is a note
        re.compile(r"(?:\d{1,3} )?(?:A|E|S)/[\w./]*\w(?: \d{1,3})?"),
        "running head (symbol, page number)",
    ),
    JunkRule("job-number", re.compile(r"\d{2}[- ]\d{5}(?: \(E\))?|[A-Z]\d{7}[A-Z]?"), "print job number"),
]


def sniff(text: str) -> float:
    lines = text.strip("\n").split("\n")
    nonblank = [line for line in lines if line.strip()]
    if len(nonblank) < 5:
        return 0.0
    blank_ratio = 1 - len(nonblank) / len(lines)
    width = wrap_width(nonblank)
    wrapped = sum(1 for line in nonblank if is_wrapped(line, width))
    score = 0.0
    if blank_ratio < 0.1:
        score += 0.4
    if wrapped / len(nonblank) > 0.3 and width >= 60:
        score += 0.3
    if any(RESOLUTION_TITLE_RE.match(line.strip()) for line in nonblank[:20]):
        score += 0.2
    return score


def _standalone(text: str) -> bool:
    """Lines that always stand alone: the opening formula and the signature block."""
    line = text.strip()
    return bool(OPENING_RE.match(line) or is_closing_line(line))


def ends_paragraph_marked(line: str) -> bool:
    """A line that ends a paragraph, also when a note marker is glued after its last
    stop or comma ("...Rights of the Child,5")."""
    return ends_paragraph(line) or bool(_MARKED_END_RE.search(line))


def _note_run_end(lines: list[Line], start: int) -> int:
    """Index after the run of note lines starting at ``start`` (a note may wrap)."""
    index = start
    while index < len(lines) and _NOTE_START_RE.match(lines[index][1].strip()):
        index += 1
        while index < len(lines) and not _NOTE_END_RE.search(lines[index - 1][1]):
            index += 1
    return index


def _take_notes(
    lines: list[Line], page_ends: frozenset[int] = frozenset()
) -> tuple[list[Line], list[tuple[int, RawNote]]]:
    """Split note texts from body lines; each note keeps the body-line index it stood at.

    Notes stand at a page's foot: after a finished paragraph, or in the middle of one
    when the page broke mid-sentence; then either the page's furniture follows them
    (``page_ends``: the numbers of the lines that furniture removed from the text
    followed), or the line after them carries the sentence on in lower case. That is
    what tells a page's notes from a sentence that cites.
    """
    body: list[Line] = []
    notes: list[tuple[int, RawNote]] = []
    index = 0
    while index < len(lines):
        number, text = lines[index]
        stripped = text.strip()
        if _NOTE_START_RE.match(stripped) and not starts_numbered(stripped):
            end = _note_run_end(lines, index)
            previous_ended = not body or ends_paragraph_marked(body[-1][1]) or _standalone(body[-1][1])
            resumes = end < len(lines) and lines[end][1].strip()[:1].islower()
            if previous_ended or resumes or lines[end - 1][0] in page_ends:
                for note_line in range(index, end):
                    note_number, note_text = lines[note_line]
                    note_text = note_text.strip()
                    if _NOTE_START_RE.match(note_text) and (
                        note_line == index or _NOTE_END_RE.search(lines[note_line - 1][1])
                    ):
                        marker = _LEADING_MARKER_RE.match(note_text)
                        body_text = note_text[marker.end() :] if marker else note_text
                        notes.append((len(body), RawNote(marker.group(1) if marker else None, body_text, note_number)))
                    else:
                        notes[-1][1].text += "\n" + note_text
                index = end
                continue
        body.append((number, text))
        index += 1
    return body, notes


def _blocks(lines: list[Line], width: int) -> tuple[list[Block], list[int]]:
    """Wrapped lines to paragraphs; also maps each body-line index to its block index."""
    blocks: list[Block] = []
    block_of_line: list[int] = []
    for index, (number, text) in enumerate(lines):
        stripped = text.strip()
        new = not blocks
        if blocks:
            previous = lines[index - 1][1]
            new = (
                _standalone(stripped)
                or _standalone(previous)
                or (starts_numbered(stripped) and ends_paragraph(previous))
                # a full last line ends one preambular paragraph, the next opens with a participle
                or (strip_sentinels(previous).rstrip().endswith(",") and bool(PREAMBLE_OPENER_RE.match(stripped)))
                or (ends_paragraph(previous) and not is_wrapped(previous, width) and stripped[:1].isupper())
            )
        if new:
            blocks.append(Block(stripped, number))
        else:
            blocks[-1].text += "\n" + stripped
        block_of_line.append(len(blocks) - 1)
    return blocks, block_of_line


def read(text: str, source_file: str) -> RawDocument:
    raw = RawDocument(source_file, name)
    lines = [(n, line) for n, line in enumerate(text.split("\n"), start=1) if line.strip()]
    lines, log = remove_junk_lines(lines, LINE_JUNK)
    raw.log.extend(log)
    width = wrap_width([line for _, line in lines])
    removed = {entry.line for entry in log}
    page_ends = frozenset(
        number
        for (number, _), (following, _) in itertools.pairwise(lines)
        if removed & set(range(number + 1, following))
    )
    body, found_notes = _take_notes(lines, page_ends)
    marked, _ = attach_glued_markers([line for _, line in body])
    body = [(number, line) for (number, _), line in zip(body, marked, strict=True)]
    raw.blocks, block_of_line = _blocks(body, width)

    def block_at(line_index: int) -> int:
        return block_of_line[line_index - 1] + 1 if line_index > 0 else 0

    sites = [
        MarkerSite(match.group(1), b, strip_sentinels(block.text[: match.start()]).replace("\n", " "))
        for b, block in enumerate(raw.blocks)
        for match in SENTINEL_RE.finditer(block.text)
    ]
    orphans: list[tuple[int, list[RawNote]]] = []
    for line_index, note in found_notes:
        note.position = block_at(line_index)
        if note.marker is not None:
            raw.notes.append(note)
        elif orphans and orphans[-1][0] == note.position:
            orphans[-1][1].append(note)
        else:
            orphans.append((note.position, [note]))
    assigned = align_orphan_notes([(pos, [n.text for n in group]) for pos, group in orphans], sites)
    for (_, group), markers in zip(orphans, assigned, strict=True):
        for note, marker in zip(group, markers, strict=True):
            note.marker = marker
            raw.notes.append(note)
            how = f"given marker {marker} by page position and shared evidence" if marker else "no marker left to take"
            raw.log.append(
                LogEntry("repaired", "orphan-note", note.line, f"note text without marker {note.text[:40]!r}…: {how}")
            )
    return raw
