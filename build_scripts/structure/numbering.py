"""How UN texts number their paragraphs: the patterns, and the checks that they follow.

Operative paragraphs "1.", lettered sub-paragraphs "(a)" ... "(z)", "(aa)", roman items
"(i)", sections "I" / "B" whose paragraphs may number afresh, articles and rules of an
annexed text. A number that does not follow the one before is said on the page, never
renumbered: the source may have lost a paragraph, or this converter misread one. Only
a number a scan printed as letters ("L." for 1, "i9." for 19) is read as digits, and
only where it is exactly the number the order expects next (said on the page too).
"""

from __future__ import annotations

import itertools
import re

from .. import anchors
from .. import metadata as md
from ..model import Paragraph
from ..readers.base import Block
from ..repairs.joining import ends_paragraph
from ..repairs.markers import strip_sentinels
from ..repairs.misread import MISREAD_CHARACTERS, as_digits

NUMBERED_RE = re.compile(r"^(\d{1,3})\.\s+(.*)$", re.DOTALL)
# "1.Pursuant to ...": a number whose space some text layers lost (2001-era PDFs); only
# before a capital, so that "1.5 per cent" is no paragraph 1, and not a code's capital
# ("5.A.2.a.9: Designed or modified ...", "6.D.4 "Software"": a list of goods' entries)
GLUED_NUMBER_RE = re.compile(r"^(\d{1,3})\.(?=[A-Z](?![.\d]))(.*)$", re.DOTALL)
# the space after the letter may be lost ("(mm)Designing")
LETTER_RE = re.compile(r"^\(([a-z]|([a-z])\2)\)\s*(?=\S)(.*)$", re.DOTALL)
# (i) to (xxxix): a long list of a draft's recommendations runs to "(xxviii)" and beyond
ROMAN_RE = re.compile(r"^\(([ivx]{1,7})\)\s+(.*)$", re.DOTALL)
# "26 Condemns ...": an operative number whose full stop the PDF lost, or a scan's text
# read as a comma ("1, Requests ...")
BARE_NUMBER_RE = re.compile(r"^(\d{1,3})(?:,\s*|\s+)(?=[A-Z][a-z])(.*)$", re.DOTALL)
# A paragraph's number a scan misread, a letter for a digit ("L. Strongly condemns",
# "i9. Calls upon", "ll. Requests", "Z. Demands", "S. Appeals"): one to three of these
# characters, one at least a letter, then the stop (or a comma) and a capitalised word
MISREAD_NUMBER_RE = re.compile(rf"^([0-9{re.escape(MISREAD_CHARACTERS)}]{{1,3}})[.,]\s+(?=[A-Z][a-z])(.*)$", re.DOTALL)
# A section of a resolution's body: "I", "XXV Effects of changes ...", "B"
SECTION_LABEL_RE = re.compile(r"^([IVXLC]+|[A-Z])\.?(?:\s|$)")
ARTICLE_RE = re.compile(r"^(Article|Rule|Part) (\d{1,3}(?: ?(?:bis|ter))?|[IVXLC]+)\b")
# A report's chapter heading, its label then its title ("Chapter VIII Organization of the session")
CHAPTER_RE = re.compile(r"^(Chapter) ([IVXLC]+|\d{1,2})(?=\s+[A-Z]|$)")
# Headings of an annex's parts, whatever their weight: "I. General provisions", "Rule 15",
# "Chapter II", "Article 3", "Section A".
ANNEX_HEADING_RE = re.compile(r"^(?:(?:[IVXLC]+|[A-H])\.\s+[A-Z][^.;:]*|(?:Rule|Article|Chapter|Section|Part) \w+\.?)$")
# The formula a draft a report recommends opens with, alone on its line: "The General
# Assembly,", "The Meeting of States Parties,", "The High-level Committee,"; UNICEF's
# Executive Board prints it without the comma
DRAFT_FORMULA_RE = re.compile(
    r"^The (?=[^,]*\b(?:Assembly|Council|Board|Committee|Commission|Conference|Meeting)\b)"
    r"[A-Z][\w-]*(?: (?:[A-Z][\w-]*|of|and|on|for|in|the))*(,?)$"
)
# A corrigendum's item, alone on its line: its number, then the place of the corrected
# document it corrects ("1. Paragraph 49", "2. Table 1", "3. Annex II, paragraph 4")
CORRECTION_ITEM_RE = re.compile(
    r"^(\d{1,3})\.\s+((?:Paragraphs?|Table|Figure|Box|Annex|Footnotes?|Page|Chapter|Section|Title|Summary|Heading)"
    r"\b[^.;:\n]{0,80})$"
)
_UNITS = ("", "i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix")
# the numerals a list is numbered with, in order: (i) ... (xxxix), as ``ROMAN_RE`` reads them
ROMANS = tuple(tens + unit for tens in ("", "x", "xx", "xxx") for unit in _UNITS)[1:]


# A label naming several items in roman numerals at once, as a Committee's report of
# its votes on amendments prints them: "(i)-(iii) The Committee adopted the first three
# amendments", "(i) and (iii) The Committee adopted the first and third" (A/50/610)
ROMAN_GROUP_RE = re.compile(r"^\(([ivx]{1,7})\)(?:\s*-\s*|\s+and\s+)\(([ivx]{1,7})\)(?=\s+\S)")


def roman_opening(text: str) -> re.Match[str] | None:
    """The label an item in roman numerals opens with: a group's ("(i)-(iii)", "(i) and
    (iii)", ``ROMAN_GROUP_RE``, its numerals ascending), or one numeral's (``ROMAN_RE``);
    ``group(1)`` is its first numeral either way."""
    group = ROMAN_GROUP_RE.match(text)
    if group is not None and _ascending(group.group(1), group.group(2)):
        return group
    return ROMAN_RE.match(text)


def roman_label(text: str, roman: re.Match[str]) -> tuple[str, int]:
    """The label of an item in roman numerals as printed ("(ii)", a group's "(i)-(iii)"),
    and where its text begins (``roman``: as ``roman_opening`` read it)."""
    if roman.re is ROMAN_GROUP_RE:
        return roman.group(0), len(text) - len(text[roman.end() :].lstrip())
    return f"({roman.group(1)})", roman.start(2)


def _ascending(first: str, last: str) -> bool:
    return first in ROMANS and last in ROMANS and ROMANS.index(first) < ROMANS.index(last)


def numerals(label: str) -> list[str]:
    """The numerals an item's label names: "(ii)" one, "(i)-(iii)" three, "(i) and
    (iii)" two; a label of no numerals none."""
    group = ROMAN_GROUP_RE.match(f"{label} x")
    if group is not None and _ascending(group.group(1), group.group(2)):
        first, last = ROMANS.index(group.group(1)), ROMANS.index(group.group(2))
        return list(ROMANS[first : last + 1]) if "-" in label else [group.group(1), group.group(2)]
    numeral = label.strip("()")
    return [numeral] if numeral in ROMANS else []


def numerals_in_order(labels: list[str]) -> bool:
    """Items in roman numerals name (i), (ii) ... each once, with no gap: in order, or,
    where a label names several ("(i) and (iii)", then "(ii)", "(iv)", as A/50/610
    prints the Committee's votes), in the order of their votes."""
    named = [numeral for label in labels for numeral in numerals(label)]
    if named == list(ROMANS[: len(named)]):
        return True
    grouped = any(len(numerals(label)) > 1 for label in labels)
    return grouped and sorted(named, key=ROMANS.index) == list(ROMANS[: len(named)])


def starts_numbered_or_lettered(text: str) -> bool:
    return bool(opens_numbered(text) or LETTER_RE.match(text) or ROMAN_RE.match(text))


def opens_numbered(text: str) -> bool:
    """ "3. The Committee" or, its space lost, "3.The Committee"; never an entry of the
    table of contents ("1. Elements of the methodology ........ 8")."""
    return bool(NUMBERED_RE.match(text) or GLUED_NUMBER_RE.match(text)) and not is_contents_entry(text)


# An entry of a table of contents: its title, dot leaders, the page ("... ......... 8")
_LEADERS_RE = re.compile(r"(?:\.\s?){5,}\s*(?:\d{1,4}|[ivxl]{1,6})(?=\s|$)")


def is_draft_formula(text: str, announced: bool) -> bool:
    """ "The General Assembly," alone: the opening of a draft a report recommends; without
    its comma ("The Executive Board") only where a heading or a colon announced the draft."""
    match = DRAFT_FORMULA_RE.match(strip_sentinels(text).strip())
    return match is not None and (bool(match.group(1)) or announced)


# An entry whose long title left room for two or three leaders only ("... – section Togo .. 10"),
# the heading of the next group of entries perhaps run on after its page ("... 31 December
# 2024 .. 7 Other matters and adoption of draft decisions", E/ICEF/2025/11: a title, no stop)
_SHORT_LEADERS_RE = re.compile(r"\s\.{2,4}\s*\d{1,4}(?:\s+[A-Z][^.:;]*)?$")


def is_short_contents_entry(text: str) -> bool:
    """An entry of a table of contents whose title leaves room for a few dots only;
    read as one where the entry before it is one (elsewhere ".. 10" may be a text's)."""
    return bool(_SHORT_LEADERS_RE.search(strip_sentinels(text).rstrip()))


def is_contents_entry(text: str) -> bool:
    """A block of the table of contents: dot leaders, then a page number (the next
    entry may follow on the line: "... 23 B. Other matters")."""
    return bool(_LEADERS_RE.search(strip_sentinels(text)))


# "II" / "Implementation of the 1995 Agreement for the Implementation of the" / ... four
# lines of the treaty's name (A/RES/79/145)
PART_TITLE_LINES = 4


def is_part_heading(text: str) -> bool:
    """ "Rule 15" / "Duties of the secretariat", "II" / "Activities of the Committee":
    a label on its own line, then a title that ends no sentence (of up to
    ``PART_TITLE_LINES`` lines: a section of a long resolution may name a treaty in full)."""
    lines = [line.strip() for line in strip_sentinels(text).split("\n") if line.strip()]
    if not lines or len(lines) > 1 + PART_TITLE_LINES or ends_paragraph(lines[-1]):
        return False
    return bool(md.PART_HEADING_RE.match(lines[0]) or md.SECTION_ONLY_RE.match(lines[0]))


def is_subheading(text: str) -> bool:
    """A short line that opens with a capital and ends no sentence."""
    return text[:1].isupper() and not ends_paragraph(text) and len(text.split()) <= 40


def letter_index(letter: str) -> int:
    """(a) 0 ... (z) 25, (aa) 26 ...: how UN texts letter long lists."""
    return 26 * (len(letter) - 1) + ord(letter[0]) - ord("a")


def is_next_letter(previous: str | None, candidate: str) -> bool:
    """'(i)' after '(h)' is the ninth letter, not a roman one."""
    if not previous:
        return False
    prev = previous.strip("()")
    # "(ii)" after "(hh)" is the thirty-fifth letter
    same_length = len(prev) == len(candidate) and len(set(prev)) == len(set(candidate)) == 1
    return same_length and ord(candidate[0]) == ord(prev[0]) + 1


def following_number(para: Paragraph | None) -> str:
    """The number the paragraph after ``para`` would have ("1" when there is none)."""
    return str(int(para.number) + 1) if para is not None and para.number and para.number.isdigit() else "1"


def misread_number(text: str, expected: str, whole: bool = True) -> re.Match[str] | None:
    """The opening of a paragraph whose number a scan misread as letters ("L. Strongly
    condemns" for 1, "i9. Calls upon" for 19, "ll. Requests" for 11), when read as digits
    it is exactly ``expected``, the number the order calls for next, and the paragraph
    ends as paragraphs do: any other reading ("S. Africa") is no paragraph's number, nor
    is a roman numeral ("I. Pumps of medium capacity;" then "II. Equipment") (``whole`` False: a paragraph's first part, cut by a blank line,
    need not end so). The match is made over the text with the digits put back (its
    length unchanged), so that group 1 is the number and group 2 starts where the text
    after it does."""
    match = MISREAD_NUMBER_RE.match(text)
    if match is None or match.group(1).isdigit() or (whole and not ends_paragraph(text)):
        return None
    if set(match.group(1)) == {"I"}:
        return None  # "I. Pumps ...", then "II. Equipment ...": a roman numeral, as printed
    digits = as_digits(match.group(1))
    if digits != expected:
        return None
    return MISREAD_NUMBER_RE.match(digits + text[len(digits) :])


# "b) To abstain ...": a lettered item whose opening bracket the scan lost
_BRACKET_LOST_RE = re.compile(r"^([a-z])\)\s+(?=[A-Z])(.*)$", re.DOTALL)


def letter_without_bracket(text: str, previous: str | None) -> re.Match[str] | None:
    """ "b) To abstain ..." right after "(a)": item (b), its opening bracket lost; only the
    letter after ``previous`` (the last item's, "(a)"), so that no other text opening
    "x) " is read as an item."""
    match = _BRACKET_LOST_RE.match(text)
    return match if match and is_next_letter(previous, match.group(1)) else None


def numbering_restarts(blocks: list[Block]) -> bool:
    """Whether the operative numbering starts again at 1 after a section heading
    ("I", "XXV Effects of changes in rates of exchange"), as budget resolutions do."""
    highest, after_section = 0, False
    for block in blocks:
        text = strip_sentinels(block.text)
        if block.kind == "heading" and SECTION_LABEL_RE.match(text):
            after_section = True
        elif match := NUMBERED_RE.match(text):
            if match.group(1) == "1" and after_section and highest > 1:
                return True
            highest = max(highest, int(match.group(1)))
    return False


def fresh_sections(blocks: list[Block]) -> set[int]:
    """The indexes of the section headings ("A", "B Work of the Committee ...") under
    which a draft's paragraphs number from 1, where two sections of one draft (between
    one formula and the next) at least do so: a draft resolution in parts, each numbering
    its operative paragraphs afresh (E/2025/72's draft: A, op. 1 to 6; B, op. 1 to 7; C,
    op. 1 to 4). A draft whose first section alone opens with "1." and whose next ones
    go on (A/80/21's draft B: "I Introduction", op. 1 ... "II ...", op. 13 ...) has none."""
    fresh: set[int] = set()
    found: list[int] = []  # the headings of the draft being read under which "1." came first
    pending: int | None = None  # the section heading whose first numbered block is awaited
    for index, block in enumerate(blocks):
        text = strip_sentinels(block.text)
        if is_draft_formula(text, True):
            fresh.update(found if len(found) > 1 else ())
            found, pending = [], None
        elif block.kind == "heading" and SECTION_LABEL_RE.match(text):
            pending = index
        elif block.kind == "text" and (match := NUMBERED_RE.match(text)):
            if pending is not None and match.group(1) == "1":
                found.append(pending)
            pending = None
    return fresh | (set(found) if len(found) > 1 else set())


def restarts_after(blocks: list[Block], label: re.Pattern[str]) -> bool:
    """Whether the paragraphs number again from 1 under a heading ``label`` matches
    ("Chapter II", "Rule 8"): the first numbered block after one such heading, not the
    first, is "1." where a higher number was read before it. A numbered list further
    down a part ("1. Election of officers" in an agenda) does not count."""
    highest, labels, first_after = 0, 0, False
    for block in blocks:
        text = strip_sentinels(block.text)
        if block.kind == "heading" and label.match(text):
            labels, first_after = labels + 1, True
        elif block.kind == "text" and (match := NUMBERED_RE.match(text)):
            if first_after and labels > 1 and match.group(1) == "1" and highest > 1:
                return True
            first_after = False
            highest = max(highest, int(match.group(1)))
    return False


# a statement's first numbered paragraph: "1.", or "2." where its first is printed
# without its number (S/2025/453, Pakistan's: "Mr. Chair, / I would like to thank ..."
# then "2. I also extend ...")
FIRST_NUMBERS = 2
# ... a paragraph of prose: this many words at least, ending as a sentence ends (a list's
# item under a heading is shorter or ends otherwise: "Agriculture – Coordinator: China")
STATEMENT_WORDS = 12
_SENTENCE_END_RE = re.compile(r"[.!?][\"”’)]?\s*$")


def statement_headings(blocks: list[Block]) -> set[int]:
    """The indexes of the headings that open a statement of a compilation numbering its
    paragraphs afresh (A/AC.292/2025/INF/5: "Nicaragua", its address "Señor Presidente,
    ...", then "1. Deseamos ..." to "9.", after the compilation's own paragraphs 1 and 2;
    "Niger", then "1. Tout d'abord ..." to "8."): the heading nearest before a "1." (or
    "2.", ``FIRST_NUMBERS``) of prose (``STATEMENT_WORDS``) that is the first numbered
    block after it, where a higher number was read before. Only where at least two
    headings do so, as a compilation's speakers do one after another (once is a list
    under its title: "Provisional agenda", "1. Opening of the session"), and where no
    paragraph after them carries on the numbering they broke (A/80/42's working groups'
    reports, each numbered from 1, quoted between its paragraphs 20 and 21; a report's
    drafts, numbered from 1 between its own paragraphs) nor numbers from 1 again under no
    heading (lists: E/C.2/2025/2/Add.3's organizations' activities); never a section's, chapter's,
    article's or annex's label, which scope by their own numbers (``restarts_after``)."""
    highest, heading, found, outer, last = 0, None, [], 0, 0
    for index, block in enumerate(blocks):
        text = strip_sentinels(block.text)
        if block.kind == "heading":
            labelled = any(label.match(text) for label in (SECTION_LABEL_RE, ARTICLE_RE, CHAPTER_RE, ANNEX_HEADING_RE))
            heading = None if labelled else index
        elif block.kind == "text" and (match := NUMBERED_RE.match(text)):
            number = int(match.group(1))
            if found and number == outer + 1 != last + 1:
                return set()  # the text's own numbering goes on: what numbered afresh was quoted
            again = number <= FIRST_NUMBERS and number < last
            if heading is not None and again and number < highest and _prose(match.group(2)):
                outer = outer or highest
                found.append(heading)
            elif found and again:
                return set()  # numbering afresh under no heading: lists, not statements
            heading, highest, last = None, max(highest, number), number
    return set(found) if len(found) > 1 else set()


def _prose(text: str) -> bool:
    """A paragraph of prose: ``STATEMENT_WORDS`` words at least, ending as a sentence."""
    return len(text.split()) >= STATEMENT_WORDS and _SENTENCE_END_RE.search(text) is not None


def numbers_again(blocks: list[Block]) -> bool:
    """Whether more than one block of text opens with "1.": the text's paragraphs, or a
    list, number from 1 again somewhere."""
    ones = 0
    for block in blocks:
        match = NUMBERED_RE.match(strip_sentinels(block.text)) if block.kind == "text" else None
        ones += match is not None and match.group(1) == "1"
        if ones > 1:
            return True
    return False


def numbering_gaps(paragraphs: list[Paragraph]) -> list[tuple[int | None, str]]:
    """Where the numbers read do not follow each other: (line, what), in order."""
    gaps: list[tuple[int | None, str]] = []
    previous: dict[str, int] = {}
    numbered: dict[tuple[str | None, str, str, str], int] = {}
    for para in paragraphs:
        gaps += _numbered_gap(para, numbered)
        scope = anchors.operative_scope(para.id) if para.kind == "operative" else None
        if scope is not None and para.part is None and para.number and para.number.isdigit():
            number = int(para.number)
            expected = previous.get(scope, 0 if scope == "" else number - 1) + 1
            if number != expected:
                gaps.append((para.line, f"operative paragraph {number} where {expected} was expected"))
            previous[scope] = number
        gaps += _roman_gaps(para)
        gaps += _letter_gaps(para)
    return gaps


def _numbered_gap(
    para: Paragraph, previous: dict[tuple[str | None, str, str, str], int]
) -> list[tuple[int | None, str]]:
    """A report's, letter's or annex's numbered paragraph (``para45``) that does not
    follow the one before in its scope (the body's from 1; an annex's, a chapter's or an
    article's from its first number): "paragraph 45 where 44 was expected", the gap kept
    as printed and said on the page; ``previous``: the last number read in each scope,
    updated. A number read twice is said where it is made unique (``duplicate-number``)."""
    anchor = anchors.parse(para.id)
    if anchor is None or anchor.kind != "para" or anchor.copy > 1 or not (para.number or "").isdigit():
        return []
    key, number = (anchor.annex, anchor.scope, anchor.scope_number, anchor.section), int(para.number or 0)
    first = 1 if anchor.annex is None and not anchor.scope else number
    expected = previous.get(key, first - 1) + 1
    previous[key] = number
    return [] if number == expected else [(para.line, f"paragraph {number} where {expected} was expected")]


def _letter_gaps(para: Paragraph) -> list[tuple[int | None, str]]:
    """A paragraph's (a), (b) ... follow each other; its own items in roman numerals
    ((i), (ii), (iii) from the first: ``op1-ii``, S/RES/66 (1948)) are no letters."""
    gaps: list[tuple[int | None, str]] = []
    letters = [
        sub
        for sub in para.subparagraphs
        if sub.number and re.fullmatch(r"\(([a-z])\1?\)", sub.number) and not _is_roman(sub.id)
    ]
    for before, after in itertools.pairwise(letters):
        a, b = before.number.strip("()"), after.number.strip("()")  # type: ignore[union-attr]
        if letter_index(b) != letter_index(a) + 1:
            gaps.append((after.line, f"sub-paragraph ({b}) follows ({a}) in {para.id}"))
    return gaps


def _is_roman(anchor: str) -> bool:
    """The anchor is an item's in roman numerals (``op1-ii``, ``op3a-ii``), not a letter's."""
    parsed = anchors.parse(anchor)
    return parsed is not None and parsed.kind == "roman"


def _roman_gaps(para: Paragraph) -> list[tuple[int | None, str]]:
    """A lettered paragraph's (i), (ii) ... follow each other from (i)."""
    gaps: list[tuple[int | None, str]] = []
    for sub in para.subparagraphs:
        gaps += _roman_gaps(sub)
        romans = [s.number for s in sub.subparagraphs if s.number and numerals(s.number)]
        if romans and not numerals_in_order(romans):
            gaps.append((sub.line, f"sub-paragraphs {', '.join(romans)} in {sub.id}"))
    return gaps
