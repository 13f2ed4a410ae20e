"""Where a document's parts begin and end: masthead / opening / body (``split_parts``),
the sign-off (``take_signoff``, ``read_signoff``), whole paragraphs (``rejoined``) and
annexes (``split_annexes``, ``read_annexes``)."""

from __future__ import annotations

from datetime import date

import pytest

from build_scripts.errors import SourceError
from build_scripts.readers.base import Block
from build_scripts.structure.annexes import read_annexes, split_annexes
from build_scripts.structure.genres import ANNEX_BODY
from build_scripts.structure.parts import split_parts
from build_scripts.structure.rejoin import rejoined
from build_scripts.structure.signoff import read_signoff, take_signoff

from .helpers import doc_state, raw_document, sentinel

ADOPTION_NOTE = "[Adopted without a vote. See chap. XIV. - E/CN.4/2003/L.11/Add.4]"

# -- split_parts ------------------------------------------------------------------------------


def test_split_parts_at_the_opening_formula() -> None:
    """Before "The General Assembly," is the masthead, after it the body."""
    blocks = [
        Block("General Assembly", 1),
        Block("56/145. Protection of migrants", 2, "heading"),
        Block("The General Assembly,", 3),
        Block("Reaffirming its resolution 55/88,", 4),
    ]
    parts = split_parts(raw_document(*blocks))
    assert (parts.masthead, parts.opening, parts.body) == (blocks[:2], blocks[2], blocks[3:])


def test_split_parts_after_a_numbered_title_without_formula() -> None:
    """A resolution printed without its formula: the body follows its title "56/145. ..."."""
    blocks = [
        Block("General Assembly", 1),
        Block("56/145. Protection of migrants", 2),
        Block("Reaffirming its resolution 55/88,", 3),
    ]
    parts = split_parts(raw_document(*blocks))
    assert (parts.masthead, parts.opening, parts.body) == (blocks[:2], None, blocks[2:])


def test_split_parts_after_an_amendments_sponsors_and_draft() -> None:
    """An amendment: sponsors, the draft's title, then its text."""
    blocks = [
        Block("A/C.3/56/L.80", 1),
        Block("Cuba: amendments to draft resolution A/C.3/56/L.45", 2),
        Block("Protection of migrants", 3),
        Block("Insert a new paragraph after operative paragraph 3:", 4),
    ]
    parts = split_parts(raw_document(*blocks))
    assert (parts.masthead, parts.opening, parts.body) == (blocks[:3], None, blocks[3:])


def test_split_parts_report_from_paragraph_1_with_its_section_heading() -> None:
    """A report's body begins at "1." with the section heading just before it."""
    blocks = [
        Block("A/56/583", 1),
        Block("Report of the Secretary-General", 2),
        Block("I. Introduction", 3, "heading"),
        Block("1. The present report is submitted pursuant to resolution 55/88.", 4),
    ]
    parts = split_parts(raw_document(*blocks))
    assert (parts.masthead, parts.opening, parts.body) == (blocks[:2], None, blocks[2:])


def test_split_parts_without_structure_is_an_error() -> None:
    """Neither a formula nor a paragraph 1: an error naming the file and the first line."""
    with pytest.raises(SourceError, match="no document structure found") as error:
        split_parts(raw_document(Block("Some text", 7), Block("More text", 8)))
    assert "test.txt" in str(error.value)


# -- the sign-off -------------------------------------------------------------------------------


def test_take_signoff_takes_trailing_meeting_date_and_note_blocks() -> None:
    """The trailing blocks made only of closing lines are the sign-off."""
    body = [
        Block("3. Decides to continue its consideration of the question.", 20),
        Block("83rd plenary meeting\n17 December 1999", 21),
        Block(ADOPTION_NOTE, 23),
    ]
    assert take_signoff(body) == (body[:1], body[1:])


def test_take_signoff_stops_at_a_block_with_another_line() -> None:
    """A block mixing a closing line with text, or a heading, is the body's."""
    body = [Block("83rd plenary meeting\nDecides to adjourn.", 21), Block("17 December 1999", 23, "heading")]
    assert take_signoff(body) == (body, [])


def test_read_signoff_meeting_date_vote_chapter_and_draft() -> None:
    """Meeting, adoption date, the vote, the report's chapter and the draft adopted."""
    doc = doc_state()
    read_signoff(doc, [Block("*83rd plenary meeting*\n*17 December 1999*", 21), Block(ADOPTION_NOTE, 23)])
    facts = doc.facts
    assert (facts.meeting, facts.adopted, facts.vote, facts.based_on) == (
        "83rd plenary meeting",
        date(1999, 12, 17),
        "without a vote",
        "E/CN.4/2003/L.11/Add.4",
    )
    assert doc.extra == {"report_chapter": "XIV"}
    assert doc.closing_lines == ["83rd plenary meeting", "17 December 1999", ADOPTION_NOTE]


def test_read_signoff_meeting_and_date_on_one_line() -> None:
    """ "52nd plenary meeting 1 December 2025" states both."""
    doc = doc_state()
    read_signoff(doc, [Block("52nd plenary meeting 1 December 2025", 30)])
    assert (doc.facts.meeting, doc.facts.adopted) == ("52nd plenary meeting", date(2025, 12, 1))


def test_read_signoff_a_recorded_vote() -> None:
    """ "Adopted by a recorded vote of ...": the vote as printed."""
    doc = doc_state()
    read_signoff(doc, [Block("Adopted by a recorded vote of 52 votes to none, with 1 abstention.", 30)])
    assert doc.facts.vote == "by a recorded vote of 52 votes to none, with 1 abstention"
    assert doc.facts.based_on is None


# -- rejoined -------------------------------------------------------------------------------------


def test_rejoined_puts_a_paragraph_cut_by_a_page_break_back_together() -> None:
    """ "... to take measures to protect migra-/tory workers" + "and their families;": one
    paragraph, its hyphen and the rejoin both logged."""
    doc = doc_state()
    out = rejoined(
        doc,
        [
            Block("2. Calls upon all States to take measures to protect migra-\ntory workers", 1),
            Block("and their families;", 3),
        ],
        False,
    )
    assert out == [
        Block("2. Calls upon all States to take measures to protect migratory workers and their families;", 1)
    ]
    assert [(e.rule, e.line) for e in doc.log] == [("dehyphenate", 1), ("rejoin-paragraph", 3)]


def test_rejoined_never_joins_headings_or_rule_labels() -> None:
    """ "Rule 15" / "Duties of the secretariat" is a heading; "Rule 16" is not joined to its text."""
    doc = doc_state()
    out = rejoined(
        doc,
        [Block("Rule 15\nDuties of the secretariat", 4), Block("Rule 16", 6), Block("The secretariat shall", 7)],
        False,
    )
    assert [(b.text, b.kind) for b in out] == [
        ("Rule 15 Duties of the secretariat", "heading"),
        ("Rule 16", "heading"),
        ("The secretariat shall", "text"),
    ]
    assert doc.log == []


def test_rejoined_in_a_report_carries_on_the_numbered_paragraph() -> None:
    """In a report an unnumbered block after "1." carries it on, though "1." ended a sentence;
    in a resolution it stays its own."""
    blocks = [Block("1. Replies were received from the following States.", 1), Block("Argentina and Chile.", 2)]
    assert [b.text for b in rejoined(doc_state(), blocks, True)] == [
        "1. Replies were received from the following States. Argentina and Chile."
    ]
    assert len(rejoined(doc_state(), blocks, False)) == 2


# -- annexes ----------------------------------------------------------------------------------------


def test_split_annexes_from_each_annex_line() -> None:
    """The body before "Annex"; each annex from its label, a title in its block a heading."""
    body = [
        Block("1. Adopts the texts annexed.", 1),
        Block("Annex I\nDeclaration", 2),
        Block("1. We affirm.", 4),
        Block(f"Annex II{sentinel('*')}", 5),
    ]
    own, annexes = split_annexes(body)
    assert own == body[:1]
    assert annexes == [
        [Block("Annex I", 2), Block("Declaration", 3, "heading"), body[2]],
        [body[3]],
    ]


def test_split_annexes_without_an_annex() -> None:
    """A word "Annex" inside a paragraph starts nothing."""
    body = [Block("1. Takes note of the annex to the report.", 1)]
    assert split_annexes(body) == (body, [])


def test_read_annexes_labels_anchors_and_parts() -> None:
    """Each annex's label heading (``annex-1``), its paragraphs under ``annex-1-``, part "Annex I"."""
    doc = doc_state()
    annexes = [
        [Block("Annex I", 2), Block("Declaration", 3, "heading"), Block("1. We affirm.", 4)],
        [Block(f"Annex II{sentinel('*')}", 5), Block("The States Parties,", 6)],
    ]
    paragraphs = read_annexes(doc, ANNEX_BODY, annexes, set())
    assert [(p.id, p.kind, p.text, p.part) for p in paragraphs] == [
        ("annex-1", "heading", "Annex I", "Annex I"),
        ("annex-1-h1", "heading", "Declaration", "Annex I"),
        ("annex-1-para1", "numbered", "We affirm.", "Annex I"),
        ("annex-2", "heading", "Annex II", "Annex II"),
        ("annex-2-p1", "numbered", "The States Parties,", "Annex II"),
    ]
    assert [r.ref_id for r in paragraphs[3].footnote_refs] == ["fnref-star"]


def test_read_annexes_one_annex_is_annex() -> None:
    """A single annex is ``annex``, its paragraphs ``annex-para1``."""
    paragraphs = read_annexes(doc_state(), ANNEX_BODY, [[Block("Annex", 2), Block("1. We affirm.", 3)]], set())
    assert [(p.id, p.part) for p in paragraphs] == [("annex", "Annex"), ("annex-para1", "Annex")]
