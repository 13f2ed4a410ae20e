"""Putting back note markers that an export flattened into the text ("Rights,1",
"Outcome, 1  sports", "20204"), where the notes themselves say which markers there are
and in which order.

Every place each marker could stand is scored by how sure its form is (glued to a word
is surer than standing alone; glued into a number is least sure) and by lying in the
lines where its note belongs; the places chosen are the best-scoring sequence in the
notes' order. A marker with no place in that order is reported, never guessed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..model import LogEntry
from .markers import CLOSE, NUMBERING_ABBREVIATIONS, OPEN, sentinel

# How a marker that lost its raise stands in the text, and how sure each way is: glued
# to the word before it, or to a year ("6 October 20204 and"), or alone between spaces
# (two after it, as PyMuPDF writes the gap); weaker: one space after it, or glued to
# the number ending a symbol or a name ("resolution 77/2285", "decision
# CBD/CP/MOP/VIII/1914", "COVID-1915", "decision 1/CP.2731", "Agenda 216").
MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December"
PATTERNS = (
    (r"(?:(?<=[^\W\d_])|(?<=[,;:)”’\"\]])|(?<=[^\W\d_]\.)|(?<=(?:19|20)\d\d\.)){m}(?=[\s,;:.)\]\"”’]|$)", 3),
    (r"(?<=(?<!\d)(?:19|20)\d\d){m}(?=[\s,;:.)\]\"”’]|$)", 3),
    (r"(?<=[\w,;:.)”’]) {m}(?=  )", 3),
    (rf"(?<=[\w,;:.)”’]) {{m}}(?! (?:{MONTHS}))(?= [A-Za-z0-9“]| ?$)", 2),  # not a day: "on 1 December"
    (r"(?<=[,;:)”’]){m}(?=[a-z])", 2),
    # (never at a line's end: "A/RES/78/181" alone on its line is a symbol)
    (
        r"(?:(?<=/\d)|(?<=/\d\d)|(?<=/\d\d\d)|(?<=[A-Z][-‑]\d\d)|(?<=[A-Z]\.\d\d)|(?<=Agenda 21))"
        r"{m}(?=[,;:)]?\s+\S)",
        1,
    ),
    # no space around it: "the Paris Agreement4and", a line opening "16including"
    (r"(?:(?<=[^\W\d_])|^){m}(?!(?:st|nd|rd|th)\b)(?=[a-z]{{2}})", 2),
    # a space before it, none after: "the Paris Agreement 5and its entry into force"
    (r"(?<=[\w,;:.)”’] ){m}(?=[a-z])", 2),
    # at a line's start, where the extraction broke the line before it ("resolution" / "8  was")
    (r"^{m}(?=  [a-z(“])", 2),
)


_MARKER_COMMA_RE = re.compile(f"{CLOSE},(?={OPEN})")


@dataclass(frozen=True)
class Wanted:
    """A note's marker to find: in ``window`` (line indexes), preferably from line
    ``home`` on (its note's own page); ``note_line`` names the note in a warning."""

    marker: str
    note_line: int
    window: range
    home: int = 0


def put_back_markers(lines: list[str], wanted: list[Wanted], log: list[LogEntry]) -> list[str]:
    """The lines with each wanted note's marker as a sentinel where it was found."""
    candidates = [
        [
            (at, start, end, score + (2 if at >= want.home else 0))
            for at, start, end, score in _candidates(lines, want.marker, want.window)
        ]
        for want in wanted
    ]
    chosen = _best_sequence(candidates)
    lines = list(lines)
    placed = []
    for want, place in zip(wanted, chosen, strict=True):
        if place is None:
            log.append(
                LogEntry(
                    "warning",
                    "marker-not-found",
                    want.note_line,
                    f"note {want.marker}: its marker cannot be told apart in the text (a plain number?)",
                )
            )
        else:
            placed.append((place, want.marker))
    # from the end, so that earlier columns stay where they were
    for (at, start, end), marker in sorted(placed, reverse=True):
        line = lines[at]
        before = line[:start].rstrip(" ")
        after = line[end:]
        after = " " + after.lstrip(" ") if after.startswith(" ") else after
        lines[at] = before + sentinel(marker) + after
    # "conflict,10,11": the comma between two markers goes with them; spaces the
    # extraction doubled are one
    return [_MARKER_COMMA_RE.sub(CLOSE, re.sub(r"(?<=\S)  +(?=\S)", " ", line)) for line in lines]


def _candidates(lines: list[str], marker: str, window: range) -> list[tuple[int, int, int, int]]:
    """(line index, start, end, score) of every place in the window of lines the marker could stand."""
    found: dict[tuple[int, int], tuple[int, int, int, int]] = {}
    for pattern, score in PATTERNS:
        regex = re.compile(pattern.format(m=re.escape(marker)))
        for index in window:
            line = lines[index]
            for match in regex.finditer(line):
                if _after_abbreviation(line, match.start()):
                    continue  # "A/80/L.2/Rev.1", "vol. 2"
                key = (index, match.end())
                if key not in found or found[key][3] < score:
                    found[key] = (index, match.start(), match.end(), score)
    return sorted(found.values())


def _after_abbreviation(line: str, start: int) -> bool:
    """Whether the digits at ``start`` follow "Rev." or another numbering abbreviation."""
    if line[start - 1 : start] != ".":
        return False
    token = line[:start].rsplit(" ", 1)[-1]
    if "/" in token:
        return True  # inside a document symbol: "A/78/L.1"
    word = re.search(r"([A-Za-z]+)\.$", line[:start])
    return word is not None and word.group(1).lower() in NUMBERING_ABBREVIATIONS


def _best_sequence(candidates: list[list[tuple[int, int, int, int]]]) -> list[tuple[int, int, int] | None]:
    """One place (or none) per marker, in increasing order, with the highest total score;
    of equal totals, the earliest places."""
    # best[i][j]: (score, path) of the best choice for markers 0..i ending with candidate j
    # of marker i (j == -1: marker i not placed, the last placed position carried along)
    states: list[tuple[int, tuple[int, int], list[tuple[int, int, int] | None]]] = [(0, (-1, -1), [])]
    for options in candidates:
        following: list[tuple[int, tuple[int, int], list[tuple[int, int, int] | None]]] = []
        for score, position, path in states:
            following.append((score, position, [*path, None]))
            for index, start, end, gain in options:
                if (index, start) > position:
                    # placing a marker at all outweighs the surer form of another
                    following.append((score + 2 + gain, (index, start), [*path, (index, start, end)]))
        # keep, per reached position, the best; then the few best overall (pages hold few notes)
        best: dict[tuple[int, int], tuple[int, tuple[int, int], list[tuple[int, int, int] | None]]] = {}
        for state in following:
            kept = best.get(state[1])
            if kept is None or state[0] > kept[0]:
                best[state[1]] = state
        states = sorted(best.values(), key=lambda state: (-state[0], state[1]))[:64]
    return states[0][2]  # the highest score; of equal ones, the earliest last place
