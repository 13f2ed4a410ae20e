"""Footnote markers: finding them in damaged text and carrying them as sentinels.

While a text is repaired, each marker lives inside the text as a private-use sentinel
(``\\ue000<marker>\\ue001``) so that line joins and paragraph rejoins move it with its
words. ``split_markers`` takes them out at the end and records their offsets.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

OPEN, CLOSE = "\ue000", "\ue001"
SENTINEL_RE = re.compile(f"{OPEN}([^{CLOSE}]*){CLOSE}")
# Inside a sentinel, between a marker as printed and the note it leads to, when the two
# differ: a marker the scan printed unreadable ("?°"), linked to note 20 by its place
LINK = "\ue002"

SUPERSCRIPT_DIGITS = "⁰¹²³⁴⁵⁶⁷⁸⁹"
_SUPERSCRIPT_TABLE = str.maketrans(SUPERSCRIPT_DIGITS, "0123456789")
SUPERSCRIPT_RUN_RE = re.compile(f"[{SUPERSCRIPT_DIGITS}]+")

# A run of asterisks or daggers used as a marker, Markdown-escaped or not, glued to
# the end of a word: "preliminary list\*", "Secretary-General**", a joint document's
# symbols "A/80/62*−E/2025/12*" (reissued: the star on each, a dash between them).
SYMBOL_MARKER_RE = re.compile(r"(?<=[^\s\\*])((?:\\?\*)+|(?:†)+|(?:‡)+)(?=\s|$|[,;.:)]|[-−–](?=[A-Z]+/))")

# Abbreviations after which ".<digit>" is part of a symbol or a citation, not a marker.
NUMBERING_ABBREVIATIONS = {
    "add",
    "corr",
    "rev",
    "no",
    "nos",
    "para",
    "paras",
    "chap",
    "sect",
    "art",
    "arts",
    "vol",
    "suppl",
    "ser",
    "p",
    "pp",
    "amend",
    "annex",
    "op",
    "pt",
}
# A digit run glued to the word before it and followed by a break: "Rights,1", "Women4".
GLUED_DIGITS_RE = re.compile(r"(?<=[^\s\d/\-–(\[])(\d{1,3})(?=[\s,;:.)\]\"”’]|$)")


def sentinel(marker: str) -> str:
    return f"{OPEN}{marker}{CLOSE}"


def linked_sentinel(printed: str, note: str) -> str:
    """A marker printed as ``printed`` that leads to note ``note`` (the printed glyphs
    kept as they stand, never rewritten to the note's number)."""
    return sentinel(f"{printed}{LINK}{note}")


def printed_and_note(marker: str) -> tuple[str, str]:
    """A sentinel's marker as printed, and the note it leads to (the same but for a
    ``linked_sentinel``)."""
    printed, _, note = marker.partition(LINK)
    return printed, note or printed


def strip_sentinels(text: str) -> str:
    return SENTINEL_RE.sub("", text)


def markers_as_text(text: str) -> str:
    """Sentinels back to the plain marker characters, for text shown as printed."""
    return SENTINEL_RE.sub(lambda match: printed_and_note(match.group(1))[0], text)


def split_markers(text: str) -> tuple[str, list[tuple[str, int]]]:
    """Remove sentinels; return the clean text and (marker, offset in clean text) pairs."""
    markers: list[tuple[str, int]] = []
    out: list[str] = []
    pos = 0
    length = 0
    for match in SENTINEL_RE.finditer(text):
        chunk = text[pos : match.start()]
        out.append(chunk)
        length += len(chunk)
        markers.append((match.group(1), length))
        pos = match.end()
    out.append(text[pos:])
    return "".join(out), markers


def superscript_marker(run: str) -> str:
    return run.translate(_SUPERSCRIPT_TABLE)


def superscripts_to_sentinels(text: str) -> str:
    """Unicode superscript digits are always markers in these texts: ``Rights,¹`` -> sentinel 1."""
    return SUPERSCRIPT_RUN_RE.sub(lambda m: sentinel(superscript_marker(m.group(0))), text)


def symbol_markers_to_sentinels(text: str) -> str:
    """``list\\*`` / ``General**`` -> sentinels ``*`` / ``**`` (Markdown escapes dropped)."""
    return SYMBOL_MARKER_RE.sub(lambda m: sentinel(m.group(1).replace("\\", "")), text)


def _is_numbering(text: str, start: int) -> bool:
    """True when the digits at ``start`` continue a symbol or citation (A/58/508/Add.1)."""
    token_start = max(text.rfind(" ", 0, start), text.rfind("\t", 0, start)) + 1
    token = text[token_start:start]
    if "/" in token:
        return True
    if token.endswith("."):
        word = re.sub(r"[^A-Za-z]", "", token[:-1].split(".")[-1])
        return word.lower() in NUMBERING_ABBREVIATIONS or len(word) <= 1
    return False


def attach_glued_markers(
    texts: Iterable[str], known: set[str] | None = None, first: int = 1
) -> tuple[list[str], list[str]]:
    """Turn digits glued to words into marker sentinels, in footnote order.

    Exports that lose superscript formatting leave "Rights,1". A glued digit run is
    taken as a marker only when it is the *next* marker expected (1, 2, 3... across the
    whole body) and, when the note list is known, names an existing note. That is what
    keeps real numbers ("45/158", "Add.1", "1990", "217 A (III)") intact.
    Returns the texts and the markers found, in order.
    """
    expected = first
    found: list[str] = []
    out: list[str] = []
    for text in texts:
        pieces: list[str] = []
        pos = 0
        for match in GLUED_DIGITS_RE.finditer(text):
            digits = match.group(1)
            if int(digits) != expected or (known is not None and digits not in known):
                continue
            if _is_numbering(text, match.start()):
                continue
            pieces.append(text[pos : match.start()])
            pieces.append(sentinel(digits))
            pos = match.end()
            found.append(digits)
            expected += 1
        pieces.append(text[pos:])
        out.append("".join(pieces))
    return out, found
