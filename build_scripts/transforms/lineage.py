"""Agreed language: where each paragraph's words come from, and how they changed.

Resolutions repeat last year's paragraphs, amend some, add a few. For every paragraph
this finds its counterparts in the other documents of the collection and classifies
it against the earlier ones:

- *unchanged*: an earlier paragraph has the same words (punctuation and case aside);
- *amended*: an earlier paragraph is similar enough (word-level similarity at least
  ``AMENDED``), with the word changes kept;
- *merged*: two earlier paragraphs of one document are both contained in it (each at
  least ``CONTAINED`` of its words), and together they make most of it;
- *new*: nothing earlier comes close.

Scale: paragraphs are never compared all against all. Each has a MinHash signature of
its word pairs (computed once per source, with the conversion, and cached); a banded
LSH index (``minhash.py``) proposes candidates, the nearest in date order on each side
(so a paragraph repeated in a thousand resolutions costs no more than one repeated in
three), and only those are scored (rapidfuzz, Indel similarity on words). Preambular
and operative paragraphs are matched across kinds.

Thresholds, with the seeds' examples on each side (tests/transforms/test_lineage.py):
``AMENDED = 0.6``: 56/145 pp3 "Reiterating that ... there is a need to make further
efforts" and 58/166 pp3 "Recalling that ... there is an urgent need to make further
efforts worldwide" score 0.94; the paragraphs on the ratifications still needed
(54/158 op3 "only eight", 56/145 op3 "only four more") 0.97; 56/145 pp1 and the
Commission's pp3 (the same list of instruments, other opening words) 0.68. Below it:
54/158 op2 (signatures welcomed) and 58/166 op1 (entry into force), which share only the
Convention's title, 0.36; 56/145 op6 and 54/158 op6, two different paragraphs on the
Special Rapporteur, 0.42.

Known limit: a paragraph merged from two shorter ones is found only when the index
proposes both parts; word-pair Jaccard between a short part and the longer whole can
fall below the index's threshold (the Commission's pp10, merged from 56/145 pp5 and
pp8, is one such case and shows as *new*).
"""

from __future__ import annotations

import bisect
import difflib
import functools
import hashlib
import itertools
import re
import sys
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from rapidfuzz.distance import Indel, LCSseq

from ..model import Document, Paragraph
from ..parallel import split_work
from .citations import load_catalogue

if TYPE_CHECKING:  # numpy loads in ~0.1 s: only when signatures or lineage are computed
    import numpy as np

AMENDED = 0.6
CONTAINED = 0.75  # an earlier paragraph counts as a part when this share of its words is here
# A candidate is scored only when its MinHash signature agrees with the paragraph's on
# at least this many of its 64 values (an estimated Jaccard similarity of word pairs of
# 0.11): a pair that shares one band of three values and nothing else met by chance.
# Versions of one paragraph agree on far more (an amended seed pair at 67% word
# similarity: a third of the values), so the statuses are those of scoring every
# candidate, at two thirds of the time on the benchmark corpus.
MIN_AGREEMENT = 7
MAX_CANDIDATES = 20  # scored per paragraph on each side: the nearest earlier and later documents
MAX_COUNTERPARTS = 5
PARALLEL_FROM = 2000  # paragraphs before scoring them in worker processes pays
NAME_WEIGHT = 3  # words an instrument named in full counts for: its title is one thing said, not twenty
_WORD_RE = re.compile(r"\w+")


def match_words(text: str) -> list[str]:
    """Words compared: lower case, and each instrument named in full as one word, so that
    two paragraphs do not look alike only because both name the same long treaty
    (weighed as ``NAME_WEIGHT`` words)."""
    catalogue = load_catalogue()
    if catalogue.name_re is not None:
        text = catalogue.name_re.sub(lambda m: f" instrument{_instrument_number(m.group(0))} " * NAME_WEIGHT, text)
    return _WORD_RE.findall(text.lower())


@functools.cache
def _instrument_number(name: str) -> int:
    catalogue = load_catalogue()
    return next(i for i, inst in enumerate(catalogue.instruments) if name in inst.names)


def lineage_paragraphs(doc: Document) -> list[Paragraph]:
    return [p for p in doc.all_paragraphs() if p.kind != "heading" and p.text.strip()]


def paragraph_signatures(doc: Document) -> dict[str, np.ndarray]:
    """MinHash signatures of a document's paragraphs (pure; cached with the conversion)."""
    from .minhash import signatures

    paragraphs = lineage_paragraphs(doc)
    rows = signatures([match_words(p.text) for p in paragraphs])
    return {p.id: row for p, row in zip(paragraphs, rows, strict=True)}


@dataclass(frozen=True)
class Counterpart:
    symbol: str
    paragraph: str
    similarity: float


@dataclass
class ParagraphLineage:
    status: str  # unchanged | amended | merged | new
    source: Counterpart | None = None
    merged_from: list[Counterpart] = field(default_factory=list)
    counterparts: list[Counterpart] = field(default_factory=list)
    changes: list[tuple[str, str]] = field(default_factory=list)  # (equal|insert|delete, words)


def similarity(a: list[str], b: list[str]) -> float:
    return float(Indel.normalized_similarity(a, b))


def containment(part: list[str], whole: list[str], presorted: bool = False) -> float:
    """Share of ``part``'s words found in ``whole`` (as a multiset). The multiset
    intersection of two word lists is the longest common subsequence of the lists sorted,
    which rapidfuzz computes in C; pass ``presorted`` when both lists are sorted already."""
    if not part:
        return 0.0
    if not presorted:
        part, whole = sorted(part), sorted(whole)
    return float(LCSseq.similarity(part, whole)) / len(part)


def word_changes(old: str, new: str) -> list[tuple[str, str]]:
    """The words of ``new`` against ``old``: kept, inserted, deleted, in reading order."""
    a, b = old.split(), new.split()
    key = lambda words: [w.lower().strip(".,;:()“”\"'") for w in words]  # noqa: E731
    out: list[tuple[str, str]] = []
    matcher = difflib.SequenceMatcher(a=key(a), b=key(b), autojunk=False)
    for op, i1, i2, j1, j2 in matcher.get_opcodes():
        if op == "equal":
            out.append(("equal", " ".join(b[j1:j2])))
            continue
        if i2 > i1:
            out.append(("delete", " ".join(a[i1:i2])))
        if j2 > j1:
            out.append(("insert", " ".join(b[j1:j2])))
    return out


@dataclass
class _Entry:
    doc: Document
    para: Paragraph
    order: int  # the document's place in date order

    @functools.cached_property
    def words(self) -> list[str]:  # only when scored: a rebuild reuses most results unscored
        # interned: the words of every paragraph scored are kept until the end of lineage,
        # and most are the same few thousand words (a third of lineage's peak memory)
        return list(map(sys.intern, match_words(self.para.text)))

    @functools.cached_property
    def sorted_words(self) -> list[str]:
        return sorted(self.words)


@dataclass
class LineageMemo:
    """Results of an earlier build, by what each was computed from, so that a rebuild
    after one source changed scores only the paragraphs whose inputs changed.

    A paragraph's lineage depends on its own document and on the candidates the index
    proposes, in their order, nothing else; ``keys`` names each document's content (its
    conversion cache key), so a result is reused only when the paragraph and every
    candidate are the same text as before."""

    keys: Mapping[str, str]  # symbol -> the content key of its source
    previous: Mapping[bytes, ParagraphLineage] = field(default_factory=dict)
    current: dict[bytes, ParagraphLineage] = field(default_factory=dict)
    reused: int = 0

    def key(self, entry: _Entry, candidates: list[_Entry]) -> bytes:
        parts = [self.keys.get(entry.doc.symbol, ""), entry.para.id]
        for c in candidates:
            parts += ["<" if c.order < entry.order else ">", self.keys.get(c.doc.symbol, ""), c.para.id]
        return hashlib.blake2b("\0".join(parts).encode(), digest_size=16).digest()


def compute_lineage(
    documents: list[Document], signatures: dict[str, dict[str, np.ndarray]], memo: LineageMemo | None = None
) -> dict[tuple[str, str], ParagraphLineage]:
    """Lineage of every paragraph, keyed by (symbol, paragraph id). ``documents`` are in
    date order; ``signatures`` come from ``paragraph_signatures`` (by symbol). With a
    ``memo``, results whose inputs are unchanged are taken from it, and it records this
    build's results for the next."""
    return LineageRun(documents, signatures, memo).everything()


class LineageRun:
    """The lineage of a collection, all at once or document by document.

    Candidates come from one index of every paragraph (fast: array operations); scoring,
    most of the time, is per paragraph. So a build that renders pages while MkDocs reads
    them (``deferred.py``) scores each document just before its page, instead of making
    MkDocs wait for all of them. Either way the results are the same, in the same order."""

    def __init__(
        self, documents: list[Document], signatures: dict[str, dict[str, np.ndarray]], memo: LineageMemo | None
    ) -> None:
        import numpy as np

        from .minhash import NUM_PERM, band_keys, neighbours

        entries: list[_Entry] = []
        rows: list[np.ndarray] = []
        dates = {}
        self._spans: dict[int, tuple[int, int]] = {}  # id(document) -> its entries
        for order, doc in enumerate(documents):
            dates[doc.symbol] = doc.sort_date()
            signed = signatures.get(doc.symbol, {})
            first = len(entries)
            for para in lineage_paragraphs(doc):
                values = signed.get(para.id)
                if values is None:
                    continue
                entries.append(_Entry(doc, para, order))
                rows.append(values)
            self._spans[id(doc)] = (first, len(entries))
        signed_rows = np.array(rows, dtype=np.uint32).reshape(len(rows), NUM_PERM)
        near = neighbours(band_keys(signed_rows), MAX_CANDIDATES, signed_rows, MIN_AGREEMENT)
        self._job = _Job(entries, near, dates, memo)
        self.result: dict[tuple[str, str], ParagraphLineage] = {}

    @property
    def memo(self) -> LineageMemo | None:
        return self._job.memo

    def document(self, doc: Document) -> None:
        """Score one document's paragraphs (here, in this process) into ``result``."""
        start, stop = self._spans.get(id(doc), (0, 0))
        self._merge(_lineage_part(self._job, start, stop), start, stop)

    def everything(self) -> dict[tuple[str, str], ParagraphLineage]:
        """Score every paragraph, in worker processes when there are many (they inherit
        the entries by fork); ``result``."""
        count = len(self._job.entries)
        found, _ = split_work(_lineage_part, self._job, count, lambda: None, minimum=PARALLEL_FROM)
        self._merge(found, 0, count)
        return self.result

    def _merge(self, found: dict[int, tuple[bytes, ParagraphLineage, bool]], start: int, stop: int) -> None:
        memo = self.memo
        for number in range(start, stop):
            entry = self._job.entries[number]
            memo_key, value, reused = found[number]
            if memo is not None:
                memo.current[memo_key] = value
                memo.reused += reused
            self.result[(entry.doc.symbol, entry.para.id)] = value


@dataclass
class _Job:
    entries: list[_Entry]
    near: Sequence[list[tuple[int, int]]]  # per entry: (candidate entry, signature values shared)
    dates: dict  # type: ignore[type-arg]
    memo: LineageMemo | None


def _lineage_part(job: _Job, start: int, stop: int) -> dict[int, tuple[bytes, ParagraphLineage, bool]]:
    """Lineage of entries ``start`` to ``stop``: (memo key, result, whether it was reused)."""
    out: dict[int, tuple[bytes, ParagraphLineage, bool]] = {}
    memo = job.memo
    for number in range(start, stop):
        entry = job.entries[number]
        # the most alike first (most signature values shared), then the nearest in time: a
        # paragraph of common words meets many chance neighbours, and its true source
        # must not be cut for being older than they are
        found = [(job.entries[i], -shared) for i, shared in job.near[number]]
        before = sorted((cb for cb in found if cb[0].order < entry.order), key=lambda cb: (cb[1], -cb[0].order))
        after = sorted((cb for cb in found if cb[0].order > entry.order), key=lambda cb: (cb[1], cb[0].order))
        candidates = [c for c, _ in before[:MAX_CANDIDATES]] + [c for c, _ in after[:MAX_CANDIDATES]]
        memo_key = memo.key(entry, candidates) if memo is not None else b""
        previous = memo.previous.get(memo_key) if memo is not None else None
        if previous is not None:
            out[number] = (memo_key, previous, True)
        else:
            scored = [(similarity(entry.words, c.words), c) for c in candidates]
            out[number] = (memo_key, _classify(entry, scored, job.dates), False)
    return out


def _classify(entry: _Entry, scored: list[tuple[float, _Entry]], dates: dict) -> ParagraphLineage:  # type: ignore[type-arg]
    mine = dates[entry.doc.symbol]
    counterparts = sorted(
        (Counterpart(c.doc.symbol, c.para.id, round(score, 3)) for score, c in scored if score >= AMENDED),
        key=lambda cp: (-cp.similarity, cp.symbol, cp.paragraph),
    )[:MAX_COUNTERPARTS]
    earlier = [
        (score, c)
        for score, c in scored
        if mine is not None and dates[c.doc.symbol] is not None and dates[c.doc.symbol] < mine
    ]
    if earlier:
        score, best = max(earlier, key=lambda sc: (round(sc[0], 6), sc[1].order))
        source = Counterpart(best.doc.symbol, best.para.id, round(score, 3))
        if entry.words == best.words:
            return ParagraphLineage("unchanged", source, [], counterparts)
        if score >= AMENDED:
            return ParagraphLineage("amended", source, [], counterparts, word_changes(best.para.text, entry.para.text))
        # two earlier paragraphs of one document, both inside this one: merged
        by_doc: dict[str, list[_Entry]] = {}
        for _, c in earlier:
            if containment(c.sorted_words, entry.sorted_words, presorted=True) >= CONTAINED:
                by_doc.setdefault(c.doc.symbol, []).append(c)
        merged = next((parts for parts in by_doc.values() if len(parts) >= 2 and _covers(parts, entry.words)), None)
        if merged:
            parts = sorted(merged, key=lambda c: c.para.id)
            return ParagraphLineage(
                "merged", None, [Counterpart(c.doc.symbol, c.para.id, 0.0) for c in parts], counterparts
            )
    return ParagraphLineage("new", None, [], counterparts)


def _covers(parts: list[_Entry], words: list[str]) -> bool:
    """Merged, not a chance overlap: the parts together account for most of the words."""
    together = [word for part in parts for word in part.words]
    return containment(words, together) >= 0.6


# -- comparing two documents ----------------------------------------------------------


@dataclass
class ComparedParagraph:
    status: str  # unchanged | amended | new | dropped
    new: Paragraph | None
    old: Paragraph | None
    similarity: float = 0.0
    moved: bool = False
    changes: list[tuple[str, str]] = field(default_factory=list)


def compare_documents(old: Document, new: Document) -> list[ComparedParagraph]:
    """Paragraph by paragraph, in the new document's order; dropped ones where they stood."""
    olds, news = lineage_paragraphs(old), lineage_paragraphs(new)
    old_words = [match_words(p.text) for p in olds]
    new_words = [match_words(p.text) for p in news]
    pairs = sorted(
        ((similarity(nw, ow), j, i) for j, nw in enumerate(new_words) for i, ow in enumerate(old_words)),
        key=lambda t: (-t[0], t[1], t[2]),
    )
    match_new: dict[int, tuple[int, float]] = {}
    taken_old: set[int] = set()
    for score, j, i in pairs:
        if score < AMENDED:
            break
        if j not in match_new and i not in taken_old:
            match_new[j] = (i, score)
            taken_old.add(i)
    # moved: matched pairs outside the longest run kept in the same order
    order = [match_new[j][0] for j in sorted(match_new)]
    in_place = set(_longest_increasing(order))
    rows: list[ComparedParagraph] = []
    dropped_after: dict[int, list[int]] = {}
    last_new = -1
    for i in range(len(olds)):
        matched_to = next((j for j, (oi, _) in match_new.items() if oi == i), None)
        if matched_to is None:
            dropped_after.setdefault(last_new, []).append(i)
        else:
            last_new = matched_to
    for i in dropped_after.get(-1, []):
        rows.append(ComparedParagraph("dropped", None, olds[i]))
    for j, para in enumerate(news):
        if j in match_new:
            i, score = match_new[j]
            same = new_words[j] == old_words[i]
            rows.append(
                ComparedParagraph(
                    "unchanged" if same else "amended",
                    para,
                    olds[i],
                    round(score, 3),
                    i not in in_place,
                    [] if same else word_changes(olds[i].text, para.text),
                )
            )
        else:
            rows.append(ComparedParagraph("new", para, None))
        for i in dropped_after.get(j, []):
            rows.append(ComparedParagraph("dropped", None, olds[i]))
    return rows


def _longest_increasing(values: list[int]) -> list[int]:
    """The longest strictly increasing subsequence (patience sorting, n log n)."""
    tails: list[int] = []
    tail_index: list[int] = []
    previous: list[int] = [-1] * len(values)
    for index, value in enumerate(values):
        at = bisect.bisect_left(tails, value)
        if at == len(tails):
            tails.append(value)
            tail_index.append(index)
        else:
            tails[at] = value
            tail_index[at] = index
        previous[index] = tail_index[at - 1] if at else -1
    out: list[int] = []
    index = tail_index[-1] if tail_index else -1
    while index >= 0:
        out.append(values[index])
        index = previous[index]
    return out[::-1]


def comparison_pairs(documents: list[Document], previous: dict[str, Document]) -> list[tuple[Document, Document]]:
    """Which documents get a compare page: each with the one before it in its series, and
    resolutions on the same subject adopted by different bodies in the same year."""
    pairs: list[tuple[Document, Document]] = []
    for doc in documents:
        before = previous.get(doc.symbol)
        if before is not None:
            pairs.append((before, doc))
    by_subject: dict[tuple[str, int], list[Document]] = {}
    for doc in documents:
        when = doc.sort_date()
        if doc.doc_type == "resolution" and doc.title and when:
            by_subject.setdefault((doc.title.casefold(), when.year), []).append(doc)
    for group in by_subject.values():
        bodies = sorted(group, key=lambda d: (d.sort_date(), d.symbol))  # type: ignore[arg-type, return-value]
        for a, b in itertools.pairwise(bodies):
            if a.body != b.body:
                pairs.append((a, b))
    return pairs
