"""The fidelity check itself: it passes on the seeds, and it catches losses and additions."""

from __future__ import annotations

import copy

import pytest

from build_scripts.errors import SourceError
from build_scripts.pipeline import convert_directory
from build_scripts.sources import load_sources
from build_scripts.transforms.fidelity import _misread_number, check_fidelity, words

from ..conftest import SOURCES, write_sources

SEED_TEXTS = {s.name: s.text for s in load_sources(SOURCES)}


def test_words():
    assert words("Rights,¹ Women4 45/158 “Implementation”") == [
        "Rights",
        "1",
        "Women",
        "4",
        "45",
        "158",
        "Implementation",
    ]


def test_every_seed_keeps_all_its_words(collection):
    for report in collection.fidelity:
        assert report.problems == []
        assert report.kept_share == 1.0
        assert report.kept_words == report.source_words - report.removed_words
    by_symbol = {r.symbol: r for r in collection.fidelity}
    assert by_symbol["A/RES/54/158"].markers_restored == ["1", "2", "3", "4", "5", "7"]
    assert by_symbol["A/RES/58/166"].removed_words == 65  # ODS fields, furniture, comment anchors, page numbers
    assert by_symbol["E/CN.4/RES/2003/48"].removed_words == 8  # the web site's banner


@pytest.fixture
def seed_doc(docs):
    return copy.deepcopy(docs["A/RES/56/145"])


def test_a_lost_word_is_caught_with_its_line(seed_doc):
    op3 = next(p for p in seed_doc.paragraphs if p.id == "op3")
    op3.text = op3.text.replace("only four more ", "only more ")
    report = check_fidelity(SEED_TEXTS[seed_doc.source_file], seed_doc)
    assert report.problems == ["line 53: source words lost: 'four'"]


def test_an_added_word_is_caught(seed_doc):
    pp2 = next(p for p in seed_doc.paragraphs if p.id == "pp2")
    pp2.text = pp2.text.replace("Bearing in mind", "Bearing firmly in mind")
    report = check_fidelity(SEED_TEXTS[seed_doc.source_file], seed_doc)
    assert len(report.problems) == 1 and "'firmly'" in report.problems[0]


def test_reordered_paragraphs_are_caught(seed_doc):
    seed_doc.paragraphs[0], seed_doc.paragraphs[1] = seed_doc.paragraphs[1], seed_doc.paragraphs[0]
    assert check_fidelity(SEED_TEXTS[seed_doc.source_file], seed_doc).problems


def test_a_lost_note_is_caught(seed_doc):
    seed_doc.footnotes[6].text = None
    report = check_fidelity(SEED_TEXTS[seed_doc.source_file], seed_doc)
    assert any("Resolution 45 158 annex" in p for p in report.problems)


def test_an_undeclared_removal_fails_the_build(tmp_path, monkeypatch):
    """A reader bug that drops text stops a strict build, naming file and line; else the
    file is left out with that reason (here the only one: nothing to publish, it stops)."""
    from build_scripts.readers import markdown_superscript

    original = markdown_superscript.read

    def lossy(text: str, source_file: str):
        raw = original(text, source_file)
        raw.blocks[12].text = raw.blocks[12].text.replace("xenophobia", "")
        return raw

    monkeypatch.setattr(markdown_superscript, "read", lossy)
    write_sources(tmp_path, {"a.txt": SEED_TEXTS["000_b4a211301873ce80.txt"]})
    with pytest.raises(SourceError, match=r"a\.txt: fidelity check failed: line \d+: source words lost: 'xenophobia'"):
        convert_directory(tmp_path, strict=True)
    with pytest.raises(SourceError, match=r"a\.txt: no source could be read: fidelity check failed: line \d+: source"):
        convert_directory(tmp_path)


def test_a_hyphen_joined_word_is_a_declared_repair(tmp_path):
    text = SEED_TEXTS["002_f42212296a7c67d7.txt"].replace(
        "the marked increase in\nmigratory movements", "the marked increase in migra-\ntory movements"
    )
    (doc,) = convert_directory(write_sources(tmp_path, {"a.txt": text})).documents
    report = check_fidelity(text, doc)
    assert report.problems == [] and report.joined_words == 1
    assert "marked increase in migratory movements" in next(p.text for p in doc.paragraphs if p.id == "pp4")


def test_a_misread_number_is_a_repair_only_where_the_structure_said_so():
    """ "i" "9" printed, "19" in the model: accepted on a line the ``misread-number``
    warning names, never elsewhere, nor for letters that are not digits misread."""
    assert _misread_number(["i", "9"], ["19"], 159, {159})
    assert _misread_number(["ll"], ["11"], 99, {99})
    assert not _misread_number(["i", "9"], ["19"], 160, {159})
    assert not _misread_number(["Q"], ["1"], 159, {159})
    # one number or letter for another, its neighbours settling it: only where warned
    assert _misread_number(["8"], ["5"], 70, {70})
    assert _misread_number(["a"], ["d"], 195, {195})
    assert not _misread_number(["8"], ["5"], 71, {70})
    assert not _misread_number(["Requests"], ["Decides"], 70, {70})
