"""Real General Assembly resolutions, as users have them: the official PDF and the text
a PDF tool extracts from it (tests/fixtures/real, from wannli/mandate-pipeline).

The facts below were read off the printed PDFs by hand. Each document is converted from
both shapes, and both must give them: the layout reader (``pdf``) and the text reader
(``pdf-extract``) share nothing but the structure, so agreement is evidence for both.
"""

from __future__ import annotations

import functools
from pathlib import Path

import pytest

from build_scripts.model import Document
from build_scripts.pipeline import read_source
from build_scripts.readers import reader_for
from build_scripts.sources import Source, load_sources

REAL = Path(__file__).parent / "fixtures" / "real"
NAMES = sorted(p.stem for p in REAL.glob("*.pdf"))
SHAPES = ("pdf", "txt")


@functools.cache
def convert(name: str, shape: str) -> Document:
    path = REAL / f"{name}.{shape}"
    if shape == "pdf":
        source = Source(path.name, "", {}, [], path.read_bytes())
    else:
        source = Source(path.name, path.read_text(encoding="utf-8"), {}, [])
    return read_source(source)[0]


def paragraph(doc: Document, pid: str):
    return next(p for p in doc.all_paragraphs() if p.id == pid)


def operative_numbers(doc: Document) -> list[int]:
    return [int(p.number) for p in doc.paragraphs if p.kind == "operative" and p.number and p.part is None]


@pytest.mark.parametrize("shape", SHAPES)
def test_shape_is_recognised(shape: str) -> None:
    assert convert("A_RES_78_10", shape).shape == {"pdf": "pdf", "txt": "pdf-extract"}[shape]


@pytest.mark.parametrize("shape", SHAPES)
@pytest.mark.parametrize("name", NAMES)
def test_every_fixture_is_whole(name: str, shape: str) -> None:
    """Its own symbol, numbered 1..N, every marker with its note and every note marked,
    no page furniture left in the text (the fidelity proof passed, or it would raise)."""
    doc = convert(name, shape)
    assert doc.symbol == name.replace("_", "/")
    assert operative_numbers(doc) == list(range(1, len(operative_numbers(doc)) + 1))
    assert not [n.marker for n in doc.footnotes if n.missing]
    assert not [p.id for p in doc.all_paragraphs() if p.id.startswith("u")]
    texts = " ".join(p.text for p in doc.all_paragraphs())
    assert "23-23443" not in texts and "*2323443*" not in texts
    if name != "A_RES_78_249":  # its table notes stand in the body of the text extraction
        assert not [e.detail for e in doc.log if e.rule in ("unreferenced-note", "unmarked-note")]


@pytest.mark.parametrize("shape", SHAPES)
def test_simple_resolution_header_and_notes(shape: str) -> None:
    doc = convert("A_RES_78_10", shape)
    assert (doc.body, doc.session, doc.agenda_item) == ("General Assembly", 78, "11")
    assert str(doc.adopted) == "2023-11-21"  # "Resolution adopted by the General Assembly" / "on 21 November 2023"
    assert str(doc.distributed) == "2023-11-27"
    assert doc.meeting == "38th plenary meeting"
    assert doc.based_on == "A/78/L.9"
    assert doc.extra["committee"] == "without reference to a Main Committee"
    assert doc.title == "Building a peaceful and better world through sport and the Olympic ideal"
    assert doc.extra["agenda_title"] == (
        "Sport for development and peace: building a peaceful and better world through sport and the Olympic ideal"
    )
    assert operative_numbers(doc) == list(range(1, 10))
    assert (doc.footnotes[0].marker, doc.footnotes[0].text) == ("1", "Resolution 60/1.")
    assert doc.footnotes[5].text == "United Nations, Treaty Series, vol. 2515, No. 44910."
    # marker 4 sits after "Child," at the foot of page 3; notes 5 and 6 on pages 3 and 4
    refs = {r.marker: p.id for p in doc.all_paragraphs() for r in p.footnote_refs}
    assert set(refs) == {"1", "2", "3", "4", "5", "6"}
    recalling = paragraph(doc, refs["4"])
    offset = next(r.offset for r in recalling.footnote_refs if r.marker == "4")
    assert recalling.text[:offset].endswith("Convention on the Rights of the Child,")
    removed = {e.rule for e in doc.log if e.kind == "removed"}
    assert {"cover-block", "note-rule"} <= removed
    assert removed & {"running-head", "page-head"}


@pytest.mark.parametrize("shape", SHAPES)
def test_annex_after_the_sign_off(shape: str) -> None:
    """78/1: 'The General Assembly' (no comma), one unnumbered operative sentence, the
    sign-off, then the annexed declaration with its own sections and paragraphs."""
    doc = convert("A_RES_78_1", shape)
    assert doc.opening == "The General Assembly"
    assert doc.agenda_item == "13 and 117"
    assert doc.extra["agenda_title"].startswith("13: Integrated and coordinated implementation")
    assert doc.extra["agenda_title"].endswith("; 117: Follow-up to the outcome of the Millennium Summit")
    own = [p for p in doc.paragraphs if p.part is None]
    assert [(p.id, p.kind, p.number) for p in own] == [("op1", "operative", None)]
    assert own[0].text.startswith("Endorses the political declaration")
    assert doc.meeting == "15th plenary meeting" and str(doc.adopted) == "2023-09-29"
    annex = [p for p in doc.paragraphs if p.part == "Annex"]
    assert annex[0].id == "annex" and annex[0].kind == "heading"
    assert annex[1].text.startswith("Political Declaration adopted at the High-level Political Forum")
    assert annex[2].text == "I. Our shared commitment"
    assert paragraph(doc, "annex-para1").text.startswith("We, the Heads of State and Government")
    numbers = [int(p.number) for p in annex if p.number]
    assert numbers == list(range(1, len(numbers) + 1)) and len(numbers) > 30


@pytest.mark.parametrize("shape", SHAPES)
def test_articles_of_an_annexed_convention_number_afresh(shape: str) -> None:
    doc = convert("A_RES_80_162", shape)
    assert doc.meeting == "64th plenary meeting"
    ids = {p.id for p in doc.all_paragraphs()}
    assert {"annex-art1-para1", "annex-art1-para1a", "annex-art10-para1", "annex-art10-para2"} <= ids
    headings = [p.text for p in doc.all_paragraphs() if p.kind == "heading" and p.text.startswith("Article 11")]
    assert headings == ["Article 11 Transfer of rights of the holder"]


@pytest.mark.parametrize("shape", SHAPES)
def test_several_agenda_items_and_a_marker_alone_on_its_line(shape: str) -> None:
    doc = convert("A_RES_78_319", shape)
    assert doc.agenda_item == "13 and 117"
    assert len(doc.footnotes) == 3 and doc.footnotes[0].text == "Resolution 66/288, annex."
    assert [p.id for p in paragraph(doc, "op4c").subparagraphs] == ["op4c-i", "op4c-ii", "op4c-iii", "op4c-iv"]


@pytest.mark.parametrize("shape", SHAPES)
def test_two_markers_at_one_place(shape: str) -> None:
    """80/112: 'in a single conflict,10,11' -- two notes, two markers."""
    doc = convert("A_RES_80_112", shape)
    assert len(doc.footnotes) == 21
    para = next(p for p in doc.all_paragraphs() if "in a single conflict," in p.text)
    assert [r.marker for r in para.footnote_refs][-2:] == ["10", "11"]
    assert para.text[: para.footnote_refs[-1].offset].endswith("in a single conflict,")
    assert "conflict,," not in para.text


@pytest.mark.parametrize("shape", SHAPES)
def test_unnumbered_blocks_announced_by_a_colon(shape: str) -> None:
    """79/273 op. 4 (b): 'the following themes:' then two unnumbered panel lines."""
    doc = convert("A_RES_79_273", shape)
    subs = paragraph(doc, "op4b").subparagraphs
    assert [p.id for p in subs] == ["op4b-p1", "op4b-p2"]
    assert subs[0].text.startswith("Panel 1: Tackling the determinants")
    assert [p.id for p in paragraph(doc, "op4").subparagraphs][:4] == ["op4a", "op4b", "op4c", "op4d"]


@pytest.mark.parametrize("shape", SHAPES)
def test_an_operative_number_printed_without_its_stop(shape: str) -> None:
    doc = convert("A_RES_79_160", shape)
    assert paragraph(doc, "op26").text.startswith("Condemns without reservation")
    assert any(e.rule == "number-without-stop" for e in doc.log)


@pytest.mark.parametrize("shape", SHAPES)
def test_a_numbered_list_inside_a_paragraph(shape: str) -> None:
    """78/223 op. 11 approves a provisional agenda numbered 1 to 8 of its own."""
    doc = convert("A_RES_78_223", shape)
    items = [p for p in paragraph(doc, "op11").subparagraphs if "-i" in p.id]
    assert items[0].id == "op11-i1" and items[0].text == "Opening of the Congress."
    assert operative_numbers(doc)[10:13] == [11, 12, 13]


@pytest.mark.parametrize("shape", SHAPES)
def test_doubled_letters(shape: str) -> None:
    """78/181: (hh) (ii) (jj) ... (mm) -- '(ii)' is a letter there, not a roman two."""
    doc = convert("A_RES_78_181", shape)
    letters = [p.number for p in paragraph(doc, "op2").subparagraphs]
    assert letters[33:39] == ["(hh)", "(ii)", "(jj)", "(kk)", "(ll)", "(mm)"]


@pytest.mark.parametrize("shape", SHAPES)
def test_headings_among_operative_paragraphs(shape: str) -> None:
    doc = convert("A_RES_78_302", shape)
    headings = [p.text for p in doc.paragraphs if p.kind == "heading"]
    assert "Budget performance report for the period from 1 July 2022 to 30 June 2023" in headings


@pytest.mark.parametrize("shape", SHAPES)
def test_markers_on_years(shape: str) -> None:
    """80/28: 'for 2021, 1 2022,2 20233 and 2024,4' -- four markers, four years kept."""
    doc = convert("A_RES_80_28", shape)
    para = next(p for p in doc.all_paragraphs() if "which include the returns of Member States" in p.text)
    assert [r.marker for r in para.footnote_refs] == ["1", "2", "3", "4"]
    assert "for 2021, 2022, 2023 and 2024," in para.text


def test_table_notes_in_the_pdf() -> None:
    """78/249: the notes under its table (a, b, c) are read from the layout."""
    doc = convert("A_RES_78_249", "pdf")
    assert [(n.marker, n.text) for n in doc.footnotes if not n.marker.isdigit()] == [
        ("a", "See A/78/534."),
        ("b", "See A/78/634."),
        ("c", "Reflects amounts after recosting."),
    ]


@pytest.mark.parametrize("name", [n for n in NAMES if n != "A_RES_78_249"])
def test_both_shapes_give_the_same_document(name: str) -> None:
    pdf, txt = convert(name, "pdf"), convert(name, "txt")
    fields = ("symbol", "title", "adopted", "distributed", "session", "agenda_item", "meeting", "based_on")
    assert [getattr(pdf, f) for f in fields] == [getattr(txt, f) for f in fields]
    assert [(p.id, p.number, p.text) for p in pdf.all_paragraphs()] == [
        (p.id, p.number, p.text) for p in txt.all_paragraphs()
    ]
    assert [(n.marker, n.text) for n in pdf.footnotes] == [(n.marker, n.text) for n in txt.footnotes]
    assert [(r.marker, r.offset) for p in pdf.all_paragraphs() for r in p.footnote_refs] == [
        (r.marker, r.offset) for p in txt.all_paragraphs() for r in p.footnote_refs
    ]


def test_pdf_files_in_sources_are_read(tmp_path: Path) -> None:
    (tmp_path / "A_RES_78_10.pdf").write_bytes((REAL / "A_RES_78_10.pdf").read_bytes())
    (sources,) = load_sources(tmp_path)
    assert sources.data is not None and sources.text == ""
    assert reader_for(sources).name == "pdf"


def convert_export(name: str) -> Document:
    path = REAL / f"{name}.md"
    return read_source(Source(path.name, path.read_text(encoding="utf-8"), {}, []))[0]


def test_markdown_export_gives_the_pdfs_document() -> None:
    """80/28 exported to Markdown with front matter (wannli/railcar): most markers
    flattened to digits ('for 2021, 1 2022,2 20233'), one kept as [^8], notes as [^n]:
    definitions. It must read as the official PDF does."""
    export, pdf = convert_export("A_RES_80_28"), convert("A_RES_80_28", "pdf")
    assert export.shape == "markdown-export"
    fields = ("symbol", "adopted", "distributed", "session", "agenda_item", "meeting", "based_on")
    assert [getattr(export, f) for f in fields] == [getattr(pdf, f) for f in fields]
    assert export.meeting == "52nd plenary meeting" and str(export.adopted) == "2025-12-01"
    # "Eightieth session Agenda item 99 (g) General and complete disarmament:" glued on one line
    assert (
        export.extra["agenda_title"]
        == pdf.extra["agenda_title"]
        == ("General and complete disarmament: transparency in armaments")
    )
    assert [(p.id, p.number) for p in export.all_paragraphs()] == [(p.id, p.number) for p in pdf.all_paragraphs()]
    assert [(n.marker, n.text) for n in export.footnotes] == [(n.marker, n.text) for n in pdf.footnotes]
    assert [(r.marker, r.offset) for p in export.all_paragraphs() for r in p.footnote_refs] == [
        (r.marker, r.offset) for p in pdf.all_paragraphs() for r in p.footnote_refs
    ]
    assert {e.rule for e in export.log if e.kind == "removed"} >= {"front-matter", "rule"}


def test_markdown_export_front_matter_and_a_note_broken_by_the_export() -> None:
    """80/10: the front matter's title is the text's with a stray ' :' (no conflict
    reported); '[^1994]:' is the wrapped rest of note 10, not a note of its own."""
    doc = convert_export("A_RES_80_10")
    assert doc.symbol == "A/RES/80/10"
    # the text lost its distribution date; the front matter has it, and says so
    assert str(doc.distributed) == "2025-11-26"
    assert doc.provenance["distributed"] == "front matter: date: 2025-11-26"
    assert not [e for e in doc.log if e.rule == "sidecar-conflict"]
    assert [n.marker for n in doc.footnotes] == [str(n) for n in range(1, 14)]
    assert doc.footnotes[9].text.endswith(
        "Cairo, 5–13 September 1994 (United Nations publication, Sales No. E.95.XIII.18), chap. I, resolution 1, annex."
    )
    assert any(e.rule == "note-continued" for e in doc.log)
    assert not [n for n in doc.footnotes if n.missing]


def test_a_numbering_gap_is_said_on_the_page() -> None:
    """A number the source lost or misprinted is never renumbered: the page says so."""
    seed = (Path(__file__).parent.parent / "sources" / "001_3102e6f66c413e7c.txt").read_text(encoding="utf-8")
    text = seed.replace("\t3.\tWelcomes the signature", "\t13.\tWelcomes the signature")
    assert text != seed
    doc = read_source(Source("gap.txt", text, {}, []))[0]
    gaps = [e.detail for e in doc.log if e.rule == "numbering-gap"]
    assert gaps == ["operative paragraph 13 where 3 was expected", "operative paragraph 4 where 14 was expected"]
    assert any("numbering-gap" in warning for warning in doc.warnings)


def test_a_draft_resolution_with_its_sponsors() -> None:
    """A/80/L.7: "Australia:* draft resolution" -- the star is set on the line, not raised,
    and so is the note it leads to ("* Any changes to the list of sponsors ...")."""
    path = REAL.parent / "drafts" / "A_80_L.7.pdf"
    doc = read_source(Source(path.name, "", {}, [], path.read_bytes()))[0]
    assert (doc.symbol, doc.doc_type, doc.extra["sponsors"]) == ("A/80/L.7", "draft resolution", "Australia")
    assert doc.extra["distribution"] == "Limited" and str(doc.distributed) == "2025-10-22"
    assert doc.title == doc.extra["agenda_title"] == "Report of the International Atomic Energy Agency"
    assert [r.marker for r in doc.metadata_refs["sponsors"]] == ["*"]
    star = next(n for n in doc.footnotes if n.marker == "*")
    assert star.text.startswith("Any changes to the list of sponsors") and not star.missing
    assert ("1", "See A/80/348.") in [(n.marker, n.text) for n in doc.footnotes]
    assert not [e for e in doc.log if e.rule in ("unreferenced-note", "unmarked-note", "header-line")]
    assert [p.id for p in doc.paragraphs if p.kind == "operative"][:2] == ["op1", "op2"]
