"""Annexes: what a document attaches after its own text, each from its "Annex" line on
("Annex II"; a letter's "Annex to the letter dated ...", "Enclosure").

An annex is read by the annex grammar (its own numbering, headings, articles and
rules), its anchors under its own prefix (``annex-2-para3``), and each of its
paragraphs says which annex it belongs to, as printed ("Annex II").
"""

from __future__ import annotations

import itertools
from dataclasses import replace

from .. import anchors
from .. import metadata as md
from ..model import Paragraph
from ..readers.base import Block
from ..repairs.joining import ends_paragraph, join_wrapped
from ..repairs.markers import split_markers, strip_sentinels
from .body import BodyGrammar, read_body
from .rejoin import rejoined
from .state import DocumentState


def split_annexes(body: list[Block]) -> tuple[list[Block], list[list[Block]]]:
    """The document's own body, and its annexes, each from its "Annex" line on (a title
    in the same block as "Annex" is the annex's heading)."""
    split: list[Block] = []
    for block in body:
        first, _, rest = block.text.partition("\n")
        if rest.strip() and md.ANNEX_RE.match(strip_sentinels(first).strip()):
            split += [replace(block, text=first), replace(block, text=rest, line=block.line + 1, kind="heading")]
        else:
            split.append(block)
    starts = [i for i, block in enumerate(split) if _opens_annex(strip_sentinels(block.text).strip())]
    if not starts:
        return split, []
    bounds = [*starts, len(split)]
    return split[: starts[0]], [split[a:b] for a, b in itertools.pairwise(bounds)]


def _opens_annex(text: str) -> bool:
    """ "Annex II" alone, or "Annex to the letter dated ..." (however wrapped), "Enclosure"."""
    return bool(md.ANNEX_RE.match(text) or (md.ANNEXED_TO_RE.match(text) and not ends_paragraph(text)))


def read_annexes(
    doc: DocumentState, grammar: BodyGrammar, annexes: list[list[Block]], used: set[str]
) -> list[Paragraph]:
    """Each annex: its label ("Annex II", anchor ``annex-2``) then its own paragraphs."""
    out: list[Paragraph] = []
    for number, blocks in enumerate(annexes, start=1):
        label_block, rest = blocks[0], blocks[1:]
        label, markers = split_markers(join_wrapped(label_block.text)[0])
        anchor = anchors.annex(number, len(annexes))
        head = Paragraph(anchor, "heading", None, label, doc.notes.refs(markers), line=label_block.line)
        paragraphs = [head, *read_body(doc, grammar, rejoined(doc, rest, False), used, anchors.annex_scope(anchor))]
        for para in paragraphs:
            for each in para.walk():
                each.part = label
        out += paragraphs
    return out
