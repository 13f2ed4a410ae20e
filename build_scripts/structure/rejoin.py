"""The body's blocks as whole paragraphs: wrapped lines joined, split paragraphs rejoined.

A page break or a stray blank line cuts a paragraph in two; the second half starts
mid-sentence or the first does not end as a paragraph does, so they are put back
together (and logged). In a report, an unnumbered block after the numbering has begun
carries on the numbered paragraph before it. A heading is never joined to anything.
"""

from __future__ import annotations

from dataclasses import replace

from ..readers.base import Block
from ..repairs.joining import join_wrapped, should_rejoin, starts_numbered
from .numbering import ANNEX_HEADING_RE, is_part_heading
from .state import DocumentState


def rejoined(doc: DocumentState, blocks: list[Block], report: bool) -> list[Block]:
    """Blocks as single-line paragraphs, with paragraphs cut in two put back together."""
    out: list[Block] = []
    numbered_seen = False
    for block in blocks:
        text, hyphens = join_wrapped(block.text, doc.raw.hyphenated)
        if hyphens:
            doc.note("repaired", "dehyphenate", block.line, f"{hyphens} line-end hyphen(s) removed")
        if block.kind == "heading" or is_part_heading(block.text):
            # "Rule 15" / "Duties of the secretariat": a heading however it was exported
            out.append(replace(block, text=text, kind="heading"))
            continue
        numbered_seen = numbered_seen or starts_numbered(text)
        previous = out[-1] if out and out[-1].kind == "text" else None
        if previous is not None and (ANNEX_HEADING_RE.match(previous.text) or ANNEX_HEADING_RE.match(text)):
            previous = None  # "Rule 15" ends no sentence, yet the rule's text is its own paragraph
        continuation = previous is not None and (
            should_rejoin(previous.text, text) or (report and numbered_seen and not starts_numbered(text))
        )
        if previous is not None and continuation:
            previous.text = f"{previous.text} {text}"
            detail = f"paragraph continued from line {previous.line} rejoined"
            doc.note("repaired", "rejoin-paragraph", block.line, detail)
        else:
            out.append(replace(block, text=text, kind="text"))
    return out
