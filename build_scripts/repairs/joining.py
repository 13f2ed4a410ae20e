"""Putting paragraphs back together: hard-wrapped lines, hyphenation, split paragraphs."""

from __future__ import annotations

import re
import string
from collections.abc import Sequence

from .markers import strip_sentinels

# A paragraph of a UN text ends on one of these, possibly followed by closing quotes.
_PARAGRAPH_END_RE = re.compile(r"[,;:.!?][\"”’)\]]*\s*$")
_NUMBERED_START_RE = re.compile(r"^\s*(\d{1,3}\.|\([a-z]{1,4}\)|\([ivx]+\))\s")
# Hyphenated compounds whose hyphen is real even at a line end.
_KEEP_HYPHEN_PREFIXES = {
    "non",
    "self",
    "co",
    "ex",
    "quasi",
    "semi",
    "anti",
    "well",
    "inter",
    "multi",
    "cross",
    "long",
    "short",
    "high",
    "low",
    "follow",
    "twenty",
    "thirty",
    "forty",
    "fifty",
    "sixty",
    "seventy",
    "eighty",
    "ninety",
}


def ends_paragraph(text: str) -> bool:
    return bool(_PARAGRAPH_END_RE.search(strip_sentinels(text)))


def starts_lowercase(text: str) -> bool:
    stripped = strip_sentinels(text).lstrip()
    return bool(stripped) and stripped[0].islower()


def starts_numbered(text: str) -> bool:
    return bool(_NUMBERED_START_RE.match(text))


def join_lines(first: str, second: str, dehyphenate: bool = True) -> tuple[str, bool]:
    """Join two wrapped lines; returns the text and whether a hyphen was removed.

    A line-final hyphen between two lowercase word parts is a typesetting break and is
    removed ("migra-" + "tory"), unless the first part is a prefix that keeps its hyphen
    ("non-" + "governmental").
    """
    left = first.rstrip()
    right = second.strip()
    # only a line ending on a hyphen is joined otherwise; its word is read back from the
    # hyphen, never by searching the whole paragraph joined so far (a long block's
    # lines, each searched, cost the square of its length)
    if not left.endswith("-"):
        return f"{left} {right}", False
    if not dehyphenate and _LETTER_HYPHEN_RE.fullmatch(left[-2:]) and right[:1].isalpha():
        return left + right, False  # "fact-" + "finding"
    part = _hyphenated_part(left)
    if part and right[:1].isalpha():
        if right[:1].isupper() or part.lower() in _KEEP_HYPHEN_PREFIXES or part[:1].isupper():
            return left + right, False  # "Secretary-" + "General", "non-" + "governmental"
        return left[:-1] + right, True
    return f"{left} {right}", False


# a letter (any script's) and the hyphen after it
_LETTER_HYPHEN_RE = re.compile(r"[^\W\d_]-")
_ASCII_LETTERS = frozenset(string.ascii_letters)


def _hyphenated_part(left: str) -> str:
    """The ASCII letters just before a text's final hyphen ("migra" of "... migra-"),
    what ``([A-Za-z]+)-$`` captures; empty where none stands there."""
    start = end = len(left) - 1
    while start > 0 and left[start - 1] in _ASCII_LETTERS:
        start -= 1
    return left[start:end]


def wrap_width(lines: Sequence[str]) -> int:
    """The width a hard-wrapped text was wrapped at: a high percentile of line lengths."""
    lengths = sorted(len(line.rstrip()) for line in lines if line.strip())
    if not lengths:
        return 0
    return lengths[int(0.9 * (len(lengths) - 1))]


def is_wrapped(line: str, width: int) -> bool:
    """A line close to the wrap width was broken by the layout, not by the author."""
    return width > 0 and len(line.rstrip()) >= 0.88 * width


def should_rejoin(previous: str, following: str) -> bool:
    """Two blocks are one paragraph cut in two (by a page break or a stray blank line)
    when the first does not end like a paragraph, or the second starts mid-sentence."""
    if starts_numbered(following):
        return False
    if starts_lowercase(following):
        return True
    return not (ends_paragraph(previous) or _MARKED_END_RE.search(strip_sentinels(previous)))


# a paragraph's end followed by a note's marker standing apart, which a text without the
# note (printed on another page of the volume) leaves a number: "to the United Nations, 14"
_MARKED_END_RE = re.compile(r"[,;.][\"”’)\]]*\s+\d{1,3}\s*$")


def join_wrapped(text: str, dehyphenate: bool = True) -> tuple[str, int]:
    """A block's lines as one paragraph; returns the text and how many hyphens were removed."""
    lines = [line for line in text.split("\n") if line.strip()]
    if not lines:
        return "", 0
    joined_text = lines[0].strip()
    hyphens = 0
    for line in lines[1:]:
        joined_text, removed = join_lines(joined_text, line, dehyphenate)
        hyphens += removed
    return joined_text, hyphens
