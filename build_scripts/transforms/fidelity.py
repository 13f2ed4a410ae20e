"""Proof that nothing was lost or added: the source's words against the model's, aligned.

Words are runs of letters or of digits (``Women4`` is ``Women`` + ``4``; a superscript
``¹`` is ``1``). The source is read with every *declared* removal blanked out (the log
holds the exact text removed), then split in two streams: the lines holding note texts,
and everything else. The model gives the same two streams: masthead, opening,
paragraphs with their numbers and markers, signature; and the notes with their
markers. Each pair is aligned word by word (difflib). What differs must be explained
by a declared repair:

- a word cut by a line-end hyphen and joined (``migra`` ``tory`` -> ``migratory``);
- a note marker given back to a note text that had lost it (PDF text);
- a paragraph's number a scan misread as letters ("L" for 1, "i9" for 19), read as its
  digits, or one its neighbours settle ("8" between 4 and 6), where the structure
  logged it (``misread-number``, ``misread-letter``, on that line).

Anything else is a loss or an addition, and fails the build with the file, the line
and the words.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Iterable
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, field

from ..model import Document, LogEntry, Paragraph
from ..repairs.markers import SUPERSCRIPT_DIGITS
from ..repairs.misread import as_digits

WORD_RE = re.compile(r"[^\W\d_]+|\d+")
_SUPERSCRIPTS = str.maketrans(SUPERSCRIPT_DIGITS, "0123456789")


_SUPERSCRIPT_RE = re.compile(f"[{SUPERSCRIPT_DIGITS}]")


def words(text: str) -> list[str]:
    if _SUPERSCRIPT_RE.search(text):
        text = text.translate(_SUPERSCRIPTS)
    return WORD_RE.findall(text)


@dataclass
class FidelityReport:
    source_file: str
    symbol: str
    shape: str
    source_words: int = 0
    removed_words: int = 0
    kept_words: int = 0
    joined_words: int = 0
    markers_restored: list[str] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)
    removals: list[LogEntry] = field(default_factory=list)
    repairs: list[LogEntry] = field(default_factory=list)
    warnings: list[LogEntry] = field(default_factory=list)

    @property
    def kept_share(self) -> float:
        body = self.source_words - self.removed_words
        return 1.0 if body == 0 else self.kept_words / body


def _blank_removals(text: str, log: list[LogEntry]) -> tuple[str, list[str]]:
    """The source with each declared removal blanked (offsets and line breaks kept)."""
    starts = [0, *(m.end() for m in re.finditer("\n", text))]
    problems = []
    for entry in log:
        if entry.kind != "removed" or not entry.removed:
            continue
        begin = starts[entry.line - 1] if entry.line and entry.line <= len(starts) else 0
        at = text.find(entry.removed, begin)
        if at < 0:
            problems.append(f"line {entry.line}: declared removal {entry.removed!r} is not in the source")
            continue
        text = text[:at] + re.sub(r"[^\n]", " ", entry.removed) + text[at + len(entry.removed) :]
    return text, problems


def _with_markers(text: str, offsets: list[tuple[int, str]]) -> str:
    out, pos = [], 0
    for offset, marker in sorted(offsets):
        out += [text[pos:offset], f" {marker} "]
        pos = offset
    out.append(text[pos:])
    return "".join(out)


def _paragraph_words(paragraphs: Iterable[Paragraph]) -> list[str]:
    out: list[str] = []
    for para in paragraphs:
        out += words(para.number or "")
        out += words(_with_markers(para.text, [(r.offset, r.marker) for r in para.footnote_refs]))
    return out


def model_streams(doc: Document) -> tuple[list[str], list[tuple[str, str]]]:
    """The model's words: the body stream, and (note id, word) for the notes stream."""
    body: list[str] = []
    for line in doc.header_lines:
        body += words(line)
    body += words(doc.opening or "")
    paragraphs = doc.all_paragraphs()
    # the sign-off closes the resolution itself; its annexes follow it, but where it was
    # printed after them (``signoff_after_annexes``, the Council's volumes)
    closing = [w for line in doc.closing_lines for w in words(line)]
    after = bool(doc.extra.get("signoff_after_annexes"))
    body += _paragraph_words(p for p in paragraphs if p.part is None)
    body += [] if after else closing
    body += _paragraph_words(p for p in paragraphs if p.part is not None)
    body += closing if after else []
    notes: list[tuple[str, str]] = []
    for note in sorted((n for n in doc.footnotes if n.line), key=lambda n: n.line or 0):
        notes += [(note.id, w) for w in words(f"{note.marker} {note.text or ''}")]
    return body, notes


def _misread_number(lost: list[str], added: list[str], line: int | None, misread_lines: AbstractSet[int]) -> bool:
    """Whether ``lost`` is a paragraph's number or letter misread that the structure read
    as ``added``, on a line where it said so: letters printed for digits ("L" read as
    "1", "i" "9" as "19"), or one number or letter for another that its neighbours settle
    ("8" between 4 and 6 read as "5", "a" between c and e as "d")."""
    if line not in misread_lines:
        return False
    printed, read = "".join(lost), "".join(added)
    if read.isdigit() and not printed.isdigit():
        return as_digits(printed) == read
    return len(lost) == len(added) == 1 and len(printed) == len(read) <= 3 and printed.isalnum() and read.isalnum()


def _align(
    source: list[tuple[str, int]],
    output: list[str],
    report: FidelityReport,
    restorable: dict[str, str],
    misread_lines: AbstractSet[int] = frozenset(),
) -> None:
    """Compare one stream; record joins and restored markers, and everything unexplained."""
    source_words = [w for w, _ in source]
    # Most streams are equal, or differ in a few places: align only what lies between the
    # common head and tail (difflib is quadratic in the worst case).
    head = 0
    limit = min(len(source_words), len(output))
    while head < limit and source_words[head] == output[head]:
        head += 1
    tail = 0
    while tail < limit - head and source_words[-1 - tail] == output[-1 - tail]:
        tail += 1
    report.kept_words += head + tail
    middle_source, middle_output = source_words[head : len(source_words) - tail], output[head : len(output) - tail]
    if not middle_source and not middle_output:
        return
    source = source[head : len(source) - tail]
    source_words, output = middle_source, middle_output
    matcher = difflib.SequenceMatcher(a=source_words, b=output, autojunk=False)
    for op, i1, i2, j1, j2 in matcher.get_opcodes():
        if op == "equal":
            report.kept_words += i2 - i1
            continue
        lost, added = source_words[i1:i2], output[j1:j2]
        line = source[i1][1] if i1 < len(source) else (source[-1][1] if source else None)
        if op == "replace" and "".join(lost) == "".join(added):
            report.kept_words += len(lost)
            report.joined_words += len(added)
            continue
        if op == "replace" and _misread_number(lost, added, line, misread_lines):
            report.kept_words += len(added)
            continue
        if op == "insert" and all(word in restorable for word in added):
            report.markers_restored += added
            continue
        if lost:
            report.problems.append(f"line {line}: source words lost: {' '.join(lost[:12])!r}")
        if added:
            report.problems.append(f"near line {line}: words added that the source lacks: {' '.join(added[:12])!r}")


def check_fidelity(source_text: str, doc: Document) -> FidelityReport:
    report = FidelityReport(doc.source_file, doc.symbol, doc.shape)
    report.removals = [e for e in doc.log if e.kind == "removed"]
    report.repairs = [e for e in doc.log if e.kind == "repaired"]
    report.warnings = [e for e in doc.log if e.kind == "warning"]
    text = source_text.replace("\r\n", "\n").replace("\r", "\n").lstrip("\ufeff")
    blanked, problems = _blank_removals(text, doc.log)
    report.problems += problems
    note_lines = {
        n
        for note in doc.footnotes
        if note.line
        for first, last in (note.line_spans or [(note.line, note.end_line or note.line)])
        for n in range(first, last + 1)
    }
    body_source: list[tuple[str, int]] = []
    note_source: list[tuple[str, int]] = []
    original = text.split("\n") if blanked != text else None
    for number, line in enumerate(blanked.split("\n"), start=1):
        found = words(line)
        target = note_source if number in note_lines else body_source
        target += [(w, number) for w in found]
        # no word spans a line: the removed words are counted on the lines a removal touched
        if original is not None and original[number - 1] != line:
            report.removed_words += len(words(original[number - 1])) - len(found)
    report.source_words = len(body_source) + len(note_source) + report.removed_words
    body, notes = model_streams(doc)
    # markers the readers gave back to notes that had lost them (logged as orphan-note repairs)
    orphan_lines = {e.line for e in doc.log if e.rule == "orphan-note"}
    restorable = {n.marker: n.id for n in doc.footnotes if n.line in orphan_lines and n.marker}
    misread_lines = {e.line for e in doc.log if e.rule in ("misread-number", "misread-letter") and e.line}
    _align(body_source, body, report, {}, misread_lines)
    _align(note_source, [w for _, w in notes], report, restorable)
    return report
