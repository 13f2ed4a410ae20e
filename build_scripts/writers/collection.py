"""The collection's own pages: the home page and the documents, by body and session (or year)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from typing import Any

from ..model import Document
from ..settings import CollectionSettings
from ..symbols import symbol_year
from .pages import _environment
from .urls import COLLECTION_PAGE, page_path, relative


def render_home(settings: CollectionSettings, count: int, series: int = 0) -> str:
    """The home page: the collection's own text (``collection.yml``), then what the site holds."""
    template = _environment().get_template("home.md.j2")
    return template.render(
        name=settings.name, description=settings.description, home=settings.home, count=count, series=series
    )


# A collection this small is listed whole on the documents page; a larger one by group
INLINE_DOCUMENTS = 200
# The documents a group's page lists at most: a larger group is split into parts
MAX_DOCUMENTS_PER_PAGE = 500


@dataclass
class DocumentGroup:
    """The documents of one body and session (one page, or several parts of one); a body
    that has no sessions (the Security Council), or a document that states none, by year."""

    body: str
    session: int | None
    documents: list[Document]
    part: int = 1
    year: int | None = None

    @property
    def period(self) -> str:
        """The session or year alone: a heading under its body's on the documents page."""
        if self.session is not None:
            return f"Session {self.session}"
        return f"{self.year}" if self.year is not None else "No session or date stated"

    @property
    def title(self) -> str:
        return f"{self.body}, {self.period.lower()}" + (f" (part {self.part})" if self.part > 1 else "")

    @property
    def anchor(self) -> str:
        """The heading's id on the documents page: body and period, unique in the collection."""
        return self.path.removeprefix("documents/").removesuffix(".md").replace("/", "-")

    @property
    def path(self) -> str:
        name = str(self.session) if self.session is not None else f"{self.year}" if self.year else "no-session"
        return f"documents/{slug(self.body)}/{name}" + (f"-{self.part}" if self.part > 1 else "") + ".md"


def slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-") or "other"


# A group's place among its body's: a session, else a year, else neither (last)
Period = tuple[int, int]


def _period(doc: Document) -> Period:
    if doc.session is not None:
        return (0, doc.session)
    dated = doc.sort_date()
    year = dated.year if dated is not None else symbol_year(doc.symbol)
    return (1, year) if year is not None else (2, 0)


def document_groups(documents: list[Document], most: int = MAX_DOCUMENTS_PER_PAGE) -> list[DocumentGroup]:
    """The collection by body, then session or, without one, year (newest first), each
    group's documents by committee (where the document says) and date; none empty, none
    over ``most``."""
    grouped: dict[tuple[str, Period], list[Document]] = {}
    for doc in documents:
        grouped.setdefault((doc.body or "Other", _period(doc)), []).append(doc)
    groups = []
    for (body, (kind, number)), docs in sorted(grouped.items(), key=lambda kv: (kv[0][0], kv[0][1][0], -kv[0][1][1])):
        docs.sort(key=lambda d: (committee_of(d), d.sort_date() is None, d.sort_date() or date.min, d.symbol))
        session, year = (number, None) if kind == 0 else (None, number if kind == 1 else None)
        for part, first in enumerate(range(0, len(docs), most), start=1):
            groups.append(DocumentGroup(body, session, docs[first : first + most], part, year))
    return groups


def committee_of(doc: Document) -> str:
    return doc.extra.get("committee", "")


def document_pages(documents: list[Document]) -> list[str]:
    """The paths of the documents' pages (the groups' pages when the collection is large)."""
    if len(documents) <= INLINE_DOCUMENTS:
        return [COLLECTION_PAGE]
    return [COLLECTION_PAGE, *(group.path for group in document_groups(documents))]


def render_collection(documents: list[Document]) -> dict[str, str]:
    """The documents page: every document, when they are few; else the groups with their
    counts, and a page for each group (a filter box on each)."""
    environment = _environment()
    if len(documents) <= INLINE_DOCUMENTS:
        rows = _rows(documents, COLLECTION_PAGE)
        sections: dict[str, list[tuple[DocumentGroup, list[dict[str, Any]]]]] = {}
        for group in document_groups(documents, most=len(documents)):
            sections.setdefault(group.body, []).append((group, _rows(group.documents, COLLECTION_PAGE)))
        return {COLLECTION_PAGE: environment.get_template("collection.md.j2").render(rows=rows, sections=sections)}
    groups = document_groups(documents)
    bodies: dict[str, list[dict[str, Any]]] = {}
    for group in groups:
        committees: dict[str, int] = {}
        for doc in group.documents:
            committees[committee_of(doc) or "not stated"] = committees.get(committee_of(doc) or "not stated", 0) + 1
        bodies.setdefault(group.body, []).append(
            {"group": group, "link": relative(COLLECTION_PAGE, group.path), "committees": committees}
        )
    files = {
        COLLECTION_PAGE: environment.get_template("collection_groups.md.j2").render(bodies=bodies, count=len(documents))
    }
    template = environment.get_template("collection_group.md.j2")
    for group in groups:
        files[group.path] = template.render(
            group=group, rows=_rows(group.documents, group.path), overview=relative(group.path, COLLECTION_PAGE)
        )
    return files


def _rows(documents: list[Document], page: str) -> list[dict[str, Any]]:
    return [
        {
            "doc": doc,
            "link": relative(page, page_path(doc.symbol)),
            "date": doc.sort_date(),
            "committee": committee_of(doc),
        }
        for doc in documents
    ]
