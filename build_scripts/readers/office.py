"""Shape: a Word (.docx) or OpenDocument (.odt) file, read from its explicit structure.

Nothing to guess: each paragraph is one block (a heading where its style says so), each
footnote reference becomes a marker where it stands, each note keeps the mark the file
shows (its number, or a custom mark such as ``*``). Line numbers refer to the document's
text as ``office_xml.as_text`` writes it: a paragraph a line, then the notes.
"""

from __future__ import annotations

import io
import zipfile
from typing import TYPE_CHECKING, Literal

from ..repairs.markers import sentinel
from .base import Block, Layout, RawDocument, RawNote
from .office_xml import OfficeDocument, as_text, read_office

if TYPE_CHECKING:
    from ..sources import Source

name = "office"
reads: Literal["text", "bytes"] = "bytes"
suffixes = (".docx", ".odt")
mismatch = "is not a zip archive (an old .doc renamed?)"
ODT_MIMETYPE = b"application/vnd.oasis.opendocument.text"


def sniff(source: Source) -> float:
    """Known by its bytes: a zip holding a Word document or an OpenDocument text is one;
    any other zip may be (``read`` then says what it lacks); anything else is not."""
    data = source.data
    if data is None or not data.startswith(b"PK"):
        return 0.0
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            names = set(archive.namelist())
            kind = archive.read("mimetype") if "mimetype" in names else b""
    except zipfile.BadZipFile:
        return 0.5
    return 1.0 if "word/document.xml" in names or kind == ODT_MIMETYPE else 0.5


def read(source: Source) -> tuple[RawDocument, str]:
    """The document read from the file's XML, and its text (a paragraph a line, then the
    notes): what the fidelity proof holds the document to."""
    document = read_office(source.name, source.data or b"")
    return read_document(document, source.name), as_text(document)


def read_document(document: OfficeDocument, source_file: str) -> RawDocument:
    raw = RawDocument(source_file, name, hyphenated=False)
    for number, paragraph in enumerate(document.paragraphs, start=1):
        text = "".join(run if marker is None else sentinel(marker) for run, marker in paragraph.runs)
        # a tab or a line break inside a paragraph is a space of its text
        text = " ".join(text.replace("\t", " ").split())
        # of its layout, only its line is known: weight and slant come from styles that
        # inherit from each other (styles.xml), not read here
        layout = Layout(lines=(number, number))
        raw.blocks.append(Block(text, number, "heading" if paragraph.heading else "text", layout))
    first_note_line = len(document.paragraphs) + 1
    for offset, note in enumerate(document.notes):
        raw.notes.append(RawNote(note.marker or None, note.text, first_note_line + offset, len(raw.blocks)))
    return raw
