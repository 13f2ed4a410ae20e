"""One document's structure, read top to bottom: parts, masthead, genre, body, notes.

This is the package's one entry (``build_document``); each step is a module of its own.
The ``Document`` is made at the end, complete: a source that has no paragraph is an
error naming the file, never a half-made document; one that states no symbol is read
all the same, keyed by its file's name and said (``stand_in_symbol``).
"""

from __future__ import annotations

import hashlib
import re
from pathlib import PurePath
from typing import Any

from .. import metadata as md
from ..errors import SourceError
from ..model import Document, LogEntry, Paragraph
from ..readers.base import Block, RawDocument
from ..repairs.markers import markers_as_text, strip_sentinels
from .annexes import read_annexes, split_annexes
from .body import read_body
from .frontmatter import read_front_matter
from .genres import RESOLUTION_BODY, choose_genre
from .lines import as_printed, block_lines
from .masthead import read_furniture, read_masthead
from .notes import collect_notes, quoted_markers
from .numbering import numbering_gaps
from .parts import split_parts
from .rejoin import rejoined
from .signoff import (
    SIGNOFF_AFTER_ANNEXES,
    read_signoff,
    read_text_after,
    say_unread,
    take_signoff_after_annexes,
    take_text_after,
)
from .state import DocumentState
from .stated import apply_stated, derive_symbol


def build_document(
    raw: RawDocument, sidecar: dict[str, Any] | None = None, notes: list[tuple[str, str]] | None = None
) -> Document:
    """``raw`` read into a Document; ``notes``: what decoding the source did (logged first)."""
    doc = DocumentState(raw)
    doc.log += [LogEntry(kind, "decode", None, message) for kind, message in notes or []]  # type: ignore[arg-type]
    doc.log += raw.log
    parts = split_parts(raw)
    own, after = take_text_after(parts.body)
    body, annexes = split_annexes(own)
    signoff_in_body = bool(annexes) and not take_signoff_after_annexes(body, [])[2]
    body, annexes, signoff = take_signoff_after_annexes(body, annexes)
    if signoff and signoff_in_body:
        doc.extra[SIGNOFF_AFTER_ANNEXES] = True
    read_masthead(doc, parts.masthead)
    _text_before(doc, parts.before)
    if parts.opening is not None:
        doc.opening = strip_sentinels(parts.opening.text).strip()
        doc.set_fact("body", md.opening_body(doc.opening), parts.opening.line)
        doc.facts.doc_type = doc.facts.doc_type or "resolution"
    read_signoff(doc, signoff)
    read_text_after(doc, after)
    read_furniture(doc, raw.furniture)
    read_front_matter(doc, raw.blocks)
    genre = choose_genre(doc, parts.found)
    say_unread(doc)
    used: set[str] = set()
    blocks = rejoined(doc, body, genre.continues_numbered, genre.headings_continue, genre.never_heading)
    paragraphs = read_body(doc, genre.body, blocks, used)
    paragraphs += read_annexes(doc, genre.annex, annexes, used, RESOLUTION_BODY)
    if not paragraphs:
        raise SourceError(raw.source_file, "no paragraphs found in the body")
    say_no_operative_part(doc, paragraphs)
    say_tables_unread(doc, paragraphs)
    for line, detail in numbering_gaps(paragraphs):
        doc.note("warning", "numbering-gap", line, detail)
    derive_symbol(doc)
    apply_stated(doc, raw, sidecar)
    symbol = doc.facts.symbol or stand_in_symbol(doc)
    quoted_markers(doc.facts.doc_type, paragraphs, raw.notes, doc.notes, doc.log)
    footnotes = collect_notes(raw.notes, raw.hyphenated, doc.notes, doc.log)
    return _finished(doc, symbol, paragraphs, footnotes)


def _text_before(doc: DocumentState, blocks: list[Block]) -> None:
    """The end of the text the volume printed before the document (``parts.before``):
    kept as printed, first of its header lines, read for no fact (its meeting and date
    are another text's), and said."""
    if not blocks:
        return
    lines = [markers_as_text(as_printed(line)) for block in blocks for line in block_lines(block)]
    doc.header_lines = lines + doc.header_lines
    detail = (
        f"the file opens with the end of the text printed before the document ({len(lines)} lines), kept as printed"
    )
    doc.note("warning", "text-before", blocks[0].line, detail)


# A table named as the place of an amendment, not captioning one: the instruction
# ("Replace “a proposal” with “proposals”.", "Add “79/281 ...”.") under it, or under the
# column or row it names ("Column “2026 (planned)”"), in a report's list of the changes
# to a budget's programmes (A/80/16)
AMENDMENT_RE = re.compile(r"\s*(?:Replace|Add|Delete|Insert|Amend)\s+[“\"‘]")
AMENDMENT_REACH = 2
# A table's caption printed alone: "Table 2", "Table II.3 Resources by source" (no stop)
_TABLE_CAPTION_RE = re.compile(r"Table\s+(?:\d{1,3}|[IVXL]{1,6}|[A-Z]\.\d{1,3})\b.{0,150}")


def say_tables_unread(doc: DocumentState, paragraphs: list[Paragraph]) -> None:
    """A table's caption standing alone with no table after it: the table was not found
    (its rows read as text, or set in a way the reader does not take for a table, as a
    spreadsheet pasted into the document), which the page says rather than let its
    figures pass for prose. A caption ending a sentence ("... as in Table 2.") is text."""
    walked = [para for top in paragraphs for para in top.walk()]
    for index, (para, after) in enumerate(zip(walked, [*walked[1:], None], strict=True)):
        text = para.text.strip()
        if para.kind == "table" or text.endswith(".") or not _TABLE_CAPTION_RE.fullmatch(text):
            continue
        if any(AMENDMENT_RE.match(later.text) for later in walked[index + 1 : index + 1 + AMENDMENT_REACH]):
            continue  # the place of an amendment: "Table 31.I.2", "Column ...", "Replace ..."
        if after is None or after.kind != "table":
            detail = f"no table found under its caption {text[:60]!r}: its rows may be read as text"
            doc.note("warning", "table-not-found", para.line, detail)


def say_no_operative_part(doc: DocumentState, paragraphs: list[Paragraph]) -> None:
    """A resolution whose body holds no operative paragraph: said, and whether its text
    ends within its preamble (its last paragraph ends with a comma: a volume's text cut
    short, "... beyond 15 June 1985,"), rather than leave the page to look complete."""
    if doc.facts.doc_type != "resolution" or any(p.kind == "operative" for p in paragraphs):
        return
    detail = "no operative paragraph found"
    if paragraphs[-1].kind == "preamble" and paragraphs[-1].text.rstrip().endswith(","):
        detail += ": the text ends within its preamble"
    doc.note("warning", "no-operative-part", None, detail)


# what a key made from a file name may hold: a symbol component's characters
_UNSAFE_RE = re.compile(r"[^A-Za-z0-9.-]+")
# a file's type and the language of its version: "FCCC_SBSTA_2011_Misc.14.en.pdf"
_SUFFIXES_RE = re.compile(r"(?:\.(?:en|fr|es|ru|ar|zh))?\.[A-Za-z0-9]{1,5}$")


def stand_in_symbol(doc: DocumentState) -> str:
    """The key of a document that prints no symbol (a publication, a meeting report, a
    typewritten page whose symbol OCR garbled): its file's name under ``UNSYMBOLLED/``,
    never taken for a UN symbol, and said on its page. Its text is read all the same; a
    sidecar stating its symbol, with the reason, gives it its own."""
    name = _SUFFIXES_RE.sub("", PurePath(doc.raw.source_file).name)
    slug = _UNSAFE_RE.sub("-", name).strip("-.") or "document-" + hashlib.sha1(name.encode()).hexdigest()[:8]
    symbol = f"UNSYMBOLLED/{slug}"
    detail = f"the text states no document symbol: keyed {symbol} by its file's name; state its symbol in a sidecar <name>.meta.yaml with a 'why'"
    doc.note("warning", "no-symbol", None, detail)
    return symbol


def _finished(doc: DocumentState, symbol: str, paragraphs: list[Any], footnotes: list[Any]) -> Document:
    facts, raw = doc.facts, doc.raw
    return Document(
        symbol=symbol,
        body=facts.body,
        doc_type=facts.doc_type,
        title=facts.title,
        session=facts.session,
        agenda_item=facts.agenda_item,
        adopted=facts.adopted,
        meeting=facts.meeting,
        vote=facts.vote,
        distributed=facts.distributed,
        based_on=facts.based_on,
        dated=facts.dated,
        published=facts.published,
        paragraphs=paragraphs,
        footnotes=footnotes,
        source_file=raw.source_file,
        # what a reader of the data must know: what could not be settled, and what was taken out
        warnings=[entry.describe(raw.source_file) for entry in doc.log if entry.kind in ("warning", "removed")],
        extra=doc.extra,
        opening=doc.opening,
        subtitle=facts.subtitle,
        header_lines=doc.header_lines,
        closing_lines=doc.closing_lines,
        metadata_refs=doc.metadata_refs,
        shape=raw.shape,
        log=doc.log,
        provenance=doc.provenance,
    )
