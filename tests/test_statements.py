"""A compilation of statements whose speakers number their paragraphs afresh
(tests/fixtures/notes/A_AC.292_2025_INF_5_p1_p15-17.en.pdf: the note's first page, then
Nicaragua's and Niger's statements): each statement a scope of its own."""

from __future__ import annotations

from pathlib import Path

from build_scripts import anchors
from build_scripts.pipeline import convert_source
from build_scripts.sources import Source

NOTES = Path(__file__).parent / "fixtures" / "notes"


def test_each_statement_numbering_afresh_is_its_own_scope() -> None:
    """The note's paragraphs are ``para1``, ``para2``; Nicaragua's 1 to 9 (its 8 never
    printed: said) ``st1-para1`` ... ``st1-para9``, cited "statement 1, para. 3";
    Niger's 1 to 8 ``st2-para1`` ..., its paragraphs, not items of its heading."""
    name = "A_AC.292_2025_INF_5_p1_p15-17.en.pdf"
    doc = convert_source(Source(name, "", {}, [], (NOTES / name).read_bytes())).document
    numbered = [(p.id, p.number) for p in doc.paragraphs if p.number]
    assert numbered[:2] == [("para1", "1"), ("para2", "2")]
    assert [pid for pid, _ in numbered[2:10]] == [f"st1-para{n}" for n in (1, 2, 3, 4, 5, 6, 7, 9)]
    assert [pid for pid, _ in numbered[10:]] == [f"st2-para{n}" for n in range(1, 9)]
    niger = next(p for p in doc.paragraphs if p.id == "st2-para1")
    assert niger.text.startswith("Tout d’abord j’adresse mes félicitations")
    assert anchors.label("st1-para3") == "statement 1, para. 3"
    gaps = [e.detail for e in doc.log if e.rule in ("numbering-gap", "duplicate-number")]
    assert gaps == ["paragraph 9 where 8 was expected"]
