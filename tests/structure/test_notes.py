"""Notes: ids of markers and notes (``footnote_id``, ``NoteRefs``), and the note texts
matched to the markers the text uses (``collect_notes``), every mismatch kept and said."""

from __future__ import annotations

from build_scripts.anchors import note as footnote_id
from build_scripts.model import Footnote, FootnoteRef, LogEntry
from build_scripts.readers.base import Block, RawNote
from build_scripts.repairs.markers import linked_sentinel, split_markers
from build_scripts.structure import build_document
from build_scripts.structure.notes import NoteRefs, collect_notes

from .helpers import raw_document, sentinel


def test_footnote_id_by_number_symbol_or_order() -> None:
    """``fn5`` for 5 (leading zeros dropped), ``fn-star``/``fn-star2`` for */**, daggers by
    name, anything else by its order."""
    assert footnote_id("5", 1) == "fn5"
    assert footnote_id("05", 1) == "fn5"
    assert footnote_id("*", 1) == "fn-star"
    assert footnote_id("**", 2) == "fn-star2"
    assert footnote_id("†", 1) == "fn-dagger"
    assert footnote_id("‡‡", 1) == "fn-ddagger2"
    assert footnote_id("a", 3) == "fn-x3"
    assert footnote_id("*†", 4) == "fn-x4"


def test_note_refs_a_marker_used_twice_leads_twice_to_one_note() -> None:
    """Markers 1, *, 1: ``fnref1``, ``fnref-star``, ``fnref1-2``; order of first use kept."""
    refs = NoteRefs()
    assert refs.refs([("1", 10), ("*", 20)]) == [
        FootnoteRef("1", "fn1", "fnref1", 10),
        FootnoteRef("*", "fn-star", "fnref-star", 20),
    ]
    assert refs.refs([("1", 5)]) == [FootnoteRef("1", "fn1", "fnref1-2", 5)]
    assert (refs.order, refs.seen) == (["1", "*"], {"1": 2, "*": 1})


def test_note_refs_a_letter_marker_used_again_leads_to_its_own_note() -> None:
    """Markers a, b, a: the second "a" leads to a's note (``fn-x1``, as ``collect_notes``
    names it), not to the note of the marker met last."""
    refs = NoteRefs()
    first_a, b, second_a = refs.refs([("a", 0), ("b", 1), ("a", 2)])
    assert (first_a.footnote_id, b.footnote_id) == ("fn-x1", "fn-x2")
    assert (second_a.footnote_id, second_a.ref_id) == ("fn-x1", "fnref-x1-2")


def test_note_refs_a_marker_printed_otherwise_leads_to_its_note_as_printed() -> None:
    """A marker printed "?°" linked to note 20 (``linked_sentinel``): the reference shows
    "?°" and leads to ``fn20``; the note is collected as 20's, found."""
    refs = NoteRefs()
    _, markers = split_markers(f"Jordan{linked_sentinel('?°', '20')} and")
    assert refs.refs(markers) == [FootnoteRef("?°", "fn20", "fnref20", 6)]
    log: list[LogEntry] = []
    notes = collect_notes([RawNote("20", "Ibid., document S/13801.", 30)], True, refs, log)
    assert [(n.id, n.marker, n.missing) for n in notes] == [("fn20", "20", False)]
    assert log == []


def test_collect_notes_in_order_of_first_use() -> None:
    """Notes follow the order their markers are first met, not the source's order; each
    keeps its lines; nothing is said when all match."""
    refs = NoteRefs()
    refs.refs([("2", 0), ("1", 5)])
    log: list[LogEntry] = []
    notes = collect_notes([RawNote("1", "A/55/88.", 30), RawNote("2", "A/56/583/Add.1.", 31)], True, refs, log)
    assert notes == [
        Footnote("fn2", "2", "A/56/583/Add.1.", False, 31, 31),
        Footnote("fn1", "1", "A/55/88.", False, 30, 30),
    ]
    assert log == []


def test_collect_notes_missing_note() -> None:
    """A marker whose note the source lacks: a note marked missing, and a warning."""
    refs = NoteRefs()
    refs.refs([("3", 0)])
    log: list[LogEntry] = []
    assert collect_notes([], True, refs, log) == [Footnote("fn3", "3", None, True)]
    assert [(e.kind, e.rule) for e in log] == [("warning", "missing-note")]


def test_collect_notes_unreferenced_note() -> None:
    """A note no marker leads to: kept after the others, and a warning."""
    refs = NoteRefs()
    refs.refs([("1", 0)])
    log: list[LogEntry] = []
    notes = collect_notes([RawNote("1", "A/55/88.", 30), RawNote("7", "See E/2002/68.", 32)], True, refs, log)
    assert [(n.id, n.marker, n.text) for n in notes] == [("fn1", "1", "A/55/88."), ("fn7", "7", "See E/2002/68.")]
    assert log == [LogEntry("warning", "unreferenced-note", 32, "note 7 has no marker in the text")]


def test_collect_notes_unmarked_note() -> None:
    """A note that lost its marker: kept as ``fn-x<n>`` with no marker, and said."""
    log: list[LogEntry] = []
    notes = collect_notes([RawNote(None, "Official Records, Supplement No. 53.", 40)], True, NoteRefs(), log)
    assert [(n.id, n.marker, n.text) for n in notes] == [("fn-x1", "", "Official Records, Supplement No. 53.")]
    assert [(e.rule, e.line) for e in log] == [("unmarked-note", 40)]


def test_collect_notes_duplicate_note() -> None:
    """A second note with the same marker: the first is the marker's; the second kept after, said."""
    refs = NoteRefs()
    refs.refs([("1", 0)])
    log: list[LogEntry] = []
    notes = collect_notes([RawNote("1", "A/55/88.", 30), RawNote("1", "A/55/89.", 31)], True, refs, log)
    assert [(n.id, n.marker, n.text) for n in notes] == [("fn1", "1", "A/55/88."), ("fn-x2", "1", "A/55/89.")]
    assert log == [LogEntry("warning", "duplicate-note", 31, "a second note 1; kept after the first")]


def test_collect_notes_joins_a_wrapped_note_and_spans_its_lines() -> None:
    """A note's wrapped lines are one text; its line span runs to its last line."""
    refs = NoteRefs()
    refs.refs([("1", 0)])
    notes = collect_notes([RawNote("1", "Official Records of the General\nAssembly.", 30)], True, refs, [])
    assert (notes[0].text, notes[0].line, notes[0].end_line) == ("Official Records of the General Assembly.", 30, 31)


def test_build_document_marker_used_twice_and_double_star() -> None:
    """Marker 1 twice: ``fnref1`` then ``fnref1-2``, both to ``fn1``; ``**`` is ``fn-star2``."""
    blocks = [
        Block("A/RES/56/145", 1),
        Block("The General Assembly,", 2),
        Block(f"Recalling its resolution 55/88{sentinel('1')} and 55/89{sentinel('**')},", 3),
        Block(f"1. Reaffirms its resolution 55/88{sentinel('1')};", 4),
    ]
    doc = build_document(raw_document(*blocks, notes=[RawNote("1", "A/55/88.", 30), RawNote("**", "A/55/89.", 31)]))
    refs = [(r.footnote_id, r.ref_id) for p in doc.paragraphs for r in p.footnote_refs]
    assert refs == [("fn1", "fnref1"), ("fn-star2", "fnref-star2"), ("fn1", "fnref1-2")]
    assert [n.id for n in doc.footnotes] == ["fn1", "fn-star2"]


def test_build_document_says_every_note_mismatch() -> None:
    """Missing, unreferenced, unmarked and duplicate notes in one document: all kept, all said."""
    blocks = [
        Block("A/RES/56/145", 1),
        Block("The General Assembly,", 2),
        Block(f"Recalling its resolutions 55/88{sentinel('1')} and 55/89{sentinel('2')},", 3),
    ]
    notes = [
        RawNote("1", "A/55/88.", 30),
        RawNote("1", "A/55/88/Corr.1.", 31),
        RawNote("3", "A/55/90.", 32),
        RawNote(None, "Official Records.", 33),
    ]
    doc = build_document(raw_document(*blocks, notes=notes))
    assert [(n.id, n.marker, n.missing) for n in doc.footnotes] == [
        ("fn1", "1", False),
        ("fn2", "2", True),
        ("fn3", "3", False),
        ("fn-x4", "1", False),
        ("fn-x5", "", False),
    ]
    notes_said = [e.rule for e in doc.log if e.rule.endswith("-note")]
    assert notes_said == ["duplicate-note", "missing-note", "unreferenced-note", "unmarked-note"]


def test_quoted_markers_only_in_a_corrigendum() -> None:
    """A corrigendum's marker with no note of its own is the corrected text's, kept in
    the text raised ("marker⁵"); any other document's is a note missing, said."""
    blocks = [Block("E/2025/68/Corr.1", 1), Block("Corrigendum", 2)]
    quoting = Block(f"1. At the end of the first sentence, insert footnote marker{sentinel('5')}.", 3)
    corrigendum = build_document(raw_document(*blocks, quoting))
    assert corrigendum.doc_type == "corrigendum"
    assert corrigendum.footnotes == []
    assert corrigendum.paragraphs[0].text.endswith("insert footnote marker⁵.")
    report = build_document(raw_document(Block("E/2025/68", 1), quoting))
    assert [(n.marker, n.missing) for n in report.footnotes] == [("5", True)]
    assert "quoted-marker" not in [e.rule for e in report.log]
