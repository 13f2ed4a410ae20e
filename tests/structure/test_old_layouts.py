"""Rules for the layouts of typescripts of the 1990s: a draft decision numbered from 1
and a heading set as a numbered line (the Fourth Committee's reports, UNCTAD's)."""

from __future__ import annotations

from dataclasses import replace

from build_scripts.readers.base import Block
from build_scripts.structure.body import Candidate, numbered_draft, numbered_heading, read_body
from build_scripts.structure.genres import DRAFT_BODY, REPORT_BODY

from .helpers import assert_declines, body, candidate, doc_state, numbered


def test_numbered_draft_reads_a_draft_decision_numbered_from_1() -> None:
    """A/49/624: "9. The ... Committee also recommends to the General Assembly the adoption
    of the following draft decision: Military activities ..." then "1. The General
    Assembly, having considered ...": the decision's paragraphs are a draft's
    (``draft1-op1``), not the report's paragraphs 1 and 2 again."""
    s = body(REPORT_BODY)
    numbered(s, "9", "The Committee also recommends the adoption of the following draft decision: Military activities")
    s.latest = s.paragraphs[-1]
    assert numbered_draft(s, candidate("1. The General Assembly, having considered the chapter, notes.", 40)) is True
    assert s.grammar is DRAFT_BODY
    assert any(rule(s, candidate("2. The General Assembly urges the Powers.", 41)) for rule in s.grammar.rules)
    assert [(p.id, p.number) for p in s.paragraphs] == [("para9", "9"), ("draft1-op1", "1"), ("draft1-op2", "2")]
    assert any(e.rule == "numbered-draft" for e in s.doc.log)


def test_numbered_draft_declines_without_an_announced_decision() -> None:
    """Declines: "1." after a paragraph that announces no draft decision (a list, a
    restart), a "2." after the announcement, and any block once inside a draft."""
    s = body(REPORT_BODY)
    numbered(s, "9", "The Committee had before it the following documents:")
    s.latest = s.paragraphs[-1]
    assert_declines(numbered_draft, s, candidate("1. The report of the Secretary-General.", 40))
    s = body(REPORT_BODY)
    numbered(s, "9", "The Committee recommends the adoption of the following draft decision:")
    s.latest = s.paragraphs[-1]
    assert_declines(numbered_draft, s, candidate("2. The General Assembly decides.", 40))
    assert numbered_draft(s, candidate("1. The General Assembly decides.", 41)) is True
    assert_declines(numbered_draft, s, candidate("1. The General Assembly decides again.", 42))


def test_numbered_heading_is_a_short_line_numbering_afresh() -> None:
    """A/52/613: "1. Western Sahara" after paragraph 15, then "16. At its 9th meeting":
    a heading, and the report's numbering goes on from 15."""
    blocks = [
        Block("15. At the 9th meeting, the Secretary made a statement.", 1),
        Block("1. Western Sahara", 2),
        Block("16. At its 9th meeting, the Committee had before it a draft resolution.", 3),
        Block("2. New Caledonia", 4),
        Block("17. At the same meeting, the Committee adopted it.", 5),
    ]
    paragraphs = read_body(doc_state(), REPORT_BODY, blocks, set())
    assert [(p.id, p.kind, p.text) for p in paragraphs] == [
        ("para15", "numbered", "At the 9th meeting, the Secretary made a statement."),
        ("h1", "heading", "1. Western Sahara"),
        ("para16", "numbered", "At its 9th meeting, the Committee had before it a draft resolution."),
        ("h2", "heading", "2. New Caledonia"),
        ("para17", "numbered", "At the same meeting, the Committee adopted it."),
    ]
    s = body(REPORT_BODY)
    s.latest = numbered(s, "6", "The Board will consider the report.")
    assert numbered_heading(s, candidate("1. Official debt", 7)) is True


def test_numbered_heading_declines_paragraphs_and_the_next_number() -> None:
    """Declines: the number that follows ("7. Official debt" after 6: a paragraph, however
    short), a restart that ends a sentence ("1. The Committee met."), one numbered ahead
    ("9. Trade" after 6), a long line, and any line before the numbering began."""
    s = body(REPORT_BODY)
    assert_declines(numbered_heading, s, candidate("1. Introduction", 1))
    s.latest = numbered(s, "6", "The Board will consider the report.")
    for text in (
        "7. Official debt",
        "1. The Committee met.",
        "9. Trade",
        "1. " + " ".join(["Word"] * 14),
    ):
        assert_declines(numbered_heading, s, candidate(text, 8))


def test_numbered_heading_under_a_chapter_is_told_by_the_paragraph_after_it() -> None:
    """TD/B/CN.4/36: under "Chapter V", where the scope's numbering starts afresh,
    "1. TRAINMAR" then "57. The secretariat ..." after paragraph 56: a heading. Declines
    "1. Introduction" before "2. ..." (a paragraph 1), and before "58." (no going on)."""
    s = body(REPORT_BODY)
    numbered(s, "56", "As a basis for its work such a group of experts should have documents.")
    s.latest = None  # the chapter's heading: its paragraphs would number from 1
    following = "57. The secretariat has continued to coordinate activities."
    assert numbered_heading(s, _after(candidate("1. TRAINMAR", 9), following)) is True
    assert s.paragraphs[-1].kind == "heading"
    s = body(REPORT_BODY)
    numbered(s, "56", "As a basis for its work such a group of experts should have documents.")
    s.latest = None
    assert_declines(numbered_heading, s, _after(candidate("1. Introduction", 9), "2. The Board met."))
    assert_declines(numbered_heading, s, _after(candidate("1. TRAINMAR", 9), "58. The secretariat met."))


def _after(c: Candidate, following: str) -> Candidate:
    """The candidate with the text of the block after it."""
    return replace(c, following=following)
