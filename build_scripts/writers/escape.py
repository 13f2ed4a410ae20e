"""The one place where source text becomes Markdown or HTML.

Source text is text: whatever characters it holds (``<script>``, ``*``, ``{#id}``,
``{{ }}``, ``|``) must render literally. Every writer goes through these functions.
"""

from __future__ import annotations

import html
import re

# Characters with a meaning anywhere in a line for Python-Markdown and the extensions
# in use (attr_list, tables): backslash-escaped; Python-Markdown unescapes exactly these
# (and CommonMark any ASCII punctuation), so the escapes never show.
_MARKDOWN_SPECIAL_RE = re.compile(r"([\\`*_{}\[\]#|<>&])")
# At the start of a line these open a list or a block: escaped there only.
_LINE_START_RE = re.compile(r"^(\d+)([.)])|^([-+>])")
_HTML_ENTITY_CHARS = {"<": "&lt;", ">": "&gt;", "&": "&amp;"}


def md_text(text: str) -> str:
    """Text for a Markdown paragraph or table cell: renders exactly as the source has it.

    Markdown-special characters get a backslash (Python-Markdown unescapes them),
    except ``<``, ``>`` and ``&``, which become HTML entities so that no tag or entity
    can form. Line breaks become spaces: a paragraph is one line.
    """
    text = re.sub(r"\s+", " ", text)

    def escape(match: re.Match[str]) -> str:
        char = match.group(1)
        return _HTML_ENTITY_CHARS.get(char) or f"\\{char}"

    text = _MARKDOWN_SPECIAL_RE.sub(escape, text)
    return _LINE_START_RE.sub(lambda m: f"{m.group(1)}\\{m.group(2)}" if m.group(1) else f"\\{m.group(3)}", text)


def html_text(text: str) -> str:
    """Text inside raw HTML (attributes included)."""
    return html.escape(re.sub(r"\s+", " ", text), quote=True)
