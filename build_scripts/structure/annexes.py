"""Annexes: what a document attaches after its own text, each from its "Annex" line on
("Annex II"; a letter's "Annex to the letter dated ...", "Enclosure").

An annex is read by the annex grammar (its own numbering, headings, articles and
rules), its anchors under its own prefix (``annex-2-para3``), and each of its
paragraphs says which annex it belongs to, as printed ("Annex II").
"""

from __future__ import annotations

import itertools
import re
from dataclasses import replace

from .. import anchors
from .. import metadata as md
from ..model import Paragraph
from ..readers.base import LAID_OUT, Block
from ..repairs.joining import ends_paragraph, join_wrapped
from ..repairs.markers import split_markers, strip_sentinels
from .body import BodyGrammar, read_body
from .numbering import is_contents_entry
from .rejoin import rejoined
from .state import DocumentState

# An annex's label and title on one line: the Security Council's "Annex A – Items subject
# to a no-objection process", "Annex II: Terms of reference"
_TITLED_ANNEX_RE = re.compile(r"^((?:Annex|ANNEX) (?:[IVXLC]+|\d{1,2}|[A-H]))\s*[–—:-]\s*([A-Z(].*)$")


def split_annexes(body: list[Block]) -> tuple[list[Block], list[list[Block]]]:
    """The document's own body, and its annexes, each from its "Annex" line on (a title
    in the same block as "Annex", on the lines after it or after a dash on its line, is
    the annex's heading)."""
    split: list[Block] = []
    for block in body:
        first, _, rest = block.text.partition("\n")
        titled = _TITLED_ANNEX_RE.match(first.strip()) if block.kind not in LAID_OUT else None
        if block.kind not in LAID_OUT and rest.strip() and md.ANNEX_RE.match(strip_sentinels(first).strip()):
            split += [replace(block, text=first), replace(block, text=rest, line=block.line + 1, kind="heading")]
        elif titled:
            title = titled.group(2) + (f"\n{rest}" if rest else "")
            split += [replace(block, text=titled.group(1)), replace(block, text=title, kind="heading")]
        else:
            split.append(block)
    starts = [
        i
        for i, block in enumerate(split)
        if block.kind not in LAID_OUT
        and _opens_annex(strip_sentinels(block.text).strip())
        and not _listed_in_contents(split[i + 1 : i + 2])
    ]
    if not starts:
        return split, []
    bounds = [*starts, len(split)]
    return split[: starts[0]], [split[a:b] for a, b in itertools.pairwise(bounds)]


# How far into an annex a draft's formula may stand (after "Draft resolution" and its title)
_FORMULA_WITHIN = 6


def _formula(blocks: list[Block]) -> int | None:
    """Where an annexed draft's opening formula ("The General Assembly,") stands, if any."""
    return next(
        (
            index
            for index, block in enumerate(blocks[:_FORMULA_WITHIN])
            if block.kind == "text" and _body_formula(strip_sentinels(block.text).strip())
        ),
        None,
    )


def _body_formula(text: str) -> bool:
    """ "The General Assembly,", "The Security Council,": a UN body's formula (not "The
    States Parties to the present Convention," that opens an annexed treaty)."""
    return md.opening_body(text) in md.BODY_NAMES


def _listed_in_contents(after: list[Block]) -> bool:
    """The block after an "Annex" line is an entry of the table of contents ("List of
    documents ........ 26", E/2025/44): the line is the contents' entry of the annex, not
    the annex."""
    return bool(after) and is_contents_entry(strip_sentinels(after[0].text).strip())


def _opens_annex(text: str) -> bool:
    """ "Annex II" alone, or "Annex to the letter dated ..." (however wrapped), "Enclosure"."""
    return bool(md.ANNEX_RE.match(text) or (md.ANNEXED_TO_RE.match(text) and not ends_paragraph(text)))


def read_annexes(
    doc: DocumentState,
    grammar: BodyGrammar,
    annexes: list[list[Block]],
    used: set[str],
    draft: BodyGrammar | None = None,
) -> list[Paragraph]:
    """Each annex: its label ("Annex II", anchor ``annex-2``) then its own paragraphs; a
    draft resolution it holds (its formula "The General Assembly," among its first
    blocks) read from the formula on by ``draft``, the resolution grammar
    (``annex-2-pp1``, ``annex-2-op1``)."""
    out: list[Paragraph] = []
    for number, blocks in enumerate(annexes, start=1):
        label_block, rest = blocks[0], blocks[1:]
        label, markers = split_markers(join_wrapped(label_block.text)[0])
        anchor = anchors.annex(number, len(annexes))
        head = Paragraph(anchor, "heading", None, label, doc.notes.refs(markers), line=label_block.line)
        scope = anchors.annex_scope(anchor)
        formula = _formula(rest) if draft is not None else None
        own = rest if formula is None else rest[: formula + 1]
        # an annex that is one draft, its formula among its first blocks: read whole as a
        # resolution from there (``annex-2-op1``), not as drafts within the annex
        whole = grammar if formula is None else replace(grammar, draft=None)
        paragraphs = [head, *read_body(doc, whole, rejoined(doc, own, False), used, scope)]
        if formula is not None and draft is not None:
            paragraphs += read_body(doc, draft, rejoined(doc, rest[formula + 1 :], False), used, scope)
        for para in paragraphs:
            for each in para.walk():
                each.part = label
        out += paragraphs
    return out
