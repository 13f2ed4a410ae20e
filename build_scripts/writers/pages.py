"""Markdown pages from the model, through Jinja2 templates.

Python prepares what needs logic (inline footnote references and citation links,
dates, relative paths); the templates in ``build_scripts/templates`` lay the pages out.
All source text passes through ``escape`` on its way out.

A document page is finished HTML wherever it needs no Markdown: its card, its
paragraphs, notes and citation lists are HTML blocks Python-Markdown passes through
untouched; only its title, headings (the table of contents reads them), warnings and
footer are Markdown. Python-Markdown's inline patterns were half of MkDocs's time on a
document page (benchmarks/README.md). Links in the HTML name the target page's URL for
the build's URL style (``urls.html_href``); links in the Markdown are relative ``.md``
links MkDocs rewrites. ``tests/test_links.py`` checks every link of the built site.
"""

from __future__ import annotations

import functools
import html
import json
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from pathlib import Path
from typing import Any

import jinja2

from .. import anchors
from ..model import (
    RESOLUTION_TYPES,
    Document,
    Figure,
    Footnote,
    FootnoteRef,
    Paragraph,
    Reference,
    Span,
    Table,
    TableRow,
)
from ..symbols import council_number
from ..transforms.lineage import ParagraphLineage
from ..transforms.links import Citing, LinkIndex
from .escape import html_content, html_text, md_text
from .json_export import record_path
from .segments import segments
from .urls import COLLECTION_PAGE, REFERENCES_PAGE, akn_path, compare_path, html_href, page_path, relative

TEMPLATES = Path(__file__).resolve().parent.parent / "templates"

_KIND_LABEL = {
    "preamble": "preambular paragraph",
    "operative": "operative paragraph",
    "numbered": "paragraph",
    "heading": "heading",
    "table": "table",
    "figure": "figure",
}


def format_date(value: date | None) -> str | None:
    """UN style: 19 December 2001."""
    return f"{value.day} {value.strftime('%B')} {value.year}" if value else None


@functools.cache
def _environment() -> jinja2.Environment:
    """One environment for the whole build: templates are compiled once."""
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(TEMPLATES),
        autoescape=False,  # output is Markdown; escaping is explicit through the filters below
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        undefined=jinja2.StrictUndefined,
    )
    env.filters["md"] = md_text
    env.filters["html"] = html_text
    env.filters["yaml"] = lambda value: json.dumps(value, ensure_ascii=False)
    env.filters["un_date"] = format_date
    return env


def footnote_ref_html(ref: FootnoteRef, note: Footnote | None) -> str:
    tip = (note.text if note and note.text else "Note text missing in the source") if note else "Note not found"
    return (
        f'<sup class="un-fnref" id="{ref.ref_id}"><a href="#{ref.footnote_id}" '
        f'title="{html_text(tip)}" aria-label="Note {html_text(ref.marker)}">{html_text(ref.marker)}</a></sup>'
    )


@dataclass(frozen=True)
class LinkSpan:
    start: int
    end: int
    href: str  # for Markdown: the relative .md link
    url: str  # for finished HTML: the page's URL
    title: str


def md_link(text: str, href: str, title: str, classes: str = "") -> str:
    attrs = f"{{: .{classes} }}" if classes else ""
    return f'[{md_text(text)}]({href} "{html_text(title)}"){attrs}'


def html_link(text: str, href: str, title: str = "", classes: str = "") -> str:
    """A link as finished HTML: what ``md_link`` becomes once Python-Markdown is done."""
    # attributes in the order Python-Markdown writes them, so the HTML is the same
    attrs = f' class="{classes}"' if classes else ""
    attrs += f' href="{html_text(href)}"' + (f' title="{html_text(title)}"' if title else "")
    return f"<a{attrs}>{html_content(text)}</a>"


def inline(
    text: str,
    refs: list[FootnoteRef],
    notes: dict[str, Footnote],
    links: Sequence[LinkSpan] = (),
    html: bool = False,
) -> str:
    """Source text as Markdown (or, ``html``, as finished HTML), with its footnote
    references put back where they stood and its citations made links (the visible
    words stay the source's)."""
    escape = html_content if html else md_text
    out: list[str] = []
    for words, mark, link in segments(text, refs, links):
        if mark is not None:
            out.append(footnote_ref_html(mark, notes.get(mark.footnote_id)))
        elif link is None:
            out.append(escape(words))
        elif html:
            out.append(html_link(words, link.url, link.title, "un-cite"))
        else:
            out.append(md_link(words, link.href, link.title, "un-cite"))
    return "".join(out)


@dataclass
class RenderedParagraph:
    id: str
    kind: str
    markdown: str  # a heading's Markdown, or the paragraph as a finished HTML block
    after: str = ""  # a block shown after the paragraph (its word changes)
    heading: bool = False  # shown as a heading of the page (an annex's parts)
    toc_label: str = ""  # a heading's words alone, when its Markdown holds a note's marker


def toc_label(para: Paragraph) -> str:
    """A heading's name in the table of contents: its words without its notes' markers
    (which the contents would print glued on: "process1"), as an attribute value; "" when
    it has no marker (the contents then read the heading itself)."""
    return html.escape(para.text, quote=True) if para.footnote_refs else ""


def paragraph_label(para: Paragraph) -> str:
    return para.number + ("." if para.number.isdigit() else "") if para.number else para.id


class PlaceLabels:
    """How a reader names a place of a document ('op. 3', 'pp. 5', 'note 8'), computed
    once per document so that listing citations stays linear."""

    def __init__(self) -> None:
        self._by_symbol: dict[str, dict[str, str]] = {}

    def __call__(self, doc: Document, place: str) -> str:
        labels = self._by_symbol.get(doc.symbol)
        if labels is None:
            labels = {p.id: citation(doc, p).split(", ", 1)[-1] for p in doc.all_paragraphs()}
            labels.update({n.id: anchors.note_label(n.marker) for n in doc.footnotes})
            self._by_symbol[doc.symbol] = labels
        return "masthead" if anchors.is_masthead(place) else labels.get(place, place)


# An annex printed with a letter ("Annex B"): cited by it (its anchor numbers it, annex-2)
_LETTERED_ANNEX_RE = re.compile(r"(?:Annex|ANNEX) ([A-H])")


def citation(doc: Document, para: Paragraph) -> str:
    """How a reader cites the paragraph: 'A/RES/56/145, op. 3'."""
    if para.kind == "heading":
        return f"{doc.symbol}"
    label = anchors.label(para.id)
    lettered = _LETTERED_ANNEX_RE.fullmatch(para.part or "")
    if lettered and label.startswith("annex"):  # the Security Council's "Annex B", not "annex II"
        label = f"annex {lettered.group(1)}" + label.partition(",")[1] + label.partition(",")[2]
    return f"{doc.symbol}, {label}"


@dataclass
class PageContext:
    """What rendering one document page needs: the document, where it lives, the links."""

    doc: Document
    index: LinkIndex
    place_label: PlaceLabels = field(default_factory=PlaceLabels)
    lineage: Mapping[tuple[str, str], ParagraphLineage] = field(default_factory=dict)
    page: str = ""
    directory_urls: bool = True
    notes: dict[str, Footnote] = field(default_factory=dict)
    spans: dict[str, list[LinkSpan]] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.page = page_path(self.doc.symbol)
        self.notes = {n.id: n for n in self.doc.footnotes}
        for ref in self.doc.references:
            href, url = self.targets(ref.symbol, ref.locator)
            self.spans.setdefault(ref.in_paragraph, []).append(
                LinkSpan(ref.start, ref.end, href, url, self.link_title(ref))
            )

    def targets(self, symbol: str, locator: str | None = None) -> tuple[str, str]:
        """Where a citation links, for Markdown (a relative .md link) and for finished HTML
        (the page's URL): its page in the collection, else the official resolver."""
        target = self.index.resolve(symbol, locator)
        if target.document is None:
            return target.url or "", target.url or ""
        return relative(self.page, page_path(symbol), target.anchor), self.url_of(page_path(symbol), target.anchor)

    def url_of(self, page: str, anchor: str | None = None) -> str:
        """A link from this page to another generated page, for finished HTML."""
        return html_href(self.page, page, self.directory_urls, anchor)

    def href(self, symbol: str, locator: str | None = None) -> str:
        """A link to a cited document, for finished HTML."""
        return self.targets(symbol, locator)[1]

    def link_title(self, ref: Reference) -> str:
        title = self.index.title(ref.symbol)
        where = "in this collection" if ref.symbol in self.index.documents else "external: undocs.org"
        if self.index.catalogue.url(ref.symbol):
            where = "external"
        parts = [ref.symbol + (f", {ref.locator}" if ref.locator else "")]
        if title:
            parts.append(title)
        return " — ".join(parts) + f" ({where})"

    def text(self, place: str, text: str, refs: list[FootnoteRef]) -> str:
        """Text of a heading, as Markdown."""
        return inline(text, refs, self.notes, self.spans.get(place, []))

    def html(self, place: str, text: str, refs: list[FootnoteRef]) -> str:
        """Text of a paragraph, note or card value, as finished HTML."""
        return inline(text, refs, self.notes, self.spans.get(place, []), html=True)

    def doc_link(self, doc: Document, anchor: str | None = None, label: str | None = None) -> str:
        return html_link(label or doc.symbol, self.url_of(page_path(doc.symbol), anchor), doc.title or "")


def render_paragraph(ctx: PageContext, para: Paragraph, depth: int = 0) -> list[RenderedParagraph]:
    """The paragraph (and its sub-paragraphs) as HTML blocks: its permalink, its text,
    where its words come from; its anchor and its citation ("A/RES/56/145, op. 3") on it."""
    if para.table is not None:
        return [RenderedParagraph(para.id, para.kind, render_table(ctx, para, para.table))]
    if para.figure is not None:
        return [RenderedParagraph(para.id, para.kind, render_figure(ctx, para, para.figure))]
    label = paragraph_label(para)
    title = f"Permalink to {_KIND_LABEL[para.kind]} {para.number or para.id}"
    link = html_link(label, f"#{para.id}", title, "un-pl")
    body = ctx.html(para.id, para.text, para.footnote_refs)
    classes = f"un-para un-{para.kind}" + (f" un-sub un-depth{depth}" if depth else "")
    badge, after = lineage_badge(ctx, para, depth)
    block = (
        f'<p id="{para.id}" class="{classes}" data-cite="{html_text(citation(ctx.doc, para))}">{link} {body}{badge}</p>'
    )
    out = [RenderedParagraph(para.id, para.kind, block, after)]
    for sub in para.subparagraphs:
        out.extend(render_paragraph(ctx, sub, depth + 1))
    return out


def _piece_html(ctx: PageContext, para: Paragraph, start: int, end: int) -> str:
    """A piece of a table's text (a cell's line, its caption) as HTML: its note markers
    (those from ``start`` to ``end``, a marker closing the cell included) and the
    citations wholly inside it."""
    refs = [replace(r, offset=r.offset - start) for r in para.footnote_refs if start <= r.offset <= end]
    links = [
        replace(span, start=span.start - start, end=span.end - start)
        for span in ctx.spans.get(para.id, [])
        if start <= span.start and span.end <= end
    ]
    return inline(para.text[start:end], refs, ctx.notes, links, html=True)


def _pieces_html(ctx: PageContext, para: Paragraph, spans: list[Span], joint: str = " ") -> str:
    return joint.join(_piece_html(ctx, para, start, end) for start, end in spans)


# What opens a paragraph under a table: "Source:", "Notes:", "Abbreviations:", or a
# note's letter ("a Including ...")
_SOURCE_OPENS_RE = re.compile(r"(?i:(?:Data\s+)?(?:Sources?|Notes?|Abbreviations?))\s*:|[a-z]\s")


def source_paragraphs(para: Paragraph, table: Table) -> list[list[Span]]:
    """The lines under a table as the paragraphs they make: a line carries on the one
    before unless it opens a source, a note or a note's letter ("Source: ...", wrapped
    over three printed lines, is one paragraph)."""
    grouped: list[list[Span]] = []
    for start, end in table.sources:
        if grouped and not _SOURCE_OPENS_RE.match(para.text[start:end].lstrip()):
            grouped[-1].append((start, end))
        else:
            grouped.append([(start, end)])
    return grouped


def render_figure(ctx: PageContext, para: Paragraph, figure: Figure) -> str:
    """A figure as a ``figure``: its caption (with its permalink), then the chart's words
    line by line as printed, said to be a chart's (the drawing is not in the text), then
    its sources. One line of HTML, as a table's."""
    title = f"Permalink to figure {para.id.removeprefix('figure')}"
    link = html_link(paragraph_label(para), f"#{para.id}", title, "un-pl")
    caption = _pieces_html(ctx, para, figure.caption, "<br>")
    labels = ""
    if figure.labels:
        words = _pieces_html(ctx, para, figure.labels, "<br>")
        labels = (
            '<p class="un-figure-labels" title="The words printed on the chart, line by line; '
            f'the chart itself is a drawing">{words}</p>'
        )
    sources = "".join(f'<p class="un-table-source">{_piece_html(ctx, para, a, b)}</p>' for a, b in figure.sources)
    cite = html_text(citation(ctx.doc, para))
    return (
        f'<figure id="{para.id}" class="un-para un-figure" data-cite="{cite}">'
        f"<figcaption>{link} {caption}</figcaption>{labels}{sources}</figure>"
    )


def render_table(ctx: PageContext, para: Paragraph, table: Table) -> str:
    """A table as an HTML table: its caption (with its permalink), its header rows as
    ``th`` in ``thead``, its rows, and its sources under it. One line of HTML, so that
    Markdown passes it through as one block. Its notes' markers stand in their cells;
    the notes themselves are the page's (``_notes``)."""
    title = f"Permalink to table {para.id.removeprefix('table')}"
    link = html_link(paragraph_label(para), f"#{para.id}", title, "un-pl")
    caption = _pieces_html(ctx, para, table.caption, "<br>")
    head = [row for row in table.rows if row.header]
    body = [row for row in table.rows if not row.header]

    def row_html(row: TableRow, tag: str) -> str:
        return "<tr>" + "".join(f"<{tag}>{_pieces_html(ctx, para, c.spans)}</{tag}>" for c in row.cells) + "</tr>"

    parts = [f"<caption>{link} {caption}</caption>"]
    if head:
        parts.append("<thead>" + "".join(row_html(row, "th") for row in head) + "</thead>")
    parts.append("<tbody>" + "".join(row_html(row, "td") for row in body) + "</tbody>")
    sources = "".join(
        f'<p class="un-table-source">{_pieces_html(ctx, para, lines)}</p>' for lines in source_paragraphs(para, table)
    )
    cite = html_text(citation(ctx.doc, para))
    return (
        f'<div id="{para.id}" class="un-para un-table" data-cite="{cite}">'
        f'<table class="un-table-grid">{"".join(parts)}</table>{sources}</div>'
    )


def changes_html(changes: list[tuple[str, str]]) -> str:
    """Word changes as HTML: <ins> for words added, <del> for words taken out."""
    tags = {"insert": "ins", "delete": "del"}
    return " ".join(
        f"<{tags[op]}>{html_text(words)}</{tags[op]}>" if op in tags else html_text(words) for op, words in changes
    )


def lineage_badge(ctx: PageContext, para: Paragraph, depth: int = 0) -> tuple[str, str]:
    """Where the paragraph's words come from, as a badge at its end; for an amended one,
    also its word changes, in a block to open (indented as a sub-paragraph at ``depth`` is)."""
    found = ctx.lineage.get((ctx.doc.symbol, para.id))
    if found is None:
        return "", ""
    if found.status == "new":
        return (
            ' <span class="un-lineage un-new" title="No earlier document of the collection has this paragraph">new</span>',
            "",
        )
    if found.status == "merged":
        parts = " and ".join(
            html_link(f"{cp.symbol}, {anchors.label(cp.paragraph)}", ctx.url_of(page_path(cp.symbol), cp.paragraph))
            for cp in found.merged_from
        )
        return f' <span class="un-lineage un-merged">merged from {parts}</span>', ""
    source = found.source
    assert source is not None
    where = f"{source.symbol}, {anchors.label(source.paragraph)}"
    verb = "unchanged since" if found.status == "unchanged" else "amended from"
    tip = f"word similarity {source.similarity:.0%}"
    badge = " " + html_link(
        f"{verb} {where}", ctx.url_of(page_path(source.symbol), source.paragraph), tip, f"un-lineage un-{found.status}"
    )
    if found.status != "amended":
        return badge, ""
    classes = "un-diff" + (f" un-sub un-depth{depth}" if depth else "")
    after = (
        f'<details class="{classes}"><summary>Word changes from {html_text(where)}</summary>'
        f'<p class="un-diff-text">{changes_html(found.changes)}</p></details>'
    )
    return badge, after


def _sections(ctx: PageContext) -> list[dict[str, Any]]:
    """Resolutions: preamble and operative part. Reports: their own headings."""
    doc = ctx.doc
    sections: list[dict[str, Any]] = []
    if doc.doc_type in RESOLUTION_TYPES:
        own = [p for p in doc.paragraphs if p.part is None]
        part_of = _resolution_parts(own)
        parts = (("preamble", "Preamble", "preamble"), ("operative", "Operative part", "operative"))
        for kind, title, sid in parts:
            paras = [r for p in own if part_of[p.id] == kind for r in render_paragraph(ctx, p)]
            if paras:
                sections.append({"title": title, "id": sid, "paragraphs": paras})
        others = [r for p in own if part_of[p.id] not in ("preamble", "operative") for r in render_paragraph(ctx, p)]
        if others:
            sections.append({"title": "Other text", "id": "other", "paragraphs": others})
        return sections
    # an annex's paragraphs are its section's (``annex_sections``), never the body's too
    return _heading_sections(ctx, [p for p in doc.paragraphs if p.part is None])


def _resolution_parts(paragraphs: list[Paragraph]) -> dict[str, str]:
    """The part of a resolution each paragraph is shown in: its kind; a table, the part
    of the paragraph before it (or after it, at the start), so that it stays where it
    stood between the paragraphs."""
    parts = {p.id: p.kind for p in paragraphs}
    tables = [p for p in paragraphs if p.kind in ("table", "figure")]
    if not tables:
        return parts
    current = next((p.kind for p in paragraphs if p.kind in ("preamble", "operative")), "table")
    for para in paragraphs:
        if para.kind in ("preamble", "operative"):
            current = para.kind
        elif para.kind in ("table", "figure"):
            parts[para.id] = current
    return parts


def annex_sections(ctx: PageContext) -> list[dict[str, Any]]:
    """Each annex of a resolution, shown after its sign-off: titled by its label
    ("Annex II", anchor ``annex-2``), its own headings and paragraphs inside."""
    sections: list[dict[str, Any]] = []
    for para in ctx.doc.paragraphs:
        if para.part is None:
            continue
        if anchors.is_annex(para.id):
            title = ctx.text(para.id, para.text, para.footnote_refs)
            sections.append({"title": title, "id": para.id, "paragraphs": []})
        elif sections and para.kind == "heading":
            # the annex's title, its parts and articles: headings of the page (and its contents)
            heading = ctx.text(para.id, para.text, para.footnote_refs)
            sections[-1]["paragraphs"].append(
                RenderedParagraph(para.id, "heading", heading, "", heading=True, toc_label=toc_label(para))
            )
            sections[-1]["paragraphs"].extend(_under_heading(ctx, para))
        elif sections:
            sections[-1]["paragraphs"].extend(render_paragraph(ctx, para))
    return sections


def _under_heading(ctx: PageContext, heading: Paragraph) -> list[RenderedParagraph]:
    """The items a heading holds (lettered items that carry on a list across headings,
    "(j)" under "Regional trade integration"): shown under it, never dropped."""
    return [r for sub in heading.subparagraphs for r in render_paragraph(ctx, sub, 1)]


def _heading_sections(ctx: PageContext, paragraphs: list[Paragraph]) -> list[dict[str, Any]]:
    """Reports: sections by their own headings."""
    sections: list[dict[str, Any]] = []
    current: dict[str, Any] = {"title": None, "id": None, "paragraphs": []}
    sections.append(current)
    for para in paragraphs:
        if para.kind == "heading":
            title = ctx.text(para.id, para.text, para.footnote_refs)
            current = {
                "title": title,
                "id": para.id,
                "toc_label": toc_label(para),
                "paragraphs": _under_heading(ctx, para),
            }
            sections.append(current)
        else:
            current["paragraphs"].extend(render_paragraph(ctx, para))
    return [s for s in sections if s["title"] or s["paragraphs"]]


def _meta_value(ctx: PageContext, name: str, text: str | None) -> str | None:
    """A metadata value as finished HTML: escaped, with its notes and citation links."""
    if text is None:
        return None
    refs = ctx.doc.metadata_refs.get(name, [])
    return ctx.html(anchors.masthead(name), text, refs)


def _symbol_markers(ctx: PageContext) -> str:
    """The notes a masthead hangs on the symbol ("A/RES/78/68*": reissued), after it."""
    refs = ctx.doc.metadata_refs.get("symbol", [])
    return ctx.html(anchors.masthead("symbol"), "", refs) if refs else ""  # markers past its (empty) text: at its end


def heading(doc: Document) -> str:
    """The page's heading: the title; a Security Council resolution has none but its
    number ("Security Council resolution 242 (1967)"); else the symbol."""
    if doc.title:
        return doc.title
    if number := council_number(doc.symbol):
        return f"Security Council resolution {number}"
    return doc.symbol


def metadata_rows(ctx: PageContext) -> list[tuple[str, str | None]]:
    """Label and HTML value of each metadata fact; None where the source does not state it.

    Facts that only apply to adopted texts (adoption, meeting, vote) are left out of a
    report's card unless its text states them. A fact taken from outside the text (a
    sidecar, a derivation) says where it came from.
    """
    doc = ctx.doc

    def dated(value: date | None) -> str | None:
        return f'<time datetime="{value.isoformat()}">{format_date(value)}</time>' if value else None

    def sourced(name: str, value: str | None) -> str | None:
        if value is None or name not in doc.provenance:
            return value
        return f'{value}<br><small class="un-provenance">{html_content(doc.provenance[name])}</small>'

    adopted_text = doc.doc_type in ("resolution", "decision")
    # an emergency special session has no regular session's number: as printed
    session = str(doc.session) if doc.session is not None else doc.extra.get("special_session")
    rows: list[tuple[str, str | None]] = [
        ("Symbol", sourced("symbol", f"<code>{html_text(doc.symbol or '')}</code>{_symbol_markers(ctx)}")),
        ("Body", sourced("body", _meta_value(ctx, "body", doc.body))),
        ("Type", _meta_value(ctx, "doc_type", doc.doc_type)),
    ]
    # the Security Council has no sessions, its resolutions no agenda item
    sessions = doc.body != "Security Council"
    rows += [
        (label, value)
        for label, value in (
            ("Session", sourced("session", _meta_value(ctx, "session", session))),
            ("Agenda item", sourced("agenda_item", _meta_value(ctx, "agenda_item", doc.agenda_item))),
        )
        if sessions or value is not None
    ]
    if "agenda_title" in doc.extra:
        rows.append(("Agenda item title", _extra_value(ctx, "agenda_title")))
    if "sponsors" in doc.extra:
        rows.append(("Submitted by", _meta_value(ctx, "sponsors", doc.extra["sponsors"])))
    optional = [
        ("Adopted", sourced("adopted", dated(doc.adopted))),
        ("Meeting", sourced("meeting", _meta_value(ctx, "meeting", doc.meeting))),
        ("Vote", sourced("vote", _meta_value(ctx, "vote", doc.vote))),
    ]
    rows += [(label, value) for label, value in optional if adopted_text or value is not None]
    rows.append(("Distributed", sourced("distributed", dated(doc.distributed))))
    if doc.dated is not None:  # a report without a masthead date: the day it gives itself
        rows.append(("Dated", sourced("dated", dated(doc.dated))))
    if doc.published is not None:  # a year, as the imprint prints it, never made a day
        imprint = html_text(doc.extra.get("imprint", str(doc.published)))
        rows.append(("Published", f"{doc.published} <small>(year only, as printed: {imprint})</small>"))
    based_on = sourced("based_on", _meta_value(ctx, "based_on", doc.based_on))
    if adopted_text or based_on is not None:
        # the Security Council adopts its drafts ("[S/727]"), the Assembly its committees' reports
        label = (
            "Based on"
            if not adopted_text
            else "Draft"
            if doc.body == "Security Council"
            else "Adopted on the report of"
        )
        rows.append((label, based_on))
    if joint := doc.extra.get("also_issued_as"):
        rows.append(("Also issued as", ", ".join(f"<code>{html_text(symbol)}</code>" for symbol in joint)))
    extras = (
        ("joint_body", "Also issued by"),
        ("committee", "Committee"),
        ("report_chapter", "Report chapter"),
        ("council_year", "Security Council year"),
        ("language", "Language of this version"),
        ("original", "Original language"),
        ("place", "Place"),
        ("president", "President"),
        ("acting president", "Acting President"),
        ("speakers", "Speakers"),
        ("header", "Other header text"),
    )
    rows += [(label, _extra_value(ctx, key)) for key, label in extras if key in doc.extra]
    return rows


def _extra_value(ctx: PageContext, name: str) -> str:
    """A fact kept as printed (other header text, an agenda item's title) as finished
    HTML, with the notes its lines mark (``masthead._header_markers``)."""
    text = str(ctx.doc.extra[name])
    refs = ctx.doc.metadata_refs.get(name, [])
    return ctx.html(anchors.masthead(name), text, refs) if refs else html_content(text)


def warning_lines(doc: Document) -> list[str]:
    """The conversion's warnings in a reader's words, each with its source line."""
    return [
        entry.detail[:1].upper() + entry.detail[1:] + (f" (source line {entry.line})" if entry.line else "")
        for entry in doc.log
        if entry.kind == "warning"
    ]


def _notes(ctx: PageContext) -> list[dict[str, Any]]:
    doc = ctx.doc
    by_id: dict[str, list[FootnoteRef]] = {}
    for refs in [*doc.metadata_refs.values(), *(p.footnote_refs for p in doc.all_paragraphs())]:
        for ref in refs:
            by_id.setdefault(ref.footnote_id, []).append(ref)
    rendered = []
    for note in doc.footnotes:
        refs = by_id.get(note.id, [])
        marker = note.marker or "?"
        if refs:
            back = html_link(marker, f"#{refs[0].ref_id}", "Back to the text", "un-fn-back")
            back += "".join(
                " " + html_link(f"↩{i}", f"#{r.ref_id}", f"Back to reference {i}", "un-fn-back")
                for i, r in enumerate(refs[1:], start=2)
            )
        else:
            back = html_content(marker)
        text = (
            ctx.html(note.id, note.text, [])
            if note.text
            else '<em class="un-missing">Note text missing in the source.</em>'
        )
        classes = "un-footnote" + (" un-footnote-missing" if note.missing else "")
        rendered.append({"id": note.id, "html": f'<p id="{note.id}" class="{classes}">{back} {text}</p>'})
    return rendered


def _citing_entries(ctx: PageContext, citings: list[Citing]) -> list[dict[str, Any]]:
    """Citations of this document grouped by citing document, each place linked."""
    grouped: dict[str, dict[str, Any]] = {}
    for citing in citings:
        source = citing.document
        entry = grouped.setdefault(
            source.symbol, {"link": ctx.doc_link(source), "date": source.sort_date(), "places": []}
        )
        anchor = None if anchors.is_masthead(citing.reference.in_paragraph) else citing.reference.in_paragraph
        label = ctx.place_label(source, citing.reference.in_paragraph)
        if citing.reference.locator:
            label += f" ({citing.reference.locator})"
        link = ctx.doc_link(source, anchor, label)
        if link not in entry["places"]:
            entry["places"].append(link)
    return sorted(grouped.values(), key=lambda e: (e["date"] is None, e["date"] or date.min))


def _cites(ctx: PageContext) -> list[dict[str, Any]]:
    """What this document cites, each document once (in the order first cited), with
    every place citing it linked: the page's own share of the references."""
    grouped: dict[str, dict[str, Any]] = {}
    for ref in ctx.doc.references:
        if ref.symbol == ctx.doc.symbol:
            continue
        entry = grouped.get(ref.symbol)
        if entry is None:
            title = ctx.index.title(ref.symbol)
            link = html_link(ref.symbol, ctx.href(ref.symbol), title or ref.symbol)
            entry = grouped[ref.symbol] = {"link": link, "title": title, "places": []}
        anchor = anchors.TITLE if anchors.is_masthead(ref.in_paragraph) else ref.in_paragraph
        label = ctx.place_label(ctx.doc, ref.in_paragraph) + (f" ({ref.locator})" if ref.locator else "")
        place = html_link(label, f"#{anchor}")
        if place not in entry["places"]:
            entry["places"].append(place)
    return list(grouped.values())


def render_document(
    doc: Document,
    index: LinkIndex,
    labels: PlaceLabels | None = None,
    lineage: Mapping[tuple[str, str], ParagraphLineage] | None = None,
    comparisons: list[tuple[str, str]] | None = None,
    directory_urls: bool = True,
) -> str:
    """The document's page. ``comparisons``: the documents it is compared with and their
    compare page's path."""
    ctx = PageContext(doc, index, labels or PlaceLabels(), lineage or {}, directory_urls=directory_urls)
    symbol = doc.symbol
    previous, following = index.previous.get(symbol), index.following.get(symbol)
    template = _environment().get_template("document.md.j2")
    return template.render(
        doc=doc,
        title_md=md_text(heading(doc)),
        subtitle_html=_meta_value(ctx, "subtitle", doc.subtitle),
        meta=metadata_rows(ctx),
        sections=_sections(ctx),
        annexes=annex_sections(ctx),
        warnings=warning_lines(doc),
        changes=[(e.kind, e.rule, e.line, e.detail) for e in doc.log if e.kind in ("removed", "repaired")],
        notes=_notes(ctx),
        collection_link=relative(ctx.page, COLLECTION_PAGE),
        references_link=relative(ctx.page, REFERENCES_PAGE),
        record_link=relative(ctx.page, record_path(symbol)),
        akn_link=relative(ctx.page, akn_path(symbol)),
        date_label=(f"adopted {format_date(doc.adopted)}" if doc.adopted else None)
        or (f"distributed {format_date(doc.distributed)}" if doc.distributed else None)
        or (f"dated {format_date(doc.dated)}" if doc.dated else None)
        or (f"published {doc.published}" if doc.published else None),
        previous=ctx.doc_link(previous) if previous else None,
        following=ctx.doc_link(following) if following else None,
        took_note_of=_citing_targets(ctx, index.took_note_of.get(symbol, [])),
        noted_in=_citing_entries(ctx, index.noted_in.get(symbol, [])),
        cited_by=_citing_entries(ctx, index.cited_by.get(symbol, [])),
        cites=_cites(ctx),
        comparisons=[(other, ctx.url_of(path)) for other, path in comparisons or []],
    )


def _citing_targets(ctx: PageContext, citings: list[Citing]) -> list[str]:
    """Documents this one took note of, linked, with the paragraph that says so."""
    out: list[str] = []
    for citing in citings:
        ref = citing.reference
        target = html_link(ref.symbol, ctx.href(ref.symbol, ref.locator), ctx.index.title(ref.symbol) or ref.symbol)
        here = html_link(ctx.place_label(ctx.doc, ref.in_paragraph), f"#{ref.in_paragraph}")
        line = f"{target} ({here})"
        if line not in out:
            out.append(line)
    return out


def compare_links(compared: list[tuple[Document, Document]] | None) -> dict[str, list[tuple[str, str]]]:
    """For each document, the documents it is compared with and the compare page's path."""
    links: dict[str, list[tuple[str, str]]] = {}
    for old, new in compared or []:
        path = compare_path(old.symbol, new.symbol)
        links.setdefault(old.symbol, []).append((new.symbol, path))
        links.setdefault(new.symbol, []).append((old.symbol, path))
    return links


def render_documents(
    documents: list[Document],
    index: LinkIndex,
    lineage: Mapping[tuple[str, str], ParagraphLineage] | None = None,
    compared: list[tuple[Document, Document]] | None = None,
    labels: PlaceLabels | None = None,
    directory_urls: bool = True,
) -> dict[str, str]:
    """The pages of ``documents``, by path under ``docs/`` (any part of the collection can
    be rendered on its own: every page reads the whole index). ``labels``: to share the
    places' labels with pages rendered by other calls."""
    labels = labels if labels is not None else PlaceLabels()
    compares = compare_links(compared)
    pages = {}
    for doc in documents:
        links = compares.get(doc.symbol, [])
        pages[page_path(doc.symbol)] = render_document(doc, index, labels, lineage, links, directory_urls)
    return pages
