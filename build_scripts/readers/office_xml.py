"""Word (.docx) and OpenDocument (.odt) files: their paragraphs and footnotes, as written.

Both are zip archives of XML in which the structure the other shapes have to guess is
explicit: each paragraph is an element, each footnote reference sits where it stands in
the text, each note's text is its own element. The standard library reads them (zipfile,
ElementTree); python-docx does not expose footnotes and odfpy adds nothing needed here.

What comes out is plain data for ``readers.office``: paragraphs as runs of text and note
references, and the notes. Its text, a paragraph a line and then the notes, is the
source text the fidelity proof holds the document to.
"""

from __future__ import annotations

import io
import zipfile
from dataclasses import dataclass, field
from xml.etree import ElementTree

from ..errors import SourceError

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
TEXT = "{urn:oasis:names:tc:opendocument:xmlns:text:1.0}"
OFFICE = "{urn:oasis:names:tc:opendocument:xmlns:office:1.0}"


@dataclass
class OfficeParagraph:
    """A paragraph: its runs, each text or (``marker``) a note reference; ``heading``
    when its style says so."""

    runs: list[tuple[str, str | None]] = field(default_factory=list)
    heading: bool = False

    @property
    def text(self) -> str:
        return "".join(text if marker is None else marker for text, marker in self.runs)


@dataclass
class OfficeNote:
    marker: str
    text: str


@dataclass
class OfficeDocument:
    paragraphs: list[OfficeParagraph]
    notes: list[OfficeNote]


def read_office(name: str, data: bytes) -> OfficeDocument:
    """A .docx or .odt file's paragraphs and notes; a clear error for anything else."""
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except zipfile.BadZipFile:
        raise SourceError(name, "not a readable Word or OpenDocument file (not a zip archive)") from None
    with archive:
        names = set(archive.namelist())
        try:
            if "word/document.xml" in names:
                return _docx(archive, names)
            if "content.xml" in names:
                return _odt(archive)
        except ElementTree.ParseError as err:
            raise SourceError(name, f"damaged document XML ({err})") from None
    raise SourceError(name, "neither a Word (.docx) nor an OpenDocument (.odt) text")


def as_text(document: OfficeDocument) -> str:
    """The document as text: a paragraph a line, then each note as "marker text"."""
    lines = [paragraph.text.replace("\n", " ") for paragraph in document.paragraphs]
    lines += [f"{note.marker} {note.text}" for note in document.notes]
    return "\n".join(lines) + "\n"


# -- Word ----------------------------------------------------------------------------


def _docx(archive: zipfile.ZipFile, names: set[str]) -> OfficeDocument:
    body = ElementTree.fromstring(archive.read("word/document.xml")).find(f"{W}body")
    note_texts: dict[str, str] = {}
    if "word/footnotes.xml" in names:
        for note in ElementTree.fromstring(archive.read("word/footnotes.xml")).iter(f"{W}footnote"):
            if note.get(f"{W}type") in (None, "normal"):
                paragraphs = [_docx_text(p) for p in note.iter(f"{W}p")]
                note_texts[note.get(f"{W}id", "")] = " ".join(p.strip() for p in paragraphs if p.strip())
    paragraphs: list[OfficeParagraph] = []
    notes: list[OfficeNote] = []
    numbered = 0
    for element in body.iter(f"{W}p") if body is not None else []:
        paragraph = OfficeParagraph(heading=_docx_heading(element))
        custom = False
        for run in element.iter(f"{W}r"):
            for child in run:
                if child.tag == f"{W}footnoteReference":
                    custom = child.get(f"{W}customMarkFollows") in ("1", "true")
                    # Word numbers its notes in order, leaving out those with a mark of their own
                    numbered += 0 if custom else 1
                    marker = "" if custom else str(numbered)
                    notes.append(OfficeNote(marker, note_texts.get(child.get(f"{W}id", ""), "")))
                    if not custom:
                        paragraph.runs.append(("", marker))
                elif child.tag == f"{W}t" and custom:
                    # a custom mark ("*") is the text that follows the reference
                    notes[-1].marker = child.text or ""
                    paragraph.runs.append(("", notes[-1].marker))
                    custom = False
                elif child.tag == f"{W}t":
                    paragraph.runs.append((child.text or "", None))
                elif child.tag == f"{W}tab":
                    paragraph.runs.append(("\t", None))
                elif child.tag in (f"{W}br", f"{W}cr"):
                    paragraph.runs.append(("\n", None))
        if paragraph.text.strip():
            paragraphs.append(paragraph)
    return OfficeDocument(paragraphs, notes)


def _docx_text(element: ElementTree.Element) -> str:
    parts = []
    for node in element.iter():
        if node.tag == f"{W}t":
            parts.append(node.text or "")
        elif node.tag == f"{W}tab":
            parts.append("\t")
    return "".join(parts)


def _docx_heading(paragraph: ElementTree.Element) -> bool:
    style = paragraph.find(f"{W}pPr/{W}pStyle")
    value = (style.get(f"{W}val") or "") if style is not None else ""
    return value.lower().startswith(("heading", "title"))


# -- OpenDocument --------------------------------------------------------------------


def _odt(archive: zipfile.ZipFile) -> OfficeDocument:
    root = ElementTree.fromstring(archive.read("content.xml"))
    text = root.find(f"{OFFICE}body/{OFFICE}text")
    paragraphs: list[OfficeParagraph] = []
    notes: list[OfficeNote] = []
    if text is None:
        return OfficeDocument(paragraphs, notes)
    # a note's own paragraphs are read with its reference, not as the body's
    in_notes = {id(node) for note in text.iter(f"{TEXT}note") for node in note.iter()}
    for element in text.iter():
        if element.tag not in (f"{TEXT}p", f"{TEXT}h") or id(element) in in_notes:
            continue
        paragraph = OfficeParagraph(heading=element.tag == f"{TEXT}h")
        _odt_runs(element, paragraph, notes)
        if paragraph.text.strip():
            paragraphs.append(paragraph)
    return OfficeDocument(paragraphs, notes)


def _odt_runs(element: ElementTree.Element, paragraph: OfficeParagraph, notes: list[OfficeNote]) -> None:
    if element.text:
        paragraph.runs.append((element.text, None))
    for child in element:
        if child.tag == f"{TEXT}note":
            citation = child.find(f"{TEXT}note-citation")
            marker = (citation.text or "").strip() if citation is not None else str(len(notes) + 1)
            body = child.find(f"{TEXT}note-body")
            note_text = (
                " ".join("".join(p.itertext()).strip() for p in body.iter(f"{TEXT}p")) if body is not None else ""
            )
            notes.append(OfficeNote(marker, note_text))
            paragraph.runs.append(("", marker))
        elif child.tag == f"{TEXT}s":
            paragraph.runs.append((" " * int(child.get(f"{TEXT}c", "1")), None))
        elif child.tag == f"{TEXT}tab":
            paragraph.runs.append(("\t", None))
        elif child.tag == f"{TEXT}line-break":
            paragraph.runs.append(("\n", None))
        else:
            _odt_runs(child, paragraph, notes)
        if child.tail:
            paragraph.runs.append((child.tail, None))
