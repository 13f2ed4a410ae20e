"""Shape: an OHCHR web page saved as Markdown.

What it looks like: the site's banner in bold capitals at the top, the title in bold,
paragraphs separated by blank lines (sometimes a blank line falls mid-sentence),
operative paragraphs as a numbered list with no blank lines, ``*Verb*`` emphasis,
and the adoption note in square brackets at the end.
"""

from __future__ import annotations

import re

from ..model import LogEntry
from .base import RawDocument
from .markdown_like import blank_line_groups, group_block, is_bold_group, split_list_items

name = "ohchr-web"

# Banners of the UN human rights web site, kept out of the document.
_BANNER_RE = re.compile(
    r"OFFICE OF THE (?:UNITED NATIONS )?HIGH COMMISSIONER FOR\s+HUMAN RIGHTS|UNITED NATIONS HUMAN RIGHTS|Office of the High Commissioner for Human Rights"
)
_SYMBOL_LINE_RE = re.compile(
    r"^(Commission on Human Rights|Human Rights Council|Sub-Commission on [\w ]+) (resolution|decision) \d{4}/\d{1,4}$",
    re.MULTILINE,
)


def sniff(text: str) -> float:
    groups = blank_line_groups(text)
    if not groups:
        return 0.0
    score = 0.0
    if _BANNER_RE.search(text):
        score += 0.5
    if is_bold_group(groups[0]):
        score += 0.2
    if _SYMBOL_LINE_RE.search(text):
        score += 0.3
    return min(score, 0.95)


def read(text: str, source_file: str) -> RawDocument:
    raw = RawDocument(source_file, name)
    for group in blank_line_groups(text):
        start, lines = group
        joined = " ".join(line.strip() for line in lines)
        if is_bold_group(group) and _BANNER_RE.search(joined):
            raw.log.append(
                LogEntry(
                    "removed",
                    "web-banner",
                    start,
                    f"{joined!r}: web site banner, not part of the document",
                    "\n".join(lines),
                )
            )
            continue
        for item in split_list_items(group):
            raw.blocks.append(group_block(item, raw.log))
    return raw
