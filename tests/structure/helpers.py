"""Small builders for the structure rules' tests: states, lines and blocks made in the
test itself (no files), and the check that a rule which declines leaves its state as it was."""

from __future__ import annotations

import copy
from collections.abc import Callable
from typing import Any

from build_scripts.model import Paragraph
from build_scripts.readers.base import Block, BlockKind, RawDocument, RawNote
from build_scripts.repairs.markers import sentinel, split_markers
from build_scripts.structure.body import BodyGrammar, BodyState, Candidate
from build_scripts.structure.genres import RESOLUTION_BODY
from build_scripts.structure.lines import Line
from build_scripts.structure.masthead import Expect, MastheadState
from build_scripts.structure.state import DocumentState

__all__ = ["sentinel"]


def raw_document(
    *blocks: Block, notes: list[RawNote] | None = None, furniture: list[Block] | None = None
) -> RawDocument:
    """A reader's output as the structure package receives it."""
    return RawDocument("test.txt", "test", blocks=list(blocks), notes=notes or [], furniture=furniture or [])


def doc_state(*blocks: Block) -> DocumentState:
    """A fresh document state: no facts, no notes, an empty log."""
    return DocumentState(raw_document(*blocks))


def masthead(expect: Expect = "", **fields: Any) -> MastheadState:
    """A masthead reader's state; ``fields`` set what the lines before left (agenda titles ...)."""
    return MastheadState(doc_state(), expect, **fields)


def line(text: str, at: int = 1, *, heading: bool = False, index: int = 0) -> Line:
    """One masthead or sign-off line; sentinels in ``text`` become its markers."""
    clean, markers = split_markers(text)
    return Line(clean, at, heading, markers, index)


def body(grammar: BodyGrammar = RESOLUTION_BODY, prefix: str = "") -> BodyState:
    """A body reader's state for ``grammar`` with nothing read yet."""
    return BodyState(doc_state(), grammar, set(), prefix, prefix)


def candidate(text: str, at: int = 1, kind: BlockKind = "text") -> Candidate:
    """One body block offered to the rules; sentinels in ``text`` become its markers."""
    clean, markers = split_markers(text)
    return Candidate(Block(text, at, kind), clean, markers)


def numbered(s: BodyState, number: str, text: str, at: int = 1) -> Paragraph:
    """A numbered paragraph already read (``op3``), as the rules before left it."""
    para = Paragraph(s.grammar.numbered_anchor(number, s.scope), s.grammar.numbered_kind, number, text, line=at)
    s.paragraphs.append(para)
    s.used.add(para.id)
    s.last_numbered, s.last_letter = para, None
    return para


def lettered(s: BodyState, parent: Paragraph, letter: str, text: str, at: int = 1) -> Paragraph:
    """A lettered sub-paragraph already read under ``parent`` (``op3a``)."""
    sub = Paragraph(f"{parent.id}{letter}", parent.kind, f"({letter})", text, line=at)
    parent.subparagraphs.append(sub)
    s.used.add(sub.id)
    s.last_letter = sub
    return sub


def assert_declines(rule: Callable[[Any, Any], bool], state: Any, item: Any) -> None:
    """``rule`` does not take ``item``, and the state is exactly as it was."""
    before = copy.deepcopy(state)
    assert rule(state, item) is False
    assert state == before
