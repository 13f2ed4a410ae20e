"""Word accounting between a source and its output, shared by the conservation tests.

Words are runs of letters or of digits (so ``Women4`` is ``Women`` + ``4`` and a
superscript ``¹`` is ``1``): every word of a source must reach the output, except the
exact texts the converter declared removed in its log.
"""

from __future__ import annotations

import re
from collections import Counter

from build_scripts.model import Document
from build_scripts.repairs.markers import SUPERSCRIPT_DIGITS

WORD_RE = re.compile(r"[^\W\d_]+|\d+")
_SUPERSCRIPTS = str.maketrans(SUPERSCRIPT_DIGITS, "0123456789")


def words(text: str) -> list[str]:
    return WORD_RE.findall(text.translate(_SUPERSCRIPTS))


def source_lines_after_removals(text: str, doc: Document) -> list[str]:
    """The source's lines with every declared removal cut out (at its own line)."""
    text = text.replace("\r\n", "\n").lstrip("\ufeff")
    starts = [0]
    for match in re.finditer("\n", text):
        starts.append(match.end())
    for entry in doc.log:
        if entry.kind != "removed" or not entry.removed:
            continue
        begin = starts[entry.line - 1] if entry.line else 0
        at = text.find(entry.removed, begin)
        assert at >= 0, f"declared removal {entry.removed!r} not found at line {entry.line}"
        # blank it out, keeping offsets and line breaks, so later removals still find their line
        text = text[:at] + re.sub(r"[^\n]", " ", entry.removed) + text[at + len(entry.removed) :]
    return text.split("\n")


def is_subsequence(needle: list[str], haystack: list[str]) -> tuple[bool, int]:
    """Whether needle's words appear in haystack in order; else how far it got."""
    it = iter(haystack)
    for index, word in enumerate(needle):
        if not any(word == candidate for candidate in it):
            return False, index
    return True, len(needle)


def lost_words(source_words: list[str], output_words: list[str]) -> Counter[str]:
    return Counter(source_words) - Counter(output_words)
