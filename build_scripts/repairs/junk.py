"""Removing export junk by named rule, and logging every removal."""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..model import LogEntry

Line = tuple[int, str]


@dataclass(frozen=True)
class JunkRule:
    name: str
    pattern: re.Pattern[str]
    why: str


def remove_junk_lines(lines: list[Line], rules: list[JunkRule]) -> tuple[list[Line], list[LogEntry]]:
    """Drop whole lines matching a rule (``fullmatch`` on the stripped line)."""
    kept: list[Line] = []
    log: list[LogEntry] = []
    for number, text in lines:
        rule = next((r for r in rules if r.pattern.fullmatch(text.strip())), None)
        if rule is None:
            kept.append((number, text))
        else:
            log.append(LogEntry("removed", rule.name, number, f"{text.strip()!r}: {rule.why}", text.strip()))
    return kept, log


def remove_junk_inline(line: Line, rules: list[JunkRule]) -> tuple[str, list[LogEntry]]:
    """Cut junk out of a line (``Word comment [DU1]``, ``<<ODS JOB NO>>`` fields)."""
    number, text = line
    log: list[LogEntry] = []
    for rule in rules:
        for match in rule.pattern.finditer(text):
            log.append(LogEntry("removed", rule.name, number, f"{match.group(0)!r}: {rule.why}", match.group(0)))
        text = rule.pattern.sub("", text)
    return text, log


# The rule of underscores above a page's notes.
NOTE_RULE_RE = re.compile(r"_{5,}")

# The cover block at the first page's foot of a UN document: the job number ("23-23443 (E)
# 011223", a star when reissued) and its barcode ("*2323443*"). Older covers print it in
# other forms: New York's typescripts of the 1990s with an operator's code, the dates of
# entry and issue and the mark that the text goes on overleaf ("92-45958 3565i (E) 201092
# 221092", "97-31708 (E) 181197 /..."); Geneva's with its "GE." and often nothing more
# ("GE.96-51477", "GE.17-23427(E)").
# The mark at a page's foot that the text goes on overleaf ("/...", typescripts of the
# 1990s; "I . ...." where a scan's text layer misread it)
_MARK = r"[/I]\s?\.(?:\s?\.){2,}"
CONTINUATION_MARK_RE = re.compile(_MARK)
_COVER_JOB_RE = re.compile(
    rf"((?:GE\.)?\d{{2}}-\d{{5}})[A-Z]?\*?(?:\s+\d{{3,4}}[a-z])?\s*(?:\(E\))?(?:\s+\d{{6}}){{0,2}}(?:\s*{_MARK})?"
)
_COVER_BARCODE_RE = re.compile(r"\*\d{6,9}\*")


def cover_block_line(text: str, line: int) -> tuple[LogEntry, str | None] | None:
    """The removal of a cover-block line, and the job number it carries (kept as
    metadata); None when the line is no part of the cover block."""
    text = text.strip()
    job = _COVER_JOB_RE.fullmatch(text)
    if job is None and not _COVER_BARCODE_RE.fullmatch(text):
        return None
    what = "job number (kept as metadata)" if job else "barcode of the job number"
    return LogEntry("removed", "cover-block", line, f"{text!r}: {what}", text), job.group(1) if job else None
