from __future__ import annotations

from build_scripts.repairs.orphan_notes import MarkerSite, align_orphan_notes, evidence_score


def sites(*specs: tuple[str, int, str]) -> list[MarkerSite]:
    return [MarkerSite(m, b, c) for m, b, c in specs]


def test_as_many_texts_as_markers_go_in_order():
    markers = sites(("1", 0, "a"), ("2", 0, "b"), ("3", 1, "c"))
    assert align_orphan_notes([(2, ["x", "y", "z"])], markers) == [["1", "2", "3"]]


def test_a_page_end_takes_only_markers_before_it():
    markers = sites(("1", 0, "a"), ("2", 3, "b"))
    assert align_orphan_notes([(1, ["x"]), (5, ["y"])], markers) == [["1"], ["2"]]


def test_fewer_texts_than_markers_go_by_evidence():
    markers = sites(
        ("6", 5, "adopted by the World Conference on Human Rights on 25 June 1993,"),
        ("7", 9, "the Commission on Human Rights, in its resolution 1999/44 of 27 April 1999,"),
        ("8", 10, "Takes note of the report of the Secretary-General,"),
    )
    note = "See Official Records of the Economic and Social Council, 1999, Supplement No. 3 (E/1999/23), chap. II, sect. A."
    assert align_orphan_notes([(12, [note])], markers) == [["7"]]


def test_without_evidence_the_first_marker_wins():
    markers = sites(("6", 1, "one"), ("7", 1, "two"))
    assert align_orphan_notes([(3, ["nothing shared"])], markers) == [["6"]]


def test_more_texts_than_markers_leaves_some_unmarked():
    assert align_orphan_notes([(3, ["x", "y"])], sites(("1", 1, "a"))) == [["1", None]]
    assert align_orphan_notes([(0, ["x"])], sites(("1", 1, "a"))) == [[None]]


def test_evidence_score():
    assert evidence_score("Resolution 44/25, annex.", "the Rights of the Child (44/25)") == 1.0
    assert evidence_score("Resolution 44/25, annex.", "nothing") == 0.0
