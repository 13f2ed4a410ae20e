"""Letters, notes verbales, notes and reports as official PDFs (tests/fixtures/documents,
from littlehifive/ai-un-report): each read by its genre, its prose never taken for its
masthead, what it encloses its annexes.

Every fact below was read off the fixture's PDF by hand.
"""

from __future__ import annotations

import functools
from datetime import date
from pathlib import Path

import pytest

from build_scripts.model import Document
from build_scripts.pipeline import read_source
from build_scripts.sources import Source

HERE = Path(__file__).parent / "fixtures" / "documents"


@functools.cache
def convert(name: str) -> Document:
    path = HERE / f"{name}.en.pdf"
    return read_source(Source(path.name, "", {}, [], path.read_bytes()))[0]


def ids(doc: Document) -> list[str]:
    return [p.id for p in doc.paragraphs]


def warned(doc: Document, rule: str) -> list[str]:
    return [w for w in doc.warnings if f"[{rule}]" in w]


@pytest.mark.parametrize(
    ("name", "symbol", "body", "doc_type", "distributed"),
    [
        ("S_2025_102", "S/2025/102", "Security Council", "letter", date(2025, 2, 17)),
        ("A_80_192", "A/80/192", "General Assembly", "letter", date(2025, 8, 12)),
        ("A_ES-10_1027", "A/ES-10/1027", "General Assembly", "letter", date(2025, 3, 20)),
        ("A_80_98", "A/80/98", "General Assembly", "note verbale", date(2025, 6, 13)),
        ("A_52_620", "A/52/620", "General Assembly", "report", date(1997, 11, 13)),
        ("S_2025_206", "S/2025/206", "Security Council", "report", date(2025, 3, 18)),
        ("E_2025_80", "E/2025/80", "Economic and Social Council", "note", date(2025, 7, 16)),
    ],
)
def test_each_reads_as_its_kind_with_its_facts(
    name: str, symbol: str, body: str, doc_type: str, distributed: date
) -> None:
    """Its own symbol, body, type and date; no line of its text left in the masthead, no
    generic reading."""
    doc = convert(name)
    assert (doc.symbol, doc.body, doc.doc_type, doc.distributed) == (symbol, body, doc_type, distributed)
    assert not warned(doc, "generic-reading")
    assert not [w for w in warned(doc, "header-line") if len(w.split()) > 25]


def test_a_letter_its_prose_its_list_and_its_signature() -> None:
    """S/2025/102: eight paragraphs of prose, the five numbered requests, the closing
    request and the signature; the letter's title as printed."""
    doc = convert("S_2025_102")
    assert doc.title.startswith("Letter dated 17 February 2025 from the Permanent Representative of the Democratic")
    assert doc.extra["original"] == "French"
    assert ids(doc) == [*(f"p{n}" for n in range(1, 9)), *(f"para{n}" for n in range(1, 6)), "p9", "p10"]
    assert doc.paragraphs[0].text.startswith("On instructions from my Government, I have the honour to refer")
    assert doc.paragraphs[8].text.startswith("Demand that Rwanda and its M23 proxies immediately cease fighting")
    assert doc.paragraphs[-1].text.startswith("(Signed) Zénon Mukongo Ngay")


def test_a_letter_with_its_explanatory_memorandum_and_draft_resolution() -> None:
    """A/80/192: the letter's three paragraphs, then annex I (the explanatory memorandum,
    its headings) and annex II (the draft resolution, its formula and two paragraphs)."""
    doc = convert("A_80_192")
    assert ids(doc)[:6] == ["p1", "p2", "p3", "p4", "p5", "annex-1"]
    assert [p.text for p in doc.paragraphs[3:5]] == [
        "(Signed) Francisco Fabián Tropepi Permanent Representative of Argentina to the United Nations",
        "(Signed) Sérgio França Danese Permanent Representative of Brazil to the United Nations",
    ]
    assert doc.paragraphs[0].text.startswith("Pursuant to rule 14 of the rules of procedure of the General Assembly")
    heads = [(p.id, p.text) for p in doc.paragraphs if p.kind == "heading" and p.id in ("annex-1", "annex-2")]
    assert heads == [("annex-1", "Annex I"), ("annex-2", "Annex II")]
    annex_2 = [p for p in doc.paragraphs if p.id.startswith("annex-2-")]
    assert next(p.text for p in annex_2 if p.kind == "heading") == "Draft resolution"
    assert "The General Assembly," in [p.text for p in annex_2]
    assert [p.number for p in annex_2 if p.number] == ["1", "2"]
    assert doc.footnotes[0].text == "See CD/1117."


def test_a_joint_letter_of_an_emergency_special_session() -> None:
    """A/ES-10/1027-S/2025/173: the emergency special session's symbol whole, the other
    organ's symbol and name as what it is also issued as and by; thirteen paragraphs."""
    doc = convert("A_ES-10_1027")
    assert (doc.extra["also_issued_as"], doc.extra["joint_body"]) == (["S/2025/173"], "Security Council")
    assert ids(doc) == [f"p{n}" for n in range(1, 14)]
    assert doc.paragraphs[-1].text.startswith("(Signed) Riyad Mansour")
    assert not warned(doc, "conflicting-metadata")


def test_a_note_verbale_and_its_annex() -> None:
    """A/80/98: three paragraphs, then the annex "to the note verbale dated 13 June 2025",
    its headings and its numbered pledges; the masthead's note (the preliminary list)."""
    doc = convert("A_80_98")
    assert doc.title.startswith("Note verbale dated 13 June 2025 from the Permanent Mission")
    assert ids(doc)[:4] == ["p1", "p2", "p3", "annex"]
    annex = next(p for p in doc.paragraphs if p.id == "annex")
    assert annex.text.startswith("Annex to the note verbale dated 13 June 2025")
    assert [p.id for p in doc.paragraphs if p.id.startswith("annex-para")][:2] == ["annex-para1", "annex-para2"]
    assert [(n.marker, n.text) for n in doc.footnotes] == [("*", "A/80/50.")]


def test_a_committee_report_of_1997() -> None:
    """A/52/620: "A/52/620 / 13 November 1997" set large, "Distr. GENERAL": the facts read
    from them (was: a symbol cited in the text); session 52, item 90; paragraphs 1-7."""
    doc = convert("A_52_620")
    assert (doc.session, doc.agenda_item, doc.extra["distribution"]) == (52, "90", "General")
    assert [p.number for p in doc.paragraphs if p.id.startswith("para") and p.number and p.number.isdigit()][:7] == [
        str(n) for n in range(1, 8)
    ]


def test_a_report_without_numbers_and_a_note() -> None:
    """S/2025/206: its title above "Report of the Secretary-General", two unnumbered
    paragraphs; E/2025/80: the Council's "2025 session", item 20 (a), a note of two
    numbered paragraphs."""
    report = convert("S_2025_206")
    assert (report.title, report.subtitle) == (
        "Credentials of the representative of France on the Security Council",
        "Report of the Secretary-General",
    )
    assert ids(report) == ["p1", "p2"]
    note = convert("E_2025_80")
    assert (note.session, note.agenda_item, note.subtitle) == (2025, "20 (a)", "Note by the Secretariat")
    assert ids(note) == ["para1", "para2"]


def test_a_committee_report_reads_the_draft_it_recommends_apart() -> None:
    """A/52/620: paragraphs 1 to 7 are the report's; paragraph 7 recommends a draft
    resolution, whose formula "The General Assembly," opens it (``draft1-``): its preamble
    ("Having examined ..."), then its operative paragraphs 1 to 5 ("Approves the chapter
    ...", "Requests the Special Committee to continue ..."), numbered apart from the report's."""
    doc = convert("A_52_620")
    numbers = [p.number for p in doc.paragraphs if p.id.startswith("para")]
    assert numbers == ["1", "2", "3", "4", "5", "6", "7"]
    draft = [p for p in doc.paragraphs if p.id.startswith("draft1-")]
    assert (draft[0].id, draft[0].kind, draft[0].text) == ("draft1-h2", "heading", "The General Assembly,")
    # the draft's title, underlined on its own line, is a heading, not paragraph 7's last words
    title = doc.paragraphs[doc.paragraphs.index(draft[0]) - 1]
    assert (title.id, title.kind) == ("h1", "heading")
    assert (
        title.text
        == "Information from Non-Self-Governing Territories transmitted under Article 73 e of the Charter of the United Nations"
    )
    assert next(p for p in doc.paragraphs if p.id == "para7").text.endswith("the following draft resolution:")
    assert draft[1].id == "draft1-pp1" and draft[1].text.startswith("Having examined the chapter of the report")
    operative = [p for p in draft if p.kind == "operative"]
    assert [p.id for p in operative] == [f"draft1-op{n}" for n in range(1, 6)]
    assert operative[0].text.startswith("Approves the chapter of the report of the Special Committee")
    assert operative[-1].text.startswith("Requests the Special Committee to continue to discharge the functions")
    assert not warned(doc, "duplicate-number")


def test_a_corrigendum_numbers_its_items_and_quotes_the_corrected_paragraphs() -> None:
    """E/2025/68/Corr.2 (two pages): its items "1. Paragraph 49", "2. Paragraph 52", "3.
    Paragraph 53" are its own paragraphs 1 to 3; under each, "For the existing text
    substitute" and the corrected document's paragraph, its number (49, 52, 53) kept in
    its words as printed, not read as the corrigendum's: no gap, no paragraph 49 of its own."""
    doc = convert("E_2025_68_Corr.2")
    assert (doc.symbol, doc.doc_type, doc.distributed) == ("E/2025/68/Corr.2", "corrigendum", date(2025, 6, 23))
    assert [(p.id, p.number, p.text) for p in doc.paragraphs] == [
        ("para1", "1", "Paragraph 49"),
        ("para2", "2", "Paragraph 52"),
        ("para3", "3", "Paragraph 53"),
    ]
    held = [[(s.id, s.text[:32]) for s in p.subparagraphs] for p in doc.paragraphs]
    assert held[0] == [
        ("para1-p1", "For the existing text substitute"),
        ("para1-p2", "49. South-South migration has al"),
    ]
    assert held[2][1] == ("para3-p2", "53. Low- and middle-income count")
    assert not warned(doc, "numbering-gap") and not warned(doc, "duplicate-number")
