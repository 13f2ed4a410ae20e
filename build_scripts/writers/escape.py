"""The one place where source text becomes Markdown or HTML.

Source text is text: whatever characters it holds (``<script>``, ``*``, ``{#id}``,
``{{ }}``, ``|``) must render literally. Every writer goes through these functions.
"""

from __future__ import annotations

import re

# Characters with a meaning anywhere in a line for Python-Markdown and the extensions
# in use (attr_list, tables): backslash-escaped; Python-Markdown unescapes exactly these
# (and CommonMark any ASCII punctuation), so the escapes never show. ``<``, ``>`` and
# ``&`` become entities instead, so that no tag or entity can form.
# (Chained ``str.replace`` and one regex pass: several times faster than ``str.translate``
# with a mapping, which pays a lookup per character; this runs on every word of every page.)
_MARKDOWN_SPECIAL_RE = re.compile(r"[\\`*_{}\[\]#|]")
# At the start of a line these open a list or a block: escaped there only.
_LINE_START_RE = re.compile(r"^(\d+)([.)])|^([-+])")
_SPACE_RE = re.compile(r"\s+")


def _fold_spaces(text: str) -> str:
    """Any run of white space as one space (cheap when there is nothing to fold)."""
    if "  " in text or "\n" in text or "\t" in text or "\r" in text or not text.isprintable():
        return _SPACE_RE.sub(" ", text)
    return text


def md_text(text: str) -> str:
    """Text for a Markdown paragraph or table cell: renders exactly as the source has it.

    Markdown-special characters get a backslash (Python-Markdown unescapes them),
    except ``<``, ``>`` and ``&``, which become HTML entities. Line breaks become
    spaces: a paragraph is one line.
    """
    text = _fold_spaces(text).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    if _MARKDOWN_SPECIAL_RE.search(text):  # most texts have none: no substitution to set up
        text = _MARKDOWN_SPECIAL_RE.sub(r"\\\g<0>", text)
    if text[:1] in "0123456789-+":
        text = _LINE_START_RE.sub(lambda m: f"{m.group(1)}\\{m.group(2)}" if m.group(1) else f"\\{m.group(3)}", text)
    return text


def html_text(text: str) -> str:
    """Text inside raw HTML (attributes included)."""
    return html_content(text).replace('"', "&quot;").replace("'", "&#x27;")


def html_content(text: str) -> str:
    """Text between tags of finished HTML: what Python-Markdown would make of ``md_text``
    (``&``, ``<``, ``>`` as entities, white space folded), with no Markdown to parse."""
    return _fold_spaces(text).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
