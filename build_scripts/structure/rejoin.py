"""The body's blocks as whole paragraphs: wrapped lines joined, split paragraphs rejoined.

A page break or a stray blank line cuts a paragraph in two; the second half starts
mid-sentence or the first does not end as a paragraph does, so they are put back
together (and logged). In a report, an unnumbered block after the numbering has begun
carries on the numbered paragraph before it. A heading is never joined to anything,
unless the genre says the reader's headings may be a paragraph's lines (a text read
generically, whose lines the reader could not tell from a masthead's units): then a
"heading" on the line right after a block that does not end as a paragraph carries it on.
"""

from __future__ import annotations

from dataclasses import replace

from ..readers.base import Block
from ..repairs.joining import ends_paragraph, join_wrapped, should_rejoin, starts_numbered
from .numbering import (
    ANNEX_HEADING_RE,
    GLUED_NUMBER_RE,
    LETTER_RE,
    NUMBERED_RE,
    is_part_heading,
    letter_without_bracket,
    misread_number,
)
from .state import DocumentState


def rejoined(doc: DocumentState, blocks: list[Block], report: bool, headings_continue: bool = False) -> list[Block]:
    """Blocks as single-line paragraphs, with paragraphs cut in two put back together."""
    out: list[Block] = []
    numbered_seen = False
    next_number = "1"  # the number the paragraph after the last numbered one would have
    last_letter: str | None = None  # the letter of the last lettered item ("a" for "(a)")
    next_line = 0  # the line just after the block before
    for block in blocks:
        if block.kind == "table":
            out.append(block)  # a table's text is laid out already: never joined, nor joined to
            continue
        text, hyphens = join_wrapped(block.text, doc.raw.hyphenated)
        if hyphens:
            doc.note("repaired", "dehyphenate", block.line, f"{hyphens} line-end hyphen(s) removed")
        previous = out[-1] if out and out[-1].kind == "text" else None
        adjacent, next_line = block.line == next_line, block.line + block.text.count("\n") + 1
        if _is_heading(block, text, previous if adjacent and headings_continue else None, headings_continue):
            # "Rule 15" / "Duties of the secretariat": a heading however it was exported
            out.append(replace(block, text=text, kind="heading"))
            continue
        numbered_seen = numbered_seen or _opens_numbered(text)
        if previous is not None and (ANNEX_HEADING_RE.match(previous.text) or ANNEX_HEADING_RE.match(text)):
            previous = None  # "Rule 15" ends no sentence, yet the rule's text is its own paragraph
        # "i9. Calls upon" after paragraph 18 is paragraph 19, its number misread, though it
        # starts with a small letter (its second half may follow, cut by a blank line)
        misread = misread_number(text, next_number, whole=False) is not None
        # "b) To abstain" after "(a) To abstain": item (b), its opening bracket lost
        unbracketed = letter_without_bracket(text, last_letter)
        continuation = (
            previous is not None
            and not _opens_numbered(text)
            and not text.startswith("(Signed)")  # a letter's signature is its own
            and ((should_rejoin(previous.text, text) and not (misread or unbracketed)) or (report and numbered_seen))
        )
        if number := _number_read(text, misread, next_number):
            next_number = str(int(number) + 1)
        if letter := LETTER_RE.match(text) or unbracketed:
            last_letter = letter.group(1)
        if previous is not None and continuation:
            previous.text = f"{previous.text} {text}"
            detail = f"paragraph continued from line {previous.line} rejoined"
            doc.note("repaired", "rejoin-paragraph", block.line, detail)
        else:
            out.append(replace(block, text=text, kind="text"))
    return out


def _number_read(text: str, misread: bool, expected: str) -> str | None:
    """The number a block opens with ("3. ", "3.The"), or the one expected, misread."""
    if misread:
        return expected
    match = NUMBERED_RE.match(text) or GLUED_NUMBER_RE.match(text)
    return match.group(1) if match else None


def _opens_numbered(text: str) -> bool:
    """ "3. ", "(a) ", "(ii) ", or a number whose space was lost ("3.The")."""
    return starts_numbered(text) or GLUED_NUMBER_RE.match(text) is not None


def _is_heading(block: Block, text: str, carried: Block | None, doubted: bool) -> bool:
    """A heading however it was exported ("Rule 15" / "Duties of the secretariat"); where
    the reader's headings are ``doubted``, not one that ends as a sentence does or runs
    past 40 words, nor one that carries on the paragraph just before it (``carried``)."""
    if block.kind != "heading" and not is_part_heading(block.text):
        return False
    if not doubted:
        return True
    if ends_paragraph(text) or len(text.split()) > 40:
        return False
    return carried is None or not should_rejoin(carried.text, text)
