"""Akoma Ntoso: every document of the seeds, of the real fixtures and of a synthetic
collection is valid against OASIS's akomantoso30.xsd (vendored in tests/schemas/akn), and
holds the document whole: every paragraph and note at its anchor, every citation a ref,
the text word for word."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from lxml import etree

from benchmarks.make_corpus import make_corpus
from build_scripts.build import write_files
from build_scripts.model import Document, Paragraph
from build_scripts.pipeline import Collection, convert_directory, read_source
from build_scripts.sources import Source
from build_scripts.transforms.citations import load_catalogue
from build_scripts.transforms.links import build_link_index
from build_scripts.writers.akn import NAMESPACE, _xml_text, akn_document
from build_scripts.writers.urls import akn_path

SCHEMA = etree.XMLSchema(etree.parse(str(Path(__file__).parent / "schemas" / "akn" / "akomantoso30.xsd")))
FIXTURES = Path(__file__).parent / "fixtures"
NS = {"a": NAMESPACE}


def valid(xml: str) -> etree._Element:
    """The XML parsed, or a failure naming the schema's first errors."""
    root = etree.fromstring(xml.encode("utf-8"))
    if not SCHEMA.validate(root):
        errors = "\n".join(f"line {e.line}: {e.message}" for e in list(SCHEMA.error_log)[:5])
        raise AssertionError(f"not valid Akoma Ntoso:\n{errors}")
    return root


def _text_of(element: etree._Element) -> str:
    """An element's own text: its notes' text left out (they stand at the marker)."""
    parts = [element.text or ""]
    for child in element:
        if etree.QName(child).localname not in ("authorialNote", "noteRef"):
            parts.append(_text_of(child))
        parts.append(child.tail or "")
    return "".join(parts)


def _check_table(doc: Document, para: Paragraph, element: etree._Element) -> None:
    """A table's words, cell by cell (a cell set over lines gathers them), are the words
    of its text (read line by line); its sources stand in the p under it."""
    table = element.find(".//a:table", NS)
    assert table is not None, (doc.symbol, para.id)
    cells = table.xpath(".//a:caption | .//a:p[not(ancestor::a:authorialNote)]", namespaces=NS)
    pieces = [_text_of(e) for e in cells] + [_text_of(p) for p in table.itersiblings(f"{{{NAMESPACE}}}p")]
    assert sorted(" ".join(pieces).split()) == sorted(para.text.split()), (doc.symbol, para.id)


def check_document(doc: Document, xml: str) -> None:
    root = valid(xml)
    by_id = {e.get("eId"): e for e in root.iter() if e.get("eId")}
    for para in doc.all_paragraphs():
        assert para.id in by_id, (doc.symbol, para.id)
        element = by_id[para.id]
        # the paragraph's own text, word for word: an annex's label in its title, a heading
        # in its heading, any other paragraph in its first p
        if etree.QName(element).localname == "attachment":
            holder = element.find(".//a:preface/a:longTitle/a:p", NS)
        elif para.kind == "heading":
            holder = element.find("a:heading", NS)
        elif para.table is not None:
            _check_table(doc, para, element)
            continue
        else:
            holder = element.find(".//a:p", NS)
        # (a control character XML cannot hold, a scan's form feed, is written as a space)
        assert holder is not None and _text_of(holder) == _xml_text(para.text), (doc.symbol, para.id)
    notes = [e for e in root.iter() if etree.QName(e).localname in ("authorialNote", "note")]
    assert sorted(e.get("eId") for e in notes) == sorted(n.id for n in doc.footnotes), doc.symbol
    for note in doc.footnotes:
        body = by_id[note.id].find("a:p", NS)
        assert _text_of(body) == _xml_text(note.text or ""), (doc.symbol, note.id)
        assert (by_id[note.id].get("class") == "missing") == (not note.text)
    # a note marked in the masthead (its title, its other header text) stands in the preface
    preface = root.find(".//a:preface", NS)
    assert preface is not None
    in_preface = {
        e.get("eId") or (e.get("href") or "").lstrip("#")
        for e in preface.iter()
        if etree.QName(e).localname in ("authorialNote", "noteRef")
    }
    for name, marks in doc.metadata_refs.items():
        assert {mark.footnote_id for mark in marks} <= in_preface, (doc.symbol, name)
    refs = root.findall(".//a:ref", NS)
    assert len(refs) == len(doc.references), doc.symbol
    assert doc.symbol in (root.findtext(".//a:docNumber", namespaces=NS) or "")


@pytest.fixture(scope="module")
def seed_files(collection: Collection) -> dict[str, str]:
    return write_files(collection)


def test_every_seed_is_valid_and_whole(collection, seed_files):
    for doc in collection.documents:
        check_document(doc, seed_files[akn_path(doc.symbol)])


def test_a_resolution_in_akoma_ntoso(collection, seed_files):
    root = valid(seed_files["data/akn/A/RES/56/145.xml"])
    statement = root[0]
    assert etree.QName(statement).localname == "statement" and statement.get("name") == "resolution"
    assert root.find(".//a:FRBRWork/a:FRBRuri", NS).get("value") == (
        "/akn/un/statement/resolution/unga/2001-12-19/A-RES-56-145"
    )
    assert [r.get("eId") for r in root.findall(".//a:recitals/a:recital", NS)][:2] == ["pp1", "pp2"]
    op3 = root.find(".//a:mainBody/a:paragraph[@eId='op3']", NS)
    assert op3.findtext("a:num", namespaces=NS) == "3."
    assert root.find(".//a:preface//a:docDate", NS).get("date") == "2001-12-19"
    assert root.findtext(".//a:formula/a:p", namespaces=NS) == "The General Assembly,"
    assert [p.text for p in root.findall(".//a:conclusions/a:p", NS)] == ["88th plenary meeting", "19 December 2001"]
    # the report it takes note of is in the collection: the ref names its work (and paragraph)
    hrefs = [r.get("href") for r in root.iter(f"{{{NAMESPACE}}}ref")]
    assert any(h.startswith("/akn/un/doc/report/unga/2001-07-12/A-56-179") for h in hrefs)
    assert "https://undocs.org/A/RES/45/158" in hrefs


def test_a_form_feed_inside_a_line_is_written_as_a_space() -> None:
    """S/RES/880 (1993) (cr-unsc) keeps a scan's form feed inside a line ("on the\\fbasis"),
    which XML 1.0 cannot hold: written as a space, the document's XML valid."""
    path = FIXTURES / "security_council" / "S_RES_0880_1993_EN_GOLD.txt"
    doc = read_source(Source(path.name, path.read_text(encoding="utf-8"), {}, []))[0]
    assert any("on the\fbasis" in p.text for p in doc.paragraphs)
    xml = akn_document(doc, build_link_index([doc], load_catalogue()))
    assert "on the basis" in xml and "\f" not in xml
    valid(xml)


def test_a_report_is_a_doc_with_numbered_paragraphs(seed_files):
    root = valid(seed_files["data/akn/A/56/179.xml"])
    assert etree.QName(root[0]).localname == "doc" and root[0].get("name") == "report"
    assert [p.get("eId") for p in root.findall(".//a:mainBody/a:paragraph", NS)][:3] == ["para1", "para2", "para3"]


def test_a_spanish_version_is_its_own_expression_with_its_languages(tmp_path):
    """S/2023/664 in Spanish: the expression is Spanish (``spa@``), and the preface keeps
    what the masthead prints of its languages ("Español", "Original: inglés")."""
    shutil.copy(FIXTURES / "languages" / "A_78_354.en.pdf", tmp_path)
    collection = convert_directory(tmp_path)
    root = valid(akn_document(collection.documents[0], collection.links))
    assert root.find(".//a:FRBRlanguage", NS).get("language") == "spa"
    assert root.find(".//a:FRBRExpression/a:FRBRuri", NS).get("value").endswith("/spa@")
    preface = root.find(".//a:preface", NS)
    assert [(p.get("class"), p.text) for p in preface if p.get("class") in ("language", "original")] == [
        ("language", "Español"),
        ("original", "inglés"),
    ]


REAL = sorted(p.name for p in (FIXTURES / "real").iterdir() if p.suffix in (".pdf", ".txt", ".md"))
KINDS = tuple(FIXTURES / d for d in ("series", "drafts", "security_council", "documents", "tables", "languages"))
GENRES = ("HRI_MC_2025_1.en.pdf",)  # its note marked on a masthead line kept as other header text
OTHERS = sorted(f"{d.name}/{p.name}" for d in KINDS for p in d.iterdir() if p.name != "README.md")
OTHERS += [f"genres/{name}" for name in GENRES]


@pytest.mark.parametrize("name", [f"real/{n}" for n in REAL] + OTHERS)
def test_every_fixture_is_valid_and_whole(name, tmp_path):
    """Each fixture converted alone (a PDF and its text extraction are the same document)."""
    source = FIXTURES / name
    shutil.copy(source, tmp_path / source.name)
    sidecar = source.with_suffix(".meta.yaml")
    if sidecar.exists():
        shutil.copy(sidecar, tmp_path / sidecar.name)
    collection = convert_directory(tmp_path)
    assert collection.documents
    for doc in collection.documents:
        check_document(doc, akn_document(doc, collection.links))


def test_a_synthetic_collection_is_valid_and_whole(tmp_path):
    make_corpus(30, tmp_path)
    collection = convert_directory(tmp_path)
    files = write_files(collection)
    assert sum(1 for path in files if path.startswith("data/akn/")) == 30
    for doc in collection.documents:
        check_document(doc, files[akn_path(doc.symbol)])


def test_an_annex_is_an_attachment_with_its_own_identification(tmp_path):
    """A/RES/78/1 (the official PDF) has an annex: a doc of its own, after the sign-off."""
    shutil.copy(FIXTURES / "real" / "A_RES_78_1.pdf", tmp_path)
    collection = convert_directory(tmp_path)
    doc = collection.documents[0]
    root = valid(akn_document(doc, collection.links))
    attachment = root.find(".//a:attachments/a:attachment", NS)
    assert attachment.get("eId") == "annex"
    annex = attachment.find("a:doc", NS)
    assert annex.get("name") == "annex"
    assert annex.find(".//a:FRBRWork/a:FRBRthis", NS).get("value").endswith("/A-RES-78-1/!annex_1")
    assert annex.findtext("a:preface/a:longTitle/a:p", namespaces=NS) == "Annex"
    inside = {e.get("eId") for e in annex.iter() if e.get("eId")}
    annexed = {p.id for p in doc.all_paragraphs() if p.part is not None and p.id != "annex"}
    assert annexed and annexed <= inside
    assert root.find(".//a:conclusions", NS) is not None  # the sign-off comes before the annex


def test_a_draft_resolution_in_an_annex_has_recitals_of_its_own() -> None:
    """A resolution that annexes a draft resolution (its formula in the annex): the draft's
    preambular paragraphs are recitals of the annex (``annex-pp1``, recitals
    ``annex-preamble``), the whole valid beside the resolution's own."""
    from build_scripts.readers.base import Block
    from build_scripts.structure import build_document
    from build_scripts.transforms.citations import load_catalogue
    from build_scripts.transforms.links import build_link_index

    from .structure.helpers import raw_document

    raw = raw_document(
        Block("Resolution adopted by the General Assembly on 1 May 2025", 1),
        Block("79/300. Observer status for the Agency", 2),
        Block("The General Assembly,", 3),
        Block("Recalling its resolution 76/52,", 4),
        Block("1. Decides to recommend the draft annexed to the present resolution;", 5),
        Block("99th plenary meeting\n1 May 2025", 6),
        Block("Annex", 8),
        Block("Draft resolution", 9, "heading"),
        Block("The General Assembly,", 10),
        Block("Recalling its earlier resolutions,", 11),
        Block("1. Decides to act.", 12),
    )
    doc = build_document(raw)
    assert [p.id for p in doc.paragraphs] == ["pp1", "op1", "annex", "annex-h1", "annex-p1", "annex-pp1", "annex-op1"]
    root = valid(akn_document(doc, build_link_index([doc], load_catalogue())))
    assert sorted(e.get("eId") for e in root.iter() if etree.QName(e).localname == "recitals") == [
        "annex-preamble",
        "preamble",
    ]
    check_document(doc, akn_document(doc, build_link_index([doc], load_catalogue())))
