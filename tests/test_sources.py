"""Bad input: a clear message naming the file (and line), never a traceback."""

from __future__ import annotations

import codecs
import re

import pytest

from build_scripts.errors import SourceError
from build_scripts.pipeline import convert_directory
from build_scripts.sources import decode, gather_sources, load_sources

from . import shapes
from .conftest import SOURCES, write_sources

SEED_000 = (SOURCES / "000_b4a211301873ce80.txt").read_text(encoding="utf-8")


def unread_in(directory) -> dict[str, str]:
    """The files of ``directory`` a (default, not strict) build leaves out, each with why
    (``file:line: reason``): what a strict build stops at, the message the same."""
    return {u.source_file: u.describe() for u in gather_sources(directory).unread}


def test_decoding_variants_give_the_same_text():
    text = "Résolution 45/158\n"
    assert decode("a", text.encode("utf-8")) == (text, [])
    assert decode("a", codecs.BOM_UTF8 + text.encode("utf-8"))[0] == text
    assert decode("a", text.encode("utf-16"))[0] == text
    assert decode("a", text.replace("\n", "\r\n").encode("utf-8"))[0] == text
    cp1252, notes = decode("a", text.encode("cp1252"))
    assert cp1252 == text and notes[0][0] == "warning" and "Windows-1252" in notes[0][1]


def test_a_guessed_encoding_is_a_visible_warning(tmp_path):
    ods = (SOURCES / "001_3102e6f66c413e7c.txt").read_text(encoding="utf-8").replace("Guided by", "Guidé by")
    (tmp_path / "a.txt").write_bytes(ods.encode("cp1252"))
    (doc,) = convert_directory(tmp_path).documents
    assert any("decoded as Windows-1252" in w for w in doc.warnings)
    assert doc.paragraphs[0].text.startswith("Guidé by")


def test_a_real_50_mb_file_is_refused_with_its_name(tmp_path):
    with open(tmp_path / "huge.txt", "wb") as handle:
        handle.write(b"word " * (10 * 1024 * 1024))
    with pytest.raises(SourceError, match=r"huge\.txt: file is larger than 20 MB"):
        load_sources(tmp_path)
    assert re.match(r"huge\.txt: file is larger than 20 MB", unread_in(tmp_path)["huge.txt"])


@pytest.mark.parametrize(
    ("data", "message"),
    [(b"", "the file is empty"), (b"  \n\n", "the file is empty"), (b"\x00\x01\x02binary", "binary file")],
)
def test_unreadable_files(data, message):
    with pytest.raises(SourceError, match=message):
        decode("bad.txt", data)


def test_a_seed_with_bom_and_crlf_converts_like_the_seed(tmp_path):
    data = codecs.BOM_UTF8 + SEED_000.replace("\n", "\r\n").encode("utf-8")
    (tmp_path / "x.txt").write_bytes(data)
    (doc,) = convert_directory(tmp_path).documents
    assert doc.symbol == "A/RES/56/145" and len(doc.all_paragraphs()) == 16 and len(doc.footnotes) == 8


def test_two_sources_with_the_same_symbol(tmp_path):
    """The first in source order is kept, the second reported (strict: it stops the build)."""
    write_sources(tmp_path, {"a.txt": SEED_000, "b.txt": SEED_000})
    message = r"b\.txt: symbol A/RES/56/145 is also the symbol of a\.txt; kept a\.txt"
    with pytest.raises(SourceError, match=message):
        convert_directory(tmp_path, strict=True)
    collection = convert_directory(tmp_path)
    assert [d.source_file for d in collection.documents] == ["a.txt"]
    assert [r.source_file for r in collection.fidelity] == ["a.txt"]
    (unread,) = collection.unread
    assert re.fullmatch(message, unread.describe())


def test_sidecar_without_source(tmp_path):
    write_sources(tmp_path, {"a.txt": SEED_000, "ghost.meta.yaml": "symbol:\n  value: A/1\n  why: x\n"})
    with pytest.raises(SourceError, match=r"ghost\.meta\.yaml: sidecar has no matching source"):
        load_sources(tmp_path)
    assert list(unread_in(tmp_path)) == ["ghost.meta.yaml"]
    assert [d.source_file for d in convert_directory(tmp_path).documents] == ["a.txt"]


@pytest.mark.parametrize(
    ("sidecar", "message"),
    [
        ("symbol: [unclosed\n", r"r\.meta\.yaml:\d+: sidecar is not valid YAML"),
        ("- a list\n", "must be a mapping"),
        ("colour:\n  value: red\n  why: x\n", "unknown field 'colour'"),
        ("symbol:\n  value: A/59/287\n", "needs a 'value' and a non-empty 'why'"),
    ],
)
def test_malformed_sidecars(tmp_path, sidecar, message):
    write_sources(tmp_path, {"r.md": shapes.markdown_report(), "r.meta.yaml": sidecar, "a.txt": SEED_000})
    with pytest.raises(SourceError, match=message):
        load_sources(tmp_path)
    assert re.search(message, unread_in(tmp_path)["r.meta.yaml"])
    assert [d.source_file for d in convert_directory(tmp_path).documents] == ["a.txt"]


def test_a_report_without_symbol_is_read_and_asks_for_a_sidecar(tmp_path):
    """Its text is read, keyed by its file's name, and its page says to state its symbol."""
    write_sources(tmp_path, {"r.md": shapes.markdown_report(), "a.txt": SEED_000})
    collection = convert_directory(tmp_path, strict=True)
    report = next(d for d in collection.documents if d.source_file == "r.md")
    assert report.symbol == "UNSYMBOLLED/r" and report.paragraphs
    assert any("states no document symbol" in w and "sidecar" in w for w in report.warnings)
    assert collection.unread == []


def test_a_collection_of_only_bad_files_stops_naming_them(tmp_path):
    """Nothing to publish: the build stops rather than replace the site with an empty one."""
    write_sources(tmp_path, {"old.doc": "x", "r.md": "---\ntitle: nothing\n---\n"})
    with pytest.raises(SourceError, match=r"no source could be read: old\.doc: a Word .*; r\.md: "):
        convert_directory(tmp_path)


def test_a_sidecar_never_overrides_the_text(tmp_path):
    write_sources(tmp_path, {"a.txt": SEED_000, "a.meta.yaml": "session:\n  value: 99\n  why: test\n"})
    (doc,) = convert_directory(tmp_path).documents
    assert doc.session == 56
    assert any("sidecar-conflict" in w for w in doc.warnings)


def test_a_file_that_is_too_large(tmp_path, monkeypatch):
    monkeypatch.setattr("build_scripts.sources.MAX_SOURCE_BYTES", 1000)
    write_sources(tmp_path, {"big.txt": "x" * 2000})
    with pytest.raises(SourceError, match=r"big\.txt: file is larger than"):
        load_sources(tmp_path)


def test_a_footnote_marker_with_no_note_and_a_note_with_no_marker(tmp_path):
    text = SEED_000.replace(
        "the Convention on the Rights of the Child,⁵", "the Convention on the Rights of the Child,"
    ).replace("⁸ A/56/179.", "⁸ A/56/179.\n\n⁹ An extra note nobody cites.")
    (doc,) = convert_directory(write_sources(tmp_path, {"a.txt": text})).documents
    notes = {n.marker: n for n in doc.footnotes}
    assert notes["9"].text == "An extra note nobody cites."
    assert any("unreferenced-note" in w and "note 9" in w for w in doc.warnings)
    assert any("unreferenced-note" in w and "note 5" in w for w in doc.warnings)


@pytest.mark.parametrize(
    ("name", "message"),
    [
        ("resolution.docx", "not a zip archive"),
        ("resolution.doc", "a Word 97-2003 file"),
        ("resolution.odt", "not a zip archive"),
        ("page.html", "a web page"),
        ("notes.rtf", "a Rich Text file"),
        ("image.png", "not a source format"),
    ],
)
def test_every_file_is_read_or_reported(tmp_path, name, message):
    (tmp_path / name).write_bytes(b"something")
    with pytest.raises(SourceError, match=message) as raised:
        load_sources(tmp_path)
    assert raised.value.path == name
    assert message in unread_in(tmp_path)[name]


def test_a_pdf_is_recognised_by_its_bytes(tmp_path):
    (tmp_path / "fake.pdf").write_text("The General Assembly,\n")
    with pytest.raises(SourceError, match="not a PDF file"):
        load_sources(tmp_path)
    (tmp_path / "fake.pdf").unlink()
    (tmp_path / ".gitkeep").write_text("")
    assert load_sources(tmp_path) == []
