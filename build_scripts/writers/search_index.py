"""Paragraph-level search: the entries Material's search index gets for each document.

Material's search plugin cuts a page into sections at its headings, so a whole
preamble would be one result. Readers cite paragraphs, so each paragraph and note
becomes an entry of its own, with a deep link to its anchor and the symbols it
concerns as tags (indexed and searched, shown as chips in the results): the page's
entry carries the document's own symbol in full and short forms ("A/RES/56/145",
"56/145"), each paragraph the canonical symbols it cites ("A/RES/217(III)"). The search plugin is configured, not replaced: the hook
adds these entries to its index before it is written.
"""

from __future__ import annotations

import html
import re
from typing import Any

from ..model import Document
from .pages import PlaceLabels
from .urls import page_path, site_url


def symbol_forms(symbol: str) -> list[str]:
    """How people type a symbol: whole, and its last two parts ('56/145', '2003/48'); a
    Security Council resolution by its number and year ('242 (1967)': the search worker
    drops the spaces a query has)."""
    parts = symbol.split("/")
    forms = [symbol]
    if len(parts) >= 3 and parts[-2][:1].isdigit() and parts[-1][:1].isdigit():
        forms.append("/".join(parts[-2:]))
    if re.fullmatch(r"\d+\(\d{4}\)", parts[-1]):
        forms.append(parts[-1])
    if "RES" in parts:
        forms.append("/".join(parts[parts.index("RES") :]))
    return list(dict.fromkeys(forms))


def document_entries(
    doc: Document, labels: PlaceLabels, directory_urls: bool, paragraphs: bool = True
) -> list[dict[str, Any]]:
    """The document's entry (its symbol's forms as tags, its facts as text); with
    ``paragraphs``, one for each paragraph and note after it."""
    url = site_url(page_path(doc.symbol), directory_urls)
    forms = symbol_forms(doc.symbol)
    cited: dict[str, list[str]] = {}
    for ref in doc.references:
        cited.setdefault(ref.in_paragraph, []).append(ref.symbol)
    facts = [doc.body, doc.doc_type, doc.subtitle, doc.meeting, doc.adopted and f"adopted {doc.adopted:%d %B %Y}"]
    entries = [
        {
            "location": url,
            "title": f"{doc.symbol}: {doc.title}",
            "text": html.escape(" · ".join(str(f) for f in facts if f)),
            "tags": forms,
        }
    ]
    if not paragraphs:
        return entries
    places = [(p.id, p.text) for p in doc.all_paragraphs()]
    places += [(n.id, n.text) for n in doc.footnotes if n.text]
    for place, text in places:
        entries.append(
            {
                "location": f"{url}#{place}",
                "title": f"{doc.symbol}, {labels(doc, place)}",
                "text": html.escape(text),
                "tags": list(dict.fromkeys(cited.get(place, []))),
            }
        )
    return entries


def paragraph_entries(documents: list[Document], directory_urls: bool, paragraphs: bool = True) -> list[dict[str, Any]]:
    """Search entries for every document page, paragraph by paragraph and note by note
    (only the documents' own without ``paragraphs``: Pagefind finds the paragraphs)."""
    labels = PlaceLabels()
    return [entry for doc in documents for entry in document_entries(doc, labels, directory_urls, paragraphs)]


def with_paragraph_entries(indexed: list[dict[str, Any]], entries: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Material's index entries with the paragraph entries in place of any it has of the
    same pages (none: document pages opt out in their front matter)."""
    return without_pages_of(indexed, entries) + entries


def without_pages_of(indexed: list[dict[str, Any]], entries: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The index entries of pages other than those ``entries`` index."""
    pages = {entry["location"] for entry in entries if "#" not in entry["location"]}
    return [entry for entry in indexed if entry["location"].split("#")[0] not in pages]
