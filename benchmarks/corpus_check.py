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
  ``A_78_354.en`` -> A/78/354, ``S_RES_0242_1967_EN_GOLD`` -> S/RES/242(1967); spaces
  are not compared, so the printed ``S/RES/242 (1967)`` is its own). A document that
  prints another symbol than its name is counted apart, *symbol differs from file name
  (printed X)*, and listed for a human to check (some corpora hold another document
  under a name): it is neither right nor plainly wrong. A printed symbol that is the
  name's cut where its parts meet (``S/RES/1445`` for ``S/RES/1445(2002)``, ``A/ES``
  for ``A/ES-10/1022``) is the same document, its symbol misread: wrong, *symbol read
  short*. A name that gives no symbol (``UNDoc-4077798``) is not compared. A text
  that prints no symbol is read all the same, keyed by its file's name: wrong, *the
  text states no document symbol*;
- a genre was recognised: a generic reading (rule ``generic-reading``) is *wrong: no
  genre recognised*;
- no paragraph holds page furniture (job number, page ``2/5``, the running symbol) or
  is a note's text (``Resolution 60/1.``);
- every note marker has its note and every note its marker (none missing, unmarked
  or never referenced);
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
agenda item is expected, the Council has neither).

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
from dataclasses import asdict, dataclass
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
    stem = _LANGUAGE_RE.sub("", Path(path).stem)
    if match := _CR_UNSC_RE.match(stem):
        return f"S/RES/{int(match.group(1))}({match.group(2)})"
    symbol = stem.replace("_", "/")
    return symbol if _NAME_SYMBOL_RE.fullmatch(symbol) else None


def same_symbol(printed: str, expected: str) -> bool:
    """Whether a printed symbol is the expected one: spaces do not count (``S/RES/242
    (1967)`` as printed, ``S/RES/242(1967)`` as named; ``(Part II)``, ``(PartII)``)."""
    return re.sub(r"\s+", "", printed) == re.sub(r"\s+", "", expected)


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
    interrupts goes on after it: (g) may open one); a letter's items are roman numerals."""
    numbers = [sub.number.strip("()") for sub in para.subparagraphs if sub.number and sub.number.startswith("(")]
    if para.number and para.number.startswith("("):
        return all(_ROMAN.index(n) == i for i, n in enumerate(numbers) if n in _ROMAN) and all(
            n in _ROMAN for n in numbers
        )
    letters = [n for n in numbers if n.isalpha() and len(set(n)) == 1]
    indexes = [_letter_index(letter) for letter in letters]
    return indexes == list(range(indexes[0], indexes[0] + len(indexes))) if indexes else True


_ROMAN = ["i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii", "xiii", "xiv", "xv"]


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


def _numbering_problems(doc: Document) -> list[str]:
    """Every genre's numbered paragraphs (operative or numbered, body and annexes) 1..N
    in each scope, read from their anchors: the body from 1, a scope numbering afresh
    (section, annex, article, rule) from its first number; a repeated number is a gap."""
    scopes: dict[tuple[str | None, str, str], list[int]] = {}
    for para in doc.paragraphs:
        anchor = anchors.parse(para.id)
        if anchor is None or anchor.kind not in ("op", "para") or not (para.number or "").isdigit():
            continue
        scopes.setdefault((anchor.annex, anchor.scope, anchor.scope_number), []).append(int(para.number or 0))
    gaps = False
    for (annex, scope, _), numbers in scopes.items():
        first = 1 if annex is None and not scope else numbers[0]
        gaps = gaps or numbers != list(range(first, first + len(numbers)))
    return ["numbering has gaps"] if gaps else []


def _common_problems(doc: Document) -> list[str]:
    """What every genre must have right besides its facts and numbering."""
    problems: list[str] = []
    if any(e.rule == "generic-reading" for e in doc.log):
        problems.append(GENERIC)
    if any(not _letters_ok(p) for p in doc.all_paragraphs()):
        problems.append("sub-paragraph letters have gaps")
    if any(n.missing for n in doc.footnotes):
        problems.append("note missing")
    if any(not n.marker for n in doc.footnotes):
        problems.append("note without marker")
    if any(e.rule == "unreferenced-note" for e in doc.log):
        problems.append("note never referenced")
    texts = [p.text for p in doc.all_paragraphs()]
    if any(_FURNITURE_RE.search(t) for t in texts):
        problems.append("page furniture in a paragraph")
    if any(_NOTE_TEXT_RE.match(t.strip()) for t in texts):
        problems.append("note text as a paragraph")
    return problems


def _missing(doc: Document, *names: str) -> list[str]:
    return [f"no {name}" for name in names if getattr(doc, name) is None]


def _regular_ga_resolution(symbol: str) -> bool:
    """``A/RES/78/10``: a regular session's resolution, which prints its agenda item."""
    return re.fullmatch(r"A/RES/\d+/\d+", symbol) is not None


def genre_problems(doc: Document, kind: Kind) -> list[str]:
    """What the document's genre must have and it lacks (the module's docstring)."""
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
            problems.append("no operative paragraph")
        return problems + _numbering_problems(doc)
    problems = [] if doc.sort_date() or doc.published else ["no date"]
    # the Security Council's drafts print no title (nor do its resolutions)
    if not doc.title and not (kind.body == SECURITY_COUNCIL and kind.genre.startswith("draft")):
        problems.append("no title")
    return problems + _numbering_problems(doc)


@dataclass
class Judgement:
    """One document's verdict: its kind, status and the reasons it is not right."""

    file: str
    kind: Kind
    status: Status
    problems: list[str]
    expected_symbol: str | None
    symbol: str | None


def judge(doc: Document, path: Path | str) -> Judgement:
    """A converted document judged by its genre; a symbol not its name's is ``differs``
    (its other problems listed too: which document it is must be checked first)."""
    kind = kind_of(doc)
    expected = expected_symbol(path)
    problems = genre_problems(doc, kind) + _common_problems(doc)
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
    return Judgement(Path(path).name, kind, status, problems, expected, doc.symbol)


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
            document, _ = read_source(load(path))
            result = judge(document, path)
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
