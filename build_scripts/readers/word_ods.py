"""Shape: a Word document exported from the UN's ODS template, as plain text.

What it looks like: one paragraph per line, tabs for indentation and after paragraph
numbers, footnote markers glued to the word before them (``Rights,1``, ``Women4``),
note texts listed at the end (``1 Resolution 217 A (III).``), Word comment anchors
(``[DU1]``), ``<<ODS ...>>`` template fields, and after them the page furniture:
running headers, the masthead glued into one line, page and job numbers.
"""

from __future__ import annotations

import re

from ..metadata import DATE_LINE_RE
from ..model import LogEntry
from ..repairs.junk import JunkRule, remove_junk_inline, remove_junk_lines
from ..repairs.markers import attach_glued_markers
from .base import Block, RawDocument, RawNote

name = "word-ods"

_ODS_FIELD_RE = re.compile(r"<<ODS ([A-Z0-9 ]+)>>(.*?)<<ODS \1>>")
_ODS_ANY_RE = re.compile(r"<<ODS [A-Z0-9 ]+>>")
_TAB_NUMBER_RE = re.compile(r"^\t*(\d{1,3}\.|\([a-z]{1,4}\))\t")
_NOTE_RE = re.compile(r"^(\d{1,3})[ \t]+(\S.*)$")

INLINE_JUNK = [
    JunkRule("word-comment-anchor", re.compile(r"\[[A-Z]{1,4}\d{1,3}\]"), "Word comment anchor"),
]
LINE_JUNK = [
    JunkRule("separator", re.compile(r"[_\-=]{5,}"), "template separator line"),
    JunkRule("page-number", re.compile(r"\d{1,3}"), "page number"),
    JunkRule("job-number", re.compile(r"\d{2} ?\d{5}|[A-Z]\d{7}[A-Z]?"), "print job number"),
]


def sniff(text: str) -> float:
    if _ODS_ANY_RE.search(text):
        return 0.95
    tabbed = sum(1 for line in text.split("\n") if _TAB_NUMBER_RE.match(line))
    return 0.7 if tabbed >= 2 else 0.0


def _read_ods_fields(number: int, line: str, raw: RawDocument) -> str:
    """Template fields: a symbol field is metadata, a job number is junk; both leave the text."""
    for match in _ODS_FIELD_RE.finditer(line):
        field, value = match.group(1), match.group(2).strip()
        if "SYMBOL" in field and value:
            raw.furniture.append(Block(value, number))
            raw.log.append(
                LogEntry(
                    "removed",
                    "ods-field",
                    number,
                    f"<<ODS {field}>> field; value {value!r} kept as metadata",
                    match.group(0),
                )
            )
        else:
            raw.log.append(
                LogEntry(
                    "removed", "ods-field", number, f"<<ODS {field}>> field {value!r}: template field", match.group(0)
                )
            )
    return _ODS_FIELD_RE.sub("", line)


def _split_notes(lines: list[tuple[int, str]]) -> tuple[list[tuple[int, str]], list[RawNote]]:
    """The trailing run of note lines '1 ...', '2 ...' (numbered from 1, in order)."""
    for start in range(len(lines)):
        match = _NOTE_RE.match(lines[start][1])
        if not match or match.group(1) != "1" or DATE_LINE_RE.match(lines[start][1].strip()):
            continue  # "1 July 2003" closing a resolution is its date, not note 1
        notes: list[RawNote] = []
        expected = 1
        for number, text in lines[start:]:
            note = _NOTE_RE.match(text)
            if note and int(note.group(1)) == expected:
                notes.append(RawNote(note.group(1), note.group(2).strip(), number))
                expected += 1
            elif notes:
                notes[-1].text += "\n" + text.strip()
        return lines[:start], notes
    return lines, []


def read(text: str, source_file: str) -> RawDocument:
    raw = RawDocument(source_file, name)
    source_lines = text.split("\n")
    # Everything from the first template field on is page furniture, not body.
    furniture_start = next(
        (n for n, line in enumerate(source_lines, start=1) if _ODS_ANY_RE.search(line)), len(source_lines) + 1
    )
    body: list[tuple[int, str]] = []
    furniture: list[tuple[int, str]] = []
    for number, line in enumerate(source_lines, start=1):
        line, log = remove_junk_inline((number, line), INLINE_JUNK)
        raw.log.extend(log)
        line = _read_ods_fields(number, line, raw)
        if line.strip():
            (body if number < furniture_start else furniture).append((number, line))

    furniture, log = remove_junk_lines(furniture, LINE_JUNK)
    raw.log.extend(log)
    for number, line in furniture:
        raw.furniture.append(Block(line.strip(), number))
        raw.log.append(
            LogEntry(
                "removed",
                "page-furniture",
                number,
                f"{line.strip()!r}: header/footer text, read for metadata",
                line.strip(),
            )
        )

    body, log = remove_junk_lines(body, LINE_JUNK)
    raw.log.extend(log)
    body, raw.notes = _split_notes(body)
    texts = [re.sub(r"[ \t]+", " ", _TAB_NUMBER_RE.sub(r"\1 ", line)).strip() for _, line in body]
    texts, _ = attach_glued_markers(texts, {note.marker for note in raw.notes if note.marker})
    raw.blocks = [Block(text, number) for (number, _), text in zip(body, texts, strict=True)]
    for note in raw.notes:
        note.position = len(raw.blocks)
    return raw
