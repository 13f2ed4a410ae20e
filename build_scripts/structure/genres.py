"""Genre grammars: which body rules a kind of document is read by, in which order.

A genre orders the shared parts (masthead, opening, body, annexes, sign-off, notes:
``document.py``) and names its body's rules. Adding a genre is one grammar here and,
where its text needs it, new rules in ``body.py``; nothing else learns of it.

- a resolution or decision: preambular paragraphs (``pp1``), then operative ones
  (``op1``, lettered ``op1a``, roman ``op1a-ii``), headings among them, sections that
  may number afresh (``secII-op1``);
- a report: its table of contents entry by entry and its summary (``p1``, ``p2`` ...),
  then numbered paragraphs (``para12``) under its headings, an unnumbered block after the
  numbering has begun carrying on the paragraph before it; a draft it recommends, from
  its formula ("The General Assembly,") on, read as a resolution under its own scope
  (``draft1-pp1``, ``draft1-op1``), as is each decision an annex lists under its formula;
- an annex (of either): numbered (``annex-para3``) and unnumbered (``annex-p2``)
  paragraphs, headings by their pattern, articles and rules numbering afresh;
- a letter, a note verbale, a note (named so above its text, its body prose): its
  paragraphs as a generic text's, without the warning; what it encloses is its annexes;
- any other text (no opening formula, numbered title, sponsors, paragraph 1 or line
  naming it): read generically, its headings, any numbered paragraphs (``para2``) and
  lettered items, every other block an unnumbered paragraph (``p1``, ``p2`` ...), and
  said on its page.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .. import anchors
from .. import metadata as md
from ..model import RESOLUTION_TYPES
from . import body as rules
from .body import BodyGrammar
from .parts import Found
from .state import DocumentState

RESOLUTION_BODY = BodyGrammar(
    "resolution",
    (
        rules.table,
        rules.figure,
        rules.held_by_colon,
        rules.heading,
        rules.list_item,
        rules.numbered_paragraph,
        rules.roman_item,
        rules.lettered_item,
        rules.subheading,
        rules.preambular_paragraph,
        rules.stray_paragraph,
    ),
    numbered_kind="operative",
    numbered_anchor=anchors.operative,
    bare_numbers=True,
    sections=True,
    articles=True,
    finish=rules.unnumbered_operative_part,
)
# a draft a report recommends, from its formula ("The General Assembly,") on: a
# resolution's paragraphs under the draft's own scope (``draft1-op1``), until another
# formula opens the next draft or a paragraph carries on the report's numbering
DRAFT_BODY = BodyGrammar(
    "draft",
    (
        rules.table,
        rules.figure,
        rules.draft_formula,
        rules.draft_ends,
        rules.draft_section,
        rules.held_by_colon,
        rules.heading,
        rules.list_item,
        rules.numbered_paragraph,
        rules.roman_item,
        rules.lettered_item,
        rules.subheading,
        rules.preambular_paragraph,
        rules.stray_paragraph,
    ),
    numbered_kind="operative",
    numbered_anchor=anchors.operative,
    bare_numbers=True,
)
REPORT_BODY = BodyGrammar(
    "report",
    (
        rules.table,
        rules.figure,
        rules.contents_entry,
        rules.correction_item,
        rules.draft_formula,
        rules.numbered_draft,
        rules.agenda_documentation,
        rules.held_by_colon,
        rules.heading,
        rules.scope_ends,
        rules.list_item,
        rules.numbered_heading,
        rules.numbered_paragraph,
        rules.roman_item,
        rules.lettered_item,
        rules.lead_paragraph,
        rules.stray_paragraph,
    ),
    numbered_kind="numbered",
    numbered_anchor=anchors.numbered,
    draft=DRAFT_BODY,
)
ANNEX_BODY = BodyGrammar(
    "annex",
    (
        rules.table,
        rules.figure,
        rules.draft_formula,
        rules.agenda_documentation,
        rules.heading,
        rules.list_item,
        rules.numbered_paragraph,
        rules.roman_item,
        rules.lettered_item,
        rules.subheading,
        rules.annex_paragraph,
    ),
    numbered_kind="numbered",
    numbered_anchor=anchors.numbered,
    annex=True,
    bare_numbers=True,
    draft=DRAFT_BODY,
)

GENERIC_BODY = BodyGrammar(
    "generic",
    (
        rules.table,
        rules.figure,
        rules.contents_entry,
        rules.heading,
        rules.numbered_paragraph,
        rules.roman_item,
        rules.lettered_item,
        rules.plain_paragraph,
    ),
    numbered_kind="numbered",
    numbered_anchor=anchors.numbered,
)
# a verbatim record: its speakers' turns and the statements between them, each its own
# paragraph in order (``p1``), none numbered (a turn the PDF set as a heading is still
# one); the hours its meeting opened and rose
RECORD_BODY = BodyGrammar(
    "record",
    (
        rules.table,
        rules.figure,
        rules.speaker_turn,
        rules.meeting_time,
        rules.heading,
        rules.plain_paragraph,
    ),
    numbered_kind="numbered",
    numbered_anchor=anchors.numbered,
)


@dataclass(frozen=True)
class Genre:
    name: str
    body: BodyGrammar
    annex: BodyGrammar
    # an unnumbered block after the numbering has begun carries on the paragraph before
    continues_numbered: bool
    # a block the reader marked a heading may be a line of a paragraph it could not tell
    # from a masthead's unit (a text without a formula, read line by line): joined when
    # the block before does not end as a paragraph does
    headings_continue: bool = False
    # what opens a paragraph, never a heading, however the reader set it (a speaker's turn)
    never_heading: re.Pattern[str] | None = None


RESOLUTION = Genre("resolution", RESOLUTION_BODY, ANNEX_BODY, continues_numbered=False)
# a letter, a note verbale, a note: its own paragraphs as written, numbered or not; what
# it encloses is its annexes (``annexes.py``)
LETTER = Genre("letter", GENERIC_BODY, ANNEX_BODY, continues_numbered=False, headings_continue=True)
REPORT = Genre("report", REPORT_BODY, ANNEX_BODY, continues_numbered=True)
GENERIC = Genre("generic", GENERIC_BODY, ANNEX_BODY, continues_numbered=False, headings_continue=True)
# a verbatim record's lines may be set as headings as a generic text's are (its speeches
# in the PDF's two columns): a heading carries on the turn before it
RECORD = Genre(
    "record", RECORD_BODY, ANNEX_BODY, continues_numbered=False, headings_continue=True, never_heading=md.SPEAKER_RE
)


def named_type(doc: DocumentState) -> str:
    """The type the title or subtitle names ("Letter dated ..." a letter), else "document"."""
    for text in (doc.facts.title or "", doc.facts.subtitle or ""):
        if kind := md.named_type(text):
            return kind
    return "document"


GENERIC_WARNING = (
    "no genre recognised (neither an opening formula nor numbered paragraphs): "
    "read as plain paragraphs and headings; check the structure"
)


def choose_genre(doc: DocumentState, found: Found) -> Genre:
    """Generic when the text had none of a genre's marks (said, the type what the
    masthead says or "document"); a report when nothing of a resolution was found: no
    opening formula, no numbered title, no draft's sponsors. The document's type follows
    where the masthead left it open (a resolution printed without its formula is said)."""
    if found == "named":
        doc.facts.doc_type = doc.facts.doc_type if doc.facts.doc_type not in (None, "report") else named_type(doc)
        return LETTER
    if found == "record":
        doc.facts.doc_type = "verbatim record"
        return RECORD
    if found == "none":
        doc.note("warning", "generic-reading", None, GENERIC_WARNING)
        doc.facts.doc_type = doc.facts.doc_type or "document"
        return GENERIC
    has_opening = found == "opening"
    report = not has_opening and doc.number is None and doc.facts.doc_type not in RESOLUTION_TYPES
    if not has_opening and not report and doc.facts.doc_type in (None, "resolution"):
        doc.facts.doc_type = "resolution"
        detail = f"no opening formula ('The {doc.facts.body or 'General Assembly'},'): the body follows the title"
        doc.note("warning", "no-opening", None, detail)
    if doc.facts.doc_type is None:
        doc.facts.doc_type = "report" if report else "resolution"
    return REPORT if report else RESOLUTION
