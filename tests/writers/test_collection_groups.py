"""The documents overview's groups: a body with sessions by session, the Security
Council (no sessions) by year, a document stating neither last, newest first."""

from __future__ import annotations

from datetime import date

from build_scripts.model import Document
from build_scripts.writers.collection import COLLECTION_PAGE, document_groups, render_collection


def _doc(symbol: str, body: str, adopted: date | None, session: int | None = None) -> Document:
    return Document(symbol, body, "resolution", None, session=session, adopted=adopted)


def test_groups_by_session_else_year_else_neither() -> None:
    docs = [
        _doc("S/RES/242(1967)", "Security Council", date(1967, 11, 22)),
        _doc("A/RES/78/10", "General Assembly", date(2023, 11, 1), 78),
        _doc("S/RES/678(1990)", "Security Council", date(1990, 11, 29)),
        _doc("S/RES/660(1990)", "Security Council", date(1990, 8, 2)),
        _doc("S/RES/361(1974)", "Security Council", None),
        _doc("A/RES/79/1", "General Assembly", date(2024, 9, 22), 79),
        _doc("S/96", "Security Council", None),
    ]
    groups = document_groups(docs)
    assert [(g.title, g.path, [d.symbol for d in g.documents]) for g in groups] == [
        ("General Assembly, session 79", "documents/general-assembly/79.md", ["A/RES/79/1"]),
        ("General Assembly, session 78", "documents/general-assembly/78.md", ["A/RES/78/10"]),
        ("Security Council, 1990", "documents/security-council/1990.md", ["S/RES/660(1990)", "S/RES/678(1990)"]),
        # no date printed: the year its symbol states
        ("Security Council, 1974", "documents/security-council/1974.md", ["S/RES/361(1974)"]),
        ("Security Council, 1967", "documents/security-council/1967.md", ["S/RES/242(1967)"]),
        (
            "Security Council, no session or date stated",
            "documents/security-council/no-session.md",
            ["S/96"],
        ),
    ]


def test_a_small_collection_lists_each_body_by_session_or_year() -> None:
    """The documents page of a small collection: under each body's heading, a heading per
    session or year with its documents; an untitled resolution named without a dangling dash."""
    docs = [
        _doc("S/RES/242(1967)", "Security Council", date(1967, 11, 22)),
        _doc("A/RES/78/10", "General Assembly", date(2023, 11, 1), 78),
        _doc("S/RES/678(1990)", "Security Council", date(1990, 11, 29)),
    ]
    docs[1].title = "Building a peaceful and better world through sport"
    page = render_collection(docs)[COLLECTION_PAGE]
    headings = [line for line in page.splitlines() if line.startswith("#")]
    assert headings == [
        "# Documents",
        "## General Assembly",
        "### Session 78 { #general-assembly-78 }",
        "## Security Council",
        "### 1990 { #security-council-1990 }",
        "### 1967 { #security-council-1967 }",
    ]
    assert "(29 November 1990)\n\n### 1967" in page  # a list ends before the next heading
    assert "- [S/RES/242(1967)](../S/RES/242(1967).md) (22 November 1967)" in page
    assert "(../A/RES/78/10.md) — Building a peaceful and better world through sport (1 November 2023)" in page
