"""A document's blocks cut into its parts: masthead, opening formula, body.

Where the body begins is what tells a document's genre from its text: a resolution
opens with its formula ("The General Assembly,") or follows its numbered title; an
amendment follows its sponsors and the draft it amends; a report begins at its first
numbered paragraph (with the section headings just before it).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .. import metadata as md
from ..errors import SourceError
from ..readers.base import Block, RawDocument
from ..repairs.joining import join_wrapped
from ..repairs.markers import strip_sentinels

_SECTION_RE = re.compile(r"^(?:[IVXLC]+|[A-H])\.\s+\S")
# How far into a document a title may stand (the masthead is never longer)
_TITLE_WITHIN = 30


@dataclass(frozen=True)
class Parts:
    masthead: list[Block]
    opening: Block | None
    body: list[Block]


def split_parts(raw: RawDocument) -> Parts:
    """Masthead, opening formula and body; an error naming the file when the text has
    neither an opening formula nor a numbered paragraph."""
    blocks = raw.blocks
    for index, block in enumerate(blocks):
        if block.kind == "text" and md.OPENING_RE.match(strip_sentinels(block.text).strip()):
            return Parts(blocks[:index], block, blocks[index + 1 :])
    for index, block in enumerate(blocks[:_TITLE_WITHIN]):
        first = join_wrapped(strip_sentinels(block.text))[0]
        if md.RESOLUTION_TITLE_RE.match(first) or md.NAMED_RESOLUTION_RE.match(first):
            # a resolution printed without its opening formula: its body follows its title
            return Parts(blocks[: index + 1], None, blocks[index + 1 :])
        if md.SPONSORS_RE.match(first) and index + 2 < len(blocks):
            # an amendment: its sponsors, the title of the draft it amends, then its text
            return Parts(blocks[: index + 2], None, blocks[index + 2 :])
    for index, block in enumerate(blocks):
        if block.kind == "text" and re.match(r"^1\.\s", block.text):
            # section headings just before paragraph 1 ("I. Introduction") open the body
            while index > 0 and blocks[index - 1].kind == "heading" and _SECTION_RE.match(blocks[index - 1].text):
                index -= 1
            return Parts(blocks[:index], None, blocks[index:])
    raise SourceError(
        raw.source_file,
        "no document structure found: neither an opening formula ('The General Assembly,') nor a paragraph numbered 1.",
        blocks[0].line if blocks else None,
    )
