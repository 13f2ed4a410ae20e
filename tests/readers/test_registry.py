"""The registry of readers (``readers.READERS``): a source's bytes or text choose its
reader, whatever the file is named; a file no reader knows is refused with its name; a
reader added to the registry is asked like the others (one module, one line)."""

from __future__ import annotations

import io
import json
import zipfile
from pathlib import Path
from typing import Literal

import pytest

from build_scripts import readers
from build_scripts.errors import SourceError
from build_scripts.pipeline import convert_source, read_source
from build_scripts.readers import markdown_superscript, reader_for
from build_scripts.readers.base import RawDocument
from build_scripts.sources import Source, load_sources

from .. import shapes
from .test_office import docx, odt

REAL = Path(__file__).parent.parent / "fixtures" / "real"


def test_a_pdfs_bytes_choose_the_pdf_reader_whatever_the_suffix_case(tmp_path: Path) -> None:
    data = (REAL / "A_RES_78_10.pdf").read_bytes()
    for name in ("a.pdf", "b.PDF", "c.Pdf"):
        (tmp_path / name).write_bytes(data)
    sources = load_sources(tmp_path)
    assert [source.name for source in sources] == ["a.pdf", "b.PDF", "c.Pdf"]
    assert [reader_for(source).name for source in sources] == ["pdf"] * 3
    # the bytes decide, not the name
    assert reader_for(Source("resolution.txt", "", {}, [], data)).name == "pdf"


def test_a_file_named_pdf_in_any_case_must_be_one(tmp_path: Path) -> None:
    (tmp_path / "fake.PDF").write_text("The General Assembly,\n")
    with pytest.raises(SourceError, match=r"named \.PDF but is not a PDF file \(no %PDF- header\)"):
        load_sources(tmp_path)


@pytest.mark.parametrize(("name", "make"), [("r.docx", docx), ("r.odt", odt), ("R.DOCX", docx)])
def test_word_and_opendocument_files_choose_the_office_reader(tmp_path: Path, name: str, make) -> None:
    (tmp_path / name).write_bytes(make())
    (source,) = load_sources(tmp_path)
    assert reader_for(source).name == "office"
    assert reader_for(Source("r.pdf", "", {}, [], make())).name == "office"


def test_a_zip_that_is_no_document_is_left_to_the_office_reader_to_refuse() -> None:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("readme.txt", "hello")
    source = Source("r.docx", "", {}, [], buffer.getvalue())
    assert readers.office.sniff(source) == 0.5
    with pytest.raises(SourceError, match=r"r\.docx: neither a Word"):
        convert_source(source)


def test_a_text_is_sniffed_and_no_format_claims_it() -> None:
    source = Source("x.txt", shapes.pdf_text())
    assert reader_for(source).name == "pdf-text"
    assert readers.pdf.sniff(source) == 0.0 and readers.office.sniff(source) == 0.0
    # a text that begins like a PDF is still a text: only bytes are a PDF's
    with pytest.raises(SourceError, match=r"x\.txt: text of unknown shape"):
        reader_for(Source("x.txt", "%PDF-1.7\n"))


def test_bytes_of_no_known_format_are_refused_with_the_file_name() -> None:
    with pytest.raises(
        SourceError, match=r"image\.gif: bytes of no format the converter reads \(known formats: pdf, office\)"
    ):
        reader_for(Source("image.gif", "", {}, [], b"GIF89a\x01\x00\x01\x00"))


class JsonExtraction:
    """A new file format, as a module of readers/ would define it: mandate-pipeline's
    extracted JSON (``{"symbol": ..., "text": ...}``), its text read as superscript Markdown."""

    name = "json-extraction"
    reads: Literal["text", "bytes"] = "bytes"
    suffixes = (".json",)
    mismatch = "is not an extraction (no JSON object with a text)"

    @staticmethod
    def sniff(source: Source) -> float:
        return 1.0 if source.data is not None and source.data.lstrip().startswith(b'{"symbol"') else 0.0

    @staticmethod
    def read(source: Source) -> tuple[RawDocument, str]:
        text = json.loads(source.data or b"{}")["text"]
        return markdown_superscript.read(text, source.name), text


def test_a_reader_added_to_the_registry_is_asked_like_the_others(tmp_path: Path, monkeypatch) -> None:
    text = shapes.markdown_superscript()
    (tmp_path / "r.json").write_text(json.dumps({"symbol": "A/RES/1/1", "text": text}))
    with pytest.raises(SourceError, match="not a source format"):
        load_sources(tmp_path)
    monkeypatch.setattr(readers, "READERS", (*readers.READERS, JsonExtraction))  # the one line
    (source,) = load_sources(tmp_path)
    assert reader_for(source) is JsonExtraction
    document = read_source(source)[0]
    assert document.paragraphs == read_source(Source("r.txt", text))[0].paragraphs
    (tmp_path / "r.json").write_text("[]")
    with pytest.raises(SourceError, match=r"r\.json: named \.json but is not an extraction"):
        load_sources(tmp_path)


def test_an_opendocument_spreadsheet_is_not_taken_for_a_text() -> None:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("mimetype", "application/vnd.oasis.opendocument.spreadsheet")
        archive.writestr("content.xml", "<office:document-content/>")
    assert readers.office.sniff(Source("r.odt", "", {}, [], buffer.getvalue())) == 0.5
    assert readers.office.sniff(Source("r.odt", "", {}, [], odt())) == 1.0
