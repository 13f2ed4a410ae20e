"""The documents overview's groups: a body with sessions by session, the Security
Council (no sessions) by year, a document stating neither last, newest first."""

from __future__ import annotations

from datetime import date

from build_scripts.model import Document
from build_scripts.writers.collection import document_groups


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
    ]
    groups = document_groups(docs)
    assert [(g.title, g.path, [d.symbol for d in g.documents]) for g in groups] == [
        ("General Assembly, session 79", "documents/general-assembly/79.md", ["A/RES/79/1"]),
        ("General Assembly, session 78", "documents/general-assembly/78.md", ["A/RES/78/10"]),
        ("Security Council, 1990", "documents/security-council/1990.md", ["S/RES/660(1990)", "S/RES/678(1990)"]),
        ("Security Council, 1967", "documents/security-council/1967.md", ["S/RES/242(1967)"]),
        (
            "Security Council, no session or date stated",
            "documents/security-council/no-session.md",
            ["S/RES/361(1974)"],
        ),
    ]
