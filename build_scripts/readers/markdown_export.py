"""Shape: a UN document exported to Markdown by a converter (e.g. wannli/railcar).

What it looks like: YAML front matter (``symbol``, ``title``, ``date``...) between ``---``
lines; then one paragraph a line, blank-separated, the masthead's facts glued on a line
("General Assembly Distr.: General 3 December 2025"), a paragraph cut by a page break
left in two; the notes at the end after a ``---`` rule, as Markdown definitions
``[^3]: text`` whose continuation lines are indented; in the body some references kept
as ``[^8]``, most flattened to plain digits ("Development,1", "Secretary-General, 2and").

The front matter's facts are a sidecar's (the text wins where it states them; each use
is in the document's provenance); its lines are removed by rule. Flattened markers are put
back where the notes' order says they are (``repairs.marker_search``).
"""

from __future__ import annotations

import re
from typing import Any

import yaml

from ..model import LogEntry
from ..repairs.marker_search import Wanted, put_back_markers
from ..repairs.markers import sentinel
from ..symbols import check_symbol
from .base import Block, RawDocument, RawNote
from .markdown_like import PAGE_BREAK_RE, numbered_line_groups

name = "markdown-export"

_FRONT_RE = re.compile(r"\A---\n(.*?\n)---\n", re.DOTALL)
_DEFINITION_RE = re.compile(r"^\[\^([^\]\s]+)\]:\s?(.*)$")
_REFERENCE_RE = re.compile(r"\[\^([^\]\s]+)\](?!:)")
_ENDED_RE = re.compile(r"[.)]\s*$")
# front-matter keys that carry a document fact, and the fact they carry
FRONT_MATTER_FACTS = {"symbol": "symbol", "title": "title", "date": "distributed"}
_YAML_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def sniff(text: str) -> float:
    front = _FRONT_RE.match(text)
    if not front or not re.search(r"^symbol:", front.group(1), re.MULTILINE):
        return 0.0
    definitions = any(_DEFINITION_RE.match(line) for line in text.split("\n"))
    return 0.95 if definitions or "The General Assembly" in text else 0.7


def front_matter(text: str) -> dict[str, Any]:
    """The front matter as a mapping ({} when it is not valid YAML: the text still reads)."""
    front = _FRONT_RE.match(text)
    if not front:
        return {}
    try:
        data = yaml.load(front.group(1), Loader=_YAML_LOADER)
    except yaml.YAMLError:
        return {}
    return data if isinstance(data, dict) else {}


def read(text: str, source_file: str) -> RawDocument:
    raw = RawDocument(source_file, name, hyphenated=False)
    lines = text.split("\n")
    front = _FRONT_RE.match(text)
    start = front.group(0).count("\n") if front else 0
    for number in range(1, start + 1):
        line = lines[number - 1].strip()
        if line:
            raw.log.append(LogEntry("removed", "front-matter", number, f"{line!r}: front matter (metadata)", line))
    facts = front_matter(text)
    raw.facts = {
        fact: {"value": str(facts[key]), "why": f"{key}: {facts[key]}"}
        for key, fact in FRONT_MATTER_FACTS.items()
        if facts.get(key) not in (None, "")
    }
    if "symbol" in raw.facts:  # refused here, named as the front matter's, not only once settled
        raw.facts["symbol"]["value"] = check_symbol(raw.facts["symbol"]["value"], source_file, "front matter")
    body: list[tuple[int, str]] = []
    index = start
    while index < len(lines):
        number, line = index + 1, lines[index]
        definition = _DEFINITION_RE.match(line)
        previous = raw.notes[-1] if raw.notes else None
        if (
            definition
            and previous is not None
            and previous.spans[-1][1] == index
            and not _ENDED_RE.search(previous.text)
        ):
            # "[^10]: Report of ..., Cairo, 5–13 September" / "[^1994]: (United Nations ...)":
            # a wrapped note's next line taken for a definition goes on the note
            previous.text += f"\n{definition.group(1)} {definition.group(2).strip()}"
            previous.spans = [(previous.line, number)]
            raw.log.append(
                LogEntry("repaired", "note-continued", number, f"note {previous.marker} goes on on this line")
            )
            index += 1
            continue
        if definition:
            note = RawNote(definition.group(1), definition.group(2).strip(), number)
            index += 1
            # continuation lines: indented, or the lazy rest of a paragraph
            while index < len(lines) and lines[index].startswith((" ", "\t")) and lines[index].strip():
                note.text += "\n" + lines[index].strip()
                index += 1
            note.spans = [(number, index)]
            raw.notes.append(note)
            continue
        if PAGE_BREAK_RE.match(line.strip()):
            raw.log.append(
                LogEntry("removed", "rule", number, f"{line.strip()!r}: rule before the notes", line.strip())
            )
        else:
            body.append((number, line))
        index += 1
    written = {m.group(1) for _, line in body for m in _REFERENCE_RE.finditer(line)}
    texts = [_REFERENCE_RE.sub(lambda m: sentinel(m.group(1)), line) for _, line in body]
    wanted = [
        Wanted(note.marker or "", note.line, range(len(texts)))
        for note in raw.notes
        if note.marker not in written and note.marker
    ]
    texts = put_back_markers(texts, wanted, raw.log)
    numbered = [(number, line) for (number, _), line in zip(body, texts, strict=True)]
    raw.blocks = [Block("\n".join(group), start) for start, group in numbered_line_groups(numbered)]
    for note in raw.notes:
        note.position = len(raw.blocks)
    return raw
