from __future__ import annotations

from build_scripts.readers import word_ods
from build_scripts.repairs.markers import split_markers

from .. import shapes


def test_template_furniture_is_metadata_not_body():
    raw = word_ods.read(shapes.word_ods(), "x.txt")
    furniture = [b.text for b in raw.furniture]
    assert "A/RES/59/194" in furniture
    assert "9 February 2005Fifty-ninth session" in furniture
    assert all("<<ODS" not in b.text and "[DU2]" not in b.text for b in raw.blocks)
    assert {e.rule for e in raw.log if e.kind == "removed"} >= {
        "word-comment-anchor",
        "ods-field",
        "job-number",
        "page-number",
    }


def test_notes_listed_at_the_end_and_markers_glued_to_words():
    raw = word_ods.read(shapes.word_ods(), "x.txt")
    assert [(n.marker, n.text) for n in raw.notes] == list(shapes.NOTES.items())
    pp1 = next(b for b in raw.blocks if b.text.startswith("Recalling"))
    text = "Recalling its resolution 58/190 of 22 December 2003,"
    assert split_markers(pp1.text) == (text, [("1", len(text))])


def test_tab_after_paragraph_number_becomes_a_space():
    raw = word_ods.read(shapes.word_ods(), "x.txt")
    assert any(b.text.startswith("1. Calls upon all States") for b in raw.blocks)
    assert any(b.text.startswith("(a) To submit") for b in raw.blocks)


def test_a_date_on_the_first_of_a_month_is_not_note_1():
    spec = shapes.default_spec()
    spec.adopted = "1 December 2004"
    raw = word_ods.read(shapes.word_ods(spec), "x.txt")
    assert [(n.marker, n.text) for n in raw.notes] == list(shapes.NOTES.items())
    assert any(b.text == "1 December 2004" for b in raw.blocks)
