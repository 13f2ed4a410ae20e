"""Documents in the UN's other languages, as official PDFs (tests/fixtures/languages,
from littlehifive/ai-un-report): a Spanish and a Russian letter read by their genre,
their masthead's facts recorded in English, their annexes found.

Every fact below was read off the fixture's PDF by hand.
"""

from __future__ import annotations

import functools
from datetime import date
from pathlib import Path

from build_scripts.model import Document
from build_scripts.pipeline import read_source
from build_scripts.sources import Source

HERE = Path(__file__).parent / "fixtures" / "languages"


@functools.cache
def convert(name: str) -> tuple[Document, list[str]]:
    path = HERE / f"{name}.en.pdf"
    doc, _ = read_source(Source(path.name, "", {}, [], path.read_bytes()))
    return doc, [f"{e.rule}: {e.removed}" for e in doc.log if e.kind == "removed"]


def test_a_spanish_letter_and_its_annex() -> None:
    """S/2023/664 (filed as A/78/354): "Consejo de Seguridad", "Distr. general",
    "13 de septiembre de 2023", "Español / Original: inglés"; the letter's two paragraphs
    and signature, then its annex of seven paragraphs and the minister's signature."""
    doc, _ = convert("A_78_354")
    assert (doc.symbol, doc.body, doc.doc_type, doc.distributed) == (
        "S/2023/664",
        "Security Council",
        "letter",
        date(2023, 9, 13),
    )
    assert doc.title is not None and doc.title.startswith("Carta de fecha 12 de septiembre de 2023 dirigida a la")
    assert (doc.extra["language"], doc.extra["original"], doc.extra["distribution"]) == ("Español", "inglés", "General")
    body = [p for p in doc.paragraphs if p.part is None]
    annex = [p for p in doc.paragraphs if p.part is not None and p.kind != "heading"]
    assert [p.id for p in body] == ["p1", "p2", "p3"]
    assert body[0].text.startswith("Siguiendo instrucciones de mi Gobierno")
    assert len(annex) == 8 and annex[0].text.startswith("Por cuarto año consecutivo")
    assert {p.part for p in annex} == {doc.paragraphs[3].text}
    assert doc.paragraphs[3].text.startswith("Anexo de la carta de fecha 12 de septiembre de 2023")
    assert not [w for w in doc.warnings if "[generic-reading]" in w or "[header-line]" in w]


def test_a_russian_letter_its_hidden_mark_removed() -> None:
    """S/2024/228 (filed as S/2024/216): "Совет Безопасности", the date and class printed
    in English, "Russian / Original: English"; a 1-point mark between the masthead and the
    title is removed (said in the log), so the letter's naming line is its title."""
    doc, removed = convert("S_2024_216")
    assert (doc.symbol, doc.body, doc.doc_type, doc.distributed) == (
        "S/2024/228",
        "Security Council",
        "letter",
        date(2024, 3, 11),
    )
    assert doc.title is not None and doc.title.startswith("Письмо постоянных представителей Новой Зеландии и Норвегии")
    assert (doc.extra["language"], doc.extra["original"]) == ("Russian", "English")
    assert "invisible-text: J ," in removed
    body = [p for p in doc.paragraphs if p.part is None]
    assert [p.id for p in body] == ["p1", "p2", "p3", "p4"]
    assert body[0].text.startswith("От имени 27 членов Группы")
    annexed = {p.part for p in doc.paragraphs if p.part is not None}
    assert len(annexed) == 1 and next(iter(annexed)).startswith("Приложение к письму постоянных представителей")
    assert not [w for w in doc.warnings if "[generic-reading]" in w or "[header-line]" in w]
