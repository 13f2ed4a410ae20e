"""The body's blocks as whole paragraphs: wrapped lines joined, split paragraphs rejoined.

A page break or a stray blank line cuts a paragraph in two; the second half starts
mid-sentence or the first does not end as a paragraph does, so they are put back
together (and logged). In a report, an unnumbered block after the numbering has begun
carries on the numbered paragraph before it. A heading is never joined to anything,
unless the genre says the reader's headings may be a paragraph's lines (a text read
generically, whose lines the reader could not tell from a masthead's units): then a
"heading" on the line right after a block that does not end as a paragraph carries it on.
A paragraph set without a gap after the one before ("56. ... categories.\n57. The
approved ...") is split off where its line opens with the number the order expects.
A report's draft (its formula "The General Assembly," alone on a line, even where the
reader set it atop the first preambular paragraph) is its own text: the formula stands
apart, and its preamble is not carried on into the report's paragraph before it.
"""

from __future__ import annotations

import re
from dataclasses import replace

from ..readers.base import LAID_OUT, Block
from ..repairs.joining import ends_paragraph, join_wrapped, should_rejoin, starts_numbered
from ..repairs.markers import strip_sentinels
from .numbering import (
    ANNEX_HEADING_RE,
    CORRECTION_ITEM_RE,
    GLUED_NUMBER_RE,
    LETTER_RE,
    NUMBERED_RE,
    ROMAN_GROUP_RE,
    is_draft_formula,
    is_part_heading,
    letter_without_bracket,
    misread_number,
)
from .state import DocumentState


def rejoined(
    doc: DocumentState,
    blocks: list[Block],
    report: bool,
    headings_continue: bool = False,
    never_heading: re.Pattern[str] | None = None,
) -> list[Block]:
    """Blocks as single-line paragraphs, with paragraphs cut in two put back together; a
    block that opens as ``never_heading`` says (a record's speaker's turn) is a paragraph,
    however the reader set it."""
    out: list[Block] = []
    numbered_seen = False
    next_number = "1"  # the number the paragraph after the last numbered one would have
    last_letter: str | None = None  # the letter of the last lettered item ("a" for "(a)")
    next_line = 0  # the line just after the block before
    formula: Block | None = None  # a draft's formula, the block before
    blocks = _split_at_next_number(doc, blocks)
    for block in _formulas_apart(blocks) if report else blocks:
        if block.kind in LAID_OUT:
            out.append(block)  # a table's or figure's text is laid out already: never joined, nor joined to
            continue
        text, hyphens = join_wrapped(block.text, doc.raw.hyphenated)
        if hyphens:
            doc.note("repaired", "dehyphenate", block.line, f"{hyphens} line-end hyphen(s) removed")
        previous = out[-1] if out and out[-1].kind == "text" else None
        adjacent, next_line = block.line == next_line, block.line + block.text.count("\n") + 1
        turn = never_heading is not None and never_heading.match(strip_sentinels(text)) is not None
        if not turn and _is_heading(
            block, text, previous if adjacent and headings_continue else None, headings_continue
        ):
            # "Rule 15" / "Duties of the secretariat": a heading however it was exported
            out.append(replace(block, text=text, kind="heading"))
            continue
        if report and (_BOX_TITLE_RE.fullmatch(strip_sentinels(text).strip()) or _contents_after(out, text)):
            # a report's "Summary" box: its title, not the first words of its text; a
            # table of contents after the numbering began (A/AC.292/2025/INF/5: after
            # paragraph 2): its title, not the paragraph's last words
            out.append(replace(block, text=text, kind="heading"))
            continue
        if report and is_draft_formula(text, _announces(out[-1]) if out else False):
            # a draft's formula: its preamble is the draft's, not the paragraph before's
            formula = replace(block, text=text, kind="text")
            out.append(formula)
            numbered_seen = False
            continue
        if previous is formula and formula is not None:
            previous = formula = None  # "The Executive Board" ends no sentence, yet is alone
        # the numbering begins at a paragraph's number, not at a summary's "(a)" (A/80/11:
        # "(j) Decided ... Assembly." then "With regard to ..., the Committee:" is no (j)'s)
        numbered_seen = numbered_seen or _opens_paragraph_number(text)
        if previous is not None and (ANNEX_HEADING_RE.match(previous.text) or ANNEX_HEADING_RE.match(text)):
            previous = None  # "Rule 15" ends no sentence, yet the rule's text is its own paragraph
        if previous is not None and doc.facts.doc_type == "corrigendum" and _ends_instruction(previous.text):
            previous = None  # "1. Paragraph 49", "The paragraph should read": the quote is apart
        # "i9. Calls upon" after paragraph 18 is paragraph 19, its number misread, though it
        # starts with a small letter (its second half may follow, cut by a blank line)
        misread = misread_number(text, next_number, whole=False) is not None
        # "b) To abstain" after "(a) To abstain": item (b), its opening bracket lost
        unbracketed = letter_without_bracket(text, last_letter)
        continuation = previous is not None and (
            (
                not _opens_numbered(text)
                and not text.startswith("(Signed)")  # a letter's signature is its own
                and (
                    (should_rejoin(previous.text, text) and not (misread or unbracketed)) or (report and numbered_seen)
                )
            )
            or _carries_inline_list(previous.text, text)
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


# a line opening with a paragraph's number ("57. The", "101.In"; not "6.A.8.a:", an item code),
# and the ends of a line
# after which one may open a paragraph
_LINE_NUMBER_RE = re.compile(r"^(\d{1,3})\.(?:\s|(?=[A-Z][a-z]))")
# The title of a report's box of summary, alone on its line
_BOX_TITLE_RE = re.compile(r"(?:Executive )?[Ss]ummary|SUMMARY|Abstract")
# The title of a table of contents, alone on its line
_CONTENTS_TITLE_RE = re.compile(r"Contents|CONTENTS")


# A corrigendum's instruction, which the corrected text follows, quoted without a colon:
# "The paragraph should read", "For the existing text substitute", "After the second
# sentence insert"
_INSTRUCTION_END_RE = re.compile(r"\b(?:should read|substitute|insert|add|delete)$")


def _ends_instruction(text: str) -> bool:
    """A corrigendum's item ("1. Paragraph 49") or instruction ("The paragraph should
    read"): what follows it is its own block, never its continuation."""
    text = strip_sentinels(text).strip()
    return CORRECTION_ITEM_RE.match(text) is not None or _INSTRUCTION_END_RE.search(text) is not None


def _contents_after(out: list[Block], text: str) -> bool:
    """ "Contents" alone on its line after a numbered paragraph that ended as a sentence
    does: the title of a table of contents, not that paragraph's going on."""
    last = out[-1].text if out else ""
    return bool(_CONTENTS_TITLE_RE.fullmatch(strip_sentinels(text).strip())) and ends_paragraph(last)


_LINE_ENDS = tuple('.;:!?)"”’')


def _split_at_next_number(doc: DocumentState, blocks: list[Block]) -> list[Block]:
    """A block holding a line that opens with the number following the last one read
    ("57." after "56."), the line before it ending as a sentence or an item does: two
    paragraphs the PDF set without a gap between them, split there (logged)."""
    out: list[Block] = []
    last = 0
    for block in blocks:
        if block.kind in LAID_OUT:  # its cells (labels) are spans of its text as it stands
            out.append(block)
            continue
        lines = block.text.split("\n")
        start = 0
        for index, line in enumerate(lines):
            match = _LINE_NUMBER_RE.match(strip_sentinels(line))
            if match is None:
                continue
            number = int(match.group(1))
            if index == 0:
                last = number
            elif number == last + 1 and strip_sentinels(lines[index - 1]).rstrip().endswith(_LINE_ENDS):
                out.append(replace(block, text="\n".join(lines[start:index])))
                doc.note("repaired", "split-at-number", block.line + index, f"paragraph {number} set without a gap")
                start, last = index, number
        out.append(block if start == 0 else replace(block, text="\n".join(lines[start:]), line=block.line + start))
    return out


def _formulas_apart(blocks: list[Block]) -> list[Block]:
    """A block whose first line is a draft's formula and that goes on ("The General
    Assembly,\nRecalling ...", set without a gap): the formula, then the rest."""
    out: list[Block] = []
    for block in blocks:
        first, _, rest = block.text.partition("\n")
        if rest.strip() and block.kind == "text" and is_draft_formula(first, False):
            out += [replace(block, text=first), replace(block, text=rest, line=block.line + 1)]
        else:
            out.append(block)
    return out


def _announces(block: Block) -> bool:
    """A heading ("III. Draft decision") or a paragraph ending with a colon: what may
    announce a draft printed without its formula's comma."""
    return block.kind == "heading" or block.text.rstrip().endswith(":")


def _number_read(text: str, misread: bool, expected: str) -> str | None:
    """The number a block opens with ("3. ", "3.The"), or the one expected, misread."""
    if misread:
        return expected
    match = NUMBERED_RE.match(text) or GLUED_NUMBER_RE.match(text)
    return match.group(1) if match else None


# "(c) strengthening ...": a lettered item of a sentence's own list, its words in small letters
_INLINE_ITEM_RE = re.compile(r"^\(([a-z])\)\s+[a-z]")


def _carries_inline_list(previous: str, text: str) -> bool:
    """ "... in four areas: (a) increasing ...; (b) strengthening ...;" then, on the next
    page, "(c) strengthening gender-responsive institutions; and (d) ...": the block
    goes on with the letter after the last one the paragraph before lists inside its
    sentence, in small letters: the sentence goes on (E/CN.6/2025/3, para. 217), no item
    of its own. A paragraph that opens with its letter is an item, not such a sentence."""
    match = _INLINE_ITEM_RE.match(strip_sentinels(text))
    if match is None or match.group(1) == "a":
        return False
    before = f"({chr(ord(match.group(1)) - 1)}) "
    clean = strip_sentinels(previous)
    return before in clean and not clean.startswith(before) and f"{match.group(0)[:3]} " not in clean


def _opens_paragraph_number(text: str) -> bool:
    """ "3. ", or a number whose space was lost ("3.The"): a paragraph's number, not an
    item's letter or numeral."""
    return bool(NUMBERED_RE.match(text) or GLUED_NUMBER_RE.match(text))


def _opens_numbered(text: str) -> bool:
    """ "3. ", "(a) ", "(ii) ", a group of items ("(i)-(iii) "), or a number whose space
    was lost ("3.The")."""
    return starts_numbered(text) or GLUED_NUMBER_RE.match(text) is not None or ROMAN_GROUP_RE.match(text) is not None


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
