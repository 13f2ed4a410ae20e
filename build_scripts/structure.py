"""From a reader's raw blocks to a Document: the structure all shapes share.

Readers undo the damage of their export shape; this module knows what a UN
resolution or report *is*: a header (masthead, session, agenda item, title), an opening
formula, preambular then operative paragraphs (or numbered report paragraphs), a
signature block (meeting, date, vote) and footnotes. Working from content, not from
the shape, is what lets a new document of any known shape build without code changes.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from . import metadata as md
from .errors import SourceError
from .model import RESOLUTION_TYPES, Document, Footnote, FootnoteRef, LogEntry, Paragraph
from .readers.base import Block, RawDocument
from .repairs.joining import ends_paragraph, join_wrapped, should_rejoin, starts_numbered
from .repairs.markers import markers_as_text, split_markers, strip_sentinels

_OPERATIVE_RE = re.compile(r"^(\d{1,3})\.\s+(.*)$", re.DOTALL)
# the space after the letter may be lost ("(mm)Designing")
_LETTER_RE = re.compile(r"^\(([a-z]|([a-z])\2)\)\s*(?=\S)(.*)$", re.DOTALL)
_ROMAN_RE = re.compile(r"^\(([ivx]{1,5})\)\s+(.*)$", re.DOTALL)
_SECTION_RE = re.compile(r"^(?:[IVXLC]+|[A-H])\.\s+\S")
# "26 Condemns ...": an operative number whose full stop the PDF lost
_BARE_NUMBER_RE = re.compile(r"^(\d{1,3})\s+(?=[A-Z][a-z])(.*)$", re.DOTALL)
# A section of a resolution's body: "I", "XXV Effects of changes ...", "B"
_SECTION_LABEL_RE = re.compile(r"^([IVXLC]+|[A-Z])\.?(?:\s|$)")
_ARTICLE_RE = re.compile(r"^(Article|Rule) (\d{1,3}(?: ?(?:bis|ter))?|[IVXLC]+)\b")
_SCOPE = {"Article": "art", "Rule": "rule"}
# Headings of an annex's parts, whatever their weight: "I. General provisions", "Rule 15",
# "Chapter II", "Article 3", "Section A".
_ANNEX_HEADING_RE = re.compile(
    r"^(?:(?:[IVXLC]+|[A-H])\.\s+[A-Z][^.;:]*|(?:Rule|Article|Chapter|Section|Part) \w+\.?)$"
)
_REPORT_SUBTITLE_RE = re.compile(r"^(?:Note by the|Report of the) .+$")
_SYMBOL_PREFIX = {
    "General Assembly": "A/RES/",
    "Commission on Human Rights": "E/CN.4/RES/",
    "Human Rights Council": "A/HRC/RES/",
    "Economic and Social Council": "E/RES/",
}


def footnote_id(marker: str, ordinal: int) -> str:
    """Stable note ids: ``fn1`` for note 1, ``fn-star`` / ``fn-star2`` for ``*`` / ``**``,
    ``fn-dagger`` likewise; anything else by its order, ``fn-x3``."""
    if marker.isdigit():
        return f"fn{int(marker)}"
    for char, word in (("*", "star"), ("†", "dagger"), ("‡", "ddagger")):
        if marker and set(marker) == {char}:
            return f"fn-{word}" + (str(len(marker)) if len(marker) > 1 else "")
    return f"fn-x{ordinal}"


@dataclass
class _Line:
    text: str
    line: int
    heading: bool
    markers: list[tuple[str, int]] = field(default_factory=list)
    # Index of the line within its block: a line after the first may continue it.
    index: int = 0


def _block_lines(block: Block) -> list[str]:
    """A header or signature block's lines; a heading is one line however it was wrapped."""
    if block.kind == "heading":
        return [join_wrapped(block.text)[0]]
    return [line for line in block.text.split("\n") if line.strip()]


def _as_printed(line: str) -> str:
    """A line without the emphasis asterisks a signature block may be wrapped in."""
    return line.strip().strip("*").strip()


def _lines(blocks: list[Block]) -> Iterator[_Line]:
    for block in blocks:
        for offset, raw_line in enumerate(_block_lines(block)):
            text, markers = split_markers(_as_printed(raw_line))
            if text:
                yield _Line(text, block.line + offset, block.kind == "heading", markers, offset)


@dataclass
class _Builder:
    raw: RawDocument
    doc: Document
    refs_seen: dict[str, int] = field(default_factory=dict)
    ref_order: list[str] = field(default_factory=list)
    number: str | None = None

    def log(self, kind: str, rule: str, line: int | None, detail: str) -> None:
        self.doc.log.append(LogEntry(kind, rule, line, detail))  # type: ignore[arg-type]

    def refs(self, markers: list[tuple[str, int]]) -> list[FootnoteRef]:
        out: list[FootnoteRef] = []
        for marker, offset in markers:
            count = self.refs_seen.get(marker, 0) + 1
            self.refs_seen[marker] = count
            if count == 1:
                self.ref_order.append(marker)
            fid = footnote_id(marker, len(self.ref_order))
            ref_id = fid.replace("fn", "fnref", 1) + (f"-{count}" if count > 1 else "")
            out.append(FootnoteRef(marker, fid, ref_id, offset))
        return out

    # -- header and signature block -------------------------------------------------

    def set_fact(
        self, name: str, value: Any, line: int, markers: list[tuple[str, int]] | None = None, line_text: str = ""
    ) -> None:
        """Set a fact once; a second, different value is a warning. Markers on the line
        are kept with the fact, their offsets made relative to the value."""
        current = getattr(self.doc, name)
        if current is None:
            setattr(self.doc, name, value)
            if markers:
                start = max(line_text.find(value), 0) if isinstance(value, str) else 0
                size = len(value) if isinstance(value, str) else 0
                shifted = [(marker, min(max(offset - start, 0), size)) for marker, offset in markers]
                self.doc.metadata_refs[name] = self.refs(shifted)
        elif current != value:
            self.log(
                "warning", "conflicting-metadata", line, f"{name}: {value!r} differs from {current!r}; kept the first"
            )

    def read_header(self, blocks: list[Block]) -> None:
        unmatched_headings: list[_Line] = []
        lines = _bracketed_joined(list(_lines(blocks)))
        self.doc.header_lines = [markers_as_text(_as_printed(line)) for block in blocks for line in _block_lines(block)]
        previous = ""
        agenda_titles: list[str] = []
        for item in lines:
            text = item.text
            more_titles = len(agenda_titles) < len(_agenda_numbers(self.doc.agenda_item or ""))
            # the line after "Agenda items 13 and 117", and after each title while one is owed
            after_agenda = previous == "agenda" or (previous == "agenda-title" and more_titles)
            if previous == "title" and item.index > 0 and not md.SESSION_RE.search(text):
                # a title wrapped onto the next line of its block (PDF text)
                self.doc.title = f"{self.doc.title} {text}"
                self.log("repaired", "rejoin-title", item.line, "title continued on this line rejoined")
                continue
            if previous == "distr" and md.DATE_LINE_RE.match(text):
                self.set_fact("distributed", md.parse_date(text), item.line)
                previous = ""
                continue
            if previous == "draft-title" and not md.OPENING_RE.match(text):
                self.set_fact("title", text, item.line, item.markers, text)
                previous = ""
                continue
            if previous == "adopted-by" and (on_date := re.match(r"^on (.+)$", text)) and md.parse_date(text):
                # "Resolution adopted by the General Assembly" / "on 21 November 2023"
                self.set_fact("adopted", md.parse_date(on_date.group(1)), item.line)
                previous = ""
                continue
            new_title = (
                more_titles
                and text[:1].isupper()
                and not re.search(r"(?:,|-|\b(?:and|of|the|to|on))$", agenda_titles[-1] if agenda_titles else "")
            )
            if (
                previous == "agenda-title"
                and item.index > 0
                and not new_title
                and not md.RESOLUTION_TITLE_RE.match(text)
            ):
                # an agenda item's title wrapped onto the next line of its block
                agenda_titles[-1] = f"{agenda_titles[-1]} {text}"
                continue
            previous = ""
            if match := md.RESOLUTION_TITLE_RE.match(text):
                self.number = match.group(1)
                self.set_fact("title", match.group(2), item.line, item.markers, text)
                previous = "title"
            elif match := md.NAMED_RESOLUTION_RE.match(text):
                self.set_fact("body", match.group(1), item.line)
                self.number = match.group(2)
                if match.group(3):
                    self.set_fact("title", match.group(3), item.line, item.markers, text)
            elif match := md.ADOPTED_BY_RE.match(text):
                self.set_fact("body", match.group(1), item.line)
                if match.group(2):
                    self.set_fact("adopted", md.parse_date(match.group(2)), item.line)
                else:
                    previous = "adopted-by"
            elif match := md.ON_REPORT_RE.match(text):
                self.doc.extra["committee"] = match.group(1)
                self.set_fact("based_on", match.group(2), item.line)
            elif match := md.WITHOUT_REFERENCE_RE.match(text):
                self.doc.extra["committee"] = "without reference to a Main Committee"
                self.set_fact("based_on", match.group(1), item.line)
            elif md.DISTR_RE.search(text):
                self.doc.extra["distribution"] = md.DISTR_RE.search(text).group(1)  # type: ignore[union-attr]
                found = md.parse_date(text)
                if found:
                    self.set_fact("distributed", found, item.line)
                else:
                    previous = "distr"
            elif match := md.ORIGINAL_RE.match(text):
                self.doc.extra["original"] = match.group(1)
            elif match := md.AGENDA_RE.search(text):
                self.set_fact("agenda_item", match.group(1), item.line, item.markers, text)
                previous = "agenda"
                # an export may glue the masthead's lines: "Eightieth session Agenda item 13 Integrated ..."
                if (session := md.parse_session(text[: match.start()])) is not None:
                    self.set_fact("session", session, item.line)
                if rest := text[match.end() :].strip():
                    agenda_titles.append(rest)
                    previous = "agenda-title"
            elif md.parse_session(text) is not None and len(text) < 40:
                self.set_fact("session", md.parse_session(text), item.line)
            elif text in md.BODY_NAMES:
                self.set_fact("body", text, item.line)
            elif _REPORT_SUBTITLE_RE.match(text) and not after_agenda:
                self.set_fact("subtitle", text, item.line, item.markers, text)
                self.doc.doc_type = "report"
            elif sponsors := md.SPONSORS_RE.match(text):
                # a draft: who submitted it ("Australia:* draft resolution"), its markers with it
                who = sponsors.group("sponsors") or sponsors.group("sponsors2")
                self.doc.extra["sponsors"] = who
                kind = (sponsors.group("kind") or sponsors.group("kind2")).lower()
                self.doc.doc_type = kind if kind.startswith("draft") else "amendment"
                if sponsors.group("target"):
                    self.set_fact("based_on", sponsors.group("target"), item.line)
                previous = "draft-title"  # the line after the sponsors is the draft's title
                if item.markers:
                    size = len(who)
                    self.doc.metadata_refs["sponsors"] = self.refs([(m, min(o, size)) for m, o in item.markers])
            elif after_agenda:
                # the lines after "Agenda items 13 and 117" are those items' titles, one each
                agenda_titles.append(text)
                previous = "agenda-title"
            elif item.heading:
                unmatched_headings.append(item)
            elif self.search_facts(item):
                # a masthead line of glued facts ("United Nations A/RES/55/88", "General Assembly Distr.: General")
                previous = "distr" if md.DISTR_RE.search(text) and not md.DATE_RE.search(text) else ""
            else:
                self.doc.extra.setdefault("header", "")
                self.doc.extra["header"] = (self.doc.extra["header"] + "\n" + text).strip()
                self.log("warning", "header-line", item.line, f"header line not understood, kept as written: {text!r}")
        if agenda_titles:
            self.doc.extra["agenda_title"] = _agenda_titles(self.doc.agenda_item or "", agenda_titles)
        if unmatched_headings:
            title = unmatched_headings[-1]
            if self.doc.title is None:
                self.set_fact("title", title.text, title.line, title.markers, title.text)
                others = [h.text for h in unmatched_headings[:-1]]
            else:
                others = [h.text for h in unmatched_headings]
            if others:
                self.doc.extra["agenda_title" if self.doc.agenda_item else "header"] = " / ".join(others)

    def read_furniture(self, blocks: list[Block]) -> None:
        """Page furniture (template headers) holds metadata glued together: search, don't match."""
        for item in _lines(blocks):
            self.search_facts(item)

    def search_facts(self, item: _Line) -> bool:
        """Take every fact found anywhere in the line; True if nothing else is left in it."""
        rest = item.text
        for symbol in md.SYMBOL_RE.findall(item.text):
            # a marker right after the symbol is the symbol's ("A/RES/78/68*": reissued)
            end = item.text.find(symbol) + len(symbol)
            own = [(marker, offset) for marker, offset in item.markers if offset == end]
            self.set_fact("symbol", symbol, item.line, own, item.text)
            rest = rest.replace(symbol, " ")
        if distribution := md.DISTR_RE.search(item.text):
            self.doc.extra["distribution"] = distribution.group(1)
            rest = rest.replace(distribution.group(0), " ")
        if (found := md.DATE_RE.search(item.text)) and self.doc.distributed is None:
            self.set_fact("distributed", md.parse_date(found.group(0)), item.line)
            rest = rest.replace(found.group(0), " ")
        if session := md.SESSION_RE.search(item.text):
            number = md.ordinal_to_int(session.group(1))
            if number is not None:
                self.set_fact("session", number, item.line)
                rest = rest.replace(session.group(0), " ")
        if match := md.AGENDA_RE.search(item.text):
            self.set_fact("agenda_item", match.group(1), item.line)
            rest = rest.replace(match.group(0), " ")
        for name in md.BODY_NAMES:
            if name in item.text:
                self.set_fact("body", name, item.line)
                rest = rest.replace(name, " ")
        return not re.search(r"[A-Za-z]", rest.replace("United Nations", " "))

    def read_closing(self, blocks: list[Block]) -> None:
        self.doc.closing_lines = [
            markers_as_text(_as_printed(line)) for block in blocks for line in _block_lines(block)
        ]
        for item in _lines(blocks):
            text = item.text.strip("[]").strip()
            if match := md.MEETING_RE.match(text):
                self.set_fact("meeting", match.group(1), item.line)
                if match.group(2):
                    self.set_fact("adopted", md.parse_date(match.group(2)), item.line)
            elif md.DATE_LINE_RE.match(text):
                self.set_fact("adopted", md.parse_date(text), item.line)
            elif note := md.parse_adoption_note(item.text):
                if "vote" in note:
                    self.set_fact("vote", note["vote"], item.line)
                if "chapter" in note:
                    self.doc.extra["report_chapter"] = note["chapter"]
                if "symbol" in note:
                    self.set_fact("based_on", note["symbol"], item.line)

    # -- body --------------------------------------------------------------------

    def joined_body(self, blocks: list[Block], report: bool) -> list[Block]:
        """Blocks as single-line paragraphs, with paragraphs cut in two put back together."""
        out: list[Block] = []
        numbered_seen = False
        for block in blocks:
            text, hyphens = join_wrapped(block.text, self.raw.hyphenated)
            if hyphens:
                self.log("repaired", "dehyphenate", block.line, f"{hyphens} line-end hyphen(s) removed")
            if block.kind == "heading" or _is_part_heading(block.text):
                # "Rule 15" / "Duties of the secretariat": a heading however it was exported
                out.append(Block(text, block.line, "heading"))
                continue
            numbered_seen = numbered_seen or starts_numbered(text)
            previous = out[-1] if out and out[-1].kind == "text" else None
            if previous is not None and (_ANNEX_HEADING_RE.match(previous.text) or _ANNEX_HEADING_RE.match(text)):
                previous = None  # "Rule 15" ends no sentence, yet the rule's text is its own paragraph
            continuation = previous is not None and (
                should_rejoin(previous.text, text) or (report and numbered_seen and not starts_numbered(text))
            )
            if previous is not None and continuation:
                previous.text = f"{previous.text} {text}"
                self.log(
                    "repaired",
                    "rejoin-paragraph",
                    block.line,
                    f"paragraph continued from line {previous.line} rejoined",
                )
            else:
                out.append(Block(text, block.line))
        return out

    def paragraphs(
        self, blocks: list[Block], report: bool, prefix: str = "", used: set[str] | None = None
    ) -> list[Paragraph]:
        """The body's paragraphs; with a ``prefix`` ("annex-", "annex-2-"), an annex's:
        numbered ``para``, unnumbered ``p`` (an annex's own text, no stray), headings ``h``."""
        paragraphs: list[Paragraph] = []
        counts = {"pp": 0, "h": 0, "u": 0}
        used = set() if used is None else used
        annex = bool(prefix)
        scope = prefix
        # a numbered list inside a paragraph, and the number its next item would have
        items: Paragraph | None = None
        next_item = 1
        sections = not annex and not report and _numbering_restarts(blocks)
        last_numbered: Paragraph | None = None
        last_letter: Paragraph | None = None
        # the paragraph that announced a list or a quotation with a colon: unnumbered blocks
        # after it are its own (the themes of panels, the question put to a court)
        holder: Paragraph | None = None
        for block in blocks:
            text, markers = split_markers(block.text)
            if holder is not None and not annex and block.kind == "text" and not _starts_numbered_or_lettered(text):
                count = sum(1 for sub in holder.subparagraphs if sub.number is None) + 1
                pid = self.unique(f"{holder.id}-p{count}", used, block.line)
                holder.subparagraphs.append(self.paragraph(pid, holder.kind, None, text, 0, markers, block.line))
                continue
            announced, holder = holder, None
            if block.kind == "heading" or (annex and _ANNEX_HEADING_RE.match(text)):
                counts["h"] += 1
                pid = self.unique(f"{prefix}h{counts['h']}", used, block.line)
                items = None
                if sections and (section := _SECTION_LABEL_RE.match(text)):
                    # sections that number their paragraphs afresh: secXXV-op1
                    scope = f"sec{section.group(1)}-"
                if annex and (article := _ARTICLE_RE.match(text)):
                    # articles and rules number their paragraphs afresh: annex-art12-para1
                    scope = f"{prefix}{_SCOPE[article.group(1)]}{article.group(2).lower()}-"
                para = Paragraph(pid, "heading", None, text, self.refs(markers), line=block.line)
                paragraphs.append(para)
                # what follows a heading is not part of the paragraph before it
                last_numbered = last_letter = None
                continue
            match = _OPERATIVE_RE.match(text)
            expected = _following_number(last_numbered)
            if match is None and not report and (bare := _BARE_NUMBER_RE.match(text)) and bare.group(1) == expected:
                match = bare  # "26 Condemns": the official PDF lost the full stop, the indent and order did not
                self.log(
                    "repaired", "number-without-stop", block.line, f"paragraph {expected} printed without its stop"
                )
            if match and not annex and (announced is not None or items is not None):
                number = match.group(1)
                if items is not None and number == str(next_item) and number != expected:
                    pass  # the list goes on
                elif announced is not None and number == "1" and expected != "1":
                    items, next_item = announced, 1  # a numbered list inside a paragraph ("agenda: 1. Opening")
                else:
                    items = None
                if items is not None:
                    pid = self.unique(f"{items.id}-i{number}", used, block.line)
                    item = self.paragraph(pid, items.kind, number, text, match.start(2), markers, block.line)
                    items.subparagraphs.append(item)
                    next_item += 1
                    continue
            items = None
            if match:
                number = match.group(1)
                kind = "numbered" if report or annex else "operative"
                pid = self.unique(scope + ("para" if report or annex else "op") + number, used, block.line)
                para = self.paragraph(pid, kind, number, text, match.start(2), markers, block.line)
                paragraphs.append(para)
                last_numbered, last_letter = para, None
                holder = _announcing(para)
                continue
            roman = _ROMAN_RE.match(text)
            letter = _LETTER_RE.match(text)
            # a letter belongs to the paragraph just before it (kept in source order)
            parent = paragraphs[-1] if paragraphs else None
            if last_letter is not None and parent is not None and last_letter not in parent.walk():
                last_letter = None
            if roman and last_letter is not None and not _next_letter(last_letter.number, roman.group(1)):
                pid = self.unique(f"{last_letter.id}-{roman.group(1)}", used, block.line)
                sub = self.paragraph(
                    pid, last_letter.kind, f"({roman.group(1)})", text, roman.start(2), markers, block.line
                )
                last_letter.subparagraphs.append(sub)
                holder = _announcing(sub)
                continue
            if letter and parent is not None:
                pid = self.unique(f"{parent.id}{letter.group(1)}", used, block.line)
                sub = self.paragraph(
                    pid, parent.kind, f"({letter.group(1)})", text, letter.start(3), markers, block.line
                )
                parent.subparagraphs.append(sub)
                last_letter = sub
                holder = _announcing(sub)
                continue
            if (annex or (not report and last_numbered is not None)) and _is_subheading(text):
                # an annex's title and headings, however they were exported; among operative
                # paragraphs, which all end with a stop, a short line without one ("Budget
                # performance report for the period ...") is a heading too
                counts["h"] += 1
                pid = self.unique(f"{prefix}h{counts['h']}", used, block.line)
                paragraphs.append(Paragraph(pid, "heading", None, text, self.refs(markers), line=block.line))
                last_numbered = last_letter = None
                continue
            if annex:
                counts["u"] += 1
                pid = self.unique(f"{prefix}p{counts['u']}", used, block.line)
                paragraphs.append(self.paragraph(pid, "numbered", None, text, 0, markers, block.line))
                continue
            if last_numbered is None and not report:
                counts["pp"] += 1
                paragraphs.append(self.paragraph(f"pp{counts['pp']}", "preamble", None, text, 0, markers, block.line))
                continue
            counts["u"] += 1
            self.log(
                "warning", "unnumbered-paragraph", block.line, "unnumbered paragraph among numbered ones, kept in place"
            )
            kind = "numbered" if report else "operative"
            paragraphs.append(self.paragraph(f"u{counts['u']}", kind, None, text, 0, markers, block.line))
        if not report and not annex:
            _unnumbered_operative_part(paragraphs)
        return paragraphs

    def annexes(self, annexes: list[list[Block]], used: set[str]) -> list[Paragraph]:
        """Each annex: its label ("Annex II", anchor ``annex-2``) then its own paragraphs."""
        out: list[Paragraph] = []
        for number, blocks in enumerate(annexes, start=1):
            label_block, rest = blocks[0], blocks[1:]
            label, markers = split_markers(join_wrapped(label_block.text)[0])
            anchor = "annex" if len(annexes) == 1 else f"annex-{number}"
            prefix = anchor + "-"
            head = Paragraph(anchor, "heading", None, label, self.refs(markers), line=label_block.line)
            paragraphs = [head, *self.paragraphs(self.joined_body(rest, False), False, prefix, used)]
            for para in paragraphs:
                for each in para.walk():
                    each.part = label
            out += paragraphs
        return out

    def unique(self, pid: str, used: set[str], line: int) -> str:
        if pid in used:
            n = 2
            while f"{pid}-{n}" in used:
                n += 1
            self.log("warning", "duplicate-number", line, f"paragraph number {pid} appears twice; second is {pid}-{n}")
            pid = f"{pid}-{n}"
        used.add(pid)
        return pid

    def paragraph(
        self,
        pid: str,
        kind: str,
        number: str | None,
        text: str,
        body_start: int,
        markers: list[tuple[str, int]],
        line: int,
    ) -> Paragraph:
        """A paragraph's text without its number; marker offsets shift with it."""
        body = text[body_start:]
        shifted = [(m, max(0, off - body_start)) for m, off in markers]
        return Paragraph(pid, kind, number, body, self.refs(shifted), line=line)  # type: ignore[arg-type]

    # -- footnotes ---------------------------------------------------------------

    def footnotes(self) -> list[Footnote]:
        texts: dict[str, tuple[str, tuple[int, int]]] = {}
        # notes no marker in the text leads to: marker lost, or a second note of one marker
        unmarked: list[tuple[str, str, tuple[int, int]]] = []
        spans: dict[int, list[tuple[int, int]]] = {}
        for note in self.raw.notes:
            text, _ = join_wrapped(strip_sentinels(note.text), self.raw.hyphenated)
            lines = (note.line, note.spans[-1][1] if note.spans else note.line + note.text.count("\n"))
            if len(note.spans) > 1:
                spans[note.line] = note.spans
            if note.marker is None:
                unmarked.append(("", text, lines))
            elif note.marker in texts:
                self.log("warning", "duplicate-note", note.line, f"a second note {note.marker}; kept after the first")
                unmarked.append((note.marker, text, lines))
            else:
                texts[note.marker] = (text, lines)
        notes: list[Footnote] = []
        for ordinal, marker in enumerate(self.ref_order, start=1):
            fid = footnote_id(marker, ordinal)
            if marker in texts:
                text, (line, end) = texts.pop(marker)
                notes.append(Footnote(fid, marker, text, False, line, end))
            else:
                notes.append(Footnote(fid, marker, None, True))
                self.log(
                    "warning",
                    "missing-note",
                    None,
                    f"note {marker}: its marker is in the text but the source has no text for it",
                )
        for marker, (text, (line, end)) in texts.items():
            ordinal = len(notes) + 1
            notes.append(Footnote(footnote_id(marker, ordinal), marker, text, False, line, end))
            self.log("warning", "unreferenced-note", line, f"note {marker} has no marker in the text")
        for marker, text, (line, end) in unmarked:
            ordinal = len(notes) + 1
            notes.append(Footnote(f"fn-x{ordinal}", marker, text, False, line, end))
            if not marker:
                self.log("warning", "unmarked-note", line, f"note text with no marker: {text[:50]!r}")
        for note in notes:
            note.line_spans = spans.get(note.line or 0, [])
        return notes


def _bracketed_joined(lines: list[_Line]) -> list[_Line]:
    """ "[on the report of the Special Political and Decolonization Committee" /
    "(Fourth Committee) (A/78/417)]": a bracket opened on one line closes on a later one."""
    out: list[_Line] = []
    for item in lines:
        previous = out[-1] if out else None
        if previous is not None and previous.text.startswith("[") and "]" not in previous.text:
            previous.text = f"{previous.text} {item.text}"
            previous.markers += [
                (marker, offset + len(previous.text) - len(item.text)) for marker, offset in item.markers
            ]
        else:
            out.append(item)
    return out


def _agenda_numbers(items: str) -> list[str]:
    return re.split(r", | and ", items)


def _agenda_titles(items: str, titles: list[str]) -> str:
    """One title, as printed; several, each after its item's number ("13: ...; 117: ...")."""
    numbers = _agenda_numbers(items)
    if len(titles) == 1 or len(numbers) != len(titles):
        return " / ".join(titles)
    return "; ".join(f"{number}: {title}" for number, title in zip(numbers, titles, strict=True))


def _is_part_heading(text: str) -> bool:
    """ "Rule 15" / "Duties of the secretariat", "II" / "Activities of the Committee":
    a label on its own line, then a title that ends no sentence."""
    lines = [line.strip() for line in strip_sentinels(text).split("\n") if line.strip()]
    if not lines or len(lines) > 4 or ends_paragraph(lines[-1]):
        return False
    return bool(md.PART_HEADING_RE.match(lines[0]) or md.SECTION_ONLY_RE.match(lines[0]))


def _is_subheading(text: str) -> bool:
    return text[:1].isupper() and not ends_paragraph(text) and len(text.split()) <= 40


def _numbering_gaps(paragraphs: list[Paragraph]) -> list[tuple[int | None, str]]:
    """Where the numbers read do not follow each other (a paragraph or a letter the
    source lost, or one this converter misread): said on the page, never renumbered."""
    gaps: list[tuple[int | None, str]] = []
    previous: dict[str, int] = {}
    for para in paragraphs:
        scope = para.id[: para.id.find("op")] if para.kind == "operative" and "op" in para.id else None
        if scope is not None and para.part is None and para.number and para.number.isdigit():
            number = int(para.number)
            expected = previous.get(scope, 0 if scope == "" else number - 1) + 1
            if number != expected:
                gaps.append((para.line, f"operative paragraph {number} where {expected} was expected"))
            previous[scope] = number
        gaps += _roman_gaps(para)
        letters = [sub for sub in para.subparagraphs if sub.number and re.fullmatch(r"\(([a-z])\1?\)", sub.number)]
        for before, after in itertools.pairwise(letters):
            a, b = before.number.strip("()"), after.number.strip("()")  # type: ignore[union-attr]
            if _letter_index(b) != _letter_index(a) + 1:
                gaps.append((after.line, f"sub-paragraph ({b}) follows ({a}) in {para.id}"))
    return gaps


_ROMANS = ("i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii", "xiii", "xiv", "xv")


def _roman_gaps(para: Paragraph) -> list[tuple[int | None, str]]:
    """A lettered paragraph's (i), (ii) ... follow each other from (i)."""
    gaps: list[tuple[int | None, str]] = []
    for sub in para.subparagraphs:
        gaps += _roman_gaps(sub)
        romans = [s.number.strip("()") for s in sub.subparagraphs if s.number and s.number.strip("()") in _ROMANS]
        if romans and romans != list(_ROMANS[: len(romans)]):
            gaps.append((sub.line, f"sub-paragraphs {', '.join(f'({r})' for r in romans)} in {sub.id}"))
    return gaps


def _letter_index(letter: str) -> int:
    """(a) 0 ... (z) 25, (aa) 26 ...: how UN texts letter long lists."""
    return 26 * (len(letter) - 1) + ord(letter[0]) - ord("a")


def _following_number(para: Paragraph | None) -> str:
    return str(int(para.number) + 1) if para is not None and para.number and para.number.isdigit() else "1"


def _numbering_restarts(blocks: list[Block]) -> bool:
    """Whether the operative numbering starts again at 1 after a section heading
    ("I", "XXV Effects of changes in rates of exchange"), as budget resolutions do."""
    highest, after_section = 0, False
    for block in blocks:
        text = strip_sentinels(block.text)
        if block.kind == "heading" and _SECTION_LABEL_RE.match(text):
            after_section = True
        elif match := _OPERATIVE_RE.match(text):
            if match.group(1) == "1" and after_section and highest > 1:
                return True
            highest = max(highest, int(match.group(1)))
    return False


def _announcing(para: Paragraph) -> Paragraph | None:
    """The paragraph itself if it ends with a colon (what follows unnumbered is its own)."""
    return para if para.kind in ("operative", "numbered") and para.text.rstrip().endswith(":") else None


def _starts_numbered_or_lettered(text: str) -> bool:
    return bool(_OPERATIVE_RE.match(text) or _LETTER_RE.match(text) or _ROMAN_RE.match(text))


def _unnumbered_operative_part(paragraphs: list[Paragraph]) -> None:
    """A resolution whose operative part is one unnumbered sentence ("Endorses the
    declaration annexed to the present resolution."): preambular paragraphs end with a
    comma, so from the first that ends as a sentence, they are operative (``op1``...)."""
    if any(p.kind == "operative" for p in paragraphs):
        return
    start = next((i for i, p in enumerate(paragraphs) if p.kind == "preamble" and p.text.rstrip()[-1:] in ".:;"), None)
    if start is None:
        return
    for number, para in enumerate(paragraphs[start:], start=1):
        if para.kind == "preamble":
            para.kind = "operative"
            para.id = f"op{number}"


def _split_annexes(body: list[Block]) -> tuple[list[Block], list[list[Block]]]:
    """The resolution's own body, and its annexes, each from its "Annex" line on (a title
    in the same block as "Annex" is the annex's heading)."""
    split: list[Block] = []
    for block in body:
        first, _, rest = block.text.partition("\n")
        if rest.strip() and md.ANNEX_RE.match(strip_sentinels(first).strip()):
            split += [Block(first, block.line, block.kind), Block(rest, block.line + 1, "heading")]
        else:
            split.append(block)
    body = split
    starts = [i for i, block in enumerate(body) if md.ANNEX_RE.match(strip_sentinels(block.text).strip())]
    if not starts:
        return body, []
    bounds = [*starts, len(body)]
    return body[: starts[0]], [body[a:b] for a, b in itertools.pairwise(bounds)]


def _next_letter(previous: str | None, candidate: str) -> bool:
    """'(i)' after '(h)' is the ninth letter, not a roman one."""
    if not previous:
        return False
    prev = previous.strip("()")
    # "(ii)" after "(hh)" is the thirty-fifth letter
    same_length = len(prev) == len(candidate) and len(set(prev)) == len(set(candidate)) == 1
    return same_length and ord(candidate[0]) == ord(prev[0]) + 1


def _split(raw: RawDocument) -> tuple[list[Block], Block | None, list[Block]]:
    """Header, opening formula and body, by the opening ('The General Assembly,') or,
    for a report, by its first numbered paragraph."""
    for index, block in enumerate(raw.blocks):
        if block.kind == "text" and md.OPENING_RE.match(strip_sentinels(block.text).strip()):
            return raw.blocks[:index], block, raw.blocks[index + 1 :]
    for index, block in enumerate(raw.blocks[:30]):
        first = join_wrapped(strip_sentinels(block.text))[0]
        if md.RESOLUTION_TITLE_RE.match(first) or md.NAMED_RESOLUTION_RE.match(first):
            # a resolution printed without its opening formula: its body follows its title
            return raw.blocks[: index + 1], None, raw.blocks[index + 1 :]
        if md.SPONSORS_RE.match(first) and index + 2 < len(raw.blocks):
            # an amendment: its sponsors, the title of the draft it amends, then its text
            return raw.blocks[: index + 2], None, raw.blocks[index + 2 :]
    for index, block in enumerate(raw.blocks):
        if block.kind == "text" and re.match(r"^1\.\s", block.text):
            # section headings just before paragraph 1 ("I. Introduction") open the body
            while (
                index > 0 and raw.blocks[index - 1].kind == "heading" and _SECTION_RE.match(raw.blocks[index - 1].text)
            ):
                index -= 1
            return raw.blocks[:index], None, raw.blocks[index:]
    raise SourceError(
        raw.source_file,
        "no document structure found: neither an opening formula ('The General Assembly,') nor a paragraph numbered 1.",
        raw.blocks[0].line if raw.blocks else None,
    )


def _take_closing(body: list[Block]) -> tuple[list[Block], list[Block]]:
    """The signature block: trailing blocks whose every line is a meeting, date or vote line."""
    end = len(body)
    while (
        end > 0
        and body[end - 1].kind == "text"
        and all(
            md.is_closing_line(_as_printed(line))
            for line in strip_sentinels(body[end - 1].text).split("\n")
            if line.strip()
        )
    ):
        end -= 1
    return body[:end], body[end:]


def _same_words(current: Any, value: Any) -> bool:
    """The same text but for trailing punctuation ("The Arms Trade Treaty :" from an export)."""
    if not (isinstance(current, str) and isinstance(value, str)):
        return False
    table = str.maketrans({"\u2011": "-", "’": "'"})
    return current.translate(table).strip(" :;,.") == value.translate(table).strip(" :;,.")


def _sidecar_value(name: str, value: Any) -> Any:
    if name in ("adopted", "distributed") and isinstance(value, str):
        return date.fromisoformat(value)
    if name == "session" and value is not None:
        return int(value)
    return value


def build_document(
    raw: RawDocument, sidecar: dict[str, Any] | None = None, notes: list[tuple[str, str]] | None = None
) -> Document:
    doc = Document(symbol=None, body=None, doc_type=None, title=None, source_file=raw.source_file, shape=raw.shape)
    for kind, message in notes or []:
        doc.log.append(LogEntry(kind, "decode", None, message))  # type: ignore[arg-type]
    doc.log.extend(raw.log)
    builder = _Builder(raw, doc)
    header, opening, body = _split(raw)
    body, annexes = _split_annexes(body)
    body, closing = _take_closing(body)
    builder.read_header(header)
    if opening is not None:
        doc.opening = strip_sentinels(opening.text).strip()
        body_name = md.OPENING_RE.match(doc.opening).group(1)  # type: ignore[union-attr]
        builder.set_fact("body", body_name, opening.line)
        doc.doc_type = doc.doc_type or "resolution"
    builder.read_closing(closing)
    builder.read_furniture(raw.furniture)
    report = opening is None and builder.number is None and doc.doc_type not in RESOLUTION_TYPES
    if opening is None and not report and doc.doc_type in (None, "resolution"):
        doc.doc_type = "resolution"
        builder.log(
            "warning", "no-opening", None, "no opening formula ('The General Assembly,'): the body follows the title"
        )
    if doc.doc_type is None:
        doc.doc_type = "report" if report else "resolution"
    used: set[str] = set()
    doc.paragraphs = builder.paragraphs(builder.joined_body(body, report), report, used=used)
    doc.paragraphs += builder.annexes(annexes, used)
    if not doc.paragraphs:
        raise SourceError(raw.source_file, "no paragraphs found in the body")
    for line, detail in _numbering_gaps(doc.paragraphs):
        builder.log("warning", "numbering-gap", line, detail)

    prefix = _SYMBOL_PREFIX.get(doc.body or "")
    if builder.number and prefix and doc.doc_type == "resolution":
        derived = prefix + builder.number
        if doc.symbol not in (None, derived):
            builder.log(
                "warning",
                "conflicting-metadata",
                None,
                f"symbol {doc.symbol!r} in the page furniture, {derived!r} from the title",
            )
        doc.symbol = derived
        if doc.session is None and doc.body == "General Assembly" and int(builder.number.split("/")[0]) < 100:
            doc.session = int(builder.number.split("/")[0])
            doc.provenance["session"] = (
                "derived from the resolution number (General Assembly resolutions are numbered session/number)"
            )
    stated = [("sidecar", name, entry) for name, entry in (sidecar or {}).items()]
    stated += [("front matter", name, entry) for name, entry in raw.facts.items() if name not in (sidecar or {})]
    for where, name, entry in stated:
        value = _sidecar_value(name, entry["value"])
        current = getattr(doc, name)
        if current is None:
            setattr(doc, name, value)
            doc.provenance[name] = f"{where}: {str(entry['why']).strip()}"
        elif current != value and not _same_words(current, value):
            builder.log(
                "warning",
                "sidecar-conflict",
                None,
                f"{where} says {name}={value!r}, the text says {current!r}; the text wins",
            )
    if doc.symbol is None:
        raise SourceError(
            raw.source_file, "the text states no document symbol; add it to a sidecar <name>.meta.yaml with a 'why'"
        )
    doc.footnotes = builder.footnotes()
    # what a reader of the data must know: what could not be settled, and what was taken out
    doc.warnings = [entry.describe(raw.source_file) for entry in doc.log if entry.kind in ("warning", "removed")]
    return doc
