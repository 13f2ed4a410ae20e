"""readers/office_xml.py and readers/office.py: Word and OpenDocument files, built here
by hand (their XML is small), read to the same document."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest

from build_scripts.errors import SourceError
from build_scripts.pipeline import read_source
from build_scripts.readers.office_xml import as_text, read_office
from build_scripts.sources import load_sources

# A resolution as paragraphs; "[n]" stands where a footnote reference is, "[*]" a custom mark.
PARAGRAPHS = [
    ("United Nations A/RES/58/166", False),
    ("General Assembly", False),
    ("Resolution adopted by the General Assembly on 22 December 2003", False),
    ("58/166. International Convention on the Protection of the Rights of All Migrant Workers[*]", True),
    ("The General Assembly,", False),
    (
        "Guided by the Universal Declaration of Human Rights,[1] and the Convention on the Rights of the Child,[2]",
        False,
    ),
    ("1.\tAcknowledges with appreciation the entry into force of the Convention on 1 July 2003;", False),
    ("2.\tRequests the Secretary-General to submit a report at its fifty-ninth session.[3]", False),
    ("77th plenary meeting", False),
    ("22 December 2003", False),
]
NOTES = {
    "*": "Reissued for technical reasons.",
    "1": "Resolution 217 A (III).",
    "2": "Resolution 44/25, annex.",
    "3": "A/58/221.",
}

WORD = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
ODF = (
    'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
    'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"'
)


def _pieces(text: str) -> list[tuple[str, str | None]]:
    out: list[tuple[str, str | None]] = []
    while "[" in text:
        before, _, rest = text.partition("[")
        marker, _, text = rest.partition("]")
        out += [(before, None), ("", marker)]
    return [*out, (text, None)]


def docx() -> bytes:
    body, notes, ids = [], [], {}
    for text, heading in PARAGRAPHS:
        runs = []
        for piece, marker in _pieces(text):
            if marker is None:
                for part in piece.split("\t"):
                    runs.append(f'<w:r><w:t xml:space="preserve">{part}</w:t></w:r>')
                    runs.append("<w:r><w:tab/></w:r>")
                runs.pop()
                continue
            ids[marker] = str(len(ids) + 1)
            custom = ' w:customMarkFollows="1"' if marker == "*" else ""
            runs.append(f'<w:r><w:footnoteReference w:id="{ids[marker]}"{custom}/></w:r>')
            if marker == "*":
                runs.append("<w:r><w:t>*</w:t></w:r>")
        style = '<w:pPr><w:pStyle w:val="Heading1"/></w:pPr>' if heading else ""
        body.append(f"<w:p>{style}{''.join(runs)}</w:p>")
    for marker, number in ids.items():
        notes.append(f'<w:footnote w:id="{number}"><w:p><w:r><w:t>{NOTES[marker]}</w:t></w:r></w:p></w:footnote>')
    separator = '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>'
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("word/document.xml", f"<w:document {WORD}><w:body>{''.join(body)}</w:body></w:document>")
        archive.writestr("word/footnotes.xml", f"<w:footnotes {WORD}>{separator}{''.join(notes)}</w:footnotes>")
    return buffer.getvalue()


def odt() -> bytes:
    body = []
    for text, heading in PARAGRAPHS:
        parts = []
        for piece, marker in _pieces(text):
            if marker is None:
                parts.append(piece.replace("\t", "<text:tab/>"))
            else:
                parts.append(
                    f'<text:note text:note-class="footnote"><text:note-citation>{marker}</text:note-citation>'
                    f"<text:note-body><text:p>{NOTES[marker]}</text:p></text:note-body></text:note>"
                )
        tag = "text:h" if heading else "text:p"
        body.append(f"<{tag}>{''.join(parts)}</{tag}>")
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("mimetype", "application/vnd.oasis.opendocument.text")
        archive.writestr(
            "content.xml",
            f"<office:document-content {ODF}><office:body><office:text>{''.join(body)}"
            "</office:text></office:body></office:document-content>",
        )
    return buffer.getvalue()


@pytest.mark.parametrize(("suffix", "make"), [(".docx", docx), (".odt", odt)])
def test_a_word_or_opendocument_resolution(tmp_path: Path, suffix: str, make) -> None:
    (tmp_path / f"resolution{suffix}").write_bytes(make())
    (source,) = load_sources(tmp_path)
    doc = read_source(source)[0]
    assert doc.shape == "office"
    assert (doc.symbol, doc.meeting, str(doc.adopted)) == ("A/RES/58/166", "77th plenary meeting", "2003-12-22")
    assert doc.title == "International Convention on the Protection of the Rights of All Migrant Workers"
    assert [(p.id, p.number) for p in doc.paragraphs] == [("pp1", None), ("op1", "1"), ("op2", "2")]
    assert [(n.marker, n.text) for n in doc.footnotes] == [
        ("*", "Reissued for technical reasons."),
        ("1", "Resolution 217 A (III)."),
        ("2", "Resolution 44/25, annex."),
        ("3", "A/58/221."),
    ]
    pp1 = doc.paragraphs[0]
    assert [r.marker for r in pp1.footnote_refs] == ["1", "2"]
    assert pp1.text[: pp1.footnote_refs[0].offset] == "Guided by the Universal Declaration of Human Rights,"
    assert doc.metadata_refs["title"][0].marker == "*"
    assert doc.paragraphs[1].text.startswith("Acknowledges with appreciation")


def test_the_documents_text_is_its_paragraphs_then_its_notes() -> None:
    text = as_text(read_office("r.docx", docx()))
    assert text.splitlines()[4] == "The General Assembly,"
    assert text.splitlines()[-1] == "3 A/58/221."


def test_a_file_that_is_no_such_document() -> None:
    with pytest.raises(SourceError, match="not a readable Word or OpenDocument file"):
        read_office("x.docx", b"PK but not a zip")
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("readme.txt", "hello")
    with pytest.raises(SourceError, match="neither a Word"):
        read_office("x.docx", buffer.getvalue())
