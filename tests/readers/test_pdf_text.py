from __future__ import annotations

from build_scripts.readers import pdf_text

from .. import shapes
from ..conftest import SOURCES


def test_note_texts_dropped_mid_body_are_taken_out_and_given_markers():
    raw = pdf_text.read((SOURCES / "002_f42212296a7c67d7.txt").read_text(encoding="utf-8"), "002.txt")
    assert [(n.marker, n.line) for n in raw.notes] == [("1", 15), ("2", 16), ("3", 17), ("4", 18), ("5", 19), ("7", 61)]
    assert (
        raw.notes[-1].text
        == "See Official Records of the Economic and Social Council, 1999, Supplement No. 3 (E/1999/23), chap. II,\nsect. A."
    )


def test_a_page_break_mid_sentence_keeps_the_sentence_whole():
    raw = pdf_text.read(shapes.pdf_text(), "x.txt")
    pp2 = next(b for b in raw.blocks if b.text.startswith("Reaffirming"))
    assert "Resolution 58/190" not in pp2.text
    assert pp2.text.replace("\n", " ").endswith("set out therein,")
    assert {e.rule for e in raw.log if e.kind == "removed"} == {"page-number", "running-header"}


def test_signature_lines_stand_alone():
    raw = pdf_text.read(shapes.pdf_text(), "x.txt")
    texts = [b.text for b in raw.blocks]
    assert "74th plenary meeting" in texts and "20 December 2004" in texts
