"""A document's blocks cut into its parts: masthead, opening formula, body.

Where the body begins is what tells a document's genre from its text: a resolution
opens with its formula ("The General Assembly,") or follows its numbered title; an
amendment follows its sponsors and the draft it amends; a report begins at its first
numbered paragraph (with the section headings just before it). A text with none of
these (a letter, a note verbale, an agenda) is still read: its masthead is what the
masthead reader knows, up to the line that names the document ("Letter dated ...").

A paragraph of prose or the table of contents is never masthead: what stands after them
(the formula of a draft resolution a letter annexes, a report's paragraph 1 after its
summary) does not decide where the body begins.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from typing import Literal

from .. import metadata as md
from ..readers.base import LAID_OUT, Block, RawDocument
from ..repairs.joining import ends_paragraph, join_wrapped, starts_lowercase
from ..repairs.markers import strip_sentinels
from .numbering import is_contents_entry, opens_numbered

_SECTION_RE = re.compile(r"^(?:[IVXLC]+|[A-H])\.\s+\S")
# How far into a document a title may stand (the masthead is never longer)
_TITLE_WITHIN = 30
# What the body begins with, which tells the genre (``genres.choose_genre``): "named"
# is a text whose masthead ends at the line naming it ("Letter dated ...") and whose
# body is prose, though a formula or a paragraph 1 stand further on (in its annex);
# "summary" a report whose masthead runs to its summary, no paragraph numbered; "record"
# a verbatim record, whose masthead runs to the meeting's day and who presided
Found = Literal["opening", "title", "sponsors", "numbered", "named", "summary", "record", "none"]
# How many words a masthead's title may have: a line, a bold heading
_LINE_WORDS, _HEADING_WORDS = 40, 60
# What opens a report's front matter, after its masthead
_FRONT_MATTER_RE = re.compile(
    r"^(?:Summary|Executive summary|Abstract|Contents|Elements of a decision|Note|SUMMARY|EXECUTIVE SUMMARY|CONTENTS)$"
)
# A sentence of prose: no masthead holds one (a letter's paragraph before the draft
# resolution it annexes, a report's summary before its paragraph 1)
_PROSE_WORDS = 20


@dataclass(frozen=True)
class Parts:
    masthead: list[Block]
    opening: Block | None
    body: list[Block]
    found: Found = "opening"
    # the end of the text the volume printed before the document (``_spilt_before_title``)
    before: list[Block] = field(default_factory=list)


def split_parts(raw: RawDocument) -> Parts:
    """Masthead, opening formula and body, and what the cut was found by; a text with
    none of a resolution's or a report's marks is cut where its masthead ends. The end of
    the text a volume printed before the document, where the file opens with it, is set
    apart first (``_spilt_before_title``)."""
    spill = _spilt_before_title(raw.blocks)
    return replace(_split(raw.blocks[spill:]), before=raw.blocks[:spill])


def _spilt_before_title(blocks: list[Block]) -> int:
    """How many leading blocks are the end of the text a volume printed before this one:
    the file opens within a sentence ("cease its armed attacks. The Council ...": the
    page began inside the statement printed before) and a Security Council resolution's
    title ("Resolution 851 (1993)") stands in its first blocks, after them. 0 when the
    text opens otherwise."""
    if not blocks or blocks[0].kind != "text" or not starts_lowercase(blocks[0].text):
        return 0
    for index, block in enumerate(blocks[:_TITLE_WITHIN]):
        if block.kind == "text" and md.SC_TITLE_RE.match(_first_line(block)):
            return index
    return 0


def _split(blocks: list[Block]) -> Parts:
    """``split_parts`` of the document's own blocks."""
    # a paragraph of prose, the contents or a table is the body's: the masthead ends before
    prose = next(
        (i for i, block in enumerate(blocks) if _is_prose(block) or _is_contents(block) or block.kind in LAID_OUT),
        len(blocks),
    )
    for index, block in enumerate(blocks[:prose]):
        if _is_opening(block, blocks[index + 1] if index + 1 < len(blocks) else None):
            return Parts(blocks[:index], block, blocks[index + 1 :], "opening")
    if (record := _record_masthead_end(blocks)) is not None:
        return Parts(blocks[:record], None, blocks[record:], "record")
    for index, block in enumerate(blocks[: min(_TITLE_WITHIN, prose)]):
        first = join_wrapped(strip_sentinels(block.text))[0]
        if md.RESOLUTION_TITLE_RE.match(first) or md.NAMED_RESOLUTION_RE.match(first) or md.SC_TITLE_RE.match(first):
            # a resolution printed without its opening formula: its body follows its title
            # and the lines that date it ("Adopted by the Security Council at its ...")
            end = index + 1
            while end < len(blocks) - 1 and all(_dates_title(line) for line in _lines(blocks[end])):
                end += 1
            return Parts(blocks[:end], None, blocks[end:], "title")
        if (sponsored := md.SPONSORS_RE.match(first)) and index + 2 < len(blocks):
            # an amendment: its sponsors, the title of the draft it amends, then its text;
            # the Council's names the draft by its symbol, no title follows
            end = index + 1 if sponsored.group("contained") else index + 2
            return Parts(blocks[:end], None, blocks[end:], "sponsors")
    end = masthead_end(blocks)
    # a letter or a note verbale: its paragraphs are read as a letter's, numbered or not
    letter = end > 0 and md.named_type(_first_line(blocks[end - 1])) in ("letter", "note verbale")
    for index, block in enumerate(blocks):
        if block.kind == "text" and re.match(r"^1\.", block.text) and opens_numbered(block.text):
            # section headings just before paragraph 1 ("I. Introduction") open the body
            while index > 0 and _is_section_heading(blocks[index - 1]):
                index -= 1
            if index <= prose:
                end = _front_matter_opener(blocks[:index])
                return Parts(blocks[:end], None, blocks[end:], "numbered")
            if letter:  # prose before paragraph 1: a letter's (its list is numbered)
                return Parts(blocks[:end], None, blocks[end:], "named")
            # a report's summary or contents before paragraph 1: its masthead runs to the
            # line naming it ("Report of the Committee against Torture"), else to them
            if not md.NAMING_RE.match(_first_line(blocks[end - 1]) if end else ""):
                end = max(end, _front_matter(blocks, prose))
            return Parts(blocks[:end], None, blocks[end:], "numbered")
    named = end > 0 and bool(md.NAMING_RE.match(_first_line(blocks[end - 1])))
    if not named and (front := _masthead_to_summary(blocks)):
        return Parts(blocks[:front], None, blocks[front:], "summary")
    return Parts(blocks[:end], None, blocks[end:], "named" if named else "none")


def _record_masthead_end(blocks: list[Block]) -> int | None:
    """Where a verbatim record's masthead ends: its meeting ("64th plenary meeting"), then
    within two blocks the day it was held ("Wednesday, 16 April 2025, 10 a.m."), then
    who presided ("President: Mr. Yang ... (Cameroon)"); its text follows. None when the
    leading blocks print no such meeting and day."""
    for index, block in enumerate(blocks[:_TITLE_WITHIN]):
        if not md.RECORD_MEETING_RE.match(_first_line(block)):
            continue
        for day in range(index + 1, min(index + 3, len(blocks) - 1)):
            if md.RECORD_DAY_RE.match(_lines(blocks[day])[0] if _lines(blocks[day]) else ""):
                end = day + 1
                while end < len(blocks) - 1 and md.PRESIDING_RE.match(_first_line(blocks[end])):
                    end += 1
                return end
        return None
    return None


def _is_opening(block: Block, following: Block | None) -> bool:
    """ "The Security Council,": a resolution's opening formula, alone on its line; not a
    sentence's subject the PDF set apart, which the next block carries on in lower case
    ("The Ad Hoc Advisory Group on Haiti of the Economic and Social Council," / "which I
    have the honour to chair, is ...": a letter's first sentence)."""
    if block.kind != "text" or not md.OPENING_RE.match(strip_sentinels(block.text).strip()):
        return False
    return following is None or not starts_lowercase(following.text)


def _masthead_to_summary(blocks: list[Block]) -> int | None:
    """Where a report with no paragraph 1 and no line naming it ends its masthead: at its
    "Summary" or "Contents", when every block before is a masthead's (a national report
    to an expert group, an addendum with its summary); None if there is none such."""
    for index, block in enumerate(blocks[:_TITLE_WITHIN]):
        if index and _FRONT_MATTER_RE.match(_first_line(block)):
            return index
        if not _is_masthead_like(block):
            return None
    return None


def _is_section_heading(block: Block) -> bool:
    """ "I. Introduction": a heading, or a short line that ends no sentence (a PDF may set
    it in bold without making it a heading)."""
    text = _first_line(block)
    if not _SECTION_RE.match(text):
        return False
    return block.kind == "heading" or (len(text.split()) <= 12 and not ends_paragraph(text))


def _front_matter(blocks: list[Block], prose: int) -> int:
    """Where a report's front matter begins: its "Summary" or "Contents", else the first
    block before its prose that is no masthead's (the masthead is what comes before)."""
    for index, block in enumerate(blocks[:prose]):
        if _FRONT_MATTER_RE.match(_first_line(block)) or not _is_masthead_like(block):
            return index
    return prose


def _front_matter_opener(blocks: list[Block]) -> int:
    """Where the blocks before paragraph 1 reach a report's "Summary" or "Contents": its
    masthead ends there, though the summary's lines are short (set line by line, none
    reads as prose), lest they be taken for the title (E/ICEF/2025/25); else at their end."""
    return next((i for i, block in enumerate(blocks) if i and _FRONT_MATTER_RE.match(_first_line(block))), len(blocks))


def _is_contents(block: Block) -> bool:
    """An entry of the table of contents: the body's, as prose is (never masthead)."""
    return is_contents_entry(block.text)


def _is_prose(block: Block) -> bool:
    """A paragraph of sentences: long, and ending as a sentence does."""
    if block.kind != "text":
        return False
    text = " ".join(strip_sentinels(block.text).split())
    return len(text.split()) >= _PROSE_WORDS and ends_paragraph(text) and not md.ON_REPORT_RE.match(text)


def masthead_end(blocks: list[Block]) -> int:
    """Where the masthead of a text with no genre's marks ends: after the last line that
    names the document ("Letter dated ...", "Note by the Secretary-General") among the
    leading short lines; without one, after the leading lines of masthead facts (or
    that state a symbol: "Naciones Unidas S/2023/664"). The body is never left empty."""
    leading = 0
    while leading < min(len(blocks), _TITLE_WITHIN) and (
        _is_masthead_like(blocks[leading])
        or _heading_above_naming(blocks, leading)
        or _agenda_titles_below_items(blocks, leading)
    ):
        leading += 1
    named = [i for i in range(leading) if md.NAMING_RE.match(_first_line(blocks[i]))]
    if named:
        return min(named[-1] + 1, len(blocks) - 1)
    facts = 0
    while facts < leading and _states_facts(blocks[facts]):
        facts += 1
    return min(facts, max(len(blocks) - 1, 0))


def _states_facts(block: Block) -> bool:
    """A block of masthead facts or symbols, line by line or as its lines join ("UNITED" /
    "NATIONS", a typewritten masthead's heading set on two lines)."""
    lines = _lines(block)
    return all(is_fact_line(line) or md.SYMBOL_RE.search(line) for line in lines) or is_fact_line(_first_line(block))


def is_fact_line(line: str) -> bool:
    """A masthead line of facts only: symbols, "Distr.: General", dates, the session, an
    agenda item, a body's name, "United Nations", "Original: English" (what
    ``masthead.search_facts`` takes whole, read here without setting anything)."""
    if (
        md.ORIGINAL_RE.match(line)
        or md.LANGUAGE_LINE_RE.match(line)
        or md.DISTR_ALONE_RE.match(line)
        or md.ocr_symbol(line)
    ):
        return True
    rest = line
    for pattern in (md.SYMBOL_RE, md.DISTR_RE, md.DATE_RE, md.SESSION_RE, md.AGENDA_RE):
        rest = pattern.sub(" ", rest)
    if session := md.find_session(rest):  # in another language: "Septuagésimo octavo período de sesiones"
        rest = rest.replace(session[1], " ")
    for name in md.BODY_NAME_OF:
        rest = rest.replace(name, " ")
    return not re.search(r"[^\W\d_]", md.UNITED_NATIONS_RE.sub(" ", rest))


def _dates_title(line: str) -> bool:
    """A line that dates or places the resolution titled above it: "of 22 November 1967",
    "Adopted by the Security Council at its 3102nd meeting on 30 July 1992", "[S/727]"."""
    return bool(
        md.ADOPTED_AT_RE.match(line)
        or md.BRACKETED_SYMBOL_RE.match(line)
        or (re.match(r"^(?:on|[Oo]f) ", line) and md.DATE_LINE_RE.match(line[3:]))
    )


def _is_masthead_like(block: Block) -> bool:
    """Every line a fact line, or the block one short line, however wrapped, that ends no
    sentence (a title, an agenda item's title, the line naming the document)."""
    if block.kind in LAID_OUT:
        return False
    if all(is_fact_line(line) for line in _lines(block)):
        return True
    joined = _first_line(block)
    if md.NAMING_RE.match(joined):  # "Letter dated ... from the representatives of nine States ..."
        return len(joined.split()) <= 100
    # an agenda item's title set in bold runs longer than a plain line (E/CN.5/2025/5's: 43 words)
    words = _HEADING_WORDS if block.kind == "heading" else _LINE_WORDS
    return len(joined.split()) <= words and not ends_paragraph(joined)


def _heading_above_naming(blocks: list[Block], index: int) -> bool:
    """A heading right above the line naming the document: the masthead's (an agenda
    item's title in bold), however long it runs (E/CN.5/2025/NGO/12's: 63 words)."""
    if blocks[index].kind != "heading" or index + 1 >= len(blocks):
        return False
    naming = _first_line(blocks[index + 1])
    return bool(md.NAMING_RE.match(naming)) and _is_masthead_like(blocks[index + 1])


def _agenda_titles_below_items(blocks: list[Block], index: int) -> bool:
    """A heading right below the line of its agenda items ("Items 3 (a), (c), (d) and 6 of
    the provisional agenda"): the items' titles, the masthead's however long they run
    (E/CN.18/2025/2's: four items' titles, 80 words); not a paragraph of prose."""
    if index == 0 or blocks[index].kind != "heading" or ends_paragraph(_first_line(blocks[index])):
        return False
    above = _lines(blocks[index - 1])
    return bool(above) and bool(md.AGENDA_RE.search(above[-1]))


def _lines(block: Block) -> list[str]:
    return [line.strip() for line in strip_sentinels(block.text).split("\n") if line.strip()]


def _first_line(block: Block) -> str:
    return join_wrapped(strip_sentinels(block.text))[0]
