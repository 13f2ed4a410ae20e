"""Markdown pages from the model, through Jinja2 templates.

Python prepares what needs logic (inline footnote references, links, dates); the
templates in ``build_scripts/templates`` lay the page out. All source text passes
through ``escape`` on its way out.
"""

from __future__ import annotations

import functools
import json
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import jinja2

from ..model import Document, Footnote, FootnoteRef, Paragraph
from .escape import html_text, md_text
from .urls import page_path, relative

TEMPLATES = Path(__file__).resolve().parent.parent / "templates"
COLLECTION_PAGE = "documents/index.md"

_KIND_LABEL = {
    "preamble": "preambular paragraph",
    "operative": "operative paragraph",
    "numbered": "paragraph",
    "heading": "heading",
}
_SHORT_KIND = {"preamble": "pp.", "operative": "op.", "numbered": "para."}


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


def inline(text: str, refs: list[FootnoteRef], notes: dict[str, Footnote]) -> str:
    """Source text as Markdown with its footnote references put back where they stood."""
    out: list[str] = []
    pos = 0
    for ref in sorted(refs, key=lambda r: r.offset):
        out.append(md_text(text[pos : ref.offset]))
        out.append(footnote_ref_html(ref, notes.get(ref.footnote_id)))
        pos = ref.offset
    out.append(md_text(text[pos:]))
    return "".join(out)


@dataclass
class RenderedParagraph:
    id: str
    kind: str
    markdown: str
    classes: str


def paragraph_label(para: Paragraph) -> str:
    return para.number + ("." if para.number.isdigit() else "") if para.number else para.id


def render_paragraph(para: Paragraph, notes: dict[str, Footnote], depth: int = 0) -> list[RenderedParagraph]:
    label = paragraph_label(para)
    title = f"Permalink to {_KIND_LABEL[para.kind]} {para.number or para.id}"
    link = f'[{md_text(label)}](#{para.id} "{html_text(title)}"){{: .un-pl }}'
    body = inline(para.text, para.footnote_refs, notes)
    classes = f"un-para un-{para.kind}" + (f" un-sub un-depth{depth}" if depth else "")
    out = [RenderedParagraph(para.id, para.kind, f"{link} {body}", classes)]
    for sub in para.subparagraphs:
        out.extend(render_paragraph(sub, notes, depth + 1))
    return out


def citation(doc: Document, para: Paragraph) -> str:
    """How a reader cites the paragraph: 'A/RES/56/145, op. 3'."""
    if para.kind == "heading":
        return f"{doc.symbol}"
    short = _SHORT_KIND[para.kind]
    return f"{doc.symbol}, {short} {para.number.strip('()') if para.number else para.id}"


def _sections(doc: Document, notes: dict[str, Footnote]) -> list[dict[str, object]]:
    """Resolutions: preamble and operative part. Reports: their own headings."""
    sections: list[dict[str, object]] = []
    if doc.doc_type == "resolution":
        for kind, title, sid in (("preamble", "Preamble", "preamble"), ("operative", "Operative part", "operative")):
            paras = [r for p in doc.paragraphs if p.kind == kind for r in render_paragraph(p, notes)]
            if paras:
                sections.append({"title": title, "id": sid, "paragraphs": paras, "heading_id": None})
        others = [
            r for p in doc.paragraphs if p.kind not in ("preamble", "operative") for r in render_paragraph(p, notes)
        ]
        if others:
            sections.append({"title": "Other text", "id": "other", "paragraphs": others, "heading_id": None})
        return sections
    current: dict[str, object] = {"title": None, "id": None, "paragraphs": [], "heading_id": None}
    sections.append(current)
    for para in doc.paragraphs:
        if para.kind == "heading":
            current = {
                "title": inline(para.text, para.footnote_refs, notes),
                "id": para.id,
                "paragraphs": [],
                "heading_id": para.id,
            }
            sections.append(current)
        else:
            current["paragraphs"].extend(render_paragraph(para, notes))  # type: ignore[union-attr]
    return [s for s in sections if s["title"] or s["paragraphs"]]


def _meta_value(doc: Document, field: str, text: str | None) -> str | None:
    if text is None:
        return None
    refs = doc.metadata_refs.get(field, [])
    notes = {n.id: n for n in doc.footnotes}
    return html_text(text) + "".join(footnote_ref_html(r, notes.get(r.footnote_id)) for r in refs)


def metadata_rows(doc: Document) -> list[tuple[str, str | None]]:
    """Label and HTML value of each metadata fact; None where the source does not state it.

    Facts that only apply to adopted texts (adoption, meeting, vote) are left out of a
    report's card unless its text states them. A fact taken from outside the text (a
    sidecar, a derivation) says where it came from.
    """

    def dated(value: date | None) -> str | None:
        return f'<time datetime="{value.isoformat()}">{format_date(value)}</time>' if value else None

    def sourced(name: str, value: str | None) -> str | None:
        if value is None or name not in doc.provenance:
            return value
        return f'{value}<br><small class="un-provenance">{html_text(doc.provenance[name])}</small>'

    adopted_text = doc.doc_type == "resolution"
    rows: list[tuple[str, str | None]] = [
        ("Symbol", sourced("symbol", f"<code>{html_text(doc.symbol or '')}</code>")),
        ("Body", sourced("body", _meta_value(doc, "body", doc.body))),
        ("Type", _meta_value(doc, "doc_type", doc.doc_type)),
        (
            "Session",
            sourced("session", _meta_value(doc, "session", str(doc.session) if doc.session is not None else None)),
        ),
        ("Agenda item", sourced("agenda_item", _meta_value(doc, "agenda_item", doc.agenda_item))),
    ]
    if "agenda_title" in doc.extra:
        rows.append(("Agenda item title", html_text(doc.extra["agenda_title"])))
    optional = [
        ("Adopted", sourced("adopted", dated(doc.adopted))),
        ("Meeting", sourced("meeting", _meta_value(doc, "meeting", doc.meeting))),
        ("Vote", sourced("vote", _meta_value(doc, "vote", doc.vote))),
    ]
    rows += [(label, value) for label, value in optional if adopted_text or value is not None]
    rows.append(("Distributed", sourced("distributed", dated(doc.distributed))))
    based_on = sourced("based_on", _meta_value(doc, "based_on", doc.based_on))
    if adopted_text or based_on is not None:
        rows.append(("Adopted on the report of" if adopted_text else "Based on", based_on))
    for key, label in (
        ("committee", "Committee"),
        ("report_chapter", "Report chapter"),
        ("original", "Original language"),
        ("header", "Other header text"),
    ):
        if key in doc.extra:
            rows.append((label, html_text(doc.extra[key])))
    return rows


def warning_lines(doc: Document) -> list[str]:
    """The conversion's warnings in a reader's words, each with its source line."""
    return [
        entry.detail[:1].upper() + entry.detail[1:] + (f" (source line {entry.line})" if entry.line else "")
        for entry in doc.log
        if entry.kind == "warning"
    ]


def _notes(doc: Document) -> list[dict[str, object]]:
    by_id: dict[str, list[FootnoteRef]] = {}
    for refs in [*doc.metadata_refs.values(), *(p.footnote_refs for p in doc.all_paragraphs())]:
        for ref in refs:
            by_id.setdefault(ref.footnote_id, []).append(ref)
    rendered = []
    for note in doc.footnotes:
        refs = by_id.get(note.id, [])
        marker = md_text(note.marker) if note.marker else "?"
        if refs:
            back = f'[{marker}](#{refs[0].ref_id} "Back to the text"){{: .un-fn-back }}'
            back += "".join(
                f' [↩{i}](#{r.ref_id} "Back to reference {i}"){{: .un-fn-back }}'
                for i, r in enumerate(refs[1:], start=2)
            )
        else:
            back = f"{marker}"
        text = md_text(note.text) if note.text else "*Note text missing in the source.*{: .un-missing }"
        rendered.append({"id": note.id, "markdown": f"{back} {text}", "missing": note.missing})
    return rendered


def render_document(doc: Document) -> str:
    notes = {n.id: n for n in doc.footnotes}
    template = _environment().get_template("document.md.j2")
    return template.render(
        doc=doc,
        page=page_path(doc.symbol or ""),
        title_md=md_text(doc.title or doc.symbol or ""),
        subtitle_md=_meta_value(doc, "subtitle", doc.subtitle),
        meta=metadata_rows(doc),
        sections=_sections(doc, notes),
        warnings=warning_lines(doc),
        changes=[(e.kind, e.rule, e.line, e.detail) for e in doc.log if e.kind in ("removed", "repaired")],
        notes=_notes(doc),
        collection_link=relative(page_path(doc.symbol or ""), COLLECTION_PAGE),
        date_label=(f"adopted {format_date(doc.adopted)}" if doc.adopted else None)
        or (f"distributed {format_date(doc.distributed)}" if doc.distributed else None),
        citations={p.id: citation(doc, p) for p in doc.all_paragraphs()},
    )


def render_collection(documents: list[Document]) -> str:
    rows = [
        {
            "doc": doc,
            "link": relative(COLLECTION_PAGE, page_path(doc.symbol or "")),
            "date": doc.sort_date(),
        }
        for doc in documents
    ]
    bodies = sorted({doc.body or "Other" for doc in documents})
    return _environment().get_template("collection.md.j2").render(rows=rows, bodies=bodies)


def render_site(documents: list[Document]) -> dict[str, str]:
    """Every generated Markdown page, by its path under ``docs/``."""
    pages = {page_path(doc.symbol or ""): render_document(doc) for doc in documents}
    pages[COLLECTION_PAGE] = render_collection(documents)
    return pages
