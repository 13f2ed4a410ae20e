"""Lineage and comparison: the seeds' pairs verified by reading, thresholds on both sides."""

from __future__ import annotations

import pytest

from build_scripts.transforms.lineage import (
    AMENDED,
    compare_documents,
    containment,
    match_words,
    similarity,
    word_changes,
)


def para(docs, symbol, pid):
    return next(p for p in docs[symbol].all_paragraphs() if p.id == pid)


def score(docs, a, b) -> float:
    return similarity(match_words(para(docs, *a).text), match_words(para(docs, *b).text))


def test_54_158_pp1_is_unchanged_in_56_145(collection):
    found = collection.lineage[("A/RES/56/145", "pp1")]
    assert found.status == "unchanged"
    assert (found.source.symbol, found.source.paragraph) == ("A/RES/54/158", "pp1")


def test_everything_in_the_earliest_document_is_new(collection):
    assert {v.status for (symbol, _), v in collection.lineage.items() if symbol == "A/RES/54/158"} == {"new"}


@pytest.mark.parametrize(
    ("symbol", "pid", "status", "source"),
    [
        ("A/RES/56/145", "op3", "amended", ("A/RES/54/158", "op3")),  # "only eight" -> "only four more"
        ("A/RES/56/145", "op6", "new", None),  # the Special Rapporteur paragraph is rewritten
        ("A/RES/58/166", "op1", "unchanged", ("E/CN.4/RES/2003/48", "op1")),  # entry into force: the Commission's words
        ("A/RES/58/166", "op5", "new", None),  # the initial meeting of States parties
        ("A/RES/58/166", "pp2", "unchanged", ("A/RES/56/145", "pp2")),  # the most recent identical source
        ("E/CN.4/RES/2003/48", "op1", "new", None),
        ("E/CN.4/RES/2003/48", "pp3", "amended", ("A/RES/56/145", "pp1")),
        ("E/CN.4/RES/2003/48", "pp9", "amended", ("A/RES/56/145", "pp7")),  # "its" -> "General Assembly"
    ],
)
def test_lineage_of_seed_paragraphs(collection, symbol, pid, status, source):
    found = collection.lineage[(symbol, pid)]
    assert found.status == status
    assert (found.source.symbol, found.source.paragraph) == source if source else found.source is None


@pytest.mark.parametrize(
    ("a", "b", "above"),
    [
        (("A/RES/56/145", "pp3"), ("A/RES/58/166", "pp3"), True),
        (("A/RES/54/158", "op3"), ("A/RES/56/145", "op3"), True),
        (("A/RES/56/145", "pp1"), ("E/CN.4/RES/2003/48", "pp3"), True),
        (("A/RES/54/158", "op2"), ("A/RES/58/166", "op1"), False),  # share only the Convention's title
        (("A/RES/56/145", "op6"), ("A/RES/54/158", "op6"), False),
    ],
)
def test_the_amended_threshold_on_both_sides(docs, a, b, above):
    assert (score(docs, a, b) >= AMENDED) is above


def test_word_changes_mark_insertions_and_deletions():
    changes = word_changes(
        "there is a need to make further efforts to improve",
        "there is an urgent need to make further efforts worldwide to improve",
    )
    assert ("delete", "a") in changes and ("insert", "an urgent") in changes and ("insert", "worldwide") in changes
    assert (
        " ".join(w for op, w in changes if op != "delete")
        == "there is an urgent need to make further efforts worldwide to improve"
    )


def test_containment():
    assert containment(["a", "b"], ["b", "c", "a"]) == 1.0
    assert containment(["a", "a"], ["a"]) == 0.5


def test_compare_56_145_with_58_166(docs):
    rows = compare_documents(docs["A/RES/56/145"], docs["A/RES/58/166"])
    by_new = {r.new.id: r for r in rows if r.new}
    assert by_new["op1"].status == "new"  # the entry into force, new against 56/145
    assert by_new["pp2"].status == "unchanged" and by_new["pp2"].old.id == "pp2"
    assert by_new["pp3"].status == "amended" and by_new["pp3"].old.id == "pp3"
    assert by_new["op2"].old.id == "op1"  # "Expresses its deep concern" moved down one place
    counts = {s: sum(1 for r in rows if r.status == s) for s in ("unchanged", "amended", "new", "dropped")}
    assert sum(counts[s] for s in ("unchanged", "amended", "new")) == 21  # every paragraph of 58/166
    assert counts["unchanged"] + counts["amended"] + counts["dropped"] == 16  # every paragraph of 56/145


def test_comparison_pairs(collection):
    assert [(a.symbol, b.symbol) for a, b in collection.comparisons] == [
        ("A/RES/54/158", "A/RES/56/145"),
        ("A/RES/56/145", "A/RES/58/166"),
        ("E/CN.4/RES/2003/48", "A/RES/58/166"),
    ]


def test_lineage_in_documents_json_and_pages(site):
    import json

    records = {r["symbol"]: r for r in map(json.loads, (site / "data/documents.jsonl").read_text("utf-8").splitlines())}
    pp1 = next(p for p in records["A/RES/56/145"]["paragraphs"] if p["id"] == "pp1")
    assert pp1["lineage"]["status"] == "unchanged"
    assert pp1["lineage"]["source"] == {"symbol": "A/RES/54/158", "paragraph": "pp1", "similarity": 1.0}
    assert any(c["symbol"] == "A/RES/58/166" for c in pp1["lineage"]["counterparts"])
    html = (site / "A/RES/58/166/index.html").read_text(encoding="utf-8")
    assert "unchanged since E/CN.4/RES/2003/48, op. 1" in html
    assert "<ins>" in html and "<del>" in html
    compare = (site / "compare/A-RES-56-145--A-RES-58-166/index.html").read_text(encoding="utf-8")
    assert "kept" in compare and "moved" in compare
    assert 'href="../../../../compare/A-RES-56-145--A-RES-58-166/"' in (site / "A/RES/58/166/index.html").read_text(
        encoding="utf-8"
    )
