"""Shape: Markdown-like text with Unicode superscript footnote markers.

What it looks like: blank lines between paragraphs, ``*Verb*`` emphasis, markers as
superscript digits (``Rights,¹``), and note texts as paragraphs that start with a
superscript marker, standing wherever the page they belonged to ended.
"""

from __future__ import annotations

import re

from ..metadata import OPENING_RE, RESOLUTION_TITLE_RE
from ..repairs.markers import SUPERSCRIPT_DIGITS, superscript_marker, superscripts_to_sentinels
from .base import RawDocument, RawNote
from .markdown_like import blank_line_groups, group_block, split_list_items

name = "markdown-superscript"

_NOTE_RE = re.compile(rf"^([{SUPERSCRIPT_DIGITS}]+)\s+(.*)$", re.DOTALL)
_SUPERSCRIPT_RE = re.compile(f"[{SUPERSCRIPT_DIGITS}]")


def sniff(text: str) -> float:
    groups = blank_line_groups(text)
    if len(groups) < 3:
        return 0.0
    notes = sum(1 for _, lines in groups if _NOTE_RE.match(lines[0]))
    markers = len(_SUPERSCRIPT_RE.findall(text))
    if notes and markers > notes:
        return 0.9
    if markers:
        return 0.3
    # the same shape with no notes at all: a numbered resolution, paragraphs between blank lines
    firsts = [lines[0].strip() for _, lines in groups]
    titled = any(RESOLUTION_TITLE_RE.match(line) for line in firsts)
    opened = any(OPENING_RE.match(line) for line in firsts)
    return 0.55 if titled and opened else 0.0


def read(text: str, source_file: str) -> RawDocument:
    raw = RawDocument(source_file, name)
    for group in blank_line_groups(text):
        start, lines = group
        note = _NOTE_RE.match("\n".join(lines))
        if note:
            raw.notes.append(RawNote(superscript_marker(note.group(1)), note.group(2), start, len(raw.blocks)))
            continue
        for item in split_list_items(group):
            block = group_block(item, raw.log)
            block.text = superscripts_to_sentinels(block.text)
            raw.blocks.append(block)
    return raw
