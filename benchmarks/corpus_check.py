"""Convert every document of a directory one by one and say, per document and per kind
of document, what is right, what is wrong and why, and what was refused and why.

    .venv/bin/python benchmarks/corpus_check.py DIR [--limit N] [--show N] [--json OUT]

DIR holds real documents as users have them: official PDFs (``A_RES_78_10.pdf``,
``A_78_354.en.pdf``), text extractions (``A_RES_78_10.txt``, SeanFobbe/cr-unsc's
``S_RES_0242_1967_EN_GOLD.txt``) or the ``.json`` files of wannli/mandate-pipeline's
``data/extracted`` (their ``"text"`` field is read). Nothing here was tuned per file.

**Kind.** Each document is counted under its kind, *genre × body × decade*, so that a
figure says which kinds of UN documents are read right, not only how many documents:

- genre: the converter's type (``Document.doc_type``: resolution, draft resolution,
  draft decision, amendment, report, document), made finer by the document's own words:
  a resolution whose symbol holds ``/DEC/`` or whose title opens "Decision" is a
  decision; a report or document whose title opens "Letter(s) dated" / "Identical
  letters" is a letter, "Note verbale" or a "Note by ..." title or subtitle a note, a
  title that opens "(Annotated) (provisional) agenda" an agenda;
- body: the body the document names (``Document.body``) when it is one of the bodies the
  converter knows by name (``metadata.BODY_NAMES``: a body misread from a sentence, "The
  Pact for the Future sets out ...,", would make a kind of one document), else its
  symbol's series:
  ``A/HRC/`` Human Rights Council, ``E/CN.4/`` Commission on Human Rights, ``A/``
  General Assembly, ``S/`` Security Council, ``E/`` Economic and Social Council, a
  treaty body's series (``CCPR/``, ``CEDAW/``, ``CRC/``, ``CERD/``, ``CMW/`` ...)
  treaty body; any other series by its first component (``series DP``);
- decade: that of the adoption date, else of the distribution date, else of the day a
  document without a masthead date gives itself (``dated``), else of the year its
  imprint prints (``published``); ``unknown`` when the converter found none.

A refused document has no model: its kind is ``refused`` × the body of the series its
file name gives × the decade of a year its file name holds (``S_RES_0242_1967``), else
``unknown``.

**Right.** Every genre:

- it converts: no error, and the fidelity proof passes (every word kept);
- its symbol is its own: the one its file name gives (``A_RES_78_10`` -> A/RES/78/10,
  ``A_80_10.en`` -> A/80/10, ``S_RES_0242_1967_EN_GOLD`` -> S/RES/242(1967); spaces
  are not compared, so the printed ``S/RES/242 (1967)`` is its own). A document that
  prints another symbol than its name is counted apart, *symbol differs from file name
  (printed X)*, and listed for a human to check (some corpora hold another document
  under a name): it is neither right nor plainly wrong. Once checked by hand
  (``HELD_UNDER_ANOTHER_NAME``), it is judged as the document it holds. A printed symbol that is the
  name's cut where its parts meet (``S/RES/1445`` for ``S/RES/1445(2002)``, ``A/ES``
  for ``A/ES-10/1022``) is the same document, its symbol misread: wrong, *symbol read
  short*. A name that gives no symbol (``UNDoc-4077798``) is not compared. A text
  that prints no symbol is read all the same, keyed by its file's name: wrong, *the
  text states no document symbol*;
- a genre was recognised: a generic reading (rule ``generic-reading``) is *wrong: no
  genre recognised*;
- no paragraph holds page furniture (job number, page ``2/5``, the running symbol) or
  is a note's text (``Resolution 60/1.``);
- no line of the text is left in the masthead: a line no masthead rule understood that
  reads as a sentence's (eight words or more, ending on a comma, semicolon or colon, or
  carrying on in lower case) is *wrong: text read as masthead*;
- every note marker has its note and every note its marker (none missing, unmarked
  or never referenced). A note never referenced is wrong unless the source text itself
  shows that it never prints the note's marker (*note the source never marks*, see
  ``marks_note``), the converter saying so on the page (its ``unreferenced-note``
  warning): the printed *Resolutions and Decisions* of the Security Council set one
  page's notes for every resolution on that page, so a resolution's text may end with
  a note whose marker is in another's. Such a document is right, and the summary counts
  it apart (*right, with notes the source never marks*); not so when the text prints a
  marker garbled past reading (``prints_garbled_marker``) or misread, or the note is
  numbered among its markers (``another_texts_note``). A PDF, whose text the judge does
  not read apart, is judged by the warning alone. A note missing (its marker printed, its
  text not found) is wrong unless no line of the source, its text or a PDF's text layer,
  opens with the marker and words after it, the notes before and after it read (*note
  the source never prints*, see ``notes_the_source_never_prints``): S/2025/284 marks note
  42 and prints no text for it, between notes 41 and 43;
  the summary counts it apart (*right, with notes whose text the source never prints*);
- numbered paragraphs are numbered 1..N without gaps or repeats in each scope (the
  body from 1; a section, an annex, an article or rule numbering afresh from its first
  number), and sub-paragraph letters and roman numerals too.

General Assembly resolutions are judged exactly as before this module judged per kind
(so their figures do not move): adoption and distribution dates, session and meeting
found, the agenda item too for a resolution of the regular form (``A/RES/78/10``, not a
special or emergency session's ``A/RES/ES-10/21``); operative paragraphs present and
numbered 1..N in the body, a section that numbers afresh from its first number; no
unnumbered stray among them.

Other resolutions and decisions: the adoption date and the meeting (every body prints
its resolutions' and decisions' meeting); a General Assembly decision its session too;
a resolution its operative paragraphs (a Security Council resolution: no session or
agenda item is expected, the Council has neither). Where the converter says it found no
meeting, date or operative paragraph, or a gap in the paragraphs' numbers, and the
source's text, read apart, shows it never prints one (an old volume's resolution without
sign-off, a date without its day, a text cut within its preamble, a paragraph's number
lost: ``facts_the_source_never_prints``), it is not wrong, and the summary counts it
apart (*right, with a meeting, date, operative part or number the source never
prints*); a PDF, whose text the judge does not read apart, stays wrong.

Reports, letters, notes, drafts, agendas and every other genre: a date (distributed,
adopted, or, where the document prints no masthead date, the day it gives itself or the
year of publication its cover prints: a report in the Official Records prints only
those), a title (not of a Security Council draft, which prints none), and the
symbol.

Prints one line per document that is not right (its kind, wrong with the reasons, or
refused with the reason), the summary (share right, each problem's count), the documents
whose symbol differs from their name, a table per kind (documents, right, wrong,
differs, refused, share right, the most frequent reasons) and milliseconds per PDF page
by the process's own clock. ``--json`` writes a record per document (kind, status,
symbols, problems).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from collections import Counter, defaultdict
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Literal

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))


from build_scripts import anchors
from build_scripts.errors import SourceError
from build_scripts.metadata import BODY_NAMES
from build_scripts.model import Document, Paragraph
from build_scripts.pipeline import read_source
from build_scripts.sources import Source, decode

_FURNITURE_RE = re.compile(r"\b\d{2}-\d{5}\b|\b\d{1,3}/\d{1,3} \d{2}-\d{5}|\*\d{7}\*")
# a figure of a table's cell: "63 930 800" is three, "(2 061 900)", "40.6", "–", "12%";
# never "12," (a list in a sentence: "programmes 5, 7, 8 and 9")
_FIGURE_TOKEN_RE = re.compile(r"\(?[-–]?\d(?:[\d.,]*\d)?%?\)?|[–—-]")
# this many figures in a row, no word between, are a table's row read as prose
FLATTENED_FIGURES = 6
# a table's printed caption standing alone: "Table 2", "Table IV. Staff by grade"
# paragraphs whose words are laid out, not prose: a table's cells, a figure's labels
LAID_OUT = ("table", "figure")
_CAPTION_RE = re.compile(r"Table\s+(?:\d{1,3}|[IVXL]{1,6}|[A-Z]\.\d{1,3})\b.{0,150}")
# an amendment's instruction under the table (or its column) it changes: A/80/16's
# "Table 31.I.2" / "Column “2026 (planned)”" / "Replace “a proposal” with “proposals”."
_AMENDMENT_RE = re.compile(r"\s*(?:Replace|Add|Delete|Insert|Amend)\s+[“\"‘]")
_NOTE_TEXT_RE = re.compile(r"^(?:Resolution \d+/\d+(?:, annex)?\.|See [A-Z]/\S+\.|[AES]/\S+\.)$")

Status = Literal["right", "wrong", "differs", "refused"]
STATUSES: tuple[Status, ...] = ("right", "wrong", "differs", "refused")
DIFFERS = "symbol differs from file name"
INCOMPLETE = "symbol read short"
GENERIC = "no genre recognised"
# a document whose text prints no symbol is read all the same, keyed by its file's name
NO_SYMBOL = "the text states no document symbol (keyed by its file's name)"
UNKNOWN = "unknown"
GENERAL_ASSEMBLY = "General Assembly"
SECURITY_COUNCIL = "Security Council"

# -- the symbol a file name gives ------------------------------------------------------

# a language suffix of the UN's six languages: "A_78_354.en.pdf"
_LANGUAGE_RE = re.compile(r"\.(?:en|fr|es|ru|ar|zh)$", re.IGNORECASE)
# SeanFobbe/cr-unsc: "S_RES_0242_1967_EN_GOLD" is Security Council resolution 242 (1967)
_CR_UNSC_RE = re.compile(r"^S_RES_(\d+)_(\d{4})(?:_[A-Z]{2})?(?:_GOLD)?$", re.IGNORECASE)
# what a name must look like to be a symbol: components of letters, digits, dots,
# hyphens and brackets ("ICCD_COP(8)_CST_8", "E_ICEF_672(PartII)"), at least two
_NAME_SYMBOL_RE = re.compile(r"[A-Z][A-Za-z0-9.()-]*(?:/[A-Za-z0-9.()-]+)+")
_YEAR_RE = re.compile(r"(?<![0-9])(19[4-9][0-9]|20[0-9][0-9])(?![0-9])")


def expected_symbol(path: Path | str) -> str | None:
    """The symbol a file's name gives (``_`` for ``/``), a language suffix stripped; a
    Security Council resolution in its canonical form, no space before the year
    (``S/RES/242(1967)``); None when the name is no symbol (``UNDoc-4077798.en.pdf``)."""
    if held := HELD_UNDER_ANOTHER_NAME.get(Path(path).name):
        return held
    stem = _LANGUAGE_RE.sub("", Path(path).stem)
    if match := _CR_UNSC_RE.match(stem):
        return f"S/RES/{int(match.group(1))}({match.group(2)})"
    symbol = stem.replace("_", "/")
    return symbol if _NAME_SYMBOL_RE.fullmatch(symbol) else None


# Files that hold another document than their name says, checked by hand against the
# first page's masthead (the symbol printed is the truth): the file, then the symbol its
# masthead and running heads print. Such a document is judged as that one, by its
# facts; any other differing symbol stays *differs*, for a human to check.
HELD_UNDER_ANOTHER_NAME: dict[str, str] = {
    # Spanish: "Consejo de Seguridad", S/2023/664, a letter of 12 September 2023 (Egypt)
    "A_78_354.en.pdf": "S/2023/664",
    # "Economic and Social Council", E/C.16/2024/4, a note by the Secretariat (CEPA)
    "A_78_668.en.pdf": "E/C.16/2024/4",
    # "Security Council", S/2025/503, a letter of 1 August 2025 (Türkiye)
    "A_79_992.en.pdf": "S/2025/503",
    # "Economic and Social Council", E/2025/48, UN-Nutrition, note by the Secretary-General
    "A_80_61.en.pdf": "E/2025/48",
    # Spanish: "Asamblea General", A/AC.292/2024/3, a Secretariat paper of 29 April 2024
    "E_2024_1.en.pdf": "A/AC.292/2024/3",
    # Russian: CEDAW's concluding observations on the Central African Republic
    "S_2024_145.en.pdf": "CEDAW/C/CAF/CO/6",
    # Russian: "Совет Безопасности", S/2024/228, a letter of 11 March 2024
    "S_2024_216.en.pdf": "S/2024/228",
    # cr-unsc: "Resolution 538 (1983) / of 18 October 1983", the text of 538 (filed apart too)
    "S_RES_0542_1983_EN_GOLD.txt": "S/RES/538(1983)",
    # cr-unsc: "Resolution 773 (1992) / of 26 August 1992", the text of 773 (filed apart too)
    "S_RES_0778_1992_EN_GOLD.txt": "S/RES/773(1992)",
}


def same_symbol(printed: str, expected: str) -> bool:
    """Whether a printed symbol is the expected one: spaces do not count (``S/RES/242
    (1967)`` as printed, ``S/RES/242(1967)`` as named; ``(Part II)``, ``(PartII)``), nor
    does letter case (UNFCCC prints ``FCCC/SBSTA/2011/MISC.14`` on the cover of the
    document filed as ``FCCC_SBSTA_2011_Misc.14``: one symbol, as the UN's document
    system reads them)."""
    return re.sub(r"\s+", "", printed).casefold() == re.sub(r"\s+", "", expected).casefold()


# what a symbol is cut before: a component, a year, a part or volume; not a collection's
# label on its file name ("JIU_NOTE_2022_1_Rev.1(review)": the review's highlights, which
# print JIU/NOTE/2022/1/Rev.1 as theirs)
_CUT_PART_RE = re.compile(r"^(?:[/-]|\((?:(?:19|20)\d\d\)|Part|PART|Vol))")


def read_short(printed: str, expected: str) -> bool:
    """Whether a printed symbol is the expected one cut short where a symbol's parts meet:
    before its year or part (``S/RES/1445`` for ``S/RES/1445(2002)``), a component
    (``A/ES`` for ``A/ES-10/1022``): the same document, its symbol misread, not another."""
    printed, expected = re.sub(r"\s+", "", printed), re.sub(r"\s+", "", expected)
    if not (len(printed) < len(expected) and expected.startswith(printed)):
        return False
    return bool(_CUT_PART_RE.match(expected[len(printed) :]))


# -- a document's kind -----------------------------------------------------------------

_TREATY_BODIES = ("CAT", "CCPR", "CED", "CEDAW", "CERD", "CESCR", "CMW", "CRC", "CRPD", "HRI", "SPT")
# the longest prefix first: an A/HRC/ document is the Council's, not the Assembly's
_SERIES_BODIES = (
    ("A/HRC/", "Human Rights Council"),
    ("E/CN.4/", "Commission on Human Rights"),
    ("A/", GENERAL_ASSEMBLY),
    ("S/", SECURITY_COUNCIL),
    ("E/", "Economic and Social Council"),
)
_LETTER_RE = re.compile(r"^(?:Identical )?letters? dated\b", re.IGNORECASE)
_NOTE_RE = re.compile(r"^Note (?:verbale|by)\b", re.IGNORECASE)
# "Provisional agenda", "Annotated provisional agenda", "Annotations to the provisional
# agenda": not "Implementation of the 2030 Agenda for Sustainable Development"
_AGENDA_RE = re.compile(r"^(?:annotations to the |annotated )?(?:provisional )?agenda\b", re.IGNORECASE)
_DECISION_RE = re.compile(r"^Decision\b", re.IGNORECASE)


@dataclass(frozen=True)
class Kind:
    """What kind of document: its genre, the body it is of, the decade of its date."""

    genre: str
    body: str
    decade: str

    def __str__(self) -> str:
        return f"{self.genre} × {self.body} × {self.decade}"


def series_body(symbol: str | None) -> str:
    """The body a symbol's series belongs to (``A/HRC/`` the Human Rights Council, a
    treaty body's series "treaty body"); another series by its first component."""
    if not symbol:
        return UNKNOWN
    for prefix, body in _SERIES_BODIES:
        if symbol.startswith(prefix):
            return body
    first = symbol.split("/", 1)[0]
    return "treaty body" if first in _TREATY_BODIES else f"series {first}"


def decade(year: int | None) -> str:
    return f"{year // 10 * 10}s" if year else UNKNOWN


def genre_of(doc: Document) -> str:
    """The converter's type of the document, made finer by its own words (see the module's
    docstring): a letter, a note and an agenda are read as reports or generically."""
    kind = doc.doc_type or "document"
    if kind == "resolution":
        is_decision = "/DEC/" in doc.symbol or _DECISION_RE.match(doc.title or "")
        return "decision" if is_decision else "resolution"
    if kind not in ("report", "document"):
        return kind
    title, subtitle = doc.title or "", doc.subtitle or ""
    if _LETTER_RE.match(title):
        return "letter"
    if _NOTE_RE.match(title) or _NOTE_RE.match(subtitle):
        return "note"
    if _AGENDA_RE.match(title):
        return "agenda"
    return kind


def kind_of(doc: Document) -> Kind:
    """A converted document's kind: its genre, body (named, or its series') and decade."""
    when = doc.sort_date()
    body = doc.body if doc.body in BODY_NAMES else series_body(doc.symbol)
    return Kind(genre_of(doc), body, decade(when.year if when else doc.published))


def refused_kind(path: Path | str) -> Kind:
    """A refused document's kind, from its file name only: it has no model."""
    symbol = expected_symbol(path)
    year = _YEAR_RE.search(symbol) if symbol else None
    return Kind("refused", series_body(symbol), decade(int(year.group(1)) if year else None))


# -- what the source text prints, read apart from the converter -----------------------

_MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December"
# words after which a number is what they count or name ("resolution 3", "para. 7", "Nos. 5")
# (not their plurals: "resolutions 31 adopted at" holds a marker)
_NAMING_WORDS = frozenset(
    [
        "resolution",
        "paragraph",
        "para.",
        "paras.",
        "article",
        "art.",
        "rule",
        "chapter",
        "chap.",
        "annex",
        "no.",
        "nos.",
        "p.",
        "pp.",
        "page",
        "vol.",
        "volume",
        "item",
        "section",
        "sect.",
        "part",
        "table",
        "add.",
        "corr.",
        "rev.",
        "suppl.",
    ]
)
# what, after a number standing apart, makes it a day, a resolution's number, a share or a count
# of the vote: "4 April", "3 (1946)", "30 per cent", "10 votes", "with 1 abstention"
_AFTER_NOT_MARK_RE = re.compile(
    rf"^\s*(?:(?:{_MONTHS})\b|\((?:19|20)\d\d\)|%|per cent\b|votes?\b|members?\b|abstentions?\b)"
)
# a list of numbers a naming word, singular or plural, names ("Articles 49 and 50",
# "paragraphs 1 to 8 and 11", "paragraphs 5, 6"): before a number of it (its naming word
# and the list's numbers so far), and after the first (the list going on)
_LIST_BEFORE_RE = re.compile(
    r"(?<![A-Za-z])([A-Za-z]+\.?)\s+\d{1,3}(?:(?:,\s*|\s+(?:and|to)\s+)\d{1,3})*(?:,\s*|\s+(?:and|to)\s+)$"
)
_LIST_GOES_ON_RE = re.compile(r"(?:,\s*|\s+(?:and|to)\s+)\d{1,3}\b")
# a date's year, which a marker may be glued to: "of 15 February 19895" (note 5)
_DATED_YEAR_RE = re.compile(rf"\b(?:{_MONTHS}),? (?:19|20)\d\d$")
# the first day of dates that go on: "14 and 22 April", "23 to 28 May"
_DAY_RANGE_RE = re.compile(rf"^\s*(?:and|to|-|–)\s+\d{{1,2}}\s+(?:{_MONTHS})\b")


def marks_note(body: str, marker: str) -> bool:
    """Whether ``body`` (a source's text before its notes) prints ``marker`` where a note's
    marker may stand, read apart from the converter and erring towards *yes* (a quantity
    in words the judge cannot tell from a marker counts as a marker, and the document stays
    wrong). A marker that is no number (``*``, ``†``) is printed if it is anywhere. A
    number is printed as a marker at any place where it stands whole (no digit, letter,
    ``/``, ``-`` or ``–`` touching it, nor a ``.`` between digits: "S/10182", "194th",
    "1-5", "1.5"; but glued to a date's year it is one: "of 15 February 19895", note 5)
    except:

    - a paragraph's or item's number: first on its line and followed by ``.`` or ``)``
      ("7. Resolves"; "3, Decides", its full stop misread), or in brackets ("(7)");
    - after a word, not a plural, that names what it numbers ("resolution 3", "para. 7",
      "Add.1", "No. 5"), glued ("Add.1") or not;
    - a day ("4 April"; "14 and 22 April", "23 to 28 May": the first day of a range, when
      31 or less and after no month, year or number), a resolution's number before its
      year ("3 (1946)"), a share ("30 per cent", "5%"), a count of the vote ("10 votes",
      "with 1 abstention").

    Glued to a word or to punctuation ("May,5", "meeting.11", "Israel4"), a number is a
    marker but for those exceptions."""
    if not marker.isdigit():
        return marker in body
    for match in re.finditer(rf"(?<![/\-–]){re.escape(marker)}(?![\w/\-–]|\.\d)", body):
        start, end = match.span()
        if start and body[start - 1].isdigit() and not _DATED_YEAR_RE.search(body, max(0, start - 20), start):
            continue  # inside a number, but for one glued to a date's year ("of 15 February 19895")
        line_start = body.rfind("\n", 0, start) + 1
        before_text = body[line_start:start]
        after = body[end : end + 40]
        if not before_text.strip() and re.match(r"^(?:[.)]|, [A-Z])", after):
            continue  # "7. Resolves", "7) ...", "3, Decides" (its full stop misread)
        if before_text.endswith("(") and after.startswith(")"):
            continue  # "(7)"
        if re.search(r"\d\.$", before_text):
            continue  # "1.5"
        words = body[max(0, start - 40) : start].split()
        name = re.search(r"([a-z]+)\.?$", words[-1].lower()) if words else None
        if name and (name.group(0) in _NAMING_WORDS or f"{name.group(1)}." in _NAMING_WORDS):
            continue  # "resolution 3", "Add.1", "S/21000/Add.1", "Nos. 5"
        if _in_named_list(body, start, end, words):
            continue  # "Articles 49 and 50", "paragraphs 1 to 8 and 11"
        glued = bool(before_text) and not before_text[-1].isspace()
        # the first day of a range follows no month, year or number ("dated 14 and 22 April";
        # not "of 13 August 1948 5 and 5 January", "1 September 30 and 2 September")
        first_day = int(marker) <= 31 and bool(_DAY_RANGE_RE.match(after))
        first_day = first_day and not (words and re.fullmatch(rf"(?:{_MONTHS}|\d+)[,.]?", words[-1]))
        if not glued and (_AFTER_NOT_MARK_RE.match(after) or first_day):
            continue
        return True
    return False


def _names_list(word: str) -> bool:
    """Whether ``word`` names what a list of numbers after it numbers: a naming word or
    its plural ("Articles", "paragraphs", "annexes")."""
    word = word.lower()
    return any(form in _NAMING_WORDS for form in (word, word.removesuffix("s"), word.removesuffix("es")))


def _in_named_list(body: str, start: int, end: int, words: list[str]) -> bool:
    """Whether the number at ``start:end`` of ``body`` is one of a list of numbers a naming
    word names: after the word and the list so far ("Articles 49 and 50": 50), or first,
    after a plural, the list going on after it ("Articles 49 and": 49). A plural before
    one number alone is not ("resolutions 31 adopted at" holds a marker)."""
    before = _LIST_BEFORE_RE.search(body, max(0, start - 80), start)
    if before and _names_list(before.group(1)):
        return True
    return bool(words) and _names_list(words[-1]) and bool(_LIST_GOES_ON_RE.match(body, end))


# a marker the scan garbled into glyphs: glued to a number, a year in brackets or its comma
# ("1949°8", "1984,?7", "24 May 1985'*", "(1970)?”", "1949!"), or two of them glued to a word
# ("Jordan?°", "1990°?"); the judge cannot tell which note it marks
_GARBLED_MARK_RE = re.compile(r"(?:(?<=[\d)])|(?<=\d,))[?°%!*'”][?°%!*'”\d]?(?![\w])|(?<=\w)[?°%][?°%\d](?!\w)")


def prints_garbled_marker(body: str) -> bool:
    """Whether ``body`` prints, where a note's marker stands, glyphs a scan made of one
    ("1949°8" for 58, "Jordan?°" for 20, "1985'*" for 15): a note whose marker cannot be
    read there may be marked by it, so the judge does not count it as never marked."""
    return bool(_GARBLED_MARK_RE.search(body))


def another_texts_note(body: str, marker: str, notes: set[str]) -> bool:
    """Whether note ``marker`` may be another resolution's of the same printed page,
    ``notes`` being the markers of every note the document holds. A page's notes run in
    the order of its texts, so such a note is numbered below or above every marker this
    text prints (``marks_note``): one numbered between them is this text's, its marker
    misread. And a text printing a marker no note has ("Geneva Convention of 1949, 35",
    note 38; "Force, 42", note 41) may print the note's misread: the judge cannot tell."""
    if not marker.isdigit():
        return True
    numbers = {n for n in set(re.findall(r"\d{1,3}", body)) if marks_note(body, n)}
    if numbers - notes:
        return False
    values = [int(n) for n in numbers]
    return not values or not min(values) < int(marker) < max(values)


def notes_the_source_never_marks(doc: Document, text: str | None) -> list[str] | None:
    """The markers of the notes the converter found never referenced, when the source's
    text before its notes (``text``, read by the judge) prints none of them as a marker
    (``marks_note``); None when one is printed (the converter missed it), or the judge has
    no text to read (a PDF), or it prints a marker garbled past reading
    (``prints_garbled_marker``), or one is numbered among its markers
    (``another_texts_note``)."""
    markers = [e.detail.split()[1] for e in doc.log if e.rule == "unreferenced-note"]
    lines = [n.line for n in doc.footnotes if n.line]
    if not text or not lines:
        return None
    body = "\n".join(text.split("\n")[: min(lines) - 1])
    if prints_garbled_marker(body) or any(marks_note(body, marker) for marker in markers):
        return None
    notes = {n.marker for n in doc.footnotes if n.marker}
    if not all(another_texts_note(body, marker, notes) for marker in markers):
        return None
    return markers


def notes_the_source_never_prints(doc: Document, lines: list[str] | None) -> list[str] | None:
    """The markers of the notes the converter found missing (a marker in the text, no
    note's text: its ``missing-note`` warning), when no line of the source (``lines``: its
    text, or a PDF's text layer) opens with the marker and words after it, as a note's
    text does, and the notes before and after it are read: the source skips the note
    (S/2025/284 marks note 42 on page 18, whose notes are 37 to 41, page 19's 43 and 44).
    None when a marker is no number, or falls outside the notes' run (A/47/466's "11" of
    "Lesotho 11 June 1992", a scan's figure read as a marker, where no note is printed),
    or a line opening with it is printed (the converter missed the note), or there is
    nothing to read."""
    missing = [n.marker for n in doc.footnotes if n.missing]
    if not lines or not missing or not all(marker.isdigit() for marker in missing):
        return None
    texts = {n.marker for n in doc.footnotes if not n.missing}
    if not all({str(int(m) - 1), str(int(m) + 1)} <= texts for m in missing):
        return None  # a marker out of the notes' run may be the text's own figure misread
    opening = re.compile(rf"^\s*(?:{'|'.join(missing)})\s+\S")
    return None if any(opening.match(line) for line in lines) else missing


def source_lines(path: Path | str, text: str | None) -> list[str] | None:
    """The source's lines as the judge reads them apart: its text, or a PDF's text layer
    page after page; None for a PDF that cannot be read."""
    if text:
        return text.split("\n")
    if Path(path).suffix != ".pdf" or not Path(path).is_file():
        return None
    import pypdfium2

    pdf = pypdfium2.PdfDocument(Path(path).read_bytes())
    try:
        return [line for page in pdf for line in page.get_textpage().get_text_range().splitlines()]
    finally:
        pdf.close()


# a meeting's ordinal, singular ("2226th meeting", "1306th\nmeeting", "the resumed 2190th
# meeting"), or a sign-off's first words: where a text prints the meeting of adoption
_MEETING_PRINTED_RE = re.compile(
    r"\d\s*(?:st|nd|rd|th)\s+(?:\(resumed\)\s+)?(?:plenary\s+)?meet-?\s*ing\b|^\s*(?:Adopted|Adapted|Approved)\b",
    re.MULTILINE,
)
# a day before a month's name and a year, however the scan misread them ("14 October £964",
# "3f July 1989", "15 Auqust 1993"): a mark with a digit, a capitalised word, a mark with a digit
_DAY_PRINTED_RE = re.compile(r"\S*\d\S*\s+[A-Z][a-z\]|]{2,9}[.,]?\s+\S*\d")
_COUNCIL_FORMULA_RE = re.compile(r"^\s*The Security Council\b", re.MULTILINE)


def _before_notes(doc: Document, text: str) -> str:
    """The source's text before its first note (all of it when it has none)."""
    lines = [n.line for n in doc.footnotes if n.line]
    return "\n".join(text.split("\n")[: min(lines) - 1]) if lines else text


def _cut_in_preamble(body: str) -> bool:
    """Whether a resolution's text (before its notes) ends within its preamble: its last
    line ends with a comma and no line opens with a paragraph's number ("1. Decides")."""
    lines = [line.strip() for line in body.split("\n") if line.strip()]
    return bool(lines) and lines[-1].endswith(",") and not any(re.match(r"\d{1,3}\.\s", line) for line in lines)


def facts_the_source_never_prints(doc: Document, text: str | None) -> list[str]:
    """What a resolution must have that the converter says it did not find (its
    ``no-meeting``, ``no-adoption-date`` or ``dayless-date`` and ``no-operative-part``
    warnings) and the source's text, read apart, shows it never prints, erring towards
    *printed*:

    - the meeting: the text before its notes prints no meeting's ordinal in the singular
      ("2226th meeting"; "the 834th and 837th meetings" that failed to act are not it)
      and no line opens as a sign-off does ("Adopted ...");
    - the adoption date: the text above the Security Council's opening formula (the
      first three lines when it has none) prints no day before a month's name and a
      year, read or misread ("of 14 October £964" is printed; "on January 1993" is not).

    - an operative paragraph (the converter's ``no-operative-part``): the text before its
      notes ends with a comma and numbers no paragraph: it was cut within its preamble
      ("... to keep the Force in Cyprus beyond 15 June 1985,");
    - a paragraph's number (the converter's ``numbering-gap``, *numbering*): the
      operative paragraphs only skip numbers (1, 2, 3, 4, 6: no repeat, none going
      back), and the text prints none of the skipped as a paragraph's number, anywhere
      ("5." or "5," or "5" before a capital: S/RES/346 (1974) lost paragraph 5's first
      line, its words running on after paragraph 4's; S/RES/484 (1980) prints "Calls
      upon Israel" with no "2.").

    A PDF, whose text the judge does not read apart, has none: it stays wrong."""
    said = {e.rule for e in doc.log}
    if not text:
        return []
    unprinted: list[str] = []
    body = _before_notes(doc, text)
    if "no-meeting" in said and not _MEETING_PRINTED_RE.search(body):
        unprinted.append("meeting")
    if "no-operative-part" in said and _cut_in_preamble(body):
        unprinted.append("operative paragraph")
    formula = _COUNCIL_FORMULA_RE.search(body)
    head = body[: formula.start()] if formula else "\n".join([ln for ln in body.split("\n") if ln.strip()][:3])
    if said & {"no-adoption-date", "dayless-date"} and not _DAY_PRINTED_RE.search(head):
        unprinted.append("adopted")
    if "numbering-gap" in said and _skips_unprinted(doc, body):
        unprinted.append("numbering")
    return unprinted


def _skipped_numbers(doc: Document) -> list[int] | None:
    """The numbers the body's operative paragraphs skip (1, 2, 4: [3]); None when their
    order breaks otherwise (a number repeated or going back), which no missing line
    explains."""
    numbers = [int(p.number or 0) for p in doc.paragraphs if p.kind == "operative" and (p.number or "").isdigit()]
    skipped: list[int] = []
    expected = 1
    for number in numbers:
        if number < expected:
            return None
        skipped += range(expected, number)
        expected = number + 1
    return skipped


def _skips_unprinted(doc: Document, body: str) -> bool:
    """Whether every number the operative paragraphs skip is one the source's text (before
    its notes) never prints as a paragraph's: no "5." nor "5," nor "5" before a capital,
    anywhere (not a day: "5 December"), erring towards *printed*."""
    skipped = _skipped_numbers(doc)
    if not skipped:
        return False
    return not any(
        re.search(rf"(?<![\d.,/])\b{number}(?:\s*[.,]\s*|\s+)(?!(?:{_MONTHS})\b)[A-Z]", body) for number in skipped
    )


# -- what is wrong ---------------------------------------------------------------------


def load(path: Path) -> Source:
    data = path.read_bytes()
    if path.suffix == ".pdf":
        return Source(path.name, "", {}, [], data)
    if path.suffix == ".json":
        text = json.loads(data)["text"]
        return Source(path.with_suffix(".txt").name, text, {}, [])
    text, notes = decode(path.name, data)
    return Source(path.name, text, {}, notes)


def _letter_index(letter: str) -> int:
    """(a) = 0 ... (z) = 25, (aa) = 26 ... as UN texts letter long lists."""
    return 26 * (len(letter) - 1) + ord(letter[0]) - ord("a")


def _letters_ok(para: Paragraph) -> bool:
    """A paragraph's lettered items follow each other without a gap (a list a heading
    interrupts goes on after it: (g) may open one); a letter's items are roman numerals,
    and so may a paragraph's own be, from (i) (not letters (i), (ii) as doubled ones)."""
    numbers = [sub.number.strip("()") for sub in para.subparagraphs if sub.number and sub.number.startswith("(")]
    if para.number and para.number.startswith("("):
        labels = [sub.number for sub in para.subparagraphs if sub.number and sub.number.startswith("(")]
        if any(_ROMAN_GROUP_RE.fullmatch(label) for label in labels):
            return _groups_cover(labels)
        return all(_ROMAN.index(n) == i for i, n in enumerate(numbers) if n in _ROMAN) and all(
            n in _ROMAN for n in numbers
        )
    if len(numbers) > 1 and numbers == _ROMAN[: len(numbers)]:
        return True  # its own items in roman numerals ("(i)", "(ii)", "(iii)": S/RES/66 (1948))
    letters = [n for n in numbers if n.isalpha() and len(set(n)) == 1]
    indexes = [_letter_index(letter) for letter in letters]
    return indexes == list(range(indexes[0], indexes[0] + len(indexes))) if indexes else True


# A label naming several items at once, as a Committee's report of its votes prints them
# (A/50/610, pp. 6, 12 and 16, checked by hand: "(i)-(iii) The Committee adopted the first
# three amendments ...", then "(iv)"; "(i) and (iii) The Committee adopted the first and
# third amendments ...", then "(ii)", "(iv)")
_ROMAN_GROUP_RE = re.compile(r"\(([ivx]+)\)(\s*-\s*|\s+and\s+)\(([ivx]+)\)")


def _groups_cover(labels: list[str]) -> bool:
    """Items whose labels name one numeral or a group ("(i)-(iii)", "(i) and (iii)") name
    (i) to (n), each once: in the order the votes were taken, not the numerals'."""
    named: list[str] = []
    for label in labels:
        group = _ROMAN_GROUP_RE.fullmatch(label)
        if group is None:
            named.append(label.strip("()"))
            continue
        first, last = group.group(1), group.group(3)
        if first not in _ROMAN or last not in _ROMAN:
            return False
        span = _ROMAN[_ROMAN.index(first) : _ROMAN.index(last) + 1]
        named += span if group.group(2).strip() == "-" else [first, last]
    return all(n in _ROMAN for n in named) and sorted(named, key=_ROMAN.index) == _ROMAN[: len(named)]


# (i) ... (xxxix): a draft's list of recommendations runs past (xv) (E/2025/31 prints (i)
# to (xxx) under draft resolution II's op. 1 (a)); judged up to (xv) only, such a list
# was a gap where the text has none
_ROMAN = [
    tens + unit
    for tens in ("", "x", "xx", "xxx")
    for unit in ("", "i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix")
][1:]


def _operative_problems(doc: Document) -> list[str]:
    """A General Assembly resolution's operative numbering, exactly as judged before
    kinds were (its figures must not move): the body's operative paragraphs from 1, a
    section's from its first number, annexes not counted."""
    problems: list[str] = []
    scopes: dict[str, list[int]] = {}
    for para in doc.paragraphs:
        scope, found, _ = para.id.partition("op")
        if para.kind == "operative" and found and para.number and para.number.isdigit() and para.part is None:
            scopes.setdefault(scope, []).append(int(para.number))
    # the body numbers from 1; a section that goes on numbering ("B": 7 to 11) starts where it starts
    if any(
        numbers != list(range(numbers[0] if scope else 1, (numbers[0] if scope else 1) + len(numbers)))
        for scope, numbers in scopes.items()
    ):
        problems.append("operative numbering has gaps")
    if not scopes and not any(p.kind == "operative" for p in doc.paragraphs):
        problems.append("no operative paragraph")
    return problems


def _numbering_problems(doc: Document, printed: dict[str, str] | None = None) -> list[str]:
    """Every genre's numbered paragraphs (operative or numbered, body and annexes) 1..N
    in each scope, read from their anchors: the body from 1, a scope numbering afresh
    (section, annex, article, rule, a draft's section) from its first number; a repeated number is a gap.
    ``printed``: the paragraphs whose number breaks the order as the source prints it
    (``PRINTED_NUMBER_GAPS``), from which the order goes on, where the converter said so."""
    # a scope: annex, scope and its number, a draft's section (draft1-secB numbers afresh)
    scopes: dict[tuple[str | None, str, str, str], list[int]] = {}
    breaks: set[tuple[tuple[str | None, str, str, str], int]] = set()  # (scope, index) where the order restarts
    for para in doc.paragraphs:
        anchor = anchors.parse(para.id)
        if anchor is None or anchor.kind not in ("op", "para") or not (para.number or "").isdigit():
            continue
        key = (anchor.annex, anchor.scope, anchor.scope_number, anchor.section)
        if _printed_break(doc, para, printed or {}):
            breaks.add((key, len(scopes.get(key, []))))
        scopes.setdefault(key, []).append(int(para.number or 0))
    gaps = False
    for key, numbers in scopes.items():
        expected = 1 if key[0] is None and not key[1] else numbers[0]
        for index, number in enumerate(numbers):
            gaps = gaps or (number != expected and (key, index) not in breaks)
            expected = number + 1
    return ["numbering has gaps"] if gaps else []


# Paragraph numbers that break the order as the source prints them, checked by hand in
# the PDF: the file, then the paragraph, and the converter's warning there (the number
# kept as printed and said on the page). Accepted only with that warning; the order goes
# on from the number printed.
PRINTED_NUMBER_GAPS: dict[str, dict[str, str]] = {
    # p. 7: "43." (section IV.C), then "V. Conclusion" and "45."; no paragraph 44
    "DP_OPS_2025_3.en.pdf": {"para45": "paragraph 45 where 44 was expected"},
    # p. 15: "95.", "96." (section IV), then "V. The way forward" opens with "96." again, "97."
    "DP_2025_13.en.pdf": {"para96-2": "paragraph number para96 appears twice; second is para96-2"},
    # p. 42 (annex II): "8." (section B), then "C. Negative interest rates" and "10."; no 9
    "A_79_352.en.pdf": {"annex-2-para10": "paragraph 10 where 9 was expected"},
    # p. 16 (Nicaragua's statement): "7. Asimismo, ...", "Señor Presidente,", then "9.
    # Nicaragua reafirma ..."; no paragraph 8 (the revision prints the same)
    "A_AC.292_2025_INF_5.en.pdf": {"st1-para9": "paragraph 9 where 8 was expected"},
    "A_AC.292_2025_INF_5_Rev.1.en.pdf": {"st1-para9": "paragraph 9 where 8 was expected"},
    # p. 36: "124.", then "25. Human rights support is in high demand ...", then "126."
    "A_80_74.en.pdf": {
        "para25-2": "paragraph number para25 appears twice; second is para25-2",
        "para126": "paragraph 126 where 125 was expected",
    },
    # p. 13 (9. ALDI, "Contribution of the organization to the work of the United
    # Nations"): "1. Reduce extreme poverty ...", then "3. ALDI has raised awareness of
    # gender equality ...", "4.", "5.", "6." (the Millennium Development Goals' numbers);
    # no paragraph 2
    "E_C.2_2025_2_Add.1.en.pdf": {"para3": "paragraph 3 where 2 was expected"},
    # pp. 36-37 (chap. V.C): "1. Text of the draft articles", para. 184, articles 1, 3, 4
    # and 5 (paragraphs 1 to 3 each); then "2. Text of the draft articles and commentaries
    # thereto", para. 185, the same articles printed again, each with its commentary
    "A_80_10.en.pdf": {
        f"art{n}-para1-2": f"paragraph number art{n}-para1 appears twice; second is art{n}-para1-2" for n in (1, 4, 5)
    },
}


def _printed_break(doc: Document, para: Paragraph, printed: dict[str, str]) -> bool:
    """The paragraph's number breaks the order as its source prints it
    (``PRINTED_NUMBER_GAPS``), and the converter said so."""
    said = printed.get(para.id)
    rules = ("numbering-gap", "duplicate-number")
    return said is not None and any(e.rule in rules and e.detail == said for e in doc.log)


# Gaps in sub-paragraph letters the source prints, checked by hand in the PDF: the
# file, then the paragraph whose letters skip one, and the warning the converter gives
# there (the gap kept as printed and said on the page). Accepted only with that warning.
PRINTED_LETTER_GAPS: dict[str, dict[str, str]] = {
    # p. 46 (annex II, French Polynesia): "(g) Noted the statement made by the President
    # ..." is followed by "(i) Also noted the statements by experts ...", then "(j)"; no (h)
    "A_80_23.en.pdf": {"annex-2-p1": "sub-paragraph (i) follows (g) in annex-2-p1"},
    # pp. 11-12: para. 55 "(a) In its review of the UNOPS finance ..." (p. 11), then under
    # the next page's running head "(c) Procurement. ...", "(d)" ... (p. 12); no (b)
    "DP_OPS_2025_4.en.pdf": {"para55": "sub-paragraph (c) follows (a) in para55"},
}


def _printed_gap(doc: Document, para: Paragraph, printed: dict[str, str]) -> bool:
    """The paragraph's letters skip one as its source prints them (``PRINTED_LETTER_GAPS``),
    and the converter said so."""
    said = printed.get(para.id)
    return said is not None and any(e.rule == "numbering-gap" and e.detail == said for e in doc.log)


def _list_resumed(doc: Document, para: Paragraph) -> bool:
    """The paragraph's own items in roman numerals go on, without a gap, from a list a
    paragraph before it left off, as the converter said (``list-resumes``): TD/B/CN.4/36,
    pp. 15-16, prints "59. ... described below." / "(i) Network coordination ..." / "60."
    / "61." / "(ii) Training development ..." ... "(vi)", checked by hand. As a lettered
    list a heading interrupts may go on from (g), such a list goes on from (ii)."""
    numbers = [sub.number.strip("()") for sub in para.subparagraphs if sub.number]
    if not numbers or any(n not in _ROMAN for n in numbers) or (para.number or "").startswith("("):
        return False
    first = _ROMAN.index(numbers[0])
    said = any(e.rule == "list-resumes" and e.detail.endswith(f"under {para.id}, as printed after it") for e in doc.log)
    return said and numbers == _ROMAN[first : first + len(numbers)]


def _common_problems(
    doc: Document, text: str | None = None, printed: dict[str, str] | None = None, lines: list[str] | None = None
) -> list[str]:
    """What every genre must have right besides its facts and numbering (``text``: the
    source's, to tell a note its text never marks from one whose marker was missed;
    ``printed``: the letter gaps its source prints, ``PRINTED_LETTER_GAPS``; ``lines``:
    the source's lines, to tell a note it never prints from one the converter missed)."""
    problems: list[str] = []
    if any(e.rule == "generic-reading" for e in doc.log):
        problems.append(GENERIC)
    if any(
        not _letters_ok(p) and not _printed_gap(doc, p, printed or {}) and not _list_resumed(doc, p)
        for p in doc.all_paragraphs()
    ):
        problems.append("sub-paragraph letters have gaps")
    if any(n.missing for n in doc.footnotes) and notes_the_source_never_prints(doc, lines) is None:
        problems.append("note missing")
    if any(not n.marker for n in doc.footnotes):
        problems.append("note without marker")
    if any(e.rule == "unreferenced-note" for e in doc.log) and notes_the_source_never_marks(doc, text) is None:
        problems.append("note never referenced")
    problems += _table_problems(doc)
    if any(_PROSE_LINE_RE.match(_unread_line(e.detail)) for e in doc.log if e.rule == "header-line"):
        problems.append("text read as masthead")
    texts = [p.text for p in doc.all_paragraphs()]
    if any(_FURNITURE_RE.search(t) for t in texts):
        problems.append("page furniture in a paragraph")
    if any(_NOTE_TEXT_RE.match(t.strip()) for t in texts):
        problems.append("note text as a paragraph")
    return problems


# A masthead line no rule understood that is a sentence's (at least eight words, ending
# as a sentence's clause does or carrying on a line before it): the document's text taken
# into its masthead (A/79/847: a letter's paragraphs; E/CN.5/2025/L.6: "... recommends to
# the Economic and" / "Social Council the adoption of the following draft resolution:").
_PROSE_LINE_RE = re.compile(r"^(?=(?:\S+\s+){7}\S)(?:.*[,;:]|[a-z].*)$")


def _unread_line(detail: str) -> str:
    """The line a ``header-line`` warning quotes."""
    quoted = re.search(r"kept as written: (['\"])(.*)\1$", detail)
    return quoted.group(2) if quoted else ""


def _figures_run(text: str) -> int:
    """The longest run of figures with no word between them in a text, counted only
    where two of them have two digits or more (a job number printed spaced out, "2 5
    -0 4 0 4 2", is page furniture, not a table)."""
    longest = run = wide = 0
    for token in text.split():
        if _FIGURE_TOKEN_RE.fullmatch(token):
            run, wide = run + 1, wide + (sum(c.isdigit() for c in token) >= 2)
        else:
            run = wide = 0
        if wide >= 2:
            longest = max(longest, run)
    return longest


def _table_problems(doc: Document) -> list[str]:
    """Tables read as tables: no paragraph (nor heading) outside a table holds a run of
    figures as a flattened table row does ("63 930 800 58 552 400 ..."; a chart's labels
    read as text do too: "400 350 300 250 200 150", hence the reason's name; a figure
    paragraph holds a chart's words as printed, marked as such: not prose), and a caption
    printed alone ("Table 2", a short line, no sentence) is a table's, not a paragraph
    or heading before something else."""
    problems: list[str] = []
    paragraphs = doc.all_paragraphs()
    if any(p.kind not in LAID_OUT and _figures_run(p.text) >= FLATTENED_FIGURES for p in paragraphs):
        problems.append("table or chart read as prose")
    for index, (para, after) in enumerate(zip(paragraphs, [*paragraphs[1:], None], strict=True)):
        text = para.text.strip()
        if para.kind == "table" or not _CAPTION_RE.fullmatch(text) or text.endswith("."):
            continue
        if any(_AMENDMENT_RE.match(later.text) for later in paragraphs[index + 1 : index + 3]):
            continue  # a table named as the place of an amendment, not a caption
        if after is None or after.kind != "table":
            problems.append("table caption without its table")
            break
    return problems


def _missing(doc: Document, *names: str) -> list[str]:
    return [f"no {name}" for name in names if getattr(doc, name) is None]


def _regular_ga_resolution(symbol: str) -> bool:
    """``A/RES/78/10``: a regular session's resolution, which prints its agenda item."""
    return re.fullmatch(r"A/RES/\d+/\d+", symbol) is not None


def genre_problems(doc: Document, kind: Kind, printed: dict[str, str] | None = None) -> list[str]:
    """What the document's genre must have and it lacks (the module's docstring);
    ``printed``: the number breaks its source prints (``PRINTED_NUMBER_GAPS``)."""
    if kind.genre == "resolution" and kind.body == GENERAL_ASSEMBLY:
        names = ["adopted", "distributed", "session", "agenda_item", "meeting"]
        if not _regular_ga_resolution(doc.symbol):
            names.remove("agenda_item")
        problems = _missing(doc, *names) + _operative_problems(doc)
        if any(p.id.startswith("u") for p in doc.paragraphs):
            problems.append("stray unnumbered paragraph")
        return problems
    if kind.genre in ("resolution", "decision"):
        names = ["adopted", "meeting"]
        if kind.genre == "decision" and kind.body == GENERAL_ASSEMBLY:
            names.append("session")
        problems = _missing(doc, *names)
        if kind.genre == "resolution" and not any(p.kind == "operative" for p in doc.paragraphs):
            problems.append("no operative paragraph")  # "no " + the name of what is missing
        return problems + _numbering_problems(doc, printed)
    problems = [] if doc.sort_date() or doc.published else ["no date"]
    # the Security Council's drafts print no title (nor do its resolutions)
    if not doc.title and not (kind.body == SECURITY_COUNCIL and kind.genre.startswith("draft")):
        problems.append("no title")
    return problems + _numbering_problems(doc, printed)


@dataclass
class Judgement:
    """One document's verdict: its kind, status and the reasons it is not right."""

    file: str
    kind: Kind
    status: Status
    problems: list[str]
    expected_symbol: str | None
    symbol: str | None
    # the markers of notes its source text never prints (``marks_note``), said apart
    unmarked_notes: list[str] = field(default_factory=list)
    # what its source never prints (``facts_the_source_never_prints``): "meeting", "adopted",
    # "numbering" (a paragraph's number)
    unprinted_facts: list[str] = field(default_factory=list)
    # the markers of notes whose text its source never prints (``notes_the_source_never_prints``)
    unprinted_notes: list[str] = field(default_factory=list)


def judge(doc: Document, path: Path | str, text: str | None = None) -> Judgement:
    """A converted document judged by its genre; a symbol not its name's is ``differs``
    (its other problems listed too: which document it is must be checked first).
    ``text``: the source's text, read apart to check what the converter says it lacks."""
    kind = kind_of(doc)
    expected = expected_symbol(path)
    printed = PRINTED_LETTER_GAPS.get(Path(path).name)
    numbers = PRINTED_NUMBER_GAPS.get(Path(path).name)
    unprinted = facts_the_source_never_prints(doc, text)
    excused = {f"no {name}" for name in unprinted} | ({"numbering has gaps"} if "numbering" in unprinted else set())
    problems = [p for p in genre_problems(doc, kind, numbers) if p not in excused]
    lines = source_lines(path, text) if any(n.missing for n in doc.footnotes) else None
    problems += _common_problems(doc, text, printed, lines)
    if any(entry.rule == "no-symbol" for entry in doc.log):  # read, keyed by its file's name
        problems.insert(0, NO_SYMBOL)
    status: Status = "wrong" if problems else "right"
    if expected is None or NO_SYMBOL in problems or same_symbol(doc.symbol, expected):
        pass
    elif read_short(doc.symbol, expected):
        problems.insert(0, f"{INCOMPLETE} (printed {doc.symbol})")
        status = "wrong"
    else:
        problems.insert(0, f"{DIFFERS} (printed {doc.symbol})")
        status = "differs"
    unmarked = notes_the_source_never_marks(doc, text) or []
    unprinted_notes = notes_the_source_never_prints(doc, lines) or []
    return Judgement(
        Path(path).name, kind, status, problems, expected, doc.symbol, unmarked, unprinted, unprinted_notes
    )


def refused(path: Path | str, reason: str) -> Judgement:
    return Judgement(Path(path).name, refused_kind(path), "refused", [reason], expected_symbol(path), None)


def reason_class(problem: str) -> str:
    """A problem without what varies per document (a printed symbol, a file name, a
    line, a number), so that the same reason counts once per kind."""
    for fixed in (DIFFERS, INCOMPLETE):
        if problem.startswith(fixed):
            return fixed
    problem = re.sub(r"'[^']*'|\"[^\"]*\"|\([^)]*\)", "…", problem)
    problem = re.sub(r"\d+", "N", problem)
    return problem.split(";")[0].strip()


# -- the report ------------------------------------------------------------------------


def kind_table(results: list[Judgement], top: int = 3) -> list[str]:
    """One row per kind, most documents first: counts of each status, the share right,
    and the reasons met most often in it."""
    rows: dict[Kind, list[Judgement]] = defaultdict(list)
    for result in results:
        rows[result.kind].append(result)
    lines = [
        "| kind | documents | right | wrong | differs | refused | % right | top reasons |",
        "|---|---:|---:|---:|---:|---:|---:|---|",
    ]
    for kind, members in sorted(rows.items(), key=lambda item: (-len(item[1]), str(item[0]))):
        counts = Counter(result.status for result in members)
        reasons = Counter(reason_class(p) for result in members if result.status != "right" for p in result.problems)
        shown = "; ".join(f"{reason} ({count})" for reason, count in reasons.most_common(top))
        share = 100 * counts["right"] / len(members)
        cells = " | ".join(str(counts[status]) for status in STATUSES)
        lines.append(f"| {kind} | {len(members)} | {cells} | {share:.1f} | {shown} |")
    return lines


def describe(result: Judgement) -> str:
    """A document's line: its name, kind, and why it is not right."""
    if result.status == "refused":
        verdict = f"refused: {result.problems[0]}"
    elif result.status == "differs":
        verdict = "; ".join(result.problems)
    else:
        verdict = f"wrong: {'; '.join(result.problems)}"
    return f"{result.file} [{result.kind}]: {verdict}"


def summary(results: list[Judgement]) -> list[str]:
    """The share right, each status's count, each problem's count (as before kinds)."""
    total = len(results)
    counts = Counter(result.status for result in results)
    right = counts["right"]
    lines = [f"{right} of {total} right ({100 * right / max(total, 1):.1f}%)"]
    lines.append("  " + ", ".join(f"{status} {counts[status]}" for status in STATUSES))
    unmarked = sum(1 for result in results if result.status == "right" and result.unmarked_notes)
    if unmarked:
        lines.append(f"  right, with notes the source never marks: {unmarked}")
    missing = sum(1 for result in results if result.status == "right" and result.unprinted_notes)
    if missing:
        lines.append(f"  right, with notes whose text the source never prints: {missing}")
    unprinted = sum(1 for result in results if result.status == "right" and result.unprinted_facts)
    if unprinted:
        lines.append(f"  right, with a meeting, date, operative part or number the source never prints: {unprinted}")
    problems = Counter(reason_class(p) for result in results for p in result.problems)
    lines += [f"  {count:5d}  {problem}" for problem, count in problems.most_common()]
    return lines


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("directory", type=Path)
    parser.add_argument("--limit", type=int, default=0, help="only the first N files")
    parser.add_argument("--show", type=int, default=100, help="print at most N documents that are not right")
    parser.add_argument("--json", type=Path, help="write every document's record (kind, status, problems) here")
    args = parser.parse_args()
    files = sorted(p for p in args.directory.iterdir() if p.suffix in (".pdf", ".txt", ".json", ".md"))
    if args.limit:
        files = files[: args.limit]
    results: list[Judgement] = []
    pdf_seconds = 0.0
    pdf_pages = 0
    shown = 0
    for path in files:
        started = time.process_time()
        try:
            source = load(path)
            document, _ = read_source(source)
            result = judge(document, path, source.text or None)
        except SourceError as err:
            result = refused(path, err.message[:160])
        if path.suffix == ".pdf":
            pdf_seconds += time.process_time() - started
            pdf_pages += _pages(path)
        results.append(result)
        if result.status != "right" and shown < args.show:
            shown += 1
            print(describe(result))
    print()
    print("\n".join(summary(results)))
    differing = [result for result in results if result.status == "differs"]
    if differing:
        print(f"\n{len(differing)} documents print another symbol than their file name's (check which is right):")
        print("\n".join(f"  {r.file}: named {r.expected_symbol}, printed {r.symbol}" for r in differing))
    print("\nPer kind (genre × body × decade):\n")
    print("\n".join(kind_table(results)))
    if pdf_pages:
        print(f"\nPDF conversion: {1000 * pdf_seconds / pdf_pages:.1f} ms per page ({pdf_pages} pages, process time)")
    if args.json:
        records = {r.file: {**asdict(r), "kind": asdict(r.kind), "kind_label": str(r.kind)} for r in results}
        args.json.write_text(json.dumps(records, indent=1, sort_keys=True, ensure_ascii=False))


def _pages(path: Path) -> int:
    import pypdfium2

    pdf = pypdfium2.PdfDocument(path.read_bytes())
    try:
        return len(pdf)
    finally:
        pdf.close()


if __name__ == "__main__":
    main()
