"""Dates as the texts write them: days, months, years and ranges, with their precision.

Nothing is made more precise than the text: "June 1993" is a month, "1997" a year.
A year alone is a date only where it dates something ("in 1997", "their 1997 appeal"),
never inside a symbol (E/1999/23), a resolution number (2001/53) or a citation of
Official Records ("..., 1999, Supplement No. 3").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from ..metadata import MONTHS

Precision = str  # "day" | "month" | "year"

_M = "January|February|March|April|May|June|July|August|September|October|November|December"
_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    # (from) 19 March to 27 April 2001: a "from" before it is taken with it (see _FROM_RE)
    ("cross", re.compile(rf"\b(\d{{1,2}}) ({_M}) (?:to|-|–) (\d{{1,2}}) ({_M}) (\d{{4}})(?!\d)")),
    # (from) 6 to 9 March 2001, 6 to 8 September 2000
    ("span", re.compile(rf"\b(\d{{1,2}}) (?:to|-|–) (\d{{1,2}}) ({_M}) (\d{{4}})(?!\d)")),
    # 18 December 1990
    ("day", re.compile(rf"\b(\d{{1,2}}) ({_M}) (\d{{4}})(?!\d)")),
    # September/October 2000, March to April 2001
    ("months", re.compile(rf"\b({_M}) ?(?:/|to|-|–) ?({_M}) (\d{{4}})(?!\d)")),
    # June 1993
    ("month", re.compile(rf"\b({_M}) (\d{{4}})(?!\d)")),
    # in 1997, their 1997 appeal
    ("year", re.compile(r"\b(?:in|since|until|their|its|the|during) ((?:19|20)\d\d)\b(?![/\d])")),
]


@dataclass(frozen=True)
class DateMention:
    start: int
    end: int
    date: str  # ISO: YYYY-MM-DD, YYYY-MM or YYYY
    precision: Precision
    end_date: str | None
    as_written: str

    def first_day(self) -> date:
        parts = [int(p) for p in self.date.split("-")] + [1, 1]
        return date(parts[0], parts[1], parts[2])


def _iso(year: str, month: str | None = None, day: str | None = None) -> str | None:
    """An ISO date of the given precision, or None if the calendar says no (31 June)."""
    try:
        if day is not None and month is not None:
            return date(int(year), MONTHS[month.lower()], int(day)).isoformat()
        if month is not None:
            return f"{int(year):04d}-{MONTHS[month.lower()]:02d}"
        return f"{int(year):04d}"
    except ValueError:
        return None


# A range's "from" belongs to its mention. Looked for before a match rather than as an
# optional start of the pattern, which made the engine try it at every position of the
# text (the two range patterns cost more than the other four together).
_FROM_RE = re.compile(r"\bfrom ")
_RANGES = ("cross", "span")


def _mention(kind: str, match: re.Match[str], start: int) -> DateMention | None:
    g = match.groups()
    end, text = match.end(), match.string[start : match.end()]
    if kind == "cross":
        first, last = _iso(g[4], g[1], g[0]), _iso(g[4], g[3], g[2])
        return DateMention(start, end, first, "day", last, text) if first and last else None
    if kind == "span":
        first, last = _iso(g[3], g[2], g[0]), _iso(g[3], g[2], g[1])
        return DateMention(start, end, first, "day", last, text) if first and last else None
    if kind == "day":
        first = _iso(g[2], g[1], g[0])
        return DateMention(start, end, first, "day", None, text) if first else None
    if kind == "months":
        first, last = _iso(g[2], g[0]), _iso(g[2], g[1])
        return DateMention(start, end, first, "month", last, text) if first and last else None
    if kind == "month":
        first = _iso(g[1], g[0])
        return DateMention(start, end, first, "month", None, text) if first else None
    # a year: the mention is the year itself, not the word before it
    year_start = match.start(1)
    return DateMention(year_start, end, g[0], "year", None, g[0])


# Every pattern ends in a four-digit year, and all but the last name a month: texts
# without them are not scanned (a plain search for each is far cheaper than the patterns).
_FOUR_DIGITS_RE = re.compile(r"\d\d\d\d")
_MONTH_NAMES = tuple(_M.split("|"))


def find_dates(text: str) -> list[DateMention]:
    """Every date in ``text``, most precise reading first, without overlaps, in order."""
    if not _FOUR_DIGITS_RE.search(text):
        return []
    patterns = _PATTERNS if any(month in text for month in _MONTH_NAMES) else _PATTERNS[-1:]
    taken: list[DateMention] = []
    blocked: list[tuple[int, int]] = []  # impossible dates ("31 June 2001"): no less precise reading either
    for kind, pattern in patterns:
        for match in pattern.finditer(text):
            start = match.start()
            if kind in _RANGES and start >= 5 and _FROM_RE.match(text, start - 5):
                start -= 5
            if any(start < end and begin < match.end() for begin, end in blocked):
                continue
            mention = _mention(kind, match, start)
            if mention is None:
                blocked.append((start, match.end()))
                continue
            if any(mention.start < other.end and other.start < mention.end for other in taken):
                continue
            if kind == "year" and _inside_citation(text, mention.start, mention.end):
                continue
            taken.append(mention)
    return sorted(taken, key=lambda m: m.start)


def _inside_citation(text: str, start: int, end: int) -> bool:
    """A year that belongs to a symbol or a numbered resolution is no date."""
    return text[start - 1 : start] == "/" or text[end : end + 1] == "/"
