"""Genres: which grammar a document is read by, and whole small bodies read by each
grammar (``read_body``) and whole small documents (``build_document``)."""

from __future__ import annotations

import re
from datetime import date

from build_scripts.model import Document, LogEntry, Paragraph
from build_scripts.readers.base import Block, RawDocument, RawNote
from build_scripts.structure import build_document
from build_scripts.structure.body import read_body
from build_scripts.structure.document import stand_in_symbol
from build_scripts.structure.genres import (
    ANNEX_BODY,
    GENERIC,
    GENERIC_WARNING,
    REPORT,
    REPORT_BODY,
    RESOLUTION,
    RESOLUTION_BODY,
    choose_genre,
    named_type,
)
from build_scripts.structure.state import DocumentState

from .helpers import doc_state, raw_document, sentinel


def outline(paragraphs: list[Paragraph]) -> list[tuple[str, str, str | None, str | None]]:
    """Every paragraph and sub-paragraph, depth first: (id, kind, number, part)."""
    return [(p.id, p.kind, p.number, p.part) for para in paragraphs for p in para.walk()]


# -- choose_genre ----------------------------------------------------------------------------


def test_choose_genre_resolution_by_its_opening_formula() -> None:
    """ "The General Assembly," makes a resolution, of type resolution, silently."""
    doc = doc_state()
    assert choose_genre(doc, "opening") is RESOLUTION
    assert (doc.facts.doc_type, doc.log) == ("resolution", [])


def test_choose_genre_report_when_nothing_of_a_resolution_was_found() -> None:
    """No formula, no numbered title, no sponsors: a report."""
    doc = doc_state()
    assert choose_genre(doc, "numbered") is REPORT
    assert (doc.facts.doc_type, doc.log) == ("report", [])


def test_choose_genre_resolution_without_its_formula_is_said() -> None:
    """A numbered title ("56/145.") without "The General Assembly,": a resolution, warned."""
    doc = doc_state()
    doc.number = "56/145"
    assert choose_genre(doc, "title") is RESOLUTION
    assert doc.facts.doc_type == "resolution"
    assert [(e.kind, e.rule) for e in doc.log] == [("warning", "no-opening")]


def test_choose_genre_keeps_a_drafts_type() -> None:
    """A draft resolution (its sponsors read) is read as a resolution, its type kept, unsaid."""
    doc = doc_state()
    doc.facts.doc_type = "draft resolution"
    assert choose_genre(doc, "sponsors") is RESOLUTION
    assert (doc.facts.doc_type, doc.log) == ("draft resolution", [])


def test_choose_genre_generic_when_no_genre_was_found() -> None:
    """No mark of any genre: generic, said on the page, of type "document"; a type the
    masthead stated ("Report of the ..." made it a report) is kept."""
    doc = doc_state()
    assert choose_genre(doc, "none") is GENERIC
    assert doc.facts.doc_type == "document"
    assert doc.log == [LogEntry("warning", "generic-reading", None, GENERIC_WARNING)]
    assert GENERIC_WARNING.startswith("no genre recognised (neither an opening formula nor numbered paragraphs)")
    doc = doc_state()
    doc.facts.doc_type = "report"
    assert (choose_genre(doc, "none"), doc.facts.doc_type) == (GENERIC, "report")


def test_grammars_end_with_a_rule_that_takes_anything() -> None:
    """Each body grammar's last rule takes every block, so no block is lost; the annex
    grammar has no preamble and no stray paragraphs."""
    assert RESOLUTION_BODY.rules[-1].__name__ == "stray_paragraph"
    assert REPORT_BODY.rules[-1].__name__ == "stray_paragraph"
    assert ANNEX_BODY.rules[-1].__name__ == "annex_paragraph"
    assert "preambular_paragraph" not in [rule.__name__ for rule in REPORT_BODY.rules + ANNEX_BODY.rules]
    names = [rule.__name__ for rule in RESOLUTION_BODY.rules]
    assert names.index("roman_item") < names.index("lettered_item")
    assert names.index("held_by_colon") < names.index("list_item") < names.index("numbered_paragraph")


# -- read_body ------------------------------------------------------------------------------


def test_read_body_resolution_preamble_operative_letters_romans() -> None:
    """pp, op, op2a, op2b-i, op2b-ii, a held block op3-p1, a stray u1 (warned)."""
    doc = doc_state()
    blocks = [
        Block("Reaffirming its resolution 55/88,", 11),
        Block("Noting with appreciation the report of the Secretary-General,", 12),
        Block("1. Welcomes the report;", 13),
        Block("2. Calls upon all States to:", 14),
        Block("(a) To ratify the Convention;", 15),
        Block("(b) To consider:", 16),
        Block("(i) Signing it;", 17),
        Block("(ii) Acceding to it;", 18),
        Block("3. Decides to include in the provisional agenda of its fifty-seventh session the item:", 19),
        Block("“Protection of migrants”.", 20),
        Block("4. Requests the Secretary-General to report.", 21),
        Block("Recalling also its resolution 55/2,", 22),
    ]
    paragraphs = read_body(doc, RESOLUTION_BODY, blocks, set())
    assert [(i, k, n) for i, k, n, _ in outline(paragraphs)] == [
        ("pp1", "preamble", None),
        ("pp2", "preamble", None),
        ("op1", "operative", "1"),
        ("op2", "operative", "2"),
        ("op2a", "operative", "(a)"),
        ("op2b", "operative", "(b)"),
        ("op2b-i", "operative", "(i)"),
        ("op2b-ii", "operative", "(ii)"),
        ("op3", "operative", "3"),
        ("op3-p1", "operative", None),
        ("op4", "operative", "4"),
        ("u1", "operative", None),
    ]
    assert [(e.rule, e.line) for e in doc.log] == [("unnumbered-paragraph", 22)]


def test_read_body_resolution_numbered_list_and_lost_stop() -> None:
    """An agenda announced by a colon (op3-i1, op3-i2), then "4 Requests" read as op4 (repaired)."""
    doc = doc_state()
    blocks = [
        Block("3. Adopts the following agenda:", 1),
        Block("1. Opening of the session.", 2),
        Block("2. Election of officers.", 3),
        Block("4 Requests the Secretary-General to report.", 4),
    ]
    paragraphs = read_body(doc, RESOLUTION_BODY, blocks, set())
    assert [i for i, *_ in outline(paragraphs)] == ["op3", "op3-i1", "op3-i2", "op4"]
    assert [(e.rule, e.line) for e in doc.log] == [("number-without-stop", 4)]


def test_read_body_resolution_budget_sections_number_afresh() -> None:
    """Sections I and II each from 1: ``secI-op1`` ... ``secII-op1``."""
    doc = doc_state()
    blocks = [
        Block("I", 2, "heading"),
        Block("1. Approves the budget;", 3),
        Block("2. Decides to appropriate the amount;", 4),
        Block("II", 5, "heading"),
        Block("1. Notes the report of the Advisory Committee;", 6),
    ]
    paragraphs = read_body(doc, RESOLUTION_BODY, blocks, set())
    assert [i for i, *_ in outline(paragraphs)] == ["h1", "secI-op1", "secI-op2", "h2", "secII-op1"]


def test_read_body_report_paragraphs_and_headings() -> None:
    """A report: headings ``h1``, paragraphs ``para1`` of kind numbered, lettered ``para2a``."""
    doc = doc_state()
    blocks = [
        Block("I. Introduction", 9, "heading"),
        Block("1. The present report is submitted pursuant to resolution 55/88.", 10),
        Block("2. The Committee noted the following:", 11),
        Block("(a) Progress was made;", 12),
    ]
    paragraphs = read_body(doc, REPORT_BODY, blocks, set())
    assert [(i, k, n) for i, k, n, _ in outline(paragraphs)] == [
        ("h1", "heading", None),
        ("para1", "numbered", "1"),
        ("para2", "numbered", "2"),
        ("para2a", "numbered", "(a)"),
    ]
    assert doc.log == []


def test_read_body_annex_articles_number_afresh() -> None:
    """An annexed convention: unnumbered ``annex-p1``, articles' ``annex-art12-para1``."""
    doc = doc_state()
    blocks = [
        Block("The States Parties to this Convention,", 5),
        Block("Article 12", 7),
        Block("1. Each State Party shall adopt measures.", 8),
        Block("2. Each State Party shall cooperate.", 9),
        Block("Article 13", 10),
        Block("1. This Convention shall enter into force.", 11),
    ]
    paragraphs = read_body(doc, ANNEX_BODY, blocks, set(), "annex-")
    assert [i for i, *_ in outline(paragraphs)] == [
        "annex-p1",
        "annex-h1",
        "annex-art12-para1",
        "annex-art12-para2",
        "annex-h2",
        "annex-art13-para1",
    ]


def test_read_body_anchors_are_unique_across_calls() -> None:
    """``used`` is shared: an annex's ``h1`` under its prefix does not clash with the body's."""
    used: set[str] = set()
    doc = doc_state()
    read_body(doc, RESOLUTION_BODY, [Block("Follow-up", 1, "heading"), Block("1. Decides;", 2)], used)
    read_body(doc, RESOLUTION_BODY, [Block("1. Decides again;", 3)], used)
    assert used == {"h1", "op1", "op1-2"}
    assert [e.rule for e in doc.log] == ["duplicate-number"]


# -- build_document: whole documents ----------------------------------------------------------


def resolution(*body: Block, notes: list[RawNote] | None = None) -> Document:
    """A General Assembly resolution: masthead, formula, ``body``."""
    masthead = [
        Block("United Nations A/RES/56/145", 1),
        Block("General Assembly", 2),
        Block("Distr.: General\n6 February 2002", 3),
        Block("Fifty-sixth session\nAgenda item 119 (a)", 5),
        Block("Resolution adopted by the General Assembly", 7),
        Block("[on the report of the Third Committee (A/56/583/Add.1)]", 8),
        Block("56/145. International Convention on the Protection of the Rights of All Migrant Workers", 9, "heading"),
        Block("The General Assembly,", 10),
    ]
    return build_document(raw_document(*masthead, *body, notes=notes))


def test_build_document_resolution_with_annex_and_signoff() -> None:
    """A whole resolution: facts of masthead and sign-off, pp/op/lettered/roman ids, and an
    annex whose paragraphs carry ``part`` "Annex"."""
    doc = resolution(
        Block("Reaffirming its resolution 55/88,", 11),
        Block("1. Calls upon all States to:", 12),
        Block("(a) To consider:", 13),
        Block("(ii) Acceding to the Convention;", 14),
        Block("2. Decides to annex the declaration.", 15),
        Block("83rd plenary meeting\n19 December 2001", 16),
        Block("Annex", 18),
        Block("Declaration", 19, "heading"),
        Block("1. We affirm our commitment.", 20),
    )
    assert (doc.symbol, doc.body, doc.doc_type, doc.session, doc.agenda_item) == (
        "A/RES/56/145",
        "General Assembly",
        "resolution",
        56,
        "119 (a)",
    )
    assert (doc.meeting, doc.adopted, doc.distributed, doc.based_on) == (
        "83rd plenary meeting",
        date(2001, 12, 19),
        date(2002, 2, 6),
        "A/56/583/Add.1",
    )
    assert doc.opening == "The General Assembly,"
    assert outline(doc.paragraphs) == [
        ("pp1", "preamble", None, None),
        ("op1", "operative", "1", None),
        ("op1a", "operative", "(a)", None),
        ("op1a-ii", "operative", "(ii)", None),
        ("op2", "operative", "2", None),
        ("annex", "heading", None, "Annex"),
        ("annex-h1", "heading", None, "Annex"),
        ("annex-para1", "numbered", "1", "Annex"),
    ]
    # "(ii)" without "(i)" before it is said, not renumbered
    assert [e.rule for e in doc.log] == ["numbering-gap"]


def test_build_document_report() -> None:
    """A report: masthead facts, the subtitle, ``para`` ids under headings, and an
    unnumbered block carrying on the numbered paragraph before it."""
    raw = raw_document(
        Block("United Nations A/56/583", 1),
        Block("General Assembly Distr.: General\n6 February 2002", 2),
        Block("Fifty-sixth session\nAgenda item 119 (a)", 4),
        Block("Human rights questions", 6, "heading"),
        Block("Report of the Secretary-General", 7),
        Block("I. Introduction", 9, "heading"),
        Block("1. The present report is submitted pursuant to resolution 55/88.", 10),
        Block("2. Replies were received from the following States:", 11),
        Block("Argentina, Chile and Mexico.", 12),
    )
    doc = build_document(raw)
    assert (doc.symbol, doc.doc_type, doc.subtitle, doc.distributed) == (
        "A/56/583",
        "report",
        "Report of the Secretary-General",
        date(2002, 2, 6),
    )
    assert doc.extra["agenda_title"] == "Human rights questions"
    assert outline(doc.paragraphs) == [
        ("h1", "heading", None, None),
        ("para1", "numbered", "1", None),
        ("para2", "numbered", "2", None),
    ]
    assert doc.paragraphs[-1].text == "Replies were received from the following States: Argentina, Chile and Mexico."
    assert [(e.rule, e.line) for e in doc.log] == [("rejoin-paragraph", 12)]


def test_build_document_budget_sections() -> None:
    """A budget resolution's sections number afresh (``secII-op1``); a gap within a section is said."""
    doc = resolution(
        Block("I", 11, "heading"),
        Block("1. Approves the budget;", 12),
        Block("2. Decides to appropriate the amount;", 13),
        Block("II", 14, "heading"),
        Block("1. Notes the report;", 15),
        Block("3. Requests a further report.", 16),
    )
    assert [p.id for p in doc.paragraphs] == ["h1", "secI-op1", "secI-op2", "h2", "secII-op1", "secII-op3"]
    assert doc.log[-1] == LogEntry("warning", "numbering-gap", 16, "operative paragraph 3 where 2 was expected")


def test_build_document_annexed_convention_articles() -> None:
    """An annexed convention: ``annex-art12-para1`` and the annex's own unnumbered paragraphs."""
    doc = resolution(
        Block("1. Adopts the Convention annexed to the present resolution.", 11),
        Block("Annex", 12),
        Block("The States Parties to this Convention,", 13),
        Block("Have agreed as follows:", 14),
        Block("Article 12", 15),
        Block("1. Each State Party shall adopt measures.", 16),
        Block("2. Each State Party shall cooperate.", 17),
    )
    assert [p.id for p in doc.paragraphs] == [
        "op1",
        "annex",
        "annex-p1",
        "annex-p2",
        "annex-h1",
        "annex-art12-para1",
        "annex-art12-para2",
    ]
    assert {p.part for p in doc.paragraphs[1:]} == {"Annex"}


def test_build_document_two_annexes() -> None:
    """Two annexes are ``annex-1`` and ``annex-2``, each paragraph's ``part`` its label."""
    doc = resolution(
        Block("1. Adopts the texts annexed to the present resolution.", 11),
        Block("Annex I\nDeclaration", 12),
        Block("1. We affirm our commitment.", 14),
        Block("Annex II", 15),
        Block("1. The objectives are set out below:", 16),
        Block("(a) To ratify;", 17),
    )
    assert outline(doc.paragraphs)[1:] == [
        ("annex-1", "heading", None, "Annex I"),
        ("annex-1-h1", "heading", None, "Annex I"),
        ("annex-1-para1", "numbered", "1", "Annex I"),
        ("annex-2", "heading", None, "Annex II"),
        ("annex-2-para1", "numbered", "1", "Annex II"),
        ("annex-2-para1a", "numbered", "(a)", "Annex II"),
    ]


def test_build_document_markers_become_note_references() -> None:
    """A marker in a preambular paragraph leads to its note: ``fn1`` / ``fnref1``."""
    doc = resolution(
        Block(f"Reaffirming its resolution 55/88{sentinel('1')},", 11),
        Block("1. Welcomes the report;", 12),
        notes=[RawNote("1", "A/55/88.", 30)],
    )
    ref = doc.paragraphs[0].footnote_refs[0]
    assert (ref.footnote_id, ref.ref_id, ref.offset) == ("fn1", "fnref1", len("Reaffirming its resolution 55/88"))
    assert [(n.id, n.text, n.missing) for n in doc.footnotes] == [("fn1", "A/55/88.", False)]


def test_build_document_without_a_symbol_is_read_and_keyed_by_its_file_name() -> None:
    """No symbol anywhere (text, furniture, sidecar): the text is read all the same, keyed
    under UNSYMBOLLED/ by its file's name (never taken for a UN symbol), and said."""
    raw = raw_document(Block("The General Assembly,", 1), Block("1. Decides;", 2))
    doc = build_document(raw)
    assert doc.symbol == "UNSYMBOLLED/test"
    assert [p.text for p in doc.paragraphs] == ["Decides;"]
    # a resolution with no meeting nor date of adoption: both said too
    assert [e.rule for e in doc.log if e.kind == "warning"] == ["no-meeting", "no-adoption-date", "no-symbol"]
    assert "sidecar" in doc.warnings[-1]


def test_stand_in_symbol_of_file_names_that_are_no_path() -> None:
    """A file's name made a key's component: its type and language dropped, what no
    component holds made hyphens; a name of nothing but such ("***.en.pdf") keyed by a
    digest of it. A document printing its symbol gets no stand-in."""
    raw = RawDocument("FCCC_SBSTA_2011_Misc.14.en.pdf", "test", [Block("Some text.", 1)])
    assert stand_in_symbol(DocumentState(raw)) == "UNSYMBOLLED/FCCC-SBSTA-2011-Misc.14"
    raw = RawDocument("***.en.pdf", "test", [Block("Some text.", 1)])
    assert re.fullmatch(r"UNSYMBOLLED/document-[0-9a-f]{8}", stand_in_symbol(DocumentState(raw)))
    doc = build_document(raw_document(Block("A/79/1", 1), Block("Some text.", 7)))
    assert doc.symbol == "A/79/1" and not any(e.rule == "no-symbol" for e in doc.log)


def test_build_document_a_letter_is_read_as_a_letter() -> None:
    """A letter: masthead facts, its title from the line naming it, its salutation, text
    and signature unnumbered paragraphs ``p1`` ... ``p4``; its type "letter", no warning."""
    raw = raw_document(
        Block("United Nations A/79/756", 1),
        Block("General Assembly Distr.: General\n27 January 2025", 2),
        Block("Seventy-ninth session\nAgenda item 32", 4),
        Block("Prevention of armed conflict", 6),
        Block(
            "Letter dated 27 January 2025 from the Permanent Representative of Ukraine\nto the United Nations",
            7,
            "heading",
        ),
        Block("Excellency,", 10),
        Block("I have the honour to transmit herewith the comment of the Ministry of Foreign", 11),
        Block("Affairs of Ukraine (see annex).", 12, "heading"),
        Block("I would appreciate your assistance in circulating the present letter.", 14),
        Block("(Signed) Sergiy Kyslytsya", 16),
    )
    doc = build_document(raw)
    assert (doc.symbol, doc.doc_type, doc.session, doc.agenda_item, doc.distributed) == (
        "A/79/756",
        "letter",
        79,
        "32",
        date(2025, 1, 27),
    )
    assert (
        doc.title == "Letter dated 27 January 2025 from the Permanent Representative of Ukraine to the United Nations"
    )
    assert [(p.id, p.kind, p.number) for p in doc.paragraphs] == [(f"p{n}", "numbered", None) for n in range(1, 5)]
    assert doc.paragraphs[1].text.endswith("Ministry of Foreign Affairs of Ukraine (see annex).")
    assert doc.warnings == []


def test_build_document_a_letter_with_a_numbered_list_and_an_annexed_draft() -> None:
    """A letter whose prose comes before its numbered list and the draft resolution it
    annexes: the prose is the letter's body (not its masthead), the list its ``para1``
    ..., the annex "Annex to the letter dated ..." its own with the draft's formula, the
    draft read as a resolution is (``annex-pp1``, ``annex-op1``)."""
    prose = (
        "On instructions from my Government, I have the honour to transmit the following requests"
        " to the members of the Security Council, which my Government considers urgent:"
    )
    raw = raw_document(
        Block("United Nations S/2025/102", 1),
        Block("Security Council Distr.: General\n17 February 2025", 2),
        Block("Letter dated 17 February 2025 from the Permanent Representative of X", 4, "heading"),
        Block(prose, 6),
        Block("1. Demand that the forces immediately cease fighting;", 8),
        Block("2. Impose targeted sanctions.", 9),
        Block("Annex to the letter dated 17 February 2025 from the Permanent Representative", 11),
        Block("The General Assembly,", 12),
        Block("Recalling its resolution 77/1,", 13),
        Block("1. Decides to act.", 14),
    )
    doc = build_document(raw)
    assert (doc.doc_type, doc.opening, doc.header_lines[-1]) == (
        "letter",
        None,
        "Letter dated 17 February 2025 from the Permanent Representative of X",
    )
    assert [p.id for p in doc.paragraphs] == [
        "p1",
        "para1",
        "para2",
        "annex",
        "annex-p1",
        "annex-pp1",
        "annex-op1",
    ]
    assert [p.kind for p in doc.paragraphs[-2:]] == ["preamble", "operative"]
    assert doc.paragraphs[0].text == prose
    assert doc.warnings == []


def test_build_document_a_report_with_glued_numbers() -> None:
    """ "1.Pursuant", "2.The" (a 2001 text layer): a report, ``para1``, ``para2``, each repair
    logged; the lines of a paragraph rejoined; no generic reading."""
    raw = raw_document(
        Block("A/56/385", 1),
        Block("General Assembly Distr.: General", 2),
        Block("Report of the Secretary-General", 3),
        Block("1.Pursuant to General Assembly resolution 54/222 of 22 December 1999, the", 4),
        Block("Assembly approved the continuation of the institutional linkage.", 5),
        Block("2.The Conference of the Parties met in Bonn.", 6),
    )
    doc = build_document(raw)
    assert (doc.symbol, doc.doc_type) == ("A/56/385", "report")
    assert [(p.id, p.number) for p in doc.paragraphs] == [("para1", "1"), ("para2", "2")]
    assert doc.paragraphs[0].text.endswith("the Assembly approved the continuation of the institutional linkage.")
    rules = [e.rule for e in doc.log]
    assert rules.count("number-without-space") == 2 and "generic-reading" not in rules


def test_build_document_no_structure_but_a_symbol_is_read_generically() -> None:
    """Neither a formula nor a paragraph 1, but a symbol: read, with the warning; without a
    symbol too (keyed by its file's name, said)."""
    doc = build_document(raw_document(Block("A/79/1", 1), Block("Some text", 7), Block("More text.", 8)))
    assert [(p.id, p.text) for p in doc.paragraphs] == [("p1", "Some text More text.")]
    assert any("generic-reading" in w for w in doc.warnings)
    doc = build_document(raw_document(Block("Some text", 7), Block("More text.", 8)))
    assert [(p.id, p.text) for p in doc.paragraphs] == [("p1", "Some text More text.")]
    assert {e.rule for e in doc.log if e.kind == "warning"} == {"generic-reading", "no-symbol"}


def test_build_document_a_human_rights_council_decision() -> None:
    """ "Decision adopted by the Human Rights Council on 8 July 2025" / "59/101. ...": a
    decision, A/HRC/DEC/59/101, read as a resolution's body is (its formula, its paragraph)."""
    raw = raw_document(
        Block("United Nations A/HRC/DEC/59/101", 1),
        Block("Decision adopted by the Human Rights Council on 8 July 2025", 3),
        Block("59/101. Outcome of the universal periodic review: Austria", 4),
        Block("The Human Rights Council,", 5),
        Block("Decides to adopt the outcome of the universal periodic review of Austria.", 6),
        Block("38th meeting\n8 July 2025", 8),
    )
    doc = build_document(raw)
    assert (doc.symbol, doc.doc_type, doc.body, doc.adopted, doc.meeting) == (
        "A/HRC/DEC/59/101",
        "decision",
        "Human Rights Council",
        date(2025, 7, 8),
        "38th meeting",
    )
    assert [(p.id, p.kind) for p in doc.paragraphs] == [("op1", "operative")]
    assert doc.warnings == []


def test_named_type_from_the_line_naming_the_document() -> None:
    """The type a title or subtitle names; else "document"."""
    cases = {
        "Letter dated 17 February 2025 from the Permanent Representative": "letter",
        "Identical letters dated 19 March 2025 from the Permanent Observer": "letter",
        "Note verbale dated 13 June 2025 from the Permanent Mission": "note verbale",
        "Statement submitted by Sikh Human Rights Group, a non-governmental organization": "statement",
        "Concluding observations on the sixth periodic report of the Central African Republic": "concluding observations",
        "General comment No. 37 (2020) on the right of peaceful assembly": "general comment",
        "Provisional agenda": "agenda",
        "Observer status for the Agency in the General Assembly": "document",
    }
    for title, kind in cases.items():
        doc = doc_state()
        doc.facts.title = title
        assert named_type(doc) == kind, title


def test_say_no_operative_part_of_a_resolution_cut_within_its_preamble() -> None:
    """A resolution whose text stops at a preambular paragraph's comma: said, with where it
    ends; one that has an operative paragraph, or a report, says nothing of it."""
    cut = raw_document(Block("The Security Council,", 1), Block("Noting that the Force is needed beyond 15 June,", 3))
    details = [e.detail for e in build_document(cut).log if e.rule == "no-operative-part"]
    assert details == ["no operative paragraph found: the text ends within its preamble"]
    whole = raw_document(*cut.blocks, Block("1. Decides to extend the stationing of the Force.", 5))
    assert not any(e.rule == "no-operative-part" for e in build_document(whole).log)
    report = raw_document(Block("Report of the Secretary-General", 1), Block("1. The Force is needed,", 3))
    assert not any(e.rule == "no-operative-part" for e in build_document(report).log)


def test_say_tables_unread_under_a_caption_standing_alone() -> None:
    """DP/2025/23: "Table 2" and its title, then no table (a spreadsheet the reader does
    not take for one): said on the page. A caption a table follows, or one ending a
    sentence ("as shown in Table 2."), says nothing."""
    opening = [Block("Report of the Administrator", 1), Block("1. The resources are shown below.", 3)]
    caption = Block("Table 2 Regular resources by source", 5, "heading")
    alone = raw_document(*opening, caption, Block("2. The Board noted it.", 7))
    details = [e.detail for e in build_document(alone).log if e.rule == "table-not-found"]
    assert details == [
        "no table found under its caption 'Table 2 Regular resources by source': its rows may be read as text"
    ]
    sentence = raw_document(*opening, Block("2. The figures are as shown in Table 2.", 5))
    assert not any(e.rule == "table-not-found" for e in build_document(sentence).log)
    # A/80/16: a table named as the place of an amendment, the instruction under it or
    # under the column it names, captions no table
    amended = raw_document(
        *opening,
        Block("Table 31.I.2", 5, "heading"),
        Block("Column “2026 (planned)”", 6, "heading"),
        Block("Replace “a proposal” with “proposals”.", 7, "heading"),
    )
    assert not any(e.rule == "table-not-found" for e in build_document(amended).log)
