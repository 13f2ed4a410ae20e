"""Anchors: the ids of a document's paragraphs and notes, made and read in one place.

An anchor is a public address (``A/RES/56/145/#op3``): cited, bookmarked, and the key
of the paragraph in every export (JSON records, Akoma Ntoso eIds, lineage, citations).
It used to be written by f-strings in the structure and read back by a regular
expression in the page writer, two copies of one grammar that had to agree by luck. This
module owns the grammar: the structure makes anchors with the functions below, writers
and transforms read them with ``parse`` and name them with ``label``. Pure, no I/O. The
search worker, in the browser, reads and names them too (``parseAnchor`` and
``citation`` in docs/assets/un-search-worker.js): tests/test_browser.py compares its
labels with ``label`` on every form of the grammar below.

The grammar (``N`` a number as the source prints it, ``K`` a count from 1)::

    paragraph := [annex "-"] [scope "-"] base {part}
    annex     := "annex"                 the document's only annex
               | "annex-" K              annex K of several (label "annex II")
    scope     := "sec" LABEL             a section numbering its paragraphs afresh: secXXV
               | "art" NUMBER            an annex's article numbering afresh: art12, artiv
               | "rule" NUMBER           an annex's rule numbering afresh: rule15
               | "chap" NUMBER           a chapter of a report numbering afresh: chapviii
               | "draft" K               the K-th draft a report recommends (its own
                                         formula, preamble and operative numbering): draft2
               | "st" K                  the K-th statement of a compilation that numbers
                                         its paragraphs afresh under its heading (each
                                         speaker's from 1): st2
               | "draft" K "-sec" LABEL  a section of that draft numbering its operative
                                         paragraphs afresh ("A", "B" of a draft resolution
                                         in parts): draft1-secB
                                         (NUMBER as printed, lower-cased: "12 bis" stays)
    base      := "pp" K                  preambular paragraph, counted
               | "op" N                  operative paragraph, the source's number
               | "para" N                numbered paragraph of a report or an annex
               | "p" K                   an unnumbered paragraph, counted: an annex's own, or
                                         any of a text read generically (no genre's marks)
               | "h" K                   heading, counted
               | "u" K                   stray unnumbered paragraph among numbered ones
               | "table" K               a table, counted through the document (annexes too)
               | "figure" K              a figure (a chart's words), counted as tables are
    part      := LETTER                  lettered sub-paragraph: op3a, op3aa; of a list's
                                         item too: op3-i1a
               | "-" ROMAN               its (i), (ii)...: op3a-ii; a paragraph's own
                                         items in roman numerals: op1-ii
               | "-p" K                  unnumbered block a paragraph announced with a colon: op3-p1;
                                         what a list's item holds (an agenda item's
                                         "Documentation" and its titles): para16-i3-p1
               | "-i" N                  item of a numbered list inside a paragraph: op3-i2;
                                         of a list an item announces: op3-i8-i1
               | "-" K                   the K-th (K >= 2) paragraph given the same anchor: op3-2
    note      := "fn" N | "fn-star" [K] | "fn-dagger" [K] | "fn-ddagger" [K] | "fn-x" K
    note_ref  := "fnref" (what follows "fn" in the note's anchor) ["-" K]

Besides anchors, a citation may stand in the masthead (``metadata:<field>``, a place
with no anchor of its own) and the page has two fixed anchors, ``title`` and
``signature``.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Container
from dataclasses import dataclass, replace

TITLE = "title"
SIGNATURE = "signature"
_MASTHEAD = "metadata:"

# the anchor's base for each kind of paragraph, and the word a reader cites it by
BASES = ("pp", "op", "para", "p", "h", "u", "table", "figure")
PARTS = ("letter", "roman", "held", "item")
_CITED_AS = {
    "pp": "pp.",
    "op": "op.",
    "para": "para.",
    "p": "unnumbered para.",
    "h": "heading",
    "table": "table",
    "figure": "figure",
}
_SCOPES = {
    "sec": "section",
    "art": "art.",
    "rule": "rule",
    "part": "part",
    "draft": "draft",
    "chap": "chap.",
    "st": "statement",
}
# an annex's headings that number afresh: an article, a rule, a part ("Part II", as the
# Security Council's lists of items, which number again from 1 in each part); a chapter
# of a report whose paragraphs number again from 1 (a commission's report to ECOSOC)
_ARTICLE_SCOPE = {"Article": "art", "Rule": "rule", "Part": "part", "Chapter": "chap"}
_LOWER_ROMAN_RE = re.compile(r"[ivxlc]+")
_NOTE_WORDS = {"*": "star", "†": "dagger", "‡": "ddagger"}
_NOTE_MARKS = {word: mark for mark, word in _NOTE_WORDS.items()}
_ROMAN_NUMERALS = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII", "XIII", "XIV", "XV")

_ANNEX_RE = re.compile(r"annex(?:-(\d+))?")
_BASE_RE = re.compile(
    r"(?P<prefix>annex(?:-(?P<annex>\d+))?-)?(?:(?P<scope>sec|art|rule|part|draft|chap|st)(?P<scope_number>[\w ]+?)-"
    r"(?:sec(?P<section>[IVXLC]+|[A-Z])-)?)?"
    r"(?P<kind>pp|op|para|p|h|u|table|figure)(?P<number>\d+)"
)
_PART_RE = re.compile(r"(?P<letter>[a-z]+)|-(?P<roman>[ivx]+)(?=-|$)|-p(?P<held>\d+)|-i(?P<item>\d+)|-(?P<copy>\d+)")
# which part may follow which node: letters hang on paragraphs, numerals on letters
_FOLLOWS = {
    "letter": {*BASES, "item"},
    "roman": {*BASES, "letter"},
    "held": {*BASES, "letter", "roman", "item"},
    "item": {*BASES, "letter", "roman", "item"},
}
_NOTE_RE = re.compile(r"fn(?:(?P<number>\d+)|-(?P<word>star|dagger|ddagger)(?P<count>\d*)|-x(?P<ordinal>\d+))")
_NOTE_REF_RE = re.compile(r"fnref(?P<note>.*?)(?:-(?P<copy>\d+))?")


@dataclass(frozen=True)
class Anchor:
    """An anchor's parts. ``kind`` is a paragraph's base (``BASES``), ``annex`` (an
    annex's own label), a part of a paragraph (``PARTS``: its ``parent`` is the paragraph
    it belongs to), ``note`` or ``note_ref`` (its ``parent`` is the note)."""

    kind: str
    # the paragraph's number or count; a held block's count, a list item's number; a
    # note's order when the anchor keeps no marker (fn-x3)
    number: str = ""
    # the annex a paragraph or an annex label belongs to: "2" (annex-2), "" (the only
    # annex), None (the document's own body)
    annex: str | None = None
    scope: str = ""  # "sec", "art" or "rule": where the number counts afresh
    scope_number: str = ""  # "XXV", "12", "12 bis", "iv" as the anchor writes it
    section: str = ""  # a draft's section numbering afresh ("B": draft1-secB), in a draft only
    mark: str = ""  # a letter ("a", "aa"), a numeral ("ii"), a note's marker ("1", "*", "**")
    copy: int = 1  # 2 for the second paragraph given the same anchor (op3-2)
    parent: Anchor | None = None

    def __str__(self) -> str:
        return _text(self)

    @property
    def path(self) -> tuple[Anchor, ...]:
        """The paragraph (or note), then each part down to this one: op3, op3a, op3a-ii."""
        return (self,) if self.parent is None else (*self.parent.path, self)


# -- making anchors --------------------------------------------------------------------


def preamble(count: int | str, scope: str = "") -> str:
    """The ``count``-th preambular paragraph: ``pp3``; of a draft resolution an annex
    holds, ``annex-2-pp3``."""
    return f"{scope}pp{count}"


def operative(number: int | str, scope: str = "") -> str:
    """An operative paragraph by the source's number: ``op5``, ``secXXV-op1``."""
    return f"{scope}op{number}"


def numbered(number: int | str, scope: str = "") -> str:
    """A numbered paragraph of a report or annex: ``para12``, ``annex-2-para3``, ``annex-art12-para1``."""
    return f"{scope}para{number}"


def unnumbered(count: int | str, scope: str) -> str:
    """The ``count``-th unnumbered paragraph of an annex (its own text, ``annex-p1``) or of
    a text read generically (scope "": ``p3``, named "unnumbered para. 3")."""
    return f"{scope}p{count}"


def heading(count: int | str, scope: str = "") -> str:
    """The ``count``-th heading, of the body or of an annex: ``h2``, ``annex-h1``."""
    return f"{scope}h{count}"


def stray(count: int | str) -> str:
    """The ``count``-th unnumbered paragraph found among numbered ones: ``u1``."""
    return f"u{count}"


def table(count: int | str, prefix: str = "") -> str:
    """The ``count``-th table of the document, its annexes' included (counted through
    the whole text, as the UN numbers its tables): ``table2``, ``annex-table3``."""
    return f"{prefix}table{count}"


def is_table(pid: str) -> bool:
    parsed = parse(pid)
    return parsed is not None and parsed.kind == "table"


def figure(count: int | str, prefix: str = "") -> str:
    """The ``count``-th figure of the document, its annexes' included (counted through the
    whole text, as the UN numbers its figures): ``figure1``, ``annex-figure2``."""
    return f"{prefix}figure{count}"


def is_figure(pid: str) -> bool:
    parsed = parse(pid)
    return parsed is not None and parsed.kind == "figure"


def annex(number: int | str, total: int) -> str:
    """An annex's label: ``annex`` when it is the only one, else ``annex-2``."""
    return "annex" if total == 1 else f"annex-{number}"


def annex_scope(annex_anchor: str) -> str:
    """What the anchors of an annex's paragraphs begin with: ``annex-``, ``annex-2-``."""
    return f"{annex_anchor}-"


def section_scope(label: str, within: str = "") -> str:
    """What the anchors of a section numbering afresh begin with: ``secXXV-`` (section
    XXV); of a draft's section (``within`` the draft's scope), ``draft1-secB-``."""
    return _scope("sec", label, within)


def draft_scope(count: int | str, within: str = "") -> str:
    """What the anchors of the ``count``-th draft a report (or an annex, ``within``)
    recommends begin with: ``draft2-`` (its preamble ``draft2-pp1``, its operative
    paragraphs ``draft2-op1``), ``annex-draft2-``."""
    return _scope("draft", str(count), within)


def statement_scope(count: int | str, within: str = "") -> str:
    """What the anchors of the ``count``-th statement of a compilation begin with, where
    each statement numbers its paragraphs afresh under its heading (A/AC.292/2025/INF/5:
    Nicaragua's paragraphs 1 to 9, then Niger's 1 to 8): ``st1-`` (its paragraph 3
    ``st1-para3``, cited "statement 1, para. 3"), ``annex-st2-``. Counted, as drafts are:
    a speaker's name is no part of an address, and the same speaker may speak twice."""
    return _scope("st", str(count), within)


def article_scope(word: str, number: str, within: str = "") -> str:
    """What the anchors of an article's or rule's paragraphs begin with, from its heading's
    words ("Article", "12 bis" in "annex-"): ``annex-art12 bis-``, ``annex-rule15-``; a
    chapter's: ``chapviii-``."""
    return _scope(_ARTICLE_SCOPE[word], number.lower(), within)


def lettered(parent: str, letter: str) -> str:
    """A paragraph's lettered sub-paragraph: ``op3a`` for (a) of ``op3``."""
    return f"{parent}{letter}"


def roman(parent: str, numeral: str) -> str:
    """A lettered sub-paragraph's (i), (ii)...: ``op3a-ii``; a paragraph's own: ``op1-ii``."""
    return f"{parent}-{numeral}"


def held(holder: str, count: int | str) -> str:
    """The ``count``-th unnumbered block a paragraph ending with a colon holds: ``op3-p1``."""
    return f"{holder}-p{count}"


def item(holder: str, number: int | str) -> str:
    """An item of a numbered list inside a paragraph: ``op3-i2``."""
    return f"{holder}-i{number}"


def duplicate(anchor: str, n: int) -> str:
    """The ``n``-th paragraph (n >= 2) whose anchor would be ``anchor``: ``op3-2``."""
    return f"{anchor}-{n}"


def moved(anchor: str, parent: str, new_parent: str) -> str:
    """A sub-paragraph's anchor once its paragraph's became ``new_parent`` (a preambular
    paragraph found operative: ``pp2-i`` of ``pp2`` becomes ``op1-i``): every part is
    written after its paragraph's anchor."""
    if not anchor.startswith(parent):
        raise ValueError(f"{anchor!r} is not under {parent!r}")
    return new_parent + anchor[len(parent) :]


def first_free(anchor: str, used: Container[str]) -> str:
    """``anchor`` if no paragraph has it yet, else its first free duplicate (``op3-2``...)."""
    if anchor not in used:
        return anchor
    n = 2
    while duplicate(anchor, n) in used:
        n += 1
    return duplicate(anchor, n)


def note(marker: str, ordinal: int) -> str:
    """A note's anchor, stable across builds: ``fn1`` for note 1 (also printed ``1/``, as
    the 1990s did), ``fn-star`` / ``fn-star2`` for ``*`` / ``**``, ``fn-dagger`` likewise;
    any other marker by its order, ``fn-x3``."""
    if marker.isdigit() or (marker.endswith("/") and marker[:-1].isdigit()):
        return f"fn{int(marker.rstrip('/'))}"
    for char, word in _NOTE_WORDS.items():
        if marker and set(marker) == {char}:
            return f"fn-{word}" + (str(len(marker)) if len(marker) > 1 else "")
    return unmarked_note(ordinal)


def unmarked_note(ordinal: int | str) -> str:
    """A note known by its order only (no marker, or a second note of one marker): ``fn-x3``."""
    return f"fn-x{ordinal}"


def note_ref(note_id: str, count: int) -> str:
    """The ``count``-th reference to a note in the text: ``fnref1``, then ``fnref1-2``."""
    return note_id.replace("fn", "fnref", 1) + (f"-{count}" if count > 1 else "")


def masthead(field: str) -> str:
    """The place of a citation or note in a masthead fact: ``metadata:based_on``."""
    return f"{_MASTHEAD}{field}"


def is_masthead(place: str) -> bool:
    """Whether a place is in the masthead, which has no anchor of its own."""
    return place.startswith(_MASTHEAD)


def _scope(kind: str, number: str, within: str = "") -> str:
    return f"{within}{kind}{number}-"


def _prefix(anchor: Anchor) -> str:
    """What precedes a paragraph's base: its annex's and its scope's."""
    within = "" if anchor.annex is None else annex_scope(_annex_text(anchor.annex))
    scope = _scope(anchor.scope, anchor.scope_number, within) if anchor.scope else within
    return section_scope(anchor.section, scope) if anchor.section else scope


def _annex_text(number: str) -> str:
    """An annex's label from its number as anchors keep it ("" for the only annex)."""
    return annex(number, 1 if number == "" else 2)


def _text(anchor: Anchor) -> str:
    """The anchor its parts make, each shape by the function above that makes it."""
    parent = str(anchor.parent) if anchor.parent is not None else ""
    if anchor.kind == "note_ref":
        return note_ref(parent, anchor.copy)
    if anchor.kind == "note":
        text = note(anchor.mark, 0) if anchor.mark else unmarked_note(anchor.number)
    elif anchor.kind == "annex":
        text = _annex_text(anchor.annex or "")
    elif anchor.kind in BASES:
        text = f"{_prefix(anchor)}{anchor.kind}{anchor.number}"
    elif anchor.kind in ("letter", "roman"):
        text = (lettered if anchor.kind == "letter" else roman)(parent, anchor.mark)
    else:
        text = (held if anchor.kind == "held" else item)(parent, anchor.number)
    return duplicate(text, anchor.copy) if anchor.copy > 1 else text


# -- reading anchors -------------------------------------------------------------------


@functools.lru_cache(maxsize=1 << 14)
def parse(anchor: str) -> Anchor | None:
    """The parts of an anchor this grammar makes; None for any other string (a stray
    ``#top``, an eId of the XML), so that nothing is read into what was never made here.
    (Kept for reuse: every page names its paragraphs, and a collection repeats ``op3``.)"""
    parsed = _parse_note(anchor) if anchor.startswith("fn") else _parse_paragraph(anchor)
    # the parts must make the anchor again: "op03" keeps its zero, "op3-02" is none of ours
    return parsed if parsed is not None and str(parsed) == anchor else None


def _parse_paragraph(anchor: str) -> Anchor | None:
    if match := _ANNEX_RE.fullmatch(anchor):
        return Anchor("annex", annex=match.group(1) or "")
    match = _BASE_RE.match(anchor)
    if match is None:
        return None
    annex_number = (match["annex"] or "") if match["prefix"] else None
    if match["section"] and match["scope"] != "draft":
        return None  # only a draft's section is written inside another scope
    scope, number, section = match["scope"] or "", match["scope_number"] or "", match["section"] or ""
    node = Anchor(match["kind"], match["number"], annex_number, scope, number, section)
    position = match.end()
    while position < len(anchor):
        part = _PART_RE.match(anchor, position)
        if part is None:
            return None
        if part["copy"] is not None:
            if node.copy != 1:
                return None
            node = replace(node, copy=int(part["copy"]))
        else:
            kind = next(name for name in PARTS if part[name] is not None)
            if node.kind not in _FOLLOWS[kind]:
                return None
            value = part[kind]
            node = Anchor(kind, parent=node, **({"mark": value} if kind in ("letter", "roman") else {"number": value}))
        position = part.end()
    return node


def _parse_note(anchor: str) -> Anchor | None:
    if match := _NOTE_REF_RE.fullmatch(anchor):
        found = _note(_NOTE_RE.fullmatch("fn" + match["note"]))
        return None if found is None else Anchor("note_ref", copy=int(match["copy"] or 1), parent=found)
    return _note(_NOTE_RE.fullmatch(anchor))


def _note(match: re.Match[str] | None) -> Anchor | None:
    if match is None:
        return None
    if match["ordinal"] is not None:
        return Anchor("note", number=match["ordinal"])
    if match["number"] is not None:
        return Anchor("note", mark=match["number"])
    return Anchor("note", mark=_NOTE_MARKS[match["word"]] * int(match["count"] or 1))


def is_annex(anchor: str) -> bool:
    """Whether the anchor is an annex's own label (``annex``, ``annex-2``), which opens it."""
    return _ANNEX_RE.fullmatch(anchor) is not None


def operative_scope(anchor: str) -> str | None:
    """Where an operative paragraph's number counts: ``""`` in the body, ``"secXXV-"`` in a
    section that numbers afresh; None if the anchor is not an operative paragraph's own."""
    parsed = parse(anchor)
    return _prefix(parsed) if parsed is not None and parsed.kind == "op" else None


# -- naming anchors --------------------------------------------------------------------


@functools.lru_cache(maxsize=1 << 14)
def label(anchor: str) -> str:
    """How a reader names the place: 'op. 3', 'op. 3 (a) (ii)', 'pp. 5', 'annex II, para. 3',
    'op. 4 (b), unnumbered para. 1', 'op. 3, item 2', 'note *'. An anchor the site
    names by nothing else (``u1``, ``op3-2a``, ``fn-x3``, whose marker it does not keep)
    is its own label, as is any string that is not an anchor."""
    parsed = parse(anchor)
    return anchor if parsed is None else _label(parsed)


def annex_label(number: str) -> str:
    """'annex', or of several, 'annex II' (from the anchor's ``2``); past XV, 'annex 16'."""
    if not number:
        return "annex"
    return "annex " + (_ROMAN_NUMERALS[int(number) - 1] if int(number) <= len(_ROMAN_NUMERALS) else number)


def note_label(marker: str) -> str:
    """How a reader names a note: by the marker the source printed, 'note 8', 'note *'."""
    return f"note {marker}"


def _label(anchor: Anchor) -> str:
    if anchor.kind == "annex":
        return annex_label(anchor.annex or "")
    if anchor.kind == "note" and anchor.mark:
        return note_label(anchor.mark)
    if anchor.kind in ("held", "item") and anchor.copy == 1 and anchor.parent is not None:
        named = "unnumbered para." if anchor.kind == "held" else "item"
        return f"{_label(anchor.parent)}, {named} {anchor.number}"
    return _paragraph_label(anchor) or str(anchor)


def _paragraph_label(anchor: Anchor) -> str | None:
    """'annex, art. 12, para. 1 (a) (ii)': a paragraph, its letter and numeral, any one
    of them a duplicate (which is named as the first); None for other shapes."""
    chain = anchor.path
    base = chain[0]
    shape = tuple(node.kind for node in chain[1:])
    if base.kind not in _CITED_AS or shape not in ((), ("letter",), ("letter", "roman"), ("roman",)):
        return None
    if any(node.copy != 1 for node in chain[:-1]):
        return None  # "op3-2a": the letter of a duplicate
    where = "" if base.annex is None else annex_label(base.annex) + ", "
    if base.scope:  # a roman numeral as printed: "part II", "art. IV"
        number = base.scope_number.upper() if _LOWER_ROMAN_RE.fullmatch(base.scope_number) else base.scope_number
        where += f"{_SCOPES[base.scope]} {number}, "
    if base.section:
        where += f"{_SCOPES['sec']} {base.section}, "
    return where + f"{_CITED_AS[base.kind]} {base.number}" + "".join(f" ({node.mark})" for node in chain[1:])
