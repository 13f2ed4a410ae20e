"""Recognising citations of other documents in text, and normalising their symbols.

Canonical symbols (what every citation is reduced to, and what links and back-links
are keyed by):

- General Assembly resolutions numbered by session: ``A/RES/45/158``;
  older ones numbered with a roman session: ``A/RES/217(III)`` (the part letter, "A",
  goes to the locator: ``part A``);
- Commission on Human Rights resolutions: ``E/CN.4/RES/2001/53``; Economic and Social
  Council: ``E/RES/1999/23``; Human Rights Council: ``A/HRC/RES/7/1``; their decisions
  likewise (``A/HRC/DEC/43/112``);
- Security Council resolutions, numbered with their year in brackets ("resolution 1325
  (2000)", printed ``S/RES/1325 (2000)``): ``S/RES/1325(2000)``;
- documents: the symbol as printed, without spaces, with a part kept:
  ``A/CONF.157/24(PartI)``; a presidential statement is one, ``S/PRST/2024/1``; a
  corrigendum or addendum cited as "and Corr.1" is its own symbol,
  ``A/58/508/Add.1/Corr.1``;
- named instruments: the symbol of the resolution that adopted them (see
  ``data/instruments.yaml``).

What is cited inside the document (annex, chapter, section, paragraph, article) is the
*locator*, kept beside the symbol. Every function here is pure: text in, citations out.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field
from pathlib import Path

import yaml

DATA = Path(__file__).resolve().parent.parent / "data" / "instruments.yaml"


@dataclass(frozen=True)
class Citation:
    start: int
    end: int
    symbol: str
    kind: str  # resolution | decision | document | instrument
    locator: str | None = None

    def text(self, source: str) -> str:
        return source[self.start : self.end]


@dataclass(frozen=True)
class Instrument:
    symbol: str
    title: str
    names: tuple[str, ...]
    locator: str | None = None
    url: str | None = None
    convention: bool = False
    short: str | None = None


@dataclass(frozen=True, eq=False)  # identity: one catalogue per data file, cacheable
class Catalogue:
    instruments: tuple[Instrument, ...] = ()
    titles: dict[str, str] = field(default_factory=dict)

    @functools.cached_property
    def name_re(self) -> re.Pattern[str] | None:
        names = sorted({n for i in self.instruments for n in i.names}, key=len, reverse=True)
        return re.compile(r"\b(?:" + "|".join(re.escape(n) for n in names) + r")\b") if names else None

    @functools.cached_property
    def by_name(self) -> dict[str, Instrument]:
        return {name: inst for inst in self.instruments for name in inst.names}

    def instrument(self, symbol: str) -> Instrument | None:
        return next((i for i in self.instruments if i.symbol == symbol), None)

    def title(self, symbol: str) -> str | None:
        for inst in self.instruments:
            if inst.symbol == symbol:
                return inst.title
        return self.titles.get(symbol)

    def url(self, symbol: str) -> str | None:
        return next((i.url for i in self.instruments if i.symbol == symbol and i.url), None)


@functools.cache
def load_catalogue(path: Path = DATA) -> Catalogue:
    data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    instruments = tuple(
        Instrument(
            symbol=entry["symbol"],
            title=entry["title"],
            names=tuple(entry.get("names") or [entry["title"]]),
            locator=entry.get("locator"),
            url=entry.get("url"),
            convention=bool(entry.get("convention")),
            short=entry.get("short"),
        )
        for entry in data.get("instruments", [])
    )
    return Catalogue(instruments, dict(data.get("titles") or {}))


# -- resolutions and decisions ------------------------------------------------------

_ROMAN = r"[IVXLC]+"
# The Security Council numbers its resolutions in one series since 1946 and prints the
# year of adoption after the number: "1325 (2000)". No other body numbers so (the General
# Assembly's old resolutions carry a roman session, "1514 (XV)"; the others a slash), so
# the shape alone says whose a resolution is, whatever words stand before it ("the
# Council", "its resolution").
_YEAR = r"(?:194[6-9]|19[5-9]\d|20\d\d)"
_SC_NUMBER = rf"\d{{1,4}}\s?\({_YEAR}\)"
# 45/158, 2001/53, 217 A (III), 2200 A (XXI), 1514 (XV), 1325 (2000)
_NUMBER = rf"(?:\d{{1,4}}/\d{{1,4}}|\d{{1,4}}(?:\s?[A-H])?\s?\({_ROMAN}\)|{_SC_NUMBER})"
_MONTH = r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
# Lists of the Council's resolutions date each member as often as not: "resolutions 1325
# (2000) of 31 October 2000, 1820 (2008) of 19 June 2008 and 1888 (2009) of 30 September
# 2009"; "... on 30 April 2007"; in the Council's own volumes the year is left out when
# the number gives it ("186 (1964) of 4 March, 187 (1964) of 13 March"). Only theirs: the General Assembly's dated lists were read
# as one citation, their first member, and a reader's links and counts would change.
_DATED = rf"(?:\s+(?:of|on)\s+\d{{1,2}},?\s+{_MONTH}(?:\s+\d{{4}})?(?=\s*(?:,\s*and|,|and)\s*{_SC_NUMBER}))?"
_MEMBER = rf"(?:{_SC_NUMBER}{_DATED}|{_NUMBER})"
_QUALIFIER = (
    r"(?:General Assembly|Commission on Human Rights|Sub-Commission|Commission|"
    r"Economic and Social Council|Human Rights Council|Security Council|Council)"
)
_LOCATOR = (
    r"(?:\)?,\s*|\s+)(?P<loc>(?:annex(?:\s+[IVX]+)?|chap\.\s*[IVXLC]+|sect\.\s*[A-Z]|"
    r"(?:paras?\.|paragraphs?)\s*\d+(?:\s*(?:-|–|and)\s*\d+)?|"
    r"part\s+[IVX]+)(?:,\s*(?:sect\.\s*[A-Z]|paras?\.\s*\d+|annex(?:\s+[IVX]+)?))*)"
)
_RESOLUTION_RE = re.compile(
    rf"(?P<word>[Rr]esolutions?|[Dd]ecisions?)\s+"
    rf"(?P<list>{_MEMBER}(?:\s*(?:,\s*and|,|and)\s*{_MEMBER})*)"
)
# The body named just before the word ("Commission on Human Rights resolution 2003/48"),
# looked for behind each match: as an optional start of the pattern it was tried at
# every position of every paragraph. Leftmost wins, as it would scanning forward.
_QUALIFIER_BEFORE_RE = re.compile(rf"(?P<qual>{_QUALIFIER})\s+$")
_QUALIFIER_REACH = 80  # characters behind the word: the longest body name and its spacing
_NUMBER_RE = re.compile(_NUMBER)
# "paragraph 3 of its resolution 56/145": the paragraph cited stands before the resolution
_PARAGRAPH_BEFORE_RE = re.compile(r"\b(paragraphs?)\s+(\d+)\s+of\s+(?:its\s+|the\s+)?$")
_LOCATOR_RE = re.compile(_LOCATOR)
_OLD_STYLE_RE = re.compile(rf"^(\d{{1,4}})(?:\s?([A-H]))?\s?\(({_ROMAN})\)$")
_SC_STYLE_RE = re.compile(rf"^(\d{{1,4}})\s?\(({_YEAR})\)$")
_BODY_IN_SENTENCE_RE = re.compile(
    r"Commission on Human Rights|Economic and Social Council|Human Rights Council|Sub-Commission"
)

_PREFIX = {
    ("General Assembly", "resolution"): "A/RES/",
    ("General Assembly", "decision"): "A/DEC/",
    ("Commission on Human Rights", "resolution"): "E/CN.4/RES/",
    ("Commission on Human Rights", "decision"): "E/CN.4/DEC/",
    ("Economic and Social Council", "resolution"): "E/RES/",
    ("Economic and Social Council", "decision"): "E/DEC/",
    ("Human Rights Council", "resolution"): "A/HRC/RES/",
    ("Human Rights Council", "decision"): "A/HRC/DEC/",
    ("Sub-Commission", "resolution"): "E/CN.4/Sub.2/RES/",
    ("Sub-Commission", "decision"): "E/CN.4/Sub.2/DEC/",
    ("Security Council", "resolution"): "S/RES/",
}
_QUALIFIER_BODY = {
    "General Assembly": "General Assembly",
    "Commission on Human Rights": "Commission on Human Rights",
    "Commission": "Commission on Human Rights",
    "Sub-Commission": "Sub-Commission",
    "Economic and Social Council": "Economic and Social Council",
    "Council": "Economic and Social Council",
    "Human Rights Council": "Human Rights Council",
    "Security Council": "Security Council",
}


def _sentence(text: str, start: int, end: int) -> str:
    """The sentence (or clause between semicolons) around a span."""
    left = max(text.rfind(". ", 0, start), text.rfind("; ", 0, start))
    right_candidates = [i for i in (text.find(". ", end), text.find("; ", end)) if i >= 0]
    right = min(right_candidates) if right_candidates else len(text)
    return text[left + 1 : right]


def _issuing_body(number: str, qualifier: str | None, sentence: str, document_body: str | None) -> str:
    """Who adopted a resolution cited as 'resolution N/M'.

    A number with its year in brackets (1325 (2000)) is the Security Council's, whatever
    the words say ("the Council", "its resolution" in a Council text). Otherwise explicit
    words win ("Commission resolution 1999/44"). Otherwise, year-numbered
    resolutions (2001/53) are never the General Assembly's: the body named in the same
    sentence, else the citing document's own body if it numbers by year, else the
    Economic and Social Council. Session-numbered ones (45/158) are the citing body's
    own if it numbers that way, else the General Assembly's.
    """
    if _SC_STYLE_RE.match(number.strip()):
        return "Security Council"
    if qualifier:
        return _QUALIFIER_BODY[qualifier]
    year_numbered = "/" in number and int(number.split("/")[0]) >= 1946
    if year_numbered:
        named = _BODY_IN_SENTENCE_RE.search(sentence)
        if named:
            return _QUALIFIER_BODY.get(named.group(0), named.group(0))
        if document_body in ("Commission on Human Rights", "Economic and Social Council", "Sub-Commission"):
            return document_body
        return "Economic and Social Council"
    if document_body in ("General Assembly", "Human Rights Council"):
        return document_body
    return "General Assembly"


def normalise_resolution(number: str, body: str, word: str = "resolution") -> tuple[str, str | None]:
    """('217 A (III)', GA) -> ('A/RES/217(III)', 'part A'); ('45/158', GA) -> ('A/RES/45/158', None);
    ('1325 (2000)', SC) -> ('S/RES/1325(2000)', None): brackets kept, spaces not."""
    prefix = _PREFIX.get((body, word), "A/RES/")
    old = _OLD_STYLE_RE.match(number.strip())
    if old:
        base, part, session = old.groups()
        return f"{prefix}{base}({session})", (f"part {part}" if part else None)
    council = _SC_STYLE_RE.match(number.strip())
    if council:
        return f"{prefix}{council.group(1)}({council.group(2)})", None
    return prefix + number.replace(" ", ""), None


def _join_locators(*parts: str | None) -> str | None:
    found = [p for p in parts if p]
    return ", ".join(found) if found else None


def resolution_citations(text: str, document_body: str | None) -> list[Citation]:
    out: list[Citation] = []
    if "esolution" not in text and "ecision" not in text:
        return out
    for match in _RESOLUTION_RE.finditer(text):
        word = "decision" if match.group("word").lower().startswith("decision") else "resolution"
        named = _QUALIFIER_BEFORE_RE.search(text, max(0, match.start() - _QUALIFIER_REACH), match.start())
        qualifier = named.group("qual") if named else None
        numbers = list(_NUMBER_RE.finditer(match.group("list")))
        base = match.start("list")
        sentence = _sentence(text, match.start(), match.end())
        # "paragraph 4 of Security Council resolution 2231 (2015)": before the body's name
        opening = named.start() if named else match.start()
        for index, number in enumerate(numbers):
            start, end = base + number.start(), base + number.end()
            body = _issuing_body(number.group(0), qualifier, sentence, document_body)
            if (body, word) not in _PREFIX:  # "decision 12 (2010)": the Council numbers none
                continue
            symbol, part = normalise_resolution(number.group(0), body, word)
            locator = None
            if index == len(numbers) - 1:
                loc = _LOCATOR_RE.match(text, end)
                locator = loc.group("loc") if loc else None
            before = _PARAGRAPH_BEFORE_RE.search(text, max(0, opening - 40), opening)
            if before and index == 0:
                locator = f"para. {before.group(2)}"
            if len(numbers) == 1:
                start = named.start() if named else match.start("word")
            out.append(Citation(start, end, symbol, word, _join_locators(part, locator)))
    return out


# -- document symbols -----------------------------------------------------------

_SERIES = r"(?:A|E|S|ST|TD|DP|UNEP|CCPR|CERD|CEDAW|CRC|CAT|CMW|HRI)"
_COMPONENT = r"(?:[A-Z]{1,8}(?:\.\d+)?|\d+[A-Z]?|(?:Add|Corr|Rev|Amend|Sub|Suppl)\.\d+)"
_SYMBOL_RE = re.compile(rf"(?<![\w/.]){_SERIES}(?:/{_COMPONENT})+(?![\w/])(?P<part>\s?\(Part\s+[IVX]+\))?")
_ALSO_RE = re.compile(r"\s+and\s+(?P<extra>(?:Corr|Add|Rev)\.\d+)")
# A Council resolution printed as a symbol carries its year: "S/RES/2768 (2025)" is
# S/RES/2768(2025), as "resolution 2768 (2025)" is; the number alone would be another key
_COUNCIL_RESOLUTION_RE = re.compile(r"S/RES/\d{1,4}")
_YEAR_AFTER_RE = re.compile(rf"\s?\(({_YEAR})\)")


def document_citations(text: str) -> list[Citation]:
    out: list[Citation] = []
    if "/" not in text:  # every symbol has one
        return out
    for match in _SYMBOL_RE.finditer(text):
        raw = match.group(0)
        if not re.search(r"\d", raw.split("(")[0]) or raw.count("/") < 1:
            continue
        symbol = re.sub(r"\s+", "", raw).replace("(Part", "(Part")
        end = match.end()
        year = _YEAR_AFTER_RE.match(text, end) if _COUNCIL_RESOLUTION_RE.fullmatch(symbol) else None
        if year:
            symbol, end = f"{symbol}({year.group(1)})", year.end()
        extra = _ALSO_RE.match(text, end)
        loc = _LOCATOR_RE.match(text, extra.end() if extra else end)
        locator = loc.group("loc") if loc else None
        out.append(Citation(match.start(), end, symbol, "document", None if extra else locator))
        if extra:
            base = symbol.split("(")[0]
            out.append(
                Citation(
                    extra.start("extra"), extra.end("extra"), f"{base}/{extra.group('extra')}", "document", locator
                )
            )
    return out


# -- named instruments and their articles -----------------------------------------

_ARTICLES_RE = re.compile(
    r"\b[Aa]rticles?\s+(?P<list>\d+(?:\s*(?:,\s*and|,|and)\s*\d+)*)\s+of\s+the\s+(?P<name>Convention|Covenant)\b"
)


def instrument_citations(
    text: str, catalogue: Catalogue, current: Instrument | None
) -> tuple[list[Citation], Instrument | None]:
    """Instruments named in full, and 'article N of the Convention' for the convention last
    named (in this text or, via ``current``, earlier in the document)."""
    out: list[Citation] = []
    events: list[tuple[int, Instrument]] = []
    if catalogue.name_re is not None:
        for match in catalogue.name_re.finditer(text):
            inst = catalogue.by_name[match.group(0)]
            out.append(Citation(match.start(), match.end(), inst.symbol, "instrument", inst.locator))
            if inst.convention:
                events.append((match.start(), inst))
    for match in _ARTICLES_RE.finditer(text) if "rticle" in text else ():
        prior = [inst for pos, inst in events if pos < match.start()]
        convention = prior[-1] if prior else current
        if convention is None or match.group("name") != "Convention":
            continue
        numbers = list(re.finditer(r"\d+", match.group("list")))
        for number in numbers:
            start = match.start("list") + number.start()
            end = start + len(number.group(0))
            if len(numbers) == 1:  # "article 87 of the Convention": the whole phrase is the link
                start, end = match.start(), match.end()
            out.append(Citation(start, end, convention.symbol, "instrument", f"art. {number.group(0)}"))
    last = events[-1][1] if events else current
    return out, last


def find_citations(
    text: str, document_body: str | None, catalogue: Catalogue, current: Instrument | None = None
) -> tuple[list[Citation], Instrument | None]:
    """Every citation in ``text``, without overlaps (the longer, then earlier, wins)."""
    instruments, current = instrument_citations(text, catalogue, current)
    found = resolution_citations(text, document_body) + document_citations(text) + instruments
    found.sort(key=lambda c: (c.start, -(c.end - c.start)))
    kept: list[Citation] = []
    for citation in found:
        if kept and citation.start < kept[-1].end:
            continue
        kept.append(citation)
    return kept, current
