"""Shape: a report saved as Markdown with its page breaks.

What it looks like: Markdown headings for the masthead and title, ``---`` where a page
ended, the page's footnotes right after it (``\\*``, ``\\*\\*`` or numbers), then the next
page, which may resume a paragraph mid-sentence. Paragraphs are numbered.
"""

from __future__ import annotations

import re

from ..model import LogEntry
from ..repairs.markers import superscripts_to_sentinels, symbol_markers_to_sentinels
from .base import RawDocument, RawNote
from .markdown_like import HEADING_RE, PAGE_BREAK_RE, blank_line_groups, group_block, split_list_items, unescape

name = "markdown-report"

_NOTE_RE = re.compile(r"^((?:\\?\*)+|\d{1,3}|[†‡]+)\s+(\S.*)$", re.DOTALL)
_NUMBERED_RE = re.compile(r"^\d{1,3}\.\s", re.MULTILINE)


def sniff(text: str) -> float:
    lines = text.split("\n")
    headings = sum(1 for line in lines if HEADING_RE.match(line))
    breaks = sum(1 for line in lines if PAGE_BREAK_RE.match(line.strip()))
    numbered = len(_NUMBERED_RE.findall(text))
    if headings >= 2 and breaks >= 1 and numbered >= 2:
        return 0.9
    if headings >= 2 and numbered >= 2:
        return 0.6
    return 0.0


def read(text: str, source_file: str) -> RawDocument:
    raw = RawDocument(source_file, name)
    after_break = False
    for group in blank_line_groups(text):
        start, lines = group
        if len(lines) == 1 and PAGE_BREAK_RE.match(lines[0].strip()):
            raw.log.append(
                LogEntry("removed", "page-break", start, f"{lines[0].strip()!r}: page break", lines[0].strip())
            )
            after_break = True
            continue
        note = _NOTE_RE.match("\n".join(lines)) if after_break else None
        if note:
            marker = note.group(1).replace("\\", "")
            raw.notes.append(RawNote(marker, unescape(note.group(2)), start, len(raw.blocks)))
            continue
        after_break = False
        for item in split_list_items(group):
            item_start, item_lines = item
            marked = [symbol_markers_to_sentinels(superscripts_to_sentinels(line)) for line in item_lines]
            raw.blocks.append(group_block((item_start, marked), raw.log))
    return raw
