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
