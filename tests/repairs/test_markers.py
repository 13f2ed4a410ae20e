from __future__ import annotations

import pytest

from build_scripts.repairs.markers import (
    attach_glued_markers,
    linked_sentinel,
    markers_as_text,
    printed_and_note,
    sentinel,
    split_markers,
    superscripts_to_sentinels,
    symbol_markers_to_sentinels,
)


def test_split_markers_records_offsets_in_the_clean_text():
    text, markers = split_markers(f"Rights,{sentinel('1')} the Covenants,{sentinel('2')}")
    assert text == "Rights, the Covenants,"
    assert markers == [("1", 7), ("2", 22)]


def test_a_linked_marker_is_shown_as_printed_and_leads_to_its_note():
    """ "Jordan?°" linked to note 20: shown "?°" as printed, the note 20; a plain marker
    leads to its own note."""
    text = f"Jordan{linked_sentinel('?°', '20')} and 21{sentinel('21')}"
    assert markers_as_text(text) == "Jordan?° and 2121"
    assert [printed_and_note(marker) for marker, _ in split_markers(text)[1]] == [("?°", "20"), ("21", "21")]


def test_superscripts_become_markers():
    text, markers = split_markers(superscripts_to_sentinels("Women⁴ and the Child,⁵ and note ¹²"))
    assert text == "Women and the Child, and note "
    assert markers == [("4", 5), ("5", 20), ("12", 30)]


@pytest.mark.parametrize(
    ("raw", "clean", "markers"),
    [
        ("preliminary list\\*", "preliminary list", ["*"]),
        ("Secretary-General\\*\\*", "Secretary-General", ["**"]),
        ("Report**", "Report", ["**"]),
        ("a dagger note† here", "a dagger note here", ["†"]),
        # a joint document reissued: the star on each of its symbols, a dash between them
        ("A/80/62*−E/2025/12*", "A/80/62−E/2025/12", ["*", "*"]),
        ("A/79/843*-S/2025/201*", "A/79/843-S/2025/201", ["*", "*"]),
        # a star before a dash that joins no symbol stays text
        ("rated 4*-5* by", "rated 4*-5 by", ["*"]),
    ],
)
def test_symbol_markers(raw, clean, markers):
    text, found = split_markers(symbol_markers_to_sentinels(raw))
    assert text == clean
    assert [m for m, _ in found] == markers


def test_symbol_marker_needs_a_word_before_it():
    assert split_markers(symbol_markers_to_sentinels("a * b"))[1] == []


def test_glued_digits_become_markers_in_order():
    texts, found = attach_glued_markers(["Rights,1 the Covenants,2 Discrimination,3 against Women4 and Child,5"])
    assert found == ["1", "2", "3", "4", "5"]
    assert split_markers(texts[0])[0] == "Rights, the Covenants, Discrimination, against Women and Child,"


@pytest.mark.parametrize(
    "text",
    [
        "resolution 45/158 of 18 December 1990,",
        "Resolution 217 A (III).",
        "(A/58/508/Add.1 and Corr.1)",
        "report (E/CN.4/2003/80);",
        "article 87 of the Convention",
        "in 2001, 16 States",
        "para.1 and chap.1",
        "G-1 and X-1",
    ],
)
def test_real_numbers_are_not_taken_for_markers(text):
    texts, found = attach_glued_markers([text])
    assert found == [] and texts == [text]


def test_only_the_next_expected_marker_is_taken():
    texts, found = attach_glued_markers(["Covenants,2 then Rights,1 then Women2"])
    assert found == ["1", "2"]
    assert split_markers(texts[0])[0] == "Covenants,2 then Rights, then Women"


def test_known_notes_limit_markers():
    _, found = attach_glued_markers(["Rights,1 and Child,2"], known={"1"})
    assert found == ["1"]


def test_markers_continue_across_paragraphs():
    _, found = attach_glued_markers(["one,1", "nothing here", "two;2", "Convention;3"])
    assert found == ["1", "2", "3"]


def test_markers_as_text():
    assert markers_as_text(f"list{sentinel('*')}") == "list*"
