"""Shape: a Word (.docx) or OpenDocument (.odt) file, read from its explicit structure.

Nothing to guess: each paragraph is one block (a heading where its style says so), each
footnote reference becomes a marker where it stands, each note keeps the mark the file
shows (its number, or a custom mark such as ``*``). Line numbers refer to the document's
text as ``office_xml.as_text`` writes it: a paragraph a line, then the notes.
"""

from __future__ import annotations

from ..repairs.markers import sentinel
from .base import Block, RawDocument, RawNote
from .office_xml import OfficeDocument

name = "office"


def sniff(text: str) -> float:
    """Word and OpenDocument files are recognised by their bytes when sources are loaded."""
    return 0.0


def read_document(document: OfficeDocument, source_file: str) -> RawDocument:
    raw = RawDocument(source_file, name, hyphenated=False)
    for number, paragraph in enumerate(document.paragraphs, start=1):
        text = "".join(run if marker is None else sentinel(marker) for run, marker in paragraph.runs)
        # a tab or a line break inside a paragraph is a space of its text
        text = " ".join(text.replace("\t", " ").split())
        raw.blocks.append(Block(text, number, "heading" if paragraph.heading else "text"))
    first_note_line = len(document.paragraphs) + 1
    for offset, note in enumerate(document.notes):
        raw.notes.append(RawNote(note.marker or None, note.text, first_note_line + offset, len(raw.blocks)))
    return raw
