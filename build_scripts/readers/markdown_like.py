"""Helpers shared by the readers of Markdown-like shapes (blank lines separate paragraphs)."""

from __future__ import annotations

import re
from collections.abc import Iterable

from ..model import LogEntry
from ..repairs.joining import starts_numbered
from .base import Block

Group = tuple[int, list[str]]

_EMPHASIS_RE = re.compile(
    r"(?<![\\*\ue000])(\*{1,2})(?=[^\s*\ue001])(.+?)(?<=[^\s\\*\ue000])\1(?![*\ue001])", re.DOTALL
)
_BOLD_GROUP_RE = re.compile(r"^\*\*(?=\S)(.+?)(?<=\S)\*\*$", re.DOTALL)
_ESCAPE_RE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!|>])")
HEADING_RE = re.compile(r"^(#{1,6})\s+(.*?)\s*#*$")
PAGE_BREAK_RE = re.compile(r"^(?:-{3,}|\*{3,}|_{3,})$")


def blank_line_groups(text: str) -> list[Group]:
    """Blank-line separated groups of lines, each with the number of its first line."""
    return numbered_line_groups(enumerate(text.split("\n"), start=1))


def numbered_line_groups(lines: Iterable[tuple[int, str]]) -> list[Group]:
    """The same, of lines already numbered (some taken out, as notes are)."""
    groups: list[Group] = []
    current: list[str] = []
    start = 0
    for number, line in lines:
        if line.strip():
            if not current:
                start = number
            current.append(line.rstrip())
        elif current:
            groups.append((start, current))
            current = []
    if current:
        groups.append((start, current))
    return groups


def split_list_items(group: Group) -> list[Group]:
    """A line starting '2. ' or '(b) ' inside a group begins a paragraph of its own."""
    start, lines = group
    out: list[Group] = []
    for offset, line in enumerate(lines):
        if out and not starts_numbered(line):
            out[-1][1].append(line)
        else:
            out.append((start + offset, [line]))
    return out


def strip_emphasis(text: str, line: int, log: list[LogEntry]) -> str:
    """Remove Markdown emphasis (``*Welcomes*``, ``**TITLE**``): formatting, not words."""
    stripped, count = _EMPHASIS_RE.subn(lambda m: m.group(2), text)
    if count:
        log.append(LogEntry("repaired", "emphasis-markup", line, f"{count} emphasis mark-up span(s) removed"))
    return stripped


def unescape(text: str) -> str:
    return _ESCAPE_RE.sub(r"\1", text)


def is_bold_group(group: Group) -> bool:
    """A whole group in bold: how saved web pages mark banners and titles."""
    return bool(_BOLD_GROUP_RE.match("\n".join(line.strip() for line in group[1])))


def group_block(group: Group, log: list[LogEntry]) -> Block:
    """One group as a Block: headings recognised, emphasis removed, escapes undone.

    Line breaks are kept: whether they are soft wraps (a paragraph) or separate lines
    (a signature block) is decided by ``structure``, which knows where the block stands.
    """
    start, lines = group
    heading = HEADING_RE.match(lines[0]) if len(lines) == 1 else None
    if heading:
        return Block(unescape(heading.group(2)), start, "heading")
    kind = "heading" if is_bold_group(group) else "text"
    text = "\n".join(line.strip() for line in lines)
    return Block(unescape(strip_emphasis(text, start, log)), start, kind)
