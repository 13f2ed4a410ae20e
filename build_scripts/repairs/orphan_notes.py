"""Giving marker-less footnote texts back their markers.

A PDF-to-text dump drops superscript glyphs: the notes keep their text but lose their
numbers, and land wherever the page ended. Notes found at a page end belong to markers
on that page, in order. When a page's dump lost some note texts, more markers than
texts remain; each text then goes to the marker whose sentence shares most evidence
with it (years, symbols, numbers, names), keeping order. Markers left over are notes
whose text the source does not have.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_STRONG_RE = re.compile(r"\b(?:1[89]\d\d|20\d\d)\b|\b[A-Z]+(?:/[\w.()]+)+|\b\d+/\d+\b")
_NAME_RE = re.compile(r"\b[A-Z][a-z]{3,}\b")
_COMMON_NAMES = {"Resolution", "Resolutions", "See", "Official", "Records", "United", "Nations", "Supplement", "Annex"}


@dataclass(frozen=True)
class MarkerSite:
    marker: str
    block: int
    context: str


def evidence_score(note: str, context: str) -> float:
    strong = set(_STRONG_RE.findall(note))
    names = set(_NAME_RE.findall(note)) - _COMMON_NAMES
    return sum(1.0 for token in strong if token in context) + sum(0.25 for n in names if n in context)


def _best_monotonic(notes: list[str], sites: list[MarkerSite]) -> list[int]:
    """Assign each note (in order) to a distinct site (in order) maximising total evidence.

    Ties go to the earliest site. O(notes x sites), both bounded by one page.
    """
    n, m = len(notes), len(sites)
    neg = float("-inf")
    best = [[neg] * (m + 1) for _ in range(n + 1)]
    for j in range(m + 1):
        best[0][j] = 0.0
    for i in range(1, n + 1):
        for j in range(i, m + 1):
            take = best[i - 1][j - 1] + evidence_score(notes[i - 1], sites[j - 1].context)
            best[i][j] = max(best[i][j - 1], take)
    chosen: list[int] = []
    i, j = n, m
    while i > 0:
        take = best[i - 1][j - 1] + evidence_score(notes[i - 1], sites[j - 1].context)
        # prefer the earliest site on ties: skip site j only if skipping is strictly as good
        if j > i and best[i][j - 1] >= take:
            j -= 1
            continue
        chosen.append(j - 1)
        i, j = i - 1, j - 1
    return list(reversed(chosen))


def align_orphan_notes(groups: list[tuple[int, list[str]]], sites: list[MarkerSite]) -> list[list[str | None]]:
    """For each group (block position, note texts found there), the marker of each text.

    A text with no marker left to take gets ``None``.
    """
    result: list[list[str | None]] = []
    next_site = 0
    for position, notes in groups:
        candidates = [s for s in sites[next_site:] if s.block < position]
        if not candidates:
            result.append([None] * len(notes))
            continue
        if len(notes) >= len(candidates):
            markers: list[str | None] = [s.marker for s in candidates]
            markers += [None] * (len(notes) - len(candidates))
        else:
            markers = [candidates[k].marker for k in _best_monotonic(notes, candidates)]
        # every marker before this page end is settled: with a text, or missing one
        next_site += len(candidates)
        result.append(markers)
    return result
