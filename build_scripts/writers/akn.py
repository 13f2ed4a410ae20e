"""Each document as Akoma Ntoso 3.0 XML (``data/akn/<symbol>.xml``), following the UN's
AKN4UN conventions as far as the model reaches, valid against OASIS's
``akomantoso30.xsd`` (``tests/test_akn.py`` checks every seed and fixture).

- A resolution or decision is a ``statement`` named after its type; a report a ``doc``.
- FRBR identifiers are built from the body, the date and the symbol:
  ``/akn/un/statement/resolution/unga/2001-12-19/A-RES-56-145`` (work), ``…/eng@``
  (expression: the version's language, English unless its masthead names another:
  ``…/spa@`` for a Spanish version), ``…/eng@/!main.xml`` (this file). The
  manifestation is dated with the work so that a rebuild writes the same bytes.
- ``preface``: symbol, body, session, agenda item, title, dates, meeting, vote, the report
  it was adopted on; ``preamble``: the opening words as a formula and the preambular
  paragraphs as recitals; ``mainBody``: operative and numbered paragraphs (``paragraph``
  with ``num``), headings as ``hcontainer``; sub-paragraphs as block lists; annexes as
  ``attachments``; the sign-off in ``conclusions``.
- Every element with an anchor on the site has it as its ``eId`` (op3, pp5, annex-op2).
- A note is an ``authorialNote`` where its marker first stands (``noteRef`` where it
  stands again); a note no marker points to is in ``meta/notes``; a note whose text the
  source lacks is empty, with class ``missing``.
- Every citation is a ``ref``: to the cited document's FRBR work (and paragraph, ``~op3``)
  when it is in the collection, else to the official resolver.

No library writes Akoma Ntoso from a model like this one (``cobalt`` parses and builds
FRBR URIs for AKN documents it reads; here the URIs are a few lines), so the XML is built
with lxml, which the tests also use to validate it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from datetime import date

from lxml import etree

from .. import anchors, languages
from ..model import RESOLUTION_TYPES, Document, Footnote, FootnoteRef, Paragraph, Reference, Span, Table
from ..transforms.links import LinkIndex
from .pages import format_date
from .segments import segments

NAMESPACE = "http://docs.oasis-open.org/legaldocml/ns/akn/3.0"
AKN = f"{{{NAMESPACE}}}"
GENERATOR = "un-docs"
# AKN4UN's short names of the organs; another body gets its name as a slug
AUTHORS = {
    "General Assembly": "unga",
    "Security Council": "unsc",
    "Economic and Social Council": "ecosoc",
    "Human Rights Council": "unhrc",
    "Commission on Human Rights": "unchr",
}


def author(doc: Document) -> str:
    body = doc.body or "unknown"
    return AUTHORS.get(body, re.sub(r"[^a-z0-9]+", "-", body.lower()).strip("-"))


def work_uri(doc: Document) -> str:
    """The FRBR work IRI: /akn/un/<type>/<subtype>/<author>/<date>/<number>."""
    kind = "statement" if doc.doc_type in RESOLUTION_TYPES else "doc"
    dated = doc.sort_date()
    number = (doc.symbol or "unknown").replace("/", "-")
    subtype = re.sub(r"[^a-z0-9]+", "-", (doc.doc_type or "document").lower()).strip("-")  # "note verbale"
    return f"/akn/un/{kind}/{subtype}/{author(doc)}/{dated.isoformat() if dated else 'undated'}/{number}"


# What XML 1.0 cannot hold: the control characters but tab and the line ends (a scan's
# form feed kept inside a line, "on the\fbasis", in 119 texts of cr-unsc)
_NOT_XML_RE = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")


def _xml_text(text: str) -> str:
    """``text`` as XML can hold it: a control character is written as a space."""
    return _NOT_XML_RE.sub(" ", text)


def _el(parent: etree._Element, tag: str, text: str | None = None, **attrs: str) -> etree._Element:
    element = etree.SubElement(parent, AKN + tag, {k.rstrip("_"): _xml_text(v) for k, v in attrs.items()})
    if text:
        element.text = _xml_text(text)
    return element


def _add_text(element: etree._Element, text: str) -> None:
    """Text after the element's last child (or as its text): mixed content."""
    if not text:
        return
    text = _xml_text(text)
    if len(element):
        element[-1].tail = (element[-1].tail or "") + text
    else:
        element.text = (element.text or "") + text


@dataclass
class _Writer:
    """One document's XML: its notes placed once, its citations' targets."""

    doc: Document
    index: LinkIndex
    notes: dict[str, Footnote] = field(default_factory=dict)
    placed: set[str] = field(default_factory=set)
    spans: dict[str, list[Reference]] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.notes = {note.id: note for note in self.doc.footnotes}
        for ref in self.doc.references:
            self.spans.setdefault(ref.in_paragraph, []).append(ref)

    def href(self, ref: Reference) -> str:
        target = self.index.resolve(ref.symbol, ref.locator)
        if target.document is None:
            return target.url or ""
        return work_uri(target.document) + (f"/~{target.anchor}" if target.anchor else "")

    def inline(self, parent: etree._Element, place: str, text: str, marks: Sequence[FootnoteRef]) -> None:
        """The text into ``parent``: citations as ``ref``, notes at their markers."""
        for words, mark, ref in segments(text, marks, self.spans.get(place, [])):
            if mark is not None:
                self.note(parent, mark)
            elif ref is None:
                _add_text(parent, words)
            else:
                _el(parent, "ref", words, href=self.href(ref))

    def note(self, parent: etree._Element, mark: FootnoteRef) -> None:
        note = self.notes.get(mark.footnote_id)
        if note is None or note.id in self.placed:
            _el(parent, "noteRef", marker=mark.marker, href=f"#{mark.footnote_id}")
            return
        self.placed.add(note.id)
        self.note_body(_el(parent, "authorialNote", marker=mark.marker, placement="bottom", eId=note.id), note)

    def note_body(self, element: etree._Element, note: Footnote) -> None:
        if note.text:
            self.inline(_el(element, "p"), note.id, note.text, [])
        else:
            element.set("class", "missing")
            _el(element, "p")

    def block(self, parent: etree._Element, para: Paragraph) -> None:
        """A paragraph's text as ``p``, then its sub-paragraphs as a block list; a table
        as a ``table`` (its sources as ``p`` under it)."""
        if para.table is not None:
            self.table(parent, para, para.table)
            return
        self.inline(_el(parent, "p"), para.id, para.text, para.footnote_refs)
        if para.subparagraphs:
            items = _el(parent, "blockList", eId=f"{para.id}-list")
            for sub in para.subparagraphs:
                item = _el(items, "item", eId=sub.id)
                if sub.number:
                    _el(item, "num", _num(sub))
                self.block(item, sub)

    def piece(self, parent: etree._Element, para: Paragraph, start: int, end: int) -> None:
        """A piece of a table's text (a cell's line, its caption) into ``parent``: its
        note markers (a marker closing the piece included) and the citations inside it."""
        marks = [replace(m, offset=m.offset - start) for m in para.footnote_refs if start <= m.offset <= end]
        refs = [
            replace(r, start=r.start - start, end=r.end - start)
            for r in self.spans.get(para.id, [])
            if start <= r.start and r.end <= end
        ]
        for words, mark, ref in segments(para.text[start:end], marks, refs):
            if mark is not None:
                self.note(parent, mark)
            elif ref is None:
                _add_text(parent, words)
            else:
                _el(parent, "ref", words, href=self.href(ref))

    def pieces(self, parent: etree._Element, para: Paragraph, spans: list[Span]) -> None:
        for n, (start, end) in enumerate(spans):
            if n:
                _add_text(parent, " ")
            self.piece(parent, para, start, end)

    def table(self, parent: etree._Element, para: Paragraph, table: Table) -> None:
        """A table: ``caption``, a ``tr`` a row of ``th`` (column heads) or ``td``, each
        cell's words in a ``p``."""
        element = _el(parent, "table", eId=f"{para.id}-grid")
        if table.caption:
            self.pieces(_el(element, "caption"), para, table.caption)
        for row in table.rows:
            tr = _el(element, "tr")
            for cell in row.cells:
                self.pieces(_el(_el(tr, "th" if row.header else "td"), "p"), para, cell.spans)
        for start, end in table.sources:
            self.piece(_el(parent, "p"), para, start, end)

    def hier(self, parent: etree._Element, para: Paragraph) -> None:
        """An operative or numbered paragraph, or a heading and what it holds."""
        if para.kind == "heading":
            container = _el(parent, "hcontainer", name="heading", eId=para.id)
            if para.number:
                _el(container, "num", para.number)
            self.inline(_el(container, "heading"), para.id, para.text, para.footnote_refs)
            for sub in para.subparagraphs:
                self.hier(container, sub)
            return
        element = _el(parent, "paragraph", eId=para.id)
        if para.number:
            _el(element, "num", _num(para))
        self.block(_el(element, "content"), para)


def _num(para: Paragraph) -> str:
    """The number as the UN prints it: 3. for a paragraph, (a) for an item."""
    number = para.number or ""
    return f"{number}." if number.isdigit() and para.kind != "heading" else f"({number})"


def _date(value: date | None) -> str:
    return value.isoformat() if value else "0001-01-01"


def _meta(root: etree._Element, doc: Document, work: str, component: str = "!main") -> etree._Element:
    """Identification (FRBR work, expression, manifestation) and, for the main document,
    the organisations it names (an annex's would repeat their eIds, which must be unique)."""
    meta = _el(root, "meta")
    ident = _el(meta, "identification", source=f"#{GENERATOR}")
    dated = doc.sort_date()
    date_name = (
        "adoption" if doc.adopted else "distribution" if doc.distributed else "dated" if doc.dated else "unknown"
    )
    organ = author(doc)
    language = languages.language_code(doc.extra.get("language")) or "eng"  # "Español": spa
    for level, uri, this in (
        ("FRBRWork", work, f"{work}/{component}"),
        ("FRBRExpression", f"{work}/{language}@", f"{work}/{language}@/{component}"),
        ("FRBRManifestation", f"{work}/{language}@.xml", f"{work}/{language}@/{component}.xml"),
    ):
        frbr = _el(ident, level)
        _el(frbr, "FRBRthis", value=this)
        _el(frbr, "FRBRuri", value=uri)
        _el(frbr, "FRBRdate", date=_date(dated), name=date_name)
        _el(frbr, "FRBRauthor", href=f"#{organ if level != 'FRBRManifestation' else GENERATOR}")
        if level == "FRBRWork":
            _el(frbr, "FRBRcountry", value="un")
            _el(frbr, "FRBRnumber", value=doc.symbol.rsplit("/", 1)[-1])
            _el(frbr, "FRBRname", value=doc.symbol)
        elif level == "FRBRExpression":
            _el(frbr, "FRBRlanguage", language=language)
        else:
            _el(frbr, "FRBRformat", value="application/akn+xml")
    if component != "!main":
        return meta
    refs = _el(meta, "references", source=f"#{GENERATOR}")
    _el(
        refs, "TLCOrganization", eId=organ, href=f"/akn/ontology/organizations/un/{organ}", showAs=doc.body or "unknown"
    )
    _el(
        refs,
        "TLCOrganization",
        eId=GENERATOR,
        href=f"/akn/ontology/organizations/{GENERATOR}",
        showAs="un-docs converter",
    )
    return meta


# what a masthead prints besides the facts above, as the page shows it: the sponsors, an
# agenda item's title, the committee, the languages, a verbatim record's place and
# president, and the other header text (where a note may be marked)
_PRINTED_EXTRAS = (
    "sponsors",
    "agenda_title",
    "committee",
    "report_chapter",
    "special_session",
    "council_year",
    "language",
    "original",
    "place",
    "president",
    "acting president",
    "header",
)


def _preface(writer: _Writer, root: etree._Element) -> None:
    doc = writer.doc
    preface = _el(root, "preface")

    def fact(name: str, cls: str, tag: str | None, text: str | None, **attrs: str) -> None:
        if text is None:
            return
        para = _el(preface, "p", class_=cls)
        holder = _el(para, tag, **attrs) if tag else para
        writer.inline(holder, anchors.masthead(name), text, doc.metadata_refs.get(name, []))

    fact("symbol", "symbol", "docNumber", doc.symbol)
    fact("body", "body", "docProponent", doc.body)
    if doc.session is not None:
        fact("session", "session", "session", str(doc.session), value=str(doc.session))
    fact("agenda_item", "agenda-item", None, doc.agenda_item)
    fact("subtitle", "subtitle", None, doc.subtitle)
    for cls, value in (("adopted", doc.adopted), ("distributed", doc.distributed), ("dated", doc.dated)):
        if value is not None:
            _el(
                _el(preface, "p", class_=cls),
                "docDate",
                format_date(value),
                date=value.isoformat(),
            )
    if doc.published is not None:  # a year only: docDate's date must be a day, so it is text
        _el(preface, "p", str(doc.published), class_="published")
    fact("meeting", "meeting", None, doc.meeting)
    fact("vote", "vote", None, doc.vote)
    fact("based_on", "based-on", None, doc.based_on)
    for name in _PRINTED_EXTRAS:  # the rest of the masthead as printed, its notes at their markers
        if isinstance(value := doc.extra.get(name), str):
            fact(name, name.replace("_", "-").replace(" ", "-"), None, value)
    title = _el(_el(preface, "longTitle"), "p")
    writer.inline(
        _el(title, "docTitle"),
        anchors.masthead("title"),
        doc.title or doc.symbol,
        doc.metadata_refs.get("title", []),
    )


def _body(
    writer: _Writer, root: etree._Element, paragraphs: list[Paragraph], opening: str | None, scope: str = ""
) -> None:
    """Preamble (the opening formula, the recitals) and main body, in the text's order;
    ``scope`` prefixes the recitals' eId in an annex (a draft resolution it holds)."""
    preambular = [p for p in paragraphs if p.kind == "preamble"]
    rest = [p for p in paragraphs if p.kind != "preamble"]
    if opening or preambular:
        preamble = _el(root, "preamble")
        if opening:
            _el(_el(preamble, "formula", name="actingEntity"), "p", opening)
        if preambular:
            recitals = _el(preamble, "recitals", eId=f"{scope}preamble")
            for para in preambular:
                writer.block(_el(recitals, "recital", eId=para.id), para)
    body = _el(root, "mainBody")
    for para in rest:
        writer.hier(body, para)
    if not rest:
        _el(body, "p")  # a main body is required; this text has no paragraph outside its preamble


def _annexes(doc: Document) -> list[tuple[Paragraph, list[Paragraph]]]:
    """Each annex's label paragraph and the paragraphs under it, in order."""
    annexes: list[tuple[Paragraph, list[Paragraph]]] = []
    for para in doc.paragraphs:
        if para.part is None:
            continue
        if anchors.is_annex(para.id) or not annexes:
            annexes.append((para, []))
        else:
            annexes[-1][1].append(para)
    return annexes


def akn_xml(doc: Document, index: LinkIndex) -> str:
    """The document as Akoma Ntoso XML text."""
    writer = _Writer(doc, index)
    root = etree.Element(AKN + "akomaNtoso", nsmap={None: NAMESPACE})
    kind = "statement" if doc.doc_type in RESOLUTION_TYPES else "doc"
    main = _el(root, kind, name=doc.doc_type or "document", contains="originalVersion")
    work = work_uri(doc)
    meta = _meta(main, doc, work)
    _preface(writer, main)
    _body(writer, main, [p for p in doc.paragraphs if p.part is None], doc.opening)
    if doc.closing_lines:
        conclusions = _el(main, "conclusions")
        for line in doc.closing_lines:
            _el(conclusions, "p", line)
    annexes = _annexes(doc)
    if annexes:
        attachments = _el(main, "attachments")
        for number, (label, paragraphs) in enumerate(annexes, start=1):
            attachment = _el(attachments, "attachment", eId=label.id)
            annex = _el(attachment, "doc", name="annex")
            _meta(annex, doc, work, f"!annex_{number}")
            heading = _el(annex, "preface")
            writer.inline(_el(_el(heading, "longTitle"), "p"), label.id, label.text, label.footnote_refs)
            _body(writer, annex, paragraphs, None, f"{label.id}-")
    unplaced = [note for note in doc.footnotes if note.id not in writer.placed]
    if unplaced:
        notes = etree.Element(AKN + "notes", source=f"#{GENERATOR}")
        meta.append(notes)  # after identification and references, as the schema orders them
        for note in unplaced:
            writer.note_body(_el(notes, "note", eId=note.id, marker=note.marker or "?"), note)
    return etree.tostring(root, encoding="unicode", pretty_print=True)


AKN_HEADER = '<?xml version="1.0" encoding="UTF-8"?>\n'


def akn_document(doc: Document, index: LinkIndex) -> str:
    return AKN_HEADER + akn_xml(doc, index)
