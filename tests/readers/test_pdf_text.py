from __future__ import annotations

from build_scripts.readers import pdf_text
from build_scripts.repairs.markers import strip_sentinels
from build_scripts.structure import build_document

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


# A page of a PDF-to-text dump whose notes stand between two preambular paragraphs: the
# first ends with a marker glued after its comma on a full-width line; the last page's
# notes, after the sign-off, include one whose whole text is a symbol.
_NOTES_BETWEEN = [
    "54/158. International Convention on the Protection of the Rights of All Migrant Workers",
    "The General Assembly,",
    "Reaffirming once more the permanent validity of the principles and norms set forth in the basic",
    "instruments regarding the international protection of human rights, in particular the Universal Declaration",
    "of Human Rights,1 and the International Covenants on Human Rights and the Rights of the Child,2",
    " Resolution 217 A (III).",
    " Resolution 2200 A (XXI), annex.",
    "Considering the principles and norms established within the framework of the International Labour",
    "Organization and the importance of the work done in connection with migrant workers and members of their",
    "families in other specialized agencies and in various organs of the United Nations,",
    "1. Takes note of the report of the Secretary-General,3 and requests him to submit an updated report",
    "on the status of the Convention to the General Assembly at its fifty-fifth session;",
    "83rd plenary meeting",
    "17 December 1999",
    " A/54/179.",
]


def test_a_paragraph_ending_with_a_marker_after_its_comma_ends_before_the_page_notes():
    raw = pdf_text.read("\n".join(_NOTES_BETWEEN), "x.txt")
    texts = [strip_sentinels(b.text) for b in raw.blocks]
    first = next(t for t in texts if t.startswith("Reaffirming"))
    assert first.endswith("the Rights of the Child,")
    assert any(t.startswith("Considering the principles") for t in texts)
    assert [(n.marker, n.text) for n in raw.notes][:2] == [
        ("1", "Resolution 217 A (III)."),
        ("2", "Resolution 2200 A (XXI), annex."),
    ]


def test_a_note_whose_whole_text_is_a_symbol_is_a_note_not_a_running_head():
    doc = build_document(pdf_text.read("\n".join(_NOTES_BETWEEN), "x.txt"))
    assert [(n.marker, n.text, n.missing) for n in doc.footnotes] == [
        ("1", "Resolution 217 A (III).", False),
        ("2", "Resolution 2200 A (XXI), annex.", False),
        ("3", "A/54/179.", False),
    ]
    assert [p.id for p in doc.paragraphs] == ["pp1", "pp2", "op1"]
    assert not [e for e in doc.log if e.rule == "running-header"]


def test_a_running_head_is_still_removed():
    lines = [*_NOTES_BETWEEN[:8], "A/RES/54/158", "2", *_NOTES_BETWEEN[8:]]
    raw = pdf_text.read("\n".join(lines), "x.txt")
    assert [(e.rule, e.removed) for e in raw.log if e.kind == "removed"] == [
        ("running-header", "A/RES/54/158"),
        ("page-number", "2"),
    ]
