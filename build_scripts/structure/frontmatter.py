"""Facts a report prints in its front matter when its masthead has none: its date and
the year of its publication.

A report issued in the Official Records ("General Assembly Official Records Eightieth
Session Supplement No. 44") has a cover, not a masthead: no "Distr.: General" and no
date beside its symbol. It gives its day in square brackets above its summary or
contents ("[25 June 2025]", the UN's way of dating a text that has no masthead; some
print it without the brackets, alone above "Contents"), and its title page's imprint
gives the year it was published ("United Nations • New York, 2025"). These lines stay
where they are in the text; this module only reads them, line by line with ordered
named rules (as ``masthead.py`` does), from the start of the document to its paragraph
1. What a cover prints only as a year stays a year (``published``): it is never made a
day. The day is read only when the masthead printed no date of its own, so that a
document with a masthead is dated by it alone.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from .. import metadata as md
from ..readers.base import Block
from ..repairs.markers import strip_sentinels
from .numbering import opens_numbered
from .state import DocumentState

# How far the front matter may run, in blocks: a cover, a title page, a note, a summary
# and the contents (the longest seen, A/80/44's, end at block 30)
_FRONT_MATTER_BLOCKS = 200
_BRACKETED_DATE_RE = re.compile(rf"^\[(\d{{1,2}} (?:{md.MONTH_ALT}) \d{{4}})\]$")
# "United Nations • New York, 2025", "United Nations • New York and Geneva, 2025"
_IMPRINT_RE = re.compile(r"^United Nations\s*[•·]\s*[A-Z][A-Za-z ]+, ((?:19|20)\d\d)$")
# what a date alone above it dates: the report's summary or contents
_DATED_HEADING_RE = re.compile(r"^(?:Summary|Contents|SUMMARY|CONTENTS)$")


@dataclass
class FrontMatterState:
    doc: DocumentState
    # the front matter's lines in order (the rule reads the one after the line offered)
    lines: list[tuple[int, str]]
    index: int = 0

    def next_text(self) -> str:
        return self.lines[self.index + 1][1] if self.index + 1 < len(self.lines) else ""


Rule = Callable[[FrontMatterState, int, str], bool]


def _undated(f: FrontMatterState) -> bool:
    facts = f.doc.facts
    return facts.distributed is None and facts.adopted is None and facts.dated is None


def bracketed_date(f: FrontMatterState, line: int, text: str) -> bool:
    """ "[25 June 2025]" alone on its line: the day a report without a masthead gives itself."""
    if not (match := _BRACKETED_DATE_RE.match(text)) or not _undated(f):
        return False
    return _dated(f, line, match.group(1), "in square brackets")


def date_above_contents(f: FrontMatterState, line: int, text: str) -> bool:
    """A date alone on its line right above "Contents" or "Summary": the same day, printed
    without its brackets ("27 February 2025" in A/80/33)."""
    if not md.DATE_LINE_RE.match(text) or not _DATED_HEADING_RE.match(f.next_text()) or not _undated(f):
        return False
    return _dated(f, line, text.strip("*"), f"above {f.next_text()!r}")


def imprint_year(f: FrontMatterState, line: int, text: str) -> bool:
    """ "United Nations • New York, 2025": the year the title page says it was published."""
    if not (match := _IMPRINT_RE.match(text)) or f.doc.facts.published is not None:
        return False
    f.doc.set_fact("published", int(match.group(1)), line)
    f.doc.extra["imprint"] = text
    return True


FRONT_MATTER_RULES: tuple[Rule, ...] = (bracketed_date, date_above_contents, imprint_year)


def _dated(f: FrontMatterState, line: int, printed: str, where: str) -> bool:
    day = md.parse_date(printed)
    if day is None:
        return False
    f.doc.set_fact("dated", day, line)
    f.doc.provenance["dated"] = f"the date printed {where} on line {line}: the document has no masthead date"
    return True


def read_front_matter(doc: DocumentState, blocks: list[Block]) -> None:
    """Every line from the document's start to its paragraph 1 offered to the rules."""
    lines: list[tuple[int, str]] = []
    for block in blocks[:_FRONT_MATTER_BLOCKS]:
        if block.kind == "text" and re.match(r"^1\.", block.text) and opens_numbered(block.text):
            break
        for offset, text in enumerate(strip_sentinels(block.text).split("\n")):
            if text.strip():
                lines.append((block.line + offset, text.strip()))
    f = FrontMatterState(doc, lines)
    for f.index, (line, text) in enumerate(lines):
        any(rule(f, line, text) for rule in FRONT_MATTER_RULES)
