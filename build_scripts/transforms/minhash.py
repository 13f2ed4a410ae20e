"""MinHash signatures and banded LSH, vectorised with numpy, for finding similar paragraphs.

Written here rather than taken from datasketch because the collection's shape lets it
be far cheaper: all paragraphs of a document are signed in one array operation (datasketch
hashes each shingle with SHA-1 and builds an object per paragraph), and the index must
bound what it proposes. A paragraph repeated word for word in every resolution of a
series lands in one bucket with all its copies; proposing the whole bucket to each
member would be quadratic in the series' length. ``neighbour_pairs`` proposes, per
band, only the nearest ``limit`` earlier and later members, which is all lineage needs
(the most recent earlier source, and a few counterparts).

Signatures are deterministic across processes and runs (no ``hash()``), since they are
cached with each source's conversion.
"""

from __future__ import annotations

import hashlib
import zlib
from collections.abc import Iterable, Sequence

import numpy as np

NUM_PERM = 64
# Bands x rows, as datasketch's MinHashLSH chooses them for a Jaccard threshold of 0.3 over
# 64 permutations (equal weights for false positives and negatives): low, so that heavily
# amended paragraphs are still proposed. The 64th value is not used by any band.
BANDS, ROWS = 21, 3
_MASK = np.uint64(0xFFFFFFFF)
_EMPTY = np.uint32(0xFFFFFFFF)
_SHIFT = np.uint64(32)


def _constants(name: str, count: int, bits: int) -> np.ndarray:
    """Fixed pseudo-random constants, the same in every process and numpy version."""
    values = [int.from_bytes(hashlib.sha256(f"{name}:{i}".encode()).digest()[:8], "big") for i in range(count)]
    return np.array([(v >> (64 - bits)) | 1 for v in values], dtype=np.uint64)


# The permutations are multiply-shift hashes, (a * x + b) mod 2**64, high 32 bits, with odd
# 64-bit a: a multiply, an add and a shift per value, where the textbook's mod-prime
# family costs a 64-bit division (4x slower here, and most of the signing time).
_A = _constants("a", NUM_PERM, 64)
_B = _constants("b", NUM_PERM, 64)
_BAND_MIX = _constants("band", ROWS, 63)

_word_hashes: dict[str, int] = {}


def _word_hash(word: str) -> int:
    value = _word_hashes[word] = zlib.crc32(word.encode("utf-8"))
    return value


def _pair_mix(hashes: np.ndarray) -> np.ndarray:
    """An order-sensitive mix of each word's hash with the next one's: "a b" and "b a" differ."""
    with np.errstate(over="ignore"):
        return (
            (hashes[:-1] * np.uint64(0x9E3779B1) + hashes[1:] * np.uint64(0x85EBCA77)) ^ (hashes[1:] >> np.uint64(7))
        ) & _MASK


def signatures(texts: Iterable[Sequence[str]]) -> np.ndarray:
    """One MinHash signature (``NUM_PERM`` uint32 values) per text of words, all texts of a
    document at once: one array of every word's hash, the word pairs of all texts mixed
    in one operation (pairs across two texts are left out), every permutation of every
    pair in another. A text with no words gets a signature no other text shares by chance."""
    texts = list(texts)
    out = np.full((len(texts), NUM_PERM), _EMPTY, dtype=np.uint32)
    sizes = np.fromiter((len(t) for t in texts), dtype=np.int64, count=len(texts))
    if not sizes.any():
        return out
    found = _word_hashes.get
    hashes = np.array([found(w) or _word_hash(w) for t in texts for w in t], dtype=np.uint64)
    firsts = np.cumsum(sizes) - sizes  # each text's first word in ``hashes``
    # each text's shingles in ``pool``: its word pairs (in the mixed part), or its one word
    mixed = _pair_mix(hashes)
    pool = np.concatenate((mixed, hashes))
    counts = np.where(sizes >= 2, sizes - 1, sizes)
    offsets = np.where(sizes >= 2, firsts, len(mixed) + firsts)
    filled = np.flatnonzero(counts)
    starts = np.cumsum(counts) - counts
    index = np.repeat(offsets[filled] - starts[filled], counts[filled]) + np.arange(counts.sum())
    values = pool[index]
    with np.errstate(over="ignore"):
        permuted = (values[:, None] * _A + _B) >> _SHIFT
    out[filled] = np.minimum.reduceat(permuted, starts[filled], axis=0).astype(np.uint32)
    return out


def band_keys(signature_rows: np.ndarray) -> np.ndarray:
    """One 64-bit key per band of each signature (rows x ``BANDS``)."""
    used = signature_rows[:, : BANDS * ROWS].astype(np.uint64).reshape(len(signature_rows), BANDS, ROWS)
    return (used * _BAND_MIX).sum(axis=2, dtype=np.uint64)


def neighbour_pairs(keys: np.ndarray, limit: int) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Candidate pairs (i < j) of items that share a band key, with items numbered in the
    order ``limit`` should treat as time (documents in date order): per band, each item is
    paired with at most ``limit`` items inserted just before it and ``limit`` just after, so
    a bucket of thousands costs no more than a small one. Each pair once, sorted, with the
    number of bands that proposed it (an estimate of how alike the two are)."""
    count = len(keys)
    found = []
    for band in range(keys.shape[1]):
        order = np.argsort(keys[:, band], kind="stable")  # stable: equal keys stay in item order
        ordered = keys[order, band]
        for distance in range(1, limit + 1):
            same = ordered[:-distance] == ordered[distance:]
            if not same.any():
                break  # no bucket holds distance + 1 items
            found.append(order[:-distance][same].astype(np.int64) * count + order[distance:][same])
    if not found:
        empty = np.zeros(0, dtype=np.int64)
        return empty, empty, empty
    codes, bands = np.unique(np.concatenate(found), return_counts=True)
    return codes // count, codes % count, bands


def agreements(rows: np.ndarray, first: np.ndarray, second: np.ndarray, chunk: int = 1 << 15) -> np.ndarray:
    """How many of the ``NUM_PERM`` signature values each pair shares: ``/ NUM_PERM``, an
    estimate of the two texts' Jaccard similarity (in chunks: a bounded temporary array)."""
    out = np.zeros(len(first), dtype=np.int64)
    for at in range(0, len(first), chunk):
        stop = at + chunk
        out[at:stop] = (rows[first[at:stop]] == rows[second[at:stop]]).sum(axis=1)
    return out


class Neighbours(Sequence[list[tuple[int, int]]]):
    """Each item's neighbours and their scores, in flat arrays: a list of (item, score)
    tuples per item took ~80 bytes a pair, 450 MB at 5,000 documents."""

    def __init__(self, bounds: np.ndarray, others: np.ndarray, scores: np.ndarray) -> None:
        self.bounds, self.others, self.scores = bounds, others, scores

    def __len__(self) -> int:
        return len(self.bounds) - 1

    def __getitem__(self, item: int) -> list[tuple[int, int]]:  # type: ignore[override]
        """(neighbour, score) pairs of one item, in item order."""
        start, stop = self.bounds[item], self.bounds[item + 1]
        return list(zip(self.others[start:stop].tolist(), self.scores[start:stop].tolist(), strict=True))


def neighbours(keys: np.ndarray, limit: int, rows: np.ndarray | None = None, minimum: int = 0) -> Neighbours:
    """For each item, the items ``neighbour_pairs`` pairs it with, in item order, each with
    a score: the number of bands the two share, or, given the signature ``rows``, the
    number of signature values they share (a finer estimate), pairs under ``minimum``
    left out: two paragraphs that share a band by chance share little else."""
    first, second, scores = neighbour_pairs(keys, limit)
    if rows is not None:
        scores = agreements(rows, first, second)
        kept = scores >= minimum
        first, second, scores = first[kept], second[kept], scores[kept]
    items = np.concatenate((first, second))
    others = np.concatenate((second, first))
    shared = np.concatenate((scores, scores))
    order = np.lexsort((others, items))
    bounds = np.searchsorted(items[order], np.arange(len(keys) + 1))
    return Neighbours(bounds, others[order].astype(np.int32), shared[order].astype(np.int16))
