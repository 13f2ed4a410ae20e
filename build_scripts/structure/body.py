"""The body's paragraphs, by ordered named rules over one shared state.

Each block of the body (already whole paragraphs, ``rejoin.py``) is offered to the
rules of its genre's body grammar (``genres.py``) in order until one takes it, as
markdown-it-py's block rules take lines. A rule is a small function named for what it
recognises ("lettered_item", "preambular_paragraph"); the name is also the one the log
uses when the rule repairs or warns. What rules need to know of the blocks before
(the last numbered paragraph, the last lettered one, the paragraph that announced a
list with a colon) is kept in ``BodyState``, never in loose variables.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

from .. import anchors
from ..metadata import PREAMBLE_OPENER_RE, SPEAKER_RE
from ..model import Figure, Paragraph, ParagraphKind, Table, TableCell, TableRow
from ..readers.base import Block
from ..repairs.markers import SENTINEL_RE, split_markers
from .numbering import (
    ANNEX_HEADING_RE,
    ARTICLE_RE,
    BARE_NUMBER_RE,
    CHAPTER_RE,
    CORRECTION_ITEM_RE,
    GLUED_NUMBER_RE,
    LETTER_RE,
    NUMBERED_RE,
    ROMAN_RE,
    ROMANS,
    SECTION_LABEL_RE,
    following_number,
    fresh_sections,
    is_contents_entry,
    is_draft_formula,
    is_next_letter,
    is_short_contents_entry,
    is_subheading,
    letter_without_bracket,
    misread_number,
    numbering_restarts,
    numbers_again,
    restarts_after,
    roman_label,
    roman_opening,
    starts_numbered_or_lettered,
    statement_headings,
)
from .state import DocumentState


@dataclass
class Candidate:
    """One block offered to the rules: its text with markers taken out, and (once asked
    for) the number it opens with."""

    block: Block
    text: str
    markers: list[tuple[str, int]]
    number: re.Match[str] | None = None
    number_read: bool = False
    # the text of the block after it (None: the last), for a number its neighbours settle
    following: str | None = None
    # a section heading under which the paragraphs number from 1 (``fresh_sections``)
    fresh_section: bool = False


Rule = Callable[["BodyState", Candidate], bool]


@dataclass(frozen=True)
class BodyGrammar:
    """The rules of one kind of body, in order, and how its numbered paragraphs are named."""

    name: str
    rules: tuple[Rule, ...]
    numbered_kind: ParagraphKind  # "operative" (op3) or "numbered" (para3)
    numbered_anchor: Callable[[str, str], str]  # its anchor, from its number and scope
    # an annexed text: headings by their pattern, articles and rules number afresh
    annex: bool = False
    # "26 Condemns": a number whose full stop the PDF lost, read where the order expects it
    bare_numbers: bool = False
    # sections that number their paragraphs afresh (secXXV-op1)
    sections: bool = False
    # articles whose paragraphs number afresh though set in the body, not annexed (the
    # terms of a trusteeship agreement a resolution approves: art6-op1)
    articles: bool = False
    # what is done once all blocks are read
    finish: Callable[[list[Paragraph]], None] | None = None
    # the grammar a draft the text recommends is read by, from its formula on
    draft: BodyGrammar | None = None


@dataclass
class BodyState:
    doc: DocumentState
    grammar: BodyGrammar
    used: set[str]
    prefix: str = ""  # of every anchor: "annex-", "annex-2-"
    scope: str = ""  # of numbered paragraphs: the prefix, or a section's or article's
    paragraphs: list[Paragraph] = field(default_factory=list)
    counts: dict[str, int] = field(default_factory=lambda: {"pp": 0, "h": 0, "u": 0, "p": 0})
    sections: bool = False
    # a report's chapters, a body's rules or articles that number afresh (where they do)
    chapters: bool = False
    articles: bool = False
    last_numbered: Paragraph | None = None
    last_letter: Paragraph | None = None
    # the paragraph that announced a list or quotation with a colon: unnumbered blocks
    # after it are its own; ``announced``: that paragraph, for the block just after
    holder: Paragraph | None = None
    announced: Paragraph | None = None
    # a numbered list inside a paragraph, and the number its next item would have
    items: Paragraph | None = None
    next_item: int = 1
    item_indent: float | None = None  # where the list's first item was set
    # the item (or its lettered part) of an agenda whose documents are being read, from
    # its "Documentation" line on (``agenda_documentation``)
    documents: Paragraph | None = None
    # the last numbered paragraph, whatever came after it (a heading forgets
    # ``last_numbered``): the number a text's own paragraphs go on from after a draft
    latest: Paragraph | None = None
    latest_indent: float | None = None  # where that paragraph was set
    # the blocks number from 1 more than once (``numbers_again``): an announced "1." before
    # the text's own numbering has begun opens a list
    numbers_again: bool = False
    numbered_read: bool = False  # a numbered paragraph of the text's own was read
    # in a draft the text recommends: the grammar, latest paragraph, prefix and scope of
    # the text around it, to go back to; and how many drafts were opened
    outer: tuple[BodyGrammar, Paragraph | None, str, str] | None = None
    drafts: int = 0
    # the headings (by their blocks' ids) that open a statement numbering its paragraphs
    # afresh (``statement_headings``), and how many were opened
    statements: set[int] = field(default_factory=set)
    statements_opened: int = 0
    # the last numbered paragraph of the text's own scope, once a scope of articles opened
    outside: Paragraph | None = None
    # a corrigendum's item being read ("1. Paragraph 49"): what follows it is its own
    correction: Paragraph | None = None

    def unique(self, pid: str, line: int) -> str:
        """``pid``, or ``pid-2``... when the number was read twice (said)."""
        free = anchors.first_free(pid, self.used)
        if free != pid:
            detail = f"paragraph number {pid} appears twice; second is {free}"
            self.doc.note("warning", "duplicate-number", line, detail)
        self.used.add(free)
        return free

    def paragraph(self, pid: str, kind: str, number: str | None, c: Candidate, body_start: int = 0) -> Paragraph:
        """A paragraph's text without its number; marker offsets shift with it."""
        shifted = [(m, max(0, off - body_start)) for m, off in c.markers]
        refs = self.doc.notes.refs(shifted)
        return Paragraph(pid, kind, number, c.text[body_start:], refs, line=c.block.line)  # type: ignore[arg-type]

    def heading(self, c: Candidate) -> Paragraph:
        self.counts["h"] += 1
        pid = self.unique(anchors.heading(self.counts["h"], self.prefix), c.block.line)
        para = Paragraph(pid, "heading", None, c.text, self.doc.notes.refs(c.markers), line=c.block.line)
        self.paragraphs.append(para)
        # what follows a heading is not part of the paragraph before it
        self.last_numbered = self.last_letter = None
        return para


def number_of(s: BodyState, c: Candidate) -> re.Match[str] | None:
    """The number the block opens with ("3. Calls upon"), read once: one whose space the
    text layer lost ("1.Pursuant", logged); where the grammar allows, one whose stop was
    lost, if it is the one the order expects (logged)."""
    if c.number_read:
        return c.number
    c.number_read = True
    c.number = NUMBERED_RE.match(c.text)
    if c.number is None and (glued := GLUED_NUMBER_RE.match(c.text)):
        c.number = glued
        detail = f"paragraph {glued.group(1)} printed without a space after its number"
        s.doc.note("repaired", "number-without-space", c.block.line, detail)
    if c.number is not None and s.grammar.bare_numbers:
        _number_between_neighbours(s, c)
    if c.number is not None or not s.grammar.bare_numbers:
        return c.number
    expected = following_number(s.last_numbered)
    if (bare := BARE_NUMBER_RE.match(c.text)) and bare.group(1) == expected:
        c.number = bare
        lost = "with a comma for its stop" if "," in bare.group(0)[: len(expected) + 1] else "without its stop"
        detail = f"paragraph {expected} printed {lost}"
        s.doc.note("repaired", "number-without-stop", c.block.line, detail)
    elif misread := misread_number(c.text, expected):
        c.number = misread
        read = c.text[: misread.start(2)].strip()
        detail = f"paragraph {expected} printed as {read!r}, read as the number the order expects"
        s.doc.note("warning", "misread-number", c.block.line, detail)
    return c.number


def _number_between_neighbours(s: BodyState, c: Candidate) -> None:
    """ "8. Requests" between paragraphs 4 and "6. Renews": paragraph 5, its digit misread
    (the order on both sides says which it is; warned with what was printed). A number
    that only skips ahead, or that the next paragraph does not follow, stays as printed."""
    assert c.number is not None
    expected = following_number(s.last_numbered)
    printed = c.number.group(1)
    after = NUMBERED_RE.match(c.following or "")
    if printed == expected or len(printed) != len(expected) or s.last_numbered is None:
        return
    if after is None or after.group(1) != str(int(expected) + 1):
        return
    c.number = NUMBERED_RE.match(expected + c.text[len(printed) :])
    detail = f"paragraph {expected} printed as {printed!r}, read as the number between {int(expected) - 1} and {after.group(1)}"
    s.doc.note("warning", "misread-number", c.block.line, detail)


def misprinted_number(s: BodyState, text: str) -> bool:
    """Whether the block opens with the number the order expects, its stop lost or its
    digits misread ("5, Notes", "i9. Calls upon"), where the grammar reads such numbers:
    a paragraph of its own, never the text of the paragraph before (which a colon held)."""
    if not s.grammar.bare_numbers:
        return False
    expected = following_number(s.last_numbered)
    bare = BARE_NUMBER_RE.match(text)
    return bool(bare and bare.group(1) == expected) or misread_number(text, expected) is not None


# -- the rules ------------------------------------------------------------------------


def table(s: BodyState, c: Candidate) -> bool:
    """A table the reader found (``table1``, ``annex-table2``: counted through the
    document, its annexes' too): one
    paragraph of kind "table" whose text is the table's words as read, its rows and
    cells kept over that text. It takes no number and ends no list: the paragraphs
    around it are read as if it were not there; but a paragraph that announced it ("the
    following contributions:") holds no block after it, which would be shown before it.
    An item of an open list that announced it ("2. Cambodia ... the following
    contributions:") holds it and the unnumbered text after it ("In addition, ..."),
    and the list goes on after them (``_list_table_holder``)."""
    if c.block.kind != "table" or c.block.table is None:
        return False
    s.holder = s.announced = None
    count = 1 + sum(1 for used in s.used if anchors.is_table(used))  # a few tables: a short count
    pid = anchors.table(count, s.prefix)
    s.used.add(pid)
    para = s.paragraph(pid, "table", None, c)
    para.table = _without_sentinels(c.block.text, c.block.table)
    holder = _list_table_holder(s)
    (holder.subparagraphs if holder is not None else s.paragraphs).append(para)
    s.holder = holder  # the item holds the text after its table too ("In addition, ...")
    return True


def _list_table_holder(s: BodyState) -> Paragraph | None:
    """The item of the open list that announces the table just read ("3. China ... the
    following contributions:"): the table is its own, shown under it, so that the list's
    next item, read after the table, is shown after it too. None when no list is open
    or its last item announces nothing (the table is the text's own)."""
    items = s.items.subparagraphs if s.items is not None else []
    last = items[-1] if items else None
    announces = last is not None and (last.number or "").isdigit() and last.text.rstrip().endswith(":")
    return last if announces else None


def figure(s: BodyState, c: Candidate) -> bool:
    """A figure the reader found (``figure1``, ``annex-figure2``: counted through the
    document, as tables are): one paragraph of kind "figure" whose text is its caption,
    the chart's words and its sources as printed, line by line. A chart's labels are no
    paragraph and no table (their order is the drawing's, not a sentence's or a grid's):
    kept verbatim and marked as a figure, they take no number and end no list."""
    if c.block.kind != "figure" or c.block.figure is None:
        return False
    s.holder = s.announced = None
    count = 1 + sum(1 for used in s.used if anchors.is_figure(used))
    pid = anchors.figure(count, s.prefix)
    s.used.add(pid)
    para = s.paragraph(pid, "figure", None, c)
    spans = _unsentinelled(c.block.text)
    found = c.block.figure
    para.figure = Figure(spans(found.caption), spans(found.labels), spans(found.sources))
    s.paragraphs.append(para)
    return True


def _unsentinelled(text: str) -> Callable[[list[tuple[int, int]]], list[tuple[int, int]]]:
    """Spans made over a laid-out block's text with the markers' sentinels in, moved onto
    the text without them (as ``split_markers`` leaves it)."""
    cuts = [(m.start(), m.end()) for m in SENTINEL_RE.finditer(text)]

    def moved(offset: int) -> int:
        taken = 0
        for start, end in cuts:  # a table holds a few markers at most
            if start >= offset:
                break
            taken += min(end, offset) - start
        return offset - taken

    def spans(pieces: list[tuple[int, int]]) -> list[tuple[int, int]]:
        return [(moved(start), moved(end)) for start, end in pieces]

    return spans


def _without_sentinels(text: str, table: Table) -> Table:
    """The table's spans, made over its text with the markers' sentinels in, moved onto
    the text without them (as ``split_markers`` leaves it)."""
    spans = _unsentinelled(text)
    rows = [TableRow([TableCell(spans(cell.spans)) for cell in row.cells], row.header) for row in table.rows]
    return Table(rows, spans(table.caption), spans(table.sources))


def draft_formula(s: BodyState, c: Candidate) -> bool:
    """ "The General Assembly," alone in a report or an annex (decisions adopted, each
    under its own formula): a draft it recommends begins, read as
    a resolution (its preamble ``draft1-pp1``, its operative paragraphs ``draft1-op1``
    numbered from 1), the formula its first line (``draft1-h5``); a second formula opens
    the next draft (``draft2-``)."""
    draft = s.grammar.draft or (s.outer[0].draft if s.outer is not None else None)
    if draft is None or c.block.kind != "text":
        return False
    before = s.paragraphs[-1] if s.paragraphs else None
    announced = before is not None and (before.kind == "heading" or before.text.rstrip().endswith(":"))
    if not is_draft_formula(c.text, announced):
        return False
    if s.outer is None:
        s.outer = (s.grammar, s.latest, s.prefix, s.scope)
    s.drafts += 1
    s.grammar, s.counts["pp"], s.latest = draft, 0, None
    s.scope = s.prefix = anchors.draft_scope(s.drafts, s.outer[2])
    s.holder = s.announced = s.items = None
    s.heading(c)
    return True


# what announces a draft decision whose paragraphs are numbered from 1, no formula
# alone on a line: "... recommends to the General Assembly the adoption of the following
# draft decision:" (the Fourth Committee's reports of the 1990s)
_DRAFT_DECISION_RE = re.compile(r"\bfollowing draft decisions?\b", re.IGNORECASE)


def numbered_draft(s: BodyState, c: Candidate) -> bool:
    """A draft decision printed as numbered paragraphs ("1. The General Assembly, having
    considered ...") right after the paragraph announcing it (its title may follow the
    colon): a draft of its own (``draft2-op1``), numbered from 1, read by the draft's
    grammar until the text's own numbering goes on (``draft_ends``)."""
    draft = s.grammar.draft
    if draft is None or s.outer is not None or c.block.kind != "text":
        return False
    match = NUMBERED_RE.match(c.text)
    if match is None or match.group(1) != "1" or following_number(s.latest) == "1":
        return False
    before = s.paragraphs[-2:]
    if not any(p is s.latest for p in before) or not _DRAFT_DECISION_RE.search(s.latest.text):  # type: ignore[union-attr]
        return False
    s.outer = (s.grammar, s.latest, s.prefix, s.scope)
    s.drafts += 1
    s.grammar, s.counts["pp"], s.latest, s.last_numbered = draft, 0, None, None
    s.scope = s.prefix = anchors.draft_scope(s.drafts, s.outer[2])
    s.holder = s.announced = s.items = None
    s.doc.note("repaired", "numbered-draft", c.block.line, "a draft decision numbered from 1 read as a draft")
    return any(rule(s, c) for rule in s.grammar.rules)


# A heading set as a numbered line in a typescript ("1. Western Sahara", "1. TRAINMAR"):
# at most this many words
NUMBERED_HEADING_WORDS = 12


def numbered_heading(s: BodyState, c: Candidate) -> bool:
    """A short numbered line that ends no sentence and numbers afresh among a report's
    paragraphs ("1. Western Sahara" after paragraph 15, its heading set in the text's
    type, as typescripts of the 1990s do): a heading, its number kept in its text, not
    a paragraph numbered out of order. Under a chapter's heading, where the scope's
    numbering starts afresh, the block after it tells: "1. TRAINMAR" then "57. The
    secretariat ..." after paragraph 56 (TD/B/CN.4/36, chapter V) is a heading, the
    numbering going on over it."""
    if s.outer is not None:
        return False
    match = NUMBERED_RE.match(c.text)
    if match is None or "\n" in c.text.strip() or not _numbers_over(s, c, int(match.group(1))):
        return False
    title = match.group(2).strip()
    # a typescript's heading underlined from end to end may list a paragraph's worth of
    # names ("4. American Samoa, Anguilla, Bermuda, ... and United States Virgin Islands")
    short = len(title.split()) <= NUMBERED_HEADING_WORDS or bool(c.block.layout and c.block.layout.underlined)
    if not (is_subheading(title) and short):
        return False
    s.heading(c)
    return True


def _numbers_over(s: BodyState, c: Candidate, number: int) -> bool:
    """The numbered line restarts below the paragraphs' numbering: at or under the last
    paragraph's number in its scope; or, in a scope with no paragraph yet, the block
    after it goes on from the last numbered paragraph before the scope."""
    if s.latest is not None:
        latest = s.latest.number or ""
        return latest.isdigit() and str(number) != following_number(s.latest) and number <= int(latest)
    after = NUMBERED_RE.match(c.following or "")
    if after is None or int(after.group(1)) <= number + 1:
        return False
    # the last paragraph numbered before (a few headings back: a chapter's, a section's)
    before = next((p for p in reversed(s.paragraphs) if (p.number or "").isdigit()), None)
    return before is not None and after.group(1) == following_number(before)


def draft_ends(s: BodyState, c: Candidate) -> bool:
    """In a draft, a paragraph that carries on the report's numbering and not the
    draft's: the report goes on, read by its own grammar again. Not the next item of a
    list the draft has open ("... the following contributions:" then "1. Brunei ...",
    "2. Cambodia ...", a table, "3. China ..." where the report's paragraph 3 is due,
    E/2025/39): the list goes on."""
    if s.outer is None or not (match := number_of(s, c)):
        return False
    grammar, latest, prefix, scope = s.outer
    number = match.group(1)
    if number != following_number(latest) or number == following_number(s.latest):
        return False
    if s.items is not None and number == str(s.next_item):
        return False
    s.grammar, s.outer, s.prefix, s.scope = grammar, None, prefix, scope
    s.last_numbered = s.latest = latest
    s.last_letter = s.holder = s.announced = s.items = None
    return any(rule(s, c) for rule in s.grammar.rules)


def correction_item(s: BodyState, c: Candidate) -> bool:
    """A corrigendum's numbered item, "1. Paragraph 49" (however the PDF set it), in its
    own order (1, 2, 3: ``para1``), and every block after it up to the next item, its own
    (``para1-p1`` "For the existing text substitute", ``para1-p2`` "49. South-South
    migration ..."): the text it quotes carries the corrected document's numbers, not the
    corrigendum's (E/2025/68/Corr.2 quotes paragraphs 49, 52 and 53 as its items 1 to 3),
    kept in its words as printed. Only in a corrigendum, outside a draft."""
    if s.doc.facts.doc_type != "corrigendum" or s.outer is not None or c.block.kind not in ("text", "heading"):
        return False
    match = CORRECTION_ITEM_RE.match(c.text.strip())
    if match is not None and match.group(1) == following_number(s.correction):
        pid = s.unique(anchors.numbered(match.group(1), s.scope), c.block.line)
        item = s.paragraph(pid, "numbered", match.group(1), c, c.text.index(match.group(2)))
        s.paragraphs.append(item)
        s.correction = s.last_numbered = s.latest = item
        s.last_letter = s.holder = s.announced = s.items = None
        return True
    if s.correction is None:
        return False
    _hold(s, s.correction, c)
    return True


def draft_section(s: BodyState, c: Candidate) -> bool:
    """In a draft, a section's heading ("B Work of the Committee regarding the Globally
    Harmonized System ...") under which the draft's operative paragraphs number from 1
    again (``fresh_sections``): a scope of the draft's own, ``draft1-secB-op1``, so that
    its "1." is no second op. 1 of the draft. Not in the text around a draft (its
    sections are its own grammar's), nor where no section numbers afresh."""
    if s.outer is None or not c.fresh_section or not (section := SECTION_LABEL_RE.match(c.text)):
        return False
    s.scope, s.latest, s.items = anchors.section_scope(section.group(1), s.prefix), None, None
    s.heading(c)
    return True


def _hold(s: BodyState, holder: Paragraph, c: Candidate) -> None:
    """The block an unnumbered paragraph of ``holder``'s own, after those it holds
    (``op3-p2``): a paragraph's after its colon, an agenda item's documents, a
    corrigendum's instruction and quotation."""
    count = sum(1 for sub in holder.subparagraphs if sub.number is None and sub.table is None) + 1
    pid = s.unique(anchors.held(holder.id, count), c.block.line)
    holder.subparagraphs.append(s.paragraph(pid, holder.kind, None, c))


def held_by_colon(s: BodyState, c: Candidate) -> bool:
    """An unnumbered block after a paragraph ending with a colon is that paragraph's own
    (the themes of panels, the question put to a court): ``op3-p1``. An item whose letter
    the letters around it settle ("(2) Make available" after "(c) ... Commission:", its
    semicolon read as a colon, and before "(e)") is no unnumbered block."""
    holder = s.holder
    parent = s.paragraphs[-1] if s.paragraphs else None
    misread = parent is not None and _letter_between(s, c, parent) is not None  # for ``lettered_item``
    numbered = starts_numbered_or_lettered(c.text) or misprinted_number(s, c.text) or misread
    if holder is not None and c.block.kind == "text" and not numbered:
        _hold(s, holder, c)
        return True
    s.announced, s.holder = holder, None
    return False


_DOCUMENTATION_RE = re.compile(r"^Documentation:?$")
# a document's title under "Documentation" is a line or two (titles set one under the
# other, without stops, are read as one block): a sentence of this length is a paragraph
DOCUMENT_TITLE_WORDS = 60


def agenda_documentation(s: BodyState, c: Candidate) -> bool:
    """A provisional agenda's "Documentation" line under an item, and the titles of the
    documents under it ("Report of the Secretary-General", however set: heading or
    text): the item's own (``para16-i3-p1``; under its lettered part, ``para16-i3a-p1``,
    when it has one), so that the agenda's next item goes on the list (A/80/16's and
    E/2025/31's agendas: "3. Programme questions: (a) ... Documentation ... (b) ...
    Documentation ... 4. Coordination questions:"). The titles end at the next numbered
    or lettered block, a section's or chapter's heading, or a paragraph's length."""
    items = s.items.subparagraphs if s.items is not None else []
    if not items or c.block.kind not in ("text", "heading"):
        s.documents = None
        return False
    if _DOCUMENTATION_RE.match(c.text.strip()):
        item = items[-1]
        s.documents = item.subparagraphs[-1] if item.subparagraphs and s.last_letter is item.subparagraphs[-1] else item
    elif s.documents is None or not _document_title(c.text):
        s.documents = None
        return False
    _hold(s, s.documents, c)
    return True


def _document_title(text: str) -> bool:
    """A line that may name a document under "Documentation": not numbered nor lettered,
    no section's or chapter's label ("B. Agenda", "Chapter II ..."), not a paragraph (a
    long text ending with a stop)."""
    if starts_numbered_or_lettered(text) or SECTION_LABEL_RE.match(text) or CHAPTER_RE.match(text):
        return False
    return not text.rstrip().endswith(".") or len(text.split()) <= DOCUMENT_TITLE_WORDS


def heading(s: BodyState, c: Candidate) -> bool:
    """A heading (``h2``); a section's label may start a scope that numbers afresh
    (``secXXV-op1``), an annexed article's or rule's one (``annex-art12-para1``), and
    where the paragraphs number afresh under them (``restarts_after``) a report's
    chapter (``chapviii-para1``) or a rule set in the body (``rule8-para1``); a heading
    under which a compilation's statement numbers its paragraphs from 1 again
    (``statement_headings``) the next statement's (``st2-para1``)."""
    if not (c.block.kind == "heading" or (s.grammar.annex and ANNEX_HEADING_RE.match(c.text))):
        return False
    s.items = None
    scope = s.scope
    if s.sections and (section := SECTION_LABEL_RE.match(c.text)):
        s.scope = anchors.section_scope(section.group(1))
    if (s.grammar.annex or s.grammar.articles or s.articles) and (article := ARTICLE_RE.match(c.text)):
        s.scope = anchors.article_scope(article.group(1), article.group(2), s.prefix)
    if s.chapters and (chapter := CHAPTER_RE.match(c.text)):
        s.scope = anchors.article_scope(chapter.group(1), chapter.group(2), s.prefix)
    if id(c.block) in s.statements and s.outer is None:
        s.statements_opened += 1
        s.scope = anchors.statement_scope(s.statements_opened, s.prefix)
    if s.scope != scope:
        if scope == s.prefix:
            s.outside = s.latest  # the text's own numbering, which may go on after the scope
        s.latest = None  # the scope's paragraphs number from 1
    s.heading(c)
    return True


def scope_ends(s: BodyState, c: Candidate) -> bool:
    """In an article's, rule's or chapter's scope, a paragraph that carries on the text's
    own numbering and not the scope's: the articles are over, and the text goes on in its
    own scope (A/80/10: paragraph 184 introduces draft articles 1 to 5, each numbering its
    paragraphs from 1; "185. The text of the draft articles and commentaries ..." after
    article 5's paragraph 3 is the report's ``para185``, not ``art5-para185``). A chapter
    whose first paragraph goes on from the text's is no scope numbering afresh (E/2025/37:
    paragraph 1, then "Chapter I" and "2.": ``para2``, not ``chapi-para2``)."""
    if s.outside is None or s.scope == s.prefix or c.block.kind != "text":
        return False
    match = NUMBERED_RE.match(c.text)
    if match is None or match.group(1) != following_number(s.outside) or match.group(1) == following_number(s.latest):
        return False
    s.scope, s.latest, s.outside = s.prefix, s.outside, None
    return any(rule(s, c) for rule in s.grammar.rules)


def list_item(s: BodyState, c: Candidate) -> bool:
    """A numbered list inside a paragraph ("agenda: 1. Opening ..."): ``op3-i1``. Its
    items' lettered parts go with it; any other block ends the list. An item numbered as
    the text's next paragraph would be is the list's while it is set at the list's indent."""
    match = number_of(s, c)
    announcer = s.announced if s.announced is not None or s.items is not None else _announced_before(s)
    if s.items is not None and s.items.subparagraphs and _announcing_item(s.items.subparagraphs[-1]):
        announcer = s.items.subparagraphs[-1]  # "8. ... parameters for the TER Network:" then "1."
    if match and announcer is None and s.items is None and (holder := _list_holder(s, c, match.group(1))):
        announcer = holder
    if match and announcer is None and s.items is None and (goes_on := _list_goes_on(s, match.group(1))):
        s.items = goes_on
    if match and (announcer is not None or s.items is not None):
        number, expected = match.group(1), following_number(s.last_numbered)
        if s.items is not None and number == str(s.next_item) and (number != expected or _at_list_indent(s, c.block)):
            pass  # the list goes on
        elif announcer is not None and _opens_list(s, c, number, expected):
            s.items, s.next_item = announcer, int(number)
            s.item_indent = c.block.layout.indent if c.block.layout is not None else None
        else:
            s.items = None
        if s.items is not None:
            pid = s.unique(anchors.item(s.items.id, number), c.block.line)
            s.items.subparagraphs.append(s.paragraph(pid, s.items.kind, number, c, match.start(2)))
            s.next_item += 1
            return True
    if not (s.items is not None and (LETTER_RE.match(c.text) or ROMAN_RE.match(c.text))):
        s.items = None
    return False


# How far in from the text's margin a list must be set for its indent to tell its items
# from the text's own paragraphs, in points
LIST_INDENT = 10.0


def _at_list_indent(s: BodyState, block: Block) -> bool:
    """The block is set where the list's first item was, and that is well inside the
    margin the text's paragraphs start at (A/80/10's agenda: items at 28.7 pt; where the
    text's numbered paragraphs hang out of the margin, S/2025/10/Add.31's at -23.6 pt,
    inside where they start)."""
    layout, indent = block.layout, s.item_indent
    if layout is None or layout.indent is None or indent is None:
        return False
    margin = min(0.0, s.latest_indent) if s.latest_indent is not None else 0.0
    return indent - margin >= LIST_INDENT and abs(layout.indent - indent) < 1.0


def _opens_list(s: BodyState, c: Candidate, number: str, expected: str) -> bool:
    """An announced block opens a list: "1." where the text's paragraphs are past 1, or
    before they begin where the text numbers from 1 again further on (E/HLPF/2025/5: the
    countries' messages, unnumbered, list "six areas of transformation:" 1 to 6, then
    "four ... pillars:" 1 to 4: lists, not the text's paragraphs numbered twice); or
    paragraphs of another text quoted with their numbers ("10. The Group is established
    ..." after "5. ... the following is stated in document TPNW/MSP/2022/6:",
    TPNW/MSP/2025/WP.4), not the number the text's own paragraphs expect, set well
    inside them."""
    if number == "1":
        return expected != "1" or following_number(s.latest) != "1" or _list_before_numbering(s)
    return number != expected and _inside_numbered(s, c.block)


def _list_before_numbering(s: BodyState) -> bool:
    """An announced "1." before the text's own numbering is a list where the text numbers
    from 1 again further on: in a report's, letter's or annex's text before any of its
    numbered paragraphs, never in a resolution or a draft, whose operative part opens with
    "1." after its preamble, nor in an article or chapter that numbers afresh (A/RES/80/162:
    "Article 2 Definitions / For the purposes of this Convention:" then "1. ..." after
    article 1's paragraphs: the article's paragraphs)."""
    own = s.grammar.numbered_kind == "numbered" and s.outer is None and s.scope == s.prefix
    return s.numbers_again and own and not s.numbered_read


# What announces a list without a colon: "Approves the provisional agenda ... as set out
# below.", "... were as follows."
_ANNOUNCES_RE = re.compile(r"\b(?:below|as follows)[.:]?$")


def _list_holder(s: BodyState, c: Candidate, number: str) -> Paragraph | None:
    """A "1." where the text's own numbering is past 1 in its scope (a provisional
    agenda in a report's chapter: "1. Election of officers." after paragraph 2), that
    is set well inside the text's numbered paragraphs, that the text before it
    announces (a colon, "as set out below", "as follows"), or that a heading opens (the
    aims an organization lists under "Aims and purposes of the organization", a
    provisional agenda under its title): a numbered list, not the paragraphs numbering
    again (a scope that numbers afresh is known before: ``restarts_after``). Its holder: the
    heading just read (the list is set under it), else the last part of the paragraph
    before it. None for any other block."""
    if number != "1" or not s.paragraphs or following_number(s.latest) == "1":
        return None
    last = s.paragraphs[-1]
    before = last if last.kind != "heading" else (s.paragraphs[-2] if len(s.paragraphs) > 1 else None)
    text = before.walk()[-1].text.rstrip() if before is not None else ""
    announced = text.endswith(":") or bool(_ANNOUNCES_RE.search(text))
    if not (announced or last.kind == "heading" or _inside_numbered(s, c.block)):
        return None
    return last if last.kind == "heading" else last.walk()[-1]


def _list_goes_on(s: BodyState, number: str) -> Paragraph | None:
    """ "52." just after paragraph 3, where the list under paragraph 2 ended at item 51
    and the text's next paragraph is 4 (S/2025/10/Add.31: the items the Council has not
    considered lately go on numbering those it has): the list goes on, under the
    paragraph just read. None where a list ended at no item past 1, the number is not the
    one after its last, or it is the one the text's paragraphs expect."""
    last = s.paragraphs[-1] if s.paragraphs else None
    if last is None or last is not s.last_numbered or last.subparagraphs or s.next_item <= 2:
        return None
    if number != str(s.next_item) or number == following_number(s.last_numbered):
        return None
    return last


def _inside_numbered(s: BodyState, block: Block) -> bool:
    """The block is set well inside where the text's last numbered paragraph was."""
    layout, indent = block.layout, s.latest_indent
    if layout is None or layout.indent is None or indent is None:
        return False
    return layout.indent - indent >= LIST_INDENT


def _announcing_item(item: Paragraph) -> bool:
    """A list's item (not a lettered part) that ends with a colon: a list of its own follows."""
    return item.number is not None and item.number.isdigit() and item.text.rstrip().endswith(":")


def _announced_before(s: BodyState) -> Paragraph | None:
    """The paragraph just read, or its last part, ending with a colon (where no rule
    before noted the announcement: an annex's grammar holds no blocks by a colon). Never
    over a heading: the list would be set before it."""
    last = s.paragraphs[-1].walk()[-1] if s.paragraphs else None
    return last if last is not None and last.kind != "heading" and last.text.rstrip().endswith(":") else None


def numbered_paragraph(s: BodyState, c: Candidate) -> bool:
    """A numbered paragraph: operative (``op3``) or a report's or annex's (``para3``)."""
    if not (match := number_of(s, c)):
        return False
    number = match.group(1)
    pid = s.unique(s.grammar.numbered_anchor(number, s.scope), c.block.line)
    para = s.paragraph(pid, s.grammar.numbered_kind, number, c, match.start(2))
    s.paragraphs.append(para)
    s.last_numbered, s.latest, s.last_letter = para, para, None
    s.latest_indent = c.block.layout.indent if c.block.layout is not None else None
    s.numbered_read = True
    s.holder = _announcing(para)
    return True


def roman_item(s: BodyState, c: Candidate) -> bool:
    """ "(ii) ..." under the lettered sub-paragraph before it (``op3a-ii``); "(i)" after
    "(h)", or before "(j)", is a letter, not a roman numeral, unless "(ii)" follows it
    ("(h) ... in the areas of:" then "(i) Civil and political rights", "(ii) ..."). A
    paragraph with no lettered items may list its own in roman numerals ("Calls upon the
    Governments concerned:" then "(i)", "(ii)", "(iii)", S/RES/66 (1948)): ``op1-i``,
    ``op1-ii``."""
    parent = s.paragraphs[-1] if s.paragraphs else None
    if s.last_letter is not None and parent is not None and s.last_letter not in parent.walk():
        s.last_letter = None
    roman = roman_opening(c.text)  # "(ii)", or a group of items: "(i)-(iii)", "(i) and (iii)"
    letter = s.last_letter
    if roman and letter is None and parent is not None and _romans_under(s, c, parent, roman.group(1)):
        pid = s.unique(anchors.roman(parent.id, roman.group(1)), c.block.line)
        label, start = roman_label(c.text, roman)
        parent.subparagraphs.append(s.paragraph(pid, parent.kind, label, c, start))
        return True
    if not roman or letter is None:
        return False
    if is_next_letter(letter.number, roman.group(1)) and not _opens_numerals(roman.group(1), c.following):
        return False
    if is_next_letter(f"({roman.group(1)})", (LETTER_RE.match(c.following or "") or [None, ""])[1]):
        return False  # "(i)" before "(j)": a letter, though the one before was (g) (A/80/23 prints no (h))
    pid = s.unique(anchors.roman(letter.id, roman.group(1)), c.block.line)
    label, start = roman_label(c.text, roman)  # a group of items is anchored by its first numeral
    sub = s.paragraph(pid, letter.kind, label, c, start)
    letter.subparagraphs.append(sub)
    s.holder = _announcing(sub)
    return True


def _opens_numerals(numeral: str, following: str | None) -> bool:
    """ "(i)" with "(ii)" printed next: the first of a list of numerals, whatever letter
    came before (no letter follows (i) as "(ii)": (j) does)."""
    after = ROMAN_RE.match(following or "")
    return numeral == "i" and after is not None and after.group(1) == "ii"


def _romans_under(s: BodyState, c: Candidate, parent: Paragraph, numeral: str) -> bool:
    """The paragraph lists its own items in roman numerals: "(i)" before "(ii)" where it
    has no items yet, or the numeral after its last item's; where it has none, the list
    of a paragraph just before it may go on (``_list_resumes``)."""
    if parent.kind in ("table", "figure"):
        return False  # no table's item: one before it would show this item before it
    items = [sub.number.strip("()") for sub in parent.subparagraphs if sub.number]
    if not items:
        return _opens_numerals(numeral, c.following) or _list_resumes(s, c, parent, numeral)
    if any(item not in ROMANS for item in items):
        return False
    first = ROMANS.index(items[0])
    return items == list(ROMANS[first : first + len(items)]) and ROMANS[
        first + len(items) : first + len(items) + 1
    ] == (numeral,)


# how many paragraphs back a list in roman numerals may have left off and go on under a later one
LIST_RESUMES_WITHIN = 3


def _list_resumes(s: BodyState, c: Candidate, parent: Paragraph, numeral: str) -> bool:
    """ "(ii)" after paragraphs that interrupt a list whose "(i)" a paragraph a few before
    printed (TD/B/CN.4/36: "59. ... a number of facets, described below." / "(i) Network
    coordination ..." / "60." / "61." / "(ii) Training development ..."): the numeral
    after the last of that paragraph's items in roman numerals, read as the list going
    on under the paragraph it follows (``para61-ii``), in the order printed, and said
    (``list-resumes``): where the list's items belong is the reader's to check."""
    back = [p for p in s.paragraphs[-LIST_RESUMES_WITHIN - 1 : -1] if p.kind != "heading"]
    if numeral == "i" or not back or parent is not s.paragraphs[-1]:
        return False
    for before in reversed(back):
        items = [sub.number.strip("()") for sub in before.subparagraphs if sub.number]
        if not items:
            continue
        if items != list(ROMANS[: len(items)]) or ROMANS[len(items) : len(items) + 1] != (numeral,):
            return False
        detail = f"item ({numeral}) goes on the list of {before.id} under {parent.id}, as printed after it"
        s.doc.note("warning", "list-resumes", c.block.line, detail)
        return True
    return False


def lettered_item(s: BodyState, c: Candidate) -> bool:
    """ "(a) ..." under the paragraph just before it (``op3a``), or under the list item
    just before it (``op3-i1a``), kept in source order."""
    letter = LETTER_RE.match(c.text)
    parent = s.paragraphs[-1] if s.paragraphs else None
    if parent is not None and parent.kind in ("table", "figure"):
        parent = None  # no table's item: and one before it would show this item before it
    if s.items is not None and s.items.subparagraphs and (s.items.subparagraphs[-1].number or "").isdigit():
        parent = s.items.subparagraphs[-1]  # a list's item "1. Role of the Committee:" then "(a)"
    if parent is None:
        return False
    start = letter.start(3) if letter else 0
    if (between := _letter_between_neighbours(s, c, parent)) is not None:
        letter, start = between, between.start(3)
    elif letter is None and s.last_letter is not None and s.last_letter in parent.walk():
        letter = letter_without_bracket(c.text, s.last_letter.number)
        start = letter.start(2) if letter else 0
        if letter:
            detail = f"sub-paragraph ({letter.group(1)}) printed without its opening bracket"
            s.doc.note("repaired", "letter-without-bracket", c.block.line, detail)
    if not letter:
        return False
    pid = s.unique(anchors.lettered(parent.id, letter.group(1)), c.block.line)
    sub = s.paragraph(pid, parent.kind, f"({letter.group(1)})", c, start)
    parent.subparagraphs.append(sub)
    s.last_letter = sub
    s.holder = _announcing(sub)
    return True


def _letter_between_neighbours(s: BodyState, c: Candidate, parent: Paragraph) -> re.Match[str] | None:
    """ "(a) To make periodic reports" between "(c)" and "(e)" of the same paragraph, or
    "(2) Make available": item (d), misread (warned with what was printed). None when the
    block is no bracketed item, or the letters around it do not settle which it is."""
    settled = _letter_between(s, c, parent)
    if settled is None:
        return None
    previous, printed, letter, after = settled
    detail = f"sub-paragraph ({letter}) printed as '({printed})', read as the letter between ({previous}) and ({after})"
    s.doc.note("warning", "misread-letter", c.block.line, detail)
    return LETTER_RE.match(f"({letter})" + c.text[3:])  # "(x)" and "(d)": the same length


def _letter_between(s: BodyState, c: Candidate, parent: Paragraph) -> tuple[str, str, str, str] | None:
    """The letters before and after a bracketed item the letters around it settle (the
    one before, the one printed, the one it is, the one after), or None."""
    last = s.last_letter
    item = re.match(r"^\(([a-z0-9])\)\s+(?=\S)", c.text)
    after = LETTER_RE.match(c.following or "")
    if item is None or after is None or last is None or last not in parent.walk() or not last.number:
        return None
    previous, printed = last.number.strip("()"), item.group(1)
    if len(previous) != 1 or after.group(1) != chr(ord(previous) + 2) or printed == chr(ord(previous) + 1):
        return None
    return previous, printed, chr(ord(previous) + 1), after.group(1)


def subheading(s: BodyState, c: Candidate) -> bool:
    """An annex's title and headings, however they were exported; among operative
    paragraphs, which all end with a stop, a short line without one ("Budget
    performance report for the period ...") is a heading too."""
    if not ((s.grammar.annex or s.last_numbered is not None) and is_subheading(c.text)):
        return False
    s.heading(c)
    return True


def annex_paragraph(s: BodyState, c: Candidate) -> bool:
    """An annex's unnumbered paragraph: its own text, no stray (``annex-p1``)."""
    return _own_paragraph(s, c, "u")


def plain_paragraph(s: BodyState, c: Candidate) -> bool:
    """A paragraph of a text read generically (no genre's marks): its own text, in order,
    counted (``p1``, ``p2`` ...)."""
    return _own_paragraph(s, c, "p")


# when a verbatim record's meeting opened and rose: "The meeting was called to order at
# 10.05 a.m.", "The meeting rose at 12.15 p.m."
_MEETING_TIME_RE = re.compile(r"^The meeting (was called to order|rose) at (\d{1,2}(?:\.\d\d)? [ap]\.m\.)$")


def speaker_turn(s: BodyState, c: Candidate) -> bool:
    """A verbatim record's paragraph that opens a speaker's turn ("Mr. Heartney (United
    States of America): As President Trump ..."): the record's own paragraph, in order
    (``p12``), its speaker added to the record's speakers (each once, in order of speaking)."""
    if not (match := SPEAKER_RE.match(c.text)):
        return False
    speaker = match.group(1)
    speakers = s.doc.extra.get("speakers", "")
    if speaker not in speakers.split("; "):
        s.doc.extra["speakers"] = f"{speakers}; {speaker}" if speakers else speaker
    return _own_paragraph(s, c, "p")


def meeting_time(s: BodyState, c: Candidate) -> bool:
    """ "The meeting was called to order at 10.05 a.m.", "The meeting rose at 12.15 p.m.":
    when a verbatim record's meeting opened and closed, kept as its own paragraph too."""
    if not (match := _MEETING_TIME_RE.match(c.text.strip())):
        return False
    s.doc.extra["opened" if match.group(1).startswith("was") else "rose"] = match.group(2)
    return _own_paragraph(s, c, "p")


def _own_paragraph(s: BodyState, c: Candidate, counter: str) -> bool:
    """An unnumbered paragraph that is the text's own (no stray): ``p`` and its count."""
    s.counts[counter] += 1
    pid = s.unique(anchors.unnumbered(s.counts[counter], s.prefix), c.block.line)
    s.paragraphs.append(s.paragraph(pid, "numbered", None, c))
    return True


def preambular_paragraph(s: BodyState, c: Candidate) -> bool:
    """An unnumbered paragraph before the first numbered one: the preamble (``pp3``)."""
    if s.last_numbered is not None:
        return False
    s.counts["pp"] += 1
    s.paragraphs.append(s.paragraph(anchors.preamble(s.counts["pp"], s.prefix), "preamble", None, c))
    return True


def contents_entry(s: BodyState, c: Candidate) -> bool:
    """An entry of the table of contents ("I. Attendance ........ 3"): the text's own,
    unnumbered (``p4``), so that its numbers are never paragraphs' numbers; after one,
    an entry whose long title left room for a few dots ("... – section Togo .. 10"), the
    headings of the contents' groups between them aside (E/ICEF/2025/11: "Resource,
    financial and budgetary matters" then "17. Private Fundraising ... 2024 .. 7")."""
    last = next((p for p in reversed(s.paragraphs) if p.kind != "heading"), None)  # a few headings back at most
    after_entry = last is not None and last.number is None and is_contents_entry(last.text)
    if not (is_contents_entry(c.text) or (after_entry and is_short_contents_entry(c.text))):
        return False
    return _own_paragraph(s, c, "p")


def lead_paragraph(s: BodyState, c: Candidate) -> bool:
    """An unnumbered paragraph before a report's first numbered one (its summary, an
    introductory note): its own, in order (``p1``), no stray."""
    if s.last_numbered is not None:
        return False
    return _own_paragraph(s, c, "p")


def stray_paragraph(s: BodyState, c: Candidate) -> bool:
    """An unnumbered paragraph among numbered ones: kept in place (``u1``), and said."""
    s.counts["u"] += 1
    detail = "unnumbered paragraph among numbered ones, kept in place"
    s.doc.note("warning", "unnumbered-paragraph", c.block.line, detail)
    s.paragraphs.append(s.paragraph(anchors.stray(s.counts["u"]), s.grammar.numbered_kind, None, c))
    return True


def _announcing(para: Paragraph) -> Paragraph | None:
    """The paragraph itself if it ends with a colon (what follows unnumbered is its own)."""
    return para if para.kind in ("operative", "numbered") and para.text.rstrip().endswith(":") else None


def read_body(
    doc: DocumentState, grammar: BodyGrammar, blocks: list[Block], used: set[str], prefix: str = ""
) -> list[Paragraph]:
    """The paragraphs of ``blocks`` by ``grammar``; anchors unique within ``used``."""
    s = BodyState(doc, grammar, used, prefix, prefix)
    s.sections = grammar.sections and numbering_restarts(blocks)
    s.chapters = restarts_after(blocks, CHAPTER_RE)
    s.articles = restarts_after(blocks, ARTICLE_RE)
    s.numbers_again = numbers_again(blocks)
    if grammar.numbered_kind == "numbered":
        s.statements = {id(blocks[index]) for index in statement_headings(blocks)}
    fresh = fresh_sections(blocks)
    for index, block in enumerate(blocks):
        text, markers = split_markers(block.text)
        following = blocks[index + 1].text if index + 1 < len(blocks) else None
        c = Candidate(block, text, markers, following=following, fresh_section=index in fresh)
        any(rule(s, c) for rule in s.grammar.rules)  # a draft's formula changes the grammar
    if grammar.finish is not None:
        grammar.finish(s.paragraphs)
    if s.drafts:
        _unnumbered_drafts(s.paragraphs)
    return s.paragraphs


def _unnumbered_drafts(paragraphs: list[Paragraph]) -> None:
    """Each draft read from its formula as a resolution is finished as one: a decision
    of unnumbered sentences ("The Executive Board / Takes note of ...") is operative."""
    drafts: dict[tuple[str | None, str], list[Paragraph]] = {}
    for para in paragraphs:
        anchor = anchors.parse(para.id)
        if anchor is not None and anchor.scope == "draft":
            drafts.setdefault((anchor.annex, anchor.scope_number), []).append(para)
    for own in drafts.values():
        unnumbered_operative_part(own)


def unnumbered_operative_part(paragraphs: list[Paragraph]) -> None:
    """A resolution whose operative part is one unnumbered sentence ("Endorses the
    declaration annexed to the present resolution."): preambular paragraphs end with a
    comma, so from the first that ends as a sentence (``_ends_sentence``), they are
    operative (``op1``...),
    with their sub-paragraphs (``pp2-i`` under ``pp2`` becomes ``op1-i``)."""
    if any(p.kind == "operative" for p in paragraphs):
        return
    start = next((i for i, p in enumerate(paragraphs) if p.kind == "preamble" and _ends_sentence(p)), None)
    if start is None:
        start = _operative_last(paragraphs)
    if start is None:
        return
    for number, para in enumerate(paragraphs[start:], start=1):
        if para.kind == "preamble":
            old, para.kind = para.id, "operative"
            para.id = anchors.operative(number, para.id.rpartition("pp")[0])  # "annex-2-" in an annex
            for part in para.walk()[1:]:  # its sub-paragraphs are operative too, under its new anchor
                part.kind, part.id = "operative", anchors.moved(part.id, old, para.id)


def _ends_sentence(para: Paragraph) -> bool:
    """Whether a paragraph ends as a sentence does: its own text ("The Council decides:"),
    or its last item's where it has items (S/RES/34 (1947): "(a) Resolves that ...
    seized ; and" then "(b) Requests that ... the General Assembly.": lettered, yet the
    operative part)."""
    return any(part.text.rstrip()[-1:] in ".:;" for part in (para, para.walk()[-1]))


# "Recommends to the General Assembly ...", "Demands ...", "Also decides ...": how an
# operative paragraph opens (a verb's third person), which no preambular one does
_OPERATIVE_OPENER_RE = re.compile(r"^(?:(?:Also|Further|Again|Strongly|Hereby|Urgently) [a-z]+s|[A-Z][a-z]+s)\b")


def _operative_last(paragraphs: list[Paragraph]) -> int | None:
    """Where no paragraph ends as a sentence (its stop lost in the scan: "... be admitted
    to membership in the United Nations", or a comma for it), the last one, if it opens
    as an operative paragraph does ("Recommends", "Demands") and no preambular one
    ("Conscious", "Desirous", "Whereas" end with an s too), is the operative part."""
    if not paragraphs or paragraphs[-1].kind != "preamble":
        return None
    text = paragraphs[-1].text.lstrip()
    if not _OPERATIVE_OPENER_RE.match(text) or PREAMBLE_OPENER_RE.match(text) or text.startswith("Whereas"):
        return None
    return len(paragraphs) - 1
