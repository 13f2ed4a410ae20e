"""MinHash signatures and the bounded LSH index behind lineage, on constructed texts."""

from __future__ import annotations

import subprocess
import sys
from datetime import date

import numpy as np

from build_scripts.model import Document, Paragraph
from build_scripts.transforms.lineage import compute_lineage, paragraph_signatures
from build_scripts.transforms.minhash import BANDS, NUM_PERM, band_keys, neighbour_pairs, neighbours, signatures

TEXT = [
    "calls",
    "upon",
    "all",
    "States",
    "that",
    "have",
    "not",
    "yet",
    "done",
    "so",
    "to",
    "consider",
    "signing",
    "and",
    "ratifying",
    "the",
    "Convention",
]


def test_identical_texts_have_identical_signatures_and_different_texts_do_not():
    rows = signatures([TEXT, list(TEXT), TEXT[::-1], ["alone"], []])
    assert rows.shape == (5, NUM_PERM) and rows.dtype == np.uint32
    assert (rows[0] == rows[1]).all()
    assert (rows[0] == rows[2]).mean() < 0.2  # the same words in another order are other word pairs
    assert (rows[3] != rows[4]).any()  # a one-word text is signed by its word; an empty one is not


def test_signature_agreement_estimates_word_pair_jaccard():
    words = [f"w{i}" for i in range(200)]
    half = words[:100] + [f"x{i}" for i in range(100)]  # 99 of 199 pairs shared each side: J = 99/299
    a, b = signatures([words, half])
    assert abs((a == b).mean() - 99 / 299) < 0.15


def test_signatures_are_the_same_in_another_process():
    code = f"from build_scripts.transforms.minhash import signatures;print(signatures([{TEXT!r}])[0].tolist())"
    other = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert other.stdout.strip() == str(signatures([TEXT])[0].tolist())


def test_a_bucket_of_a_thousand_copies_proposes_only_the_nearest():
    keys = band_keys(signatures([TEXT] * 1000))
    assert keys.shape == (1000, BANDS)
    near = neighbours(keys, limit=5)
    assert near[0] == [(i, BANDS) for i in (1, 2, 3, 4, 5)]  # copies share every band
    assert [i for i, _ in near[500]] == [495, 496, 497, 498, 499, 501, 502, 503, 504, 505]
    first, second, bands = neighbour_pairs(keys, limit=5)
    assert len(first) == sum(1000 - d for d in range(1, 6))  # each pair at distance 1..5, once across bands
    assert (first < second).all() and (bands == BANDS).all()


def test_unrelated_texts_are_not_proposed():
    texts = [[f"{n}-{i}" for i in range(30)] for n in range(50)]
    first, _, _ = neighbour_pairs(band_keys(signatures(texts)), limit=5)
    assert len(first) == 0


def _resolution(number: int, paragraphs: list[str]) -> Document:
    doc = Document(f"A/RES/{number}/1", "General Assembly", "resolution", "Migrant workers")
    doc.adopted = date(1950 + number, 12, 1)
    doc.paragraphs = [Paragraph(f"op{i}", "operative", str(i), text) for i, text in enumerate(paragraphs, 1)]
    return doc


def test_a_paragraph_repeated_in_a_long_series_comes_from_the_year_before():
    """A paragraph in every one of 60 resolutions: each copy's source is the copy just
    before it, however many later copies there are (the index proposes neighbours in date
    order on both sides, not the most recent documents of the collection)."""
    same = "Decides to continue its consideration of the question at its next session"
    docs = [_resolution(n, [same, f"Notes the report number {n} on item {n} of the agenda today"]) for n in range(60)]
    lineage = compute_lineage(docs, {d.symbol: paragraph_signatures(d) for d in docs})
    assert lineage[("A/RES/0/1", "op1")].status == "new"
    for n in range(1, 60):
        found = lineage[(f"A/RES/{n}/1", "op1")]
        assert found.status == "unchanged"
        assert found.source is not None and found.source.symbol == f"A/RES/{n - 1}/1"
    assert lineage[("A/RES/1/1", "op1")].counterparts  # later copies are counterparts too


def test_a_true_source_is_not_cut_for_being_older_than_chance_neighbours(monkeypatch):
    """Each paragraph scores at most MAX_CANDIDATES earlier ones: those whose signatures
    agree most first, only then the most recent. Here the index proposes the old true
    source (every value agrees) and 25 later, unrelated paragraphs that agree on a few."""
    from build_scripts.transforms import lineage, minhash

    source = "Calls upon all States to consider signing and ratifying the Convention as a matter of priority"
    docs = [_resolution(0, [source])]
    docs += [
        _resolution(n, [f"Takes note of report {n} and of the views of {n} Member States today"]) for n in range(1, 26)
    ]
    docs.append(_resolution(26, [source]))
    last = len(docs) - 1

    def index(keys, limit, rows, minimum):
        chance = lineage.MIN_AGREEMENT  # just enough to be scored
        near = [[(last, chance)] if 0 < i < last else [] for i in range(len(docs))]
        near[0] = [(last, NUM_PERM)]
        near[last] = [(0, NUM_PERM)] + [(i, chance) for i in range(1, last)]
        return near

    monkeypatch.setattr(minhash, "neighbours", index)
    found = compute_lineage(docs, {d.symbol: paragraph_signatures(d) for d in docs})
    assert last - 1 > lineage.MAX_CANDIDATES
    result = found[("A/RES/26/1", "op1")]
    assert result.status == "unchanged" and result.source is not None and result.source.symbol == "A/RES/0/1"


def test_a_pair_that_shares_one_band_and_nothing_else_is_not_proposed():
    rng = np.random.default_rng(1)
    rows = rng.integers(0, 2**32, size=(3, NUM_PERM), dtype=np.uint64).astype(np.uint32)
    rows[1] = rows[0]  # the same text
    rows[2, :3] = rows[0, :3]  # one band of three values in common, by chance
    keys = band_keys(rows)
    assert [i for i, _ in neighbours(keys, limit=5)[2]] == [0, 1]  # the band alone pairs them
    near = neighbours(keys, limit=5, rows=rows, minimum=7)
    assert near[0] == [(1, NUM_PERM)] and near[2] == []
