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


def test_page_notes_before_a_continuation_that_starts_with_a_figure_stay_notes():
    """Found by Hypothesis: the page broke before "12, ...", and the page's note text was
    read as part of the sentence because the continuation did not start in lower case."""
    text = "\n".join(
        [
            "61/123. Protection of migrants",
            "The General Assembly,",
            "Recalling its resolution1 on migrants,",
            "Recalling the reports of the Special Rapporteur on the human rights of migrants, in particular",
            "the conclusions and recommendations set out in paragraphs 3 to",
            " Resolution 40/100.",
            "A/RES/61/123",
            "2",
            "12, and of the Secretary-General,",
            "1. Decides to continue its consideration of the question.",
            "74th plenary meeting",
            "20 December 2004",
        ]
    )
    raw = pdf_text.read(text, "x.txt")
    assert [(n.marker, n.text) for n in raw.notes] == [("1", "Resolution 40/100.")]
    pp2 = next(b for b in raw.blocks if b.text.startswith("Recalling the reports"))
    assert pp2.text.replace("\n", " ").endswith("in paragraphs 3 to 12, and of the Secretary-General,")
