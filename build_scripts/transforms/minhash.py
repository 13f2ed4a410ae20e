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
_PRIME = np.uint64((1 << 61) - 1)
_MASK = np.uint64(0xFFFFFFFF)
_EMPTY = np.uint32(0xFFFFFFFF)


def _constants(name: str, count: int, bits: int) -> np.ndarray:
    """Fixed pseudo-random constants, the same in every process and numpy version."""
    values = [int.from_bytes(hashlib.sha256(f"{name}:{i}".encode()).digest()[:8], "big") for i in range(count)]
    return np.array([(v >> (64 - bits)) | 1 for v in values], dtype=np.uint64)


# a < 2**31 and x < 2**32 keep a * x + b inside 64 bits
_A = _constants("a", NUM_PERM, 31)
_B = _constants("b", NUM_PERM, 31)
_BAND_MIX = _constants("band", ROWS, 63)

_word_hashes: dict[str, int] = {}


def _word_hash(word: str) -> int:
    value = _word_hashes.get(word)
    if value is None:
        value = _word_hashes[word] = zlib.crc32(word.encode("utf-8"))
    return value


def shingle_hashes(words: Sequence[str]) -> np.ndarray:
    """32-bit hashes of a text's word pairs (its single word, when it has only one)."""
    hashes = np.fromiter((_word_hash(w) for w in words), dtype=np.uint64, count=len(words))
    if len(hashes) < 2:
        return hashes
    # an order-sensitive mix of neighbours: "a b" and "b a" differ
    return (
        (hashes[:-1] * np.uint64(0x9E3779B1) + hashes[1:] * np.uint64(0x85EBCA77)) ^ (hashes[1:] >> np.uint64(7))
    ) & _MASK


def signatures(texts: Iterable[Sequence[str]]) -> np.ndarray:
    """One MinHash signature (``NUM_PERM`` uint32 values) per text of words, all texts of a
    document at once. A text with no words gets a signature no other text shares by chance."""
    parts = [shingle_hashes(words) for words in texts]
    if not parts:
        return np.zeros((0, NUM_PERM), dtype=np.uint32)
    sizes = np.array([len(p) for p in parts])
    out = np.full((len(parts), NUM_PERM), _EMPTY, dtype=np.uint32)
    filled = np.flatnonzero(sizes)
    if len(filled):
        values = np.concatenate([parts[i] for i in filled])
        permuted = ((values[:, None] * _A + _B) % _PRIME) & _MASK
        starts = np.concatenate(([0], np.cumsum(sizes[filled])[:-1]))
        out[filled] = np.minimum.reduceat(permuted, starts, axis=0).astype(np.uint32)
    return out


def band_keys(signature_rows: np.ndarray) -> np.ndarray:
    """One 64-bit key per band of each signature (rows x ``BANDS``)."""
    used = signature_rows[:, : BANDS * ROWS].astype(np.uint64).reshape(len(signature_rows), BANDS, ROWS)
    return (used * _BAND_MIX).sum(axis=2, dtype=np.uint64)


def neighbour_pairs(keys: np.ndarray, limit: int) -> tuple[np.ndarray, np.ndarray]:
    """Candidate pairs (i < j) of items that share a band key, with items numbered in the
    order ``limit`` should treat as time (documents in date order): per band, each item is
    paired with at most ``limit`` items inserted just before it and ``limit`` just after, so
    a bucket of thousands costs no more than a small one. Each pair once, sorted."""
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
        return empty, empty
    codes = np.unique(np.concatenate(found))
    return codes // count, codes % count


def neighbours(keys: np.ndarray, limit: int) -> list[list[int]]:
    """For each item, the items ``neighbour_pairs`` pairs it with, in item order."""
    first, second = neighbour_pairs(keys, limit)
    items = np.concatenate((first, second))
    others = np.concatenate((second, first))
    order = np.lexsort((others, items))
    items, others = items[order], others[order]
    bounds = np.searchsorted(items, np.arange(len(keys) + 1))
    flat = others.tolist()
    return [flat[bounds[i] : bounds[i + 1]] for i in range(len(keys))]
